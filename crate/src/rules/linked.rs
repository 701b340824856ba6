//! §五 社会救助一件事集成化改革: linked departments.
//!
//! > 教育、人社、住建、应急、医疗、残联、供电等社会救助一件事联办部门在政务服务2.0系统收到社会救助
//! > 联办事项申请后，按照审批时限及时办理相关社会救助事项，并在事项办结后1个工作日内将办理情况反馈
//! > 到政务服务2.0平台。(§五)
//!
//! The plan names the departments but not what each does; the triggers below are this project's
//! reading of which facts may concern which department, and each says why. "按照审批时限" refers to
//! each department's own limits, which the plan does not give, so only the 1-working-day report
//! back is shown.
//!
//! Not modelled: 区民政局's checks, the feedback mechanism and the 通报 of slow departments
//! (institutional).

use super::reasons;
use super::tekun::{OLD_AGE, WORKING_AGE};
use crate::assessment::{Department, Linked, Path, PathId, Reason};
use crate::citation::plan;
use crate::situation::{EmergencyKind, ExpenditureKind, Situation, Study};

reasons! {
    education_expenditure = ("有教育刚性支出", "An education expenditure");
    working_age_member = ("有劳动年龄段成员，可能涉及就业援助", "A working-age member: employment assistance may apply");
    home_damaged = ("火灾或自然灾害可能涉及住房", "Fire or disaster may concern housing");
    disaster_or_fire = ("火灾或自然灾害", "Fire or natural disaster");
    accident = ("意外事故", "Accident");
    sudden_illness = ("突发重大疾病", "Sudden serious illness");
    medical_assistance_for_status = ("特困、低保、低边对象可能涉及医疗救助", "特困/低保/低边 status may bring medical assistance");
    medical_costs = ("有医疗支出或重特大疾病", "Medical spending or a serious illness");
    disability_in_household = ("家中有残疾人", "A member with a disability");
    power_relief_for_status = ("救助对象可能涉及用电优惠", "Assisted households may get electricity relief");
}

/// §五: "在事项办结后1个工作日内将办理情况反馈到政务服务2.0平台".
pub const REPORT_BACK_WORKING_DAYS: u32 = 1;

/// Adds reason `code` (it has no arguments) to department `d`'s entry, making the entry if needed.
fn add(out: &mut Vec<Linked>, d: Department, code: &'static str) {
    let reason = Reason::bare(code);
    match out.iter_mut().find(|l| l.department == d) {
        Some(l) => l.reasons.push(reason),
        None => {
            // Kept in the plan's order of departments as they arrive, so no sort is needed.
            let at = out
                .iter()
                .position(|l| l.department > d)
                .unwrap_or(out.len());
            out.insert(
                at,
                Linked {
                    department: d,
                    reasons: vec![reason],
                    report_back_working_days: REPORT_BACK_WORKING_DAYS,
                    citation: plan::WU,
                },
            );
        }
    }
}

/// The departments a case may involve, given the facts and the open paths.
pub fn linked(s: &Situation, paths: &[Path]) -> Vec<Linked> {
    let open = |id: PathId| paths.iter().any(|p| p.id == id && p.open());
    let status_path = open(PathId::Dibao)
        || open(PathId::Dibian)
        || open(PathId::Tekun)
        || open(PathId::Danrenhu);
    let mut out = Vec::new();
    if s.household
        .iter()
        .any(|m| matches!(m.study, Some(st) if st != Study::None))
        && (status_path || open(PathId::Students))
    {
        add(&mut out, Department::Education, "student_in_household");
    }
    if s.expenditure
        .is_some_and(|e| e.kind == ExpenditureKind::Education)
    {
        add(&mut out, Department::Education, "education_expenditure");
    }
    if status_path
        && s.household.iter().any(|m| {
            m.age.is_some_and(|a| (WORKING_AGE..OLD_AGE).contains(&a))
                && m.disability.is_none()
                && !matches!(m.study, Some(st) if st != Study::None)
        })
    {
        add(&mut out, Department::HumanResources, "working_age_member");
    }
    if let Some(e) = s.emergency {
        if matches!(e.kind, EmergencyKind::Fire | EmergencyKind::NaturalDisaster) {
            add(&mut out, Department::Housing, "home_damaged");
            add(&mut out, Department::Emergency, "disaster_or_fire");
        }
        if matches!(
            e.kind,
            EmergencyKind::TrafficAccident | EmergencyKind::Accident
        ) {
            add(&mut out, Department::Emergency, "accident");
        }
        if e.kind == EmergencyKind::Illness {
            add(&mut out, Department::Medical, "sudden_illness");
        }
    }
    if status_path {
        add(
            &mut out,
            Department::Medical,
            "medical_assistance_for_status",
        );
    }
    if s.expenditure
        .is_some_and(|e| e.kind == ExpenditureKind::Medical)
        || s.household.iter().any(|m| m.serious_illness == Some(true))
    {
        add(&mut out, Department::Medical, "medical_costs");
    }
    if s.household.iter().any(|m| m.disability.is_some()) {
        add(
            &mut out,
            Department::DisabledPersons,
            "disability_in_household",
        );
    }
    if status_path {
        add(&mut out, Department::Power, "power_relief_for_status");
    }
    out
}
