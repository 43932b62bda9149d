//! Task lines: the responsibility clause a line carries (a trailing parenthetical or a run-in
//! label), and the lines that belong to a task (labelled lines under it, a clause on a line of
//! its own, text wrapped over following lines).

use super::levels::Tree;
use super::paragraphs::make_deadline;
use super::shapes::{is_heading_item_style, is_item_style};
use super::{Builder, Place};
use crate::ast::{Block, Deadline, Responsibility, Role, Task, TaskId};
use crate::inline::date;
use crate::inline::responsibility::{
    parse_clause, sentence_parentheticals, trailing_parenthetical, Clause,
};
use crate::lex::brackets::{is_open, split_depth0};
use crate::lex::labels::is_resp_label_start;
use crate::lex::lines::LineKind;
use crate::lex::markers::{Marker, MarkerStyle};
use crate::lexicon::genres::{TASK_DOCUMENT_GENRES, TASK_DOCUMENT_WORDS};
use crate::normalize::fold_script;
use crate::Text;
use crate::{Diagnostic, DiagnosticCode, Span};

/// A responsibility clause found on a task line.
pub(super) struct FoundClause {
    pub clause: Clause,
    /// Where the clause is written (source coordinates).
    pub span: Span,
    /// Cleaned offset where the task text ends (the clause's start).
    pub text_end: usize,
}

/// The text inside the brackets of `c[s..e]`, and where it starts.
fn inside(c: &str, s: usize, e: usize) -> (usize, &str) {
    let open_len = c[s..].chars().next().map_or(1, char::len_utf8);
    let close_len = c[..e].chars().next_back().map_or(1, char::len_utf8);
    (s + open_len, &c[s + open_len..e - close_len])
}

/// Of two roles one unit was given in separate clauses, the one that says more.
fn stronger(a: Role, b: Role) -> Role {
    let rank = |r: Role| match r {
        Role::Lead => 2,
        Role::Responsible => 1,
        _ => 0,
    };
    if rank(b) > rank(a) {
        b
    } else {
        a
    }
}

impl<'a> Builder<'a> {
    /// Which lines carry a responsibility clause; the style the tasks are numbered in; and
    /// whether the document reads as a task notice. Sets `clauses`, `task_style`, `is_notice`.
    pub(super) fn find_clauses(&mut self) {
        let kinds = self.kinds;
        self.clauses = (0..self.lines.len()).map(|_| None).collect();
        let mut style_counts: Vec<(MarkerStyle, usize)> = Vec::new();
        let mut resp_count = 0;
        for (k, kind) in kinds.iter().enumerate().take(self.tail).skip(self.head) {
            if self.place[k] != Place::Body {
                continue;
            }
            let carries = match kind {
                &LineKind::Marked { marker, .. }
                    if is_item_style(marker.style)
                        || (is_heading_item_style(marker.style)
                            && !self.next_is_deeper(k, marker.style)) =>
                {
                    let c = self.trailing_clause(k);
                    let has = c.is_some() || self.next_is_resp_line(k);
                    self.clauses[k] = c.map(Box::new);
                    if has {
                        match style_counts.iter_mut().find(|(s, _)| *s == marker.style) {
                            Some((_, c)) => *c += 1,
                            None => style_counts.push((marker.style, 1)),
                        }
                    }
                    has
                }
                LineKind::Text => {
                    self.clauses[k] = self
                        .trailing_clause(k)
                        .filter(|f| !f.clause.units.is_empty())
                        .map(Box::new);
                    false
                }
                _ => false,
            };
            resp_count += usize::from(carries);
        }
        self.task_style = style_counts.iter().max_by_key(|(_, c)| *c).map(|(s, _)| *s);
        let title_says_tasks = self
            .title
            .as_ref()
            .is_some_and(|t| title_says_tasks(&t.text));
        self.is_notice = resp_count >= 3 || (title_says_tasks && resp_count >= 1);
    }

    /// The responsibility clause a line ends with: a parenthetical `（X牵头，Y配合）`, or a
    /// label run in after the text (`……。责任单位：X（牵头）、Y。`). Clauses written after
    /// earlier sentences of the same line (`……。（合肥海关负责）……。（省商务厅牵头）`) are
    /// merged into it: units in order of first appearance, each with its strongest role.
    pub(super) fn trailing_clause(&self, k: usize) -> Option<FoundClause> {
        let c = self.clean(k);
        let inline = self.inline_labelled(c);
        let paren = trailing_parenthetical(c);
        // 责任单位：X、各镇（街道）: the parenthesis closes a name inside a run-in label.
        let paren = paren.filter(|(s, _)| inline.as_ref().is_none_or(|x| x.0 > *s));
        let last = match paren {
            Some((s, e)) => {
                let (inner_start, inner) = inside(c, s, e);
                match parse_clause(inner, 0, true) {
                    Some(cl) => Some((s, inner_start, e, cl)),
                    None => inline.map(|(s, is, _, e, cl)| (s, is, e, cl)),
                }
            }
            None => inline.map(|(s, is, _, e, cl)| (s, is, e, cl)),
        };
        let upto = last.as_ref().map_or(c.len(), |l| l.0);
        let mut found: Vec<(usize, usize, usize, Clause)> = sentence_parentheticals(c, upto)
            .into_iter()
            .filter_map(|(s, e, after_sentence)| {
                let (inner_start, inner) = inside(c, s, e);
                let cl = parse_clause(inner, 0, true)?;
                // Inside a sentence only a clause that names a role counts.
                (after_sentence || cl.explicit).then_some((s, inner_start, e, cl))
            })
            .collect();
        let text_end = match &last {
            Some(l) => l.0,
            None if found.is_empty() => return None,
            None => c.len(),
        };
        found.extend(last);
        let line = self.line(k);
        let at = |o: usize| line.at(o);
        let mut merged = Clause::default();
        let (first_start, last_end) = (found[0].0, found[found.len() - 1].2);
        let several = found.len() > 1;
        for (_, inner_start, _, mut cl) in found {
            let shift =
                |sp: Span| Span::new(at(inner_start + sp.start()), at(inner_start + sp.end()));
            for mut u in cl.units.drain(..) {
                u.span = shift(u.span);
                let seen = merged
                    .units
                    .iter_mut()
                    .find(|m| several && m.normalized() == u.normalized());
                match seen {
                    Some(m) => m.role = stronger(m.role, u.role),
                    None => merged.units.push(u),
                }
            }
            merged.doubled.extend(cl.doubled.into_iter().map(shift));
            merged.leaders.extend(cl.leaders);
            if let Some((sp, t)) = cl.deadline {
                merged.deadline = Some((shift(sp), t));
            }
        }
        Some(FoundClause {
            clause: merged,
            span: Span::new(line.at(first_start), line.at(last_end)),
            text_end,
        })
    }

    /// A run of labels after the task text (。牵头领导：张三 牵头单位：X 配合单位：Y): from the
    /// first 责任单位：/牵头单位：/责任领导： at depth 0 that follows 。；; or a space, to the
    /// line's end, when that reads as a clause with units; else from the last such label (a
    /// label word inside the text before it). Returns (start, inner start, inner, end, clause).
    pub(super) fn inline_labelled<'c>(
        &self,
        c: &'c str,
    ) -> Option<(usize, usize, &'c str, usize, Clause)> {
        // Every label ends with ： or :, so a line with neither holds none (most lines).
        if memchr::memchr(b':', c.as_bytes()).is_none() && !c.contains('：') {
            return None;
        }
        // A label follows a stop at depth 0: each piece after the first starts right after one.
        let (mut first, mut last) = (None, None);
        for (at, _) in split_depth0(c, &['。', '；', ';', ' ', '\u{3000}']).skip(1) {
            if is_resp_label_start(&c[at..]) {
                first.get_or_insert(at);
                last = Some(at);
            }
        }
        let end = c.trim_end_matches(['。', '.', ' ', '；', ';']).len();
        // Two tries at most: the line is read twice, never once per label.
        let read = |start: usize| {
            let inner = c.get(start..end).filter(|s| !s.is_empty())?;
            let clause = parse_clause(inner, 0, false).filter(|cl| !cl.units.is_empty())?;
            Some((start, start, inner, end, clause))
        };
        read(first?).or_else(|| last.filter(|&l| Some(l) != first).and_then(read))
    }

    /// True when the next non-blank line is a responsibility line or a clause of its own.
    pub(super) fn next_is_resp_line(&self, k: usize) -> bool {
        self.next_nonblank(k).is_some_and(|j| {
            self.kinds[j] == LineKind::ResponsibilityLine
                || (self.kinds[j] == LineKind::Text && self.clause_only_line(j).is_some())
        })
    }

    /// True when the next non-blank line opens with a marker of a deeper style.
    pub(super) fn next_is_deeper(&self, k: usize, style: MarkerStyle) -> bool {
        self.next_nonblank(k).is_some_and(|j| {
            matches!(self.kinds[j], LineKind::Marked { marker, .. } if marker.style.rank() > style.rank())
        })
    }

    /// A line that is nothing but a responsibility parenthetical.
    pub(super) fn clause_only_line(&self, j: usize) -> Option<FoundClause> {
        let c = self.clean(j);
        if !c.starts_with(is_open) {
            return None;
        }
        self.trailing_clause(j).filter(|f| f.text_end == 0)
    }

    pub(super) fn task(
        &mut self,
        k: usize,
        marker: Option<Marker<'_>>,
        body: usize,
        clause: Option<FoundClause>,
        tree: &Tree,
    ) -> Task {
        let line = self.line(k);
        let c = self.clean(k);
        let text_end_clean = clause.as_ref().map_or(c.len(), |f| f.text_end);
        let raw_text = &c[body..text_end_clean];
        // Offsets found in the trimmed text start this many bytes after `body`.
        let lead_ws = raw_text.len() - raw_text.trim_start().len();
        let text = Text::of(raw_text.trim());
        let text_span = Span::new(line.at(body), line.at(text_end_clean));
        let mut deadline = None;
        let responsibility = clause.map(
            |FoundClause {
                 clause: cl, span, ..
             }| {
                for d in &cl.doubled {
                    self.diagnostics.push(Diagnostic::new(
                        DiagnosticCode::DoubledRoleWord,
                        "role word written twice",
                        *d,
                    ));
                }
                if let Some((sp, t)) = &cl.deadline {
                    deadline = Some(make_deadline(t, *sp));
                }
                Responsibility {
                    span,
                    units: cl.units.into(),
                    leaders: cl.leaders.into(),
                }
            },
        );
        if deadline.is_none() {
            if let Some((r, d)) = date::find_deadline(&text) {
                let sp = Span::new(
                    line.at(body + lead_ws + r.start),
                    line.at(body + lead_ws + r.end),
                );
                deadline = Some(Box::new(Deadline {
                    text: Text::of(&text[r]),
                    span: sp,
                    year: d.year,
                    month: d.month,
                    day: d.day,
                    ongoing: d.ongoing,
                }));
            }
        }
        self.check_parens(k);
        Task {
            id: TaskId::default(),
            span: line.full,
            number: marker.map(|m| m.number),
            marker: marker.map_or_else(Text::default, |m| Text::of(m.text)),
            text,
            text_span,
            section: tree.path(),
            responsibility,
            deadline,
            targets: self.targets_in(k, body, text_end_clean),
        }
    }

    /// Push `task`, then absorb following 责任单位：/责任领导：/完成时限： lines into it.
    pub(super) fn absorb_resp_lines(&mut self, k: usize, mut task: Task, tree: &mut Tree) -> usize {
        let (kinds, tail) = (self.kinds, self.tail);
        let mut j = k + 1;
        let mut end = k + 1;
        while j < tail {
            match kinds[j] {
                LineKind::Blank => j += 1,
                LineKind::ResponsibilityLine => {
                    let c = self.clean(j);
                    let line = self.line(j);
                    if let Some(cl) = parse_clause(c, 0, false) {
                        let resp = task.responsibility.get_or_insert_with(|| Responsibility {
                            span: line.content,
                            units: Box::default(),
                            leaders: Box::default(),
                        });
                        resp.span = resp
                            .span
                            .cover(Span::new(line.raw_start, line.content.end()));
                        let lead_seen = resp.units.iter().any(|u| u.role == Role::Lead)
                            || cl.units.iter().any(|u| u.role == Role::Lead);
                        let units = cl.units.into_iter().map(|mut u| {
                            u.span = Span::new(line.at(u.span.start()), line.at(u.span.end()));
                            u
                        });
                        super::append(&mut resp.units, units);
                        if lead_seen {
                            for u in &mut resp.units {
                                if u.role == Role::Responsible {
                                    u.role = Role::Support;
                                }
                            }
                        }
                        super::append(&mut resp.leaders, cl.leaders);
                        if let Some((sp, t)) = cl.deadline {
                            task.deadline = Some(make_deadline(
                                &t,
                                Span::new(line.at(sp.start()), line.at(sp.end())),
                            ));
                        }
                    }
                    task.span = task.span.cover(line.full);
                    // Blank lines between are inside the task too.
                    j += 1;
                    end = j;
                }
                LineKind::Text if task.responsibility.is_none() => {
                    // The clause on a line of its own: （牵头单位：X；配合单位：Y）.
                    if let Some(found) = self.clause_only_line(j) {
                        task.responsibility = Some(Responsibility {
                            span: found.span,
                            units: found.clause.units.into(),
                            leaders: found.clause.leaders.into(),
                        });
                        if let Some((sp, t)) = found.clause.deadline {
                            task.deadline = Some(make_deadline(&t, sp));
                        }
                        // Label lines (责任领导：…) may still follow the clause line.
                        j += 1;
                        end = j;
                        continue;
                    }
                    // Task text wrapped onto following lines, the clause at the end of the last.
                    let Some((last, found)) = (j..tail.min(j + 3))
                        .take_while(|&x| kinds[x] == LineKind::Text)
                        .find_map(|x| self.trailing_clause(x).map(|f| (x, f)))
                    else {
                        break;
                    };
                    for x in j..=last {
                        let c = self.clean(x);
                        let upto = if x == last { found.text_end } else { c.len() };
                        task.text = format!("{}{}", task.text, c[..upto].trim()).into();
                    }
                    task.text_span = task.text_span.cover(Span::new(
                        self.lines[j].raw_start(),
                        self.line(last).at(found.text_end),
                    ));
                    task.responsibility = Some(Responsibility {
                        span: found.span,
                        units: found.clause.units.into(),
                        leaders: found.clause.leaders.into(),
                    });
                    if let Some((sp, t)) = found.clause.deadline {
                        task.deadline = Some(make_deadline(&t, sp));
                    }
                    j = last + 1;
                    end = j;
                    break;
                }
                _ => break,
            }
        }
        task.span = Span::new(task.span.start(), self.full(end - 1).end());
        tree.push(task_block(task));
        end
    }
}

/// A finished task as a block.
pub(super) fn task_block(task: Task) -> Block {
    Block::Task(Box::new(task))
}

/// A title that says the document assigns tasks: it names a breakdown (分工, 任务分解…) and
/// ends with the genre such a document takes (通知, 方案, 清单).
fn title_says_tasks(title: &str) -> bool {
    let t = fold_script(title);
    TASK_DOCUMENT_WORDS.iter().any(|w| t.contains(w))
        && TASK_DOCUMENT_GENRES.iter().any(|g| t.ends_with(g))
}
