"""What a format reader returns, before the common fields are added."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from screener.models import Line, YearMonth

__all__ = ["FormatReader", "Parsed"]


@dataclass(frozen=True, slots=True)
class Parsed:
    """The part of a :class:`~screener.models.Document` that depends on the format.

    Attributes:
        lines: every line in reading order, hidden ones included.
        pages: page count (1 for formats without pages).
        warnings: format-specific warnings such as ``two_columns``;
            ``hidden_text`` is added by the caller from the lines.
        saved: the last-saved month the file's metadata gives, if any.
        saved_source: the metadata field it came from.
        engine: the PDF engine that read the file (``pdfium`` or
            ``pdfminer``); empty for other formats.
    """

    lines: tuple[Line, ...]
    pages: int = 1
    warnings: tuple[str, ...] = ()
    saved: YearMonth | None = None
    saved_source: str = ""
    engine: str = ""


FormatReader = Callable[[bytes, str], Parsed]
"""A reader for one format: ``(file bytes, path as given) -> Parsed``; raises IngestError."""
