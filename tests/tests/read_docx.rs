//! Word files: a task notice whose 一、/（一）/1. markers are automatic numbering and whose
//! last tasks sit in a table with a vertically merged 牵头单位 cell reads as the same notice
//! typed as text. Fixtures are built in the test code (tests/common/docx.rs).

mod common;
use common::docx::*;
use common::{summary, TYPED};
use gongwen::{Format, Options};

/// Three levels: 一、 and （一） in chineseCounting, 1. in decimal that never restarts
/// (tasks are numbered straight through the sections). numId 2 shares the list; numId 3
/// numbers the 序号 cells from 5.
const NUMBERING: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
 <w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"#;

/// Heading 1, and 标题 2 which carries the （一） numbering itself.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/><w:basedOn w:val="1"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
</w:styles>"#;

fn heading1(num: u32, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr></w:pPr>{}</w:p>"#,
        run(text)
    )
}

fn cell(text: &str) -> String {
    tc("", &p(text))
}

fn numbered_cell() -> String {
    tc(
        "",
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr></w:p>"#,
    )
}

fn notice_docx() -> Vec<u8> {
    let header = tr(
        "<w:tblHeader/>",
        &[
            cell("序号"),
            cell("工作任务"),
            cell("牵头单位"),
            cell("配合单位"),
        ],
    );
    let rows = [
        header.clone(),
        tr(
            "",
            &[
                numbered_cell(),
                cell("新建改扩建公办幼儿园10所"),
                cell("市教育局"),
                cell("各县区人民政府"),
            ],
        ),
        // The header row again, as a page break in another program left it.
        tr(
            "",
            &[
                cell("序号"),
                cell("工作任务"),
                cell("牵头单位"),
                cell("配合单位"),
            ],
        ),
        tr(
            "",
            &[
                numbered_cell(),
                cell("改造城镇老旧小区120个"),
                tc(r#"<w:vMerge w:val="restart"/>"#, &p("市住房和城乡建设局")),
                cell("各县区人民政府"),
            ],
        ),
        header,
        tr(
            "",
            &[
                numbered_cell(),
                cell("新建城市口袋公园20个"),
                tc("<w:vMerge/>", "<w:p/>"),
                cell("市城市管理局"),
            ],
        ),
        tr(
            "",
            &[
                numbered_cell(),
                cell("建设社区养老服务设施20个"),
                cell("市民政局"),
                cell("市财政局"),
            ],
        ),
    ];
    let body = [
        p("关于印发2024年市政府重点工作责任分工的通知"),
        p("各县区人民政府，市直各有关单位："),
        p("　　现将2024年市政府重点工作责任分工印发给你们，请认真抓好落实。"),
        heading1(1, "扩大有效投资"),
        p_style("2", "抓好重大项目建设"),
        p_num(1, 2, "实施市级重点项目300个，完成年度投资500亿元。（市发展改革委牵头，市财政局、市自然资源和规划局配合）"),
        p_num(1, 2, "新开工亿元以上项目80个，推动签约项目尽快落地。（市发展改革委牵头，各县区人民政府配合）"),
        p_style("2", "加强要素保障"),
        p_num(1, 2, "新增建设用地指标5000亩，盘活存量土地2000亩。（市自然资源和规划局牵头，市发展改革委配合）"),
        heading1(1, "保障和改善民生"),
        p_style("2", "稳定扩大就业"),
        p_num(1, 2, "新增城镇就业4万人，城镇调查失业率控制在5.5%以内。（市人力资源和社会保障局牵头，市财政局配合）"),
        p_style("2", "办好民生实事"),
        table(&rows),
        heading1(2, "强化组织保障"),
        p("各牵头单位要切实履行职责，每季度末向市政府报送工作进展情况。"),
        p("市人民政府办公室"),
        p("2024年3月1日"),
    ];
    docx(&document(&body.concat()), Some(NUMBERING), Some(STYLES))
}

#[test]
fn numbered_word_notice_reads_as_its_typed_text() {
    let bytes = notice_docx();
    let doc = gongwen::parse_bytes(&bytes, &Options::default()).expect("reads");
    assert_eq!(doc.format(), Format::Docx);
    assert_eq!(doc.source(), TYPED, "extracted text");
    let typed = gongwen::parse(TYPED);
    assert_eq!(summary(&doc), summary(&typed));
    let s = summary(&doc);
    assert_eq!(s.0, "task_notice");
    assert_eq!(s.4.len(), 8);
    assert_eq!(s.4[6].2, ["市住房和城乡建设局"], "merged 牵头单位 cell");
}

#[test]
fn numbering_markers_and_heading_styles_are_recorded() {
    let doc = gongwen::parse_bytes(&notice_docx(), &Options::default()).unwrap();
    let markers: Vec<(&str, u8)> = doc
        .numbering_markers()
        .iter()
        .map(|m| (doc.text(m.span), m.level))
        .collect();
    assert_eq!(
        markers,
        [
            ("一、", 1),
            ("（一）", 2),
            ("1.", 3),
            ("2.", 3),
            ("（二）", 2),
            ("3.", 3),
            ("二、", 1),
            ("（一）", 2),
            ("4.", 3),
            ("（二）", 2),
            ("三、", 1),
        ]
    );
    let headings: Vec<(&str, u8)> = doc
        .read_info()
        .headings
        .iter()
        .map(|h| (doc.text(h.span), h.level))
        .collect();
    assert_eq!(headings[0], ("一、扩大有效投资", 1));
    assert_eq!(headings[1], ("（一）抓好重大项目建设", 2));
    assert_eq!(headings.len(), 7);
}

#[test]
fn tabs_breaks_grid_spans_and_skipped_content() {
    let body = [
        r#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙 &amp; 丁&#x4E00;</w:t></w:r></w:p>"#.to_string(),
        r#"<w:p><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing><w:t>正文</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del></w:p>"#.to_string(),
        table(&[tr("", &[tc(r#"<w:gridSpan w:val="2"/>"#, &p("合并")), cell("右")]), tr("", &[cell("a"), cell("b"), cell("c")])]),
    ];
    let doc = gongwen::parse_bytes(
        &docx(&document(&body.concat()), None, None),
        &Options::default(),
    )
    .unwrap();
    assert_eq!(
        doc.source(),
        "甲\t乙\n丙 & 丁一\n正文\n合并\t合并\t右\na\tb\tc\n"
    );
}

#[test]
fn tracked_changes_ruby_and_page_breaks() {
    let body = [
        // The numbering before a tracked change is not the paragraph's.
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr><w:pPrChange><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>"#,
        // Ruby readings stay out; a page break that ends a paragraph adds no line.
        r#"<w:p><w:r><w:ruby><w:rt><w:r><w:t>bào</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>报</w:t></w:r></w:rubyBase></w:ruby><w:t>告</w:t><w:br w:type="page"/></w:r></w:p>"#,
        r#"<w:p><w:r><w:br w:type="page"/><w:t>乙</w:t></w:r></w:p>"#,
    ];
    let bytes = docx(&document(&body.concat()), Some(NUMBERING), None);
    let doc = gongwen::parse_bytes(&bytes, &Options::default()).unwrap();
    assert_eq!(doc.source(), "5甲\n报告\n乙\n");
}

#[test]
fn format_can_be_forced() {
    let bytes = notice_docx();
    let err = gongwen::parse_bytes(&bytes, &Options::default().with_format(Format::Text));
    assert!(err.is_err(), "a zip is not text");
    let doc = gongwen::parse_bytes(
        TYPED.as_bytes(),
        &Options::default().with_format(Format::Text),
    )
    .unwrap();
    assert_eq!(doc.format(), Format::Text);
    assert!(doc.numbering_markers().is_empty());
}

// ---- hostile containers: an Error naming the part, never a panic ----

fn docx_err(bytes: &[u8], options: &Options) -> String {
    match gongwen::parse_bytes(bytes, options) {
        Ok(doc) => panic!(
            "expected an error, got a document of {} bytes",
            doc.source().len()
        ),
        Err(e) => {
            assert!(matches!(e, gongwen::Error::Docx { .. }), "{e:?}");
            e.to_string()
        }
    }
}

fn simple_docx() -> Vec<u8> {
    docx(&document(&p("关于做好重点工作的通知")), None, None)
}

/// Offsets of every `sig` record in `bytes`.
fn records(bytes: &[u8], sig: &[u8; 4]) -> Vec<usize> {
    bytes
        .windows(4)
        .enumerate()
        .filter(|(_, w)| w == sig)
        .map(|(i, _)| i)
        .collect()
}

#[test]
fn zip_bomb_member_is_refused_by_ratio() {
    // 8 MB of spaces inside the body deflate to a few KB.
    let xml = format!("{}{}", document(""), " ".repeat(8 << 20));
    let bytes = docx(&xml, None, None);
    assert!(bytes.len() < 100_000);
    let msg = docx_err(&bytes, &Options::default());
    assert_eq!(msg, "docx: word/document.xml: compression ratio over 200");
}

#[test]
fn zip_bomb_with_a_lying_size_stops_at_the_limit() {
    let xml = format!("{}{}", document(""), " ".repeat(4 << 20));
    let mut bytes = docx(&xml, None, None);
    // Claim 1000 bytes uncompressed in the central directory and the local header.
    for at in records(&bytes, b"PK\x01\x02") {
        bytes[at + 24..at + 28].copy_from_slice(&1000u32.to_le_bytes());
    }
    for at in records(&bytes, b"PK\x03\x04") {
        bytes[at + 22..at + 26].copy_from_slice(&1000u32.to_le_bytes());
    }
    // Whatever the zip crate makes of the lie, the result is an error, not 4 MB of text.
    let err = gongwen::parse_bytes(&bytes, &Options::default()).expect_err("refused");
    assert!(err.to_string().starts_with("docx: "), "{err}");
}

#[test]
fn total_size_limit() {
    let opts = Options::default().with_max_unzipped_bytes(100);
    let msg = docx_err(&simple_docx(), &opts);
    assert!(msg.contains("over the limit of 100 bytes"), "{msg}");
}

#[test]
fn truncated_zip() {
    let bytes = notice_docx();
    for cut in [10, bytes.len() / 2, bytes.len() - 10] {
        let msg = docx_err(&bytes[..cut], &Options::default());
        assert!(msg.starts_with("docx: "), "{msg}");
    }
}

#[test]
fn encrypted_member() {
    let mut bytes = simple_docx();
    for at in records(&bytes, b"PK\x01\x02") {
        bytes[at + 8] |= 1;
    }
    for at in records(&bytes, b"PK\x03\x04") {
        bytes[at + 6] |= 1;
    }
    let msg = docx_err(&bytes, &Options::default());
    assert!(msg.contains("encrypted"), "{msg}");
}

#[test]
fn missing_document_part() {
    let bytes = zip(&[("[Content_Types].xml", CONTENT_TYPES.as_bytes())]);
    assert_eq!(
        docx_err(&bytes, &Options::default()),
        "docx: word/document.xml: missing: not a word file"
    );
}

#[test]
fn too_many_members() {
    let names: Vec<String> = (0..20).map(|i| format!("m{i}.xml")).collect();
    let mut members: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b"x"[..])).collect();
    members.push(("word/document.xml", b"<w:document/>"));
    let bytes = zip(&members);
    let msg = docx_err(&bytes, &Options::default().with_max_zip_members(10));
    assert_eq!(msg, "docx: archive: 21 members, over the limit of 10");
}

#[test]
fn deeply_nested_xml() {
    let xml = format!("{}{}", "<a>".repeat(100_000), "</a>".repeat(100_000));
    let msg = docx_err(&docx(&xml, None, None), &Options::default());
    assert_eq!(msg, "docx: word/document.xml: xml nested deeper than 256");
}

#[test]
fn doctype_entities_are_refused() {
    let xml = r#"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"#;
    let msg = docx_err(&docx(xml, None, None), &Options::default());
    assert_eq!(msg, "docx: word/document.xml: doctype not allowed");
    // Without a DOCTYPE an unknown entity is dropped, never expanded.
    let xml = document(r#"<w:p><w:r><w:t>甲&b;乙</w:t></w:r></w:p>"#);
    let doc = gongwen::parse_bytes(&docx(&xml, None, None), &Options::default()).unwrap();
    assert_eq!(doc.source(), "甲乙\n");
}

#[test]
fn malformed_parts_and_random_bytes_never_panic() {
    let broken = docx(
        "<w:document><w:body><w:p></w:body>",
        Some("<w:numbering><"),
        None,
    );
    assert!(gongwen::parse_bytes(&broken, &Options::default()).is_err());
    // A small deterministic generator: random tails after a zip signature, and random
    // flips in a real Word file.
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let good = notice_docx();
    for i in 0..300 {
        let bytes = if i % 2 == 0 {
            let mut b = b"PK\x03\x04".to_vec();
            b.extend((0..(next() % 400)).map(|_| next() as u8));
            b
        } else {
            let mut b = good.clone();
            for _ in 0..1 + next() % 8 {
                let at = (next() as usize) % b.len();
                b[at] = next() as u8;
            }
            b
        };
        let _ = gongwen::parse_bytes(&bytes, &Options::default().with_format(Format::Docx));
    }
}
