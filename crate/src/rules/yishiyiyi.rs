//! §四 "一事一议".
//!
//! > 对遭遇突发性、紧迫性、急难性困难，生活陷入困境，靠自身和家庭无力解决，以现有政策难以明确的
//! > 社会救助特殊个案问题，街道（乡镇）可通过"一事一议"方式予以审核确认或审批，但不得出现"政策保"
//! > "关系保"和"人情保"。(§四)
//!
//! Eight steps (§四.1–§四.8), the emergency paragraph (§四.emergency) and the review paragraph
//! (§四.review) become timeline steps. Only §四.3 (5个工作日内), §四.6 (7天), §四.8 (3个工作日内),
//! the 24 hours and the week after the emergency carry limits; the other steps are "及时" or have
//! no limit, so they are shown without dates.
//!
//! Not modelled: the make-up of the 民主评议会 (at least 12 people, the 纪（工）委 present) and
//! the 100% 复核率 of 区民政局 are procedural checks for the counter (`clerk`).

use super::linshi::cannot_resolve_alone;
use super::{cond, money};
use crate::assessment::{Actor, CondStatus, Path, PathId, Reason, Step, Unit};
use crate::calendar;
use crate::citation::plan;
use crate::situation::Situation;
use rust_decimal::Decimal;

/// The §四.emergency cap: "最高不超过5000元".
pub fn emergency_cap() -> Decimal {
    Decimal::from(5000)
}

/// The path: 突发性、紧迫性、急难性困难; 靠自身和家庭无力解决; 以现有政策难以明确.
pub fn path(s: &Situation) -> Path {
    let hardship = match (s.emergency, s.expenditure) {
        (Some(e), _) => {
            let a = [("kind", e.kind.code().to_string())];
            cond(
                "sudden_urgent_hardship",
                CondStatus::Met,
                &a,
                Reason::new("emergency_given", &a),
                plan::SI,
            )
        }
        (None, Some(_)) => cond(
            "sudden_urgent_hardship",
            CondStatus::Unknown,
            &[],
            Reason::bare("expenditure_not_sudden"),
            plan::SI,
        ),
        (None, None) => cond(
            "sudden_urgent_hardship",
            CondStatus::NotMet,
            &[],
            Reason::bare("no_sudden_hardship"),
            plan::SI,
        ),
    };
    let unclear = match s.policy_unclear {
        Some(true) => cond(
            "policy_unclear",
            CondStatus::Met,
            &[],
            Reason::bare("policy_unclear"),
            plan::SI,
        ),
        Some(false) => cond(
            "policy_unclear",
            CondStatus::NotMet,
            &[],
            Reason::bare("policy_clear"),
            plan::SI,
        ),
        None => cond(
            "policy_unclear",
            CondStatus::Unknown,
            &[],
            Reason::bare("policy_unclear_unknown"),
            plan::SI,
        ),
    };
    let mut p = Path::new(
        PathId::Yishiyiyi,
        plan::SI,
        vec![hardship, cannot_resolve_alone(s, plan::SI), unclear],
    );
    if p.open() {
        p.notes.push(Reason::bare("no_favouritism"));
        p.notes.push(Reason::bare("review_twice_a_year"));
        if let Some(e) = s.emergency.filter(|e| e.critical == Some(true)) {
            p.details.insert("emergency_variant", "applies".to_string());
            p.details.insert("emergency_cap", money(emergency_cap()));
            p.notes.push(Reason::new(
                "emergency_advance_aid",
                &[("cap", money(emergency_cap()))],
            ));
            if e.ongoing == Some(true) {
                p.notes.push(Reason::bare("paperwork_after_emergency_ends"));
            }
        }
    }
    p
}

/// The eight steps and the clocks of §四, for an open 一事一议 path.
pub fn steps(s: &Situation, open: bool) -> Vec<Step> {
    if !open {
        return Vec::new();
    }
    let y = &[PathId::Yishiyiyi];
    let mut out = Vec::new();
    let mut accept = Step::new("yy_accept", y, Actor::Applicant, plan::SI_1);
    accept.date = Some(s.accepted_on);
    out.push(accept);
    if let Some(e) = s.emergency.filter(|e| e.critical == Some(true)) {
        // "确保救助措施在24小时内到位，同时向区民政局备案": counted in hours from when the 街道
        // takes it up; the engine only knows the day, so it shows the acceptance day as the start.
        let mut aid = Step::new(
            "emergency_aid_in_place",
            y,
            Actor::Street,
            plan::SI_EMERGENCY,
        )
        .limit(24, Unit::Hours);
        aid.from = Some(s.accepted_on);
        out.push(aid);
        let mut filing = Step::new("emergency_filing", y, Actor::Street, plan::SI_EMERGENCY);
        filing.from = Some(s.accepted_on);
        out.push(filing);
        // "待紧急情况解除后，在一周内补齐相关手续": a calendar-day period for someone to act, so
        // 民法典 第二百零三条 moves a last day on a holiday to the next working day.
        let mut paper = Step::new("emergency_paperwork", y, Actor::Street, plan::SI_EMERGENCY)
            .limit(7, Unit::Days);
        if let Some(end) = e.ended_on {
            let r = calendar::act_deadline(end, 7);
            paper = paper.on(&r);
            paper.from = Some(end);
        }
        out.push(paper);
    }
    out.push(Step::new(
        "yy_check_and_visit",
        y,
        Actor::Street,
        plan::SI_2,
    ));
    out.push(
        Step::new("yy_democratic_review", y, Actor::Street, plan::SI_3)
            .on(&calendar::add_workdays(s.accepted_on, 5))
            .limit(5, Unit::WorkingDays),
    );
    out.push(Step::new("yy_audit", y, Actor::Street, plan::SI_4));
    out.push(Step::new(
        "yy_collective_decision",
        y,
        Actor::Street,
        plan::SI_5,
    ));
    out.push(Step::new("yy_publicity", y, Actor::Community, plan::SI_6).limit(7, Unit::Days));
    out.push(Step::new("yy_approval", y, Actor::Street, plan::SI_7));
    out.push(Step::new("yy_filing", y, Actor::Street, plan::SI_8).limit(3, Unit::WorkingDays));
    out.push(Step::new("yy_review", y, Actor::Street, plan::SI_REVIEW).limit(2, Unit::PerYear));
    out
}
