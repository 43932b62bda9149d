from __future__ import annotations

from pathlib import Path

import pytest

import gongwen

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt"))
assert len(CORPUS) >= 5, "the seed corpus (tests/fixtures/corpus/*.txt) is missing"

SAMPLE = (
    "关于做好2024年重点工作的通知\n"
    "一、总体要求\n"
    "1.生产总值增长6.5%。(发展改革委负责)\n"
    "2.新建5G基站200个。(工业和信息化局牵头,各县区政府配合)\n"
    "3.完成投资300亿元。(发展改革委负责)\n"
)


def seed(prefix: str) -> Path:
    return next(p for p in CORPUS if p.name.startswith(prefix))


@pytest.fixture(scope="session")
def sample() -> gongwen.Document:
    return gongwen.parse(SAMPLE)


@pytest.fixture(scope="session")
def notice() -> gongwen.Document:
    """Seed 002: a task notice with 154 numbered tasks."""
    return gongwen.parse_file(seed("002"))


@pytest.fixture(scope="session")
def corpus_docs() -> list[tuple[str, gongwen.Document]]:
    return [(p.read_text(encoding="utf-8"), gongwen.parse_file(p)) for p in CORPUS]
