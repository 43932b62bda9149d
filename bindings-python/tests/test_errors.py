"""Exceptions: GongwenError family with offsets; TypeError for wrong argument types."""

from __future__ import annotations

from typing import Any

import pytest

import gongwen

# UTF-16LE BOM, 报, a lone high surrogate at byte 4, A.
BAD_UTF16 = b"\xff\xfe" + "报".encode("utf-16-le") + b"\x00\xd8" + b"A\x00"


def test_decode_error_carries_offset() -> None:
    with pytest.raises(gongwen.DecodeError) as e:
        gongwen.parse_bytes(BAD_UTF16)
    err = e.value
    assert isinstance(err, gongwen.GongwenError)
    assert isinstance(err, ValueError)
    assert err.offset == 4
    assert err.encoding == "UTF-16LE"
    assert err.kind == "decode"
    assert "byte 4" in str(err)


def test_decode_error_from_file_names_it(tmp_path: Any) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(BAD_UTF16)
    with pytest.raises(gongwen.DecodeError, match="bad.txt"):
        gongwen.parse_file(p)


def test_decode_error_in_parse_many_has_index() -> None:
    with pytest.raises(gongwen.DecodeError) as e:
        gongwen.parse_many(["一、总体要求\n", BAD_UTF16])
    assert e.value.index == 1 and e.value.offset == 4


def test_too_large() -> None:
    with pytest.raises(gongwen.InputTooLargeError) as e:
        gongwen.parse_bytes(b"x" * 100, max_input_bytes=10)
    assert isinstance(e.value, gongwen.GongwenError)
    assert (e.value.size, e.value.limit) == (100, 10)


def test_every_entry_point_keeps_the_limit(tmp_path) -> None:
    text = "一、总体要求\n" * 10
    size = len(text.encode("utf-8"))
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    for call in (
        lambda limit: gongwen.parse(text, max_input_bytes=limit),
        lambda limit: gongwen.parse_bytes(text.encode("utf-8"), max_input_bytes=limit),
        lambda limit: gongwen.parse_file(path, max_input_bytes=limit),
        lambda limit: gongwen.parse_many([text], max_input_bytes=limit)[0],
        lambda limit: gongwen.parse_many([text.encode("utf-8")], max_input_bytes=limit)[0],
    ):
        assert call(size).source == text
        with pytest.raises(gongwen.InputTooLargeError):
            call(size - 1)


@pytest.mark.parametrize(
    "call",
    [
        lambda: gongwen.parse(b"bytes"),
        lambda: gongwen.parse(None),
        lambda: gongwen.parse(42),
        lambda: gongwen.parse(["a"]),
        lambda: gongwen.parse_bytes("text"),
        lambda: gongwen.parse_bytes(None),
        lambda: gongwen.parse_bytes(memoryview(b"x").tolist()),
        lambda: gongwen.parse_file(None),
        lambda: gongwen.parse_file(3.5),
        lambda: gongwen.parse_many("one text"),
        lambda: gongwen.parse_many(42),
        lambda: gongwen.parse_many([1, 2]),
        lambda: gongwen.parse_many(["ok", None]),
        lambda: gongwen.parse_many(["ok"], threads="two"),
        lambda: gongwen.parse("x", max_input_bytes="big"),
        lambda: gongwen.parse("x", unknown_option=True),
        lambda: gongwen.Document(42),
        lambda: gongwen.parse("x").text("0:1"),
        lambda: gongwen.parse("x").char_offset("0"),
        lambda: gongwen.Span("a", 1, 2, 3),
        lambda: gongwen.tasks_frame([gongwen.parse("x"), "not a document"]),
    ],
)
def test_wrong_types_raise_type_error(call: Any) -> None:
    with pytest.raises(TypeError):
        call()


def test_hints_in_messages() -> None:
    with pytest.raises(TypeError, match="parse_bytes"):
        gongwen.parse(b"x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="gongwen.parse for str"):
        gongwen.parse_bytes("x")  # type: ignore[arg-type]


def test_odd_text_never_raises() -> None:
    for text in [
        "",
        "\x00\x01",
        "（（（（",
        "一、" * 1000,
        "1." * 500,
        "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
        "负责负责" * 10,
        "\r\n\r\r\n",
    ]:
        doc = gongwen.parse(text)
        doc.to_dict()
        list(doc.walk())


def test_lone_surrogate_str_is_a_value_error_not_a_crash() -> None:
    with pytest.raises(UnicodeEncodeError):
        gongwen.parse("a\ud800b")
    with pytest.raises(ValueError):
        gongwen.parse_many(["ok", "a\ud800b"])


def test_garbage_bytes_are_an_error_or_a_document() -> None:
    import random

    rng = random.Random(7)
    for _ in range(200):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(64)))
        try:
            doc = gongwen.parse_bytes(data)
        except gongwen.DecodeError as e:
            assert e.offset is not None and 0 <= e.offset <= len(data)
        else:
            for _, n in doc.walk():
                assert doc.text(n.span) == doc.source[n.span.start : n.span.end]
