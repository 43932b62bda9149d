//! `gongwen::parse` over arbitrary text: never panics, top-level spans tile the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = gongwen::parse(text);
    let mut at = 0;
    for b in doc.blocks() {
        let s = b.span();
        assert_eq!(s.start(), at, "top-level spans must tile the input");
        assert!(text.is_char_boundary(s.end()));
        at = s.end();
    }
    assert_eq!(at, text.len());
    for h in doc.outline() {
        let _ = doc.text(h.span);
    }
    for t in doc.tasks() {
        let _ = doc.text(t.span);
        for u in t.units() {
            let _ = doc.text(u.span);
        }
    }
    for d in doc.diagnostics() {
        let _ = doc.text(d.span);
    }
    let _ = doc.units();
    let _ = doc.to_json();
});
