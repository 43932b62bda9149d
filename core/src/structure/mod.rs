//! Classified lines → the document tree. Context decisions live here: where the page chrome
//! ends, which line is the title, which numbered lines are headings and which are tasks,
//! and the level stack that nests sections (depth is data, not call depth).
//!
//! [`build`] prepares the lines ([`lines`]) and runs named passes over one [`Builder`], each
//! in the file of its concern: page chrome ([`chrome`]), front and back matter ([`front`]),
//! which lines carry tasks ([`tasks`]), then the body pass ([`body`]) that opens sections
//! ([`levels`]), reads tables ([`tables`]) and news furniture ([`news`]), and last the kind
//! of document ([`kind`]).

use crate::ast::{Block, ChromeKind, DateValue, DocumentKind, Title};
use crate::lex::lines::{classify, LineKind};
use crate::lex::markers::MarkerStyle;
use crate::{Diagnostic, Span};

mod body;
mod chrome;
mod front;
mod kind;
mod levels;
mod lines;
mod news;
mod paragraphs;
mod shapes;
mod tables;
mod tasks;
mod title;

use levels::Tree;
use lines::Line;
use tasks::FoundClause;

/// What the structure stage produces.
pub(crate) struct Built {
    pub kind: DocumentKind,
    pub title: Option<Title>,
    pub date: Option<DateValue>,
    pub blocks: Vec<Block>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Where a line was placed before the body pass.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Place {
    Body,
    Chrome(ChromeKind),
    Title,
    Front(FrontKind),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum FrontKind {
    Addressees,
    Speaker,
    Signature,
}

const TERMINAL: &[char] = &[
    '。', '！', '!', '？', '?', '；', ';', '：', ':', '，', ',', '、',
];

/// `more` added to the end of `list`. Lists in the tree are boxed slices, without spare
/// capacity; the few that grow after they are made (units of a clause on a later line, targets
/// of a table's later cells) grow here.
fn append<T>(list: &mut Box<[T]>, more: impl IntoIterator<Item = T>) {
    let mut grown = std::mem::take(list).into_vec();
    grown.extend(more);
    *list = grown.into_boxed_slice();
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// A line short and unpunctuated enough to be a title or an unnumbered heading.
fn title_like(s: &str, max_chars: usize) -> bool {
    // A character takes one to four bytes: a longer line is over the limit uncounted.
    if s.len() > 4 * max_chars {
        return false;
    }
    let n = char_len(s);
    (4..=max_chars).contains(&n)
        && !s.ends_with(TERMINAL)
        && !s.contains(['。', '；', ';', '！', '？'])
        && s.chars().any(|c| c as u32 >= 0x4E00)
}

/// The lines and what the passes decide about them; each pass reads the fields the passes
/// before it filled in.
struct Builder<'a> {
    src: &'a str,
    lines: Vec<Line>,
    /// The clean texts that are no slice of the source (see [`Builder::clean`]).
    copies: &'a lines::CleanCopies,
    readings: &'a lines::Readings,
    kinds: &'a [LineKind],
    diagnostics: Vec<Diagnostic>,
    /// The width in characters a PDF-to-text step wrapped lines at, when it did.
    wrap_width: Option<usize>,
    /// Where each line was placed: chrome, title, front matter or body.
    place: Vec<Place>,
    /// The body lies in `head..tail`; chrome stands before and after.
    head: usize,
    tail: usize,
    /// The document's own title, once the front matter pass found it.
    title: Option<Title>,
    /// The date line that signs the document off (its date is the document's).
    last_date_line: Option<usize>,
    /// The responsibility clause each line carries, if any. Boxed: most lines carry none,
    /// and an unboxed slot costs ~150 bytes a line.
    clauses: Vec<Option<Box<FoundClause>>>,
    /// The marker style the document numbers its tasks in, when it has tasks.
    task_style: Option<MarkerStyle>,
    /// The document reads as a task notice (enough lines carry clauses).
    is_notice: bool,
}

/// Build the tree. `chrome` holds regions a reader already knows to be page furniture (an
/// HTML page's navigation and footer); their lines are chrome whatever they say. Text
/// input passes none.
pub(crate) fn build(src: &str, chrome: &[crate::ChromeRegion]) -> Built {
    let mut prepared = lines::prepare(src);
    // Each line is classified on its clean text and its folded view (one buffer, reused).
    let mut folded = String::new();
    let mut kinds: Vec<LineKind> = prepared
        .cleans(src)
        .map(|c| {
            crate::normalize::fold_line_into(&mut folded, c);
            classify(c, &folded)
        })
        .collect();
    let wrap_width = shapes::wrap_width(prepared.cleans(src));
    let lines = prepared.take_lines();
    chrome::mark_reader_regions(&mut kinds, &lines, chrome);
    let n = lines.len();
    let b = Builder {
        src,
        wrap_width,
        lines,
        copies: prepared.copies(),
        readings: &prepared.readings,
        kinds: &kinds,
        diagnostics: prepared.diagnostics(),
        place: vec![Place::Body; n],
        head: 0,
        tail: n,
        title: None,
        last_date_line: None,
        clauses: Vec::new(),
        task_style: None,
        is_notice: false,
    };
    b.run()
}

impl<'a> Builder<'a> {
    /// Line `i` without indentation, pinyin readings and trailing space.
    fn clean(&self, i: usize) -> &'a str {
        lines::clean(self.src, &self.lines, self.copies, i)
    }

    /// Line `i` with the map from its clean offsets to source offsets.
    fn line(&self, i: usize) -> lines::MappedLine {
        self.lines[i].mapped(self.full(i), self.readings.of(i))
    }

    /// Line `i` with its terminator: up to where the next line starts, as lines tile the
    /// source (kept per line, the end cost 16 bytes a line while the tree is built).
    fn full(&self, i: usize) -> Span {
        let start = self.lines.get(i).map_or(0, |l| l.content.start());
        let end = self
            .lines
            .get(i + 1)
            .map_or(self.src.len(), |l| l.content.start());
        Span::new(start, end)
    }

    fn run(mut self) -> Built {
        self.mark_head_chrome();
        self.mark_tail_chrome();
        let after_title = self.place_title();
        self.place_front_lines(after_title);
        self.place_signature();
        self.find_clauses();
        let (tree, dates) = self.body();
        let date = self.document_date(dates);
        self.finish(tree, date)
    }

    /// The tree and the facts the passes found, with the document's kind.
    fn finish(self, tree: Tree, date: Option<DateValue>) -> Built {
        // The opening text, for documents whose kind shows before their tasks do.
        let mut head = String::new();
        for i in 0..self.lines.len() {
            if head.len() > 4000 {
                break;
            }
            head.push_str(self.clean(i));
            head.push('\n');
        }
        let mut built = Built {
            kind: DocumentKind::Unknown,
            title: self.title,
            date,
            blocks: tree.top,
            diagnostics: self.diagnostics,
        };
        built.kind = kind::classify_kind(&built, &head);
        if built.kind == DocumentKind::TaskNotice {
            kind::add_missing_unit_diagnostics(&built.blocks, &mut built.diagnostics);
        }
        built.diagnostics.sort_by_key(|d| d.span.start());
        built
    }

    /// The next non-blank line after `k` before the tail, if any.
    fn next_nonblank(&self, k: usize) -> Option<usize> {
        (k + 1..self.tail).find(|&j| self.kinds[j] != LineKind::Blank)
    }

    /// Say when line `k` opens more parentheses than it closes, or closes one never opened.
    fn check_parens(&mut self, k: usize) {
        let c = self.clean(k);
        let mut depth: i64 = 0;
        let mut bad = false;
        // Bytes, not characters: （ and ） are EF BC 88 and EF BC 89, and no other character's
        // encoding holds those three bytes in a row; memchr jumps to the candidates.
        let b = c.as_bytes();
        for i in memchr::memchr3_iter(b'(', b')', 0xEF, b) {
            let paren = match b[i] {
                b'(' => Some(true),
                b')' => Some(false),
                _ if b.get(i + 1) == Some(&0xBC) => match b.get(i + 2) {
                    Some(0x88) => Some(true),
                    Some(0x89) => Some(false),
                    _ => None,
                },
                _ => None,
            };
            match paren {
                Some(true) => depth += 1,
                Some(false) => {
                    depth -= 1;
                    if depth < 0 {
                        bad = true;
                        depth = 0;
                    }
                }
                _ => {}
            }
        }
        if bad || depth != 0 {
            let sp = self.lines[k].content;
            self.diagnostics.push(Diagnostic::new(
                crate::DiagnosticCode::UnbalancedParentheses,
                "unbalanced parentheses in line",
                sp,
            ));
        }
    }
}
