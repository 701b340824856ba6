//! Native assessment time over the scenario files (`cargo bench -p jiuzhu --bench assess`).
//!
//! Standard library only (no criterion): every scenario's situation is parsed once, then
//! `jiuzhu::evaluate` runs in rounds over all of them; each round's time divided by the number of
//! scenarios is one sample. Prints the median and p95 nanoseconds per assessment, and a line
//! `native_ns_per_assessment <median>` that `tests/bench/bench.mjs` reads. Timings are reported,
//! never asserted.

use std::hint::black_box;
use std::time::{Duration, Instant};

fn situations() -> Vec<jiuzhu::RawSituation> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/scenarios");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|x| x == "json"));
    files.sort();
    files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter_map(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .filter_map(|v| v.get("situation").cloned())
        .filter_map(|s| serde_json::from_value(s).ok())
        .collect()
}

fn main() {
    let all = situations();
    if all.is_empty() {
        eprintln!("no scenario files found");
        std::process::exit(1);
    }
    let valid = all.iter().filter(|s| jiuzhu::evaluate(s).is_ok()).count();
    // Warm up caches and the allocator for a moment before measuring.
    let warm = Instant::now();
    while warm.elapsed() < Duration::from_millis(300) {
        for s in &all {
            black_box(jiuzhu::evaluate(black_box(s)).is_ok());
        }
    }
    let mut samples: Vec<f64> = Vec::new();
    let budget = Instant::now();
    while samples.len() < 200 || (budget.elapsed() < Duration::from_secs(3) && samples.len() < 5000)
    {
        let t = Instant::now();
        for s in &all {
            black_box(jiuzhu::evaluate(black_box(s)).is_ok());
        }
        samples.push(t.elapsed().as_nanos() as f64 / all.len() as f64);
    }
    samples.sort_by(f64::total_cmp);
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    println!(
        "native assess: {} scenarios ({} assess, {} stop at validation), {} rounds",
        all.len(),
        valid,
        all.len() - valid,
        samples.len()
    );
    println!(
        "native assess: median {:.0} ns, p95 {:.0} ns per assessment (validate + assess)",
        at(0.5),
        at(0.95)
    );
    println!("native_ns_per_assessment {:.0}", at(0.5));
}
