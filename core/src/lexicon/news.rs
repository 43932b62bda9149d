//! Words of meeting news: statements (会议强调…), datelines (新华社北京5月7日电, 本报讯),
//! reporters and attendees.

// Lists that `lex::lines::classify` reads against the folded view (the line half width
// and simplified) are written once, folded; lists other stages match against text as
// written keep traditional twins until those stages read the view too.

/// The subject of a statement line (会议强调…).
pub(crate) const STATEMENT_SUBJECTS: &[&str] = &["会议", "會議"];

/// Verbs after 会议 that open a statement, longer forms before their prefixes.
pub(crate) const STATEMENT_VERBS: &[&str] = &[
    "强调",
    "強調",
    "指出",
    "要求",
    "认为",
    "認為",
    "研究了",
    "研究",
    "听取了",
    "聽取了",
    "听取",
    "审议通过了",
    "審議通過了",
    "审议了",
    "審議了",
    "审议",
    "决定",
    "決定",
    "传达学习了",
    "傳達學習了",
    "传达",
    "傳達",
    "部署",
    "还研究了",
    "還研究了",
    "还听取了",
    "号召",
    "號召",
    "明确",
    "提出",
];

/// Statements written inside a paragraph rather than opening a line (…。会议指出，…).
pub(crate) const RUN_IN_STATEMENTS: &[&str] = &[
    "会议指出",
    "会议强调",
    "会议要求",
    "会议认为",
    "会议决定",
    "会议研究",
    "会议听取",
    "会议审议",
    "會議指出",
    "會議強調",
    "會議要求",
    "會議認為",
    "會議決定",
    "會議研究",
];

/// What ends a news agency's name in a dateline (济源网讯, 本报讯).
pub(crate) const DATELINE_AGENCY_ENDINGS: &[char] = &['讯', '訊'];

/// A reporter, named in a dateline (记者 郑海波).
pub(crate) const REPORTER_WORDS: &[&str] = &["记者", "記者"];

/// An agency's name opening directly on its bracketed reporter (济源网讯(记者…)).
pub(crate) const DATELINE_AGENCY_BRACKETS: &[&str] = &["讯("];

/// The news agency whose datelines read 新华社北京5月7日电.
pub(crate) const XINHUA: &[&str] = &["新华社"];

/// What ends a Xinhua dateline (…5月7日电).
pub(crate) const WIRE_DISPATCH: char = '电';

/// Datelines of a paper's or site's own reports (本报讯, 本網訊).
pub(crate) const OWN_REPORT_DATELINES: &[&str] = &["本报讯", "本网讯"];

/// Those present at a meeting (张三、李四出席会议).
pub(crate) const ATTENDEE_PRESENT_WORDS: &[&str] = &["出席会议", "出席會議"];

/// Those who sat in on a meeting (列席会议).
pub(crate) const ATTENDEE_OBSERVER_WORDS: &[&str] = &["列席会议", "列席會議"];
