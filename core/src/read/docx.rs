//! Word files → lines. `word/document.xml` is streamed with quick-xml: paragraphs make
//! lines (runs joined, `w:tab` → TAB, `w:br` → line break), automatic numbering is
//! rendered in front of the line ([`Numbering`]), tables make one TAB-separated line per
//! row with `w:gridSpan` and `w:vMerge` cells filled and repeated header rows skipped.
//! Text boxes, drawings, deleted text and field codes are left out; footnotes live in
//! another part and are not read.

use super::numbering::Numbering;
use super::styles::Styles;
use super::zipped::Zip;
use super::{xml, Lines, NumberedMarker, Read, ReadInfo, StyledHeading};
use crate::{Error, Format, Options, Span};
use quick_xml::events::{BytesStart, Event};

const DOCUMENT: &str = "word/document.xml";
const NUMBERING: &str = "word/numbering.xml";
const STYLES: &str = "word/styles.xml";

pub(crate) fn read(bytes: &[u8], options: &Options) -> Result<Read, Error> {
    let mut zip = Zip::open(bytes, options)?;
    if !zip.has(DOCUMENT) {
        return Err(Error::docx(DOCUMENT, "missing: not a word file"));
    }
    let depth = options.max_xml_depth;
    let numbering = zip
        .member(NUMBERING, |r| Numbering::parse(r, NUMBERING, depth))?
        .unwrap_or_default();
    let styles = zip
        .member(STYLES, |r| Styles::parse(r, STYLES, depth))?
        .unwrap_or_default();
    let mut walk = Walk {
        numbering,
        styles,
        out: Lines::default(),
        info: ReadInfo {
            format: Format::Docx,
            ..ReadInfo::default()
        },
        para: None,
        in_text: false,
        in_ppr: false,
        skip: 0,
        tables: Vec::new(),
    };
    zip.member(DOCUMENT, |r| {
        xml::events(r, DOCUMENT, depth, |ev| {
            walk.event(ev);
            Ok(())
        })
    })?;
    Ok(Read {
        text: walk.out.text,
        encoding: None,
        info: walk.info,
    })
}

/// A paragraph being read.
#[derive(Default)]
struct Para {
    text: String,
    num_id: Option<String>,
    ilvl: Option<usize>,
    style: Option<String>,
    outline: Option<u8>,
}

#[derive(Default)]
struct Cell {
    paras: Vec<String>,
    span: usize,
    /// `w:vMerge` without `restart`: repeats the cell above.
    merged: bool,
}

#[derive(Default)]
struct Row {
    cells: Vec<Cell>,
    header: bool,
    before: usize,
}

#[derive(Default)]
struct Table {
    lines: Vec<String>,
    first: Option<String>,
    /// The text of each grid column in the row above, for vertically merged cells.
    above: Vec<String>,
    body_started: bool,
    row: Option<Row>,
    cell: Option<Cell>,
}

struct Walk {
    numbering: Numbering,
    styles: Styles,
    out: Lines,
    info: ReadInfo,
    para: Option<Para>,
    in_text: bool,
    in_ppr: bool,
    /// Depth inside a subtree whose text is left out (text boxes, drawings, deletions).
    skip: usize,
    tables: Vec<Table>,
}

fn is_skipped(name: &[u8]) -> bool {
    matches!(
        name,
        b"drawing"
            | b"pict"
            | b"object"
            | b"txbxContent"
            | b"Fallback"
            | b"delText"
            | b"instrText"
            | b"moveFrom"
            | b"footnotePr"
            | b"endnotePr"
            // Properties before a tracked change: their numPr is not the paragraph's.
            | b"pPrChange"
            | b"rPrChange"
            | b"tblPrChange"
            | b"trPrChange"
            | b"tcPrChange"
            | b"sectPrChange"
            | b"numberingChange"
            // Ruby text (拼音指南 readings above the characters).
            | b"rt"
    )
}

/// An on/off property (`<w:tblHeader/>`, `w:val="true"`).
fn on(e: &BytesStart<'_>) -> bool {
    xml::attr(e, b"val").is_none_or(|v| !matches!(v.as_str(), "0" | "false" | "off"))
}

fn number(e: &BytesStart<'_>) -> Option<usize> {
    xml::attr(e, b"val").and_then(|v| v.parse().ok())
}

impl Walk {
    fn event(&mut self, ev: &Event<'_>) {
        if self.skip > 0 {
            match ev {
                Event::Start(_) => self.skip += 1,
                Event::End(_) => self.skip -= 1,
                _ => {}
            }
            return;
        }
        match ev {
            Event::Start(e) => {
                let name = e.local_name();
                if is_skipped(name.as_ref()) {
                    self.skip = 1;
                    return;
                }
                self.open(e, name.as_ref());
            }
            Event::Empty(e) => {
                let name = e.local_name();
                self.open(e, name.as_ref());
                self.close(name.as_ref());
            }
            Event::End(e) => self.close(e.local_name().as_ref()),
            Event::Text(t) if self.in_text => {
                if let (Some(p), Ok(s)) = (self.para.as_mut(), t.decode()) {
                    p.text.push_str(&s);
                }
            }
            Event::GeneralRef(r) if self.in_text => {
                if let (Some(p), Some(s)) = (self.para.as_mut(), xml::resolve_ref(r)) {
                    p.text.push_str(&s);
                }
            }
            _ => {}
        }
    }

    fn open(&mut self, e: &BytesStart<'_>, name: &[u8]) {
        match name {
            b"p" => self.para = Some(Para::default()),
            b"pPr" => self.in_ppr = true,
            b"t" => self.in_text = true,
            b"tbl" => self.tables.push(Table::default()),
            b"tr" => {
                if let Some(t) = self.tables.last_mut() {
                    t.row = Some(Row::default());
                }
            }
            b"tc" => {
                if let Some(t) = self.tables.last_mut() {
                    t.cell = Some(Cell {
                        span: 1,
                        ..Cell::default()
                    });
                }
            }
            b"gridSpan" => {
                if let Some(c) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
                    c.span = number(e).unwrap_or(1).clamp(1, 64);
                }
            }
            b"vMerge" => {
                if let Some(c) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
                    c.merged = xml::attr(e, b"val").is_none_or(|v| v != "restart");
                }
            }
            b"gridBefore" => {
                if let Some(r) = self.tables.last_mut().and_then(|t| t.row.as_mut()) {
                    r.before = number(e).unwrap_or(0).min(64);
                }
            }
            b"tblHeader" => {
                if let Some(r) = self.tables.last_mut().and_then(|t| t.row.as_mut()) {
                    r.header = on(e);
                }
            }
            _ => self.para_property(e, name),
        }
    }

    /// Run content and paragraph properties.
    fn para_property(&mut self, e: &BytesStart<'_>, name: &[u8]) {
        let Some(p) = self.para.as_mut() else { return };
        match name {
            // `w:pPr/w:tabs/w:tab` are tab stops, not text.
            b"tab" if !self.in_ppr => p.text.push('\t'),
            b"br" | b"cr" => {
                // A page or column break starts the text on a new line, but is no blank line.
                let page = matches!(xml::attr(e, b"type").as_deref(), Some("page" | "column"));
                if !page || (!p.text.is_empty() && !p.text.ends_with('\n')) {
                    p.text.push('\n');
                }
            }
            b"noBreakHyphen" => p.text.push('-'),
            b"pStyle" => p.style = xml::attr(e, b"val"),
            b"numId" => p.num_id = xml::attr(e, b"val"),
            b"ilvl" => p.ilvl = number(e),
            b"outlineLvl" => p.outline = number(e).and_then(|l| (l < 9).then_some(l as u8 + 1)),
            _ => {}
        }
    }

    fn close(&mut self, name: &[u8]) {
        match name {
            b"t" => self.in_text = false,
            b"pPr" => self.in_ppr = false,
            b"p" => self.end_paragraph(),
            b"tc" => {
                if let Some(t) = self.tables.last_mut() {
                    if let (Some(row), Some(cell)) = (t.row.as_mut(), t.cell.take()) {
                        row.cells.push(cell);
                    }
                }
            }
            b"tr" => {
                if let Some(t) = self.tables.last_mut() {
                    if let Some(row) = t.row.take() {
                        end_row(t, row);
                    }
                }
            }
            b"tbl" => {
                if let Some(t) = self.tables.pop() {
                    match self.tables.last_mut().and_then(|o| o.cell.as_mut()) {
                        // A table inside a cell becomes part of that cell's text.
                        Some(cell) => cell.paras.push(t.lines.join(" ")),
                        None => {
                            for line in &t.lines {
                                self.out.push(line);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }

    fn end_paragraph(&mut self) {
        let Some(mut p) = self.para.take() else {
            return;
        };
        // A break that ends the paragraph (often a page break) adds no line.
        while p.text.ends_with('\n') {
            p.text.pop();
        }
        let numbered = match (&p.num_id, &p.style) {
            (Some(id), _) => Some((id.clone(), p.ilvl)),
            (None, Some(style)) => self
                .styles
                .numbering(style)
                .map(|(id, ilvl)| (id, p.ilvl.or(ilvl))),
            (None, None) => None,
        };
        let marker = numbered.and_then(|(id, ilvl)| {
            let ilvl = ilvl.unwrap_or(0);
            self.numbering.next(&id, ilvl).map(|m| (m, ilvl))
        });
        let mut line = String::new();
        if let Some((m, _)) = &marker {
            line.push_str(m);
        }
        line.push_str(&p.text);
        if let Some(cell) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
            cell.paras.push(line);
            return;
        }
        let span = self.out.push(&line);
        if let Some((m, ilvl)) = marker {
            if !m.is_empty() {
                self.info.numbering.push(NumberedMarker {
                    span: Span::new(span.start(), span.start() + m.len()),
                    level: u8::try_from(ilvl + 1).unwrap_or(u8::MAX),
                });
            }
        }
        let level = p.outline.or_else(|| {
            p.style
                .as_deref()
                .and_then(|s| self.styles.heading_level(s))
        });
        if let Some(level) = level {
            self.info.headings.push(StyledHeading { span, level });
        }
    }
}

/// A finished row: cells filled across `gridSpan` and down `vMerge`, joined with TAB.
fn end_row(t: &mut Table, row: Row) {
    let mut cells: Vec<String> = vec![String::new(); row.before];
    for cell in row.cells {
        let col = cells.len();
        let text = if cell.merged {
            t.above.get(col).cloned().unwrap_or_default()
        } else {
            let parts: Vec<String> = cell
                .paras
                .iter()
                .map(|p| p.replace(['\t', '\n'], " ").trim().to_string())
                .filter(|p| !p.is_empty())
                .collect();
            parts.join(" ")
        };
        for _ in 0..cell.span {
            cells.push(text.clone());
        }
    }
    let mut kept = cells.clone();
    while kept.last().is_some_and(String::is_empty) {
        kept.pop();
    }
    if kept.is_empty() {
        return;
    }
    let line = kept.join("\t");
    // A header row repeated further down (marked, or the same text as the first row).
    let repeated = t.first.as_deref() == Some(line.as_str()) || (row.header && t.body_started);
    if repeated {
        return;
    }
    // Rows below a vertically merged cell repeat the text of the rows kept.
    if t.above.len() < cells.len() {
        t.above.resize(cells.len(), String::new());
    }
    for (i, c) in cells.into_iter().enumerate() {
        t.above[i] = c;
    }
    if t.first.is_none() {
        t.first = Some(line.clone());
    }
    if !row.header {
        t.body_started = true;
    }
    t.lines.push(line);
}
