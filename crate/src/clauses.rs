//! The plan's own words for each clause id (`§一`, `§四.3`, …), from `data/clauses.json`,
//! which holds the text of plan.md verbatim. The page shows it next to every citation.

include!(concat!(env!("OUT_DIR"), "/clauses_table.rs"));

/// The plan's text of clause `id`, e.g. `text("§四.6")`.
pub fn text(id: &str) -> Option<&'static str> {
    CLAUSES.iter().find(|c| c.0 == id).map(|c| c.2)
}

/// The plan's heading of clause `id` (empty for paragraphs without one).
pub fn title(id: &str) -> Option<&'static str> {
    CLAUSES.iter().find(|c| c.0 == id).map(|c| c.1)
}
