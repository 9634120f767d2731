"""The scorer and rank(): points, credits, gates, ties and explanations."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sklearn.base import clone

from screener.errors import ConfigError
from screener.models import Candidate, Education, Position, SkillId, SkillMention, SkillRecord, YearMonth
from screener.profile import load_profile
from screener.ranking import explain, rank
from screener.scoring import MET, MISSING, SHORT, UNVERIFIED, Scorer

AS_OF = YearMonth(2026, 11)


def mention(skill: str) -> SkillMention:
    return SkillMention(SkillId(skill), skill.title(), "experience", f"Used {skill}", 0, 0, len(skill))


def record(skill: str, *, months: int | None = None, claimed: int | None = None,
           implied_by: tuple[str, ...] = (), last_used: YearMonth | None = None) -> SkillRecord:
    """A skill record; with ``months``, used for them in the candidate's one dated position."""
    mentions = () if implied_by else (mention(skill),)
    return SkillRecord(SkillId(skill), skill.title(), mentions, tuple(SkillId(i) for i in implied_by),
                       months=months, claimed_months=claimed, last_used=last_used,
                       positions=(0,) if months is not None else ())


def candidate(name: str, *records: SkillRecord, total: int | None = None,
              education: tuple[Education, ...] = ()) -> Candidate:
    return Candidate(
        candidate_id=name, path=f"/r/{name}.pdf", file_name=f"{name}.pdf", sha256=name, format="pdf",
        name=None, skills=tuple(sorted(records, key=lambda r: r.skill_id)), total_months=total,
        as_of=AS_OF, education=education,
        positions=(Position("Backend Engineer", "Acme", YearMonth(2020, 1), None, True, "", 0, 1, 83),),
    )


PROFILE: dict[str, Any] = {
    "title": "Backend",
    "must_have": [{"skill": "Python", "weight": 3, "min_years": 3}, {"skill": "Django", "weight": 2}],
    "nice_to_have": [{"skill": "FastAPI", "weight": 1}, {"skill": "postgres", "weight": 1,
                                                         "recent_within_years": 2}],
}


DEFAULT_SETTINGS = {
    "implied_credit": 0.5, "stale_credit": 0.5, "unknown_years_credit": 0.5, "undated_position_credit": 0.6,
    "listed_only_credit": 0.4, "passing_credit": 0.25, "partial_title_credit": 0.5, "undated_title_credit": 0.5,
    "title_half_life_years": 5.0, "headline_credit": 1.0, "recent_title_years": 5.0,
}


class TestScorer:
    def test_full_marks(self) -> None:
        """A candidate with every skill, enough years and recent use scores 100."""
        c = candidate("a", record("python", months=48), record("django", months=36), record("fastapi", months=36),
                      record("postgresql", months=36, last_used=AS_OF))
        ranking = rank([c], load_profile(PROFILE))
        assert ranking.entries[0].score == 100.0

    def test_points_add_up_to_score(self) -> None:
        """The evidence lines' points add up to the score."""
        c = candidate("a", record("python", months=24), record("fastapi"))
        entry = rank([c], load_profile(PROFILE)).entries[0]
        assert round(sum(line.points for line in entry.lines), 2) == entry.score

    def test_min_years_shortfall_is_partial(self) -> None:
        """2 of 3 years earns two thirds of the skill's points and says so."""
        c = candidate("a", record("python", months=24), record("django"))
        line = rank([c], load_profile(PROFILE)).entries[0].lines[0]
        assert line.points == pytest.approx(line.max_points * 2 / 3, abs=0.01)
        assert "2.0 of 3 years" in line.note

    def test_claimed_months_are_the_fallback(self) -> None:
        """Without derived months, claimed months are checked against min_years."""
        c = candidate("a", record("python", claimed=60), record("django"))
        line = rank([c], load_profile(PROFILE)).entries[0].lines[0]
        assert line.points == line.max_points
        assert "(claimed)" in line.note

    def test_unknown_years_earn_half(self) -> None:
        """A skill listed without dated positions or claims earns the unknown-years credit."""
        c = candidate("a", record("python"), record("django"))
        line = rank([c], load_profile(PROFILE)).entries[0].lines[0]
        assert line.points == pytest.approx(line.max_points * 0.5, abs=0.01)

    def test_implied_skill_is_discounted(self) -> None:
        """Python implied by Django earns the implied credit and is marked implied."""
        profile = load_profile({"must_have": ["Python"]})
        c = candidate("a", record("python", implied_by=("django",)), record("django"))
        line = rank([c], profile).entries[0].lines[0]
        assert (line.found, line.points) == ("implied", 50.0)

    def test_stale_skill(self) -> None:
        """A skill last used longer ago than recent_within_years earns the stale credit."""
        profile = load_profile({"nice_to_have": [{"skill": "postgres", "recent_within_years": 2}]})
        c = candidate("a", record("postgresql", months=36, last_used=YearMonth(2019, 1)))
        assert rank([c], profile).entries[0].score == 50.0

    def test_total_years_and_degree(self) -> None:
        """min_total_years and degree are scored lines with their own weights."""
        profile = load_profile({"must_have": ["Python"], "min_total_years": 10, "degree": "bachelor"})
        c = candidate("a", record("python", months=36), total=60,
                      education=(Education("MSc", "master", "CS", "Uni", 2010),))
        lines = rank([c], profile).entries[0].lines
        assert [(ln.skill_id, ln.points) for ln in lines] == [
            ("python", 33.34), ("total_experience", 16.67), ("degree", 33.33),
        ]

    @pytest.mark.parametrize(("skill", "status", "note"), [
        (record("python", months=48), MET, "Python: 4.0 years; 3 asked"),
        (record("python", claimed=60), MET, "Python: 5.0 years (claimed); 3 asked"),
        (record("python", months=12), SHORT, "Python: 1.0 of 3 years"),
        (record("python"), UNVERIFIED, "Python: years unknown; 3 asked"),
        (record("fastapi"), MISSING, "not found"),
    ], ids=["derived", "claimed", "short", "unknown", "missing"])
    def test_min_years_status(self, skill: SkillRecord, status: str, note: str) -> None:
        """Known years are met or short; unknown years are unverified, never met; each says so in a sentence."""
        line = rank([candidate("a", skill)], load_profile(PROFILE)).entries[0].lines[0]
        assert (line.status, line.note) == (status, note)

    @pytest.mark.parametrize(("last_used", "note"), [
        (YearMonth(2022, 12), "PostgreSQL last used 2022-12, 4 years ago; within 2 asked"),
        (YearMonth(2024, 10), "PostgreSQL last used 2024-10, 2.1 years ago; within 2 asked"),
        (YearMonth(2025, 6), "PostgreSQL last used 2025-06; within 2 asked"),
    ])
    def test_recency_note(self, last_used: YearMonth, note: str) -> None:
        """The recency note says when, how long ago and what was asked."""
        profile = load_profile({"nice_to_have": [{"skill": "postgres", "recent_within_years": 2}]})
        line = rank([candidate("a", record("postgresql", months=36, last_used=last_used))],
                    profile).entries[0].lines[0]
        assert line.note == f"PostgreSQL: used 3.0 years in dated positions. {note}"

    @pytest.mark.parametrize(("education", "note"), [
        ((), "no degree found; bachelor asked"),
        ((Education("MSc", "master", "CS", "Uni", 2010),), "has master; bachelor asked"),
    ])
    def test_degree_note(self, education: tuple[Education, ...], note: str) -> None:
        """The degree note says what was found, then what was asked."""
        profile = load_profile({"must_have": ["Python"], "degree": "bachelor"})
        line = rank([candidate("a", record("python"), education=education)], profile).entries[0].lines[-1]
        assert line.note == note

    def test_settings_are_validated(self) -> None:
        """A credit outside 0..1 is a ConfigError at fit time."""
        with pytest.raises(ConfigError):
            Scorer(implied_credit=2).fit(load_profile(PROFILE))

    def test_estimator_conventions(self) -> None:
        """The scorer clones with its settings unchanged and its learned values dropped, as scikit-learn expects."""
        scorer = Scorer(stale_credit=0.25).fit(load_profile(PROFILE))
        copy = clone(scorer)
        assert copy is not scorer and copy.get_params() == scorer.get_params()
        assert copy.get_params()["stale_credit"] == 0.25
        assert not hasattr(copy, "total_weight_")

    @pytest.mark.parametrize(("settings", "params"), [
        ({}, DEFAULT_SETTINGS),
        ({"implied_credit": 0.2}, {**DEFAULT_SETTINGS, "implied_credit": 0.2}),
        ({"stale_credit": 0.0, "listed_only_credit": 1.0},
         {**DEFAULT_SETTINGS, "stale_credit": 0.0, "listed_only_credit": 1.0}),
    ])
    def test_set_params_then_get_params(self, settings: dict[str, float], params: dict[str, float]) -> None:
        """set_params changes the named settings, returns the scorer, and get_params shows every setting."""
        scorer = Scorer()
        assert scorer.set_params(**settings) is scorer
        assert scorer.get_params() == params
        assert Scorer(**settings).get_params(deep=False) == params

    def test_unknown_param_is_rejected(self) -> None:
        """set_params with a name that is not a setting raises a ConfigError (a ValueError, as in scikit-learn)."""
        with pytest.raises(ConfigError, match="implied_credits"):
            Scorer().set_params(implied_credits=0.1)
        assert issubclass(ConfigError, ValueError)

    def test_first_record_of_a_skill_is_scored_and_lines_keep_profile_order(self) -> None:
        """A skill recorded twice is scored by its first record, and the lines follow the profile, not the resume."""
        first, second = record("python", months=48), record("python", months=6)
        c = replace(candidate("a"), skills=(record("fastapi"), first, second, record("django")))
        lines = Scorer().fit(load_profile(PROFILE)).score(c)
        assert [line.skill_id for line in lines][:4] == ["python", "django", "fastapi", "postgresql"]
        assert lines[0].months == 48 and lines[0].status == MET
        assert lines[3].status == MISSING

    def test_repr_shows_changed_settings(self) -> None:
        """The scorer's repr names only the settings that differ from their defaults."""
        assert repr(Scorer()) == "Scorer()"
        assert repr(Scorer(stale_credit=0.25)) == "Scorer(stale_credit=0.25)"


class TestRank:
    def test_missing_must_have_ranks_below(self) -> None:
        """By default a candidate missing a must-have ranks below one who has them all."""
        full = candidate("full", record("python"), record("django"))
        strong_but_missing = candidate("missing", record("python", months=120), record("fastapi"),
                                       record("postgresql"))
        profile = load_profile(PROFILE)
        gated = rank([strong_but_missing, full], profile)
        assert [e.candidate.candidate_id for e in gated] == ["full", "missing"]
        assert gated.entries[1].missing_must_have == ("Django",)
        assert "missing_must_have" in gated.entries[1].flags

    def test_gate_can_be_turned_off(self) -> None:
        """With the gate off candidates rank purely by score."""
        full = candidate("full", record("python"), record("django"))
        strong = candidate("strong", record("python", months=120), record("fastapi"), record("postgresql"))
        ranking = rank([full, strong], load_profile(PROFILE), must_have_gate=False)
        scores = [e.score for e in ranking]
        assert scores == sorted(scores, reverse=True)

    def test_ties_break_by_file_name(self) -> None:
        """Equal scores are ordered by file name, whatever the input order."""
        a, b = candidate("b", record("python")), candidate("a", record("python"))
        profile = load_profile({"must_have": ["Python"]})
        assert [e.candidate.file_name for e in rank([a, b], profile)] == ["a.pdf", "b.pdf"]
        assert [e.candidate.file_name for e in rank([b, a], profile)] == ["a.pdf", "b.pdf"]

    def test_frame(self) -> None:
        """to_frame() gives one row per candidate with ranking.csv's columns, must-haves as integers."""
        ranking = rank([candidate("a", record("python"))], load_profile({"must_have": ["Python"]}))
        frame = ranking.to_frame()
        assert list(frame["rank"]) == [1]
        assert (frame.loc[0, "must_have_met"], frame.loc[0, "must_have_total"]) == (1, 1)

    def test_explanation(self) -> None:
        """The explanation names what is missing, what matched and the shortfalls."""
        c = candidate("a", record("python", months=25), record("fastapi"))
        text = rank([c], load_profile(PROFILE)).entries[0].explanation
        assert text.startswith("Scores ")
        assert "missing Django" in text
        assert "1 of 2 nice-to-haves (FastAPI)" in text
        assert "Python: 2.1 of 3 years" in text
        assert explain((), 0.0) == "Scores 0.0."

    def test_explanation_reads_as_sentences(self) -> None:
        """Each part of the explanation is a sentence of its own."""
        profile = load_profile({**PROFILE, "degree": "bachelor"})
        c = candidate("a", record("python", months=12), record("django", months=36))
        text = rank([c], profile).entries[0].explanation
        assert text == (
            "Scores 44.4. Meets 1 of 2 must-haves: too few years of Python. Matches none of 2 nice-to-haves "
            "(lacks FastAPI, PostgreSQL). Python: 1.0 of 3 years. No degree found; bachelor asked."
        )


def _position(title: str, start: YearMonth, end: YearMonth | None, first: int, last: int) -> Position:
    months = None if end is None else end.index - start.index + 1
    return Position(title, "Acme", start, end, False, "", first, last, months)


def _used(skill: str, section: str, line: int, *, months: int | None = None, position: int | None = None,
          last_used: YearMonth | None = None) -> SkillRecord:
    """A skill named once, on ``line`` of ``section``; with ``months``, used that long in ``position``."""
    named = SkillMention(SkillId(skill), skill.title(), section, f"{skill}", line, 0, len(skill))
    return SkillRecord(SkillId(skill), skill.title(), (named,), months=months, last_used=last_used,
                       positions=() if position is None else (position,))


def _person(*records: SkillRecord, positions: tuple[Position, ...] = ()) -> Candidate:
    return Candidate(candidate_id="p", path="/r/p.pdf", file_name="p.pdf", sha256="p", format="pdf", name=None,
                     skills=records, as_of=AS_OF, positions=positions)


DATED_JOB = _position("Tester", YearMonth(2018, 1), YearMonth(2025, 12), 0, 5)
UNDATED_JOB = Position("Tester", "Acme", None, None, False, "", 0, 5, None)


class TestEvidenceStrength:
    @pytest.mark.parametrize(("record", "positions", "strength", "share", "note"), [
        (_used("java", "experience", 1, months=96, position=0), (DATED_JOB,), "dated positions", 1.0,
         "Java: used 8.0 years in dated positions"),
        (_used("java", "experience", 1, months=18, position=0), (DATED_JOB,), "dated positions", 0.8,
         "Java: used 1.5 years in dated positions; full credit at 3"),
        (_used("java", "experience", 1), (UNDATED_JOB,), "undated positions", 0.6,
         "Java: used in positions without dates"),
        (_used("java", "skills", 9), (DATED_JOB,), "listed only", 0.4, "Java: listed only, no position uses it"),
        (_used("java", "summary", 0), (), "in passing", 0.25, "Java: mentioned only in passing, no position uses it"),
    ], ids=["eight-years", "eighteen-months", "undated", "listed", "passing"])
    def test_credit_by_strength(self, record: SkillRecord, positions: tuple[Position, ...], strength: str,
                                share: float, note: str) -> None:
        """A requirement without min_years earns the share its evidence supports, and says which in the note."""
        line = rank([_person(record, positions=positions)], load_profile({"must_have": ["Java"]})).entries[0].lines[0]
        assert (line.evidence_strength, line.note) == (strength, note)
        assert line.points == pytest.approx(100.0 * share, abs=0.01)

    def test_years_beat_a_bare_listing(self) -> None:
        """A tester with eight years of Java in dated jobs ranks above one who lists Java once."""
        veteran = replace(_person(_used("java", "experience", 1, months=96, position=0), positions=(DATED_JOB,)),
                          candidate_id="veteran", file_name="z.pdf")
        lister = replace(_person(_used("java", "skills", 9), positions=(DATED_JOB,)),
                         candidate_id="lister", file_name="a.pdf")
        ranking = rank([lister, veteran], load_profile({"must_have": ["Java"]}))
        assert [e.candidate.candidate_id for e in ranking] == ["veteran", "lister"]
        assert "Java: listed only, no position uses it" in ranking.entries[1].explanation

    def test_full_credit_years_is_the_profiles(self) -> None:
        """A profile's full_credit_years sets how many years earn full credit."""
        person = _person(_used("java", "experience", 1, months=12, position=0), positions=(DATED_JOB,))
        line = rank([person], load_profile({"must_have": ["Java"], "full_credit_years": 1})).entries[0].lines[0]
        assert line.points == 100.0


class TestRecencyDecay:
    @pytest.mark.parametrize(("last_used", "share"), [
        (AS_OF, 1.0), (YearMonth(2022, 11), 0.5), (YearMonth(2018, 11), 0.25),
    ], ids=["now", "one-half-life", "two-half-lives"])
    def test_decay_halves_credit_at_the_half_life(self, last_used: YearMonth, share: float) -> None:
        """With a 4-year half-life, a skill last used 4 years ago keeps half its credit, 8 years ago a quarter."""
        person = _person(_used("java", "experience", 1, months=48, position=0, last_used=last_used),
                         positions=(DATED_JOB,))
        profile = load_profile({"must_have": ["Java"], "recency_half_life_years": 4})
        line = rank([person], profile).entries[0].lines[0]
        assert line.points == pytest.approx(100.0 * share, abs=0.01)
        assert f"last used {last_used}" in line.note

    @pytest.mark.parametrize(("present", "share", "since"), [
        (YearMonth(2018, 6), 0.5, "4.0 years before the resume's present (2018-06)"),
        (None, 0.5 ** (149 / 12 / 4), "12.4 years ago"),
    ], ids=["resume-saved-2018", "no-present-of-its-own"])
    def test_decay_counts_from_the_resumes_present(self, present: YearMonth | None, share: float,
                                                   since: str) -> None:
        """A skill last used four years before the resume was saved keeps half its credit with a 4-year
        half-life, however late the resume is screened; a resume with no present of its own is aged from
        the as-of month."""
        person = replace(_person(_used("java", "experience", 1, months=48, position=0,
                                       last_used=YearMonth(2014, 6)), positions=(DATED_JOB,)),
                         present=present, present_source="document" if present else "as_of")
        line = rank([person], load_profile({"must_have": ["Java"], "recency_half_life_years": 4})).entries[0].lines[0]
        assert line.points == pytest.approx(100.0 * share, abs=0.01)
        assert f"last used 2014-06, {since}: keeps {share:.2f}" in line.note

    @pytest.mark.parametrize(("present", "points", "note"), [
        (YearMonth(2018, 6), 100.0, "last used 2016-06; within 3 asked"),
        (YearMonth(2026, 11), 50.0, "last used 2016-06, 10 years ago; within 3 asked"),
        (YearMonth(2021, 6), 50.0, "last used 2016-06, 5 years before the resume's present (2021-06); within 3"),
    ], ids=["saved-two-years-after", "saved-at-screening", "saved-five-years-after"])
    def test_recent_within_years_counts_from_the_resumes_present(self, present: YearMonth, points: float,
                                                                 note: str) -> None:
        """A skill last used two years before the resume's present is recent for recent_within_years 3, even
        screened a decade later; five or ten years before it is stale, and the note says from when."""
        person = replace(_person(_used("java", "experience", 1, months=48, position=0,
                                       last_used=YearMonth(2016, 6)), positions=(DATED_JOB,)),
                         present=present, present_source="document")
        profile = load_profile({"must_have": [{"skill": "Java", "recent_within_years": 3}]})
        line = rank([person], profile).entries[0].lines[0]
        assert line.points == points
        assert note in line.note

    def test_off_by_default(self) -> None:
        """Without recency_half_life_years a skill used long ago keeps its credit."""
        person = _person(_used("java", "experience", 1, months=48, position=0, last_used=YearMonth(2005, 1)),
                         positions=(DATED_JOB,))
        assert rank([person], load_profile({"must_have": ["Java"]})).entries[0].score == 100.0


TITLE_PROFILE: dict[str, Any] = {"title": "Python Developer", "must_have": ["Java"], "title_weight": 1}


class TestTitleLine:
    @pytest.mark.parametrize(("position", "share", "strength"), [
        (Position("Senior Python Developer", "Acme", YearMonth(2020, 1), None, True, "", 0, 5, 83), 1.0,
         "full title"),
        (_position("Python Developer", YearMonth(2010, 1), YearMonth(2016, 11), 0, 5), 0.25, "full title"),
        (Position("Python Developer", "Acme", None, None, False, "", 0, 5, None), 0.5, "full title"),
        (Position("Java Developer", "Acme", YearMonth(2020, 1), None, True, "", 0, 5, 83), 0.5, "partial title"),
        (Position("Office Clerk", "Acme", YearMonth(2020, 1), None, True, "", 0, 5, 83), 0.0, ""),
    ], ids=["current", "ended-ten-years-ago", "undated", "partial", "other-job"])
    def test_title_credit(self, position: Position, share: float, strength: str) -> None:
        """A current matching title earns its weight; an older one halves every 5 years; undated or partial, half."""
        person = _person(_used("java", "experience", 1), positions=(position,))
        title = rank([person], load_profile(TITLE_PROFILE)).entries[0].lines[-1]
        assert (title.skill_id, title.evidence_strength) == ("title", strength)
        assert title.points == pytest.approx(title.max_points * share, abs=0.01)

    def test_recent_title_beats_an_old_one(self) -> None:
        """Of two people with the same skills, the one who holds the title now ranks first."""
        now = Position("Python Developer", "Acme", YearMonth(2021, 1), None, True, "", 0, 5, 71)
        old = _position("Python Developer", YearMonth(2008, 1), YearMonth(2012, 1), 0, 5)
        recent = replace(_person(_used("java", "experience", 1), positions=(now,)), candidate_id="recent",
                         file_name="z.pdf")
        earlier = replace(_person(_used("java", "experience", 1), positions=(old,)), candidate_id="earlier",
                          file_name="a.pdf")
        ranking = rank([earlier, recent], load_profile(TITLE_PROFILE))
        assert [e.candidate.candidate_id for e in ranking] == ["recent", "earlier"]

    @pytest.mark.parametrize(("headline", "positions", "settings", "share", "section"), [
        ("Python Developer", (), {}, 1.0, "headline"),
        ("Python Developer", (), {"headline_credit": 0.5}, 0.5, "headline"),
        ("Java Developer", (), {}, 0.5, "headline"),
        ("Python Developer", (_position("Python Developer", YearMonth(2010, 1), YearMonth(2016, 11), 0, 5),), {},
         1.0, "headline"),
        ("Python Developer", (Position("Python Developer", "Acme", YearMonth(2020, 1), None, True, "", 0, 5, 83),),
         {}, 1.0, "experience"),
        ("Office Clerk", (), {}, 0.0, ""),
    ], ids=["headline", "headline-credit", "partial", "beats-an-old-title", "a-current-title-first", "other-job"])
    def test_headline_credit(self, headline: str, positions: tuple[Position, ...], settings: dict[str, float],
                             share: float, section: str) -> None:
        """A matching headline earns the title's weight (times headline_credit), more than an old position's title;
        on equal credit the position held is the evidence shown."""
        person = replace(_person(_used("java", "experience", 1), positions=positions), headline=headline)
        title = rank([person], load_profile(TITLE_PROFILE), scorer=Scorer(**settings)).entries[0].lines[-1]
        assert title.points == pytest.approx(title.max_points * share, abs=0.01)
        assert title.section == section

    @pytest.mark.parametrize(("headline", "position", "status"), [
        (None, Position("Python Developer", "Acme", YearMonth(2020, 1), None, True, "", 0, 5, 83), MET),
        (None, _position("Python Developer", YearMonth(2019, 1), YearMonth(2022, 6), 0, 5), MET),
        (None, _position("Python Developer", YearMonth(1996, 1), YearMonth(2001, 6), 0, 5), SHORT),
        (None, Position("Python Developer", "Acme", None, None, False, "", 0, 5, None), SHORT),
        (None, Position("Java Developer", "Acme", YearMonth(2020, 1), None, True, "", 0, 5, 83), SHORT),
        ("Python Developer", None, MET),
        ("Java Developer", None, SHORT),
    ], ids=["current", "ended-four-years-ago", "decades-old", "undated", "partial", "headline", "partial-headline"])
    def test_only_a_recent_full_title_is_met(self, headline: str | None, position: Position | None,
                                             status: str) -> None:
        """The title line is met (what passes a must-haves-or-title gate) for a full match held now or within
        recent_title_years of the resume's present: never for a partial, undated or decades-old title."""
        person = replace(_person(positions=(position,) if position else ()), headline=headline)
        title = rank([person], load_profile(TITLE_PROFILE)).entries[0].lines[-1]
        assert (title.found, title.status) == ("yes", status)

    def test_recent_title_years_counts_from_the_resumes_present(self) -> None:
        """A title that ended two years before the resume was saved is recent even when the screening is years
        later; with recent_title_years 1 it is not."""
        ended = _position("Python Developer", YearMonth(2014, 1), YearMonth(2016, 6), 0, 5)
        person = replace(_person(positions=(ended,)), present=YearMonth(2018, 6), present_source="document")
        statuses = [rank([person], load_profile(TITLE_PROFILE), scorer=Scorer(recent_title_years=years))
                    .entries[0].lines[-1].status for years in (5, 1)]
        assert statuses == [MET, SHORT]

    def test_a_titles_credit_and_its_gate_count_from_one_clock(self) -> None:
        """A title that ended five years before the resume's present keeps half its credit and is met (held
        within recent_title_years) on that one clock, however much later the resume is screened."""
        ended = _position("Python Developer", YearMonth(2010, 1), YearMonth(2013, 6), 0, 5)
        person = replace(_person(positions=(ended,)), present=YearMonth(2018, 6), present_source="document")
        title = rank([person], load_profile(TITLE_PROFILE)).entries[0].lines[-1]
        assert title.points == pytest.approx(title.max_points * 0.5, abs=0.01)
        assert title.status == MET
        assert "ended 2013-06, 5.0 years before the resume's present (2018-06): keeps 0.50" in title.note

    def test_seniority_is_reported(self) -> None:
        """The title line's note names the seniority the title states."""
        position = Position("Lead Python Developer", "Acme", YearMonth(2020, 1), None, True, "", 0, 5, 83)
        title = rank([_person(positions=(position,))], load_profile(TITLE_PROFILE)).entries[0].lines[-1]
        assert "seniority lead" in title.note

    def test_refitted_scorer_matches_the_new_profiles_titles(self) -> None:
        """A scorer fitted to a second profile matches each title against that profile's titles, not the first's."""
        position = Position("Python Developer", "Acme", YearMonth(2020, 1), None, True, "", 0, 5, 83)
        person = _person(positions=(position,))
        scorer = Scorer()
        first = rank([person, person], load_profile(TITLE_PROFILE), scorer=scorer).entries[0].lines[-1]
        other = {**TITLE_PROFILE, "title": "Data Scientist"}
        second = rank([person], load_profile(other), scorer=scorer).entries[0].lines[-1]
        assert (first.found, second.found) == ("yes", "no")

    @pytest.mark.parametrize("profile", [
        {"must_have": ["Java"]},
        {"title": "Python Developer", "must_have": ["Java"], "title_weight": 0},
        {"title": "Python Developer", "titles": ["Backend Engineer"], "must_have": ["Java"], "title_weight": 3},
    ], ids=["no-title", "weight-zero", "titles"])
    def test_points_add_up(self, profile: dict[str, Any]) -> None:
        """Skill, title and experience lines' points add up exactly to the score, and their maxima to 100."""
        position = _position("Senior Backend Engineer", YearMonth(2015, 3), YearMonth(2023, 7), 0, 5)
        person = _person(_used("java", "experience", 1, months=20, position=0), positions=(position,))
        entry = rank([person], load_profile({**profile, "min_total_years": 10})).entries[0]
        assert round(sum(line.points for line in entry.lines), 2) == entry.score
        assert round(sum(line.max_points for line in entry.lines), 2) == 100.0


class TestRounding:
    @pytest.mark.parametrize("weights", [[1, 1, 1], [3, 2, 2, 1, 1, 1, 1, 1, 1], [7, 3, 1], [1] * 18])
    def test_points_never_exceed_max(self, weights: list[int]) -> None:
        """Rounded to cents, full credit earns exactly max_points, maxima add up to 100 and points to the score."""
        skills = ["python", "django", "docker", "redis", "celery", "kubernetes", "aws", "pytest", "git",
                  "linux", "fastapi", "flask", "sql", "mysql", "mongodb", "terraform", "ansible", "nginx"]
        profile = load_profile({"must_have": [{"skill": s, "weight": w} for s, w in zip(skills, weights, strict=False)],
                                "min_total_years": 3})
        c = candidate("a", *(record(s, months=36) for s in skills[: len(weights)]), total=240)
        entry = rank([c], profile).entries[0]
        assert all(line.points <= line.max_points for line in entry.lines)
        assert round(sum(line.max_points for line in entry.lines), 2) == 100.0
        assert entry.score == 100.0

    def test_unknown_total_experience_earns_nothing(self) -> None:
        """With no dated position, min_total_years earns nothing, as a short dated career earns little."""
        profile = load_profile({"must_have": ["Python"], "min_total_years": 5})
        line = rank([candidate("a", record("python"))], profile).entries[0].lines[-1]
        assert (line.skill_id, line.points) == ("total_experience", 0.0)

    @pytest.mark.parametrize("present", [(), ("python",), ("django",), ("python", "fastapi"), ("django", "postgres")])
    def test_lines_of_no_points_get_no_cent(self, present: tuple[str, ...]) -> None:
        """Rounding gives no cent to a requirement that earned nothing, and the lines still add up to the score."""
        profile = load_profile({"must_have": ["Python", "Django", "FastAPI"], "nice_to_have": ["postgres"],
                                "min_total_years": 7})
        c = candidate("a", *(replace(record(s), mentions=(replace(mention(s), section="skills"),)) for s in present),
                      total=50)
        entry = rank([c], profile).entries[0]
        assert all(line.points == 0.0 for line in entry.lines if line.skill_id not in {*present, "total_experience"})
        assert round(sum(line.points for line in entry.lines), 2) == entry.score

    def test_a_candidates_lines_do_not_depend_on_the_pool(self) -> None:
        """Lines shared between candidates (absent skills, equal months of experience) are each one's own result."""
        profile = load_profile({**PROFILE, "min_total_years": 5, "titles": ["Data Engineer"]})
        pool = [candidate(f"c{k}", record("python", months=12 * k), total=30) for k in range(1, 5)]
        together = {e.candidate.candidate_id: e.lines for e in rank(pool, profile)}
        for c in pool:
            assert rank([c], profile).entries[0].lines == together[c.candidate_id]
