//! Marks whose spans overlap oddly still nest: the one that would cross is clipped.

use super::*;
use crate::Span;

/// Depth never below zero and back to zero at the end; the text without tags.
fn nested_text(html: &str) -> Option<String> {
    let mut depth = 0usize;
    let mut text = String::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        text.push_str(&rest[..i]);
        let end = rest[i..].find('>')? + i;
        if &rest[i..=end] == "</span>" {
            depth = depth.checked_sub(1)?;
        } else {
            depth += 1;
        }
        rest = &rest[end + 1..];
    }
    text.push_str(rest);
    (depth == 0).then_some(text)
}

fn task_mut(doc: &mut Document) -> Option<&mut crate::Task> {
    fn find(blocks: &mut [Block]) -> Option<&mut crate::Task> {
        for b in blocks {
            match b {
                Block::Task(t) => return Some(t),
                Block::Section(s) => {
                    if let Some(t) = find(&mut s.children) {
                        return Some(t);
                    }
                }
                _ => {}
            }
        }
        None
    }
    find(&mut doc.blocks)
}

#[test]
fn crossing_marks_are_clipped() {
    let text =
        "一、总体要求\n1.生产总值增长6.5%。(发展改革委牵头,财政局配合)\n2.完成投资。(财政局负责)\n";
    let mut doc = crate::parse(text);
    let task = task_mut(&mut doc).expect("a task");
    let span = task.span;
    let mut units = task.units().to_vec();
    assert_eq!(units.len(), 2);
    // A unit that starts inside the first and ends past it, one that runs past the task's
    // end into the next task, and one of zero length.
    let mut crossing = units[0].clone();
    crossing.span = Span::new(units[0].span.start() + 3, units[1].span.end());
    let mut runaway = units[1].clone();
    runaway.span = Span::new(units[1].span.start(), span.end() + 6);
    let mut empty = units[1].clone();
    empty.span = Span::new(units[1].span.start(), units[1].span.start());
    units.extend([crossing, runaway, empty]);
    if let Some(r) = task.responsibility.as_mut() {
        r.units = units.into();
    }
    // A target crossing the clause, and a diagnostic across everything.
    let mut target = task.targets[0].clone();
    target.span = Span::new(target.span.start(), span.end() - 5);
    task.targets = task.targets.iter().cloned().chain([target]).collect();
    doc.diagnostics.push(crate::Diagnostic::new(
        crate::DiagnosticCode::NumberingGap,
        "test",
        Span::new(3, text.len()),
    ));
    let body = marked_body(&doc);
    assert_eq!(nested_text(&body).as_deref(), Some(text), "{body}");
    assert_eq!(body.matches("data-gw=\"unit\"").count(), 5);
    assert!(body.contains("data-clipped=\"1\""), "{body}");
    let page = doc.to_html();
    assert_eq!(page.matches("data-gw=\"diagnostic\"").count(), 1);
}

#[test]
fn foreign_spans_are_left_out() {
    let text = "1.完成投资。(财政局负责)\n";
    let mut doc = crate::parse(text);
    doc.diagnostics.push(crate::Diagnostic::new(
        crate::DiagnosticCode::Mojibake,
        "out of range",
        Span::new(text.len() + 10, text.len() + 20),
    ));
    // Not on a char boundary.
    doc.diagnostics.push(crate::Diagnostic::new(
        crate::DiagnosticCode::Mojibake,
        "inside a char",
        Span::new(3, 4),
    ));
    let body = marked_body(&doc);
    assert_eq!(nested_text(&body).as_deref(), Some(text));
    assert_eq!(body.matches("data-gw=\"diagnostic\"").count(), 0);
}

#[test]
fn deadline_dates() {
    let d = |year, month, day, ongoing| crate::Deadline {
        text: Default::default(),
        span: Span::default(),
        year,
        month,
        day,
        ongoing,
    };
    assert_eq!(
        d(Some(2025), Some(6), None, false).iso().as_deref(),
        Some("2025-06-30")
    );
    assert_eq!(
        d(Some(2024), Some(2), None, false).iso().as_deref(),
        Some("2024-02-29")
    );
    assert_eq!(
        d(Some(2023), Some(2), None, false).iso().as_deref(),
        Some("2023-02-28")
    );
    assert_eq!(
        d(Some(2024), Some(3), Some(15), false).iso().as_deref(),
        Some("2024-03-15")
    );
    assert_eq!(d(None, Some(12), None, false).iso(), None);
    assert_eq!(d(Some(2024), Some(12), None, true).iso(), None);
    assert_eq!(d(Some(2024), Some(13), None, false).iso(), None);
    assert!(deadline_tip(&d(None, Some(12), None, false)).contains("month 12"));
}
