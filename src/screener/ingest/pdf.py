"""PDF files through pdfminer.six: text lines with fonts, columns and hidden text.

pdfminer's layout analysis groups glyphs into lines (and infers the spaces
that many PDFs never write); :mod:`screener.ingest.columns` puts the lines in
reading order; this module decides, glyph by glyph, what a reader could not
see (white on nothing, tiny, off the page, or drawn invisible).
"""

from __future__ import annotations

import functools
import io
import logging
import re
import struct
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (
    LAParams,
    LTChar,
    LTComponent,
    LTContainer,
    LTCurve,
    LTImage,
    LTItem,
    LTPage,
    LTTextLineHorizontal,
)
from pdfminer.pdfcolor import PDFColorSpace
from pdfminer.pdfdevice import PDFTextSeq
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError
from pdfminer.pdffont import PDFFont
from pdfminer.pdfinterp import (
    PDFGraphicState,
    PDFPageInterpreter,
    PDFResourceManager,
    PDFTextState,
)
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.psexceptions import PSException
from pdfminer.utils import Matrix, decode_text

from screener.errors import CorruptFile, EncryptedFile, NoText
from screener.ingest.base import Parsed
from screener.ingest.columns import Box, reading_order
from screener.ingest.normalize import make_line
from screener.models import Line, YearMonth

__all__ = ["LAPARAMS", "pdf_date", "read_pdf"]

# pdfminer logs its complaints about every odd font as warnings. With no
# handler anywhere, Python would print them to stderr; the library never
# prints. An application that configures logging still receives them.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

LAPARAMS = LAParams(
    # Many PDFs (LaTeX output above all) write no space glyphs: spaces are
    # inferred from gaps wider than 10 % of a glyph. Measured on devdata,
    # 0.05 splits words ("Develo per") and 0.25 glues them; 0.1 does neither.
    word_margin=0.1,
    char_margin=2.0,
    line_margin=0.5,
    # We order lines ourselves (columns.py): skip pdfminer's costly
    # hierarchical box grouping.
    boxes_flow=None,
    # Text drawn inside form XObjects is still text a reader sees.
    all_texts=True,
)

# pdfminer, being pure Python over hostile bytes, fails in many ways besides
# its own exceptions; all of them mean the file's structure is broken.
_BROKEN = (
    PSException,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    AssertionError,
    RecursionError,
    OverflowError,
    ZeroDivisionError,
    zlib.error,
    struct.error,
)
# Text render modes that paint nothing: 3 (invisible), 7 (clip only).
_INVISIBLE_MODES = frozenset({3, 7})
_MIN_VISIBLE_SIZE = 2.0
# A colour channel this close to full intensity looks white on paper.
_NEAR_WHITE = 0.95
# Colour spaces whose components say gray, RGB or CMYK by their count.
_COMPONENT_SPACES = frozenset({None, "DeviceGray", "CalGray", "DeviceRGB", "CalRGB", "DeviceCMYK", "ICCBased"})
# "D:YYYYMMDDHHmmSSOHH'mm'", every part after the year optional; some writers put ISO dashes.
_PDF_DATE = re.compile(r"^\s*(?:D\s*:)?\s*(\d{4})(?:[-/.]?(\d{2}))?")
# The info keys that date the file, the last save first.
_SAVED_KEYS = ("ModDate", "CreationDate")
_BOLD = re.compile(r"bold|black|heavy|demi|semibold|cmbx|sfbx|[-,]bd\b", re.IGNORECASE)


@functools.cache
def _is_bold(fontname: str) -> bool:
    """Whether a font name says bold (Arial-BoldMT, CMBX10 in LaTeX, ...)."""
    return _BOLD.search(fontname) is not None


def _is_white(color: object, space: str | None = None) -> bool:
    """Whether a fill colour is white or nearly so.

    Args:
        color: a grey level, an RGB or a CMYK tuple (or a pattern name).
        space: the colour space's name when known; None to go by the number
            of components, as for shapes, whose space pdfminer does not keep.
    """
    values = color if isinstance(color, (tuple, list)) else (color,)
    if not all(isinstance(v, (int, float)) for v in values):
        return False  # a pattern or an unparsed value: assume visible
    if space not in _COMPONENT_SPACES:
        return False  # spot colours, Lab, indexed: cannot tell, assume visible
    if len(values) == 4:
        return all(v <= 1 - _NEAR_WHITE for v in values)
    return len(values) in {1, 3} and all(v >= _NEAR_WHITE for v in values)


def _fills_white(state: PDFGraphicState) -> bool:
    """Whether the graphic state's non-stroking colour is white."""
    return _is_white(state.ncolor, state.ncs.name)


class _Aggregator(PDFPageAggregator):
    """A page aggregator that also notes glyphs drawn in an invisible render mode.

    pdfminer keeps the render mode in the text state but does not copy it to
    the glyphs, so we record the ids of those glyphs as they are made.
    """

    def __init__(self, rsrcmgr: PDFResourceManager, laparams: LAParams) -> None:
        super().__init__(rsrcmgr, laparams=laparams)
        self.invisible: set[int] = set()
        self._drawing_invisible = False

    def begin_page(self, page: PDFPage, ctm: Matrix) -> None:
        self.invisible = set()
        super().begin_page(page, ctm)

    def render_string(
        self,
        textstate: PDFTextState,
        seq: PDFTextSeq,
        ncs: PDFColorSpace,
        graphicstate: PDFGraphicState,
    ) -> None:
        self._drawing_invisible = textstate.render in _INVISIBLE_MODES
        super().render_string(textstate, seq, ncs, graphicstate)

    def render_char(
        self,
        matrix: Matrix,
        font: PDFFont,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: PDFColorSpace,
        graphicstate: PDFGraphicState,
    ) -> float:
        advance = super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
        if self._drawing_invisible:
            # The glyph just made is the last child of the page being built.
            self.invisible.add(id(self.cur_item._objs[-1]))
        return advance


@dataclass(frozen=True, slots=True)
class _PageText:
    """The raw material of one page: its text lines and what lies under them."""

    lines: list[LTTextLineHorizontal]
    backdrops: list[tuple[float, float, float, float]]


def _collect(item: LTItem, page: _PageText) -> None:
    """Gather text lines and opaque shapes (dark fills, images) from a layout tree."""
    if isinstance(item, LTTextLineHorizontal):
        page.lines.append(item)
    elif isinstance(item, LTImage) or (
        isinstance(item, LTCurve) and item.fill and not _is_white(item.non_stroking_color)
    ):
        page.backdrops.append(item.bbox)
    elif isinstance(item, LTContainer):
        for child in item:
            _collect(child, page)


class _Visibility:
    """Decides whether a glyph on one page could be seen by a reader."""

    def __init__(self, page: LTPage, backdrops: list[tuple[float, float, float, float]], invisible: set[int]) -> None:
        self._page = page.bbox
        self._backdrops = backdrops
        self._invisible = invisible

    def on_page(self, item: LTComponent) -> bool:
        """Whether the centre of ``item`` lies on the page (within its media box)."""
        x, y = (item.x0 + item.x1) / 2, (item.y0 + item.y1) / 2
        x0, y0, x1, y1 = self._page
        return x0 <= x <= x1 and y0 <= y <= y1

    def _on_backdrop(self, x: float, y: float) -> bool:
        return any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in self._backdrops)

    def hidden(self, char: LTChar) -> bool:
        """Whether ``char`` is invisible: tiny, off the page, in render mode 3, or white on white."""
        if char.size < _MIN_VISIBLE_SIZE or id(char) in self._invisible:
            return True
        if not self.on_page(char):
            return True
        # White text on a dark sidebar or a photo is visible; white on the
        # page's own white is not.
        return _fills_white(char.graphicstate) and not self._on_backdrop(
            (char.x0 + char.x1) / 2, (char.y0 + char.y1) / 2
        )


def _split_line(line: LTTextLineHorizontal, seen: _Visibility, page_no: int, column: int) -> Iterator[Line]:
    """One pdfminer line as a visible line and, if it has hidden glyphs, a hidden one."""
    parts: dict[bool, list[str]] = {False: [], True: []}
    sizes: dict[bool, Counter[float]] = {False: Counter(), True: Counter()}
    bold: dict[bool, int] = {False: 0, True: 0}
    hidden = False
    for item in line:
        if isinstance(item, LTChar):
            hidden = seen.hidden(item)
            sizes[hidden][round(item.size, 1)] += 1
            bold[hidden] += _is_bold(item.fontname)
        text = item.get_text()
        # Inferred spaces (LTAnno) follow the glyph before them.
        if text != "\n":
            parts[hidden].append(text)
    for is_hidden in (False, True):
        glyphs = sizes[is_hidden].total()
        if not glyphs:
            continue
        made = make_line(
            "".join(parts[is_hidden]),
            page=page_no,
            column=column,
            source="body",
            font_size=sizes[is_hidden].most_common(1)[0][0],
            bold=bold[is_hidden] * 2 > glyphs,
            hidden=is_hidden,
        )
        if made is not None:
            yield made


def _open(data: bytes, path: str) -> PDFDocument:
    """Parse the PDF's structure, opening it with the empty password if it has one.

    An owner password only restricts printing or copying; such files open
    with the empty user password and are read like any other.
    """
    try:
        return PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except PDFEncryptionError as e:
        raise EncryptedFile(path, "The PDF is password-protected; ask for a copy without a password.") from e
    except _BROKEN as e:
        raise CorruptFile(path, f"The PDF's structure is broken ({type(e).__name__}).") from e


def pdf_date(value: object) -> YearMonth | None:
    """The month of a PDF date string, or None when it is not one.

    Only the year and month matter for a resume, so the time and the time
    zone are not read (a zone can move a date across midnight, never a
    resume's dates across a year).

    >>> pdf_date(b"D:20180514093000+02'00'"), pdf_date("D:2018"), pdf_date(b"garbage")
    (YearMonth(year=2018, month=5), YearMonth(year=2018, month=1), None)
    """
    if isinstance(value, bytes):
        value = decode_text(value)
    if not isinstance(value, str):
        return None
    match = _PDF_DATE.match(value)
    if match is None:
        return None
    month = int(match.group(2) or 1)
    return YearMonth(int(match.group(1)), month) if 1 <= month <= 12 else None


def _saved(document: PDFDocument) -> tuple[YearMonth | None, str]:
    """The last-saved month from the document information: ModDate, else CreationDate.

    Metadata never fails a read: a broken or missing entry only means no date.
    """
    for key in _SAVED_KEYS:
        for info in document.info:
            try:
                month = pdf_date(resolve1(info.get(key)))
            except _BROKEN:
                month = None
            if month is not None:
                return month, key
    return None, ""


def read_pdf(data: bytes, path: str) -> Parsed:
    """Read a PDF into lines in reading order, page by page.

    Raises:
        EncryptedFile: it needs a password to open.
        CorruptFile: its structure is broken, or it has no pages.
        NoText: it has pages but no visible text (a scanned image).
    """
    document = _open(data, path)
    resources = PDFResourceManager(caching=True)
    device = _Aggregator(resources, LAPARAMS)
    interpreter = PDFPageInterpreter(resources, device)
    lines: list[Line] = []
    pages = 0
    columns = False
    try:
        for pages, pdf_page in enumerate(PDFPage.create_pages(document), start=1):
            interpreter.process_page(pdf_page)
            layout = device.get_result()
            found = _PageText([], [])
            _collect(layout, found)
            seen = _Visibility(layout, found.backdrops, device.invisible)
            # Lines off the page would only skew the column search; they are
            # hidden anyway and go after the page's visible text.
            on_page = [line for line in found.lines if seen.on_page(line)]
            off_page = [line for line in found.lines if not seen.on_page(line)]
            order, page_columns = reading_order([Box(*line.bbox) for line in on_page])
            columns |= page_columns
            for placed in order:
                lines += _split_line(on_page[placed.index], seen, pages, placed.column)
            for line in off_page:
                lines += _split_line(line, seen, pages, 0)
    except PDFEncryptionError as e:
        raise EncryptedFile(path, "The PDF is password-protected.") from e
    except _BROKEN as e:
        raise CorruptFile(path, f"The PDF's structure is broken ({type(e).__name__}).") from e
    if not pages:
        raise CorruptFile(path, "The PDF has no pages.")
    if not any(not line.hidden for line in lines):
        raise NoText(path, "The PDF has no text: it seems to be a scanned image and needs OCR.")
    saved, source = _saved(document)
    return Parsed(
        tuple(lines), pages=pages, warnings=("two_columns",) if columns else (), saved=saved, saved_source=source
    )
