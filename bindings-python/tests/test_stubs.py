"""The .pyi stubs match the module (mypy stubtest) and type-check."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import gongwen

pytest.importorskip("mypy")


def test_stubtest(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "gongwen"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_py_typed_shipped() -> None:
    assert (Path(gongwen.__file__).parent / "py.typed").exists()


def test_user_code_type_checks(tmp_path: Path) -> None:
    (tmp_path / "user.py").write_text(
        "import gongwen\n"
        "doc = gongwen.parse('一、总体要求')\n"
        "n: int = len(doc.tasks)\n"
        "for t in doc.tasks:\n"
        "    s: str = doc.source[t.span.start:t.span.end]\n"
        "    lead: list[str] = t.lead\n"
        "docs: list[gongwen.Document] = gongwen.parse_many(['a', b'b'], threads=2)\n"
        "try:\n"
        "    gongwen.parse_bytes(b'x')\n"
        "except gongwen.DecodeError as e:\n"
        "    off: int | None = e.offset\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--ignore-missing-imports", "user.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
