"""Every public function and node class."""

from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path

import pytest

import gongwen
from conftest import CORPUS, SAMPLE, seed


def test_version() -> None:
    assert gongwen.__version__.count(".") == 2


def test_parse_sample(sample: gongwen.Document) -> None:
    assert sample.kind == "task_notice"
    assert sample.title == "关于做好2024年重点工作的通知"
    assert sample.encoding is None
    assert sample.source == SAMPLE
    assert [h.title for h in sample.outline] == ["总体要求"]
    tasks = sample.tasks
    assert [t.number for t in tasks] == [1, 2, 3]
    assert tasks[1].lead == ["工业和信息化局"]
    assert tasks[1].support == ["各县区政府"]
    assert [u.name for u in tasks[1].units] == ["工业和信息化局", "各县区政府"]
    assert tasks[1].units[0].role == "lead"
    assert tasks[1].units[0].task == tasks[1]
    assert tasks[0].section == ["总体要求"]
    assert [t.id for t in tasks] == [0, 1, 2]
    matrix = sample.units
    assert matrix[0].name == "发展改革委"
    # The matrix lists task ids (indices into doc.tasks), not written numbers.
    assert matrix[0].responsible == [0, 2]
    assert matrix[0].tasks == [0, 2]
    assert [sample.task(i).number for i in matrix[0].tasks] == [1, 3]


REPEATED = (
    "关于做好2024年重点工作的通知\n"
    "一、总体要求\n"
    "1.生产总值增长6.5%。(发展改革委负责)\n"
    "二、重点任务\n"
    "1.新建5G基站200个。(发展改革委牵头,财政局配合)\n"
    "加快建设数据中心。(财政局负责)\n"
)


def test_repeated_numbers_and_unnumbered_tasks_have_their_own_ids() -> None:
    doc = gongwen.parse(REPEATED)
    assert [(t.id, t.number) for t in doc.tasks] == [(0, 1), (1, 1), (2, None)]
    ndrc = next(u for u in doc.units if u.name == "发展改革委")
    assert (ndrc.responsible, ndrc.lead, ndrc.tasks) == ([0], [1], [0, 1])
    finance = next(u for u in doc.units if u.name == "财政局")
    # The unnumbered task is in the matrix.
    assert (finance.support, finance.responsible, finance.tasks) == ([1], [2], [1, 2])
    assert doc.task(2).number is None and doc.task(2).text == "加快建设数据中心。"
    assert doc.task(1) == doc.tasks[1] and doc.task(1).to_dict()["id"] == 1
    with pytest.raises(IndexError):
        doc.task(3)
    with pytest.raises(IndexError):
        doc.task(-1)


def test_every_task_is_in_the_rows_of_its_units(corpus_docs: list[tuple[str, gongwen.Document]]) -> None:
    for _, doc in corpus_docs:
        rows = {r.normalized: r for r in doc.units}
        for t in doc.tasks:
            assert doc.task(t.id) == t
            for u in t.units:
                row = rows[u.normalized]
                assert t.id in row.tasks
                assert t.id in {"lead": row.lead, "support": row.support, "responsible": row.responsible}[u.role]


def test_ids_index_tasks_and_outline(corpus_docs: list[tuple[str, gongwen.Document]]) -> None:
    for _, doc in corpus_docs:
        assert [t.id for t in doc.tasks] == list(range(len(doc.tasks)))
        assert [h.id for h in doc.outline] == list(range(len(doc.outline)))
        for row in doc.units:
            assert row.tasks == sorted(set(row.tasks))
            assert all(0 <= i < len(doc.tasks) for i in row.tasks)


def test_document_is_frozen(sample: gongwen.Document) -> None:
    with pytest.raises(AttributeError):
        sample.kind = "unknown"  # type: ignore[misc]
    assert "__setstate__" not in type(sample).__dict__
    assert sample.__copy__() is sample


def test_document_constructor_equals_parse() -> None:
    assert gongwen.Document(SAMPLE) == gongwen.parse(SAMPLE)
    assert gongwen.Document().kind == "unknown"
    assert gongwen.Document() != gongwen.parse(SAMPLE)
    assert gongwen.parse(SAMPLE) != "not a document"


def test_parse_options() -> None:
    size = len(SAMPLE.encode("utf-8"))
    assert gongwen.parse(SAMPLE, max_input_bytes=size) == gongwen.parse(SAMPLE)
    with pytest.raises(gongwen.InputTooLargeError) as e:
        gongwen.parse(SAMPLE, max_input_bytes=size - 1)
    assert (e.value.size, e.value.limit) == (size, size - 1)
    with pytest.raises(ValueError):
        gongwen.parse(SAMPLE, max_input_bytes=-1)


def test_parse_bytes_encodings() -> None:
    utf8 = gongwen.parse_bytes(SAMPLE.encode())
    assert utf8.encoding == "UTF-8"
    assert utf8.tasks == gongwen.parse(SAMPLE).tasks
    gb = gongwen.parse_bytes(SAMPLE.encode("gb18030"))
    assert (gb.encoding or "").upper() in ("GB18030", "GBK")
    assert gb.source == SAMPLE
    u16 = gongwen.parse_bytes(SAMPLE.encode("utf-16"))
    assert u16.source.lstrip("\ufeff") == SAMPLE
    assert gongwen.parse_bytes(bytearray(SAMPLE.encode())).source == SAMPLE


def test_parse_file(tmp_path: Path) -> None:
    p = tmp_path / "通知.txt"
    p.write_bytes(SAMPLE.encode("gb18030"))
    assert gongwen.parse_file(p).source == SAMPLE
    assert gongwen.parse_file(str(p)).source == SAMPLE
    with pytest.raises(FileNotFoundError) as e:
        gongwen.parse_file(tmp_path / "missing.txt")
    assert "missing.txt" in str(e.value)
    with pytest.raises(IsADirectoryError):
        gongwen.parse_file(tmp_path)


def test_parse_many_matches_parse() -> None:
    texts = [p.read_text(encoding="utf-8") for p in CORPUS] * 3
    one_by_one = [gongwen.parse(t) for t in texts]
    assert gongwen.parse_many(texts) == one_by_one
    assert gongwen.parse_many(iter(texts), threads=1) == one_by_one
    assert gongwen.parse_many(texts, threads=3) == one_by_one
    assert gongwen.parse_many([]) == []
    mixed = gongwen.parse_many([SAMPLE, SAMPLE.encode("gb18030")])
    assert mixed[0].source == mixed[1].source == SAMPLE
    with pytest.raises(ValueError):
        gongwen.parse_many(texts, threads=0)


def test_walk_blocks_and_nodes(notice: gongwen.Document) -> None:
    walked = list(notice.walk())
    assert walked[0][0] == 0
    top = [n for depth, n in walked if depth == 0]
    assert top == notice.blocks
    tasks = [n for _, n in walked if isinstance(n, gongwen.Task)]
    assert tasks == notice.tasks
    assert len(tasks) == 154
    sections = [n for _, n in walked if isinstance(n, gongwen.Section)]
    assert [s.heading for s in sections] == [h for h in notice.outline if not h.run_in]
    first = sections[0]
    assert first.level == first.heading.level == 1
    assert len(first) == len(first.children)
    assert all(t in tasks for t in first.tasks)
    types = {n.type for _, n in walked if isinstance(n, gongwen.Block)}
    assert "title" in types
    for _, n in walked:
        assert isinstance(n, (gongwen.Section, gongwen.Paragraph, gongwen.Task, gongwen.Block))
        assert isinstance(n.span, gongwen.Span)
        assert repr(n)


def test_tiling(corpus_docs: list[tuple[str, gongwen.Document]]) -> None:
    for text, doc in corpus_docs:
        blocks = doc.blocks
        assert blocks[0].span.start == 0
        assert blocks[-1].span.end == len(text)
        for a, b in zip(blocks, blocks[1:]):
            assert a.span.end == b.span.start


def test_title_date_diagnostics(notice: gongwen.Document) -> None:
    t = notice.title_detail
    assert t is not None and t.text == notice.title and str(t) == t.text
    assert t.genre == "通知"
    d = notice.date_detail
    assert d is not None and d.iso == notice.date == "2024-06-27"
    assert (d.year, d.month, d.day) == (2024, 6, 27)
    diags = notice.diagnostics
    assert diags
    for diag in diags:
        assert diag.code and diag.message and diag.line >= 1 and diag.column >= 1
        line = notice.source.splitlines()[diag.line - 1]
        assert notice.source[diag.span.start :].startswith(line[diag.column - 1 :][:1])


def test_deadline_and_unit_fields(notice: gongwen.Document) -> None:
    for task in notice.tasks:
        for u in task.units:
            assert u.role in ("lead", "support", "responsible")
            assert isinstance(u.kind, str) and u.normalized
            assert isinstance(u.collective, bool)
            assert isinstance(u.distributive, bool) and isinstance(u.and_others, bool)
        if task.deadline is not None:
            assert task.deadline.text
            assert isinstance(task.deadline.ongoing, bool)
        assert task.leaders == task.to_dict()["leaders"]


def test_paragraphs_and_run_in(corpus_docs: list[tuple[str, gongwen.Document]]) -> None:
    seen = 0
    for _, doc in corpus_docs:
        for _, n in doc.walk():
            if isinstance(n, gongwen.Paragraph):
                seen += 1
                assert isinstance(n.text, str)
                assert isinstance(n.items, list)
                if n.run_in is not None:
                    assert n.run_in in doc.outline
    assert seen


def test_to_dict_and_json_match_cli_shapes(notice: gongwen.Document) -> None:
    d = notice.to_dict()
    assert d == json.loads(notice.to_json())
    assert d == json.loads(notice.to_json(pretty=False))
    assert d["kind"] == "task_notice" and d["title"] == notice.title and d["date"] == "2024-06-27"
    assert {"blocks", "diagnostics", "encoding"} <= d.keys()
    row = notice.tasks[8].to_dict()
    assert set(row) >= {"number", "text", "lead", "support", "units", "deadline", "span"}
    assert row["span"] == {"start": notice.tasks[8].span.start_byte, "end": notice.tasks[8].span.end_byte}
    h = notice.outline[0].to_dict()
    assert set(h) >= {"level", "marker", "number", "title", "span"}
    for node in [notice.units[0], notice.diagnostics[0], notice.tasks[0].units[0], notice.title_detail]:
        assert isinstance(node.to_dict(), dict)  # type: ignore[union-attr]
    s = notice.tasks[0].span
    assert s.to_dict() == {"start": s.start, "end": s.end, "start_byte": s.start_byte, "end_byte": s.end_byte}


def test_reprs_are_short(notice: gongwen.Document) -> None:
    assert repr(notice).startswith("Document(kind=\"task_notice\"")
    t = notice.tasks[8]
    assert repr(t).startswith("Task(number=9,")
    assert len(repr(t)) < 200
    assert repr(t.span) == f"Span(start={t.span.start}, end={t.span.end})"
    for obj in [notice.outline[0], notice.units[0], notice.diagnostics[0], t.units[0]]:
        assert len(repr(obj)) < 200


def test_span_value_semantics() -> None:
    a = gongwen.Span(1, 3, 3, 9)
    assert a == gongwen.Span(1, 3, 3, 9) and hash(a) == hash(gongwen.Span(1, 3, 3, 9))
    assert a != gongwen.Span(1, 4, 3, 9)
    assert len(a) == 2
    assert (a.start, a.end, a.start_byte, a.end_byte) == (1, 3, 3, 9)


def test_text_and_char_offset(sample: gongwen.Document) -> None:
    t = sample.tasks[0]
    assert sample.text(t.span) == sample.source[t.span.start : t.span.end]
    assert sample.char_offset(t.span.start_byte) == t.span.start
    assert sample.char_offset(10**9) == len(sample.source)
    with pytest.raises(ValueError):
        sample.text(gongwen.Span(0, 1, 10**6, 10**6 + 1))


def test_nodes_are_not_constructible_from_python() -> None:
    for cls in [gongwen.Task, gongwen.Unit, gongwen.Section, gongwen.Heading]:
        with pytest.raises(TypeError):
            cls()


def test_examples_quickstart_runs() -> None:
    import runpy

    here = Path(__file__).resolve().parents[2] / "examples" / "python" / "quickstart.py"
    cwd = os.getcwd()
    try:
        runpy.run_path(str(here), run_name="__main__")
    finally:
        os.chdir(cwd)


def test_seed_002_has_154_tasks() -> None:
    assert len(gongwen.parse_file(seed("002")).tasks) == 154


def test_targets_of_the_2019_report() -> None:
    report = gongwen.parse_file(seed("001"))
    targets = report.targets
    assert targets, "the core finds targets in the 2019 work report"
    planned = [t for t in targets if t.section and t.section[0].startswith("2019")]
    gdp = next(t for t in planned if t.indicator.startswith("生產總值"))
    assert (gdp.relation, gdp.value, gdp.unit) == ("growth", 8, "%")
    assert gdp.qualifier == "左右"
    for t in targets:
        assert t.text == report.source[t.span.start : t.span.end]
        assert isinstance(t.base_value, float) and isinstance(t.respectively, bool)
        row = t.to_dict()
        assert row["indicator"] == t.indicator and row["span"]["start"] == t.span.start_byte
        assert repr(t).startswith("Target(")
    in_blocks = [x for _, n in report.walk() if isinstance(n, (gongwen.Task, gongwen.Paragraph)) for x in n.targets]
    assert in_blocks and all(x in targets for x in in_blocks)
    assert not any(t.achieved for t in targets)
    for a in report.achievements:
        assert a.achieved and a.text == report.source[a.span.start : a.span.end]
    df = report.targets_frame()
    assert list(df["indicator"]) == [t.indicator for t in targets]


def test_readme_python_example_runs() -> None:
    import re

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python") :]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    cwd = os.getcwd()
    os.chdir(Path(__file__).resolve().parents[2])
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code.group(1), "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    lines = out.getvalue().splitlines()
    # What the README's comments say the example prints.
    assert lines[0].startswith("task_notice 济源市人民政府关于") and lines[0].endswith(" 2024-06-27")
    assert lines[1] == "1 [] ['发展改革和统计局'] 生产总值增长6.5%。"
    assert "发展改革和统计局 15" in lines


def test_parse_bytes_reads_html_and_docx_formats() -> None:
    import io
    import zipfile

    page = "<html><body><p>关于做好重点工作的通知</p><p>一、总体要求</p></body></html>"
    doc = gongwen.parse_bytes(page.encode("utf-8"))
    assert doc.format == "html"
    assert doc.source == "关于做好重点工作的通知\n一、总体要求\n"
    assert gongwen.parse_bytes(page.encode("utf-8"), format="text").format == "text"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(
            "word/document.xml",
            '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>通知</w:t></w:r></w:p>'
            "</w:body></w:document>",
        )
    doc = gongwen.parse_bytes(buf.getvalue())
    assert (doc.format, doc.source) == ("docx", "通知\n")
    with pytest.raises(gongwen.GongwenError, match="docx: word/document.xml: missing"):
        gongwen.parse_bytes(b"PK\x05\x06" + bytes(18))
    with pytest.raises(ValueError, match="format must be"):
        gongwen.parse_bytes(b"x", format="pdf")
