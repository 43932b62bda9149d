//! C API of gongwen: `libgongwen.so` / `libgongwen.a` and `include/gongwen.h`.
//!
//! This crate only converts: every answer comes from the core crate (imported as
//! `core_gongwen`). The header is generated from this file by cbindgen
//! (`bindings-c/cbindgen.toml`), so the doc comments below are the C reference: they are
//! written for C readers. The conventions shared by every function (status codes,
//! ownership, borrowed views, threads) are stated once at the top of the header.
//!
//! Regenerate the header after changing this file:
//! `GW_BLESS_HEADER=1 cargo test -p gongwen-c --test header`.

// Every export takes raw pointers from C; the pointer rules are documented once in the
// header preamble and per argument below, not in a `# Safety` section per function.
#![allow(clippy::missing_safety_doc)]

use core_gongwen as gwcore;
use std::ffi::{c_char, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};

// ---------------------------------------------------------------------------------------
// Plain C types
// ---------------------------------------------------------------------------------------

/// What a call did. Every function that can fail returns one; results are written through
/// the `out` pointers only when it returns `GW_STATUS_OK` (or `GW_STATUS_ABSENT`, which
/// writes an empty value).
///
/// The values are part of the ABI: they never change and are never reused; new codes are
/// only ever added with new numbers.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Success.
    Ok = 0,
    /// Success, but the value asked for is absent (a task without a number, a document
    /// without a title or date, an error without an offset). The out value is set to an
    /// empty view, zero or NULL.
    Absent = 1,
    /// A required pointer argument was NULL.
    NullParameter = 2,
    /// `gw_parse`: the text is not valid UTF-8; the error's offset is the first bad byte.
    InvalidUtf8 = 3,
    /// `gw_parse_bytes`: the bytes cannot be decoded in the detected encoding; the error's
    /// offset is the first undecodable byte.
    Decode = 4,
    /// `gw_parse_bytes`: the input is larger than the options' `max_input_bytes`.
    TooLarge = 5,
    /// An index was not below the matching count.
    OutOfRange = 6,
    /// A bug inside gongwen panicked; the panic was caught at the C boundary. Please report
    /// it with the input.
    Panic = 7,
    /// An error the library could not classify (a newer core error kind).
    Unknown = 8,
    /// `gw_parse_bytes`: a Word file or HTML page that cannot be read: a broken, truncated
    /// or encrypted zip, a missing `word/document.xml`, malformed XML, a part over a
    /// container limit, or a page nested too deep. The message names the part.
    Unreadable = 9,
}

/// How `gw_parse_bytes` reads its input (`gw_options_set_input_format`).
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// Tell the format from the bytes: a zip holding `word/document.xml` is a Word file,
    /// markup is an HTML page, anything else is text. The default.
    Auto = 0,
    /// Text in any supported encoding.
    Text = 1,
    /// An HTML page.
    Html = 2,
    /// A Word (.docx) file.
    Docx = 3,
}

/// A borrowed string view: `len` bytes of UTF-8 at `ptr`, **not** NUL-terminated (print
/// with `printf("%.*s", (int)s.len, s.ptr)`). `ptr` is never NULL (an empty view points
/// at a static empty string). The bytes belong to the document the view came from: they
/// are valid until that document is freed and must not be freed or modified.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct Str {
    /// First byte.
    pub ptr: *const c_char,
    /// Length in bytes.
    pub len: usize,
}

/// A half-open range `[start, end)` of **byte** offsets into the document's source (the
/// input text, or the decoded text for `gw_parse_bytes`; see `gw_document_source`).
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// What sort of document was parsed (`gw_document_kind` writes it; the type is named
/// `gw_doc_kind` because C functions and types share one namespace).
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// Nothing recognisable (empty input, a fragment), or a kind newer than this header.
    Unknown = 0,
    /// A notice assigning numbered key tasks to responsible units (任务分工的通知).
    TaskNotice = 1,
    /// A government work report (政府工作报告).
    WorkReport = 2,
    /// A news report of a meeting.
    MeetingNews = 3,
    /// Other titled prose: articles, reposts, promotional texts.
    Article = 4,
    /// Any other official document (通知, 意见, 决定, 办法…) that assigns no tasks.
    Official = 5,
}

/// How a unit takes part in a task.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A role newer than this header.
    Unknown = 0,
    /// Explicitly leads (X牵头, 牵头单位：X).
    Lead = 1,
    /// Supports a lead (配合, 参与).
    Support = 2,
    /// Responsible, alone or jointly, without a lead/support split (X负责).
    Responsible = 3,
}

/// What sort of body a unit is (`gw_unit_kind` and `gw_unit_summary_kind` write it; the
/// type is named `gw_unit_type` because C functions and types share one namespace).
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    /// Anything else, or a kind newer than this header.
    Other = 0,
    /// A government department, bureau, commission, office or centre.
    Department = 1,
    /// A town or sub-district government, a development zone office.
    LocalGovernment = 2,
    /// A company or group.
    Enterprise = 3,
    /// A party body.
    Party = 4,
    /// A court or procuratorate.
    Judicial = 5,
    /// A school, college or university.
    School = 6,
}

/// 密级: the secrecy level an official document is marked with (GB/T 9704 §7.2.2),
/// written by `gw_document_secrecy`.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Secrecy {
    /// Not marked (or a level newer than this header).
    None = 0,
    /// 绝密.
    TopSecret = 1,
    /// 机密.
    Secret = 2,
    /// 秘密.
    Confidential = 3,
}

/// 紧急程度: how urgent an official document is marked (GB/T 9704 §7.2.3), written by
/// `gw_document_urgency`.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    /// Not marked (or a degree newer than this header).
    None = 0,
    /// 特提 (telegrams).
    Immediate = 1,
    /// 特急.
    VeryUrgent = 2,
    /// 加急.
    Urgent = 3,
    /// 平急 (telegrams).
    Prompt = 4,
}

/// Bits of the flags `gw_unit_flags` returns.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitFlag {
    /// Names a group rather than one body (各开发区管理办公室).
    Collective = 1,
    /// Under a 各 that distributes over the list.
    Distributive = 2,
    /// Followed by 等相关单位/等: the list is open.
    AndOthers = 4,
}

// ---------------------------------------------------------------------------------------
// Opaque handles
// ---------------------------------------------------------------------------------------

/// Parse options. Create with `gw_options_new`, free with `gw_options_free`. Pass NULL
/// wherever options are taken to use the defaults.
#[derive(Debug, Clone, Default)]
pub struct Options {
    inner: gwcore::Options,
}

/// The error of one failed call: a kind (a `gw_status`), a message and, when it has one, a
/// byte offset into the input. Owned by the caller, freed with `gw_error_free`.
#[derive(Debug)]
pub struct Error {
    kind: Status,
    message: CString,
    offset: Option<usize>,
}

/// A parsed document. Owned by the caller, freed with `gw_document_free`. Immutable: every
/// reading function may be called from several threads at once on the same document.
/// Everything read from it (views, item handles, arrays) is borrowed and stays valid until
/// the document is freed.
///
/// Inside, it is the core document plus where its headings, tasks and targets sit in the
/// tree (block paths, found in one walk at parse time): item handles point into the core
/// document itself, nothing is copied. Only what the core computes on demand is kept: the
/// responsibility matrix, the ISO date and the genre's name.
#[derive(Debug)]
pub struct Document {
    doc: gwcore::Document,
    /// The path of the block carrying each heading of the outline, by heading id.
    headings: Vec<Path>,
    /// The path of each task, by task id.
    tasks: Vec<Path>,
    /// `Document::targets`: the block path and the place among that block's figures.
    targets: Vec<(Path, u32)>,
    matrix: Vec<gwcore::UnitSummary>,
    date_iso: Option<String>,
    /// The snake_case name of `Official::genre`, as in the JSON.
    genre: Option<String>,
}

/// A block's position in the tree: the index among the top-level blocks, then among
/// `children`.
type Path = Box<[u32]>;

/// The figures (targets and achievements) of a block, as the core lists them for
/// `Document::targets`: a section's heading, a task, a paragraph.
fn figures(block: &gwcore::Block) -> &[gwcore::Target] {
    match block {
        gwcore::Block::Section(s) => &s.heading.targets,
        gwcore::Block::Task(t) => &t.targets,
        gwcore::Block::Paragraph(p) => &p.targets,
        _ => &[],
    }
}

/// The heading a block carries: a section's, or a paragraph's run-in heading.
fn heading_of(block: &gwcore::Block) -> Option<&gwcore::Heading> {
    match block {
        gwcore::Block::Section(s) => Some(&s.heading),
        gwcore::Block::Paragraph(p) => p.run_in.as_deref(),
        _ => None,
    }
}

impl Document {
    /// Index `doc`: one walk over its blocks.
    fn new(doc: gwcore::Document) -> Self {
        let (mut headings, mut tasks, mut targets) = (Vec::new(), Vec::new(), Vec::new());
        let mut path: Vec<u32> = Vec::new();
        let mut stack = vec![doc.blocks().iter().enumerate()];
        while let Some(top) = stack.last_mut() {
            let Some((i, block)) = top.next() else {
                stack.pop();
                continue;
            };
            path.truncate(stack.len() - 1);
            path.push(i as u32);
            if heading_of(block).is_some() {
                headings.push(Path::from(path.as_slice()));
            }
            if let gwcore::Block::Task(t) = block {
                debug_assert_eq!(t.id.index(), tasks.len());
                tasks.push(Path::from(path.as_slice()));
            }
            for (k, t) in figures(block).iter().enumerate() {
                if !t.achieved {
                    targets.push((Path::from(path.as_slice()), k as u32));
                }
            }
            if !block.children().is_empty() {
                stack.push(block.children().iter().enumerate());
            }
        }
        let matrix = doc.units();
        let date_iso = doc.date().and_then(gwcore::DateValue::iso);
        let genre = doc
            .official()
            .genre
            .and_then(|g| match serde_json::to_value(g) {
                Ok(serde_json::Value::String(name)) => Some(name),
                _ => None,
            });
        Document {
            doc,
            headings,
            tasks,
            targets,
            matrix,
            date_iso,
            genre,
        }
    }

    /// The block at `path` (a path this document's index holds).
    fn block(&self, path: &[u32]) -> Result<&gwcore::Block, Status> {
        let (first, rest) = path.split_first().ok_or(Status::Unknown)?;
        let mut block = at(self.doc.blocks(), *first as usize)?;
        for i in rest {
            block = at(block.children(), *i as usize)?;
        }
        Ok(block)
    }

    /// Heading `index` of the outline (its id).
    fn heading(&self, index: usize) -> Result<&gwcore::Heading, Status> {
        heading_of(self.block(at(&self.headings, index)?)?).ok_or(Status::Unknown)
    }

    /// Task `index` (its id).
    fn task(&self, index: usize) -> Result<&gwcore::Task, Status> {
        match self.block(at(&self.tasks, index)?)? {
            gwcore::Block::Task(t) => Ok(t),
            _ => Err(Status::Unknown),
        }
    }

    /// Target `index` of `Document::targets`.
    fn target(&self, index: usize) -> Result<&gwcore::Target, Status> {
        let (path, k) = at(&self.targets, index)?;
        figures(self.block(path)?)
            .get(*k as usize)
            .ok_or(Status::Unknown)
    }
}

/// A heading of the outline, borrowed from its document (never freed by the caller).
pub struct Heading {
    _opaque: [u8; 0],
}

/// A task, borrowed from its document (never freed by the caller).
pub struct Task {
    _opaque: [u8; 0],
}

/// A responsible unit of a task, borrowed from its document (never freed by the caller).
pub struct Unit {
    _opaque: [u8; 0],
}

/// A row of the responsibility matrix (a unit and the ids of the tasks it takes part in),
/// borrowed from its document (never freed by the caller).
pub struct UnitSummary {
    _opaque: [u8; 0],
}

/// A quantified target (生产总值增长6.5%), borrowed from its document (never freed by the
/// caller).
pub struct Target {
    _opaque: [u8; 0],
}

/// A diagnostic (an oddity of the text), borrowed from its document (never freed by the
/// caller).
pub struct Diagnostic {
    _opaque: [u8; 0],
}

// ---------------------------------------------------------------------------------------
// Internals: the panic boundary, pointer checks, views
// ---------------------------------------------------------------------------------------

type Outcome = Result<Status, Status>;

/// Run `f`, turning a panic into `GW_STATUS_PANIC`.
fn boundary(f: impl FnOnce() -> Outcome) -> Status {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(status) | Err(status)) => status,
        Err(_) => Status::Panic,
    }
}

/// Run `f`, returning `default` on a panic (for functions that return no status).
fn boundary_or<T>(default: T, f: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or(default)
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| String::from("unknown panic"))
}

/// Borrow `*p`, or fail with `NullParameter`.
///
/// # Safety
/// `p` is NULL or points to a live `T`.
unsafe fn borrow<'a, T>(p: *const T) -> Result<&'a T, Status> {
    // SAFETY: the caller passes NULL or a valid pointer, as the header requires.
    unsafe { p.as_ref() }.ok_or(Status::NullParameter)
}

/// Borrow the core node behind an opaque item handle.
///
/// # Safety
/// `p` is NULL or a handle this library handed out as a `*const Opaque` for a `Core`.
unsafe fn item<'a, Opaque, Core>(p: *const Opaque) -> Result<&'a Core, Status> {
    // SAFETY: handles are only ever made by `handle()` from a `&Core`.
    unsafe { borrow(p.cast::<Core>()) }
}

fn handle<Core, Opaque>(r: &Core) -> *const Opaque {
    (r as *const Core).cast()
}

/// Fail with `NullParameter` when an out pointer is NULL.
fn need<T>(out: *mut T) -> Result<(), Status> {
    if out.is_null() {
        Err(Status::NullParameter)
    } else {
        Ok(())
    }
}

/// Write `value` through `out` and return `status`.
///
/// # Safety
/// `out` is NULL or valid for writes.
unsafe fn put<T>(out: *mut T, value: T, status: Status) -> Outcome {
    need(out)?;
    // SAFETY: non-null and, by the header's contract, valid for writes of a `T`.
    unsafe { out.write(value) };
    Ok(status)
}

/// # Safety
/// `out` is NULL or valid for writes.
unsafe fn put_ok<T>(out: *mut T, value: T) -> Outcome {
    unsafe { put(out, value, Status::Ok) }
}

/// Write `Some(value)` with `Ok`, `None` as `empty` with `Absent`.
///
/// # Safety
/// `out` is NULL or valid for writes.
unsafe fn put_opt<T>(out: *mut T, value: Option<T>, empty: T) -> Outcome {
    match value {
        Some(v) => unsafe { put(out, v, Status::Ok) },
        None => unsafe { put(out, empty, Status::Absent) },
    }
}

fn view(s: &str) -> Str {
    if s.is_empty() {
        EMPTY_STR
    } else {
        Str {
            ptr: s.as_ptr().cast(),
            len: s.len(),
        }
    }
}

const EMPTY_STR: Str = Str {
    ptr: c"".as_ptr(),
    len: 0,
};

static EMPTY_IDS: [u32; 1] = [0];

/// Write a borrowed array of task ids and its length.
///
/// # Safety
/// `ptr_out` and `len_out` are NULL or valid for writes.
unsafe fn put_ids(
    ids: &[gwcore::TaskId],
    ptr_out: *mut *const u32,
    len_out: *mut usize,
) -> Outcome {
    need(ptr_out)?;
    need(len_out)?;
    let ptr = if ids.is_empty() {
        EMPTY_IDS.as_ptr()
    } else {
        // `TaskId` is `#[repr(transparent)]` over `u32`: a slice of ids is a slice of u32.
        ids.as_ptr().cast::<u32>()
    };
    unsafe {
        ptr_out.write(ptr);
        len_out.write(ids.len());
    }
    Ok(Status::Ok)
}

fn span(s: gwcore::Span) -> Span {
    Span {
        start: s.start(),
        end: s.end(),
    }
}

fn at<T>(items: &[T], index: usize) -> Result<&T, Status> {
    items.get(index).ok_or(Status::OutOfRange)
}

fn new_error(kind: Status, message: String, offset: Option<usize>) -> *mut Error {
    let message = CString::new(message.replace('\0', " ")).unwrap_or_default();
    Box::into_raw(Box::new(Error {
        kind,
        message,
        offset,
    }))
}

/// # Safety
/// `err` is NULL or valid for writes.
unsafe fn set_error(err: *mut *mut Error, kind: Status, message: String, offset: Option<usize>) {
    if !err.is_null() {
        // SAFETY: checked non-null; valid for writes by contract.
        unsafe { err.write(new_error(kind, message, offset)) };
    }
}

fn new_document(doc: gwcore::Document) -> *mut Document {
    Box::into_raw(Box::new(Document::new(doc)))
}

/// Why a parse failed: the status, the message, the byte offset if any.
type Failure = (Status, String, Option<usize>);

/// Turns input bytes into a document: `run_utf8` or `run_bytes`.
type Runner = fn(&[u8], &gwcore::Options) -> Result<gwcore::Document, Failure>;

/// The shared body of `gw_parse` and `gw_parse_bytes`.
///
/// # Safety
/// As documented on those functions.
unsafe fn parse_entry(
    input: *const u8,
    len: usize,
    opts: *const Options,
    out: *mut *mut Document,
    err: *mut *mut Error,
    run: Runner,
) -> Status {
    if !err.is_null() {
        // SAFETY: checked non-null; valid for writes by contract.
        unsafe { err.write(std::ptr::null_mut()) };
    }
    if !out.is_null() {
        // SAFETY: as above.
        unsafe { out.write(std::ptr::null_mut()) };
    }
    let result = catch_unwind(AssertUnwindSafe(|| {
        if out.is_null() {
            return Err((Status::NullParameter, "out is NULL".to_owned(), None));
        }
        if input.is_null() && len != 0 {
            return Err((
                Status::NullParameter,
                "input is NULL with a non-zero length".to_owned(),
                None,
            ));
        }
        let bytes: &[u8] = if len == 0 {
            &[]
        } else {
            // SAFETY: non-null, and the caller promises `len` readable bytes.
            unsafe { std::slice::from_raw_parts(input, len) }
        };
        let options = match unsafe { opts.as_ref() } {
            Some(o) => o.inner.clone(),
            None => gwcore::Options::default(),
        };
        run(bytes, &options)
    }));
    let failure = match result {
        Ok(Ok(doc)) => {
            // SAFETY: `out` was checked non-null inside the closure.
            unsafe { out.write(new_document(doc)) };
            return Status::Ok;
        }
        Ok(Err(failure)) => failure,
        Err(payload) => (
            Status::Panic,
            format!("panic inside gongwen: {}", panic_message(&*payload)),
            None,
        ),
    };
    let (status, message, offset) = failure;
    // SAFETY: `err` is NULL or valid for writes by contract.
    unsafe { set_error(err, status, message, offset) };
    status
}

fn run_utf8(bytes: &[u8], options: &gwcore::Options) -> Result<gwcore::Document, Failure> {
    match std::str::from_utf8(bytes) {
        Ok(text) => gwcore::parse_with(text, options).map_err(failure),
        Err(e) => Err((
            Status::InvalidUtf8,
            format!("invalid UTF-8 input at byte {}", e.valid_up_to()),
            Some(e.valid_up_to()),
        )),
    }
}

fn run_bytes(bytes: &[u8], options: &gwcore::Options) -> Result<gwcore::Document, Failure> {
    gwcore::parse_bytes(bytes, options).map_err(failure)
}

/// The status, message and offset a core error is reported with.
fn failure(e: gwcore::Error) -> Failure {
    let status = match e {
        gwcore::Error::Decode { .. } => Status::Decode,
        gwcore::Error::TooLarge { .. } => Status::TooLarge,
        gwcore::Error::Docx { .. } | gwcore::Error::Html { .. } => Status::Unreadable,
        _ => Status::Unknown,
    };
    (status, e.to_string(), e.offset())
}

// ---------------------------------------------------------------------------------------
// Version
// ---------------------------------------------------------------------------------------

/// The library version as a static NUL-terminated string ("0.1.0"), equal to
/// `GW_VERSION_STRING` of the header it was built with. Never NULL; do not free it.
#[no_mangle]
pub extern "C" fn gw_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

// ---------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------

/// Create options with the defaults (`max_input_bytes` = 256 MiB) and write them to
/// `*out`. The caller owns them and frees them with `gw_options_free`.
///
/// Returns `GW_STATUS_NULL_PARAMETER` when `out` is NULL.
#[no_mangle]
pub unsafe extern "C" fn gw_options_new(out: *mut *mut Options) -> Status {
    boundary(|| {
        need(out)?; // before allocating, so a NULL `out` leaks nothing
        unsafe { put_ok(out, Box::into_raw(Box::<Options>::default())) }
    })
}

/// Set the largest input `gw_parse_bytes` accepts, in bytes (`gw_parse` takes text that
/// is already in memory and does not check it).
///
/// Returns `GW_STATUS_NULL_PARAMETER` when `opts` is NULL.
#[no_mangle]
pub unsafe extern "C" fn gw_options_set_max_input_bytes(
    opts: *mut Options,
    limit: usize,
) -> Status {
    boundary(|| {
        // SAFETY: NULL or a live `gw_options` the caller owns, by contract.
        let opts = unsafe { opts.as_mut() }.ok_or(Status::NullParameter)?;
        opts.inner.max_input_bytes = limit;
        Ok(Status::Ok)
    })
}

/// Set how `gw_parse_bytes` reads its input: `GW_INPUT_FORMAT_AUTO` (the default) tells
/// text, HTML and Word files apart from the bytes; the others force one reader.
/// `gw_parse` always parses text.
///
/// Returns `GW_STATUS_NULL_PARAMETER` when `opts` is NULL.
#[no_mangle]
pub unsafe extern "C" fn gw_options_set_input_format(
    opts: *mut Options,
    format: InputFormat,
) -> Status {
    boundary(|| {
        // SAFETY: NULL or a live `gw_options` the caller owns, by contract.
        let opts = unsafe { opts.as_mut() }.ok_or(Status::NullParameter)?;
        opts.inner.format = match format {
            InputFormat::Auto => None,
            InputFormat::Text => Some(gwcore::Format::Text),
            InputFormat::Html => Some(gwcore::Format::Html),
            InputFormat::Docx => Some(gwcore::Format::Docx),
        };
        Ok(Status::Ok)
    })
}

/// Free options made by `gw_options_new`. NULL is allowed and does nothing; call it at most
/// once per options object. Documents parsed with the options do not depend on them.
#[no_mangle]
pub unsafe extern "C" fn gw_options_free(opts: *mut Options) {
    boundary_or((), || {
        if !opts.is_null() {
            // SAFETY: made by `Box::into_raw` in `gw_options_new`, freed once by contract.
            drop(unsafe { Box::from_raw(opts) });
        }
    })
}

// ---------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------

/// Parse `len` bytes of UTF-8 text at `utf8` (no NUL terminator needed; interior NULs are
/// text). Parsing never fails on text: odd input gives a document with diagnostics.
///
/// - `utf8`: the text, read only during the call (the document keeps its own copy). May be
///   NULL only when `len` is 0.
/// - `opts`: NULL for the defaults.
/// - `out`: receives a new document on success (NULL on failure); the caller owns it and
///   frees it with `gw_document_free`.
/// - `err`: NULL, or receives NULL on success and a new error on failure; the caller owns
///   it and frees it with `gw_error_free`.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_INVALID_UTF8` (the error's offset is the first
/// invalid byte); `GW_STATUS_TOO_LARGE` (over the options' `max_input_bytes`);
/// `GW_STATUS_NULL_PARAMETER`; `GW_STATUS_PANIC`.
#[no_mangle]
pub unsafe extern "C" fn gw_parse(
    utf8: *const c_char,
    len: usize,
    opts: *const Options,
    out: *mut *mut Document,
    err: *mut *mut Error,
) -> Status {
    unsafe { parse_entry(utf8.cast(), len, opts, out, err, run_utf8) }
}

/// Read `len` bytes at `bytes` — text in UTF-8 (with or without BOM), UTF-16 with BOM,
/// GB18030/GBK or Big5, detected; a saved HTML page; or a Word (.docx) file, told from the
/// bytes unless `gw_options_set_input_format` forces one — and parse the text they hold.
/// Spans index that text (`gw_document_source`); `gw_document_encoding` names the
/// encoding found (empty for a Word file).
///
/// Arguments and ownership as for `gw_parse` (`bytes` may be NULL only when `len` is 0).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_DECODE` (the error's offset is the first
/// undecodable byte); `GW_STATUS_TOO_LARGE` (over the options' `max_input_bytes`);
/// `GW_STATUS_UNREADABLE` (a Word file or page that cannot be read);
/// `GW_STATUS_NULL_PARAMETER`; `GW_STATUS_PANIC`.
#[no_mangle]
pub unsafe extern "C" fn gw_parse_bytes(
    bytes: *const u8,
    len: usize,
    opts: *const Options,
    out: *mut *mut Document,
    err: *mut *mut Error,
) -> Status {
    unsafe { parse_entry(bytes, len, opts, out, err, run_bytes) }
}

// ---------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------

/// The kind of the error: the `gw_status` the failed call returned.
/// Returns `GW_STATUS_NULL_PARAMETER` when `err` is NULL.
#[no_mangle]
pub unsafe extern "C" fn gw_error_kind(err: *const Error) -> Status {
    boundary(|| Ok(unsafe { borrow(err) }?.kind))
}

/// The error message: lowercase, no final period, position last ("invalid UTF-8 input at
/// byte 3"). A NUL-terminated string owned by the error: valid until `gw_error_free`, not to
/// be freed on its own. Never NULL: for a NULL `err` it is a static "null error".
#[no_mangle]
pub unsafe extern "C" fn gw_error_message(err: *const Error) -> *const c_char {
    boundary_or(c"unknown error".as_ptr(), || match unsafe { borrow(err) } {
        Ok(e) => e.message.as_ptr(),
        Err(_) => c"null error".as_ptr(),
    })
}

/// Write the byte offset into the input the error points at to `*out`.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_ABSENT` (writes 0) when the error has no position
/// (e.g. too large input); `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_error_offset(err: *const Error, out: *mut usize) -> Status {
    boundary(|| {
        let e = unsafe { borrow(err) }?;
        unsafe { put_opt(out, e.offset, 0) }
    })
}

/// Free an error. NULL is allowed and does nothing; call it at most once per error.
#[no_mangle]
pub unsafe extern "C" fn gw_error_free(err: *mut Error) {
    boundary_or((), || {
        if !err.is_null() {
            // SAFETY: made by `Box::into_raw` in `new_error`, freed once by contract.
            drop(unsafe { Box::from_raw(err) });
        }
    })
}

// ---------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------

/// Free a document and everything borrowed from it (views, item handles, arrays). NULL is
/// allowed and does nothing; call it at most once per document, after every thread is done
/// reading it.
#[no_mangle]
pub unsafe extern "C" fn gw_document_free(doc: *mut Document) {
    boundary_or((), || {
        if !doc.is_null() {
            // SAFETY: made by `Box::into_raw` in `new_document`, freed once by contract.
            drop(unsafe { Box::from_raw(doc) });
        }
    })
}

/// Serialise the whole document as pretty JSON, the same as `gongwen parse FILE --format
/// json`. Writes a new NUL-terminated UTF-8 string to `*out` and its length in bytes
/// (without the NUL) to `*len` when `len` is not NULL. The caller owns the string and frees
/// it with `gw_string_free` (never with `free`).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER` when `doc` or `out` is NULL.
#[no_mangle]
pub unsafe extern "C" fn gw_document_to_json(
    doc: *const Document,
    out: *mut *mut c_char,
    len: *mut usize,
) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        need(out)?;
        let json = CString::new(d.doc.to_json()).map_err(|_| Status::Unknown)?;
        if !len.is_null() {
            // SAFETY: non-null, valid for writes by contract.
            unsafe { len.write(json.as_bytes().len()) };
        }
        unsafe { put_ok(out, json.into_raw()) }
    })
}

/// The document as one self-contained HTML page, the same as `gongwen html FILE`: its text
/// with headings, tasks, units by role, targets, deadlines, page chrome and diagnostics
/// marked, an outline and the responsibility matrix; CSS and script inline, nothing fetched.
/// Writes a new NUL-terminated UTF-8 string to `*out` and its length in bytes (without the
/// NUL) to `*len` when `len` is not NULL. The caller owns the string and frees it with
/// `gw_string_free` (never with `free`).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER` when `doc` or `out` is NULL.
#[no_mangle]
pub unsafe extern "C" fn gw_document_to_html(
    doc: *const Document,
    out: *mut *mut c_char,
    len: *mut usize,
) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        need(out)?;
        // The page escapes document text, and NUL becomes U+FFFD, so no NUL is inside.
        let page = CString::new(d.doc.to_html()).map_err(|_| Status::Unknown)?;
        if !len.is_null() {
            // SAFETY: non-null, valid for writes by contract.
            unsafe { len.write(page.as_bytes().len()) };
        }
        unsafe { put_ok(out, page.into_raw()) }
    })
}

/// Free a string returned by `gw_document_to_json` or `gw_document_to_html`. NULL is
/// allowed and does nothing; call it at most once per string.
#[no_mangle]
pub unsafe extern "C" fn gw_string_free(s: *mut c_char) {
    boundary_or((), || {
        if !s.is_null() {
            // SAFETY: made by `CString::into_raw` in `gw_document_to_json` or
            // `gw_document_to_html`, freed once.
            drop(unsafe { CString::from_raw(s) });
        }
    })
}

/// A view of the document's source text: the input of `gw_parse`, or the decoded text of
/// `gw_parse_bytes`. All spans are byte offsets into it.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_source(doc: *const Document, out: *mut Str) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        unsafe { put_ok(out, view(d.doc.source())) }
    })
}

/// The encoding `gw_parse_bytes` decoded from ("UTF-8", "UTF-16LE", "GB18030"…).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_ABSENT` (empty view) for a document from `gw_parse`
/// or from a Word file (which has no text encoding);
/// `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_encoding(doc: *const Document, out: *mut Str) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        unsafe { put_opt(out, d.doc.encoding().map(view), EMPTY_STR) }
    })
}

/// What sort of document it is.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_kind(doc: *const Document, out: *mut DocumentKind) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        let kind = match d.doc.kind() {
            gwcore::DocumentKind::TaskNotice => DocumentKind::TaskNotice,
            gwcore::DocumentKind::WorkReport => DocumentKind::WorkReport,
            gwcore::DocumentKind::MeetingNews => DocumentKind::MeetingNews,
            gwcore::DocumentKind::Article => DocumentKind::Article,
            gwcore::DocumentKind::Official => DocumentKind::Official,
            _ => DocumentKind::Unknown,
        };
        unsafe { put_ok(out, kind) }
    })
}

/// The stable snake_case name of the document's kind, as in the JSON ("task_notice",
/// "work_report", "meeting_news", "article", "unknown"); a static view.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_kind_name(doc: *const Document, out: *mut Str) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        unsafe { put_ok(out, view(d.doc.kind().as_str())) }
    })
}

/// The document's own title (without page chrome and pinyin readings).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_ABSENT` (empty view) when it has none;
/// `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_title(doc: *const Document, out: *mut Str) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        unsafe { put_opt(out, d.doc.title().map(|t| view(&t.text)), EMPTY_STR) }
    })
}

/// The signing or issue date as "YYYY-MM-DD".
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_ABSENT` (empty view) when there is no date or it
/// lacks a year, month or day (see `gw_document_date_parts`); `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_date(doc: *const Document, out: *mut Str) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        unsafe { put_opt(out, d.date_iso.as_deref().map(view), EMPTY_STR) }
    })
}

/// The date as far as written: writes year, month (1–12) and day (1–31), 0 for a part not
/// written, and the span where it is written. Every out pointer is required.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_ABSENT` (all zero) when there is no date;
/// `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_date_parts(
    doc: *const Document,
    year: *mut u32,
    month: *mut u32,
    day: *mut u32,
    span_out: *mut Span,
) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        need(year)?;
        need(month)?;
        need(day)?;
        need(span_out)?;
        let date = d.doc.date();
        let part = |f: fn(&gwcore::DateValue) -> Option<u32>| date.and_then(f).unwrap_or(0);
        unsafe {
            year.write(part(|v| v.year));
            month.write(part(|v| v.month));
            day.write(part(|v| v.day));
        }
        let status = if date.is_some() {
            Status::Ok
        } else {
            Status::Absent
        };
        let s = date.map_or(Span { start: 0, end: 0 }, |v| span(v.span));
        unsafe { put(span_out, s, status) }
    })
}

// ---------------------------------------------------------------------------------------
// Official elements (GB/T 9704 head and foot)
// ---------------------------------------------------------------------------------------

/// 文种: the stable snake_case name of the genre the title names, as in the JSON
/// ("notice", "opinions", "report", "reply", "measures", "programme"…; more may come).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_ABSENT` (empty view) when the title names none;
/// `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_genre(doc: *const Document, out: *mut Str) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        unsafe { put_opt(out, d.genre.as_deref().map(view), EMPTY_STR) }
    })
}

/// 发文字号 (某政〔2024〕5号): writes the number as written, the agency code (某政), the
/// year (2024), the sequence number (5) and the span where it is written. Every out
/// pointer is required.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_ABSENT` (empty views, zeros) when the document has
/// none; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_doc_number(
    doc: *const Document,
    text: *mut Str,
    agency: *mut Str,
    year: *mut u32,
    seq: *mut u32,
    span_out: *mut Span,
) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        need(text)?;
        need(agency)?;
        need(year)?;
        need(seq)?;
        need(span_out)?;
        let number = d.doc.official().doc_number.as_ref();
        unsafe {
            text.write(number.map_or(EMPTY_STR, |n| view(&n.text)));
            agency.write(number.map_or(EMPTY_STR, |n| view(&n.agency)));
            year.write(number.map_or(0, |n| u32::from(n.year)));
            seq.write(number.map_or(0, |n| n.seq));
        }
        let status = if number.is_some() {
            Status::Ok
        } else {
            Status::Absent
        };
        let s = number.map_or(Span { start: 0, end: 0 }, |n| span(n.span));
        unsafe { put(span_out, s, status) }
    })
}

/// The official element `list` names.
fn names(d: &Document, list: NameList) -> &[String] {
    let o = d.doc.official();
    match list {
        NameList::Signers => &o.signers,
        NameList::Addressees => &o.addressees,
        NameList::Attachments => &o.attachments,
        NameList::Cc => &o.cc,
    }
}

/// The official elements that are lists of names.
#[derive(Clone, Copy)]
enum NameList {
    Signers,
    Addressees,
    Attachments,
    Cc,
}

/// The shared body of the `*_count` functions of the name lists.
///
/// # Safety
/// As documented on those functions.
unsafe fn name_count(doc: *const Document, list: NameList, out: *mut usize) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        unsafe { put_ok(out, names(d, list).len()) }
    })
}

/// The shared body of the item functions of the name lists.
///
/// # Safety
/// As documented on those functions.
unsafe fn name_item(doc: *const Document, list: NameList, index: usize, out: *mut Str) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        need(out)?;
        let name = at(names(d, list), index)?;
        unsafe { put_ok(out, view(name)) }
    })
}

/// The number of 签发人 (signers named after the document number).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_signer_count(doc: *const Document, out: *mut usize) -> Status {
    unsafe { name_count(doc, NameList::Signers, out) }
}

/// Signer `index` (0-based), in written order.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_OUT_OF_RANGE` when `index` is not below
/// `gw_document_signer_count`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_signer(
    doc: *const Document,
    index: usize,
    out: *mut Str,
) -> Status {
    unsafe { name_item(doc, NameList::Signers, index, out) }
}

/// The number of 主送机关 (addressees), one a name.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_addressee_count(
    doc: *const Document,
    out: *mut usize,
) -> Status {
    unsafe { name_count(doc, NameList::Addressees, out) }
}

/// Addressee `index` (0-based), in written order.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_OUT_OF_RANGE` when `index` is not below
/// `gw_document_addressee_count`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_addressee(
    doc: *const Document,
    index: usize,
    out: *mut Str,
) -> Status {
    unsafe { name_item(doc, NameList::Addressees, index, out) }
}

/// The number of attachments the 附件说明 names.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_attachment_count(
    doc: *const Document,
    out: *mut usize,
) -> Status {
    unsafe { name_count(doc, NameList::Attachments, out) }
}

/// The name of attachment `index` (0-based), without its number.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_OUT_OF_RANGE` when `index` is not below
/// `gw_document_attachment_count`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_attachment(
    doc: *const Document,
    index: usize,
    out: *mut Str,
) -> Status {
    unsafe { name_item(doc, NameList::Attachments, index, out) }
}

/// The number of 抄送机关 (bodies a copy is sent to).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_cc_count(doc: *const Document, out: *mut usize) -> Status {
    unsafe { name_count(doc, NameList::Cc, out) }
}

/// 抄送机关 `index` (0-based), in written order.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_OUT_OF_RANGE` when `index` is not below
/// `gw_document_cc_count`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_cc(
    doc: *const Document,
    index: usize,
    out: *mut Str,
) -> Status {
    unsafe { name_item(doc, NameList::Cc, index, out) }
}

/// 份号: the copy number as written (six digits, 000123).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_ABSENT` (empty view) when there is none;
/// `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_copy_number(doc: *const Document, out: *mut Str) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        let number = d.doc.official().copy_number.as_deref();
        unsafe { put_opt(out, number.map(view), EMPTY_STR) }
    })
}

/// 密级: the secrecy level the document is marked with.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_ABSENT` (writes `GW_SECRECY_NONE`) when it is not
/// marked; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_secrecy(doc: *const Document, out: *mut Secrecy) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        let level = d.doc.official().secrecy.map(|s| match s {
            gwcore::SecrecyLevel::TopSecret => Secrecy::TopSecret,
            gwcore::SecrecyLevel::Secret => Secrecy::Secret,
            gwcore::SecrecyLevel::Confidential => Secrecy::Confidential,
        });
        unsafe { put_opt(out, level, Secrecy::None) }
    })
}

/// 保密期限: the term written after the secrecy level (1年, 长期).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_ABSENT` (empty view) when none is written;
/// `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_secrecy_term(doc: *const Document, out: *mut Str) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        let term = d.doc.official().secrecy_term.as_deref();
        unsafe { put_opt(out, term.map(view), EMPTY_STR) }
    })
}

/// 紧急程度: how urgent the document is marked.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_ABSENT` (writes `GW_URGENCY_NONE`) when it is not
/// marked; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_urgency(doc: *const Document, out: *mut Urgency) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        let urgency = d.doc.official().urgency.map(|u| match u {
            gwcore::Urgency::Immediate => Urgency::Immediate,
            gwcore::Urgency::VeryUrgent => Urgency::VeryUrgent,
            gwcore::Urgency::Urgent => Urgency::Urgent,
            gwcore::Urgency::Prompt => Urgency::Prompt,
        });
        unsafe { put_opt(out, urgency, Urgency::None) }
    })
}

// ---------------------------------------------------------------------------------------
// Outline
// ---------------------------------------------------------------------------------------

/// The number of headings in the outline (document order, run-in headings included).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_outline_count(
    doc: *const Document,
    out: *mut usize,
) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        unsafe { put_ok(out, d.headings.len()) }
    })
}

/// Heading `index` (0-based) of the outline, borrowed from the document. A heading's index
/// is its id (`gw_heading_id`).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_OUT_OF_RANGE` when `index` is not below
/// `gw_document_outline_count`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_outline_entry(
    doc: *const Document,
    index: usize,
    out: *mut *const Heading,
) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        need(out)?;
        let h = d.heading(index)?;
        unsafe { put_ok(out, handle(h)) }
    })
}

/// The heading's id: its index in the outline (`gw_document_outline_entry`).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_heading_id(heading: *const Heading, out: *mut u32) -> Status {
    boundary(|| {
        let h: &gwcore::Heading = unsafe { item(heading) }?;
        unsafe { put_ok(out, h.id.0) }
    })
}

/// The heading's level: 1 is the top.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_heading_level(heading: *const Heading, out: *mut u32) -> Status {
    boundary(|| {
        let h: &gwcore::Heading = unsafe { item(heading) }?;
        unsafe { put_ok(out, u32::from(h.level)) }
    })
}

/// The marker as written ("一、", "（一）", "1."); an empty view when unnumbered.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_heading_marker(heading: *const Heading, out: *mut Str) -> Status {
    boundary(|| {
        let h: &gwcore::Heading = unsafe { item(heading) }?;
        unsafe { put_ok(out, view(&h.marker)) }
    })
}

/// The number the marker carries (3 for "（三）").
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_ABSENT` (writes 0) when unnumbered;
/// `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_heading_number(heading: *const Heading, out: *mut u64) -> Status {
    boundary(|| {
        let h: &gwcore::Heading = unsafe { item(heading) }?;
        unsafe { put_opt(out, h.number.map(u64::from), 0) }
    })
}

/// The title without its marker, up to the line end or the first 。.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_heading_title(heading: *const Heading, out: *mut Str) -> Status {
    boundary(|| {
        let h: &gwcore::Heading = unsafe { item(heading) }?;
        unsafe { put_ok(out, view(&h.title)) }
    })
}

/// The heading's span: from the marker to the end of the title.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_heading_span(heading: *const Heading, out: *mut Span) -> Status {
    boundary(|| {
        let h: &gwcore::Heading = unsafe { item(heading) }?;
        unsafe { put_ok(out, span(h.span)) }
    })
}

/// Whether the heading is a run-in heading (a short phrase ending in 。 that opens a
/// paragraph).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_heading_run_in(heading: *const Heading, out: *mut bool) -> Status {
    boundary(|| {
        let h: &gwcore::Heading = unsafe { item(heading) }?;
        unsafe { put_ok(out, h.run_in) }
    })
}

// ---------------------------------------------------------------------------------------
// Tasks and their units
// ---------------------------------------------------------------------------------------

/// The number of tasks (document order).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_task_count(doc: *const Document, out: *mut usize) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        unsafe { put_ok(out, d.tasks.len()) }
    })
}

/// Task `index` (0-based), borrowed from the document. A task's index is its id
/// (`gw_task_id`), so this also finds the tasks the `gw_unit_summary_*` arrays list.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_OUT_OF_RANGE` when `index` is not below
/// `gw_document_task_count`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_task(
    doc: *const Document,
    index: usize,
    out: *mut *const Task,
) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        need(out)?;
        let t = d.task(index)?;
        unsafe { put_ok(out, handle(t)) }
    })
}

/// The task's id: its index among the document's tasks (`gw_document_task`), what the
/// `gw_unit_summary_*` arrays list. Unnumbered tasks have one; tasks that repeat a written
/// number have different ones.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_task_id(task: *const Task, out: *mut u32) -> Status {
    boundary(|| {
        let t: &gwcore::Task = unsafe { item(task) }?;
        unsafe { put_ok(out, t.id.0) }
    })
}

/// The task's number as written (9 for "9.").
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_ABSENT` (writes 0) for an unnumbered task;
/// `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_task_number(task: *const Task, out: *mut u64) -> Status {
    boundary(|| {
        let t: &gwcore::Task = unsafe { item(task) }?;
        unsafe { put_opt(out, t.number.map(u64::from), 0) }
    })
}

/// The task text, without marker and responsibility clause.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_task_text(task: *const Task, out: *mut Str) -> Status {
    boundary(|| {
        let t: &gwcore::Task = unsafe { item(task) }?;
        unsafe { put_ok(out, view(&t.text)) }
    })
}

/// The span of the whole task, responsibility lines included.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_task_span(task: *const Task, out: *mut Span) -> Status {
    boundary(|| {
        let t: &gwcore::Task = unsafe { item(task) }?;
        unsafe { put_ok(out, span(t.span)) }
    })
}

/// The deadline as written ("6月底前", "长期坚持").
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_ABSENT` (empty view) when the task has none;
/// `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_task_deadline(task: *const Task, out: *mut Str) -> Status {
    boundary(|| {
        let t: &gwcore::Task = unsafe { item(task) }?;
        unsafe { put_opt(out, t.deadline.as_ref().map(|d| view(&d.text)), EMPTY_STR) }
    })
}

/// The number of responsible units of the task (0 without a responsibility clause).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_task_unit_count(task: *const Task, out: *mut usize) -> Status {
    boundary(|| {
        let t: &gwcore::Task = unsafe { item(task) }?;
        unsafe { put_ok(out, t.units().len()) }
    })
}

/// Unit `index` (0-based, in the order written) of the task, borrowed from the document.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_OUT_OF_RANGE` when `index` is not below
/// `gw_task_unit_count`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_task_unit(
    task: *const Task,
    index: usize,
    out: *mut *const Unit,
) -> Status {
    boundary(|| {
        let t: &gwcore::Task = unsafe { item(task) }?;
        need(out)?;
        let u = at(t.units(), index)?;
        unsafe { put_ok(out, handle(u)) }
    })
}

/// The unit's name as written, without role words and 等相关单位.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_unit_name(unit: *const Unit, out: *mut Str) -> Status {
    boundary(|| {
        let u: &gwcore::Unit = unsafe { item(unit) }?;
        unsafe { put_ok(out, view(&u.name)) }
    })
}

/// The unit's role in the task.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_unit_role(unit: *const Unit, out: *mut Role) -> Status {
    boundary(|| {
        let u: &gwcore::Unit = unsafe { item(unit) }?;
        let role = match u.role {
            gwcore::Role::Lead => Role::Lead,
            gwcore::Role::Support => Role::Support,
            gwcore::Role::Responsible => Role::Responsible,
            _ => Role::Unknown,
        };
        unsafe { put_ok(out, role) }
    })
}

fn unit_kind(kind: gwcore::UnitKind) -> UnitKind {
    match kind {
        gwcore::UnitKind::Department => UnitKind::Department,
        gwcore::UnitKind::LocalGovernment => UnitKind::LocalGovernment,
        gwcore::UnitKind::Enterprise => UnitKind::Enterprise,
        gwcore::UnitKind::Party => UnitKind::Party,
        gwcore::UnitKind::Judicial => UnitKind::Judicial,
        gwcore::UnitKind::School => UnitKind::School,
        _ => UnitKind::Other,
    }
}

/// What sort of body the unit is.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_unit_kind(unit: *const Unit, out: *mut UnitKind) -> Status {
    boundary(|| {
        let u: &gwcore::Unit = unsafe { item(unit) }?;
        unsafe { put_ok(out, unit_kind(u.kind)) }
    })
}

/// The unit's flags: a bitwise OR of `gw_unit_flag` values (`GW_UNIT_FLAG_COLLECTIVE`,
/// `GW_UNIT_FLAG_DISTRIBUTIVE`, `GW_UNIT_FLAG_AND_OTHERS`).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_unit_flags(unit: *const Unit, out: *mut u32) -> Status {
    boundary(|| {
        let u: &gwcore::Unit = unsafe { item(unit) }?;
        let mut flags = 0;
        for (on, flag) in [
            (u.collective, UnitFlag::Collective),
            (u.distributive, UnitFlag::Distributive),
            (u.and_others, UnitFlag::AndOthers),
        ] {
            if on {
                flags |= flag as u32;
            }
        }
        unsafe { put_ok(out, flags) }
    })
}

/// Where the unit's name is written.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_unit_span(unit: *const Unit, out: *mut Span) -> Status {
    boundary(|| {
        let u: &gwcore::Unit = unsafe { item(unit) }?;
        unsafe { put_ok(out, span(u.span)) }
    })
}

// ---------------------------------------------------------------------------------------
// The responsibility matrix
// ---------------------------------------------------------------------------------------

/// The number of rows of the responsibility matrix: each distinct unit (grouped by
/// normalized name, in order of first appearance). Computed once at parse time.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_unit_summary_count(
    doc: *const Document,
    out: *mut usize,
) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        unsafe { put_ok(out, d.matrix.len()) }
    })
}

/// Row `index` (0-based) of the responsibility matrix, borrowed from the document.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_OUT_OF_RANGE` when `index` is not below
/// `gw_document_unit_summary_count`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_unit_summary(
    doc: *const Document,
    index: usize,
    out: *mut *const UnitSummary,
) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        need(out)?;
        let row = at(&d.matrix, index)?;
        unsafe { put_ok(out, handle(row)) }
    })
}

/// The unit's name as first written.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_unit_summary_name(row: *const UnitSummary, out: *mut Str) -> Status {
    boundary(|| {
        let r: &gwcore::UnitSummary = unsafe { item(row) }?;
        unsafe { put_ok(out, view(&r.name)) }
    })
}

/// What sort of body the unit is.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_unit_summary_kind(
    row: *const UnitSummary,
    out: *mut UnitKind,
) -> Status {
    boundary(|| {
        let r: &gwcore::UnitSummary = unsafe { item(row) }?;
        unsafe { put_ok(out, unit_kind(r.kind)) }
    })
}

/// Ids of the tasks the unit leads (`gw_task_id`; pass one to `gw_document_task`), in
/// document order: writes a borrowed array (never NULL, valid until the document is freed)
/// and its length. Both out pointers are required.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_unit_summary_lead(
    row: *const UnitSummary,
    ids: *mut *const u32,
    len: *mut usize,
) -> Status {
    boundary(|| {
        let r: &gwcore::UnitSummary = unsafe { item(row) }?;
        unsafe { put_ids(&r.lead, ids, len) }
    })
}

/// Ids of the tasks the unit supports; as `gw_unit_summary_lead`.
#[no_mangle]
pub unsafe extern "C" fn gw_unit_summary_support(
    row: *const UnitSummary,
    ids: *mut *const u32,
    len: *mut usize,
) -> Status {
    boundary(|| {
        let r: &gwcore::UnitSummary = unsafe { item(row) }?;
        unsafe { put_ids(&r.support, ids, len) }
    })
}

/// Ids of the tasks the unit is responsible for without a lead/support split; as
/// `gw_unit_summary_lead`.
#[no_mangle]
pub unsafe extern "C" fn gw_unit_summary_responsible(
    row: *const UnitSummary,
    ids: *mut *const u32,
    len: *mut usize,
) -> Status {
    boundary(|| {
        let r: &gwcore::UnitSummary = unsafe { item(row) }?;
        unsafe { put_ids(&r.responsible, ids, len) }
    })
}

/// Ids of every task the unit appears in, each once, in document order (unnumbered tasks
/// included; tasks that repeat a number kept apart); as `gw_unit_summary_lead`.
#[no_mangle]
pub unsafe extern "C" fn gw_unit_summary_tasks(
    row: *const UnitSummary,
    ids: *mut *const u32,
    len: *mut usize,
) -> Status {
    boundary(|| {
        let r: &gwcore::UnitSummary = unsafe { item(row) }?;
        unsafe { put_ids(&r.tasks, ids, len) }
    })
}

// ---------------------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------------------

/// The number of targets (quantified goals such as 生产总值增长6.5%左右) of tasks and
/// paragraphs, in document order.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_target_count(doc: *const Document, out: *mut usize) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        unsafe { put_ok(out, d.targets.len()) }
    })
}

/// Target `index` (0-based), borrowed from the document.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_OUT_OF_RANGE` when `index` is not below
/// `gw_document_target_count`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_target(
    doc: *const Document,
    index: usize,
    out: *mut *const Target,
) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        need(out)?;
        let t = d.target(index)?;
        unsafe { put_ok(out, handle(t)) }
    })
}

/// The target's id: its index among all the document's figures (targets and the
/// achievements the C API does not list) in document order, so ids may skip numbers; the
/// same id as in the JSON.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_target_id(target: *const Target, out: *mut u32) -> Status {
    boundary(|| {
        let t: &gwcore::Target = unsafe { item(target) }?;
        unsafe { put_ok(out, t.id.0) }
    })
}

/// The indicator phrase (生产总值, 市级以上创新平台), pinyin readings removed.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_target_indicator(target: *const Target, out: *mut Str) -> Status {
    boundary(|| {
        let t: &gwcore::Target = unsafe { item(target) }?;
        unsafe { put_ok(out, view(&t.indicator)) }
    })
}

/// The relation's stable snake_case name, as in the JSON ("growth", "reach", "at_most",
/// "exceed", "at_least", "increase", "decrease", "reduce_to", "add", "complete",
/// "implement", "build"; more may come); a static view.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_target_relation(target: *const Target, out: *mut Str) -> Status {
    boundary(|| {
        let t: &gwcore::Target = unsafe { item(target) }?;
        unsafe { put_ok(out, view(t.relation.as_str())) }
    })
}

/// The relation word as written (增长, 控制在).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_target_relation_text(target: *const Target, out: *mut Str) -> Status {
    boundary(|| {
        let t: &gwcore::Target = unsafe { item(target) }?;
        unsafe { put_ok(out, view(&t.relation_text)) }
    })
}

/// The number as written, before any scale (18.8 for 18.8亿元; the lower end of a range).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_target_value(target: *const Target, out: *mut f64) -> Status {
    boundary(|| {
        let t: &gwcore::Target = unsafe { item(target) }?;
        unsafe { put_ok(out, t.quantity.value) }
    })
}

/// The upper end of a range (15 for 10%~15%).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_ABSENT` (writes 0) when the value is not a range;
/// `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_target_upper(target: *const Target, out: *mut f64) -> Status {
    boundary(|| {
        let t: &gwcore::Target = unsafe { item(target) }?;
        unsafe { put_opt(out, t.quantity.upper(), 0.0) }
    })
}

/// The unit as written, scale included (亿元, %, 个百分点).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_target_unit(target: *const Target, out: *mut Str) -> Status {
    boundary(|| {
        let t: &gwcore::Target = unsafe { item(target) }?;
        unsafe { put_ok(out, view(&t.quantity.unit)) }
    })
}

/// The value in base units (1880000000 for 18.8亿元).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_target_base_value(target: *const Target, out: *mut f64) -> Status {
    boundary(|| {
        let t: &gwcore::Target = unsafe { item(target) }?;
        unsafe { put_ok(out, t.quantity.base_value) }
    })
}

/// The base unit (元, %, 个百分点, 平方米, 家…).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_target_base_unit(target: *const Target, out: *mut Str) -> Status {
    boundary(|| {
        let t: &gwcore::Target = unsafe { item(target) }?;
        unsafe { put_ok(out, view(&t.quantity.base_unit)) }
    })
}

/// The qualifier as written (以上, 以内, 左右; or 力争/确保 when nothing follows the number).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_ABSENT` (empty view) when there is none;
/// `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_target_qualifier(target: *const Target, out: *mut Str) -> Status {
    boundary(|| {
        let t: &gwcore::Target = unsafe { item(target) }?;
        unsafe { put_opt(out, t.qualifier().map(view), EMPTY_STR) }
    })
}

/// The number of the task the target belongs to.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_ABSENT` (writes 0) for a target in a paragraph or an
/// unnumbered task; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_target_task(target: *const Target, out: *mut u64) -> Status {
    boundary(|| {
        let t: &gwcore::Target = unsafe { item(target) }?;
        unsafe { put_opt(out, t.task.map(u64::from), 0) }
    })
}

/// The id of the task the target belongs to (`gw_document_task(doc, id, ...)`), set for
/// unnumbered tasks too.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_ABSENT` (writes 0) for a target in a paragraph or a
/// heading; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_target_task_id(target: *const Target, out: *mut u32) -> Status {
    boundary(|| {
        let t: &gwcore::Target = unsafe { item(target) }?;
        unsafe { put_opt(out, t.task_id.map(|id| id.0), 0) }
    })
}

/// The number of heading titles above the target (its section path).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_target_section_count(target: *const Target, out: *mut usize) -> Status {
    boundary(|| {
        let t: &gwcore::Target = unsafe { item(target) }?;
        unsafe { put_ok(out, t.section.len()) }
    })
}

/// Heading title `index` of the target's section path, outermost first.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_OUT_OF_RANGE` when `index` is not below
/// `gw_target_section_count`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_target_section(
    target: *const Target,
    index: usize,
    out: *mut Str,
) -> Status {
    boundary(|| {
        let t: &gwcore::Target = unsafe { item(target) }?;
        need(out)?;
        let title = at(&t.section, index)?;
        unsafe { put_ok(out, view(title)) }
    })
}

/// Where the target is written: from the indicator (or relation) to the end of the
/// qualifier.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_target_span(target: *const Target, out: *mut Span) -> Status {
    boundary(|| {
        let t: &gwcore::Target = unsafe { item(target) }?;
        unsafe { put_ok(out, span(t.span)) }
    })
}

// ---------------------------------------------------------------------------------------
// Diagnostics
// ---------------------------------------------------------------------------------------

/// The number of diagnostics (oddities found in the text).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_diagnostic_count(
    doc: *const Document,
    out: *mut usize,
) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        unsafe { put_ok(out, d.doc.diagnostics().len()) }
    })
}

/// Diagnostic `index` (0-based), borrowed from the document.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_OUT_OF_RANGE` when `index` is not below
/// `gw_document_diagnostic_count`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_document_diagnostic(
    doc: *const Document,
    index: usize,
    out: *mut *const Diagnostic,
) -> Status {
    boundary(|| {
        let d = unsafe { borrow(doc) }?;
        need(out)?;
        let diag = at(d.doc.diagnostics(), index)?;
        unsafe { put_ok(out, handle(diag)) }
    })
}

/// The diagnostic's stable snake_case code ("numbering_gap", "unbalanced_parentheses"…);
/// a static view. New codes may appear in later versions.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_diagnostic_code(diag: *const Diagnostic, out: *mut Str) -> Status {
    boundary(|| {
        let d: &gwcore::Diagnostic = unsafe { item(diag) }?;
        unsafe { put_ok(out, view(d.code.as_str())) }
    })
}

/// The diagnostic's human message (lowercase, no final period).
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_diagnostic_message(diag: *const Diagnostic, out: *mut Str) -> Status {
    boundary(|| {
        let d: &gwcore::Diagnostic = unsafe { item(diag) }?;
        unsafe { put_ok(out, view(&d.message)) }
    })
}

/// Where in the source the diagnostic points.
///
/// Returns `GW_STATUS_OK`; `GW_STATUS_NULL_PARAMETER`.
#[no_mangle]
pub unsafe extern "C" fn gw_diagnostic_span(diag: *const Diagnostic, out: *mut Span) -> Status {
    boundary(|| {
        let d: &gwcore::Diagnostic = unsafe { item(diag) }?;
        unsafe { put_ok(out, span(d.span)) }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ptr;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn document_handle_is_send_and_sync() {
        // The header promises concurrent reads; the handle holds no interior mutability.
        assert_send_sync::<Document>();
    }

    #[test]
    fn parse_read_free() {
        let text = "关于做好重点工作的通知\n一、总体要求\n1.完成投资300亿元。(发展改革委牵头,财政局配合)\n";
        let mut doc = ptr::null_mut();
        let mut err = ptr::null_mut();
        let status = unsafe {
            gw_parse(
                text.as_ptr().cast(),
                text.len(),
                ptr::null(),
                &mut doc,
                &mut err,
            )
        };
        assert_eq!(status, Status::Ok);
        assert!(err.is_null());
        let mut n = 0;
        assert_eq!(unsafe { gw_document_task_count(doc, &mut n) }, Status::Ok);
        assert_eq!(n, 1);
        let mut task = ptr::null();
        assert_eq!(
            unsafe { gw_document_task(doc, 1, &mut task) },
            Status::OutOfRange
        );
        assert_eq!(unsafe { gw_document_task(doc, 0, &mut task) }, Status::Ok);
        let mut units = 0;
        assert_eq!(unsafe { gw_task_unit_count(task, &mut units) }, Status::Ok);
        assert_eq!(units, 2);
        unsafe { gw_document_free(doc) };
    }

    #[test]
    fn panics_become_a_status() {
        assert_eq!(boundary(|| panic!("boom")), Status::Panic);
        assert_eq!(boundary_or(7, || panic!("boom")), 7);
        let mut doc = ptr::null_mut();
        let mut err = ptr::null_mut();
        let status = unsafe {
            parse_entry(b"x".as_ptr(), 1, ptr::null(), &mut doc, &mut err, |_, _| {
                panic!("boom")
            })
        };
        assert_eq!(status, Status::Panic);
        assert!(doc.is_null());
        assert_eq!(unsafe { gw_error_kind(err) }, Status::Panic);
        let message = unsafe { std::ffi::CStr::from_ptr(gw_error_message(err)) };
        assert_eq!(message.to_str().unwrap(), "panic inside gongwen: boom");
        unsafe { gw_error_free(err) };
    }

    #[test]
    fn invalid_utf8_is_an_error_with_offset() {
        let bytes = b"ab\xffcd";
        let mut doc = ptr::null_mut();
        let mut err = ptr::null_mut();
        let status = unsafe { gw_parse(bytes.as_ptr().cast(), 5, ptr::null(), &mut doc, &mut err) };
        assert_eq!(status, Status::InvalidUtf8);
        assert!(doc.is_null());
        let mut offset = 99;
        assert_eq!(unsafe { gw_error_offset(err, &mut offset) }, Status::Ok);
        assert_eq!(offset, 2);
        assert_eq!(unsafe { gw_error_kind(err) }, Status::InvalidUtf8);
        unsafe { gw_error_free(err) };
    }
}
