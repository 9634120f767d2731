"""Tidy pandas frames of a pool and a ranking, every one keyed on ``candidate_id`` and typed alike.

Four frames, each built from a column table (name -> dtype) so that they all follow one set of
conventions:

* numbers are numbers: counts and months ``Int64``, scores and points ``Float64``;
* months are ``period[M]`` (``pd.Period("2024-03", "M")``), true/false is ``boolean``;
* text is ``string``; what is absent is missing (``pd.NA``, ``NaT`` for a month), never ``""``;
* lists are Python lists (an ``object`` column holding only lists).

``candidate_id`` is the first 12 hex digits of the file's SHA-256: distinct files have distinct
ids whatever their names (two ``cv.pdf`` in two folders, or two zip members), and the same id
is the ``candidate_id`` column of ranking.csv and evidence.csv, so a frame joins a report too.
Two files with the same bytes are one candidate (the later is flagged ``duplicate_of:<file>``):
they share an id, and the pool's frames list that candidate once, under its first file, so that
a merge of a ranking frame with a pool frame on ``candidate_id`` never repeats a row.

pandas is imported only when a frame is built, so ``import screener`` stays fast.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .models import Candidate

if TYPE_CHECKING:
    import pandas as pd

    from .ranking import Ranking

STRING = "string"
INT = "Int64"
FLOAT = "Float64"
BOOL = "boolean"
MONTH = "period[M]"
LIST = "object"
"""A column of Python lists (pandas keeps them in an ``object`` column)."""

Spec = tuple[tuple[str, str], ...]
"""A frame's columns, in order, each with its dtype."""

SKILLS_FRAME: Spec = (
    ("candidate_id", STRING), ("file", STRING), ("path", STRING), ("skill_id", STRING), ("name", STRING),
    ("kind", STRING), ("months", INT), ("claimed_months", INT), ("last_used", MONTH), ("section", STRING),
    ("implied", BOOL), ("implied_by", LIST), ("context", STRING), ("mentions", INT), ("versions", LIST),
)
"""``pool.skills_frame()``: one row per candidate and skill, whatever the profile."""

POSITIONS_FRAME: Spec = (
    ("candidate_id", STRING), ("file", STRING), ("path", STRING), ("position", INT), ("title", STRING),
    ("employer", STRING), ("start", MONTH), ("end", MONTH), ("current", BOOL), ("months", INT),
    ("date_text", STRING),
)
"""``pool.positions_frame()``: one row per candidate and position, in document order (``position`` from 0)."""

RANKING_FRAME: Spec = (
    ("rank", INT), ("candidate_id", STRING), ("file", STRING), ("name", STRING), ("score", FLOAT),
    ("must_have_met", INT), ("must_have_verified", INT), ("must_have_total", INT), ("missing_must_have", LIST),
    ("matched_nice_to_have", LIST), ("total_years", FLOAT), ("total_months", INT), ("explanation", STRING),
    ("flags", LIST), ("path", STRING), ("tool_version", STRING), ("taxonomy_version", STRING),
    ("profile_hash", STRING),
)
"""``ranking.to_frame()``: one row per candidate, best first: ranking.csv's columns, typed, and the totals."""

EVIDENCE_FRAME: Spec = (
    ("rank", INT), ("candidate_id", STRING), ("file", STRING), ("skill", STRING), ("skill_id", STRING),
    ("kind", STRING), ("requirement", STRING), ("found", STRING), ("status", STRING),
    ("evidence_strength", STRING), ("weight", FLOAT), ("max_points", FLOAT), ("points", FLOAT), ("months", INT),
    ("claimed_months", INT), ("last_used", MONTH), ("positions", LIST), ("surface", STRING), ("section", STRING),
    ("snippet", STRING), ("note", STRING), ("present", MONTH), ("present_source", STRING), ("path", STRING),
    ("tool_version", STRING), ("taxonomy_version", STRING), ("profile_hash", STRING),
)
"""``ranking.evidence_frame()``: one row per candidate and requirement: evidence.csv's columns, typed."""


def build_frame(rows: Iterable[Mapping[str, Any]], spec: Spec) -> pd.DataFrame:
    """A DataFrame of ``rows`` with exactly ``spec``'s columns, in order, each of its dtype.

    >>> from screener.models import YearMonth
    >>> build_frame([{"n": 3, "at": YearMonth(2024, 3), "who": ""}],
    ...             (("n", INT), ("at", MONTH), ("who", STRING))).dtypes.astype(str).tolist()
    ['Int64', 'period[M]', 'string']
    """
    import pandas as pd

    listed = list(rows)
    return pd.DataFrame({name: _column(pd, [row[name] for row in listed], dtype) for name, dtype in spec})


def _column(pd: Any, values: list[Any], dtype: str) -> Any:
    if dtype == LIST:
        return pd.Series([list(v) for v in values], dtype=object)
    if dtype == MONTH:
        return pd.array([pd.Period(str(v), freq="M") if v is not None else pd.NaT for v in values], dtype=dtype)
    if dtype == STRING:
        return pd.array([v if v not in (None, "") else pd.NA for v in values], dtype=dtype)
    return pd.array([pd.NA if v is None else v for v in values], dtype=dtype)


def distinct(candidates: Iterable[Candidate]) -> Iterator[Candidate]:
    """The candidates, each ``candidate_id`` once (the first file of identical copies)."""
    seen: set[str] = set()
    for candidate in candidates:
        if candidate.candidate_id not in seen:
            seen.add(candidate.candidate_id)
            yield candidate


def _whose(candidate: Candidate) -> dict[str, Any]:
    return {"candidate_id": candidate.candidate_id, "file": candidate.file_name, "path": candidate.path}


def skills_frame(candidates: Iterable[Candidate]) -> pd.DataFrame:
    """One row per candidate and skill (:data:`SKILLS_FRAME`): months, last use, first section, implied or named."""
    rows = []
    for candidate in distinct(candidates):
        for record in candidate.skills:
            first = record.mentions[0] if record.mentions else None
            rows.append({
                **_whose(candidate), "skill_id": record.skill_id, "name": record.name, "kind": record.kind,
                "months": record.months, "claimed_months": record.claimed_months, "last_used": record.last_used,
                "section": first.section if first else None, "implied": record.implied_only,
                "implied_by": record.implied_by, "context": record.context, "mentions": len(record.mentions),
                "versions": record.versions,
            })
    return build_frame(rows, SKILLS_FRAME)


def positions_frame(candidates: Iterable[Candidate]) -> pd.DataFrame:
    """One row per candidate and position (:data:`POSITIONS_FRAME`), in document order."""
    rows = [
        {**_whose(candidate), "position": index, "title": p.title, "employer": p.employer, "start": p.start,
         "end": p.end, "current": p.current, "months": p.months, "date_text": p.date_text}
        for candidate in distinct(candidates)
        for index, p in enumerate(candidate.positions)
    ]
    return build_frame(rows, POSITIONS_FRAME)


def _stamp(ranking: Ranking) -> dict[str, Any]:
    return {"tool_version": ranking.tool_version, "taxonomy_version": ranking.taxonomy_version,
            "profile_hash": ranking.profile.sha256[:16]}


def ranking_frame(ranking: Ranking) -> pd.DataFrame:
    """One row per ranked candidate, best first (:data:`RANKING_FRAME`)."""
    stamp = _stamp(ranking)
    rows = []
    for e in ranking:
        c = e.candidate
        rows.append({
            "rank": e.rank, "candidate_id": c.candidate_id, "file": c.file_name, "name": c.name, "score": e.score,
            "must_have_met": e.must_have_met, "must_have_verified": e.must_have_verified,
            "must_have_total": e.must_have_total, "missing_must_have": e.missing_must_have,
            "matched_nice_to_have": e.matched_nice_to_have,
            "total_years": None if c.total_months is None else round(c.total_months / 12, 1),
            "total_months": c.total_months, "explanation": e.explanation, "flags": e.flags, "path": c.path,
            **stamp,
        })
    return build_frame(rows, RANKING_FRAME)


def evidence_frame(ranking: Ranking) -> pd.DataFrame:
    """One row per ranked candidate and profile requirement (:data:`EVIDENCE_FRAME`), in rank order."""
    stamp = _stamp(ranking)
    rows = []
    for e in ranking:
        c = e.candidate
        for line in e.lines:
            rows.append({
                "rank": e.rank, "candidate_id": c.candidate_id, "file": c.file_name, "skill": line.skill,
                "skill_id": line.skill_id, "kind": line.kind, "requirement": line.requirement, "found": line.found,
                "status": line.status, "evidence_strength": line.evidence_strength, "weight": line.weight,
                "max_points": line.max_points, "points": line.points, "months": line.months,
                "claimed_months": line.claimed_months, "last_used": line.last_used, "positions": line.positions,
                "surface": line.surface, "section": line.section, "snippet": line.snippet, "note": line.note,
                "present": c.present, "present_source": c.present_source, "path": c.path, **stamp,
            })
    return build_frame(rows, EVIDENCE_FRAME)

