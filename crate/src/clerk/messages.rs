//! The words of the clerk checks: one table per language, keyed by reason code.
//!
//! The checks return a [`CheckReason`] and named arguments; this module alone turns them into Chinese
//! and English sentences, so that no sentence is hard-coded inside the check logic. Arguments
//! whose values are codes themselves (a role, a case category, a list of missing members) are
//! translated through [`term_zh`] / [`term_en`] before they are put into a sentence.

use serde::Serialize;

pub use crate::input::Args;
use crate::input::{fill, Words};

/// Why a check came out as it did. Serialized as its snake_case code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckReason {
    /// Some input the check needs is missing or invalid; `fields` lists their paths.
    MissingInput,
    /// The case does not use this check: nothing of its group was entered.
    NotInCase,
    /// Decided by the limit in force (`decided`, `limit`).
    DecidedInTime,
    /// Decided after the limit in force (`decided`, `limit`, `overdue_workdays`).
    DecidedLate,
    /// The three handlers are three different people.
    SeparationDistinct,
    /// Two roles have the same handler (`role_a`, `role_b`, `name`).
    SeparationSamePerson,
    /// The category's clause sets no separation of duties (`category`).
    SeparationNotRequired,
    /// The case is within its time limit (`limit`, `remaining`).
    DeadlineInTime,
    /// Today is past the time limit in force (`limit`, `overdue_workdays`, `overdue_days`).
    DeadlineOverdue,
    /// Limits computed, but no today's date to compare with (`limit`).
    DeadlineNoToday,
    /// 核对 took more than 15 days: extension allowed (`check_days`).
    ExtensionAllowed,
    /// 核对 took 15 days or fewer: no extension (`check_days`).
    ExtensionNotAllowed,
    /// 核对 still running and already more than 15 days (`check_days`).
    ExtensionAllowedOngoing,
    /// 核对 still running, 15 days or fewer so far (`check_days`).
    ExtensionPending,
    /// No 核对 dates given, so the extension cannot be decided.
    ExtensionUnknown,
    /// 临时救助: the plan provides no extension.
    ExtensionNotProvided,
    /// 民主评议 held within 5 working days (`held`, `limit`).
    MeetingInTime,
    /// 民主评议 held too late (`held`, `limit`).
    MeetingLate,
    /// At least 12 participants (`count`, `min`).
    ParticipantsEnough,
    /// Fewer than 12 participants (`count`, `min`).
    ParticipantsTooFew,
    /// All four groups were represented.
    CompositionComplete,
    /// Some groups were not represented (`missing`).
    CompositionMissing,
    /// 纪(工)委 sent someone.
    DisciplinePresent,
    /// 纪(工)委 did not send anyone.
    DisciplineAbsent,
    /// 公示 ran its 7 days before approval (`start`, `earliest`, `approved`).
    PublicityComplete,
    /// Approval came before the 7 days had run (`start`, `earliest`, `approved`).
    PublicityIncomplete,
    /// Something was done by its deadline (`done`, `limit`).
    DoneInTime,
    /// Something was done after its deadline (`done`, `limit`).
    DoneLate,
    /// Not done yet, deadline not passed (`limit`, `today`).
    PendingInTime,
    /// Not done yet and the deadline has passed (`limit`, `today`).
    PendingOverdue,
    /// Deadline computed; neither a completion date nor today given (`limit`).
    DeadlineOnly,
    /// Amount within the cap (`amount`, `max`).
    AmountWithin,
    /// Amount over the cap (`amount`, `max`).
    AmountOver,
    /// Aid in place within 24 hours (`hours`, `minutes`) of `from` (`accepted_at`).
    AidWithin24h,
    /// Aid in place after more than 24 hours (`hours`, `minutes`) of `from` (`accepted_at`).
    AidLate,
    /// 区民政局 has a record (备案).
    ReportedToDistrict,
    /// 区民政局 has no record.
    NotReportedToDistrict,
    /// Reserve at least the minimum (`balance`, `min`).
    ReserveEnough,
    /// Reserve below the minimum (`balance`, `min`).
    ReserveShort,
    /// Next review not yet due (`next_due`, `following_due`).
    ReviewNotDue,
    /// A review is overdue (`due`, `anchor`).
    ReviewOverdue,
    /// Review dates computed, no today's date (`next_due`, `following_due`).
    ReviewScheduleOnly,
    /// Enough cases sampled (`category`, `new`, `percent`, `minimum`, `sampled`).
    SampleEnough,
    /// Too few cases sampled (`category`, `new`, `percent`, `minimum`, `sampled`).
    SampleTooFew,
    /// Minimum computed; number sampled not given (`category`, `new`, `percent`, `minimum`).
    SampleMinimumOnly,
}

impl CheckReason {
    /// Every reason, so that tests can check that each has words in both languages.
    pub const ALL: &'static [CheckReason] = &[
        CheckReason::MissingInput,
        CheckReason::NotInCase,
        CheckReason::DecidedInTime,
        CheckReason::DecidedLate,
        CheckReason::SeparationDistinct,
        CheckReason::SeparationSamePerson,
        CheckReason::SeparationNotRequired,
        CheckReason::DeadlineInTime,
        CheckReason::DeadlineOverdue,
        CheckReason::DeadlineNoToday,
        CheckReason::ExtensionAllowed,
        CheckReason::ExtensionNotAllowed,
        CheckReason::ExtensionAllowedOngoing,
        CheckReason::ExtensionPending,
        CheckReason::ExtensionUnknown,
        CheckReason::ExtensionNotProvided,
        CheckReason::MeetingInTime,
        CheckReason::MeetingLate,
        CheckReason::ParticipantsEnough,
        CheckReason::ParticipantsTooFew,
        CheckReason::CompositionComplete,
        CheckReason::CompositionMissing,
        CheckReason::DisciplinePresent,
        CheckReason::DisciplineAbsent,
        CheckReason::PublicityComplete,
        CheckReason::PublicityIncomplete,
        CheckReason::DoneInTime,
        CheckReason::DoneLate,
        CheckReason::PendingInTime,
        CheckReason::PendingOverdue,
        CheckReason::DeadlineOnly,
        CheckReason::AmountWithin,
        CheckReason::AmountOver,
        CheckReason::AidWithin24h,
        CheckReason::AidLate,
        CheckReason::ReportedToDistrict,
        CheckReason::NotReportedToDistrict,
        CheckReason::ReserveEnough,
        CheckReason::ReserveShort,
        CheckReason::ReviewNotDue,
        CheckReason::ReviewOverdue,
        CheckReason::ReviewScheduleOnly,
        CheckReason::SampleEnough,
        CheckReason::SampleTooFew,
        CheckReason::SampleMinimumOnly,
    ];
}

/// Chinese template of a reason; `{name}` is replaced by the argument of that name.
fn reason_zh(r: CheckReason) -> &'static str {
    use CheckReason::*;
    match r {
        MissingInput => "缺少或无法识别所需信息：{fields}",
        NotInCase => "本案未涉及此项（未填写相关信息）",
        DecidedInTime => "于{decided}作出决定，未超过办理时限{limit}",
        DecidedLate => "于{decided}作出决定，超过办理时限{limit}{overdue_workdays}个工作日",
        SeparationDistinct => "受理、初审、审核确认经办人员为三个不同的人",
        SeparationSamePerson => "{role_a}与{role_b}经办人员为同一人（{name}），不符合“不能为同一人”的要求",
        SeparationNotRequired => "{category}：方案第三部分未规定受理、初审、审核确认经办人员分离",
        DeadlineInTime => "在办理时限内：期限为{limit}，还剩{remaining}个工作日",
        DeadlineOverdue => "已超过办理时限{limit}：逾期{overdue_workdays}个工作日（{overdue_days}个自然日）",
        DeadlineNoToday => "办理期限为{limit}；未填写今天日期，无法计算剩余工作日",
        ExtensionAllowed => "经济状况核对用时{check_days}天，超过{check_limit}天，可适当延长，但最长不超过{max_workdays}个工作日",
        ExtensionNotAllowed => "经济状况核对用时{check_days}天，未超过{check_limit}天，不得延长",
        ExtensionAllowedOngoing => "经济状况核对尚未结束，已用时{check_days}天，超过{check_limit}天，可适当延长，但最长不超过{max_workdays}个工作日",
        ExtensionPending => "经济状况核对尚未结束，已用时{check_days}天；超过{check_limit}天后方可延长",
        ExtensionUnknown => "未填写经济状况核对起止日期，无法判断能否延长",
        ExtensionNotProvided => "临时救助审批时限不超过{max_workdays}个工作日，方案未规定延长",
        MeetingInTime => "民主评议于{held}召开，在受理后{days}个工作日内（最迟{limit}）",
        MeetingLate => "民主评议于{held}召开，晚于受理后{days}个工作日的期限{limit}",
        ParticipantsEnough => "参会{count}人，不少于{min}人",
        ParticipantsTooFew => "参会{count}人，少于{min}人（方案：一般不得少于{min}人）",
        CompositionComplete => "参会人员包括街道（乡镇）救助工作人员、村居（社区）委员会成员、驻村干部和群众代表",
        CompositionMissing => "参会人员缺少：{missing}",
        DisciplinePresent => "街道（乡镇）纪（工）委派人参加并监督",
        DisciplineAbsent => "街道（乡镇）纪（工）委未派人参加",
        PublicityComplete => "公示自{start}起满{days}天，最早可于{earliest}审批，实际审批日{approved}",
        PublicityIncomplete => "公示自{start}起未满{days}天即审批（{approved}），最早应为{earliest}",
        DoneInTime => "于{done}完成，未超过期限{limit}",
        DoneLate => "于{done}完成，超过期限{limit}",
        PendingInTime => "尚未完成，期限为{limit}（今天{today}）",
        PendingOverdue => "尚未完成，已超过期限{limit}（今天{today}）",
        DeadlineOnly => "期限为{limit}",
        AmountWithin => "先行救助金额{amount}元，未超过{max}元",
        AmountOver => "先行救助金额{amount}元，超过最高{max}元",
        AidWithin24h => "自{from}（{accepted_at}）起，救助措施在{hours}小时{minutes}分钟内到位，未超过{max_hours}小时",
        AidLate => "自{from}（{accepted_at}）起，救助措施用时{hours}小时{minutes}分钟到位，超过{max_hours}小时",
        ReportedToDistrict => "已向区民政局备案",
        NotReportedToDistrict => "未向区民政局备案",
        ReserveEnough => "临时救助资金账户备用金{balance}元，不少于{min}元",
        ReserveShort => "临时救助资金账户备用金{balance}元，少于{min}元",
        ReviewNotDue => "下次复核最迟{next_due}，再下次最迟{following_due}（按每{months}个月复核一次理解）",
        ReviewOverdue => "自{anchor}起已超过{months}个月未复核，应于{due}前复核（按每{months}个月复核一次理解）",
        ReviewScheduleOnly => "复核最迟日期：{next_due}、{following_due}（按每{months}个月复核一次理解）",
        SampleEnough => "{category}新增{new}户，抽查比例{percent}%，最少抽查{minimum}户（向上取整），已抽查{sampled}户",
        SampleTooFew => "{category}新增{new}户，抽查比例{percent}%，最少抽查{minimum}户（向上取整），仅抽查{sampled}户",
        SampleMinimumOnly => "{category}新增{new}户，抽查比例{percent}%，最少抽查{minimum}户（向上取整）",
    }
}

/// English template of a reason; `{name}` is replaced by the argument of that name.
fn reason_en(r: CheckReason) -> &'static str {
    use CheckReason::*;
    match r {
        MissingInput => "Missing or unreadable input: {fields}",
        NotInCase => "Not part of this case (nothing entered for it)",
        DecidedInTime => "Decided on {decided}, within the time limit {limit}",
        DecidedLate => "Decided on {decided}, {overdue_workdays} working days after the time limit {limit}",
        SeparationDistinct => "The acceptance, first-review and confirmation handlers are three different people",
        SeparationSamePerson => "The {role_a} and {role_b} handlers are the same person ({name}); the plan requires different people",
        SeparationNotRequired => "{category}: section 三 of the plan sets no separation of the acceptance, first-review and confirmation handlers",
        DeadlineInTime => "Within the time limit: due {limit}, {remaining} working days left",
        DeadlineOverdue => "Past the time limit {limit}: overdue by {overdue_workdays} working days ({overdue_days} calendar days)",
        DeadlineNoToday => "Due {limit}; enter today's date to see the working days left",
        ExtensionAllowed => "The economic check took {check_days} days, more than {check_limit}: an extension is allowed, to at most {max_workdays} working days",
        ExtensionNotAllowed => "The economic check took {check_days} days, not more than {check_limit}: no extension",
        ExtensionAllowedOngoing => "The economic check is still running after {check_days} days, more than {check_limit}: an extension is allowed, to at most {max_workdays} working days",
        ExtensionPending => "The economic check is still running after {check_days} days; an extension is allowed only once it passes {check_limit} days",
        ExtensionUnknown => "No economic-check dates entered, so the extension cannot be decided",
        ExtensionNotProvided => "Temporary aid must be approved within {max_workdays} working days; the plan provides no extension",
        MeetingInTime => "The democratic review was held on {held}, within {days} working days of acceptance (by {limit})",
        MeetingLate => "The democratic review was held on {held}, after the {days}-working-day limit {limit}",
        ParticipantsEnough => "{count} participants, at least {min}",
        ParticipantsTooFew => "{count} participants, fewer than {min} (plan: as a rule not fewer than {min})",
        CompositionComplete => "Participants included street assistance staff, village/community committee members, resident village cadres and residents' representatives",
        CompositionMissing => "Participants did not include: {missing}",
        DisciplinePresent => "The street discipline committee sent someone to supervise",
        DisciplineAbsent => "The street discipline committee sent no one",
        PublicityComplete => "Public notice from {start} ran its {days} days; approval possible from {earliest}, approved {approved}",
        PublicityIncomplete => "Approved on {approved} before the {days}-day public notice from {start} had run; earliest approval {earliest}",
        DoneInTime => "Done on {done}, by the deadline {limit}",
        DoneLate => "Done on {done}, after the deadline {limit}",
        PendingInTime => "Not done yet; deadline {limit} (today {today})",
        PendingOverdue => "Not done yet and past the deadline {limit} (today {today})",
        DeadlineOnly => "Deadline {limit}",
        AmountWithin => "First-aid amount {amount} yuan, not more than {max} yuan",
        AmountOver => "First-aid amount {amount} yuan, more than the maximum {max} yuan",
        AidWithin24h => "Aid in place {hours} h {minutes} min after {from} ({accepted_at}), within {max_hours} hours",
        AidLate => "Aid in place {hours} h {minutes} min after {from} ({accepted_at}), more than {max_hours} hours",
        ReportedToDistrict => "Filed with the district civil affairs bureau",
        NotReportedToDistrict => "Not filed with the district civil affairs bureau",
        ReserveEnough => "Temporary-aid reserve {balance} yuan, at least {min} yuan",
        ReserveShort => "Temporary-aid reserve {balance} yuan, less than {min} yuan",
        ReviewNotDue => "Next review due by {next_due}, the one after by {following_due} (read as one review every {months} months)",
        ReviewOverdue => "No review for more than {months} months since {anchor}; a review was due by {due} (read as one review every {months} months)",
        ReviewScheduleOnly => "Reviews due by {next_due} and {following_due} (read as one review every {months} months)",
        SampleEnough => "{category}: {new} new cases, {percent}% sample, at least {minimum} (rounded up to whole cases); {sampled} sampled",
        SampleTooFew => "{category}: {new} new cases, {percent}% sample, at least {minimum} (rounded up to whole cases); only {sampled} sampled",
        SampleMinimumOnly => "{category}: {new} new cases, {percent}% sample, at least {minimum} (rounded up to whole cases)",
    }
}

/// The word of a check state in Chinese.
pub fn status_zh(s: super::CheckStatus) -> &'static str {
    use super::CheckStatus::*;
    match s {
        Pass => "通过",
        Fail => "不通过",
        Incomplete => "待填写",
        NotApplicable => "不适用",
        Advice => "提示",
    }
}

/// The word of a check state in English.
pub fn status_en(s: super::CheckStatus) -> &'static str {
    use super::CheckStatus::*;
    match s {
        Pass => "pass",
        Fail => "fail",
        Incomplete => "to fill in",
        NotApplicable => "not applicable",
        Advice => "advice",
    }
}

/// The mark of a check state: one shape per state, readable without colour.
pub fn status_mark(s: super::CheckStatus) -> &'static str {
    use super::CheckStatus::*;
    match s {
        Pass => "✓",
        Fail => "✗",
        Incomplete => "…",
        NotApplicable => "—",
        Advice => "ℹ",
    }
}

/// Chinese words for codes that appear as argument values (roles, categories, members, field
/// paths). Unknown codes are returned as they are.
pub fn term_zh(code: &str) -> &str {
    field_label_zh(code)
}

/// English words for codes that appear as argument values.
pub fn term_en(code: &str) -> &str {
    field_label_en(code)
}

/// (code, Chinese, English): the words of the codes that appear as argument values (roles,
/// categories, members: no dot in them), then the label of each input field (a dotted path).
/// One table rather than a `match` per language: a string `match` compiles to a chain of
/// comparisons, which costs the page's wasm about twice the bytes of this table and its loop.
const FIELD_LABELS: &[(&str, &str, &str)] = &[
    ("acceptance", "受理", "acceptance"),
    ("first_review", "初审", "first-review"),
    ("confirmation", "审核确认", "confirmation"),
    (
        "dibao",
        "低保、低边",
        "Minimum living allowance (低保/低边)",
    ),
    ("tekun", "特困", "Extreme poverty support (特困)"),
    ("linshi", "临时救助", "Temporary aid (临时救助)"),
    (
        "street_staff",
        "街道（乡镇）救助工作人员",
        "street assistance staff",
    ),
    (
        "committee_member",
        "村居（社区）委员会成员",
        "village/community committee members",
    ),
    ("village_cadre", "驻村干部", "resident village cadres"),
    (
        "resident_rep",
        "村居（社区）群众代表",
        "residents' representatives",
    ),
    // rules::yishiyiyi::EMERGENCY_AID_FROM.
    (
        "accepted",
        "街道受理（知悉）时",
        "the 街道 took up (learned of) the case",
    ),
    ("today", "今天日期", "today's date"),
    ("handlers.acceptance", "受理经办人", "acceptance handler"),
    (
        "handlers.first_review",
        "初审经办人",
        "first-review handler",
    ),
    (
        "handlers.confirmation",
        "审核确认经办人",
        "confirmation handler",
    ),
    ("deadline.kind", "救助类别", "category"),
    ("deadline.accepted", "受理日期", "acceptance date"),
    (
        "deadline.check_start",
        "核对开始日期",
        "economic check start",
    ),
    ("deadline.check_end", "核对结束日期", "economic check end"),
    ("deadline.decided", "审核确认（审批）日期", "decision date"),
    (
        "linked.done",
        "联办部门办结日期",
        "linked department finished on",
    ),
    (
        "linked.reported",
        "联办部门反馈日期",
        "linked department reported back on",
    ),
    ("meeting.accepted", "受理日期", "acceptance date"),
    ("meeting.held", "民主评议日期", "democratic review date"),
    ("meeting.participants", "参会人数", "number of participants"),
    (
        "meeting.street_staff",
        "街道（乡镇）救助工作人员",
        "street assistance staff",
    ),
    (
        "meeting.committee_member",
        "村居（社区）委员会成员",
        "committee members",
    ),
    ("meeting.village_cadre", "驻村干部", "village cadres"),
    (
        "meeting.resident_rep",
        "群众代表",
        "residents' representatives",
    ),
    (
        "meeting.discipline_present",
        "纪（工）委派人参加",
        "discipline committee present",
    ),
    (
        "meeting.publicity_start",
        "公示开始日期",
        "public notice start",
    ),
    ("meeting.approved", "审批日期", "approval date"),
    ("meeting.filed", "备案日期", "filing date"),
    ("emergency.amount", "先行救助金额", "first-aid amount"),
    (
        "emergency.occurred_at",
        "紧急情况发生时间",
        "time of the emergency",
    ),
    (
        "emergency.accepted_at",
        "街道受理（知悉）时间",
        "time the 街道 took up (learned of) the case",
    ),
    ("emergency.aid_at", "救助到位时间", "time aid was in place"),
    (
        "emergency.reported_to_district",
        "向区民政局备案",
        "filed with the district bureau",
    ),
    (
        "emergency.ended_on",
        "紧急情况解除日期",
        "date the emergency ended",
    ),
    (
        "emergency.paperwork_done",
        "补齐手续日期",
        "paperwork completed",
    ),
    (
        "funds.temporary_approved",
        "临时救助审批日期",
        "temporary aid approval date",
    ),
    (
        "funds.temporary_paid",
        "临时救助发放日期",
        "temporary aid payment date",
    ),
    ("funds.monthly_month", "发放月份", "payment month"),
    ("funds.monthly_paid", "月度发放日期", "monthly payment date"),
    ("funds.reserve_balance", "备用金余额", "reserve balance"),
    ("review.approved", "一事一议审批日期", "case approval date"),
    ("review.last_review", "上次复核日期", "last review date"),
    (
        "sampling.dibao_new",
        "低保、低边新增户数",
        "new 低保/低边 cases",
    ),
    ("sampling.tekun_new", "特困新增户数", "new 特困 cases"),
    (
        "sampling.linshi_new",
        "临时救助新增户数",
        "new 临时救助 cases",
    ),
    (
        "sampling.dibao_sampled",
        "低保、低边已抽查户数",
        "低保/低边 cases sampled",
    ),
    (
        "sampling.tekun_sampled",
        "特困已抽查户数",
        "特困 cases sampled",
    ),
    (
        "sampling.linshi_sampled",
        "临时救助已抽查户数",
        "临时救助 cases sampled",
    ),
];

/// Chinese label of an input field, by path; unknown paths are returned as they are.
pub fn field_label_zh(path: &str) -> &str {
    FIELD_LABELS
        .iter()
        .find(|l| l.0 == path)
        .map_or(path, |l| l.1)
}

/// English label of an input field, by path; unknown paths are returned as they are.
pub fn field_label_en(path: &str) -> &str {
    FIELD_LABELS
        .iter()
        .find(|l| l.0 == path)
        .map_or(path, |l| l.2)
}

/// Arguments whose values are codes (possibly a comma-separated list) to translate.
const TERM_ARGS: &[&str] = &[
    "role_a", "role_b", "category", "missing", "fields", "other", "from",
];

/// How the clerk's messages put code-valued arguments into words.
pub const WORDS: Words = Words {
    zh: term_zh,
    en: term_en,
    term_args: TERM_ARGS,
};

/// The Chinese sentence for a check outcome.
pub fn reason_text_zh(r: CheckReason, args: &Args) -> String {
    fill(reason_zh(r), args, term_zh, TERM_ARGS, "、")
}

/// The English sentence for a check outcome.
pub fn reason_text_en(r: CheckReason, args: &Args) -> String {
    fill(reason_en(r), args, term_en, TERM_ARGS, ", ")
}
