"""gongwen: parse Chinese government documents (政府工作报告, 任务分工通知, 实施方案, 意见,
meeting news) into a typed tree of sections, tasks with their responsible units, targets
and dates.

>>> import gongwen
>>> doc = gongwen.parse("关于做好重点工作的通知\\n一、总体要求\\n1.新建5G基站200个。(工业和信息化局牵头,各县区政府配合)\\n")
>>> [t.lead for t in doc.tasks]
[['工业和信息化局']]

Spans count characters (``doc.source[s.start:s.end]``) and also carry ``start_byte`` and
``end_byte``. Parsing text never fails; ``parse_bytes``/``parse_file`` raise ``DecodeError``
for undecodable bytes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Optional, Sequence

from . import _native
from ._errors import DecodeError, GongwenError, InputTooLargeError
from ._native import (
    Block,
    DateValue,
    Deadline,
    Diagnostic,
    DocNumber,
    Document,
    Heading,
    Official,
    Paragraph,
    Section,
    Span,
    Target,
    Task,
    Title,
    Unit,
    UnitSummary,
    parse,
    parse_bytes,
    parse_file,
    parse_many,
)

if TYPE_CHECKING:
    import pandas

__version__: str = _native.__version__

def tasks_frame(
    docs: Iterable[Document], keys: Optional[Sequence[Any]] = None
) -> "pandas.DataFrame":
    """Tasks of many documents as one pandas DataFrame; column ``doc`` holds each row's
    key from ``keys`` (default: the document's position)."""
    from ._frames import documents_frame

    return documents_frame(docs, "tasks", keys)


def assignments_frame(
    docs: Iterable[Document], keys: Optional[Sequence[Any]] = None
) -> "pandas.DataFrame":
    """One row per (task, unit mention) across many documents, as one DataFrame: columns
    ``doc`` (each row's key from ``keys``, default the document's position), ``task`` (the
    task's index in ``doc.tasks``), ``number``, ``unit``, ``normalized``, ``role``, ``kind``,
    ``collective``, ``deadline``, ``due``, ``section``, and the unit's span."""
    from ._frames import documents_frame

    return documents_frame(docs, "assignments", keys)


def units_frame(
    docs: Iterable[Document], keys: Optional[Sequence[Any]] = None
) -> "pandas.DataFrame":
    """Responsibility matrices of many documents as one DataFrame (column ``doc``)."""
    from ._frames import documents_frame

    return documents_frame(docs, "units", keys)


def targets_frame(
    docs: Iterable[Document], keys: Optional[Sequence[Any]] = None
) -> "pandas.DataFrame":
    """Targets of many documents as one DataFrame (column ``doc``)."""
    from ._frames import documents_frame

    return documents_frame(docs, "targets", keys)


__all__ = [
    "Block",
    "DateValue",
    "Deadline",
    "DecodeError",
    "Diagnostic",
    "DocNumber",
    "Document",
    "GongwenError",
    "Heading",
    "InputTooLargeError",
    "Official",
    "Paragraph",
    "Section",
    "Span",
    "Target",
    "Task",
    "Title",
    "Unit",
    "UnitSummary",
    "__version__",
    "assignments_frame",
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_many",
    "targets_frame",
    "tasks_frame",
    "units_frame",
]
