"""What the service answers, as JSON-ready data: one function per kind of thing, so the shape lives here only.

A candidate is its versioned JSON document (:meth:`Candidate.to_dict`, what ``screener parse
--format json`` prints, under the schema ``screener.json_schema("candidate")``): lossless, so a
client can send a parsed candidate back to ``POST /rank`` and have it ranked without parsing again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..models import Candidate, Failure
from ..ranking import Ranking
from ..taxonomy import Taxonomy


def candidate_json(candidate: Candidate) -> dict[str, Any]:
    """A parsed candidate: its JSON document, which ``POST /rank`` takes back."""
    return candidate.to_dict()


def candidate_from_json(item: Mapping[str, Any]) -> Candidate:
    """The :class:`Candidate` of one of :func:`candidate_json`'s documents.

    Raises:
        ValueError: it is not a candidate's document (``DocumentError`` is one).
    """
    if not isinstance(item, Mapping):
        raise ValueError("a candidate must be a JSON object")
    return Candidate.from_dict(item)


def failure_json(failure: Failure) -> dict[str, Any]:
    """A file that could not be read: its JSON document (``path``, ``code``: a CLI reason code, ``message``)."""
    return failure.to_dict()


def ranking_json(ranking: Ranking, failures: Sequence[Failure] = ()) -> dict[str, Any]:
    """A ranking: its versioned JSON document (:meth:`Ranking.to_dict`, under ``screener.json_schema("ranking")``),
    what ``screener rank --format json`` prints: per candidate, best first, its score, every score line's points
    and evidence, and the whole candidate; then the files that could not be read."""
    return ranking.to_dict(failures=failures)


def parsed_json(results: Sequence[Candidate | Failure]) -> dict[str, Any]:
    """``POST /parse``'s answer: the candidates and the failures apart, each in upload order."""
    return {
        "candidates": [candidate_json(r) for r in results if isinstance(r, Candidate)],
        "failures": [failure_json(r) for r in results if isinstance(r, Failure)],
    }


def taxonomy_json(taxonomy: Taxonomy) -> dict[str, Any]:
    """The taxonomy in use: version, hash, counts by kind and category, and every skill with its kind."""
    kinds: dict[str, int] = {}
    categories: dict[str, int] = {}
    for skill in taxonomy:
        kinds[skill.kind] = kinds.get(skill.kind, 0) + 1
        categories[skill.category] = categories.get(skill.category, 0) + 1
    return {
        "version": taxonomy.version,
        "sha256": taxonomy.sha256,
        "counts": {"skills": len(taxonomy), "aliases": taxonomy.alias_count,
                   "kinds": dict(sorted(kinds.items())), "categories": dict(sorted(categories.items()))},
        "skills": [{"id": s.id, "name": s.name, "kind": s.kind, "category": s.category} for s in taxonomy],
    }


def error_json(code: str, message: str, **details: Any) -> dict[str, Any]:
    """The body of every refused request: ``{"error": {"code", "message", ...}}``.

    >>> error_json("too_large", "The request is over 100 MiB.")
    {'error': {'code': 'too_large', 'message': 'The request is over 100 MiB.'}}
    """
    return {"error": {"code": code, "message": message, **details}}
