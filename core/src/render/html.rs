//! The HTML view of a document: the source text in order, with headings, tasks, unit
//! mentions (by role), targets, deadlines, page chrome and diagnostics marked where they are
//! written; an outline, a responsibility matrix and the diagnostics beside it.
//!
//! Every mark is an element with `data-gw="heading|task|unit|target|achievement|deadline|
//! chrome|diagnostic"` (units also carry `data-role`). Marks are built from span events:
//! all marks are sorted by start (longest first), and one that would cross the end of the
//! mark it opens in is clipped to that end, so the output always nests. Nothing is fetched:
//! the page carries its CSS and script inline, and a Content-Security-Policy forbids the rest.

use crate::lexicon::view::{AND_OTHERS_FLAG, DISTRIBUTIVE_FLAG};
use std::fmt::Write as _;

use crate::ast::{Block, ChromeKind, Deadline, Document, Role, Unit, UnitKind};
use crate::Target;

const CSS: &str = include_str!("html.css");
const JS: &str = include_str!("html.js");

impl Document {
    /// The document as one self-contained HTML page: its text in order with what was found
    /// marked (headings, tasks, units by role, targets, deadlines, page chrome, diagnostics),
    /// an outline, the responsibility matrix (click a row to highlight that unit's tasks)
    /// and the diagnostics. CSS and script are inline; the page fetches nothing.
    ///
    /// ```
    /// let doc = gongwen::parse("1.新建5G基站200个。(工业和信息化局牵头,财政局配合)\n");
    /// let page = doc.to_html();
    /// assert!(page.contains(r#"data-gw="unit" data-role="lead""#));
    /// assert_eq!(page.matches(r#"data-gw="target""#).count(), doc.targets().len());
    /// // Document text is escaped.
    /// assert!(gongwen::parse("<b>通知</b>").to_html().contains("&lt;b&gt;通知"));
    /// ```
    pub fn to_html(&self) -> String {
        page(self)
    }

    /// A compact HTML fragment of the document marked as in [`Document::to_html`], without
    /// the page around it or any script (for notebooks: Python's `_repr_html_`).
    pub fn to_html_fragment(&self) -> String {
        fragment(self)
    }
}

/// Escape text for an element's content or a quoted attribute value. NUL becomes U+FFFD,
/// as an HTML parser would read it.
pub(crate) fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

fn esc(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    escape_into(&mut s, text);
    s
}

/// One mark: a span of the source and the opening tag of the element around it (always a
/// `span`, so marks nest in any order without breaking the HTML).
struct Mark {
    start: usize,
    end: usize,
    /// Among marks with the same span, lower ranks open first (outside).
    rank: u8,
    open: String,
}

fn unit_kind(kind: UnitKind) -> &'static str {
    match kind {
        UnitKind::Department => "department",
        UnitKind::LocalGovernment => "local_government",
        UnitKind::Enterprise => "enterprise",
        UnitKind::Party => "party",
        UnitKind::Judicial => "judicial",
        UnitKind::School => "school",
        _ => "other",
    }
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Lead => "lead",
        Role::Support => "support",
        _ => "responsible",
    }
}

fn number(n: f64) -> String {
    format!("{n}")
}

/// What was read in a target, for its tooltip.
fn target_tip(t: &Target, achieved: bool) -> String {
    let q = &t.quantity;
    let mut tip = format!(
        "{} · {} · {} ({}) {}",
        if achieved { "achievement" } else { "target" },
        t.indicator,
        t.relation.as_str(),
        t.relation_text,
        number(q.value)
    );
    if let Some(u) = q.upper() {
        let _ = write!(tip, "–{}", number(u));
    }
    let _ = write!(tip, " {}", q.unit);
    for extra in [t.qualifier(), t.hedge()].into_iter().flatten() {
        let _ = write!(tip, " · {extra}");
    }
    if q.unit != q.base_unit || q.base_value != q.value {
        let _ = write!(tip, " = {} {}", number(q.base_value), q.base_unit);
    }
    tip
}

fn unit_tip(u: &Unit) -> String {
    let mut tip = format!(
        "{} · {} · {}",
        role_name(u.role),
        unit_kind(u.kind),
        u.normalized()
    );
    for (on, flag) in [
        (u.collective, "collective"),
        (u.distributive, DISTRIBUTIVE_FLAG),
        (u.and_others, AND_OTHERS_FLAG),
    ] {
        if on {
            let _ = write!(tip, " · {flag}");
        }
    }
    tip
}

fn deadline_tip(d: &Deadline) -> String {
    if d.ongoing {
        return format!("deadline · ongoing ({})", d.text);
    }
    match (d.iso(), d.month) {
        (Some(date), _) => format!("deadline · by {date}"),
        (None, Some(m)) => format!("deadline · by the end of month {m} (year not written)"),
        (None, None) => format!("deadline · {}", d.text),
    }
}

/// The class of a block that is not a section, task, paragraph or chrome.
fn block_class(b: &Block) -> Option<&'static str> {
    Some(match b {
        Block::Title(_) => "gw-title",
        Block::IssuerMark(_) => "gw-issuer",
        Block::DocNumber(_) => "gw-docno",
        Block::Addressees(_) => "gw-addressees",
        Block::MeetingLine(_) | Block::Speaker(_) => "gw-meeting",
        Block::Salutation(_) => "gw-salutation",
        Block::Signature(_) | Block::DateLine(_) => "gw-signature",
        Block::Attachment(_) | Block::Note(_) | Block::Cc(_) | Block::Printing(_) => "gw-back",
        Block::Dateline(_) | Block::Attendees(_) | Block::Statement(_) => "gw-news",
        _ => return None,
    })
}

/// Every mark of the document, unsorted.
fn marks(doc: &Document) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut push = |span: crate::Span, rank: u8, open: String| {
        out.push(Mark {
            start: span.start(),
            end: span.end(),
            rank,
            open,
        });
    };
    let mut heading_ix = 0usize;
    let mut task_ix = 0usize;
    for (_, b) in doc.walk() {
        let mut heading = |h: &crate::Heading, push: &mut dyn FnMut(crate::Span, u8, String)| {
            push(
                h.span,
                5,
                format!(
                    "<span data-gw=\"heading\" id=\"gw-h-{heading_ix}\" class=\"gw-h gw-l{}\" data-level=\"{}\" title=\"{}\">",
                    h.level.min(6),
                    h.level,
                    esc(&format!("heading · level {} · {}{}", h.level, h.marker, h.title))
                ),
            );
            heading_ix += 1;
        };
        let targets: &[Target] = match b {
            Block::Section(s) => {
                push(s.span, 0, "<span class=\"gw-sec\">".into());
                heading(&s.heading, &mut push);
                &s.heading.targets
            }
            Block::Paragraph(p) => {
                push(p.span, 4, "<span class=\"gw-p\">".into());
                if let Some(h) = &p.run_in {
                    heading(h, &mut push);
                }
                &p.targets
            }
            Block::Task(t) => {
                let shown = t.number.map_or_else(|| "–".to_string(), |n| n.to_string());
                push(
                    t.span,
                    3,
                    format!(
                        "<span data-gw=\"task\" id=\"gw-t-{task_ix}\" class=\"gw-task\" data-number=\"{shown}\" title=\"{}\">",
                        esc(&format!("task {shown} · {} units", t.units().len()))
                    ),
                );
                task_ix += 1;
                for u in t.units() {
                    push(
                        u.span,
                        6,
                        format!(
                            "<span data-gw=\"unit\" data-role=\"{}\" data-kind=\"{}\" data-unit=\"{}\" class=\"gw-unit gw-{}\" title=\"{}\">",
                            role_name(u.role),
                            unit_kind(u.kind),
                            esc(u.normalized()),
                            role_name(u.role),
                            esc(&unit_tip(u))
                        ),
                    );
                }
                if let Some(d) = &t.deadline {
                    push(
                        d.span,
                        8,
                        format!(
                            "<span data-gw=\"deadline\" class=\"gw-deadline\" data-date=\"{}\" title=\"{}\">",
                            d.iso().unwrap_or_default(),
                            esc(&deadline_tip(d))
                        ),
                    );
                }
                &t.targets
            }
            Block::Chrome(c) => {
                let kind = match c.chrome {
                    ChromeKind::Navigation => "navigation",
                    ChromeKind::LeadIn => "lead_in",
                    ChromeKind::Footer => "footer",
                    ChromeKind::Teaser => "teaser",
                };
                push(
                    c.span,
                    1,
                    format!("<span data-gw=\"chrome\" data-chrome=\"{kind}\" class=\"gw-chrome\" title=\"page chrome · {kind}\">"),
                );
                &[]
            }
            other => {
                if let Some(class) = block_class(other) {
                    push(other.span(), 2, format!("<span class=\"gw-b {class}\">"));
                }
                &[]
            }
        };
        for t in targets {
            let kind = if t.achieved { "achievement" } else { "target" };
            push(
                t.span,
                7,
                format!(
                    "<span data-gw=\"{kind}\" class=\"gw-{kind}\" title=\"{}\">",
                    esc(&target_tip(t, t.achieved))
                ),
            );
        }
    }
    for (i, d) in doc.diagnostics().iter().enumerate() {
        // A point anchor where the oddity starts: diagnostics' spans may cross anything.
        let at = crate::Span::new(d.span.start(), d.span.start());
        push(
            at,
            9,
            format!(
                "<span data-gw=\"diagnostic\" id=\"gw-d-{i}\" class=\"gw-diag\" title=\"{}\">",
                esc(&format!("{}: {}", d.code, d.message))
            ),
        );
    }
    out
}

/// The source text with every mark, properly nested.
fn marked_body(doc: &Document) -> String {
    let src = doc.source();
    let mut marks = marks(doc);
    marks.retain(|m| {
        m.start <= m.end
            && m.end <= src.len()
            && src.is_char_boundary(m.start)
            && src.is_char_boundary(m.end)
    });
    marks.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end), m.rank));
    let mut out = String::with_capacity(src.len() * 2 + marks.len() * 80);
    let mut pos = 0usize;
    // Ends of the open marks, innermost last.
    let mut open: Vec<usize> = Vec::new();
    let text = |out: &mut String, from: usize, to: usize| {
        if let Some(t) = src.get(from..to) {
            escape_into(out, t);
        }
    };
    for m in &marks {
        while let Some(&end) = open.last() {
            if end > m.start {
                break;
            }
            text(&mut out, pos, end);
            pos = end;
            out.push_str("</span>");
            open.pop();
        }
        text(&mut out, pos, m.start);
        pos = pos.max(m.start);
        let limit = open.last().copied().unwrap_or(src.len());
        let end = m.end.min(limit);
        match m.open.strip_suffix('>') {
            // Crosses the end of the mark it opens in: clipped there.
            Some(tag) if end < m.end => {
                out.push_str(tag);
                out.push_str(" data-clipped=\"1\">");
            }
            _ => out.push_str(&m.open),
        }
        if m.start == end {
            out.push_str("</span>");
        } else {
            open.push(end);
        }
    }
    while let Some(end) = open.pop() {
        text(&mut out, pos, end);
        pos = end;
        out.push_str("</span>");
    }
    text(&mut out, pos, src.len());
    out
}

/// A count of the matrix, in its role's colour (zeros muted).
fn count_cell(role: &str, n: usize) -> String {
    let zero = if n == 0 { " gw-zero" } else { "" };
    format!("<td class=\"gw-n gw-{role}{zero}\">{n}</td>")
}

fn matrix(doc: &Document) -> String {
    let rows = doc.units();
    if rows.is_empty() {
        return "<p class=\"gw-empty\">Responsibility matrix: no task names a responsible unit.</p>".into();
    }
    let mut out = String::new();
    let _ = write!(
        out,
        "<table class=\"gw-matrix\"><caption>Responsibility matrix · {} units</caption><thead><tr><th>unit</th><th title=\"tasks it leads\">lead</th><th title=\"tasks it supports\">support</th><th title=\"tasks it is responsible for\">resp.</th></tr></thead><tbody>",
        rows.len()
    );
    for r in &rows {
        let _ = write!(
            out,
            "<tr class=\"gw-mrow\" tabindex=\"0\" data-unit=\"{}\" data-tasks=\"{}\" title=\"{}\"><td>{}</td>{}{}{}</tr>",
            esc(&r.normalized),
            r.tasks
                .iter()
                .map(|id| id.0.to_string())
                .collect::<Vec<_>>()
                .join(" "),
            esc(&format!("{} · {} · {} tasks", r.name, unit_kind(r.kind), r.tasks.len())),
            esc(&r.name),
            count_cell("lead", r.lead.len()),
            count_cell("support", r.support.len()),
            count_cell("responsible", r.responsible.len())
        );
    }
    out.push_str("</tbody></table>");
    out
}

fn outline(doc: &Document) -> String {
    if doc.outline().is_empty() {
        return "<p class=\"gw-empty\">No headings.</p>".into();
    }
    let mut out = String::from("<ol class=\"gw-outline\">");
    for (i, h) in doc.outline().iter().enumerate() {
        let _ = write!(
            out,
            "<li class=\"gw-ol{}{}\"><a href=\"#gw-h-{i}\">{}{}</a></li>",
            h.level.min(6),
            if h.run_in { " gw-runin" } else { "" },
            esc(&h.marker),
            esc(&h.title)
        );
    }
    out.push_str("</ol>");
    out
}

fn diagnostics(doc: &Document) -> String {
    let mut out = String::from("<ul class=\"gw-diags\">");
    for (i, d) in doc.diagnostics().iter().enumerate() {
        let (line, col) = doc.line_col(d.span.start());
        let _ = write!(
            out,
            "<li><a href=\"#gw-d-{i}\"><code>{}</code> {} <span class=\"gw-at\">line {line}:{col}</span></a></li>",
            d.code,
            esc(&d.message)
        );
    }
    out.push_str("</ul>");
    out
}

/// Title, kind, date and counts.
fn summary(doc: &Document) -> String {
    let units: usize = doc.tasks().iter().map(|t| t.units().len()).sum();
    format!(
        "<div class=\"gw-summary\"><div class=\"gw-doctitle\">{}</div><div class=\"gw-facts\">{} · {} · {} headings · {} tasks · {} unit mentions · {} targets · {} diagnostics</div></div>",
        esc(doc.title().map_or("(no title)", |t| t.text.as_str())),
        doc.kind().as_str(),
        doc.date().and_then(|d| d.iso()).unwrap_or_else(|| "no date".into()),
        doc.outline().len(),
        doc.tasks().len(),
        units,
        doc.targets().len(),
        doc.diagnostics().len()
    )
}

const LEGEND: &str = "<div class=\"gw-legend\"><span class=\"gw-unit gw-lead\">lead</span> <span class=\"gw-unit gw-support\">support</span> <span class=\"gw-unit gw-responsible\">responsible</span> <span class=\"gw-target\">target</span> <span class=\"gw-achievement\">achieved</span> <span class=\"gw-deadline\">deadline</span> <span class=\"gw-chrome\">page chrome</span></div>";

fn page(doc: &Document) -> String {
    let title = doc.title().map_or("gongwen", |t| t.text.as_str());
    let mut out = String::with_capacity(doc.source().len() * 3 + 16_384);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"gongwen {}\">\n<title>{}</title>\n<style>\n{CSS}</style></head>\n<body class=\"gongwen gw-page\">\n<nav class=\"gw-side\">{}{LEGEND}<h2>Outline</h2>{}<h2>Diagnostics ({})</h2>{}</nav>\n<main class=\"gw-doc\">",
        env!("CARGO_PKG_VERSION"),
        esc(title),
        summary(doc),
        outline(doc),
        doc.diagnostics().len(),
        diagnostics(doc)
    );
    out.push_str(&marked_body(doc));
    let _ = write!(
        out,
        "</main>\n<aside class=\"gw-right\"><p class=\"gw-hint\">Click a unit to highlight its tasks.</p><p class=\"gw-status\" aria-live=\"polite\"></p>{}</aside>\n<div class=\"gw-info\" hidden></div>\n<script>\n{JS}</script>\n</body></html>\n",
        matrix(doc)
    );
    out
}

fn fragment(doc: &Document) -> String {
    format!(
        "<div class=\"gongwen gw-nb\"><style>{CSS}</style>{}{LEGEND}<div class=\"gw-doc\">{}</div><details><summary>Responsibility matrix</summary>{}</details></div>",
        summary(doc),
        marked_body(doc),
        matrix(doc)
    )
}

#[cfg(test)]
#[path = "html_tests.rs"]
mod tests;
