"""The HTML views (`_repr_html_`, `to_html`) and the (task, unit) assignments frame."""

from __future__ import annotations

import collections
import html.parser
import subprocess
import sys

import pytest

import gongwen
from conftest import ROOT


class Marks(html.parser.HTMLParser):
    """Collects the attributes of every element with data-gw, checks that tags nest, and
    keeps the text inside the marked body."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict[str, str | None]] = []
        self.stack: list[str] = []
        self.in_doc = 0
        self.text: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag in ("meta", "br", "img", "input", "link"):
            return
        self.stack.append(tag)
        if self.in_doc:
            self.in_doc += 1
        elif "gw-doc" in (a.get("class") or "").split():
            self.in_doc = 1
        if "data-gw" in a:
            self.marks.append(a)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()
        if self.in_doc:
            self.in_doc -= 1

    def handle_data(self, data: str) -> None:
        if self.in_doc:
            self.text.append(data)


def parse_html(markup: str) -> Marks:
    m = Marks()
    m.feed(markup)
    m.close()
    assert m.stack == [] or m.stack == ["html"], m.stack
    return m


def test_repr_html_marks_every_unit_mention(notice: gongwen.Document) -> None:
    fragment = notice._repr_html_()
    m = parse_html(fragment)
    assert m.scripts == 0
    units = [a for a in m.marks if a["data-gw"] == "unit"]
    mentions = [u for t in notice.tasks for u in t.units]
    assert len(units) == len(mentions) == 395
    assert [a["data-role"] for a in units] == [u.role for u in mentions]
    assert [a["data-unit"] for a in units] == [u.normalized for u in mentions]
    assert all(u.normalized in (a["title"] or "") for a, u in zip(units, mentions))
    assert sum(a["data-gw"] == "heading" for a in m.marks) == len(notice.outline)
    assert sum(a["data-gw"] == "target" for a in m.marks) == len(notice.targets)
    assert "".join(m.text) == notice.source


def test_to_html_is_a_page(notice: gongwen.Document) -> None:
    page = notice.to_html()
    assert page.startswith("<!DOCTYPE html>")
    m = parse_html(page)
    assert m.scripts == 1
    assert sum(a["data-gw"] == "task" for a in m.marks) == 154
    # The matrix: one row per distinct unit, with the tasks to highlight.
    assert page.count('<tr class="gw-mrow"') == len(notice.units)
    assert page == gongwen.parse(notice.source).to_html()


def test_html_escapes_document_text() -> None:
    doc = gongwen.parse('关于<script>alert("x")</script>的通知\n1.完成投资 & "引号"。(财政局负责)\n')
    for markup in (doc.to_html(), doc._repr_html_()):
        assert "<script>alert" not in markup
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in markup
        assert "".join(parse_html(markup).text) == doc.source


def test_assignments_frame(notice: gongwen.Document) -> None:
    pd = pytest.importorskip("pandas")
    df = notice.assignments_frame()
    mentions = [(i, t, u) for i, t in enumerate(notice.tasks) for u in t.units]
    assert len(df) == len(mentions) == 395
    assert list(df.columns[:10]) == [
        "task", "number", "unit", "normalized", "role", "kind", "collective", "deadline",
        "due", "section",
    ]
    assert list(df["unit"]) == [u.name for _, _, u in mentions]
    assert list(df["role"]) == [u.role for _, _, u in mentions]
    assert list(df["number"]) == [t.number for _, t, _ in mentions]
    row = df.iloc[10]
    assert notice.source[row["start"] : row["end"]] == mentions[10][2].name
    assert row["section"] == " > ".join(mentions[10][1].section)
    # Which unit leads the most tasks: a groupby, checked against a count from doc.tasks.
    leads = df[df["role"] == "lead"].groupby("normalized")["task"].nunique()
    answer = leads.idxmax()
    counted = collections.Counter(
        u.normalized for t in notice.tasks for u in {x.normalized: x for x in t.units if x.role == "lead"}.values()
    )
    best, n = counted.most_common(1)[0]
    assert (answer, leads.max()) == (best, n) == ("发展改革和统计局", 15)
    assert isinstance(df, pd.DataFrame)


def test_assignments_frame_across_documents(corpus_docs) -> None:
    pytest.importorskip("pandas")
    docs = [d for _, d in corpus_docs]
    df = gongwen.assignments_frame(docs, keys=[f"seed{i}" for i in range(len(docs))])
    assert df.columns[0] == "doc"
    assert len(df) == sum(len(t.units) for d in docs for t in d.tasks)
    assert set(df["doc"]) == {"seed2"}
    with pytest.raises(ValueError):
        gongwen.assignments_frame(docs, keys=["only one"])


def test_deadline_due_dates() -> None:
    pytest.importorskip("pandas")
    doc = gongwen.parse(
        "关于做好2025年重点工作的通知\n1.完成投资。(财政局牵头,审计局配合,2025年6月底前完成)\n"
        "2.推进改革。(发展改革委负责,长期坚持)\n"
    )
    df = doc.assignments_frame()
    first = df[df["task"] == 0]
    assert len(first) == 2 and set(first["role"]) == {"lead", "support"}
    assert set(first["due"]) == {"2025-06-30"}


def test_assignments_example_runs() -> None:
    pytest.importorskip("pandas")
    out = subprocess.run(
        [sys.executable, str(ROOT / "examples/python/assignments.py")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "发展改革和统计局 leads 15 tasks" in out
