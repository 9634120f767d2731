"""Blind screening: reports that do not say who a candidate is.

With ``blind=True`` (CLI ``--blind``) every candidate is known by its candidate id: its name is
left out, its file and path become ``<candidate_id>.<format>`` (file names often hold a name), and
every snippet, title and employer has names, e-mail addresses, phone numbers, postal addresses and
links replaced by ``[name]``, ``[email]``, ``[phone]``, ``[address]`` and ``[link]``. A file that
could not be screened is known by the first 12 hex digits of its bytes' SHA-256. Reports hold no
photos in any mode. Scores do not change: names, contacts and addresses never enter a score.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from .inputs import Skipped
from .models import Candidate, Education, Failure, Position, SkillMention, SkillRecord

_STREET_WORDS = ("Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive",
                 "Dr", "Court", "Ct", "Way", "Place", "Pl", "Terrace", "Square", "Sq", "Parkway", "Pkwy",
                 "Highway", "Hwy")
# A link runs to the next space, bracket or quote, without the punctuation that ends a sentence.
_URL_TAIL = r"""(?:[^\s,;<>()\[\]"']*[^\s,;<>()\[\]"'.:!?])?"""
# (placeholder, pattern): applied in order, so a link's e-mail-like part is a link first.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("[email]", re.compile(r"(?i)\bmailto:\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("[link]", re.compile(
        r"(?i)(?:\b(?:https?://|www\.)|\b(?:linkedin\.com|github\.com|gitlab\.com|twitter\.com|x\.com"
        r"|facebook\.com|instagram\.com|behance\.net|dribbble\.com|medium\.com|stackoverflow\.com)/)"
        + _URL_TAIL
    )),
    ("[phone]", re.compile(
        r"(?<![\w/.-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}(?![\w/.-])"
    )),
    ("[address]", re.compile(
        r"\b\d{1,6}[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){0,4}(?:" + "|".join(
            f"{w}|{w.upper()}" for w in _STREET_WORDS) + r")\b\.?(?:,?\s*(?i:apt|suite|unit|#)\.?\s*[\w-]+)?"
    )),
    ("[address]", re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")),  # US state and ZIP code
    ("[address]", re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")),  # UK postcode
)
_PHONE_DIGITS = 7  # fewer digits is a year range, a version or a count, not a phone number


def _phone(match: re.Match[str]) -> str:
    """A run of digit groups is a phone number unless it is short or a date ("2015-2019", "2019.01.15")."""
    text = match.group()
    groups = re.findall(r"\d+", text)
    dated = not text.startswith("+") and len(groups) <= 3 and any(_is_year(g) for g in groups)
    return "[phone]" if sum(map(len, groups)) >= _PHONE_DIGITS and not dated else text


def _is_year(group: str) -> bool:
    return len(group) == 4 and 1940 <= int(group) <= 2099


def _name_pattern(names: Sequence[str]) -> re.Pattern[str] | None:
    words = sorted({w for name in names for w in re.findall(r"[^\W\d_][\w'-]*", name) if len(w) > 1},
                   key=lambda w: (-len(w), w))
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


def redact(text: str, names: Sequence[str] = ()) -> str:
    """Replace names, e-mail addresses, phone numbers, postal addresses and links in ``text``.

    >>> redact("Jo Example, jo@example.com, +1 (555) 123-4567, github.com/joex, Python 2015-2019", ["Jo Example"])
    '[name] [name], [email], [phone], [link], Python 2015-2019'
    """
    for placeholder, pattern in _PATTERNS:
        text = pattern.sub(_phone if placeholder == "[phone]" else placeholder, text)
    by_name = _name_pattern(names) if names else None
    return by_name.sub("[name]", text) if by_name else text


def blind_candidate(candidate: Candidate) -> Candidate:
    """The candidate as a blind report shows it: no name, an id for a file name, every text redacted."""
    names = (candidate.name,) if candidate.name else ()

    def text(value: str | None) -> str | None:
        return redact(value, names) if value else value

    def mention(m: SkillMention) -> SkillMention:
        return replace(m, snippet=redact(m.snippet, names))

    def record(r: SkillRecord) -> SkillRecord:
        return replace(r, mentions=tuple(mention(m) for m in r.mentions))

    def position(p: Position) -> Position:
        return replace(p, title=text(p.title), employer=text(p.employer))

    def education(e: Education) -> Education:
        return replace(e, institution=text(e.institution), snippet=redact(e.snippet, names))

    file_name = f"{candidate.candidate_id}.{candidate.format}"
    return replace(
        candidate, name=None, file_name=file_name, path=file_name, headline=text(candidate.headline),
        skills=tuple(record(r) for r in candidate.skills),
        positions=tuple(position(p) for p in candidate.positions),
        education=tuple(education(e) for e in candidate.education),
    )


def blind_failure(failure: Failure) -> Failure:
    """A failed file known by its bytes' hash (or its place when unreadable), its message redacted."""
    name = hashed_name(failure.path)
    message = failure.message.replace(failure.path, name).replace(Path(failure.path).name, name)
    return replace(failure, path=name, message=redact(message))


def hashed_name(path: str) -> str:
    """The name a blind report gives a file that is not a candidate: ``<sha256[:12]><suffix>``."""
    try:
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]
    except OSError:
        digest = "unreadable-" + hashlib.sha256(path.encode()).hexdigest()[:12]
    return digest + Path(path).suffix.lower()


def blind_results(
    results: Sequence[Candidate | Failure], inputs: Sequence[str]
) -> tuple[list[Candidate | Failure], tuple[str, ...]]:
    """Blind parse results and the inputs list together, so each input keeps its one entry."""
    renamed: dict[str, str] = {}
    blinded: list[Candidate | Failure] = []
    for result in results:
        done = blind_candidate(result) if isinstance(result, Candidate) else blind_failure(result)
        renamed[result.path] = done.path
        blinded.append(done)
    return blinded, tuple(renamed.get(p, hashed_name(p)) for p in inputs)


def blind_skipped(skipped: Sequence[Skipped]) -> tuple[Skipped, ...]:
    """Skipped files as a blind manifest lists them: by their bytes' hash, not their name."""
    return tuple(replace(s, path=hashed_name(s.path)) for s in skipped)
