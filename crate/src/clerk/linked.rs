//! §五: a linked department (联办部门) reports back within
//! [`REPORT_BACK_WORKING_DAYS`] working day of finishing its part.
//!
//! The plan's sentence is quoted in `rules::linked`: "在事项办结后1个工作日内将办理情况反馈到政务服务
//! 2.0平台". The clock starts at 办结 (the department finished the matter), not when it was told of
//! the case: the plan gives each department's own processing time as "按照审批时限", which it does
//! not state, so only the report back has a limit a clerk can check. Counted as the other working-
//! day limits are: the 办结 day does not count (民法典 第二百零一条), days off are skipped
//! (行政许可法 第八十二条), and a report on the limit itself is in time.

use super::{workdays_after, CheckResult};
use crate::citation::plan;
use crate::rules::linked::REPORT_BACK_WORKING_DAYS;
use chrono::NaiveDate;

/// Check id.
pub const ID: &str = "linked.report_back";

/// The report back: 通过 when it came by the limit, 不通过 after it; while none is entered, judged
/// against today (提示 before the limit, 不通过 after it). 待填写 without the 办结 date.
pub fn report_back(
    done: Option<NaiveDate>,
    reported: Option<NaiveDate>,
    today: Option<NaiveDate>,
) -> CheckResult {
    let start = ("linked.done", done);
    workdays_after(
        ID,
        start,
        REPORT_BACK_WORKING_DAYS,
        (reported, today),
        plan::WU,
    )
}
