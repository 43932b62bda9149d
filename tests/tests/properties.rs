//! Properties of `gongwen::parse` over arbitrary Unicode and over document-like text built
//! from the marker alphabet: it never panics, every span lies inside the input on char
//! boundaries, top-level spans tile the input, children lie inside their parents, and the
//! tree survives a serde_json round trip unchanged.

use gongwen::ListItem;
use gongwen::{Block, Document, Heading, Span, Task};
use proptest::prelude::*;

/// A span inside `src`, on char boundaries, not reversed.
fn check_span(src: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start() <= span.end() && span.end() <= src.len(),
        "{what} span {span} out of 0..{}",
        src.len()
    );
    prop_assert!(
        src.is_char_boundary(span.start()) && src.is_char_boundary(span.end()),
        "{what} span {span} not on char boundaries"
    );
    Ok(())
}

fn check_inside(src: &str, parent: Span, child: Span, what: &str) -> Result<(), TestCaseError> {
    check_span(src, child, what)?;
    prop_assert!(
        parent.contains(child),
        "{what} span {child} outside its parent {parent}"
    );
    Ok(())
}

fn check_heading(src: &str, parent: Span, h: &Heading) -> Result<(), TestCaseError> {
    check_inside(src, parent, h.span, "heading")
}

fn check_items(src: &str, parent: Span, items: &[ListItem]) -> Result<(), TestCaseError> {
    for it in items {
        check_inside(src, parent, it.span, "list item")?;
    }
    Ok(())
}

fn check_task(src: &str, t: &Task) -> Result<(), TestCaseError> {
    check_inside(src, t.span, t.text_span, "task text")?;
    if let Some(r) = &t.responsibility {
        check_inside(src, t.span, r.span, "responsibility")?;
        for u in &r.units {
            check_inside(src, t.span, u.span, "unit")?;
        }
    }
    if let Some(d) = &t.deadline {
        check_inside(src, t.span, d.span, "deadline")?;
    }
    Ok(())
}

fn check_block(src: &str, b: &Block) -> Result<(), TestCaseError> {
    let span = b.span();
    check_span(src, span, "block")?;
    match b {
        Block::Section(s) => {
            check_heading(src, span, &s.heading)?;
            for c in &s.children {
                check_inside(src, span, c.span(), "child block")?;
                check_block(src, c)?;
            }
        }
        Block::Paragraph(p) => {
            if let Some(h) = &p.run_in {
                check_heading(src, span, h)?;
            }
            check_items(src, span, &p.items)?;
        }
        Block::Task(t) => check_task(src, t)?,
        Block::Dateline(d) => {
            if let Some(date) = &d.date {
                check_inside(src, span, date.span, "dateline date")?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Every property but the round trip, for one document.
fn check_document(src: &str, doc: &Document) -> Result<(), TestCaseError> {
    prop_assert_eq!(doc.source(), src);
    // Top-level spans tile the input: no gap, no overlap, nothing dropped.
    let mut at = 0;
    for b in doc.blocks() {
        let s = b.span();
        prop_assert_eq!(s.start(), at, "gap or overlap before block at {}", s);
        prop_assert!(!s.is_empty(), "empty top-level block at {}", s);
        at = s.end();
        check_block(src, b)?;
    }
    prop_assert_eq!(at, src.len(), "top-level blocks end before the input does");
    for d in doc.diagnostics() {
        check_span(src, d.span, "diagnostic")?;
    }
    if let Some(t) = doc.title() {
        check_span(src, t.span, "title")?;
    }
    if let Some(d) = doc.date() {
        check_span(src, d.span, "date")?;
    }
    for h in doc.outline() {
        check_span(src, h.span, "outline heading")?;
    }
    // The matrix and the JSON export must not panic either.
    let _ = doc.units();
    let _ = doc.to_json();
    Ok(())
}

fn check_round_trip(doc: &Document) -> Result<(), TestCaseError> {
    let json = serde_json::to_string(doc).expect("serialize");
    let back: Document = serde_json::from_str(&json).expect("deserialize");
    prop_assert_eq!(&back, doc);
    Ok(())
}

/// Pieces document-like text is made of: markers in both widths, numerals, parentheses,
/// 、 runs, pinyin readings, page chrome, responsibility clauses, odd whitespace.
const PIECES: &[&str] = &[
    "一、", "二、", "十二、", "（一）", "（二）", "(一)", "(三)", "1.", "2.", "１．", "２．",
    "1、", "3、", "(1)", "（2）", "①", "②", "⑳", "第一章", "第二节", "第十条", "第一章 ",
    "154.", "79.6月底前", "2.1%", "3.5亿元", "一是", "二是", "三是", "一一一", "二O一九年",
    "2024年6月27日", "6月底前", "年底前", "第一季度", "长期坚持", "(", ")", "（", "）", "((",
    "))", "、", "、、、", "，", ",", "。", "；", "：", ":", "|", "報(bào)告", "長(zhǎng)",
    "(abc)", "导航菜单", "本文地址", "验证码", "原文如下：", "2025-06-25", "济政〔2024〕12号",
    "各位代表：", "会议强调，", "济源网讯(记者 郑海波)5月7日", "石迎军、李哲出席会议。",
    "责任单位：", "责任领导：张三", "牵头单位：市发展改革委；配合单位：市财政局",
    "(工业信息和科技局牵头,发展改革和统计局、各开发区管理办公室、镇人民政府等相关单位按职责分工负责)",
    "（市场监督管理局负责）", "(自然资源和规划局(林业局)负责)", "负责负责", "牵头", "配合",
    "等相关单位", "按职责分工负责", "发展改革委", "市财政局", "关于", "的通知", "工作报告",
    "生产总值增长6.5%左右", "新建5G基站200个", "加快推进", "总体要求", "附件：", "抄送：",
    "（此件公开发布）", "印发", "\r\n", "\n", "\r", "\n\n", "\u{3000}\u{3000}", " ", "\t",
    "\u{feff}", "\u{a0}", "\u{0}", "?", "\u{fffd}", "𠀀", "é", "ü", "0", "９", "十", "百", "万",
    "亿", "〇", "O",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => "[\\PC]{0,6}",
        1 => "[一二三四五六七八九十百千万亿〇零两]{1,8}",
    ]
}

/// A line of document-like text: some pieces, maybe a marker first, a line ending.
fn line() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(piece(), 0..8),
        prop_oneof!["\n", "\r\n", "\r", ""],
    )
        .prop_map(|(parts, end)| {
            let mut s = parts.concat();
            s.push_str(&end);
            s
        })
}

fn document_like() -> impl Strategy<Value = String> {
    prop::collection::vec(line(), 0..24).prop_map(|ls| ls.concat())
}

proptest! {
    #![proptest_config(ProptestConfig {
        // 256 by default; PROPTEST_CASES=10000 for a longer hunt.
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(256),
        // Relative to the package directory, where `cargo test` runs: tests/proptest-regressions.
        failure_persistence: Some(Box::new(
            proptest::test_runner::FileFailurePersistence::Direct("proptest-regressions/properties.txt"),
        )),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_unicode(src in "\\PC*") {
        let doc = gongwen::parse(&src);
        check_document(&src, &doc)?;
        check_round_trip(&doc)?;
    }

    #[test]
    fn arbitrary_chars_with_controls(src in prop::collection::vec(any::<char>(), 0..200)) {
        let src: String = src.into_iter().collect();
        let doc = gongwen::parse(&src);
        check_document(&src, &doc)?;
        check_round_trip(&doc)?;
    }

    #[test]
    fn document_like_text(src in document_like()) {
        let doc = gongwen::parse(&src);
        check_document(&src, &doc)?;
        check_round_trip(&doc)?;
    }

    #[test]
    fn targets_with_long_decimals_round_trip(int in 0u64..1_000_000, frac in 0u64..u64::MAX, unit in prop::sample::select(&["%", "亿元", "万人", "个"][..])) {
        // Floats must survive JSON exactly (serde_json's float_roundtrip feature).
        let src = format!("1.生产总值增长{int}.{frac}{unit}左右。(发展改革委负责)\n");
        let doc = gongwen::parse(&src);
        check_document(&src, &doc)?;
        check_round_trip(&doc)?;
    }

    #[test]
    fn parse_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let opts = gongwen::Options::default();
        match gongwen::parse_bytes(&bytes, &opts) {
            Ok(doc) => check_document(doc.source(), &doc)?,
            Err(e) => prop_assert!(e.offset().is_none_or(|o| o <= bytes.len()), "{e}"),
        }
    }

    #[test]
    fn document_like_as_bytes(src in document_like(), bom in 0u8..4) {
        // The same text as UTF-8 (with and without BOM) and UTF-16 with BOM parses to the
        // same source.
        let bytes: Vec<u8> = match bom {
            0 => src.as_bytes().to_vec(),
            1 => [&[0xEF, 0xBB, 0xBF][..], src.as_bytes()].concat(),
            2 => std::iter::once([0xFF, 0xFE]).chain(src.encode_utf16().map(u16::to_le_bytes)).flatten().collect(),
            _ => std::iter::once([0xFE, 0xFF]).chain(src.encode_utf16().map(u16::to_be_bytes)).flatten().collect(),
        };
        let doc = gongwen::parse_bytes(&bytes, &gongwen::Options::default())
            .expect("valid text decodes");
        // A leading U+FEFF in plain UTF-8 is read as the byte order mark.
        let want = if bom == 0 { src.strip_prefix('\u{feff}').unwrap_or(&src) } else { &src };
        prop_assert_eq!(doc.source(), want);
        check_document(want, &doc)?;
    }
}
