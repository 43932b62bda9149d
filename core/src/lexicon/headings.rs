//! Words that decide whether a line is a heading, and what a heading or paragraph holds.

/// Characters an unnumbered heading never ends with: a line ending so breaks off mid-phrase
/// (…的, …和, …为).
pub(crate) const DANGLING_ENDINGS: &[char] = &['是', '的', '了', '和', '与', '及', '在', '为'];

/// Words of a byline (记者 张三, 通讯员, 作者, 编辑, 摄影): a line holding one is no heading.
// Traditional twins until the folded view lands.
pub(crate) const BYLINE_WORDS: &[&str] = &[
    "记者",
    "記者",
    "通讯员",
    "通訊員",
    "作者",
    "编辑",
    "編輯",
    "摄影",
    "攝影",
];

/// Openers of run-in list items in a paragraph (一是……二是……), in order; every opener has
/// the same length.
pub(crate) const LIST_ITEM_OPENERS: &[&str] = &[
    "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
];

/// What follows the colon of a glossary entry (`“专精特新”企业：指……`).
pub(crate) const DEFINITION_WORDS: &[&str] = &["指", "是指", "即", "系指", "特指"];

/// The name of Word's heading styles in a Chinese template (标题 2), beside `heading 2`.
pub(crate) const HEADING_STYLE_NAME: &str = "标题";
