"""The README's code blocks, so the tests run the code the README shows."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def code_blocks(heading: str, language: str) -> list[str]:
    """The ``language`` fenced blocks of the README section under ``heading`` (up to the next heading of its level).

    Raises:
        LookupError: the README has no such heading, or no such block under it.
    """
    text = README.read_text(encoding="utf-8")
    found = re.search(rf"^(#+) {re.escape(heading)}\n", text, re.MULTILINE)
    if found is None:
        raise LookupError(f"README.md has no heading {heading!r}")
    level = len(found.group(1))
    rest = text[found.end():]
    end = re.search(rf"^#{{1,{level}}} ", rest, re.MULTILINE)
    section = rest[: end.start()] if end else rest
    blocks = re.findall(rf"^```{language}\n(.*?)^```", section, re.MULTILINE | re.DOTALL)
    if not blocks:
        raise LookupError(f"README.md's {heading!r} has no {language} block")
    return blocks
