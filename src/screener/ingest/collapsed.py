"""Line breaks that a text export collapsed into runs of spaces, put back.

A resume pasted into a web form or exported to one CSV cell often reaches us as one
long line, each of its line breaks left as two spaces or more: "Experience  2007-Present
Ryan Motors  Automobile Engineer  Tested parts ...". Every later stage reads lines
(headings, a title line, its dates), so such a line is split at its gaps again. A gap
between two parts of a date stays (as one space): "2006  Present" and "10/2012  05/2013"
are ranges whose dash was lost, not two lines.
"""

from __future__ import annotations

import re

__all__ = ["split_collapsed"]

# A line is a collapsed document, not a paragraph typed with two spaces after each
# sentence, only when it is long and broken by many gaps.
_MIN_CHARS = 400
_MIN_GAPS = 8
# How far either side of a gap the date words are looked for.
_SIDE = 40
_GAP = re.compile(r"[ \t\u00a0]{2,}")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# The last word before a gap and the first after it that are parts of one range.
_DATE_END = re.compile(rf"(?:\b(?:19|20)\d\d|\b\d{{1,2}}[/.]\d{{2,4}}|\b{_MONTH}|[-–—]|\bto|\bsince)$", re.IGNORECASE)
_DATE_START = re.compile(
    rf"^(?:(?:19|20)\d\d\b|\d{{1,2}}[/.]\d{{2,4}}\b|{_MONTH}\s*[\d']|present\b|current\b|now\b|till\b|to date\b|[-–—])",
    re.IGNORECASE,
)


def _joins_dates(before: str, after: str) -> bool:
    """Whether a gap sits inside a date range: a date part ends before it and one starts after it."""
    return bool(_DATE_END.search(before.rstrip(":,"))) and bool(_DATE_START.match(after))


def split_collapsed(raw: str) -> list[str]:
    """``raw`` as the lines it was before its line breaks became runs of spaces.

    A line shorter than 400 characters, or with fewer than 8 gaps, is left whole.

    Example:
        >>> split_collapsed("short line  kept")
        ['short line  kept']
    """
    gaps = list(_GAP.finditer(raw))
    if len(raw) < _MIN_CHARS or len(gaps) < _MIN_GAPS:
        return [raw]
    lines: list[str] = []
    begin = 0
    for gap in gaps:
        # Only the words beside the gap decide, so look at a few characters either side
        # (slicing the rest of a million-character line per gap would be quadratic).
        before = raw[max(begin, gap.start() - _SIDE) : gap.start()]
        after = raw[gap.end() : gap.end() + _SIDE]
        if not _joins_dates(before, after):
            lines.append(raw[begin : gap.start()])
            begin = gap.end()
    lines.append(raw[begin:])
    return [line for line in lines if line.strip()]
