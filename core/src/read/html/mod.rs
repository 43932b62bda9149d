//! HTML pages → lines. html5ever builds the tree (entities decoded, broken markup repaired
//! the way browsers do); a walk with an explicit stack (deep pages cannot overflow it)
//! turns block elements, `<br>` and headings into lines and table rows into TAB-separated
//! lines with `rowspan`/`colspan` filled. Script, style and comments are dropped.
//! Navigation, header, footer, breadcrumb, share and related-link regions are kept but
//! their line ranges recorded as chrome.

use super::{charset, markup, ChromeRegion, Lines, Read, ReadInfo};
use crate::ast::ChromeKind;
use crate::{decode, Error, Format, Options, Span};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

mod table;

use table::is_layout;

/// Tables nested deeper than this are read as plain blocks (each level of table costs a
/// nested walk).
const MAX_TABLE_DEPTH: usize = 8;

/// Read a page: encoding from BOM, `<meta charset>` or detection; then the lines.
pub(crate) fn read(bytes: &[u8], options: &Options) -> Result<Read, Error> {
    let decoded = decode::decode_declared(bytes, charset::declared(bytes))?;
    // html5ever's tree builder scans the stack of open elements for many tags: refuse a
    // page nested so deep that this turns quadratic.
    let depth = markup::depth(&decoded.text);
    if depth > options.max_html_depth {
        return Err(Error::Html {
            reason: format!("elements nested deeper than {}", options.max_html_depth),
        });
    }
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(decoded.text);
    let mut info = ReadInfo {
        format: Format::Html,
        ..ReadInfo::default()
    };
    page_meta(&dom.document, &mut info);
    let mut walk = Walk::new(bytes.len().saturating_mul(2).saturating_add(1 << 20), 0);
    walk.run(&dom.document);
    info.chrome = walk.chrome;
    Ok(Read {
        text: walk.lines.text,
        encoding: Some(decoded.encoding.to_string()),
        info,
    })
}

/// The lower-case local name of an element node.
fn tag(node: &Handle) -> Option<&str> {
    match &node.data {
        NodeData::Element { name, .. } => Some(&name.local),
        _ => None,
    }
}

fn attr(node: &Handle, key: &str) -> Option<String> {
    match &node.data {
        NodeData::Element { attrs, .. } => attrs
            .borrow()
            .iter()
            .find(|a| (*a.name.local).eq_ignore_ascii_case(key))
            .map(|a| a.value.to_string()),
        _ => None,
    }
}

/// `<title>`, `<meta name="ArticleTitle">` and `<meta name="PubDate">`: candidates only.
fn page_meta(root: &Handle, info: &mut ReadInfo) {
    let mut stack = vec![root.clone()];
    while let Some(node) = stack.pop() {
        match tag(&node) {
            Some("title") if info.page_title.is_none() => {
                let mut w = Walk::new(0, MAX_TABLE_DEPTH);
                w.run(&node);
                let t = w
                    .lines
                    .text
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                info.page_title = Some(t).filter(|t| !t.is_empty());
            }
            Some("meta") => {
                let name = attr(&node, "name").unwrap_or_default().to_ascii_lowercase();
                let content = attr(&node, "content").map(|c| c.trim().to_string());
                let content = content.filter(|c| !c.is_empty());
                match name.as_str() {
                    "articletitle" if info.meta_title.is_none() => info.meta_title = content,
                    "pubdate" | "publishdate" if info.meta_date.is_none() => {
                        info.meta_date = content;
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        stack.extend(node.children.borrow().iter().rev().cloned());
    }
}

/// Elements that end a line before and after them.
fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "legend"
            | "li"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
    )
}

/// Elements whose content is never document text.
fn is_dropped(tag: &str) -> bool {
    matches!(
        tag,
        "head"
            | "script"
            | "style"
            | "noscript"
            | "template"
            | "iframe"
            | "object"
            | "embed"
            | "svg"
            | "math"
            | "select"
            | "textarea"
            | "canvas"
            | "audio"
            | "video"
    )
}

/// Page furniture: by element, or by a class/id word (nav, menu, breadcrumb, crumb, footer,
/// share, related, 导航) at the start or end of a token (`topnav`, `site-footer`). A page
/// header (`<header>`, class `header`, `top`, `banner`, `logo`) counts only when it holds
/// no `<h1>`: an article's own header carries the title.
fn chrome_kind(node: &Handle, tag: &str) -> Option<ChromeKind> {
    match tag {
        "nav" => return Some(ChromeKind::Navigation),
        "header" => return (!has_h1(node)).then_some(ChromeKind::Navigation),
        "footer" => return Some(ChromeKind::Footer),
        _ => {}
    }
    const HEADER: &[&str] = &["header", "head", "top", "banner", "logo"];
    const WORDS: &[(&str, ChromeKind)] = &[
        ("nav", ChromeKind::Navigation),
        ("menu", ChromeKind::Navigation),
        ("breadcrumb", ChromeKind::Navigation),
        ("crumb", ChromeKind::Navigation),
        ("share", ChromeKind::Navigation),
        ("footer", ChromeKind::Footer),
        ("related", ChromeKind::Teaser),
    ];
    let names = [attr(node, "class"), attr(node, "id")];
    let mut found = None;
    for v in names.iter().flatten() {
        if v.contains(crate::lexicon::chrome::NAVIGATION_CLASS_WORD) {
            return Some(ChromeKind::Navigation);
        }
        for tok in v.split(|c: char| !c.is_ascii_alphanumeric()) {
            let tok = tok.to_ascii_lowercase();
            found = found.or_else(|| {
                WORDS
                    .iter()
                    .find(|(w, _)| tok.starts_with(w) || tok.ends_with(w))
                    .map(|(_, k)| *k)
            });
            if found.is_none() && HEADER.contains(&tok.as_str()) && !has_h1(node) {
                found = Some(ChromeKind::Navigation);
            }
        }
    }
    found
}

fn has_h1(node: &Handle) -> bool {
    let mut stack = vec![node.clone()];
    while let Some(n) = stack.pop() {
        if tag(&n) == Some("h1") {
            return true;
        }
        stack.extend(n.children.borrow().iter().cloned());
    }
    false
}

enum Step {
    Enter(Handle),
    /// Leaving an element: end its line when it is a block; close its chrome region.
    Exit {
        block: bool,
        pre: bool,
        list: bool,
        chrome: Option<(usize, ChromeKind)>,
    },
}

/// One walk over a subtree, writing lines.
struct Walk {
    lines: Lines,
    line: String,
    pre: usize,
    chrome: Vec<ChromeRegion>,
    in_chrome: usize,
    /// Bytes left for repeating spanned cells, so a hostile `colspan` cannot blow up memory.
    fill_budget: usize,
    table_depth: usize,
    /// Open lists, innermost last: the next number and type of an `<ol>`, `None` for `<ul>`.
    lists: Vec<Option<(u32, String)>>,
    /// The line holds only a list marker: a block inside the item (`<li><p>`) continues it.
    marker_only: bool,
}

impl Walk {
    fn new(fill_budget: usize, table_depth: usize) -> Self {
        Walk {
            lines: Lines::default(),
            line: String::new(),
            pre: 0,
            chrome: Vec::new(),
            in_chrome: 0,
            fill_budget,
            table_depth,
            lists: Vec::new(),
            marker_only: false,
        }
    }

    fn run(&mut self, root: &Handle) {
        let mut stack = vec![Step::Enter(root.clone())];
        while let Some(step) = stack.pop() {
            match step {
                Step::Enter(node) => self.enter(node, &mut stack),
                Step::Exit {
                    block,
                    pre,
                    list,
                    chrome,
                } => {
                    if block || chrome.is_some() {
                        self.end_line();
                    }
                    if list {
                        self.lists.pop();
                    }
                    if block && self.marker_only {
                        // An item with no text: its marker goes with it.
                        self.marker_only = false;
                        self.line.clear();
                    }
                    if pre {
                        self.pre -= 1;
                    }
                    if let Some((start, kind)) = chrome {
                        self.in_chrome -= 1;
                        let end = self.lines.text.len().saturating_sub(1);
                        if end > start {
                            let span = Span::new(start, end);
                            self.chrome.push(ChromeRegion { span, kind });
                        }
                    }
                }
            }
        }
        self.end_line();
    }

    fn enter(&mut self, node: Handle, stack: &mut Vec<Step>) {
        let tag = match &node.data {
            NodeData::Text { contents } => {
                let text = contents.borrow();
                self.text(&text);
                return;
            }
            NodeData::Document => "",
            NodeData::Element { name, .. } => &*name.local,
            _ => return, // comments, doctype, processing instructions
        };
        if is_dropped(tag) {
            return;
        }
        match tag {
            "br" => return self.break_line(),
            "hr" => return self.end_line(),
            "table" if self.table_depth < MAX_TABLE_DEPTH && !is_layout(&node) => {
                self.end_line();
                return self.table(&node);
            }
            _ => {}
        }
        let block = is_block(tag);
        let chrome = if self.in_chrome == 0 {
            chrome_kind(&node, tag)
        } else {
            None
        };
        if block || chrome.is_some() {
            self.end_line();
        }
        let pre = tag == "pre";
        if pre {
            self.pre += 1;
        }
        let chrome = chrome.map(|kind| {
            self.in_chrome += 1;
            (self.lines.text.len(), kind)
        });
        let list = self.list_item(&node, tag);
        stack.push(Step::Exit {
            block,
            pre,
            list,
            chrome,
        });
        stack.extend(
            node.children
                .borrow()
                .iter()
                .rev()
                .cloned()
                .map(Step::Enter),
        );
    }

    /// Lists: an `<ol>` numbers its items the way a browser shows them (1. a. i.), so the
    /// marker a reader sees is in the line. True when `tag` opened a list.
    fn list_item(&mut self, node: &Handle, tag: &str) -> bool {
        match tag {
            "ol" => {
                let start = attr(node, "start").and_then(|v| v.trim().parse().ok());
                let kind = attr(node, "type").unwrap_or_default();
                self.lists.push(Some((start.unwrap_or(1), kind)));
                true
            }
            "ul" | "menu" | "dir" => {
                self.lists.push(None);
                true
            }
            "li" => {
                if let Some(Some((next, kind))) = self.lists.last_mut() {
                    if let Some(v) = attr(node, "value").and_then(|v| v.trim().parse().ok()) {
                        *next = v;
                    }
                    let fmt = match kind.as_str() {
                        "a" => "lowerLetter",
                        "A" => "upperLetter",
                        "i" => "lowerRoman",
                        "I" => "upperRoman",
                        _ => "decimal",
                    };
                    self.line
                        .push_str(&super::numbering::format_number(fmt, *next));
                    self.line.push('.');
                    self.marker_only = true;
                    *next = next.saturating_add(1);
                }
                false
            }
            _ => false,
        }
    }

    /// Text, with HTML's white-space collapsing (outside `<pre>`).
    fn text(&mut self, s: &str) {
        if self.pre > 0 {
            for (i, part) in s.split('\n').enumerate() {
                if i > 0 {
                    self.break_line();
                }
                self.line.push_str(part.trim_end_matches('\r'));
            }
            return;
        }
        for c in s.chars() {
            if c.is_ascii_whitespace() {
                // No gap after a list marker: 1.text, as typed.
                if !self.line.is_empty() && !self.line.ends_with(' ') && !self.marker_only {
                    self.line.push(' ');
                }
            } else {
                self.marker_only = false;
                self.line.push(c);
            }
        }
    }

    fn trimmed(&self) -> &str {
        self.line
            .trim_matches(|c: char| c.is_ascii_whitespace() || c == '\u{a0}')
    }

    /// End the current line if it has text (block boundaries).
    fn end_line(&mut self) {
        if self.marker_only {
            return;
        }
        if !self.trimmed().is_empty() {
            self.break_line();
        }
        self.line.clear();
    }

    /// End the current line even when empty (`<br>`).
    fn break_line(&mut self) {
        self.marker_only = false;
        let line = self.trimmed().to_string();
        self.lines.push(&line);
        self.line.clear();
    }
}
