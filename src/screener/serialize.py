"""Candidates as plain JSON-ready data: what `screener parse` and `screener skills` print.

:func:`candidate_record` is the document `screener parse` prints (:meth:`Candidate.to_dict`),
:func:`skill_record` a skill as `screener skills` prints it. :func:`candidate_data` and
:func:`candidate_from_data` are the lossless pair the parse cache, the parsed pool and the JSON
documents (:mod:`screener.documents`) store.
"""

from __future__ import annotations

import dataclasses
import functools
import sys
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .models import Candidate, Failure, SkillRecord, YearMonth

T = TypeVar("T")


def _month(value: object) -> str | None:
    return None if value is None else str(value)


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
    """The candidate as ``screener parse --format json`` prints it: :meth:`Candidate.to_dict`, the JSON document.

    Its shape is the versioned JSON Schema ``screener.json_schema("candidate")`` (see :mod:`screener.documents`).
    """
    return candidate.to_dict()


# --------------------------------------------------------------------------- lossless round trip
#
# skill_record() above is for people (a skill's first mention only). The cache, the parsed pool and
# the JSON documents need the whole Candidate back, field for field: candidate_data() writes every
# field as JSON data, read back by the dataclasses' own type hints, so a field added to a model needs
# no code here.


def candidate_data(candidate: Candidate) -> dict[str, Any]:
    """Every field of ``candidate`` as JSON-ready data; :func:`candidate_from_data` reads it back equal.

    >>> from screener.models import YearMonth
    >>> data = candidate_data(Candidate("ab12", "cv.txt", "cv.txt", "ab12" * 16, "txt", None, (),
    ...                                 as_of=YearMonth(2026, 11)))
    >>> data["as_of"], candidate_from_data(data).as_of
    ('2026-11', YearMonth(year=2026, month=11))
    """
    return dataclass_data(candidate)


def candidate_from_data(data: Mapping[str, Any]) -> Candidate:
    """The :class:`Candidate` that :func:`candidate_data` wrote.

    Raises:
        ValueError: the data is not a candidate's (a field missing or of the wrong kind).
    """
    try:
        return dataclass_from_data(Candidate, data)
    except (TypeError, KeyError, AttributeError) as e:
        raise ValueError(f"not a candidate record: {e}") from e


def dataclass_data(value: Any) -> dict[str, Any]:
    """Any of our frozen dataclasses as JSON-ready data, every field (months as ``"YYYY-MM"``, tuples as lists)."""
    return _to_data(value)  # type: ignore[no-any-return]


def dataclass_from_data(cls: type[T], data: Mapping[str, Any], *, drop_unknown: bool = False) -> T:
    """The ``cls`` that :func:`dataclass_data` wrote, read by its type hints.

    Args:
        drop_unknown: leave out fields the models lack (at any depth) instead of refusing them.
    """
    return _from_data(cls, data, drop_unknown)  # type: ignore[no-any-return]


_PLAIN = frozenset({str, int, float, bool, type(None)})


@functools.cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """A dataclass's field names, once per class (None for any other type)."""
    return tuple(f.name for f in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else None


def _to_data(value: Any) -> Any:
    # Dispatch on the exact type, commonest first: a ranking of 10,000 candidates is millions of values.
    kind: type = type(value)
    if kind in _PLAIN:
        return value
    if kind is tuple or kind is list:
        return [v if type(v) in _PLAIN else _to_data(v) for v in value]
    if kind is YearMonth:
        return str(value)
    if kind is dict:
        return {k: _to_data(v) for k, v in value.items()}
    names = _field_names(kind)
    if names is None:
        return value
    return {name: v if type(v := getattr(value, name)) in _PLAIN else _to_data(v) for name in names}


@functools.cache
def field_hints(cls: type) -> dict[str, Any]:
    """A dataclass's type hints, resolved once (the documents are written and read, and their schema built, by them)."""
    return typing.get_type_hints(cls)


def _from_data(kind: Any, value: Any, drop_unknown: bool = False) -> Any:
    """``value`` read as the type ``kind`` (a model, a YearMonth, a tuple, an optional, a plain value).

    A field the model lacks is an error, or with ``drop_unknown`` left out (a newer minor version's addition).
    """
    return _reader(kind, drop_unknown)(value)


_Reader = Callable[[Any], Any]

INTERNED_LENGTH = 64
"""Text fields up to this long are interned as they are read: a pool repeats section names, skill
names and surfaces, employers and titles thousands of times, and one copy of each is kept."""


@functools.cache
def _reader(kind: Any, drop_unknown: bool) -> _Reader:
    """The function that reads a value as ``kind``, made once per type from its hints.

    Reading a pool of 10,000 records asks millions of values their type: the hints are read here once.
    """
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (types.UnionType, typing.Union):
        inner = _reader(next(a for a in args if a is not type(None)), drop_unknown)
        return lambda value: None if value is None else inner(value)
    if kind is YearMonth:
        return _year_month
    if origin is tuple:
        item = _reader(args[0], drop_unknown)
        return tuple if item is _as_it_is else lambda value: tuple([item(v) for v in value])
    if dataclasses.is_dataclass(kind):
        return _dataclass_reader(kind, drop_unknown)  # type: ignore[arg-type]
    if kind is str or getattr(kind, "__supertype__", None) is str:  # text, or a NewType of it (SkillId)
        return _text
    return _as_it_is


def _dataclass_reader(kind: type, drop_unknown: bool) -> _Reader:
    hints = field_hints(kind)
    # None for a plain field, read as it is; an unknown field is a KeyError here, as before.
    readers = {name: None if (r := _reader(hint, drop_unknown)) is _as_it_is else r for name, hint in hints.items()}

    def read(value: Any) -> Any:
        known = {n: v for n, v in value.items() if n in hints} if drop_unknown else value
        return kind(**{n: v if (r := readers[n]) is None else r(v) for n, v in known.items()})

    return read


def _year_month(value: Any) -> YearMonth:
    """A ``"YYYY-MM"`` month; one object per month (they are frozen), so a pool's many dates share a few."""
    return _month_of(value) if type(value) is str else YearMonth.parse(value)


@functools.lru_cache(maxsize=4096)
def _month_of(text: str) -> YearMonth:
    return YearMonth.parse(text)


def _text(value: Any) -> Any:
    return sys.intern(value) if type(value) is str and len(value) <= INTERNED_LENGTH else value


def _as_it_is(value: Any) -> Any:
    return value


def failure_data(failure: Failure) -> dict[str, Any]:
    """A :class:`Failure` as ``{"path", "code", "message"}``."""
    return dataclass_data(failure)


def failure_from_data(data: Mapping[str, Any]) -> Failure:
    """The :class:`Failure` that :func:`failure_data` wrote."""
    return Failure(str(data["path"]), str(data["code"]), str(data["message"]))
