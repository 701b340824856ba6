//! What the clerk typed, and its validation into typed values.
//!
//! The raw structs take every value as text (or a JSON number), exactly as typed, so that the
//! page can pass the form through on every keystroke and never lose what was typed. Validation
//! returns every problem at once, each at its field path (e.g. `meeting.participants`) with a
//! message in Chinese and English.
//!
//! The forms each kind of field accepts are those of the shared readers in [`crate::input`].

use super::deadline::CaseKind;
use super::messages;
use crate::input::{
    self, loose_text, parse_date, parse_datetime, parse_month, parse_number, parse_yes_no, Args,
    Collector, ErrorCode, FieldError,
};
use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Deserialize;

/// The three handlers of §一 / §二 (names or staff numbers).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawHandlers {
    /// 受理 handler.
    #[serde(deserialize_with = "loose_text")]
    pub acceptance: Option<String>,
    /// 初审 handler.
    #[serde(deserialize_with = "loose_text")]
    pub first_review: Option<String>,
    /// 审核确认 handler.
    #[serde(deserialize_with = "loose_text")]
    pub confirmation: Option<String>,
}

/// Deadline tracker input, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawDeadline {
    /// `dibao`/`低保`, `dibian`/`低边`, `tekun`/`特困`, `linshi`/`临时救助`.
    #[serde(deserialize_with = "loose_text")]
    pub kind: Option<String>,
    /// Date of acceptance (受理).
    #[serde(deserialize_with = "loose_text")]
    pub accepted: Option<String>,
    /// Start of the economic check (核对).
    #[serde(deserialize_with = "loose_text")]
    pub check_start: Option<String>,
    /// End of the economic check; empty while it is still running.
    #[serde(deserialize_with = "loose_text")]
    pub check_end: Option<String>,
    /// Decision date (审核确认 for 低保、低边、特困; 审批 for 临时救助); empty while undecided.
    #[serde(deserialize_with = "loose_text")]
    pub decided: Option<String>,
}

/// §五 input, as typed: one linked department's part of the case.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawLinked {
    /// Day the department finished (办结) its part.
    #[serde(deserialize_with = "loose_text")]
    pub done: Option<String>,
    /// Day it reported back (反馈) to the platform.
    #[serde(deserialize_with = "loose_text")]
    pub reported: Option<String>,
}

/// 一事一议 procedure input, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawMeeting {
    /// Date of acceptance (受理).
    #[serde(deserialize_with = "loose_text")]
    pub accepted: Option<String>,
    /// Date of the 民主评议 meeting.
    #[serde(deserialize_with = "loose_text")]
    pub held: Option<String>,
    /// Number of participants.
    #[serde(deserialize_with = "loose_text")]
    pub participants: Option<String>,
    /// 街道（乡镇）救助工作人员 took part (yes/no).
    #[serde(deserialize_with = "loose_text")]
    pub street_staff: Option<String>,
    /// 村居（社区）委员会成员 took part (yes/no).
    #[serde(deserialize_with = "loose_text")]
    pub committee_member: Option<String>,
    /// 驻村干部 took part (yes/no).
    #[serde(deserialize_with = "loose_text")]
    pub village_cadre: Option<String>,
    /// 村居（社区）群众代表 took part (yes/no).
    #[serde(deserialize_with = "loose_text")]
    pub resident_rep: Option<String>,
    /// 纪（工）委 sent someone (yes/no).
    #[serde(deserialize_with = "loose_text")]
    pub discipline_present: Option<String>,
    /// First day of the 公示 period, as printed on the notice.
    #[serde(deserialize_with = "loose_text")]
    pub publicity_start: Option<String>,
    /// Date of approval (审核确认或审批).
    #[serde(deserialize_with = "loose_text")]
    pub approved: Option<String>,
    /// Date of 备案 with the 纪（工）委 and the 业务主管部门.
    #[serde(deserialize_with = "loose_text")]
    pub filed: Option<String>,
}

/// Emergency first-aid input, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawEmergencyAid {
    /// Amount of the first aid, 元.
    #[serde(deserialize_with = "loose_text")]
    pub amount: Option<String>,
    /// When the emergency happened (date and time). For the record only: the 24 hours count
    /// from `accepted_at`.
    #[serde(deserialize_with = "loose_text")]
    pub occurred_at: Option<String>,
    /// When the 街道 learned of the case and took it up (受理) (date and time): the moment the
    /// 24 hours of §四.emergency count from (`rules::yishiyiyi::EMERGENCY_AID_FROM`).
    #[serde(deserialize_with = "loose_text")]
    pub accepted_at: Option<String>,
    /// When the aid was in place (date and time).
    #[serde(deserialize_with = "loose_text")]
    pub aid_at: Option<String>,
    /// 区民政局 has a record (备案) (yes/no).
    #[serde(deserialize_with = "loose_text")]
    pub reported_to_district: Option<String>,
    /// Day the emergency ended (紧急情况解除).
    #[serde(deserialize_with = "loose_text")]
    pub ended_on: Option<String>,
    /// Day the paperwork was completed (补齐相关手续).
    #[serde(deserialize_with = "loose_text")]
    pub paperwork_done: Option<String>,
}

/// §八 fund input, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawFunds {
    /// Approval date of a 临时救助.
    #[serde(deserialize_with = "loose_text")]
    pub temporary_approved: Option<String>,
    /// Payment date of that 临时救助.
    #[serde(deserialize_with = "loose_text")]
    pub temporary_paid: Option<String>,
    /// Month of a 特困/低保 payment (`2026-03`).
    #[serde(deserialize_with = "loose_text")]
    pub monthly_month: Option<String>,
    /// Date that month's payment was made.
    #[serde(deserialize_with = "loose_text")]
    pub monthly_paid: Option<String>,
    /// Balance of the 街道's 临时救助 account, 元.
    #[serde(deserialize_with = "loose_text")]
    pub reserve_balance: Option<String>,
}

/// §四.review input, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawReview {
    /// Approval date of the 一事一议 case; when empty, `meeting.approved` is used.
    #[serde(deserialize_with = "loose_text")]
    pub approved: Option<String>,
    /// Date of the last review (复核), if any.
    #[serde(deserialize_with = "loose_text")]
    pub last_review: Option<String>,
}

/// Monthly sampling input, as typed: new cases in the month and cases sampled.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawSampling {
    /// New 低保 and 低边 cases.
    #[serde(deserialize_with = "loose_text")]
    pub dibao_new: Option<String>,
    /// New 特困 cases.
    #[serde(deserialize_with = "loose_text")]
    pub tekun_new: Option<String>,
    /// New 临时救助 cases.
    #[serde(deserialize_with = "loose_text")]
    pub linshi_new: Option<String>,
    /// 低保/低边 cases sampled.
    #[serde(deserialize_with = "loose_text")]
    pub dibao_sampled: Option<String>,
    /// 特困 cases sampled.
    #[serde(deserialize_with = "loose_text")]
    pub tekun_sampled: Option<String>,
    /// 临时救助 cases sampled.
    #[serde(deserialize_with = "loose_text")]
    pub linshi_sampled: Option<String>,
}

/// Everything the clerk view can hold for a case, as typed. Every field may be absent.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RawClerkCase {
    /// Today's date (the engine has no clock).
    #[serde(deserialize_with = "loose_text")]
    pub today: Option<String>,
    /// §一/§二 handlers.
    pub handlers: RawHandlers,
    /// §一/§二/§三 deadline tracker.
    pub deadline: RawDeadline,
    /// §四.3–§四.8.
    pub meeting: RawMeeting,
    /// §四.emergency.
    pub emergency: RawEmergencyAid,
    /// §八.
    pub funds: RawFunds,
    /// §五.
    pub linked: RawLinked,
    /// §四.review.
    pub review: RawReview,
    /// §一/§二/§三 sampling.
    pub sampling: RawSampling,
}

impl RawClerkCase {
    /// Sets the field at a dotted path (`"meeting.participants"`), as the clerk view's
    /// `data-ck` attributes name them. Returns false for a path the case does not have.
    /// The view fills the case this way instead of through serde, which keeps the
    /// deserialiser out of the page's wasm.
    pub fn set(&mut self, path: &str, value: String) -> bool {
        let slot = match path {
            "today" => &mut self.today,
            "handlers.acceptance" => &mut self.handlers.acceptance,
            "handlers.first_review" => &mut self.handlers.first_review,
            "handlers.confirmation" => &mut self.handlers.confirmation,
            "deadline.kind" => &mut self.deadline.kind,
            "deadline.accepted" => &mut self.deadline.accepted,
            "deadline.check_start" => &mut self.deadline.check_start,
            "deadline.check_end" => &mut self.deadline.check_end,
            "deadline.decided" => &mut self.deadline.decided,
            "linked.done" => &mut self.linked.done,
            "linked.reported" => &mut self.linked.reported,
            "meeting.accepted" => &mut self.meeting.accepted,
            "meeting.held" => &mut self.meeting.held,
            "meeting.participants" => &mut self.meeting.participants,
            "meeting.street_staff" => &mut self.meeting.street_staff,
            "meeting.committee_member" => &mut self.meeting.committee_member,
            "meeting.village_cadre" => &mut self.meeting.village_cadre,
            "meeting.resident_rep" => &mut self.meeting.resident_rep,
            "meeting.discipline_present" => &mut self.meeting.discipline_present,
            "meeting.publicity_start" => &mut self.meeting.publicity_start,
            "meeting.approved" => &mut self.meeting.approved,
            "meeting.filed" => &mut self.meeting.filed,
            "emergency.amount" => &mut self.emergency.amount,
            "emergency.occurred_at" => &mut self.emergency.occurred_at,
            "emergency.accepted_at" => &mut self.emergency.accepted_at,
            "emergency.aid_at" => &mut self.emergency.aid_at,
            "emergency.reported_to_district" => &mut self.emergency.reported_to_district,
            "emergency.ended_on" => &mut self.emergency.ended_on,
            "emergency.paperwork_done" => &mut self.emergency.paperwork_done,
            "funds.temporary_approved" => &mut self.funds.temporary_approved,
            "funds.temporary_paid" => &mut self.funds.temporary_paid,
            "funds.monthly_month" => &mut self.funds.monthly_month,
            "funds.monthly_paid" => &mut self.funds.monthly_paid,
            "funds.reserve_balance" => &mut self.funds.reserve_balance,
            "review.approved" => &mut self.review.approved,
            "review.last_review" => &mut self.review.last_review,
            "sampling.dibao_new" => &mut self.sampling.dibao_new,
            "sampling.tekun_new" => &mut self.sampling.tekun_new,
            "sampling.linshi_new" => &mut self.sampling.linshi_new,
            "sampling.dibao_sampled" => &mut self.sampling.dibao_sampled,
            "sampling.tekun_sampled" => &mut self.sampling.tekun_sampled,
            "sampling.linshi_sampled" => &mut self.sampling.linshi_sampled,
            _ => return false,
        };
        *slot = Some(value);
        true
    }
}

/// Typed handlers; names are kept as typed (trimmed), comparison folds them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HandlersInput {
    /// 受理 handler.
    pub acceptance: Option<String>,
    /// 初审 handler.
    pub first_review: Option<String>,
    /// 审核确认 handler.
    pub confirmation: Option<String>,
}

/// Typed deadline tracker input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeadlineInput {
    /// Category of the case.
    pub kind: Option<CaseKind>,
    /// Date of acceptance.
    pub accepted: Option<NaiveDate>,
    /// Start of 核对.
    pub check_start: Option<NaiveDate>,
    /// End of 核对.
    pub check_end: Option<NaiveDate>,
    /// Decision date.
    pub decided: Option<NaiveDate>,
}

/// Typed §五 input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkedInput {
    /// 办结 date.
    pub done: Option<NaiveDate>,
    /// 反馈 date.
    pub reported: Option<NaiveDate>,
}

/// Typed 一事一议 input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeetingInput {
    /// Date of acceptance.
    pub accepted: Option<NaiveDate>,
    /// Date of the 民主评议.
    pub held: Option<NaiveDate>,
    /// Number of participants.
    pub participants: Option<u32>,
    /// 街道（乡镇）救助工作人员 took part.
    pub street_staff: Option<bool>,
    /// 村居（社区）委员会成员 took part.
    pub committee_member: Option<bool>,
    /// 驻村干部 took part.
    pub village_cadre: Option<bool>,
    /// 群众代表 took part.
    pub resident_rep: Option<bool>,
    /// 纪（工）委 present.
    pub discipline_present: Option<bool>,
    /// First day of 公示.
    pub publicity_start: Option<NaiveDate>,
    /// Approval date.
    pub approved: Option<NaiveDate>,
    /// 备案 date.
    pub filed: Option<NaiveDate>,
}

/// Typed emergency input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmergencyAidInput {
    /// Amount, 元.
    pub amount: Option<Decimal>,
    /// When the emergency happened (for the record).
    pub occurred_at: Option<NaiveDateTime>,
    /// When the 街道 learned of the case (受理): the 24 hours count from here.
    pub accepted_at: Option<NaiveDateTime>,
    /// When the aid was in place.
    pub aid_at: Option<NaiveDateTime>,
    /// 区民政局 has a record.
    pub reported_to_district: Option<bool>,
    /// Day the emergency ended.
    pub ended_on: Option<NaiveDate>,
    /// Day the paperwork was completed.
    pub paperwork_done: Option<NaiveDate>,
}

/// Typed §八 input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FundsInput {
    /// 临时救助 approval date.
    pub temporary_approved: Option<NaiveDate>,
    /// 临时救助 payment date.
    pub temporary_paid: Option<NaiveDate>,
    /// Month of the monthly payment, as its first day.
    pub monthly_month: Option<NaiveDate>,
    /// Date of the monthly payment.
    pub monthly_paid: Option<NaiveDate>,
    /// Reserve balance, 元.
    pub reserve_balance: Option<Decimal>,
}

/// Typed §四.review input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewInput {
    /// Approval date of the 一事一议 case.
    pub approved: Option<NaiveDate>,
    /// Last review date.
    pub last_review: Option<NaiveDate>,
}

/// Typed sampling input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SamplingInput {
    /// New 低保/低边 cases.
    pub dibao_new: Option<u32>,
    /// New 特困 cases.
    pub tekun_new: Option<u32>,
    /// New 临时救助 cases.
    pub linshi_new: Option<u32>,
    /// 低保/低边 sampled.
    pub dibao_sampled: Option<u32>,
    /// 特困 sampled.
    pub tekun_sampled: Option<u32>,
    /// 临时救助 sampled.
    pub linshi_sampled: Option<u32>,
}

/// A case for the clerk checks, as typed values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClerkCase {
    /// Today's date.
    pub today: Option<NaiveDate>,
    /// §一/§二 handlers.
    pub handlers: HandlersInput,
    /// Deadline tracker.
    pub deadline: DeadlineInput,
    /// 一事一议.
    pub meeting: MeetingInput,
    /// Emergency first aid.
    pub emergency: EmergencyAidInput,
    /// §八.
    pub funds: FundsInput,
    /// §五.
    pub linked: LinkedInput,
    /// §四.review.
    pub review: ReviewInput,
    /// Sampling.
    pub sampling: SamplingInput,
}

/// Validates everything, strictly: typed values only if nothing is wrong, else every error.
pub fn validate(raw: &RawClerkCase) -> Result<ClerkCase, Vec<FieldError>> {
    let (case, errors) = validate_lenient(raw);
    if errors.is_empty() {
        Ok(case)
    } else {
        Err(errors)
    }
}

/// Validates everything, keeping what could be read: fields with a problem become `None` and the
/// problem goes into the list.
pub(crate) fn validate_lenient(raw: &RawClerkCase) -> (ClerkCase, Vec<FieldError>) {
    let mut v = Validator::default();
    let case = ClerkCase {
        today: v.date("today", &raw.today),
        handlers: HandlersInput {
            acceptance: input::text(&raw.handlers.acceptance),
            first_review: input::text(&raw.handlers.first_review),
            confirmation: input::text(&raw.handlers.confirmation),
        },
        deadline: v.deadline(&raw.deadline),
        meeting: v.meeting(&raw.meeting),
        emergency: v.emergency(&raw.emergency),
        funds: v.funds(&raw.funds),
        linked: v.linked(&raw.linked),
        review: v.review(&raw.review),
        sampling: SamplingInput {
            dibao_new: v.count("sampling.dibao_new", &raw.sampling.dibao_new),
            tekun_new: v.count("sampling.tekun_new", &raw.sampling.tekun_new),
            linshi_new: v.count("sampling.linshi_new", &raw.sampling.linshi_new),
            dibao_sampled: v.count("sampling.dibao_sampled", &raw.sampling.dibao_sampled),
            tekun_sampled: v.count("sampling.tekun_sampled", &raw.sampling.tekun_sampled),
            linshi_sampled: v.count("sampling.linshi_sampled", &raw.sampling.linshi_sampled),
        },
    };
    (case, v.0.errors)
}

/// The clerk's validator: the shared [`Collector`], whose messages name fields and roles in
/// words, and the clerk's readers on top of it.
struct Validator(Collector);

impl Default for Validator {
    fn default() -> Self {
        Validator(Collector::new(messages::WORDS))
    }
}

impl Validator {
    fn fail(&mut self, path: &str, code: ErrorCode, raw: &Option<String>) {
        self.0
            .fail(path, code, Args::new(), raw.as_deref().unwrap_or(""));
    }

    fn date(&mut self, path: &str, raw: &Option<String>) -> Option<NaiveDate> {
        self.0.read(path, raw, parse_date)
    }

    fn datetime(&mut self, path: &str, raw: &Option<String>) -> Option<NaiveDateTime> {
        self.0.read(path, raw, parse_datetime)
    }

    fn month(&mut self, path: &str, raw: &Option<String>) -> Option<NaiveDate> {
        self.0.read(path, raw, parse_month)
    }

    fn amount(&mut self, path: &str, raw: &Option<String>) -> Option<Decimal> {
        self.0.read(path, raw, |s| match parse_number(s, true) {
            Some(d) if d.is_sign_negative() && !d.is_zero() => Err(ErrorCode::AmountNegative),
            Some(d) => Ok(d),
            None => Err(ErrorCode::AmountFormat),
        })
    }

    fn count(&mut self, path: &str, raw: &Option<String>) -> Option<u32> {
        self.0.read(path, raw, |s| match parse_number(s, false) {
            None => Err(ErrorCode::CountFormat),
            Some(d) if d.is_sign_negative() && !d.is_zero() => Err(ErrorCode::CountNegative),
            // Not `fract()`: see `Collector::int` (the same test, smaller in the page's wasm).
            Some(d) if d.trunc() != d => Err(ErrorCode::CountNotWhole),
            Some(d) => d.trunc().to_u32().ok_or(ErrorCode::CountTooLarge),
        })
    }

    fn choice(&mut self, path: &str, raw: &Option<String>) -> Option<bool> {
        self.0.read(path, raw, |s| {
            parse_yes_no(s).ok_or(ErrorCode::ChoiceFormat)
        })
    }

    /// Records that `later` (at `path`) is before `earlier` (at `other`), and drops `later`.
    fn order(
        &mut self,
        path: &str,
        later: &mut Option<NaiveDate>,
        other: &str,
        earlier: Option<NaiveDate>,
        code: ErrorCode,
        raw: &Option<String>,
    ) {
        if let (Some(l), Some(e)) = (*later, earlier) {
            if l < e {
                let mut args = Args::new();
                args.insert("other", other.to_owned());
                self.0.fail(path, code, args, raw.as_deref().unwrap_or(""));
                *later = None;
            }
        }
    }

    /// Records that the moment `later` (at `path`) is before `earlier` (at `other`), and drops
    /// `later`.
    fn moment_order(
        &mut self,
        path: &str,
        later: &mut Option<NaiveDateTime>,
        other: &str,
        earlier: Option<NaiveDateTime>,
        raw: &Option<String>,
    ) {
        if let (Some(l), Some(e)) = (*later, earlier) {
            if l < e {
                let mut args = Args::new();
                args.insert("other", other.to_owned());
                let input = raw.as_deref().unwrap_or("");
                self.0.fail(path, ErrorCode::DateBefore, args, input);
                *later = None;
            }
        }
    }

    fn deadline(&mut self, raw: &RawDeadline) -> DeadlineInput {
        let kind = self.0.read("deadline.kind", &raw.kind, |s| {
            CaseKind::parse(s).ok_or(ErrorCode::KindUnknown)
        });
        let accepted = self.date("deadline.accepted", &raw.accepted);
        let mut check_start = self.date("deadline.check_start", &raw.check_start);
        let mut check_end = self.date("deadline.check_end", &raw.check_end);
        self.order(
            "deadline.check_start",
            &mut check_start,
            "deadline.accepted",
            accepted,
            ErrorCode::DateBefore,
            &raw.check_start,
        );
        if let (Some(s), Some(e)) = (check_start, check_end) {
            if e < s {
                self.fail(
                    "deadline.check_end",
                    ErrorCode::CheckEndBeforeStart,
                    &raw.check_end,
                );
                // Neither end can be trusted now; the tracker then says the extension is unknown
                // rather than counting from a wrong date.
                check_start = None;
                check_end = None;
            }
        }
        let mut decided = self.date("deadline.decided", &raw.decided);
        self.order(
            "deadline.decided",
            &mut decided,
            "deadline.accepted",
            accepted,
            ErrorCode::ApprovalBeforeAcceptance,
            &raw.decided,
        );
        DeadlineInput {
            kind,
            accepted,
            check_start,
            check_end,
            decided,
        }
    }

    fn linked(&mut self, raw: &RawLinked) -> LinkedInput {
        let done = self.date("linked.done", &raw.done);
        let mut reported = self.date("linked.reported", &raw.reported);
        self.order(
            "linked.reported",
            &mut reported,
            "linked.done",
            done,
            ErrorCode::DateBefore,
            &raw.reported,
        );
        LinkedInput { done, reported }
    }

    fn meeting(&mut self, raw: &RawMeeting) -> MeetingInput {
        let accepted = self.date("meeting.accepted", &raw.accepted);
        let mut held = self.date("meeting.held", &raw.held);
        let participants = self.count("meeting.participants", &raw.participants);
        let publicity_start = self.date("meeting.publicity_start", &raw.publicity_start);
        let mut approved = self.date("meeting.approved", &raw.approved);
        let mut filed = self.date("meeting.filed", &raw.filed);
        self.order(
            "meeting.held",
            &mut held,
            "meeting.accepted",
            accepted,
            ErrorCode::DateBefore,
            &raw.held,
        );
        self.order(
            "meeting.approved",
            &mut approved,
            "meeting.accepted",
            accepted,
            ErrorCode::ApprovalBeforeAcceptance,
            &raw.approved,
        );
        self.order(
            "meeting.filed",
            &mut filed,
            "meeting.approved",
            approved,
            ErrorCode::DateBefore,
            &raw.filed,
        );
        MeetingInput {
            accepted,
            held,
            participants,
            street_staff: self.choice("meeting.street_staff", &raw.street_staff),
            committee_member: self.choice("meeting.committee_member", &raw.committee_member),
            village_cadre: self.choice("meeting.village_cadre", &raw.village_cadre),
            resident_rep: self.choice("meeting.resident_rep", &raw.resident_rep),
            discipline_present: self.choice("meeting.discipline_present", &raw.discipline_present),
            publicity_start,
            approved,
            filed,
        }
    }

    fn emergency(&mut self, raw: &RawEmergencyAid) -> EmergencyAidInput {
        let amount = self.amount("emergency.amount", &raw.amount);
        let occurred_at = self.datetime("emergency.occurred_at", &raw.occurred_at);
        let mut accepted_at = self.datetime("emergency.accepted_at", &raw.accepted_at);
        let mut aid_at = self.datetime("emergency.aid_at", &raw.aid_at);
        let mut ended_on = self.date("emergency.ended_on", &raw.ended_on);
        let paperwork_done = self.date("emergency.paperwork_done", &raw.paperwork_done);
        // The 街道 cannot learn of an emergency before it happens, nor have aid in place before
        // it (or before it learned of it).
        self.moment_order(
            "emergency.accepted_at",
            &mut accepted_at,
            "emergency.occurred_at",
            occurred_at,
            &raw.accepted_at,
        );
        self.moment_order(
            "emergency.aid_at",
            &mut aid_at,
            "emergency.occurred_at",
            occurred_at,
            &raw.aid_at,
        );
        self.moment_order(
            "emergency.aid_at",
            &mut aid_at,
            "emergency.accepted_at",
            accepted_at,
            &raw.aid_at,
        );
        self.order(
            "emergency.ended_on",
            &mut ended_on,
            "emergency.occurred_at",
            occurred_at.map(|o| o.date()),
            ErrorCode::DateBefore,
            &raw.ended_on,
        );
        EmergencyAidInput {
            amount,
            occurred_at,
            accepted_at,
            aid_at,
            reported_to_district: self
                .choice("emergency.reported_to_district", &raw.reported_to_district),
            ended_on,
            paperwork_done,
        }
    }

    fn funds(&mut self, raw: &RawFunds) -> FundsInput {
        let temporary_approved = self.date("funds.temporary_approved", &raw.temporary_approved);
        let mut temporary_paid = self.date("funds.temporary_paid", &raw.temporary_paid);
        self.order(
            "funds.temporary_paid",
            &mut temporary_paid,
            "funds.temporary_approved",
            temporary_approved,
            ErrorCode::DateBefore,
            &raw.temporary_paid,
        );
        FundsInput {
            temporary_approved,
            temporary_paid,
            monthly_month: self.month("funds.monthly_month", &raw.monthly_month),
            monthly_paid: self.date("funds.monthly_paid", &raw.monthly_paid),
            reserve_balance: self.amount("funds.reserve_balance", &raw.reserve_balance),
        }
    }

    fn review(&mut self, raw: &RawReview) -> ReviewInput {
        let approved = self.date("review.approved", &raw.approved);
        let mut last_review = self.date("review.last_review", &raw.last_review);
        self.order(
            "review.last_review",
            &mut last_review,
            "review.approved",
            approved,
            ErrorCode::DateBefore,
            &raw.last_review,
        );
        ReviewInput {
            approved,
            last_review,
        }
    }
}
