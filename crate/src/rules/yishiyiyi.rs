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
//! The make-up of the 民主评议会 ([`MIN_PARTICIPANTS`], the 纪（工）委 present) is a procedural
//! check for the counter (`clerk::meeting`). Not modelled: the 100% 复核率 of 区民政局 (a
//! district-wide ratio).
//!
//! Every number of §四 is declared here once; `clerk` imports them.

use super::linshi::cannot_resolve_alone;
use super::{bare_cond, money, quoting_cond};
use super::{conditions, reasons};
use crate::assessment::{Actor, CondStatus, Path, PathId, Reason, Step, Unit};
use crate::calendar;
use crate::citation::{plan, Citation};
use crate::situation::Situation;
use rust_decimal::Decimal;

conditions! {
    SUDDEN_URGENT_HARDSHIP = ("sudden_urgent_hardship", "突发性、紧迫性、急难性困难", "Sudden, urgent, acute hardship") on "events";
    POLICY_UNCLEAR = ("policy_unclear", "现有政策难以明确", "Existing policy does not clearly cover it") on "events";
}

reasons! {
    expenditure_not_sudden = ("有刚性支出，是否属突发性、紧迫性、急难性困难需评议", "An expenditure: whether it is sudden and urgent is for the review");
    no_sudden_hardship = ("没有突发性、紧迫性、急难性困难", "No sudden, urgent hardship");
    policy_unclear = ("现有政策难以明确", "Existing policy does not clearly cover it");
    policy_clear = ("现有政策可以明确，按相应政策办理", "Existing policy covers it: use that path");
    policy_unclear_unknown = ("现有政策能否明确尚待判断", "Whether existing policy covers it is not yet decided");
    no_favouritism = ("不得出现“政策保”“关系保”和“人情保”", "No aid by policy, connections or favour");
    review_twice_a_year = ("每年复核不少于{times}次", "Reviewed at least {times} times a year");
    emergency_advance_aid = ("情况特别紧急的，街道（乡镇）先行救助，最高不超过 {cap} 元，从临时救助备用金支出，自{from}起{hours}小时内到位，同时向区民政局备案", "If especially urgent, the 街道 aids first, up to {cap} yuan from its reserve fund, in place within {hours} hours of {from}, filed with 区民政局");
    paperwork_after_emergency_ends = ("紧急情况解除后{days}天内补齐相关手续", "Paperwork completed within {days} days after the emergency ends");
    emergency_help_first = ("先求助，后补手续：情况特别紧急的，街道（乡镇）应先行救助，最高不超过 {cap} 元，自{from}起{hours}小时内到位；紧急情况解除后{paperwork_days}天内补齐手续。请尽快联系户籍地或居住地的街道（乡镇）社会救助窗口。", "Help first, paperwork later: when it is very urgent, the 街道 must help first, up to {cap} yuan, in place within {hours} hours of {from}; the paperwork is completed within {paperwork_days} days after the emergency ends. Contact the social-assistance window of your 街道 (where your 户籍 is, or where you live) now.");
}

/// §四.3: "街道（乡镇）在受理救助申请后，应当在5个工作日内，组织开展困难群众'一事一议'民主评议会".
pub const MEETING_WORKING_DAYS: u32 = 5;
/// §四.3: "参会人员……一般不得少于12人".
pub const MIN_PARTICIPANTS: u32 = 12;
/// §四.6: "相关资料在申请人所在村居（社区）进行公示，公示时间为7天" (calendar days).
pub const PUBLICITY_DAYS: u32 = 7;
/// §四.8: "街道（乡镇）要在审批结束后3个工作日内，将'一事一议'相关情况报送……备案".
pub const FILING_WORKING_DAYS: u32 = 3;
/// §四.emergency: "根据实际情况确定救助金额，最高不超过5000元" (元; 5,000.00 passes, 5,000.01 fails).
pub const EMERGENCY_CAP: Decimal = Decimal::from_parts(5000, 0, 0, false, 0);
/// §四.emergency: "确保救助措施在24小时内到位" ("内" includes the bound).
pub const EMERGENCY_AID_HOURS: u32 = 24;
/// INTERPRETATION, not the plan's words: the moment the [`EMERGENCY_AID_HOURS`] count from. The
/// plan does not say; it is read as the moment the 街道 learned of the case and took it up
/// (受理), not the moment the emergency happened: "街道（乡镇）应先行救助" is the 街道's own act,
/// which it can start only once it knows, and an emergency reported a day late would otherwise be
/// late before anyone could act. The code goes into the output as the argument `from` of every
/// sentence that states the 24 hours, and `clerk::emergency` measures from the same moment
/// (`emergency.accepted_at`).
pub const EMERGENCY_AID_FROM: &str = "accepted";
/// §四.emergency: "待紧急情况解除后，在一周内补齐相关手续": one week is 7 calendar days.
pub const PAPERWORK_DAYS: u32 = 7;
/// §四.review: "街道（乡镇）应加强对'一事一议'对象的动态管理，每年复核不少于2次".
pub const REVIEWS_PER_YEAR: u32 = 2;
/// INTERPRETATION of [`REVIEWS_PER_YEAR`], not the plan's words: at most 12 / 2 = 6 months
/// between reviews (see `clerk::review`).
pub const REVIEW_INTERVAL_MONTHS: u32 = 12 / REVIEWS_PER_YEAR;

/// The clause the emergency sentence cites.
pub const EMERGENCY_CLAUSE: Citation = plan::SI_EMERGENCY;

/// The §四.emergency cap ([`EMERGENCY_CAP`]).
pub fn emergency_cap() -> Decimal {
    EMERGENCY_CAP
}

/// The help-first sentence of §四.emergency, for the page's banners and the result
/// (`Assessment::urgent`): "街道（乡镇）应先行救助…最高不超过{cap}元…确保救助措施在{hours}小时内
/// 到位…待紧急情况解除后，在一周（{paperwork_days}天）内补齐相关手续", with the hours counted
/// from {from} ([`EMERGENCY_AID_FROM`]). Cite [`EMERGENCY_CLAUSE`].
pub fn emergency_notice() -> Reason {
    Reason::new(
        "emergency_help_first",
        &[
            ("cap", money(EMERGENCY_CAP)),
            ("hours", EMERGENCY_AID_HOURS.to_string()),
            ("from", EMERGENCY_AID_FROM.to_string()),
            ("paperwork_days", PAPERWORK_DAYS.to_string()),
        ],
    )
}

/// The notice for a result: while an emergency path (急难型临时救助 or an emergency 一事一议) is
/// open, the household is told at once that the 街道 helps first.
pub fn urgent(paths: &[Path]) -> Option<Reason> {
    let emergency_open = paths.iter().any(|p| {
        p.open()
            && (p.id == PathId::LinshiJinan
                || (p.id == PathId::Yishiyiyi && p.details.contains_key("emergency_variant")))
    });
    emergency_open.then(emergency_notice)
}

/// The path: 突发性、紧迫性、急难性困难; 靠自身和家庭无力解决; 以现有政策难以明确.
pub fn path(s: &Situation) -> Path {
    let hardship = match (s.emergency, s.expenditure) {
        (Some(e), _) => {
            let a = [("kind", e.kind.code().to_string())];
            quoting_cond(
                &SUDDEN_URGENT_HARDSHIP,
                CondStatus::Met,
                "emergency_given",
                &a,
                plan::SI,
            )
        }
        (None, Some(_)) => bare_cond(
            &SUDDEN_URGENT_HARDSHIP,
            CondStatus::Unknown,
            "expenditure_not_sudden",
            plan::SI,
        ),
        (None, None) => bare_cond(
            &SUDDEN_URGENT_HARDSHIP,
            CondStatus::NotMet,
            "no_sudden_hardship",
            plan::SI,
        ),
    };
    let unclear = match s.policy_unclear {
        Some(true) => bare_cond(&POLICY_UNCLEAR, CondStatus::Met, "policy_unclear", plan::SI),
        Some(false) => bare_cond(
            &POLICY_UNCLEAR,
            CondStatus::NotMet,
            "policy_clear",
            plan::SI,
        ),
        None => bare_cond(
            &POLICY_UNCLEAR,
            CondStatus::Unknown,
            "policy_unclear_unknown",
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
        p.notes.push(Reason::new(
            "review_twice_a_year",
            &[("times", REVIEWS_PER_YEAR.to_string())],
        ));
        if let Some(e) = s.emergency.filter(|e| e.critical == Some(true)) {
            p.details.insert("emergency_variant", "applies".to_string());
            p.details.insert("emergency_cap", money(emergency_cap()));
            p.notes.push(Reason::new(
                "emergency_advance_aid",
                &[
                    ("cap", money(EMERGENCY_CAP)),
                    ("hours", EMERGENCY_AID_HOURS.to_string()),
                    ("from", EMERGENCY_AID_FROM.to_string()),
                ],
            ));
            if e.ongoing == Some(true) {
                p.notes.push(Reason::new(
                    "paperwork_after_emergency_ends",
                    &[("days", PAPERWORK_DAYS.to_string())],
                ));
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
    // Every step is on the 一事一议 path.
    let step = |id, actor, clause| Step::new(id, &[PathId::Yishiyiyi], actor, clause);
    let mut out = Vec::new();
    let mut accept = step("yy_accept", Actor::Applicant, plan::SI_1);
    accept.date = Some(s.accepted_on);
    out.push(accept);
    if let Some(e) = s.emergency.filter(|e| e.critical == Some(true)) {
        // "确保救助措施在24小时内到位，同时向区民政局备案": counted in hours from the moment the
        // 街道 learned of the case (EMERGENCY_AID_FROM); the engine only knows the day, so it
        // shows the acceptance day as the start.
        let mut aid = step("emergency_aid_in_place", Actor::Street, plan::SI_EMERGENCY)
            .limit(EMERGENCY_AID_HOURS, Unit::Hours)
            .arg("hours", EMERGENCY_AID_HOURS);
        aid.args.insert("from", EMERGENCY_AID_FROM.to_string());
        aid.from = Some(s.accepted_on);
        out.push(aid);
        let mut filing = step("emergency_filing", Actor::Street, plan::SI_EMERGENCY);
        filing.from = Some(s.accepted_on);
        out.push(filing);
        // "待紧急情况解除后，在一周内补齐相关手续": a calendar-day period for someone to act, so
        // 民法典 第二百零三条 moves a last day on a holiday to the next working day.
        let mut paper = step("emergency_paperwork", Actor::Street, plan::SI_EMERGENCY)
            .limit(PAPERWORK_DAYS, Unit::Days)
            .arg("days", PAPERWORK_DAYS);
        if let Some(end) = e.ended_on {
            let r = calendar::act_deadline(end, PAPERWORK_DAYS);
            paper = paper.on(&r);
            paper.from = Some(end);
        }
        out.push(paper);
    }
    out.push(step("yy_check_and_visit", Actor::Street, plan::SI_2));
    out.push(
        step("yy_democratic_review", Actor::Street, plan::SI_3)
            .on(&calendar::add_workdays(s.accepted_on, MEETING_WORKING_DAYS))
            .limit(MEETING_WORKING_DAYS, Unit::WorkingDays)
            .arg("days", MEETING_WORKING_DAYS),
    );
    out.push(step("yy_audit", Actor::Street, plan::SI_4));
    out.push(step("yy_collective_decision", Actor::Street, plan::SI_5));
    out.push(
        step("yy_publicity", Actor::Community, plan::SI_6)
            .limit(PUBLICITY_DAYS, Unit::Days)
            .arg("days", PUBLICITY_DAYS),
    );
    out.push(step("yy_approval", Actor::Street, plan::SI_7));
    out.push(
        step("yy_filing", Actor::Street, plan::SI_8)
            .limit(FILING_WORKING_DAYS, Unit::WorkingDays)
            .arg("days", FILING_WORKING_DAYS),
    );
    out.push(
        step("yy_review", Actor::Street, plan::SI_REVIEW)
            .limit(REVIEWS_PER_YEAR, Unit::PerYear)
            .arg("times", REVIEWS_PER_YEAR),
    );
    out
}
