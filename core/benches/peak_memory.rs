//! Peak resident memory of parsing one large input (the seed corpus repeated to
//! `GONGWEN_MEM_MB`, default 100 MB), as a multiple of the input size.
//!
//! `cargo bench -p gongwen --bench peak_memory`. Reads VmHWM/VmRSS from /proc (Linux only;
//! elsewhere it says so and exits). Two figures: the whole process's peak over the input,
//! and what the parse adds on top of holding the input bytes.

use std::hint::black_box;
use std::sync::atomic::Ordering::Relaxed;
use std::time::Instant;

mod counting;
mod gen;

use counting::{Counting, LIVE, PEAK};

#[global_allocator]
static ALLOC: Counting = Counting;

/// (VmHWM, VmRSS) in bytes.
fn memory() -> Option<(usize, usize)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| -> Option<usize> {
        let line = status.lines().find(|l| l.starts_with(name))?;
        let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb * 1024)
    };
    Some((field("VmHWM:")?, field("VmRSS:")?))
}

fn main() {
    // Under `cargo test --benches` criterion-less benches get `--bench`-less args; run anyway
    // but small, so it stays quick.
    let quick = !std::env::args().any(|a| a == "--bench");
    let mb: usize = std::env::var("GONGWEN_MEM_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if quick { 2 } else { 100 });
    let Some(_) = memory() else {
        println!("peak_memory: /proc/self/status not available on this platform");
        return;
    };
    let seeds = gen::seeds().join("\n");
    let mut bytes = Vec::with_capacity((mb << 20) + seeds.len());
    while bytes.len() < mb << 20 {
        bytes.extend_from_slice(seeds.as_bytes());
        bytes.push(b'\n');
    }
    drop(seeds);
    let input = bytes.len();
    let (_, before) = memory().unwrap_or_default();
    let heap_before = LIVE.load(Relaxed);
    PEAK.store(heap_before, Relaxed);
    let t = Instant::now();
    let doc = gongwen::parse_bytes(&bytes, &gongwen::Options::default()).expect("utf-8 corpus");
    let secs = t.elapsed().as_secs_f64();
    let (peak, after) = memory().unwrap_or_default();
    let (heap_peak, heap_doc) = (
        PEAK.load(Relaxed) - heap_before,
        LIVE.load(Relaxed) - heap_before,
    );
    let blocks = black_box(doc.walk().count());
    println!(
        "peak_memory: heap (exact): peak during the parse {:.2}x input, the Document {:.2}x input \
         (its source copy is 1x); with the caller's input bytes: peak {:.2}x",
        heap_peak as f64 / input as f64,
        heap_doc as f64 / input as f64,
        (heap_peak + input) as f64 / input as f64
    );
    println!(
        "peak_memory: resident after the parse, document alive: {:.2}x input",
        after.saturating_sub(before) as f64 / input as f64
    );
    let mib = |b: usize| b as f64 / (1 << 20) as f64;
    println!(
        "peak_memory: input {:.1} MiB ({} blocks) parsed by parse_bytes in {:.2} s ({:.1} MiB/s)",
        mib(input),
        blocks,
        secs,
        mib(input) / secs
    );
    println!(
        "peak_memory: process peak RSS {:.1} MiB = {:.2}x input; parse added {:.1} MiB = {:.2}x input",
        mib(peak),
        peak as f64 / input as f64,
        mib(peak.saturating_sub(before)),
        peak.saturating_sub(before) as f64 / input as f64
    );
}
