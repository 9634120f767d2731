"""The scorer: one candidate against one profile, with a line of evidence per point.

Rules (each a keyword setting of :class:`Scorer`, documented in the README):

* Every requirement can earn at most its ``weight``; the score is the earned
  share of all weights on a 0-100 scale, and each evidence line's ``points``
  are on that scale too, so a candidate's points add up to its score.
* A skill the resume names earns full credit; a skill only implied by another
  (Python from Django) earns ``implied_credit`` (default 0.5).
* ``min_years``: derived months (from dated positions) are compared with the
  minimum, claimed months ("5+ years of Python") when none are derived. A
  shortfall earns the met share (2.1 of 3 years earns 0.7 of the credit);
  a skill whose years are unknown earns ``unknown_years_credit`` (default 0.5)
  and is *unverified*, never met: the ranking gate holds it below candidates
  whose years are known and enough.
* ``recent_within_years``: a skill last used longer ago earns ``stale_credit``
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
    ) -> None:
        self.implied_credit = implied_credit
        self.unknown_years_credit = unknown_years_credit
        self.stale_credit = stale_credit

    def fit(self, profile: JobProfile) -> Scorer:
        """Validate the settings and learn the profile's total weight."""
        for name in ("implied_credit", "unknown_years_credit", "stale_credit"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ConfigError(f"{name} must be between 0 and 1, got {value}")
        weights = [r.weight for r in profile.requirements]
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
        return self

    def score(self, candidate: Candidate) -> tuple[ScoreLine, ...]:
        """Evidence lines for every requirement of the fitted profile, in profile order."""
        profile = self.profile_
        maxima = iter(self.max_points_)
        lines = [self._skill_line(candidate, r, next(maxima)) for r in profile.requirements]
        if profile.min_total_years is not None:
            lines.append(self._total_line(candidate, profile.min_total_years, profile.total_years_weight,
                                          next(maxima)))
        if profile.degree is not None:
            lines.append(self._degree_line(candidate, profile.degree, profile.degree_weight, next(maxima)))
        points = apportion([line.points for line in lines])
        return tuple(
            replace(line, points=min(earned, line.max_points)) for line, earned in zip(lines, points, strict=True)
        )

    # ------------------------------------------------------------------ lines

    def _skill_line(self, candidate: Candidate, requirement: Requirement, max_points: float) -> ScoreLine:
        record = candidate.skill(requirement.skill_id)
        base = ScoreLine(
            skill_id=requirement.skill_id, skill=requirement.name, requirement=requirement.kind,
            found=FOUND_NO, weight=requirement.weight, max_points=max_points, points=0.0,
            kind=requirement.skill_kind,
        )
        if record is None:
            return replace(base, note="not found")
        credit, notes, shortfalls, status = 1.0, [], [], MET
        checks: list[tuple[float, str]] = []
        if record.implied_only:
            implied_by = ", ".join(_name(candidate, s) for s in record.implied_by)
            checks.append((self.implied_credit, f"{requirement.name} implied by {implied_by}"))
        if requirement.min_years is not None:
            factor, note, status = self._years_factor(record, requirement.min_years)
            checks.append((factor, f"{requirement.name}: {note}"))
        if requirement.recent_within_years is not None:
            factor, note = self._recency_factor(record, candidate.as_of, requirement.recent_within_years)
            checks.append((factor, f"{requirement.name} {note}"))
        for factor, note in checks:
            credit *= factor
            notes.append(note)
            if factor < 1.0:
                shortfalls.append(note)
        first = best_mention(record, candidate)
        return replace(
            base,
            found=FOUND_IMPLIED if record.implied_only else FOUND_YES,
            points=max_points * credit,
            surface=first.surface if first else "",
            section=first.section if first else "",
            snippet=first.snippet if first else "",
            months=record.months,
            claimed_months=record.claimed_months,
            last_used=record.last_used,
            positions=tuple(_describe(candidate.positions[i]) for i in record.positions),
            # Notes hold their own semicolons ("years unknown; 5 asked"): each is a sentence.
            note=". ".join(notes),
            shortfall=". ".join(shortfalls),
            status=status,
        )

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

    def _recency_factor(
        self, record: SkillRecord, as_of: YearMonth | None, within: float
    ) -> tuple[float, str]:
        if record.last_used is None or as_of is None:
            return 1.0, f"last use unknown; within {within:g} asked"
        months_ago = as_of.index - record.last_used.index
        if months_ago / 12 <= within:
            return 1.0, f"last used {record.last_used}; within {within:g} asked"
        ago = _ago(months_ago, over=within)
        return self.stale_credit, f"last used {record.last_used}, {ago}; within {within:g} asked"

    def _total_line(self, candidate: Candidate, min_years: float, weight: float, max_points: float) -> ScoreLine:
        months = candidate.total_months
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


def apportion(values: list[float]) -> list[float]:
    """Round to cents so that the rounded values add up to the rounded total (largest remainder).

    >>> apportion([100 / 3, 100 / 3, 100 / 3])
    [33.34, 33.33, 33.33]
    """
    cents = [v * 100 for v in values]
    floors = [math.floor(c + 1e-9) for c in cents]
    short = round(sum(cents)) - sum(floors)
    order = sorted(range(len(values)), key=lambda i: (-(cents[i] - floors[i]), i))
    for i in order[:max(0, short)]:
        floors[i] += 1
    return [f / 100 for f in floors]


def best_mention(record: SkillRecord, candidate: Candidate) -> SkillMention | None:
    """The mention a reviewer should see: one inside a dated position, else in skills, else the first."""
    if not record.mentions:
        return None
    spans = [candidate.positions[i] for i in record.positions]
    for mention in record.mentions:
        if any(p.first_line <= mention.line < p.last_line for p in spans):
            return mention
    return next((m for m in record.mentions if m.section == "skills"), record.mentions[0])


def _ago(months: int, *, over: float = 0.0) -> str:
    """ "4 years ago", "1 year ago", "8 months ago": how long since a month, as people say it.

    Whole years, unless rounding would not show that it is more than ``over`` years.

    >>> _ago(47), _ago(13), _ago(8), _ago(25, over=2)
    ('4 years ago', '1 year ago', '8 months ago', '2.1 years ago')
    """
    if months < 12:
        return f"{months} month{'s' if months != 1 else ''} ago"
    years = round(months / 12)
    if years <= over:
        return f"{months / 12:.1f} years ago"
    return f"{years} year{'s' if years != 1 else ''} ago"


def _name(candidate: Candidate, skill_id: str) -> str:
    record = candidate.skill(skill_id)
    return record.name if record else skill_id


def _describe(position: Position) -> str:
    """ "Backend Engineer @ Acme (2019-01..present)" for evidence columns."""
    who = " @ ".join(part for part in (position.title, position.employer) if part) or "position"
    start = str(position.start) if position.start else "?"
    end = "present" if position.current else (str(position.end) if position.end else "?")
    return f"{who} ({start}..{end})"
