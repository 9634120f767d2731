"""The candidate's headline: the title a resume gives its owner, under the name or opening the summary.

"Senior HR Generalist" under the name, "DMITRI VOLKOV — Lead Backend Engineer", or a summary
that opens "An HR Specialist with 9 years in recruitment" all say what the candidate is. The
scorer matches the headline against a profile's ``titles`` as it matches position titles.

Rules, each a small function below:

* Where: the first lines of the preamble (before the first heading), then the first line of
  the summary section, cut at the first clause break ("with", "who", a comma, a full stop).
* What: a line of at most :data:`MAX_WORDS` words that reads as a title (names a role or an
  occupation, :func:`screener.titles.looks_like_title`), holding no contact details, link or
  digits of a date or phone, and not itself a section heading.
* The candidate's name is cut off the front of a line that starts with it.
* A job sought or left is no headline: an objective ("Seeking a Sales Manager position",
  "Aspiring HR Generalist") or a past title ("Former Sales Manager") says what the candidate is
  not now, and a headline counts as the title held now (:data:`_SOUGHT_OR_LEFT`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .models import Line, Section
from .sections import PREAMBLE, heading_kind
from .titles import looks_like_title

MAX_WORDS = 8
"""A headline is a title, not a sentence: longer lines are never one."""
_PREAMBLE_LINES = 6
_CONTACT = re.compile(r"@|https?://|www\.|\.com\b|\d{3}")
_CLAUSE_BREAK = re.compile(r"\s+(?:with|who|having|offering|seeking|looking|that|bringing)\s+|[,.;:(]\s|\s[—–|-]\s",
                           re.IGNORECASE)
_SEPARATOR = re.compile(r"^[\s—–|·•,:-]+")
_SOUGHT_OR_LEFT = re.compile(
    r"\b(?:seeking|seeks?|looking\s+for|to\s+(?:obtain|secure|gain|join|pursue|become|find)|pursuing|aspiring|"
    r"desired?|future|prospective|would-be|former|formerly|retired)(?!\w)|\bex-|"
    r"\b(?:position|role|job|opportunity|opening|career)s?$",
    re.IGNORECASE,
)
"""An objective or a past title: words of a job wanted or left, or a line ending in "position"."""


def find_headline(lines: Sequence[Line], sections: Sequence[Section], name: str | None = None) -> str | None:
    """The candidate's headline, or None when the resume gives none.

    >>> find_headline([Line("Jane Doe"), Line("Senior HR Generalist"), Line("jane@example.com")], (), "Jane Doe")
    'Senior HR Generalist'
    >>> find_headline([Line("Summary"), Line("An HR Specialist with 9 years in recruitment.")],
    ...               (Section("summary", "Summary", 1, 2, 0),))
    'An HR Specialist'
    """
    for text in (*_preamble_lines(lines, sections), *_lines_under_name(lines, name)):
        headline = _headline(_without_name(text, name))
        if headline:
            return headline
    summary = next((s for s in sections if s.kind == "summary"), None)
    first = next((ln.text for ln in lines[summary.start:summary.end] if ln.text.strip()), "") if summary else ""
    return _headline(_CLAUSE_BREAK.split(first, maxsplit=1)[0])


def _preamble_lines(lines: Sequence[Line], sections: Sequence[Section]) -> list[str]:
    """The texts of the first lines before the first heading (all the first lines when nothing is headed)."""
    preamble = next((s for s in sections if s.kind == PREAMBLE), None)
    end = preamble.end if preamble is not None else (sections[0].start if sections else len(lines))
    return [ln.text for ln in lines[: min(end, _PREAMBLE_LINES)] if ln.text.strip()]


_UNDER_NAME = 2


def _lines_under_name(lines: Sequence[Line], name: str | None) -> list[str]:
    """The lines just under the candidate's name where it stands after the first lines: a profile whose
    sidebar is read first prints "Jo Example" / "Senior Backend Engineer at Acme" in its main column."""
    at = next((k for k, ln in enumerate(lines) if name and ln.text.strip().lower() == name.lower()), None)
    if at is None or at < _PREAMBLE_LINES:
        return []
    return [ln.text for ln in lines[at + 1 : at + 1 + _UNDER_NAME] if ln.text.strip()]


def _without_name(text: str, name: str | None) -> str:
    """The line without the candidate's name in front ("Dmitri Volkov — Lead Engineer" -> "Lead Engineer")."""
    if name and text.lower().startswith(name.lower()):
        return _SEPARATOR.sub("", text[len(name):])
    return text


def _headline(text: str) -> str | None:
    """``text`` tidied when it reads as a headline: short, a title, no contact details, not a heading."""
    text = " ".join(text.split()).strip(" .,;:-–—|")
    words = text.split()
    if not words or len(words) > MAX_WORDS or _CONTACT.search(text) or heading_kind(text):
        return None
    if _SOUGHT_OR_LEFT.search(text):
        return None
    return text if looks_like_title(text) else None
