"""One text-normalising function shared by every format reader.

PDF, DOCX and text readers all hand their raw strings to :func:`normalize_line`,
so a ligature, a soft hyphen or a Wingdings bullet reads the same whatever
the file format was.
"""

from __future__ import annotations

import re
import unicodedata

from screener.models import Line

__all__ = ["BULLET", "make_line", "normalize_line", "repair_mojibake"]

BULLET = "•"
"""The one bullet glyph lines start with after normalising."""

# Glyphs that resumes use as list bullets. The private-use ones come from the
# Symbol and Wingdings fonts, which Word and many PDF writers map to U+F0xx.
_BULLET_CHARS = "•●▪■◦‣⁃∙○◆◇♦❖➢➤►▸▹▶✓✔✗☐☑□⦿⚫\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0a1\uf02d\uf0e0\uf0de\uf071"
_LEADING_BULLET = re.compile(rf"^[{re.escape(_BULLET_CHARS)}]+\s*")
# pdfminer writes "(cid:123)" for a glyph its font cannot map to Unicode:
# noise, never text.
_CID = re.compile(r"\(cid:\d+\)")
# Characters that carry no text: soft hyphen (a line-break hint), zero-width
# spaces and joiners, the BOM, and word joiners.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_SPACES = re.compile(r"\s+")
# Text written as UTF-8 and read back as cp1252 or Latin-1 ("â€“" for "–", "ï¼š" for
# "："): a UTF-8 lead byte's character followed by a continuation byte's. Only such lines
# are handed to ftfy, which imports in a fraction of a second and is needed by few files.
_MAYBE_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# A full-width form (U+FF00-U+FF7F) whose last byte was lost: cp1252 has no character for
# 0x81, 0x8D, 0x8F, 0x90 and 0x9D, so "－" (EF BC 8D) is left as "ï¼", which NFKC would
# turn into "ï1⁄4". After "ï¼" the form was one of "！－／０＝": between two dates
# ("07/2013 ï¼ Current") and between an employer and its city it is the hyphen-minus.
# After "ï½" ("ａｍｏｐ｝") nothing can be told, and it is dropped.
_LOST_BYTE = re.compile("ï([¼½])")
_LOST_BYTE_FORM = {"¼": "－", "½": ""}


def _strip_controls(text: str) -> str:
    """Replace control and unassigned characters by spaces (they show nothing)."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else " " for ch in text)


def repair_mojibake(text: str) -> str:
    """Text mis-decoded as cp1252 or Latin-1 read as it was written.

    ftfy (``fix_encoding``) decodes what it can tell apart from real text; a full-width
    form whose last byte was lost is read by :data:`_LOST_BYTE_FORM`.

    >>> repair_mojibake("Acme â€“ Lyon"), repair_mojibake("07/2013 ï¼ Current")
    ('Acme – Lyon', '07/2013 － Current')
    """
    if _MAYBE_MOJIBAKE.search(text) is None:
        return text
    import ftfy  # only here: most files never need it (see _MAYBE_MOJIBAKE)

    fixed: str = ftfy.fix_encoding(text)
    return _LOST_BYTE.sub(lambda match: _LOST_BYTE_FORM[match.group(1)], fixed)


def normalize_line(text: str) -> str:
    """Normalise one line of text as every reader must.

    Text mis-decoded as cp1252 or Latin-1 repaired (:func:`repair_mojibake`), then
    NFKC (which also splits ligatures such as "ﬁ", turns no-break spaces
    into spaces and full-width forms into ASCII), soft hyphens and zero-width characters removed, pdfminer's
    ``(cid:NN)`` placeholders dropped, white space collapsed, and a leading
    bullet glyph written as ``"• "``.

    Args:
        text: raw text of one line (it must not contain line breaks that
            should be kept; any it has become spaces).

    Returns:
        The normalised line, possibly empty.

    Example:
        >>> normalize_line("\\uf0b7  ﬁnance\\u00a0team\\u00ad(cid:3)")
        '• finance team'
    """
    text = repair_mojibake(_CID.sub("", text.translate(_INVISIBLE)))
    # Private-use bullets must be recognised before NFKC (it keeps them, but
    # it would fold some of the others into letters such as "o").
    bullet = _LEADING_BULLET.match(text.lstrip())
    if bullet is not None:
        text = text.lstrip()[bullet.end() :]
    text = unicodedata.normalize("NFKC", text)
    text = _SPACES.sub(" ", _strip_controls(text)).strip()
    if bullet is not None and text:
        return f"{BULLET} {text}"
    return text


def make_line(
    text: str,
    *,
    page: int = 1,
    column: int = 0,
    source: str = "body",
    font_size: float | None = None,
    bold: bool = False,
    hidden_by: str = "",
) -> Line | None:
    """Build a :class:`Line` from raw text, or None when nothing is left after normalising.

    ``hidden_by`` says why a reader could not see it (empty: visible).
    """
    clean = normalize_line(text)
    if not clean or clean == BULLET:
        return None
    return Line(
        clean,
        page=page,
        column=column,
        source=source,
        font_size=None if font_size is None else round(font_size, 1),
        bold=bold,
        hidden=bool(hidden_by),
        hidden_by=hidden_by,
    )
