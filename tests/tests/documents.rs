//! Documents of other formats, written for these tests from the patterns in DESIGN.md: a
//! government web page around an 实施意见 (metadata rows, 发文字号, four heading levels,
//! signature, 抄送, 印发), a GB18030 work report (meeting line, speaker, salutations, run-in
//! headings), and a UTF-16 regulation (第一章/第一条). Expectations are hand-written.

use serde_json::Value;
use std::path::Path;

fn check(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/documents");
    let bytes = std::fs::read(dir.join(format!("{name}.txt"))).unwrap();
    let want: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join(format!("{name}.expect.json"))).unwrap(),
    )
    .unwrap();
    let doc = gongwen::parse_bytes(&bytes, &gongwen::Options::default()).expect("decodes");
    assert_eq!(
        doc.kind().as_str(),
        want["kind"].as_str().unwrap(),
        "{name}: kind"
    );
    assert_eq!(
        doc.title().map(|t| t.text.as_str()),
        want["title"].as_str(),
        "{name}: title"
    );
    assert_eq!(
        doc.date().and_then(|d| d.iso()).as_deref(),
        want["date"].as_str(),
        "{name}: date"
    );
    if let Some(enc) = want["encoding"].as_str() {
        assert_eq!(doc.encoding(), Some(enc), "{name}: encoding");
    }
    if let Some(issuer) = want["issuer"].as_str() {
        assert_eq!(doc.title().and_then(|t| t.issuer.as_deref()), Some(issuer));
        assert_eq!(
            doc.title().and_then(|t| t.genre.as_deref()),
            want["genre"].as_str()
        );
    }
    let got: Vec<(u64, String, String)> = doc
        .outline()
        .into_iter()
        .filter(|h| !h.run_in)
        .map(|h| {
            (
                u64::from(h.level),
                h.marker.to_string(),
                h.title.to_string(),
            )
        })
        .collect();
    let expected: Vec<(u64, String, String)> = want["headings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h[0].as_u64().unwrap(),
                h[1].as_str().unwrap().to_string(),
                h[2].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(got, expected, "{name}: headings");
    if let Some(run_in) = want["run_in"].as_array() {
        let got: Vec<&str> = doc
            .outline()
            .into_iter()
            .filter(|h| h.run_in)
            .map(|h| h.title.as_str())
            .collect();
        let want: Vec<&str> = run_in.iter().map(|v| v.as_str().unwrap()).collect();
        assert_eq!(got, want, "{name}: run-in headings");
    }
    // Nothing dropped: top-level blocks tile the decoded text.
    let mut at = 0;
    for b in doc.blocks() {
        assert_eq!(b.span().start(), at);
        at = b.span().end();
    }
    assert_eq!(at, doc.source().len());
}

#[test]
fn government_web_page_with_metadata_and_back_matter() {
    check("01_gov_page_opinion");
    let doc = gongwen::parse(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fixtures/documents/01_gov_page_opinion.txt"),
        )
        .unwrap(),
    );
    let kinds: Vec<String> = doc
        .blocks()
        .iter()
        .map(|b| format!("{b:?}").split('(').next().unwrap().to_string())
        .collect();
    for k in [
        "Chrome",
        "Title",
        "DocNumber",
        "Addressees",
        "Signature",
        "DateLine",
        "Note",
        "Cc",
        "Printing",
    ] {
        assert!(
            kinds.iter().any(|x| x == k),
            "missing top-level {k} in {kinds:?}"
        );
    }
}

#[test]
fn gb18030_work_report() {
    check("02_work_report_gbk");
}

#[test]
fn utf16_regulation_with_chapters_and_articles() {
    check("03_regulation_utf16");
}

#[test]
fn an_iso_date_inside_the_text_does_not_turn_the_rest_into_chrome() {
    let text = "关于分解重点任务的通知\n一、重点任务\n1.完成投资10亿元。(市发展改革委负责)\n2024-06-25 更新\n2.新建学校2所。(市教育局负责)\n3.改造道路5公里。(市交通运输局负责)\n4.新增绿地3万平方米。(市城市管理局负责)\n";
    let doc = gongwen::parse(text);
    assert_eq!(doc.tasks().len(), 4);
    // Concatenated documents keep every task too.
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/corpus");
    let mut all = String::new();
    for _ in 0..3 {
        for name in ["002_1db4aff5efda3015.txt", "004_d5325104b4f28303.txt"] {
            all.push_str(&std::fs::read_to_string(seeds.join(name)).unwrap());
        }
    }
    assert_eq!(gongwen::parse(&all).tasks().len(), 3 * 154);
}

#[test]
fn news_takes_the_year_from_the_page_date_line_and_counts_run_in_statements() {
    check("04_news_statements_page_date");
    check("05_news_run_in_statements");
}

#[test]
fn work_report_web_page_with_site_name_and_page_furniture() {
    check("06_work_report_page");
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/documents/06_work_report_page.txt");
    let doc = gongwen::parse(&std::fs::read_to_string(path).unwrap());
    assert!(doc
        .blocks()
        .iter()
        .any(|b| matches!(b, gongwen::Block::Speaker(s) if s.text == "市长 王建国")));
    // The review's figures are achievements; the plan's are targets.
    let targets: Vec<&str> = doc.targets().iter().map(|t| t.indicator.as_str()).collect();
    assert_eq!(targets, ["生产总值", "城镇调查失业率"]);
    assert_eq!(doc.achievements().len(), 2);
}

#[test]
fn subtitles_and_bylines_are_not_headings_but_short_lines_between_paragraphs_are() {
    let text = "愚公故里展新颜\n——河阳市推动高质量发展纪实\n记者 张三 通讯员 李四\n　　近年来，河阳市坚持创新驱动，经济社会发展取得新成效，群众获得感不断增强。\n产业转型　跑出加速度\n　　全市规模以上工业增加值年均增长8%，新兴产业占比持续提高，发展后劲更足。\n";
    let doc = gongwen::parse(text);
    assert_eq!(doc.kind(), gongwen::DocumentKind::Article);
    assert_eq!(doc.title().map(|t| t.text.as_str()), Some("愚公故里展新颜"));
    let headings: Vec<&str> = doc
        .outline()
        .into_iter()
        .map(|h| h.title.as_str())
        .collect();
    assert_eq!(headings, ["产业转型　跑出加速度"]);
}

#[test]
fn a_heading_title_ends_at_a_colon_that_runs_on_into_text() {
    let doc = gongwen::parse("一、总体要求：到2025年，全市银发经济规模明显扩大。\n（一）主要目标：城镇新增就业5万人。\n二、工作措施：\n");
    let titles: Vec<&str> = doc
        .outline()
        .into_iter()
        .map(|h| h.title.as_str())
        .collect();
    assert_eq!(titles, ["总体要求", "主要目标", "工作措施"]);
}

#[test]
fn every_marker_style_in_both_widths() {
    check("07_markers_full_width");
    check("08_markers_half_width");
}

#[test]
fn crlf_line_endings() {
    let bytes =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/documents/09_crlf.txt"))
            .unwrap();
    assert!(
        bytes.windows(2).any(|w| w == b"\r\n"),
        "the fixture keeps its CRLF"
    );
    check("09_crlf");
    let doc = gongwen::parse(std::str::from_utf8(&bytes).unwrap());
    assert_eq!(doc.tasks().len(), 3);
    assert!(doc.tasks().iter().all(|t| !t.text.contains('\r')));
}

#[test]
fn an_empty_file_and_a_file_of_only_noise() {
    check("10_empty");
    check("11_only_noise");
    let bytes = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/documents/11_only_noise.txt"),
    )
    .unwrap();
    let doc = gongwen::parse_bytes(&bytes, &gongwen::Options::default()).unwrap();
    assert!(
        doc.blocks()
            .iter()
            .all(|b| matches!(b, gongwen::Block::Chrome(_) | gongwen::Block::Blank(_))),
        "{:?}",
        doc.blocks()
    );
}
