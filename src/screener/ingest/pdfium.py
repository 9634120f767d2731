"""PDF files through PDFium (pypdfium2): the fast engine.

PDFium parses a page in native code and gives every glyph's box, but its own
text assembly does not read like pdfminer's: it discards text objects of zero
width, so PDFs that draw one glyph per object lose every space glyph, and it
guesses spaces and line breaks its own way. So this engine takes only the
glyphs (with the loose boxes pdfminer would give them), puts the dropped
spaces back at their objects' origins, and rebuilds words and lines from the
boxes with pdfminer's rules and margins (:mod:`screener.ingest.pdfpage`);
reading order, columns and hidden text are then decided by the same code for
both engines.

PDFium is not thread-safe: read files in parallel with processes, not threads.
"""

from __future__ import annotations

import ctypes
import io
import math
import operator
import re
from dataclasses import dataclass
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from screener.errors import CorruptFile, EncryptedFile
from screener.ingest import pdfium_calls as pc
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
    covers,
    finish,
    image_may_cover,
    is_bold,
    is_white,
    page_lines,
    pdf_date,
    refuse_long,
)
from screener.models import Line, YearMonth

__all__ = ["read_pdf_fast"]

# (a, b, c, d, e, f): x' = a x + c y + e, y' = b x + d y + f, as in PDF.
_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# PDFium drops a text object narrower than this (its kSizeEpsilon, in points).
_ZERO_WIDTH = 0.01
# A dropped space's advance, which PDFium does not give: text fonts make a
# space about a quarter of an em wide (Times 0.25, Helvetica and Arial 0.28,
# Calibri 0.23). The width matters: pdfminer starts a new line after a glyph
# when the gap to the next is over twice the wider glyph's width.
_SPACE_ADVANCE = 0.25
# Characters PDFium may generate itself (inferred spaces and line breaks).
_MAYBE_GENERATED = frozenset(" \r\n")
# What PDFium puts for a hyphen it took to break a word at a line's end.
_HYPHEN_MARKS = frozenset("\x02\ufffe")
_FONT_NAME_BYTES = 256
# A named tuple built from a tuple without its Python-level __new__ (as its
# _make does): a page makes one per glyph, and this halves the cost.
_make = tuple.__new__
_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")
# The objects that may lie over text or under white text.
_SHAPES = frozenset({raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_PATH})
# An alpha of 255 (of 255): fully opaque.
_OPAQUE = 255
# Handles are addresses (see screener.ingest.pdfium_calls); 0 stands for NULL where a key is needed.
_Handle = int
# A glyph's place in content order as one number: its form group, then its object's order.
_GROUP_SHIFT = 32
_ORDER_MASK = (1 << _GROUP_SHIFT) - 1


@dataclass(frozen=True, slots=True)
class _Style:
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


class _Glyph(NamedTuple):
    """One glyph in content order, with the box pdfminer would give it (a tuple: there are thousands)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    style: _Style
    rank: int
    """Its text object's place in the page's content, forms included: its form group, then its order."""


def _compose(inner: _Matrix, outer: _Matrix) -> _Matrix:
    """The matrix that applies ``inner`` and then ``outer``."""
    a, b, c, d, e, f = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (
        a * a2 + b * c2, a * b2 + b * d2,
        c * a2 + d * c2, c * b2 + d * d2,
        e * a2 + f * c2 + e2, e * b2 + f * d2 + f2,
    )


def _apply(m: _Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _transform_box(m: _Matrix, x0: float, y0: float, x1: float, y1: float) -> Box:
    """The page box of a rectangle given in a form's space."""
    xs, ys = zip(*(_apply(m, x, y) for x, y in ((x0, y0), (x0, y1), (x1, y0), (x1, y1))), strict=True)
    return Box(min(xs), min(ys), max(xs), max(ys))


# What PDFium says of a text object that its style follows from: the Tf size, the c and d of its
# matrix, its font, render mode and fill colour (None: none), and its form group.
_Answers = tuple[float, float, float, _Handle | None, int, tuple[int, int, int] | None, int]
# How to list a page's (False) or a form's (True) objects: the getter and the count.
_CHILDREN = {
    False: (pc.FPDFPage_GetObject, pc.FPDFPage_CountObjects),
    True: (pc.FPDFFormObj_GetObject, pc.FPDFFormObj_CountObjects),
}


class _TextObject(NamedTuple):
    """A text object as the walk met it: its handle, where it lies, and its place in content order."""

    handle: _Handle
    form: _Matrix
    """The matrix of the forms it lies in (identity on the page itself)."""
    group: int
    order: int
    rank: int
    """``group`` and ``order`` as one number that sorts the same way."""


class _PageObjects:
    """One page's objects: text objects in content order, backdrops, and each text object's style.

    A page may hold one object per glyph, so styles are worked out only for
    objects that are used, and objects that look alike share one style.
    """

    def __init__(self, page: _Handle, fonts: _FontTables, document: _Handle) -> None:
        self._page, self._document = page, document
        self.texts: dict[_Handle, _TextObject] = {}
        """Text objects by address, in content order."""
        self.backdrops: list[Box] = []
        self.covers: list[Cover] = []
        """Opaque filled shapes drawn after some text, in content order (images: :meth:`covers_over`)."""
        self._images: list[tuple[Cover, _Handle]] = []
        self._forms = 0
        self._styles: dict[tuple[float, bool, bool, bool, int], _Style] = {}
        self._by_answers: dict[_Answers, _Style] = {}
        self.by_object: dict[int, _Style] = {}
        """The styles worked out so far, by object address: those of the objects PDFium kept a glyph of."""
        self._bold: dict[int, bool] = {}
        self._white: dict[tuple[int, int, int], bool] = {}
        self._fonts = fonts
        self._matrix = raw.FS_MATRIX()
        self._tf = ctypes.c_float()
        self._floats = [ctypes.c_float() for _ in range(4)]
        self._colour = [ctypes.c_uint() for _ in range(4)]
        self._ints = [ctypes.c_int() for _ in range(2)]
        self._walk(page, _IDENTITY, 0, is_form=False)

    def _walk(self, container: _Handle, m: _Matrix, group: int, *, is_form: bool) -> None:
        """Visit a page's (or a form's) objects in content order, forms depth first."""
        texts = self.texts
        get_type, text_kind, rank = pc.FPDFPageObj_GetType, raw.FPDF_PAGEOBJ_TEXT, group << _GROUP_SHIFT
        get, count = _CHILDREN[is_form]
        for k in range(count(container)):
            obj = get(container, k)
            kind = get_type(obj)
            if kind == text_kind:
                order = len(texts)
                texts[obj] = _make(_TextObject, (obj, m, group, order, rank | order))
            elif kind == raw.FPDF_PAGEOBJ_FORM:
                self._forms += 1
                self._walk(obj, _compose(self._matrix_of(obj), m), self._forms, is_form=True)
            elif kind in _SHAPES:
                self._shape(obj, kind, m)

    def _shape(self, obj: _Handle, kind: int, m: _Matrix) -> None:
        """Note an image or a path as a backdrop for white text, and as a cover of the text drawn before it."""
        backdrop = self._is_backdrop(obj, kind)
        cover = bool(self.texts) and self._may_cover(obj, kind)
        if not (backdrop or cover):
            return
        bounds = self._bounds(obj)
        if bounds is None:
            return
        box = _transform_box(m, *bounds)
        if backdrop:
            self.backdrops.append(box)
        if cover and kind == raw.FPDF_PAGEOBJ_IMAGE:
            self._images.append((Cover(box, len(self.texts)), obj))
        elif cover:
            self.covers.append(Cover(box, len(self.texts)))

    def covers_over(self, glyphs: list[_Glyph], page: Box) -> list[Cover]:
        """The page's covers: its opaque filled shapes, and the images that lie over glyphs and are opaque.

        Telling whether an image is opaque means rendering it, so only an image over a glyph drawn
        before it is rendered, and none much larger than the page (a hostile size; it covers nothing).
        """
        found = list(self.covers)
        for cover, image in self._images:
            if not image_may_cover(cover.box, page):
                continue
            over = any(g.rank & _ORDER_MASK < cover.after and covers(cover.box, Box(*g[1:5])) for g in glyphs)
            if over and self._image_opaque(image):
                found.append(cover)
        return found

    def style(self, address: _Handle, text: _TextObject) -> _Style:
        """The style of a text object, worked out and remembered in :attr:`by_object` (look there first)."""
        obj = text.handle
        if text.form is _IDENTITY:
            m = self._matrix
            c, d = (m.c, m.d) if pc.FPDFPageObj_GetMatrix(obj, m) else (0.0, 1.0)
        else:
            _, _, c, d, _, _ = _compose(self._matrix_of(obj), text.form)
        tf = self._tf
        pc.FPDFTextObj_GetFontSize(obj, tf)
        style = self.by_object[address] = self._look(obj, c, d, tf.value, pc.FPDFTextObj_GetFont(obj), text.group)
        return style

    def _look(self, obj: _Handle, c: float, d: float, tf: float, font: _Handle | None, group: int) -> _Style:
        """The style of a text object from what PDFium says of it (worked out once for each distinct answer).

        Objects drawn alike give the same answers, so the font name, the colour test and the
        size are worked out once for them all; a page drawn one glyph per object asks this
        thousands of times.
        """
        r, g, b, a = self._colour
        fill = (r.value, g.value, b.value) if pc.FPDFPageObj_GetFillColor(obj, r, g, b, a) else None
        said = (tf, c, d, font, pc.FPDFTextObj_GetTextRenderMode(obj), fill, group)
        style = self._by_answers.get(said)
        if style is None:
            style = self._by_answers[said] = self._new_style(said)
        return style

    def _new_style(self, said: _Answers) -> _Style:
        tf, c, d, font, mode, fill, group = said
        key = (
            tf * math.hypot(c, d),
            self._is_bold(font),
            mode in INVISIBLE_MODES,
            fill is not None and self._is_white(*fill),
            group,
        )
        style = self._styles.get(key)
        if style is None:
            size, _, invisible, white, _ = key
            plain = Visibility.only_by_place(size=size, invisible=invisible, white=white)
            style = self._styles[key] = _Style(*key, plain)
        return style

    def _is_white(self, r: int, g: int, b: int) -> bool:
        """Whether an RGB fill (0-255 a channel) is white, as :func:`is_white` says (remembered: pages reuse a few)."""
        key = (r, g, b)
        if key not in self._white:
            self._white[key] = is_white((r / 255, g / 255, b / 255))
        return self._white[key]

    def unmapped(self, text: _TextObject, code: int) -> str:
        """The text of a character code PDFium found no Unicode for ("" if its font does not say)."""
        font = pc.FPDFTextObj_GetFont(text.handle)
        return self._fonts.text(font, code) if font else ""

    def dropped_spaces(self) -> list[_Glyph]:
        """A space at the origin of each text object PDFium dropped for having no width.

        Resume builders that draw one glyph per object draw each space as an
        object of its own, whose glyph has no ink, so PDFium leaves it out.
        Call it once the kept glyphs have been styled.
        """
        spaces: list[_Glyph] = []
        used = set(self.by_object)
        for address, text in self.texts.items():
            if address in used:
                continue
            box = self._bounds(text.handle)
            if box is None or box[2] - box[0] >= _ZERO_WIDTH:
                continue  # dropped for another reason (PDFium removes text drawn twice over itself)
            spaces.append(self._space(address, text))
        return spaces

    def _space(self, address: _Handle, text: _TextObject) -> _Glyph:
        """The space a dropped text object stood for, styled as :meth:`style` would style it."""
        obj = text.handle
        own = self._matrix_of(obj)
        m = _compose(own, text.form)
        # What _style reads: the object's own matrix on the page itself, the composed one in a form.
        _, _, c, d, _, _ = own if text.form is _IDENTITY else m
        tf, descent = self._tf, ctypes.c_float()
        pc.FPDFTextObj_GetFontSize(obj, tf)
        font = pc.FPDFTextObj_GetFont(obj)
        style = self.by_object[address] = self._look(obj, c, d, tf.value, font, text.group)
        drop = descent.value if font and pc.FPDFFont_GetDescent(font, tf.value, descent) else 0.0
        x, y = _apply(m, 0.0, 0.0)
        y0 = y + drop * math.hypot(m[2], m[3])
        return _Glyph(" ", x, y0, x + _SPACE_ADVANCE * style.size, y0 + style.size, style, text.rank)

    def _is_bold(self, font: _Handle | None) -> bool:
        if not font:
            return False
        bold = self._bold.get(font)
        if bold is None:
            bold = self._bold[font] = is_bold(_font_name(font))
        return bold

    def _matrix_of(self, obj: _Handle) -> _Matrix:
        m = self._matrix
        if not pc.FPDFPageObj_GetMatrix(obj, m):
            return _IDENTITY
        return (m.a, m.b, m.c, m.d, m.e, m.f)

    def _bounds(self, obj: _Handle) -> tuple[float, float, float, float] | None:
        left, bottom, right, top = self._floats
        if not pc.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            return None
        return left.value, bottom.value, right.value, top.value

    def _fill(self, obj: _Handle) -> tuple[float, float, float] | None:
        """An object's fill colour as RGB between 0 and 1, or None when it has none."""
        r, g, b, a = self._colour
        if not pc.FPDFPageObj_GetFillColor(obj, r, g, b, a):
            return None
        return r.value / 255, g.value / 255, b.value / 255

    def _is_backdrop(self, obj: _Handle, kind: int) -> bool:
        """Whether a shape hides the page's white under it: an image, or a filled shape that is not white."""
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            return True
        if kind != raw.FPDF_PAGEOBJ_PATH:
            return False
        fill_mode, stroke = self._ints
        if not pc.FPDFPath_GetDrawMode(obj, fill_mode, stroke) or fill_mode.value == raw.FPDF_FILLMODE_NONE:
            return False
        fill = self._fill(obj)
        return fill is not None and not is_white(fill)

    def _may_cover(self, obj: _Handle, kind: int) -> bool:
        """Whether an image or a filled path may hide what lies under it, whatever its colour.

        Translucent objects (a fill alpha, a soft mask, a blend mode) do not;
        an image whose own mask lets the page through is told later (:meth:`covers_over`).
        """
        if pc.FPDFPageObj_HasTransparency(obj):
            return False
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            return True
        fill_mode, stroke = self._ints
        r, g, b, a = self._colour
        return (
            bool(pc.FPDFPath_GetDrawMode(obj, fill_mode, stroke)) and fill_mode.value != raw.FPDF_FILLMODE_NONE
            and bool(pc.FPDFPageObj_GetFillColor(obj, r, g, b, a)) and a.value == _OPAQUE
        )

    def _image_opaque(self, obj: _Handle) -> bool:
        """Whether an image, drawn with its masks and clip path, is opaque (it is rendered to tell)."""
        bitmap = pc.FPDFImageObj_GetRenderedBitmap(self._document, self._page, obj)
        if not bitmap:
            return False
        try:
            if pc.FPDFBitmap_GetFormat(bitmap) != raw.FPDFBitmap_BGRA:
                return True  # no alpha channel: nothing shows through
            size = pc.FPDFBitmap_GetStride(bitmap) * pc.FPDFBitmap_GetHeight(bitmap)
            alpha = ctypes.string_at(pc.FPDFBitmap_GetBuffer(bitmap), size)[3::4]
            return bool(alpha) and alpha.count(_OPAQUE) >= OPAQUE_SHARE * len(alpha)
        finally:
            pc.FPDFBitmap_Destroy(bitmap)


def _font_name(font: _Handle) -> str:
    """A font's base name without its subset tag ("ABCDEF+CMR10" is "CMR10")."""
    buffer = ctypes.create_string_buffer(_FONT_NAME_BYTES)
    size = pc.FPDFFont_GetBaseFontName(font, buffer, _FONT_NAME_BYTES)
    name = buffer.value.decode("utf-8", "replace") if 0 < size <= _FONT_NAME_BYTES else ""
    return _SUBSET_TAG.sub("", name)


def _type1_encoding(font: _Handle) -> dict[int, str]:
    """The built-in encoding of an embedded Type 1 font, code to text, read as pdfminer reads it."""
    size = ctypes.c_ulong()
    if not pc.FPDFFont_GetFontData(font, None, 0, size) or not size.value:
        return {}
    buffer = (ctypes.c_ubyte * size.value)()
    pc.FPDFFont_GetFontData(font, buffer, size.value, size)
    header = bytes(buffer).split(b"eexec", 1)[0]
    if b"/Encoding" not in header:
        return {}
    from pdfminer.pdffont import Type1FontHeaderParser

    from screener.ingest.pdf import BROKEN

    try:
        return Type1FontHeaderParser(io.BytesIO(header)).get_encoding()
    except BROKEN:
        return {}


def _pdfminer_tables(data: bytes) -> dict[str, dict[int, str]]:
    """Each simple font's code-to-text table as pdfminer builds it, by base name without subset tag.

    pdfminer reads glyph names PDFium does not (``f_i``, ``zero.lnum``);
    only the fonts are read, not the pages' text.
    """
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    from screener.ingest.pdf import BROKEN

    tables: dict[str, dict[int, str]] = {}
    try:
        manager = PDFResourceManager(caching=True)
        for page in PDFPage.create_pages(PDFDocument(PDFParser(io.BytesIO(data)), password="")):
            for spec in (resolve1((page.resources or {}).get("Font")) or {}).values():
                font = manager.get_font(None, resolve1(spec))
                table = tables.setdefault(_SUBSET_TAG.sub("", str(getattr(font, "basefont", ""))), {})
                for code, text in getattr(font, "cid2unicode", {}).items():
                    table.setdefault(code, text)
    except BROKEN:
        pass  # what was read so far still helps
    return tables


class _FontTables:
    """Text for the character codes PDFium finds no Unicode for, from the fonts, as pdfminer reads them.

    LaTeX output names its ligatures in ways PDFium does not map (a glyph
    ``f_i`` in an /Encoding, or only in the font program), so words like
    "scientific" would lose their "fi". Read once per document, and only
    when such a code turns up.
    """

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._by_font: dict[int, dict[int, str]] = {}
        self._by_name: dict[str, dict[int, str]] | None = None

    def text(self, font: _Handle, code: int) -> str:
        key = font
        if key not in self._by_font:
            if self._by_name is None:
                self._by_name = _pdfminer_tables(self._data)
            own = _type1_encoding(font)
            self._by_font[key] = {**self._by_name.get(_font_name(font), {}), **own}
        return self._by_font[key].get(code, "")


def _page_text(textpage: _Handle, count: int) -> str | None:
    """Every character's text in one call, or None when it does not map one to one onto characters."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pc.FPDFText_GetText(textpage, 0, count, buffer)
    text = bytes(buffer)[: max(written - 1, 0) * 2].decode("utf-16-le", "replace")
    return text if len(text) == count else None


def _glyphs(textpage: _Handle, found: _PageObjects) -> list[_Glyph]:
    """The page's glyphs in content order, PDFium's own inferred spaces and breaks left out."""
    count = pc.FPDFText_CountChars(textpage)
    text = _page_text(textpage, count)
    rect = raw.FS_RECTF()
    glyphs: list[_Glyph] = []
    append, texts, styles = glyphs.append, found.texts, found.by_object
    # Looked up once: this loop runs once per glyph.
    text_object, char_box = pc.FPDFText_GetTextObject, pc.FPDFText_GetLooseCharBox
    is_generated = pc.FPDFText_IsGenerated
    chars = text if text is not None else (chr(pc.FPDFText_GetUnicode(textpage, i)) for i in range(count))
    for i, char in enumerate(chars):
        if char in _MAYBE_GENERATED and is_generated(textpage, i):
            continue
        address = text_object(textpage, i) or 0
        known = texts.get(address)
        if known is None or not char_box(textpage, i, rect):
            continue
        if char in _HYPHEN_MARKS and pc.FPDFText_IsHyphen(textpage, i):
            char = "-"
        elif char < " " and pc.FPDFText_HasUnicodeMapError(textpage, i):
            # PDFium gives the character code; LaTeX fonts put ligatures there (0x1C: fi).
            char = found.unmapped(known, ord(char))
        style = styles.get(address) or found.style(address, known)
        # pdfminer's box: the advance across, the font size up from the descent.
        bottom = rect.bottom
        append(_make(_Glyph, (char, rect.left, bottom, rect.right, bottom + style.size, style, known.rank)))
    glyphs += found.dropped_spaces()
    # Stable: glyphs of one object keep PDFium's order; a dropped space goes where its object was.
    glyphs.sort(key=_BY_RANK)
    return glyphs


_BY_RANK = operator.attrgetter("rank")


def _line(glyphs: list[_Glyph], seen: Visibility) -> PageLine:
    """A run of glyphs as a line, with a space wherever the gap before a glyph is wide."""
    pieces: list[Piece] = []
    append, hidden_at, covered_at = pieces.append, seen.hidden, seen.covered  # looked up once: once per glyph
    page = seen.page
    left, bottom, right, top = page.x0, page.y0, page.x1, page.y1
    previous_x1: float | None = None
    hidden = ""
    _, x0s, y0s, x1s, y1s, _, _ = zip(*glyphs, strict=True)
    box = Box(min(x0s), min(y0s), max(x1s), max(y1s))
    near = seen.near(box)
    for text, x0, y0, x1, y1, style, rank in glyphs:
        width, height = x1 - x0, y1 - y0
        if previous_x1 is not None and previous_x1 < x0 - WORD_MARGIN * (height if height > width else width):
            append(_make(Piece, (" ", None, False, hidden)))
        x, y = (x0 + x1) / 2, (y0 + y1) / 2
        if style.plain and not near and left <= x <= right and bottom <= y <= top:
            hidden = ""  # what seen.hidden says of it: on the page, under no cover (Visibility.only_by_place)
        else:
            hidden = hidden_at(
                x, y, size=style.size, invisible=style.invisible, white=style.white,
                covered=bool(near) and covered_at(Box(x0, y0, x1, y1), rank & _ORDER_MASK, near),
            )
        append(_make(Piece, (text, style.size, style.bold, hidden)))
        previous_x1 = x1
    return PageLine(box, tuple(pieces))


def _starts(glyphs: list[_Glyph]) -> list[int]:
    """Where each line starts in glyphs in content order: wherever two in a row do not sit side by side.

    pdfminer's test for two glyphs in a row: the same form, heights that overlap by more than
    :data:`LINE_OVERLAP` of the lower one, and a gap under :data:`CHAR_MARGIN` times the wider one.
    Each glyph is unpacked once and compared with the one before by its coordinates.
    """
    starts = [0]
    if not glyphs:
        return starts
    _, ax0, ay0, ax1, ay1, a_style, _ = glyphs[0]
    # min(p, q) and max(p, q) written out (q if q < p else p: the same value, NaN included), as builtin
    # calls cost more than the arithmetic.
    for k in range(1, len(glyphs)):
        _, bx0, by0, bx1, by1, b_style, _ = glyphs[k]
        if a_style.group == b_style.group and by0 <= ay1 and ay0 <= by1:  # heights overlap ...
            lower, higher = ay1 - ay0, by1 - by0
            up, down = abs(ay0 - by1), abs(ay1 - by0)
            if bx0 <= ax1 and ax0 <= bx1:
                gap = 0.0
            else:
                left, right = abs(ax0 - bx1), abs(ax1 - bx0)
                gap = right if right < left else left
            wide, wider = ax1 - ax0, bx1 - bx0
            same = (
                (higher if higher < lower else lower) * LINE_OVERLAP < (down if down < up else up)  # ... enough
                and gap < (wider if wider > wide else wide) * CHAR_MARGIN
            )
        else:
            same = False
        if not same:
            starts.append(k)
        ax0, ay0, ax1, ay1, a_style = bx0, by0, bx1, by1, b_style
    return starts


def _lines(glyphs: list[_Glyph], seen: Visibility) -> list[PageLine]:
    """Glyphs in content order cut into lines where two in a row do not sit side by side."""
    if not glyphs:
        return []
    starts = _starts(glyphs)
    ends = [*starts[1:], len(glyphs)]
    return [_line(glyphs[start:end], seen) for start, end in zip(starts, ends, strict=True)]


def _page(document: pdfium.PdfDocument, index: int, fonts: _FontTables) -> tuple[list[Line], bool]:
    """One page as lines in reading order, and whether it has two columns."""
    page = document[index]
    textpage = page.get_textpage()
    try:
        found = _PageObjects(pc.handle(page.raw), fonts, pc.handle(document.raw))
        glyphs = _glyphs(pc.handle(textpage.raw), found)
        media = Box(*page.get_mediabox())
        seen = Visibility(media, found.backdrops, found.covers_over(glyphs, media))
        return page_lines(_lines(glyphs, seen), seen, index + 1)
    finally:
        textpage.close()
        page.close()


def _saved(document: pdfium.PdfDocument) -> tuple[YearMonth | None, str]:
    """The last-saved month from the document information: ModDate, else CreationDate."""
    info = document.get_metadata_dict(skip_empty=True)
    for key in SAVED_KEYS:
        month = pdf_date(info.get(key))
        if month is not None:
            return month, key
    return None, ""


def _open(data: bytes, path: str) -> pdfium.PdfDocument:
    """Open the PDF with the empty password (an owner password only restricts printing or copying)."""
    try:
        return pdfium.PdfDocument(data, password="")
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise EncryptedFile(path, "The PDF is password-protected; ask for a copy without a password.") from e
        raise CorruptFile(path, f"PDFium cannot open the PDF ({e}).") from e


def read_pdf_fast(data: bytes, path: str) -> Parsed:
    """Read a PDF with PDFium into lines in reading order, page by page.

    Raises:
        EncryptedFile: it needs a password to open.
        CorruptFile: PDFium cannot open it, or it has no pages.
        NoText: it has pages but no visible text (a scanned image).
    """
    document = _open(data, path)
    try:
        lines: list[Line] = []
        columns = False
        pages = len(document)
        refuse_long(path, pages)
        fonts = _FontTables(data)
        for index in range(pages):
            page, page_columns = _page(document, index, fonts)
            lines += page
            columns |= page_columns
        saved, source = _saved(document)
    except pdfium.PdfiumError as e:
        raise CorruptFile(path, f"PDFium cannot read the PDF ({e}).") from e
    finally:
        document.close()
    return finish(path, lines, pages=pages, columns=columns, saved=saved, saved_source=source, engine="pdfium")
