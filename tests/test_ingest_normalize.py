"""Tests for screener.ingest.normalize: one normalising function for every format."""

from __future__ import annotations

from pathlib import Path

import pytest

import docfactory
from screener.ingest import read
from screener.ingest.normalize import make_line, normalize_line, repair_mojibake

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
    ("Company Name ï¼ City , State", "Company Name - City , State"),
    ("Company Name ï¼\u200b City", "Company Name - City"),
]

# Text written as UTF-8 and read back as cp1252 or Latin-1, and what it was.
MOJIBAKE_CASES = [
    ("Company Name â€“ City", "Company Name – City"),  # an en dash read as cp1252
    ("Itâ€™s Ãœber", "It’s Über"),
    ("Acme ï¼š Lyon", "Acme ： Lyon"),  # U+FF1A read as cp1252: the last byte is "š"
    ("Acme ï¼\x9a Lyon", "Acme ： Lyon"),  # the same read as Latin-1: a C1 control
    ("Acme ï¼Œ Lyon", "Acme ， Lyon"),  # U+FF0C
    ("Acme ï½œ Lyon", "Acme ｜ Lyon"),  # U+FF5C, the full-width vertical line
    ("07/2013 ï¼ Current", "07/2013 － Current"),  # last byte lost (0x8D): between dates, a dash
    ("Acme ï½ Lyon", "Acme  Lyon"),  # last byte lost after "ï½": nothing can be told
    ("Naïve café, Zoë", "Naïve café, Zoë"),  # a real "ï" is no mojibake
    ("Straße“ und café»", "Straße“ und café»"),  # nor a real letter before a quotation mark
    ("ïa ¼ ï", "ïa ¼ ï"),
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


class TestRepairMojibake:
    """repair_mojibake reads mis-decoded text as it was written, and leaves real text alone."""

    @pytest.mark.parametrize(("raw", "expected"), MOJIBAKE_CASES)
    def test_repairs(self, raw: str, expected: str) -> None:
        """Each mis-decoded form is the full-width character it was; other text is unchanged."""
        assert repair_mojibake(raw) == expected

    def test_no_fraction_debris_in_a_pdf(self, tmp_path: Path) -> None:
        """A PDF line "Company Name ï¼ City" reads "Company Name - City", not NFKC's "ï1⁄4"."""
        pdf = docfactory.pdf_lines(tmp_path / "mojibake.pdf", [["Sales Consultant", "Company Name ï¼ City , State"]])
        assert [line.text for line in read(pdf).lines] == ["Sales Consultant", "Company Name - City , State"]


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
