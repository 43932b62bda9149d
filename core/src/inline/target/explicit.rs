//! A quantity governed by a relation word: which words are the indicator (before the relation,
//! between it and the number, or the noun after the number), which verb is the relation when
//! two stand together (改造完成680处, 完成农村道路改造提升80公里), and 分别.

use super::carry::words;
use super::relations::{noun_after, relation_at, Found};
use super::respectively::{gather_values, indicator_names};
use super::scan::{At, InForce, Next, Scanner};
use super::trim::{indicator_range, strip_front, FILLERS, LEADING};
use super::{Relation, Target};
use crate::ast::TargetId;
use crate::inline::quantity::QuantityKind;
use crate::lexicon::targets::{
    LIST_JOINERS, PLACES_BEFORE_VERB, RESPECTIVELY_WORDS, SECOND_VERB_OPENERS, VERB_JOINERS,
};
use crate::{Span, Text};

/// The relation as read so far: the word, the relation, where the word stands, and the words
/// between it and the number.
struct Reading<'t> {
    word: &'static str,
    relation: Relation,
    /// Byte range of the relation word in the text.
    at: (usize, usize),
    /// Between the relation and the number, fillers (到, 约) left off.
    post_raw: &'t str,
    /// The same, leading words left off and further verbs skipped: the indicator if any.
    post: &'t str,
    /// The object of the relation when a second verb took its place (改造完成680处).
    object: Option<(usize, usize)>,
}

impl<'t> Reading<'t> {
    fn new(text: &'t str, at: &At, chosen: Found) -> Self {
        let (rs, re, word, relation) = chosen;
        let rel_at = (at.seg_start + rs, at.seg_start + re);
        let post_raw = strip_front(&text[rel_at.1..at.qs], &FILLERS);
        // 建设并运营好5个…: a second verb, not an indicator.
        let post = if post_raw.starts_with(SECOND_VERB_OPENERS) {
            ""
        } else {
            strip_front(post_raw, &LEADING)
        };
        let mut r = Reading {
            word,
            relation,
            at: rel_at,
            post_raw,
            post,
            object: None,
        };
        r.complete_after_verb(at.qs);
        r.skip_joined_verbs();
        r
    }

    /// 改造完成680处: 完成 is the relation and the first verb its object.
    fn complete_after_verb(&mut self, qs: usize) {
        let post = self.post;
        if let Some((w2, Relation::Complete)) =
            relation_at(post).filter(|(w2, _)| w2.len() == post.trim_end().len())
        {
            if self.relation != Relation::Complete {
                self.object = Some(self.at);
                let start = qs - post.len();
                self.word = w2;
                self.relation = Relation::Complete;
                self.post = "";
                self.at = (start, start + w2.len());
            }
        }
    }

    /// 新建改建农村公路, 新建和改扩建中小学: further verbs joined to the first are not the
    /// indicator.
    fn skip_joined_verbs(&mut self) {
        loop {
            let joined = self
                .post
                .strip_prefix(VERB_JOINERS)
                .filter(|r| relation_at(r).is_some())
                .unwrap_or(self.post);
            let Some((w2, _)) = relation_at(joined) else {
                break;
            };
            let rest = &joined[w2.len()..];
            if rest.trim().is_empty() {
                break;
            }
            self.post = rest;
        }
    }

    /// The indicator's byte range, and where the reading ends when the indicator is the noun
    /// after the number. May hand the relation to a verb before it (完成改造2300户).
    fn indicator(&mut self, text: &str, at: &At) -> ((usize, usize), Option<usize>) {
        let qs = at.qs;
        let pre = (at.seg_start, self.at.0);
        let ends_in_list = self.post.trim_end().ends_with(LIST_JOINERS);
        if self.post_raw.starts_with('、') {
            // 新开工、投产项目各50个: the verbs are part of the indicator.
            return (indicator_range(text, self.at.0, qs), None);
        }
        if let Some(o) = self.object {
            return (o, None);
        }
        if !self.post.trim().is_empty() && !ends_in_list {
            let (a, b) = indicator_range(text, qs - self.post.len(), qs);
            // 城镇新增就业12万人: a short place word before the verb belongs to it.
            let pre_s = strip_front(&text[pre.0..pre.1], &LEADING);
            if !self.relation.is_level() && PLACES_BEFORE_VERB.contains(&pre_s.trim()) {
                return ((pre.1 - pre_s.len(), b), None);
            }
            return ((a, b), None);
        }
        let after = noun_after(text, at.qend);
        let (a, b) = indicator_range(text, pre.0, pre.1);
        let pre_s = &text[a..b];
        if !self.relation.is_level() && after.1 > after.0 {
            return (after, Some(after.1));
        }
        if let Some((w0, r0)) = relation_at(pre_s).filter(|(w0, _)| w0.len() == pre_s.len()) {
            // 完成改造2300户 / 改造完成680处: 完成 is the relation, the other verb its
            // object; otherwise the first verb is the relation.
            if self.relation == Relation::Complete && r0 != Relation::Complete {
                return ((a, b), None);
            }
            let object = self.at;
            self.word = w0;
            self.relation = r0;
            return (object, None);
        }
        if self.relation == Relation::Increase
            && at.q.kind != QuantityKind::Percent
            && relation_at(pre_s).is_some_and(|(_, r0)| !r0.is_level())
        {
            // 完成农村道路改造提升80公里: 改造提升 is the work, 完成 the relation.
            let (w0, r0) = relation_at(pre_s).unwrap_or((self.word, self.relation));
            let object = (a + w0.len(), self.at.1);
            self.word = w0;
            self.relation = r0;
            return (object, None);
        }
        ((a, b), None)
    }
}

/// The target (or targets, with 分别) of a quantity governed by the relation word `chosen`.
pub(super) fn with_relation(sc: &mut Scanner, at: &At, chosen: Found) -> Next {
    let text = sc.text;
    let mut r = Reading::new(text, at, chosen);
    let ((is, ie), noun_end) = r.indicator(text, at);
    let pre_text = &text[at.seg_start..r.at.0];
    // 清洁取暖建设等10个战役: the verb is inside an enumeration.
    let inside_list = r.post_raw.starts_with(crate::lexicon::targets::ETC);
    let respectively = RESPECTIVELY_WORDS.iter().any(|w| pre_text.contains(w));
    let mut indicator = Text::of(&text[is..ie]);
    if indicator.is_empty() {
        // 增长7.8% after 生产总值完成760亿元: the sentence's last indicator.
        if let Some(prev) = sc.out.last().filter(|t| t.span.start() >= at.sentence) {
            indicator = prev.indicator.clone();
        }
    }
    let in_force = InForce {
        clause: at.clause,
        relation: r.relation,
        word: r.word,
        hedge: at.hedge,
    };
    if respectively {
        if let Some(next) = distribute(sc, at, &r, (is, ie), &indicator) {
            sc.in_force = Some(in_force);
            return next;
        }
    }
    if inside_list {
        indicator = Text::default();
    }
    sc.push(Target {
        indicator,
        relation: r.relation,
        relation_text: Text::word(r.word),
        quantity: at.q.clone(),
        respectively: false,
        span: Span::new(is.min(r.at.0), at.qend.max(ie)),
        id: TargetId::default(),
        task: None,
        task_id: None,
        section: Default::default(),
        achieved: false,
        extra: words(at.qualifier.or(at.hedge), at.hedge),
    });
    sc.in_force = Some(in_force);
    Next::After(noun_end.unwrap_or(at.qend))
}

/// 分别: the values that follow, joined only by list words, each with its own indicator.
/// `None` when only one value follows.
fn distribute(
    sc: &mut Scanner,
    at: &At,
    r: &Reading,
    (is, ie): (usize, usize),
    indicator: &Text,
) -> Option<Next> {
    let text = sc.text;
    let (group, end) = gather_values(text, sc.quantities, (at.j, at.qend, at.qualifier));
    if group.len() < 2 {
        return None;
    }
    let names = indicator_names(&sc.out, at.sentence, is != ie, indicator, group.len());
    let next = Next::Skip {
        to: group.last().map_or(at.j, |v| v.0) + 1,
        end,
    };
    for (n, &(qi, e, ql)) in group.iter().enumerate() {
        let name = names
            .as_ref()
            .map_or_else(|| indicator.clone(), |v| v[n].clone());
        sc.push(Target {
            indicator: name,
            relation: r.relation,
            relation_text: Text::word(r.word),
            quantity: sc.quantities[qi].clone(),
            respectively: true,
            span: Span::new(is.min(r.at.0), e),
            id: TargetId::default(),
            task: None,
            task_id: None,
            section: Default::default(),
            achieved: false,
            extra: words(ql.or(at.hedge), at.hedge),
        });
    }
    Some(next)
}
