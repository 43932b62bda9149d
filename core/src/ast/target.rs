//! Quantified targets: a quantity (number, unit, base value) and how it relates to the
//! indicator it is written with.

use super::{Span, Text};

/// How a written number relates to the true value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Approx {
    /// At least this much: 3000多, 二百三十余万, 逾, 超, 上百.
    Over,
    /// A little under: 近700万元.
    Under,
    /// Roughly: 约.
    About,
    /// An unspecified count of this magnitude: 数百万, 几十.
    Several,
}

/// What a unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuantityKind {
    /// Percent (%), per mille or percentage points (个百分点).
    Percent,
    /// Money; see [`Quantity::currency`].
    Money,
    /// A unit of measure (亩, 公里, 平方米, 兆瓦, 吨…).
    Measure,
    /// A count of things (家, 个, 项, 人次…), or a bare scale (万).
    Count,
    /// A ratio a:b.
    Ratio,
}

/// A number with its unit, as written and in base units. The rarer facts (a range's upper
/// end, an approximation, a currency) are read through methods: they are kept apart, so a
/// quantity without them is 24 bytes smaller.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(from = "QuantityFields"))]
pub struct Quantity {
    /// The number as written, before any scale (18.8 for 18.8亿元; the lower end of a range).
    pub value: f64,
    /// The unit as written, scale included (亿元, %, 个百分点, 万亩, 家).
    pub unit: Text,
    /// The value in base units (1880000000 for 18.8亿元).
    pub base_value: f64,
    /// The base unit: 元 for money, % for percent, 个百分点, 米, 平方米, 瓦, 吨; for counts the
    /// counter word in simplified script (家, 个); "1" for a bare scale.
    pub base_unit: Text,
    /// What the unit measures.
    pub kind: QuantityKind,
    /// Byte span of the whole quantity (relative to the text searched; in a [`crate::Document`]
    /// it indexes the source).
    pub span: Span,
    /// Upper end, approximation and currency, when any is written.
    pub(crate) extra: Option<Box<QuantityExtra>>,
}

/// The facts few quantities have, boxed apart.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct QuantityExtra {
    pub upper: Option<f64>,
    pub approx: Option<Approx>,
    pub currency: Option<Text>,
}

impl QuantityExtra {
    /// The extra facts, boxed, or `None` when there are none.
    pub(crate) fn boxed(
        upper: Option<f64>,
        approx: Option<Approx>,
        currency: Option<Text>,
    ) -> Option<Box<QuantityExtra>> {
        (upper.is_some() || approx.is_some() || currency.is_some()).then(|| {
            Box::new(QuantityExtra {
                upper,
                approx,
                currency,
            })
        })
    }
}

impl Quantity {
    /// Upper end of a range (3 for 2-3个, 15 for 10%~15%).
    pub fn upper(&self) -> Option<f64> {
        self.extra.as_ref().and_then(|x| x.upper)
    }

    /// Approximation written with the number (近, 多, 余, 数, 几).
    pub fn approx(&self) -> Option<Approx> {
        self.extra.as_ref().and_then(|x| x.approx)
    }

    /// ISO currency code for money (CNY, USD).
    pub fn currency(&self) -> Option<&str> {
        self.extra.as_ref().and_then(|x| x.currency.as_deref())
    }
}

/// A [`Quantity`] as JSON: every fact a field, in the order JSON has always had (the rare
/// ones `null` when absent), written straight from the quantity.
#[cfg(feature = "serde")]
impl serde::Serialize for Quantity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut q = serializer.serialize_struct("Quantity", 9)?;
        q.serialize_field("value", &self.value)?;
        q.serialize_field("upper", &self.upper())?;
        q.serialize_field("approx", &self.approx())?;
        q.serialize_field("unit", &self.unit)?;
        q.serialize_field("base_value", &self.base_value)?;
        q.serialize_field("base_unit", &self.base_unit)?;
        q.serialize_field("kind", &self.kind)?;
        q.serialize_field("currency", &self.currency())?;
        q.serialize_field("span", &self.span)?;
        q.end()
    }
}

/// What JSON holds of a [`Quantity`], read back: the fields [`Quantity`]'s `Serialize` writes.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
struct QuantityFields {
    value: f64,
    upper: Option<f64>,
    approx: Option<Approx>,
    unit: Text,
    base_value: f64,
    base_unit: Text,
    kind: QuantityKind,
    currency: Option<Text>,
    span: Span,
}

#[cfg(feature = "serde")]
impl From<QuantityFields> for Quantity {
    fn from(q: QuantityFields) -> Self {
        Quantity {
            value: q.value,
            unit: q.unit,
            base_value: q.base_value,
            base_unit: q.base_unit,
            kind: q.kind,
            span: q.span,
            extra: QuantityExtra::boxed(q.upper, q.approx, q.currency),
        }
    }
}

// Values are finite numbers parsed from digits (never NaN), so equality is total.
impl Eq for Quantity {}

/// How a target's quantity relates to its indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Relation {
    /// 增长 / 同比增长 / 年均增长: growth rate.
    Growth,
    /// 达到 / 达 / 保持在 / 提高到: reach a level.
    Reach,
    /// 控制在 / 不超过: at most.
    AtMost,
    /// 突破 / 超过: exceed.
    Exceed,
    /// 不低于 / 不少于: at least.
    AtLeast,
    /// 提高 / 提升 / 增加: increase by.
    Increase,
    /// 下降 / 降低 / 减少: decrease by.
    Decrease,
    /// 缩小到 / 降至: reduce to.
    ReduceTo,
    /// 新增 / 培育 / 引进: add.
    Add,
    /// 完成 / 实现: complete.
    Complete,
    /// 实施 / 推进 / 开展 / 改造: carry out.
    Implement,
    /// 建设 / 新建 / 建成 / 开工: build.
    Build,
}

impl Relation {
    /// The snake_case name used by the CLI and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Growth => "growth",
            Relation::Reach => "reach",
            Relation::AtMost => "at_most",
            Relation::Exceed => "exceed",
            Relation::AtLeast => "at_least",
            Relation::Increase => "increase",
            Relation::Decrease => "decrease",
            Relation::ReduceTo => "reduce_to",
            Relation::Add => "add",
            Relation::Complete => "complete",
            Relation::Implement => "implement",
            Relation::Build => "build",
        }
    }

    /// Relations that state a level or a rate of an indicator written before them
    /// (生产总值增长…); the others are actions whose object may follow (新建…平台25家).
    pub(crate) fn is_level(self) -> bool {
        !matches!(
            self,
            Relation::Add | Relation::Complete | Relation::Implement | Relation::Build
        )
    }
}

/// A quantified target. The qualifier and hedge, which few targets have, are read through
/// methods (kept apart: a target without them is 24 bytes smaller).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(from = "TargetFields"))]
pub struct Target {
    /// Its id: its index among every figure of the document (targets and achievements).
    pub id: super::TargetId,
    /// The indicator phrase (生产总值, 市级以上创新平台), pinyin readings removed.
    pub indicator: Text,
    /// The relation.
    pub relation: Relation,
    /// The relation word as written (增长, 控制在, 達到).
    pub relation_text: Text,
    /// The quantity.
    pub quantity: Quantity,
    /// True when 分别 distributed a list of values over a list of indicators.
    pub respectively: bool,
    /// From the indicator (or relation) to the end of the qualifier.
    pub span: Span,
    /// Number of the task it belongs to, if it is in a task (as written: tasks may repeat
    /// a number or have none; `task_id` tells them apart).
    pub task: Option<u32>,
    /// The id of the task it belongs to, if it is in a task.
    pub task_id: Option<super::TaskId>,
    /// Titles of the headings above it, outermost first (shared by the nodes of a section).
    pub section: super::SectionPath,
    /// True for a figure that reports a past result (in a review of past work) rather than
    /// a target set; such figures are left out of [`crate::Document::targets`].
    pub achieved: bool,
    /// Qualifier and hedge, when either is written.
    pub(crate) extra: Option<Box<TargetExtra>>,
}

/// The words few targets have, boxed apart.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct TargetExtra {
    pub qualifier: Option<Text>,
    pub hedge: Option<Text>,
}

impl TargetExtra {
    /// The words, boxed, or `None` when there are none.
    pub(crate) fn boxed(qualifier: Option<Text>, hedge: Option<Text>) -> Option<Box<TargetExtra>> {
        (qualifier.is_some() || hedge.is_some()).then(|| Box::new(TargetExtra { qualifier, hedge }))
    }
}

/// A [`Target`] as JSON: every field, in the order JSON has always had (qualifier and hedge
/// `null` when absent, `task_id` left out when none), written straight from the target.
#[cfg(feature = "serde")]
impl serde::Serialize for Target {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let fields = if self.task_id.is_some() { 13 } else { 12 };
        let mut t = serializer.serialize_struct("Target", fields)?;
        t.serialize_field("id", &self.id)?;
        t.serialize_field("indicator", &self.indicator)?;
        t.serialize_field("relation", &self.relation)?;
        t.serialize_field("relation_text", &self.relation_text)?;
        t.serialize_field("quantity", &self.quantity)?;
        t.serialize_field("qualifier", &self.qualifier())?;
        t.serialize_field("hedge", &self.hedge())?;
        t.serialize_field("respectively", &self.respectively)?;
        t.serialize_field("span", &self.span)?;
        t.serialize_field("task", &self.task)?;
        match self.task_id {
            Some(id) => t.serialize_field("task_id", &id)?,
            None => t.skip_field("task_id")?,
        }
        t.serialize_field("section", &self.section)?;
        t.serialize_field("achieved", &self.achieved)?;
        t.end()
    }
}

/// What JSON holds of a [`Target`], read back: the fields [`Target`]'s `Serialize` writes.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
struct TargetFields {
    #[serde(default)]
    id: super::TargetId,
    indicator: Text,
    relation: Relation,
    relation_text: Text,
    quantity: Quantity,
    qualifier: Option<Text>,
    hedge: Option<Text>,
    respectively: bool,
    span: Span,
    task: Option<u32>,
    #[serde(default)]
    task_id: Option<super::TaskId>,
    section: super::SectionPath,
    #[serde(default)]
    achieved: bool,
}

#[cfg(feature = "serde")]
impl From<TargetFields> for Target {
    fn from(t: TargetFields) -> Self {
        Target {
            id: t.id,
            indicator: t.indicator,
            relation: t.relation,
            relation_text: t.relation_text,
            quantity: t.quantity,
            respectively: t.respectively,
            span: t.span,
            task: t.task,
            task_id: t.task_id,
            section: t.section,
            achieved: t.achieved,
            extra: TargetExtra::boxed(t.qualifier, t.hedge),
        }
    }
}

// Quantities are never NaN, so equality is total.
impl Eq for Target {}

impl Target {
    /// Qualifier as written: 以上, 以内, 以下, 左右 after the quantity; else 力争/确保 before it.
    pub fn qualifier(&self) -> Option<&str> {
        self.extra.as_ref().and_then(|x| x.qualifier.as_deref())
    }

    /// 力争 / 确保 / 争取 when written in the clause.
    pub fn hedge(&self) -> Option<&str> {
        self.extra.as_ref().and_then(|x| x.hedge.as_deref())
    }

    /// Move every span by `f` (used to turn offsets in a cleaned line into source offsets).
    pub fn map_spans(&mut self, f: impl Fn(usize) -> usize) {
        self.span = Span::new(f(self.span.start()), f(self.span.end()));
        self.quantity.span = Span::new(f(self.quantity.span.start()), f(self.quantity.span.end()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rare_facts_are_kept_apart() {
        // One of each per figure: a document holds many (was 104 and 232 bytes; 80 and 184 before spans took u32 offsets , section paths a thin pointer and the task number u32).
        assert_eq!(std::mem::size_of::<Quantity>(), 72);
        assert_eq!(std::mem::size_of::<Target>(), 152);
    }
}
