#!/usr/bin/env python3
"""Benchmark (not a test): every figure gongwen quotes, as ratios taken in one run on one
machine, stamped with the commit and the machine. Seconds differ between machines; ratios
taken in the same run mostly do not.

    python3 bench/ratios.py [--mb 20] [--python target/pyenv/bin/python]

Prints `ratio NAME VALUE` lines:
- from `cargo bench -p gongwen --bench ratios`: parse vs the decode floor, the Document and
  the peak heap vs the input (generated corpus; `_notices`: seed 002, a task notice, repeated),
  adversarial shapes' time per MB at 2 MB vs 20 MB;
- cli_tasks_speedup_vs_regex_baseline: `python3 bench/regex_baseline.py FILE` time over
  `gongwen tasks FILE` time, on the same --mb of notice text (best of 3 each);
- python_parse_vs_rust: Python `gongwen.parse(text)` plus touching every task, over the
  Rust parse of the same text in-process (needs --python with gongwen installed, as
  scripts/test-python.sh makes target/pyenv);
- python_to_dict_16x_time_ratio: `[t.to_dict() for t in doc.tasks]` on a document 16x
  larger, over the same on the base document (linear is 16), timed with the cyclic garbage
  collector off as `timeit` does; `..._gc_on` is the same with it on: CPython's full
  collections walk every kept dict once they outnumber the interpreter's own objects, a
  constant factor (about 1.6) that sets in between 1x and 4x and stays (64x over 16x is ~4);
- parse_many_2_threads_speedup: parse_many with 1 thread over 2 threads.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = ROOT / "target" / "release" / "gongwen"


def stamp() -> None:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    cpu = "unknown cpu"
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    print(f"commit {commit}{' (dirty)' if dirty else ''}")
    print(f"machine {platform.machine()} {os.cpu_count()} cores, {cpu}, {platform.system()} "
          f"{platform.release()}, Python {platform.python_version()}")


def best(cmd: list[str], repeat: int = 3, **kw) -> float:
    out = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, **kw)
        out = min(out, time.perf_counter() - t)
    return out


def peak_rss(cmd: list[str]) -> int:
    """Peak resident memory of `cmd`, in bytes (a child of its own, so the figure is its own)."""
    probe = "import resource, subprocess, sys; " \
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); " \
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    out = subprocess.run([sys.executable, "-c", probe, *cmd], check=True, capture_output=True,
                         text=True)
    return int(out.stdout) * 1024


def notice_text(mb: int) -> str:
    seed = (ROOT / "tests/fixtures/corpus/002_1db4aff5efda3015.txt").read_text(encoding="utf-8")
    reps = (mb << 20) // len(seed.encode("utf-8")) + 1
    return "\n".join([seed] * reps)


PY_WORKER = r"""
import gc, sys, time, gongwen
text = open(sys.argv[1], encoding="utf-8").read()
def best(f, n=3):
    b = float("inf")
    for _ in range(n):
        t = time.perf_counter(); f(); b = min(b, time.perf_counter() - t)
    return b
print("parse_touch", best(lambda: [t.number for t in gongwen.parse(text).tasks]))
base = text[: len(text) // 16]
d1, d16 = gongwen.parse(base), gongwen.parse(base * 16)
print("to_dict_gc_1", best(lambda: [t.to_dict() for t in d1.tasks]))
print("to_dict_gc_16", best(lambda: [t.to_dict() for t in d16.tasks]))
# As timeit does: without CPython's cyclic collector, whose full passes over every live
# object start once the kept dicts outnumber the interpreter's own objects.
gc.disable()
print("to_dict_1", best(lambda: [t.to_dict() for t in d1.tasks]))
print("to_dict_16", best(lambda: [t.to_dict() for t in d16.tasks]))
gc.enable()
texts = [base] * 16
print("many_1", best(lambda: gongwen.parse_many(texts, threads=1)))
print("many_2", best(lambda: gongwen.parse_many(texts, threads=2)))
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=20)
    ap.add_argument("--python", default=str(ROOT / "target/pyenv/bin/python"))
    a = ap.parse_args()
    stamp()
    subprocess.run(["cargo", "build", "--release", "-p", "gongwen", "--features", "cli"],
                   cwd=ROOT, check=True, stderr=subprocess.DEVNULL)
    env = dict(os.environ, GONGWEN_RATIO_MB=str(a.mb))
    bench = subprocess.run(["cargo", "bench", "-p", "gongwen", "--bench", "ratios"], cwd=ROOT,
                           env=env, capture_output=True, text=True, check=True)
    for line in bench.stdout.splitlines():
        if line.startswith("ratio "):
            print(line)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "notices.txt"
        path.write_text(notice_text(a.mb), encoding="utf-8")
        regex = best([sys.executable, str(ROOT / "bench/regex_baseline.py"), str(path)])
        cli = best([str(CLI), "tasks", str(path)])
        print(f"ratio cli_tasks_speedup_vs_regex_baseline {regex / cli:.2f} ({a.mb} MB of notices)")
        size = path.stat().st_size
        for name, args in (("tasks", ["tasks"]), ("json", ["parse", "--format", "json"])):
            print(f"ratio cli_{name}_peak_rss_vs_input {peak_rss([str(CLI), *args, str(path)]) / size:.2f}"
                  f" ({a.mb} MB of notices; mimalloc)")
        env = dict(os.environ, GONGWEN_RATIO_FILE=str(path))
        rust = subprocess.run(["cargo", "bench", "-p", "gongwen", "--bench", "ratios"], cwd=ROOT,
                              env=env, capture_output=True, text=True, check=True).stdout
        rust_parse = float(next(l.split()[-1] for l in rust.splitlines()
                                if l.startswith("seconds parse_file")))
        if Path(a.python).exists():
            out = subprocess.run([a.python, "-c", PY_WORKER, str(path)], capture_output=True,
                                 text=True)
            if out.returncode == 0:
                v = dict((l.split()[0], float(l.split()[1])) for l in out.stdout.splitlines())
                print(f"ratio python_parse_vs_rust {v['parse_touch'] / rust_parse:.2f}")
                print(f"ratio python_to_dict_16x_time_ratio {v['to_dict_16'] / v['to_dict_1']:.1f}")
                print(f"ratio python_to_dict_16x_time_ratio_gc_on "
                      f"{v['to_dict_gc_16'] / v['to_dict_gc_1']:.1f}")
                print(f"ratio parse_many_2_threads_speedup {v['many_1'] / v['many_2']:.2f}")
            else:
                print(f"skipped python ratios: {out.stderr.strip()[-200:]}")
        else:
            print(f"skipped python ratios: {a.python} not found (run scripts/test-python.sh)")


if __name__ == "__main__":
    main()
