//! Date and deadline words: the marks after a year, month and day, the words that make a date
//! a deadline (底, 前, 第一季度, 年底, 长期), and the words of periods (每季度, 全年, 用3年时间).

/// The mark after a year's number (2024年), also the unit of a span of years.
pub(crate) const YEAR_MARK: &str = "年";

/// The mark after a month's number (6月).
pub(crate) const MONTH_MARK: &str = "月";

/// The marks after a day's number (27日, 5号), any one of these characters.
pub(crate) const DAY_MARKS: &str = "日号號"; // 號: traditional twin until the folded view lands

/// Characters of a date with a digit before them in a phrase (5月底, 2024年): a time, not a
/// name.
pub(crate) const DATE_MARK_CHARS: &[char] = &['月', '年', '日'];

/// Words saying work goes on with no end date (长期坚持, 持续推进, 常态化): an ongoing
/// deadline. Tried in order, longer words before their prefixes.
pub(crate) const ONGOING_WORDS: &[&str] = &[
    "长期坚持",
    "长期",
    "持续推进",
    "持续",
    "常态化",
    // traditional twins until the folded view lands
    "長期堅持",
    "長期",
    "持續推進",
    "持續",
];

/// Words that may open a deadline and say nothing (于6月底前, 在年底前).
pub(crate) const DEADLINE_OPENERS: &[&str] = &["于", "在"];

/// Words after a month saying which part of it a deadline means (6月底, 6月中旬). Tried in
/// order: 中旬 before 中.
pub(crate) const MONTH_PART_WORDS: &[&str] = &["底", "末", "中旬", "上旬", "下旬", "中"];

/// The ordinal before a quarter's number (第一季度).
pub(crate) const ORDINAL_PREFIX: &str = "第";

/// The numerals of the four quarters, first to fourth (第一季度); ASCII 1–4 count too.
pub(crate) const QUARTER_NUMERALS: &[char] = &['一', '二', '三', '四'];

/// The word after a quarter's numeral (第一季度, 一季). Tried in order.
pub(crate) const QUARTER_WORDS: &[&str] = &["季度", "季"];

/// Words after a quarter or a recurrence saying its end (第一季度末, 每月底).
pub(crate) const PERIOD_END_WORDS: &[&str] = &["末", "底"];

/// Words naming the end of the year as a deadline (年底前, 年内).
pub(crate) const YEAR_END_WORDS: &[&str] = &["年底", "年末", "年内", "全年"];

/// The first half of the year as a deadline (上半年: June).
pub(crate) const FIRST_HALF_YEAR: &str = "上半年";

/// The second half of the year as a deadline (下半年: December).
pub(crate) const SECOND_HALF_YEAR: &str = "下半年";

/// Words after a date that make it a deadline (6月底前, 年底以前).
pub(crate) const BEFORE_WORDS: &[&str] = &["前", "以前", "之前"];

/// How a deadline phrase found inside a task's text ends, for it to count (6月底前, 年底,
/// 第三季度).
pub(crate) const IN_TEXT_DEADLINE_ENDINGS: &[&str] = &["前", "年底", "季度"];

/// Labels a clause segment may open with before its deadline (完成时限：6月底前).
pub(crate) const SEGMENT_DEADLINE_LABELS: &[&str] = &[
    "完成时限",
    "完成时间",
    "时间节点",
    // traditional twins until the folded view lands
    "完成時限",
];

/// Characters of 完成 after a deadline (9月底前完成), trimmed from its end.
pub(crate) const DONE_CHARS: &[char] = &['完', '成'];

/// Labels announcing a deadline (完成时限：, 时间节点：). Tried in order: 时限要求 before 时限.
pub(crate) const DEADLINE_LABELS: &[&str] = &[
    "完成时限",
    "完成时间",
    "时间节点",
    "时限要求",
    "时限",
    // traditional twins until the folded view lands
    "完成時限",
    "完成時間",
    "時間節點",
    "時限",
];
