"""pandas frames."""

from __future__ import annotations

import subprocess
import sys

import pytest

import gongwen
from conftest import CORPUS

pd = pytest.importorskip("pandas")


def test_tasks_frame(notice: gongwen.Document) -> None:
    df = notice.tasks_frame()
    assert len(df) == 154
    assert list(df["number"][:3]) == [1, 2, 3]
    assert list(df["id"]) == list(range(154))
    row = df.iloc[8]
    task = notice.tasks[8]
    assert row["text"] == task.text and row["lead"] == task.lead and row["units"] == [u.name for u in task.units]
    assert notice.source[row["start"] : row["end"]] == notice.text(task.span)


def test_units_frame(notice: gongwen.Document) -> None:
    df = notice.units_frame()
    assert len(df) == len(notice.units)
    top = df.sort_values("lead_count", ascending=False).iloc[0]
    best = max(notice.units, key=lambda u: len(u.lead))
    assert top["lead_count"] == len(best.lead)
    assert list(df["tasks"]) == [u.tasks for u in notice.units]


def test_assignments_frame_task_ids(notice: gongwen.Document) -> None:
    df = notice.assignments_frame()
    assert len(df) == sum(len(t.units) for t in notice.tasks)
    for task_id, unit in zip(df["task"], df["unit"]):
        assert unit in [u.name for u in notice.task(task_id).units]


def test_outline_and_targets_frames(notice: gongwen.Document) -> None:
    outline = notice.outline_frame()
    assert len(outline) == len(notice.outline)
    assert list(outline["id"]) == [h.id for h in notice.outline]
    assert list(outline["run_in"]) == [h.run_in for h in notice.outline]
    df = notice.targets_frame()
    assert len(df) == len(notice.targets)
    assert "indicator" in df.columns


def test_many_documents_frame() -> None:
    docs = [gongwen.parse_file(p) for p in CORPUS]
    df = gongwen.tasks_frame(docs, keys=[p.name for p in CORPUS])
    assert len(df) == sum(len(d.tasks) for d in docs)
    assert list(df.columns[:3]) == ["doc", "id", "number"]
    assert set(df["doc"]) <= {p.name for p in CORPUS}
    assert len(gongwen.units_frame(docs)) == sum(len(d.units) for d in docs)
    assert len(gongwen.targets_frame(docs)) == sum(len(d.targets) for d in docs)
    with pytest.raises(ValueError):
        gongwen.tasks_frame(docs, keys=["one"])


def test_clear_error_without_pandas() -> None:
    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "import gongwen\n"
        "try:\n"
        "    gongwen.parse('一、总体要求').tasks_frame()\n"
        "except ImportError as e:\n"
        "    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "pip install 'gongwen[pandas]'" in out
