"""The Dask example gives the same tasks frame as a plain loop."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("pandas")
pytest.importorskip("dask.distributed")

ROOT = Path(__file__).resolve().parents[2]


def test_dask_example_matches_plain_loop() -> None:
    import pandas as pd

    spec = importlib.util.spec_from_file_location("dask_corpus", ROOT / "examples" / "python" / "dask_corpus.py")
    assert spec is not None and spec.loader is not None
    example = importlib.util.module_from_spec(spec)
    import sys

    sys.modules["dask_corpus"] = example
    spec.loader.exec_module(example)
    folder = ROOT / "tests" / "fixtures" / "corpus"
    with_dask = example.tasks_with_dask(folder, n_workers=2, batch_size=2)
    with_loop = example.tasks_with_loop(folder)
    assert len(with_loop) >= 154
    pd.testing.assert_frame_equal(with_dask, with_loop)
