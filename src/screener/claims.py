"""Months of experience a resume claims per skill, on the skill's own line.

"5+ years of Python", "Python (4 yrs)", "3 years' experience with AWS": a claim
binds to the skill it follows, or, when it follows none, to the skills it leads
("over 6 years of experience in Django and Flask"). Claims are reported beside
the months that dated positions give, never instead of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
_CLAIM_BRIDGE = re.compile(
    r"^(?:\s|\+|['’]|of|professional|hands-on|practical|commercial|industry|relevant|solid|"
    r"proven|strong|working|work|experience|expertise|exp\.?|in|with|using|on|developing|"
    r"programming|building|and|&|,|/|or)*$",
    re.IGNORECASE,
)
_CLAIM_AFTER = re.compile(r"^[\s(\[:–—\-,]*$")
_MAX_CLAIM = 50 * 12  # more than fifty years is a typo or not a claim


def _claim_months(match: re.Match[str]) -> int:
    raw = match.group("number").lower().replace(",", ".")
    value = float(_NUMBER_WORDS.get(raw, 0) or raw)
    unit = match.group("unit").lower()
    return round(value if unit.startswith("mo") else value * 12)


def _follows(text: str, end: int, claim: re.Match[str]) -> bool:
    """Whether a claim stands right after a skill ending at ``end``: "Python (4 yrs)", "Python - 6 years"."""
    return claim.start() >= end and bool(_CLAIM_AFTER.match(text[end : claim.start()]))


def _bridges(between: str, surfaces: Sequence[str]) -> bool:
    """Whether only filler words and other skills stand between a claim and a skill."""
    for surface in sorted(surfaces, key=len, reverse=True):
        between = re.sub(re.escape(surface), " ", between, flags=re.IGNORECASE)
    return bool(_CLAIM_BRIDGE.match(between)) and "." not in between and ";" not in between


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
        text = lines[number].text
        found = list(_CLAIM.finditer(text))
        if not found:
            continue
        surfaces = [m.surface for m in line_mentions]
        spans = [(m.start - offsets[number], m.end - offsets[number]) for m in line_mentions]
        for claim in found:
            months = _claim_months(claim)
            if not 0 < months <= _MAX_CLAIM:
                continue
            # "Python 4 years, Java 1 year": a claim written after a skill is that
            # skill's; only a claim that follows none reaches forward ("5 years of X, Y").
            after = [i for i, (_, end) in enumerate(spans) if _follows(text, end, claim)]
            before = [i for i, (start, _) in enumerate(spans)
                      if claim.end() <= start and _bridges(text[claim.end() : start], surfaces)]
            for index in after or before:
                skill_id = line_mentions[index].skill_id
                claims[skill_id] = max(months, claims.get(skill_id, 0))
    return claims
