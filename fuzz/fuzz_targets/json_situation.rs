//! Any bytes → `serde_json::from_slice::<RawSituation>` → `jiuzhu::evaluate` → JSON text.
//! A panic, abort, overflow or out-of-memory anywhere on that path is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = serde_json::from_slice::<jiuzhu::RawSituation>(data) else {
        return;
    };
    let text = match jiuzhu::evaluate(&raw) {
        Ok(a) => serde_json::to_string(&a),
        Err(e) => serde_json::to_string(&e),
    };
    // The result must always serialise: the page and the CLI print it.
    assert!(text.is_ok());
});
