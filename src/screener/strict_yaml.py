"""YAML as a strict format: a key written twice in one mapping is an error, never a silent overwrite.

PyYAML's safe loader keeps the last of two equal keys, so a profile with two ``must_have:`` lists
loses the first without a word. :func:`load_yaml` reads with a loader that refuses the second key
and says where both are, so profiles and taxonomies can name the file, the line and the key.
"""

from __future__ import annotations

from typing import IO, Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node

# libyaml's safe loader when PyYAML was built with it: it parses the taxonomy several times faster
# than the pure-Python one, with the same results.
_BASE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DuplicateKeyError(ConstructorError):
    """A mapping names one key twice.

    Attributes:
        key: the key, as written.
        line: the 1-based line of the second occurrence.
        first_line: the 1-based line of the first.
        message: what is wrong, without the line: ``duplicate key 'x' (first on line 3); keep one``.
    """

    def __init__(self, key: str, node: Node, first: Node) -> None:
        self.key = key
        self.line = node.start_mark.line + 1
        self.first_line = first.start_mark.line + 1
        self.message = f"duplicate key {key!r} (first on line {self.first_line}); keep one"
        super().__init__(None, None, f"line {self.line}: {self.message}")


class StrictLoader(_BASE_LOADER):  # type: ignore[valid-type,misc]
    """The safe loader (C-accelerated when available) that refuses duplicate keys."""

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        _refuse_duplicates(self, node)
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


def _refuse_duplicates(loader: yaml.SafeLoader, node: MappingNode) -> None:
    seen: dict[Any, Node] = {}
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue
        key = loader.construct_object(key_node, deep=True)
        try:
            first = seen.setdefault(key, key_node)
        except TypeError:  # an unhashable key: the base constructor reports it
            continue
        if first is not key_node:
            raise DuplicateKeyError(str(key), key_node, first)


def load_yaml(stream: str | bytes | IO[str] | IO[bytes]) -> Any:
    """Parse one YAML document safely, refusing a key written twice in one mapping.

    Raises:
        DuplicateKeyError: a mapping repeats a key (a :class:`yaml.YAMLError`).
        yaml.YAMLError: any other YAML error.

    >>> load_yaml("a: 1\\nb: [x, y]")
    {'a': 1, 'b': ['x', 'y']}
    >>> load_yaml("must_have: [python]\\nmust_have: [go]")
    Traceback (most recent call last):
    ...
    screener.strict_yaml.DuplicateKeyError: line 2: duplicate key 'must_have' (first on line 1); keep one
    """
    return yaml.load(stream, Loader=StrictLoader)  # StrictLoader is a safe loader
