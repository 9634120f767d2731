"""Months of experience a resume claims per skill, on the skill's own line.

"5+ years of Python", "Python (4 yrs)", "3 years' experience with AWS": a claim
binds to the skill it follows, or, when it follows none, to the skills it leads
("over 6 years of experience in Django and Flask"). Claims are reported beside
the months that dated positions give, never instead of them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence

from .models import Line, SkillId, SkillMention, line_offsets

__all__ = ["claimed_months"]

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}
_CLAIM = re.compile(
    r"(?<![\w.])(?P<number>\d{1,2}(?:[.,]\d)?|" + "|".join(_NUMBER_WORDS) + r")\s*\+?\s*"
    r"(?:\(\s*\d+\s*\)\s*)?(?P<unit>years?|yrs?|months?|mos?)\b['’]?",
    re.IGNORECASE,
)
# What may stand between a claim and the skills it reaches forward to: "5+ years of
# professional experience in Django and Flask". None holds a space, so a stretch is a
# bridge exactly when each of its runs of non-space characters is made of them.
_CLAIM_FILLER_WORDS = (
    r"\+|['’]|of|professional|hands-on|practical|commercial|industry|relevant|solid|"
    r"proven|strong|working|work|experience|expertise|exp\.?|in|with|using|on|developing|"
    r"programming|building|and|&|,|/|or"
)
_CLAIM_BRIDGE = re.compile(rf"(?:\s|{_CLAIM_FILLER_WORDS})*", re.IGNORECASE)
_RUN = re.compile(r"\S+")
# What may stand between a skill and a claim written after it: "Python (4 yrs)", "Python - 6 years".
# Matched on the reversed line, backwards from the claim.
_CLAIM_GAP = re.compile(r"[\s(\[:–—\-,]*")
_MAX_CLAIM = 50 * 12  # more than fifty years is a typo or not a claim


def _claim_months(match: re.Match[str]) -> int:
    raw = match.group("number").lower().replace(",", ".")
    value = float(_NUMBER_WORDS.get(raw, 0) or raw)
    unit = match.group("unit").lower()
    return round(value if unit.startswith("mo") else value * 12)


def _mask_skills(text: str, surfaces: Iterable[str]) -> str:
    """The line with every occurrence of a skill's surface blanked, the longest where several start, offsets kept.

    >>> _mask_skills("Java, JavaScript and C", ["Java", "JavaScript"])
    '    ,            and C'
    """
    trie: _Trie = {}
    for surface in surfaces:
        node = trie
        for char in surface:
            folded = char.lower()
            node = node.setdefault(folded if len(folded) == 1 else char, {})
        node[""] = {}
    if not trie:
        return text
    pattern = re.compile(_trie_pattern(trie), re.IGNORECASE)
    return pattern.sub(lambda m: " " * (m.end() - m.start()), text)


_Trie = dict[str, "_Trie"]


def _trie_pattern(node: _Trie) -> str:
    """A regex for the surfaces of a trie, factored by their prefixes so that a line is read once.

    Where one surface is a prefix of another the longer is tried first.
    """
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _is_filler(masked: str, start: int, end: int) -> bool:
    """Whether ``masked[start:end]`` holds only filler words and blanked skills (and no sentence end)."""
    return (bool(_CLAIM_BRIDGE.fullmatch(masked, start, end))
            and masked.find(".", start, end) < 0 and masked.find(";", start, end) < 0)


def _filler_end(masked: str, start: int) -> tuple[int, int]:
    """Where the filler after ``start`` ends: the first run of non-space characters that is not filler."""
    for run in _RUN.finditer(masked, start):
        if not _is_filler(masked, run.start(), run.end()):
            return run.start(), run.end()
    return len(masked), len(masked)


def _gap_before(backwards: str, position: int) -> int:
    """How many gap characters stand right before ``position`` of a line, read on the reversed line."""
    match = _CLAIM_GAP.match(backwards, len(backwards) - position)
    return match.end() - match.start() if match else 0


def _inside_run(masked: str, start: int, position: int) -> bool:
    return start < position < len(masked) and not masked[position - 1].isspace() and not masked[position].isspace()


def _bridged(masked: str, start: int, starts: Sequence[int]) -> Iterator[int]:
    """Which skills, by index into ``starts`` (sorted), only filler separates from ``start``.

    The filler is scanned once per claim, up to its first other word; a skill
    glued to a word (a surface not where its span says) is checked alone.
    """
    stop, stop_end = _filler_end(masked, start)
    for index in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, stop_end)):
        position = starts[index]
        if _inside_run(masked, start, position):
            if _is_filler(masked, start, position):
                yield index
        elif position <= stop:
            yield index


def _line_claims(text: str, mentions: Sequence[SkillMention], offset: int) -> Iterator[tuple[SkillId, int]]:
    """Each claim on one line with the skill it is for, in one pass over the line.

    "Python 4 years, Java 1 year": a claim written after a skill is that
    skill's; only a claim that follows none reaches forward ("5 years of X, Y").
    """
    claims = [(claim, months) for claim in _CLAIM.finditer(text) if 0 < (months := _claim_months(claim)) <= _MAX_CLAIM]
    if not claims:
        return
    by_end = sorted(mentions, key=lambda m: m.end)
    ends = [m.end - offset for m in by_end]
    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start - offset for m in by_start]
    backwards = text[::-1]
    masked = _mask_skills(text, (m.surface for m in mentions))
    for claim, months in claims:
        gap = _gap_before(backwards, claim.start())
        after = by_end[bisect.bisect_left(ends, claim.start() - gap): bisect.bisect_right(ends, claim.start())]
        for mention in after or [by_start[i] for i in _bridged(masked, claim.end(), starts)]:
            yield mention.skill_id, months


def claimed_months(lines: Sequence[Line], mentions: Sequence[SkillMention]) -> dict[SkillId, int]:
    """Months of experience the candidate claims per skill, on the same line as the skill.

    Recognises "5+ years of Python", "Python (4 yrs)", "3 years' experience with
    AWS", "over 6 years of experience in Django and Flask" (both), "2.5 years
    Python" and "Python - 18 months". The largest claim per skill wins.

    Example:
        >>> from screener.models import SkillMention
        >>> line = Line("5+ years of Python")
        >>> m = SkillMention(SkillId("python"), "Python", "summary", line.text, 0, 12, 18)
        >>> claimed_months([line], [m])
        {'python': 60}
    """
    offsets = line_offsets([line.text for line in lines])
    by_line: dict[int, list[SkillMention]] = {}
    for mention in mentions:
        if 0 <= mention.line < len(lines):
            by_line.setdefault(mention.line, []).append(mention)
    claims: dict[SkillId, int] = {}
    for number, line_mentions in by_line.items():
        for skill_id, months in _line_claims(lines[number].text, line_mentions, offsets[number]):
            claims[skill_id] = max(months, claims.get(skill_id, 0))
    return claims
