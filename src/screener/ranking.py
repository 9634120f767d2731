"""rank(): order candidates against a profile and explain each place in plain English.

Order: by default the must-have gate ranks candidates in three tiers: every
must-have met and verified, then every must-have met but some unverified
(years asked, years unknown), then the rest (a must-have missing, or fewer
years than asked); a profile's ``gate: must-haves or title`` puts a candidate
whose headline, current or recent position title matches one of its titles in full
(the title line ``met``, see :mod:`screener.scoring`) in the first tier too,
and ``gate: off`` or ``must_have_gate=False`` turns the gate off. Within a tier by
score, then by must-haves met, then by file name, path and candidate id, so
ties always break the same way. Unknown years are never rewarded: a candidate
whose years are unknown ranks below one whose years are known and enough.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, overload

from ._version import __version__
from .assemble import mark_duplicates
from .cells import join_items
from .errors import ConfigError
from .models import Candidate, Documented, Failure
from .profile import GATE_MUST_HAVES_OR_TITLE, GATE_OFF, JobProfile
from .same_person import flag_same_people
from .scoring import FOUND_NO, MET, MISSING, SHORT, UNVERIFIED, ScoreLine, Scorer

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True, slots=True)
class RankedCandidate(Documented):
    """A candidate's place in a ranking, its score and why.

    Attributes:
        rank: 1 for the best.
        candidate: the parsed resume.
        score: 0-100, the sum of ``lines``' points.
        lines: one evidence line per requirement, in profile order.
        must_have_met: how many must-haves were found (named or implied) and not
            short of the years asked, verified or not.
        must_have_verified: how many of those are verified: the years asked
            are known (derived or claimed) and enough, or none are asked.
        must_have_total: how many the profile lists.
        missing_must_have: display names of must-haves not found.
        matched_nice_to_have: display names of nice-to-haves found.
        explanation: one plain-English sentence.
        flags: things a reviewer should look at (``missing_must_have``, ``hidden_text``...).
        tier: the must-have gate's tier, which orders before the score: 1 every must-have met and verified
            (or, under ``gate: must-haves or title``, a title the profile names), 2 every must-have met but
            some unverified, 3 the rest; None when the gate is off.
    """

    rank: int
    candidate: Candidate
    score: float
    lines: tuple[ScoreLine, ...]
    must_have_met: int
    must_have_verified: int
    must_have_total: int
    missing_must_have: tuple[str, ...]
    matched_nice_to_have: tuple[str, ...]
    explanation: str
    flags: tuple[str, ...]
    tier: int | None = None

    @property
    def has_all_must_have(self) -> bool:
        """True when no must-have is missing."""
        return not self.missing_must_have


@dataclass(frozen=True, slots=True)
class Ranking:
    """Candidates ranked against one profile.

    Attributes:
        profile: the profile ranked against.
        entries: ranked candidates, best first.
        settings: the settings that shaped the ranking, as sorted pairs.
        tool_version: screener's version.
        taxonomy_version: the taxonomy version the candidates were parsed with.
    """

    profile: JobProfile
    entries: tuple[RankedCandidate, ...]
    settings: tuple[tuple[str, str], ...] = ()
    tool_version: str = __version__
    taxonomy_version: str = ""

    def __iter__(self) -> Iterator[RankedCandidate]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def to_dict(self, *, failures: Iterable[Failure] = ()) -> dict[str, Any]:
        """The ranking as one JSON-ready document that ``json.dumps`` writes as it is.

        ``schema_version``, ``kind`` and ``tool_version`` open it, then the taxonomy version, the
        profile's hash and the profile, the settings, and per candidate its rank, score, tier,
        must-haves met, verified and total (integers) and each score line's points and evidence; then
        ``failures`` (the files that could not be read, as ``screener.screen`` returns them).
        ``screener.json_schema("ranking")`` is its JSON Schema.

        Example:
            >>> text = json.dumps(ranking.to_dict(failures=result.failures))  # doctest: +SKIP
        """
        from .documents import ranking_document

        return ranking_document(self, failures)

    def rows(self) -> list[dict[str, Any]]:
        """One mapping per candidate: the columns of ranking.csv, values unformatted."""
        return [
            {
                "rank": e.rank,
                "candidate_id": e.candidate.candidate_id,
                "file": e.candidate.file_name,
                "name": e.candidate.name or "",
                "score": e.score,
                "must_have_met": f"{e.must_have_met}/{e.must_have_total}",
                "must_have_verified": f"{e.must_have_verified}/{e.must_have_total}",
                "missing_must_have": join_items(e.missing_must_have),
                "matched_nice_to_have": join_items(e.matched_nice_to_have),
                "total_years": None if e.candidate.total_months is None
                else round(e.candidate.total_months / 12, 1),
                "explanation": e.explanation,
                "flags": join_items(e.flags),
                "path": e.candidate.path,
                "tool_version": self.tool_version,
                "taxonomy_version": self.taxonomy_version,
                "profile_hash": self.profile.sha256[:16],
            }
            for e in self.entries
        ]

    def evidence_rows(self) -> list[dict[str, Any]]:
        """One mapping per candidate and requirement: the columns of evidence.csv."""
        rows = []
        for e in self.entries:
            for line in e.lines:
                rows.append({
                    "rank": e.rank,
                    "candidate_id": e.candidate.candidate_id,
                    "file": e.candidate.file_name,
                    "skill": line.skill,
                    "skill_id": line.skill_id,
                    "kind": line.kind,
                    "requirement": line.requirement,
                    "found": line.found,
                    "evidence_strength": line.evidence_strength,
                    "weight": line.weight,
                    "max_points": line.max_points,
                    "points": line.points,
                    "months": line.months,
                    "claimed_months": line.claimed_months,
                    "last_used": str(line.last_used) if line.last_used else "",
                    "positions": join_items(line.positions),
                    "surface": line.surface,
                    "section": line.section,
                    "snippet": line.snippet,
                    "note": line.note,
                    "present": str(e.candidate.present) if e.candidate.present else "",
                    "present_source": e.candidate.present_source,
                    "path": e.candidate.path,
                    "tool_version": self.tool_version,
                    "taxonomy_version": self.taxonomy_version,
                    "profile_hash": self.profile.sha256[:16],
                })
        return rows

    def to_frame(self) -> pd.DataFrame:
        """The ranking as a pandas DataFrame, one row per candidate, best first.

        ranking.csv's columns, typed (:data:`screener.frames.RANKING_FRAME`): ``must_have_met`` and
        ``must_have_total`` are integers, ``score`` a float, lists are lists, missing is ``pd.NA``.

        Example:
            >>> frame = ranking.to_frame()  # doctest: +SKIP
            >>> frame[frame.must_have_met == frame.must_have_total].nlargest(5, "score")  # doctest: +SKIP
        """
        from .frames import ranking_frame

        return ranking_frame(self)

    def evidence_frame(self) -> pd.DataFrame:
        """The evidence as a DataFrame, one row per candidate and requirement (evidence.csv's columns, typed).

        See :data:`screener.frames.EVIDENCE_FRAME`: points and weights are floats, months integers,
        ``last_used`` and ``present`` month periods, ``positions`` a list.
        """
        from .frames import evidence_frame

        return evidence_frame(self)

    @overload
    def __getitem__(self, index: int) -> RankedCandidate: ...

    @overload
    def __getitem__(self, index: slice) -> Ranking: ...

    def __getitem__(self, index: int | slice) -> RankedCandidate | Ranking:
        """``ranking[0]`` is the best candidate; ``ranking[2:5]`` a :class:`Ranking` of those places.

        A slice keeps each candidate's rank in the whole ranking, and the profile and settings.
        """
        if isinstance(index, slice):
            return replace(self, entries=self.entries[index])
        return self.entries[index]

    def top(self, k: int) -> Ranking:
        """The best ``k`` candidates, as a :class:`Ranking`: the same as ``rank(..., top=k)``.

        A Ranking rather than a tuple, so that ``ranking.top(10).to_frame()`` and its reports work;
        iterate it for the :class:`RankedCandidate` entries. The manifest's ``top`` setting says ``k``.

        Raises:
            ConfigError: ``k`` is negative.
        """
        if k < 0:
            raise ConfigError(f"top(k) needs k >= 0, got {k}")
        settings = tuple(sorted({**dict(self.settings), "top": str(k)}.items()))
        return replace(self, entries=self.entries[:k], settings=settings)


RANKING_COLUMNS = (
    "rank", "candidate_id", "file", "name", "score", "must_have_met", "must_have_verified", "missing_must_have",
    "matched_nice_to_have", "total_years", "explanation", "flags", "path",
    "tool_version", "taxonomy_version", "profile_hash",
)
EVIDENCE_COLUMNS = (
    "rank", "candidate_id", "file", "skill", "skill_id", "kind", "requirement", "found", "evidence_strength", "weight",
    "max_points", "points", "months", "claimed_months", "last_used", "positions", "surface",
    "section", "snippet", "note", "present", "present_source", "path", "tool_version", "taxonomy_version",
    "profile_hash",
)


def rank(
    candidates: Iterable[Candidate],
    profile: JobProfile,
    *,
    must_have_gate: bool = True,
    top: int | None = None,
    scorer: Scorer | None = None,
) -> Ranking:
    """Score and rank parsed candidates against a profile.

    Args:
        candidates: parsed resumes (from :func:`screener.parse_resume`).
        profile: the job profile (from :func:`screener.load_profile`).
        must_have_gate: rank everyone missing a must-have below everyone who has them all, as
            the profile's ``gate`` says (False: no gate, whatever the profile says).
        top: keep only the best ``top`` candidates.
        scorer: scoring settings (default :class:`Scorer()`).

    Returns:
        A :class:`Ranking`, best first.

    Example:
        >>> import screener
        >>> profile = screener.load_profile({"must_have": ["Python"], "nice_to_have": ["Docker"]})
        >>> ranking = screener.rank([screener.parse_resume("cv.pdf")], profile)  # doctest: +SKIP
        >>> ranking.to_frame()[["rank", "file", "score"]]  # doctest: +SKIP
    """
    scorer = (scorer or Scorer()).fit(profile)
    gated = must_have_gate and profile.gate != GATE_OFF
    by_title = profile.gate == GATE_MUST_HAVES_OR_TITLE
    scored = []
    # The same flags whoever calls: files with the same bytes, then files of one person.
    for candidate in flag_same_people(mark_duplicates(candidates)):
        lines = scorer.score(candidate)
        scored.append(_Scored.of(candidate, lines, by_title))
    scored.sort(key=lambda item: item.order(gated=gated))
    gates = _gate_reasons(scored) if gated else [""] * len(scored)
    if top is not None:
        scored = scored[:top]
    entries = tuple(
        _entry(position, item, gate, tier=item.tier + 1 if gated else None)
        for position, (item, gate) in enumerate(zip(scored, gates[: len(scored)], strict=True), start=1)
    )
    taxonomy_versions = sorted({i.candidate.taxonomy_version for i in scored if i.candidate.taxonomy_version})
    settings = {
        "must_have_gate": str(must_have_gate),
        "gate": profile.gate if gated else GATE_OFF,
        "top": str(top),
        **{k: str(v) for k, v in sorted(scorer.get_params().items())},
    }
    return Ranking(
        profile=profile,
        entries=entries,
        settings=tuple(sorted(settings.items())),
        taxonomy_version=", ".join(taxonomy_versions),
    )


@dataclass(frozen=True, slots=True)
class _Scored:
    """A candidate with its evidence lines and score, before it has a place.

    What the gate, the sort and the entry ask of the must-haves is read once, here: a large pool asks often.
    """

    candidate: Candidate
    lines: tuple[ScoreLine, ...]
    score: float
    by_title: bool = False
    """The profile's gate is ``must-haves or title``: a matching title passes it."""
    must_statuses: tuple[tuple[str, str], ...] = ()
    """Each must-have line's skill and status, in order."""
    nice_found: tuple[tuple[str, bool], ...] = ()
    """Each nice-to-have line's skill and whether it was found, in order."""
    passes_by_title: bool = False
    """The gate lets a title through, and the headline or a recent position title matches one in full."""
    not_met: int = 0
    """How many must-haves are missing or short of the years asked."""
    unverified: int = 0
    """How many must-haves are found but their years unknown."""

    @classmethod
    def of(cls, candidate: Candidate, lines: tuple[ScoreLine, ...], by_title: bool) -> _Scored:
        """A candidate's scored lines, its score their points' sum."""
        musts, nices, passes, not_met, unverified = [], [], False, 0, 0
        for ln in lines:
            if ln.requirement == "must-have":
                musts.append((ln.skill, ln.status))
                not_met += ln.status in _NOT_MET
                unverified += ln.status == UNVERIFIED
            elif ln.requirement == "nice-to-have":
                nices.append((ln.skill, ln.found != FOUND_NO))
            elif ln.requirement == "title":
                passes = passes or (by_title and ln.status == MET)  # a full, recent title (scoring's rule)
        return cls(candidate, lines, round(sum([line.points for line in lines]), 2), by_title, tuple(musts),
                   tuple(nices), passes, not_met, unverified)

    def musts(self, *statuses: str) -> list[str]:
        """Names of the must-haves whose status is one of ``statuses``."""
        return [skill for skill, status in self.must_statuses if status in statuses]

    @property
    def tier(self) -> int:
        """0: every must-have met and verified (or a title that passes); 1: met, some unverified; 2: the rest."""
        if self.passes_by_title:
            return 0
        if self.not_met:
            return 2
        return 1 if self.unverified else 0

    def order(self, *, gated: bool) -> tuple[Any, ...]:
        """The sort key: the gate's tier, score, must-haves not met, then names for stable ties."""
        c = self.candidate
        return (self.tier if gated else 0, -self.score, self.not_met, c.file_name, c.path, c.candidate_id)


_NOT_MET = frozenset({MISSING, SHORT})


def _gate_reasons(ranked: list[_Scored]) -> list[str]:
    """For each place, why the gate puts it above a higher score or below a lower one ("" when it does not)."""
    scores = [item.score for item in ranked]
    highest_after = list(itertools.accumulate(reversed([*scores[1:], -math.inf]), max))[::-1]
    lowest_before = list(itertools.accumulate([math.inf, *scores[:-1]], min))
    return [
        _gate_reason(item, above=highest_after[i] > item.score, below=lowest_before[i] < item.score)
        for i, item in enumerate(ranked)
    ]


def _gate_reason(item: _Scored, *, above: bool, below: bool) -> str:
    """ "ranks above higher scores: all must-haves verified", or why it ranks below lower scores."""
    if not (above or below):
        return ""
    reasons = []
    unverified, not_met = item.musts(UNVERIFIED), item.musts(MISSING, SHORT)
    if above:
        reasons.append("ranks above higher scores: " + _passes(item, unverified, not_met))
    if below:
        title = ", and no recent title the profile names in full" if item.by_title else ""
        reasons.append("ranks below lower scores: " + (
            f"must-have not met ({_join(not_met)})" if not_met else f"{_join(unverified)} unverified (years unknown)"
        ) + title)
    return "; ".join(reasons)


def _passes(item: _Scored, unverified: list[str], not_met: list[str]) -> str:
    """Why a candidate passes the gate: "all must-haves verified", or the title it holds."""
    if item.passes_by_title and (unverified or not_met):
        return "holds a title the profile names"
    return f"all must-haves met, {_join(unverified)} unverified" if unverified else "all must-haves verified"


def _entry(position: int, item: _Scored, gate: str, *, tier: int | None) -> RankedCandidate:
    missing = tuple(item.musts(MISSING)) if item.not_met else ()
    nice_found = tuple(skill for skill, found in item.nice_found if found)
    flags = list(item.candidate.flags)
    if item.unverified:
        flags.insert(0, "unverified_must_have")
    if missing:
        flags.insert(0, "missing_must_have")
    musts = len(item.must_statuses)
    return RankedCandidate(
        rank=position,
        candidate=item.candidate,
        score=item.score,
        lines=item.lines,
        must_have_met=musts - item.not_met,
        must_have_verified=musts - item.not_met - item.unverified,
        must_have_total=musts,
        missing_must_have=missing,
        matched_nice_to_have=nice_found,
        explanation=_explained(item.lines, item.score, gate, item.must_statuses, item.nice_found),
        flags=tuple(flags),
        tier=tier,
    )


def explain(lines: tuple[ScoreLine, ...], score: float, *, gate: str = "") -> str:
    """Plain-English sentences: the score (and why the gate moved it), must-haves, nice-to-haves, shortfalls.

    >>> from screener.scoring import ScoreLine
    >>> explain((ScoreLine("python", "Python", "must-have", "yes", 3, 75, 75, status="met"),
    ...          ScoreLine("docker", "Docker", "nice-to-have", "no", 1, 25, 0)), 75.0)
    'Scores 75.0. Meets the 1 must-have. Matches none of 1 nice-to-have (lacks Docker).'
    """
    musts = tuple((ln.skill, ln.status) for ln in lines if ln.requirement == "must-have")
    nices = tuple((ln.skill, ln.found != FOUND_NO) for ln in lines if ln.requirement == "nice-to-have")
    return _explained(lines, score, gate, musts, nices)


def _explained(lines: tuple[ScoreLine, ...], score: float, gate: str, musts: tuple[tuple[str, str], ...],
               nices: tuple[tuple[str, bool], ...]) -> str:
    """:func:`explain`, given each must-have's name and status and each nice-to-have's name and whether found."""
    sentences = [f"Scores {score:.1f}" + (f"; {gate}" if gate else ""), *_requirement_sentences(musts, nices)]
    sentences += [_capitalised(ln.shortfall) for ln in lines if ln.shortfall]
    return ". ".join(sentences) + "."


@functools.lru_cache(maxsize=4096)
def _requirement_sentences(musts: tuple[tuple[str, str], ...], nices: tuple[tuple[str, bool], ...]) -> tuple[str, ...]:
    """The must-have and nice-to-have sentences, made once per outcome: a large pool repeats a few outcomes."""
    return (*_must_have_sentence(musts), *_nice_to_have_sentence(nices))


def _must_have_sentence(musts: tuple[tuple[str, str], ...]) -> list[str]:
    """ "Meets 1 of 2 must-haves: missing Django", "Meets all 2 must-haves: Python unverified"."""
    if not musts:
        return []
    def names(*statuses: str) -> list[str]:
        return [skill for skill, status in musts if status in statuses]

    met = len(names(MET, UNVERIFIED))
    if met == len(musts):
        head = "Meets the 1 must-have" if met == 1 else f"Meets all {met} must-haves"
    else:
        head = f"Meets {met} of {len(musts)} must-have{'s' if len(musts) != 1 else ''}"
    details = []
    if names(MISSING):
        details.append(f"missing {_join(names(MISSING))}")
    if names(SHORT):
        details.append(f"too few years of {_join(names(SHORT))}")
    if names(UNVERIFIED):
        details.append(f"{_join(names(UNVERIFIED))} unverified")
    return [head + (": " + "; ".join(details) if details else "")]


def _nice_to_have_sentence(nices: tuple[tuple[str, bool], ...]) -> list[str]:
    """ "Matches 1 of 2 nice-to-haves (FastAPI)", or "Matches none of 2 nice-to-haves (lacks ...)"."""
    if not nices:
        return []
    noun = f"{len(nices)} nice-to-have{'s' if len(nices) != 1 else ''}"
    matched = [skill for skill, found in nices if found]
    if matched:
        return [f"Matches {len(matched)} of {noun} ({_join(matched)})"]
    return [f"Matches none of {noun} (lacks {_join([skill for skill, _ in nices])})"]


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join(names: list[str]) -> str:
    return ", ".join(names)
