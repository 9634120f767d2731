"""Candidates as plain JSON-ready data: what `screener parse` and `screener skills` print.

Other services get the same record from :func:`candidate_record`, so the CLI
and the library never disagree on the shape.
"""

from __future__ import annotations

from typing import Any

from .models import Candidate, Position, SkillRecord


def _month(value: object) -> str | None:
    return None if value is None else str(value)


def position_record(position: Position) -> dict[str, Any]:
    """A position as ``{"title", "employer", "start", "end", "months", ...}``; end "present" when open."""
    end = "present" if position.current else _month(position.end)
    return {
        "title": position.title,
        "employer": position.employer,
        "start": _month(position.start),
        "end": end,
        "months": position.months,
        "dated": position.dated,
        "date_text": position.date_text,
    }


def skill_record(record: SkillRecord) -> dict[str, Any]:
    """A skill with its first piece of evidence; implied-only skills carry no surface."""
    data: dict[str, Any] = {"id": record.skill_id, "name": record.name, "kind": record.kind}
    if record.implied_only:
        data["implied"] = True
        data["implied_by"] = list(record.implied_by)
    else:
        first = record.mentions[0]
        data.update({
            "implied": False,
            "surface": first.surface,
            "section": first.section,
            "snippet": first.snippet,
            "mentions": len(record.mentions),
            "confidence": min(m.confidence for m in record.mentions),
            "context": record.context,
        })
        if record.versions:
            data["versions"] = list(record.versions)
    data["months"] = record.months
    data["claimed_months"] = record.claimed_months
    data["last_used"] = _month(record.last_used)
    return data


def candidate_record(candidate: Candidate) -> dict[str, Any]:
    """The whole candidate record, as ``screener parse --format json`` prints it."""
    return {
        "candidate_id": candidate.candidate_id,
        "file": candidate.path,
        "format": candidate.format,
        "sha256": candidate.sha256,
        "name": candidate.name,
        "headline": candidate.headline,
        "as_of": _month(candidate.as_of),
        "present": _month(candidate.present),
        "present_source": candidate.present_source,
        "total_months": candidate.total_months,
        "positions": [position_record(p) for p in candidate.positions],
        "skills": [skill_record(s) for s in candidate.skills],
        "education": [
            {"degree": e.degree, "level": e.level, "field": e.field,
             "institution": e.institution, "year": e.year}
            for e in candidate.education
        ],
        "sections": [{"kind": s.kind, "heading": s.heading} for s in candidate.sections],
        "flags": list(candidate.flags),
        "taxonomy_version": candidate.taxonomy_version,
    }
