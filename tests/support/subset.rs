//! The scenario matcher: `expected` is a SUBSET of `actual`.
//!
//! - objects match key by key (every expected key must be present and match);
//! - arrays match when each expected element matches some distinct element of the actual array
//!   (order-free; found by backtracking, so an early greedy choice cannot cause a false failure);
//!   an expected EMPTY array requires an empty actual array, since otherwise it would check
//!   nothing (`"not_required": []` must mean "nothing is waived");
//! - scalars must be equal.
//!
//! Self-contained (only serde_json), so that the native and the wasm runners include the same
//! file with `#[path]`.

use serde_json::Value;

/// `Ok(())` when `expected` is a subset of `actual`, else the JSON path of the first mismatch.
pub fn check_subset(expected: &Value, actual: &Value) -> Result<(), String> {
    at(expected, actual, "$")
}

fn at(expected: &Value, actual: &Value, path: &str) -> Result<(), String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                let p = format!("{path}.{k}");
                match a.get(k) {
                    Some(av) => at(ev, av, &p)?,
                    None => return Err(format!("{p}: missing (expected {ev})")),
                }
            }
            Ok(())
        }
        (Value::Array(e), Value::Array(a)) if e.is_empty() => {
            if a.is_empty() {
                Ok(())
            } else {
                Err(format!(
                    "{path}: expected an empty array, got {} elements",
                    a.len()
                ))
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            let mut used = vec![false; a.len()];
            if assign(e, a, 0, &mut used, path) {
                Ok(())
            } else {
                // Name the first expected element that matches nothing at all, if any.
                for (i, ev) in e.iter().enumerate() {
                    if !a.iter().any(|av| at(ev, av, path).is_ok()) {
                        let closest = a
                            .iter()
                            .filter_map(|av| at(ev, av, &format!("{path}[{i}]")).err())
                            .next()
                            .unwrap_or_else(|| "actual array is empty".to_string());
                        return Err(format!(
                            "{path}[{i}]: no element matches {ev}; e.g. {closest}"
                        ));
                    }
                }
                Err(format!(
                    "{path}: expected elements cannot each match a distinct actual element"
                ))
            }
        }
        _ if expected == actual => Ok(()),
        _ => Err(format!("{path}: expected {expected}, got {actual}")),
    }
}

fn assign(e: &[Value], a: &[Value], i: usize, used: &mut Vec<bool>, path: &str) -> bool {
    let Some(ev) = e.get(i) else { return true };
    for j in 0..a.len() {
        if !used[j] && at(ev, &a[j], path).is_ok() {
            used[j] = true;
            if assign(e, a, i + 1, used, path) {
                return true;
            }
            used[j] = false;
        }
    }
    false
}
