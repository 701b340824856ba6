//! The scenario files of `tests/scenarios`, in name order: shared by every native test that
//! runs them, so there is one notion of "the scenarios".

use std::path::PathBuf;

/// Every `tests/scenarios/*.json`, sorted by name.
pub fn scenario_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/scenarios");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/scenarios exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}
