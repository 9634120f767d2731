"""The scorer: one candidate against one profile, with a line of evidence per point.

Rules (each a keyword setting of :class:`Scorer`, documented in the README):

* Every requirement can earn at most its ``weight``; the score is the earned
  share of all weights on a 0-100 scale, and each evidence line's ``points``
  are on that scale too, so a candidate's points add up to its score.
* Strength of evidence: a skill used in dated positions earns credit growing
  from ``undated_position_credit`` to full with its months, full at the
  profile's ``full_credit_years`` (default 3); used only in positions without
  dates, ``undated_position_credit`` (default 0.6); named only in a skills
  section, ``listed_only_credit`` (default 0.4); mentioned only in passing (a
  summary, education, coursework), ``passing_credit`` (default 0.25). A
  requirement with ``min_years`` is credited by its years instead. A skill only
  implied by another (Python from Django) earns ``implied_credit`` (default 0.5).
* The profile's ``recency_half_life_years`` (off by default) halves a skill's
  credit for every that many years from its last use to the resume's present
  (:func:`resume_clock`), as ``recent_within_years`` counts.
* Job titles: the best of the candidate's position titles and headline (see
  :mod:`screener.headline`) matched against the profile's ``titles`` (see
  :mod:`screener.titles`) earns ``title_weight``; a partial match earns
  ``partial_title_credit`` (default 0.5), an older title less (its credit halves
  every ``title_half_life_years``, default 5, from the position's end to the resume's
  present, the one clock of the title line, its gate and skill recency: :func:`resume_clock`), an
  undated one ``undated_title_credit`` (default 0.5) and the headline
  ``headline_credit`` (default 1: what the resume says its owner is now).
  The title line is ``met`` only for a full match that is recent: the headline, a
  current position, or one that ended at most ``recent_title_years`` (default 5)
  before the resume's present; only a met title passes a ``must-haves or title``
  gate, so a partial or decades-old title earns its points but no place above
  the must-haves.
* ``min_years``: derived months (from dated positions) are compared with the
  minimum, claimed months ("5+ years of Python") when none are derived. A
  shortfall earns the met share (2.1 of 3 years earns 0.7 of the credit);
  a skill whose years are unknown earns ``unknown_years_credit`` (default 0.5)
  and is *unverified*, never met: the ranking gate holds it below candidates
  whose years are known and enough.
* ``recent_within_years``: a skill last used longer before the resume's present earns ``stale_credit``
  of its credit (default 0.5); an unknown last use is noted, not penalised.
* ``min_total_years`` and ``degree`` (when a profile asks) are scored like
  requirements with their own weights: total experience earns the met share,
  and nothing when no position is dated. Graduation years never enter a score.

Names, photos, ages and contact details are never read here: the scorer sees
only skills, months and degree levels.
"""

from __future__ import annotations

import inspect
import math
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from .errors import ConfigError
from .models import Candidate, Position, SkillMention, SkillRecord, YearMonth
from .profile import DEGREE_LEVELS, JobProfile, Requirement
from .titles import FULL as FULL_TITLE
from .titles import NONE as NO_TITLE
from .titles import TitleMatch, match_title

FOUND_YES = "yes"
FOUND_NO = "no"
FOUND_IMPLIED = "implied"

MET = "met"
"""Found, with the years asked known and enough (or no years asked)."""
UNVERIFIED = "unverified"
"""Found, but the years asked cannot be checked: the resume does not show them."""
SHORT = "short"
"""Found, with fewer years than asked."""
MISSING = "missing"
"""Not found."""

DATED = "dated positions"
"""Evidence strength: used in positions with dates (credit grows with the months)."""
UNDATED = "undated positions"
"""Evidence strength: used in positions without dates."""
LISTED = "listed only"
"""Evidence strength: named in a skills section, no position uses it."""
PASSING = "in passing"
"""Evidence strength: mentioned only in a summary, education, coursework or the like."""
IMPLIED = "implied"
"""Evidence strength: not named, implied by another skill."""

_STRENGTH_NOTES = {
    UNDATED: "used in positions without dates",
    LISTED: "listed only, no position uses it",
    PASSING: "mentioned only in passing, no position uses it",
}
_SHARES = ("implied_credit", "unknown_years_credit", "stale_credit", "undated_position_credit",
           "listed_only_credit", "passing_credit", "partial_title_credit", "undated_title_credit",
           "headline_credit")
# Sections whose mentions are not use in a position, even inside a position's lines.
_NOT_USE_SECTIONS = frozenset({"skills", "summary"})


@dataclass(frozen=True, slots=True)
class ScoreLine:
    """The points one requirement earned, and the evidence for them.

    Attributes:
        skill_id: canonical skill id (``total_experience`` / ``degree`` for those lines).
        skill: display name.
        requirement: ``must-have``, ``nice-to-have``, ``experience`` or ``degree``.
        found: ``yes``, ``no`` or ``implied``.
        weight: the requirement's weight as the profile wrote it.
        max_points: the most it could earn on the 0-100 scale.
        points: what it earned on the 0-100 scale, rounded to cents so that a
            candidate's lines add up exactly to its score.
        surface: the text as written in the resume (first mention).
        section: the section of that mention.
        snippet: the line of that mention.
        months: derived months of experience, if known.
        claimed_months: months the candidate claims, if any.
        last_used: the end of the latest position naming it, if known.
        positions: the positions that gave the months, as "title @ employer (start..end)".
        note: why the points are what they are ("Python: 2.1 of 3 years", "Python implied by Django").
        shortfall: the part of ``note`` that cost points, for the explanation.
        status: whether the requirement is ``met``, ``unverified`` (found, years
            asked but unknown), ``short`` (fewer years than asked) or ``missing``.
        kind: the skill's kind (``technology``, ``method``, ``concept``); empty for the
            experience and degree lines.
        evidence_strength: how the resume supports a skill: ``dated positions``,
            ``undated positions``, ``listed only``, ``in passing`` or ``implied``
            (empty when not found); for the title line, the match (``full title``, ``partial title``).
    """

    skill_id: str
    skill: str
    requirement: str
    found: str
    weight: float
    max_points: float
    points: float
    surface: str = ""
    section: str = ""
    snippet: str = ""
    months: int | None = None
    claimed_months: int | None = None
    last_used: YearMonth | None = None
    positions: tuple[str, ...] = ()
    note: str = ""
    shortfall: str = ""
    status: str = MISSING
    kind: str = ""
    evidence_strength: str = ""


@dataclass(frozen=True, slots=True)
class _TitleOption:
    """A headline or position title that matches the profile's titles, and the credit it earns."""

    credit: float
    title: str
    match: TitleMatch
    age: str
    position: Position | None
    recent: bool = True
    """Held now or lately: the headline, a current position, or one ended within ``recent_title_years``."""

    @property
    def source(self) -> str:
        return "headline" if self.position is None else "title"

    @property
    def met(self) -> bool:
        """A full match held recently: what passes a ``must-haves or title`` gate."""
        return self.recent and self.match.kind == FULL_TITLE


@dataclass(frozen=True, slots=True)
class _Clock:
    """The month a resume's titles and skills are aged from (:func:`resume_clock`), and how a note says so."""

    present: YearMonth | None
    since: str
    """ "ago" when the present is the screening's as-of month, else "before the resume's present (2018-06)"."""

    @classmethod
    def of(cls, candidate: Candidate) -> _Clock:
        present = resume_clock(candidate)
        since = "ago" if present == candidate.as_of else f"before the resume's present ({present})"
        return cls(present, since)


_Estimator = TypeVar("_Estimator", bound="EstimatorParams")


class EstimatorParams:
    """scikit-learn's parameter conventions, without importing scikit-learn (it costs a second at start-up).

    The parameters are the keyword arguments of ``__init__``, stored unchanged
    under their own names; ``get_params`` and ``set_params`` follow
    ``sklearn.base.BaseEstimator`` (``name__sub`` reaches a nested
    estimator), so ``sklearn.base.clone`` and grid searches work on a subclass.

    Example:
        >>> Scorer(stale_credit=0.25).get_params()["stale_credit"]
        0.25
    """

    @classmethod
    def _param_names(cls) -> list[str]:
        parameters = inspect.signature(cls.__init__).parameters.values()
        return sorted(p.name for p in parameters if p.name != "self" and p.kind is not p.VAR_KEYWORD)

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """The parameters by name; with ``deep``, a nested estimator's as ``name__sub`` too."""
        params: dict[str, Any] = {}
        for name in self._param_names():
            value = getattr(self, name)
            if deep and hasattr(value, "get_params") and not isinstance(value, type):
                params.update((f"{name}__{key}", sub) for key, sub in value.get_params().items())
            params[name] = value
        return params

    def set_params(self: _Estimator, **params: Any) -> _Estimator:
        """Set parameters by name (``name__sub`` for a nested estimator's); returns the estimator.

        Raises:
            ConfigError: a name that is not a parameter.
        """
        valid = self.get_params(deep=True)
        nested: dict[str, dict[str, Any]] = defaultdict(dict)
        for key, value in params.items():
            name, nest, sub = key.partition("__")
            if name not in valid:
                raise ConfigError(f"{name!r} is not a parameter of {type(self).__name__}; "
                                  f"choose from {', '.join(self._param_names())}")
            if nest:
                nested[name][sub] = value
            else:
                setattr(self, name, value)
                valid[name] = value
        for name, sub_params in nested.items():
            valid[name].set_params(**sub_params)
        return self

    def __repr__(self) -> str:
        defaults = {p.name: p.default for p in inspect.signature(type(self).__init__).parameters.values()}
        changed = (f"{k}={v!r}" for k, v in self.get_params(deep=False).items() if defaults.get(k) != v)
        return f"{type(self).__name__}({', '.join(changed)})"


class Scorer(EstimatorParams):
    """Score candidates against a profile; scikit-learn estimator conventions.

    ``__init__`` stores keyword-only settings unchanged (so ``clone`` and
    ``get_params`` work, see :class:`EstimatorParams`); :meth:`fit` validates
    them against a profile and sets the learned ``profile_`` and ``total_weight_``.

    Example:
        >>> from screener.profile import load_profile
        >>> scorer = Scorer(implied_credit=0.5).fit(load_profile({"must_have": ["Python"]}))
        >>> scorer.total_weight_
        1.0
    """

    def __init__(
        self,
        *,
        implied_credit: float = 0.5,
        unknown_years_credit: float = 0.5,
        stale_credit: float = 0.5,
        undated_position_credit: float = 0.6,
        listed_only_credit: float = 0.4,
        passing_credit: float = 0.25,
        partial_title_credit: float = 0.5,
        undated_title_credit: float = 0.5,
        title_half_life_years: float = 5.0,
        headline_credit: float = 1.0,
        recent_title_years: float = 5.0,
    ) -> None:
        self.implied_credit = implied_credit
        self.unknown_years_credit = unknown_years_credit
        self.stale_credit = stale_credit
        self.undated_position_credit = undated_position_credit
        self.listed_only_credit = listed_only_credit
        self.passing_credit = passing_credit
        self.partial_title_credit = partial_title_credit
        self.undated_title_credit = undated_title_credit
        self.title_half_life_years = title_half_life_years
        self.headline_credit = headline_credit
        self.recent_title_years = recent_title_years

    def fit(self, profile: JobProfile) -> Scorer:
        """Validate the settings and learn the profile's total weight."""
        for name in _SHARES:
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ConfigError(f"{name} must be between 0 and 1, got {value}")
        if not self.title_half_life_years > 0:
            raise ConfigError(f"title_half_life_years must be above 0, got {self.title_half_life_years}")
        if not self.recent_title_years >= 0:
            raise ConfigError(f"recent_title_years must be 0 or more, got {self.recent_title_years}")
        weights = [r.weight for r in profile.requirements]
        if profile.titles:
            weights.append(profile.title_weight)
        if profile.min_total_years is not None:
            weights.append(profile.total_years_weight)
        if profile.degree is not None:
            weights.append(profile.degree_weight)
        total = sum(weights)
        if total <= 0:
            raise ConfigError(f"profile {profile.source} has no positive weight to score against")
        self.profile_ = profile
        self.total_weight_ = float(total)
        # Each line's most points, in cents that add up to exactly 100.
        self.max_points_ = tuple(apportion([100.0 * w / total for w in weights]))
        # Each title string is matched against the profile's titles once per fit: a pool repeats
        # titles ("Software Engineer") thousands of times, and matching is a third of scoring.
        self.title_matches_: dict[str, TitleMatch] = {}
        # A requirement a candidate lacks earns the same line whoever the candidate: made once per fit
        # and shared (lines are frozen), since most of a large pool lacks most requirements.
        self.absent_lines_ = tuple(
            self._absent_line(r, m) for r, m in zip(profile.requirements, self.max_points_, strict=False)
        )
        # Lines many candidates earn alike (no title that matches, a number of months of experience),
        # made once per fit and shared, as the absent lines are.
        self.shared_lines_: dict[tuple[str, int | None], ScoreLine] = {}
        # Which requirements ask for each skill id, found once per fit: a candidate's skills are looked up
        # here, one dict look-up per skill, instead of a table of all its skills made per candidate.
        asked: dict[str, list[int]] = defaultdict(list)
        for i, requirement in enumerate(profile.requirements):
            asked[requirement.skill_id].append(i)
        self.requirements_by_skill_: dict[str, tuple[int, ...]] = {k: tuple(v) for k, v in asked.items()}
        return self

    def score(self, candidate: Candidate) -> tuple[ScoreLine, ...]:
        """Evidence lines for every requirement of the fitted profile, in profile order, then the title line."""
        profile = self.profile_
        maxima = iter(self.max_points_[len(self.absent_lines_):])
        lines = list(self.absent_lines_)
        described: dict[int, str] = {}
        for i, record in self._asked_records(candidate):
            lines[i] = self._skill_line(candidate, record, profile.requirements[i], lines[i].max_points, described)
        if profile.titles:
            lines.append(self._title_line(candidate, next(maxima)))
        if profile.min_total_years is not None:
            lines.append(self._total_line(candidate, profile.min_total_years, profile.total_years_weight,
                                          next(maxima)))
        if profile.degree is not None:
            lines.append(self._degree_line(candidate, profile.degree, profile.degree_weight, next(maxima)))
        return tuple(_rounded(lines))

    def _asked_records(self, candidate: Candidate) -> list[tuple[int, SkillRecord]]:
        """Each requirement the candidate has, by index, with its skill record (the first record of an id
        wins, as in :meth:`Candidate.skill`), in profile order."""
        asked = self.requirements_by_skill_
        found: dict[int, SkillRecord] = {}
        for record in candidate.skills:
            indices = asked.get(record.skill_id)
            if indices is not None and indices[0] not in found:
                found.update((i, record) for i in indices)
        return sorted(found.items())  # indices are unique: only they are compared

    # ------------------------------------------------------------------ lines

    @staticmethod
    def _absent_line(requirement: Requirement, max_points: float) -> ScoreLine:
        """The line of a requirement the candidate lacks: no points, "not found"."""
        return ScoreLine(
            skill_id=requirement.skill_id, skill=requirement.name, requirement=requirement.kind,
            weight=requirement.weight, max_points=max_points, kind=requirement.skill_kind,
            found=FOUND_NO, points=0.0, note="not found",
        )

    def _skill_line(self, candidate: Candidate, record: SkillRecord, requirement: Requirement,
                    max_points: float, described: dict[int, str]) -> ScoreLine:
        """The line of a requirement the candidate has; ``described`` keeps the candidate's positions
        as written in evidence, each made once however many requirements cite it."""
        # Each line is made once from these (not made and then copied with replace: a large pool's cost).
        base: dict[str, Any] = {
            "skill_id": requirement.skill_id, "skill": requirement.name, "requirement": requirement.kind,
            "weight": requirement.weight, "max_points": max_points, "kind": requirement.skill_kind,
        }
        credit, notes, shortfalls, status = 1.0, [], [], MET
        checks: list[tuple[float, str]] = []
        strength = evidence_strength(record, candidate.positions)
        if record.implied_only:
            implied_by = ", ".join(_name(candidate, s) for s in record.implied_by)
            checks.append((self.implied_credit, f"{requirement.name} implied by {implied_by}"))
        if requirement.min_years is not None:
            factor, note, status = self._years_factor(record, requirement.min_years)
            checks.append((factor, f"{requirement.name}: {note}"))
        elif not record.implied_only:
            factor, note = self._strength_factor(record, strength)
            checks.append((factor, f"{requirement.name}: {note}"))
        if requirement.recent_within_years is not None:
            factor, note = self._recency_factor(record, _Clock.of(candidate), requirement.recent_within_years)
            checks.append((factor, f"{requirement.name} {note}"))
        if self.profile_.recency_half_life_years is not None:
            factor, note = self._decay_factor(record, _Clock.of(candidate), self.profile_.recency_half_life_years)
            checks.append((factor, f"{requirement.name} {note}"))
        for factor, note in checks:
            credit *= factor
            notes.append(note)
            if factor < 1.0:
                shortfalls.append(note)
        first = best_mention(record, candidate)
        return ScoreLine(
            **base,
            found=FOUND_IMPLIED if record.implied_only else FOUND_YES,
            points=max_points * credit,
            surface=first.surface if first else "",
            section=first.section if first else "",
            snippet=first.snippet if first else "",
            months=record.months,
            claimed_months=record.claimed_months,
            last_used=record.last_used,
            positions=tuple(_described(candidate, i, described) for i in record.positions),
            # Notes hold their own semicolons ("years unknown; 5 asked"): each is a sentence.
            note=". ".join(notes),
            shortfall=". ".join(shortfalls),
            status=status,
            evidence_strength=strength,
        )

    def _strength_factor(self, record: SkillRecord, strength: str) -> tuple[float, str]:
        """Credit and note for how the resume supports a skill asked without ``min_years``."""
        if strength == DATED:
            full = self.profile_.full_credit_years
            years = (record.months or 0) / 12
            share = min(1.0, years / full)
            factor = self.undated_position_credit + (1.0 - self.undated_position_credit) * share
            tail = "" if share >= 1.0 else f"; full credit at {full:g}"
            return factor, f"used {years:.1f} years in dated positions{tail}"
        credits = {UNDATED: self.undated_position_credit, LISTED: self.listed_only_credit,
                   PASSING: self.passing_credit}
        return credits[strength], _STRENGTH_NOTES[strength]

    @staticmethod
    def _decay_factor(record: SkillRecord, clock: _Clock, half_life: float) -> tuple[float, str]:
        """Credit kept after ``recency_half_life_years`` decay from the skill's last use to the resume's
        present (:func:`resume_clock`)."""
        if record.last_used is None or clock.present is None:
            return 1.0, "last use unknown, not decayed"
        years = max(0, clock.present.index - record.last_used.index) / 12
        factor = 0.5 ** (years / half_life)
        kept = f"keeps {factor:.2f} (half-life {half_life:g} years)"
        return factor, f"last used {record.last_used}, {years:.1f} years {clock.since}: {kept}"

    def _title_line(self, candidate: Candidate, max_points: float) -> ScoreLine:
        """The best of the candidate's headline and position titles against the profile's titles.

        A position's title counts less the longer ago it ended; the headline, what the resume
        says its owner is now, counts ``headline_credit``. On equal credit a position wins.
        """
        profile = self.profile_
        # Each line is made once (not made and then copied with replace: a large pool's cost).
        base: dict[str, Any] = {"skill_id": "title", "skill": "Job title", "requirement": "title",
                                "weight": profile.title_weight, "max_points": max_points}
        best = max(self._title_options(candidate), key=lambda option: (option.credit, option.met), default=None)
        if best is None:
            line = self.shared_lines_.get(("title", None))
            if line is None:
                note = f"no headline or position title matches {_join_titles(profile.titles)}"
                line = self.shared_lines_["title", None] = ScoreLine(**base, found=FOUND_NO, points=0.0, note=note,
                                                                     shortfall=note)
            return line
        seniority = f"; seniority {', '.join(best.match.seniority)}" if best.match.seniority else ""
        note = f"{best.source} {best.title!r} matches {best.match.matched!r} ({best.match.kind}){seniority}; {best.age}"
        return ScoreLine(
            **base, found=FOUND_YES, points=max_points * best.credit, surface=best.title, snippet=best.title,
            section="headline" if best.position is None else "experience",
            positions=() if best.position is None else (_describe(best.position),), note=note,
            shortfall=note if best.credit < 1.0 else "", status=MET if best.met else SHORT,
            evidence_strength=f"{best.match.kind} title",
        )

    def _title_options(self, candidate: Candidate) -> list[_TitleOption]:
        """Every position title that matches the profile's titles, then the headline, with its credit."""
        options = []
        clock = _Clock.of(candidate)
        for position in candidate.positions:
            match = self._match_title(position.title) if position.title else None
            if match is not None and match.kind != NO_TITLE:
                age_factor, age = self._title_age(position, clock)
                options.append(_TitleOption(self._title_credit(match) * age_factor, position.title or "", match,
                                            age, position, self._recent(position, clock.present)))
        if candidate.headline:
            match = self._match_title(candidate.headline)
            if match.kind != NO_TITLE:
                credit = self._title_credit(match) * self.headline_credit
                options.append(_TitleOption(credit, candidate.headline, match, "the resume's headline", None))
        return options

    def _match_title(self, title: str) -> TitleMatch:
        """:func:`~screener.titles.match_title` against the fitted profile's titles, once per title string."""
        match = self.title_matches_.get(title)
        if match is None:
            match = self.title_matches_[title] = match_title(title, self.profile_.titles)
        return match

    def _recent(self, position: Position, present: YearMonth | None) -> bool:
        """Whether a position is current or ended at most ``recent_title_years`` before the resume's present
        (:func:`resume_clock`); an undated one is not recent."""
        if position.current:
            return True
        if position.end is None or present is None:
            return False
        return present.index - position.end.index <= 12 * self.recent_title_years

    def _title_credit(self, match: TitleMatch) -> float:
        return 1.0 if match.kind == FULL_TITLE else self.partial_title_credit

    def _title_age(self, position: Position, clock: _Clock) -> tuple[float, str]:
        """Credit kept for how long before the resume's present (:func:`resume_clock`) a position
        ended: halves every ``title_half_life_years``."""
        if position.current:
            return 1.0, "current position"
        if position.end is None:
            return self.undated_title_credit, "position undated"
        if clock.present is None:
            return 1.0, f"ended {position.end}"
        years = max(0, clock.present.index - position.end.index) / 12
        factor = 0.5 ** (years / self.title_half_life_years)
        return factor, f"ended {position.end}, {years:.1f} years {clock.since}: keeps {factor:.2f}"

    def _years_factor(self, record: SkillRecord, min_years: float) -> tuple[float, str, str]:
        """Credit, note and status for ``min_years``: known years are met or short; unknown, unverified."""
        months = record.months if record.months is not None else record.claimed_months
        source = "" if record.months is not None else " (claimed)"
        if months is None:
            return self.unknown_years_credit, f"years unknown; {min_years:g} asked", UNVERIFIED
        years = months / 12
        if min_years <= 0 or years >= min_years:
            return 1.0, f"{years:.1f} years{source}; {min_years:g} asked", MET
        return years / min_years, f"{years:.1f} of {min_years:g} years{source}", SHORT

    def _recency_factor(self, record: SkillRecord, clock: _Clock, within: float) -> tuple[float, str]:
        """Credit and note for ``recent_within_years``, counted from the resume's present (:func:`resume_clock`)."""
        if record.last_used is None or clock.present is None:
            return 1.0, f"last use unknown; within {within:g} asked"
        months_ago = clock.present.index - record.last_used.index
        if months_ago / 12 <= within:
            return 1.0, f"last used {record.last_used}; within {within:g} asked"
        ago = _ago(months_ago, over=within, since=clock.since)
        return self.stale_credit, f"last used {record.last_used}, {ago}; within {within:g} asked"

    def _total_line(self, candidate: Candidate, min_years: float, weight: float, max_points: float) -> ScoreLine:
        """The total-experience line, made once per number of months and shared (a pool repeats them)."""
        months = candidate.total_months
        line = self.shared_lines_.get(("total", months))
        if line is None:
            line = self.shared_lines_["total", months] = self._new_total_line(months, min_years, weight, max_points)
        return line

    @staticmethod
    def _new_total_line(months: int | None, min_years: float, weight: float, max_points: float) -> ScoreLine:
        if months is None:
            # No dated position is no evidence of experience: it earns nothing, as a
            # short dated career would earn little.
            factor, found, status = 0.0, FOUND_NO, UNVERIFIED
            note = f"total experience unknown (no dated positions); {min_years:g} years asked"
        else:
            years = months / 12
            factor = 1.0 if min_years <= 0 else min(1.0, years / min_years)
            found, status = (FOUND_YES, MET) if factor >= 1.0 else (FOUND_NO, SHORT)
            note = f"total experience {years:.1f} of {min_years:g} years"
        return ScoreLine(
            skill_id="total_experience", skill="Total experience", requirement="experience",
            found=found, weight=weight, max_points=max_points,
            points=max_points * factor, months=months, note=note,
            shortfall=note if factor < 1.0 else "", status=status,
        )

    def _degree_line(self, candidate: Candidate, degree: str, weight: float, max_points: float) -> ScoreLine:
        wanted = DEGREE_LEVELS.index(degree)
        levels = [e for e in candidate.education if e.level in DEGREE_LEVELS]
        best = max(levels, key=lambda e: DEGREE_LEVELS.index(e.level or ""), default=None)
        met = best is not None and DEGREE_LEVELS.index(best.level or "") >= wanted
        note = (f"has {best.level}" if best else "no degree found") + f"; {degree} asked"
        return ScoreLine(
            skill_id="degree", skill="Degree", requirement="degree",
            found=FOUND_YES if met else FOUND_NO, weight=weight, max_points=max_points,
            points=max_points if met else 0.0,
            snippet=best.snippet if best else "", note=note,
            shortfall="" if met else note, status=MET if met else MISSING,
        )


def resume_clock(candidate: Candidate) -> YearMonth | None:
    """The month a candidate's titles and skills are aged from: the resume's present, else the screening's
    as-of month.

    One clock for the title line's decay and its gate and for a skill's recency (``recent_within_years``,
    ``recency_half_life_years``): a current job is held at the resume's present (the month its
    "Current" stands for, see :mod:`screener.present`), so an ended one, and a skill last used in
    it, is aged from that month too, not from the screening date; a resume saved in 2018 whose job
    ended in 2016 held that title, and used that job's skills, two years before its present,
    however late it is screened.
    A resume with no present of its own (no plausible saved date) has the as-of month as its
    present, as its "Current" does; the latest date it writes is only a floor (an old
    job is not held now).

    >>> from screener.models import Candidate
    >>> resume = Candidate("c", "c.pdf", "c.pdf", "", "pdf", None, (), as_of=YearMonth(2026, 11),
    ...                    present=YearMonth(2018, 6), present_source="document")
    >>> resume_clock(resume), resume_clock(Candidate("d", "d.pdf", "d.pdf", "", "pdf", None, ()))
    (YearMonth(year=2018, month=6), None)
    """
    return candidate.present or candidate.as_of


def evidence_strength(record: SkillRecord, positions: tuple[Position, ...]) -> str:
    """How the resume supports a skill, strongest first: dated positions, undated positions, listed, in passing.

    >>> from screener.models import SkillId, SkillRecord, SkillMention
    >>> m = SkillMention(SkillId("python"), "Python", "skills", "Python", 3, 0, 6)
    >>> evidence_strength(SkillRecord(SkillId("python"), "Python", mentions=(m,)), ())
    'listed only'
    """
    if record.implied_only:
        return IMPLIED
    if record.months is not None and record.positions:
        return DATED
    if any(_in_a_position(m, positions) for m in record.mentions):
        return UNDATED
    if any(m.section == "skills" for m in record.mentions):
        return LISTED
    return PASSING


def _in_a_position(mention: SkillMention, positions: tuple[Position, ...]) -> bool:
    """A mention that tells of use in a job: in an experience section or a position's lines, not taught."""
    if mention.context is not None or mention.section in _NOT_USE_SECTIONS:
        return False
    return mention.section == "experience" or any(p.first_line <= mention.line < p.last_line for p in positions)


def _join_titles(titles: tuple[str, ...]) -> str:
    return ", ".join(repr(t) for t in titles)


def apportion(values: list[float]) -> list[float]:
    """Round to cents so that the rounded values add up to the rounded total (largest remainder).

    >>> apportion([100 / 3, 100 / 3, 100 / 3])
    [33.34, 33.33, 33.33]
    """
    cents = [v * 100 for v in values]
    floors = [math.floor(c + 1e-9) for c in cents]
    short = round(sum(cents)) - sum(floors)
    if short > 0:  # most candidates' lines need no cent moved: no sort then
        order = sorted(range(len(values)), key=lambda i: (-(cents[i] - floors[i]), i))
        for i in order[:short]:
            floors[i] += 1
    return [f / 100 for f in floors]


def _rounded(lines: list[ScoreLine]) -> list[ScoreLine]:
    """The lines with their points rounded to cents that add up to the rounded score (:func:`apportion`).

    Only lines that earned something take part: a line of no points floors to no cents and is never
    given one (its remainder is nothing, below any line that earned some), so leaving it out changes
    no cent, and most of a large pool's lines are requirements it lacks. A line whose points the
    rounding leaves as they are is kept, not copied: ``dataclasses.replace`` is costly in a large pool.
    """
    earning = [i for i, line in enumerate(lines) if line.points]
    for i, earned in zip(earning, apportion([lines[i].points for i in earning]), strict=True):
        line = lines[i]
        capped = min(earned, line.max_points)
        if capped != line.points:
            lines[i] = replace(line, points=capped)
    return lines


def best_mention(record: SkillRecord, candidate: Candidate) -> SkillMention | None:
    """The mention a reviewer should see: one inside a dated position, else in skills, else the first."""
    if not record.mentions:
        return None
    spans = [candidate.positions[i] for i in record.positions]
    for mention in record.mentions:
        if any(p.first_line <= mention.line < p.last_line for p in spans):
            return mention
    return next((m for m in record.mentions if m.section == "skills"), record.mentions[0])


def _ago(months: int, *, over: float = 0.0, since: str = "ago") -> str:
    """ "4 years ago", "1 year ago", "8 months ago": how long since a month, as people say it
    (``since`` says from when: "ago", or "before the resume's present (2018-06)").

    Whole years, unless rounding would not show that it is more than ``over`` years.

    >>> _ago(47), _ago(13), _ago(8), _ago(25, over=2), _ago(36, since="before 2018-06")
    ('4 years ago', '1 year ago', '8 months ago', '2.1 years ago', '3 years before 2018-06')
    """
    if months < 12:
        return f"{months} month{'s' if months != 1 else ''} {since}"
    years = round(months / 12)
    if years <= over:
        return f"{months / 12:.1f} years {since}"
    return f"{years} year{'s' if years != 1 else ''} {since}"


def _name(candidate: Candidate, skill_id: str) -> str:
    record = candidate.skill(skill_id)
    return record.name if record else skill_id


def _described(candidate: Candidate, index: int, described: dict[int, str]) -> str:
    """:func:`_describe` of the candidate's position ``index``, made once per candidate."""
    text = described.get(index)
    if text is None:
        text = described[index] = _describe(candidate.positions[index])
    return text


def _describe(position: Position) -> str:
    """ "Backend Engineer @ Acme (2019-01..present)" for evidence columns."""
    who = " @ ".join(part for part in (position.title, position.employer) if part) or "position"
    start = str(position.start) if position.start else "?"
    end = "present" if position.current else (str(position.end) if position.end else "?")
    return f"{who} ({start}..{end})"
