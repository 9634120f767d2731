"""Tests for screener.ingest.glyphs: a page's glyphs as columns, cut into lines, made-up boxes only."""

from __future__ import annotations

import math

import numpy as np
import pytest

from screener.ingest.columns import Box
from screener.ingest.glyphs import Glyphs, GlyphStyle, glyph_lines, line_starts
from screener.ingest.pdfpage import Cover, PageLine, Piece, SeenLine, Visibility, page_lines

PLAIN = GlyphStyle(10.0, bold=False, invisible=False, white=False, group=0, plain=True)
BOLD = GlyphStyle(10.0, bold=True, invisible=False, white=False, group=0, plain=True)
BIG = GlyphStyle(14.0, bold=False, invisible=False, white=False, group=0, plain=True)
WHITE = GlyphStyle(10.0, bold=False, invisible=False, white=True, group=0, plain=False)
IN_FORM = GlyphStyle(10.0, bold=False, invisible=False, white=False, group=1, plain=True)
PAGE = Box(0, 0, 600, 800)

# A glyph as (text, x0, baseline, width, style); its box is the width across and the size up.
Glyph = tuple[str, float, float, float, GlyphStyle]


def _glyphs(*glyphs: Glyph) -> Glyphs:
    """Made-up glyphs in content order as the columns the fast engine builds."""
    def column(values: list[float]) -> np.ndarray:
        return np.array(values, dtype=np.float64)

    return Glyphs(
        [g[0] for g in glyphs],
        column([g[1] for g in glyphs]),
        column([g[2] for g in glyphs]),
        column([g[1] + g[3] for g in glyphs]),
        column([g[2] + g[4].size for g in glyphs]),
        [g[4] for g in glyphs],
        list(range(len(glyphs))),
    )


def _word(text: str, x: float, y: float, style: GlyphStyle = PLAIN, width: float = 5.0) -> list[Glyph]:
    """A word set tight: each glyph starts where the one before ends."""
    return [(char, x + k * width, y, width, style) for k, char in enumerate(text)]


# (what the case shows, the glyphs, where lines start)
STARTS = [
    ("glyphs side by side share a line", _word("abc", 10, 700), [0]),
    ("a gap of one glyph's width stays on the line", [*_word("ab", 10, 700), *_word("c", 25, 700)], [0]),
    ("a gap over twice the wider glyph starts a line", [*_word("ab", 10, 700), *_word("c", 40, 700)], [0, 2]),
    ("a glyph on the next row starts a line", [*_word("ab", 10, 700), *_word("cd", 10, 680)], [0, 2]),
    ("heights overlapping by less than half start a line", [*_word("a", 10, 700), *_word("b", 15, 706)], [0, 1]),
    ("heights overlapping by more than half share it", [*_word("a", 10, 700), *_word("b", 15, 704)], [0]),
    ("a glyph of another form starts a line", [*_word("a", 10, 700), *_word("b", 15, 700, IN_FORM)], [0, 1]),
    ("a glyph with no place starts a line, and so does the next", [
        *_word("a", 10, 700), ("b", math.nan, 700, 5, PLAIN), *_word("c", 20, 700)], [0, 1, 2]),
    ("a glyph at infinity starts a line, quietly", [
        *_word("a", 10, 700), ("b", math.inf, 700, 5, PLAIN), *_word("c", 20, 700)], [0, 1, 2]),
]


class TestLineStarts:
    """Lines start wherever two glyphs in a row do not sit side by side, as pdfminer decides."""

    @pytest.mark.parametrize(("case", "glyphs", "starts"), STARTS, ids=[row[0] for row in STARTS])
    def test_cases(self, case: str, glyphs: list[Glyph], starts: list[int]) -> None:
        """Each case's glyphs start lines where its row says."""
        assert line_starts(_glyphs(*glyphs)) == starts, case

    def test_no_glyphs(self) -> None:
        """A page without glyphs has one (empty) run."""
        assert line_starts(_glyphs()) == [0]


def _via_pieces(line: SeenLine | PageLine) -> tuple[str, ...]:
    """A line as page_lines makes it, as comparable fields."""
    made, _ = page_lines([line], Visibility(PAGE, []), 1)
    return tuple(repr(m) for m in made)


class TestGlyphLines:
    """Glyphs become lines of text with inferred spaces; lines that cannot hide text skip the glyph pieces."""

    def test_seen_line_text_size_and_weight(self) -> None:
        """A plain line reads with a space at each wide gap, its most common size, and bold by majority."""
        glyphs = _glyphs(*_word("Go", 10, 700, BOLD), *_word("and", 23, 700, BOLD), *_word("C", 45, 700, BIG))
        (line,) = glyph_lines(glyphs, Visibility(PAGE, []))
        assert isinstance(line, SeenLine)
        assert (line.text, line.font_size, line.bold) == ("Go and C", 10.0, True)

    def test_seen_line_reads_as_its_pieces(self) -> None:
        """A seen line gives page_lines the same line its pieces, glyph by glyph, would give."""
        glyphs = _glyphs(*_word("Go", 10, 700, BIG), *_word("and", 25, 700), *_word("C", 45, 700, BOLD))
        (seen,) = glyph_lines(glyphs, Visibility(PAGE, []))
        pieces = [Piece(t, s.size, s.bold) for t, s in zip(glyphs.text, glyphs.styles, strict=True)]
        pieces[2:2] = [Piece(" ", None)]
        pieces[6:6] = [Piece(" ", None)]
        assert _via_pieces(seen) == _via_pieces(PageLine(seen.box, tuple(pieces)))

    def test_white_glyph_is_hidden(self) -> None:
        """A white word on white paper is told glyph by glyph and marked hidden as white."""
        glyphs = _glyphs(*_word("Go", 10, 700), *_word("Rust", 23, 700, WHITE))
        (line,) = glyph_lines(glyphs, Visibility(PAGE, []))
        assert isinstance(line, PageLine)
        assert [p.hidden for p in line.pieces if p.size is not None] == ["", "", "white", "white", "white", "white"]

    def test_off_page_glyph_is_hidden(self) -> None:
        """A glyph whose centre lies off the page is hidden as off_page."""
        (line,) = glyph_lines(_glyphs(*_word("Go", 700, 700)), Visibility(PAGE, []))
        assert isinstance(line, PageLine)
        assert {p.hidden for p in line.pieces} == {"off_page"}

    def test_covered_glyph_is_hidden(self) -> None:
        """A glyph under a shape drawn after it is hidden as covered; one drawn after the shape is not."""
        glyphs = _glyphs(*_word("Go", 10, 700))
        seen = Visibility(PAGE, [], [Cover(Box(8, 695, 30, 715), after=1)])
        (line,) = glyph_lines(glyphs, seen)
        assert isinstance(line, PageLine)
        assert [p.hidden for p in line.pieces] == ["covered", ""]
