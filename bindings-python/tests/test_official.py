"""The GB/T 9704 elements (Document.official) and target ids."""

from __future__ import annotations

import json
import pickle

import gongwen

OFFICIAL = (
    "000123\n机密★1年\n特急\n\n某市人民政府文件\n\n"
    "某政〔2024〕5号                 签发人：张三 李四\n\n"
    "某市人民政府关于印发2024年重点工作分工方案的通知\n\n"
    "各镇人民政府、街道办事处，市人民政府各部门：\n"
    "  现将《方案》印发给你们，请认真贯彻执行。\n\n"
    "附件：1.2024年重点工作分工方案\n      2.责任清单\n\n"
    "某市人民政府\n2024年3月1日\n\n"
    "抄送：市委办公室，市人大常委会办公室。\n"
)


def test_official_elements() -> None:
    doc = gongwen.parse(OFFICIAL)
    o = doc.official
    assert isinstance(o, gongwen.Official)
    assert not o.is_empty()
    assert o.genre == "notice"
    assert o.copy_number == "000123"
    assert o.secrecy == "secret"
    assert o.secrecy_term == "1年"
    assert o.urgency == "very_urgent"
    assert o.signers == ["张三", "李四"]
    assert o.addressees == ["各镇人民政府", "街道办事处", "市人民政府各部门"]
    assert o.attachments == ["2024年重点工作分工方案", "责任清单"]
    assert o.cc == ["市委办公室", "市人大常委会办公室"]
    n = o.doc_number
    assert isinstance(n, gongwen.DocNumber)
    assert (n.text, n.agency, n.year, n.seq) == ("某政〔2024〕5号", "某政", 2024, 5)
    assert str(n) == n.text
    # The span counts characters, like every span of the binding, and also carries bytes.
    assert doc.source[n.span.start : n.span.end] == "某政〔2024〕5号"
    assert doc.text(n.span) == n.text
    assert n.span.start == OFFICIAL.index("某政〔2024〕5号")
    assert n.span.start_byte == len(OFFICIAL[: n.span.start].encode("utf-8"))


def test_official_to_dict_is_the_json_official() -> None:
    doc = gongwen.parse(OFFICIAL)
    d = doc.official.to_dict()
    assert d == json.loads(doc.to_json())["official"]
    assert d["doc_number"] == doc.official.doc_number.to_dict()  # type: ignore[union-attr]
    span = doc.official.doc_number.span  # type: ignore[union-attr]
    assert d["doc_number"]["span"] == {"start": span.start_byte, "end": span.end_byte}
    assert d["urgency"] == "very_urgent" and d["secrecy"] == "secret"


def test_official_is_empty_when_absent() -> None:
    o = gongwen.Document().official
    assert o.is_empty()
    assert o.genre is None and o.doc_number is None
    assert (o.copy_number, o.secrecy, o.secrecy_term, o.urgency) == (None, None, None, None)
    assert o.signers == o.addressees == o.attachments == o.cc == []
    assert o.to_dict() == {}
    assert "official" not in gongwen.Document().to_dict()


def test_official_nodes_compare_and_pickle() -> None:
    doc = gongwen.parse(OFFICIAL)
    assert doc.official == doc.official
    assert doc.official != gongwen.Document().official
    for node in [doc.official, doc.official.doc_number]:
        back = pickle.loads(pickle.dumps(node))
        assert type(back) is type(node) and back == node and repr(back) == repr(node)
    assert repr(doc.official.doc_number) == 'DocNumber(text="某政〔2024〕5号")'
    assert repr(doc.official) == 'Official(genre="notice", doc_number="某政〔2024〕5号")'
    assert repr(gongwen.Document().official) == "Official(genre=None, doc_number=None)"


TARGETS = (
    "关于做好2024年重点工作的通知\n"
    "一、总体要求\n"
    "1.生产总值增长6.5%。(发展改革委负责)\n"
    "加快建设数据中心，新建5G基站200个。(工业和信息化局负责)\n"
    "全年粮食产量稳定在50万吨以上。\n"
)


def test_target_ids_and_task_ids() -> None:
    doc = gongwen.parse(TARGETS)
    targets = doc.targets
    assert [t.id for t in targets] == list(range(len(targets)))
    by_text = {t.indicator: t for t in targets}
    gdp = by_text["生产总值"]
    assert (gdp.task, gdp.task_id) == (1, 0)
    # An unnumbered task has no number but has an id.
    base = next(t for t in targets if t.value == 200)
    assert base.task is None and base.task_id == 1
    assert doc.task(base.task_id).targets == [base]
    assert base.to_dict()["task_id"] == 1
    outside = [t for t in targets if t.task_id is None]
    for t in outside:
        assert t.to_dict()["task_id"] is None


def test_ids_match_the_json(corpus_docs: list[tuple[str, gongwen.Document]]) -> None:
    for _, doc in corpus_docs:
        figures = sorted(doc.targets + doc.achievements, key=lambda t: t.id)
        assert [t.id for t in figures] == list(range(len(figures)))
        for t in doc.targets:
            if t.task_id is not None:
                assert t in doc.task(t.task_id).targets


def test_heading_to_dict_has_its_id(notice: gongwen.Document) -> None:
    for h in notice.outline[:5]:
        assert h.to_dict()["id"] == h.id
    rows = notice._rows("outline")
    assert [r["id"] for r in rows] == [h.id for h in notice.outline]
