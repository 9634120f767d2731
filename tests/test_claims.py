"""Tests for screener.claims: months a resume claims per skill, bound to the skill they follow or lead."""

from __future__ import annotations

import pytest

from screener.claims import claimed_months
from screener.models import Line, SkillMention
from screener.sections import split_sections
from screener.skills import SkillExtractor
from screener.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def extractor() -> SkillExtractor:
    """The real skill extractor over the built-in taxonomy, built once: it is slow to build."""
    return SkillExtractor(load_taxonomy())


def mentions_of(extractor: SkillExtractor, lines: list[Line]) -> list[SkillMention]:
    """The skill mentions the extractor finds in ``lines``."""
    return list(extractor(lines, split_sections(lines)))


# (line of a summary, expected claims)
CLAIMS: list[tuple[str, dict[str, int]]] = [
    ("5+ years of Python", {"python": 60}),
    ("Python (4 yrs)", {"python": 48}),
    ("3 years' experience with AWS", {"aws": 36}),
    ("over 6 years of experience in Django and Flask", {"django": 72, "flask": 72}),
    ("2.5 years Python", {"python": 30}),
    ("Python - 18 months", {"python": 18}),
    ("Led a team of 5 for 2 years. Also used Java.", {}),
    ("Python developer", {}),
]


class TestClaimedMonths:
    """claimed_months."""

    def test_largest_wins(self, extractor: SkillExtractor) -> None:
        """Of two claims for one skill, the larger is kept."""
        lines = [Line("SUMMARY"), Line("Python (2 yrs)"), Line("6 years of Python")]
        assert claimed_months(lines, mentions_of(extractor, lines)) == {"python": 72}

    @pytest.mark.parametrize(("text", "expected"), CLAIMS)
    def test_claims(self, extractor: SkillExtractor, text: str, expected: dict[str, int]) -> None:
        """An explicit claim on the mention's line gives months; the largest wins."""
        lines = [Line("SUMMARY"), Line(text)]
        assert claimed_months(lines, mentions_of(extractor, lines)) == expected


class TestClaimBinding:
    """Which skill a claim belongs to."""

    @pytest.mark.parametrize(("text", "expected"), [
        ("Python 4 years, Java 1 year", {"python": 48, "java": 12}),
        ("Python - 6 years, Java - 1 year", {"python": 72, "java": 12}),
        ("5 years of Python, Django", {"python": 60, "django": 60}),
        ("Python (4 yrs), Go", {"python": 48}),
    ])
    def test_claim_binds_to_its_own_skill(
        self, extractor: SkillExtractor, text: str, expected: dict[str, int]
    ) -> None:
        """A claim written after a skill is that skill's; only a leading claim reaches forward."""
        lines = [Line(text)]
        mentions = extractor.extract_text(text, section="skills")
        assert claimed_months(lines, mentions) == expected
