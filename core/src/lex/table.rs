//! Tables flattened to text: cells separated by tabs, `|`, or runs of two or more spaces,
//! under a header such as 序号 工作任务 牵头单位 责任单位 完成时限.

use crate::lexicon::tables::{
    DEADLINE_COLUMN_WORDS, LEADER_COLUMN_WORDS, LEAD_COLUMN_WORDS, NUMBER_COLUMN_NAMES,
    RESPONSIBLE_COLUMN_WORDS, SUPPORT_COLUMN_WORDS, TASK_COLUMN_WORDS,
};
use std::sync::LazyLock;

/// What a table column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    Number,
    Task,
    Lead,
    Support,
    Responsible,
    Leader,
    Deadline,
    Other,
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}' || c == '\u{a0}'
}

/// False when `line` holds no space (of any width), tab or bar: it is one cell and one word.
/// Most lines are prose without any, found by byte scans rather than a walk over the chars.
fn may_hold_separators(line: &str) -> bool {
    // Built once: a finder made per call costs more than the scan of most lines.
    static WIDE: LazyLock<[memchr::memmem::Finder<'static>; 3]> = LazyLock::new(|| {
        ["\u{3000}", "\u{a0}", "｜"].map(|s| memchr::memmem::Finder::new(s.as_bytes()))
    });
    let b = line.as_bytes();
    memchr::memchr3(b' ', b'\t', b'|', b).is_some() || WIDE.iter().any(|f| f.find(b).is_some())
}

/// Split a line into cells: (byte offset, cell text). `None` unless there are ≥ 2 cells.
pub(crate) fn split_cells(line: &str) -> Option<Vec<(usize, &str)>> {
    if !may_hold_separators(line) {
        return None;
    }
    // Tabs and bars each end one cell, so an empty cell keeps its column (a\t\tb).
    if line.contains(['\t', '|', '｜']) {
        return strict_cells(line);
    }
    let is_sep = |c: char| c == '\t' || c == '|' || c == '｜';
    let mut cells = Vec::new();
    let mut push = |from: usize, to: usize| {
        let raw = &line[from..to];
        let cell = raw.trim_matches(is_space);
        if !cell.is_empty() {
            cells.push((
                from + (raw.len() - raw.trim_start_matches(is_space).len()),
                cell,
            ));
        }
    };
    let mut start = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        // A tab or bar, or two or more spaces, separate cells.
        let separates = is_sep(c)
            || (is_space(c) && chars.peek().is_some_and(|&(_, n)| is_space(n) || is_sep(n)));
        if !separates {
            continue;
        }
        push(start, at);
        // Swallow the whole run of separators.
        let mut end = at + c.len_utf8();
        while let Some(&(n_at, n)) = chars.peek() {
            if !(is_space(n) || is_sep(n)) {
                break;
            }
            end = n_at + n.len_utf8();
            chars.next();
        }
        start = end;
    }
    push(start, line.len());
    (cells.len() >= 2).then_some(cells)
}

/// Cells between single tabs or bars, empty ones kept; spaces around a cell trimmed.
fn strict_cells(line: &str) -> Option<Vec<(usize, &str)>> {
    let mut cells = Vec::new();
    let mut start = 0;
    let mut push = |from: usize, to: usize| {
        let raw = &line[from..to];
        let cell = raw.trim_matches(is_space);
        cells.push((
            from + (raw.len() - raw.trim_start_matches(is_space).len()),
            cell,
        ));
    };
    for (at, c) in line.char_indices() {
        if matches!(c, '\t' | '|' | '｜') {
            push(start, at);
            start = at + c.len_utf8();
        }
    }
    push(start, line.len());
    // A bar table may open and close with a bar: drop the empty edges.
    if cells.first().is_some_and(|c| c.1.is_empty()) {
        cells.remove(0);
    }
    if cells.last().is_some_and(|c| c.1.is_empty()) {
        cells.pop();
    }
    (cells.iter().filter(|c| !c.1.is_empty()).count() >= 2).then_some(cells)
}

/// The column a header cell names.
pub(crate) fn column_named(name: &str) -> Column {
    let has = |words: &[&str]| words.iter().any(|w| name.contains(w));
    if has(NUMBER_COLUMN_NAMES) {
        Column::Number
    } else if has(LEADER_COLUMN_WORDS) {
        Column::Leader
    } else if has(LEAD_COLUMN_WORDS) {
        Column::Lead
    } else if has(SUPPORT_COLUMN_WORDS) {
        Column::Support
    } else if has(RESPONSIBLE_COLUMN_WORDS) {
        Column::Responsible
    } else if has(DEADLINE_COLUMN_WORDS) {
        Column::Deadline
    } else if has(TASK_COLUMN_WORDS) {
        Column::Task
    } else {
        Column::Other
    }
}

pub(crate) fn header(line: &str) -> Option<Vec<Column>> {
    let cells = split_cells(line)?;
    if cells.len() < 3 || cells.iter().any(|(_, c)| c.chars().count() > 12) {
        return None;
    }
    let cols: Vec<Column> = cells.iter().map(|(_, c)| column_named(c)).collect();
    let has_task = cols.contains(&Column::Task);
    let has_units = cols
        .iter()
        .any(|c| matches!(c, Column::Lead | Column::Support | Column::Responsible));
    (has_task && has_units).then_some(cols)
}

/// Words separated by single spaces, for tables flattened with one space between cells
/// (`1 居民消费价格涨幅3%左右 发展改革委`). With `merge_spaced`, a run of one-character Han
/// words is one letter-spaced word (`工 作 任 务`), as headers print them.
pub(crate) fn split_words(line: &str, merge_spaced: bool) -> Vec<(usize, &str)> {
    let mut spans: Vec<(usize, usize, bool)> = Vec::new();
    let mut start = None;
    let push = |s: usize, e: usize, spans: &mut Vec<(usize, usize, bool)>| {
        let w = &line[s..e];
        let single_han = w.chars().count() == 1 && w.chars().all(|c| c as u32 >= 0x3400);
        match spans.last_mut() {
            Some(last) if merge_spaced && single_han && last.2 => last.1 = e,
            _ => spans.push((s, e, single_han)),
        }
    };
    for (i, c) in line.char_indices() {
        if is_space(c) || c == '\t' {
            if let Some(s) = start.take() {
                push(s, i, &mut spans);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        push(s, line.len(), &mut spans);
    }
    spans
        .into_iter()
        .map(|(s, e, _)| (s, &line[s..e]))
        .collect()
}

/// A header whose cells are separated by single spaces, words possibly letter-spaced
/// (`序号 工 作 任 务 牵头负责部门`): it must open with 序号 and name a task and a unit column.
pub(crate) fn loose_header(line: &str) -> Option<Vec<Column>> {
    if !may_hold_separators(line) {
        return None;
    }
    let words = split_words(line, true);
    if !(3..=8).contains(&words.len()) {
        return None;
    }
    let names: Vec<String> = words
        .iter()
        .map(|(_, w)| w.chars().filter(|c| !is_space(*c)).collect())
        .collect();
    if names.iter().any(|n| n.chars().count() > 12) {
        return None;
    }
    let cols: Vec<Column> = names.iter().map(|n| column_named(n)).collect();
    let has_units = cols
        .iter()
        .any(|c| matches!(c, Column::Lead | Column::Support | Column::Responsible));
    (cols[0] == Column::Number && cols.contains(&Column::Task) && has_units).then_some(cols)
}

/// A row of a loose table fitted to its columns: the first word is the number, the last
/// words fill the columns after the task column one each, and the task takes the rest
/// (its own spaces included). `None` when there are too few words.
pub(crate) fn loose_row<'a>(line: &'a str, cols: &[Column]) -> Option<Vec<(usize, &'a str)>> {
    // One word is fewer than the columns a loose header has (at least three).
    if !may_hold_separators(line) && cols.len() > 1 {
        return None;
    }
    let words = split_words(line, false);
    let task = cols.iter().position(|c| *c == Column::Task)?;
    let after = cols.len() - task - 1;
    if words.len() < cols.len() || task == 0 {
        return None;
    }
    let mut out: Vec<(usize, &str)> = words[..task].to_vec();
    let task_end = words.len() - after;
    let (s, _) = words[task];
    let (ls, lw) = words[task_end - 1];
    out.push((s, &line[s..ls + lw.len()]));
    out.extend_from_slice(&words[task_end..]);
    Some(out)
}

/// The number in a row's first cell (1, 1., 1、, １).
pub(crate) fn row_number(cell: &str) -> Option<u32> {
    let t = cell.trim_end_matches(['.', '．', '、']);
    crate::lex::numerals::arabic_int(t)
        .ok()
        .filter(|(rest, _)| rest.is_empty())
        .and_then(|(_, n)| u32::try_from(n).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_and_headers() {
        let h = "序号\t工作任务\t牵头单位\t责任单位\t完成时限";
        assert_eq!(
            header(h).unwrap(),
            vec![
                Column::Number,
                Column::Task,
                Column::Lead,
                Column::Responsible,
                Column::Deadline
            ]
        );
        let h = "序号    重点任务      牵头负责部门    配合单位    时间节点";
        assert_eq!(header(h).unwrap().len(), 5);
        let cells =
            split_cells("1       完成高标准农田建设5万亩   县农业农村局  县财政局、县自然资源局")
                .unwrap();
        assert_eq!(
            cells.iter().map(|c| c.1).collect::<Vec<_>>(),
            [
                "1",
                "完成高标准农田建设5万亩",
                "县农业农村局",
                "县财政局、县自然资源局"
            ]
        );
        let line = "1\t任务 甲\t市局";
        let cells = split_cells(line).unwrap();
        assert_eq!(&line[cells[1].0..cells[1].0 + cells[1].1.len()], "任务 甲");
        assert!(header("一、总体要求").is_none());
        assert_eq!(row_number("12"), Some(12));
        assert_eq!(row_number("１．"), Some(1));
        assert_eq!(row_number("一"), None);
        let cols = loose_header("序号 工 作 任 务 牵头负责部门").unwrap();
        assert_eq!(cols, [Column::Number, Column::Task, Column::Lead]);
        let row = loose_row("3 安排财政赤字 2.18万亿元 财政部", &cols).unwrap();
        assert_eq!(
            row.iter().map(|c| c.1).collect::<Vec<_>>(),
            ["3", "安排财政赤字 2.18万亿元", "财政部"]
        );
        assert!(loose_header("一 是 推进 改革").is_none());
    }
}
