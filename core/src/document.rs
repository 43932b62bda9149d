//! The document and its node types. Every node carries a byte [`Span`] into the source the
//! [`Document`] owns; text fields are owned copies with pinyin readings left out.

pub use crate::inline::target::Target;
use crate::lex::markers::MarkerStyle;
use crate::{Diagnostic, Span};

/// A node's identity within its document: its place among the nodes of its kind in document
/// order (0-based). Unnumbered tasks have one; tasks that repeat a written number keep apart.
macro_rules! node_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(transparent))]
        #[repr(transparent)]
        pub struct $name(pub u32);

        impl $name {
            /// The id as an index into the document's list of such nodes.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

node_id!(
    /// A task's id: its index in [`Document::tasks`].
    TaskId
);
node_id!(
    /// A heading's id: its index in [`Document::outline`].
    HeadingId
);

/// What sort of document this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DocumentKind {
    /// A notice assigning numbered key tasks to responsible units (重点工作责任分工的通知).
    TaskNotice,
    /// A government work report (政府工作报告).
    WorkReport,
    /// A news report of a meeting (会议强调/指出…).
    MeetingNews,
    /// Any other official document (公文: 通知, 通报, 意见, 决定, 办法, 公报, 纪要…) that assigns
    /// no tasks: it has a genre in its title or a document number.
    Official,
    /// Other titled prose: articles, reposts, promotional texts.
    Article,
    /// Nothing recognisable (empty input, a fragment).
    #[default]
    Unknown,
}

impl DocumentKind {
    /// The snake_case name used by the CLI and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::TaskNotice => "task_notice",
            DocumentKind::WorkReport => "work_report",
            DocumentKind::MeetingNews => "meeting_news",
            DocumentKind::Official => "official",
            DocumentKind::Article => "article",
            DocumentKind::Unknown => "unknown",
        }
    }
}

/// A calendar date as written in the document (month/day may be unknown).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DateValue {
    /// Year, when written or known.
    pub year: Option<u32>,
    /// Month 1–12.
    pub month: Option<u32>,
    /// Day 1–31.
    pub day: Option<u32>,
    /// Where it is written.
    pub span: Span,
}

impl DateValue {
    /// `YYYY-MM-DD` when year, month and day are all known.
    pub fn iso(&self) -> Option<String> {
        Some(format!(
            "{:04}-{:02}-{:02}",
            self.year?, self.month?, self.day?
        ))
    }
}

/// The document's title, with its GB/T 9704 parts when they can be told apart.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Title {
    /// The title text, pinyin readings removed.
    pub text: String,
    /// Where the title is written (the chosen part, when a page title joins several).
    pub span: Span,
    /// 发文机关: the issuer, the part before 关于.
    pub issuer: Option<String>,
    /// 事由: the subject, between 关于 and the final 的.
    pub subject: Option<String>,
    /// 文种: the genre (通知, 意见, 报告…).
    pub genre: Option<String>,
}

/// 密级: a secrecy level of GB/T 9704 §7.2.2.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum SecrecyLevel {
    /// 绝密.
    TopSecret,
    /// 机密.
    Secret,
    /// 秘密.
    Confidential,
}

/// 紧急程度: how urgent a document is marked (GB/T 9704 §7.2.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Urgency {
    /// 特提 (telegrams).
    Immediate,
    /// 特急.
    VeryUrgent,
    /// 加急.
    Urgent,
    /// 平急 (telegrams).
    Prompt,
}

/// 发文字号: the document number, 济政〔2024〕5号.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DocNumber {
    /// The number as written.
    pub text: String,
    /// 发文机关代字: the issuing agency's code (济政, 国办发).
    pub agency: String,
    /// 年份.
    pub year: u16,
    /// 发文顺序号.
    pub seq: u32,
    /// Where it is written.
    pub span: Span,
}

/// The elements of an official document's head and foot (GB/T 9704-2012 版头 and 版记)
/// that are present; all empty for a document that is not one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Official {
    /// 份号: the copy number (six digits).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub copy_number: Option<String>,
    /// 密级.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub secrecy: Option<SecrecyLevel>,
    /// 保密期限: the term written after the level (1年, 长期).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub secrecy_term: Option<String>,
    /// 紧急程度.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub urgency: Option<Urgency>,
    /// 发文字号.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub doc_number: Option<DocNumber>,
    /// 签发人: signers named after the document number.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub signers: Vec<String>,
    /// 主送机关: the addressees, one a name.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub addressees: Vec<String>,
    /// 附件说明: the attachments' names, in order.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub attachments: Vec<String>,
    /// 抄送机关.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub cc: Vec<String>,
}

impl Official {
    /// True when no element was found.
    pub fn is_empty(&self) -> bool {
        *self == Official::default()
    }
}

/// A line or run of text kept as it is: its span and its cleaned text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TextBlock {
    /// Extent in the input, including the line terminator.
    pub span: Span,
    /// The text without indentation, terminator and pinyin readings.
    pub text: String,
}

/// Why a block is page chrome rather than document text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ChromeKind {
    /// Navigation, breadcrumbs and menus above the document.
    Navigation,
    /// A news lead-in before 原文如下.
    LeadIn,
    /// Footer text: disclaimers, 本文地址, comments, 验证码.
    Footer,
    /// Related-news teasers after the text.
    Teaser,
}

/// Page chrome: text of the web page around the document, kept but marked.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Chrome {
    /// Extent in the input.
    pub span: Span,
    /// The text.
    pub text: String,
    /// What kind of chrome.
    pub chrome: ChromeKind,
}

/// A heading: a marker (or none) and a title.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Heading {
    /// Its id: its index in [`Document::outline`].
    pub id: HeadingId,
    /// 1 is the top level.
    pub level: u8,
    /// The marker as written (`（一）`, `(一)`, `1.`), empty when unnumbered.
    pub marker: String,
    /// The marker's style.
    pub style: MarkerStyle,
    /// The number the marker carries.
    pub number: Option<u64>,
    /// The title without its marker, up to the line end or the first 。.
    pub title: String,
    /// From the marker to the end of the title.
    pub span: Span,
    /// True for a run-in heading: a short phrase ending in 。 that opens a paragraph.
    pub run_in: bool,
    /// Targets written in the title of a numbered heading (（一）新建5G基站200个。); a run-in
    /// heading's targets are its paragraph's.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub targets: Vec<Target>,
    /// The responsibility clause of a heading item that is not a task because the document
    /// numbers its tasks in another style (（一）……（责任单位：X） above 1﹒ tasks): kept, not lost.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub responsibility: Option<Box<Responsibility>>,
}

/// A section: a heading and everything under it up to the next heading of its level.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Section {
    /// Extent of heading and children.
    pub span: Span,
    /// The heading line.
    pub heading: Heading,
    /// Blocks under the heading, in order.
    pub children: Vec<Block>,
}

/// An item of a run-in list inside a paragraph (一是……二是……).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ListItem {
    /// 1 for 一是, 2 for 二是…
    pub number: u64,
    /// The opener as written (一是).
    pub marker: String,
    /// Extent from the marker to the item's end.
    pub span: Span,
    /// The item text after the marker.
    pub text: String,
}

/// A paragraph of running text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Paragraph {
    /// Extent in the input.
    pub span: Span,
    /// The text without indentation and pinyin readings.
    pub text: String,
    /// The run-in heading that opens it, if any (level one below its section).
    pub run_in: Option<Heading>,
    /// Its numbered marker when it opens with one but is not a heading or task.
    pub marker: Option<String>,
    /// 一是/二是 items.
    pub items: Vec<ListItem>,
    /// Quantified targets written in it (生产总值增长8%左右…).
    pub targets: Vec<Target>,
}

/// How a unit takes part in a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Role {
    /// Explicitly leads (X牵头, 牵头单位：X).
    Lead,
    /// Supports a lead (配合, 参与, 按职责分工负责 after a lead).
    Support,
    /// Responsible, alone or jointly, without a lead/support split (X负责).
    Responsible,
}

/// What sort of body a unit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum UnitKind {
    /// A government department, bureau, commission, office or centre.
    Department,
    /// A town or sub-district government (镇人民政府, 街道办事处), a development zone office.
    LocalGovernment,
    /// A company or group.
    Enterprise,
    /// A party body (市委…部, 团市委, 党工委).
    Party,
    /// A court or procuratorate.
    Judicial,
    /// A school, college or university.
    School,
    /// Anything else.
    Other,
}

/// A responsible unit of a task.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Unit {
    /// The name as written, without role words and 等相关单位.
    pub name: String,
    /// Simplified script, half-width parentheses, no spaces: for grouping.
    pub normalized: String,
    /// Its role in the task.
    pub role: Role,
    /// What sort of body it is.
    pub kind: UnitKind,
    /// Where the name is written.
    pub span: Span,
    /// Names a group rather than one body (各开发区管理办公室, 市政府各部门).
    pub collective: bool,
    /// Under a 各 that distributes over the list (镇人民政府 after 各开发区管理办公室).
    pub distributive: bool,
    /// Followed by 等相关单位/等单位/等: the list is open.
    pub and_others: bool,
}

/// A deadline or period attached to a task.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Deadline {
    /// As written (6月底前, 年底前, 长期坚持).
    pub text: String,
    /// Where it is written.
    pub span: Span,
    /// Year, when written or known from the document.
    pub year: Option<u32>,
    /// Last month of the deadline (6 for 6月底前, 12 for 年底前, 3 for 第一季度).
    pub month: Option<u32>,
    /// Day, when written.
    pub day: Option<u32>,
    /// True for ongoing work (长期, 持续推进).
    pub ongoing: bool,
}

impl Deadline {
    /// `YYYY-MM-DD` of the last day the deadline allows, when its year and month are known
    /// (2025年6月底前 → `2025-06-30`, 2024年3月15日前 → `2024-03-15`); `None` for ongoing
    /// work and when the year or month is not known.
    pub fn iso(&self) -> Option<String> {
        if self.ongoing {
            return None;
        }
        let (year, month) = (self.year?, self.month?);
        let last = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
            2 => 28,
            _ => return None,
        };
        let day = self.day.filter(|d| (1..=last).contains(d)).unwrap_or(last);
        Some(format!("{year:04}-{month:02}-{day:02}"))
    }
}

/// The responsibility clause of a task.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Responsibility {
    /// Extent of the clause (the parenthetical, or the labelled lines).
    pub span: Span,
    /// Units in the order written.
    pub units: Vec<Unit>,
    /// People named as 责任领导 (not units).
    pub leaders: Vec<String>,
}

/// A task: a numbered item with (or, in a task notice, expected to have) responsible units.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Task {
    /// Its id: its index in [`Document::tasks`].
    pub id: TaskId,
    /// Extent of the whole task, responsibility lines included.
    pub span: Span,
    /// The number as written, `None` for an unnumbered task.
    pub number: Option<u64>,
    /// The marker as written.
    pub marker: String,
    /// The task text without marker and responsibility clause.
    pub text: String,
    /// Where that text is.
    pub text_span: Span,
    /// Titles of the headings above it, outermost first.
    pub section: Vec<String>,
    /// The responsibility clause, if any.
    pub responsibility: Option<Responsibility>,
    /// The deadline, if any.
    pub deadline: Option<Deadline>,
    /// Quantified targets written in the task text.
    pub targets: Vec<Target>,
}

impl Task {
    /// Units of the task in the order written (empty without a clause).
    pub fn units(&self) -> &[Unit] {
        self.responsibility.as_ref().map_or(&[], |r| &r.units)
    }

    /// Names of the units that lead.
    pub fn lead(&self) -> impl Iterator<Item = &str> {
        self.units()
            .iter()
            .filter(|u| u.role == Role::Lead)
            .map(|u| u.name.as_str())
    }
}

/// A meeting-news dateline: 济源网讯(记者 郑海波)5月7日.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct NewsDateline {
    /// Extent of the whole line.
    pub span: Span,
    /// The line text.
    pub text: String,
    /// The news source (济源网讯).
    pub source: Option<String>,
    /// Reporters named (郑海波).
    pub reporters: Vec<String>,
    /// The date, as far as written.
    pub date: Option<DateValue>,
}

/// An attendee list: names before 出席会议/列席会议.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Attendees {
    /// Extent of the whole line.
    pub span: Span,
    /// The line text.
    pub text: String,
    /// Names that attended (出席).
    pub present: Vec<String>,
    /// Names that sat in (列席).
    pub observers: Vec<String>,
}

/// A statement of a meeting: 会议强调/指出/要求/研究了….
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Statement {
    /// Extent of the line.
    pub span: Span,
    /// The verb (强调, 指出, 要求, 研究了…).
    pub verb: String,
    /// The text after the verb.
    pub text: String,
}

/// A block of the document. Top-level blocks' spans tile the input.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "type", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Block {
    /// Blank lines.
    Blank(TextBlock),
    /// Page chrome around the document.
    Chrome(Chrome),
    /// The title line(s).
    Title(TextBlock),
    /// 发文机关标志 (XX人民政府文件).
    IssuerMark(TextBlock),
    /// 发文字号 (济政〔2024〕12号).
    DocNumber(TextBlock),
    /// 主送机关: the addressee line ending in ：.
    Addressees(TextBlock),
    /// The meeting line of a work report (―二O一九年二月十六日在…会议上).
    MeetingLine(TextBlock),
    /// The speaker of a work report (市长 石迎军).
    Speaker(TextBlock),
    /// A salutation (各位代表：).
    Salutation(TextBlock),
    /// A section with its heading.
    Section(Box<Section>),
    /// Running text (boxed: the enum stays small for the many one-line blocks).
    Paragraph(Box<Paragraph>),
    /// A task.
    Task(Box<Task>),
    /// 附件说明 or 附件.
    Attachment(TextBlock),
    /// 发文机关署名.
    Signature(TextBlock),
    /// 成文日期 on its own line.
    DateLine(TextBlock),
    /// 附注 such as （此件公开发布）.
    Note(TextBlock),
    /// 抄送.
    Cc(TextBlock),
    /// 印发机关和印发日期.
    Printing(TextBlock),
    /// A news dateline.
    Dateline(Box<NewsDateline>),
    /// A meeting's attendees.
    Attendees(Box<Attendees>),
    /// A meeting's statement.
    Statement(Statement),
}

impl Block {
    /// The block's extent in the input.
    pub fn span(&self) -> Span {
        match self {
            Block::Blank(b)
            | Block::Title(b)
            | Block::IssuerMark(b)
            | Block::DocNumber(b)
            | Block::Addressees(b)
            | Block::MeetingLine(b)
            | Block::Speaker(b)
            | Block::Salutation(b)
            | Block::Attachment(b)
            | Block::Signature(b)
            | Block::DateLine(b)
            | Block::Note(b)
            | Block::Cc(b)
            | Block::Printing(b) => b.span,
            Block::Chrome(c) => c.span,
            Block::Section(s) => s.span,
            Block::Paragraph(p) => p.span,
            Block::Task(t) => t.span,
            Block::Dateline(d) => d.span,
            Block::Attendees(a) => a.span,
            Block::Statement(s) => s.span,
        }
    }

    /// Child blocks (only sections have them).
    pub fn children(&self) -> &[Block] {
        match self {
            Block::Section(s) => &s.children,
            _ => &[],
        }
    }
}

/// One row of the responsibility matrix: a unit and the tasks it takes part in.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct UnitSummary {
    /// The name as first written.
    pub name: String,
    /// The normalized name rows are grouped by.
    pub normalized: String,
    /// What sort of body.
    pub kind: UnitKind,
    /// The tasks it leads.
    pub lead: Vec<TaskId>,
    /// The tasks it supports.
    pub support: Vec<TaskId>,
    /// The tasks it is responsible for without a lead/support split.
    pub responsible: Vec<TaskId>,
    /// Every task it takes part in, in document order.
    pub tasks: Vec<TaskId>,
}

/// A lead rule a document states about itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum LeadRule {
    /// 排在第一位的部门为牵头部门: the first-listed unit of a task leads it.
    FirstListed,
    /// 无牵头单位的，责任单位即为牵头单位: where no lead is named, every responsible unit leads.
    ResponsibleAreLead,
}

/// Where a document states its lead rule, and which rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DeclaredLeadRule {
    /// The rule.
    pub rule: LeadRule,
    /// Where the sentence stating it is written.
    pub span: Span,
}

/// A parsed document. Owns its source; every node's span indexes [`Document::source`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Document {
    pub(crate) source: String,
    pub(crate) encoding: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "crate::ReadInfo::is_plain")
    )]
    pub(crate) read: crate::ReadInfo,
    pub(crate) kind: DocumentKind,
    pub(crate) title: Option<Title>,
    pub(crate) date: Option<DateValue>,
    pub(crate) blocks: Vec<Block>,
    pub(crate) diagnostics: Vec<Diagnostic>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) lead_rule: Option<DeclaredLeadRule>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Official::is_empty")
    )]
    pub(crate) official: Official,
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) chars: LazyCharIndex,
}

impl Document {
    /// The input text (decoded when parsed from bytes).
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The encoding the bytes were decoded from, `None` when parsed from `&str`.
    pub fn encoding(&self) -> Option<&str> {
        self.encoding.as_deref()
    }

    /// The lead rule the document states about itself (applied to every task that marks no
    /// lead of its own), if it states one.
    pub fn lead_rule(&self) -> Option<&DeclaredLeadRule> {
        self.lead_rule.as_ref()
    }

    /// The format the input was read as ([`crate::Format::Text`] for `&str` input).
    pub fn format(&self) -> crate::Format {
        self.read.format
    }

    /// Everything the read stage learnt besides the text: HTML chrome regions, the page's
    /// `<title>` and metadata, DOCX numbering markers and heading styles.
    pub fn read_info(&self) -> &crate::ReadInfo {
        &self.read
    }

    /// HTML: navigation, header, footer, breadcrumb, share and related-link regions of the
    /// page (their text is kept in the source; the outline marks their lines as chrome).
    /// Empty for other formats.
    pub fn chrome_regions(&self) -> &[crate::ChromeRegion] {
        &self.read.chrome
    }

    /// DOCX: markers rendered from Word's automatic numbering, in document order.
    pub fn numbering_markers(&self) -> &[crate::NumberedMarker] {
        &self.read.numbering
    }

    /// What sort of document.
    pub fn kind(&self) -> DocumentKind {
        self.kind
    }

    /// The document's own title (not page chrome), pinyin readings removed.
    pub fn title(&self) -> Option<&Title> {
        self.title.as_ref()
    }

    /// The GB/T 9704 elements found: document number, signers, addressees, attachments, cc,
    /// copy number, secrecy and urgency (each empty when absent).
    pub fn official(&self) -> &Official {
        &self.official
    }

    /// Signing or issue date (成文日期, or the date of the meeting a report was given at).
    pub fn date(&self) -> Option<&DateValue> {
        self.date.as_ref()
    }

    /// Top-level blocks; their spans tile the input.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// Diagnostics: oddities found while parsing.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The text a span covers.
    ///
    /// # Panics
    /// Never for spans taken from this document; a foreign span out of range panics.
    pub fn text(&self, span: Span) -> &str {
        &self.source[span.range()]
    }

    /// Every block in document order, depth first, with its depth (0 = top level).
    pub fn walk(&self) -> Walk<'_> {
        Walk {
            stack: vec![(0, self.blocks.iter())],
        }
    }

    /// Headings in document order, run-in headings included (see [`Heading::run_in`]).
    pub fn outline(&self) -> Vec<&Heading> {
        let mut out = Vec::new();
        for (_, b) in self.walk() {
            match b {
                Block::Section(s) => out.push(&s.heading),
                Block::Paragraph(p) => out.extend(p.run_in.as_ref()),
                _ => {}
            }
        }
        out
    }

    /// Tasks in document order.
    pub fn tasks(&self) -> Vec<&Task> {
        self.walk()
            .filter_map(|(_, b)| match b {
                Block::Task(t) => Some(&**t),
                _ => None,
            })
            .collect()
    }

    /// Targets of tasks, headings and paragraphs in document order, each with its task
    /// number (or `None` outside tasks) and section path. Figures that report past results
    /// (a review section, a paragraph opening 过去一年) are in [`Document::achievements`].
    pub fn targets(&self) -> Vec<&Target> {
        self.figures(false)
    }

    /// Figures reported as already achieved (in a review of past work: 过去一年……增长8.3%),
    /// in document order. They are not in [`Document::targets`].
    pub fn achievements(&self) -> Vec<&Target> {
        self.figures(true)
    }

    /// Targets of headings, tasks and paragraphs whose `achieved` flag is `achieved`.
    fn figures(&self, achieved: bool) -> Vec<&Target> {
        let mut out = Vec::new();
        for (_, b) in self.walk() {
            let found: &[Target] = match b {
                Block::Section(s) => &s.heading.targets,
                Block::Task(t) => &t.targets,
                Block::Paragraph(p) => &p.targets,
                _ => &[],
            };
            out.extend(found.iter().filter(|t| t.achieved == achieved));
        }
        out
    }

    /// The task with this id.
    pub fn task(&self, id: TaskId) -> Option<&Task> {
        self.tasks().into_iter().nth(id.index())
    }

    /// The responsibility matrix: each distinct unit (by normalized name, in order of first
    /// appearance) with the tasks it leads, supports or is responsible for, by task id:
    /// unnumbered tasks count, and tasks that repeat a number stay apart.
    pub fn units(&self) -> Vec<UnitSummary> {
        let mut rows: Vec<UnitSummary> = Vec::new();
        let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for task in self.tasks() {
            let number = task.id;
            for u in task.units() {
                let i = *index.entry(u.normalized.as_str()).or_insert_with(|| {
                    rows.push(UnitSummary {
                        name: u.name.clone(),
                        normalized: u.normalized.clone(),
                        kind: u.kind,
                        lead: vec![],
                        support: vec![],
                        responsible: vec![],
                        tasks: vec![],
                    });
                    rows.len() - 1
                });
                let row = &mut rows[i];
                match u.role {
                    Role::Lead => row.lead.push(number),
                    Role::Support => row.support.push(number),
                    Role::Responsible => row.responsible.push(number),
                }
                if row.tasks.last() != Some(&number) {
                    row.tasks.push(number);
                }
            }
        }
        rows
    }

    /// 1-based line and column (in characters, not bytes) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        line_col(&self.source, offset)
    }

    /// Convert a byte offset into a char offset (for languages that index by code point).
    /// An offset inside a character counts that character as not yet begun; offsets past
    /// the end give the char length. Constant time after an index built on the first call.
    pub fn char_offset(&self, byte_offset: usize) -> usize {
        self.chars
            .0
            .get_or_init(|| CharIndex::new(self.source.as_bytes()))
            .char_offset(self.source.as_bytes(), byte_offset)
    }

    /// The whole tree as pretty JSON.
    #[cfg(feature = "serde")]
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&crate::output::DocumentJson::new(self))
            .unwrap_or_else(|_| String::from("{}"))
    }
}

/// Section titles that review past work (2018年工作回顾, 过去五年工作总结).
const REVIEW_TITLES: &[&str] = &[
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
const REVIEW_OPENERS: &[&str] = &[
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

fn reviews_past(title: &str) -> bool {
    REVIEW_TITLES.iter().any(|w| title.contains(w))
}

/// Give every target its task number and section path, and mark figures that report past
/// results rather than set targets (a pass after the tree is built; depth is bounded by
/// the number of marker styles).
pub(crate) fn set_target_context(blocks: &mut [Block], path: &mut Vec<String>) {
    let in_review = path.iter().any(|t| reviews_past(t));
    for b in blocks {
        match b {
            Block::Section(s) => {
                for x in &mut s.heading.targets {
                    x.task = None;
                    x.section = path.clone();
                    x.achieved |= in_review;
                }
                path.push(s.heading.title.clone());
                set_target_context(&mut s.children, path);
                path.pop();
            }
            Block::Task(t) => {
                for x in &mut t.targets {
                    x.task = t.number;
                    x.section = path.clone();
                }
            }
            Block::Paragraph(p) => {
                let opens_review = REVIEW_OPENERS.iter().any(|w| p.text.starts_with(w));
                for x in &mut p.targets {
                    x.task = None;
                    x.section = path.clone();
                    x.achieved |= in_review || opens_review;
                }
            }
            _ => {}
        }
    }
}

/// 1-based line and character column of `offset` in `text`.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Bytes between the checkpoints of a [`CharIndex`].
const CHAR_INDEX_STEP: usize = 64;

/// Byte offset → char offset in constant time: the char count at every
/// [`CHAR_INDEX_STEP`]th byte, and a count of at most that many bytes after it.
#[derive(Debug, Clone)]
pub(crate) struct CharIndex {
    ascii: bool,
    marks: Vec<u32>,
}

/// Bytes that start a UTF-8 sequence (everything but `0b10xx_xxxx`).
fn count_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl CharIndex {
    fn new(src: &[u8]) -> Self {
        if src.is_ascii() {
            return CharIndex {
                ascii: true,
                marks: Vec::new(),
            };
        }
        let mut marks = Vec::with_capacity(src.len() / CHAR_INDEX_STEP + 1);
        let mut n = 0usize;
        marks.push(0);
        for chunk in src.chunks(CHAR_INDEX_STEP) {
            n += count_starts(chunk);
            // Inputs are at most `Options::max_input_bytes`; saturate rather than wrap.
            marks.push(u32::try_from(n).unwrap_or(u32::MAX));
        }
        CharIndex {
            ascii: false,
            marks,
        }
    }

    fn char_offset(&self, src: &[u8], byte: usize) -> usize {
        let b = byte.min(src.len());
        if self.ascii {
            return b;
        }
        let k = b / CHAR_INDEX_STEP;
        self.marks[k] as usize + count_starts(&src[k * CHAR_INDEX_STEP..b])
    }
}

/// The document's char index, built on first use; equal whatever its state.
#[derive(Debug, Clone, Default)]
pub(crate) struct LazyCharIndex(std::sync::OnceLock<CharIndex>);

impl PartialEq for LazyCharIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for LazyCharIndex {}

/// Give every task and heading its id, in document order (an explicit stack: no recursion).
pub(crate) fn assign_ids(blocks: &mut [Block]) {
    let (mut tasks, mut headings) = (0u32, 0u32);
    let mut stack = vec![blocks.iter_mut()];
    while let Some(top) = stack.last_mut() {
        let Some(b) = top.next() else {
            stack.pop();
            continue;
        };
        match b {
            Block::Section(s) => {
                s.heading.id = HeadingId(headings);
                headings += 1;
                stack.push(s.children.iter_mut());
            }
            Block::Paragraph(p) => {
                if let Some(h) = p.run_in.as_mut() {
                    h.id = HeadingId(headings);
                    headings += 1;
                }
            }
            Block::Task(t) => {
                t.id = TaskId(tasks);
                tasks += 1;
            }
            _ => {}
        }
    }
}

/// Depth-first iterator over blocks, see [`Document::walk`].
pub struct Walk<'a> {
    stack: Vec<(usize, std::slice::Iter<'a, Block>)>,
}

impl<'a> Iterator for Walk<'a> {
    type Item = (usize, &'a Block);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let (depth, iter) = self.stack.last_mut()?;
            let depth = *depth;
            match iter.next() {
                Some(b) => {
                    if !b.children().is_empty() {
                        self.stack.push((depth + 1, b.children().iter()));
                    }
                    return Some((depth, b));
                }
                None => {
                    self.stack.pop();
                }
            }
        }
    }
}
