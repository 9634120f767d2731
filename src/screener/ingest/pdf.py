"""PDF files through pdfminer.six: text lines with fonts, columns and hidden text.

pdfminer's layout analysis groups glyphs into lines (and infers the spaces
that many PDFs never write); :mod:`screener.ingest.pdfpage` puts the lines in
reading order and splits off what a reader could not see. This engine is the
reference the fast one (:mod:`screener.ingest.pdfium`) is measured against,
and it takes over for a file the fast engine cannot read.
"""

from __future__ import annotations

import io
import logging
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (
    LAParams,
    LTAnno,
    LTChar,
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
from pdfminer.utils import Matrix

from screener.errors import CorruptFile, EncryptedFile, IngestError
from screener.ingest.base import Parsed
from screener.ingest.columns import Box
from screener.ingest.pdfpage import (
    CHAR_MARGIN,
    INVISIBLE_MODES,
    LINE_OVERLAP,
    SAVED_KEYS,
    WORD_MARGIN,
    PageLine,
    Piece,
    Visibility,
    finish,
    is_bold,
    is_white,
    page_lines,
    pdf_date,
    refuse_long,
)
from screener.models import Line, YearMonth

__all__ = ["BROKEN", "LAPARAMS", "pdf_date", "read_pdf"]

# pdfminer logs its complaints about every odd font as warnings. With no
# handler anywhere, Python would print them to stderr; the library never
# prints. An application that configures logging still receives them.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

LAPARAMS = LAParams(
    word_margin=WORD_MARGIN,
    char_margin=CHAR_MARGIN,
    line_overlap=LINE_OVERLAP,
    # line_margin only groups lines into boxes, which we do not use.
    line_margin=0.5,
    # We order lines ourselves (columns.py): skip pdfminer's costly
    # hierarchical box grouping.
    boxes_flow=None,
    # Text drawn inside form XObjects is still text a reader sees.
    all_texts=True,
)

BROKEN = (
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
"""What pdfminer raises on a broken file: being pure Python over hostile bytes, it fails in many
ways besides its own exceptions, and all of them mean the file's structure is broken."""


def _fills_white(state: PDFGraphicState) -> bool:
    """Whether the graphic state's non-stroking colour is white."""
    return is_white(state.ncolor, state.ncs.name)


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
        self._drawing_invisible = textstate.render in INVISIBLE_MODES
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
    backdrops: list[Box]


def _collect(item: LTItem, page: _PageText) -> None:
    """Gather text lines and opaque shapes (dark fills, images) from a layout tree."""
    if isinstance(item, LTTextLineHorizontal):
        page.lines.append(item)
    elif isinstance(item, LTImage) or (
        isinstance(item, LTCurve) and item.fill and not is_white(item.non_stroking_color)
    ):
        page.backdrops.append(Box(*item.bbox))
    elif isinstance(item, LTContainer):
        for child in item:
            _collect(child, page)


def _pieces(line: LTTextLineHorizontal, seen: Visibility, invisible: set[int]) -> Iterator[Piece]:
    """A pdfminer line's glyphs and inferred spaces, each glyph judged visible or not."""
    hidden = False
    for item in line:
        if isinstance(item, LTChar):
            hidden = seen.hidden(
                (item.x0 + item.x1) / 2, (item.y0 + item.y1) / 2, size=item.size, invisible=id(item) in invisible,
                white=_fills_white(item.graphicstate),
            )
            yield Piece(item.get_text(), item.size, is_bold(item.fontname), hidden)
        elif isinstance(item, LTAnno) and item.get_text() != "\n":
            # Inferred spaces follow the glyph before them.
            yield Piece(item.get_text(), None, False, hidden)


def _page(layout: LTPage, invisible: set[int], page_no: int) -> tuple[list[Line], bool]:
    """One laid-out page as lines in reading order, and whether it has two columns."""
    found = _PageText([], [])
    _collect(layout, found)
    seen = Visibility(Box(*layout.bbox), found.backdrops)
    lines = [PageLine(Box(*line.bbox), tuple(_pieces(line, seen, invisible))) for line in found.lines]
    return page_lines(lines, seen, page_no)


def _open(data: bytes, path: str) -> PDFDocument:
    """Parse the PDF's structure, opening it with the empty password if it has one.

    An owner password only restricts printing or copying; such files open
    with the empty user password and are read like any other.
    """
    try:
        return PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except PDFEncryptionError as e:
        raise EncryptedFile(path, "The PDF is password-protected; ask for a copy without a password.") from e
    except BROKEN as e:
        raise CorruptFile(path, f"The PDF's structure is broken ({type(e).__name__}).") from e


def _saved(document: PDFDocument) -> tuple[YearMonth | None, str]:
    """The last-saved month from the document information: ModDate, else CreationDate.

    Metadata never fails a read: a broken or missing entry only means no date.
    """
    for key in SAVED_KEYS:
        for info in document.info:
            try:
                month = pdf_date(resolve1(info.get(key)))
            except BROKEN:
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
            refuse_long(path, pages, counted=False)
            interpreter.process_page(pdf_page)
            page, page_columns = _page(device.get_result(), device.invisible, pages)
            lines += page
            columns |= page_columns
    except PDFEncryptionError as e:
        raise EncryptedFile(path, "The PDF is password-protected.") from e
    except IngestError:
        raise  # our own verdict (too many pages), not a broken structure
    except BROKEN as e:
        raise CorruptFile(path, f"The PDF's structure is broken ({type(e).__name__}).") from e
    saved, source = _saved(document) if pages else (None, "")
    return finish(path, lines, pages=pages, columns=columns, saved=saved, saved_source=source, engine="pdfminer")
