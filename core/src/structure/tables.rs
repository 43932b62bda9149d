//! Tables inside notices: flattened rows (tabs, `|`, runs of spaces) and tables scraped one
//! cell per line. Each row becomes a task; cells are read by the column they sit under.

use super::levels::Tree;
use super::paragraphs::make_deadline;
use super::tasks::task_block;
use super::{char_len, Builder};
use crate::ast::{Block, Responsibility, Role, Task, TaskId};
use crate::inline::date;
use crate::inline::responsibility::parse_clause;
use crate::lex::lines::LineKind;
use crate::lex::table::{
    column_named, header as table_header, loose_header, loose_row, row_number, split_cells, Column,
};
use crate::lex::units::looks_like_unit;
use crate::lexicon::tables::NUMBER_COLUMN_NAMES;
use crate::Span;
use crate::Text;

/// A table cell: its line, its offset in that line's cleaned text, its text.
struct Cell<'a> {
    line: usize,
    off: usize,
    text: &'a str,
}

/// Assign cells to columns when some cells are missing: the first goes to the task column,
/// the others to the next column their content fits (a deadline, leaders, or units).
fn fit_columns(cells: &[Cell<'_>], cols: &[Column]) -> Vec<Column> {
    let mut out = Vec::with_capacity(cells.len());
    let mut next = 0;
    for (i, cell) in cells.iter().enumerate() {
        let wanted = |c: Column| -> bool {
            match c {
                Column::Task => i == 0,
                Column::Deadline => {
                    date::whole_deadline(cell.text).is_some()
                        || date::find_date(cell.text).is_some()
                }
                Column::Lead | Column::Support | Column::Responsible => {
                    parse_clause(cell.text, 0, false).is_some_and(|cl| {
                        !cl.units.is_empty() && cl.units.iter().all(|u| looks_like_unit(&u.name))
                    })
                }
                _ => false,
            }
        };
        match (next..cols.len()).find(|&j| wanted(cols[j])) {
            Some(j) => {
                out.push(cols[j]);
                next = j + 1;
            }
            None => out.push(Column::Other),
        }
    }
    out
}

/// A line that could open a one-cell-per-line table header (序号).
pub(super) fn is_column_name(c: &str) -> bool {
    NUMBER_COLUMN_NAMES.contains(&c)
}

impl<'a> Builder<'a> {
    /// Read line `k` as a table header or row; true when it was one. A header starts a
    /// table; a row (numbered first cell) becomes a task; anything else ends the table.
    pub(super) fn table_line(
        &mut self,
        k: usize,
        table: &mut Option<Vec<Column>>,
        tree: &mut Tree,
    ) -> bool {
        let c = self.clean(k);
        if let Some(cols) = table.as_ref() {
            if let Some(task) = self.table_row(k, cols, tree) {
                tree.push(task_block(task));
                return true;
            }
            *table = None;
        }
        if let Some(cols) = table_header(c).or_else(|| loose_header(c)) {
            *table = Some(cols);
            tree.push(Block::Paragraph(Box::new(self.paragraph(k, None, None))));
            return true;
        }
        false
    }

    fn table_row(&mut self, k: usize, cols: &[Column], tree: &Tree) -> Option<Task> {
        let c = self.clean(k);
        // Cells apart by tabs, bars or runs of spaces; else by single spaces, fitted.
        let cells = match split_cells(c) {
            Some(cells) if cells.len() >= cols.len().min(3) => cells,
            _ => loose_row(c, cols)?,
        };
        let number = match cols.first() {
            Some(Column::Number) => Some(row_number(cells[0].1)?),
            _ if cells.len() == cols.len() => None,
            _ => return None,
        };
        let cells: Vec<Cell<'a>> = cells
            .into_iter()
            .map(|(off, text)| Cell { line: k, off, text })
            .collect();
        Some(self.task_from_cells(&cells, cols, number, self.full(k), tree))
    }

    /// A table scraped one cell per line: a run of three or more header lines (序号, 工作任务,
    /// 牵头单位, 完成时限…), then rows that each open with a line holding only the row
    /// number. Returns the line after the table, having pushed its blocks.
    pub(super) fn vertical_table(&mut self, k: usize, tree: &mut Tree) -> Option<usize> {
        let (kinds, tail) = (self.kinds, self.tail);
        let is_cell_line = |j: usize| j < tail && kinds[j] == LineKind::Text;
        let mut cols = Vec::new();
        let mut j = k;
        while is_cell_line(j) && char_len(self.clean(j)) <= 8 {
            match column_named(self.clean(j)) {
                Column::Other => break,
                col => cols.push(col),
            }
            j += 1;
        }
        let has_units = cols
            .iter()
            .any(|c| matches!(c, Column::Lead | Column::Support | Column::Responsible));
        if cols.len() < 3
            || cols.first() != Some(&Column::Number)
            || !cols.contains(&Column::Task)
            || !has_units
        {
            return None;
        }
        // The header lines are one paragraph-like block each, kept.
        let header_end = j;
        let mut rows: Vec<(usize, usize, u32)> = Vec::new(); // (first line, end line, number)
        let mut expected: u32 = 1;
        let mut at = header_end;
        while at < tail && (kinds[at] == LineKind::Text || kinds[at] == LineKind::Blank) {
            if kinds[at] == LineKind::Text && row_number(self.clean(at)) == Some(expected) {
                let mut end = at + 1;
                let mut cells = 0;
                while end < tail
                    && cells < cols.len() + 1
                    && (kinds[end] == LineKind::Blank
                        || (kinds[end] == LineKind::Text
                            && row_number(self.clean(end)) != expected.checked_add(1)))
                {
                    cells += usize::from(kinds[end] == LineKind::Text);
                    end += 1;
                }
                rows.push((at, end, expected));
                expected = expected.saturating_add(1);
                at = end;
            } else {
                break;
            }
        }
        if rows.is_empty() {
            return None;
        }
        for h in k..header_end {
            tree.push(Block::Paragraph(Box::new(self.paragraph(h, None, None))));
        }
        for (first, end, number) in rows {
            // A row's lines: one a cell, an empty line an empty cell (blank lines after the
            // last cell only part rows).
            let mut last = end;
            while last > first + 1 && kinds[last - 1] == LineKind::Blank {
                last -= 1;
            }
            let slots = (first + 1)..last;
            let cell = |x: usize| Cell {
                line: x,
                off: 0,
                text: self.clean(x),
            };
            let span = Span::new(self.full(first).start(), self.full(end - 1).end());
            let data_cols: Vec<Column> = cols[1..].to_vec();
            // Cells line up with the columns after 序号 when every column has its line, empty
            // or not; otherwise the task text comes first and the rest go to the columns their
            // content fits.
            let (cells, fitted): (Vec<Cell<'a>>, Vec<Column>) = if slots.len() == data_cols.len() {
                slots
                    .zip(data_cols.iter())
                    .filter(|(x, _)| kinds[*x] == LineKind::Text)
                    .map(|(x, c)| (cell(x), *c))
                    .unzip()
            } else {
                let cells: Vec<Cell<'a>> = slots
                    .filter(|&x| kinds[x] == LineKind::Text)
                    .map(cell)
                    .collect();
                let fitted = if cells.len() == data_cols.len() {
                    data_cols
                } else {
                    fit_columns(&cells, &data_cols)
                };
                (cells, fitted)
            };
            let mut with_number = vec![Cell {
                line: first,
                off: 0,
                text: self.clean(first),
            }];
            with_number.extend(cells);
            let mut all_cols = vec![Column::Number];
            all_cols.extend(fitted);
            let task = self.task_from_cells(&with_number, &all_cols, Some(number), span, tree);
            tree.push(task_block(task));
        }
        Some(at)
    }

    /// A task from table cells (possibly on several lines), each read by its column.
    fn task_from_cells(
        &mut self,
        cells: &[Cell<'a>],
        cols: &[Column],
        number: Option<u32>,
        span: Span,
        tree: &Tree,
    ) -> Task {
        let has_lead_column = cols.contains(&Column::Lead);
        let first = cells.first().map_or(0, |c| c.line);
        let mut task = Task {
            id: TaskId::default(),
            span,
            number,
            marker: match (number, cells.first()) {
                (Some(_), Some(c)) => Text::of(c.text),
                _ => Text::default(),
            },
            text: Text::default(),
            text_span: Span::new(self.lines[first].raw_start(), self.lines[first].raw_start()),
            section: tree.path(),
            responsibility: None,
            deadline: None,
            targets: Box::default(),
        };
        let mut units = Vec::new();
        let mut leaders = Vec::new();
        let mut resp_span: Option<Span> = None;
        // Cells of one line share its map (made once per line: a row can hold many cells).
        let mut mapped: Option<(usize, super::lines::MappedLine)> = None;
        for (i, cell) in cells.iter().enumerate() {
            if mapped.as_ref().is_none_or(|(k, _)| *k != cell.line) {
                mapped = Some((cell.line, self.line(cell.line)));
            }
            let Some((_, line)) = mapped.as_ref() else {
                continue;
            };
            let at = |o: usize| line.at(cell.off + o);
            let cell_span = Span::new(at(0), at(cell.text.len()));
            let col = cols.get(i).copied().unwrap_or(Column::Other);
            let role = match col {
                Column::Task => {
                    if !task.text.is_empty() {
                        task.text = format!("{}{}", task.text, cell.text).into();
                        task.text_span = task.text_span.cover(cell_span);
                    } else {
                        task.text = Text::of(cell.text);
                        task.text_span = cell_span;
                    }
                    let more = self.targets_in(cell.line, cell.off, cell.off + cell.text.len());
                    super::append(&mut task.targets, more);
                    continue;
                }
                Column::Lead => Role::Lead,
                Column::Support => Role::Support,
                // 责任单位 beside a 牵头单位 column shares the work: support.
                Column::Responsible if has_lead_column => Role::Support,
                Column::Responsible => Role::Responsible,
                Column::Leader => {
                    leaders.extend(
                        cell.text
                            .split(['、', '，', ',', ' '])
                            .filter(|x| !x.is_empty())
                            .map(Text::of),
                    );
                    resp_span = Some(resp_span.map_or(cell_span, |s| s.cover(cell_span)));
                    continue;
                }
                Column::Deadline => {
                    task.deadline = Some(make_deadline(cell.text, cell_span));
                    continue;
                }
                Column::Number | Column::Other => continue,
            };
            if let Some(cl) = parse_clause(cell.text, 0, false) {
                for mut u in cl.units {
                    u.role = role;
                    u.span = Span::new(at(u.span.start()), at(u.span.end()));
                    units.push(u);
                }
                resp_span = Some(resp_span.map_or(cell_span, |s| s.cover(cell_span)));
            }
        }
        if let Some(span) = resp_span.filter(|_| !units.is_empty() || !leaders.is_empty()) {
            task.responsibility = Some(Responsibility {
                span,
                units: units.into(),
                leaders: leaders.into(),
            });
        }
        task
    }
}
