//! The parsed document: its source, its tree, and what was found about it as a whole.

use super::index::{LazyCharIndex, LazyTaskIndex};
use super::nodes::*;
use super::official::Official;
use super::walk::Walk;
use super::{Diagnostic, Span, Target, TaskId};

/// A parsed document. Owns its source; every node's span indexes [`Document::source`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Document {
    pub(crate) source: super::Source,
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
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) task_index: LazyTaskIndex,
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
        Walk::new(&self.blocks)
    }

    /// Headings in document order, run-in headings included (see [`Heading::run_in`]).
    pub fn outline(&self) -> Vec<&Heading> {
        let mut out = Vec::new();
        for (_, b) in self.walk() {
            match b {
                Block::Section(s) => out.push(&s.heading),
                Block::Paragraph(p) => out.extend(p.run_in.as_deref()),
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

    /// The task with this id (constant time after an index built on the first call).
    pub fn task(&self, id: TaskId) -> Option<&Task> {
        let path = self.task_index.path(&self.blocks, id.index())?;
        let (first, rest) = path.split_first()?;
        let mut block = self.blocks.get(*first as usize)?;
        for &i in rest {
            block = block.children().get(i as usize)?;
        }
        match block {
            Block::Task(t) => Some(t),
            _ => None,
        }
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
                let i = *index.entry(u.normalized()).or_insert_with(|| {
                    rows.push(UnitSummary {
                        name: u.name.clone(),
                        normalized: u.normalized_text().clone(),
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
        self.chars.char_offset(&self.source, byte_offset)
    }
}

/// 1-based line and character column of `offset` in `text`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}
