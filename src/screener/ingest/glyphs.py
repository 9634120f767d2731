"""A page's glyphs as columns of numbers, cut into text lines with pdfminer's rules.

The fast engine (:mod:`screener.ingest.pdfium`) reads a page's glyphs a page at
a time, so they are kept as columns (one array of left edges, one of bottoms...)
rather than as one tuple per glyph: the tests that cut lines and words, and the
ones that tell which glyphs may be hidden, then run over whole arrays at once
(numpy), and Python is left only the pieces of each line.

The rules are pdfminer's: two glyphs in content order sit on one line when they
lie in the same form, their heights overlap by more than :data:`LINE_OVERLAP`
of the lower one, and the gap between them is under :data:`CHAR_MARGIN` times
the wider one; a gap wider than :data:`WORD_MARGIN` of a glyph's size is a space.
Everything here is plain geometry, so it is tested without PDFs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np

from screener.ingest.columns import Box
from screener.ingest.pdfpage import CHAR_MARGIN, LINE_OVERLAP, WORD_MARGIN, PageLine, Piece, SeenLine, Visibility

__all__ = ["GlyphStyle", "Glyphs", "glyph_lines", "line_starts"]

# A named tuple built from a tuple without its Python-level __new__ (as its _make does).
_make = tuple.__new__
# A glyph's place in content order is its form group above this bit, its object's order below.
GROUP_SHIFT = 32
ORDER_MASK = (1 << GROUP_SHIFT) - 1
_Floats = Any  # a one-dimensional float64 array (numpy's own types say little more)


@dataclass(frozen=True, slots=True)
class GlyphStyle:
    """What every glyph of one text object shares (many objects share one style)."""

    size: float
    """The font size as drawn: the Tf size times the object's vertical scale."""
    bold: bool
    invisible: bool
    white: bool
    group: int
    """The form XObject the object lies in (0: the page itself); pdfminer lays each form out apart."""
    plain: bool
    """Only where a glyph lies can hide it (:meth:`Visibility.only_by_place`): most glyphs skip the full test."""


@dataclass(frozen=True, slots=True)
class Glyphs:
    """A page's glyphs in content order, as columns: the k-th glyph is ``text[k]``, ``x0[k]``...

    Boxes are pdfminer's (the advance across, the font size up from the descent), in float64.
    """

    text: list[str]
    x0: _Floats
    y0: _Floats
    x1: _Floats
    y1: _Floats
    styles: list[GlyphStyle]
    rank: list[int]
    """Each glyph's text object's place in the page's content, forms included (see :data:`ORDER_MASK`)."""

    def __len__(self) -> int:
        return len(self.text)


def _smaller(p: _Floats, q: _Floats) -> _Floats:
    """``q if q < p else p``, elementwise (the same value as ``min``, NaN included, as the rules write it)."""
    return np.where(q < p, q, p)


def line_starts(glyphs: Glyphs) -> list[int]:
    """Where each line starts in glyphs in content order: wherever two in a row do not sit side by side.

    >>> style = GlyphStyle(10.0, False, False, False, 0, True)
    >>> row = lambda *xs: np.array(xs, dtype=float)
    >>> g = Glyphs(list("abc"), row(0, 6, 0), row(0, 0, -20), row(5, 11, 5), row(10, 10, -10), [style] * 3, [0, 0, 1])
    >>> line_starts(g)
    [0, 2]
    """
    if len(glyphs) < 2:
        return [0]
    x0, y0, x1, y1 = glyphs.x0, glyphs.y0, glyphs.x1, glyphs.y1
    ax0, ay0, ax1, ay1 = x0[:-1], y0[:-1], x1[:-1], y1[:-1]
    bx0, by0, bx1, by1 = x0[1:], y0[1:], x1[1:], y1[1:]
    groups = np.fromiter((style.group for style in glyphs.styles), dtype=np.int64, count=len(glyphs))
    with np.errstate(all="ignore"):  # a hostile page's NaN and infinite boxes compare False, as in pdfminer
        lower, higher = ay1 - ay0, by1 - by0
        up, down = np.abs(ay0 - by1), np.abs(ay1 - by0)
        apart = _smaller(np.abs(ax0 - bx1), np.abs(ax1 - bx0))  # the nearer edges: left, else right
        gap = np.where((bx0 <= ax1) & (ax0 <= bx1), 0.0, apart)
        wide, wider = ax1 - ax0, bx1 - bx0
        same = (
            (groups[:-1] == groups[1:]) & (by0 <= ay1) & (ay0 <= by1)  # the same form, heights that overlap ...
            & (_smaller(lower, higher) * LINE_OVERLAP < _smaller(up, down))  # ... by enough
            & (gap < np.where(wider > wide, wider, wide) * CHAR_MARGIN)
        )
    return [0, *(np.flatnonzero(~same) + 1).tolist()]


@dataclass(frozen=True, slots=True)
class _Marks:
    """What each glyph of a page needs for its line, worked out for the whole page at once (Python lists)."""

    space_before: list[bool]
    """A gap wider than :data:`WORD_MARGIN` of its size lies between the glyph before it and it."""
    seen_by_place: list[bool]
    """Its centre is on the page and only its place can hide it: seen unless a cover lies over its line."""
    x: list[float]
    y: list[float]
    """Its box's centre."""


def _marks(glyphs: Glyphs, page: Box) -> _Marks:
    x0, y0, x1, y1 = glyphs.x0, glyphs.y0, glyphs.x1, glyphs.y1
    with np.errstate(all="ignore"):
        width, height = x1 - x0, y1 - y0
        size = np.where(height > width, height, width)
        space = np.zeros(len(glyphs), dtype=bool)
        space[1:] = x1[:-1] < x0[1:] - WORD_MARGIN * size[1:]
        x, y = (x0 + x1) / 2, (y0 + y1) / 2
        on_page = (page.x0 <= x) & (x <= page.x1) & (page.y0 <= y) & (y <= page.y1)
    plain = np.fromiter((style.plain for style in glyphs.styles), dtype=bool, count=len(glyphs))
    return _Marks(space.tolist(), (on_page & plain).tolist(), x.tolist(), y.tolist())


class _Columns:
    """A page's glyph columns as Python lists, for the per-glyph work of building each line's pieces."""

    def __init__(self, glyphs: Glyphs) -> None:
        self.text, self.styles, self.rank = glyphs.text, glyphs.styles, glyphs.rank
        self.x0, self.y0 = glyphs.x0.tolist(), glyphs.y0.tolist()
        self.x1, self.y1 = glyphs.x1.tolist(), glyphs.y1.tolist()


class _Seen:
    """A page's glyphs as the texts of its wholly seen lines: glyphs and spaces in one list, sizes, weights.

    The k-th glyph's text is at ``at[k]`` in ``texts``, the space before it (if any) just before it,
    so a line's text is one slice of ``texts`` joined.
    """

    def __init__(self, g: _Columns, marks: _Marks) -> None:
        spaces = np.cumsum(np.array(marks.space_before, dtype=np.int64))
        self.at = (np.arange(len(g.text)) + spaces).tolist()
        texts = [" "] * (len(g.text) + (int(spaces[-1]) if len(spaces) else 0))
        for k, text in zip(self.at, g.text, strict=True):
            texts[k] = text
        self.texts = texts
        rounded = {size: round(size, 1) for size in {style.size for style in g.styles}}
        self.sizes = [rounded[style.size] for style in g.styles]
        self.bold = [style.bold for style in g.styles]

    def line(self, box: Box, start: int, end: int) -> SeenLine:
        """The glyphs ``start`` to ``end`` as one seen line (the space before ``start`` left out)."""
        text = "".join(self.texts[self.at[start]:self.at[end - 1] + 1])
        size = Counter(self.sizes[start:end]).most_common(1)[0][0]
        return SeenLine(box, text, size, sum(self.bold[start:end]) * 2 > end - start)


def _line(g: _Columns, start: int, end: int, box: Box, seen: tuple[_Marks, Visibility, list[Any]]) -> PageLine:
    """The glyphs ``start`` to ``end`` as a line, with a space wherever the gap before a glyph is wide.

    ``seen``: the page's marks, its visibility, and the covers near the line.
    """
    marks, visibility, near = seen
    pieces: list[Piece] = []
    append, text, styles, space_before = pieces.append, g.text, g.styles, marks.space_before
    by_place = marks.seen_by_place
    hidden = ""
    for k in range(start, end):
        if space_before[k] and k > start:
            append(_make(Piece, (" ", None, False, hidden)))
        style = styles[k]
        # Seen by place: what seen.hidden says of it, on the page and under no cover (Visibility.only_by_place).
        hidden = "" if by_place[k] and not near else _hidden(g, k, marks, visibility, near)
        append(_make(Piece, (text[k], style.size, style.bold, hidden)))
    return PageLine(box, tuple(pieces))


def _hidden(g: _Columns, k: int, marks: _Marks, seen: Visibility, near: list[Any]) -> str:
    """Why the k-th glyph is hidden ("" when it is seen), asked of :class:`Visibility` in full."""
    style = g.styles[k]
    covered = bool(near) and seen.covered(Box(g.x0[k], g.y0[k], g.x1[k], g.y1[k]), g.rank[k] & ORDER_MASK, near)
    return seen.hidden(
        marks.x[k], marks.y[k], size=style.size, invisible=style.invisible, white=style.white, covered=covered,
    )


def glyph_lines(glyphs: Glyphs, seen: Visibility) -> list[PageLine | SeenLine]:
    """Glyphs in content order cut into lines where two in a row do not sit side by side.

    A line no glyph of which can be hidden (each is on the page, drawn plainly, and no cover
    lies over the line) is given as a :class:`SeenLine`; any other, glyph by glyph.
    """
    if not len(glyphs):
        return []
    starts = line_starts(glyphs)
    marks = _marks(glyphs, seen.page)
    g = _Columns(glyphs)
    plain = _Seen(g, marks)
    lines: list[PageLine | SeenLine] = []
    for start, end in zip(starts, [*starts[1:], len(glyphs)], strict=True):
        box = Box(min(g.x0[start:end]), min(g.y0[start:end]), max(g.x1[start:end]), max(g.y1[start:end]))
        near = seen.near(box)
        if not near and all(marks.seen_by_place[start:end]):
            lines.append(plain.line(box, start, end))
        else:
            lines.append(_line(g, start, end, box, (marks, seen, near)))
    return lines
