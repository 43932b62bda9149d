"""Benchmark (not a test): the cost of the Python layer, and parse_many's parallel speed-up.

    python bindings-python/bench/bench.py [--mb 20] [--repeat 5]

Input: the seed corpus (tests/fixtures/corpus/*.txt) repeated until it holds at least
--mb megabytes of UTF-8. Reports the best of --repeat runs of:

- Rust parse: `gongwen._native._parse_only_rust(text)` for each document (parse and drop,
  in Rust; it copies the str once as `parse` does);
- Python parse: `gongwen.parse(text)` for each document (a Document, nodes built lazily);
- parse_many with threads=1 and with threads=N (default: all cores).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from typing import Callable

import gongwen
from gongwen import _native

ROOT = Path(__file__).resolve().parents[2]


def best(f: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/fixtures/corpus").glob("*.txt"))]
    seed_bytes = sum(len(s.encode()) for s in seeds)
    copies = max(1, int(args.mb * 1e6 / seed_bytes + 0.999))
    texts = seeds * copies
    mb = seed_bytes * copies / 1e6
    print(f"corpus: {len(texts)} documents, {mb:.1f} MB UTF-8 ({len(seeds)} seeds x {copies})")

    # Warm up the allocator and caches so neither side pays for being first.
    for t in texts:
        gongwen.parse(t)
        _native._parse_only_rust(t)

    rust = best(lambda: [_native._parse_only_rust(t) for t in texts], args.repeat)
    py = best(lambda: [gongwen.parse(t) for t in texts], args.repeat)
    py_tasks = best(lambda: [gongwen.parse(t).tasks for t in texts], args.repeat)
    print(f"Rust parse          {rust:7.3f} s  {mb / rust:6.1f} MB/s")
    print(f"Python parse        {py:7.3f} s  {mb / py:6.1f} MB/s   ratio Python/Rust = {py / rust:.3f}")
    print(f"Python parse+tasks  {py_tasks:7.3f} s  {mb / py_tasks:6.1f} MB/s   ratio = {py_tasks / rust:.3f}")

    one = best(lambda: gongwen.parse_many(texts, threads=1), args.repeat)
    many = best(lambda: gongwen.parse_many(texts, threads=args.threads), args.repeat)
    print(f"parse_many threads=1          {one:7.3f} s")
    print(f"parse_many threads={args.threads:<2d}         {many:7.3f} s   speed-up = {one / many:.2f}x")

    big = "\n".join(texts)
    rust_big = best(lambda: _native._parse_only_rust(big), args.repeat)
    py_big = best(lambda: gongwen.parse(big), args.repeat)
    print(f"one {len(big.encode()) / 1e6:.1f} MB document: Rust {rust_big:.3f} s, Python {py_big:.3f} s, ratio {py_big / rust_big:.3f}")


if __name__ == "__main__":
    main()
