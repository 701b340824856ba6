//! The page. Thin: reads the form, calls the engine, renders the result with `textContent`.

use wasm_bindgen::prelude::*;

/// Entry point called by the loader once the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {}
