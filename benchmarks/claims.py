"""Benchmark the claims pass on one long line: hundreds of skills and "N years" claims.

Usage::

    python benchmarks/claims.py [--skills 25,50,100,200,400,1600] [--old-budget SECONDS] [--devdata PATH]

Builds a fictional skills line ("Python 3 years, Django 4 years, ...", then
"5 years of A, B and C") from the taxonomy's own skill names, finds the
mentions with the real extractor, and times ``claimed_months`` beside the
pass it replaced (kept below as the baseline: a regex per surface for every
claim and mention pair), checking that both give the same claims. With
``--devdata``, both also run on every line of the tuning-part resumes of
``benchmarks/data/split.json`` and only the count of lines that differ is
printed: no file names, no text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from screener.claims import _CLAIM, _CLAIM_FILLER_WORDS, _MAX_CLAIM, _claim_months, claimed_months
from screener.ingest import read
from screener.models import Line, SkillId, SkillMention, line_offsets
from screener.sections import split_sections
from screener.skills import SkillExtractor
from screener.taxonomy import load_taxonomy

REPO = Path(__file__).resolve().parents[1]

Claims = Callable[[Sequence[Line], Sequence[SkillMention]], dict[SkillId, int]]

# ------------------------------------------------------------------ the baseline (the replaced pass)

_OLD_BRIDGE = re.compile(rf"^(?:\s|{_CLAIM_FILLER_WORDS})*$", re.IGNORECASE)
_OLD_AFTER = re.compile(r"^[\s(\[:–—\-,]*$")


def _old_bridges(between: str, surfaces: Sequence[str]) -> bool:
    for surface in sorted(surfaces, key=len, reverse=True):
        between = re.sub(re.escape(surface), " ", between, flags=re.IGNORECASE)
    return bool(_OLD_BRIDGE.match(between)) and "." not in between and ";" not in between


def old_claimed_months(lines: Sequence[Line], mentions: Sequence[SkillMention]) -> dict[SkillId, int]:
    """``claimed_months`` as it was: every claim against every mention, each surface re-searched."""
    offsets = line_offsets([line.text for line in lines])
    by_line: dict[int, list[SkillMention]] = {}
    for mention in mentions:
        if 0 <= mention.line < len(lines):
            by_line.setdefault(mention.line, []).append(mention)
    claims: dict[SkillId, int] = {}
    for number, line_mentions in by_line.items():
        text = lines[number].text
        surfaces = [m.surface for m in line_mentions]
        spans = [(m.start - offsets[number], m.end - offsets[number]) for m in line_mentions]
        for claim in _CLAIM.finditer(text):
            months = _claim_months(claim)
            if not 0 < months <= _MAX_CLAIM:
                continue
            after = [i for i, (_, end) in enumerate(spans)
                     if claim.start() >= end and _OLD_AFTER.match(text[end:claim.start()])]
            before = [i for i, (start, _) in enumerate(spans)
                      if claim.end() <= start and _old_bridges(text[claim.end():start], surfaces)]
            for index in after or before:
                skill_id = line_mentions[index].skill_id
                claims[skill_id] = max(months, claims.get(skill_id, 0))
    return claims


# ------------------------------------------------------------------ the case


def long_line(count: int) -> str:
    """A fictional skills line: ``count`` skills, most with a claim after them, the rest after one claim."""
    names = [skill.name for skill in load_taxonomy() if skill.kind == "technology"][:count]
    owned = ", ".join(f"{name} {1 + i % 9} years" for i, name in enumerate(names[: count * 3 // 4]))
    forward = ", ".join(names[count * 3 // 4:])
    return f"Skills: {owned}; 5 years of experience with {forward}"


def _timed(function: Claims, lines: Sequence[Line], mentions: Sequence[SkillMention]) -> tuple[float, object]:
    """Seconds for one call, and its result."""
    start = time.perf_counter()
    result = function(lines, mentions)
    return time.perf_counter() - start, result


def _line_case(extractor: SkillExtractor, count: int, with_old: bool) -> tuple[int, int, float, float | None, bool]:
    """Mentions and claims on the line, the linear pass's time, the baseline's (or None) and whether they agree."""
    text = long_line(count)
    lines = [Line(text)]
    mentions = extractor.extract_text(text, section="skills")
    new_time, new = _timed(claimed_months, lines, mentions)
    old_time, old = _timed(old_claimed_months, lines, mentions) if with_old else (None, new)
    return len(mentions), len(_CLAIM.findall(text)), new_time, old_time, old == new


def _devdata_check(extractor: SkillExtractor, devdata: Path) -> tuple[int, int, int]:
    """Resumes, lines with a claim, and lines where the two passes differ, over the tuning part."""
    split = json.loads((REPO / "benchmarks" / "data" / "split.json").read_text(encoding="utf-8"))
    resumes = [devdata / p for p in (*split["tuning"], *split["earlier_tuning"])]
    read_count = claim_lines = differ = 0
    for path in resumes:
        try:
            document = read(path)
        except Exception:  # an unreadable file has no lines to compare
            continue
        read_count += 1
        lines = document.visible_lines
        mentions = extractor(lines, split_sections(lines))
        for number, line in enumerate(lines):
            own = [m for m in mentions if m.line == number]
            if not own or not _CLAIM.search(line.text):
                continue
            claim_lines += 1
            one = [Line(line.text)]
            shift = line_offsets([x.text for x in lines])[number]
            moved = [SkillMention(m.skill_id, m.surface, m.section, m.snippet, 0, m.start - shift, m.end - shift)
                     for m in own]
            differ += old_claimed_months(one, moved) != claimed_months(one, moved)
    return read_count, claim_lines, differ


def main(argv: Sequence[str] | None = None) -> int:
    """Run the cases and print the times side by side."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skills", default="25,50,100,200,400,1600", help="skills on the line, comma-separated")
    parser.add_argument("--old-budget", type=float, default=30.0,
                        help="skip the baseline on larger lines once it took this many seconds")
    parser.add_argument("--devdata", type=Path, help="also compare both passes on the tuning-part resumes")
    args = parser.parse_args(argv)
    extractor = SkillExtractor(load_taxonomy())
    print(f"{'skills':>6} {'mentions':>8} {'claims':>6} {'linear':>9} {'baseline':>10} {'same':>5}")
    with_old = True
    for count in (int(c) for c in args.skills.split(",")):
        mentions, claims, new_time, old_time, same = _line_case(extractor, count, with_old)
        baseline = f"{old_time:9.3f}s" if old_time is not None else "   skipped"
        print(f"{count:>6} {mentions:>8} {claims:>6} {new_time:8.4f}s {baseline} {'yes' if same else 'NO':>5}")
        with_old = with_old and (old_time is None or old_time <= args.old_budget)
    if args.devdata:
        resumes, claim_lines, differ = _devdata_check(extractor, args.devdata)
        print(f"tuning part: {resumes} resumes, {claim_lines} lines with a claim and a skill, {differ} differ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
