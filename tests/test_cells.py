"""Report cells: never run as a formula in a spreadsheet, never longer than an Excel cell holds."""

from __future__ import annotations

import pytest

from screener.cells import EXCEL_CELL_LIMIT, join_items, neutralize, safe_cell

FORMULAS = [
    "=1+1", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "\n=1",
    " =1+1", "   @x", "\u00a0=HYPERLINK(\"http://x\")", "\u00a0 \u2007=1", "\u200b=1", "\ufeff+1",
]
NOT_FORMULAS = ["Python", "C++ (5 years)", "a=b", "e-mail", "", "  Django"]


@pytest.mark.parametrize("text", FORMULAS)
def test_formula_becomes_text(text: str) -> None:
    """A cell a spreadsheet would run, also after spaces or non-breaking spaces, starts with an apostrophe."""
    assert neutralize(text) == "'" + text


@pytest.mark.parametrize("text", NOT_FORMULAS)
def test_plain_text_is_left_alone(text: str) -> None:
    """A cell that is no formula is written as it is."""
    assert neutralize(text) == text


@pytest.mark.parametrize("length", [0, 10, EXCEL_CELL_LIMIT, EXCEL_CELL_LIMIT + 1, 147_000])
def test_no_cell_exceeds_excel(length: int) -> None:
    """Text up to Excel's limit is kept whole; longer text is cut to the limit and says how much was cut."""
    text = "a" * length
    cell = safe_cell(text)
    assert len(cell) <= EXCEL_CELL_LIMIT
    if length <= EXCEL_CELL_LIMIT:
        assert cell == text
    else:
        kept = cell.index("…")
        assert cell.endswith(f"… ({length - kept} more characters)")


def test_cut_cell_is_still_neutralised() -> None:
    """A long formula is cut and still cannot run."""
    cell = safe_cell("=" + "1+" * 40_000)
    assert cell.startswith("'=") and len(cell) <= EXCEL_CELL_LIMIT + 1


JOINS: list[tuple[str, list[str], int, str]] = [
    ("plain list", ["Python", "Go"], EXCEL_CELL_LIMIT, "Python; Go"),
    ("repeats merged with a count, first order kept", ["A @ X", "B @ Y", "A @ X", "A @ X"], EXCEL_CELL_LIMIT,
     "A @ X (x3); B @ Y"),
    ("tail cut with how many were left out", ["aaaa", "bbbb", "cccc", "dddd", "eeee"], 22, "aaaa; bbbb; … (3 more)"),
    ("nothing fits but the first, cut", ["x" * 50], 30, "x" * 8 + "… (42 more characters)"),
    ("empty", [], 10, ""),
]


@pytest.mark.parametrize(("case", "items", "limit", "expected"), JOINS, ids=[j[0] for j in JOINS])
def test_join_items(case: str, items: list[str], limit: int, expected: str) -> None:
    """A list becomes one cell within the limit, repeats merged and the cut visible."""
    cell = join_items(items, limit=limit)
    assert cell == expected
    assert len(cell) <= limit


def test_thousands_of_distinct_items_fit() -> None:
    """Many distinct long items are cut to fit one cell, naming how many were left out."""
    items = [f"Position {n} @ Employer {n} (2019-01..2020-12)" for n in range(5_000)]
    cell = join_items(items)
    assert len(cell) <= EXCEL_CELL_LIMIT
    shown = cell.count("Position ")
    assert cell.endswith(f"… ({5_000 - shown} more)")
