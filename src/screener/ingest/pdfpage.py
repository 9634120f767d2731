"""A PDF page's text lines, whichever engine read its glyphs.

Both PDF engines (pdfminer.six in :mod:`screener.ingest.pdf`, PDFium in
:mod:`screener.ingest.pdfium`) hand each page to :func:`page_lines` as text
lines made of pieces: a glyph with its size, weight and visibility, or a space
the engine inferred. This module holds what must be the same whatever the
engine: the layout constants, which glyphs a reader could not see, reading
order and columns (through :mod:`screener.ingest.columns`), and how a line
becomes a visible and a hidden :class:`~screener.models.Line`.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from screener.errors import CorruptFile, NoText, TooLarge
from screener.ingest.base import Parsed
from screener.ingest.columns import Box, reading_order
from screener.ingest.normalize import make_line
from screener.models import Line, YearMonth

__all__ = [
    "CHAR_MARGIN",
    "INVISIBLE_MODES",
    "LINE_OVERLAP",
    "OPAQUE_SHARE",
    "SAVED_KEYS",
    "WORD_MARGIN",
    "Cover",
    "PageLine",
    "Piece",
    "SeenLine",
    "Visibility",
    "covers",
    "finish",
    "image_may_cover",
    "is_bold",
    "is_white",
    "page_lines",
    "pdf_date",
    "share_inside",
]

# Many PDFs (LaTeX output above all) write no space glyphs: spaces are
# inferred from gaps wider than 10 % of a glyph. Measured on devdata,
# 0.05 splits words ("Develo per") and 0.25 glues them; 0.1 does neither.
WORD_MARGIN = 0.1
"""A gap wider than this share of a glyph's size is a space."""
CHAR_MARGIN = 2.0
"""Glyphs further apart than this many glyph widths are on different lines."""
LINE_OVERLAP = 0.5
"""Glyphs share a line when their heights overlap by more than this share."""

# Text render modes that paint nothing: 3 (invisible), 7 (clip only).
INVISIBLE_MODES = frozenset({3, 7})
_MIN_VISIBLE_SIZE = 2.0
# A colour channel this close to full intensity looks white on paper.
_NEAR_WHITE = 0.95
# Colour spaces whose components say gray, RGB or CMYK by their count.
_COMPONENT_SPACES = frozenset({None, "DeviceGray", "CalGray", "DeviceRGB", "CalRGB", "DeviceCMYK", "ICCBased"})
_BOLD = re.compile(r"bold|black|heavy|demi|semibold|cmbx|sfbx|[-,]bd\b", re.IGNORECASE)
# "D:YYYYMMDDHHmmSSOHH'mm'", every part after the year optional; some writers put ISO dashes.
_PDF_DATE = re.compile(r"^\s*(?:D\s*:)?\s*(\d{4})(?:[-/.]?(\d{2}))?")
SAVED_KEYS = ("ModDate", "CreationDate")
"""The information keys that date the file, the last save first."""


@functools.cache
def is_bold(fontname: str) -> bool:
    """Whether a font name says bold (Arial-BoldMT, CMBX10 in LaTeX, ...).

    >>> is_bold("ABCDEF+Arial-BoldMT"), is_bold("CMBX12"), is_bold("CMR10")
    (True, True, False)
    """
    return _BOLD.search(fontname) is not None


def is_white(color: object, space: str | None = None) -> bool:
    """Whether a fill colour is white or nearly so.

    Args:
        color: a grey level, an RGB or a CMYK tuple (or a pattern name),
            each component between 0 and 1.
        space: the colour space's name when known; None to go by the number
            of components, as for shapes, whose space pdfminer does not keep.

    >>> is_white((1, 1, 1)), is_white(0.97, "DeviceGray"), is_white((0, 0, 0, 0)), is_white((1, 1, 1), "Separation")
    (True, True, True, False)
    """
    values = color if isinstance(color, (tuple, list)) else (color,)
    if not all(isinstance(v, (int, float)) for v in values):
        return False  # a pattern or an unparsed value: assume visible
    if space not in _COMPONENT_SPACES:
        return False  # spot colours, Lab, indexed: cannot tell, assume visible
    if len(values) == 4:
        return all(v <= 1 - _NEAR_WHITE for v in values)
    return len(values) in {1, 3} and all(v >= _NEAR_WHITE for v in values)


def pdf_date(value: object) -> YearMonth | None:
    """The month of a PDF date string, or None when it is not one.

    Only the year and month matter for a resume, so the time and the time
    zone are not read (a zone can move a date across midnight, never a
    resume's dates across a year).

    >>> pdf_date(b"D:20180514093000+02'00'"), pdf_date("D:2018"), pdf_date(b"garbage")
    (YearMonth(year=2018, month=5), YearMonth(year=2018, month=1), None)
    """
    if isinstance(value, bytes):
        # PDFDocEncoding or UTF-16 with a byte-order mark; only pdfminer hands us bytes.
        from pdfminer.utils import decode_text

        value = decode_text(value)
    if not isinstance(value, str):
        return None
    match = _PDF_DATE.match(value)
    if match is None:
        return None
    month = int(match.group(2) or 1)
    return YearMonth(int(match.group(1)), month) if 1 <= month <= 12 else None


class Cover(NamedTuple):
    """An opaque image or filled shape, and how much of the page's text was drawn before it.

    Attributes:
        box: where it lies on the page.
        after: the content-order place of the first text drawn after it: it
            covers text whose place is lower (an engine counts in its own
            units, text objects or glyphs, the same for its glyphs and covers).
    """

    box: Box
    after: int


# A cover hides a glyph when it lies over at least this share of the glyph's
# box: an underline or a strike-through rule drawn after the text does not.
_COVERED_SHARE = 0.5


def covers(box: Box, glyph: Box) -> bool:
    """Whether ``box`` lies over at least half of ``glyph`` (it then holds the glyph's centre).

    >>> covers(Box(0, 0, 10, 10), Box(2, 2, 4, 4)), covers(Box(0, 4.5, 10, 5.5), Box(2, 2, 4, 8))
    (True, False)
    """
    width = min(box.x1, glyph.x1) - max(box.x0, glyph.x0)
    height = min(box.y1, glyph.y1) - max(box.y0, glyph.y0)
    area = (glyph.x1 - glyph.x0) * (glyph.y1 - glyph.y0)
    return width > 0 and height > 0 and width * height >= _COVERED_SHARE * area


OPAQUE_SHARE = 0.95
"""An image covers text only when at least this share of its box is painted opaque: a mask or a
clip path (a photo cut to a circle) that lets the page through elsewhere makes it no cover. (The
share, not all of it, so that anti-aliased edges do not count.)"""


def share_inside(box: Box, clip: Box) -> float:
    """The share of ``box``'s area that lies inside ``clip``.

    >>> share_inside(Box(0, 0, 10, 10), Box(0, 0, 5, 10)), share_inside(Box(0, 0, 10, 10), Box(-1, -1, 11, 11))
    (0.5, 1.0)
    """
    width = min(box.x1, clip.x1) - max(box.x0, clip.x0)
    height = min(box.y1, clip.y1) - max(box.y0, clip.y0)
    area = (box.x1 - box.x0) * (box.y1 - box.y0)
    return max(width, 0) * max(height, 0) / area if area > 0 else 0.0


# An image over this many times the page's area covers nothing: a hostile size
# (PDFium would have to render it to tell whether it is opaque).
_LARGEST_IMAGE = 4


def image_may_cover(box: Box, page: Box) -> bool:
    """Whether an image of this size may cover text: not when it is many times larger than the page.

    >>> a4 = Box(0, 0, 595, 842)
    >>> image_may_cover(Box(0, 0, 100, 100), a4), image_may_cover(Box(0, 0, 6e4, 8e4), a4)
    (True, False)
    """
    return (box.x1 - box.x0) * (box.y1 - box.y0) <= _LARGEST_IMAGE * (page.x1 - page.x0) * (page.y1 - page.y0)


# Covers are looked up by horizontal bands of this height (points), so that a
# line is only tested against the covers that cross its height: a page with
# hundreds of icons drawn after its text stays cheap.
_BAND = 16.0
# A page (of a hostile size) never has more bands than this: theirs grow instead.
_MAX_BANDS = 512


class _Bands:
    """The covers by the horizontal bands of the page they cross (text off the page is hidden anyway)."""

    def __init__(self, found: Sequence[Cover], page: Box) -> None:
        height = page.y1 - page.y0
        self._height = max(_BAND, height / _MAX_BANDS) if height < math.inf else math.inf
        self._page = page
        self._by_band: dict[int, list[Cover]] = {}
        for cover in found:
            for band in self._crossed(cover.box.y0, cover.box.y1):
                self._by_band.setdefault(band, []).append(cover)

    def _crossed(self, y0: float, y1: float) -> range:
        """The bands from ``y0`` to ``y1``, clamped to the page: a box a light-year tall (or NaN) costs nothing."""
        if self._height == math.inf:
            return range(1)
        page = self._page
        low, high = (int((max(page.y0, min(page.y1, y)) - page.y0) // self._height) for y in (y0, y1))
        return range(low, high + 1)

    def crossing(self, box: Box) -> list[Cover]:
        """The covers that lie over part of ``box``."""
        found: dict[Cover, None] = {}
        for band in self._crossed(box.y0, box.y1):
            for cover in self._by_band.get(band, ()):
                near = cover.box
                if near.x0 < box.x1 and box.x0 < near.x1 and near.y0 < box.y1 and box.y0 < near.y1:
                    found[cover] = None
        return list(found)


class Visibility:
    """Decides whether a glyph on one page could be seen by a reader, and if not, why.

    Args:
        page: the page's media box.
        backdrops: boxes of opaque shapes (dark fills, images) that white
            text may sit on and still be seen.
        covers: opaque images and filled shapes in content order, each of
            which hides the text drawn before it under it.
    """

    def __init__(self, page: Box, backdrops: Sequence[Box], covers: Sequence[Cover] = ()) -> None:
        self.page = page
        self._backdrops = backdrops
        self.covers = covers
        """The page's covers; empty (false) on most pages, so engines skip :meth:`covered` at no cost."""
        self._bands: _Bands | None = None

    def on_page(self, box: Box) -> bool:
        """Whether the centre of ``box`` lies on the page."""
        x, y = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
        return self.page.x0 <= x <= self.page.x1 and self.page.y0 <= y <= self.page.y1

    def _on_backdrop(self, x: float, y: float) -> bool:
        return any(b.x0 <= x <= b.x1 and b.y0 <= y <= b.y1 for b in self._backdrops)

    def near(self, line: Box) -> list[Cover]:
        """The covers that lie over part of a line: the only ones :meth:`covered` need test its glyphs against.

        Empty, at no cost, on a page without covers (most pages).
        """
        if not self.covers:
            return []
        if self._bands is None:
            self._bands = _Bands(self.covers, self.page)
        return self._bands.crossing(line)

    @staticmethod
    def covered(glyph: Box, order: int, near: Sequence[Cover]) -> bool:
        """Whether one of the covers ``near`` its line, drawn after the glyph (at ``order``), lies over it."""
        return any(order < cover.after and covers(cover.box, glyph) for cover in near)

    @staticmethod
    def only_by_place(*, size: float, invisible: bool, white: bool) -> bool:
        """Whether a glyph drawn so can be hidden only by where it lies: off the page, or under a cover.

        Such a glyph is seen (:meth:`hidden` gives "") when its centre is on the page and no cover
        lies over it, so an engine may skip :meth:`hidden` for it then (most glyphs of most pages).

        >>> Visibility.only_by_place(size=10, invisible=False, white=False)
        True
        >>> Visibility.only_by_place(size=1, invisible=False, white=False)
        False
        """
        return not invisible and size >= _MIN_VISIBLE_SIZE and not white

    def hidden(self, x: float, y: float, *, size: float, invisible: bool, white: bool, covered: bool = False) -> str:
        """Why a glyph is invisible (a reason of :data:`~screener.models.HIDDEN_REASONS`), or "" when it is seen.

        Args:
            x, y: the centre of the glyph's box.
            size: its font size as drawn, in points.
            invisible: drawn in a render mode that paints nothing.
            white: filled white (or nearly).
            covered: an image or a filled shape drawn after it lies over it (:meth:`covered`).
        """
        page = self.page
        if invisible:
            return "invisible"
        if size < _MIN_VISIBLE_SIZE:
            return "tiny"
        if not (page.x0 <= x <= page.x1 and page.y0 <= y <= page.y1):
            return "off_page"
        if covered:
            return "covered"
        # White text on a dark sidebar or a photo is visible; white on the
        # page's own white is not.
        return "white" if white and not self._on_backdrop(x, y) else ""


class Piece(NamedTuple):
    """One piece of a line's text: a glyph, or a space the engine inferred.

    A named tuple rather than a dataclass: a page makes thousands of them.

    Attributes:
        text: the glyph's text (a ligature may be several letters).
        size: the glyph's font size as drawn; None for an inferred space,
            which counts towards no size and no weight.
        bold: drawn in a bold font.
        hidden: why a reader could not see it, "" when they could (an
            inferred space takes the visibility of the glyph before it).
    """

    text: str
    size: float | None
    bold: bool = False
    hidden: str = ""


@dataclass(frozen=True, slots=True)
class PageLine:
    """A text line as an engine found it: its box and its pieces in order."""

    box: Box
    pieces: tuple[Piece, ...]


@dataclass(frozen=True, slots=True)
class SeenLine:
    """A text line an engine found wholly seen, with what :func:`page_lines` would work out from its pieces.

    An engine that tells at once that no glyph of a line is hidden (most lines of most pages)
    gives this instead of a :class:`PageLine`, to spare a piece for each glyph.
    """

    box: Box
    text: str
    """The pieces' texts joined: glyphs and inferred spaces."""
    font_size: float
    """The most common glyph size, each rounded to a tenth of a point (the first one met of equals)."""
    bold: bool
    """More than half the glyphs are bold."""


def _split_line(line: PageLine | SeenLine, page_no: int, column: int) -> Iterator[Line]:
    """One engine line as a visible line and, if it has hidden glyphs, a hidden one."""
    if isinstance(line, SeenLine):
        made = make_line(line.text, page=page_no, column=column, source="body", font_size=line.font_size,
                         bold=line.bold, hidden_by="")
        if made is not None:
            yield made
        return
    pieces = line.pieces
    for is_hidden in (False, True):
        chosen = [piece for piece in pieces if bool(piece.hidden) is is_hidden]
        glyphs = [piece for piece in chosen if piece.size is not None]  # inferred spaces have no size
        if not glyphs:
            continue
        sizes = Counter([round(piece.size, 1) for piece in glyphs if piece.size is not None])
        made = make_line(
            "".join([piece.text for piece in chosen]),
            page=page_no,
            column=column,
            source="body",
            font_size=sizes.most_common(1)[0][0],
            bold=sum(piece.bold for piece in glyphs) * 2 > len(glyphs),
            hidden_by=",".join(sorted({piece.hidden for piece in glyphs})) if is_hidden else "",
        )
        if made is not None:
            yield made


def page_lines(lines: Sequence[PageLine | SeenLine], seen: Visibility, page_no: int) -> tuple[list[Line], bool]:
    """A page's lines in reading order, hidden parts split off; and whether it has two columns.

    Lines off the page would only skew the column search; they are hidden
    anyway and go after the page's visible text.
    """
    on_page = [line for line in lines if seen.on_page(line.box)]
    off_page = [line for line in lines if not seen.on_page(line.box)]
    order, columns = reading_order([line.box for line in on_page])
    made: list[Line] = []
    for placed in order:
        made += _split_line(on_page[placed.index], page_no, placed.column)
    for line in off_page:
        made += _split_line(line, page_no, 0)
    return made, columns


MAX_PAGES = 50
"""A PDF of more pages is not read: a resume has a few, and thousands of pages would cost minutes."""


def refuse_long(path: str, pages: int, *, counted: bool = True) -> None:
    """Refuse a PDF of more than :data:`MAX_PAGES` pages.

    Args:
        path: the file, for the message.
        pages: its page count, or (``counted=False``) the number of pages read so far.
        counted: whether ``pages`` is the whole count.

    Raises:
        TooLarge: with the reason code ``too_large``.
    """
    if pages > MAX_PAGES:
        how_many = f"{pages:,}" if counted else f"more than {MAX_PAGES}"
        raise TooLarge(path, f"The PDF has {how_many} pages; a resume has a few, and the limit is {MAX_PAGES}. "
                             "Send the resume alone.")


def finish(path: str, lines: list[Line], *, pages: int, columns: bool, saved: YearMonth | None,
           saved_source: str, engine: str) -> Parsed:
    """What an engine read, checked the same way for every engine.

    Raises:
        CorruptFile: the PDF has no pages.
        NoText: it has pages but no visible text (a scanned image).
    """
    if not pages:
        raise CorruptFile(path, "The PDF has no pages.")
    if not any(not line.hidden for line in lines):
        raise NoText(path, "The PDF has no text: it seems to be a scanned image and needs OCR.")
    return Parsed(
        tuple(lines), pages=pages, warnings=("two_columns",) if columns else (), saved=saved,
        saved_source=saved_source, engine=engine,
    )
