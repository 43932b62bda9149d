from typing import Any, Iterable, Optional, Sequence

import pandas

from ._errors import DecodeError as DecodeError
from ._errors import GongwenError as GongwenError
from ._errors import InputTooLargeError as InputTooLargeError
from ._native import Block as Block
from ._native import DateValue as DateValue
from ._native import Deadline as Deadline
from ._native import Diagnostic as Diagnostic
from ._native import DocNumber as DocNumber
from ._native import Document as Document
from ._native import Heading as Heading
from ._native import Official as Official
from ._native import Paragraph as Paragraph
from ._native import Section as Section
from ._native import Span as Span
from ._native import Target as Target
from ._native import Task as Task
from ._native import Title as Title
from ._native import Unit as Unit
from ._native import UnitSummary as UnitSummary
from ._native import parse as parse
from ._native import parse_bytes as parse_bytes
from ._native import parse_file as parse_file
from ._native import parse_many as parse_many

__version__: str
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

def tasks_frame(
    docs: Iterable[Document], keys: Optional[Sequence[Any]] = None
) -> pandas.DataFrame: ...
def assignments_frame(
    docs: Iterable[Document], keys: Optional[Sequence[Any]] = None
) -> pandas.DataFrame: ...
def units_frame(
    docs: Iterable[Document], keys: Optional[Sequence[Any]] = None
) -> pandas.DataFrame: ...
def targets_frame(
    docs: Iterable[Document], keys: Optional[Sequence[Any]] = None
) -> pandas.DataFrame: ...
