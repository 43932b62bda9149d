"""Pickling round-trips through the core's serde JSON."""

from __future__ import annotations

import copy
import pickle

import pytest

import gongwen
from conftest import seed
from test_errors import BAD_UTF16


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_document_round_trip(corpus_docs: list[tuple[str, gongwen.Document]], protocol: int) -> None:
    for _, doc in corpus_docs:
        back = pickle.loads(pickle.dumps(doc, protocol=protocol))
        assert back == doc
        assert back.to_json() == doc.to_json()
        assert back.tasks == doc.tasks


def test_bytes_document_keeps_encoding() -> None:
    doc = gongwen.parse_bytes("一、总体要求\n".encode("gb18030"))
    back = pickle.loads(pickle.dumps(doc))
    assert back.encoding == doc.encoding and back == doc


def test_nodes_round_trip(notice: gongwen.Document) -> None:
    task = notice.tasks[8]
    nodes = [
        task,
        task.units[0],
        notice.outline[3],
        notice.units[2],
        notice.diagnostics[0],
        notice.title_detail,
        notice.date_detail,
        notice.blocks[0],
        notice.span if hasattr(notice, "span") else task.span,
    ]
    nodes += [n for _, n in notice.walk() if isinstance(n, gongwen.Section)][:2]
    deadline = next(t.deadline for t in notice.tasks if t.deadline is not None)
    nodes.append(deadline)
    report = gongwen.parse_file(seed("001"))
    nodes += [report.targets[0], report.targets[-1], *report.achievements[:1]]
    for node in nodes:
        back = pickle.loads(pickle.dumps(node))
        assert type(back) is type(node)
        assert back == node
        assert repr(back) == repr(node)


def test_copy_and_deepcopy(sample: gongwen.Document) -> None:
    assert copy.copy(sample) == sample
    assert copy.deepcopy(sample) == sample


def test_pickle_is_a_constructor_call() -> None:
    from gongwen._native import _from_state

    doc = gongwen.parse("一、总体要求\n1.完成投资300亿元。(发展改革委负责)\n")
    func, args = doc.__reduce__()
    assert func is _from_state and isinstance(args[0], bytes)
    assert func(*args) == doc


def test_bad_state_raises_not_crashes() -> None:
    from gongwen._native import _from_state, _locate

    with pytest.raises(ValueError):
        _from_state(b"{not json")
    with pytest.raises(TypeError):
        _from_state(42)  # type: ignore[arg-type]
    doc = gongwen.Document()

    with pytest.raises(ValueError):
        _locate(doc, "task", [0])
    with pytest.raises(ValueError):
        _locate(doc, "block", [99])
    with pytest.raises(ValueError):
        _locate(doc, "unit", [])
    with pytest.raises(ValueError):
        _locate(doc, "target", [])


def test_errors_pickle() -> None:
    try:
        gongwen.parse_bytes(BAD_UTF16)
    except gongwen.GongwenError as e:
        assert isinstance(e, gongwen.DecodeError)
        back = pickle.loads(pickle.dumps(e))
        assert type(back) is type(e) and back.offset == e.offset and str(back) == str(e)
    else:
        pytest.fail("no DecodeError")
