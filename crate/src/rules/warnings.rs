//! The warnings that go with every result: a pre-check is not a decision; example parameters
//! that decided something; estimated dates; the plan not in force; a household exactly on a
//! boundary whose reading is a choice; a 低保/低边 income test left open by the 基础养老金
//! exclusion after 十四五 or by the district's 低边 multiple.

use crate::assessment::{Args, CondStatus, InForce, Path, PathId, Step, Warning};
use crate::citation::plan;
use crate::input::Joined;
use crate::params::Resolved;

/// Warning `code` naming `items` (under `key`), when there are any.
fn listing(out: &mut Vec<Warning>, code: &'static str, key: &'static str, items: &[&str]) {
    if !items.is_empty() {
        let mut a = Args::new();
        a.insert(key, items.joined(", "));
        out.push(w(code, a, None));
    }
}

fn w(code: &'static str, args: Args, citation: Option<crate::citation::Citation>) -> Warning {
    Warning {
        code,
        args,
        citation,
    }
}

/// How far ahead of today an acceptance date may lie before it is queried: a year (366 days,
/// so that a leap year never queries a date exactly a year ahead). Beyond it the date is far
/// more likely a slip (2099 for 2025) than a plan, and every date of the timeline is worked
/// out from it.
pub const FAR_AHEAD_DAYS: i64 = 366;

/// All warnings for one assessment.
pub fn warnings(
    s: &crate::situation::Situation,
    inf: &InForce,
    p: &Resolved,
    paths: &[Path],
    timeline: &[Step],
) -> Vec<Warning> {
    let mut out = vec![w("pre_check_not_decision", Args::new(), None)];
    // Day arithmetic, not chrono's month arithmetic: the page's wasm has the former already.
    if (s.accepted_on - s.as_of).num_days() > FAR_AHEAD_DAYS {
        let mut a = Args::new();
        a.insert("date", crate::input::date_text(s.accepted_on));
        out.push(w("accepted_far_ahead", a, None));
    }
    if !inf.in_force {
        let mut a = Args::new();
        a.insert("since", crate::input::date_text(inf.since));
        a.insert("not_applicable", inf.not_applicable.joined(", "));
        out.push(w("plan_not_in_force", a, Some(plan::SHIXING)));
    }
    // Only the example values that fed a result are named: the income standard when an income
    // test was decided, the 特困 standard when that path is open, the semesters when a student
    // exit was dated.
    let decided_income = paths.iter().any(|x| {
        x.conditions.iter().any(|c| {
            c.facts.contains_key("standard") && c.status != crate::assessment::CondStatus::Unknown
        })
    });
    let tekun_open = paths.iter().any(|x| x.id == PathId::Tekun && x.open());
    let semesters_used = timeline.iter().any(|s| s.id == "student_aid_stop");
    let examples: Vec<&str> = p
        .used
        .iter()
        .filter(|u| u.example && !u.overridden)
        .filter(|u| match u.id {
            "dibao_standard" => decided_income,
            "tekun_standard" => tekun_open,
            "semester_1_start" | "semester_2_start" => semesters_used,
            _ => true,
        })
        .map(|u| u.id)
        .collect();
    listing(&mut out, "example_params", "params", &examples);
    let income_decides = paths.iter().any(|x| {
        matches!(
            x.id,
            PathId::Dibao | PathId::Dibian | PathId::Tekun | PathId::Danrenhu
        ) && x.conditions.iter().any(|c| {
            c.facts.contains_key("standard") && c.status != crate::assessment::CondStatus::Unknown
        })
    });
    if income_decides && p.is_example("dibao_standard") {
        out.push(w("example_standard_decides", Args::new(), None));
    }
    let estimated: Vec<&str> = timeline
        .iter()
        .filter(|s| s.estimated)
        .map(|s| s.id)
        .collect();
    listing(&mut out, "dates_estimated", "steps", &estimated);
    if let Some(d) = paths.iter().find(|x| x.id == PathId::Dibian) {
        let on_line = d.conditions.iter().any(|c| {
            c.id == super::dibao::INCOME_WITHIN_MULTIPLE.id
                && c.status == CondStatus::Met
                && c.facts.contains_key("on_limit")
        });
        if on_line {
            out.push(w(
                "dibian_boundary_reading",
                Args::new(),
                Some(super::dibao::ZJ_13),
            ));
        }
    }
    // An undecided 低保/低边 income test says what it waits for: the 基础养老金 exclusion that
    // ran to the end of 十四五, or the district's 低边 multiple.
    let depends = |what: &str| {
        paths
            .iter()
            .filter(|x| matches!(x.id, PathId::Dibao | PathId::Dibian))
            .flat_map(|x| x.conditions.iter())
            .any(|c| {
                c.status == CondStatus::Unknown
                    && c.facts
                        .get("depends_on")
                        // The ids are joined with ", " and hold no comma; split by the
                        // character, as `messages` does (a text pattern costs the page ~1 KB).
                        .is_some_and(|d| {
                            d.split(',')
                                .any(|x| x.strip_prefix(' ').unwrap_or(x) == what)
                        })
            })
    };
    // A line whose status the parameter leaves open, in the 低保/低边 count.
    let pension_open = paths
        .iter()
        .filter(|x| matches!(x.id, PathId::Dibao | PathId::Dibian))
        .filter_map(|x| x.income.as_ref())
        .any(|c| {
            c.unknown_params()
                .contains(&super::dibao::BASIC_PENSION_PARAM)
        });
    if pension_open {
        let decides = depends(super::dibao::BASIC_PENSION_PARAM);
        let mut a = Args::new();
        if let Some(since) = p
            .used(super::dibao::BASIC_PENSION_PARAM)
            .and_then(|u| u.effective)
        {
            a.insert("since", crate::input::date_text(since));
            if let Some(until) = since.pred_opt() {
                a.insert("until", crate::input::date_text(until));
            }
        }
        // Said either way: the counted income is not known; only whether it changes the
        // answer differs.
        if decides {
            out.push(w(
                "basic_pension_exclusion_unset",
                a,
                Some(super::dibao::MINFA_57_EXCLUDED_3),
            ));
        } else {
            out.push(w(
                "basic_pension_exclusion_unset_no_effect",
                a,
                Some(super::dibao::MINFA_57_EXCLUDED_3),
            ));
        }
    }
    if depends("dibian_multiple") {
        if let Some(c) = paths
            .iter()
            .filter(|x| x.id == PathId::Dibian)
            .flat_map(|x| x.conditions.iter())
            .find(|c| c.reason.code == "dibian_multiple_decides")
        {
            out.push(w(
                "dibian_multiple_unconfirmed",
                c.reason.args.clone(),
                Some(super::dibao::ZJ_13),
            ));
        }
    }
    out
}
