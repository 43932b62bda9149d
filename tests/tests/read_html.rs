//! Saved web pages: a government page (navigation, breadcrumb, a metadata table, the notice
//! in <p>s with a <br> inside a task, a task table with rowspan, related links, footer,
//! scripts), saved in GB18030 with a gb2312 meta, reads as the notice typed as text.
//! The page is `tests/fixtures/read/notice_page.html`, written for this test.

mod common;
use common::{summary, TYPED};
use gongwen::ChromeKind;
use gongwen::{Format, Options};

fn page() -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/read/notice_page.html"
    );
    std::fs::read(path).unwrap()
}

fn read(html: &str) -> gongwen::Document {
    gongwen::parse_bytes(html.as_bytes(), &Options::default()).expect("reads")
}

#[test]
fn government_page_reads_as_its_typed_text() {
    let doc = gongwen::parse_bytes(&page(), &Options::default()).unwrap();
    assert_eq!(doc.format(), Format::Html);
    assert_eq!(
        doc.encoding(),
        Some("gb18030"),
        "declared gb2312 reads as GB18030"
    );
    assert_eq!(summary(&doc), summary(&gongwen::parse(TYPED)));
    assert_eq!(
        doc.title().map(|t| t.text.as_str()),
        Some("关于印发2024年市政府重点工作责任分工的通知")
    );
}

#[test]
fn page_text_lines_tables_and_dropped_parts() {
    let doc = gongwen::parse_bytes(&page(), &Options::default()).unwrap();
    let src = doc.source();
    // <br> inside a task breaks the line; block elements make lines.
    assert!(
        src.contains("1.实施市级重点项目300个，\n完成年度投资500亿元。"),
        "{src}"
    );
    // rowspan: the 牵头单位 of task 6 repeated on task 7's row; <th> row kept.
    assert!(src.contains("序号\t工作任务\t牵头单位\t配合单位\n"));
    assert!(src.contains("7\t新建城市口袋公园20个\t市住房和城乡建设局\t市城市管理局\n"));
    // Entities decoded by the parser; nbsp indentation trimmed at line edges.
    assert!(src.contains("当前位置：首页\u{a0}>\u{a0}政务公开"));
    assert!(src.contains("\n现将2024年"));
    for gone in ["这不是正文", "脚本", "请开启脚本", "_hmt", "float", "页头"] {
        assert!(!src.contains(gone), "{gone} leaked into the text");
    }
}

#[test]
fn chrome_regions_and_page_metadata_are_recorded() {
    let doc = gongwen::parse_bytes(&page(), &Options::default()).unwrap();
    let regions: Vec<(ChromeKind, &str)> = doc
        .chrome_regions()
        .iter()
        .map(|r| (r.kind, doc.text(r.span)))
        .collect();
    assert_eq!(regions[0], (ChromeKind::Navigation, "河阳市人民政府"));
    assert_eq!(regions[1].1, "首页\n政务公开\n政务服务\n互动交流");
    assert!(regions[2].1.starts_with("当前位置："));
    assert_eq!(regions[3], (ChromeKind::Navigation, "分享到：微信微博"));
    assert_eq!(regions[4].0, ChromeKind::Teaser);
    assert_eq!(regions[5].0, ChromeKind::Footer);
    assert!(regions[5].1.contains("网站标识码"));
    assert_eq!(regions.len(), 6);
    let info = doc.read_info();
    assert_eq!(
        info.page_title.as_deref(),
        Some("关于印发2024年市政府重点工作责任分工的通知_政府文件_河阳市人民政府")
    );
    assert_eq!(
        info.meta_title.as_deref(),
        Some("关于印发2024年市政府重点工作责任分工的通知")
    );
    assert_eq!(info.meta_date.as_deref(), Some("2024-03-04 09:30"));
    // Candidates never replace the document's own date line.
    assert_eq!(
        doc.date().and_then(|d| d.iso()).as_deref(),
        Some("2024-03-01")
    );
}

#[test]
fn colspan_nested_tables_and_headings() {
    let doc = read(
        "<html><body><h2>一、总体要求</h2><table><tr><td colspan=2>甲</td><td>乙</td></tr>\
         <tr><td>a</td><td><table><tr><td>内1</td><td>内2</td></tr></table></td><td>c\td</td></tr>\
         <tr><td rowspan=0>全</td><td>x</td></tr><tr><td>y</td></tr></table>\
         <ul><li>第一项</li><li>第二项</li></ul><pre>  保留\n  缩进</pre></body></html>",
    );
    assert_eq!(
        doc.source(),
        "一、总体要求\n甲\t甲\t乙\na\t内1 内2\tc d\n全\tx\n全\ty\n第一项\n第二项\n保留\n缩进\n"
    );
}

#[test]
fn format_detection() {
    assert_eq!(Format::detect(b"<!DOCTYPE html><p>x"), Format::Html);
    assert_eq!(Format::detect(b"\xEF\xBB\xBF  <HTML><body>"), Format::Html);
    assert_eq!(
        Format::detect(b"<div><p>one</p><p>two</p></div>"),
        Format::Html
    );
    assert_eq!(
        Format::detect("<关于>印发通知\n一、总体要求".as_bytes()),
        Format::Text
    );
    assert_eq!(Format::detect("关于印发通知<br>".as_bytes()), Format::Text);
    assert_eq!(Format::detect(b"PK\x03\x04rest"), Format::Docx);
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend("<html><body>通知".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(Format::detect(&utf16), Format::Html);
    let doc = gongwen::parse_bytes(&utf16, &Options::default()).unwrap();
    assert_eq!((doc.source(), doc.encoding()), ("通知\n", Some("UTF-16LE")));
    // Forced: markup read as text keeps its tags.
    let opts = Options::default().with_format(Format::Text);
    let doc = gongwen::parse_bytes(b"<p>x</p>", &opts).unwrap();
    assert_eq!(doc.source(), "<p>x</p>");
}

#[test]
fn hostile_pages_do_not_panic() {
    // Deep nesting would make the tree builder quadratic: refused before it is built.
    let deep = |n| {
        format!(
            "<html><body>{}正文{}",
            "<div>".repeat(n),
            "</div>".repeat(n)
        )
    };
    let err = gongwen::parse_bytes(deep(100_000).as_bytes(), &Options::default()).unwrap_err();
    assert_eq!(err.to_string(), "html: elements nested deeper than 512");
    assert!(read(&deep(500)).source().contains("正文"));
    // Unclosed <p> and <li> close themselves: not counted as depth.
    assert!(read(&"<html><li>项".repeat(20_000))
        .source()
        .starts_with("项"));
    let spans = format!(
        "<html><table><tr><td colspan=999999 rowspan=999999>{}</td></tr>{}</table>",
        "长".repeat(10_000),
        "<tr></tr>".repeat(2_000)
    );
    let doc = read(&spans);
    assert!(
        doc.source().len() < 64 << 20,
        "fill budget bounds the output"
    );
    let tables = format!("<html>{}x", "<table><tr><td>".repeat(400));
    assert!(read(&tables).source().contains('x'));
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    for _ in 0..300 {
        let mut b = b"<html>".to_vec();
        for _ in 0..seed % 300 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let alphabet = b"<>/=\"' tdrpbhl&;#x1\xe4\xb8\x80";
            b.push(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        let _ = gongwen::parse_bytes(&b, &Options::default());
    }
}

#[test]
fn parse_file_reads_and_reports_io_errors() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/read/notice_page.html"
    );
    let doc = gongwen::parse_file(path, &Options::default()).unwrap();
    assert_eq!((doc.format(), doc.tasks().len()), (Format::Html, 8));
    let err = gongwen::parse_file("/nonexistent/page.html", &Options::default()).unwrap_err();
    assert!(matches!(err, gongwen::Error::Io { .. }), "{err:?}");
    assert!(
        err.to_string().starts_with("/nonexistent/page.html: "),
        "{err}"
    );
    let small = Options::default().with_max_input_bytes(10);
    let err = gongwen::parse_file(path, &small).unwrap_err();
    assert!(
        matches!(err, gongwen::Error::TooLarge { limit: 10, .. }),
        "{err:?}"
    );
}

#[test]
fn layout_tables_are_read_as_blocks() {
    // An old site: the page laid out in nested tables, the article in one cell, a data
    // table inside it.
    let doc = read(
        "<html><body><table width=980><tr><td class=\"nav\">首页</td></tr><tr><td>\
         <table><tr><td><p>关于做好重点工作的通知</p><p>各县区人民政府：</p><p>一、总体要求</p>\
         <p>1.完成投资300亿元。（发展改革委牵头，财政局配合）</p><p>2.新增就业4万人。（人社局负责）</p>\
         <table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>\
         <tr><td>3</td><td>新建基站200个</td><td>工业和信息化局</td></tr></table>\
         <p>市人民政府</p><p>2024年3月1日</p></td></tr></table></td></tr></table></body></html>",
    );
    assert_eq!(
        doc.source(),
        "首页\n关于做好重点工作的通知\n各县区人民政府：\n一、总体要求\n1.完成投资300亿元。（发展改革委牵头，财政局配合）\n\
         2.新增就业4万人。（人社局负责）\n序号\t工作任务\t牵头单位\n3\t新建基站200个\t工业和信息化局\n市人民政府\n2024年3月1日\n"
    );
    assert_eq!(doc.tasks().len(), 3);
    assert_eq!(doc.chrome_regions().len(), 1);
}

#[test]
fn ordered_lists_show_their_numbers() {
    let doc = read(
        "<html><body><p>关于做好重点工作的通知</p><p>一、总体要求</p><ol>\
         <li>完成投资300亿元。（发展改革委牵头，财政局配合）</li>\n<li>\n<p>新增就业4万人。（人社局负责）</p></li>\
         <li value=\"5\">新建基站200个。（工业和信息化局负责）</li><li></li></ol>\
         <ol type=\"a\" start=\"2\"><li>乙项</li></ol><ul><li>无序</li></ul></body></html>",
    );
    assert_eq!(
        doc.source(),
        "关于做好重点工作的通知\n一、总体要求\n1.完成投资300亿元。（发展改革委牵头，财政局配合）\n\
         2.新增就业4万人。（人社局负责）\n5.新建基站200个。（工业和信息化局负责）\nb.乙项\n无序\n"
    );
    let numbers: Vec<Option<u32>> = doc.tasks().iter().map(|t| t.number).collect();
    assert_eq!(numbers, [Some(1), Some(2), Some(5)]);
}
