//! The Word reader: raw bytes as a .docx, and (to get past the zip layer) the bytes split
//! at the first NUL into `word/document.xml` and `word/numbering.xml` of a stored zip.
//! A document or a clean error — never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::io::Write;

fn check(bytes: &[u8]) {
    let opts = gongwen::Options::default()
        .with_max_input_bytes(1 << 20)
        .with_max_unzipped_bytes(4 << 20)
        .with_format(gongwen::Format::Docx);
    if let Ok(doc) = gongwen::parse_bytes(bytes, &opts) {
        let end = doc.blocks().last().map_or(0, |b| b.span().end());
        assert_eq!(end, doc.source().len());
        for m in doc.numbering_markers() {
            let _ = doc.text(m.span);
        }
    }
}

fuzz_target!(|bytes: &[u8]| {
    check(bytes);
    let (document, numbering) = match bytes.iter().position(|&b| b == 0) {
        Some(at) => (&bytes[..at], &bytes[at + 1..]),
        None => (bytes, &[][..]),
    };
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, data) in [("word/document.xml", document), ("word/numbering.xml", numbering)] {
        if zip.start_file(name, stored).is_err() || zip.write_all(data).is_err() {
            return;
        }
    }
    if let Ok(cursor) = zip.finish() {
        check(&cursor.into_inner());
    }
});
