//! The CLI reads Word files and saved pages: `gongwen tasks notice.docx`,
//! `gongwen outline page.html`, and `--input-format` forces a reader.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::Command;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

fn numbered(ilvl: u32, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

fn notice_docx(dir: &std::path::Path) -> std::path::PathBuf {
    let body = [
        "<w:p><w:r><w:t>关于做好2024年重点工作的通知</w:t></w:r></w:p>".to_string(),
        numbered(0, "总体要求"),
        numbered(1, "新建5G基站200个。（工业和信息化局牵头，各县区政府配合）"),
        numbered(1, "完成投资300亿元。（发展改革委负责）"),
    ];
    let document = format!(
        r#"<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{}</w:body></w:document>"#,
        body.concat()
    );
    let numbering = format!(
        r#"<?xml version="1.0"?><w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num></w:numbering>"#
    );
    let path = dir.join("notice.docx");
    let file = std::fs::File::create(&path).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    let opts = zip::write::SimpleFileOptions::default();
    for (name, data) in [
        ("word/document.xml", document),
        ("word/numbering.xml", numbering),
    ] {
        zip.start_file(name, opts).unwrap();
        zip.write_all(data.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
    path
}

fn run(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn tasks_of_a_word_file() {
    let dir = std::env::temp_dir().join(format!("gongwen-cli-read-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = notice_docx(&dir);
    let path = path.to_str().unwrap();
    let (ok, out, err) = run(&["tasks", path, "--format", "csv"]);
    assert!(ok, "{err}");
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows.len(), 3, "{out}");
    assert!(
        rows[1].starts_with("0,1,新建5G基站200个。,工业和信息化局,各县区政府,"),
        "{out}"
    );
    assert!(
        rows[2].starts_with("1,2,完成投资300亿元。,,,发展改革委,"),
        "{out}"
    );
    // The JSON says which reader ran and where the numbering markers are.
    let (ok, out, _) = run(&["parse", path]);
    assert!(
        ok && out.contains("\"format\": \"docx\"") && out.contains("\"numbering\""),
        "{out}"
    );
    // Forced to text, a zip does not decode.
    let (ok, _, err) = run(&["tasks", path, "--input-format", "text"]);
    assert!(!ok && err.contains("undecodable"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn outline_of_a_saved_page() {
    let page = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/read/notice_page.html"
    );
    let (ok, out, err) = run(&["outline", page, "--format", "tree"]);
    assert!(ok, "{err}");
    assert_eq!(
        out,
        "一、扩大有效投资\n  （一）抓好重大项目建设\n  （二）加强要素保障\n二、保障和改善民生\n  （一）稳定扩大就业\n  （二）办好民生实事\n三、强化组织保障\n"
    );
    let (ok, out, _) = run(&["parse", "--input-format", "html", page, "--format", "tree"]);
    assert!(
        ok && out
            .starts_with("kind: task_notice\ntitle: 关于印发2024年市政府重点工作责任分工的通知\n")
    );
}
