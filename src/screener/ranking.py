"""rank(): order candidates against a profile and explain each place in plain English.

Order: by default every candidate who has all must-haves ranks above every
candidate missing one (``must_have_gate=False`` turns that off); then by score,
then by must-haves met, then by file name, path and candidate id, so ties
always break the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .models import Candidate
from .profile import JobProfile
from .same_person import flag_same_people
from .scoring import FOUND_NO, ScoreLine, Scorer

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True, slots=True)
class RankedCandidate:
    """A candidate's place in a ranking, its score and why.

    Attributes:
        rank: 1 for the best.
        candidate: the parsed resume.
        score: 0-100, the sum of ``lines``' points.
        lines: one evidence line per requirement, in profile order.
        must_have_met: how many must-haves were found (named or implied).
        must_have_total: how many the profile lists.
        missing_must_have: display names of must-haves not found.
        matched_nice_to_have: display names of nice-to-haves found.
        explanation: one plain-English sentence.
        flags: things a reviewer should look at (``missing_must_have``, ``hidden_text``...).
    """

    rank: int
    candidate: Candidate
    score: float
    lines: tuple[ScoreLine, ...]
    must_have_met: int
    must_have_total: int
    missing_must_have: tuple[str, ...]
    matched_nice_to_have: tuple[str, ...]
    explanation: str
    flags: tuple[str, ...]

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
                "missing_must_have": "; ".join(e.missing_must_have),
                "matched_nice_to_have": "; ".join(e.matched_nice_to_have),
                "total_years": None if e.candidate.total_months is None
                else round(e.candidate.total_months / 12, 1),
                "explanation": e.explanation,
                "flags": "; ".join(e.flags),
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
                    "requirement": line.requirement,
                    "found": line.found,
                    "weight": line.weight,
                    "max_points": line.max_points,
                    "points": line.points,
                    "months": line.months,
                    "claimed_months": line.claimed_months,
                    "last_used": str(line.last_used) if line.last_used else "",
                    "positions": "; ".join(line.positions),
                    "surface": line.surface,
                    "section": line.section,
                    "snippet": line.snippet,
                    "note": line.note,
                    "path": e.candidate.path,
                    "tool_version": self.tool_version,
                    "taxonomy_version": self.taxonomy_version,
                    "profile_hash": self.profile.sha256[:16],
                })
        return rows

    def to_frame(self) -> pd.DataFrame:
        """The ranking as a pandas DataFrame, one row per candidate (ranking.csv's columns).

        Example:
            >>> frame = ranking.to_frame()  # doctest: +SKIP
            >>> frame[frame.must_have_met == "3/3"].nlargest(5, "score")  # doctest: +SKIP
        """
        import pandas as pd

        return pd.DataFrame(self.rows(), columns=list(RANKING_COLUMNS))

    def evidence_frame(self) -> pd.DataFrame:
        """The evidence as a DataFrame, one row per candidate and requirement."""
        import pandas as pd

        return pd.DataFrame(self.evidence_rows(), columns=list(EVIDENCE_COLUMNS))


RANKING_COLUMNS = (
    "rank", "candidate_id", "file", "name", "score", "must_have_met", "missing_must_have",
    "matched_nice_to_have", "total_years", "explanation", "flags", "path",
    "tool_version", "taxonomy_version", "profile_hash",
)
EVIDENCE_COLUMNS = (
    "rank", "candidate_id", "file", "skill", "skill_id", "requirement", "found", "weight",
    "max_points", "points", "months", "claimed_months", "last_used", "positions", "surface",
    "section", "snippet", "note", "path", "tool_version", "taxonomy_version", "profile_hash",
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
        must_have_gate: rank everyone missing a must-have below everyone who has them all.
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
    scored = []
    for candidate in flag_same_people(candidates):
        lines = scorer.score(candidate)
        score = round(sum(line.points for line in lines), 2)
        scored.append((candidate, lines, score))

    def order(item: tuple[Candidate, tuple[ScoreLine, ...], float]) -> tuple[Any, ...]:
        candidate, lines, score = item
        missing = sum(1 for ln in lines if ln.requirement == "must-have" and ln.found == FOUND_NO)
        return (
            missing > 0 if must_have_gate else False, -score, missing,
            candidate.file_name, candidate.path, candidate.candidate_id,
        )

    scored.sort(key=order)
    if top is not None:
        scored = scored[:top]
    entries = tuple(
        _entry(position, candidate, lines, score)
        for position, (candidate, lines, score) in enumerate(scored, start=1)
    )
    taxonomy_versions = sorted({c.taxonomy_version for c, _, _ in scored if c.taxonomy_version})
    settings = {
        "must_have_gate": str(must_have_gate),
        "top": str(top),
        **{k: str(v) for k, v in sorted(scorer.get_params().items())},
    }
    return Ranking(
        profile=profile,
        entries=entries,
        settings=tuple(sorted(settings.items())),
        taxonomy_version=", ".join(taxonomy_versions),
    )


def _entry(position: int, candidate: Candidate, lines: tuple[ScoreLine, ...], score: float) -> RankedCandidate:
    musts = [ln for ln in lines if ln.requirement == "must-have"]
    missing = tuple(ln.skill for ln in musts if ln.found == FOUND_NO)
    nice_found = tuple(ln.skill for ln in lines if ln.requirement == "nice-to-have" and ln.found != FOUND_NO)
    flags = list(candidate.flags)
    if missing:
        flags.insert(0, "missing_must_have")
    return RankedCandidate(
        rank=position,
        candidate=candidate,
        score=score,
        lines=lines,
        must_have_met=len(musts) - len(missing),
        must_have_total=len(musts),
        missing_must_have=missing,
        matched_nice_to_have=nice_found,
        explanation=explain(lines, score),
        flags=tuple(flags),
    )


def explain(lines: tuple[ScoreLine, ...], score: float) -> str:
    """One plain-English sentence: must-haves met, nice-to-haves matched, shortfalls.

    >>> from screener.scoring import ScoreLine
    >>> explain((ScoreLine("python", "Python", "must-have", "yes", 3, 75, 75),
    ...          ScoreLine("docker", "Docker", "nice-to-have", "no", 1, 25, 0)), 75.0)
    'Scores 75.0: meets all 1 must-haves; matches none of 1 nice-to-haves (lacks Docker).'
    """
    musts = [ln for ln in lines if ln.requirement == "must-have"]
    nices = [ln for ln in lines if ln.requirement == "nice-to-have"]
    parts: list[str] = []
    missing = [ln.skill for ln in musts if ln.found == FOUND_NO]
    if musts:
        if missing:
            parts.append(f"meets {len(musts) - len(missing)} of {len(musts)} must-haves (missing {_join(missing)})")
        else:
            parts.append(f"meets all {len(musts)} must-haves")
    if nices:
        matched = [ln.skill for ln in nices if ln.found != FOUND_NO]
        if matched:
            parts.append(f"matches {len(matched)} of {len(nices)} nice-to-haves ({_join(matched)})")
        else:
            parts.append(f"matches none of {len(nices)} nice-to-haves (lacks {_join([ln.skill for ln in nices])})")
    shortfalls = [ln.shortfall for ln in lines if ln.shortfall]
    if shortfalls:
        parts.append("short on " + "; ".join(shortfalls))
    return f"Scores {score:.1f}" + (": " + "; ".join(parts) if parts else "") + "."


def _join(names: list[str]) -> str:
    return ", ".join(names)
