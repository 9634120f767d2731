"""PDFium's functions as pypdfium2 binds them, but taking and giving handles as plain addresses.

pypdfium2's raw bindings type every handle (a page, a page object, a font) as
a ctypes pointer to an opaque struct, so each call that returns one builds a
pointer object, and telling two objects apart needs ``addressof(p.contents)``,
which builds another. A page drawn one glyph per object makes thousands of
such calls, and that wrapping was most of the fast engine's time. The
functions here are the same C functions with the same signatures, except that
handles are ``c_void_p``: an address is a Python ``int`` (``None`` for NULL),
which costs nothing to pass, return, hash or compare. Every other argument
(``FS_MATRIX``, ``c_float``...) is declared as pypdfium2 declares it.

PDFium is not thread-safe: use these from one thread at a time, like the rest of pypdfium2.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

import pypdfium2.raw as raw

__all__ = ["handle", "numbered", "on_addresses", "with_buffers"]

# pypdfium2 names every handle type after its struct: struct_fpdf_page_t__, struct_fpdf_font_t__, ...
_HANDLE_PREFIX = "struct_fpdf_"


def _is_handle(kind: Any) -> bool:
    """Whether a ctypes type is a pointer to one of PDFium's opaque handle structs."""
    pointee = getattr(kind, "_type_", None)
    return isinstance(pointee, type) and pointee.__name__.startswith(_HANDLE_PREFIX)


def on_addresses(function: Any) -> Any:
    """``function`` (one of ``pypdfium2.raw``'s) re-declared with its handles as addresses.

    >>> count = on_addresses(raw.FPDFPage_CountObjects)
    >>> count.argtypes, count.restype is ctypes.c_int
    ((<class 'ctypes.c_void_p'>,), True)
    """
    return _redeclared(function, _is_handle)


def with_buffers(function: Any) -> Any:
    """``function`` re-declared with its handles *and* its out-arguments as addresses.

    An out-argument (a ``c_float``, an ``FS_RECTF``) passed as a ctypes object is checked and
    wrapped on every call; as an address into one array it is not, so a page's character boxes,
    or its objects' sizes, can be written side by side into one buffer and read back at once.

    >>> box = with_buffers(raw.FPDFText_GetLooseCharBox)
    >>> box.argtypes == (ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
    True
    """
    return _redeclared(function, lambda kind: _is_handle(kind) or _is_pointer(kind))


def numbered(function: Any) -> Any:
    """``function`` re-declared like :func:`on_addresses`, but giving the handle it returns as a number, 0 for NULL.

    A number never None goes straight into a numpy array (``np.fromiter``), so the handles of a
    page's characters or objects can be compared, sorted and looked up as one array.

    >>> get = numbered(raw.FPDFText_GetTextObject)
    >>> get.restype is ctypes.c_size_t, get.argtypes[0] is ctypes.c_void_p
    (True, True)
    """
    return _redeclared(function, _is_handle, returns=ctypes.c_size_t)


def _redeclared(function: Any, as_address: Callable[[Any], bool], returns: Any = ctypes.c_void_p) -> Any:
    """``function`` with each argument ``as_address`` picks as an address, a handle it returns as ``returns``."""
    restype = returns if _is_handle(function.restype) else function.restype
    argtypes = [ctypes.c_void_p if as_address(kind) else kind for kind in function.argtypes]
    prototype = ctypes.CFUNCTYPE(restype, *argtypes)
    return prototype(handle(function))


def _is_pointer(kind: Any) -> bool:
    """Whether a ctypes type is a pointer (to a number or a struct: an out-argument)."""
    return isinstance(kind, type) and issubclass(kind, ctypes._Pointer)


def handle(pointer: Any) -> int:
    """The address a pypdfium2 handle (``page.raw``, ``textpage.raw``) points at; 0 for NULL."""
    value: int | None = ctypes.cast(pointer, ctypes.c_void_p).value
    return value or 0


# The functions the fast engine calls once per page, by their PDFium names.
FPDF_LoadPage = on_addresses(raw.FPDF_LoadPage)
FPDF_ClosePage = on_addresses(raw.FPDF_ClosePage)
FPDFText_LoadPage = on_addresses(raw.FPDFText_LoadPage)
FPDFText_ClosePage = on_addresses(raw.FPDFText_ClosePage)
FPDFPage_GetMediaBox = on_addresses(raw.FPDFPage_GetMediaBox)
# The functions the fast engine calls once per object or per glyph, by their PDFium names.
FPDFPage_CountObjects = on_addresses(raw.FPDFPage_CountObjects)
FPDFPage_GetObject = on_addresses(raw.FPDFPage_GetObject)
FPDFFormObj_CountObjects = on_addresses(raw.FPDFFormObj_CountObjects)
FPDFFormObj_GetObject = on_addresses(raw.FPDFFormObj_GetObject)
FPDFPageObj_GetType = on_addresses(raw.FPDFPageObj_GetType)
FPDFPageObj_GetMatrix = on_addresses(raw.FPDFPageObj_GetMatrix)
FPDFPageObj_GetBounds = on_addresses(raw.FPDFPageObj_GetBounds)
FPDFPageObj_GetFillColor = on_addresses(raw.FPDFPageObj_GetFillColor)
FPDFPath_GetDrawMode = on_addresses(raw.FPDFPath_GetDrawMode)
FPDFTextObj_GetFont = on_addresses(raw.FPDFTextObj_GetFont)
FPDFTextObj_GetFontSize = on_addresses(raw.FPDFTextObj_GetFontSize)
FPDFTextObj_GetTextRenderMode = on_addresses(raw.FPDFTextObj_GetTextRenderMode)
FPDFFont_GetBaseFontName = on_addresses(raw.FPDFFont_GetBaseFontName)
FPDFFont_GetDescent = on_addresses(raw.FPDFFont_GetDescent)
FPDFFont_GetFontData = on_addresses(raw.FPDFFont_GetFontData)
FPDFText_CountChars = on_addresses(raw.FPDFText_CountChars)
FPDFText_GetText = on_addresses(raw.FPDFText_GetText)
FPDFText_GetUnicode = on_addresses(raw.FPDFText_GetUnicode)
FPDFText_IsGenerated = on_addresses(raw.FPDFText_IsGenerated)
FPDFText_IsHyphen = on_addresses(raw.FPDFText_IsHyphen)
FPDFText_HasUnicodeMapError = on_addresses(raw.FPDFText_HasUnicodeMapError)
FPDFText_GetTextObject = on_addresses(raw.FPDFText_GetTextObject)
FPDFText_GetLooseCharBox = on_addresses(raw.FPDFText_GetLooseCharBox)
# The same, giving handles as numbers (0 for NULL), to be gathered into arrays.
PageObjects = numbered(raw.FPDFPage_GetObject)
FormObjects = numbered(raw.FPDFFormObj_GetObject)
Fonts = numbered(raw.FPDFTextObj_GetFont)
TextObjects = numbered(raw.FPDFText_GetTextObject)
# The same, writing into buffers at addresses: called once per glyph or per object, a page at a time.
LooseCharBoxes = with_buffers(raw.FPDFText_GetLooseCharBox)
FontSizes = with_buffers(raw.FPDFTextObj_GetFontSize)
Matrices = with_buffers(raw.FPDFPageObj_GetMatrix)
FillColors = with_buffers(raw.FPDFPageObj_GetFillColor)
Bounds = with_buffers(raw.FPDFPageObj_GetBounds)
# Called only for shapes and images that may cover text (the hidden-text audit).
FPDFPageObj_HasTransparency = on_addresses(raw.FPDFPageObj_HasTransparency)
FPDFImageObj_GetRenderedBitmap = on_addresses(raw.FPDFImageObj_GetRenderedBitmap)
FPDFBitmap_GetFormat = on_addresses(raw.FPDFBitmap_GetFormat)
FPDFBitmap_GetStride = on_addresses(raw.FPDFBitmap_GetStride)
FPDFBitmap_GetHeight = on_addresses(raw.FPDFBitmap_GetHeight)
FPDFBitmap_GetBuffer = on_addresses(raw.FPDFBitmap_GetBuffer)
FPDFBitmap_Destroy = on_addresses(raw.FPDFBitmap_Destroy)
