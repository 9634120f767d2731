"""The candidate's headline: found under the name or opening the summary, parsed from real PDFs, and scored."""

from __future__ import annotations

from pathlib import Path

import pytest

from docfactory import pdf_lines, pdf_sidebar_profile
from screener import load_profile, parse_resume, rank
from screener.headline import find_headline
from screener.models import Line
from screener.sections import split_sections
from screener.serialize import candidate_record

# (resume lines, name, headline): fictional resumes' opening lines.
CASES = [
    (["Jane Example", "Senior HR Generalist", "jane@example.com"], "Jane Example", "Senior HR Generalist"),
    (["JANE EXAMPLE — Senior HR Generalist", "jane@example.com"], "Jane Example", "Senior HR Generalist"),
    (["HR PROFESSIONAL", "Summary", "Friendly and reliable."], None, "HR PROFESSIONAL"),
    (["OUTBOUND SALES", "Summary", "Call work."], None, "OUTBOUND SALES"),
    (["Summary", "An HR Specialist with 9 years in recruitment and benefits."], None, "An HR Specialist"),
    (["Summary", "Executive Chef, fine dining, 12 years."], None, "Executive Chef"),
    (["Jane Example", "jane@example.com | +1 555 010 0199", "Summary", "Reliable and friendly."], "Jane Example",
     None),
    (["Jane Example", "12 Example Street, Springfield", "Experience"], "Jane Example", None),
    (["Summary", "Reliable, friendly and always on time."], None, None),
    (["Accountant and office assistant for small firms in the north of the county", "Skills"], None, None),
]


# Lines that name a job the candidate wants or has left: never the headline (the title held now).
SOUGHT_OR_LEFT = ["Seeking a position as Sales Manager", "To obtain a Sales Representative position",
                  "Aspiring HR Generalist", "Looking for a Graphic Designer job", "Former Sales Manager",
                  "Retired Executive Chef", "Future Accountant", "Ex-Sales Manager"]


@pytest.mark.parametrize("text", SOUGHT_OR_LEFT)
@pytest.mark.parametrize("where", ["preamble", "summary"])
def test_a_job_sought_or_left_is_no_headline(text: str, where: str) -> None:
    """An objective or a past title under the name or opening the summary is no headline: it says what the
    candidate wants or was, not the title held now, so it earns no title credit."""
    lines = ["Jane Example", text] if where == "preamble" else ["Summary", text]
    read = tuple(Line(line) for line in lines)
    assert find_headline(read, split_sections(read), "Jane Example") is None


@pytest.mark.parametrize(("lines", "name", "headline"), CASES)
def test_find_headline(lines: list[str], name: str | None, headline: str | None) -> None:
    """A short title line under the name, or the summary's opening clause, is the headline; contacts never are."""
    read = tuple(Line(text) for text in lines)
    assert find_headline(read, split_sections(read), name) == headline


def test_a_profile_whose_sidebar_is_read_first(tmp_path: Path) -> None:
    """A LinkedIn-style profile PDF, its sidebar read before its main column: the name is the first page's
    largest type, the headline the line under it, and the sidebar's Top Skills a skills section."""
    candidate = parse_resume(pdf_sidebar_profile(tmp_path / "profile.pdf"))
    assert candidate.name == "Robin Sample"
    assert candidate.headline == "Senior Backend Engineer at Example Payments"
    assert "skills" in {s.kind for s in candidate.sections}
    assert [(p.title, p.employer) for p in candidate.positions] == [("Senior Backend Engineer", "Example Payments")]


def _resume(tmp_path: Path, stem: str, headline: str | None) -> Path:
    lines = ["Robin Sample", *([headline] if headline else []), "robin@example.com",
             "Skills", "Microsoft Excel, payroll", "Experience", "Office Clerk, Example Ltd, 2019 - 2024",
             "Kept the payroll records in Microsoft Excel"]
    return pdf_lines(tmp_path / f"{stem}.pdf", [lines])


HR_PROFILE = {"title": "HR Generalist", "titles": ["HR Generalist"], "title_weight": 3,
              "nice_to_have": ["Microsoft Excel"]}


class TestHeadlineInTheRanking:
    """What the headline does for a recruiter's ranking."""

    def test_a_matching_headline_ranks_above_none(self, tmp_path: Path) -> None:
        """Two resumes with the same skills and jobs: the one whose headline is the profile's title ranks first."""
        plain = parse_resume(_resume(tmp_path, "a_plain", None))
        headed = parse_resume(_resume(tmp_path, "b_headed", "Senior HR Generalist"))
        ranking = rank([plain, headed], load_profile(HR_PROFILE))
        assert [e.candidate.file_name for e in ranking] == ["b_headed.pdf", "a_plain.pdf"]
        assert ranking.entries[0].score > ranking.entries[1].score

    def test_the_headline_is_the_title_lines_evidence(self, tmp_path: Path) -> None:
        """The title line shows the headline as its snippet, in section "headline", and says it was the headline."""
        headed = parse_resume(_resume(tmp_path, "headed", "Senior HR Generalist"))
        line = rank([headed], load_profile(HR_PROFILE)).entries[0].lines[-1]
        assert (line.skill_id, line.snippet, line.section) == ("title", "Senior HR Generalist", "headline")
        assert line.note.startswith("headline 'Senior HR Generalist' matches 'HR Generalist' (full)")
        assert "seniority senior" in line.note

    def test_the_headline_is_in_the_candidate_record_and_not_the_name(self, tmp_path: Path) -> None:
        """The parsed record carries the headline, and the name stays the name."""
        headed = parse_resume(_resume(tmp_path, "headed", "Senior HR Generalist"))
        record = candidate_record(headed)
        assert (record["name"], record["headline"]) == ("Robin Sample", "Senior HR Generalist")

    def test_a_title_line_alone_at_the_top_is_no_name(self, tmp_path: Path) -> None:
        """A resume that opens with "HR PROFESSIONAL" has that as its headline, not as the candidate's name."""
        path = pdf_lines(tmp_path / "top.pdf", [["HR PROFESSIONAL", "Summary", "Reliable and friendly."]])
        parsed = parse_resume(path)
        assert (parsed.name, parsed.headline) == (None, "HR PROFESSIONAL")
