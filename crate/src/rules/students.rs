//! §六 困难学生资助认定管理.
//!
//! > 经区民政局认定的新增特困供养学生、孤儿、低保家庭学生、低保边缘家庭学生，区教育局直接从XX省
//! > 大救助信息系统获取相关学生信息，可实行"免申即享"，从区民政局资格认定的次月起给予享受相关
//! > 资助政策。退出特困供养、孤儿、低保、低保边缘待遇的学生，当学期仍享受学生资助相关政策，从次
//! > 学期起取消学生资助相关待遇。(§六)
//!
//! Semesters come from the parameters `semester_1_start` (default 09-01) and `semester_2_start`
//! (default 02-01): a semester runs from its start to the day before the next start.
//!
//! Not modelled: "动态调整中所需资金由区财政统筹保障" (who pays, not who gets).

use super::cond;
use crate::assessment::{Actor, CondStatus, Level, Path, PathId, Reason, Step};
use crate::citation::plan;
use crate::params::Resolved;
use crate::situation::{Orphan, Situation, StatusKind, Study};
use chrono::{Datelike, NaiveDate};

/// The first day of the semester after the one containing `d`.
pub fn next_semester_start(d: NaiveDate, s1: (u32, u32), s2: (u32, u32)) -> Option<NaiveDate> {
    let mut starts: Vec<NaiveDate> = Vec::new();
    for y in [d.year(), d.year() + 1] {
        for (m, day) in [s1, s2] {
            if let Some(x) = NaiveDate::from_ymd_opt(y, m, day) {
                starts.push(x);
            }
        }
    }
    starts.into_iter().filter(|x| *x > d).min()
}

/// Members who are students (any stage but `none`).
pub fn students(s: &Situation) -> Vec<usize> {
    s.household
        .iter()
        .enumerate()
        .filter(|(_, m)| matches!(m.study, Some(st) if st != Study::None))
        .map(|(i, _)| i)
        .collect()
}

/// The student-aid path. `status_paths` are the 低保/低边/特困 paths of this assessment, used
/// when no status is recognised yet.
pub fn path(s: &Situation, params: &Resolved, status_paths: &[&Path]) -> Path {
    let list = students(s);
    let members = list
        .iter()
        .map(|i| format!("household[{i}]"))
        .collect::<Vec<_>>()
        .join(", ");
    let student = if list.is_empty() {
        cond(
            "student_in_household",
            CondStatus::NotMet,
            &[],
            Reason::bare("no_student"),
            plan::LIU,
        )
    } else {
        let a = [("members", members.clone())];
        cond(
            "student_in_household",
            CondStatus::Met,
            &a,
            Reason::new("students_present", &a),
            plan::LIU,
        )
    };
    let st = s.current_status;
    let orphan_student = list.iter().any(|i| {
        s.household
            .get(*i)
            .and_then(|m| m.orphan)
            .is_some_and(|o| o != Orphan::None)
    });
    let status = if st.kind != StatusKind::None && st.recognised_on.is_some() {
        let mut a = vec![("status", st.kind.code().to_string())];
        if let Some(r) = st.recognised_on {
            a.push(("recognised_on", r.to_string()));
        }
        cond(
            "status_recognised",
            CondStatus::Met,
            &a,
            Reason::new("status_recognised", &a),
            plan::LIU,
        )
    } else if st.kind != StatusKind::None
        || orphan_student
        || status_paths.iter().any(|p| p.level != Level::Ineligible)
    {
        cond(
            "status_recognised",
            CondStatus::Unknown,
            &[],
            Reason::bare("status_pending"),
            plan::LIU,
        )
    } else {
        cond(
            "status_recognised",
            CondStatus::NotMet,
            &[],
            Reason::bare("no_status"),
            plan::LIU,
        )
    };
    let mut conditions = vec![student, status];
    if let Some((ended, stop)) = exit_stop(s, params) {
        let a = [
            ("ended_on", ended.to_string()),
            ("stop_on", stop.to_string()),
            ("as_of", s.as_of.to_string()),
        ];
        conditions.push(if s.as_of < stop {
            cond(
                "within_exit_semester",
                CondStatus::Met,
                &a,
                Reason::new("continues_until", &a),
                plan::LIU,
            )
        } else {
            cond(
                "within_exit_semester",
                CondStatus::NotMet,
                &a,
                Reason::new("stopped_since", &a),
                plan::LIU,
            )
        });
    }
    let mut p = Path::new(PathId::Students, plan::LIU, conditions);
    if !list.is_empty() {
        p.details.insert("members", members);
        if st.ended_on.is_none() && p.open() {
            p.notes.push(Reason::bare("mian_shen_ji_xiang"));
        }
        if st.ended_on.is_some() {
            p.notes.push(Reason::bare("continues_current_semester"));
        }
    }
    p
}

/// For a status that ended: (end date, first day of the next semester, when aid stops).
pub fn exit_stop(s: &Situation, p: &Resolved) -> Option<(NaiveDate, NaiveDate)> {
    let ended = s.current_status.ended_on?;
    let s1 = p.month_day("semester_1_start").unwrap_or((9, 1));
    let s2 = p.month_day("semester_2_start").unwrap_or((2, 1));
    next_semester_start(ended, s1, s2).map(|n| (ended, n))
}

/// Start month ("从…资格认定的次月起") or last semester and stop date ("当学期仍享受…从次学期起
/// 取消").
pub fn steps(s: &Situation, p: &Resolved) -> Vec<Step> {
    let mut out = Vec::new();
    if students(s).is_empty() {
        return out;
    }
    let st = s.current_status;
    if st.kind == StatusKind::None {
        return out;
    }
    let ids = &[PathId::Students];
    if let Some(r) = st.recognised_on {
        if let Some(start) = super::dibao::next_month_start(r) {
            let mut step = Step::new("student_aid_start", ids, Actor::EducationBureau, plan::LIU);
            step.date = Some(start);
            out.push(step);
        }
    }
    if let Some((ended, next)) = exit_stop(s, p) {
        {
            let mut last = Step::new(
                "student_aid_last_semester",
                ids,
                Actor::EducationBureau,
                plan::LIU,
            );
            last.from = Some(ended);
            last.to = next.pred_opt();
            out.push(last);
            let mut stop = Step::new("student_aid_stop", ids, Actor::EducationBureau, plan::LIU);
            stop.date = Some(next);
            out.push(stop);
        }
    }
    out
}
