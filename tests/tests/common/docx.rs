//! Builds small Word files in memory for the read tests: paragraphs (plain, numbered,
//! styled), tables with merged cells, and a numbering part.

use std::io::Write;
use zip::write::SimpleFileOptions;

pub const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A run of text.
pub fn run(text: &str) -> String {
    format!(
        r#"<w:r><w:t xml:space="preserve">{}</w:t></w:r>"#,
        esc(text)
    )
}

/// A plain paragraph.
pub fn p(text: &str) -> String {
    format!("<w:p>{}</w:p>", run(text))
}

/// A paragraph numbered by list `num` at level `ilvl`.
pub fn p_num(num: u32, ilvl: u32, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>{}</w:p>"#,
        run(text)
    )
}

/// A paragraph in style `style`.
pub fn p_style(style: &str, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{}</w:p>"#,
        run(text)
    )
}

/// A table cell: its paragraphs and properties (`<w:gridSpan w:val="2"/>`, `<w:vMerge/>`).
pub fn tc(props: &str, paras: &str) -> String {
    format!("<w:tc><w:tcPr>{props}</w:tcPr>{paras}</w:tc>")
}

pub fn tr(props: &str, cells: &[String]) -> String {
    format!("<w:tr><w:trPr>{props}</w:trPr>{}</w:tr>", cells.concat())
}

pub fn table(rows: &[String]) -> String {
    format!("<w:tbl><w:tblPr/>{}</w:tbl>", rows.concat())
}

pub fn document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    )
}

/// A zip of `(name, content)` members, deflated.
pub fn zip(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in members {
        w.start_file(*name, opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

pub const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#;

/// A Word file of `document.xml`, `numbering.xml` and `styles.xml` parts.
pub fn docx(document: &str, numbering: Option<&str>, styles: Option<&str>) -> Vec<u8> {
    let mut members: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("word/document.xml", document.as_bytes()),
    ];
    if let Some(n) = numbering {
        members.push(("word/numbering.xml", n.as_bytes()));
    }
    if let Some(s) = styles {
        members.push(("word/styles.xml", s.as_bytes()));
    }
    zip(&members)
}
