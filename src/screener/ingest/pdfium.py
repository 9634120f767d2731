"""PDF files through PDFium (pypdfium2): the fast engine.

PDFium parses a page in native code and gives every glyph's box, but its own
text assembly does not read like pdfminer's: it discards text objects of zero
width, so PDFs that draw one glyph per object lose every space glyph, and it
guesses spaces and line breaks its own way. So this engine takes only the
glyphs (with the loose boxes pdfminer would give them), puts the dropped
spaces back at their objects' origins, and rebuilds words and lines from the
boxes with pdfminer's rules and margins (:mod:`screener.ingest.glyphs`);
reading order, columns and hidden text are then decided by the same code for
both engines (:mod:`screener.ingest.pdfpage`).

A page may draw one glyph per text object, so PDFium is asked a page at a
time: each question (a character's box, an object's size or colour) of every
character or object in one pass, the answers written side by side into one
buffer, and the glyphs kept as arrays. What costs remains is PDFium's own
parsing and about seven calls per text object (about 0.2 us each).

PDFium is not thread-safe: read files in parallel with processes, not threads.
"""

from __future__ import annotations

import ctypes
import io
import itertools
import math
import re
from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as raw

from screener.errors import CorruptFile, EncryptedFile
from screener.ingest import pdfium_calls as pc
from screener.ingest.base import Parsed
from screener.ingest.columns import Box
from screener.ingest.glyphs import GROUP_SHIFT, ORDER_MASK, Glyphs, GlyphStyle, glyph_lines
from screener.ingest.pdfpage import (
    INVISIBLE_MODES,
    OPAQUE_SHARE,
    SAVED_KEYS,
    Cover,
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
_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")
# The objects that may lie over text or under white text.
_SHAPES = frozenset({raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_PATH})
# An alpha of 255 (of 255): fully opaque.
_OPAQUE = 255
# Handles are addresses (see screener.ingest.pdfium_calls); 0 stands for NULL where a key is needed.
_Handle = int


class _Spaces(NamedTuple):
    """The spaces put back where PDFium dropped zero-width text objects: their boxes (columns), styles, places."""

    x0: Any
    y0: Any
    x1: Any
    y1: Any
    styles: list[GlyphStyle]
    ranks: Any
    """Their objects' places in content order (an array)."""


class _Places:
    """A page's text objects in content order, their addresses and places as arrays, to look many up at once."""

    def __init__(self, handles: Any, places: Any) -> None:
        self.handles = handles
        """Their addresses (uint64), in content order."""
        self.places = places
        """Each one's place in content order, forms included (int64, see ORDER_MASK)."""
        self._sorter = np.argsort(handles, kind="stable")
        self._sorted = handles[self._sorter]

    @classmethod
    def of(cls, runs: Sequence[tuple[list[_Handle], int]], count: int) -> _Places:
        """The places of runs of text objects, each run's objects taking places one after another from its start."""
        handles = np.fromiter(itertools.chain.from_iterable(run for run, _ in runs), dtype=np.uint64, count=count)
        places = [np.arange(start, start + len(run), dtype=np.int64) for run, start in runs]
        return cls(handles, np.concatenate(places) if places else np.zeros(0, dtype=np.int64))

    def find(self, objects: Any) -> tuple[Any, Any]:
        """Which of some addresses (an array) are the page's text objects, and the place of each (0 where not)."""
        if not len(self.handles):
            return np.zeros(len(objects), dtype=bool), np.zeros(len(objects), dtype=np.int64)
        at = np.minimum(np.searchsorted(self._sorted, objects), len(self.handles) - 1)
        return self._sorted[at] == objects, self.places[self._sorter[at]]


def _slots(start: int, size: int) -> itertools.count[int]:
    """The addresses of a buffer's slots of ``size`` bytes from ``start``: one for each object asked of."""
    return itertools.count(start, size)


def _compose(inner: Sequence[Any], outer: Sequence[Any]) -> tuple[Any, ...]:
    """The matrix that applies ``inner`` and then ``outer`` (each a matrix, or six columns of matrices)."""
    a, b, c, d, e, f = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (
        a * a2 + b * c2, a * b2 + b * d2,
        c * a2 + d * c2, c * b2 + d * d2,
        e * a2 + f * c2 + e2, e * b2 + f * d2 + f2,
    )


def _apply(m: Sequence[Any], x: float, y: float) -> tuple[Any, Any]:
    """Where a point goes under a matrix (or under each of six columns of matrices)."""
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
    False: (pc.PageObjects, pc.FPDFPage_CountObjects),
    True: (pc.FormObjects, pc.FPDFFormObj_CountObjects),
}
_TEXT = raw.FPDF_PAGEOBJ_TEXT


class _Questions(NamedTuple):
    """What PDFium says of some text objects, one buffer or list per question, the k-th answer the k-th object's."""

    sizes: Any
    """The Tf size (a buffer of floats)."""
    matrices: Any
    """Six floats an object: its own matrix (a, b, c, d, e, f)."""
    has_matrix: list[bool]
    fills: Any
    """Four numbers an object: its fill colour's red, green, blue and alpha, 0 to 255."""
    has_fill: list[bool]
    fonts: Any
    """Each object's font's address, 0 for none (an array)."""
    modes: Any
    """The text render mode (an array)."""

    def own(self, k: int) -> _Matrix:
        """The k-th object's own matrix (the identity without one)."""
        if not self.has_matrix[k]:
            return _IDENTITY
        m, at = self.matrices, 6 * k
        return m[at], m[at + 1], m[at + 2], m[at + 3], m[at + 4], m[at + 5]


# One row per text object of what its style follows from (see _Answers), to find the distinct ones.
_ROW = np.dtype([
    ("tf", np.float32), ("c", np.float64), ("d", np.float64), ("font", np.uint64), ("mode", np.int64),
    ("red", np.uint32), ("green", np.uint32), ("blue", np.uint32), ("fill", np.bool_), ("group", np.int64),
])
_ROW_BYTES = np.dtype((np.void, _ROW.itemsize))


class _PageObjects:
    """One page's objects: text objects in content order, backdrops, and each text object's style.

    A page may hold one object per glyph, so what PDFium says of its objects is asked a page at a
    time (each question in one pass over the objects, its answers written side by side into one
    buffer), styles are worked out only for objects that are used, and objects that look alike
    share one style.
    """

    def __init__(self, page: _Handle, fonts: _FontTables, document: _Handle) -> None:
        self._page, self._document = page, document
        self._runs: list[tuple[list[_Handle], int]] = []
        """Text objects in content order, in runs: each run's addresses and the first one's place."""
        self._count = 0
        self._in_forms: dict[_Handle, tuple[_Matrix, int]] = {}
        """The text objects that lie in forms: the forms' matrix and the form's group."""
        self.backdrops: list[Box] = []
        self.covers: list[Cover] = []
        """Opaque filled shapes drawn after some text, in content order (images: :meth:`covers_over`)."""
        self._images: list[tuple[Cover, _Handle]] = []
        self._forms = 0
        self._styles: dict[tuple[float, bool, bool, bool, int], GlyphStyle] = {}
        self._by_answers: dict[_Answers, GlyphStyle] = {}
        self._used: Any = np.zeros(0, dtype=np.uint64)
        """The text objects PDFium kept a glyph of (:meth:`styles_of`), sorted."""
        self._bold: dict[int, bool] = {}
        self._white: dict[tuple[int, int, int], bool] = {}
        self._descents: dict[tuple[_Handle, float], float] = {}
        self._fonts = fonts
        self._matrix = raw.FS_MATRIX()
        self._floats = [ctypes.c_float() for _ in range(4)]
        self._colour = [ctypes.c_uint() for _ in range(4)]
        self._ints = [ctypes.c_int() for _ in range(2)]
        self._walk(page, _IDENTITY, 0, is_form=False)
        self.places = _Places.of(self._runs, self._count)

    def _walk(self, container: _Handle, m: _Matrix, group: int, *, is_form: bool) -> None:
        """Visit a page's (or a form's) objects in content order, forms depth first.

        Text objects between two other objects are taken in one step: a page drawn one glyph per
        object has thousands of them and a few shapes.
        """
        get, count = _CHILDREN[is_form]
        total = count(container)
        objects = list(map(get, itertools.repeat(container, total), range(total)))
        kinds = np.fromiter(map(pc.FPDFPageObj_GetType, objects), dtype=np.int64, count=total)
        others = np.flatnonzero(kinds != _TEXT).tolist()
        first = 0
        for k in [*others, len(objects)]:
            self._add_texts(objects[first:k], m, group)
            first = k + 1
            if k == len(objects):
                break
            obj, kind = objects[k], int(kinds[k])
            if kind == raw.FPDF_PAGEOBJ_FORM:
                self._forms += 1
                self._walk(obj, _compose(self._matrix_of(obj), m), self._forms, is_form=True)
            elif kind in _SHAPES:
                self._shape(obj, kind, m)

    def _add_texts(self, texts: list[_Handle], m: _Matrix, group: int) -> None:
        """Text objects in a row, each taking the next place in content order."""
        if not texts:
            return
        self._runs.append((texts, (group << GROUP_SHIFT) + self._count))
        self._count += len(texts)
        if m is not _IDENTITY or group:
            self._in_forms.update((obj, (m, group)) for obj in texts)

    def _shape(self, obj: _Handle, kind: int, m: _Matrix) -> None:
        """Note an image or a path as a backdrop for white text, and as a cover of the text drawn before it."""
        backdrop = self._is_backdrop(obj, kind)
        cover = self._count > 0 and self._may_cover(obj, kind)
        if not (backdrop or cover):
            return
        bounds = self._bounds(obj)
        if bounds is None:
            return
        box = _transform_box(m, *bounds)
        if backdrop:
            self.backdrops.append(box)
        if cover and kind == raw.FPDF_PAGEOBJ_IMAGE:
            self._images.append((Cover(box, self._count), obj))
        elif cover:
            self.covers.append(Cover(box, self._count))

    def covers_over(self, glyphs: Glyphs, page: Box) -> list[Cover]:
        """The page's covers: its opaque filled shapes, and the images that lie over glyphs and are opaque.

        Telling whether an image is opaque means rendering it, so only an image over a glyph drawn
        before it is rendered, and none much larger than the page (a hostile size; it covers nothing).
        """
        found = list(self.covers)
        if not self._images:
            return found
        boxes = list(zip(glyphs.rank, glyphs.x0.tolist(), glyphs.y0.tolist(), glyphs.x1.tolist(),
                         glyphs.y1.tolist(), strict=True))
        for cover, image in self._images:
            if not image_may_cover(cover.box, page):
                continue
            over = any(rank & ORDER_MASK < cover.after and covers(cover.box, Box(*box)) for rank, *box in boxes)
            if over and self._image_opaque(image):
                found.append(cover)
        return found

    def styles_of(self, used: Any) -> list[GlyphStyle]:
        """The style of each text object PDFium kept a glyph of (``used``: their addresses, sorted, an array)."""
        self._used = used
        objects = used.tolist()
        return self._styles_from(objects, self._questions(objects))

    def _styles_from(self, objects: list[_Handle], said: _Questions) -> list[GlyphStyle]:
        """The style of each text object from what PDFium said of it.

        Objects drawn alike give the same answers, so the font name, the colour test and the
        size are worked out once for each distinct answer: a page drawn one glyph per object
        has thousands of objects and a few distinct answers, found by sorting them (numpy).
        """
        rows = self._rows(objects, said)
        # Rows compared as bytes: numpy sorts those fast, and structured rows field by field slowly. Rows
        # with equal answers in other bytes (-0.0 and 0.0) only cost a dictionary lookup more.
        _, first, inverse = np.unique(rows.view(_ROW_BYTES), return_index=True, return_inverse=True)
        by_answers = self._by_answers
        distinct = []
        for tf, c, d, font, mode, red, green, blue, fill, group in rows[first].tolist():
            answer = (tf, c, d, font or None, mode, (red, green, blue) if fill else None, group)
            style = by_answers.get(answer)
            if style is None:
                style = by_answers[answer] = self._new_style(answer)
            distinct.append(style)
        return [distinct[k] for k in inverse.reshape(-1).tolist()]

    @staticmethod
    def _questions(objects: list[_Handle]) -> _Questions:
        """What PDFium says of each text object, each question asked of every object in one pass.

        Each answer is written into one buffer, side by side (:func:`pc.with_buffers`).
        """
        count = len(objects)
        sizes, matrices = (ctypes.c_float * count)(), (ctypes.c_float * (6 * count))()
        fills = (ctypes.c_uint * (4 * count))()
        at_size, at_matrix, at_fill = ctypes.addressof(sizes), ctypes.addressof(matrices), ctypes.addressof(fills)
        fonts = np.fromiter(map(pc.Fonts, objects), dtype=np.uint64, count=count)
        modes = np.fromiter(map(pc.FPDFTextObj_GetTextRenderMode, objects), dtype=np.int64, count=count)
        for obj, at in zip(objects, _slots(at_size, 4), strict=False):
            pc.FontSizes(obj, at)
        has_matrix = list(map(pc.Matrices, objects, _slots(at_matrix, 24)))
        has_fill = list(map(pc.FillColors, objects, *(_slots(at_fill + 4 * channel, 16) for channel in range(4))))
        return _Questions(sizes, matrices, has_matrix, fills, has_fill, fonts, modes)

    def _rows(self, objects: list[_Handle], said: _Questions) -> Any:
        """What each text object's style follows from (:data:`_Answers`), one row an object.

        The c and d are the object's own matrix's on the page itself (0 and 1 without one),
        the matrix composed with its forms' in a form.
        """
        count = len(objects)
        rows = np.zeros(count, dtype=_ROW)
        rows["tf"] = np.frombuffer(said.sizes, dtype=np.float32)
        m = np.frombuffer(said.matrices, dtype=np.float32).reshape(count, 6)
        has_matrix = np.array(said.has_matrix, dtype=bool)
        rows["c"], rows["d"] = np.where(has_matrix, m[:, 2], 0.0), np.where(has_matrix, m[:, 3], 1.0)
        rows["font"] = said.fonts
        rows["mode"] = said.modes
        fills = np.frombuffer(said.fills, dtype=np.uint32).reshape(count, 4)
        has_fill = np.array(said.has_fill, dtype=bool)
        rows["fill"] = has_fill
        for channel, name in enumerate(("red", "green", "blue")):
            rows[name] = np.where(has_fill, fills[:, channel], 0)
        in_forms = self._in_forms
        for k in [k for k, obj in enumerate(objects) if obj in in_forms] if in_forms else ():
            form, rows["group"][k] = in_forms[objects[k]]
            _, _, rows["c"][k], rows["d"][k], _, _ = _compose(said.own(k), form)
        return rows

    def _new_style(self, said: _Answers) -> GlyphStyle:
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
            style = self._styles[key] = GlyphStyle(*key, plain)
        return style

    def _is_white(self, r: int, g: int, b: int) -> bool:
        """Whether an RGB fill (0-255 a channel) is white, as :func:`is_white` says (remembered: pages reuse a few)."""
        key = (r, g, b)
        if key not in self._white:
            self._white[key] = is_white((r / 255, g / 255, b / 255))
        return self._white[key]

    def unmapped(self, obj: _Handle, code: int) -> str:
        """The text of a character code PDFium found no Unicode for ("" if its font does not say)."""
        font = pc.FPDFTextObj_GetFont(obj)
        return self._fonts.text(font, code) if font else ""

    def dropped_spaces(self) -> _Spaces:
        """A space at the origin of each text object PDFium dropped for having no width.

        Resume builders that draw one glyph per object draw each space as an
        object of its own, whose glyph has no ink, so PDFium leaves it out.
        Call it once the kept glyphs have been styled.
        """
        places = self.places
        unused = ~np.isin(places.handles, self._used)
        objects = places.handles[unused].tolist()
        count = len(objects)
        bounds = (ctypes.c_float * (4 * count))()
        at = ctypes.addressof(bounds)
        has_bounds = np.fromiter(
            (pc.Bounds(obj, a, a + 4, a + 8, a + 12) for obj, a in zip(objects, _slots(at, 16), strict=False)),
            dtype=bool, count=count,
        )
        edges = np.ctypeslib.as_array(bounds).reshape(count, 4).astype(np.float64)  # left, bottom, right, top
        # Dropped for another reason when wider (PDFium removes text drawn twice over itself).
        with np.errstate(all="ignore"):
            narrow = has_bounds & (edges[:, 2] - edges[:, 0] < _ZERO_WIDTH)
        dropped = list(itertools.compress(objects, narrow.tolist()))
        said = self._questions(dropped)
        styles = self._styles_from(dropped, said)
        return self._spaces(dropped, said, styles, places.places[unused][narrow])

    def _spaces(self, dropped: list[_Handle], said: _Questions, styles: list[GlyphStyle], ranks: Any) -> _Spaces:
        """A space at each dropped object's origin, as tall as its style's size, from its descent up.

        Worked out for them all at once: the same arithmetic, in the same order, on columns.
        """
        count = len(dropped)
        own = np.frombuffer(said.matrices, dtype=np.float32).reshape(count, 6).astype(np.float64)
        own[~np.array(said.has_matrix, dtype=bool)] = _IDENTITY
        outer = np.tile(np.array(_IDENTITY), (count, 1))
        for k, obj in enumerate(dropped):
            form = self._in_forms.get(obj)
            if form is not None:
                outer[k] = form[0]
        drops = [self._descent(font, tf) for font, tf in zip(said.fonts.tolist(), said.sizes[:], strict=True)]
        size = np.array([style.size for style in styles], dtype=np.float64)
        with np.errstate(all="ignore"):  # a hostile matrix's infinities give NaN quietly, as Python's floats do
            m = _compose(tuple(own.T), tuple(outer.T))
            x, y = _apply(m, 0.0, 0.0)
            scales = list(map(math.hypot, m[2].tolist(), m[3].tolist()))
            y0 = y + np.array(drops, dtype=np.float64) * np.array(scales, dtype=np.float64)
            x1, y1 = x + _SPACE_ADVANCE * size, y0 + size
        return _Spaces(x, y0, x1, y1, styles, ranks)

    def _descent(self, font: _Handle | None, tf: float) -> float:
        """How far a font of this size reaches below its baseline (negative; 0 without a font)."""
        key = (font or 0, tf)
        drop = self._descents.get(key)
        if drop is None:
            descent = ctypes.c_float()
            drop = self._descents[key] = descent.value if font and pc.FPDFFont_GetDescent(font, tf, descent) else 0.0
        return drop

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


class _Chars(NamedTuple):
    """The characters of a page's text that are its glyphs, in PDFium's order, with their loose boxes."""

    text: list[str]
    objects: Any
    """Each character's text object's address (uint64)."""
    places: Any
    """Each character's text object's place in content order (int64, see ORDER_MASK)."""
    boxes: Any
    """One row per character: left, top, right, bottom (float32, as PDFium gives them)."""


# The characters that need a question more than their text: PDFium's own spaces and breaks,
# hyphens it took to break a word, and control codes (a font's unmapped ligatures among them).
_SPECIAL = re.compile(r"[\x00-\x20\ufffe]")


def _chars(textpage: _Handle, found: _PageObjects) -> _Chars:
    """The page's glyphs as PDFium orders them, its inferred spaces and breaks left out.

    Each question is asked of every character in one pass: the text in one call, the text
    object and the box of each, the box written into one buffer.
    """
    count = pc.FPDFText_CountChars(textpage)
    text = _page_text(textpage, count)
    chars = list(text) if text is not None else [chr(pc.FPDFText_GetUnicode(textpage, i)) for i in range(count)]
    boxes = (ctypes.c_float * (4 * count))()
    at = ctypes.addressof(boxes)
    page = itertools.repeat(textpage, count)
    objects = np.fromiter(map(pc.TextObjects, page, range(count)), dtype=np.uint64, count=count)
    page = itertools.repeat(textpage, count)
    has_box = np.fromiter(map(pc.LooseCharBoxes, page, range(count), _slots(at, 16)), dtype=bool, count=count)
    known, places = found.places.find(objects)
    keep = (known & has_box).tolist()
    for i in [m.start() for m in _SPECIAL.finditer("".join(chars))] if text is not None else range(count):
        keep[i] = keep[i] and _special(textpage, i, chars, int(objects[i]), found)
    rows = np.frombuffer(boxes, dtype=np.float32).reshape(count, 4)
    if all(keep):  # most pages: no inferred spaces or breaks, every box given
        return _Chars(chars, objects, places, rows)
    kept = np.array(keep, dtype=bool)
    return _Chars(list(itertools.compress(chars, keep)), objects[kept], places[kept], rows[kept])


def _special(textpage: _Handle, i: int, chars: list[str], obj: _Handle, found: _PageObjects) -> bool:
    """Whether the i-th character is a glyph; a hyphen mark or an unmapped code is put right in ``chars``."""
    char = chars[i]
    if char in _MAYBE_GENERATED and pc.FPDFText_IsGenerated(textpage, i):
        return False
    if char in _HYPHEN_MARKS and pc.FPDFText_IsHyphen(textpage, i):
        chars[i] = "-"
    elif char < " " and pc.FPDFText_HasUnicodeMapError(textpage, i):
        # PDFium gives the character code; LaTeX fonts put ligatures there (0x1C: fi).
        chars[i] = found.unmapped(obj, ord(char))
    return True


def _glyphs(textpage: _Handle, found: _PageObjects) -> Glyphs:
    """The page's glyphs in content order, with the boxes pdfminer would give them.

    pdfminer's box: the advance across, the font size up from the descent. The spaces PDFium
    dropped go where their objects were; glyphs of one object keep PDFium's order (a stable sort).
    """
    chars = _chars(textpage, found)
    used, inverse = np.unique(chars.objects, return_inverse=True)
    distinct = found.styles_of(used)
    each = inverse.reshape(-1)
    styles = list(map(distinct.__getitem__, each.tolist()))
    spaces = found.dropped_spaces()
    boxes = chars.boxes.astype(np.float64)
    x0 = np.concatenate([boxes[:, 0], spaces.x0])
    y0 = np.concatenate([boxes[:, 3], spaces.y0])
    x1 = np.concatenate([boxes[:, 2], spaces.x1])
    sizes = np.array([style.size for style in distinct], dtype=np.float64)[each]
    with np.errstate(all="ignore"):  # infinities give NaN quietly, as Python's floats do
        y1 = np.concatenate([boxes[:, 3] + sizes, spaces.y1])
    rank = np.concatenate([chars.places, spaces.ranks])
    every = [*styles, *spaces.styles]
    texts = [*chars.text, *itertools.repeat(" ", len(spaces.ranks))]
    if bool(np.all(rank[1:] >= rank[:-1])):  # already in content order (a stable sort would keep it)
        return Glyphs(texts, x0, y0, x1, y1, every, rank.tolist())
    order = np.argsort(rank, kind="stable")
    listed = order.tolist()
    return Glyphs(
        list(map(texts.__getitem__, listed)), x0[order], y0[order], x1[order], y1[order],
        list(map(every.__getitem__, listed)), rank[order].tolist(),
    )


def _page(document: _Handle, index: int, fonts: _FontTables) -> tuple[list[Line], bool]:
    """One page as lines in reading order, and whether it has two columns.

    The page and its text page are opened and closed by address, as pypdfium2's ``get_page`` and
    ``get_textpage`` do (the document has no form environment), without their wrappers and finalizers.
    """
    page = pc.FPDF_LoadPage(document, index)
    if not page:
        raise pdfium.PdfiumError("Failed to load page.")
    try:
        textpage = pc.FPDFText_LoadPage(page)
        if not textpage:
            raise pdfium.PdfiumError("Failed to load text page.")
        try:
            found = _PageObjects(page, fonts, document)
            glyphs = _glyphs(textpage, found)
            media = _mediabox(page)
            seen = Visibility(media, found.backdrops, found.covers_over(glyphs, media))
            return page_lines(glyph_lines(glyphs, seen), seen, index + 1)
        finally:
            pc.FPDFText_ClosePage(textpage)
    finally:
        pc.FPDF_ClosePage(page)


def _mediabox(page: _Handle) -> Box:
    """The page's MediaBox, or ANSI A (0, 0, 612, 792) when it has none, as pypdfium2's ``get_mediabox`` gives it."""
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    if not pc.FPDFPage_GetMediaBox(page, left, bottom, right, top):
        return Box(0, 0, 612, 792)
    return Box(left.value, bottom.value, right.value, top.value)


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
        handle = pc.handle(document.raw)
        for index in range(pages):
            page, page_columns = _page(handle, index, fonts)
            lines += page
            columns |= page_columns
        saved, source = _saved(document)
    except pdfium.PdfiumError as e:
        raise CorruptFile(path, f"PDFium cannot read the PDF ({e}).") from e
    finally:
        document.close()
    return finish(path, lines, pages=pages, columns=columns, saved=saved, saved_source=source, engine="pdfium")
