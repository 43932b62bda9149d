//! `gongwen::parse_bytes` over arbitrary bytes: a document or a clean error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let opts = gongwen::Options::default().with_max_input_bytes(1 << 20);
    match gongwen::parse_bytes(bytes, &opts) {
        Ok(doc) => {
            let end = doc.blocks().last().map_or(0, |b| b.span().end());
            assert_eq!(end, doc.source().len());
            let _ = doc.to_json();
        }
        Err(e) => {
            if let Some(offset) = e.offset() {
                assert!(offset <= bytes.len(), "{e}");
            }
        }
    }
});
