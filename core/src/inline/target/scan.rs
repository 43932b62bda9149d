//! The clause scanner: quantities read left to right, each with the segment of its clause
//! before it; the relation word that governs it is chosen there, and the reading goes to the
//! step for that case (a relation, an implicit level, a relation carried over).

use super::carry::{carry_over, implicit_level};
use super::clauses::Clauses;
use super::explicit::with_relation;
use super::relations::{qualifier_at, relations_in, Found};
use super::trim::{strip_front, FILLERS, LEADING};
use super::{Relation, Target};
use crate::inline::quantity::{Quantity, QuantityKind};
use crate::lexicon::targets::{ETC, RATIO_NOUNS};

/// The relation in force in the current clause (for 建设A 20个、B 400个).
#[derive(Clone, Copy)]
pub(super) struct InForce {
    pub(super) clause: usize,
    pub(super) relation: Relation,
    pub(super) word: &'static str,
    pub(super) hedge: Option<&'static str>,
}

/// Reading the quantities of one text.
pub(super) struct Scanner<'t> {
    pub(super) text: &'t str,
    pub(super) quantities: &'t [Quantity],
    clauses: Clauses,
    /// The targets found so far.
    pub(super) out: Vec<Target>,
    pub(super) in_force: Option<InForce>,
    /// Where the last reading ended: the next segment starts no earlier.
    prev_end: usize,
    /// The relation words of the segment being read (one list for every quantity).
    rels: Vec<Found>,
}

/// One quantity being read, with its clause.
pub(super) struct At<'t> {
    pub(super) j: usize,
    pub(super) q: &'t Quantity,
    /// Start of the quantity.
    pub(super) qs: usize,
    pub(super) clause: usize,
    pub(super) sentence: usize,
    /// The segment before the quantity: from the clause start (or the last reading) to it.
    pub(super) seg_start: usize,
    pub(super) seg: &'t str,
    /// The segment without what opens it (全市, 力争, 并…).
    pub(super) seg_lead: &'t str,
    /// End of the quantity and its qualifier.
    pub(super) qend: usize,
    pub(super) qualifier: Option<&'static str>,
    pub(super) hedge: Option<&'static str>,
}

/// Where the scan goes on after a reading.
pub(super) enum Next {
    /// To the next quantity; the reading ended at this byte.
    After(usize),
    /// To quantity `to` (values taken together by 分别), the reading ended at `end`.
    Skip { to: usize, end: usize },
}

impl<'t> Scanner<'t> {
    pub(super) fn new(text: &'t str, quantities: &'t [Quantity]) -> Self {
        Scanner {
            text,
            quantities,
            // Asked only at quantity starts (in order): no further than the last one.
            clauses: Clauses::new(text, quantities.last().map_or(0, |q| q.span.start())),
            // Most quantities make one target (分别 may make more): one allocation for most
            // texts, where the list regrew at each doubling (a Target is ~300 bytes).
            out: Vec::with_capacity(quantities.len()),
            in_force: None,
            prev_end: 0,
            rels: Vec::new(),
        }
    }

    pub(super) fn run(mut self) -> Vec<Target> {
        let mut j = 0;
        while j < self.quantities.len() {
            match self.step(j) {
                Next::After(end) => {
                    self.prev_end = end;
                    j += 1;
                }
                Next::Skip { to, end } => {
                    self.prev_end = end;
                    j = to;
                }
            }
        }
        self.out
    }

    /// Keep a target that names its indicator.
    pub(super) fn push(&mut self, t: Target) {
        if !t.indicator.is_empty() {
            self.out.push(t);
        }
    }

    fn at(&mut self, j: usize) -> At<'t> {
        let text = self.text;
        let q = &self.quantities[j];
        let qs = q.span.start();
        let clause = self.clauses.clause_start(qs);
        let sentence = self.clauses.sentence_start(qs);
        if self.in_force.as_ref().is_some_and(|l| l.clause != clause) {
            self.in_force = None;
        }
        let seg_start = clause.max(self.prev_end).min(qs);
        let seg = &text[seg_start..qs];
        let mut qend = q.span.end();
        let qualifier = qualifier_at(&text[qend..]);
        if let Some(w) = qualifier {
            qend += w.len();
        }
        At {
            j,
            q,
            qs,
            clause,
            sentence,
            seg_start,
            seg,
            seg_lead: strip_front(seg, &LEADING),
            qend,
            qualifier,
            // The first 力争/确保 of the sentence before the number.
            hedge: self.clauses.hedge(sentence, qs),
        }
    }

    fn step(&mut self, j: usize) -> Next {
        let at = self.at(j);
        relations_in(at.seg, &mut self.rels);
        match self.choose(&at) {
            (Some(chosen), _) => with_relation(self, &at, chosen),
            (None, true) => {
                implicit_level(self, &at);
                Next::After(at.qend)
            }
            (None, false) => Next::After(carry_over(self, &at)),
        }
    }

    /// The relation word that governs the quantity, or whether the quantity states a level
    /// with no relation word (入驻率80%以上, 总投资120亿元以上).
    fn choose(&self, at: &At) -> (Option<Found>, bool) {
        let seg = at.seg;
        let q = at.q;
        let rels = &self.rels;
        // The nearest usable relation word in the segment.
        // Single-character words (达, 超) only right before the number.
        let chosen = rels.iter().rev().find(|(_, e, w, _)| {
            w.chars().count() > 1 || strip_front(&seg[*e..], &FILLERS).is_empty()
        });
        // A percentage right after a rate noun states a level (入驻率80%以上), even after an
        // action verb (老年友善医疗机构建设比例85%以上).
        let implicit = q.kind == QuantityKind::Percent
            && RATIO_NOUNS.iter().any(|n| seg.trim_end().ends_with(n));
        // 总投资120亿元以上, 晋档企业10家以上: a noun, an amount and 以上 state a level.
        let implicit = implicit
            || (chosen.is_none()
                && self.in_force.is_none()
                && at.qualifier.is_some()
                && !at.seg_lead.trim().is_empty()
                && !seg.contains(['、', ETC]));
        let (chosen, implicit) = match chosen {
            Some(c) if implicit && !c.3.is_level() => (None, true),
            None if implicit => (None, true),
            c => (c, false),
        };
        // 实施城市更新项目120个, 完成农村道路改造提升80公里, 引进培养团队4个: the verb that
        // opens the clause governs; later verbs belong to its object.
        let lead_off = seg.len() - at.seg_lead.len();
        let chosen = match (chosen, rels.first()) {
            (Some(c), Some(f))
                if f.0 == lead_off
                    && f.0 != c.0
                    && !f.3.is_level()
                    && (!c.3.is_level()
                        || (c.3 == Relation::Increase && q.kind != QuantityKind::Percent))
                    && !strip_front(&seg[f.1..], &FILLERS).is_empty() =>
            {
                Some(f)
            }
            (c, _) => c,
        };
        (chosen.copied(), implicit)
    }
}
