//! The library's own figures as ratios taken in one run on one machine (never seconds, which
//! differ between machines): the pipeline against the decode floor, the Document and the peak
//! heap against the input (the generated corpus, and a task notice repeated), and adversarial shapes' time per MB at 2 MB against 20 MB.
//!
//! `cargo bench -p gongwen --bench ratios` (`GONGWEN_RATIO_MB`, default 20). Run by
//! `bench/ratios.py`, which adds the CLI, Python and peer ratios and stamps commit and machine.

use std::hint::black_box;
use std::sync::atomic::Ordering::Relaxed;
use std::time::Instant;

mod counting;
mod gen;

use counting::{Counting, LIVE, PEAK};

#[global_allocator]
static ALLOC: Counting = Counting;

/// The best of `n` timings of `f`, in seconds.
fn best<T>(n: usize, mut f: impl FnMut() -> T) -> f64 {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

/// The heap a parse of `text` keeps (its Document) and the most it held at once, each over
/// the input's length.
fn heap(text: &str) -> (f64, f64) {
    let before = LIVE.load(Relaxed);
    PEAK.store(before, Relaxed);
    let doc = gongwen::parse(text);
    let peak = PEAK.load(Relaxed) - before;
    let kept = LIVE.load(Relaxed) - before;
    drop(doc);
    let n = text.len() as f64;
    (kept as f64 / n, peak as f64 / n)
}

fn main() {
    // bench/ratios.py hands a file to time in-process against its other peers (the time is
    // only ever printed for that script to divide, never quoted on its own).
    if let Ok(path) = std::env::var("GONGWEN_RATIO_FILE") {
        let text = std::fs::read_to_string(&path).expect("a UTF-8 file");
        let secs = best(3, || gongwen::parse(&text).blocks().len());
        println!("seconds parse_file {secs:.6}");
        return;
    }
    // Under `cargo test --benches` this runs too: keep it small there.
    let quick = !std::env::args().any(|a| a == "--bench");
    let mb: usize = std::env::var("GONGWEN_RATIO_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if quick { 1 } else { 20 });
    // Best of 5: on a shared machine other work only ever slows a run down.
    let repeat = if quick { 1 } else { 5 };

    let docs = gen::corpus(mb << 20);
    let input: usize = docs.iter().map(String::len).sum();
    let parse = best(repeat, || {
        docs.iter()
            .map(|d| gongwen::parse(d).blocks().len())
            .sum::<usize>()
    });
    // The floor takes milliseconds: more tries, so one slow one cannot set it.
    let floor = best(repeat * 4, || {
        docs.iter()
            .map(|d| d.chars().fold(0u32, |a, c| a.rotate_left(5) ^ c as u32))
            .fold(0u32, |a, x| a ^ x)
    });
    println!(
        "ratio parse_vs_decode_floor {:.1} ({} MB generated notices and reports)",
        parse / floor,
        mb
    );
    // The two times, for reading a ratio that moved (bench/ratios.py prints only ratios).
    println!("seconds parse {parse:.4} decode_floor {floor:.5}");

    // Memory: one large input, heap counted exactly; the generated corpus, then a task notice
    // repeated (the densest in tasks and units of the seeds: a task every ~250 bytes).
    let one = docs.join("\n");
    drop(docs);
    let (kept, peak) = heap(&one);
    println!("ratio document_vs_input {kept:.2}");
    println!("ratio peak_heap_vs_input {peak:.2}");
    drop(one);
    let seed = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/corpus/002_1db4aff5efda3015.txt");
    let notice = std::fs::read_to_string(seed).expect("seed 002");
    let notices = vec![notice.as_str(); (mb << 20) / notice.len() + 1].join("\n");
    let (kept, peak) = heap(&notices);
    println!("ratio document_vs_input_notices {kept:.2}");
    println!("ratio peak_heap_vs_input_notices {peak:.2}");
    drop(notices);

    // Adversarial shapes: time per MB at the large size over time per MB at the small.
    let (small, large) = if quick {
        (1 << 18, 1 << 20)
    } else {
        (2 << 20, 20 << 20)
    };
    let shapes = gen::SHAPES;
    let mut worst: f64 = 0.0;
    for &(name, make) in shapes {
        let a = make(small);
        let b = make(large);
        let ta = best(repeat, || gongwen::parse(&a).blocks().len()) / a.len() as f64;
        let tb = best(repeat, || gongwen::parse(&b).blocks().len()) / b.len() as f64;
        worst = worst.max(tb / ta);
        println!(
            "ratio adversarial_{name}_per_mb_large_vs_small {:.2}",
            tb / ta
        );
    }
    println!("ratio adversarial_worst_per_mb_large_vs_small {worst:.2}");
    let _ = input;
}
