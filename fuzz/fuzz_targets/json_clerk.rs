//! Any bytes → `serde_json::from_slice::<RawClerkCase>` → `jiuzhu::clerk::check` → JSON text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = serde_json::from_slice::<jiuzhu::clerk::RawClerkCase>(data) else {
        return;
    };
    assert!(serde_json::to_string(&jiuzhu::clerk::check(&raw)).is_ok());
});
