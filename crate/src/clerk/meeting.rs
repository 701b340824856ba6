//! §四.3 – §四.8: the 一事一议 procedure, one check per requirement.
//!
//! §四.1 申请受理 and §四.2 核对和入户调查 set no limit a clerk can check; their date (受理) is
//! the input the later steps count from. §四.4 审核 and §四.5 集体讨论研究 are not modelled:
//! "应及时召开" sets no measurable limit. §四.7's objection branch (有异议的，重新开展核查) is not
//! modelled: the checks assume the 公示 brought no objection.

use super::input::MeetingInput;
use super::messages::{Args, CheckReason};
use super::{by_deadline, CheckResult, CheckStatus};
use crate::calendar;
use crate::citation::{law, plan};
use chrono::NaiveDate;

/// §四.3: "在受理救助申请后，应当在5个工作日内，组织开展……民主评议会".
pub const MEETING_WORKDAYS: u32 = 5;
/// §四.3: "一般不得少于12人".
pub const MIN_PARTICIPANTS: u32 = 12;
/// §四.6: "公示时间为7天".
pub const PUBLICITY_DAYS: u32 = 7;
/// §四.8: "在审批结束后3个工作日内……备案".
pub const FILING_WORKDAYS: u32 = 3;

/// All six checks of §四.3 – §四.8, in the plan's order.
pub fn meeting_checks(m: &MeetingInput, today: Option<NaiveDate>) -> Vec<CheckResult> {
    vec![
        meeting_within_limit(m.accepted, m.held),
        participants(m.participants),
        composition(m),
        discipline(m.discipline_present),
        publicity(m.publicity_start, m.approved),
        filing(m.approved, m.filed, today),
    ]
}

/// §四.3: "街道（乡镇）在受理救助申请后，应当在5个工作日内，组织开展困难群众“一事一议”民主评议会".
///
/// The limit is the 5th working day after acceptance (acceptance day not counted, 民法典
/// 第二百零一条); a meeting on that day is in time.
pub fn meeting_within_limit(accepted: Option<NaiveDate>, held: Option<NaiveDate>) -> CheckResult {
    const ID: &str = "meeting.within_5_workdays";
    let (Some(accepted), Some(held)) = (accepted, held) else {
        let mut missing = Vec::new();
        if accepted.is_none() {
            missing.push("meeting.accepted");
        }
        if held.is_none() {
            missing.push("meeting.held");
        }
        return CheckResult::missing(ID, &missing, plan::SI_3);
    };
    let limit = calendar::add_workdays(accepted, MEETING_WORKDAYS);
    let mut args = Args::new();
    args.insert("held", held.to_string());
    args.insert("limit", limit.date.to_string());
    let (status, reason) = if held <= limit.date {
        (CheckStatus::Pass, CheckReason::MeetingInTime)
    } else {
        (CheckStatus::Fail, CheckReason::MeetingLate)
    };
    CheckResult::new(
        ID,
        status,
        reason,
        args,
        plan::SI_3,
        &[law::ADMIN_LICENSING_82, law::CIVIL_CODE_201],
    )
    .with_limit(limit)
}

/// §四.3: "参会人员……一般不得少于12人": 12 passes, 11 fails.
///
/// "一般" (as a rule) leaves room for exceptions the plan does not name; the check cannot know
/// them, so it fails below 12 and the words quote "一般" so the clerk can judge.
pub fn participants(count: Option<u32>) -> CheckResult {
    const ID: &str = "meeting.participants";
    let Some(count) = count else {
        return CheckResult::missing(ID, &["meeting.participants"], plan::SI_3);
    };
    let mut args = Args::new();
    args.insert("count", count.to_string());
    args.insert("min", MIN_PARTICIPANTS.to_string());
    let (status, reason) = if count >= MIN_PARTICIPANTS {
        (CheckStatus::Pass, CheckReason::ParticipantsEnough)
    } else {
        (CheckStatus::Fail, CheckReason::ParticipantsTooFew)
    };
    CheckResult::new(ID, status, reason, args, plan::SI_3, &[])
}

/// §四.3: "参会人员应包括街道（乡镇）救助工作人员和申请人所在村居（社区）委员会成员、驻村干部、
/// 村居（社区）群众代表等组成".
///
/// Fails when any of the four is marked absent (listing all absent ones); passes when all four
/// are marked present; otherwise not applicable, naming the unanswered ones.
pub fn composition(m: &MeetingInput) -> CheckResult {
    const ID: &str = "meeting.composition";
    let members = [
        ("street_staff", "meeting.street_staff", m.street_staff),
        (
            "committee_member",
            "meeting.committee_member",
            m.committee_member,
        ),
        ("village_cadre", "meeting.village_cadre", m.village_cadre),
        ("resident_rep", "meeting.resident_rep", m.resident_rep),
    ];
    let absent: Vec<&str> = members
        .iter()
        .filter(|(_, _, v)| *v == Some(false))
        .map(|(code, _, _)| *code)
        .collect();
    if !absent.is_empty() {
        let mut args = Args::new();
        args.insert("missing", absent.join(","));
        return CheckResult::new(
            ID,
            CheckStatus::Fail,
            CheckReason::CompositionMissing,
            args,
            plan::SI_3,
            &[],
        );
    }
    let unknown: Vec<&str> = members
        .iter()
        .filter(|(_, _, v)| v.is_none())
        .map(|(_, path, _)| *path)
        .collect();
    if unknown.is_empty() {
        CheckResult::new(
            ID,
            CheckStatus::Pass,
            CheckReason::CompositionComplete,
            Args::new(),
            plan::SI_3,
            &[],
        )
    } else {
        CheckResult::missing(ID, &unknown, plan::SI_3)
    }
}

/// §四.3: "街道（乡镇）纪（工）委应派人参加，对评议过程进行监督".
pub fn discipline(present: Option<bool>) -> CheckResult {
    const ID: &str = "meeting.discipline";
    match present {
        Some(true) => CheckResult::new(
            ID,
            CheckStatus::Pass,
            CheckReason::DisciplinePresent,
            Args::new(),
            plan::SI_3,
            &[],
        ),
        Some(false) => CheckResult::new(
            ID,
            CheckStatus::Fail,
            CheckReason::DisciplineAbsent,
            Args::new(),
            plan::SI_3,
            &[],
        ),
        None => CheckResult::missing(ID, &["meeting.discipline_present"], plan::SI_3),
    }
}

/// §四.6: "公示时间为7天", and §四.7: "公示无异议的，由属地街道（乡镇）予以审核确认或审批".
///
/// 公示 is a period that has to elapse (calendar days, no rolling to a working day): approval
/// is in order when `start + 7 days ≤ approval` ([`calendar::elapse`]).
///
/// Exact counting: `start` is the first day of the 公示期 as printed on the notice (a notice
/// reading "公示期3月2日至3月8日" has start 3月2日). The seven days are then start … start+6, the
/// 公示 is complete at the end of start+6, and the earliest approval is start+7 (3月9日). If the
/// notice went up part-way through a day, 民法典 第二百零一条 says that day does not count; the
/// clerk then enters the next day as the start. Approval on start+6 (the last day of the 公示)
/// fails, as objections could still come that day.
pub fn publicity(start: Option<NaiveDate>, approved: Option<NaiveDate>) -> CheckResult {
    const ID: &str = "meeting.publicity";
    let (Some(start), Some(approved)) = (start, approved) else {
        let mut missing = Vec::new();
        if start.is_none() {
            missing.push("meeting.publicity_start");
        }
        if approved.is_none() {
            missing.push("meeting.approved");
        }
        return CheckResult::missing(ID, &missing, plan::SI_6);
    };
    let earliest = calendar::elapse(start, PUBLICITY_DAYS);
    let mut args = Args::new();
    args.insert("start", start.to_string());
    args.insert("earliest", earliest.to_string());
    args.insert("approved", approved.to_string());
    let (status, reason) = if earliest <= approved {
        (CheckStatus::Pass, CheckReason::PublicityComplete)
    } else {
        (CheckStatus::Fail, CheckReason::PublicityIncomplete)
    };
    CheckResult::new(
        ID,
        status,
        reason,
        args,
        plan::SI_6,
        &[plan::SI_7, law::CIVIL_CODE_201],
    )
}

/// §四.8: "街道（乡镇）要在审批结束后3个工作日内，将“一事一议”相关情况报送街道（乡镇）纪（工）委和
/// 业务主管部门备案".
///
/// The limit is the 3rd working day after approval; filing on it is in time. Without a filing
/// date, today (if given) says whether the limit has already passed.
pub fn filing(
    approved: Option<NaiveDate>,
    filed: Option<NaiveDate>,
    today: Option<NaiveDate>,
) -> CheckResult {
    const ID: &str = "meeting.filing";
    let Some(approved) = approved else {
        return CheckResult::missing(ID, &["meeting.approved"], plan::SI_8);
    };
    let limit = calendar::add_workdays(approved, FILING_WORKDAYS);
    by_deadline(
        ID,
        limit,
        filed,
        today,
        plan::SI_8,
        &[law::ADMIN_LICENSING_82, law::CIVIL_CODE_201],
    )
}
