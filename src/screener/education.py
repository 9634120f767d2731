"""Degrees from the education section: degree, level, field, institution, year.

Education is reported, never scored unless a profile asks for a degree; the
graduation year is reported only. Each line of an education section that names
a degree starts an entry; an institution on that line or the line just before
or after joins it. A line naming only an institution, with no degree near it,
is kept as an entry without a degree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .models import Education, Line, Section

__all__ = ["degree_level", "extract_education"]

# Level -> degree spellings. Dotted abbreviations match anywhere; bare
# two-letter ones ("MS", "BA") only at the start of a line or before "in"/":",
# since "MS Office" and "Boston, MA" are not degrees.
_LEVELS: tuple[tuple[str, str], ...] = (
    ("doctorate", r"ph\.?\s?d\.?|d\.?phil|doctor(?:ate)?(?:\s+of\s+\w+)?|ed\.d\.?|"
                  r"doctorat|doktor|doctorado|dr\.\s?rer\.\s?\w+\.?"),
    ("master", r"master['’]?s?(?:\s+(?:of|in)\s+[\w ]+?(?=\s*(?:[:,;(|–—-]|\bin\b|$)))?|"
               r"m\.\s?sc\.?|m\.\s?s\.|m\.\s?a\.|m\.\s?eng\.?|m\.\s?tech\.?|m\.b\.a\.?|mba|"
               r"msc|meng|mtech|mphil|m\.phil\.?|mca|llm|mfa|mpa|mph|máster|maestría|"
               r"magister|diplom-ingenieur|dipl\.-ing\.?"),
    ("bachelor", r"bachelor['’]?s?(?:\s+(?:of|in)\s+[\w ]+?(?=\s*(?:[:,;(|–—-]|\bin\b|$)))?|"
                 r"b\.\s?sc\.?|b\.\s?s\.|b\.\s?a\.|b\.\s?eng\.?|b\.\s?tech\.?|b\.\s?e\.|"
                 r"b\.b\.a\.?|bba|bsc|beng|btech|bca|bcom|b\.com\.?|licence|licenciatura|"
                 r"grado|undergraduate degree"),
    ("associate", r"associate['’]?s?\s+(?:of|in)\s+[\w ]+?(?=\s*(?:[:,;(|–—-]|\bin\b|$))|"
                  r"associate['’]?s?\s+degree|^\s*associates?(?=\s*:)|"
                  r"a\.a\.s\.?|a\.\s?a\.|a\.\s?s\.|aas"),
    ("diploma", r"(?:hs|high school)\s+diploma|diploma|ged|a-levels?|hnd|"
                r"baccalauréat|abitur|bachillerato"),
)
_BARE = {"ms": "master", "ma": "master", "bs": "bachelor", "ba": "bachelor", "be": "bachelor",
         "aa": "associate", "as": "associate", "phd": "doctorate"}
_LEVEL_RES = tuple(
    (level, re.compile(rf"(?<![\w.])(?:{pattern})(?![\w])", re.IGNORECASE))
    for level, pattern in _LEVELS
)
_BARE_RE = re.compile(
    r"^\s*[•\-*·]?\s*(?P<deg>MS|MA|BS|BA|BE|AA|AS|PhD)\b"
    r"(?!\s*(?:Office|Word|Excel|Access|Project|Windows|SQL|Visio|Outlook|Teams|Dynamics)\b)"
    r"(?=\s*(?::|,|\bin\b|\bdegree\b|$|\s+[A-Z]))"
    r"|(?<![\w.])(?P<deg2>MS|MA|BS|BA|BE)\s+(?:in|of)\s+(?=[A-Z])"
)
_NAME_WORD = r"(?:[A-ZÀ-Þ][\w.'’&-]*|of|de|du|des|la|le|the|and|for|at|in|y|für|&)"
_SCHOOL_WORD = (
    r"(?:University|Université|Universidad|Universität|Universitat|Università|College|"
    r"Institute|Institut|Instituto|School|Academy|Polytechnic|Politecnico|Hochschule|"
    r"École|Ecole|Escuela|IIT|MIT|UNIVERSITY|COLLEGE|INSTITUTE|SCHOOL|ACADEMY|POLYTECHNIC)"
)
# A capitalised name around a school word: "University of Leeds", "Murray State University".
_INSTITUTION = re.compile(
    rf"(?:[A-ZÀ-Þ][\w.'’&-]*\s+(?:(?:of|de|the|and|for|&)\s+)?)*{_SCHOOL_WORD}\b"
    rf"(?:\s+(?:of|at|de|for|in|für)\s+(?:the\s+)?[A-ZÀ-Þ][\w.'’&-]*(?:\s+[A-ZÀ-Þ][\w.'’&-]*)*)?"
)
_PLACEHOLDER = re.compile(r"\s+(?:City|State|Country)$")
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_FIELD = re.compile(
    r"^\s*(?:[:,\-–—]\s*|\s+in\s+|\s+of\s+)(?P<field>[A-Za-zÀ-ÿ&/ ]+?)"
    r"(?=\s*(?:[,;|(:]|\s[-–—]\s|\b(?:19|20)\d\d\b|\bGPA\b|\bat\b|$))",
    re.IGNORECASE,
)
_EDUCATION_KINDS = frozenset({"education"})


def degree_level(text: str) -> tuple[str, str] | None:
    """The degree named in ``text`` and its level, or None.

    Example:
        >>> degree_level("Master of Science in Computer Science; GPA: 4.00")
        ('Master of Science', 'master')
        >>> degree_level("MS Office, Excel") is None
        True
    """
    best: tuple[int, str, str] | None = None
    for level, pattern in _LEVEL_RES:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), match.group(0).strip(), level)
    bare = _BARE_RE.search(text)
    if bare:
        word = bare.group("deg") or bare.group("deg2")
        if best is None or bare.start() < best[0]:
            best = (bare.start(), word, _BARE[word.lower()])
    if best is None:
        return None
    return best[1], best[2]


def _field(text: str, degree: str) -> str | None:
    """The field of study written after the degree ("... in Computer Science", "BS : Biology")."""
    at = text.lower().find(degree.lower())
    tail = text[at + len(degree) :] if at >= 0 else ""
    tail = re.sub(r"^\s*(?:degree|\(\w+\))\s*", " ", tail, flags=re.IGNORECASE)
    school = _INSTITUTION.search(tail)
    if school is not None:
        tail = tail[: school.start()]  # the field stops where the school's name starts
    match = _FIELD.match(tail)
    if not match:
        return None
    field = " ".join(match.group("field").split())
    if not field or _INSTITUTION.fullmatch(field) or len(field.split()) > 8:
        return None
    return field


def _institution(text: str) -> str | None:
    match = _INSTITUTION.search(text)
    if not match:
        return None
    name = " ".join(match.group(0).split()).strip(" -–—")
    name = _PLACEHOLDER.sub("", _YEAR.sub("", name)).strip(" -–—()")
    degree = degree_level(name)
    if degree and name.lower().startswith(degree[0].lower()):
        return None
    return name or None


def _year(texts: Sequence[str]) -> int | None:
    years = [int(y) for text in texts for y in _YEAR.findall(text)]
    return max(years) if years else None


def _neighbours(pos: int, count: int) -> list[int]:
    """Lines an institution may sit on: just before or after the degree, then two away."""
    return [n for n in (pos - 1, pos + 1, pos - 2, pos + 2) if 0 <= n < count]


def _education_lines(sections: Sequence[Section], count: int) -> list[range]:
    return [range(s.start, min(s.end, count)) for s in sections if s.kind in _EDUCATION_KINDS]


def extract_education(lines: Sequence[Line], sections: Sequence[Section]) -> tuple[Education, ...]:
    """Degrees from the education section(s), in document order.

    Args:
        lines: the document's visible lines.
        sections: their sections (``split_sections(lines)``).

    Returns:
        One :class:`Education` per degree line; institution-only lines without
        a degree nearby give an entry with ``degree`` None.

    Example:
        >>> from screener.sections import split_sections
        >>> lines = [Line("EDUCATION"), Line("B.Sc. in Physics, University of Leeds, 2014")]
        >>> e = extract_education(lines, split_sections(lines))[0]
        >>> e.level, e.field, e.institution, e.year
        ('bachelor', 'Physics', 'University of Leeds', 2014)
    """
    found: list[Education] = []
    for block in _education_lines(sections, len(lines)):
        texts = [lines[i].text.strip() for i in block]
        degrees = [degree_level(t) for t in texts]
        taken: set[int] = set()
        for pos, degree in enumerate(degrees):
            if degree is None:
                continue
            entry_lines = [pos]
            institution = _institution(texts[pos])
            for near in _neighbours(pos, len(texts)):
                if institution is None and degrees[near] is None and near not in taken:
                    institution = _institution(texts[near])
                    if institution is not None:
                        entry_lines.append(near)
            year = _year([texts[i] for i in entry_lines])
            for near in (pos - 1, pos + 1):
                if year is None and 0 <= near < len(texts) and degrees[near] is None and near not in taken:
                    year = _year([texts[near]])
                    if year is not None:
                        entry_lines.append(near)
            taken.update(entry_lines)
            found.append(Education(
                degree=degree[0],
                level=degree[1],
                field=_field(texts[pos], degree[0]),
                institution=institution,
                year=year,
                snippet=" / ".join(texts[i] for i in sorted(entry_lines)),
            ))
        for pos, text in enumerate(texts):
            if pos in taken or degrees[pos] is not None:
                continue
            institution = _institution(text)
            # A line that is mostly a school name, not a sentence that names one.
            if institution is not None and len(institution.split()) * 2 >= len(text.split()):
                found.append(Education(None, None, None, institution, _year([text]), snippet=text))
    return tuple(found)
