//! The seed corpus: gold annotations, tiling of spans, and snapshots of the whole tree.

use gongwen::{Block, Document, Span};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/corpus")
}

fn seeds() -> Vec<(String, String, Value)> {
    let dir = fixtures();
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("fixtures dir") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            let gold: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("gold"))
                .expect("gold json");
            let file = gold["file"].as_str().expect("file").to_string();
            let text = std::fs::read_to_string(dir.join(&file)).expect("seed");
            out.push((file, text, gold));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(out.len(), 5, "all five seeds are fixtures");
    out
}

/// Width-folded, whitespace-free, as the scorer compares.
fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '，' => ',',
            '：' => ':',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

#[test]
fn gold_kind_title_date() {
    for (file, text, gold) in seeds() {
        let doc = gongwen::parse(&text);
        assert_eq!(
            doc.kind().as_str(),
            gold["kind"].as_str().unwrap(),
            "{file}: kind"
        );
        assert_eq!(
            doc.title().map(|t| norm(&t.text)),
            gold["title"].as_str().map(norm),
            "{file}: title"
        );
        assert_eq!(
            doc.date().and_then(|d| d.iso()),
            gold["date"].as_str().map(str::to_string),
            "{file}: date"
        );
    }
}

#[test]
fn gold_headings() {
    for (file, text, gold) in seeds() {
        let doc = gongwen::parse(&text);
        let got: Vec<(u64, String, String)> = doc
            .outline()
            .into_iter()
            .filter(|h| !h.run_in)
            .map(|h| (u64::from(h.level), norm(&h.marker), norm(&h.title)))
            .collect();
        let want: Vec<(u64, String, String)> = gold["headings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                (
                    h["level"].as_u64().unwrap(),
                    norm(h["marker"].as_str().unwrap()),
                    norm(h["title"].as_str().unwrap()),
                )
            })
            .collect();
        assert_eq!(got, want, "{file}: headings");
    }
}

#[test]
fn gold_tasks_units_and_leads() {
    for (file, text, gold) in seeds() {
        let doc = gongwen::parse(&text);
        let tasks: Vec<_> = doc
            .tasks()
            .into_iter()
            .filter(|t| t.number.is_some())
            .collect();
        let want = gold["tasks"].as_array().map_or(&[][..], |v| v.as_slice());
        assert_eq!(tasks.len(), want.len(), "{file}: task count");
        for (t, g) in tasks.iter().zip(want) {
            let n = u32::try_from(g["number"].as_u64().unwrap()).unwrap();
            assert_eq!(t.number, Some(n), "{file}: numbering");
            let starts = g["text_starts"].as_str().unwrap();
            assert!(
                t.text.starts_with(starts),
                "{file} task {n}: text {:?} should start {starts:?}",
                t.text
            );
            let units: Vec<String> = t.units().iter().map(|u| norm(&u.name)).collect();
            let gunits: Vec<String> = g["units"]
                .as_array()
                .unwrap()
                .iter()
                .map(|u| norm(u.as_str().unwrap()))
                .collect();
            assert_eq!(units, gunits, "{file} task {n}: units");
            let lead: Vec<String> = t.lead().map(norm).collect();
            let glead: Vec<String> = g["lead"]
                .as_array()
                .unwrap()
                .iter()
                .map(|u| norm(u.as_str().unwrap()))
                .collect();
            assert_eq!(lead, glead, "{file} task {n}: lead");
        }
    }
}

fn check_children(doc: &Document, parent: Span, blocks: &[Block], file: &str) {
    for b in blocks {
        let s = b.span();
        assert!(
            parent.contains(s),
            "{file}: child {s} outside parent {parent}"
        );
        assert!(
            doc.source().is_char_boundary(s.start()) && doc.source().is_char_boundary(s.end()),
            "{file}: {s} off char boundary"
        );
        check_children(doc, s, b.children(), file);
    }
}

#[test]
fn top_level_spans_tile_the_input_and_lie_on_char_boundaries() {
    for (file, text, _) in seeds() {
        let doc = gongwen::parse(&text);
        let mut at = 0;
        for b in doc.blocks() {
            let s = b.span();
            assert_eq!(s.start(), at, "{file}: gap or overlap before {s}");
            at = s.end();
        }
        assert_eq!(at, text.len(), "{file}: blocks end before the input does");
        check_children(&doc, Span::new(0, text.len()), doc.blocks(), &file);
        for h in doc.outline() {
            assert!(text.is_char_boundary(h.span.start()) && text.is_char_boundary(h.span.end()));
        }
        for t in doc.tasks() {
            for u in t.units() {
                // Unit spans slice to the unit's name (pinyin-free seeds: exactly).
                assert_eq!(norm(doc.text(u.span)), norm(&u.name), "{file}: unit span");
            }
        }
    }
}

#[test]
fn pinyin_readings_are_left_out_but_spans_point_into_the_original() {
    let (_, text, _) = seeds()
        .into_iter()
        .find(|s| s.0.starts_with("001"))
        .unwrap();
    let doc = gongwen::parse(&text);
    let title = doc.title().unwrap();
    assert_eq!(title.text, "2019年濟源市政府工作報告");
    assert!(
        doc.text(title.span).contains("(bào)"),
        "the span covers the original bytes"
    );
    assert!(doc
        .diagnostics()
        .iter()
        .any(|d| d.code == gongwen::DiagnosticCode::PinyinReadings));
    for h in doc.outline() {
        assert!(!h.title.contains("(b"), "{}", h.title);
    }
}

#[test]
fn doubled_role_word_is_a_diagnostic_and_nested_parentheses_stay_inside() {
    let (_, text, _) = seeds()
        .into_iter()
        .find(|s| s.0.starts_with("002"))
        .unwrap();
    let doc = gongwen::parse(&text);
    let d = doc
        .diagnostics()
        .iter()
        .find(|d| d.code == gongwen::DiagnosticCode::DoubledRoleWord)
        .expect("doubled role word");
    assert_eq!(doc.text(d.span), "负责");
    let (line, _) = doc.line_col(d.span.start());
    assert!(text.lines().nth(line - 1).unwrap().starts_with("32."));
    let t127 = doc
        .tasks()
        .into_iter()
        .find(|t| t.number == Some(127))
        .unwrap();
    assert_eq!(t127.units()[0].name, "自然资源和规划局(林业局)");
}

#[test]
fn snapshots_of_every_seed() {
    for (file, text, _) in seeds() {
        let doc = gongwen::parse(&text);
        let view = serde_json::to_value(gongwen::DocumentJson::new(&doc)).unwrap();
        insta::with_settings!({ snapshot_suffix => file.trim_end_matches(".txt").to_string(), prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_yaml_snapshot!("tree", view);
        });
    }
}
