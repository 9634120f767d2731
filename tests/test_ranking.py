"""rank()'s must-have gate: verified above unverified above not met, and explanations that say why."""

from __future__ import annotations

from dataclasses import replace

import pytest

from screener.errors import ConfigError
from screener.models import Candidate, YearMonth
from screener.profile import load_profile
from screener.ranking import RANKING_COLUMNS, Ranking, explain, rank
from test_scoring import candidate, record

PROFILE = load_profile({
    "must_have": [{"skill": "Python", "min_years": 3}],
    "nice_to_have": ["Docker", "Redis", "FastAPI", "Kubernetes"],
})
NICE = ("docker", "redis", "fastapi", "kubernetes")


def _pool() -> dict[str, object]:
    """Four candidates: years known and enough; unknown with every nice-to-have; too few; no Python."""
    return {
        "verified": candidate("verified", record("python", months=48)),
        "unknown": candidate("unknown", record("python"), *(record(s, months=36) for s in NICE)),
        "short": candidate("short", record("python", months=12), *(record(s, months=36) for s in NICE)),
        "missing": candidate("missing", *(record(s, months=36) for s in NICE)),
    }


class TestMustHaveGate:
    """The gate's three tiers."""

    def test_unknown_years_rank_below_known(self) -> None:
        """Unknown Python years rank below known, enough years, though they score higher; the explanation says why."""
        pool = _pool()
        ranking = rank([pool["unknown"], pool["verified"]], PROFILE)
        first, second = ranking.entries
        assert (first.candidate.candidate_id, second.candidate.candidate_id) == ("verified", "unknown")
        assert first.score < second.score
        assert "ranks above higher scores: all must-haves verified" in first.explanation
        assert "ranks below lower scores: Python unverified (years unknown)" in second.explanation
        assert (first.must_have_met, first.must_have_verified) == (1, 1)
        assert (second.must_have_met, second.must_have_verified) == (1, 0)
        assert "unverified_must_have" in second.flags

    def test_tiers(self) -> None:
        """All verified, then met but unverified, then not met (too few years or missing), whatever the scores."""
        ranking = rank(list(_pool().values()), PROFILE)
        assert [e.candidate.candidate_id for e in ranking] == ["verified", "unknown", "short", "missing"]
        assert [e.must_have_met for e in ranking] == [1, 1, 0, 0]
        assert ranking.entries[2].explanation.startswith(
            "Scores 86.7; ranks below lower scores: must-have not met (Python)")
        assert ranking.entries[3].missing_must_have == ("Python",)

    def test_gate_off(self) -> None:
        """Without the gate, the higher score ranks first and no gate reason is given."""
        pool = _pool()
        ranking = rank([pool["verified"], pool["unknown"]], PROFILE, must_have_gate=False)
        assert [e.candidate.candidate_id for e in ranking] == ["unknown", "verified"]
        assert not any("ranks" in e.explanation for e in ranking)

    def test_no_reason_when_order_agrees_with_scores(self) -> None:
        """When the gate does not reorder anyone, the explanation does not mention it."""
        pool = _pool()
        ranking = rank([pool["verified"], pool["missing"]], load_profile({"must_have": ["Python"]}))
        assert not any("ranks" in e.explanation for e in ranking)

    def test_columns(self) -> None:
        """ranking.csv has must_have_verified beside must_have_met."""
        assert RANKING_COLUMNS.index("must_have_verified") == RANKING_COLUMNS.index("must_have_met") + 1
        row = rank([_pool()["unknown"]], PROFILE).rows()[0]
        assert (row["must_have_met"], row["must_have_verified"]) == ("1/1", "0/1")


def _titled(name: str, headline: str | None, *records: object) -> Candidate:
    """A candidate whose one position is titled "Office Clerk", with ``headline``."""
    person = candidate(name, *records)  # type: ignore[arg-type]
    clerk = replace(person.positions[0], title="Office Clerk")
    return replace(person, positions=(clerk,), headline=headline)


def _hr_profile(gate: str) -> dict[str, object]:
    return {"title": "HR Generalist", "titles": ["HR Generalist"], "title_weight": 2, "gate": gate,
            "must_have": ["Microsoft Excel"], "nice_to_have": ["Workday"]}


class TestProfileGate:
    """The profile's ``gate``: must-haves (default), must-haves or title, off."""

    def _pool(self) -> list[Candidate]:
        """An HR generalist who names no Excel, and an office clerk who names Excel and Workday."""
        return [_titled("generalist", "HR Generalist"),
                _titled("clerk", None, record("excel", months=36), record("workday", months=36))]

    @pytest.mark.parametrize(("gate", "order"), [
        ("must-haves", ["clerk", "generalist"]),
        ("must-haves or title", ["generalist", "clerk"]),
        ("off", ["generalist", "clerk"]),
    ])
    def test_gate_decides_who_ranks_first(self, gate: str, order: list[str]) -> None:
        """By must-haves the clerk with Excel ranks first; when the title passes the gate, or with none, the
        generalist does, as a recruiter hiring a generalist would have it."""
        profile = load_profile({**_hr_profile(gate), "title_weight": 6})
        ranking = rank(self._pool(), profile)
        assert [e.candidate.candidate_id for e in ranking] == order
        assert dict(ranking.settings)["gate"] == gate

    @pytest.mark.parametrize(("title", "end", "tier"), [
        ("HR Generalist", None, 1),
        ("Human Resources Generalist", YearMonth(2024, 3), 1),
        ("HR Generalist", YearMonth(1999, 6), 3),
        ("HR Coordinator", None, 3),
    ], ids=["current", "ended-lately", "decades-old", "partial"])
    def test_only_a_recent_full_title_passes_the_gate(self, title: str, end: YearMonth | None, tier: int) -> None:
        """A generalist's title held now or lately passes a must-haves-or-title gate (first tier); a decades-old
        one or a partial one (HR Coordinator) does not: the last tier, for the missing Excel."""
        person = candidate("person")
        held = replace(person.positions[0], title=title, end=end, current=end is None)
        entry = rank([replace(person, positions=(held,))], load_profile(_hr_profile("must-haves or title")))[0]
        assert entry.tier == tier

    def test_an_old_title_below_says_why(self) -> None:
        """A generalist of ten years ago without Excel ranks below a clerk with it, though the title's points give
        the higher score, and the explanation says no recent title passed."""
        person = candidate("old")
        held = replace(person.positions[0], title="HR Generalist", end=YearMonth(2016, 6), current=False)
        old = replace(person, positions=(held,), headline=None)
        ranking = rank([old, _titled("clerk", None, record("excel", months=36))],
                       load_profile({**_hr_profile("must-haves or title"), "title_weight": 12}))
        first, second = ranking.entries
        assert (first.candidate.candidate_id, second.candidate.candidate_id) == ("clerk", "old")
        assert second.score > first.score
        assert "and no recent title the profile names in full" in second.explanation

    def test_the_title_gate_says_why(self) -> None:
        """A title that passes the gate over a higher score says so, and the one below says what it lacks."""
        tools = _titled("tools", None, record("workday", months=36), record("bamboohr", months=36))
        profile = load_profile({**_hr_profile("must-haves or title"), "title_weight": 1.5,
                                "nice_to_have": ["Workday", "BambooHR"]})
        ranking = rank([tools, _titled("generalist", "HR Generalist")], profile)
        first, second = ranking.entries
        assert first.candidate.candidate_id == "generalist" and first.score < second.score
        assert "ranks above higher scores: holds a title the profile names" in first.explanation
        assert first.missing_must_have == ("Microsoft Excel",)
        assert "missing_must_have" in first.flags
        below = "must-have not met (Microsoft Excel), and no recent title the profile names in full"
        assert below in second.explanation

    def test_among_those_who_pass_the_score_decides(self) -> None:
        """Among those who pass the gate, the score decides: the generalist who also names Excel ranks first."""
        both = _titled("both", "HR Generalist", record("excel", months=36))
        ranking = rank([*self._pool(), both], load_profile(_hr_profile("must-haves or title")))
        assert ranking.entries[0].candidate.candidate_id == "both"

    def test_no_gate_argument_overrides_the_profile(self) -> None:
        """rank(..., must_have_gate=False) turns any profile gate off."""
        ranking = rank(self._pool(), load_profile(_hr_profile("must-haves or title")), must_have_gate=False)
        assert dict(ranking.settings)["gate"] == "off"
        assert [e.candidate.candidate_id for e in ranking] == ["clerk", "generalist"]


class TestSequence:
    """A Ranking is a sequence of its places: index, slice, iterate, len, top(k)."""

    def test_index_and_slice(self) -> None:
        """ranking[0] is the best RankedCandidate, ranking[-1] the last; a slice is a Ranking keeping the ranks."""
        ranking = rank(list(_pool().values()), PROFILE)
        assert ranking[0] is ranking.entries[0] and ranking[0].rank == 1
        assert ranking[-1].candidate.candidate_id == "missing"
        middle = ranking[1:3]
        assert isinstance(middle, Ranking) and len(middle) == 2
        assert [e.rank for e in middle] == [2, 3]
        assert middle.profile == ranking.profile
        with pytest.raises(IndexError):
            _ = ranking[4]

    @pytest.mark.parametrize("k", [0, 1, 3, 10])
    def test_top_is_rank_with_top(self, k: int) -> None:
        """ranking.top(k) is the Ranking rank(..., top=k) gives: the best k, the manifest's top setting k."""
        candidates = list(_pool().values())
        top = rank(candidates, PROFILE).top(k)
        assert top == rank(candidates, PROFILE, top=k)
        assert len(top) == min(k, len(candidates))

    def test_top_of_a_negative_number_is_refused(self) -> None:
        """top(-1) is a ConfigError, not an empty or reversed ranking."""
        with pytest.raises(ConfigError, match="k >= 0"):
            rank(list(_pool().values()), PROFILE).top(-1)


class TestExplanation:
    """Each place's explanation, however many candidates share an outcome."""

    def test_every_entry_is_explained_by_its_own_lines(self) -> None:
        """With the gate off, each explanation is explain() of that candidate's lines and score, counts included."""
        pool = list(_pool().values()) * 3
        pool = [replace(c, candidate_id=f"{c.candidate_id}{k}", path=f"{k}{c.path}") for k, c in enumerate(pool)]
        ranking = rank(pool, PROFILE, must_have_gate=False)
        assert len({e.explanation for e in ranking}) == 4
        for entry in ranking:
            assert entry.explanation == explain(entry.lines, entry.score)
            musts = [ln for ln in entry.lines if ln.requirement == "must-have"]
            assert entry.must_have_met == sum(ln.status in {"met", "unverified"} for ln in musts)
            assert entry.must_have_verified == sum(ln.status == "met" for ln in musts)
