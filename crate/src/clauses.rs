//! The plan's own words for each clause id (`§一`, `§四.3`, …), from `data/clauses.json`,
//! which holds the plan's text verbatim (《XX区关于进一步完善社会救助管理工作的实施方案》). The page shows it next to every citation.

include!(concat!(env!("OUT_DIR"), "/clauses_table.rs"));

/// The plan's text of clause `id`, e.g. `text("§四.6")`.
pub fn text(id: &str) -> Option<&'static str> {
    CLAUSES.iter().find(|c| c.0 == id).map(|c| c.2)
}

/// The plan's heading of clause `id` (empty for paragraphs without one).
pub fn title(id: &str) -> Option<&'static str> {
    CLAUSES.iter().find(|c| c.0 == id).map(|c| c.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_plan_citation_has_its_text() {
        use crate::citation::plan::*;
        for c in [
            XU,
            YI,
            ER,
            SAN,
            SI,
            SI_1,
            SI_2,
            SI_3,
            SI_4,
            SI_5,
            SI_6,
            SI_7,
            SI_8,
            SI_EMERGENCY,
            SI_REVIEW,
            WU,
            LIU,
            QI,
            BA,
            JIU,
            SHI,
            SHIXING,
        ] {
            assert!(
                text(c.id).is_some_and(|t| !t.is_empty()),
                "no text for {}",
                c.id
            );
        }
    }

    #[test]
    fn text_is_the_plans_own() {
        assert_eq!(
            text("§四.6"),
            Some("公示。集体研究通过后，相关资料在申请人所在村居（社区）进行公示，公示时间为7天。")
        );
        assert!(text("§施行").is_some_and(|t| t.starts_with("本方案自2022年7月1日起施行")));
        assert_eq!(
            title("§一"),
            Some("将低保、低边审核确认权限下放至街道（乡镇）")
        );
        assert_eq!(text("§十一"), None);
    }
}
