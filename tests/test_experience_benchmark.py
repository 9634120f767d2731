"""Tests for benchmarks/experience.py: how truth and tool positions are compared, and how dotin CVs are read."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from experience import Key, Truth, match, one_month, record_text_of_cv, truth_total

from screener.models import YearMonth

# (truth positions, found positions, (matched, found matched by none))
MATCHES: list[tuple[list[Key], list[Key], tuple[int, int]]] = [
    # a one-month job is the same whether its end is null or its start again, on either side
    ([("2013-01", None)], [("2013-01", "2013-01")], (1, 0)),
    ([("2013-01", "2013-01")], [("2013-01", None)], (1, 0)),
    ([("2013-01", None)], [("2013-01", None)], (1, 0)),
    # ... and it is still one month, not a longer job that starts then
    ([("2013-01", None)], [("2013-01", "2013-06")], (0, 1)),
    # a year-only truth date matches any month of its year
    ([("2014", "present")], [("2014-06", "present")], (1, 0)),
]


class TestCompare:
    """The benchmark's comparison of labelled and found positions."""

    @pytest.mark.parametrize(("truths", "found", "expected"), MATCHES)
    def test_match(self, truths: list[Key], found: list[Key], expected: tuple[int, int]) -> None:
        """Positions match one to one, a one-month job written either way being the same."""
        assert match([one_month(k) for k in truths], [one_month(k) for k in found]) == expected

    def test_a_one_month_job_counts_its_month(self) -> None:
        """A labelled job with a start and a null end adds its one month to the truth total."""
        truth = Truth("cv.txt", Path("cv.txt"), "tuning", (("2013-01", None), ("2014-01", "2014-12")))
        assert truth_total(truth, YearMonth(2026, 12)) == 13


class TestDotinText:
    """record_text_of_cv: a dotin CV's text as its author wrote it."""

    @pytest.mark.parametrize(("raw", "expected"), [
        ('\n"Skills  \\xe2\\x80\\xa2 Python"\n', "Skills  • Python"),
        ("Caf\\xc3\\xa9 owner, 2010 \\xe2\\x80\\x93 2012", "Café owner, 2010 – 2012"),
        ("no escapes at all", "no escapes at all"),
    ])
    def test_byte_escapes_are_decoded(self, raw: str, expected: str) -> None:
        """The dataset's \\xHH byte escapes read as the UTF-8 characters they were, the CSV quotes dropped."""
        assert record_text_of_cv(raw) == expected
