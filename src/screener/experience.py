"""Dated positions -> months and last use per skill, and total experience.

A position is anchored on a line that holds a date range ("Senior Engineer,
Acme | Jan 2019 - Present", "Help Desk Analyst ..... Mar 2008 to Jun 2011",
"Analyst, Acme 6/2017 8/2020"); its title and employer come from the rest of
that line or the line before or after; its lines run to the next position, to
dated study, or to the end of its section. A range split by its title line
("12/2012" / "Engineer, Acme" / "March 2016") is one range; a paragraph holding
a whole history gives one position per range with its title beside it; a header
with a duration and no dates ("Engineer, Acme (11 months)") is a position with
months and no dates. Positions are looked for wherever a role can be written
(experience, projects, internships, unknown headings, the preamble), never in
education, skills, certifications and the like, and a degree, institution,
course or certification line is never a position, so a graduation year never
becomes a job.

A skill mentioned on a position's own lines earns that position's months;
months of overlapping positions count once. A skill named only outside dated
positions (a skills section, the summary), or only as taught, published or
studied (``SkillMention.context``), has unknown months (None), never zero.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from .dates import (
    LENGTH_OF_TIME,
    MONTH_WORD,
    YEAR,
    DateRange,
    DateReader,
    lowercase_words_beside,
    merge_months,
    months_between,
    opens_with_date,
    opens_with_end_label,
    opens_with_present,
)
from .models import Line, Position, Section, SkillId, SkillMention, YearMonth
from .organisation_slots import HELD_AS
from .sections import JOB_TITLE_WORDS, OTHER, PREAMBLE, fold_heading, heading_kind, section_of_lines

__all__ = [
    "DateFlag",
    "Experience",
    "ExperienceExtractor",
    "Repeat",
    "SkillTime",
    "skill_time",
    "split_title_employer",
]

# Sections whose dates are never employment.
_NOT_POSITIONS = frozenset({
    "education", "certifications", "languages", "publications", "interests", "references",
    "contact", "volunteering", "affiliations",
})
# Words of an unknown heading whose section holds no positions, as the known headings of
# awards, interests and volunteering do: "Activities and Honors", "Honor Roll", and an academic's
# funding: "Grants and Fellowships", "Scholarships".
_NOT_POSITIONS_HEADING = re.compile(
    r"\b(?:honou?rs?|awards?|activities|volunteer\w*|community\s+service|affiliations?|memberships?|"
    r"grants?|scholarships?|fellowships?|involvement)\b",
    re.IGNORECASE,
)
# Sections that hold no positions when headed right, but where a misread heading
# ("frameworks." or "Accomplishments:" inside a job) can strand one: a dated line
# there counts only when it names a job title.
#
# The preamble of a resume that has an experience section holds its name, contact and
# headline: a dated line there is a job only when it names one ("Badge holder since 8/2011"
# is none). A resume with no headings at all is all preamble, and keeps every position.
_HEADLINE = "preamble-before-experience"
# A section of projects done outside work ("Academic Projects", "Personal Projects") dates them like
# jobs ("January 2008 - Present" over a project's name): a dated line there is a job only when it
# names one. A bare "Projects" heading is left a section of positions: it is often a job's own
# sub-heading, the next jobs under it.
_OWN_PROJECTS = "projects-outside-work"
_OWN_PROJECTS_HEADING = re.compile(
    r"\b(?:academic|personal|side|pet|student|university|college|school|course|class)\b", re.IGNORECASE)
_SOFT_NOT_POSITIONS = frozenset({"skills", "summary", "awards", "additional", _OWN_PROJECTS, _HEADLINE})
# Words of a dated line about study or training rather than a job.
_NOT_JOB = re.compile(
    r"\b(training|course|courses|coursework|certification|certificate|certified|degree|"
    r"diploma|studies|thesis|semester|graduat\w*|bachelor|master|gpa|exam|award|prize|"
    r"university|université|universidad|universität|college|institute|school|academy|"
    r"polytechnic|bootcamp)\b",
    re.IGNORECASE,
)
# Words of a dated line about study or certification even when a job-title word is
# there too ("Certified Scrum Developer, 2019 – 2021", "Bachelor of Engineering, 2012 – 2016").
_STUDY = re.compile(
    r"\b(?:certified|certification|certificate|coursework|thesis|gpa|degree|diploma|"
    r"bootcamp|(?:bachelor|master|associate|doctor)['’]?s?\s+(?:of|in|degree)|"
    r"b\.?\s?sc|m\.?\s?sc|b\.?\s?tech|m\.?\s?tech|b\.?\s?eng|m\.?\s?eng|mba|ph\.?\s?d|"
    r"b\.[sa]\.|m\.[sa]\.)(?![\w])",
    re.IGNORECASE,
)
# A cell of a skills table's "Last used / Experience" column: "2013 / 6 months", "Current / 2 years".
_LAST_USED_CELL = re.compile(
    r"^\s*(?:(?:19|20)\d\d|current|present)\s*/\s*\d+(?:[.,]\d+)?\s*(?:months?|years?|yrs?|mos?)\s*$", re.IGNORECASE)
# A degree written in capitals without dots before its field: "BS Engineering", "BA in Marketing"
# (case-sensitive: "ba" and "Ms" are no degrees; "MS" is left out, it is also Microsoft's "MS Office").
_DEGREE_LETTERS = re.compile(r"\b(?:BS|BA|BBA|BFA|BSN|BCom|BCA|MCA|MCom)\b(?=\s+(?:in\s+|of\s+)?[A-Z])")
# Jobs whose title says "certified": "Certified Nursing Assistant", "Certified Pharmacy Technician".
_CERTIFIED_JOB = re.compile(
    r"\bcertified\s+(?:[a-z]+\s+){0,2}(?:assistant|aide|technician|tech|nurse|midwife|paramedic|"
    r"dispatcher|interpreter|translator|welder|caregiver|phlebotomist)s?\b",
    re.IGNORECASE,
)

# A teaching role opening a header, what was taught after it: "Tutor, Victorian Certificate of Education (VCE)",
# "Lecturer - MBA programme", "Instructor | Diploma in Nursing".
_TEACHING_ROLE = re.compile(
    r"^\W*(?:[A-Za-z]+\s+)?(?:tutor|teacher|lecturer|instructor|trainer|teaching\s+assistant)s?\s*(?:[,|:]|\s[-–—]\s)",
    re.IGNORECASE,
)

# Trainings that are work at a firm, as internships are: "Industrial Training, NTPC".
_WORK_TRAINING = re.compile(
    r"\b(?:industrial|in-plant|summer|on-the-job|practical)\s+training\b", re.IGNORECASE
)
# A firm's legal form: the part of a header holding one is an employer's name, whatever
# words it holds ("California Degree Co. Ltd").
_LEGAL_FORM = re.compile(
    r"(?<![\w-])(?:inc|llc|ltd|limited|gmbh|plc|corp|corporation|co|pty|srl|sarl|bv|ag)(?![\w-])\.?",
    re.IGNORECASE,
)


def _without_firms(text: str) -> str:
    """``text`` without the parts that name a firm by its legal form.

    >>> _without_firms("General Manager, California Degree Co. Ltd")
    'General Manager'
    """
    parts = _STRONG_SEPARATOR.split(text)
    return ", ".join(p for p in parts if not _LEGAL_FORM.search(p))


def _is_study(text: str) -> bool:
    """A line about a degree, a course or a certification, not a job with "certified" in its title, not a
    teaching role followed by what it taught, and not a firm whose name holds a study word.

    >>> _is_study("Certificate of Education, Lakeside"), _is_study("Tutor, Victorian Certificate of Education")
    (True, False)
    """
    plain = _without_firms(text)
    study = _STUDY.search(plain) is not None or _DEGREE_LETTERS.search(plain) is not None
    return study and _CERTIFIED_JOB.search(text) is None and _TEACHING_ROLE.match(text) is None


def _not_job_words(text: str) -> re.Match[str] | None:
    """A word of study or training in ``text``, a work training ("Industrial Training") aside."""
    return _NOT_JOB.search(_WORK_TRAINING.sub(" ", text))


def _names_course(text: str) -> bool:
    """A header line that names a course: a part of it ends on the kind of course, a work training aside, or it
    names a programme of study in a field ("Clinical Specialization Program in Psychology"), or it opens with
    the observation a course asks for ("Observation in English classrooms").

    >>> _names_course("Clinical Specialization Program in Psychology,"), _names_course("Program Manager in Sales")
    (True, False)
    >>> _names_course("Observation in English classrooms, Lakeside schools")
    True
    """
    if _COURSE_NAME.search(_WORK_TRAINING.sub(" ", text)) is not None or _OBSERVATION.match(text) is not None:
        return True
    return _STUDY_PROGRAM.search(text) is not None


_LENGTH = LENGTH_OF_TIME
# "(11 months)", "2 yrs 3 mos", "1 year 4 months": a duration written instead of dates.
# The kind of engagement written beside its length in brackets: "(contract, 6 months)", "(2 years, part-time)".
_ENGAGEMENT = (r"(?:contract|contractor|temporary|temp|part[- ]time|full[- ]time|freelance|internship|seasonal|"
               r"fixed[- ]term)")
_DURATION = re.compile(
    rf"\(?\s*(?:{_ENGAGEMENT}\s*[,;:–-]?\s*)?{_LENGTH}(?:\s*[,;:–-]?\s*{_ENGAGEMENT})?\s*\)?\s*$", re.IGNORECASE)
# How long a range lasted, written right after it: in brackets ("March 2021 - Present (3 years 10 months)", as
# LinkedIn's PDF prints it), after a dot or bar ("Jan 2019 - Mar 2020 · 1 yr 3 mos"), or ending the line.
_LENGTH_AFTER = re.compile(rf"\s*(?P<mark>\(|[·•|,])?\s*{_LENGTH}\s*(?P<close>\))?(?P<end>\s*$)?", re.IGNORECASE)
_SCHOOL = re.compile(
    r"\b(?:university|université|universidad|universität|college|institute|school|academy|"
    r"polytechnic)\b",
    re.IGNORECASE,
)
# What may follow dates that open the next line's job: a dash alone.
_TRAILING_DASH = re.compile(r"^\s*[-–—]\s*$")
# Where a clause of a paragraph ends: a full stop, semicolon or bullet between words.
_CLAUSE_END = re.compile(r"[.;!?](?=\s|$)|\s[•·|]\s")
_MAX_PARAGRAPH_HEADER = 8
_CONNECTORS = frozenset({"at", "of", "and", "for", "the", "in", "de", "&", "to", "on"})
# The heading that opens a line holding content: "Experience: Senior Engineer, ...".
_INLINE_LABEL = re.compile(r"^[^:]{1,40}:")
# A header line that names a course: a part of it ends on the kind of course.
_COURSE_NAME = re.compile(
    r"\b(?:training|course|courses|seminar|workshop|bootcamp)\s*(?:$|[-–—|,(])", re.IGNORECASE
)
# Hours of watching others teach or work, as a course asks: "Observation in English and History classrooms".
_OBSERVATION = re.compile(r"^\W*(?:classroom\s+|field\s+)?observations?\b", re.IGNORECASE)
# A programme of study in a field: "Specialization Program in Psychology", "Honours Programme in History".
_STUDY_PROGRAM = re.compile(r"\bprogram(?:me)?\s+in\s+[A-Z]", re.IGNORECASE)
# Runs of dots or underscores that lead the eye from a title to its dates.
_LEADER = re.compile(r"(?:\s?\.){3,}|…+|_{3,}")

_COMPANY_WORDS = re.compile(
    r"\b(inc|llc|ltd|limited|gmbh|ag|sa|sas|sarl|srl|bv|plc|corp|corporation|co|company|"
    r"group|technologies|technology|tech|labs|lab|solutions|systems|software|services|"
    r"consulting|partners|bank|university|université|universidad|universität|college|"
    r"institute|school|hospital|agency|department|ministry|foundation|studio|studios|"
    r"holdings|industries|international|enterprises|associates|gmbh|networks|media)\b\.?",
    re.IGNORECASE,
)
_LOCATION_PART = re.compile(
    # livecareer's "City , State" placeholders and the like in any case; a two-letter state in capitals
    r"^(?:(?i:city|state|city\s*,\s*state|remote|hybrid|usa|us|uk|united\s+states)|[A-Z]{2}|"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*,\s*(?:[A-Z]{2}|[A-Z][a-z]+))$"
)
# A template's placeholder for the employer, written where the employer's name was ("Accountant Company
# Name City , State"): livecareer's exports keep it run into the title with no separator.
_EMPLOYER_PLACEHOLDER = re.compile(r"\s*\bCompany Name(?:\s+City(?:\s*,\s*State)?)?\b\s*")
_STRONG_SEPARATOR = re.compile(r"\s*(?:\||•|·|ï¼​|｜|\s[-–—]\s|\s@\s|\sat\s|,)\s*")
_BULLET = re.compile(r"^\s*[•◦▪■●○◆*·\-–—➢►✓]")
_EDGE_JUNK = re.compile(r"^[\s|,:;•·\-–—()\[\]/ï¼​]+|[\s|,:;•·\-–—()\[\]/ï¼​]+$")
# A word that is a web address: "acme.example.org", "shop.acme.co.uk,".
_DOMAIN = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b")
# A firm's legal form that ends with a full stop, so its name is no sentence: "Acme Inc.", and the dotted
# forms of other countries ("Acme S.p.A.", "Globex S.r.l.", "Initech S.A.", "Hooli B.V.", "Vandelay L.L.C.").
_COMPANY_ABBREVIATION = re.compile(
    r"(?:\b(?:inc|ltd|ltda|corp|co|llc|bros|pty)|(?<![\w.])(?:s\.p\.a|s\.r\.l|s\.a|s\.a\.s|s\.l|b\.v|n\.v|l\.l\.c|"
    r"s\.a\. de c\.v|a\.s|a\.g))\.$",
    re.IGNORECASE,
)

_MAX_HEADER_WORDS = 12
_MAX_LONG_HEADER_WORDS = 18  # a header ending with its dates: title, employer and location
_UNBALANCED_CLOSE = re.compile(r"^[^(]*\)")
# A line that only joins two dates written on lines of their own ("July 2012" / "to" / ...).
_JOINER = re.compile(r"^\s*(?:to|till|until|through|thru|-|–|—|â€“)\s*$", re.IGNORECASE)
# A line ending in a range's month without its year, and a line that opens with the year.
_WRAPPED_END = re.compile(
    rf"(?:\b(?:to|till|until|through|from)|[-–—])\s*\b{MONTH_WORD}\.?(?:\s+(?:de|of))?\s*$",
    re.IGNORECASE,
)
_YEAR_START = re.compile(r"^(?:19|20)\d\d\b(?!\s*[-–—/.]\s*\d)")
# A line ending in a range's first month after its header ("Consultant, Acme | Oct"), and a
# line that opens with that month's year and goes on with the range ("25 - NOW").
_WRAPPED_START = re.compile(rf"(?:^|[|,•·(]|\s{{2}})\s*(?P<month>{MONTH_WORD})\.?\s*$", re.IGNORECASE)
_START_YEAR_START = re.compile(r"^(?:19|20)?\d\d\s*(?:[-–—~]|to\b|till\b|until\b)", re.IGNORECASE)
# A line ending in a range's separator, its end wrapped onto the next line, as a narrow date column
# leaves it ("maggio 2020 –" / "dicembre 2021").
_WRAPPED_SEPARATOR = re.compile(r"(?:\b(?:to|till|until|through|thru)|[-–—])\s*$", re.IGNORECASE)
_LONGEST_SEPARATOR = len("through")  # the longest _WRAPPED_SEPARATOR matches before the spaces that end a line
# A line ending in a range's first year, and a line that opens with the separator of the rest
# ("January 2017" / "through Present").
_ENDS_IN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d\s*$")
_OPENING_SEPARATOR = re.compile(r"^(?:to|till|until|through|thru|[-–—])\s", re.IGNORECASE)
_MAX_WRAPPED_LINES = 3
# A header ending with its start month and year, its end alone on the next line, the separator lost
# ("Systems Engineer (Consultant), April, 2007" / "December, 2009").
_ENDS_IN_MONTH_YEAR = re.compile(rf"\b{MONTH_WORD}\.?,?\s+(?:19|20)\d\d\s*$", re.IGNORECASE)
_LONE_MONTH_YEAR = re.compile(rf"\s*{MONTH_WORD}\.?,?\s+(?:19|20)\d\d\.?\s*", re.IGNORECASE)
# A range split by its title on one line: "SEPT 2012- Instructor, Acme School JAN 2013 Supervisor: A. Smith".
_SPLIT_AROUND_TITLE = re.compile(
    rf"^\s*(?P<start>{MONTH_WORD}\.?\s+(?:19|20)\d\d)\s*[-–—]\s+(?P<title>[A-Z].*?)\s"
    rf"(?P<end>\b{MONTH_WORD}\.?\s+(?:19|20)\d\d)\b", re.IGNORECASE)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class DateFlag:
    """A position whose dates cannot be counted as written.

    Attributes:
        position: index into ``Experience.positions``.
        reason: ``ends_before_start``, ``starts_after_as_of`` or
            ``ends_after_as_of`` (counted only up to the as-of month).
    """

    position: int
    reason: str


@dataclass(frozen=True, slots=True)
class Repeat:
    """A job block the resume prints again (the same title, employer and dates), kept once.

    Attributes:
        first_line: the copy's first line.
        last_line: one past its last line.
        position: index into ``Experience.positions`` of the job it repeats; a skill named
            on the copy's lines earns that job's months.
    """

    first_line: int
    last_line: int
    position: int


@dataclass(frozen=True, slots=True)
class Experience:
    """The positions of a resume and the experience they add up to.

    Attributes:
        positions: dated and undated positions in document order, a job printed twice once.
        total_months: union of the dated positions' months, overlaps merged,
            plus the months of positions dated by a duration only ("(11 months)");
            None when no position has months.
        flags: positions with dates that are inconsistent or in the future.
        repeats: the copies of jobs printed more than once, left out of ``positions``.
    """

    positions: tuple[Position, ...]
    total_months: int | None
    flags: tuple[DateFlag, ...] = ()
    repeats: tuple[Repeat, ...] = ()


@dataclass(frozen=True, slots=True)
class SkillTime:
    """How long and how recently a skill was used, from the positions that mention it.

    Attributes:
        months: union of the months of dated positions whose own lines mention
            the skill, plus the months of duration-only positions that do; None
            when no such position does.
        last_used: end of the latest such position (a current one ends at as-of).
        positions: indexes into ``Experience.positions`` that gave the months.
    """

    months: int | None
    last_used: YearMonth | None
    positions: tuple[int, ...]


# --------------------------------------------------------------------------- title and employer


def _clean(text: str) -> str:
    """``text`` without leaders, edge punctuation and extra spaces, a bracket kept when it closes (or opens) one
    inside: "Acme Corp (Springfield)" and "(Java) Teaching Assistant" keep theirs.

    >>> _clean(" — Acme Corp (Springfield) — "), _clean("(Java) Teaching Assistant,"), _clean("(Acme)")
    ('Acme Corp (Springfield)', '(Java) Teaching Assistant', 'Acme')
    """
    cleaned = " ".join(_EDGE_JUNK.sub("", _LEADER.sub(" ", text)).split())
    opened, closed = cleaned.count("("), cleaned.count(")")
    if opened > closed and text.rstrip(" ,;|–—-").endswith(")"):
        cleaned += ")"
    elif closed > opened and text.lstrip(" ,;|–—-•").startswith("("):
        cleaned = "(" + cleaned
    return cleaned


# A form's label before a title or an employer ("Position: Analyst", "Company: Acme", Europass's
# "Occupation or position held Analyst"), and a label left alone once its dates are taken ("Dates").
# The labels of a job's fields, one vocabulary for every rule that reads them: a title's ("Job Title:",
# "Position:", "Designation:"), an employer's ("Company:", "Employer:"), Europass's ("Occupation or position
# held", "Name and address of employer", which need no colon) and the dates' ("Duration", "Period", "Tenure").
_TITLE_LABEL = r"(?:job\s+title|title|position|designation)"
_EMPLOYER_LABEL = r"(?:company(?:\s+name)?|employer(?:'s\s+name)?|name\s+of\s+(?:the\s+)?employer|firm|organi[sz]ation)"
_EUROPASS_TITLE_LABEL = r"occupation\s+or\s+position\s+held"
_EUROPASS_EMPLOYER_LABEL = r"name\s+and\s+address\s+of\s+(?:the\s+)?employer"
_DATES_LABEL_WORDS = r"(?:duration|period|tenure)"
_FIELD_LABEL = re.compile(
    rf"^\s*(?:(?:job\s+)?(?:{_TITLE_LABEL}|role|post)|{_EMPLOYER_LABEL})\s*:\s*"
    rf"|^\s*(?:{_EUROPASS_TITLE_LABEL}|{_EUROPASS_EMPLOYER_LABEL})\b\s*:?\s*",
    re.IGNORECASE,
)
_BARE_LABEL = re.compile(rf"^(?:dates?|{_DATES_LABEL_WORDS})$", re.IGNORECASE)


def without_field_label(part: str) -> str:
    """A title's or an employer's part less the form's label before it; "" for a label alone.

    >>> without_field_label("Position: Software Engineer"), without_field_label("Company Name: Acme Ltd")
    ('Software Engineer', 'Acme Ltd')
    >>> without_field_label("Occupation or position held Analyst"), without_field_label("Dates")
    ('Analyst', '')
    >>> without_field_label("Post Office Clerk"), without_field_label("Role model mentor")
    ('Post Office Clerk', 'Role model mentor')
    """
    rest = _FIELD_LABEL.sub("", part, count=1)
    return "" if _BARE_LABEL.match(rest.strip()) else rest


def _is_location(part: str) -> bool:
    return bool(_LOCATION_PART.match(part.strip()))


# A region's name as written after a city and a comma ("Phoenix, Arizona", "Calgary, Alberta").
_REGION_NAMES = frozenset((
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
    "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana",
    "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
    "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "wisconsin", "wyoming", "alberta", "manitoba", "ontario", "quebec",
    "saskatchewan", "canada", "england", "scotland", "wales", "india", "australia", "new hampshire",
    "new jersey", "new mexico", "new york", "north carolina", "north dakota", "rhode island",
    "south carolina", "south dakota", "west virginia", "district of columbia", "british columbia",
    "nova scotia", "new brunswick", "united kingdom",
))
_CITY = re.compile(r"^[A-Z][a-z]+(?:[ .-][A-Z][a-z]+){0,2}\.?$")


def without_places(parts: Sequence[str]) -> list[str]:
    """``parts`` of a header line less a region's name that ends it and the city just before it
    ("Acme School, Phoenix, Arizona" keeps "Acme School"): neither is a title nor an employer."""
    kept = list(parts)
    if len(kept) >= 2 and kept[-1].casefold() in _REGION_NAMES:
        kept.pop()
        if (len(kept) >= 2 and _CITY.match(kept[-1]) and not JOB_TITLE_WORDS.search(kept[-1])
                and not _COMPANY_WORDS.search(kept[-1])):
            kept.pop()
    return kept


def split_title_employer(text: str) -> tuple[str | None, str | None]:
    """Split a header line (dates already removed) into a job title and an employer.

    Looks for " at ", "@", "|", dashes and commas; a part with a job-title word
    is the title, a part with a company word ("Inc", "Labs", "University"...)
    is the employer; locations ("City, ST") are dropped.

    Example:
        >>> split_title_employer("Senior Engineer, Acme Corp")
        ('Senior Engineer', 'Acme Corp')
        >>> split_title_employer("Acme Labs — Data Scientist")
        ('Data Scientist', 'Acme Labs')
        >>> split_title_employer("Senior Engineer at Acme")
        ('Senior Engineer', 'Acme')
    """
    text = _clean(_EMPLOYER_PLACEHOLDER.sub(" | Company Name | ", text))
    if not text:
        return None, None
    at = re.split(r"\s+(?:at|@)\s+", text, maxsplit=1)
    if len(at) == 2 and JOB_TITLE_WORDS.search(at[0]):
        at_title = _clean(without_field_label(at[0]))
        at_employer = _clean(without_field_label(_STRONG_SEPARATOR.split(at[1])[0]))
        return at_title or None, at_employer or None
    parts = [_clean(without_field_label(p)) for p in _STRONG_SEPARATOR.split(text)]
    parts = without_places([p for p in parts if p and not _is_location(p)])
    title = next((p for p in parts if JOB_TITLE_WORDS.search(p) and not _COMPANY_WORDS.search(p)), None)
    title = title or next((p for p in parts if JOB_TITLE_WORDS.search(p)), None)
    rest = [p for p in parts if p != title]
    employer = next((p for p in rest if _COMPANY_WORDS.search(p)), None)
    if employer is None and title is not None and rest:
        employer = rest[0]
    if title is None and employer is None and parts:
        # One undistinguished part: a title if it reads like one, else an employer.
        return (parts[0], None) if JOB_TITLE_WORDS.search(parts[0]) else (None, parts[0])
    if title is None and employer is not None:
        others = [p for p in rest if p != employer]
        title = others[0] if others else None
    return title, employer


# --------------------------------------------------------------------------- line tests


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s,|/]+", text) if re.search(r"\w", w)]


def _is_sentence(text: str) -> bool:
    """Prose rather than a header: ends with a full stop after several words."""
    stripped = text.rstrip(" )")
    return (
        stripped.endswith(".")
        and len(_words(stripped)) > 1
        and not _COMPANY_ABBREVIATION.search(stripped)
    )


def _opens_lower_case(text: str) -> bool:
    """A line that opens with a lower-case word, as the tail of a sentence does; "iOS", "eBay"
    and "macOS" open names, not sentences.

    A web address opens a name too ("acme.example.org, 2010 – 2011").

    >>> _opens_lower_case("and Python services"), _opens_lower_case("iOS Engineer, Acme | 2015 – 2016")
    (True, False)
    """
    words = text.split()
    if not words or not words[0][:1].islower() or _DOMAIN.match(words[0]):
        return False
    return not any(c.isupper() for c in words[0][1:])


def _header_like(text: str, *, bold: bool = False) -> bool:
    """A short line that can hold a title or employer (not a bullet, not prose).

    A bold line may open with a bullet ("• Google").
    """
    stripped = text.strip()
    return (
        bool(stripped)
        and (bold or not _BULLET.match(stripped))
        and len(_words(stripped)) <= _MAX_HEADER_WORDS
        and not _is_sentence(stripped)
        and not _opens_lower_case(stripped)
    )


def _names_role(line: Line) -> bool:
    """A line above a date that reads as a title or employer, not the tail of a description."""
    return line.bold or bool(JOB_TITLE_WORDS.search(line.text) or _COMPANY_WORDS.search(line.text))


def _rest(text: str, span: tuple[int, int]) -> str:
    return _clean(text[: span[0]] + " | " + text[span[1] :])


def with_length(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span of a range in ``text`` with the length written after it, if any: part of the dates, not
    of the header (no title or employer is "3 years 10 months").

    >>> text = "March 2021 - Present (3 years 10 months)"
    >>> text[slice(*with_length(text, (0, 20)))]
    'March 2021 - Present (3 years 10 months)'
    >>> with_length("2019 - 2020 Acme", (0, 11))
    (0, 11)
    """
    match = _LENGTH_AFTER.match(text, span[1])
    return (span[0], match.end()) if match is not None and _set_apart(match) else span


def _set_apart(length: re.Match[str]) -> bool:
    """A length after a range is the range's when set apart from what follows: in closed brackets, after a
    dot or bar, or ending the line ("2019 - 2020 3 months in Lisbon" is no length of the range)."""
    if length["mark"] == "(":
        return length["close"] is not None
    return length["mark"] is not None or length["end"] is not None


# A range written with both its ends, though they are one month: "06/2009 to 06/2009".
_WRITTEN_RANGE = re.compile(r"\s(?:to|until|till|[-–—])\s", re.IGNORECASE)


def _is_lone(found: DateRange) -> bool:
    """A single month ("Nov. 2011") or year ("2019") rather than a range ("06/2009 to 06/2009" is one,
    of a single month)."""
    if found.text.strip().isdigit():
        return len(found.text.strip()) == len("2019")  # "20072013" is two years run together: a range
    return found.start == found.end and _WRITTEN_RANGE.search(found.text) is None


_MIN_SENTENCE_WORDS = 3


def sentence_runs_on(above: Line | None) -> bool:
    """The line above is a sentence cut off mid-way: three words or more, most of them lower case, the last one
    too, no closing mark ("Part of team that won" / "Best Overall Company in Mobile 2012"). A lone year on the
    next line ends that sentence; it dates no job.

    >>> sentence_runs_on(Line("Part of team that won")), sentence_runs_on(Line("Senior Engineer, Acme Inc"))
    (True, False)
    """
    words = above.text.split() if above is not None else []
    if len(words) < _MIN_SENTENCE_WORDS or not words[-1].isalpha() or not words[-1].islower():
        return False
    return 2 * sum(w[0].islower() for w in words) >= len(words)


def ends_cut_sentence(header: str, above: Line | None) -> bool:
    """A line with a lone date that ends the sentence cut off on the line above, naming no job itself."""
    return sentence_runs_on(above) and JOB_TITLE_WORDS.search(header) is None


# "6-month internship", "for 6 months": how long a job dated by its year alone lasted.
_MONTHS_IN_YEAR = re.compile(r"(?<![\d.])(?P<months>\d{1,2})[\s-]?(?:months?|mos?)\b", re.IGNORECASE)
_MONTHS_IN_A_YEAR = 12


def months_within_year(found: DateRange, header: str) -> int | None:
    """The months a job lasted when its line dates it by a year alone and says for how long:
    "1996: 6-month internship at Acme", "Intern, Acme, for 6 months 2017"; else None.

    The year says when, the duration how long: counted as its months, not as the whole year.

    >>> y = DateRange(YearMonth(1996, 1), YearMonth(1996, 12), False, "1996", (0, 4), True)
    >>> months_within_year(y, "6-month internship at Acme"), months_within_year(y, "Intern at Acme")
    (6, None)
    """
    if not _is_lone(found) or found.end is None or found.start.year != found.end.year or not found.end_is_year:
        return None
    match = _MONTHS_IN_YEAR.search(header)
    months = int(match["months"]) if match else 0
    return months if 0 < months < _MONTHS_IN_A_YEAR else None


# "Updated: 10. August 2014", "Last revised June 2019": the resume's own date, on every page's foot.
_DOCUMENT_DATE = re.compile(r"^\W*(?:last\s+)?(?:updated|revised|modified)\b(?:\s+on)?\s*:?", re.IGNORECASE)


def is_document_date(text: str) -> bool:
    """Whether a line dates the resume itself rather than a job.

    >>> is_document_date("Updated: 10. August 2014"), is_document_date("Updated the billing system in 2014")
    (True, False)
    """
    match = _DOCUMENT_DATE.match(text)
    return match is not None and (match.group().rstrip().endswith(":") or opens_with_date(text[match.end():]))


def present_below(found: DateRange, text: str, following: str, as_of: YearMonth) -> DateRange:
    """A start that opens a header line, its "present" opening the next line, as a date column beside
    the text leaves a range split by the title line ("April 2013 Senior Engineer, Acme" / "present Built
    apps"): the range to present; any other range unchanged.

    >>> start = DateRange(YearMonth(2013, 4), YearMonth(2013, 4), False, "April 2013", (0, 10))
    >>> str(present_below(start, "April 2013 Engineer, Acme", "present Built apps", YearMonth(2026, 11)).end)
    '2026-11'
    >>> present_below(start, "April 2013 Engineer, Acme", "Built apps", YearMonth(2026, 11)).current
    False
    """
    if not _is_lone(found) or _clean(text[: found.span[0]]) or not opens_with_present(following):
        return found
    return replace(found, end=as_of, current=True, end_is_year=False)


def _role_beside(header: str, near: Sequence[Line]) -> bool:
    """A lone month or year dates a position only beside a title or an employer: on its own
    line, or on a header line just above or below ("Upgraded the servers to Server 2012"
    and a "Last used: May 2016" cell name none)."""
    if JOB_TITLE_WORDS.search(header) or _COMPANY_WORDS.search(header):
        return True
    return any(_header_like(line.text, bold=line.bold) and _names_role(line) for line in near)


def _inside_prose(text: str, span: tuple[int, int]) -> bool:
    """A range with lower-case words on both sides sits in a sentence: "promoted in 2015 – 2016 after"."""
    before, after = lowercase_words_beside(text, span)
    return before and after


def _dated_item(text: str, span: tuple[int, int], rest: str) -> bool:
    """A line of a job that opens with dates and goes on as a sentence, not a job's header:
    a bullet ("• 2015-2016: Built a shop for a client"), or dates and a colon before a
    sentence that opens with no job title ("2015-2016: Coached the team of a start-up";
    a header names its title first: "2015-2016: Lead Developer at Acme, building ...")."""
    words = _words(rest)
    if len(words) <= 6:
        return False
    colon = not _clean(text[: span[0]]) and text[span[1] :].lstrip().startswith(":")
    titled = colon and JOB_TITLE_WORDS.search(" ".join(words[:4])) is not None
    if _BULLET.match(text):
        return not titled  # "• 14/8/12 onwards: Legal Counsel, Acme, ...": a job listed as a bullet
    return colon and not titled


def _ends_long_header(text: str, span: tuple[int, int]) -> bool:
    """A long header that ends with its dates, as a title, an employer and a location on one line
    make it: "Acme Unified School District Springfield , IL Language Arts and Intensive Reading Teacher;
    Chess Club Sponsor 09/2006 to 06/2010"; a header of up to 12 words is read as any other.

    Nothing but punctuation follows the dates, and the words before them are capitalised but for
    connectors and at most two others, so a sentence that ends in dates ("Led the migration of the
    billing systems 2015 - 2016") is none.
    """
    if _clean(text[span[1] :]):
        return False
    words = _words(_clean(text[: span[0]]))
    lower = [w for w in words if w[0].islower() and w.lower() not in _CONNECTORS]
    return _MAX_HEADER_WORDS < len(words) <= _MAX_LONG_HEADER_WORDS and len(lower) <= 2


_SET_OFF_BEFORE = re.compile(r"[,|–—-]\s*$")


def lone_date_ends_header(text: str, span: tuple[int, int]) -> bool:
    """A lone month or year set off at the end of a titled header line: "Fourth Grade Teacher, Wolfe
    Elementary School, Springfield, MD, 1976"; capitalised words before it but for connectors and at most
    two others, a job title among them, so a sentence that ends in a year is none.

    >>> lone_date_ends_header("Fourth Grade Teacher, Wolfe Elementary School, Springfield, MD, 1976", (64, 68))
    True
    >>> lone_date_ends_header("Upgraded all of the office servers to the new release, 2012", (55, 59))
    False
    """
    before = text[: span[0]]
    if _clean(text[span[1] :]) or not _SET_OFF_BEFORE.search(before) or not JOB_TITLE_WORDS.search(before):
        return False
    words = _words(_clean(before))
    lower = [w for w in words if w[0].islower() and w.lower() not in _CONNECTORS]
    return len(words) <= _MAX_LONG_HEADER_WORDS and len(lower) <= 2


def _header_then_prose(text: str, span: tuple[int, int], above: Line | None) -> bool:
    """A header whose description ran onto its line after the dates, as PDF conversion leaves it:
    "Equity Sales Dec 2014 - Present Utilized research to ...", under an employer or role line.

    The words before the range are a short title-cased header; a capitalised sentence follows.
    """
    words = _words(_clean(text[: span[0]]))
    after = text[span[1] :].strip()
    if not 0 < len(words) <= 6 or not after[:1].isupper():
        return False
    title_cased = all(w[0].isupper() or w.lower() in _CONNECTORS for w in words)
    wrapped = _DASH_BEFORE.search(text[: span[0]]) is not None and header_wraps_from(above)
    return title_cased and (_role_above(above) or wrapped)


_DASH_BEFORE = re.compile(r"\s[-–—]\s*$")  # "Korea - June 2007 to ...": the dates after a header's last dash


_TITLE_OPENING_WORDS = 4
_SENTENCE_END = re.compile(r"[.;:!?]\s*$")


def header_wraps_from(above: Line | None) -> bool:
    """Whether the line above is a long header that wrapped onto the dates' line: it opens with a job title
    and ends with no sentence's end ("Emergency Care Specialist Charlie Company, 1st Brigade - Camp Casey,
    South" / "Korea - June 2007 to June 2009 Cross-trained ...").

    >>> header_wraps_from(Line("Care Specialist Charlie Company, 1st Brigade - Camp Casey, South"))
    True
    >>> header_wraps_from(Line("Care Specialist for the brigade.")), header_wraps_from(Line("Trained the medics of"))
    (False, False)
    """
    if above is None or _SENTENCE_END.search(above.text) or _is_study(above.text):
        return False
    opening = " ".join(_words(above.text)[:_TITLE_OPENING_WORDS])
    return opening[:1].isupper() and JOB_TITLE_WORDS.search(opening) is not None


# What may stand beside each of several ranges on a line of dates alone: a kind of employment in brackets
# ("8/2003 - 6/2007 (full-time), 6/2007 - 11/2008 (part-time)"), and the commas or semicolons between.
_STINT_ASIDE = re.compile(
    r"[\s,;&]*(?:\((?:full|part)[\s-]?time\)|\((?:contract|temporary|permanent|interim)\))?[\s,;&]*", re.IGNORECASE)


def stints(text: str, reader: DateReader) -> tuple[DateRange, ...]:
    """The ranges of a line of dates alone that holds two or more: each a stint of the job titled around it
    (its terms apart, full-time then part-time), so each is a position; none when other words stand beside.

    Example:
        >>> from screener.dates import DateReader
        >>> reader = DateReader(as_of=YearMonth(2026, 12))
        >>> [r.text for r in stints("5/2010 - 4/2012 (full-time), 4/2012 - 9/2013 (part-time)", reader)]
        ['5/2010 - 4/2012', '4/2012 - 9/2013']
        >>> stints("Taught there (1994 - 1999, 2002 - 2006) and wrote", reader)
        ()
        >>> [r.text for r in stints("July 2008, July 2009", reader)], stints("2008, 2009", reader)
        (['July 2008', 'July 2009'], ())
    """
    ranges = [r for r in reader.header(text) if not _is_lone(r)]
    if len(ranges) < 2:
        ranges = _lone_months(text, reader)
    if len(ranges) < 2:
        return ()
    gaps = [text[a : b] for a, b in zip([0, *(r.span[1] for r in ranges)], [*(r.span[0] for r in ranges), len(text)],
                                        strict=True)]
    return tuple(ranges) if all(_STINT_ASIDE.fullmatch(gap) for gap in gaps) else ()


def _lone_months(text: str, reader: DateReader) -> list[DateRange]:
    """The months of a line that holds single months only ("July 2008, July 2009": a job held in each), none
    when a range or a year alone is among them (a year may be an award's)."""
    found = reader.header(text, single=True)
    if all(_is_lone(r) and not r.text.strip().isdigit() for r in found):
        return list(found)
    return []


def _anchor(text: str, reader: DateReader, *, single: bool, above: Line | None = None) -> DateRange | None:
    """The range that dates a position on this line, when the line is a position header.

    ``above``: the line just above, which may hold the employer of a header run together with its
    description.
    """
    ranges = reader.header(text, single=single)
    if sum(not _is_lone(r) for r in ranges) > 1 and len(_words(text)) > 8:
        return None  # several ranges in running text: "(1994 - 1999, 2002 - 2006)"; a lone "FY 2011" is none
    if _UNBALANCED_CLOSE.match(text):
        return None  # the tail of a parenthesis opened on the line before
    for found in ranges:
        before = _clean(text[: found.span[0]])
        rest = _rest(text, found.span)
        if _is_lone(found) and len(_words(rest)) > 6 and not lone_date_ends_header(text, found.span):
            continue  # a lone month or year only when the line is little else, or ends a titled header
        if _inside_prose(text, found.span):
            continue
        if _dated_item(text, found.span, rest):
            continue  # "• 2015-2016: Built a shop for a client": a dated line of a job, not a job
        if not before:
            return found  # a line that opens with its dates is a header
        if _opens_lower_case(text):
            continue
        if len(_words(rest)) <= _MAX_HEADER_WORDS and not _is_sentence(rest):
            return found
        if _ends_long_header(text, found.span):
            return found
        if _header_then_prose(text, found.span, above) or placeholder_after(text, found.span):
            return found
    return None


_PLACEHOLDER_AFTER = re.compile(r"\s*[|,]?\s*Company Name\b")
_MAX_TITLE_WORDS = 6


def placeholder_after(text: str, span: tuple[int, int]) -> bool:
    """Whether the range follows a short title and comes before an employer's placeholder, its description
    run onto the line: "Electrical Forman 01/2005 to 01/2008 Company Name City , State Oversaw the ...".

    >>> line = "Site Forman 01/2005 to 01/2008 Company Name City , State Oversaw the crews of the site"
    >>> placeholder_after(line, (12, 30)), placeholder_after(line.replace("Company Name", "the crews"), (12, 30))
    (True, False)
    """
    words = _words(_clean(text[: span[0]]))
    return 0 < len(words) <= _MAX_TITLE_WORDS and _PLACEHOLDER_AFTER.match(text, span[1]) is not None


def _title_below(lines: Sequence[Line], below: int, section_end: int) -> str:
    """The header line ``below`` a line of dates alone ("01/2012 to 01/2013" / "Sales Consultant, Acme"),
    which names the job they date; '' when there is none in the section."""
    if below >= min(section_end, len(lines)) or not _header_like(lines[below].text, bold=lines[below].bold):
        return ""
    return lines[below].text


def _employer_under_title(lines: Sequence[Line], before: int, index: int) -> bool:
    """The line just above a position's dates, itself under a job title line ("Developer" /
    "Quill & Sons" / dates): the employer, whatever its name says.

    >>> _employer_under_title([Line("Developer"), Line("Quill & Sons"), Line("2016 – 2018")], 1, 2)
    True
    """
    title = lines[before - 1] if before == index - 1 and before > 0 else None
    return (title is not None and JOB_TITLE_WORDS.search(title.text) is not None
            and _header_like(title.text, bold=title.bold))


def _open_job(found: Sequence[_Anchor], section_end: int) -> _Anchor | None:
    """The last position headed by its own line in the section ending at ``section_end``, if any.

    A later line of the section that is no header of its own reads as that job's description.
    """
    last = next((a for a in reversed(found) if a.section_end == section_end), None)
    return last if last is not None and last.range is not None and not (last.study or last.paragraph) else None


def _part_of(job: _Anchor | None, found: DateRange | None) -> bool:
    """Whether ``found`` is a period strictly inside the dates of ``job``: a role or project of it.

    >>> outer = _Anchor(0, DateReader(YearMonth(2026, 11)).find("1985 - 2009")[0], 9, "", "")
    >>> inner, same = (DateReader(YearMonth(2026, 11)).find(t)[0] for t in ("1997-1999", "1985-2009"))
    >>> _part_of(outer, inner), _part_of(outer, same), _part_of(None, inner)
    (True, False, False)
    """
    if job is None or job.range is None or job.range.end is None or found is None or found.end is None:
        return False
    inside = job.range.start <= found.start and found.end <= job.range.end
    return inside and (found.start, found.end) != (job.range.start, job.range.end)


# What closes a promoted role's dates before its description: "(2001-2004) - Promoted to ...".
_PAREN_DASH = re.compile(r"\s*\)\s*[-–—:]\s")


def role_opens_line(text: str, anchor: _Anchor) -> bool:
    """Whether a paragraph's role opens its line, its dates in parentheses right after it ("Senior Project
    Manager (2001-2004) - Promoted to ..."), a dash before its description: a role held in its own right at
    the employer whose dates the line is under, as a promotion path lists them; a role named further in a
    sentence ("works. Shift Lead (1997-1999)"), or whose sentence goes on ("Officer In Charge (2005 - 2006).
    Managed ...", a wrapped line's start), is part of that job.

    >>> found = DateReader(YearMonth(2026, 11)).find("Lead (2001-2004) - Promoted")[0]
    >>> role_opens_line("Lead (2001-2004) - Promoted", _Anchor(0, found, 1, "Lead", found.text))
    True
    >>> role_opens_line("works. Lead (2001-2004) - Promoted", _Anchor(0, found, 1, "Lead", found.text))
    False
    >>> role_opens_line("Lead (2001-2004). Managed", _Anchor(0, found, 1, "Lead", found.text))
    False
    """
    if anchor.range is None:
        return False
    before = text[: anchor.range.span[0]].rstrip()
    dashed = _PAREN_DASH.match(text, anchor.range.span[1]) is not None
    return dashed and before.endswith("(") and _clean(before) == anchor.header


def _dated_sentence_of(job: _Anchor | None, found: DateRange, header: str) -> bool:
    """A sentence of a job's description that opens or ends with a period inside the job's own
    dates ("2015-2017 Inspector for the bridge projects of the county."): a project of that job,
    not a job of its own."""
    return _part_of(job, found) and _is_sentence(header) and len(_words(header)) > _MAX_PARAGRAPH_HEADER


# A label that opens a line of a job's details with its dates: "DURATION Jan-2014 to Jun-2015", "Period: 2019 - 2020".
_DATES_LABEL = re.compile(rf"^\s*(?:[•*-]\s*)?{_DATES_LABEL_WORDS}\s*[:–-]?\s*", re.IGNORECASE)


def labelled_dates_of_job(job: _Anchor | None, found: DateRange, text: str) -> bool:
    """Whether a line that opens with a dates label ("DURATION Jan-2014 to Jun-2015") dates a period within
    the dates of the job headed above it, the same dates included: the job's own details table (or one of
    its projects), not a position of its own.

    >>> reader = DateReader(YearMonth(2026, 11))
    >>> job = _Anchor(0, reader.find("January 2014 to June 2015")[0], 9, "Lead Engineer", "")
    >>> same, later = (reader.find(t)[0] for t in ("DURATION Jan-2014 to Jun-2015", "Duration: 2016 - 2017"))
    >>> labelled_dates_of_job(job, same, "DURATION Jan-2014 to Jun-2015")
    True
    >>> labelled_dates_of_job(job, later, "Duration: 2016 - 2017"), labelled_dates_of_job(None, same, "DURATION")
    (False, False)
    """
    if job is None or job.range is None or job.range.end is None or found.end is None:
        return False
    label = _DATES_LABEL.match(text)
    if label is None or label.end() != found.span[0]:
        return False
    return job.range.start <= found.start and found.end <= job.range.end


def heads_another_job(above: Line | None, index: int, job: _Anchor | None) -> bool:
    """Whether the line above a labelled dates line (``index``) names a job of its own, below the job
    headed above ("Job Title: Junior Engineer | Employer: Globex" over "Period: 06/2015 - 09/2015"): the
    dates are that job's, even inside the first job's dates, not the first job's details.

    >>> job = _Anchor(0, None, 9, "Consultant", "")
    >>> heads_another_job(Line("Job Title: Junior Engineer | Employer: Globex"), 4, job)
    True
    >>> heads_another_job(Line("Role : Build Engineer"), 4, job), heads_another_job(Line("Built the releases."), 4, job)
    (False, False)
    """
    if above is None or job is None or index - 1 <= job.line:
        return False
    return _NAMED_TITLE.match(above.text) is not None


# A job title given with its label and something more on the line: "Job Title: Analyst | Employer: Acme",
# "Position: Analyst, Acme"; a project's "Role : Analyst" alone names the part played in it, not a job.
_NAMED_TITLE = re.compile(rf"^\s*{_TITLE_LABEL}\s*:\s*\S.*(?:[|,]|\s[-–—]\s)\s*\S", re.IGNORECASE)


# Europass's labels of a job (the old CV's left column): "Dates", then "Occupation or position held ...",
# "Main activities and responsibilities ...", "Name and address of employer ...", "Type of business or sector ...".
_EUROPASS_DATES = re.compile(r"^\s*dates?\b\s*:?", re.IGNORECASE)
_EUROPASS_TITLE = re.compile(rf"^\s*{_EUROPASS_TITLE_LABEL}\b\s*:?\s*", re.IGNORECASE)
_EUROPASS_EMPLOYER = re.compile(rf"^\s*{_EUROPASS_EMPLOYER_LABEL}\b\s*:?\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Fields:
    title: str | None
    employer: str | None
    lines: tuple[int, ...]  # the lines the fields were read from


def europass_fields(lines: Sequence[Line], anchor: _Anchor, end: int) -> _Fields | None:
    """The title and employer of a job written as Europass labels below its "Dates" line, each label on
    the line with its value (or the value on the line under a label alone); None when the dates carry no
    "Dates" label or no labelled title follows before ``end`` (the next position or the section's end).

    >>> block = [Line("Dates March 2016 - July 2019"), Line("Occupation or position held Software Engineer"),
    ...          Line("Main activities and responsibilities Built billing services"),
    ...          Line("Name and address of employer Acme Ltd, London (United Kingdom)")]
    >>> found = DateReader(YearMonth(2026, 11)).find(block[0].text)[0]
    >>> europass_fields(block, _Anchor(0, found, 4, "Dates", found.text), 4)
    _Fields(title='Software Engineer', employer='Acme Ltd', lines=(1, 3))
    """
    line = anchor.line
    label_above = line > 0 and _EUROPASS_DATES.fullmatch(lines[line - 1].text.strip()) is not None
    if anchor.range is None or not (_EUROPASS_DATES.match(lines[line].text) or label_above):
        return None
    values: dict[str, tuple[str, int]] = {}
    for index in range(anchor.line + anchor.lines, min(end, len(lines))):
        for name, label in (("title", _EUROPASS_TITLE), ("employer", _EUROPASS_EMPLOYER)):
            match = label.match(lines[index].text)
            if match is None or name in values:
                continue
            value, at = lines[index].text[match.end() :].strip(), index
            if not value and index + 1 < end:
                value, at = lines[index + 1].text.strip(), index + 1
            values[name] = (value, at)
    if "title" not in values:
        return None
    title = _clean(values["title"][0]) or None
    employer = _clean(values["employer"][0].split(",")[0]) or None if "employer" in values else None
    return _Fields(title, employer, tuple(sorted({at for _, at in values.values()})))


# A grade or a result on the line under dates: "B+ Average", "A Completed", "CGPA: 8.1", "78%".
_GRADE_LINE = re.compile(
    r"^\s*(?:(?:[A-F][+-]?|\d{1,2}(?:\.\d{1,2})?\s*%|\d{1,2}(?:\.\d{1,2})?\s*/\s*(?:4|5|10)(?:\.0)?)"
    r"(?:\s+(?i:average|grade|completed|passed|distinction|first\s+class))?"
    r"|(?i:c?gpa|percentage|grade|score|marks)\s*[:\-]?\s*\d.*|(?i:completed|passed|pursuing))\s*$"
)
_MAX_SCHOOL_LINES = 2
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _graded(lines: Sequence[Line], below: int, section_end: int) -> bool:
    """Dates with a grade or a result on the line under them ("2016 to 2016" / "B+ Average"): a course.

    >>> _graded([Line("B+ Average")], 0, 1), _graded([Line("Built APIs")], 0, 1)
    (True, False)
    """
    return below < min(section_end, len(lines)) and _GRADE_LINE.match(lines[below].text) is not None


def _school_above(lines: Sequence[Line], index: int, section_end: int, used: int = 1) -> bool:
    """Dates alone under a school's name, a location between or not, with no job title above or below
    ("Acme University" / "Springfield, IL" / "July 2004 to June 2008"): study, not a job.

    >>> _school_above([Line("Acme University"), Line("Springfield, IL"), Line("2004 – 2008")], 2, 3)
    True
    >>> _school_above([Line("Research Assistant"), Line("Acme University"), Line("2004 – 2008")], 2, 3)
    False
    """
    names: list[str] = []
    for above in range(index - 1, -1, -1):
        line = lines[above]
        full = len(names) == _MAX_SCHOOL_LINES
        if full or not _header_like(line.text, bold=line.bold) or _HAS_YEAR.search(line.text):
            break  # a line with a year is another block's
        if not _is_location(_clean(line.text)):
            names.append(line.text)
    below = _title_below(lines, index + used, section_end)
    if JOB_TITLE_WORDS.search(below) or any(JOB_TITLE_WORDS.search(name) for name in names):
        return False
    return any(_only_school(name) for name in names)


def _only_school(text: str) -> bool:
    """A line that names a school and nothing else but a place: "Guru Nanak Dev University", "Acme College,
    Springfield, IL"; never "Research Fellow - University of Bremen"."""
    parts = [_clean(p) for p in _STRONG_SEPARATOR.split(text)]
    named = [p for p in parts if p and not _is_location(p)]
    return bool(named) and _SCHOOL.search(named[0]) is not None and all(
        _SCHOOL.search(p) or len(_words(p)) <= 2 for p in named)


_STUDENT = re.compile(r"\bstudents?\b", re.IGNORECASE)


# A term of study at another school: "Visiting Student", "Exchange Student", "Erasmus student".
_VISITING_STUDENT = re.compile(
    r"\b(?:visiting|exchange|erasmus)\s+(?:(?:phd|graduate|undergraduate|research)\s+)?students?\b", re.IGNORECASE)


def job_header_above(lines: Sequence[Line], index: int) -> bool:
    """Whether the line above a bare date line is an undated job header of its own, itself under no date
    line: "Analyst, Acme Corp" / "Jan 2016 - Present" / "Certified Scrum Master" dates the job, and the
    certificate below is a detail of it, not the owner of the dates.

    >>> block = [Line("Analyst, Acme Corp"), Line("Jan 2016 - Present"), Line("Certified Scrum Master")]
    >>> job_header_above(block, 1), job_header_above([Line("2014 - 2016"), *block], 2)
    (True, False)
    """
    if index < 1 or not _titled(lines[index - 1]) or _dated_itself(lines[index - 1]):
        return False
    return index < 2 or not opens_with_date(lines[index - 2].text)


def study_below(below: Line | None) -> bool:
    """Whether the line under dates alone names a degree or study and no job but a student's ("01/10/2012 -
    05/05/2013" / "Visiting PhD Student", "Exchange Student"): the dates are the study's, no job's.

    >>> study_below(Line("Visiting PhD Student")), study_below(Line("PhD, Researcher in Networks, Acme Labs"))
    (True, False)
    >>> study_below(Line("Visiting Student")), study_below(Line("Student Assistant"))
    (True, False)
    """
    if below is None or not _header_like(below.text, bold=below.bold):
        return False
    if not (_is_study(below.text) or _VISITING_STUDENT.search(below.text)):
        return False
    return JOB_TITLE_WORDS.search(_STUDENT.sub(" ", below.text)) is None


def school_job_below(header: str, below: Line | None) -> bool:
    """A school dated as an employer: the school's name on the dated line, a job title on the next
    ("Feb 2011/Now ACME FILM SCHOOL" / "Technical Training Instructor"); a student is studying there.

    >>> school_job_below("ACME FILM SCHOOL", Line("Technical Training Instructor"))
    True
    >>> school_job_below("Acme University", Line("Exchange Student")), school_job_below("Acme University", None)
    (False, False)
    """
    return (bool(header) and _only_school(header) and _titled(below)
            and below is not None and _STUDENT.search(below.text) is None)


_YEARS_RUN_TOGETHER = 3


def dates_run_together(header: str) -> bool:
    """Whether what a line holds beside its first range is only more dates, three years or more and no word
    ("2012-2014 2013 2010-2011 2010, 2011 2009"): a column of dates run onto one line, each of an entry
    printed apart, which cannot say whose each is.

    >>> dates_run_together("2013 2010-2011 2010, 2011"), dates_run_together("2014 - 2015")
    (True, False)
    >>> dates_run_together("Analyst, Acme 2013 2014 2015")
    False
    """
    return not any(c.isalpha() for c in header) and len(_HAS_YEAR.findall(header)) >= _YEARS_RUN_TOGETHER


def _sentence_tail(text: str, found: DateRange, above: Line | None) -> bool:
    """Dates alone in parentheses under a bullet or a sentence: the years of what that line says
    ("• Winner of the Best Team Award ..." / "(2014 – 2015)"), not a job's header."""
    stripped = text.strip()
    if not (stripped.startswith("(") and stripped.endswith(")")) or _clean(_rest(text, found.span)):
        return False
    return above is not None and not _header_like(above.text, bold=above.bold)


# --------------------------------------------------------------------------- the extractor


@dataclass(frozen=True, slots=True)
class _Anchor:
    line: int
    range: DateRange | None  # None for a position dated by a duration only
    section_end: int
    header: str  # the anchor's text without its dates: title, employer, location
    date_text: str  # the dates (or the duration) as written
    lines: int = 1  # how many lines the dates take
    duration: int | None = None  # months written instead of dates ("(11 months)")
    study: bool = False  # dates of study or a course: no position, but the one before stops here
    paragraph: bool = False  # one of several positions read from a paragraph of prose


def _studies_above(above: Line | None) -> bool:
    """The header line just above names a course or degree, not a role:
    "Project Management Training" / "Acme Consulting, 2011"."""
    if above is None or JOB_TITLE_WORDS.search(above.text) or not _header_like(above.text, bold=above.bold):
        return False
    return _is_study(above.text) or _names_course(above.text)


def _role_above(above: Line | None) -> bool:
    """The header line just above names a role or employer, not study."""
    return (
        above is not None
        and _names_role(above)
        and not _is_study(above.text)
        and _not_job_words(above.text) is None
        and _header_like(above.text, bold=above.bold)
    )


def _titled(line: Line | None) -> bool:
    """A header line that names a job title and no study: the title of the dates under it."""
    return (line is not None and _header_like(line.text, bold=line.bold)
            and JOB_TITLE_WORDS.search(line.text) is not None and not _is_study(line.text))


# A year (1950-2099) standing alone: a line holding one is dated itself.
_ANY_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")


def _dated_itself(line: Line | None) -> bool:
    """A line that holds a year of its own is an entry of its own, not the title of the dates below it:
    "Employee of the Month, June 2020" / "Dean's List, 2014 - 2016" under Awards are two awards."""
    return line is not None and _ANY_YEAR.search(line.text) is not None


def _is_job(header: str, kind: str, above: Line | None) -> bool:
    """Whether a dated line heads a job rather than study, a certification or a stray date.

    "University of X, 2012 – 2016" is study unless the line names a job title or a
    header line just above names a role, not a degree ("Research Assistant" /
    "University of X, 2012 – 2016").
    """
    if _is_study(header):
        return False
    if JOB_TITLE_WORDS.search(header):
        return True
    if kind in _SOFT_NOT_POSITIONS and kind != _HEADLINE and _titled(above) and not _dated_itself(above):
        return True  # "Instructor/Writer - ..." / "1st Detachment, Training Command - Nov 2014 to Oct 2015"
    if kind in _SOFT_NOT_POSITIONS or _studies_above(above):
        return False
    if not _not_job_words(header):
        return True
    only_school = _SCHOOL.search(header) is not None and _not_job_words(_SCHOOL.sub("", header)) is None
    return only_school and _role_above(above)


def _clause_before(text: str, begin: int, end: int) -> str:
    """The words just before a range, back to the end of the previous sentence or range."""
    parts = _CLAUSE_END.split(text[begin:end])
    return _clean(parts[-1]) if parts else ""


def _clause_after(text: str, begin: int, end: int) -> str:
    """The words just after a range, up to the end of their sentence or the next range."""
    return _clean(_CLAUSE_END.split(text[begin:end])[0])


def _reads_as_header(clause: str) -> bool:
    """A title or employer inside a paragraph: short, capitalised, names a job, not prose.

    "Senior Engineer, Acme Inc" is one; "Promoted to Lead Engineer in" is not (it
    ends on a lower-case word and reads as a sentence).
    """
    words = _words(clause)
    if not words or len(words) > _MAX_PARAGRAPH_HEADER or not words[0][0].isupper():
        return False
    lower = [w for w in words if w[0].islower() and w.lower() not in _CONNECTORS]
    return bool(JOB_TITLE_WORDS.search(clause)) and not words[-1][0].islower() and len(lower) <= 1


# "Currently working as a Software Engineer in Acme Technologies, Pune": a role named inside a sentence.
_ROLE_IN_SENTENCE = re.compile(
    rf"{HELD_AS}(?P<role>[A-Z][^,;]*?)\s+(?:in|at|with|for)\s+(?P<employer>\S[^;]*)$")


def _short_title(text: str, most: int) -> bool:
    """Whether ``text`` names a job title in at most ``most`` words."""
    return JOB_TITLE_WORDS.search(text) is not None and len(_words(text)) <= most


def role_in_sentence(clause: str) -> str | None:
    """The title and employer a sentence names ("working as a Tester in Acme Labs, Springfield"),
    as a header reads them ("Tester, Acme Labs, Springfield"); None when it names no job title.

    >>> role_in_sentence("Currently working as a Tester in Acme Labs, Springfield")
    'Tester, Acme Labs, Springfield'
    >>> role_in_sentence("Worked as part of a team in Acme Labs") is None
    True
    """
    match = _ROLE_IN_SENTENCE.search(clause)
    if match is None or not _short_title(match["role"], _MAX_SUBHEADING_WORDS):
        return None
    return f"{match['role']}, {match['employer']}"


def _paragraph_anchors(text: str, index: int, section_end: int, reader: DateReader) -> list[_Anchor]:
    """Positions of a job history written as one paragraph: each range with its title beside it.

    "Senior Engineer, Acme Inc, Jan 2019 – Present. Built APIs. Developer, Globex
    LLC, 2015 – 2018. Wrote services." gives two positions on one line.
    """
    aside = _UNBALANCED_CLOSE.match(text)  # the tail of a parenthesis opened on a line before
    ranges = [r for r in reader.header(text)
              if not _is_lone(r) and (aside is None or r.span[0] >= aside.end())]
    found: list[_Anchor] = []
    for number, dates in enumerate(ranges):
        previous = ranges[number - 1].span[1] if number else 0
        following = ranges[number + 1].span[0] if number + 1 < len(ranges) else len(text)
        header = _clause_before(text, previous, dates.span[0])
        if not _reads_as_header(header):
            header = role_in_sentence(header) or _clause_after(text, dates.span[1], following)
        if _reads_as_header(header) and not _is_study(header):
            found.append(_Anchor(index, dates, section_end, header, dates.text, paragraph=True))
    return found


def _range_before_title(text: str, following: str, reader: DateReader) -> DateRange | None:
    """Dates that end a line of prose with a dash, the job they date opening the next line:
    "... and strategic planning July 2015 - March 2017 -" / "Account Manager Globex Corp FY 2016 ..."."""
    ranges = [r for r in reader.header(text) if not _is_lone(r)]
    if not ranges or not _TRAILING_DASH.match(text[ranges[-1].span[1] :]):
        return None
    title = _opening_title(following)
    return ranges[-1] if title and JOB_TITLE_WORDS.search(title) else None


def _opening_title(text: str) -> str:
    """The capitalised words a line opens with, up to six: "Account Manager Globex Corp" of
    "Account Manager Globex Corp FY 2016 over target"."""
    words: list[str] = []
    for word in text.split()[:6]:
        if not word[0].isupper() or any(c.isdigit() for c in word):
            break
        words.append(word)
    return " ".join(words)


# A job's duration written as one of its details: "Years of Experience: 2 Years and 4 Months", "Duration: 6 Months".
_DURATION_LABEL = re.compile(
    r"^\s*(?:[•*-]\s*)?(?:total\s+)?(?:years?\s+of\s+experience|experience|duration|tenure|period)\s*[:–-]\s*",
    re.IGNORECASE,
)
_MAX_DURATION_LABEL_LINES = 6


def _labelled_duration(lines: Sequence[Line]) -> int | None:
    """The months of an undated job that names its duration on one of its first lines, else None.

    >>> _labelled_duration([Line("Company: Acme"), Line("Years of Experience: 2 Years and 4 Months")])
    28
    >>> _labelled_duration([Line("Led a team for 2 years")]) is None
    True
    """
    for line in lines[:_MAX_DURATION_LABEL_LINES]:
        label = _DURATION_LABEL.match(line.text)
        duration = _DURATION.fullmatch(line.text[label.end() :].strip()) if label else None
        if duration is not None and _duration_months(duration) > 0:
            return _duration_months(duration)
    return None


_DURATION_BELOW_REACH = 2


def duration_below(lines: Sequence[Line], index: int, section_end: int) -> bool:
    """Whether a title line is followed at once by its own labelled duration ("Position: Intern" /
    "Experience: 1 year"): a job of its own dated by that duration, even under a dated job.

    >>> duration_below([Line("Position: Intern"), Line("Experience: 1 year")], 0, 2)
    True
    >>> duration_below([Line("Position: Intern"), Line("Built a parser")], 0, 2)
    False
    """
    return _labelled_duration(lines[index + 1 : min(index + 1 + _DURATION_BELOW_REACH, section_end)]) is not None


def _duration_months(match: re.Match[str]) -> int:
    years = int(match.group("years") or 0)
    return years * 12 + int(match.group("and_months") or match.group("months") or 0)


def _duration_anchor(text: str, index: int, section_end: int) -> _Anchor | None:
    """A header line dated by a duration only: "Support Engineer, Acme Inc (11 months)"."""
    match = _DURATION.search(text)
    if match is None or not match.group().strip():
        return None
    header = _clean(text[: match.start()])
    if not header or not JOB_TITLE_WORDS.search(header) or _is_study(header):
        return None
    if not _header_like(header) or len(_words(header)) > _MAX_HEADER_WORDS:
        return None
    months = _duration_months(match)
    if months <= 0:
        return None
    return _Anchor(index, None, section_end, header, match.group().strip(), duration=months)


# "Interned at Acme Labs for 6 months 2017": a job's duration and its year ending a sentence.
_DURATION_THEN_YEAR = re.compile(
    r"\b(?:for|of)\s+(?P<months>\d{1,2})\s*(?:months?|mos?)\s*,?\s*(?:in\s+)?(?:19|20)\d\d\s*\.?\s*$", re.IGNORECASE)
_TITLE_REACH = 2


def duration_then_year(lines: Sequence[Line], index: int, section_end: int) -> _Anchor | None:
    """A job dated by a sentence that ends with its duration and year ("Interned at Acme Labs for
    6 months 2017"), under its title line: a position of those months, the year no range of its own.

    >>> job = [Line("Software Engineer"), Line("Acme"), Line("Interned at Acme for 6 months 2017")]
    >>> found = duration_then_year(job, 2, 3)
    >>> found.duration, found.header
    (6, 'Software Engineer')
    """
    match = _DURATION_THEN_YEAR.search(lines[index].text)
    if match is None or not 0 < int(match["months"]) < _MONTHS_IN_A_YEAR:
        return None
    header = _clean(lines[index].text[: match.start()])
    if not JOB_TITLE_WORDS.search(header):
        titles = [lines[k].text for k in range(max(0, index - _TITLE_REACH), index) if _titled(lines[k])]
        if not titles:
            return None
        header = _clean(titles[-1])
    return _Anchor(index, None, section_end, header, match.group().strip(), duration=int(match["months"]))


# Two columns run together: a sentence of the left column ends, the right column's dates end the line
# ("delivering projects with competence. December 2008 - January 2015"), its upper-case title and
# employer ending the lines above ("... total experience of 13 years, TECHNOLOGY LEAD / ANALYST").
_SENTENCE_THEN = re.compile(r"[a-z]\.\s+$")
_UPPER_TAIL = re.compile(r"(?:^|\s)(?P<run>[A-Z][A-Z&/.'-]*(?:,?\s+[A-Z&/][A-Z&/.'-]*)+)\s*$")
_COLUMN_REACH = 2


def column_tail_job(lines: Sequence[Line], index: int, reader: DateReader) -> tuple[DateRange, str] | None:
    """The dates and header of a job in the right column of lines run together with a left column of
    prose: the range ends the line after a full stop, the title (and the employer) are the upper-case
    runs that end the lines above. None for any other line.

    >>> job = [Line("total experience of 13 years, TECHNOLOGY LEAD / ANALYST"),
    ...        Line("accomplished in prioritizing and ACME LIMITED, INDIA & USA"),
    ...        Line("delivering projects with competence. December 2008 - January 2015")]
    >>> found, header = column_tail_job(job, 2, DateReader(YearMonth(2026, 11)))
    >>> str(found.start), str(found.end), header
    ('2008-12', '2015-01', 'TECHNOLOGY LEAD / ANALYST, ACME LIMITED, INDIA & USA')
    """
    text = lines[index].text
    ranges = [r for r in reader.header(text) if not _is_lone(r)]
    if not ranges or _clean(text[ranges[-1].span[1] :]) or not _SENTENCE_THEN.search(text[: ranges[-1].span[0]]):
        return None
    runs = [m["run"] for k in range(max(0, index - _COLUMN_REACH), index)
            if (m := _UPPER_TAIL.search(lines[k].text)) is not None]
    titled = [run for run in runs if JOB_TITLE_WORDS.search(run)]
    if not titled:
        return None
    return ranges[-1], ", ".join(runs[runs.index(titled[0]) :])


def split_around_title(text: str) -> str | None:
    """A line that opens with a range's start and a dash, its title next and the range's end after the
    title ("SEPT 2012- Instructor, Acme School JAN 2013 Supervisor: A. Smith"), read as the range and its
    title ("SEPT 2012 – JAN 2013 | Instructor, Acme School"); None for any other line. What follows the
    end is the job's first detail.

    >>> split_around_title("SEPT 2012- Instructor, Acme School JAN 2013 Supervisor: A. Smith")
    'SEPT 2012 – JAN 2013 | Instructor, Acme School'
    >>> split_around_title("SEPT 2012 - JAN 2013 Instructor, Acme School") is None
    True
    """
    match = _SPLIT_AROUND_TITLE.match(text)
    if match is None or not _short_title(match["title"], _MAX_HEADER_WORDS):
        return None
    return f"{match['start']} – {match['end']} | {_clean(match['title'])}"


def _ends_with_separator(line: str) -> bool:
    """Whether ``line`` ends with a range's separator (then spaces): :data:`_WRAPPED_SEPARATOR` searched from
    where its longest match may start, not from every character of a long line (its word boundary and the
    spaces after it are read as in a search of the whole line).

    >>> _ends_with_separator("March 2019 through  "), _ends_with_separator("Acme –"), _ends_with_separator("Pluto")
    (True, True, False)
    """
    return _WRAPPED_SEPARATOR.search(line, max(0, len(line.rstrip()) - _LONGEST_SEPARATOR)) is not None


def _without_end_separator(line: str) -> str:
    """``line`` without the range's separator (and spaces) that end it, as ``_WRAPPED_SEPARATOR.sub("", line)``
    gives it, the separator searched for only where it may start (:func:`_ends_with_separator`).

    >>> _without_end_separator("March 2016 –"), _without_end_separator("2019 through "), _without_end_separator("Acme")
    ('March 2016 ', '2019 ', 'Acme')
    """
    found = _WRAPPED_SEPARATOR.search(line, max(0, len(line.rstrip()) - _LONGEST_SEPARATOR))
    return line if found is None else line[: found.start()] + line[found.end() :]


def _starts_wrapped_range(line: str) -> bool:
    """Whether ``line`` ends with a range's start year and its separator, the end wrapped onto the next line.

    >>> _starts_wrapped_range("Lecturer at Acme from 04-09-2003 to"), _starts_wrapped_range("ACME - Pune -")
    (True, False)
    """
    return _ends_with_separator(line) and _ENDS_IN_YEAR.search(_without_end_separator(line)) is not None


def _wraps_year(line: str, following: str) -> bool:
    """Whether a range's year wrapped from ``line`` onto ``following``: its end's year
    ("till November" / "2013"), its start's year with the rest of the range
    ("| Oct" / "25 - NOW"; the month capitalised, as a date's is), or its whole end
    ("March 2019 –" / "June 2020").

    >>> _wraps_year("Consultant, Acme | Oct", "25 - NOW"), _wraps_year("what we may", "25 - 30 users")
    (True, False)
    >>> _wraps_year("maggio 2020 –", "dicembre 2021"), _wraps_year("March 2019 –", "Built 2 APIs")
    (True, False)
    >>> _wraps_year("January 2017", "through Present"), _wraps_year("Since 2017", "through partners")
    (True, False)
    >>> _wraps_year("Currently working as a Tester in Acme from July", "2009.")
    True
    >>> _wraps_year("Systems Engineer, April, 2007", "December, 2009"), _wraps_year("Engineer, April, 2007", "2009")
    (True, False)
    """
    if _ends_with_separator(line) and opens_with_date(following):
        return True
    # The next line's whole-line test first: it fails at once on most lines, a search of ``line`` does not.
    if _LONE_MONTH_YEAR.fullmatch(following) and _ENDS_IN_MONTH_YEAR.search(line):
        return True
    separator = _OPENING_SEPARATOR.match(following)
    if separator and _ENDS_IN_YEAR.search(line) and opens_with_date(following[separator.end() :]):
        return True
    if _YEAR_START.match(following) is None and _START_YEAR_START.match(following) is None:
        return False  # both rules below need a year (or its last two digits) opening the next line
    if _WRAPPED_END.search(line):
        return _YEAR_START.match(following) is not None
    start = _WRAPPED_START.search(line)
    return start is not None and start.group("month")[0].isupper() and _START_YEAR_START.match(following) is not None


# Labels of a job's details that read as an inline skills heading ("Technology: Manual testing",
# "Environment: Java, Oracle"): inside an experience section they describe the job above.
_JOB_DETAIL_LABELS = frozenset({
    "technology", "technologies", "technologies used", "environment", "tools", "tools used", "tech stack",
    "software", "platform", "platforms", "languages used",
})
_DEGREE_LOOKAHEAD = 2


# Labels of the courses a visiting post or a job's training took ("Courses: International Finance, ..."): inside
# an experience section they describe the position above, no section of certifications.
_JOB_COURSE_LABELS = frozenset({"courses", "courses attended", "courses taken"})


def _job_detail(section: Section, previous: Section) -> bool:
    """An inline "Technology: ..." or "Courses: ..." label right under an experience section's lines: a detail
    of a job."""
    inline = section.heading_line is not None and section.heading_line == section.start
    if previous.kind != "experience" or not inline:
        return False
    label = fold_heading(section.heading)
    return (section.kind == "skills" and label in _JOB_DETAIL_LABELS) or (
        section.kind in {"certifications", "education"} and label in _JOB_COURSE_LABELS)


def _degree_part(section: Section, previous: Section, lines: Sequence[Line]) -> bool:
    """An unknown heading inside an education section ("Post Graduate Program in ..." / "BUSINESS",
    "B.E"), the lines under it naming a school or degree: part of the education, not a section."""
    if previous.kind != "education" or section.kind != OTHER or section.heading_line is None:
        return False
    near = lines[section.start : min(section.end, section.start + _DEGREE_LOOKAHEAD, len(lines))]
    return any(_SCHOOL.search(line.text) or _is_study(line.text) for line in near)


# Sections that list organisations: an upper-case organisation's name there looks like a heading of its own.
# A list of activities names the school of each club or office ("THE ACME UNIVERSITY" / "Acme Club").
_ORGANISATION_LISTS = frozenset({"affiliations", "volunteering"})
_SCHOOL_LISTS = frozenset({"interests", "awards"})


def _organisation_entry(section: Section, previous: Section) -> bool:
    """An unknown heading inside a list of boards, memberships or volunteering ("INROADS, INC." /
    "HOMEBASE YOUTH SERVICES" / "2007 to 2010"), or a school's name inside a list of activities:
    the next entry of that list, not a section that may hold jobs."""
    if section.kind != OTHER or section.heading_line is None or JOB_TITLE_WORDS.search(section.heading):
        return False
    return previous.kind in _ORGANISATION_LISTS or (
        previous.kind in _SCHOOL_LISTS and _SCHOOL.search(section.heading) is not None)


# "Service Country: United States Branch: Army Rank: Sergeant 2004 to October 2015": a military service
# summary, as resume builders print it, over the postings the resume lists one by one.
_SERVICE_SUMMARY = re.compile(r"\bbranch\s*:.*\brank\s*:", re.IGNORECASE)
_SUMMARISED_JOBS = 2


def service_summary_over_jobs(anchor: _Anchor, anchors: Sequence[_Anchor], lines: Sequence[Line]) -> bool:
    """Whether a military service summary line dates the span of two or more jobs listed apart: a
    summary of them, not one more position (alone, it is the service's only record, and kept)."""
    outer = anchor.range
    text = " ".join(line.text for line in lines[max(0, anchor.line - 1) : anchor.line + 1])  # its fields may wrap
    if outer is None or outer.end is None or not _SERVICE_SUMMARY.search(text):
        return False
    inside = [a for a in anchors if a is not anchor and a.range is not None and a.range.end is not None
              and outer.start <= a.range.start and a.range.end <= outer.end]
    return len(inside) >= _SUMMARISED_JOBS


# Seats on a board or an advisory panel: a role of an organisation's governance, not a job there.
_BOARD_SEAT = re.compile(
    r"^(?:(?:advisory\s+)?board\s+(?:member|trustee|director)|member\s+of\s+(?:the\s+)?(?:advisory\s+)?board"
    r"|(?:board\s+)?trustee|advisory\s+board)\b",
    re.IGNORECASE,
)


def is_board_seat(title: str | None) -> bool:
    """Whether a position's title is a seat on a board ("Board Member", "Member of the Advisory Board").

    >>> is_board_seat("Board Member"), is_board_seat("Board Operator"), is_board_seat("Director of Sales")
    (True, False, False)
    """
    return title is not None and _BOARD_SEAT.match(title.strip()) is not None


# An award won in a job, dated itself: "Employee of the Month, March 2015", "Salesperson of the Year 2017",
# "President's Club", "Dean's List"; "... Award", "Winner", "Recipient" only where no job title is named.
_AWARD_OF_PERIOD = re.compile(
    r"^\w+(?:\s+\w+)?\s+of\s+the\s+(?:month|quarter|year)(?:\s*,?\s*\d{4})?\s*$|^(?:president|dean)['’]?s\s+(?:club|list)\b",
    re.IGNORECASE)
_AWARD_WORD = re.compile(r"\b(?:award|awarded|winner|recipient|honou?ree|finalist)\b", re.IGNORECASE)


def is_award(title: str | None) -> bool:
    """Whether a position's title names an award won, not a job held.

    >>> is_award("Employee of the Month"), is_award("President's Club"), is_award("Regional Award Winner")
    (True, True, True)
    >>> is_award("Award Administrator"), is_award("Head of the Year 9 team"), is_award("Analyst")
    (False, False, False)
    """
    if title is None:
        return False
    text = title.strip()
    if _AWARD_OF_PERIOD.match(text):
        return True
    return _AWARD_WORD.search(text) is not None and JOB_TITLE_WORDS.search(text) is None


# A talk given as a guest: "Guest Lecturer", "Guest Speaker", "Invited Speaker", once, not a job held.
# Time that is no job: volunteering ("Volunteer: Lakeside School", "Volunteer, Food Bank") and a break from work
# ("Raised a family while working casually", "Career break", "Parental leave", "Sabbatical", "Career gap",
# "Caring for a family member", "Travelling and further study"). A job title in the next two
# words ("Volunteer Coordinator", "Family Leave Specialist") names a paid role: it stays a job.
_UNPAID_OR_BREAK = re.compile(
    r"^\W*(?:volunteer(?:ed|ing)?|(?:raised|raising)\s+(?:a\s+|my\s+|our\s+)?(?:family|children|kids)"
    r"|career\s+break|(?:maternity|paternity|parental|family)\s+leave"
    r"|(?:career|employment|work)\s+gap|gap\s+year|sabbatical"
    r"|caring\s+for\s+(?:a\s+|an\s+|my\s+|our\s+)?(?:sick\s+|elderly\s+|ill\s+)?"
    r"(?:family(?:\s+members?)?|relatives?|parents?|mother|father|child(?:ren)?|spouse|partner)"
    r"|travell?ing\s+(?:and|&|abroad|overseas)|(?:job\s+search(?:ing)?|unemployed)$"
    r"|stay[- ]at[- ]home\s+(?:parent|mom|mother|dad|father))\b",
    re.IGNORECASE,
)
_NEXT_TWO_WORDS = re.compile(r"^\W*(?:\w+\W+)?\w*")
# A seat in an honour society, wherever the line names it: "Psi Chi Honors Society Member, Lakeside Chapter",
# "Honorary Member, Resident Hall Association", "Member, Golden Key Honour Society".
_HONOUR_MEMBERSHIP = re.compile(r"\bhonou?r(?:s|ary)?\s+(?:society|member)\b", re.IGNORECASE)


def is_unpaid_or_break(text: str) -> bool:
    """A header line that names volunteering or a break from work, not a job.

    >>> is_unpaid_or_break("Volunteer: Lakeside School"), is_unpaid_or_break("Volunteer Coordinator, Food Bank")
    (True, False)
    >>> is_unpaid_or_break("Psi Chi Honors Society Member, Lakeside Chapter")
    True
    """
    if _HONOUR_MEMBERSHIP.search(text):
        return True
    match = _UNPAID_OR_BREAK.match(text)
    if match is None:
        return False
    after = _NEXT_TWO_WORDS.match(text[match.end():])
    return after is None or JOB_TITLE_WORDS.search(after.group()) is None


def _break_over(lines: Sequence[Line], index: int) -> bool:
    """The header line over a bare date line names volunteering or a break from work, not a job:
    "Career break (family care)" over "Jan 2017 – Feb 2019". Under a bare date line of its own
    ("2011-2014" / "Raised a family" / "2008-2010") it is that date's, not this one's."""
    if index < 1:
        return False
    above = lines[index - 1]
    if not _header_like(above.text, bold=above.bold) or not is_unpaid_or_break(above.text):
        return False
    return index < 2 or not opens_with_date(lines[index - 2].text)


_ONE_OFF_TALK = re.compile(r"^(?:guest|invited)\s+(?:lecturer|lecture|speaker|talk|presenter)s?\b", re.IGNORECASE)


def is_one_off_talk(title: str | None) -> bool:
    """Whether a position's title is a talk given as a guest ("Guest Lecturer", "Invited Speaker").

    >>> is_one_off_talk("Guest Lecturer"), is_one_off_talk("Lecturer"), is_one_off_talk("Guest Services Manager")
    (True, False, False)
    """
    return title is not None and _ONE_OFF_TALK.match(title.strip()) is not None


def _merged_sections(sections: Sequence[Section], lines: Sequence[Line]) -> tuple[Section, ...]:
    """The sections as positions read them: a job's detail label, a degree's wrapped line and an
    organisation of a list of memberships joined to the section they are part of.

    >>> from screener.sections import split_sections
    >>> lines = [Line("EXPERIENCE"), Line("Tester, Acme | 2019 – 2020"), Line("Technology: Manual testing"),
    ...          Line("Analyst, Acme | 2017 – 2019")]
    >>> [s.kind for s in _merged_sections(split_sections(lines), lines)]
    ['experience']
    """
    kept: list[Section] = []
    for section in sections:
        if kept and (_job_detail(section, kept[-1]) or _degree_part(section, kept[-1], lines)
                     or _organisation_entry(section, kept[-1])):
            kept[-1] = replace(kept[-1], end=max(kept[-1].end, section.end))
            continue
        kept.append(section)
    return tuple(kept)


def _line_kinds(sections: Sequence[Section], lines: Sequence[Line]) -> list[str]:
    """The section kind of each line, an unknown heading of honours, activities, volunteering
    or memberships ("Activities and Honors") read as a section that holds no positions, and
    so is the rest of an unknown section from such a sub-heading on ("Leadership Roles" /
    ... / "Community Service Initiatives" / "Reading Program, 2007 - Present").

    >>> from screener.sections import split_sections
    >>> lines = [Line("EXPERIENCE"), Line("Dev, Acme | 2019 – 2020"), Line("ACTIVITIES AND HONORS"),
    ...          Line("Camp, 2012-2014")]
    >>> _line_kinds(split_sections(lines), lines)
    ['experience', 'experience', 'interests', 'interests']
    """
    count = len(lines)
    kinds = list(section_of_lines(sections, count))
    if any(section.kind == "experience" for section in sections):
        kinds = [_HEADLINE if kind == PREAMBLE else kind for kind in kinds]
    for section in sections:
        if section.kind == "projects" and _OWN_PROJECTS_HEADING.search(section.heading):
            end = min(section.end, count)
            kinds[section.start : end] = [_OWN_PROJECTS] * max(0, end - section.start)
        if section.kind != OTHER:
            continue
        first = section.heading_line if section.heading_line is not None else section.start
        if not _NOT_POSITIONS_HEADING.search(section.heading):
            first = next((k for k in range(section.start, min(section.end, count))
                          if _activities_subheading(lines[k].text)), count)
        kinds[first : min(section.end, count)] = ["interests"] * max(0, min(section.end, count) - first)
    return kinds


_MAX_SUBHEADING_WORDS = 6


def _activities_subheading(text: str) -> bool:
    """A short line with no digits that names honours, activities, volunteering or memberships,
    and no job: a sub-heading that opens a list of them.

    >>> _activities_subheading("Community Service Initiatives"), _activities_subheading("Volunteer Coordinator")
    (True, False)
    """
    stripped = text.strip(" :")
    return (
        0 < len(_words(stripped)) <= _MAX_SUBHEADING_WORDS
        and not any(c.isdigit() for c in stripped)
        and not _is_sentence(stripped)
        and _NOT_POSITIONS_HEADING.search(stripped) is not None
        and JOB_TITLE_WORDS.search(stripped) is None
    )


def _section_bounds(sections: Sequence[Section], count: int) -> list[tuple[int, int]]:
    """(start, end) of the section each line belongs to."""
    bounds = [(0, count)] * count
    for section in sections:
        first = section.heading_line if section.heading_line is not None else section.start
        for index in range(max(0, first), min(section.end, count)):
            bounds[index] = (section.start, section.end)
    return bounds


# A column of dates printed apart from the roles it dates, after them at the end of a section of leadership
# roles ("LEADERSHIP EXPERIENCE" / "Mentor," / "Acme Club" / ... then "03/15-Present" / "01/13-Present" /
# "07/12-01/15"): three or more lines in a row holding dates alone. Under a work heading such a column is
# left to date the jobs, as a left margin of dates read after its column leaves it.
_DETACHED_COLUMN = 3
_LEADERSHIP_HEADING = re.compile(r"\bleadership\b", re.IGNORECASE)


def detached_date_column(lines: Sequence[Line], sections: Sequence[Section], dates: DateReader) -> frozenset[int]:
    """The lines of a run of three or more lines in a row that each hold a range and nothing else and
    end a section of leadership roles: a date column detached from the roles above it, which cannot say
    which date is whose (no positions).

    >>> from screener.sections import split_sections
    >>> rows = [Line("LEADERSHIP EXPERIENCE"), Line("Adviser, Acme"), Line("2015 - 2016"), Line("01/13-Present"),
    ...         Line("07/12-01/15")]
    >>> sorted(detached_date_column(rows, split_sections(rows), DateReader(YearMonth(2026, 11))))
    [2, 3, 4]
    >>> work = [Line("EXPERIENCE"), *rows[1:]]
    >>> sorted(detached_date_column(work, split_sections(work), DateReader(YearMonth(2026, 11))))
    []
    """
    found: set[int] = set()
    for section in sections:
        if not _LEADERSHIP_HEADING.search(section.heading):
            continue
        end = min(section.end, len(lines))
        first = end
        while first > section.start and _range_alone(lines[first - 1].text, dates):
            first -= 1
        if end - first >= _DETACHED_COLUMN:
            found.update(range(first, end))
    return frozenset(found)


def _whole_range(text: str, dates: DateReader, *, single: bool) -> DateRange | None:
    """The one range (or, with ``single``, month or year) that is all of ``text``; None otherwise."""
    found = dates.find(text, single=single)
    return found[0] if len(found) == 1 and found[0].span == (0, len(text)) else None


def _range_alone(text: str, dates: DateReader) -> bool:
    """Whether ``text`` is one range ("07/12-01/15", "2010 to Present") and nothing else; a lone month or
    year is none (a column of years may be a list of awards' years, read elsewhere)."""
    found = _whole_range(text.strip(), dates, single=False)
    return found is not None and not _is_lone(found)


class ExperienceExtractor:
    """Find positions and total experience in a resume's lines.

    Args:
        as_of: the month "present" resolves to; later starts are flagged.
        day_first: the resume writes numeric dates day first ("18/06/2014"; see
            ``dates.writes_day_first``), so "02/07/2009" is July.

    Example:
        >>> from screener.models import Line
        >>> from screener.sections import split_sections
        >>> lines = [Line("EXPERIENCE"), Line("Engineer, Acme Inc | 2017 – 2019"), Line("Python")]
        >>> exp = ExperienceExtractor(as_of=YearMonth(2026, 11))(lines, split_sections(lines))
        >>> exp.positions[0].title, exp.positions[0].employer, exp.total_months
        ('Engineer', 'Acme Inc', 36)
    """

    def __init__(self, *, as_of: YearMonth, day_first: bool = False) -> None:
        self.as_of = as_of
        self.dates = DateReader(as_of, day_first)

    def __call__(self, lines: Sequence[Line], sections: Sequence[Section]) -> Experience:
        """Extract positions from ``lines`` (``Document.visible_lines``) split into ``sections``."""
        sections = _merged_sections(sections, lines)
        kinds = _line_kinds(sections, lines)
        headings = {s.heading_line for s in sections if s.heading_line is not None}
        bounds = _section_bounds(sections, len(lines))
        inline = {s.heading_line for s in sections if s.heading_line == s.start}
        found = self._anchors(lines, kinds, (headings - inline, inline), bounds,
                              detached_date_column(lines, sections, self.dates))
        anchors = [a for a in found if not a.study and not service_summary_over_jobs(a, found, lines)]
        stops = sorted(a.line for a in found)
        positions: list[Position] = []
        flags: list[DateFlag] = []
        used: set[int] = set()
        projects: set[int] = set()
        for anchor in anchors:
            following = bisect.bisect_right(stops, anchor.line)
            next_line = stops[following] if following < len(stops) else len(lines)
            position, reason = self._position(lines, anchor, next_line, used, headings)
            if is_board_seat(position.title) or is_one_off_talk(position.title) or is_award(position.title):
                continue  # its line still ends the job above
            if reason:
                flags.append(DateFlag(len(positions), reason))
            if client_project_dates(lines, anchor.line):
                projects.add(len(positions))
            positions.append(position)
        positions = self._fix_ends(positions, anchors)
        positions.extend(self._undated(lines, kinds, headings, bounds, positions, used))
        kept, repeats = _without_repeats(positions)
        inside = projects_within_jobs(positions, projects)
        kept = [i for i in kept if i not in inside]
        renumber = {old: new for new, old in enumerate(kept)}
        ordered = tuple(positions[i] for i in kept)
        flags = [DateFlag(renumber[f.position], f.reason) for f in flags if f.position in renumber]
        return Experience(ordered, _total(ordered), tuple(flags), repeats)

    # ----------------------------------------------------------------- anchors

    def _anchors(
        self,
        lines: Sequence[Line],
        kinds: Sequence[str],
        headings: tuple[set[int], set[int]],
        bounds: Sequence[tuple[int, int]],
        skip: frozenset[int] = frozenset(),
    ) -> list[_Anchor]:
        """Every position's anchor in order; ``headings``: (heading-only lines, inline headings); ``skip``:
        lines that head no position."""
        found: list[_Anchor] = []
        skip_to = 0
        only, inline = headings
        for index, kind in enumerate(kinds):
            if index < skip_to or kind in _NOT_POSITIONS or index in only or index in skip:
                continue
            job = _open_job(found, bounds[index][1])
            here, joined = self._line_anchors(lines, index, kind, bounds[index][1], labelled=index in inline,
                                              job=job)
            found.extend(here)
            # A range cut after its separator that heads no position ("... from 04-09-2003 to" / "19-12-2007
            # (4 years 3 months).") leaves its wrapped end no date of its own.
            if not here and joined > 1 and _starts_wrapped_range(lines[index].text):
                skip_to = index + joined
            elif here:
                skip_to = index + here[-1].lines
        return found

    def _line_anchors(
        self, lines: Sequence[Line], index: int, kind: str, section_end: int, *, labelled: bool,
        job: _Anchor | None = None,
    ) -> tuple[list[_Anchor], int]:
        """The positions a line heads: one by its dates, several in a paragraph, or one by a duration.

        ``labelled``: the line opens with its section's heading ("Experience: ..."), read past.
        ``job``: the position headed above this line in its section, whose description this line may be.
        Returns the anchors and the lines the line's text was joined from.
        """
        text, used = self._joined(lines, index)
        return self._anchors_of(lines, index, kind, section_end, text, used, labelled=labelled, job=job), used

    def _anchors_of(
        self, lines: Sequence[Line], index: int, kind: str, section_end: int, text: str, used: int, *,
        labelled: bool, job: _Anchor | None,
    ) -> list[_Anchor]:
        """The anchors of :meth:`_line_anchors`, from the line's ``text`` joined from ``used`` lines."""
        if _LAST_USED_CELL.match(text) or is_document_date(text):
            return []
        if labelled:
            text = _INLINE_LABEL.sub(lambda m: " " * len(m.group()), text, count=1)
        above = lines[index - 1] if index else None
        several = stints(text, self.dates) if kind == "experience" else ()
        if several:
            return [_Anchor(index, r, section_end, "", r.text, used) for r in several]
        found = _anchor(text, self.dates, single=kind == "experience" and used == 1, above=above)
        column = column_tail_job(lines, index, self.dates) if found is None and not labelled else None
        if column is not None:
            return [_Anchor(index, column[0], section_end, column[1], column[0].text)]
        if found is None:  # a paragraph's dates may have wrapped onto the next line too ("from July" / "2009.")
            return [replace(a, lines=max(a.lines, used))
                    for a in self._fallback_anchors(lines, text, index, kind, section_end, job=job)]
        if index + used < section_end:
            found = present_below(found, text, lines[index + used].text, self.as_of)
        header = _rest(text, with_length(text, found.span))
        if _dated_sentence_of(job, found, header) or _sentence_tail(text, found, above) or dates_run_together(header):
            return []
        if labelled_dates_of_job(job, found, text) and not heads_another_job(above, index, job):
            return []
        placeless = not header or _is_location(header)
        if _graded(lines, index + used, section_end) or (placeless and _school_above(lines, index, section_end, used)):
            return [self._study_stop(index, header, above, section_end)] if kind == "experience" else []
        near = [lines[i] for i in (index - 1, index + used) if 0 <= i < min(section_end, len(lines))]
        # Under a heading that holds no positions unless named, dates alone are a job's when a title follows.
        named = header or (_title_below(lines, index + used, section_end) if kind in _SOFT_NOT_POSITIONS else "")
        below = lines[index + used] if index + used < section_end else None
        break_over = not header and _break_over(lines, index)
        if is_unpaid_or_break(header) or break_over or (  # a break dated on its own line does not own these dates
                not header and below is not None and is_unpaid_or_break(below.text) and not _dated_itself(below)):
            first = index - 1 if break_over else index
            return [_Anchor(first, None, section_end, header, "", study=True)] if kind == "experience" else []
        heads_job = _is_job(named, kind, above) or (kind == "experience" and school_job_below(header, below))
        if not heads_job or (not header and study_below(below) and not job_header_above(lines, index)):
            return [self._study_stop(index, header, above, section_end)] if kind == "experience" else []
        if _is_lone(found) and (not _role_beside(header, near) or ends_cut_sentence(header, above)):
            return []
        months = months_within_year(found, header)
        if months is not None:
            return [_Anchor(index, None, section_end, header, found.text, used, duration=months)]
        return [_Anchor(index, found, section_end, header, found.text, used)]

    @staticmethod
    def _study_stop(index: int, header: str, above: Line | None, section_end: int) -> _Anchor:
        """Where dated study or a course starts, so the position before it stops there."""
        first = index - 1 if _studies_above(above) else index
        return _Anchor(first, None, section_end, header, "", study=True)

    def _fallback_anchors(
        self, lines: Sequence[Line], text: str, index: int, kind: str, section_end: int, *, job: _Anchor | None
    ) -> list[_Anchor]:
        """A line that is no header of its own: a paragraph of positions, or a title with a duration.

        A duration is the position's only date unless dates follow on the next two
        lines ("Engineer (2 years)" / "Jan 2019 – Dec 2020"): then they date it. ``job``: the
        position headed above in the section, whose description this line is: a role the
        paragraph dates within the job's own dates ("Shift Lead (2015 - 2016)") is part of it.
        """
        if kind in _SOFT_NOT_POSITIONS:
            return []
        found = [a for a in _paragraph_anchors(text, index, section_end, self.dates)
                 if not _part_of(job, a.range) or role_opens_line(text, a)]
        if found or kind != "experience":
            return found
        following = lines[index + 1].text if index + 1 < section_end else ""
        dates = _range_before_title(text, following, self.dates)
        if dates is not None:
            return [_Anchor(index, dates, section_end, _opening_title(following), dates.text)]
        below = lines[index + 1 : min(index + 3, section_end)]
        if any(self.dates.find(line.text, single=True) for line in below):
            return []
        duration = _duration_anchor(text, index, section_end) or duration_then_year(lines, index, section_end)
        return [duration] if duration is not None else []

    def _joined(self, lines: Sequence[Line], index: int) -> tuple[str, int]:
        """The line, or three lines when a range is split over them ("July 2012" / "to" / ...)."""
        if index + 2 < len(lines) and _JOINER.match(lines[index + 1].text):
            text = " ".join(lines[i].text.strip() for i in range(index, index + 3))
            found = self.dates.find(text)
            if found and found[0].span[1] > len(lines[index].text.strip()) + 1:
                return text, 3
        split = self._split_by_title(lines, index)
        if split is not None:
            return split, 3
        labelled = self._labelled_end(lines, index)
        if labelled is not None:
            return labelled, 2
        wrapped = self._wrapped_year(lines, index)
        if wrapped is not None:
            return wrapped
        return split_around_title(lines[index].text) or lines[index].text, 1

    def _labelled_end(self, lines: Sequence[Line], index: int) -> str | None:
        """"From: March 2016" / "To: July 2019", "Start date: 03/2016" / "End date: Present": a range whose
        end stands on the next line after a leaving date's label (``dates.opens_with_end_label``); the two lines
        joined."""
        if index + 1 >= len(lines) or not opens_with_end_label(lines[index + 1].text):
            return None
        first = lines[index].text.rstrip()
        text = f"{first} {lines[index + 1].text.strip()}"
        found = self.dates.find(text)
        crosses = bool(found) and found[0].span[0] < len(first) < found[0].span[1]
        return text if crosses else None

    def _wrapped_year(self, lines: Sequence[Line], index: int) -> tuple[str, int] | None:
        """"from December 2011 till November" / "2013", "Consultant, Acme | Oct" / "25 - NOW",
        "January 2015" / "through December" / "2017": a range wrapped onto the next lines (up to
        three in all, as a narrow date column wraps it); the text joined and the lines used."""
        text, used = lines[index].text, 1
        while used < _MAX_WRAPPED_LINES and index + used < len(lines):
            following = lines[index + used].text.strip()
            joined = f"{text.rstrip()} {following}"
            if not (_wraps_year(text, following) and self._longer(text, joined)):
                break
            text, used = joined, used + 1
        return (text, used) if used > 1 else None

    def _longer(self, text: str, joined: str) -> bool:
        """Whether ``joined`` (``text`` and the next line) holds more ranges, or a longer last one (read as a
        header's, a lost separator included)."""
        alone = self.dates.header(text)
        found = self.dates.header(joined)
        return len(found) > len(alone) or bool(found and alone and found[-1].span[1] > alone[-1].span[1])

    def _split_by_title(self, lines: Sequence[Line], index: int) -> str | None:
        """"12/2012" / "Senior Engineer, Acme" / "March 2016": one range around its title line, and
        likewise a range wrapped in a narrow date column whose rest comes after the title line
        ("March 2016 –" / title / "April 2017", "March 2016 – April" / title / "2017").

        Returns the range joined and the title after it ("12/2012 – March 2016 | Senior...").
        """
        if index + 2 >= len(lines):
            return None
        first, title, last = (lines[i].text.strip() for i in range(index, index + 3))
        start = _without_end_separator(first).strip()
        if not self._only_dates(start, single=True) or self.dates.find(title, single=True):
            return None
        wrapped = _WRAPPED_SEPARATOR.search(first) or _WRAPPED_END.search(first)
        # A range cut after its separator needs its end: any header line may stand between.
        if not (_header_like(title) and (wrapped or JOB_TITLE_WORDS.search(title) or _COMPANY_WORDS.search(title))):
            return None
        # "septiembre de 2007" / title / "– octubre de 2010": the separator wrapped onto the end's line
        last = last if wrapped else self._opening_month(_OPENING_SEPARATOR.sub("", last, count=1))
        joined = f"{first} {last}" if wrapped else f"{first} – {last}"
        return f"{joined} | {title}" if self._only_dates(joined, single=False) else None

    def _opening_month(self, text: str) -> str:
        """The month a line opens with when it goes on with words ("March 2016 Supervisor: A. Smith"), as a
        range split by its title line leaves its end beside the job's first details; else the whole line.

        >>> ExperienceExtractor(as_of=YearMonth(2026, 11))._opening_month("March 2016 Supervisor: A. Smith")
        'March 2016'
        """
        found = self.dates.find(text, single=True)
        if found and found[0].span[0] == 0 and _is_lone(found[0]) and not found[0].text.strip().isdigit():
            return text[: found[0].span[1]].strip()
        return text

    def _only_dates(self, text: str, *, single: bool) -> bool:
        """Whether ``text`` is one valid range (or one month or year) and nothing else."""
        found = _whole_range(text, self.dates, single=single)
        return found is not None and found.valid

    # ----------------------------------------------------------------- one position

    def _position(
        self,
        lines: Sequence[Line],
        anchor: _Anchor,
        next_anchor: int,
        used: set[int],
        headings: set[int],
    ) -> tuple[Position, str]:
        index = anchor.line
        fields = europass_fields(lines, anchor, min(next_anchor, anchor.section_end))
        if fields is not None:  # a job written as Europass's labelled rows below its dates
            used.update(range(index, index + anchor.lines), fields.lines)
            return self._dated_position(anchor, fields.title, fields.employer, index, next_anchor)
        parts: list[str] = []
        same = anchor.header
        first = index
        before = index - 1
        # Up to two header lines just above the dates ("Title" / "Employer" / dates).
        while (
            before >= 0
            and index - before <= 3
            and before not in used
            and before not in headings
            and _header_like(lines[before].text, bold=lines[before].bold)
            and (_names_role(lines[before]) or _is_location(lines[before].text)
                 or (before - 1 not in used and _employer_under_title(lines, before, index)))
        ):
            first = before
            before -= 1
        parts.extend(lines[i].text for i in range(first, index))
        used.update(range(first, index + anchor.lines))
        if same:
            parts.append(same)
        after = index + anchor.lines
        if (
            after < min(next_anchor, anchor.section_end)
            and after not in headings
            and _header_like(lines[after].text)
            and (not same or not (JOB_TITLE_WORDS.search(same) and _COMPANY_WORDS.search(same)))
            and len(parts) < 2
            and not self._title_of_next(lines, after, next_anchor, headed_above=first < index)
        ):
            parts.append(lines[after].text)
            used.add(after)
        title, employer = self._title_employer(parts)
        return self._dated_position(anchor, title, employer, first, next_anchor)

    def _dated_position(
        self, anchor: _Anchor, title: str | None, employer: str | None, first: int, next_anchor: int
    ) -> tuple[Position, str]:
        """The position an anchor dates, headed from line ``first``, and the flag its dates raise ("" if none)."""
        start, end, months, reason = self._count(anchor.range, anchor.duration)
        position = Position(
            title=title,
            employer=employer,
            start=start,
            end=end,
            current=anchor.range.current if anchor.range else False,
            date_text=anchor.date_text,
            first_line=first,
            last_line=max(anchor.line + anchor.lines, min(next_anchor, anchor.section_end)),
            months=months,
        )
        return position, reason

    def _title_of_next(self, lines: Sequence[Line], after: int, next_anchor: int, *, headed_above: bool) -> bool:
        """Whether the line under a position's dates is the title of the next position's dates, alone on the
        line below it: "Acme School" / "2000 to 2012" / "Chief Business Officer" / "2005 to 2012" is an
        employer's tenure over its role, the title the role's. Only when the position has its header above
        (dates over their titles, "2005 to 2012" / "Chief Business Officer" / "2000 to 2004" / "CFO", read
        each title below)."""
        return (headed_above and after + 1 == next_anchor < len(lines)
                and _range_alone(lines[next_anchor].text, self.dates))

    @staticmethod
    def _title_employer(parts: Sequence[str]) -> tuple[str | None, str | None]:
        title: str | None = None
        employer: str | None = None
        for part in parts:
            part_title, part_employer = split_title_employer(part)
            if title is None and part_title is not None:
                title = part_title
                if employer is None and part_employer is not None:
                    employer = part_employer
            elif employer is None and (part_employer or part_title):
                employer = part_employer or part_title
        return title, employer

    def _count(
        self, found: DateRange | None, duration: int | None
    ) -> tuple[YearMonth | None, YearMonth | None, int | None, str]:
        """Start, end, months counted and a flag reason ("" when none) of an anchor's dates."""
        if found is None:
            return None, None, duration, ""
        start, end = found.start, found.end
        if end is None:
            return start, None, None, ""
        if start > self.as_of:
            return start, end, None, "starts_after_as_of"
        if start > end:
            return start, end, None, "ends_before_start"
        if end > self.as_of:
            return start, self.as_of, months_between(start, self.as_of), "ends_after_as_of"
        return start, end, months_between(start, end), ""

    @staticmethod
    def _fix_ends(positions: list[Position], anchors: Sequence[_Anchor]) -> list[Position]:
        """A position's lines stop where the next position's header starts."""
        fixed = list(positions)
        for number in range(len(fixed) - 1):
            here, following = fixed[number], fixed[number + 1]
            if anchors[number].section_end >= following.first_line > here.first_line:
                limit = max(anchors[number].line + 1, following.first_line)
                if here.last_line > limit:
                    fixed[number] = replace(here, last_line=limit)
        return fixed

    # ----------------------------------------------------------------- undated

    def _undated(
        self,
        lines: Sequence[Line],
        kinds: Sequence[str],
        headings: set[int],
        bounds: Sequence[tuple[int, int]],
        dated: Sequence[Position],
        used: set[int],
    ) -> list[Position]:
        """Title lines in an experience section before (or without) any dated position."""
        found: list[Position] = []
        starts = sorted(p.first_line for p in dated)
        for index, line in enumerate(lines):
            if kinds[index] != "experience" or index in headings or index in used:
                continue
            section_start, section_end = bounds[index]
            after = bisect.bisect_right(starts, index)
            later = starts[after:after + 1]  # the next dated position's first line, if any
            if (bisect.bisect_left(starts, section_start) < bisect.bisect_left(starts, index)
                    and not duration_below(lines, index, section_end)):
                continue  # a dated position starts between the section's start and here: another title of the job
            text = line.text.strip()
            if not (_header_like(text) and JOB_TITLE_WORDS.search(text) and len(_words(text)) <= 8):
                continue
            if _is_study(text):
                continue  # "Certified Scrum Developer": a certification, not a job
            title, employer = split_title_employer(text)
            end = min([section_end, *later])
            found.append(Position(title, employer, None, None, first_line=index, last_line=end))
        for number in range(len(found) - 1):
            following = found[number + 1].first_line
            if found[number].last_line > following:
                found[number] = replace(found[number], last_line=following)
        return [replace(p, months=_labelled_duration(lines[p.first_line + 1 : p.last_line])) for p in found]




# A client project's block: "Client : Union Bank" / "Role : Build Engineer" / "Duration : Nov 2016 to till date".
_CLIENT_LABEL = re.compile(r"^\s*(?:[•*-]\s*)?client(?:\s+name)?\s*[:–-]", re.IGNORECASE)
_CLIENT_REACH = 4


# A line that names a client or a project by its label, dated on the line itself: "Client: Globex Bank
# (Mar 2015 - Dec 2016)", "Project: Payments platform, Initech, 2017 - 2019".
_PROJECT_LABEL = re.compile(
    r"^\s*(?:[•*-]\s*)?(?:client(?:\s+name)?|project(?:\s+(?:name|title))?|engagement)\s*[:–-]", re.IGNORECASE)


def client_project_dates(lines: Sequence[Line], index: int) -> bool:
    """Whether line ``index`` dates a client project: a "Client:" or "Project:" line dated itself, or the
    "Duration : ..." line of a client project's block, a "Client :" label on one of the four lines above it.

    >>> block = [Line("Client : Acme Bank"), Line("Role : Build Engineer"), Line("Duration : Nov 2016 to date")]
    >>> client_project_dates(block, 2), client_project_dates([Line("Duration : Nov 2016 to date")], 0)
    (True, False)
    >>> client_project_dates([Line("Project: Billing, Initech, 2017 - 2019")], 0)
    True
    """
    if _PROJECT_LABEL.match(lines[index].text):
        return True
    if _DATES_LABEL.match(lines[index].text) is None:
        return False
    return any(_CLIENT_LABEL.match(lines[k].text) for k in range(max(0, index - _CLIENT_REACH), index))


def projects_within_jobs(positions: Sequence[Position], projects: set[int]) -> set[int]:
    """The ``projects`` (indexes of client projects' positions) whose dates lie within those of a job
    that is no such project: projects done in that job, not positions of their own."""
    jobs = [p for i, p in enumerate(positions) if i not in projects and p.start is not None]
    return {i for i in projects
            if any(_within(positions[i], job) for job in jobs)}


def _job_key(position: Position) -> tuple[object, ...] | None:
    """What makes two positions one job printed twice: title, employer and dates; None when undated
    or untitled (two undated or untitled lines may well be two jobs)."""
    if position.start is None or position.title is None:
        return None
    fold = [" ".join(t.casefold().split()) if t else "" for t in (position.title, position.employer)]
    return (*fold, position.start, position.end, position.current)


def _without_repeats(positions: Sequence[Position]) -> tuple[list[int], tuple[Repeat, ...]]:
    """The indexes of ``positions`` to keep, in document order, and the repeated copies left out.

    A resume that prints a job block twice (a PDF's page repeated, a "Work History" copied under
    "Military Experience") holds one job: the first copy is kept, the later ones are its repeats.
    Two jobs with the same dates but another title or employer are two jobs.
    A job printed once as current and once with its end (the same title, employer and start) is
    the ended one: the "to Current" copy was left from before the job ended.
    """
    kept: list[int] = []
    seen: dict[tuple[object, ...], int] = {}
    repeats: list[Repeat] = []
    stale = (_stale_current(positions) | _tenures(positions) | restated_in_sentence(positions)
             | retitled_repeats(positions) | headed_repeats(positions))
    for old in sorted(range(len(positions)), key=lambda i: positions[i].first_line):
        key = _job_key(positions[old])
        if key is not None and key in seen:
            repeats.append(Repeat(positions[old].first_line, positions[old].last_line, seen[key]))
            continue
        if key is not None and old not in stale:
            seen[key] = len(kept)
        if old not in stale:
            kept.append(old)
    for old, ended in sorted(stale.items()):
        while ended in stale:  # an employer's tenure over a role that is itself a stale "to Current" copy
            ended = stale[ended]
        ended_key = _job_key(positions[ended])
        assert ended_key is not None  # both rules pair with dated, titled positions only
        repeats.append(Repeat(positions[old].first_line, positions[old].last_line, seen[ended_key]))
    return kept, tuple(repeats)


_TENURE_ROLES = 2
_TENURE_REACH = 2  # the first role starts right after the employer's dates (its name and dates may be two lines)


# Roles that start and end with the employer's dates may sit under a line of its description ("ACME, Boston" /
# "1986 to 1990" / "Maker of spectrometers" / "Sales Director (1988 to 1990)" ... "Product Manager (1986 to 1988)").
_TENURE_REACH_COVERED = 3


def _reach_both_ends(roles: Sequence[Position], outer: Position) -> bool:
    """Whether ``roles`` start at ``outer``'s first month and end at its last, between them."""
    starts = [r.start for r in roles if r.start is not None]
    ends = [r.end for r in roles if r.end is not None]
    return (bool(starts) and bool(ends) and len(ends) == len(roles) and outer.end is not None
            and min(starts) == outer.start and max(ends) == outer.end)


def _within(inner: Position, outer: Position) -> bool:
    """Whether ``inner``'s months lie inside ``outer``'s."""
    if inner.start is None or outer.start is None or inner.start < outer.start:
        return False
    return outer.current or (inner.end is not None and outer.end is not None and inner.end <= outer.end)


def _tenures(positions: Sequence[Position]) -> dict[int, int]:
    """Untitled dates over the roles held at one employer, each role dated inside them ("Acme Store" /
    "1997 to Present" / "Office Manager, 2007 to present" / "Secretary, 1998 to 2007"): the employer's
    tenure, printed again by its roles. Index of the tenure -> index of its first role."""
    order = sorted(range(len(positions)), key=lambda i: positions[i].first_line)
    found: dict[int, int] = {}
    for rank, index in enumerate(order):
        tenure = positions[index]
        roles = [positions[i] for i in order[rank + 1 : rank + 1 + _TENURE_ROLES]]
        reach = _TENURE_REACH_COVERED if _reach_both_ends(roles, tenure) else _TENURE_REACH
        if (_untitled(tenure) and tenure.start is not None and len(roles) == _TENURE_ROLES
                and roles[0].first_line - tenure.first_line <= reach
                and all(r.title is not None and _within(r, tenure) for r in roles)):
            found[index] = order[rank + 1]
    return found


def _is_place_name(text: str) -> bool:
    """A city or region's name ("Boston", "Sao Paulo", "Brazil"), as a split header leaves it."""
    return _is_location(text) or _CITY.match(text) is not None


def _untitled(position: Position) -> bool:
    """A position whose title names no job: none, or an employer's name split from its legal form
    ("Acme Pipelines, Inc." reads 'Acme Pipelines' as the title)."""
    if position.title is None:
        return True
    if JOB_TITLE_WORDS.search(position.title) is not None or position.employer is None:
        return False
    # "Acme Pipelines, Inc." reads 'Acme Pipelines' as the title; "ACME, Sao Paulo, Brazil" reads the place
    return _LEGAL_FORM.fullmatch(position.employer) is not None or _is_place_name(position.title)


def _stale_current(positions: Sequence[Position]) -> dict[int, int]:
    """Current positions that the resume prints again with an end: index -> the ended copy's index."""
    ended: dict[tuple[object, ...], int] = {}
    for index, position in enumerate(positions):
        key = _job_key(position)
        if key is not None and not position.current and position.end is not None:
            ended.setdefault(key[:3], index)
    return {index: ended[key[:3]] for index, position in enumerate(positions)
            if position.current and (key := _job_key(position)) is not None and key[:3] in ended}


# A summary's sentence that names a job listed again below: "Working as Configuration Engineer in Acme from ...".
_WORKING_AS = re.compile(r"^\W*(?:currently\s+|presently\s+)?(?:working|worked|employed|serving)\s+as\b",
                         re.IGNORECASE)


def restated_in_sentence(positions: Sequence[Position]) -> dict[int, int]:
    """Positions read from a "Working as <title> in <employer> from ..." sentence that another position with
    the same dates and that title lists again: index -> the listed job's index.

    >>> from screener.models import YearMonth as M
    >>> said = Position("Working as Build Engineer in Acme", None, M(2015, 7), M(2026, 11), current=True)
    >>> listed = replace(said, title="Build Engineer", employer="Acme")
    >>> restated_in_sentence([said, listed]), restated_in_sentence([said, replace(listed, title="Tester")])
    ({0: 1}, {})
    """
    found: dict[int, int] = {}
    for index, said in enumerate(positions):
        listed = next((other for other, job in enumerate(positions) if other != index and _restates(said, job)), None)
        if listed is not None:
            found[index] = listed
    return found


_FEWEST_RETITLED_WORDS = 2


def retitled_repeats(positions: Sequence[Position]) -> dict[int, int]:
    """Later copies of a job printed again with a longer title and the same dates ("Chief Warrant Officer
    Four" under one heading, "Chief Warrant Officer Four (BOSN) Operations Officer" under "Military
    Experience"): index -> the first copy's index. The shorter title has two words at least.

    >>> from screener.models import YearMonth as M
    >>> first = Position("Chief Warrant Officer", "Acme", M(1985, 5), M(2009, 9))
    >>> again = replace(first, title="Chief Warrant Officer (BOSN) of the crew", employer="Coast Guard")
    >>> retitled_repeats([first, again]), retitled_repeats([first, replace(again, end=M(2009, 8))])
    ({1: 0}, {})
    """
    found: dict[int, int] = {}
    for later, copy in enumerate(positions):
        first = next((k for k in range(later) if _retitled(positions[k], copy)), None)
        if first is not None:
            found[later] = first
    return found


def headed_repeats(positions: Sequence[Position]) -> dict[int, int]:
    """Copies of a job whose title is a work heading run onto the job's line ("Internship Experience June 2013
    to Present Acme, Inc."), another position giving the same employer and dates: index -> that position's.

    >>> from screener.models import YearMonth as M
    >>> listed = Position("Java Developer", "Acme", M(2013, 6), M(2026, 11), current=True)
    >>> headed = replace(listed, title="Internship Experience")
    >>> headed_repeats([headed, listed]), headed_repeats([replace(headed, title="Intern"), listed])
    ({0: 1}, {})
    """
    found: dict[int, int] = {}
    for index, headed in enumerate(positions):
        if headed.start is None or not headed.employer or heading_kind(headed.title or "") != "experience":
            continue
        same = next((other for other, job in enumerate(positions) if other != index and _same_job_dates(headed, job)
                     and job.title and heading_kind(job.title) is None), None)
        if same is not None:
            found[index] = same
    return found


def _same_job_dates(first: Position, other: Position) -> bool:
    """Whether two positions give one employer (case and spaces aside) and the same dates."""
    fold = [" ".join(p.employer.casefold().split()) if p.employer else None for p in (first, other)]
    return fold[0] == fold[1] and (first.start, first.end, first.current) == (other.start, other.end, other.current)


def _retitled(first: Position, copy: Position) -> bool:
    if first.start is None or not first.title or not copy.title:
        return False
    if (first.start, first.end, first.current) != (copy.start, copy.end, copy.current):
        return False
    shorter, longer = sorted((_words(first.title.casefold()), _words(copy.title.casefold())), key=len)
    return len(shorter) >= _FEWEST_RETITLED_WORDS and len(longer) > len(shorter) and longer[: len(shorter)] == shorter


def _restates(said: Position, listed: Position) -> bool:
    """Whether ``said``, a "Working as ..." sentence's position, names ``listed``'s title with its dates."""
    if said.start is None or not said.title or not listed.title or not _WORKING_AS.match(said.title):
        return False
    if _WORKING_AS.match(listed.title) or (listed.start, listed.end, listed.current) != (
            said.start, said.end, said.current):
        return False
    title = " ".join(listed.title.casefold().split())
    return re.search(rf"\b{re.escape(title)}\b", " ".join(said.title.casefold().split())) is not None


def _total(positions: Sequence[Position]) -> int | None:
    """Union of the dated positions' months plus the months of positions dated by a duration only."""
    counted = [_span(p) for p in positions if _counted(p)]
    durations = [p.months or 0 for p in positions if _duration_only(p)]
    if not counted and not durations:
        return None
    return merge_months(counted) + sum(durations)


# --------------------------------------------------------------------------- per skill


def skill_time(mentions: Sequence[SkillMention], experience: Experience) -> dict[SkillId, SkillTime]:
    """Months and last use of each mentioned skill, from the dated positions that mention it.

    A mention earns months only from the one position whose own lines hold it: a
    mention in a skills section or summary, on a line two positions share (a
    one-paragraph history), or marked as teaching, publication or coursework
    (``SkillMention.context``) earns none. A position dated by a duration only
    adds its months, without a last use.

    Args:
        mentions: skill mentions; ``line`` indexes the same lines as the positions.
        experience: the resume's positions.

    Returns:
        One entry per mentioned skill; ``months`` is None for a skill that no
        dated position mentions (e.g. only in a skills section).

    Example:
        >>> from screener.models import SkillMention
        >>> p = Position("Dev", "Acme", YearMonth(2015, 1), YearMonth(2015, 2),
        ...              first_line=0, last_line=3, months=2)
        >>> m = SkillMention(SkillId("python"), "Python", "experience", "", 1, 0, 6)
        >>> skill_time([m], Experience((p,), 2))[SkillId("python")].months
        2
    """
    holders: dict[SkillId, set[int]] = {}
    owners = _sole_holders({m.line for m in mentions if _may_earn(m)}, experience)
    for mention in mentions:
        indexes = holders.setdefault(mention.skill_id, set())
        owner = owners.get(mention.line) if _may_earn(mention) else None
        if owner is not None:
            indexes.add(owner)
    return {skill_id: _skill_time(indexes, experience.positions) for skill_id, indexes in holders.items()}


# Sections whose mentions never earn months, even inside a position's line bounds.
_NO_MONTHS_SECTIONS = frozenset({"skills", "summary"})


def _may_earn(mention: SkillMention) -> bool:
    """Whether a mention can earn months at all: not marked as teaching or coursework, not in a skills list."""
    return mention.context is None and mention.section not in _NO_MONTHS_SECTIONS


def _sole_holders(lines: Iterable[int], experience: Experience) -> dict[int, int | None]:
    """For each of ``lines``, the one position whose lines (or a repeat's) hold it, or None when none or several do.

    One sweep over the lines in order, with the positions' spans opened and closed as it passes them,
    so a long resume costs (lines + positions) log(positions), not their product.
    """
    spans = sorted([(p.first_line, p.last_line, n) for n, p in enumerate(experience.positions)]
                   + [(r.first_line, r.last_line, r.position) for r in experience.repeats])
    open_ends: list[tuple[int, int]] = []  # a heap of (last_line, position) of the spans opened so far
    holding: Counter[int] = Counter()
    sole: dict[int, int | None] = {}
    following = 0
    for line in sorted(lines):
        while following < len(spans) and spans[following][0] <= line:
            _, last, position = spans[following]
            heapq.heappush(open_ends, (last, position))
            holding[position] += 1
            following += 1
        while open_ends and open_ends[0][0] <= line:
            _, position = heapq.heappop(open_ends)
            holding[position] -= 1
            if not holding[position]:
                del holding[position]
        sole[line] = next(iter(holding)) if len(holding) == 1 else None
    return sole


def _skill_time(indexes: set[int], positions: Sequence[Position]) -> SkillTime:
    """A skill's months: the union of its dated positions plus its duration-only positions."""
    counted = sorted(i for i in indexes if _counted(positions[i]) or _duration_only(positions[i]))
    spans = [_span(positions[i]) for i in counted if _counted(positions[i])]
    durations = [positions[i].months or 0 for i in counted if _duration_only(positions[i])]
    return SkillTime(
        months=merge_months(spans) + sum(durations) if counted else None,
        last_used=max((end for _, end in spans), default=None),
        positions=tuple(counted),
    )


def _counted(position: Position) -> bool:
    return position.months is not None and position.start is not None and position.end is not None


def _duration_only(position: Position) -> bool:
    """A position dated by a duration ("(11 months)") rather than a start and an end."""
    return position.months is not None and position.start is None


def _span(position: Position) -> tuple[YearMonth, YearMonth]:
    assert position.start is not None and position.end is not None
    return position.start, position.end
