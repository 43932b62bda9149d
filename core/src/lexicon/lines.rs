//! Words that give a line of an official document its kind (GB/T 9704 front and back
//! matter): the doc number, the issuer mark, the meeting line under a title, salutations,
//! attachments, copies sent (抄送), the printing line (印发), notes (（此件…）).

// Lists that `lex::lines::classify` reads against the folded view (the line half width
// and simplified) are written once, folded; lists other stages match against text as
// written keep traditional twins until those stages read the view too.

/// What a doc number ends with (济政〔2024〕12号).
pub(crate) const DOC_NUMBER_ENDINGS: &[char] = &['号', '號'];

/// What the issuer mark ends with (某市人民政府文件).
pub(crate) const ISSUER_MARK_ENDING: &str = "文件";

/// Where a text was delivered (…在…大会上): words of a meeting line.
pub(crate) const MEETING_DELIVERED_WORDS: &[&str] = &["会议上", "大会上"];

/// A meeting (会议), named in a line that says a text was adopted at one.
pub(crate) const MEETING_WORDS: &[&str] = &["会议"];

/// What a meeting did to a text (通过, 审议), in a meeting line.
pub(crate) const MEETING_ADOPTED_WORDS: &[&str] = &["通过", "审议"];

/// Openings of a work report's salutation (各位代表：).
pub(crate) const SALUTATIONS: &[&str] = &[
    "各位代表",
    "各位委员",
    "各位政协委员",
    "同志们",
    "各位同志",
    "各位来宾",
];

/// What an attachment line opens with (附件：1.…).
pub(crate) const ATTACHMENT_OPENING: &str = "附件";

/// Openings of the copies-sent line (抄送：…).
pub(crate) const CC_OPENINGS: &[&str] = &["抄送:", "抄送"];

/// What the printing line ends with (某市人民政府办公室 2024年1月2日印发).
pub(crate) const PRINTING_ENDINGS: &[&str] = &["印发"];

/// Openings of a note under the signature (（此件公开发布）).
pub(crate) const NOTE_OPENINGS: &[&str] = &["(此件"];

/// The collective an addressee list may name without a unit ending (…各部门).
pub(crate) const ADDRESSEE_ALL_DEPARTMENTS: &str = "各部门";

/// What an addressee distributed to every unit of a kind opens with (各区县人民政府).
pub(crate) const ADDRESSEE_EACH: char = '各';

/// Characters of a written date (2024年2月20日).
pub(crate) const YEAR_MARK: char = '年';
pub(crate) const MONTH_MARK: char = '月';
pub(crate) const DAY_MARK: char = '日';
