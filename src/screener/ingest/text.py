"""Plain-text files: decode the bytes, split the lines."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

from screener.errors import EmptyFile
from screener.ingest.base import Parsed
from screener.ingest.collapsed import split_collapsed
from screener.ingest.normalize import make_line

__all__ = ["Decoded", "decode_text", "detect_text", "read_text"]

# Share of characters that must be printable (or ordinary white space) for
# bytes to count as text; binaries that happen to decode fall far below it.
_MIN_PRINTABLE = 0.95
_SAMPLE_CHARS = 65_536
_WHITESPACE = frozenset("\t\n\r\f\v")
# The 8-bit encodings text files are saved in: Windows' Western, Central European, Cyrillic, Greek,
# Turkish and Baltic code pages, and KOI8-R.
_EIGHT_BIT = ("cp1252", "cp1250", "cp1251", "koi8_r", "cp1253", "cp1254", "cp1257")
_LATIN = frozenset({"cp1252", "cp1250", "cp1254", "cp1257"})
# charset-normalizer's coherence (how well the text fits a language) below which we are unsure.
_MIN_COHERENCE = 0.45
_CLEAR_LEAD = 0.25


def _mostly_printable(text: str) -> bool:
    """Whether nearly every character of (a sample of) ``text`` is one a person would type."""
    sample = text[:_SAMPLE_CHARS]
    if not sample:
        return True
    printable = sum(1 for ch in sample if ch.isprintable() or ch in _WHITESPACE)
    return printable >= _MIN_PRINTABLE * len(sample)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from a file's bytes.

    Attributes:
        text: the text.
        encoding: the encoding it was decoded with.
        confident: False when the bytes could be another 8-bit encoding that reads differently
            (a short Polish text in cp1250 or cp1252): the reader flags ``low_confidence_encoding``.
    """

    text: str
    encoding: str
    confident: bool = True


def _only_punctuation_beyond_ascii(text: str) -> bool:
    """Whether every non-ASCII character is punctuation, a symbol or a space (dashes, quotes, bullets)."""
    return all(ord(ch) < 128 or unicodedata.category(ch)[0] in "PSZ" for ch in text[:_SAMPLE_CHARS])


def _detect(data: bytes) -> Decoded | None:
    """An 8-bit encoding for bytes that are not UTF-8, detected by charset-normalizer among the common ones."""
    results = from_bytes(data[:_SAMPLE_CHARS * 2], cp_isolation=list(_EIGHT_BIT))
    best = results.best()
    if best is None:
        return None
    encoding = best.encoding
    if encoding in _LATIN and _decodes(data, "cp1252"):
        encoding = "cp1252"  # the Western code pages read Western letters alike; cp1252 is the usual one
    text = data.decode(encoding, errors="replace")
    sample = text[:_SAMPLE_CHARS]
    rivals = [r.coherence for r in results if data[:_SAMPLE_CHARS].decode(r.encoding, errors="replace") != sample]
    confident = (
        best.coherence >= _MIN_COHERENCE  # the text reads as a language
        or best.coherence - max(rivals, default=0.0) >= _CLEAR_LEAD  # far better than any other reading
        or _only_punctuation_beyond_ascii(text)  # only dashes, quotes or bullets could read otherwise
    )
    return Decoded(text, encoding, confident)


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def detect_text(data: bytes) -> Decoded | None:
    """Decode bytes as a text file would be, or None when they are not text.

    UTF-16 when a BOM says so, UTF-8 (with or without a BOM), else the 8-bit encoding
    charset-normalizer finds among the common Windows and KOI8 code pages (a Russian CV saved in
    cp1251 reads as Russian). Bytes that decode but are mostly control characters (images,
    binaries) are not text.

    Example:
        >>> detect_text("Опыт работы: разработчик Python, Москва".encode("cp1251")).text
        'Опыт работы: разработчик Python, Москва'
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        decoded: Decoded | None = Decoded(data.decode("utf-16", errors="replace"), "utf-16")
    elif _decodes(data, "utf-8-sig"):
        decoded = Decoded(data.decode("utf-8-sig"), "utf-8")
    else:
        decoded = _detect(data)
    return decoded if decoded is not None and _mostly_printable(decoded.text) else None


def decode_text(data: bytes) -> str | None:
    """The text of :func:`detect_text`, or None when the bytes are not text.

    Example:
        >>> decode_text("Café".encode("cp1252"))
        'Café'
    """
    decoded = detect_text(data)
    return decoded.text if decoded else None


def read_text(data: bytes, path: str) -> Parsed:
    """Read a plain-text file into lines, whatever its newline convention and encoding.

    Raises:
        EmptyFile: nothing but white space once decoded.
    """
    decoded = detect_text(data)
    text = decoded.text if decoded else ""
    # str.splitlines knows \r\n, \r, \n and the Unicode separators alike; a line that is a whole
    # document with its line breaks collapsed into runs of spaces is split again.
    lines = tuple(line for raw in text.splitlines() for part in split_collapsed(raw)
                  if (line := make_line(part)) is not None)
    if not lines:
        raise EmptyFile(path, "The file contains only white space.")
    warnings = () if decoded is None or decoded.confident else ("low_confidence_encoding",)
    return Parsed(lines, warnings=warnings)
