//! Adversarial inputs: huge lines, unbalanced parentheses, long 、 lists, many headings, long
//! numerals, nested markers, control characters, broken UTF-16, the size limit. Each must
//! parse without panicking, tile the input, and keep its output within a generous multiple
//! of the input (we bound output size, not time: speed is for the criterion benches in
//! core/benches/parse.rs, which run the same shapes at 1 MB and 10 MB).
//!
//! Sizes stay at or below 1 MB so debug-mode `cargo test` stays fast. Also here: the cases
//! the property tests and fuzzing found, and a replay of every fuzz seed and saved crash.

use gongwen::{Document, Error, Options};
use std::path::Path;

/// Parse, check that top-level spans tile the input, and bound the JSON output.
fn parse_bounded(text: &str, max_ratio: usize) -> Document {
    let doc = gongwen::parse(text);
    check_tiles(text, &doc);
    let json = serde_json::to_string(&doc).expect("serialize");
    let limit = max_ratio * text.len() + 64 * 1024;
    assert!(
        json.len() <= limit,
        "output {} bytes for {} bytes of input (limit {limit})",
        json.len(),
        text.len()
    );
    let pretty = doc.to_json();
    assert!(pretty.len() <= limit, "to_json {} bytes", pretty.len());
    doc
}

fn check_tiles(text: &str, doc: &Document) {
    let mut at = 0;
    for b in doc.blocks() {
        let s = b.span();
        assert_eq!(s.start(), at, "gap or overlap at {s}");
        at = s.end();
    }
    assert_eq!(at, text.len(), "blocks end early");
    for (_, b) in doc.walk() {
        let s = b.span();
        assert!(text.is_char_boundary(s.start()) && text.is_char_boundary(s.end()));
    }
    for d in doc.diagnostics() {
        assert!(d.span.end() <= text.len() && text.is_char_boundary(d.span.start()));
    }
}

fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()).max(1))
}

const MB: usize = 1 << 20;

#[test]
fn one_long_line() {
    let text = repeat_to(
        "坚持稳中求进工作总基调，生产总值增长6.5%左右，(发展改革委负责)、2024年6月底前完成；",
        MB,
    );
    parse_bounded(&text, 8);
}

#[test]
fn unbalanced_open_parentheses() {
    let text = repeat_to("((（(", MB);
    let doc = parse_bounded(&text, 8);
    assert!(doc.diagnostics().iter().all(|d| d.span.end() <= text.len()));
    let text = repeat_to("))）)", MB / 4);
    parse_bounded(&text, 8);
}

#[test]
fn hundred_thousand_dunhao_in_one_parenthetical() {
    // Named units: one task with 100,000 units.
    let mut text = String::from("1.加快推进重点项目建设。(发展改革委牵头,");
    text.push_str(&"财政局、".repeat(100_000));
    text.push_str("各县区政府等相关单位按职责分工负责)\n");
    let doc = parse_bounded(&text, 64);
    let tasks = doc.tasks();
    assert_eq!(tasks.len(), 1);
    // Bare 、 runs: nothing to name, nothing to allocate per separator.
    let text = format!("1.加快推进。({}财政局负责)\n", "、".repeat(100_000));
    parse_bounded(&text, 8);
}

#[test]
fn fifty_thousand_headings() {
    let hanzi = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    let mut text = String::new();
    for i in 0..50_000usize {
        let n = i % 9 + 1;
        match i % 6 {
            0 => text.push_str(&format!("第{n}章 总则\n")),
            1 => text.push_str(&format!("{}、总体要求\n", hanzi[n - 1])),
            2 => text.push_str("（一）聚焦产业需求\n"),
            3 => text.push_str(&format!("{i}.加强统筹\n")),
            4 => text.push_str(&format!("（{n}）细化措施\n")),
            _ => text.push_str("稳步推进改革\n"),
        }
    }
    let doc = parse_bounded(&text, 32);
    assert!(doc.outline().len() >= 40_000, "{}", doc.outline().len());
}

#[test]
fn long_numeral() {
    parse_bounded(&repeat_to("一", MB), 8);
    parse_bounded(&format!("{}、标题\n", "一".repeat(100_000)), 8);
    parse_bounded(&format!("（{}）标题\n", "十".repeat(100_000)), 8);
    parse_bounded(
        &format!("{}年{}月底前\n", "二".repeat(50_000), "一".repeat(50_000)),
        8,
    );
}

#[test]
fn deeply_nested_markers() {
    let text = repeat_to(
        "第一章\n第一节\n第一条\n一、\n（一）\n1.\n（1）\n①\n（一）（1）1.一、①第一章\n",
        MB / 2,
    );
    parse_bounded(&text, 32);
    let text = format!(
        "{}标题{}\n",
        "（（（1）".repeat(20_000),
        "）".repeat(20_000)
    );
    parse_bounded(&text, 8);
}

#[test]
fn nul_bytes_and_controls() {
    let text = repeat_to(
        "1.\0任务\0(财政局\0负责)\n\u{1}\u{7f}\u{feff}\u{2028}",
        MB / 4,
    );
    parse_bounded(&text, 32);
    let doc = gongwen::parse_bytes(text.as_bytes(), &Options::default()).expect("NUL is text");
    assert_eq!(doc.source(), text);
}

fn utf16le(units: &[u16]) -> Vec<u8> {
    let mut out = vec![0xFF, 0xFE];
    for u in units {
        out.extend_from_slice(&u.to_le_bytes());
    }
    out
}

#[test]
fn utf16_lone_surrogates_error_with_offset() {
    let good: Vec<u16> = "一、总体要求\n1.任务。(财政局负责)\n"
        .encode_utf16()
        .collect();
    for (at, bad) in [(0usize, 0xD800u16), (3, 0xDC00), (good.len(), 0xDBFF)] {
        let mut units = good.clone();
        units.insert(at, bad);
        units.push(u16::from(b'A'));
        let bytes = utf16le(&units);
        let err = gongwen::parse_bytes(&bytes, &Options::default()).expect_err("lone surrogate");
        assert!(matches!(err, Error::Decode { .. }), "{err:?}");
        assert_eq!(err.offset(), Some(2 + 2 * at), "{err}");
    }
    // A high surrogate at the very end.
    let mut units = good.clone();
    units.push(0xD83D);
    let err = gongwen::parse_bytes(&utf16le(&units), &Options::default()).expect_err("truncated");
    assert!(
        err.offset().is_some_and(|o| o <= 2 + 2 * units.len()),
        "{err}"
    );
    // NUL code units are text.
    let mut units = good;
    units.insert(2, 0);
    let doc = gongwen::parse_bytes(&utf16le(&units), &Options::default()).expect("NUL decodes");
    assert!(doc.source().contains('\0'));
}

#[test]
fn odd_byte_counts_and_bad_utf8() {
    let opts = Options::default();
    for bytes in [
        &[0xFF, 0xFE, 0x41][..],
        &[0xFE, 0xFF, 0x00],
        &[0xEF, 0xBB, 0xBF, 0xFF],
        &[0xE4, 0xB8],
        &[0x80; 7],
    ] {
        if let Err(e) = gongwen::parse_bytes(bytes, &opts) {
            assert!(e.offset().is_none_or(|o| o <= bytes.len()), "{e}");
        }
    }
}

#[test]
fn size_limit_is_enforced_by_parse_bytes() {
    let text = "一、总体要求\n1.任务。(财政局负责)\n";
    let limit = text.len() - 1;
    let opts = Options::default().with_max_input_bytes(limit);
    let err = gongwen::parse_bytes(text.as_bytes(), &opts).expect_err("over the limit");
    assert_eq!(
        err,
        Error::TooLarge {
            size: text.len(),
            limit
        }
    );
    assert_eq!(err.offset(), None);
    assert!(err.to_string().contains("exceeds"), "{err}");
    let at_limit = Options::default().with_max_input_bytes(text.len());
    assert!(gongwen::parse_bytes(text.as_bytes(), &at_limit).is_ok());
    // Every entry point keeps the limit, text already in memory included.
    assert_eq!(
        gongwen::parse_with(text, &opts).unwrap_err(),
        Error::TooLarge {
            size: text.len(),
            limit
        }
    );
    assert_eq!(gongwen::parse_with(text, &at_limit).unwrap().source(), text);
    let dir = std::env::temp_dir().join(format!("gongwen-limit-{}", std::process::id()));
    std::fs::write(&dir, text).unwrap();
    assert!(matches!(
        gongwen::parse_file(&dir, &opts),
        Err(Error::TooLarge { .. })
    ));
    assert!(gongwen::parse_file(&dir, &at_limit).is_ok());
    let _ = std::fs::remove_file(&dir);
    assert_eq!(Options::default().max_input_bytes, 256 * 1024 * 1024);
}

/// Inputs the property tests shrank to, each once a gap in the tiling or a span off a char
/// boundary (fixed in core/src/outline.rs and core/src/inline/responsibility.rs).
#[test]
fn property_test_regressions() {
    for text in [
        // A section without children ended before its heading line's terminator.
        "1.一是\n一、一、\n\n",
        "A\n¡a一0\n!¡a\0一\n!¡A¡aA",
        // A deadline span counted from before the whitespace the task text was trimmed of.
        "1.\t6月底前(工业信息和科技局牵头,发展改革和统计局、各开发区管理办公室、镇人民政府等相关单位按职责分工负责)\n",
        // A unit span counted from before the ideographic spaces after a label.
        "1.1、\n责任单位：\u{3000}\u{3000}\u{0}0\n",
    ] {
        let doc = parse_bounded(text, 64);
        for t in doc.tasks() {
            for u in t.units() {
                assert_eq!(doc.text(u.span), u.name, "{text:?}");
            }
            if let Some(d) = &t.deadline {
                assert_eq!(doc.text(d.span), d.text, "{text:?}");
            }
        }
    }
}

/// Every fuzz seed and every saved crash (tests/fuzz/regressions) through both entry points.
#[test]
fn replay_fuzz_seeds_and_crashes() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    for dir in ["seeds", "regressions"] {
        // Both directories are committed: a missing one is a broken checkout, not a pass.
        let entries = std::fs::read_dir(fuzz.join(dir))
            .unwrap_or_else(|e| panic!("{}: {e}", fuzz.join(dir).display()));
        let mut n = 0;
        for e in entries {
            let path = e.expect("entry").path();
            if path.extension().is_some_and(|x| x == "md") {
                continue;
            }
            let bytes = std::fs::read(&path).expect("read");
            if let Ok(text) = std::str::from_utf8(&bytes) {
                check_tiles(text, &gongwen::parse(text));
            }
            if let Ok(doc) = gongwen::parse_bytes(&bytes, &Options::default()) {
                check_tiles(doc.source(), &doc);
            }
            n += 1;
        }
        assert!(n >= 3, "expected inputs in {}", fuzz.join(dir).display());
    }
}
