//! Turns the data files under `data/` into static Rust tables, so that the wasm bundle carries
//! no JSON parser. Each data family has its own module; this file only calls them.

mod clauses;
mod documents;
mod holidays;
mod params;

use std::path::Path;

/// Reads `data/NAME.json`, hands it to `generate` and writes `$OUT_DIR/OUT`.
fn table(name: &str, out: &str, generate: fn(&str) -> String) {
    let src = Path::new("data").join(format!("{name}.json"));
    let text =
        std::fs::read_to_string(&src).unwrap_or_else(|e| panic!("reading {}: {e}", src.display()));
    let dir = std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    std::fs::write(Path::new(&dir).join(out), generate(&text)).expect("writing generated table");
}

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=build");
    holidays::generate();
    table("params", "params_table.rs", params::generate);
    table("clauses", "clauses_table.rs", clauses::generate);
    table("documents", "documents_table.rs", documents::generate);
}
