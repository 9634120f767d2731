"""Job titles: read a title the way a recruiter does and match it against a profile's titles.

The vocabulary (``titles.yaml``, plain data) keeps seniority words apart from what
the job is: "Senior Python Developer" is a Python Developer whose seniority is
senior. Abbreviations are read in full ("Sr. HR Mgr" is a senior human resources
manager), runs of words as the words they stand for ("Online Marketing" is digital marketing,
"Service Desk" a help desk) and equivalent words are one word ("programmer" is a developer). A title
matches a profile title when it holds every word of it, in any order and whatever
else it holds ("Software Engineer, Backend" is a Backend Engineer; "Python/Django
Developer" is a Python Developer), or when it names the profile title's occupation
in no role at all, in a short line ("Outbound Sales" for a Sales Representative: what the person
does, with no other role named; a longer line names an area of work, in part); it matches in part when it names the same
occupation in another role (every word of the profile title but its generic role
words such as "Manager" or "Specialist": a Sales Coordinator for a Sales
Representative), or holds the profile title's last word and at least half of its
words, one of them not generic. A role word may have disciplines that make it another
occupation's role ("Software Engineer", "Network Engineer" and "Sales Engineer" are no
Engineer of a mechanical or civil opening): a title naming one matches a profile title
that names none of that role's disciplines not at all. Scope words ("Regional", "District",
"Area") say where a role is held, not what it is: they are kept apart like seniority, so
"Regional Operations Manager" shares only a generic role word with "Regional Sales Manager".
A leader's word names one job under another: a "Director of Digital Media" or "VP Digital Media"
is a Digital Media Manager in full ("leadership" words: manager, director, vice president), an
"Assistant Director" of it only in part.
A title's head, before "of" or "for", is what the job is: a profile title's occupation named only
after another job's head ("Store Manager of Operations and Human Resources", "Professor of
Accounting") matches in part, never in full.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from .sections import JOB_TITLE_WORDS

FULL = "full"
PARTIAL = "partial"
NONE = "none"

_WORD = re.compile(r"[^\W_]+(?:[+#]+|\.(?=net\b))?", re.UNICODE)


@dataclass(frozen=True, slots=True)
class TitleVocabulary:
    """How title words are read.

    Attributes:
        seniority: each spelling of a seniority word -> the level reported ("sr" -> "senior").
        abbreviations: a short form -> its words in full ("mgr" -> "manager").
        equivalents: a word -> the word it is read as ("programmer" -> "developer").
        ignore: words that never decide a match.
        generic: role words many occupations share; a partial match needs another shared word.
        fields: occupations a title may name alone ("Sales", "Human Resources"): with a
            role word, what makes a line read as a title (see :func:`looks_like_title`).
        disciplines: a role word -> words that make it another occupation's role
            ("engineer" -> "software", "network", ...; see :func:`_another_discipline`).
        scope: words that say where a role is held ("regional", "district"), never what it is
            (see :func:`_without_scope`).
        leadership: role words that head an occupation's work ("manager", "director", "vice",
            "president"): one of them names the other's job (see :func:`_leads_it`).
        phrases: a run of words, abbreviations read in full, -> the words it is read as ("online
            marketing" -> "digital marketing"; see :func:`_read_phrases`), the longest run first.
        roles: role words, read, that :data:`screener.sections.JOB_TITLE_WORDS` lacks ("controller"),
            or that a title names only once read ("Content Creator" read as a content producer; see
            :func:`names_role`).
    """

    seniority: dict[str, str]
    abbreviations: dict[str, tuple[str, ...]]
    equivalents: dict[str, str]
    ignore: frozenset[str]
    generic: frozenset[str] = frozenset()
    fields: frozenset[str] = frozenset()
    disciplines: dict[str, frozenset[str]] = field(default_factory=dict)
    scope: frozenset[str] = frozenset()
    leadership: frozenset[str] = frozenset()
    phrases: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    roles: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ReadTitle:
    """A title as read: what the job is, and how senior.

    Attributes:
        words: the job's words, lower case, abbreviations in full, seniority left out.
        seniority: the seniority levels the title names, in order ("senior", "lead").
    """

    words: frozenset[str]
    seniority: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TitleMatch:
    """How well a candidate's title matches a profile's titles.

    Attributes:
        kind: ``full``, ``partial`` or ``none``.
        matched: the profile title it matches best ("" for none).
        seniority: the seniority the candidate's title names.
    """

    kind: str
    matched: str = ""
    seniority: tuple[str, ...] = ()


@functools.cache
def load_vocabulary() -> TitleVocabulary:
    """The built-in title vocabulary, from ``screener/titles.yaml``."""
    text = resources.files("screener").joinpath("titles.yaml").read_text(encoding="utf-8")
    return vocabulary_from(yaml.safe_load(text))


def vocabulary_from(data: dict[str, Any]) -> TitleVocabulary:
    """A :class:`TitleVocabulary` from its plain-data form (the shape of ``titles.yaml``).

    >>> vocabulary_from({"seniority": [["senior", "sr"]], "abbreviations": {"mgr": "manager"}}).seniority
    {'senior': 'senior', 'sr': 'senior'}
    """
    seniority = {str(w).lower(): str(group[0]).lower() for group in data.get("seniority", []) for w in group}
    abbreviations = {str(k).lower(): tuple(str(v).lower().split()) for k, v in data.get("abbreviations", {}).items()}
    equivalents = {str(w).lower(): str(k).lower() for k, ws in data.get("equivalents", {}).items() for w in ws}
    disciplines = {str(role).lower(): _lower_set(words) for role, words in data.get("disciplines", {}).items()}
    # The longest run first, so that "service desk analyst" is read before "service desk".
    runs = sorted(data.get("phrases", {}).items(), key=lambda item: -len(_WORD.findall(str(item[0]))))
    phrases = {tuple(_WORD.findall(str(k).lower())): tuple(_WORD.findall(str(v).lower())) for k, v in runs}
    return TitleVocabulary(seniority, abbreviations, equivalents, frozenset(str(w) for w in data.get("ignore", [])),
                           _lower_set(data.get("generic", [])), _lower_set(data.get("fields", [])), disciplines,
                           _lower_set(data.get("scope", [])), _lower_set(data.get("leadership", [])), phrases,
                           _lower_set(data.get("roles", [])))


def _lower_set(words: list[Any]) -> frozenset[str]:
    return frozenset(str(w).lower() for w in words)


def read_title(title: str, vocabulary: TitleVocabulary | None = None) -> ReadTitle:
    """Read a title into the job's words and its seniority.

    >>> title = read_title("Sr. Software Engineer, Backend")
    >>> sorted(title.words), title.seniority
    (['backend', 'engineer', 'software'], ('senior',))
    >>> sorted(read_title("HR Mgr").words)
    ['human', 'manager', 'resources']
    """
    vocabulary = vocabulary or load_vocabulary()
    words, seniority = _split(title, vocabulary)
    return ReadTitle(frozenset(words), tuple(dict.fromkeys(seniority)))


def _split(title: str, vocabulary: TitleVocabulary) -> tuple[list[str], list[str]]:
    """A title's job words (in order, read in full, equivalents as one) and its seniority levels."""
    words: list[str] = []
    seniority: list[str] = []
    # Abbreviations first, so that a phrase is written once in full ("HR Rep" is a human resources representative).
    tokens = [word for token in _WORD.findall(title.lower()) for word in vocabulary.abbreviations.get(token, (token,))]
    for word in _read_phrases(tokens, vocabulary.phrases):
        if word in vocabulary.seniority:
            seniority.append(vocabulary.seniority[word])
        elif word not in vocabulary.ignore:
            words.append(vocabulary.equivalents.get(word, word))
    return _without_scope(words, vocabulary), seniority


def _read_phrases(tokens: list[str], phrases: dict[tuple[str, ...], tuple[str, ...]]) -> list[str]:
    """The title's words with each run of words the vocabulary's ``phrases`` name read as its words, from the
    left, the longest run first; the words read are not read again.

    >>> _read_phrases(["online", "marketing", "manager"], {("online", "marketing"): ("digital", "marketing")})
    ['digital', 'marketing', 'manager']
    >>> _read_phrases(["online", "sales"], {("online", "marketing"): ("digital", "marketing")})
    ['online', 'sales']
    """
    read: list[str] = []
    place = 0
    while place < len(tokens):
        found = next((run for run in phrases if tuple(tokens[place:place + len(run)]) == run), None)
        if found is None:
            read.append(tokens[place])
            place += 1
        else:
            read.extend(phrases[found])
            place += len(found)
    return read


def _without_scope(words: list[str], vocabulary: TitleVocabulary) -> list[str]:
    """The job's words without its scope words, unless only generic role words would be left.

    "Regional Sales Manager" is a Sales Manager held over a region; "Territory Manager" and
    "District Manager" are titles of their own, and keep their scope word.

    >>> vocabulary = vocabulary_from({"scope": ["regional", "territory"], "generic": ["manager"]})
    >>> _without_scope(["regional", "sales", "manager"], vocabulary)
    ['sales', 'manager']
    >>> _without_scope(["territory", "manager"], vocabulary)
    ['territory', 'manager']
    """
    kept = [w for w in words if w not in vocabulary.scope]
    return kept if any(w not in vocabulary.generic for w in kept) else words


def looks_like_title(text: str, vocabulary: TitleVocabulary | None = None) -> bool:
    """Whether a short line reads as a job title: it names a role or an occupation.

    A role is a word of :data:`screener.sections.JOB_TITLE_WORDS`, or a generic role word or role word
    of the vocabulary ("Generalist", "Controller"); an occupation is one of its ``fields`` ("Sales").

    >>> looks_like_title("HR PROFESSIONAL"), looks_like_title("Outbound Sales"), looks_like_title("Jane Doe")
    (True, True, False)
    >>> looks_like_title("CONTROLLER"), looks_like_title("Help Desk"), looks_like_title("Dev Patel")
    (True, True, False)
    """
    vocabulary = vocabulary or load_vocabulary()
    if names_role(text, vocabulary):
        return True
    words, _ = _split(text, vocabulary)
    return any(w in vocabulary.fields for w in words)


def match_title(title: str, wanted: Sequence[str], vocabulary: TitleVocabulary | None = None) -> TitleMatch:
    """How a candidate's title matches the best of the profile's titles.

    >>> match_title("Python/Django Developer", ["Python Developer"]).kind
    'full'
    >>> match_title("Lead Java Developer", ["Java Developer"]).seniority
    ('lead',)
    >>> match_title("Python Engineer", ["Python Developer"]).kind
    'none'
    """
    vocabulary = vocabulary or load_vocabulary()
    read = read_title(title, vocabulary)
    best = TitleMatch(NONE, seniority=read.seniority)
    # A seniority word that heads the work ("Head of Sales") is a leader's word as "Director" is.
    leaders = frozenset(read.seniority) & vocabulary.leadership
    role = bool(leaders) or _names_role_beyond_its_level(read, vocabulary)
    for profile_title in wanted:
        kind = _kind(read.words, profile_title, vocabulary, role=role, leaders=leaders)
        if kind == FULL and _headed_by_another_job(title, profile_title, vocabulary):
            kind = PARTIAL
        if kind == FULL:
            return TitleMatch(FULL, profile_title, read.seniority)
        if kind == PARTIAL and best.kind == NONE:
            best = TitleMatch(PARTIAL, profile_title, read.seniority)
    return best


def names_role(title: str, vocabulary: TitleVocabulary | None = None) -> bool:
    """Whether a title names a role (a job-title word, or a generic role word or role word of the vocabulary,
    read), not only an occupation.

    >>> names_role("Sales Coordinator"), names_role("Sales Engineer"), names_role("Outbound Sales")
    (True, True, False)
    >>> names_role("Comptroller"), names_role("Content Creator")
    (True, True)
    """
    vocabulary = vocabulary or load_vocabulary()
    if JOB_TITLE_WORDS.search(title):
        return True
    words, _ = _split(title, vocabulary)
    return any(w in vocabulary.generic or w in vocabulary.roles for w in words)


def _names_role_beyond_its_level(read: ReadTitle, vocabulary: TitleVocabulary) -> bool:
    """Whether a title, read, names a role besides its seniority: a "Digital Media Intern", "Sales Trainee"
    or "Sales Staff" names its occupation at a level and no other role, as "Outbound Sales" names it at none.

    >>> vocabulary = vocabulary_from({"seniority": [["intern"]], "generic": ["coordinator"]})
    >>> _names_role_beyond_its_level(read_title("Sales Intern", vocabulary), vocabulary)
    False
    >>> _names_role_beyond_its_level(read_title("Sales Coordinator Intern", vocabulary), vocabulary)
    True
    """
    return bool(JOB_TITLE_WORDS.search(" ".join(sorted(read.words))) or read.words & vocabulary.generic)


def _kind(words: frozenset[str], profile_title: str, vocabulary: TitleVocabulary, *, role: bool = True,
          leaders: frozenset[str] = frozenset()) -> str:
    """``full`` when every word of the profile title is there, or its occupation in no role;
    ``partial`` when its occupation is there in another role, or its last word and half its words are.
    ``leaders`` are the title's seniority words that are leadership words ("head"), read with its words
    when it is asked whether the title heads the occupation."""
    job, _ = _split(profile_title, vocabulary)
    if not job or _another_discipline(words, job, vocabulary):
        return NONE
    shared = {w for w in job if w in words}
    if len(shared) == len(set(job)):
        return FULL
    occupation = set(job) - vocabulary.generic - vocabulary.scope
    if occupation and occupation <= shared:
        # The occupation in no role ("Outbound Sales") is the job, and so is its head in another
        # leader's word ("Director of Digital Media" for "Digital Media Manager"); in another role
        # ("Sales Coordinator" for "Sales Representative") it is a partial match, and so in a line
        # that names it among many words ("Strong retail and customer service sales background").
        named_alone = not role and len(words - occupation) <= _WORDS_BESIDE_AN_OCCUPATION
        return FULL if named_alone or _leads_it(words | leaders, job, vocabulary) else PARTIAL
    if (job[-1] in words and 2 * len(shared) >= len(set(job)) and shared - vocabulary.generic - vocabulary.scope
            and not _outside_family(words, job, vocabulary)):
        return PARTIAL
    return NONE


_WORDS_BESIDE_AN_OCCUPATION = 2
"""An occupation named in no role is a title ("Outbound Sales", "Inside B2B Sales") with at most this many
other words; a longer line names an area of work ("Retail and customer service sales background")."""


def _leads_it(words: frozenset[str], job: list[str], vocabulary: TitleVocabulary) -> bool:
    """Whether the title heads the profile title's occupation in another leader's word: every word it
    lacks of the profile title, and every role word it holds beyond it, is a leadership word (other
    words beyond it, as in a full match, do not count).

    >>> vocabulary = vocabulary_from({"leadership": ["manager", "director", "vice", "president"],
    ...                               "generic": ["manager", "director", "assistant"]})
    >>> _leads_it(frozenset({"director", "digital", "media"}), ["digital", "media", "manager"], vocabulary)
    True
    >>> _leads_it(frozenset({"assistant", "director", "digital", "media"}), ["digital", "media", "manager"],
    ...           vocabulary)
    False
    """
    lacks = set(job) - words
    roles = {w for w in words - set(job)
             if w in vocabulary.generic or w in vocabulary.leadership or JOB_TITLE_WORDS.fullmatch(w)}
    return bool(lacks and roles) and lacks <= vocabulary.leadership and roles <= vocabulary.leadership


_AREA_OF = re.compile(r"\s(?:of|for)\s", re.IGNORECASE)


def _headed_by_another_job(title: str, profile_title: str, vocabulary: TitleVocabulary) -> bool:
    """Whether the title's head, before "of" or "for", is another job, the profile title's occupation
    named only after it as an area the job covers: an "Assistant Store Manager of Operations and Human
    Resources" is a store manager, in part an HR Manager; a "Director of Human Resources", whose head
    holds only generic role words, is one in full.

    >>> vocabulary = vocabulary_from({"generic": ["manager", "director"], "ignore": ["of"]})
    >>> _headed_by_another_job("Store Manager of Human Resources", "Human Resources Manager", vocabulary)
    True
    >>> _headed_by_another_job("Director of Human Resources", "Human Resources Manager", vocabulary)
    False
    """
    found = _AREA_OF.search(title)
    if found is None:
        return False
    head, _ = _split(title[: found.start()], vocabulary)
    job, _ = _split(profile_title, vocabulary)
    occupation = set(job) - vocabulary.generic - vocabulary.scope
    if occupation & set(head):
        return False
    return any(w not in vocabulary.generic and w not in job for w in head)


def _another_discipline(words: frozenset[str], job: list[str], vocabulary: TitleVocabulary) -> bool:
    """Whether the title names a discipline of one of the profile title's role words that the
    profile title does not: the same role word in another occupation.

    A profile title naming one of the role's disciplines itself ("Backend Engineer") is of that
    family, and then another of them ("Software Engineer, Backend") is no other occupation.

    >>> vocabulary = vocabulary_from({"disciplines": {"engineer": ["software", "network", "backend"]}})
    >>> _another_discipline(frozenset({"software", "engineer"}), ["engineer"], vocabulary)
    True
    >>> _another_discipline(frozenset({"software", "engineer", "backend"}), ["backend", "engineer"], vocabulary)
    False
    """
    for role in job:
        disciplines = vocabulary.disciplines.get(role)
        if disciplines and words & disciplines and not disciplines.intersection(job):
            return True
    return False


def _outside_family(words: frozenset[str], job: list[str], vocabulary: TitleVocabulary) -> bool:
    """Whether the title qualifies a role of the profile title's discipline family with a word of none
    of its disciplines: a Mechanical or Electrical Engineer is no partial Network Engineer.

    >>> vocabulary = vocabulary_from({"disciplines": {"engineer": ["network", "systems", "support"]}})
    >>> _outside_family(frozenset({"mechanical", "engineer"}), ["network", "engineer"], vocabulary)
    True
    >>> _outside_family(frozenset({"systems", "engineer"}), ["network", "engineer"], vocabulary)
    False
    """
    others = words - set(job) - vocabulary.generic - vocabulary.scope
    for role in job:
        disciplines = vocabulary.disciplines.get(role)
        if disciplines and disciplines.intersection(job) and others and not others & disciplines:
            return True
    return False
