//! The HTML view (`Document::to_html`, `to_html_fragment`): document text is escaped, the
//! marks nest (every `<span` closes in order), the body's text is the source unchanged,
//! and there is one mark per heading, task, unit mention, target and diagnostic the API
//! reports — for the seeds, the notices, odd inputs and arbitrary text.

use gongwen::Document;
use proptest::prelude::*;
use std::path::Path;

/// The `<main class="gw-doc">…</main>` part of a page.
fn body(page: &str) -> &str {
    let open = "<main class=\"gw-doc\">";
    let start = page.find(open).map_or(0, |i| i + open.len());
    let end = page.rfind("</main>").unwrap_or(page.len());
    &page[start..end]
}

/// Check that tags in the marked body nest (only `span` is used), and return its text with
/// tags removed and entities decoded.
fn nest_and_text(html: &str) -> Result<String, String> {
    let mut depth = 0usize;
    let mut text = String::new();
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&']) {
        text.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('<') {
            let end = rest.find('>').ok_or("unclosed tag")?;
            let tag = &rest[..=end];
            if tag == "</span>" {
                depth = depth.checked_sub(1).ok_or("a </span> closes nothing")?;
            } else if tag.starts_with("<span ") || tag == "<span>" {
                depth += 1;
            } else {
                return Err(format!("unexpected tag {tag}"));
            }
            rest = &rest[end + 1..];
        } else {
            let end = rest.find(';').ok_or("unterminated entity")?;
            text.push_str(match &rest[..=end] {
                "&amp;" => "&",
                "&lt;" => "<",
                "&gt;" => ">",
                "&quot;" => "\"",
                "&#39;" => "'",
                other => return Err(format!("unexpected entity {other}")),
            });
            rest = &rest[end + 1..];
        }
    }
    text.push_str(rest);
    if depth != 0 {
        return Err(format!("{depth} spans left open"));
    }
    Ok(text)
}

fn count(html: &str, kind: &str) -> usize {
    html.matches(&format!("data-gw=\"{kind}\"")).count()
}

/// Everything the page must hold for `doc`.
fn check(doc: &Document, name: &str) {
    let page = doc.to_html();
    let marked = body(&page);
    let text = nest_and_text(marked).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(text, doc.source().replace('\0', "\u{FFFD}"), "{name}: text");
    let units: usize = doc.tasks().iter().map(|t| t.units().len()).sum();
    assert_eq!(
        count(marked, "heading"),
        doc.outline().len(),
        "{name}: headings"
    );
    assert_eq!(count(marked, "task"), doc.tasks().len(), "{name}: tasks");
    assert_eq!(count(marked, "unit"), units, "{name}: units");
    assert_eq!(
        count(marked, "target"),
        doc.targets().len(),
        "{name}: targets"
    );
    assert_eq!(
        count(marked, "achievement"),
        doc.achievements().len(),
        "{name}: achievements"
    );
    assert_eq!(
        count(marked, "diagnostic"),
        doc.diagnostics().len(),
        "{name}: diagnostics"
    );
    // Marks live in the text only: the outline and matrix link to them without data-gw.
    assert_eq!(
        count(&page, "heading"),
        doc.outline().len(),
        "{name}: headings in page"
    );
    assert_eq!(count(&page, "unit"), units, "{name}: units in page");
    assert_eq!(
        page.matches("<tr class=\"gw-mrow\"").count(),
        doc.units().len(),
        "{name}: matrix"
    );
    assert_eq!(
        page.matches("<script").count(),
        1,
        "{name}: one script, ours"
    );
    let fragment = doc.to_html_fragment();
    assert!(
        !fragment.contains("<script"),
        "{name}: fragment has no script"
    );
    assert_eq!(count(&fragment, "unit"), units, "{name}: units in fragment");
}

fn fixtures(dir: &str) -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

#[test]
fn seeds_and_notices() {
    let mut files = fixtures("corpus");
    assert_eq!(files.len(), 5, "the five seeds");
    files.extend(fixtures("notices"));
    files.extend(fixtures("documents"));
    for path in files {
        let bytes = std::fs::read(&path).unwrap_or_default();
        let Ok(doc) = gongwen::parse_bytes(&bytes, &gongwen::Options::default()) else {
            continue;
        };
        check(&doc, &path.display().to_string());
    }
}

#[test]
fn seed_002_is_marked() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/corpus/002_1db4aff5efda3015.txt");
    let doc = gongwen::parse(&std::fs::read_to_string(path).unwrap_or_default());
    let page = doc.to_html();
    // 154 tasks, each boxed with its number; units by role.
    assert_eq!(count(&page, "task"), 154);
    assert!(page.contains("data-number=\"9\""));
    assert!(page.contains("data-gw=\"unit\" data-role=\"lead\""));
    assert!(page.contains("data-gw=\"unit\" data-role=\"support\""));
    assert!(page.contains("data-gw=\"unit\" data-role=\"responsible\""));
    assert!(page.contains("data-gw=\"chrome\""));
    // A target's tooltip says what was read.
    assert!(
        page.contains("title=\"target · 生产总值 · growth (增长) 6.5 %\""),
        "target tooltip"
    );
    // Nothing is fetched.
    for needle in ["http://", "https://", "src=", "@import", "url("] {
        assert!(!page.contains(needle), "page refers to {needle}");
    }
}

#[test]
fn document_text_is_escaped() {
    let text = "关于<script>alert(\"x\")</script>的通知\n一、总体要求 & \"引号\" '单引号' </span></main>\n1.完成投资300亿元。(发展<b>改革委负责)\n";
    let doc = gongwen::parse(text);
    let page = doc.to_html();
    assert_eq!(
        page.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert!(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    assert!(page.contains("&amp; &quot;引号&quot; &#39;单引号&#39; &lt;/span&gt;&lt;/main&gt;"));
    assert!(!page.contains("<b>"));
    // The <title> is escaped too.
    let title = &page[page.find("<title>").unwrap_or(0)..page.find("</title>").unwrap_or(0)];
    assert!(!title[7..].contains('<'), "title: {title}");
    check(&doc, "escaping");
    let fragment = doc.to_html_fragment();
    assert!(!fragment.contains("<script>alert"));
}

#[test]
fn odd_inputs_nest() {
    let cases = [
        "",
        "\0\0<",
        "1.完成。(（财政局负责)\n2.(牵头单位：发展改革委；配合单位：财政局、\n",
        "一、总体要求（一）新建5G基站200个。（工业和信息化局牵头，各县区政府配合）负责负责\n",
        "序号\t工作任务\t牵头单位\t责任单位\t完成时限\n1\t完成投资300亿元\t发展改革委\t财政局\t6月底前\n",
        "\r\n\r\n1、生产总值增长6.5%左右，力争7%。（发改委牵头负责，2024年6月底前）\r\n",
    ];
    for (i, text) in cases.iter().enumerate() {
        check(&gongwen::parse(text), &format!("case {i}"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_nests(text in "(\\PC|[\n一二三、（）()1-9.。，牵头负责配合局委<>&\"'])*") {
        let doc = gongwen::parse(&text);
        let page = doc.to_html();
        let got = nest_and_text(body(&page));
        prop_assert!(got.is_ok(), "{:?}", got);
        prop_assert_eq!(got.unwrap_or_default(), text.replace('\0', "\u{FFFD}"));
    }
}
