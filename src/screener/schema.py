"""The JSON Schemas (draft 2020-12) of screener's JSON documents, generated from the models.

Two schemas ship in the package as data (``screener/schemas/NAME.schema.json``):
``candidate`` (a line of ``screener parse --format json``: a candidate or a failure) and
``ranking`` (``screener rank --format json``, ``Ranking.to_dict()``, or one ranked candidate).
:func:`json_schema` reads the shipped file; :func:`generate_schema` builds it afresh by walking
the dataclasses' type hints, the same hints :mod:`screener.serialize` writes and reads by,
with each field's description taken from its class's ``Attributes:`` docstring. The tests
fail when the two differ, so the shipped schema cannot drift from the models;
``scripts/make_schemas.py`` writes them again.

A small generator rather than a library (pydantic's ``TypeAdapter`` would describe our
``YearMonth`` as an object where the documents write ``"YYYY-MM"``, would not read our
docstrings, and is a large dependency for some hundred lines).
"""

from __future__ import annotations

import dataclasses
import importlib.resources
import inspect
import json
import re
import types
import typing
from collections.abc import Sequence
from typing import Any

from .errors import ConfigError
from .serialize import field_hints

SCHEMA_NAMES = ("candidate", "ranking")
"""The shipped schemas, by name."""
DRAFT = "https://json-schema.org/draft/2020-12/schema"
_SCALARS: dict[Any, str] = {str: "string", int: "integer", float: "number", bool: "boolean"}
_MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$"
_FIELD_LINE = re.compile(r"^    (\w+): (.*)$")


def json_schema(name: str) -> dict[str, Any]:
    """The shipped JSON Schema ``name`` (``candidate`` or ``ranking``), as a dict.

    Raises:
        ConfigError: no schema of that name.

    Example:
        >>> json_schema("candidate")["$schema"]
        'https://json-schema.org/draft/2020-12/schema'
    """
    return json.loads(shipped_text(name))  # type: ignore[no-any-return]


def shipped_text(name: str) -> str:
    """The shipped schema file's text, as ``screener schema NAME`` prints it."""
    if name not in SCHEMA_NAMES:
        raise ConfigError(f"no JSON schema {name!r}; choose from {', '.join(SCHEMA_NAMES)}")
    return (importlib.resources.files("screener") / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")


def schema_text(schema: dict[str, Any]) -> str:
    """A schema as the shipped files hold it: indented JSON, keys in the models' order, a final newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def generate_schema(name: str) -> dict[str, Any]:
    """Build the schema ``name`` from the models, as :func:`json_schema` should return it.

    Raises:
        ConfigError: no schema of that name.
    """
    from . import documents

    if name not in SCHEMA_NAMES:
        raise ConfigError(f"no JSON schema {name!r}; choose from {', '.join(SCHEMA_NAMES)}")
    builder = _Builder(documents.FIELD_VALUES)
    kinds = documents.SCHEMA_KINDS[name]
    choices = [builder.document(kind, documents.Header, documents.DOCUMENT_BODIES[kind],
                                documents.SCHEMA_VERSION) for kind in kinds]
    return {
        "$schema": DRAFT,
        "$id": f"urn:screener:schema:{name}:{documents.SCHEMA_VERSION}",
        "title": f"screener {name} document, schema version {documents.SCHEMA_VERSION}",
        "description": f"A screener JSON document: {' or '.join(kinds)}, told apart by \"kind\". Every document "
                       "opens with schema_version, kind and tool_version; the major version changes only with "
                       "a breaking change, the minor one when fields are added.",
        "oneOf": choices,
        "$defs": dict(sorted(builder.defs.items())),
    }


class _Builder:
    """Walks type hints into schemas, collecting each dataclass once under ``$defs``."""

    def __init__(self, values: dict[tuple[type, str], tuple[str, ...]]) -> None:
        self.defs: dict[str, dict[str, Any]] = {}
        self.values = values

    def document(self, kind: str, header: type, body: type, version: str) -> dict[str, Any]:
        """A reference to the document of ``kind``: the header's fields, then the body's, in one object."""
        name = "".join(part.title() for part in kind.split("_")) + "Document"
        properties = self.properties(header)
        properties["schema_version"] = {"const": version, **properties["schema_version"]}
        properties["kind"] = {"const": kind, **properties["kind"]}
        properties.update(self.properties(body))
        self.defs[name] = _object(_summary(body), properties)
        return {"$ref": f"#/$defs/{name}"}

    def properties(self, cls: type) -> dict[str, dict[str, Any]]:
        """Each field of ``cls`` as a schema with its docstring's description, in field order."""
        hints, docs = field_hints(cls), _field_docs(cls)
        result = {}
        for field in dataclasses.fields(cls):
            schema = self.hint(hints[field.name], self.values.get((cls, field.name)))
            if field.name not in docs:
                raise TypeError(f"{cls.__name__}.{field.name} has no description in the class docstring")
            result[field.name] = {**schema, "description": _plain(docs[field.name])}
        return result

    def hint(self, hint: Any, values: tuple[str, ...] | None = None) -> dict[str, Any]:
        """The schema of one type hint (``values``: the few a text field may hold)."""
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if origin in (types.UnionType, typing.Union):
            return _nullable(self.hint(next(a for a in args if a is not type(None)), values))
        if origin is typing.Literal:
            return {"type": "string", "enum": list(args)}
        if hasattr(hint, "__supertype__"):  # a NewType: its underlying type
            return self.hint(hint.__supertype__, values)
        if hint in _SCALARS:
            return {"type": _SCALARS[hint], **({"enum": list(values)} if values else {})}
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": self.hint(args[0])}
        if origin is dict and args[0] is str:
            return {"type": "object", "additionalProperties": self.hint(args[1])}
        if dataclasses.is_dataclass(hint) and isinstance(hint, type):
            return self.model(hint)
        raise TypeError(f"no JSON schema for the type hint {hint!r}")

    def model(self, cls: type) -> dict[str, Any]:
        """A reference to ``cls``'s schema, added to ``$defs`` the first time."""
        if cls.__name__ not in self.defs:
            if cls.__name__ == "YearMonth":
                self.defs["YearMonth"] = {"type": "string", "pattern": _MONTH_PATTERN,
                                          "description": "A calendar month, YYYY-MM."}
            else:
                self.defs[cls.__name__] = {}  # taken, in case the model refers to itself
                self.defs[cls.__name__] = _object(_summary(cls), self.properties(cls))
        return {"$ref": f"#/$defs/{cls.__name__}"}


def _object(description: str, properties: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {"type": "object", "description": description, "properties": properties,
            "required": list(properties), "additionalProperties": False}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if set(schema) <= {"type", "enum"} and isinstance(schema["type"], str):
        nullable: dict[str, Any] = {"type": [schema["type"], "null"]}
        return nullable | ({"enum": [*schema["enum"], None]} if "enum" in schema else {})
    return {"anyOf": [schema, {"type": "null"}]}


def _summary(cls: type) -> str:
    """The first paragraph of a class's docstring, on one line."""
    return _plain(" ".join((inspect.getdoc(cls) or "").split("\n\n")[0].split()))


_JSON_WORDS = {"None": "null", "True": "true", "False": "false"}


def _plain(text: str) -> str:
    """A docstring's words as JSON readers know them: ``code`` as `code`, None as null, True as true.

    >>> _plain("``as_of`` when known; None when not")
    '`as_of` when known; null when not'
    """
    text = re.sub(r"``(.+?)``", r"`\1`", text)
    return re.sub(r"\b(None|True|False)\b", lambda m: _JSON_WORDS[m[1]], text)


def _field_docs(cls: type) -> dict[str, str]:
    """``{field: description}`` from the ``Attributes:`` section of a class's docstring."""
    lines = (inspect.getdoc(cls) or "").partition("Attributes:\n")[2].splitlines()
    return _described(lines)


def _described(lines: Sequence[str]) -> dict[str, str]:
    """Each ``    name: text`` entry, continuation lines (indented deeper) joined on."""
    docs: dict[str, str] = {}
    name = ""
    for line in lines:
        match = _FIELD_LINE.match(line)
        if match:
            name = match[1]
            docs[name] = match[2].strip()
        elif name and line.startswith("        "):
            docs[name] += " " + line.strip()
        elif line.strip():
            break
    return docs
