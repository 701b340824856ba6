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

/// Declares one group of the clerk's form from one list of fields: the raw struct (every field
/// the text as typed, read by [`loose_text`]), the typed struct the validator fills (each field
/// of its own type), and the raw struct's `slot`, which finds a field by name for
/// [`RawClerkCase::set`]. One list, so that the form, the typed case and the setter cannot
/// disagree about a group's fields.
macro_rules! form_group {
    (
        $(#[$raw_doc:meta])* $raw:ident,
        $(#[$typed_doc:meta])* $typed:ident {
            $( $(#[$doc:meta])* $field:ident: $ty:ty, )*
        }
    ) => {
        $(#[$raw_doc])*
        #[derive(Debug, Clone, Default, Deserialize)]
        #[serde(default)]
        pub struct $raw {
            $(
                $(#[$doc])*
                #[serde(deserialize_with = "loose_text")]
                pub $field: Option<String>,
            )*
        }

        $(#[$typed_doc])*
        #[derive(Debug, Clone, Default, PartialEq, Eq)]
        pub struct $typed {
            $( $(#[$doc])* pub $field: $ty, )*
        }

        impl $raw {
            /// The field called `name`, if the group has one.
            fn slot(&mut self, name: &str) -> Option<&mut Option<String>> {
                match name {
                    $( stringify!($field) => Some(&mut self.$field), )*
                    _ => None,
                }
            }
        }
    };
}

form_group! {
    /// The three handlers of §一 / §二 (names or staff numbers), as typed.
    RawHandlers,
    /// Typed handlers; names are kept as typed (trimmed), comparison folds them.
    HandlersInput {
        /// 受理 handler.
        acceptance: Option<String>,
        /// 初审 handler.
        first_review: Option<String>,
        /// 审核确认 handler.
        confirmation: Option<String>,
    }
}

form_group! {
    /// Deadline tracker input, as typed.
    RawDeadline,
    /// Typed deadline tracker input.
    DeadlineInput {
        /// Category: `dibao`/`低保`, `dibian`/`低边`, `tekun`/`特困`, `linshi`/`临时救助`.
        kind: Option<CaseKind>,
        /// Date of acceptance (受理).
        accepted: Option<NaiveDate>,
        /// Start of the economic check (核对).
        check_start: Option<NaiveDate>,
        /// End of the economic check; empty while it is still running.
        check_end: Option<NaiveDate>,
        /// Decision date (审核确认 for 低保、低边、特困; 审批 for 临时救助); empty while undecided.
        decided: Option<NaiveDate>,
    }
}

form_group! {
    /// §五 input, as typed: one linked department's part of the case.
    RawLinked,
    /// Typed §五 input.
    LinkedInput {
        /// Day the department finished (办结) its part.
        done: Option<NaiveDate>,
        /// Day it reported back (反馈) to the platform.
        reported: Option<NaiveDate>,
    }
}

form_group! {
    /// 一事一议 procedure input, as typed.
    RawMeeting,
    /// Typed 一事一议 input.
    MeetingInput {
        /// Date of acceptance (受理).
        accepted: Option<NaiveDate>,
        /// Date of the 民主评议 meeting.
        held: Option<NaiveDate>,
        /// Number of participants.
        participants: Option<u32>,
        /// 街道（乡镇）救助工作人员 took part (yes/no).
        street_staff: Option<bool>,
        /// 村居（社区）委员会成员 took part (yes/no).
        committee_member: Option<bool>,
        /// 驻村干部 took part (yes/no).
        village_cadre: Option<bool>,
        /// 村居（社区）群众代表 took part (yes/no).
        resident_rep: Option<bool>,
        /// 纪（工）委 sent someone (yes/no).
        discipline_present: Option<bool>,
        /// First day of the 公示 period, as printed on the notice.
        publicity_start: Option<NaiveDate>,
        /// Date of approval (审核确认或审批).
        approved: Option<NaiveDate>,
        /// Date of 备案 with the 纪（工）委 and the 业务主管部门.
        filed: Option<NaiveDate>,
    }
}

form_group! {
    /// Emergency first-aid input, as typed.
    RawEmergencyAid,
    /// Typed emergency input.
    EmergencyAidInput {
        /// Amount of the first aid, 元.
        amount: Option<Decimal>,
        /// When the emergency happened (date and time). For the record only: the 24 hours count
        /// from `accepted_at`.
        occurred_at: Option<NaiveDateTime>,
        /// When the 街道 learned of the case and took it up (受理) (date and time): the moment the
        /// 24 hours of §四.emergency count from (`rules::yishiyiyi::EMERGENCY_AID_FROM`).
        accepted_at: Option<NaiveDateTime>,
        /// When the aid was in place (date and time).
        aid_at: Option<NaiveDateTime>,
        /// 区民政局 has a record (备案) (yes/no).
        reported_to_district: Option<bool>,
        /// Day the emergency ended (紧急情况解除).
        ended_on: Option<NaiveDate>,
        /// Day the paperwork was completed (补齐相关手续).
        paperwork_done: Option<NaiveDate>,
    }
}

form_group! {
    /// §八 fund input, as typed.
    RawFunds,
    /// Typed §八 input.
    FundsInput {
        /// Approval date of a 临时救助.
        temporary_approved: Option<NaiveDate>,
        /// Payment date of that 临时救助.
        temporary_paid: Option<NaiveDate>,
        /// Month of a 特困/低保 payment (`2026-03`; typed, its first day).
        monthly_month: Option<NaiveDate>,
        /// Date that month's payment was made.
        monthly_paid: Option<NaiveDate>,
        /// Balance of the 街道's 临时救助 account, 元.
        reserve_balance: Option<Decimal>,
    }
}

form_group! {
    /// §四.review input, as typed.
    RawReview,
    /// Typed §四.review input.
    ReviewInput {
        /// Approval date of the 一事一议 case; when empty, `meeting.approved` is used.
        approved: Option<NaiveDate>,
        /// Date of the last review (复核), if any.
        last_review: Option<NaiveDate>,
    }
}

form_group! {
    /// Monthly sampling input, as typed: new cases in the month and cases sampled.
    RawSampling,
    /// Typed sampling input.
    SamplingInput {
        /// New 低保 and 低边 cases.
        dibao_new: Option<u32>,
        /// New 特困 cases.
        tekun_new: Option<u32>,
        /// New 临时救助 cases.
        linshi_new: Option<u32>,
        /// 低保/低边 cases sampled.
        dibao_sampled: Option<u32>,
        /// 特困 cases sampled.
        tekun_sampled: Option<u32>,
        /// 临时救助 cases sampled.
        linshi_sampled: Option<u32>,
    }
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
        let slot = match path.split_once('.') {
            None if path == "today" => Some(&mut self.today),
            Some(("handlers", name)) => self.handlers.slot(name),
            Some(("deadline", name)) => self.deadline.slot(name),
            Some(("linked", name)) => self.linked.slot(name),
            Some(("meeting", name)) => self.meeting.slot(name),
            Some(("emergency", name)) => self.emergency.slot(name),
            Some(("funds", name)) => self.funds.slot(name),
            Some(("review", name)) => self.review.slot(name),
            Some(("sampling", name)) => self.sampling.slot(name),
            _ => None,
        };
        match slot {
            Some(slot) => {
                *slot = Some(value);
                true
            }
            None => false,
        }
    }
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
