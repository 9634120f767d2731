"""Effective run formatting in a DOCX: size, bold, and whether the text shows.

Word resolves a run's look from its own properties, then its character
style, then its paragraph's style (each following ``basedOn``), then the
document defaults. We follow that chain for the four properties we need,
caching each style's resolved values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = [
    "RunLook",
    "StyleBook",
    "W",
    "is_dark_color",
    "is_dark_fill",
    "is_white_hex",
    "read_num_pr",
    "read_rpr",
]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
"""The WordprocessingML namespace, in lxml's ``{uri}`` form."""

_FALSE = frozenset({"0", "false", "off", "none"})
# Colour channels at or above this (of 255) look white on paper.
_NEAR_WHITE = 0xF2
# Text of 2 pt or less (w:sz counts half-points) cannot be read.
_MAX_HIDDEN_HALF_POINTS = 4


@dataclass(frozen=True, slots=True)
class RunLook:
    """The properties of a run that matter to us; None means "not said here"."""

    vanish: bool | None = None
    white: bool | None = None
    half_points: int | None = None
    bold: bool | None = None

    def under(self, base: RunLook) -> RunLook:
        """These properties, falling back to ``base`` for what they do not say."""
        return RunLook(
            vanish=base.vanish if self.vanish is None else self.vanish,
            white=base.white if self.white is None else self.white,
            half_points=base.half_points if self.half_points is None else self.half_points,
            bold=base.bold if self.bold is None else self.bold,
        )

    @property
    def font_size(self) -> float | None:
        """The size in points, when known."""
        return None if self.half_points is None else self.half_points / 2

    def hidden(self, *, on_dark: bool) -> str:
        """Why a reader could not see this text (``vanish``, ``tiny``, ``white``), or "" when they could.

        White only counts on a light ground.
        """
        if self.vanish:
            return "vanish"
        if self.half_points is not None and self.half_points <= _MAX_HIDDEN_HALF_POINTS:
            return "tiny"
        return "white" if self.white and not on_dark else ""


def _flag(element: Any) -> bool | None:
    """A WordprocessingML on/off property: present means on unless ``w:val`` says off."""
    if element is None:
        return None
    return element.get(f"{W}val", "true").lower() not in _FALSE


def is_white_hex(value: str | None) -> bool | None:
    """Whether an ``RRGGBB`` colour is (near) white; None for ``auto`` or garbage."""
    if value is None or len(value) != 6:
        return None
    try:
        channels = [int(value[k : k + 2], 16) for k in (0, 2, 4)]
    except ValueError:
        return None
    return all(c >= _NEAR_WHITE for c in channels)


def is_dark_color(value: str | None) -> bool:
    """Whether an ``RRGGBB`` fill is a real colour, not white or ``auto`` (white text on it shows)."""
    return is_white_hex(value) is False


def is_dark_fill(shd: Any) -> bool:
    """Whether a ``w:shd`` element paints a non-white ground."""
    return shd is not None and is_dark_color(shd.get(f"{W}fill"))


def read_rpr(rpr: Any) -> RunLook:
    """The properties a ``w:rPr`` element says itself."""
    if rpr is None:
        return RunLook()
    color = rpr.find(f"{W}color")
    size = rpr.find(f"{W}sz")
    half_points: int | None = None
    if size is not None:
        try:
            half_points = int(float(size.get(f"{W}val", "")))
        except ValueError:
            half_points = None
    white = None
    if color is not None:
        white = is_white_hex(color.get(f"{W}val"))
        if color.get(f"{W}val", "").lower() == "auto":
            white = False
    return RunLook(
        vanish=_flag(rpr.find(f"{W}vanish")),
        white=white,
        half_points=half_points,
        bold=_flag(rpr.find(f"{W}b")),
    )


def read_num_pr(num_pr: Any) -> tuple[str, str]:
    """The ``(numId, ilvl)`` of a ``w:numPr`` element (level 0 when it says none)."""
    num_id = num_pr.find(f"{W}numId")
    level = num_pr.find(f"{W}ilvl")
    return (
        num_id.get(f"{W}val", "") if num_id is not None else "",
        level.get(f"{W}val", "0") if level is not None else "0",
    )


class StyleBook:
    """Resolves run looks through a document's styles part.

    Args:
        styles: the ``w:styles`` element, or None when the file has none.
    """

    def __init__(self, styles: Any) -> None:
        self._styles: dict[str, Any] = {}
        self._resolved: dict[str, RunLook] = {}
        self._grounds: dict[str, bool] = {}
        self._default_paragraph: str | None = None
        self._defaults = RunLook()
        if styles is None:
            return
        for style in styles.iterfind(f"{W}style"):
            style_id = style.get(f"{W}styleId")
            if style_id is None:
                continue
            self._styles[style_id] = style
            if style.get(f"{W}type") == "paragraph" and style.get(f"{W}default") in {"1", "true"}:
                self._default_paragraph = style_id
        self._defaults = read_rpr(styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))

    def style(self, style_id: str | None) -> RunLook:
        """The run look a style gives, through its ``basedOn`` chain (cycles cut)."""
        if style_id is None:
            return RunLook()
        if style_id in self._resolved:
            return self._resolved[style_id]
        # Mark before recursing so a basedOn cycle ends instead of looping.
        self._resolved[style_id] = RunLook()
        element = self._styles.get(style_id)
        look = RunLook()
        if element is not None:
            based = element.find(f"{W}basedOn")
            parent = self.style(based.get(f"{W}val")) if based is not None else RunLook()
            look = read_rpr(element.find(f"{W}rPr")).under(parent)
        self._resolved[style_id] = look
        return look

    def dark_ground(self, style_id: str | None) -> bool:
        """Whether a paragraph or table style shades its text with a colour (through ``basedOn``)."""
        if style_id is None:
            return False
        if style_id not in self._grounds:
            self._grounds[style_id] = False  # cuts basedOn cycles
            element = self._styles.get(style_id)
            dark = False
            if element is not None:
                dark = any(is_dark_fill(element.find(f"{W}{props}/{W}shd")) for props in ("pPr", "tcPr", "tblPr"))
                based = element.find(f"{W}basedOn")
                dark = dark or (based is not None and self.dark_ground(based.get(f"{W}val")))
            self._grounds[style_id] = dark
        return self._grounds[style_id]

    def numbering(self, style_id: str | None) -> tuple[str, str] | None:
        """The ``(numId, ilvl)`` a paragraph style numbers its paragraphs with ("List Bullet")."""
        seen: set[str] = set()
        while style_id is not None and style_id not in seen:
            seen.add(style_id)
            element = self._styles.get(style_id)
            if element is None:
                return None
            num_pr = element.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                return read_num_pr(num_pr)
            based = element.find(f"{W}basedOn")
            style_id = based.get(f"{W}val") if based is not None else None
        return None

    def paragraph_style(self, ppr: Any) -> str | None:
        """The id of a paragraph's style (the default paragraph style when it names none)."""
        pstyle = ppr.find(f"{W}pStyle") if ppr is not None else None
        return self._default_paragraph if pstyle is None else pstyle.get(f"{W}val")

    def paragraph(self, ppr: Any) -> RunLook:
        """The run look a paragraph's style gives its runs, over the document defaults."""
        return self.style(self.paragraph_style(ppr)).under(self._defaults)

    def run(self, rpr: Any, paragraph: RunLook) -> RunLook:
        """A run's effective look: its own properties, its character style, its paragraph's."""
        own = read_rpr(rpr)
        char_style = RunLook()
        if rpr is not None:
            rstyle = rpr.find(f"{W}rStyle")
            if rstyle is not None:
                char_style = self.style(rstyle.get(f"{W}val"))
        return own.under(char_style).under(paragraph)
