//! §四.3 – §四.8: the 一事一议 procedure, one check per requirement.
//!
//! §四.1 申请受理 and §四.2 核对和入户调查 set no limit a clerk can check; their date (受理) is
//! the input the later steps count from. §四.4 审核 and §四.5 集体讨论研究 are not modelled:
//! "应及时召开" sets no measurable limit. §四.7's objection branch (有异议的，重新开展核查) is not
//! modelled: the checks assume the 公示 brought no objection.

use super::input::MeetingInput;
use super::messages::{Args, CheckReason};
use super::{verdict, workdays_after, CheckResult, CheckStatus};
use crate::calendar;
use crate::citation::{law, plan};
use chrono::NaiveDate;

use crate::rules::yishiyiyi::{
    FILING_WORKING_DAYS as FILING_WORKDAYS, MEETING_WORKING_DAYS as MEETING_WORKDAYS,
    MIN_PARTICIPANTS, PUBLICITY_DAYS,
};

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

/// §四.3: the 民主评议会 within [`MEETING_WORKDAYS`] working days of acceptance.
///
/// The limit is that working day after acceptance (acceptance day not counted, 民法典
/// 第二百零一条); a meeting on that day is in time.
pub fn meeting_within_limit(accepted: Option<NaiveDate>, held: Option<NaiveDate>) -> CheckResult {
    const ID: &str = "meeting.within_5_workdays";
    let (Some(accepted), Some(held)) = (accepted, held) else {
        let given = [
            ("meeting.accepted", accepted.is_some()),
            ("meeting.held", held.is_some()),
        ];
        return CheckResult::missing_of(ID, &given, plan::SI_3);
    };
    let limit = calendar::add_workdays(accepted, MEETING_WORKDAYS);
    let mut args = Args::new();
    args.insert("held", held.to_string());
    args.insert("limit", limit.date.to_string());
    args.insert("days", MEETING_WORKDAYS.to_string());
    let in_time = held <= limit.date;
    let (status, reason) = verdict(
        in_time,
        CheckReason::MeetingInTime,
        CheckReason::MeetingLate,
    );
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

/// §四.3: "参会人员……一般不得少于[`MIN_PARTICIPANTS`]人": the minimum passes, one fewer fails.
///
/// "一般" (as a rule) leaves room for exceptions the plan does not name; the check cannot know
/// them, so it fails below the minimum and the words quote "一般" so the clerk can judge.
pub fn participants(count: Option<u32>) -> CheckResult {
    const ID: &str = "meeting.participants";
    let Some(count) = count else {
        return CheckResult::missing(ID, &["meeting.participants"], plan::SI_3);
    };
    let enough = count >= MIN_PARTICIPANTS;
    CheckResult::bounded(
        ID,
        ("count", count.to_string()),
        ("min", MIN_PARTICIPANTS.to_string()),
        verdict(
            enough,
            CheckReason::ParticipantsEnough,
            CheckReason::ParticipantsTooFew,
        ),
        plan::SI_3,
    )
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
        let complete = CheckReason::CompositionComplete;
        CheckResult::plain(ID, CheckStatus::Pass, complete, plan::SI_3)
    } else {
        CheckResult::missing(ID, &unknown, plan::SI_3)
    }
}

/// §四.3: "街道（乡镇）纪（工）委应派人参加，对评议过程进行监督".
pub fn discipline(present: Option<bool>) -> CheckResult {
    const ID: &str = "meeting.discipline";
    let reasons = (
        CheckReason::DisciplinePresent,
        CheckReason::DisciplineAbsent,
    );
    CheckResult::answered(
        ID,
        present,
        "meeting.discipline_present",
        reasons,
        plan::SI_3,
    )
}

/// §四.6: the 公示 of [`PUBLICITY_DAYS`] days, and §四.7: "公示无异议的，由属地街道（乡镇）予以审核
/// 确认或审批".
///
/// 公示 is a period that has to elapse (calendar days, no rolling to a working day): approval
/// is in order when `start + PUBLICITY_DAYS ≤ approval` ([`calendar::elapse`]).
///
/// Exact counting: `start` is the first day of the 公示期 as printed on the notice. With n =
/// `PUBLICITY_DAYS`, the days are start … start+(n−1), the 公示 is complete at the end of
/// start+(n−1), and the earliest approval is start+n. If the notice went up part-way through a
/// day, 民法典 第二百零一条 says that day does not count; the clerk then enters the next day as
/// the start. Approval on the last day of the 公示 fails, as objections could still come that
/// day.
pub fn publicity(start: Option<NaiveDate>, approved: Option<NaiveDate>) -> CheckResult {
    const ID: &str = "meeting.publicity";
    let (Some(start), Some(approved)) = (start, approved) else {
        let given = [
            ("meeting.publicity_start", start.is_some()),
            ("meeting.approved", approved.is_some()),
        ];
        return CheckResult::missing_of(ID, &given, plan::SI_6);
    };
    let earliest = calendar::elapse(start, PUBLICITY_DAYS);
    let mut args = Args::new();
    args.insert("start", start.to_string());
    args.insert("earliest", earliest.to_string());
    args.insert("approved", approved.to_string());
    args.insert("days", PUBLICITY_DAYS.to_string());
    let (status, reason) = verdict(
        earliest <= approved,
        CheckReason::PublicityComplete,
        CheckReason::PublicityIncomplete,
    );
    CheckResult::new(
        ID,
        status,
        reason,
        args,
        plan::SI_6,
        &[plan::SI_7, law::CIVIL_CODE_201],
    )
}

/// §四.8: the filing with the 纪（工）委 and the 业务主管部门 within [`FILING_WORKDAYS`] working days
/// after approval.
///
/// The limit is that working day after approval; filing on it is in time. Without a filing
/// date, today (if given) says whether the limit has already passed.
pub fn filing(
    approved: Option<NaiveDate>,
    filed: Option<NaiveDate>,
    today: Option<NaiveDate>,
) -> CheckResult {
    const ID: &str = "meeting.filing";
    let start = ("meeting.approved", approved);
    workdays_after(ID, start, FILING_WORKDAYS, (filed, today), plan::SI_8)
}
