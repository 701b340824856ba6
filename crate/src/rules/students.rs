//! §六 困难学生资助认定管理.
//!
//! > 经区民政局认定的新增特困供养学生、孤儿、低保家庭学生、低保边缘家庭学生，区教育局直接从XX省
//! > 大救助信息系统获取相关学生信息，可实行"免申即享"，从区民政局资格认定的次月起给予享受相关
//! > 资助政策。退出特困供养、孤儿、低保、低保边缘待遇的学生，当学期仍享受学生资助相关政策，从次
//! > 学期起取消学生资助相关待遇。(§六)
//!
//! "特困供养学生、孤儿" are statuses of the student, from the student's own record; "低保家庭学生、
//! 低保边缘家庭学生" follow the household's status ([`student_status`]).
//!
//! Semesters come from the parameters `semester_1_start` (default 09-01) and `semester_2_start`
//! (default 02-01): a semester runs from its start to the day before the next start.
//!
//! Not modelled: "动态调整中所需资金由区财政统筹保障" (who pays, not who gets).

use super::{bare_cond, quoting_cond};
use super::{conditions, reasons};
use crate::assessment::{Actor, CondStatus, Level, Path, PathId, Reason, Step};
use crate::citation::plan;
use crate::input::Joined;
use crate::params::Resolved;
use crate::situation::{Orphan, Situation, Status, Study};
use chrono::{Datelike, NaiveDate};

conditions! {
    STUDENT_IN_HOUSEHOLD = ("student_in_household", "家中有在读学生", "A student in the household") on "study";
    STATUS_RECOGNISED = ("status_recognised", "经区民政局认定特困、孤儿、低保或低边", "Status recognised by 区民政局") on "status";
    WITHIN_EXIT_SEMESTER = ("within_exit_semester", "退出当学期内", "Within the semester of exit") on "status";
}

reasons! {
    no_student = ("家中没有在读学生", "No student in the household");
    students_present = ("在读学生：{members}", "Students: {members}");
    status_recognised = ("{members}已认定为{status}（{recognised_on}）", "{members}: recognised as {status} on {recognised_on}");
    status_is_personal = ("{members}的{status}身份属于本人，不延及家中学生：学生资助看学生本人的特困、孤儿身份，或家庭的低保、低边身份", "The {status} status of {members} is theirs alone and does not pass to a student in the household: student aid follows the student's own 特困 or orphan status, or the household's 低保 or 低边");
    status_pending = ("待区民政局认定后享受", "Follows once 区民政局 recognises the status");
    no_status = ("没有特困、孤儿、低保或低边身份", "No 特困, orphan, 低保 or 低边 status");
    continues_until = ("{ended_on} 退出，当学期仍享受，{stop_on} 起取消", "Exited on {ended_on}: aid continues this semester and stops from {stop_on}");
    stopped_since = ("{ended_on} 退出，已于 {stop_on} 起取消", "Exited on {ended_on}: aid stopped from {stop_on}");
    continues_current_semester = ("退出当学期仍享受，次学期起取消", "After exit, aid continues for the current semester and stops from the next");
}

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

/// The status that makes student `i` a §六 student: "特困供养学生、孤儿" are the student's own
/// statuses ([`Situation::personal_status`]), "低保家庭学生、低保边缘家庭学生" the household's
/// ([`Situation::household_status`]). A status another member holds as a person (a
/// grandparent's 特困) is not the student's. With both, the one still in force is taken.
pub fn student_status(s: &Situation, i: usize) -> Option<Status> {
    match (s.personal_status(i), s.household_status()) {
        (Some(own), Some(h)) if own.ended_on.is_some() && h.ended_on.is_none() => Some(h),
        (Some(own), _) => Some(own),
        (None, h) => h,
    }
}

/// The status §六 applies to, with the student it belongs to: of the students' statuses, one
/// with a recognition date before one without, and then one still in force before one that
/// ended; the first such.
pub fn recognised_status(s: &Situation) -> Option<(usize, Status)> {
    students(s)
        .into_iter()
        .filter_map(|i| student_status(s, i).map(|st| (i, st)))
        .min_by_key(|(_, st)| (st.recognised_on.is_none(), st.ended_on.is_some()))
}

/// The student-aid path. `status_paths` are the 低保/低边/单人户/特困 paths of this assessment,
/// used when no status is recognised yet: the household ones for every student, the 特困 one
/// only when the applicant it is about is a student.
pub fn path(s: &Situation, params: &Resolved, status_paths: &[&Path]) -> Path {
    let list = students(s);
    let members = list
        .iter()
        .map(|i| format!("household[{i}]"))
        .collect::<Vec<_>>()
        .joined(", ");
    let student = if list.is_empty() {
        bare_cond(
            &STUDENT_IN_HOUSEHOLD,
            CondStatus::NotMet,
            "no_student",
            plan::LIU,
        )
    } else {
        let a = [("members", members.clone())];
        quoting_cond(
            &STUDENT_IN_HOUSEHOLD,
            CondStatus::Met,
            "students_present",
            &a,
            plan::LIU,
        )
    };
    let chosen = recognised_status(s);
    let some_status = chosen.is_some();
    let orphan_student = list.iter().any(|i| {
        s.household
            .get(*i)
            .and_then(|m| m.orphan)
            .is_some_and(|o| o != Orphan::None)
    });
    let path_may_give_status = status_paths.iter().any(|p| {
        p.level != Level::Ineligible && (p.id != PathId::Tekun || list.contains(&s.applicant))
    });
    let status = if let Some((i, st)) = chosen.filter(|(_, st)| st.recognised_on.is_some()) {
        let mut a = vec![
            ("members", format!("household[{i}]")),
            ("status", st.kind.code().to_string()),
        ];
        if let Some(r) = st.recognised_on {
            a.push(("recognised_on", crate::input::date_text(r)));
        }
        quoting_cond(
            &STATUS_RECOGNISED,
            CondStatus::Met,
            "status_recognised",
            &a,
            plan::LIU,
        )
    } else if some_status || orphan_student || path_may_give_status {
        bare_cond(
            &STATUS_RECOGNISED,
            CondStatus::Unknown,
            "status_pending",
            plan::LIU,
        )
    } else {
        bare_cond(
            &STATUS_RECOGNISED,
            CondStatus::NotMet,
            "no_status",
            plan::LIU,
        )
    };
    let mut conditions = vec![student, status];
    if let Some((ended, stop)) = chosen.and_then(|(_, st)| exit_stop(st, params)) {
        let a = [
            ("ended_on", crate::input::date_text(ended)),
            ("stop_on", crate::input::date_text(stop)),
            ("as_of", crate::input::date_text(s.as_of)),
        ];
        conditions.push(if s.as_of < stop {
            quoting_cond(
                &WITHIN_EXIT_SEMESTER,
                CondStatus::Met,
                "continues_until",
                &a,
                plan::LIU,
            )
        } else {
            quoting_cond(
                &WITHIN_EXIT_SEMESTER,
                CondStatus::NotMet,
                "stopped_since",
                &a,
                plan::LIU,
            )
        });
    }
    let mut p = Path::new(PathId::Students, plan::LIU, conditions);
    if !list.is_empty() {
        p.details.insert("members", members);
        let ended = chosen.is_some_and(|(_, st)| st.ended_on.is_some());
        if !ended && p.open() {
            p.notes.push(Reason::bare("mian_shen_ji_xiang"));
        }
        if ended {
            p.notes.push(Reason::bare("continues_current_semester"));
        }
        // Say why another member's 特困 or 孤儿 does not count, where that is what was given.
        if !some_status {
            let holder = (0..s.household.len())
                .filter(|i| !list.contains(i))
                .find_map(|i| s.personal_status(i).map(|st| (i, st)));
            if let Some((i, st)) = holder {
                p.notes.push(Reason::new(
                    "status_is_personal",
                    &[
                        ("members", format!("household[{i}]")),
                        ("status", st.kind.code().to_string()),
                    ],
                ));
            }
        }
    }
    p
}

/// For a status that ended: (end date, first day of the next semester, when aid stops).
pub fn exit_stop(st: Status, p: &Resolved) -> Option<(NaiveDate, NaiveDate)> {
    let ended = st.ended_on?;
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
    let Some((_, st)) = recognised_status(s) else {
        return out;
    };
    let ids = &[PathId::Students];
    if let Some(r) = st.recognised_on {
        if let Some(start) = super::procedure::next_month_start(r) {
            let mut step = Step::new("student_aid_start", ids, Actor::EducationBureau, plan::LIU);
            step.date = Some(start);
            out.push(step);
        }
    }
    if let Some((ended, next)) = exit_stop(st, p) {
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
