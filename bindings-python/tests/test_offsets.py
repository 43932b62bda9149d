"""Spans count characters, so text[span.start:span.end] is the node's text."""

from __future__ import annotations

import gongwen


def _all_spans(doc: gongwen.Document) -> list[gongwen.Span]:
    spans = []
    for _, n in doc.walk():
        spans.append(n.span)
        if isinstance(n, gongwen.Task):
            spans.append(n.text_span)
            spans.extend(u.span for u in n.units)
            if n.deadline is not None:
                spans.append(n.deadline.span)
    for t in doc.targets + doc.achievements:
        spans.extend([t.span, t.quantity_span])
    spans.extend(h.span for h in doc.outline)
    spans.extend(d.span for d in doc.diagnostics)
    for detail in (doc.title_detail, doc.date_detail):
        if detail is not None:
            spans.append(detail.span)
    return spans


def test_char_spans_slice_the_same_text_as_byte_spans(
    corpus_docs: list[tuple[str, gongwen.Document]],
) -> None:
    for text, doc in corpus_docs:
        assert doc.source == text
        raw = text.encode("utf-8")
        spans = _all_spans(doc)
        assert len(spans) > 5
        for s in spans:
            by_char = text[s.start : s.end]
            assert by_char == raw[s.start_byte : s.end_byte].decode("utf-8")
            assert by_char == doc.text(s)


def test_unit_names_at_their_spans(notice: gongwen.Document) -> None:
    checked = 0
    for task in notice.tasks:
        for u in task.units:
            written = notice.source[u.span.start : u.span.end]
            assert written == u.name
            checked += 1
        assert notice.source[task.span.start : task.span.end].strip().startswith(task.marker)
        assert task.text[:4] in notice.source[task.text_span.start : task.text_span.end]
    assert checked > 154


def test_heading_titles_at_their_spans(corpus_docs: list[tuple[str, gongwen.Document]]) -> None:
    for text, doc in corpus_docs:
        for h in doc.outline:
            written = text[h.span.start : h.span.end]
            assert written.startswith(h.marker) or h.marker == ""
            assert h.title[:1] in written  # pinyin readings may follow the first character


def test_ascii_and_astral_text() -> None:
    text = "abc\n一、总体要求 𠀀𠀀\n1.建成𠀀项目。(发展改革委负责)\n"
    doc = gongwen.parse(text)
    for s in _all_spans(doc):
        assert text[s.start : s.end] == text.encode()[s.start_byte : s.end_byte].decode()
    ascii_doc = gongwen.parse("hello\nworld\n")
    assert [b.span.end for b in ascii_doc.blocks][-1] == 12
