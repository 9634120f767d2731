"""Tests for screener.ingest.collapsed: line breaks a text export collapsed into runs of spaces."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.ingest import read
from screener.ingest.collapsed import split_collapsed

# A made-up CV whose line breaks were left as runs of spaces, as a CSV export of resumes leaves them.
COLLAPSED = (
    "Dana Smith  1 Main Street, Springfield  Phone: 555-0100  Objective  Seeking a position in automobile "
    "sales where my skills help the team grow.  Summary of Qualification      Kept good relations with the "
    "sales executives.    Career Experience/Job History  2007-Present  Lakeside Motors  Sales Officer      "
    "Conducted sales meetings every month.    2005-2007  Globex Motors  Sales Executive      Assisted "
    "customers in their choice of vehicles.    Education  2003-2005    Master of Commerce, Lakeside College."
)

# (a collapsed line's gap context, the lines it should give)
GAPS: list[tuple[str, list[str]]] = [
    # a gap between two parts of one range keeps them on one line: the dash was lost
    ("Circulation Agent  2002  2006: Circulation Director", ["Circulation Agent", "2002  2006: Circulation Director"]),
    ("Social Media Manager, September 2013  Present", ["Social Media Manager, September 2013  Present"]),
    ("Business Teacher  Acme School | 6/2014  Present", ["Business Teacher", "Acme School | 6/2014  Present"]),
    ("EXPERIENCE  10/2012  05/2013  Industry", ["EXPERIENCE", "10/2012  05/2013", "Industry"]),
    ("Contractor  Summer 2011  Present  Built a tool", ["Contractor", "Summer 2011  Present", "Built a tool"]),
    # a range ends a line and the next line is the employer
    ("2004-2007  Bay Journal  Editor", ["2004-2007", "Bay Journal", "Editor"]),
]
PADDING = "  ".join(["Filler words"] * 40)


class TestSplitCollapsed:
    """split_collapsed: a whole document on one line is split at its gaps, dates kept whole."""

    def test_a_collapsed_document_is_split_at_its_gaps(self) -> None:
        """A long line with many gaps of two spaces or more gives back its lines."""
        lines = split_collapsed(COLLAPSED)
        assert "Career Experience/Job History" in lines
        assert lines[lines.index("Career Experience/Job History") + 1 :][:3] == [
            "2007-Present", "Lakeside Motors", "Sales Officer"]

    @pytest.mark.parametrize(("text", "expected"), GAPS)
    def test_gaps_inside_a_range_are_kept(self, text: str, expected: list[str]) -> None:
        """A gap between two parts of one date range is no line break; any other gap is."""
        assert split_collapsed(f"{PADDING}  {text}  {PADDING}")[40:-40] == expected

    @pytest.mark.parametrize("text", [
        "Engineer, Acme Inc  2019 - 2021  Boston",  # short: an ordinary line with wide gaps
        "Led the team.  Shipped the app.  " * 5,  # sentences typed with two spaces: too few gaps for its length
    ])
    def test_ordinary_lines_are_left_whole(self, text: str) -> None:
        """A short line, or a paragraph with few gaps, is one line as written."""
        assert split_collapsed(text) == [text]

    def test_a_text_resume_reads_as_lines(self, tmp_path: Path) -> None:
        """A text resume of one collapsed line reads as the lines of its sections and jobs."""
        path = tmp_path / "cv.txt"
        path.write_text(COLLAPSED + "\n", encoding="utf-8")
        texts = [line.text for line in read(path).lines]
        assert "Career Experience/Job History" in texts
        assert "2005-2007" in texts and "Globex Motors" in texts
