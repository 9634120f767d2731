"""The occupation practices (skill_taxonomy/occupations.yaml), and the products their profiles ask, found as
resumes write them."""

from __future__ import annotations

import pytest

from screener.models import Line
from screener.sections import split_sections
from screener.skills import SkillExtractor
from screener.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def extractor() -> SkillExtractor:
    """The real skill extractor over the built-in taxonomy, built once: it is slow to build."""
    return SkillExtractor(load_taxonomy())


def found(extractor: SkillExtractor, text: str) -> set[str]:
    """The skill ids the extractor finds in an experience line."""
    lines = [Line("Experience"), Line("Staff member, Example Ltd, 2019 - 2021"), Line(text)]
    return {m.skill_id for m in extractor(lines, split_sections(lines))}


# (a line of a job's duties, a practice it names, whether it is found)
WORDINGS: list[tuple[str, str, bool]] = [
    ("Promoted products and services; generated leads and initiated sales.", "lead-generation", True),
    ("Responsible for generating leads via inbound and outbound calls.", "lead-generation", True),
    ("Used lead generating methods to find prospective customers.", "lead-generation", True),
    ("Assisted with the preparation of the performance review forms.", "performance-management", True),
    ("Conducted the annual performance appraisal of six staff.", "performance-management", True),
    ("Coded all payments to the GL accounts and posted journal entries.", "general-ledger", True),
    ("Reconciled G/L balances every month.", "general-ledger", True),
    ("Wrote the GL for the shop's new owner.", "general-ledger", False),  # no accounting word beside it
    ("Passed invoices on to account payables for payment.", "accounts-payable", True),
    ("Maintained A/P and A/R for three clinics.", "accounts-payable", True),
    ("Maintained A/P and A/R for three clinics.", "accounts-receivable", True),
    ("Prepared reports on account receivables.", "accounts-receivable", True),
    ("Performed bank account reconciliations and monthly accruals.", "bank-reconciliation", True),
    ("Plan menus, estimate food and beverage costs.", "menu-planning", True),
    ("Planned menus for banquets of 300.", "menu-planning", True),
    ("Administered Microsoft Windows Server and Active Directory.", "windows-server", True),
]


@pytest.mark.parametrize(("text", "skill_id", "expected"), WORDINGS)
def test_practice_as_resumes_word_it(extractor: SkillExtractor, text: str, skill_id: str, expected: bool) -> None:
    """A practice written as a verb phrase, a plural, a singular or an accountant's initialism is found;
    an initialism with no word of its trade beside it is not."""
    assert (skill_id in found(extractor, text)) is expected
