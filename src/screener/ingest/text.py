"""Plain-text files: decode the bytes, split the lines."""

from __future__ import annotations

import codecs

from screener.errors import EmptyFile
from screener.ingest.base import Parsed
from screener.ingest.normalize import make_line

__all__ = ["decode_text", "read_text"]

# Share of characters that must be printable (or ordinary white space) for
# bytes to count as text; binaries that happen to decode fall far below it.
_MIN_PRINTABLE = 0.95
_SAMPLE_CHARS = 65_536
_WHITESPACE = frozenset("\t\n\r\f\v")


def _mostly_printable(text: str) -> bool:
    """Whether nearly every character of (a sample of) ``text`` is one a person would type."""
    sample = text[:_SAMPLE_CHARS]
    if not sample:
        return True
    printable = sum(1 for ch in sample if ch.isprintable() or ch in _WHITESPACE)
    return printable >= _MIN_PRINTABLE * len(sample)


def decode_text(data: bytes) -> str | None:
    """Decode bytes as a text file would be, or None when they are not text.

    UTF-8 (with or without a BOM) first, UTF-16 when a BOM says so, then
    cp1252, the usual encoding of text saved on Windows. Bytes that decode
    but are mostly control characters (images, binaries) are not text.

    Example:
        >>> decode_text("Café".encode("cp1252"))
        'Café'
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text if _mostly_printable(text) else None
    return None


def read_text(data: bytes, path: str) -> Parsed:
    """Read a plain-text file into lines, whatever its newline convention.

    Raises:
        EmptyFile: nothing but white space once decoded.
    """
    text = decode_text(data) or ""
    # str.splitlines knows \r\n, \r, \n and the Unicode separators alike.
    lines = tuple(line for raw in text.splitlines() if (line := make_line(raw)) is not None)
    if not lines:
        raise EmptyFile(path, "The file contains only white space.")
    return Parsed(lines)
