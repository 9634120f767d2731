"""Tests for screener.ingest.normalize: one normalising function for every format."""

from __future__ import annotations

import pytest

from screener.ingest.normalize import make_line, normalize_line

NORMALIZE_CASES = [
    ("  plain   text  ", "plain text"),
    ("\ufb01nance and \ufb02ow", "finance and flow"),
    ("data\u00adbase", "database"),
    ("New\u00a0York", "New York"),
    ("zero\u200bwidth", "zerowidth"),
    ("Python(cid:12) developer", "Python developer"),
    ("\uf0b7 Kubernetes", "• Kubernetes"),
    ("●Go", "• Go"),
    ("▪  SQL", "• SQL"),
    ("•\tDocker", "• Docker"),
    ("tab\tseparated", "tab separated"),
    ("ＦＵＬＬ width", "FULL width"),
    ("- dash stays", "- dash stays"),
    ("a • b", "a • b"),
    ("\x00control\x07chars", "control chars"),
]


class TestNormalizeLine:
    """normalize_line applies NFKC, drops invisible characters and normalises bullets."""

    @pytest.mark.parametrize(("raw", "expected"), NORMALIZE_CASES)
    def test_normalises(self, raw: str, expected: str) -> None:
        """Each raw string normalises to the expected text."""
        assert normalize_line(raw) == expected

    @pytest.mark.parametrize("raw", ["", "   ", "(cid:3)(cid:4)", "\u00ad\u200b"])
    def test_nothing_left(self, raw: str) -> None:
        """Strings with no visible text normalise to the empty string."""
        assert normalize_line(raw) == ""


class TestMakeLine:
    """make_line builds a Line from raw text, or None when nothing remains."""

    @pytest.mark.parametrize("raw", ["", "  ", "•", "\uf0b7  "])
    def test_empty_or_bullet_only_is_none(self, raw: str) -> None:
        """Empty text and a lone bullet give no line."""
        assert make_line(raw) is None

    def test_keeps_attributes(self) -> None:
        """The attributes given are kept and the font size is rounded to 0.1 pt."""
        line = make_line(" x ", page=2, column=1, source="table", font_size=10.04, bold=True)
        assert line is not None
        assert (line.text, line.page, line.column, line.source) == ("x", 2, 1, "table")
        assert (line.font_size, line.bold, line.hidden) == (10.0, True, False)
