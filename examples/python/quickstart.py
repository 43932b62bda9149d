"""gongwen quick start: which units lead the most tasks in a task notice, and what targets
a work report set.

    pip install './bindings-python[pandas]'
    python examples/python/quickstart.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import gongwen

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "corpus"


def seed(prefix: str) -> Path:
    return next(CORPUS.glob(f"{prefix}_*.txt"))


def main() -> None:
    # 1. Seed 002: a notice assigning 154 numbered tasks to responsible units.
    notice = gongwen.parse_file(seed("002"))
    print(notice.title, notice.date, f"{len(notice.tasks)} tasks")

    # Count leads straight from the tasks…
    leads = Counter(name for task in notice.tasks for name in task.lead)
    print("\nUnits that lead the most tasks:")
    for name, n in leads.most_common(5):
        print(f"  {n:3d}  {name}")

    # …or use the responsibility matrix (as a DataFrame when pandas is installed).
    try:
        units = notice.units_frame()
    except ImportError:
        pass
    else:
        top = units.sort_values("lead_count", ascending=False).head(5)
        print(top[["name", "lead_count", "support_count", "responsible_count"]].to_string(index=False))

    # Matrix rows list task ids: notice.task(id) is the task (unnumbered tasks and tasks
    # that repeat a number each have their own id).
    busiest = max(notice.units, key=lambda u: len(u.lead))
    print(f"\n{busiest.name} leads tasks", [notice.task(i).number for i in busiest.lead])

    # Every node knows where it is written: spans count characters, so they slice the str.
    task = notice.tasks[8]
    print(f"\nTask {task.number} as written:", notice.source[task.span.start : task.span.end].strip())

    # 2. Seed 001: the 2019 government work report. Its first part reviews 2018 (results);
    # the targets it set are those under "2019年工作安排".
    report = gongwen.parse_file(seed("001"))
    print(f"\n{report.title} ({report.kind}, delivered {report.date})")
    planned = [t for t in report.targets if t.section and t.section[0].startswith("2019")]
    print(f"{len(planned)} targets set for 2019 (of {len(report.targets)} quantities found):")
    for t in planned:
        qualifier = t.qualifier or ""
        print(f"  {t.indicator}: {t.relation} {t.value:g}{t.unit}{qualifier}")
    # The same as a DataFrame, one row per target, with char offsets into report.source.
    try:
        frame = report.targets_frame()
    except ImportError:
        return
    frame = frame[frame["section"].map(lambda s: bool(s) and s[0].startswith("2019"))]
    print(frame[["indicator", "relation", "value", "unit", "qualifier"]].head(8).to_string(index=False))

if __name__ == "__main__":
    main()
