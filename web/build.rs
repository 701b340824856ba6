//! Lists `tests/scenarios/*.json` at build time for the wasm scenario runner
//! (`tests/wasm/scenarios.rs`), which cannot read files in the browser. Writes
//! `$OUT_DIR/scenarios.rs` with `FILES: &[(&str, &str)]` (file name, contents via
//! `include_str!`), so the same files the native runner reads are embedded in the test build.
//! The page itself never uses the list, and nothing is embedded unless a test includes it.

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let dir = Path::new(&manifest).join("../tests/scenarios");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "json"));
    files.sort();
    let mut out = String::from("/// Every scenario file: (file name, contents).\n");
    out.push_str("pub const FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned());
        let path = fs::canonicalize(f).unwrap_or_else(|_| f.clone());
        out.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            name.unwrap_or_default(),
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    let target =
        Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("scenarios.rs");
    if let Err(e) = fs::write(&target, out) {
        panic!("cannot write {}: {e}", target.display());
    }
}
