"""DOCX files through python-docx: paragraphs, tables, text boxes, headers, footers.

python-docx opens the package; the body is walked as XML so paragraphs and
tables keep their document order, content controls and text boxes are not
missed, and each run's effective formatting (see
:mod:`screener.ingest.docx_style`) decides whether its text is hidden.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.package import Package

from screener.errors import CorruptFile, NoText, UnsupportedFormat
from screener.ingest.base import Parsed
from screener.ingest.docx_style import (
    StyleBook,
    W,
    is_dark_color,
    is_dark_fill,
    read_num_pr,
)
from screener.ingest.normalize import BULLET
from screener.ingest.package import BROKEN, read_parts
from screener.ingest.runs import Piece, lines_of
from screener.models import Line, YearMonth

__all__ = ["read_docx"]

_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_TEXTBOX = f"{W}txbxContent"
# Inline elements whose content is never shown: deleted and moved-away text
# (tracked changes), the paragraph's and run's own properties, and the fallback branch
# of mc:AlternateContent (a VML copy of the drawing in the mc:Choice branch;
# reading both would double every text box).
_SKIPPED = frozenset({f"{W}del", f"{W}moveFrom", f"{W}pPr", f"{W}rPr", f"{_MC}Fallback"})
_BROKEN = (*BROKEN, PackageNotFoundError)
_BREAK = "\n"
# Run children that stand for characters.
_RUN_TEXT = {
    f"{W}tab": "\t",
    f"{W}ptab": "\t",
    f"{W}br": _BREAK,
    f"{W}cr": _BREAK,
    f"{W}noBreakHyphen": "-",
    f"{W}softHyphen": "\u00ad",
}
# Elements that wrap rows or cells without being one (content controls, custom XML).
_WRAPPERS = frozenset({f"{W}sdt", f"{W}sdtContent", f"{W}customXml"})
_SCHEME_LIGHT = frozenset({"bg1", "lt1"})

def _run_text(run: Any) -> Iterator[str]:
    """The characters a ``w:r`` shows, with ``"\\n"`` for each line break."""
    for child in run:
        tag = child.tag
        if tag == f"{W}t":
            yield child.text or ""
        elif tag in _RUN_TEXT:
            yield _RUN_TEXT[tag]
        elif tag == f"{W}sym":
            try:
                yield chr(int(child.get(f"{W}char", ""), 16))
            except ValueError:
                continue


def _textboxes(element: Any) -> Iterator[Any]:
    """``w:txbxContent`` elements under ``element``, outside fallback branches and other boxes."""
    for child in element:
        if child.tag == _TEXTBOX:
            yield child
        elif child.tag != f"{_MC}Fallback":
            yield from _textboxes(child)


def _inline(element: Any) -> Iterator[tuple[bool, Any]]:
    """A paragraph's runs and text boxes in order, as ``(is_textbox, element)``.

    Descends through hyperlinks, insertions, smart tags, fields and content
    controls, which wrap runs without changing what they show.
    """
    for child in element:
        tag = child.tag
        if tag == f"{W}r":
            yield False, child
            for box in _textboxes(child):
                yield True, box
        elif tag == _TEXTBOX:
            yield True, child
        elif tag not in _SKIPPED:
            yield from _inline(child)


def _box_on_dark(box: Any) -> bool:
    """Whether a text box's shape is filled with a non-white colour (white text shows)."""
    holder = box.getparent()
    shape = holder.getparent() if holder is not None else None
    if shape is None:
        return False
    fill = shape.find(f"{_WPS}spPr/{_A}solidFill")
    if fill is not None:
        rgb = fill.find(f"{_A}srgbClr")
        if rgb is not None:
            return is_dark_color(rgb.get("val"))
        scheme = fill.find(f"{_A}schemeClr")
        return scheme is not None and scheme.get("val") not in _SCHEME_LIGHT
    # VML shapes say it in attributes: fillcolor="#1F3864", filled="f" when not.
    color = (shape.get("fillcolor") or "").lstrip("#")
    return shape.get("filled") not in {"f", "false"} and is_dark_color(color)


class _Bullets:
    """Which list paragraphs Word draws with a bullet (the glyph is not in the text)."""

    def __init__(self, numbering: Any) -> None:
        self._formats: dict[tuple[str, str], str] = {}
        if numbering is None:
            return
        abstract: dict[str, dict[str, str]] = {}
        for item in numbering.iterfind(f"{W}abstractNum"):
            levels = {
                lvl.get(f"{W}ilvl", "0"): fmt.get(f"{W}val", "")
                for lvl in item.iterfind(f"{W}lvl")
                if (fmt := lvl.find(f"{W}numFmt")) is not None
            }
            abstract[item.get(f"{W}abstractNumId", "")] = levels
        for num in numbering.iterfind(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is None:
                continue
            for level, fmt in abstract.get(ref.get(f"{W}val", ""), {}).items():
                self._formats[num.get(f"{W}numId", ""), level] = fmt

    def bulleted(self, ppr: Any, styles: StyleBook) -> bool:
        """Whether a paragraph's numbering, its own or its style's, draws a bullet."""
        num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
        key = read_num_pr(num_pr) if num_pr is not None else styles.numbering(styles.paragraph_style(ppr))
        return key is not None and self._formats.get(key) == "bullet"


def _children(element: Any, tag: str) -> Iterator[Any]:
    """Children of ``element`` with ``tag``, also those wrapped in content controls."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


class _Walker:
    """Walks WordprocessingML block content (body, cell, text box, header) into lines."""

    def __init__(self, styles: StyleBook, bullets: _Bullets) -> None:
        self._styles = styles
        self._bullets = bullets

    def blocks(self, container: Any, source: str, *, on_dark: bool = False) -> Iterator[Line]:
        """The lines of a container's paragraphs and tables, in document order."""
        for child in container:
            tag = child.tag
            if tag == f"{W}p":
                yield from self._paragraph(child, source, on_dark=on_dark)
            elif tag == f"{W}tbl":
                yield from self._table(child, source, on_dark=on_dark)
            elif tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    yield from self.blocks(content, source, on_dark=on_dark)
            elif tag in {f"{W}customXml", f"{_MC}AlternateContent", f"{_MC}Choice"}:
                yield from self.blocks(child, source, on_dark=on_dark)

    def _table(self, table: Any, source: str, *, on_dark: bool) -> Iterator[Line]:
        """A table's cells row by row; each cell's blocks (nested tables too) as lines."""
        cell_source = "table" if source == "body" else source
        props = table.find(f"{W}tblPr")
        if props is not None:
            style = props.find(f"{W}tblStyle")
            on_dark = (
                on_dark
                or is_dark_fill(props.find(f"{W}shd"))
                or (style is not None and self._styles.dark_ground(style.get(f"{W}val")))
            )
        for row in _children(table, f"{W}tr"):
            for cell in _children(row, f"{W}tc"):
                dark = on_dark or is_dark_fill(cell.find(f"{W}tcPr/{W}shd"))
                yield from self.blocks(cell, cell_source, on_dark=dark)

    def _paragraph(self, paragraph: Any, source: str, *, on_dark: bool) -> Iterator[Line]:
        """A paragraph as lines (one per line break), then the text boxes anchored in it."""
        ppr = paragraph.find(f"{W}pPr")
        base = self._styles.paragraph(ppr)
        dark = (
            on_dark
            or is_dark_fill(ppr.find(f"{W}shd") if ppr is not None else None)
            or self._styles.dark_ground(self._styles.paragraph_style(ppr))
        )
        visual: list[list[Piece]] = [[]]
        boxes: list[Any] = []
        for is_box, element in _inline(paragraph):
            if is_box:
                boxes.append(element)
                continue
            rpr = element.find(f"{W}rPr")
            look = self._styles.run(rpr, base)
            shaded = rpr is not None and is_dark_fill(rpr.find(f"{W}shd"))
            hidden = look.hidden(on_dark=dark or shaded)
            for text in _run_text(element):
                if text == _BREAK:
                    visual.append([])
                else:
                    visual[-1].append((text, hidden, look))
        prefix = f"{BULLET} " if self._bullets.bulleted(ppr, self._styles) else ""
        for k, pieces in enumerate(visual):
            yield from lines_of(pieces, source=source, prefix=prefix if k == 0 else "")
        for box in boxes:
            yield from self.blocks(box, "textbox", on_dark=dark or _box_on_dark(box))


def _element(part: Any) -> Any:
    """A part's XML root, parsing the blob when python-docx kept the part opaque."""
    element = getattr(part, "element", None)
    return element if element is not None else parse_xml(part.blob)


def _related(part: Any, reltype: str) -> Any:
    """The XML root of the part related to ``part`` by ``reltype``, or None."""
    try:
        return _element(part.part_related_by(reltype))
    except KeyError:
        return None


def _margins(document: Any, part: Any, walker: _Walker, kind: str) -> list[Line]:
    """Header (or footer) lines of every section, each distinct one once."""
    seen: set[tuple[Line, ...]] = set()
    lines: list[Line] = []
    for sect_pr in document.iter(f"{W}sectPr"):
        for ref in sect_pr.iterfind(f"{W}{kind}Reference"):
            related = part.related_parts.get(ref.get(f"{_R}id", ""))
            if related is None:
                continue
            found = tuple(walker.blocks(_element(related), kind))
            # Sections often repeat the same header: keep one copy.
            if found and found not in seen:
                seen.add(found)
                lines += found
    return lines


# Core-property dates a library writes into every document it makes from its own template unless told
# otherwise: python-docx's (its template's, 2013-12-23 23:15 UTC). They date the library, not the resume.
_LIBRARY_DEFAULT_STAMPS = frozenset({dt.datetime(2013, 12, 23, 23, 15, tzinfo=dt.timezone.utc)})


def _saved(package: Package) -> tuple[YearMonth | None, str]:
    """The last-saved month from the core properties: modified, else created.

    The part is looked up rather than asked for through
    ``package.core_properties``, which would make one dated now when the file
    has none. A missing or malformed date only means no date, and so does a
    library's template default (:data:`_LIBRARY_DEFAULT_STAMPS`).
    """
    try:
        properties = package.part_related_by(RT.CORE_PROPERTIES).core_properties  # type: ignore[attr-defined]
    except (*_BROKEN, AttributeError):
        return None, ""
    for source in ("modified", "created"):
        try:
            stamp = getattr(properties, source)
        except (ValueError, TypeError):  # python-docx fails on an empty or odd W3CDTF text
            continue
        if isinstance(stamp, dt.datetime) and not _library_default(stamp):
            return YearMonth(stamp.year, stamp.month), source
    return None, ""


def _library_default(stamp: dt.datetime) -> bool:
    """Whether a core-property date is a library's template default (a naive one read as UTC)."""
    return (stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.timezone.utc)) in _LIBRARY_DEFAULT_STAMPS


def _refuse_hostile_package(data: bytes, path: str) -> None:
    """Refuse, before any XML is parsed, a DOCX that is a zip bomb or carries macros."""
    types = read_parts(data, path, ["[Content_Types].xml"], what="Word document").get("[Content_Types].xml", b"")
    if b"macroEnabled" in types:
        raise UnsupportedFormat(path, "This is a macro-enabled Word document (.docm); save it as DOCX or PDF.")


def read_docx(data: bytes, path: str) -> Parsed:
    """Read a DOCX into lines: headers, body (tables and text boxes in place), footers.

    Raises:
        CorruptFile: not a readable Office package, or parts are missing.
        NoText: the document shows no text at all.
    """
    _refuse_hostile_package(data, path)
    try:
        package = Package.open(io.BytesIO(data))
        part = package.main_document_part
        document = _element(part)
        body = document.find(f"{W}body")
        if body is None:
            raise CorruptFile(path, "The Word document has no body.")
        walker = _Walker(StyleBook(_related(part, RT.STYLES)), _Bullets(_related(part, RT.NUMBERING)))
        lines = [
            *_margins(document, part, walker, "header"),
            *walker.blocks(body, "body"),
            *_margins(document, part, walker, "footer"),
        ]
    except _BROKEN as e:
        raise CorruptFile(path, f"The Word document's structure is broken ({type(e).__name__}).") from e
    if not any(not line.hidden for line in lines):
        raise NoText(path, "The Word document has no text (only images?); it needs OCR.")
    saved, source = _saved(package)
    return Parsed(tuple(lines), saved=saved, saved_source=source)
