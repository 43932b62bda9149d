"""Exceptions raised by gongwen.

Parsing never fails on text: odd text yields a Document with diagnostics. These are for
what cannot be text: undecodable bytes and input over the size limit.
"""

from __future__ import annotations

from typing import Any, Dict, Optional


class GongwenError(ValueError):
    """Base of gongwen's errors (a ValueError).

    ``offset`` is the byte offset the error points at (or None); ``index`` is the position
    of the failing item in ``parse_many`` (or None).
    """

    kind: str = "error"
    offset: Optional[int] = None
    index: Optional[int] = None

    def __init__(
        self,
        message: str,
        *,
        offset: Optional[int] = None,
        index: Optional[int] = None,
        **details: Any,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset
        self.index = index
        for name, value in details.items():
            setattr(self, name, value)
        self._details = details

    def __reduce__(self) -> Any:
        kwargs = dict(self._details, offset=self.offset, index=self.index)
        return (_rebuild, (type(self), self.message, kwargs))


def _rebuild(cls: type, message: str, kwargs: Dict[str, Any]) -> GongwenError:
    return cls(message, **kwargs)  # type: ignore[no-any-return]


class DecodeError(GongwenError):
    """Bytes that cannot be decoded. ``offset`` is the byte offset of the first bad byte;
    ``encoding`` the encoding that was tried (``UTF-8``, ``UTF-16LE``, ``GB18030``…)."""

    kind = "decode"
    encoding: Optional[str] = None


class InputTooLargeError(GongwenError):
    """Input over ``max_input_bytes``: ``size`` and ``limit`` in bytes."""

    kind = "too_large"
    size: Optional[int] = None
    limit: Optional[int] = None
