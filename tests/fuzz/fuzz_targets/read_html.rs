//! The HTML reader over arbitrary bytes: a document whose blocks tile the extracted text
//! and whose recorded regions lie on it, or a clean error — never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let opts = gongwen::Options::default()
        .with_max_input_bytes(1 << 20)
        .with_format(gongwen::Format::Html);
    if let Ok(doc) = gongwen::parse_bytes(bytes, &opts) {
        let end = doc.blocks().last().map_or(0, |b| b.span().end());
        assert_eq!(end, doc.source().len());
        for region in doc.chrome_regions() {
            let _ = doc.text(region.span); // on char boundaries, in range
        }
    }
});
