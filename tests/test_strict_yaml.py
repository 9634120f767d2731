"""Strict YAML: a key written twice in one mapping is an error naming both lines, never an overwrite."""

from __future__ import annotations

import pytest

from screener.strict_yaml import DuplicateKeyError, load_yaml

DUPLICATES: list[tuple[str, str, str, int, int]] = [
    ("top-level list key", "must_have: [python]\nnice_to_have: [go]\nmust_have: [rust]\n", "must_have", 3, 1),
    ("key inside a list entry", "must_have:\n  - skill: python\n    weight: 2\n    weight: 3\n", "weight", 4, 3),
    ("flow mapping", "skills:\n  - {id: go, name: Go, id: golang}\n", "id", 2, 2),
    ("keys equal once parsed", "1: a\n0x1: b\n", "1", 2, 1),
]


@pytest.mark.parametrize(("case", "text", "key", "line", "first"), DUPLICATES, ids=[d[0] for d in DUPLICATES])
def test_duplicate_key_is_refused(case: str, text: str, key: str, line: int, first: int) -> None:
    """The second occurrence is an error that names the key, its line and the first one's line."""
    with pytest.raises(DuplicateKeyError) as info:
        load_yaml(text)
    assert (info.value.key, info.value.line, info.value.first_line) == (key, line, first)
    assert f"duplicate key {key!r} (first on line {first})" in str(info.value)


VALID: list[tuple[str, str, object]] = [
    ("same key in sibling mappings", "- {skill: python}\n- {skill: go}\n", [{"skill": "python"}, {"skill": "go"}]),
    ("same key at two depths", "skill: a\nnested: {skill: b}\n", {"skill": "a", "nested": {"skill": "b"}}),
    ("merge keys", "base: &b {weight: 1}\nentry:\n  <<: *b\n  skill: go\n",
     {"base": {"weight": 1}, "entry": {"weight": 1, "skill": "go"}}),
    ("empty document", "", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), VALID, ids=[v[0] for v in VALID])
def test_valid_yaml_loads_as_safe_load_does(case: str, text: str, expected: object) -> None:
    """YAML without a repeated key loads exactly as the safe loader loads it."""
    assert load_yaml(text) == expected


def test_unsafe_tags_are_still_refused() -> None:
    """The strict loader is a safe loader: a Python object tag is an error, not code."""
    import yaml

    with pytest.raises(yaml.YAMLError):
        load_yaml("!!python/object/apply:os.system ['true']")
