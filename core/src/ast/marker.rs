//! The numbering styles of heading and item markers.

/// The numbering style of a marker. Its rank orders the GB/T 9704 heading levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum MarkerStyle {
    /// 第一章
    Chapter,
    /// 第一节
    SectionPart,
    /// 第一条
    Article,
    /// 一、
    Hanzi,
    /// （一） or (一)
    ParenHanzi,
    /// 1. 1、 1．
    Arabic,
    /// （1） or (1)
    ParenArabic,
    /// ①
    Circled,
    /// No marker: a stand-alone short heading line or a run-in heading.
    Unnumbered,
}

impl MarkerStyle {
    /// Position in the GB/T 9704 order (smaller is higher).
    pub fn rank(self) -> u8 {
        match self {
            MarkerStyle::Chapter => 0,
            MarkerStyle::SectionPart => 1,
            MarkerStyle::Article => 2,
            MarkerStyle::Hanzi => 3,
            MarkerStyle::ParenHanzi => 4,
            MarkerStyle::Arabic => 5,
            MarkerStyle::ParenArabic => 6,
            MarkerStyle::Circled => 7,
            MarkerStyle::Unnumbered => 8,
        }
    }
}
