"""Benchmark (not a test): gongwen against what people use today, on the same text, in one run.

    python bench/peers.py [--mb 5] [--repeat 3]
        [--gongwen-python target/pyenv/bin/python]
        [--unstructured-python /path/to/venv/bin/python]

Input: the seed corpus (tests/fixtures/corpus/*.txt) repeated until it holds --mb megabytes,
kept as separate documents (one file each in a temporary directory). Peers:

- gongwen: the Python binding's `gongwen.parse(text)` per document, when `import gongwen`
  works in --gongwen-python (build it with scripts/test-python.sh, which makes target/pyenv);
  otherwise the CLI `target/release/gongwen tasks FILE` per file (process start included);
- regex: bench/regex_baseline.py, a hand-written line-by-line regex parser (headings, tasks,
  units only);
- unstructured: `unstructured.partition.text.partition_text(text=...)` per document, when
  --unstructured-python has it (it only splits text into elements: no tasks, no units).
  It downloads the spaCy model en_core_web_sm from GitHub on first use; when that fails
  (no network), a blank English spaCy pipeline with a sentencizer stands in, marked *.

Each peer runs in its own interpreter; the best of --repeat runs is reported, in MB/s and as a
multiple of gongwen's time. Text is read before timing starts.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WORKER = r"""
import sys, time, pathlib
kind, folder, repeat = sys.argv[1], pathlib.Path(sys.argv[2]), int(sys.argv[3])
texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
if kind == "gongwen":
    import gongwen
    f = gongwen.parse
elif kind == "regex":
    sys.path.insert(0, sys.argv[4])
    import regex_baseline
    f = regex_baseline.parse
elif kind == "unstructured":
    from unstructured.partition.text import partition_text
    import unstructured.nlp.tokenize as tok
    import spacy
    try:
        spacy.load(tok._SPACY_MODEL_NAME)
    except OSError:
        # The model is downloaded from GitHub at first use; without network, stand in a blank
        # English pipeline with a rule-based sentencizer (cheaper than the real model).
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        tok._get_nlp = lambda: nlp
        print("blank-spacy")
    f = lambda t: partition_text(text=t)
best = float("inf")
for _ in range(repeat):
    t0 = time.perf_counter()
    for t in texts:
        f(t)
    best = min(best, time.perf_counter() - t0)
print(best)
"""


def corpus(folder: Path, mb: float) -> int:
    seeds = sorted((ROOT / "tests/fixtures/corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    total, i = 0, 0
    while total < mb * 1e6:
        t = texts[i % len(texts)]
        (folder / f"{i:06d}.txt").write_text(t, encoding="utf-8")
        total += len(t.encode("utf-8"))
        i += 1
    return total


def works(python: str, module: str) -> bool:
    r = subprocess.run([python, "-c", f"import {module}"], capture_output=True)
    return r.returncode == 0


def run_worker(python: str, kind: str, folder: Path, repeat: int) -> tuple[float, str]:
    env = dict(os.environ, UNSTRUCTURED_DISABLE_NOTICE="1", SCARF_NO_ANALYTICS="true", DO_NOT_TRACK="true")
    out = subprocess.run(
        [python, "-c", WORKER, kind, str(folder), str(repeat), str(ROOT / "bench")],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    lines = out.stdout.strip().splitlines()
    return float(lines[-1]), " ".join(lines[:-1])


def run_cli(folder: Path, repeat: int) -> float:
    exe = ROOT / "target/release/gongwen"
    if not exe.exists():
        subprocess.run(
            ["cargo", "build", "--release", "-p", "gongwen", "--features", "cli"], check=True, cwd=ROOT
        )
    files = sorted(folder.glob("*.txt"))
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for f in files:
            subprocess.run([str(exe), "tasks", str(f)], check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--gongwen-python", default=str(ROOT / "target/pyenv/bin/python"))
    ap.add_argument("--unstructured-python", default=os.environ.get("UNSTRUCTURED_PYTHON", sys.executable))
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        size = corpus(folder, args.mb)
        ndocs = len(list(folder.glob("*.txt")))
        print(f"input: {size / 1e6:.1f} MB in {ndocs} documents (seed corpus repeated)")
        rows = []
        if Path(args.gongwen_python).exists() and works(args.gongwen_python, "gongwen"):
            rows.append(("gongwen (Python parse)", run_worker(args.gongwen_python, "gongwen", folder, args.repeat)[0]))
        else:
            print("note: `import gongwen` failed; timing the CLI `gongwen tasks FILE` per file instead")
            rows.append(("gongwen (CLI tasks, per file)", run_cli(folder, args.repeat)))
        rows.append(("regex baseline", run_worker(sys.executable, "regex", folder, args.repeat)[0]))
        if works(args.unstructured_python, "unstructured.partition.text"):
            secs, note = run_worker(args.unstructured_python, "unstructured", folder, 1)
            name = "unstructured partition_text"
            if "blank-spacy" in note:
                name += "*"
                print("note: * en_core_web_sm could not be downloaded; unstructured ran with a blank spaCy pipeline")
            rows.append((name, secs))
        else:
            print(f"note: unstructured is not importable from {args.unstructured_python}; skipped")
        base = rows[0][1]
        print(f"{'peer':32} {'seconds':>8} {'MB/s':>8} {'x gongwen':>10}")
        for name, secs in rows:
            print(f"{name:32} {secs:8.3f} {size / 1e6 / secs:8.1f} {secs / base:10.2f}")


if __name__ == "__main__":
    main()
