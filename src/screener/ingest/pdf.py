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
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (
    LAParams,
    LTAnno,
    LTChar,
    LTComponent,
    LTContainer,
    LTCurve,
    LTFigure,
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
    PDFStackT,
    PDFTextState,
)
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFStream, dict_value, resolve1
from pdfminer.psexceptions import PSException
from pdfminer.psparser import PSLiteral
from pdfminer.utils import Matrix, PathSegment, Rect, apply_matrix_pt

from screener.errors import CorruptFile, EncryptedFile, IngestError
from screener.ingest.base import Parsed
from screener.ingest.columns import Box
from screener.ingest.pdfpage import (
    CHAR_MARGIN,
    INVISIBLE_MODES,
    LINE_OVERLAP,
    OPAQUE_SHARE,
    SAVED_KEYS,
    WORD_MARGIN,
    Cover,
    PageLine,
    Piece,
    Visibility,
    finish,
    image_may_cover,
    is_bold,
    is_white,
    page_lines,
    pdf_date,
    refuse_long,
    share_inside,
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
    """A page aggregator that also notes glyphs drawn invisible, and what covers glyphs.

    pdfminer keeps the render mode in the text state but does not copy it to
    the glyphs, so we record the ids of those glyphs as they are made. Layout
    analysis loses the order things were drawn in, so before it runs, the
    page's glyphs are numbered in content order and each opaque image or
    filled shape drawn after some text is noted as a :class:`Cover`.
    """

    def __init__(self, rsrcmgr: PDFResourceManager, laparams: LAParams) -> None:
        super().__init__(rsrcmgr, laparams=laparams)
        self.invisible: set[int] = set()
        self.order: dict[int, int] = {}
        """Each glyph's place in content order, by id; filled only on a page with covers."""
        self.covers: list[Cover] = []
        self.translucent = False
        """Whether the graphics state paints translucently (set by :class:`_Interpreter`)."""
        self.clip: Box | None = None
        """The box of the clip path in force (set by :class:`_Interpreter`); None for the whole page."""
        self._clips: list[Box | None] = []
        self._drawing_invisible = False
        self._see_through: set[int] = set()
        self._shape_after_text = False
        self._text_drawn = False

    def begin_page(self, page: PDFPage, ctm: Matrix) -> None:
        self.invisible, self.order, self.covers, self._see_through = set(), {}, [], set()
        self._shape_after_text = self._text_drawn = False
        self.translucent, self.clip, self._clips = False, None, []
        super().begin_page(page, ctm)

    def end_page(self, page: PDFPage) -> None:
        if self._shape_after_text:  # most pages draw no shape over text: nothing to number
            self._number(self.cur_item, 0, Box(*self.cur_item.bbox))
        super().end_page(page)

    def _number(self, container: LTContainer[LTComponent], count: int, page: Box) -> int:
        """Number the glyphs under ``container`` in content order, noting covers; returns the count so far."""
        for item in container:
            if isinstance(item, LTChar):
                self.order[id(item)] = count
                count += 1
            elif isinstance(item, LTFigure):
                count = self._number(item, count, page)
            elif count and id(item) not in self._see_through and _is_opaque(item, page):
                self.covers.append(Cover(Box(*item.bbox), count))
        return count

    def begin_figure(self, name: str, bbox: Rect, matrix: Matrix) -> None:
        """A form clips what it draws to its box, as PDFium renders it (an image's own figure changes nothing)."""
        super().begin_figure(name, bbox, matrix)
        self._clips.append(self.clip)
        self.clip = _clipped(self.clip, Box(*self.cur_item.bbox))

    def end_figure(self, name: str) -> None:
        self.clip = self._clips.pop() if self._clips else None
        super().end_figure(name)

    def paint_path(self, gstate: PDFGraphicState, stroke: bool, fill: bool, evenodd: bool,
                   path: Sequence[PathSegment]) -> None:
        before = len(self.cur_item._objs)
        super().paint_path(gstate, stroke, fill, evenodd, path)
        self._shapes_from(before)

    def render_image(self, name: str, stream: PDFStream) -> None:
        before = len(self.cur_item._objs)
        super().render_image(name, stream)
        self._shapes_from(before)

    def _shapes_from(self, before: int) -> None:
        """Note the shapes just made: whether text came before them, and whether they let the page through.

        A translucent shape does; so does an image cut by the clip path (PDFium, which renders the
        image to tell, sees the page through it there). Paths are taken whole in both engines.
        """
        self._shape_after_text |= self._text_drawn
        clip = self.clip
        self._see_through.update(
            id(item) for item in self.cur_item._objs[before:]
            if self.translucent or (clip is not None and isinstance(item, LTImage)
                                    and share_inside(Box(*item.bbox), clip) < OPAQUE_SHARE)
        )

    def render_string(
        self,
        textstate: PDFTextState,
        seq: PDFTextSeq,
        ncs: PDFColorSpace,
        graphicstate: PDFGraphicState,
    ) -> None:
        self._drawing_invisible = textstate.render in INVISIBLE_MODES
        self._text_drawn = True
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


def _clipped(clip: Box | None, box: Box) -> Box:
    """The clip's box once ``box`` clips it too (None: the whole page)."""
    if clip is None:
        return box
    return Box(max(box.x0, clip.x0), max(box.y0, clip.y0), min(box.x1, clip.x1), min(box.y1, clip.y1))


# A glyph the numbering missed is taken as drawn last: nothing covers it.
_UNORDERED = sys.maxsize
# What an image's own dictionary says when parts of it let the page through.
_IMAGE_MASKS = ("SMask", "Mask", "ImageMask")


def _is_opaque(item: LTItem, page: Box) -> bool:
    """Whether a layout object hides what lies under it: an unmasked image, or a filled shape of any plain colour."""
    if isinstance(item, LTImage):
        return image_may_cover(Box(*item.bbox), page) and not any(resolve1(item.stream.get(k)) for k in _IMAGE_MASKS)
    return isinstance(item, LTCurve) and bool(item.fill) and not isinstance(item.non_stroking_color, PSLiteral)


# An ExtGState says a fill or stroke is translucent with an alpha below 1, a soft mask or a blend mode.
_OPAQUE_BLENDS = frozenset({"Normal", "Compatible"})


def _translucent(state: dict[object, object]) -> bool | None:
    """Whether a graphics-state dictionary makes painting translucent; None when it does not say."""
    said = [key for key in ("ca", "CA", "SMask", "BM") if key in state]
    if not said:
        return None
    alphas = [resolve1(state[key]) for key in ("ca", "CA") if key in state]
    mask = resolve1(state.get("SMask"))
    blend = resolve1(state.get("BM"))
    blends = blend if isinstance(blend, list) else [blend]
    return (
        any(isinstance(a, (int, float)) and a < 1 for a in alphas)
        or (mask is not None and getattr(mask, "name", None) != "None")
        or (blend is not None and not any(getattr(b, "name", None) in _OPAQUE_BLENDS for b in blends))
    )


class _Interpreter(PDFPageInterpreter):
    """pdfminer's interpreter, reading whether painting is translucent (``gs``) and where it is clipped (``W``).

    pdfminer itself ignores ``gs`` and clip paths; we keep the two facts the
    cover test needs (translucency, the clip's box), saved and restored with
    ``q`` and ``Q`` and around each form.
    """

    device: _Aggregator

    def __init__(self, rsrcmgr: PDFResourceManager, device: _Aggregator) -> None:
        super().__init__(rsrcmgr, device)
        self._saved: list[tuple[bool, Box | None]] = []

    def do_gs(self, name: PDFStackT) -> None:
        try:
            states = dict_value(resolve1((self.resources or {}).get("ExtGState")))
            said = _translucent(dict_value(states.get(getattr(name, "name", name))))
        except BROKEN:
            return  # a broken state dictionary changes nothing we can read
        if said is not None:
            self.device.translucent = said

    def do_W(self) -> None:  # noqa: N802 (pdfminer's name for the W operator)
        """Clip to the current path: the clip's box is where it and the path's box overlap."""
        points = [apply_matrix_pt(self.ctm, (x, y)) for segment in self.curpath
                  for x, y in zip(segment[1::2], segment[2::2], strict=False)
                  if isinstance(x, (int, float)) and isinstance(y, (int, float))]
        if not points:
            return
        xs, ys = zip(*points, strict=True)
        self.device.clip = _clipped(self.device.clip, Box(min(xs), min(ys), max(xs), max(ys)))

    def do_W_a(self) -> None:  # noqa: N802 (W*, the even-odd clip: its box is the same)
        self.do_W()

    def do_q(self) -> None:
        self._saved.append((self.device.translucent, self.device.clip))
        super().do_q()

    def do_Q(self) -> None:  # noqa: N802 (pdfminer's name for the Q operator)
        if self._saved:
            self.device.translucent, self.device.clip = self._saved.pop()
        super().do_Q()

    def do_Do(self, xobjid_arg: PDFStackT) -> None:  # noqa: N802 (pdfminer's name for the Do operator)
        saved = (self.device.translucent, self.device.clip)
        super().do_Do(xobjid_arg)
        self.device.translucent, self.device.clip = saved


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


def _pieces(line: LTTextLineHorizontal, seen: Visibility, device: _Aggregator) -> Iterator[Piece]:
    """A pdfminer line's glyphs and inferred spaces, each glyph judged visible or not."""
    hidden = ""
    near = seen.near(Box(*line.bbox))
    for item in line:
        if isinstance(item, LTChar):
            hidden = seen.hidden(
                (item.x0 + item.x1) / 2, (item.y0 + item.y1) / 2, size=item.size,
                invisible=id(item) in device.invisible, white=_fills_white(item.graphicstate),
                covered=bool(near) and seen.covered(Box(*item.bbox), device.order.get(id(item), _UNORDERED), near),
            )
            yield Piece(item.get_text(), item.size, is_bold(item.fontname), hidden)
        elif isinstance(item, LTAnno) and item.get_text() != "\n":
            # Inferred spaces follow the glyph before them.
            yield Piece(item.get_text(), None, False, hidden)


def _page(layout: LTPage, device: _Aggregator, page_no: int) -> tuple[list[Line], bool]:
    """One laid-out page as lines in reading order, and whether it has two columns."""
    found = _PageText([], [])
    _collect(layout, found)
    seen = Visibility(Box(*layout.bbox), found.backdrops, device.covers)
    lines = [PageLine(Box(*line.bbox), tuple(_pieces(line, seen, device))) for line in found.lines]
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
    interpreter = _Interpreter(resources, device)
    lines: list[Line] = []
    pages = 0
    columns = False
    try:
        for pages, pdf_page in enumerate(PDFPage.create_pages(document), start=1):
            refuse_long(path, pages, counted=False)
            interpreter.process_page(pdf_page)
            page, page_columns = _page(device.get_result(), device, pages)
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
