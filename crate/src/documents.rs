//! The documents catalogue: every paper a path may ask for, generated from
//! `data/documents.json` by the build script, with its names and whether the 大救助信息系统 can
//! supply it. The rules that decide which papers a household still has to bring (§九) are in
//! [`crate::rules::documents`]; this module only holds the list, so that the words
//! ([`crate::messages`]) can name a document without depending on the rules.

use crate::assessment::PathId;

/// A catalogue entry (generated from `data/documents.json`).
#[derive(Debug, Clone, Copy)]
pub struct DocumentDef {
    /// Stable id.
    pub id: &'static str,
    /// Official name.
    pub official_zh: &'static str,
    /// Plain Chinese name.
    pub plain_zh: &'static str,
    /// Plain English name.
    pub plain_en: &'static str,
    /// Paths that need it.
    pub paths: &'static [PathId],
    /// Whether the 大救助信息系统 can supply it.
    pub queryable: bool,
    /// Whether `queryable` is this project's assumption.
    pub assumption: bool,
    /// Why `queryable` is what it is. A note for whoever checks the catalogue: nothing shows
    /// it, so in the page's wasm it is empty (see [`native_only`]).
    pub queryable_basis: &'static str,
}

/// Text that only native builds keep: in the wasm it is `""`, so that notes no page shows do
/// not weigh on the page's first load (the build script still requires every one of them).
const fn native_only(text: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        text
    }
}

include!(concat!(env!("OUT_DIR"), "/documents_table.rs"));

/// The catalogue entry `id`.
pub fn catalogue(id: &str) -> Option<&'static DocumentDef> {
    CATALOGUE.iter().find(|d| d.id == id)
}
