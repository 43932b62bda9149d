//! Where the Document's heap goes, by kind of node and field, on the bench's generated corpus
//! (the input `benches/ratios.rs` measures). Records every allocation made during `parse`
//! that is still live after it, then walks the Document and gives each allocation to the
//! first node field pointing into it, so shared allocations count once. The walk allocates,
//! so it runs after the figures are taken.
//!
//! `GONGWEN_RATIO_MB=4 cargo run --release -p gongwen --example heap_breakdown`
//! (`NOMAP=1`: only the document and peak ratios, without the per-allocation map;
//! `GONGWEN_FILE=path`: that text instead of the generated corpus).

#[path = "../benches/gen/mod.rs"]
mod gen;

use gongwen::*;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};
use std::sync::Mutex;

struct Rec;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static ON: AtomicBool = AtomicBool::new(false);
static MAP: Mutex<BTreeMap<usize, usize>> = Mutex::new(BTreeMap::new());
thread_local! { static IN: Cell<bool> = const { Cell::new(false) }; }

fn note(p: *mut u8, size: usize, add: bool) {
    if !ON.load(Relaxed) {
        return;
    }
    IN.with(|g| {
        if g.get() {
            return;
        }
        g.set(true);
        let mut m = MAP.lock().unwrap();
        if add {
            m.insert(p as usize, size);
        } else {
            m.remove(&(p as usize));
        }
        g.set(false);
    });
}

unsafe impl GlobalAlloc for Rec {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(l) };
        if !IN.with(|g| g.get()) {
            let n = LIVE.fetch_add(l.size(), Relaxed) + l.size();
            PEAK.fetch_max(n, Relaxed);
            note(p, l.size(), true);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        if !IN.with(|g| g.get()) {
            LIVE.fetch_sub(l.size(), Relaxed);
            note(p, l.size(), false);
        }
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, l, new) };
        if !IN.with(|g| g.get()) {
            if new > l.size() {
                let n = LIVE.fetch_add(new - l.size(), Relaxed) + new - l.size();
                PEAK.fetch_max(n, Relaxed);
            } else {
                LIVE.fetch_sub(l.size() - new, Relaxed);
            }
            note(p, l.size(), false);
            note(q, new, true);
        }
        q
    }
}

#[global_allocator]
static A: Rec = Rec;

struct Acc<'a> {
    allocs: BTreeMap<usize, usize>,
    seen: HashSet<usize>,
    by: HashMap<&'static str, (usize, usize)>,
    src: &'a str,
    /// non-source text bytes by field, and how many fields
    text_fields: HashMap<&'static str, (usize, usize)>,
    counts: HashMap<&'static str, usize>,
    slack: HashMap<&'static str, (usize, usize)>,
}

impl Acc<'_> {
    fn claim(&mut self, cat: &'static str, p: *const u8) {
        let p = p as usize;
        let Some((&a, &size)) = self.allocs.range(..=p).next_back() else {
            return;
        };
        if p >= a + size.max(1) {
            return;
        }
        if self.seen.insert(a) {
            let e = self.by.entry(cat).or_default();
            e.0 += size;
            e.1 += 1;
        }
    }
    fn vec<T>(&mut self, cat: &'static str, v: &Vec<T>) {
        let e = self.slack.entry(cat).or_default();
        e.0 += v.len();
        e.1 += v.capacity();
        self.list(cat, v.as_slice(), v.capacity());
    }
    /// A boxed slice: no spare capacity.
    fn boxed<T>(&mut self, cat: &'static str, v: &[T]) {
        self.list(cat, v, v.len());
    }
    fn list<T>(&mut self, cat: &'static str, v: &[T], capacity: usize) {
        if capacity > 0 && std::mem::size_of::<T>() > 0 {
            self.claim(cat, v.as_ptr() as *const u8);
        }
        *self.counts.entry(cat).or_default() += 1;
    }
    fn text(&mut self, cat: &'static str, t: &str) {
        if t.is_empty() {
            return;
        }
        let s = self.src.as_ptr() as usize;
        let p = t.as_ptr() as usize;
        if p >= s && p < s + self.src.len() {
            return;
        }
        let e = self.text_fields.entry(cat).or_default();
        e.0 += t.len();
        e.1 += 1;
        self.claim(cat, t.as_ptr());
    }
    fn s(&mut self, cat: &'static str, t: &String) {
        if t.capacity() > 0 {
            self.claim(cat, t.as_ptr());
        }
    }
    fn target(&mut self, t: &Target) {
        self.text("text target.indicator", &t.indicator);
        self.text("text target.relation_text", &t.relation_text);
        self.text("text quantity.unit", &t.quantity.unit);
        self.text("text quantity.base_unit", &t.quantity.base_unit);
        if let Some(q) = t.qualifier() {
            self.text("text target.qualifier", q);
        }
        if let Some(q) = t.hedge() {
            self.text("text target.hedge", q);
        }
        if let Some(q) = t.quantity.currency() {
            self.text("text quantity.currency", q);
        }
        self.claim("arc target.section", t.section.as_ptr() as *const u8);
        for s in t.section.iter() {
            self.text("text section path", s);
        }
        *self.counts.entry("target").or_default() += 1;
    }
    fn heading(&mut self, h: &Heading) {
        self.text("text heading.marker", &h.marker);
        self.text("text heading.title", &h.title);
        self.boxed("boxed heading.targets", &h.targets);
        for t in &h.targets {
            self.target(t);
        }
        if let Some(r) = &h.responsibility {
            self.claim("box heading.responsibility", &**r as *const _ as *const u8);
            self.resp(r);
        }
    }
    fn resp(&mut self, r: &Responsibility) {
        self.boxed("boxed resp.units", &r.units);
        self.boxed("boxed resp.leaders", &r.leaders);
        for u in &r.units {
            self.text("text unit.name", &u.name);
            self.text("text unit.normalized", u.normalized());
        }
        for l in &r.leaders {
            self.text("text leader", l);
        }
    }
}

fn main() {
    let mb: usize = std::env::var("GONGWEN_RATIO_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4);
    // GONGWEN_FILE: a file of text instead of the generated corpus.
    let docs = match std::env::var("GONGWEN_FILE") {
        Ok(path) => vec![std::fs::read_to_string(path).expect("a UTF-8 file")],
        Err(_) => gen::corpus(mb << 20),
    };
    for d in &docs {
        std::hint::black_box(parse(d));
    }
    let one = docs.join("\n");
    drop(docs);
    let before = LIVE.load(Relaxed);
    PEAK.store(before, Relaxed);
    ON.store(std::env::var("NOMAP").is_err(), Relaxed);
    let doc = parse(&one);
    ON.store(false, Relaxed);
    let kept = LIVE.load(Relaxed) - before;
    println!(
        "peak_heap_vs_input {:.3}",
        (PEAK.load(Relaxed) - before) as f64 / one.len() as f64
    );
    let allocs = std::mem::take(&mut *MAP.lock().unwrap());
    let n = one.len() as f64;
    println!(
        "input {} bytes; document kept {} bytes = {:.3}x; {} live allocations",
        one.len(),
        kept,
        kept as f64 / n,
        allocs.len()
    );
    let mut acc = Acc {
        allocs,
        seen: HashSet::new(),
        by: HashMap::new(),
        src: doc.source(),
        text_fields: HashMap::new(),
        counts: HashMap::new(),
        slack: HashMap::new(),
    };
    acc.claim("source", doc.source().as_ptr());
    let blocks = doc.blocks();
    acc.claim("vec document.blocks", blocks.as_ptr() as *const u8);
    acc.vec("vec diagnostics", &doc.diagnostics().to_vec()); // count only
    for d in doc.diagnostics() {
        acc.s("string diagnostic.message", &d.message);
    }
    let diag_ptr = doc.diagnostics().as_ptr() as *const u8;
    acc.claim("vec document.diagnostics", diag_ptr);
    if let Some(t) = doc.title() {
        acc.text("text title", &t.text);
        for x in [&t.issuer, &t.subject, &t.genre].into_iter().flatten() {
            acc.text("text title parts", x);
        }
    }
    for (_, b) in doc.walk() {
        let kind: &'static str = match b {
            Block::Section(_) => "section",
            Block::Paragraph(_) => "paragraph",
            Block::Task(_) => "task",
            Block::Blank(_) => "blank",
            _ => "other block",
        };
        *acc.counts.entry(kind).or_default() += 1;
        match b {
            Block::Section(s) => {
                acc.claim("box section", &**s as *const _ as *const u8);
                acc.vec("vec section.children", &s.children);
                acc.heading(&s.heading);
            }
            Block::Paragraph(p) => {
                acc.claim("box paragraph", &**p as *const _ as *const u8);
                acc.text("text paragraph.text", &p.text);
                if let Some(h) = &p.run_in {
                    acc.claim("box paragraph.run_in", &**h as *const _ as *const u8);
                    acc.heading(h);
                }
                if let Some(m) = &p.marker {
                    acc.text("text paragraph.marker", m);
                }
                acc.vec("vec paragraph.items", &p.items);
                for i in &p.items {
                    acc.text("text item.marker", &i.marker);
                    acc.text("text item.text", &i.text);
                }
                acc.boxed("boxed paragraph.targets", &p.targets);
                for t in &p.targets {
                    acc.target(t);
                }
            }
            Block::Task(t) => {
                acc.claim("box task", &**t as *const _ as *const u8);
                acc.text("text task.marker", &t.marker);
                acc.text("text task.text", &t.text);
                acc.claim("arc task.section", t.section.as_ptr() as *const u8);
                for s in t.section.iter() {
                    acc.text("text section path", s);
                }
                if let Some(r) = &t.responsibility {
                    acc.resp(r);
                }
                if let Some(d) = &t.deadline {
                    acc.claim("box task.deadline", &**d as *const _ as *const u8);
                    acc.text("text deadline.text", &d.text);
                }
                acc.boxed("boxed task.targets", &t.targets);
                for x in &t.targets {
                    acc.target(x);
                }
            }
            Block::Chrome(c) => acc.text("text chrome", &c.text),
            Block::Dateline(d) => {
                acc.claim("box other", &**d as *const _ as *const u8);
                acc.text("text other", &d.text);
            }
            Block::Attendees(d) => {
                acc.claim("box other", &**d as *const _ as *const u8);
                acc.text("text other", &d.text);
            }
            Block::Statement(d) => {
                acc.claim("box other", &**d as *const _ as *const u8);
                acc.text("text other", &d.text);
                acc.text("text other", &d.verb);
            }
            Block::Blank(t) => acc.text("text blank", &t.text),
            other => {
                if let Some(t) = other.text_block() {
                    acc.text("text textblock", &t.text);
                }
            }
        }
    }
    let o = doc.official();
    for s in o
        .signers
        .iter()
        .chain(&o.addressees)
        .chain(&o.attachments)
        .chain(&o.cc)
    {
        acc.s("official", s);
    }
    for v in [&o.signers, &o.addressees, &o.attachments, &o.cc] {
        acc.vec("official", v);
    }
    let mut rows: Vec<_> = acc.by.iter().map(|(k, v)| (*k, *v)).collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1 .0));
    let mut claimed = 0;
    println!(
        "{:<34} {:>12} {:>8} {:>9}",
        "allocation kind", "bytes", "xinput", "allocs"
    );
    for (k, (b, c)) in &rows {
        claimed += b;
        println!("{k:<34} {b:>12} {:>8.3} {c:>9}", *b as f64 / n);
    }
    println!(
        "{:<34} {:>12} {:>8.3}",
        "UNCLAIMED",
        kept - claimed,
        (kept - claimed) as f64 / n
    );
    let unclaimed: Vec<(usize, usize)> = acc
        .allocs
        .iter()
        .filter(|(a, _)| !acc.seen.contains(a))
        .map(|(a, s)| (*a, *s))
        .collect();
    let mut sizes: HashMap<usize, (usize, usize)> = HashMap::new();
    for (_, s) in &unclaimed {
        let e = sizes.entry(*s).or_default();
        e.0 += 1;
        e.1 += s;
    }
    let mut sizes: Vec<_> = sizes.into_iter().collect();
    sizes.sort_by_key(|r| std::cmp::Reverse(r.1 .1));
    println!(
        "unclaimed by size (size: count, bytes): {:?}",
        &sizes[..sizes.len().min(12)]
    );
    println!("\nnon-source text fields (bytes of field text, fields):");
    let mut tf: Vec<_> = acc.text_fields.iter().collect();
    tf.sort_by_key(|r| std::cmp::Reverse(r.1 .0));
    for (k, (b, c)) in tf {
        println!("  {k:<32} {b:>12} {c:>9}");
    }
    let mut cs: Vec<_> = acc.counts.iter().collect();
    cs.sort();
    println!("\ncounts: {cs:?}");
    println!("vec (len, capacity): {:?}", acc.slack);
    println!(
        "sizes: Block {} Section {} Paragraph {} Task {} Heading {} Target {} Unit {} Responsibility {} TextBlock {} Text {} Span {}",
        std::mem::size_of::<Block>(),
        std::mem::size_of::<Section>(),
        std::mem::size_of::<Paragraph>(),
        std::mem::size_of::<Task>(),
        std::mem::size_of::<Heading>(),
        std::mem::size_of::<Target>(),
        std::mem::size_of::<Unit>(),
        std::mem::size_of::<Responsibility>(),
        std::mem::size_of::<TextBlock>(),
        std::mem::size_of::<Text>(),
        std::mem::size_of::<Span>(),
    );
}
