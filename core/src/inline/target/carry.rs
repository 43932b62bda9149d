//! Quantities with no relation word of their own: a level stated by a noun and an amount
//! (入驻率80%以上), or the next item of a list the clause's relation carries over to
//! (建设集中式充电站20个、充电桩400个).

use super::relations::noun_after;
use super::scan::{At, InForce, Scanner};
use super::trim::indicator_range;
use super::{Relation, Target};
use crate::ast::{TargetExtra, TargetId};
use crate::inline::quantity::QuantityKind;
use crate::lexicon::targets::{ETC, LIST_JOINERS};
use crate::{Span, Text};

/// A target's qualifier and hedge, lexicon words (one shared copy per parse), boxed apart.
pub(super) fn words(
    qualifier: Option<&'static str>,
    hedge: Option<&'static str>,
) -> Option<Box<TargetExtra>> {
    TargetExtra::boxed(qualifier.map(Text::word), hedge.map(Text::word))
}

/// 入驻率80%以上, 总投资120亿元以上: the phrase before the amount is the indicator of a level.
pub(super) fn implicit_level(sc: &mut Scanner, at: &At) {
    let text = sc.text;
    let (is, ie) = indicator_range(text, at.seg_start, at.qs);
    if ie <= is {
        return;
    }
    sc.push(Target {
        indicator: Text::of(&text[is..ie]),
        relation: Relation::Reach,
        relation_text: Text::default(),
        quantity: at.q.clone(),
        respectively: false,
        span: Span::new(is, at.qend),
        id: TargetId::default(),
        task: None,
        task_id: None,
        section: Default::default(),
        achieved: false,
        extra: words(at.qualifier.or(at.hedge), at.hedge),
    });
    sc.in_force = Some(InForce {
        clause: at.clause,
        relation: Relation::Reach,
        word: "",
        hedge: at.hedge,
    });
}

/// 建设集中式充电站20个、充电桩400个: the relation in force in the clause carries over to a
/// value that only a list word separates from the last. Returns where the reading ends.
pub(super) fn carry_over(sc: &mut Scanner, at: &At) -> usize {
    let mut qend = at.qend;
    let Some(InForce {
        relation,
        word,
        hedge,
        ..
    }) = sc.in_force
    else {
        return qend;
    };
    let text = sc.text;
    let (seg, qs) = (at.seg, at.qs);
    let (is, ie) = if at.seg_lead.trim().is_empty() {
        if relation.is_level() {
            (qs, qs)
        } else {
            noun_after(text, qend)
        }
    } else {
        indicator_range(text, at.seg_start, qs)
    };
    let inner = seg.trim_start().trim_start_matches(LIST_JOINERS);
    let only_list = (seg.trim_start().starts_with(LIST_JOINERS) || seg.trim().is_empty())
        && !inner.contains(['、', ETC])
        && (relation.is_level() || at.q.kind != QuantityKind::Percent);
    if ie > is && only_list {
        if is >= qend {
            qend = ie;
        }
        sc.push(Target {
            indicator: Text::of(&text[is..ie]),
            relation,
            relation_text: Text::word(word),
            quantity: at.q.clone(),
            respectively: false,
            span: Span::new(is.min(qs), qend.max(ie)),
            id: TargetId::default(),
            task: None,
            task_id: None,
            section: Default::default(),
            achieved: false,
            extra: words(at.qualifier.or(hedge), hedge),
        });
    }
    qend
}
