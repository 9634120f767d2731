"""Whole resumes on one line: hundreds of skills and "N years" claims are parsed in one pass, with the right claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener import ParseOptions, YearMonth, parse_resume
from screener.taxonomy import load_taxonomy

OPTIONS = ParseOptions(as_of=YearMonth(2026, 11))


def _plain_names(count: int) -> list[str]:
    """Technology names that need no context and contain no digit, so that each is a mention on its own."""
    names = []
    for skill in load_taxonomy():
        if skill.kind == "technology" and not any(a.needs_context for a in skill.aliases) \
                and not any(c.isdigit() for c in skill.name):
            names.append(skill.name)
    return names[:count]


def _resume(tmp_path: Path, owned: list[str], forward: list[str]) -> Path:
    """A fictional resume whose skills line gives each owned skill its own claim, then one claim for the rest."""
    claims = ", ".join(f"{name} {1 + i % 9} years" for i, name in enumerate(owned))
    line = f"{claims}; 7 years of professional experience with {', '.join(forward)}"
    path = tmp_path / "one_line.txt"
    path.write_text(f"Skills\n{line}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("count", [40, 400])
def test_claims_on_one_long_line(tmp_path: Path, count: int) -> None:
    """Each skill written before its own "N years" has N years claimed; the skills after a leading claim share it."""
    names = _plain_names(count)
    assert len(names) == count
    owned, forward = names[: count * 3 // 4], names[count * 3 // 4:]
    candidate = parse_resume(_resume(tmp_path, owned, forward), options=OPTIONS)
    expected = {name: (1 + i % 9) * 12 for i, name in enumerate(owned)} | dict.fromkeys(forward, 84)
    claimed = {}
    for record in candidate.skills:
        for mention in record.mentions:
            if mention.surface in expected:
                claimed[mention.surface] = record.claimed_months
    # A name that is also another skill's alias may be read as that skill: most must be plain mentions.
    assert len(claimed) >= count * 9 // 10
    wrong = {name: (months, expected[name]) for name, months in claimed.items() if months != expected[name]}
    assert wrong == {}
