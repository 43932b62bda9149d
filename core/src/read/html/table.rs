//! Data tables of a page: one line per row, TAB between cells, `rowspan`/`colspan` filled
//! by repeating the spanned cell's text. Layout tables (the page laid out in cells) are
//! told apart and left to the ordinary walk.

use super::{attr, is_block, tag, Walk};
use markup5ever_rcdom::Handle;
use std::rc::Rc;

/// Widest table row filled (the HTML spec caps `colspan` at 1000 too).
const MAX_COLUMNS: usize = 1000;

impl Walk {
    /// A table: one line per row, TAB between cells, spanned cells repeated.
    pub(super) fn table(&mut self, table: &Handle) {
        let rows = rows_of(table);
        // Per column: rows still covered by a rowspan above, and its text.
        let mut pending: Vec<(usize, Rc<str>)> = Vec::new();
        let n_rows = rows.len();
        for (r, row) in rows.iter().enumerate() {
            let mut out: Vec<String> = Vec::new();
            let mut col = 0;
            let mut cells = row.iter();
            loop {
                if col < pending.len() && pending[col].0 > 0 {
                    pending[col].0 -= 1;
                    out.push(fill(&mut self.fill_budget, &pending[col].1));
                    col += 1;
                    continue;
                }
                let Some(cell) = cells.next() else { break };
                if col >= MAX_COLUMNS {
                    break;
                }
                let text: Rc<str> = self.cell_text(cell).into();
                let colspan = span_attr(cell, "colspan", 1).clamp(1, MAX_COLUMNS - col);
                let rowspan = match span_attr(cell, "rowspan", 1) {
                    0 => n_rows - r,
                    n => n.min(n_rows - r),
                };
                for k in 0..colspan {
                    out.push(if k == 0 {
                        text.to_string()
                    } else {
                        fill(&mut self.fill_budget, &text)
                    });
                    if pending.len() <= col {
                        pending.resize(col + 1, (0, Rc::from("")));
                    }
                    pending[col] = (rowspan.saturating_sub(1), Rc::clone(&text));
                    col += 1;
                }
            }
            while out.last().is_some_and(String::is_empty) {
                out.pop();
            }
            if !out.is_empty() {
                self.lines.push(&out.join("\t"));
            }
        }
    }

    /// A cell's text on one line: its own lines joined with a space; tabs become spaces so
    /// they cannot shift the columns.
    fn cell_text(&mut self, cell: &Handle) -> String {
        let mut w = Walk::new(self.fill_budget, self.table_depth + 1);
        w.run(cell);
        self.fill_budget = w.fill_budget;
        let joined: Vec<&str> = w.lines.text.lines().filter(|l| !l.is_empty()).collect();
        joined.join(" ").replace('\t', " ")
    }
}

/// Blocks in one cell beyond which a table is page layout, not data: old government sites
/// put the whole article in a cell of a layout table. Data cells hold a line or a few.
const LAYOUT_CELL_BLOCKS: usize = 6;

/// True when a cell of the table holds many blocks (paragraphs, breaks, nested tables):
/// the table lays out the page and its cells are read as ordinary blocks.
pub(super) fn is_layout(table: &Handle) -> bool {
    rows_of(table).iter().flatten().any(|cell| {
        let mut blocks = 0;
        let mut stack = vec![cell.clone()];
        while let Some(n) = stack.pop() {
            if matches!(tag(&n), Some(t) if t == "br" || t == "table" || is_block(t)) {
                blocks += 1;
                if blocks > LAYOUT_CELL_BLOCKS {
                    return true;
                }
            }
            stack.extend(n.children.borrow().iter().cloned());
        }
        false
    })
}

/// A copy of a spanned cell's text, while the budget lasts.
fn fill(budget: &mut usize, text: &str) -> String {
    if text.len() > *budget {
        return String::new();
    }
    *budget -= text.len();
    text.to_string()
}

/// The rows of a table (through thead/tbody/tfoot, not into nested tables): each row's
/// td/th cells.
fn rows_of(table: &Handle) -> Vec<Vec<Handle>> {
    let mut rows = Vec::new();
    let mut stack: Vec<Handle> = table.children.borrow().iter().rev().cloned().collect();
    while let Some(node) = stack.pop() {
        match tag(&node) {
            Some("tr") => rows.push(
                node.children
                    .borrow()
                    .iter()
                    .filter(|c| matches!(tag(c), Some("td" | "th")))
                    .cloned()
                    .collect(),
            ),
            Some("thead" | "tbody" | "tfoot" | "form") => {
                stack.extend(node.children.borrow().iter().rev().cloned());
            }
            _ => {}
        }
    }
    rows
}

fn span_attr(cell: &Handle, key: &str, default: usize) -> usize {
    attr(cell, key)
        .and_then(|v| {
            let digits: String = v.trim().chars().take_while(char::is_ascii_digit).collect();
            digits.parse::<usize>().ok()
        })
        .unwrap_or(default)
        .min(65_534)
}
