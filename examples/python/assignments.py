"""Who leads what: the (task, unit) assignments of a task notice as one tidy DataFrame, and
the document as a marked HTML page.

    pip install './bindings-python[pandas]'
    python examples/python/assignments.py [FILE]      # default: seed 002 of the corpus

Prints which unit leads the most tasks, the role mix of the busiest units, and writes
target/assignments.html (open it in a browser; in a notebook, just show `doc`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import gongwen

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT / "tests" / "fixtures" / "corpus" / "002_1db4aff5efda3015.txt"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    doc = gongwen.parse_file(path)
    df = doc.assignments_frame()  # one row per (task, unit mention)
    print(f"{doc.title}: {df['task'].nunique()} tasks, {len(df)} unit mentions")
    if df.empty:
        print("no responsible units found")
        return

    # Which unit leads the most tasks (a unit written twice in one task counts once).
    leads = df[df["role"] == "lead"].groupby("normalized")["task"].nunique()
    if not leads.empty:
        print(f"{leads.idxmax()} leads {leads.max()} tasks")

    # Tasks per unit and role: lead / support / responsible side by side.
    mix = (
        df.drop_duplicates(["task", "normalized", "role"])
        .pivot_table(index="normalized", columns="role", values="task", aggfunc="count", fill_value=0)
        .assign(total=lambda t: t.sum(axis=1))
        .sort_values("total", ascending=False)
    )
    print("\nBusiest units (tasks by role):")
    print(mix.head(8).to_string())

    # Deadlines, when the document gives them.
    due = df.dropna(subset=["due"]).drop_duplicates("task")
    if not due.empty:
        print(f"\n{len(due)} tasks have a dated deadline, the first due {due['due'].min()}")

    out = ROOT / "target" / "assignments.html"
    out.parent.mkdir(exist_ok=True)
    out.write_text(doc.to_html(), encoding="utf-8")
    print(f"\nmarked page: {out}")


if __name__ == "__main__":
    main()
