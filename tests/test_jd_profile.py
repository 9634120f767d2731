"""Job description to profile: the wording rules, the draft, the YAML, the command."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

import docfactory
from screener.cli import EXIT_INVALID_DATA, main
from screener.jd_profile import (
    draft_profile,
    draft_profile_from_file,
    heading_class,
    render_profile_yaml,
    sentence_class,
)
from screener.profile import load_profile

# A fictional posting, written for these tests.
JOB = """\
Backend Engineer (Payments)
About the role
You will build payment services in Python and run them on Kubernetes.
Requirements:
5+ years of Python in production.
Experience with PostgreSQL; Redis is a plus.
Solid knowledge of Docker, ideally also Terraform.
At least 6 years of professional software engineering experience.
A Bachelor's or Master's degree in Computer Science.
Nice to have
Kafka
Experience with Scrum.
What we offer
Free lunches and a Jira licence for your side project.
"""

MUST = {"Python", "Kubernetes", "PostgreSQL", "Docker"}
NICE = {"Redis", "Terraform", "Apache Kafka", "Scrum"}

# (sentence, the skill's word in it, the class the sentence's own wording gives it, or None)
SENTENCE_CASES: list[tuple[str, str, str | None]] = [
    ("Jenkins is a plus", "Jenkins", "nice"),
    ("Experience with Go is a strong plus", "Go", "nice"),
    ("Python preferred", "Python", "nice"),
    ("Scripting experience, Python preferred", "Python", "nice"),
    ("Experience with Django, ideally Flask", "Flask", "nice"),
    ("Experience with Django, ideally Flask", "Django", None),
    ("Jenkins is a plus, CircleCI required", "CircleCI", "must"),
    ("Not required but nice: Ramda", "Ramda", "nice"),
    ("Knowledge of Kafka would be great", "Kafka", "nice"),
    ("Experience with some of the following: Qt, CMake", "CMake", "nice"),
    ("Nice to have: GraphQL", "GraphQL", "nice"),
    ("Desirable: Ansible", "Ansible", "nice"),
    ("You must know SQL", "SQL", "must"),
    ("Java is required", "Java", "must"),
    ("Essential: Linux", "Linux", "must"),
    ("Experience with React", "React", None),
]

# (line, the class it gives the lines under it, or None when it is no heading)
HEADING_CASES: list[tuple[str, str | None]] = [
    ("Requirements", "must"),
    ("Minimum qualifications:", "must"),
    ("What you'll bring", "must"),
    ("What skills do you need to be successful here", "must"),
    ("Preferred qualifications", "nice"),
    ("Nice to have", "nice"),
    ("Bonus points for experience with", "nice"),
    ("Tech stack", "stack"),
    ("What we offer", "offer"),
    ("Responsibilities", "plain"),
    ("A degree in physics is required of every applicant here.", None),
    ("We build payment services that millions of people rely on every day", None),
]

# (sentence, the years the draft asks for the skill named, the total years it asks)
YEARS_CASES: list[tuple[str, float | None, float | None]] = [
    ("Requirements:\n5+ years of Python", 5, None),
    ("Requirements:\nAt least 3 years' experience with Java", 3, None),
    ("Requirements:\n3 - 4 years of industry experience\nPython", None, 3),
    ("Requirements:\nMinimum of 8 years of professional experience\nPython", None, 8),
    ("We have been remote for 5 years.\nPython", None, None),
    ("Requirements:\nPython\nPreferred:\n10+ years of engineering experience", None, None),
]


def _skill_offset(sentence: str, word: str) -> int:
    return sentence.index(word)


class TestWordingRules:
    """The must/nice wording rules, one row each."""

    @pytest.mark.parametrize(("sentence", "word", "expected"), SENTENCE_CASES)
    def test_sentence_wording(self, sentence: str, word: str, expected: str | None) -> None:
        """A hedge makes the skills on its side nice-to-haves; "must" and "required" make must-haves."""
        assert sentence_class(sentence, _skill_offset(sentence, word)) == expected

    @pytest.mark.parametrize(("line", "expected"), HEADING_CASES)
    def test_heading(self, line: str, expected: str | None) -> None:
        """A short line, or one ending in a colon or asking, names the class of the lines under it."""
        assert heading_class(line) == expected

    @pytest.mark.parametrize(("text", "skill_years", "total_years"), YEARS_CASES)
    def test_years(self, text: str, skill_years: float | None, total_years: float | None) -> None:
        """"N+ years of X" sets X's min_years; years asked without a skill set min_total_years, unless hedged."""
        draft = draft_profile(text)
        assert draft.entries, "the case names a skill"
        assert draft.entries[0].min_years == skill_years
        assert draft.min_total_years == total_years


class TestDraft:
    """A whole posting drafted into a profile."""

    def test_must_and_nice(self) -> None:
        """Skills are must-haves or nice-to-haves by their sentence's wording, then their heading."""
        draft = draft_profile(JOB)
        assert {e.name for e in draft.must_have} == MUST
        assert {e.name for e in draft.nice_to_have} == NICE

    def test_requirements(self) -> None:
        """Years per skill, total years and the lowest degree asked are read; text under "What we offer" is not."""
        draft = draft_profile(JOB)
        years = {e.name: e.min_years for e in draft.entries}
        assert years["Python"] == 5
        assert draft.min_total_years == 6
        assert draft.degree == "bachelor"
        assert "Jira" not in years
        assert draft.title == "Backend Engineer (Payments)"

    def test_each_entry_keeps_its_sentence(self) -> None:
        """Each entry carries the sentence that decided its class."""
        redis = next(e for e in draft_profile(JOB).entries if e.name == "Redis")
        assert redis.sentence == "Redis is a plus."
        assert not redis.must

    def test_concepts_are_left_out(self) -> None:
        """Broad concepts ("cloud computing") are no profile entries, only technologies and methods."""
        draft = draft_profile("Requirements:\nCloud computing and Python")
        assert [e.name for e in draft.entries] == ["Python"]


class TestYaml:
    """The YAML written for review."""

    def test_loads_with_load_profile(self, tmp_path: Path) -> None:
        """The written YAML loads as the same profile: classes, weights, years, degree."""
        path = tmp_path / "profile.yaml"
        path.write_text(render_profile_yaml(draft_profile(JOB)), encoding="utf-8")
        profile = load_profile(path)
        assert {r.name for r in profile.must_have} == MUST
        assert {r.name for r in profile.nice_to_have} == NICE
        assert {r.weight for r in profile.must_have} == {2.0}
        assert {r.weight for r in profile.nice_to_have} == {1.0}
        assert next(r for r in profile.must_have if r.name == "Python").min_years == 5
        assert profile.min_total_years == 6
        assert profile.degree == "bachelor"

    def test_sentences_are_comments(self) -> None:
        """Each entry's sentence is written as a comment above it."""
        lines = render_profile_yaml(draft_profile(JOB)).splitlines()
        at = lines.index('  - skill: "Redis"')
        assert lines[at - 2] == "  # Redis is a plus."

    def test_deterministic(self) -> None:
        """The same description gives byte-identical YAML."""
        assert render_profile_yaml(draft_profile(JOB)) == render_profile_yaml(draft_profile(JOB))

    def test_quotes_survive(self, tmp_path: Path) -> None:
        """A title with YAML's special characters is quoted and loads as written."""
        path = tmp_path / "p.yaml"
        path.write_text(render_profile_yaml(draft_profile('Dev: "#1" team\nRequired: Python')), encoding="utf-8")
        assert load_profile(path).title == 'Dev: "#1" team'


class TestFiles:
    """Job descriptions as files, read through screener.ingest."""

    def test_docx(self, tmp_path: Path) -> None:
        """A DOCX job description drafts the same skills as its text."""
        document = docx.Document()
        for line in JOB.splitlines():
            document.add_paragraph(line)
        path = tmp_path / "job.docx"
        document.save(str(path))
        draft = draft_profile_from_file(path)
        assert {e.name for e in draft.must_have} == MUST
        assert {e.name for e in draft.nice_to_have} == NICE

    def test_pdf(self, tmp_path: Path) -> None:
        """A PDF job description drafts the same skills as its text."""
        path = docfactory.pdf_lines(tmp_path / "job.pdf", [JOB.splitlines()])
        draft = draft_profile_from_file(path)
        assert {e.name for e in draft.must_have} == MUST
        assert {e.name for e in draft.nice_to_have} == NICE

    def test_cli_writes_a_profile(self, tmp_path: Path) -> None:
        """`screener profile from-jd FILE --out` writes a profile that `profile check` accepts."""
        job, out = tmp_path / "job.txt", tmp_path / "profile.yaml"
        job.write_text(JOB, encoding="utf-8")
        result = CliRunner().invoke(main, ["profile", "from-jd", str(job), "--out", str(out)])
        assert result.exit_code == 0, result.output
        checked = CliRunner().invoke(main, ["profile", "check", str(out)])
        assert checked.exit_code == 0, checked.output
        assert "must-have     Python" in checked.output

    def test_cli_without_skills(self, tmp_path: Path) -> None:
        """A description naming no technology is an invalid-profile error, not an empty profile."""
        job = tmp_path / "job.txt"
        job.write_text("Friendly team player wanted.\nGreat communication skills.\n", encoding="utf-8")
        result = CliRunner().invoke(main, ["profile", "from-jd", str(job)])
        assert result.exit_code == EXIT_INVALID_DATA
        assert "names no technology" in result.output
