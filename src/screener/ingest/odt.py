"""OpenDocument text (ODT, LibreOffice's own format): headings, paragraphs, lists, tables, frames, margins.

``content.xml`` (and ``styles.xml`` for the named styles, headers and footers, ``meta.xml`` for the
saved date) are read from the zip in memory through :mod:`screener.ingest.package`, the DOCX
reader's guards: a zip bomb is refused, entities are never resolved, nothing is fetched. The body
is walked in document order into the same :class:`Line` objects the DOCX reader makes; each span's
effective look (:mod:`screener.ingest.odt_style`) decides its size, bold and whether it is hidden.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

from screener.errors import CorruptFile, EncryptedFile, NoText
from screener.ingest.base import Parsed
from screener.ingest.docx_style import RunLook
from screener.ingest.normalize import BULLET
from screener.ingest.odt_style import DRAW, OFFICE, STYLE, TABLE, TEXT, OdfStyles
from screener.ingest.package import BROKEN, parse_part, read_parts
from screener.ingest.runs import Piece, lines_of
from screener.models import Line, YearMonth

__all__ = ["read_odt"]

_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_WHAT = "OpenDocument file"
_PARTS = ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml")
_BREAK = "\n"
# ODF collapses white space in text content; only text:s, text:tab and text:line-break are kept.
_XML_SPACE = re.compile(r"[ \t\r\n]+")
_INLINE_CHARS = {f"{TEXT}tab": "\t", f"{TEXT}line-break": _BREAK}
# Inline elements whose content is never shown in the text: comments, footnotes (the DOCX reader
# reads none either), and a ruby's annotation.
_SKIPPED = frozenset({f"{OFFICE}annotation", f"{TEXT}note", f"{TEXT}ruby-text"})
_SHAPES = frozenset(f"{DRAW}{name}" for name in (
    "frame", "custom-shape", "rect", "ellipse", "polygon", "path", "circle", "g", "a", "regular-polygon"))
# Blocks that hold blocks without being one: sections' and indexes' bodies, header regions.
_WRAPPERS = frozenset({f"{TEXT}index-body", f"{TEXT}index-title", f"{STYLE}region-left",
                       f"{STYLE}region-center", f"{STYLE}region-right", f"{OFFICE}text"})
_INDEXES = frozenset(f"{TEXT}{name}" for name in (
    "table-of-content", "alphabetical-index", "illustration-index", "table-index", "object-index",
    "user-index", "bibliography"))
_ROW_GROUPS = frozenset(f"{TABLE}{name}" for name in ("table-header-rows", "table-rows", "table-row-group"))
_DATE = re.compile(r"^\s*(\d{4})-(\d{2})")


@dataclasses.dataclass(frozen=True, slots=True)
class _Ground:
    """What surrounds a block: a coloured ground (white text shows) or a hidden section."""

    on_dark: bool = False
    vanish: bool = False


def _rows(table: Any) -> Iterator[Any]:
    """A table's rows in order, also those in header-row and row groups."""
    for child in table:
        if child.tag == f"{TABLE}table-row":
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _rows(child)


def _spaces(element: Any) -> str:
    """The spaces a ``text:s`` stands for (``text:c``, default one)."""
    try:
        return " " * max(1, min(int(element.get(f"{TEXT}c", "1")), 1000))
    except ValueError:
        return " "


class _Walker:
    """Walks ODF block content (body, cell, frame, header) into lines."""

    def __init__(self, styles: OdfStyles) -> None:
        self._styles = styles

    def blocks(self, container: Any, source: str, ground: _Ground) -> Iterator[Line]:
        """The lines of a container's paragraphs, lists, tables and frames, in document order."""
        for child in container:
            tag = child.tag
            if tag in {f"{TEXT}p", f"{TEXT}h"}:
                yield from self._paragraph(child, source, ground)
            elif tag == f"{TEXT}list":
                yield from self._list(child, source, ground, None, 1)
            elif tag == f"{TABLE}table":
                yield from self._table(child, source, ground)
            elif tag == f"{TEXT}section":
                hidden = child.get(f"{TEXT}display") == "none"
                yield from self.blocks(child, source, dataclasses.replace(ground, vanish=ground.vanish or hidden))
            elif tag in _WRAPPERS:
                yield from self.blocks(child, source, ground)
            elif tag in _INDEXES:
                yield from self.blocks(child.iterfind(f"{TEXT}index-body"), source, ground)
            elif tag in _SHAPES:
                yield from self._shape(child, ground)

    def _list(self, element: Any, source: str, ground: _Ground, style: str | None, level: int) -> Iterator[Line]:
        """A list's items; an item's first paragraph gets a bullet when its list style draws one."""
        style = element.get(f"{TEXT}style-name") or style
        for item in element:
            if item.tag not in {f"{TEXT}list-item", f"{TEXT}list-header"}:
                continue
            first = item.tag == f"{TEXT}list-item"
            for child in item:
                if child.tag == f"{TEXT}list":
                    yield from self._list(child, source, ground, style, level + 1)
                elif child.tag in {f"{TEXT}p", f"{TEXT}h"}:
                    own = style or self._styles.list_style(child.get(f"{TEXT}style-name"))
                    bullet = first and self._styles.bulleted(own, level)
                    yield from self._paragraph(child, source, ground, prefix=f"{BULLET} " if bullet else "")
                    first = False
                else:
                    yield from self.blocks([child], source, ground)

    def _table(self, table: Any, source: str, ground: _Ground) -> Iterator[Line]:
        """A table's cells row by row; each cell's blocks (nested tables too) as lines."""
        cell_source = "table" if source == "body" else source
        dark = ground.on_dark or self._styles.dark_ground("table", table.get(f"{TABLE}style-name"))
        for row in _rows(table):
            for cell in row.iterfind(f"{TABLE}table-cell"):
                shaded = dark or self._styles.dark_ground("table-cell", cell.get(f"{TABLE}style-name"))
                yield from self.blocks(cell, cell_source, dataclasses.replace(ground, on_dark=shaded))

    def _shape(self, shape: Any, ground: _Ground) -> Iterator[Line]:
        """The text of a frame's text box, a drawn shape or a group of them, as text-box lines."""
        dark = ground.on_dark or self._styles.dark_ground("graphic", shape.get(f"{DRAW}style-name"))
        inner = dataclasses.replace(ground, on_dark=dark)
        if shape.tag in {f"{DRAW}g", f"{DRAW}a"}:
            for child in shape:
                if child.tag in _SHAPES:
                    yield from self._shape(child, inner)
        elif shape.tag == f"{DRAW}frame":
            for box in shape.iterfind(f"{DRAW}text-box"):
                yield from self.blocks(box, "textbox", inner)
        else:
            yield from self.blocks(shape, "textbox", inner)

    def _inline(self, element: Any, look: RunLook, shaded: bool) -> Iterator[tuple[str, RunLook, bool] | Any]:
        """A paragraph's text as ``(text, look, on a shaded span)`` in order, and the shapes anchored in it."""
        if element.text:
            yield _XML_SPACE.sub(" ", element.text), look, shaded
        for child in element:
            tag = child.tag
            if not isinstance(tag, str):  # an unresolved entity reference: only its tail shows
                pass
            elif tag == f"{TEXT}s":
                yield _spaces(child), look, shaded
            elif tag in _INLINE_CHARS:
                yield _INLINE_CHARS[tag], look, shaded
            elif tag in _SHAPES:
                yield child
            elif tag == f"{TEXT}span":
                name = child.get(f"{TEXT}style-name")
                inner = self._styles.look("text", name, look)
                yield from self._inline(child, inner, shaded or self._styles.dark_ground("text", name))
            elif tag == f"{TEXT}hidden-text" and child.get(f"{TEXT}is-hidden") != "false":
                yield from self._inline(child, dataclasses.replace(look, vanish=True), shaded)
            elif tag not in _SKIPPED:  # links, fields, bookmarks: their text shows as it is
                yield from self._inline(child, look, shaded)
            if child.tail:
                yield _XML_SPACE.sub(" ", child.tail), look, shaded

    def _paragraph(self, paragraph: Any, source: str, ground: _Ground, *, prefix: str = "") -> Iterator[Line]:
        """A paragraph or heading as lines (one per line break), then the frames anchored in it."""
        name = paragraph.get(f"{TEXT}style-name")
        base = self._styles.look("paragraph", name)
        if ground.vanish:
            base = dataclasses.replace(base, vanish=True)
        dark = ground.on_dark or self._styles.dark_ground("paragraph", name)
        visual: list[list[Piece]] = [[]]
        shapes: list[Any] = []
        for item in self._inline(paragraph, base, False):
            if not isinstance(item, tuple):
                shapes.append(item)
                continue
            text, look, shaded = item
            if ground.vanish:
                look = dataclasses.replace(look, vanish=True)
            if text == _BREAK:
                visual.append([])
            else:
                visual[-1].append((text, look.hidden(on_dark=dark or shaded), look))
        for k, pieces in enumerate(visual):
            yield from lines_of(pieces, source=source, prefix=prefix if k == 0 else "")
        for shape in shapes:
            yield from self._shape(shape, dataclasses.replace(ground, on_dark=dark))


def _pages_used(content: Any, styles_root: Any) -> set[str]:
    """The master pages the body is laid out on: ``Standard`` and those a style names.

    LibreOffice's styles.xml defines page styles no paragraph uses (Envelope, Endnote...);
    their headers are never printed, so they are not read.
    """
    used = {"Standard"}
    for root in (content, styles_root):
        if root is not None:
            used.update(str(name) for name in root.xpath("//style:style/@style:master-page-name",
                                                         namespaces={"style": STYLE[1:-1]}) if name)
    return used


def _margins(styles_root: Any, used: set[str], walker: _Walker, kind: str) -> list[Line]:
    """Header (or footer) lines of the master pages used, each distinct one once; a hidden one is flagged."""
    masters = styles_root.find(f"{OFFICE}master-styles") if styles_root is not None else None
    if masters is None:
        return []
    pages = list(masters.iterfind(f"{STYLE}master-page"))
    shown = [page for page in pages if page.get(f"{STYLE}name") in used] or pages[:1]
    seen: set[tuple[Line, ...]] = set()
    lines: list[Line] = []
    for page in shown:
        for variant in (kind, f"{kind}-left", f"{kind}-first"):
            for margin in page.iterfind(f"{STYLE}{variant}"):
                ground = _Ground(vanish=margin.get(f"{STYLE}display") == "false")
                found = tuple(walker.blocks(margin, kind, ground))
                # Master pages often repeat the same header: keep one copy.
                if found and found not in seen:
                    seen.add(found)
                    lines += found
    return lines


def _saved(meta: bytes | None) -> tuple[YearMonth | None, str]:
    """The last-saved month from ``meta.xml``: ``dc:date``, else ``meta:creation-date``.

    A missing or malformed date only means no date; the sources are named as the DOCX
    reader names its core properties (``modified``, ``created``).
    """
    try:
        root = parse_part(meta) if meta else None
    except BROKEN:
        return None, ""
    info = root.find(f"{OFFICE}meta") if root is not None else None
    if info is None:
        return None, ""
    for tag, source in ((f"{_DC}date", "modified"), (f"{_META}creation-date", "created")):
        match = _DATE.match(info.findtext(tag) or "")
        if match is not None and 1 <= int(match.group(2)) <= 12:
            return YearMonth(int(match.group(1)), int(match.group(2))), source
    return None, ""


def read_odt(data: bytes, path: str) -> Parsed:
    """Read an ODT into lines: headers, body (tables and frames in place), footers.

    Raises:
        ArchiveRefused: the package is a zip bomb (``zip_bomb``).
        EncryptedFile: the document is password-protected.
        CorruptFile: not a readable OpenDocument package, or its text is missing or broken.
        NoText: the document shows no text at all.
    """
    parts = read_parts(data, path, _PARTS, what=_WHAT)
    if b"encryption-data" in parts.get("META-INF/manifest.xml", b""):
        raise EncryptedFile(path, "The OpenDocument file is password-protected; remove the password.")
    if "content.xml" not in parts:
        raise CorruptFile(path, "The OpenDocument file has no content.xml.")
    try:
        content = parse_part(parts["content.xml"])
        styles_root = parse_part(parts["styles.xml"]) if "styles.xml" in parts else None
        body = content.find(f"{OFFICE}body/{OFFICE}text")
        if body is None:
            raise CorruptFile(path, "The OpenDocument file has no text body.")
        margins, used = _Walker(OdfStyles(styles_root, styles_root)), _pages_used(content, styles_root)
        lines = [
            *_margins(styles_root, used, margins, "header"),
            *_Walker(OdfStyles(styles_root, content)).blocks(body, "body", _Ground()),
            *_margins(styles_root, used, margins, "footer"),
        ]
    except BROKEN as e:
        raise CorruptFile(path, f"The {_WHAT}'s structure is broken ({type(e).__name__}).") from e
    if not any(not line.hidden for line in lines):
        raise NoText(path, "The OpenDocument file has no text (only images?); it needs OCR.")
    saved, source = _saved(parts.get("meta.xml"))
    return Parsed(tuple(lines), saved=saved, saved_source=source)
