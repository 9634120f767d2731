"""Effective text formatting in an ODT: size, bold, whether text shows, and which lists draw bullets.

OpenDocument resolves a span's look from its text style, then its paragraph's style, each through
``style:parent-style-name`` down to the family's ``style:default-style``. Automatic styles (in
``content.xml``, or in ``styles.xml`` for headers and footers) and named styles (``styles.xml``)
are looked up alike. The looks are the DOCX reader's :class:`RunLook`, so hidden text is judged by
the same rule whatever the format.
"""

from __future__ import annotations

import re
from typing import Any

from screener.ingest.docx_style import RunLook, is_dark_color, is_white_hex

__all__ = ["DRAW", "FO", "OFFICE", "STYLE", "TABLE", "TEXT", "OdfStyles"]

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"

# Points per unit of an ODF length.
_UNITS = {"pt": 1.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "in": 72.0, "pc": 12.0, "px": 0.75}
_LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(pt|cm|mm|in|pc|px|%)\s*$")
_BOLD = frozenset({"bold", "600", "700", "800", "900"})
_NOT_BOLD = frozenset({"normal", "100", "200", "300", "400", "500"})
# The property elements that may paint a ground behind text, and their families.
_GROUND_PROPS = ("paragraph-properties", "table-cell-properties", "table-properties", "graphic-properties",
                 "text-properties")


def _points(value: str | None, parent: float | None) -> float | None:
    """An ``fo:font-size`` in points (a percentage of the inherited size); None when not said."""
    match = _LENGTH.match(value or "")
    if match is None:
        return None
    number, unit = float(match.group(1)), match.group(2)
    if unit == "%":
        return None if parent is None else parent * number / 100
    return number * _UNITS[unit]


def _bold(weight: str | None) -> bool | None:
    """Whether an ``fo:font-weight`` is bold; None when not said (or not understood)."""
    if weight in _BOLD:
        return True
    return False if weight in _NOT_BOLD else None


def _white(props: Any) -> bool | None:
    """Whether ``fo:color`` is (near) white; False for the window colour (automatic), None when not said."""
    if props.get(f"{STYLE}use-window-font-color") == "true":
        return False
    color = props.get(f"{FO}color")
    return None if color is None else is_white_hex(color.lstrip("#"))


def read_text_properties(props: Any, parent: RunLook) -> RunLook:
    """The look a ``style:text-properties`` element says itself (sizes in % are of ``parent``'s)."""
    if props is None:
        return RunLook()
    display = props.get(f"{TEXT}display")
    points = _points(props.get(f"{FO}font-size"), parent.font_size)
    return RunLook(
        vanish=None if display is None else display == "none",
        white=_white(props),
        half_points=None if points is None else round(points * 2),
        bold=_bold(props.get(f"{FO}font-weight")),
    )


def paints_dark(props: Any) -> bool:
    """Whether a properties element paints a non-white ground (white text on it shows)."""
    if props is None:
        return False
    background = props.get(f"{FO}background-color", "transparent")
    if background != "transparent" and is_dark_color(background.lstrip("#")):
        return True
    return props.get(f"{DRAW}fill") == "solid" and is_dark_color(props.get(f"{DRAW}fill-color", "").lstrip("#"))


class OdfStyles:
    """The styles a part's text is drawn with: named ones and the part's automatic ones."""

    def __init__(self, named: Any, automatic: Any) -> None:
        """``named``: the root of ``styles.xml`` (or None); ``automatic``: the root of the part read."""
        self._styles: dict[tuple[str, str], Any] = {}
        self._defaults: dict[str, Any] = {}
        self._lists: dict[str, Any] = {}
        for root, section in ((named, "styles"), (automatic, "automatic-styles")):
            holder = root.find(f"{OFFICE}{section}") if root is not None else None
            if holder is None:
                continue
            for style in holder.iterfind(f"{STYLE}style"):
                self._styles[style.get(f"{STYLE}family", ""), style.get(f"{STYLE}name", "")] = style
            for style in holder.iterfind(f"{STYLE}default-style"):
                self._defaults[style.get(f"{STYLE}family", "")] = style
            for style in holder.iterfind(f"{TEXT}list-style"):
                self._lists[style.get(f"{STYLE}name", "")] = style
        self._looks: dict[tuple[str, str | None, RunLook], RunLook] = {}
        self._grounds: dict[tuple[str, str | None], bool] = {}

    def _chain(self, family: str, name: str | None) -> list[Any]:
        """A style and its parents, nearest first, ending with the family's default style (cycles cut)."""
        chain: list[Any] = []
        seen: set[str] = set()
        while name is not None and name not in seen:
            seen.add(name)
            element = self._styles.get((family, name))
            if element is None:
                break
            chain.append(element)
            name = element.get(f"{STYLE}parent-style-name")
        default = self._defaults.get(family)
        return [*chain, default] if default is not None else chain

    def look(self, family: str, name: str | None, base: RunLook | None = None) -> RunLook:
        """The text look a ``paragraph`` or ``text`` style gives, through its parents, over ``base``.

        ``base`` is what the text inherits (a span's paragraph look): what the styles do not say
        comes from it, and a size in per cent is of its size.
        """
        key = (family, name, base or RunLook())
        if key not in self._looks:
            look = key[2]
            for element in reversed(self._chain(family, name)):
                look = read_text_properties(element.find(f"{STYLE}text-properties"), look).under(look)
            self._looks[key] = look
        return self._looks[key]

    def dark_ground(self, family: str, name: str | None) -> bool:
        """Whether a style (of any family) paints its content's ground with a colour, through its parents."""
        key = (family, name)
        if key not in self._grounds:
            self._grounds[key] = any(
                paints_dark(element.find(f"{STYLE}{props}"))
                for element in self._chain(family, name)
                for props in _GROUND_PROPS
            )
        return self._grounds[key]

    def list_style(self, paragraph_style: str | None) -> str | None:
        """The list style a paragraph style numbers its paragraphs with, through its parents."""
        for element in self._chain("paragraph", paragraph_style):
            name = element.get(f"{STYLE}list-style-name")
            if name:
                return str(name)
        return None

    def bulleted(self, list_style: str | None, level: int) -> bool:
        """Whether a list style draws a bullet (not a number) before items of ``level`` (1-based)."""
        style = self._lists.get(list_style or "")
        if style is None:
            return False
        for child in style:
            if child.get(f"{TEXT}level") == str(level):
                return bool(child.tag == f"{TEXT}list-level-style-bullet")
        return False
