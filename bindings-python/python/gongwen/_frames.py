"""pandas DataFrames of tasks, (task, unit) assignments, units, targets and outlines (pandas
is an optional extra)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Optional, Sequence

if TYPE_CHECKING:
    import pandas

    from ._native import Document

COLUMNS = {
    "tasks": [
        "id", "number", "marker", "text", "lead", "support", "units", "leaders", "deadline",
        "section", "start", "end", "start_byte", "end_byte",
    ],
    "assignments": [
        "task", "number", "unit", "normalized", "role", "kind", "collective", "deadline",
        "due", "section", "start", "end", "start_byte", "end_byte",
    ],
    "units": [
        "name", "normalized", "kind", "lead_count", "support_count", "responsible_count",
        "task_count", "lead", "support", "responsible", "tasks",
    ],
    "outline": [
        "id", "level", "marker", "number", "title", "style", "run_in", "start", "end",
        "start_byte", "end_byte",
    ],
    "targets": [
        "indicator", "relation", "value", "unit", "qualifier", "base_value", "base_unit",
        "task", "section", "start", "end", "start_byte", "end_byte",
    ],
}


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - exercised without pandas only
        raise ImportError(
            "gongwen's DataFrame helpers need pandas, which is not installed; "
            "install it with: pip install 'gongwen[pandas]'  (or: pip install pandas)"
        ) from e
    return pandas


def document_frame(doc: "Document", what: str) -> "pandas.DataFrame":
    pd = _pandas()
    frame: pandas.DataFrame = pd.DataFrame.from_records(doc._rows(what), columns=COLUMNS[what])
    return frame


def documents_frame(
    docs: Iterable["Document"], what: str, keys: Optional[Sequence[Any]] = None
) -> "pandas.DataFrame":
    pd = _pandas()
    docs = list(docs)
    if keys is None:
        keys = list(range(len(docs)))
    elif len(keys) != len(docs):
        raise ValueError(f"{len(keys)} keys for {len(docs)} documents")
    from ._native import Document

    rows = []
    for key, doc in zip(keys, docs):
        if not isinstance(doc, Document):
            raise TypeError(f"expected gongwen.Document items, not {type(doc).__name__}")
        for row in doc._rows(what):
            row["doc"] = key
            rows.append(row)
    frame: pandas.DataFrame = pd.DataFrame.from_records(rows, columns=["doc", *COLUMNS[what]])
    return frame
