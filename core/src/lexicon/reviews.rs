//! Review words: a section or paragraph that reports past work (工作回顾, 过去一年) holds
//! achievements, not targets. Traditional twins until the folded view reaches this pass.

/// Section titles that review past work (2018年工作回顾, 过去五年工作总结).
pub(crate) const REVIEW_TITLES: &[&str] = &[
    "回顾",
    "回顧",
    "总结",
    "總結",
    "过去",
    "過去",
    "成绩",
    "成績",
    "成就",
    "一年来",
    "一年來",
    "五年来",
    "五年來",
];

/// Openings of paragraphs that report what was done (过去一年, 五年来).
pub(crate) const REVIEW_OPENERS: &[&str] = &[
    "过去一年",
    "過去一年",
    "过去五年",
    "過去五年",
    "一年来",
    "一年來",
    "五年来",
    "五年來",
    "去年",
    "上年",
    "回顾",
    "回顧",
];
