//! The characters of numbered markers: 第X章/节/条, and what may or may not follow a number
//! for it to be a marker rather than a quantity or a date.

// Traditional twins until the folded view lands: markers are read as written.

/// What opens an ordinal marker (第三条, 第一章).
pub(crate) const ORDINAL_OPENING: &str = "第";

/// The units of ordinal markers: 章 (chapter), 节 (section), 条 (article), both scripts.
pub(crate) const ORDINAL_UNITS: &str = "章节節条條";
pub(crate) const CHAPTER_UNIT: char = '章';
pub(crate) const SECTION_UNITS: &[char] = &['节', '節'];

/// Characters that after a zero-padded number (05年, 09时) make it a date or a time, not a
/// marker (01概况).
pub(crate) const PADDED_NUMBER_DATE_WORDS: &str = "年月日号時时点";

/// Units that after a decimal (3.5亿元, 2.18万) make it a quantity even with a long fraction.
pub(crate) const DECIMAL_QUANTITY_UNITS: &str = "万亿千百元倍";

/// What after `N.M` makes the dot a marker's (79.6月底前) rather than a decimal point.
pub(crate) const AFTER_MARKER_NOT_DECIMAL: &[char] = &['月', '年', '日', '个', '個', '、'];
