"""Where a skill is named but not used: teaching, a publication's title, coursework.

LABELING.md: a skill only taught, only in a publication or thesis title, or only
in coursework is a mention of the skill, not use at work, and earns no months.
Each rule below is a small named function over one line (and its section), so a
test can fail for it alone; :func:`mention_context` applies them in order and
returns the first context that holds.

A mention with a context still shows the reader that the resume names the
skill; only the experience arithmetic (``screener.experience.skill_time``)
ignores it.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["CONTEXTS", "LineContext", "mention_context"]

CONTEXTS = ("teaching", "publication", "coursework")

# "Taught courses concerning the Python language", "Lectured on Java", "Python instructor".
_TEACHING = re.compile(
    r"\b(?:taught|teach(?:es|ing)?|lectur(?:ed|es|ing|er|ers)|tutor(?:ed|ing|s)?|instructor|"
    r"instructed\s+(?:students|pupils|learners|classes)|teacher\s+of|professor\s+of|"
    r"courses?\s+(?:on|in|about|concerning|covering)|classes\s+(?:on|in|about)|"
    r"curriculum\s+(?:on|in|for)|syllabus|workshops?\s+(?:on|about))\b",
    re.IGNORECASE,
)
# What a citation or a titled work looks like on its line.
_PUBLICATION_CUE = re.compile(
    r"\b(?:paper|article|published|publication|proceedings|journal|conference|symposium|"
    r"workshop\s+on|thesis|dissertation|arxiv|doi|isbn|ieee|acm|springer|elsevier|"
    r"titled|entitled|vol\.|pp\.)",
    re.IGNORECASE,
)
# The words for a thesis in the languages of our resumes; TFG and TFM (Spanish) only in capitals.
_THESIS = (
    r"(?:thesis|dissertation|mémoire|memoire|tesis|tesi|tesina|abschlussarbeit|bachelorarbeit|masterarbeit|"
    r"diplomarbeit|doktorarbeit|trabajo\s+(?:de\s+)?fin(?:al)?\s+de\s+(?:grado|m[aá]ster|carrera)|"
    r"projet\s+de\s+fin\s+d['’]\s*[ée]tudes|毕业论文|学位论文|论文|論文|дипломн\w*\s+работ\w*|диссертаци\w*|"
    r"(?-i:TFG|TFM))"
)
# A work named with its title: the title follows the cue ("thesis: ...", "paper titled ...", "a paper on ...").
_TITLE_CUE = re.compile(
    rf"(?:\b|(?=[\u3040-\u9fff]))(?:{_THESIS}(?:\s+title)?(?:\s*\([^)]{{0,30}}\)|,\s*\d{{4}})?\s*(?:[:：|\-–—\"“]|\s(?:on|about)\b)|"
    r"(?:titled|entitled)\b|(?:paper|article|publication|talk)\s*[:\"“]|(?:paper|article)s?\s+(?:on|about)\b)",
    re.IGNORECASE,
)
# A line that only announces a thesis, its title on the next line: "Bachelor's thesis:", "Master Thesis (2019)".
_THESIS_ABOVE = re.compile(
    rf"^[\W\d]*(?:[\w'’.]+\s+){{0,3}}{_THESIS}(?:\s+title)?(?:\s*\([^)]{{0,30}}\))?[\s:：\-–—|]*$", re.IGNORECASE
)
_QUOTED = re.compile(r"[\"“”„«»]([^\"“”„«»]{3,300})[\"“”„«»]|['‘’]([^'‘’]{8,300})['‘’]")
# Lines that open a list of courses taken, after any bullet: "• Relevant coursework: ...".
_COURSEWORK_LINE = re.compile(
    r"^[\s\-–—*•·▪●◦>]*(?:(?:relevant|selected|key|core|main|major|academic|graduate|related|notable)\s+)?"
    r"(?:course\s*work|courses?|modules?|subjects|classes|asignaturas|materias|cursos|cours|mati[eè]res|kurse|"
    r"f[aä]cher|lehrveranstaltungen|主修课程|相关课程|核心课程|专业课程|课程|курсы|предметы|дисциплины)\s*"
    r"(?:taken|completed|included|studied)?\s*[:：\-–—]",
    re.IGNORECASE,
)
# Course work named in the sentence: "coursework includes ...", "completed online courses in ...".
_COURSES_TAKEN = re.compile(
    r"\b(?:course\s*work|courses?)\s+(?:includ(?:es|ed|ing)|cover(?:s|ed|ing)|focus(?:es|ed)?\s+on)\b|"
    r"\b(?:took(?!\s+over)|taken|taking(?!\s+over)|completed?|completing|attended|attending|followed|passed|finished|enrolled\s+in)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:course\s*work|courses?|classes|modules?|workshops?|bootcamps?|moocs?|trainings?|"
    r"seminars?)\b",
    re.IGNORECASE,
)
# Headings of a section of courses taken ("Relevant Courses", "Courses & Certificates", "Weiterbildung"),
# unless they also name skills, work or teaching ("Skills and Training").
_COURSEWORK_HEADING = re.compile(
    r"\b(?:course\s*work|courses?|modules|classes|trainings?|seminars|workshops|moocs?|professional development|"
    r"cours|cursos|asignaturas|materias|mati[eè]res|kurse|weiterbildung(?:en)?|fortbildung(?:en)?|"
    r"lehrveranstaltungen)\b"
)
# A project done for a degree or a class is course work ("Academic Projects", "capstone project: ...").
_STUDY_PROJECT = re.compile(
    r"\b(?:academic|university|school|college|course|class|student|capstone|semester|term|final[- ]year|"
    r"master'?s?|bachelor'?s?|degree|graduation)\s+projects?\b|毕业设计|课程设计|курсов\w*\s+(?:работ|проект)\w*",
    re.IGNORECASE,
)
# Headings of a section of works by title ("Selected Publications", "Master Thesis", "Conference Papers").
_PUBLICATIONS_HEADING = re.compile(
    rf"\b(?:publications?|papers|articles|bibliography|theses|{_THESIS})\b|業績|学会発表|著書|发表|出版物|публикации",
    re.IGNORECASE,
)
_NOT_COURSEWORK_HEADING = re.compile(
    r"\b(?:skills?|experience|projects?|competenc\w*|expertise|teaching|taught|instructor|tools|technologies)\b"
)
_THESIS_WORDS = re.compile(rf"(?:\b|(?=[\u3040-\u9fff])){_THESIS}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LineContext:
    """What a rule may read about the line a mention is on.

    Attributes:
        text: the line.
        section: the kind of its section (``experience``, ``education``...).
        heading: the section's heading as written.
        start: where the mention starts in the line.
        end: where it ends.
        above: the line above, when it lies in the same section ("Bachelor thesis:" over a title).
    """

    text: str
    section: str
    heading: str
    start: int
    end: int
    above: str = ""


def _fold(heading: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", heading.lower()).split())


# A rule looks back this far at most: a whole resume on one line stays linear.
_LOOK_BACK = 300


@functools.lru_cache(maxsize=256)
def _cited(text: str) -> bool:
    return _PUBLICATION_CUE.search(text) is not None


@functools.lru_cache(maxsize=256)
def _quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _QUOTED.finditer(text))


@functools.lru_cache(maxsize=1024)
def _before(line: LineContext) -> str:
    """The mention's sentence up to the mention, at most ``_LOOK_BACK`` characters."""
    window = line.text[max(0, line.start - _LOOK_BACK) : line.start]
    cut = max(window.rfind(". "), window.rfind("; "))
    return window[cut + 2 :] if cut >= 0 else window


def in_publications(line: LineContext) -> bool:
    """A publications section lists titles of works, not use."""
    return line.section == "publications"


def under_publications_heading(line: LineContext) -> bool:
    """A section headed as one of works by title ("Selected Publications", "Bachelor Thesis"), whatever kind
    the section splitter gave it."""
    return _heading_matches(line.heading, _PUBLICATIONS_HEADING)


@functools.lru_cache(maxsize=256)
def _heading_matches(heading: str, pattern: re.Pattern[str]) -> bool:
    """The folded heading matches ``pattern`` and names no skills, work or teaching; cached, since every
    mention of a section asks about the same heading."""
    folded = _fold(heading)
    return pattern.search(folded) is not None and _NOT_COURSEWORK_HEADING.search(folded) is None


def in_title(line: LineContext) -> bool:
    """Inside a quoted title on a line that cites a work, or after "thesis:" / "paper titled"."""
    if _cited(line.text):
        spans = _quoted_spans(line.text)
        index = bisect.bisect_right(spans, (line.start, len(line.text))) - 1
        if index >= 0 and spans[index][0] < line.start and line.end <= spans[index][1]:
            return True
    # The title runs from its cue to the end of its sentence.
    return _TITLE_CUE.search(_before(line)) is not None


def titled_above(line: LineContext) -> bool:
    """The line is a thesis title: the line above only announces the thesis ("Master's thesis:")."""
    return bool(line.above) and _THESIS_ABOVE.match(line.above.strip()) is not None


_TEACHER_AFTER = re.compile(r"\s*(?:instructor|teacher|tutor|lecturer)\b", re.IGNORECASE)


def taught(line: LineContext) -> bool:
    """A teaching verb or noun earlier in the mention's sentence: "Taught Java", "Python instructor"."""
    after = line.text[line.end : line.end + 12]
    return bool(_TEACHING.search(_before(line))) or bool(
        _TEACHER_AFTER.match(after))


def took_course(line: LineContext) -> bool:
    """Course work named earlier in the sentence: "Completed online courses in AWS", "coursework includes Java".

    It runs before :func:`taught`, so "attended a workshop on Git" is a course taken, not one given.
    """
    return _COURSES_TAKEN.search(_before(line)) is not None


def study_project(line: LineContext) -> bool:
    """A project for a degree or a class: under "Academic Projects", or named so earlier in the sentence."""
    return _project_heading(line.heading) or _STUDY_PROJECT.search(_before(line)) is not None


@functools.lru_cache(maxsize=256)
def _project_heading(heading: str) -> bool:
    return _STUDY_PROJECT.search(heading) is not None


def courses_heading(heading: str) -> bool:
    """A heading of courses taken ("Relevant Courses", "Courses & Certificates"), not of skills or work."""
    return _heading_matches(heading, _COURSEWORK_HEADING)


def in_coursework(line: LineContext) -> bool:
    """A course list ("Relevant coursework: ..."), a courses section, or study in an education section."""
    if _COURSEWORK_LINE.match(line.text) or courses_heading(line.heading):
        return True
    return line.section == "education" and not _thesis(line.text)


def thesis_in_education(line: LineContext) -> bool:
    """A thesis named in an education section is a title, not use."""
    return line.section == "education" and _thesis(line.text)


@functools.lru_cache(maxsize=256)
def _thesis(text: str) -> bool:
    return _THESIS_WORDS.search(text) is not None


# In order: the first that holds decides.
RULES: tuple[tuple[str, Callable[[LineContext], bool]], ...] = (
    ("publication", in_publications),
    ("publication", under_publications_heading),
    ("publication", thesis_in_education),
    ("publication", in_title),
    ("publication", titled_above),
    ("coursework", took_course),
    ("teaching", taught),
    ("coursework", study_project),
    ("coursework", in_coursework),
)


def mention_context(line: LineContext) -> str | None:
    """``teaching``, ``publication`` or ``coursework`` when the mention is not use, else None.

    >>> mention_context(LineContext("Taught courses concerning the Python language", "experience", "", 35, 41))
    'teaching'
    >>> mention_context(LineContext("Built APIs in Python", "experience", "", 14, 20)) is None
    True
    """
    for context, rule in RULES:
        if rule(line):
            return context
    return None
