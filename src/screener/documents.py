"""JSON documents: candidates, failures and rankings as plain data in one versioned shape.

Every document is a dict that ``json.dumps`` writes with no custom encoder: months as
``"YYYY-MM"``, tuples as lists, None as null, keys in the models' field order. It opens
with :class:`Header` (``schema_version``, ``kind``, ``tool_version``), then the fields of
the model it holds, every one always present. The JSON Schema that describes them
(:mod:`screener.schema`) is generated from these same dataclasses and their type
hints, so the shape and its schema cannot drift apart.

Version policy: ``schema_version`` is ``MAJOR.MINOR``. The major number changes with a
breaking change (a field removed, renamed or retyped); the minor one when fields are added.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, TypeVar

from ._version import __version__
from .errors import DocumentError, ReasonCode
from .models import Candidate, Documented, Failure
from .profile import JobProfile
from .ranking import RankedCandidate, Ranking
from .scoring import FOUND_IMPLIED, FOUND_NO, FOUND_YES, MET, MISSING, SHORT, UNVERIFIED, ScoreLine
from .serialize import dataclass_data, dataclass_from_data

T = TypeVar("T")

SCHEMA_VERSION = "1.0"
"""The version of the documents' shape, ``MAJOR.MINOR`` (see the module's version policy)."""

CANDIDATE = "candidate"
FAILURE = "failure"
RANKED_CANDIDATE = "ranked_candidate"
RANKING = "ranking"


@dataclass(frozen=True, slots=True)
class Header:
    """What every screener JSON document opens with.

    Attributes:
        schema_version: the version of the documents' shape, MAJOR.MINOR; the major number changes only with
            a breaking change (a field removed, renamed or retyped), the minor one when fields are added.
        kind: what the document holds: ``candidate``, ``failure``, ``ranked_candidate`` or ``ranking``.
        tool_version: the version of screener that wrote it.
    """

    schema_version: str
    kind: str
    tool_version: str


@dataclass(frozen=True, slots=True)
class RankingBody:
    """Candidates ranked against one job profile, best first, with every point of every score and its evidence.

    Attributes:
        taxonomy_version: the taxonomy version the candidates were parsed with (versions joined by ", " when
            they differ).
        profile_hash: the first 16 hex digits of the profile's sha256, as ranking.csv records it.
        profile: the profile ranked against; its ``data`` is the profile's canonical JSON text, whose
            SHA-256 is its ``sha256``.
        settings: the settings that shaped the ranking (the gate and every Scorer setting), as text.
        entries: the ranked candidates, best first.
        failures: the files that could not be read, each with its reason code (empty for a ranking of
            parsed candidates alone).
    """

    taxonomy_version: str
    profile_hash: str
    profile: JobProfile
    settings: dict[str, str]
    entries: tuple[RankedCandidate, ...]
    failures: tuple[Failure, ...] = ()


DOCUMENT_BODIES: dict[str, type] = {
    CANDIDATE: Candidate, FAILURE: Failure, RANKED_CANDIDATE: RankedCandidate, RANKING: RankingBody,
}
"""The model whose fields follow the header, by document kind."""
_KIND_OF: dict[type, str] = {model: kind for kind, model in DOCUMENT_BODIES.items()}

SCHEMA_KINDS: dict[str, tuple[str, ...]] = {"candidate": (CANDIDATE, FAILURE), "ranking": (RANKING, RANKED_CANDIDATE)}
"""The document kinds each JSON Schema (:mod:`screener.schema`) describes."""

FIELD_VALUES: dict[tuple[type, str], tuple[str, ...]] = {
    (Failure, "code"): tuple(code.value for code in ReasonCode),
    (ScoreLine, "found"): (FOUND_YES, FOUND_NO, FOUND_IMPLIED),
    (ScoreLine, "status"): (MET, UNVERIFIED, SHORT, MISSING),
}
"""Text fields whose values are one of a known few: the schema lists them."""


def _document(kind: str, body: object) -> dict[str, Any]:
    return {**dataclass_data(Header(SCHEMA_VERSION, kind, __version__)), **dataclass_data(body)}


def document(value: Documented) -> dict[str, Any]:
    """``value`` as a JSON document: the header, then every field of its model (``value.to_dict()``).

    >>> from screener.models import YearMonth
    >>> doc = document(Candidate("ab12", "cv.txt", "cv.txt", "ab" * 32, "txt", None, (), as_of=YearMonth(2026, 11)))
    >>> doc["schema_version"], doc["kind"], doc["as_of"]
    ('1.0', 'candidate', '2026-11')
    """
    return _document(_KIND_OF[type(value)], value)


def ranking_document(ranking: Ranking, failures: Iterable[Failure] = ()) -> dict[str, Any]:
    """``ranking`` (and the files that could not be read) as one JSON document."""
    return _document(RANKING, _ranking_body(ranking, failures))


def _ranking_body(ranking: Ranking, failures: Iterable[Failure]) -> RankingBody:
    return RankingBody(
        taxonomy_version=ranking.taxonomy_version,
        profile_hash=ranking.profile.sha256[:16],
        profile=ranking.profile,
        settings=dict(ranking.settings),
        entries=ranking.entries,
        failures=tuple(failures),
    )


def streamed_ranking_document(ranking: Ranking, failures: Iterable[Failure] = ()) -> dict[str, Any]:
    """:func:`ranking_document`, but its entries' data made one entry at a time as ``json`` encodes them.

    Written by ``json.JSONEncoder(indent=...).iterencode`` (which walks a list item by item), the text
    is :func:`ranking_document`'s, without the data of every entry, and the whole text, held at once:
    the ranking.json of 10,000 candidates was most of a large ranking's peak memory.
    """
    body = dataclass_data(replace(_ranking_body(ranking, failures), entries=()))
    body["entries"] = _EachMadeAsRead(ranking.entries)
    return {**dataclass_data(Header(SCHEMA_VERSION, RANKING, __version__)), **body}


class _EachMadeAsRead(list):  # type: ignore[type-arg]  # a list, so that json encodes it as one
    """A list whose items' JSON data is made as it is iterated, each item when the encoder reaches it."""

    def __init__(self, items: tuple[Any, ...]) -> None:
        super().__init__()
        self._items = items

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Any]:
        return (dataclass_data(item) for item in self._items)


_HEADER_KEYS = tuple(f.name for f in fields(Header))


def _version(text: str) -> tuple[int, int]:
    """``"1.0"`` as ``(1, 0)``.

    Raises:
        DocumentError: not a MAJOR.MINOR version.
    """
    major, _, minor = text.partition(".")
    if not (major.isdigit() and minor.isdigit()):
        raise DocumentError(f"schema_version {text!r} is not MAJOR.MINOR")
    return int(major), int(minor)


def _body(data: Mapping[str, Any], kind: str) -> tuple[dict[str, Any], bool]:
    """The model's fields of a document of ``kind`` (a bare model's data passes as it is), and whether
    the document is of a newer minor version (whose added fields this screener leaves out).

    Raises:
        DocumentError: another kind of document, or a major schema version this screener does not read.
    """
    if "schema_version" not in data:
        return dict(data), False
    (major, minor), (our_major, our_minor) = _version(str(data["schema_version"])), _version(SCHEMA_VERSION)
    if major != our_major:
        raise DocumentError(f"schema_version {data['schema_version']!r} cannot be read: this screener reads "
                            f"{our_major}.x")
    if data.get("kind") != kind:
        raise DocumentError(f"a {data.get('kind')!r} document is not a {kind!r} one")
    return {k: v for k, v in data.items() if k not in _HEADER_KEYS}, minor > our_minor


def from_document(cls: type[T], data: Mapping[str, Any]) -> T:
    """The ``cls`` (Candidate, Failure, RankedCandidate) of a document of its kind, or of its bare fields.

    Raises:
        DocumentError: another kind of document, a field missing, unknown or of the wrong type, or a
            major schema version this screener does not read.
    """
    kind = _KIND_OF[cls]
    body, newer = _body(data, kind)
    try:
        return dataclass_from_data(cls, body, drop_unknown=newer)
    except (TypeError, KeyError, AttributeError, ValueError) as e:
        raise DocumentError(f"not a {kind} document: {e}") from e
