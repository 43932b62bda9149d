//! The node types of the tree: blocks, headings, tasks, units, dates. Every node carries a
//! byte [`Span`] into the source the [`Document`](super::Document) owns; text fields are owned
//! copies with pinyin readings left out.

use super::ids::{HeadingId, TaskId};
use super::{MarkerStyle, Target};
use super::{Span, Text};

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
    pub text: Text,
    /// Where the title is written (the chosen part, when a page title joins several).
    pub span: Span,
    /// 发文机关: the issuer, the part before 关于.
    pub issuer: Option<Text>,
    /// 事由: the subject, between 关于 and the final 的.
    pub subject: Option<Text>,
    /// 文种: the genre (通知, 意见, 报告…).
    pub genre: Option<Text>,
}

/// A line or run of text kept as it is: its span and its cleaned text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TextBlock {
    /// Extent in the input, including the line terminator.
    pub span: Span,
    /// The text without indentation, terminator and pinyin readings.
    pub text: Text,
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
    pub text: Text,
    /// What kind of chrome.
    pub chrome: ChromeKind,
}

/// A heading: a marker (or none) and a title.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Heading {
    /// Its id: its index in [`Document::outline`](crate::Document::outline).
    pub id: HeadingId,
    /// 1 is the top level.
    pub level: u8,
    /// The marker as written (`（一）`, `(一)`, `1.`), empty when unnumbered.
    pub marker: Text,
    /// The marker's style.
    pub style: MarkerStyle,
    /// The number the marker carries.
    pub number: Option<u32>,
    /// The title without its marker, up to the line end or the first 。.
    pub title: Text,
    /// From the marker to the end of the title.
    pub span: Span,
    /// True for a run-in heading: a short phrase ending in 。 that opens a paragraph.
    pub run_in: bool,
    /// Targets written in the title of a numbered heading (（一）新建5G基站200个。); a run-in
    /// heading's targets are its paragraph's.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "<[Target]>::is_empty")
    )]
    pub targets: Box<[Target]>,
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
    pub number: u32,
    /// The opener as written (一是).
    pub marker: Text,
    /// Extent from the marker to the item's end.
    pub span: Span,
    /// The item text after the marker.
    pub text: Text,
}

/// A paragraph of running text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Paragraph {
    /// Extent in the input.
    pub span: Span,
    /// The text without indentation and pinyin readings.
    pub text: Text,
    /// The run-in heading that opens it, if any (level one below its section).
    /// (Boxed: few paragraphs open with one, and an unboxed slot is ~100 bytes each.)
    pub run_in: Option<Box<Heading>>,
    /// Its numbered marker when it opens with one but is not a heading or task.
    pub marker: Option<Text>,
    /// 一是/二是 items.
    pub items: Vec<ListItem>,
    /// Quantified targets written in it (生产总值增长8%左右…).
    pub targets: Box<[Target]>,
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

/// A responsible unit of a task. Its normalized name is read with [`Unit::normalized`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(from = "UnitFields"))]
pub struct Unit {
    /// The name as written, without role words and 等相关单位.
    pub name: Text,
    /// The normalized name when it differs from `name` (most names are already normal):
    /// boxed, so a unit keeps 8 bytes for it, not 16.
    pub(crate) normalized: Option<Box<Text>>,
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

impl Unit {
    /// The name in simplified script, with half-width parentheses and no spaces: units are
    /// grouped by it.
    pub fn normalized(&self) -> &str {
        self.normalized_text()
    }

    /// [`Unit::normalized`] as a shared [`Text`].
    pub(crate) fn normalized_text(&self) -> &Text {
        self.normalized.as_deref().unwrap_or(&self.name)
    }

    /// Set the normalized name: kept apart only when it differs from the name.
    pub(crate) fn set_normalized(&mut self, normalized: Option<Text>) {
        self.normalized = normalized.filter(|n| *n != self.name).map(Box::new);
    }
}

/// A [`Unit`] as JSON: its normalized name written out after the name, in the order JSON has
/// always had.
#[cfg(feature = "serde")]
impl serde::Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut u = serializer.serialize_struct("Unit", 8)?;
        u.serialize_field("name", &self.name)?;
        u.serialize_field("normalized", self.normalized_text())?;
        u.serialize_field("role", &self.role)?;
        u.serialize_field("kind", &self.kind)?;
        u.serialize_field("span", &self.span)?;
        u.serialize_field("collective", &self.collective)?;
        u.serialize_field("distributive", &self.distributive)?;
        u.serialize_field("and_others", &self.and_others)?;
        u.end()
    }
}

/// What JSON holds of a [`Unit`], read back.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
struct UnitFields {
    name: Text,
    normalized: Text,
    role: Role,
    kind: UnitKind,
    span: Span,
    collective: bool,
    distributive: bool,
    and_others: bool,
}

#[cfg(feature = "serde")]
impl From<UnitFields> for Unit {
    fn from(u: UnitFields) -> Self {
        let mut unit = Unit {
            name: u.name,
            normalized: None,
            role: u.role,
            kind: u.kind,
            span: u.span,
            collective: u.collective,
            distributive: u.distributive,
            and_others: u.and_others,
        };
        unit.set_normalized(Some(u.normalized));
        unit
    }
}

/// A deadline or period attached to a task.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Deadline {
    /// As written (6月底前, 年底前, 长期坚持).
    pub text: Text,
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
    pub units: Box<[Unit]>,
    /// People named as 责任领导 (not units).
    pub leaders: Box<[Text]>,
}

/// A task: a numbered item with (or, in a task notice, expected to have) responsible units.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Task {
    /// Its id: its index in [`Document::tasks`](crate::Document::tasks).
    pub id: TaskId,
    /// Extent of the whole task, responsibility lines included.
    pub span: Span,
    /// The number as written, `None` for an unnumbered task.
    pub number: Option<u32>,
    /// The marker as written.
    pub marker: Text,
    /// The task text without marker and responsibility clause.
    pub text: Text,
    /// Where that text is.
    pub text_span: Span,
    /// Titles of the headings above it, outermost first (shared by every task and target of
    /// the section: one path per section, not one per node).
    pub section: super::SectionPath,
    /// The responsibility clause, if any.
    pub responsibility: Option<Responsibility>,
    /// The deadline, if any (boxed: a Task without one stays ~64 bytes smaller).
    pub deadline: Option<Box<Deadline>>,
    /// Quantified targets written in the task text.
    pub targets: Box<[Target]>,
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
    pub text: Text,
    /// The news source (济源网讯).
    pub source: Option<Text>,
    /// Reporters named (郑海波).
    pub reporters: Vec<Text>,
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
    pub text: Text,
    /// Names that attended (出席).
    pub present: Vec<Text>,
    /// Names that sat in (列席).
    pub observers: Vec<Text>,
}

/// A statement of a meeting: 会议强调/指出/要求/研究了….
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Statement {
    /// Extent of the line.
    pub span: Span,
    /// The verb (强调, 指出, 要求, 研究了…).
    pub verb: Text,
    /// The text after the verb.
    pub text: Text,
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
    /// A meeting's statement (boxed: inline, its two texts made every block 8 bytes larger).
    Statement(Box<Statement>),
}

impl Block {
    /// The line of text a one-line block holds (a title, a signature, a blank line…), for
    /// every block that is only a [`TextBlock`]; `None` for the others.
    pub fn text_block(&self) -> Option<&TextBlock> {
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
            | Block::Printing(b) => Some(b),
            _ => None,
        }
    }

    /// The block's extent in the input.
    pub fn span(&self) -> Span {
        // Every variant named, so a new one cannot go without its span.
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
    pub name: Text,
    /// The normalized name rows are grouped by.
    pub normalized: Text,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(name: &str) -> Unit {
        Unit {
            name: Text::from(name),
            normalized: None,
            role: Role::Lead,
            kind: UnitKind::Department,
            span: Span::new(0, name.len()),
            collective: false,
            distributive: false,
            and_others: false,
        }
    }

    #[test]
    fn a_normalized_name_is_kept_only_when_it_differs() {
        let mut same = unit("市发改委");
        same.set_normalized(Some(Text::from("市发改委")));
        assert!(same.normalized.is_none());
        assert_eq!(same.normalized(), "市发改委");

        let mut other = unit("市自然资源和规划局（林业局）");
        other.set_normalized(Some(Text::from("市自然资源和规划局(林业局)")));
        assert_eq!(other.normalized(), "市自然资源和规划局(林业局)");
        assert_eq!(std::mem::size_of::<Unit>(), 40);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn a_unit_writes_its_normalized_name_and_reads_it_back() {
        let mut u = unit("市自然资源和规划局（林业局）");
        u.set_normalized(Some(Text::from("市自然资源和规划局(林业局)")));
        let json = serde_json::to_string(&u).unwrap();
        assert!(json.starts_with(
            r#"{"name":"市自然资源和规划局（林业局）","normalized":"市自然资源和规划局(林业局)","role":"lead""#
        ));
        assert_eq!(serde_json::from_str::<Unit>(&json).unwrap(), u);
        let plain = unit("市财政局");
        let json = serde_json::to_string(&plain).unwrap();
        assert!(json.contains(r#""normalized":"市财政局""#));
        assert_eq!(serde_json::from_str::<Unit>(&json).unwrap(), plain);
    }
}
