"""Tests for screener.education: degrees, levels, fields, institutions and years."""

from __future__ import annotations

import pytest

from screener.education import degree_level, extract_education
from screener.models import Line
from screener.sections import split_sections

# (line, degree as written, level)
DEGREES: list[tuple[str, str, str]] = [
    ("PhD in Physics", "PhD", "doctorate"),
    ("Ph.D. Computer Science", "Ph.D.", "doctorate"),
    ("Doctor of Philosophy", "Doctor of Philosophy", "doctorate"),
    ("Master of Science in Computer Science; GPA: 4.00", "Master of Science", "master"),
    ("M.Sc. Data Science", "M.Sc.", "master"),
    ("MBA, Finance", "MBA", "master"),
    ("MS : Mechanical Engineering , 2005", "MS", "master"),
    ("Bachelor of Science : Information Technology , 2005", "Bachelor of Science", "bachelor"),
    ("B.S. in Computer Science", "B.S.", "bachelor"),
    ("BSc Physics", "BSc", "bachelor"),
    ("B.Tech, Electronics", "B.Tech", "bachelor"),
    ("Associate of Applied Science", "Associate of Applied Science", "associate"),
    ("A.A.S Networking", "A.A.S", "associate"),
    ("HS Diploma : General Studies", "HS Diploma", "diploma"),
    ("Diploma in Graphic Design", "Diploma", "diploma"),
]

NOT_DEGREES: list[str] = [
    "MS Office, Excel, Outlook",
    "Boston, MA 02110",
    "Microsoft Technology Associate - Network Fundamentals",
    "Worked as a sales associate",
]

# (education lines, level, field, institution, year)
ENTRIES: list[tuple[list[str], str, str | None, str | None, int | None]] = [
    (["B.Sc. in Physics, University of Leeds, 2014"], "bachelor", "Physics",
     "University of Leeds", 2014),
    (["Master of Science : Computer Information Systems 2015 Murray State University"],
     "master", "Computer Information Systems", "Murray State University", 2015),
    (["Georgia Institute of Technology", "Master of Science in Computer Science; GPA: 4.00",
      "Aug 2012 – Dec 2013"], "master", "Computer Science", "Georgia Institute of Technology", 2013),
    (["PhD in Chemistry", "Université de Lyon, 2020"], "doctorate", "Chemistry",
     "Université de Lyon", 2020),
    (["Associate of Science : Business Administration 1980 Richard Bland College"],
     "associate", "Business Administration", "Richard Bland College", 1980),
]


def lines_of(texts: list[str]) -> list[Line]:
    """Lines of an education section holding ``texts``."""
    return [Line("EDUCATION"), *(Line(t) for t in texts)]


class TestDegreeLevel:
    """degree_level."""

    @pytest.mark.parametrize(("text", "degree", "level"), DEGREES)
    def test_levels(self, text: str, degree: str, level: str) -> None:
        """Each spelling of a degree maps to its normalised level."""
        assert degree_level(text) == (degree, level)

    @pytest.mark.parametrize("text", NOT_DEGREES)
    def test_not_degrees(self, text: str) -> None:
        """Software names, states and job titles are not degrees."""
        assert degree_level(text) is None


class TestExtractEducation:
    """extract_education."""

    @pytest.mark.parametrize(("texts", "level", "field", "institution", "year"), ENTRIES)
    def test_entries(
        self, texts: list[str], level: str, field: str | None, institution: str | None,
        year: int | None,
    ) -> None:
        """A degree line yields level, field, institution (same or nearby line) and year."""
        lines = lines_of(texts)
        (entry,) = extract_education(lines, split_sections(lines))
        assert (entry.level, entry.field, entry.institution, entry.year) == (
            level, field, institution, year,
        )

    def test_only_education_section(self) -> None:
        """Degrees named outside the education section are not reported."""
        lines = [Line("SUMMARY"), Line("Engineer with a B.S. in Physics")]
        assert extract_education(lines, split_sections(lines)) == ()

    def test_institution_only(self) -> None:
        """A school line without a degree is kept with no degree."""
        lines = lines_of(["Springfield High School 2005"])
        (entry,) = extract_education(lines, split_sections(lines))
        assert (entry.degree, entry.institution, entry.year) == (None, "Springfield High School", 2005)
