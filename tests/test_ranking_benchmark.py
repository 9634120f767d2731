"""benchmarks/ranking.py's held-apart split and its table, on the committed split and fictional figures (no devdata)."""

from __future__ import annotations

import hashlib
import math
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from _devdata import load_labels
from ranking import PARTS, SPLIT, average_precision, load_profiles, miss_places, pooled_average_precision, table

from screener.models import Candidate
from screener.profile import JobProfile, load_profile
from screener.titles import FULL, NONE, PARTIAL, match_title


def _occupation(file: str) -> str:
    return file.split("/")[2]


class TestSplit:
    """The tuning and test parts of the livecareer pool."""

    def test_parts_are_disjoint_and_every_occupation_of_two_has_both(self) -> None:
        """No resume is in both parts, and an occupation with two resumes or more has some in each."""
        split = load_labels(SPLIT)
        tuning, test = set(split["tuning"]), set(split["test"])
        assert not tuning & test
        by_occupation: dict[str, set[str]] = defaultdict(set)
        for file in tuning | test:
            by_occupation[_occupation(file)].add(file)
        for files in by_occupation.values():
            if len(files) >= 2:
                assert files & tuning and files & test

    def test_the_documented_rule_gives_the_committed_lists(self) -> None:
        """Ordering each occupation by sha1('rank-split:' + path), the first half (rounded up) is tuning."""
        split = load_labels(SPLIT)
        by_occupation: dict[str, list[str]] = defaultdict(list)
        for file in split["tuning"] + split["test"]:
            by_occupation[_occupation(file)].append(file)
        expected: set[str] = set()
        for files in by_occupation.values():
            ordered = sorted(files, key=lambda f: (hashlib.sha1(("rank-split:" + f).encode()).hexdigest(), f))
            expected.update(ordered[: math.ceil(len(files) / 2)])
        assert expected == set(split["tuning"])


class TestTable:
    """The printed figures."""

    def test_targets_say_missed_or_ok_for_each_part(self) -> None:
        """A part whose mean AP is under 0.85 is MISSED; one 0.25 above the keyword count is ok."""
        parts: dict[str, list[Candidate]] = {part: [] for part in PARTS}
        rows = {"tuning": {"screener": 0.9, "no gate": 0.9, "keywords": 0.5},
                "test": {"screener": 0.7, "no gate": 0.8, "keywords": 0.6}}
        figures = {part: {"hr": row} for part, row in rows.items()}
        lines = table(parts, figures)
        assert lines[-2] == "target (tuning): mean AP 0.900 >= 0.85 ok; gain +0.400 >= +0.25 ok"
        assert lines[-1] == "target (test): mean AP 0.700 >= 0.85 MISSED; gain +0.100 >= +0.25 MISSED"

    def test_average_precision_rewards_relevant_resumes_first(self) -> None:
        """Relevant resumes at the top give AP 1; the same ones at the bottom give less."""
        assert average_precision([True, True, False]) == 1.0
        assert average_precision([False, True, True]) < 1.0


def _resume(occupation: str, stem: str) -> Candidate:
    return Candidate(candidate_id=stem, path=f"/devdata/resumes/livecareer/{occupation}/{stem}.pdf",
                     file_name=f"{stem}.pdf", sha256="0" * 64, format="pdf", name=None, skills=())


class TestPooled:
    """The pooled AP: every profile's scores in one list."""

    def test_a_resume_must_score_higher_for_its_own_opening_than_others_for_theirs(self) -> None:
        """Both profiles rank their own resume first, yet the pooled AP is below 1 when the HR resume
        scores less for HR than it scores for sales, an opening not its own."""

        def scores(pool: Sequence[Candidate], profile: JobProfile) -> list[float]:
            return [30.0, 20.0] if profile.requirements[0].name == "Payroll" else [40.0, 90.0]

        pool = (_resume("HR", "h1"), _resume("SALES", "s1"))
        profiles = {"hr": load_profile({"must_have": ["Payroll"]}),
                    "sales": load_profile({"must_have": ["Salesforce"]})}
        # Pairs by score: sales-s1 (90, relevant), sales-h1 (40), hr-h1 (30, relevant), hr-s1 (20).
        assert pooled_average_precision(pool, profiles, scores) == average_precision(
            [True, False, True, False])
        assert average_precision([True, False, True, False]) < 1.0


MISS_CASES = [
    ([True, True, False, False], []),  # a perfect ranking has no misses
    ([False, True], [0, 1]),
    ([True, False, True, False], [1, 2]),  # the last irrelevant one, below every relevant one, costs nothing
    ([False, False, True, True], [0, 1, 2, 3]),
    ([False, False], []),  # no relevant resume: nothing to miss
]


class TestMisses:
    """The tuning part's per-resume misses (``--part tuning``)."""

    @pytest.mark.parametrize(("relevant", "places"), MISS_CASES)
    def test_misses_are_the_places_that_cost_precision(self, relevant: list[bool], places: list[int]) -> None:
        """A relevant resume below an irrelevant one, and an irrelevant one above a relevant one, are misses."""
        assert miss_places(relevant) == places


# Sales titles as job ads and resumes write them, and how the sales profile reads them.
SALES_TITLE_CASES = [
    ("Retail Sales Associate", FULL),
    ("Sales Specialist", FULL),
    ("Senior Sales Professional", FULL),
    ("Account Executive", FULL),
    ("Outbound Sales", FULL),  # the occupation in no role
    ("Sales Coordinator", PARTIAL),
    ("Business Development Manager", NONE),  # an occupation of its own in the benchmark pool
    ("Store Manager", NONE),
]


class TestProfiles:
    """The occupation profiles the benchmark ranks by."""

    @pytest.mark.parametrize(("title", "kind"), SALES_TITLE_CASES)
    def test_sales_titles(self, title: str, kind: str) -> None:
        """A sales title matches the sales profile's titles; a business development or store title does not."""
        profile = load_profiles(skills_only=False)["sales"]
        assert match_title(title, profile.titles).kind == kind
