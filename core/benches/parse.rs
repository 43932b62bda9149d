//! Throughput of the whole pipeline, single-threaded, next to two floors measured in the same
//! run on the same text: `str::chars().count()` and a fold that decodes every char.
//!
//! `cargo bench -p gongwen --bench parse` runs everything; name a group to run one:
//! `cargo bench -p gongwen --bench parse -- adversarial`. `GONGWEN_BENCH_MB` sets the size of
//! the generated corpus (default 50).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

mod gen;

fn seed_corpus(c: &mut Criterion) {
    let docs = gen::seeds();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group("seed_corpus");
    g.throughput(Throughput::Bytes(bytes as u64));
    parse_and_floors(&mut g, &docs);
    g.finish();
}

/// The whole pipeline and, in the same group, the two floors it is compared with.
fn parse_and_floors(
    g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    docs: &[String],
) {
    g.bench_function("parse", |b| {
        b.iter(|| {
            for d in docs {
                black_box(gongwen::parse(black_box(d)));
            }
        })
    });
    g.bench_function("chars_count_floor", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| black_box(d.as_str()).chars().count())
                .sum::<usize>()
        })
    });
    // `chars().count()` only counts non-continuation bytes (SIMD); this floor decodes every
    // char to its value, which any parser must do at least once.
    g.bench_function("chars_decode_floor", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    black_box(d.as_str())
                        .chars()
                        .fold(0u32, |a, c| a.rotate_left(5) ^ c as u32)
                })
                .fold(0u32, |a, x| a ^ x)
        })
    });
}

fn generated_corpus(c: &mut Criterion) {
    let mb: usize = std::env::var("GONGWEN_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let docs = gen::corpus(mb << 20);
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group(format!("corpus_{mb}mb"));
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5))
        .throughput(Throughput::Bytes(bytes as u64));
    parse_and_floors(&mut g, &docs);
    g.finish();
}

/// Each adversarial input at 1 MB and 10 MB: equal MiB/s at both sizes means linear time.
fn adversarial(c: &mut Criterion) {
    let inputs = gen::SHAPES;
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2));
    for (name, make) in inputs {
        for mb in [1usize, 10] {
            let text = make(mb << 20);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(*name, format!("{mb}MB")), &text, |b, t| {
                b.iter(|| gongwen::parse(black_box(t)))
            });
        }
    }
    let opts = gongwen::Options::default();
    for mb in [1usize, 10] {
        let bytes = gen::utf16_lone_surrogate(mb << 20);
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("utf16_lone_surrogate", format!("{mb}MB")),
            &bytes,
            |b, bytes| b.iter(|| gongwen::parse_bytes(black_box(bytes), &opts).is_err()),
        );
    }
    g.finish();
}

criterion_group!(benches, seed_corpus, generated_corpus, adversarial);
criterion_main!(benches);
