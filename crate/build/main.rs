//! Turns the data files under `data/` into static Rust tables, so that the wasm bundle carries
//! no JSON parser. Each data family has its own module; this file only calls them.

mod holidays;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=build");
    holidays::generate();
}
