"""Skill words in a name slot: an employer, a school, a client or a product named as such.

LABELING.md: "Figma" as the employer someone worked for, "Oracle" as a company
or a university named after a language are not skills. A mention that lies
inside such a name is dropped, with two guards so a misread header never costs
a real skill: the name must be found on the position's own header lines (or
the education line), and a "name" that holds several skills is a list of
technologies, not an employer.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Sequence

from .dates import MONTH_WORD
from .models import Education, Line, Position, SkillMention, line_offsets

__all__ = ["drop_name_slots", "name_spans"]

# "Client: Acme", "Employer - Figma", "School: Python Academy": the value names an organisation.
_LABELLED_SLOT = re.compile(
    r"\b(?:client|customer|employer|company|organi[sz]ation|school|university|institution|college|"
    r"project\s+name|product\s+name)\s*[:\-–—]\s*(?P<value>[^|•·;,()]+)",
    re.IGNORECASE,
)
# Header lines of a position: its first lines, up to the dates and a line after them.
_HEADER_LINES = 4
# A name holding this many skills is a list of technologies, not a name.
_MAX_SKILLS_IN_NAME = 1


_SLOT_BEFORE = re.compile(r"(?:^|[|,•·:@(\-–—]|\bat|\bfor|\bwith)\s*$", re.IGNORECASE)
_SLOT_AFTER = re.compile(
    rf"^\s*(?:$|[|,•·)(\-–—]|\d|{MONTH_WORD}\b|"
    r"inc\b|llc\b|ltd\b|corp)",
    re.IGNORECASE,
)


def _occurrences(text: str, name: str) -> Iterable[tuple[int, int]]:
    """Where ``name`` stands as a part of a header line ("Figma • San Francisco", "Engineer at Figma"),
    not as a word of a sentence ("Designed in Figma")."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if _SLOT_BEFORE.search(text[:start]) and _SLOT_AFTER.match(text[end:]):
            yield start, end
        start = text.find(name, start + 1)


def name_spans(
    lines: Sequence[Line], positions: Sequence[Position], education: Sequence[Education]
) -> list[tuple[int, int]]:
    """Where, in the lines joined by newlines, an employer, school or labelled name is written.

    Example:
        >>> from screener.models import YearMonth
        >>> lines = [Line("Product Designer"), Line("Figma • San Francisco"), Line("Designed in Figma")]
        >>> p = Position("Product Designer", "Figma", YearMonth(2019, 1), YearMonth(2020, 1),
        ...              first_line=0, last_line=3, months=13)
        >>> name_spans(lines, [p], [])
        [(17, 22)]
    """
    texts = [line.text for line in lines]
    offsets = line_offsets(texts)
    spans: list[tuple[int, int]] = []
    for position in positions:
        if not position.employer:
            continue
        last = min(position.last_line, position.first_line + _HEADER_LINES, len(texts))
        for index in range(position.first_line, last):
            found = _occurrences(texts[index], position.employer)
            spans.extend((offsets[index] + a, offsets[index] + b) for a, b in found)
    institutions = {e.institution for e in education if e.institution}
    for index, text in enumerate(texts):
        for institution in institutions:
            spans.extend((offsets[index] + a, offsets[index] + b) for a, b in _occurrences(text, institution))
        for match in _LABELLED_SLOT.finditer(text):
            value = match.group("value").strip()
            start = offsets[index] + match.start("value")
            spans.append((start, start + len(value)))
    return sorted(set(spans))


def drop_name_slots(
    mentions: Sequence[SkillMention],
    lines: Sequence[Line],
    positions: Sequence[Position],
    education: Sequence[Education],
) -> tuple[SkillMention, ...]:
    """The mentions that are not inside an employer, school or labelled name.

    A name span holding more than one skill is left alone: it was a list of
    technologies that a header parser took for a name.
    """
    spans = name_spans(lines, positions, education)
    if not spans:
        return tuple(mentions)
    inside: dict[tuple[int, int], list[SkillMention]] = {}
    first_holding = _first_holding(spans)
    for mention in mentions:
        span = first_holding(mention.start, mention.end)
        if span is not None:
            inside.setdefault(span, []).append(mention)
    dropped = {
        id(m) for held in inside.values() if len({m.skill_id for m in held}) <= _MAX_SKILLS_IN_NAME for m in held
    }
    return tuple(m for m in mentions if id(m) not in dropped)


def _first_holding(spans: Sequence[tuple[int, int]]) -> Callable[[int, int], tuple[int, int] | None]:
    """A lookup of the first of ``spans`` (sorted) that holds a stretch, in log time rather than a scan.

    Spans are sorted by start, so the first whose end reaches the stretch's end is the first by the
    running maximum of the ends; it holds the stretch when it also starts at or before it, and no later span can.

    >>> _first_holding([(0, 4), (2, 9), (3, 5)])(3, 6)
    (2, 9)
    """
    reach = list(itertools.accumulate((end for _, end in spans), max))

    def first(start: int, end: int) -> tuple[int, int] | None:
        index = bisect.bisect_left(reach, end)
        return spans[index] if index < len(spans) and spans[index][0] <= start else None

    return first
