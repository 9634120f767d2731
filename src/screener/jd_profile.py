"""Draft a job profile from a job description, for a recruiter to review.

A job description is read as sentences under headings. Each sentence's skills
(technologies and methods; concepts are left out) come from the real skill
extractor; whether a skill is a must-have or a nice-to-have follows the
sentence's own wording ("is a plus", "ideally", "must") and, failing that, the
heading it sits under ("Requirements", "Preferred qualifications"). "5+ years
of Python" sets Python's ``min_years``; years asked without a skill set
``min_total_years``; the lowest degree asked sets ``degree``. The draft is
written as YAML that :func:`screener.profile.load_profile` loads, with the
sentence each entry came from as a comment above it.

Example:
    >>> draft = draft_profile("Requirements:\\n5+ years of Python.\\nDocker is a plus.")
    >>> [(e.name, e.must, e.min_years) for e in draft.entries]
    [('Python', True, 5.0), ('Docker', False, None)]
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .education import degree_level
from .errors import Problem, ProfileError
from .models import SkillId
from .profile import DEGREE_LEVELS
from .skills import SkillExtractor
from .taxonomy import Taxonomy, load_taxonomy

__all__ = ["DraftEntry", "DraftProfile", "draft_profile", "draft_profile_from_file", "render_profile_yaml"]

MUST_WEIGHT = 2.0
NICE_WEIGHT = 1.0
_WANTED_KINDS = frozenset({"technology", "method"})
# A heading is short; a longer one ends with a colon or asks ("What skills do you need to ...").
_MAX_HEADING_WORDS = 12
_SHORT_HEADING_WORDS = 6
_QUESTION_HEAD = re.compile(r"\s*(?:what|who|why|how|where)\b", re.IGNORECASE)
_MAX_TITLE_CHARS = 80

# --------------------------------------------------------------------------- wording rules, as data

# How a heading (or a sentence's own words) classes the skills under it. Order matters: the first
# class whose pattern matches wins, so "Preferred qualifications" is nice before it is a qualification.
NICE = "nice"
MUST = "must"
PLAIN = "plain"  # no wording either way: responsibilities, the role, untitled text
STACK = "stack"  # the team's stack or the posting's technology tags: relevant, not asked for
OFFER = "offer"  # benefits, the company: its skill words are no requirement
_HEADING_CLASSES: tuple[tuple[str, str], ...] = (
    (NICE, r"nice[\s-]to[\s-]haves?|preferred|desir(?:ed|able)|^bonus\b|bonus (?:points|skills|if)|\ba plus\b|"
           r"plus points|advantageous|"
           r"additional skills|nice if|would be (?:great|nice)|excited if|ideally|any of (?:those|these)"),
    (OFFER, r"(?:what )?we offer|benefits|perks|our promise|about (?:us|the company)|company description|"
            r"what'?s in it for you|the rewards|why join"),
    (STACK, r"tech(?:nology)?[\s-]stack|^technologies\b|our stack|tools we use|we work with"),
    (MUST, r"requirements?|required|qualifications|must[\s-]haves?|essential|minimum|mandatory|"
           r"what (?:you(?:'ll| will)? need|we need|you(?:'ll| will)? bring|we(?:'re| are) looking for|we expect)|"
           r"you (?:have|need|bring|should)|your (?:profile|skills|qualifications)|skills (?:&|and) experience|"
           r"key (?:skills|technology experience)|expect from you|who (?:you are|we are looking for)|"
           r"what (?:we'll )?need from you|skills (?:&|and) requirements|you can help us"),
    (PLAIN, r"responsibilit|what you(?:'ll| will)? do|your (?:tasks|role|job|day)|the role|day to day|"
            r"about the (?:role|job)|job description|the job|duties"),
)
_HEADING_RES = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _HEADING_CLASSES)

# A sentence's own words outrank its heading. A hedge reaches only the skills on its side: one that
# opens ("ideally AWS", "not required but nice: fp-ts") the skills after it, one that closes ("Jenkins
# is a plus", "Python preferred") the skills before it, and the rest the whole sentence. A hedge
# beats "must" in the same sentence, which reaches every skill not hedged.
_HEDGES: tuple[tuple[str, str], ...] = (
    ("after", r"\bideally\b|\bpreferably\b|\bpreference for\b|\bnot (?:required|a must|mandatory)\b|"
              r"\boptionally\b|\b(?:some|any) of the following\b|\bnice if\b|\bexcited if\b|\bbonus (?:if|points)\b"),
    ("before", r"\bis (?:a (?:strong |big |huge )?plus|beneficial|an? (?:advantage|asset|bonus)|desirable|"
               r"welcome|optional)\b|"
               r"\bwould be (?:a plus|nice|great|good|helpful|an asset|an advantage)\b|\bpreferred\b|\ba plus\b|"
               r"\bof (?:added )?advantage\b"),
    ("sentence", r"\bnice[\s-]to[\s-]have\b|\bdesirable\b|\bbeneficial\b|\bbonus\b|\badvantage(?:ous)?\b|"
                 r"\boptional\b"),
)
_HEDGE_RES = tuple((reach, re.compile(pattern, re.IGNORECASE)) for reach, pattern in _HEDGES)
_MUST_RE = re.compile(r"\bmust\b|\brequired\b|\brequirement\b|\bessential\b|\bmandatory\b|\bminimum\b",
                      re.IGNORECASE)

# "5+ years of", "at least 3 years' experience", "3 - 4 years of industry experience", "+2 years work".
# The words after the number keep "remote for 5 years" and "30 days per year" out.
_YEARS_RE = re.compile(
    r"(?<![\w.])\+?\s?(?P<n>\d{1,2})(?:\.\d)?\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?"
    r"(?:years?|yrs?)['’]?\s+(?:of\b|in\b|with\b|experience\b|work|working|professional|industry|hands-on|"
    r"commercial|related|relevant|full-stack|combined|equivalent|practical|knowledge|expertise|exposure)",
    re.IGNORECASE,
)

# Degree wording of job descriptions that education.degree_level, written for resumes, does not read.
_JD_DEGREES: tuple[tuple[str, str], ...] = (
    ("master", r"\badvanced degree\b|\bgraduate degree\b"),
    ("bachelor", r"\bbs\s*/\s*ba\b|\bba\s*/\s*bs\b|"
                 r"\b(?:university|college|final|bachelor'?s?|undergraduate)\s+degree\b|"
                 r"\b(?:a|relevant)\s+degree\b|\bdegree in\b|\bbs in\b|\bb\.?s\.? or\b"),
)
_JD_DEGREE_RES = tuple((level, re.compile(pattern, re.IGNORECASE)) for level, pattern in _JD_DEGREES)

# Where one sentence ends and the next begins: a full stop, question or exclamation mark before
# a space, a bullet, a semicolon (a clause of its own: "CircleCI; Jenkins is a plus"), or a capitalised
# hedge that opens a new thought in a line whose punctuation was lost ("... Linux shell Ideally Spark").
_SENTENCE_BREAK = re.compile(
    r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)\s*[.!?](?=\s+[A-Z(*•])\s*|\s*[;•]\s*|\s+\*\s+|^\s*[*\-–]\s+|"
    r"\s+(?=(?:Ideally|Preferably|Optionally|Bonus|Nice to have|Desirable)\b)"
)
# A heading run into the text of a line: "What you'll bring: Solid experience", "... Preferred Qualifications:".
_COLON = re.compile(r"\s*:(?=\s|$)")
_WORD = re.compile(r"[\w'’&/-]+")
_MAX_RUN_IN_WORDS = 5


@dataclass(frozen=True, slots=True)
class DraftEntry:
    """One skill the job description asks for.

    Attributes:
        skill_id: the canonical skill.
        name: its display name, as the profile writes it.
        kind: ``technology`` or ``method``.
        must: True for a must-have, False for a nice-to-have.
        min_years: the years of it asked for ("5+ years of Python"), if any.
        sentence: the sentence that decided the class, for the reviewer.
        reason: the wording or heading that decided it ("'is a plus'", "under 'Requirements'").
    """

    skill_id: SkillId
    name: str
    kind: str
    must: bool
    min_years: float | None
    sentence: str
    reason: str


@dataclass(frozen=True, slots=True)
class DraftProfile:
    """A profile drafted from a job description.

    Attributes:
        title: the first line of the description (or a title given).
        entries: must-haves and nice-to-haves in the order the description first names them.
        min_total_years: years of experience asked without naming a skill, if any.
        total_years_sentence: the sentence ``min_total_years`` came from.
        degree: the lowest degree level asked (one of ``DEGREE_LEVELS``), if any.
        degree_sentence: the sentence ``degree`` came from.
        source: the file it was read from, or ``<text>``.
    """

    title: str
    entries: tuple[DraftEntry, ...]
    min_total_years: float | None = None
    total_years_sentence: str = ""
    degree: str | None = None
    degree_sentence: str = ""
    source: str = "<text>"

    @property
    def must_have(self) -> tuple[DraftEntry, ...]:
        """The must-have entries."""
        return tuple(e for e in self.entries if e.must)

    @property
    def nice_to_have(self) -> tuple[DraftEntry, ...]:
        """The nice-to-have entries."""
        return tuple(e for e in self.entries if not e.must)


@dataclass(frozen=True, slots=True)
class _Sentence:
    """A sentence of the description and the class its heading gives it."""

    text: str
    section: str
    heading: str


# --------------------------------------------------------------------------- reading the description


def heading_class(text: str) -> str | None:
    """The class a heading gives the lines under it, or None when ``text`` is no heading we know.

    Example:
        >>> heading_class("Preferred Qualifications:"), heading_class("What you'll bring")
        ('nice', 'must')
    """
    words = text.strip().rstrip(":").split()
    if not words or len(words) > _MAX_HEADING_WORDS or text.rstrip().endswith((".", "!")):
        return None
    if len(words) > _SHORT_HEADING_WORDS and not text.rstrip().endswith(":") and not _QUESTION_HEAD.match(text):
        return None
    for kind, pattern in _HEADING_RES:
        if pattern.search(" ".join(words)):
            return kind
    return None


def hedge(text: str, at: int | None = None) -> str | None:
    """The hedge that makes a skill at offset ``at`` of a sentence a nice-to-have, or None.

    With ``at`` None, any hedge in the sentence counts.

    Example:
        >>> text = "Python, ideally Django"
        >>> hedge(text, text.index("Python")), hedge(text, text.index("Django"))
        (None, 'ideally')
    """
    for reach, pattern in _HEDGE_RES:
        for match in pattern.finditer(text):
            if (at is None or reach == "sentence" or (reach == "after" and match.start() < at)
                    or (reach == "before" and match.end() > at)):
                return match.group(0).lower()
    return None


def sentence_class(text: str, at: int | None = None) -> str | None:
    """The class a sentence's own wording gives a skill at offset ``at`` ("is a plus": nice; "must": must).

    Example:
        >>> sentence_class("Jenkins is a plus", 0), sentence_class("Must know SQL", 10), sentence_class("SQL", 0)
        ('nice', 'must', None)
    """
    if hedge(text, at) is not None:
        return NICE
    return MUST if _MUST_RE.search(text) else None


def _run_in_heading(before: str) -> str | None:
    """The heading that ends ``before`` (the text ahead of a colon), or None.

    Of the word runs ending there (up to five words, starting at a capital or at the line's start),
    the longest that reads as a heading decides the class, and the shortest of that class is the
    heading: "... Google Cloud Preferred Qualifications" is "Preferred Qualifications" (nice, not
    the "Qualifications" it ends with); "Solid experience What you'll bring" is "What you'll bring".
    """
    words = before.split()
    runs = []
    for count in range(1, min(_MAX_RUN_IN_WORDS, len(words)) + 1):
        run = words[-count:]
        if not all(_WORD.fullmatch(w) for w in run):
            break
        if run[0][0].isupper() or count == len(words):
            runs.append(" ".join(run))
    classes = [(run, heading_class(run)) for run in runs]
    decided = next((kind for _, kind in reversed(classes) if kind is not None), None)
    return next((run for run, kind in classes if kind == decided), None) if decided else None


def _segments(line: str) -> list[tuple[str, bool]]:
    """A line cut at headings run into it: (text, is_heading) pairs in order."""
    parts: list[tuple[str, bool]] = []
    at = 0
    for colon in _COLON.finditer(line):
        head = _run_in_heading(line[at:colon.start()])
        if head is None:
            continue
        start = line.rindex(head, at, colon.start())
        if line[at:start].strip():
            parts.append((line[at:start], False))
        parts.append((head, True))
        at = colon.end()
    if line[at:].strip():
        parts.append((line[at:], False))
    return parts


def _sentences(lines: Iterable[str], is_skill_free: dict[str, bool]) -> list[_Sentence]:
    """The description's sentences, each with the class of the heading above it.

    A short line that matches a heading pattern and names no skill is a heading.
    """
    section, heading = PLAIN, ""
    out: list[_Sentence] = []
    for line in lines:
        for text, inline_heading in _segments(line):
            kind = heading_class(text)
            if kind is not None and (inline_heading or is_skill_free.get(text.strip(), True)):
                section, heading = kind, text.strip().rstrip(":").strip()
                continue
            for piece in _SENTENCE_BREAK.split(text):
                if piece and piece.strip(" *-–•"):
                    out.append(_Sentence(" ".join(piece.split()).strip(" *-–•"), section, heading))
    return out


def _years(text: str) -> tuple[float, int] | None:
    """The fewest years a sentence asks for ("3 - 4 years of experience": 3) and where, if it asks."""
    found = [(float(m.group("n")), m.start()) for m in _YEARS_RE.finditer(text)]
    return min(found) if found else None


def _degree(text: str) -> tuple[str, int] | None:
    """The lowest degree level a sentence names ("Bachelor's or Master's": bachelor) and where, if any."""
    found = [(level, m.start()) for level, pattern in _JD_DEGREE_RES for m in pattern.finditer(text)]
    named = degree_level(text)
    if named is not None:
        found.append((named[1], max(text.find(named[0]), 0)))
        # "Bachelor's or Master's degree": degree_level reports the first; the lowest is asked.
        found += [(level, m.start()) for level in DEGREE_LEVELS
                  for m in re.finditer(rf"\b{level}", text, re.IGNORECASE)]
    return min(found, key=lambda f: (DEGREE_LEVELS.index(f[0]), f[1])) if found else None


def _mention_class(sentence: _Sentence, at: int | None = None) -> tuple[str, str]:
    """The class of a skill at offset ``at`` of a sentence, and why: the sentence's words, then its heading."""
    word = hedge(sentence.text, at)
    if word is not None:
        return NICE, repr(word)
    must = _MUST_RE.search(sentence.text)
    if must is not None:
        return MUST, repr(must.group(0).lower())
    if sentence.heading:
        return sentence.section, f"under {sentence.heading!r}"
    return sentence.section, "named in the description"


# --------------------------------------------------------------------------- deciding each skill

# When one skill is named in several sentences: an explicit requirement wins, then an explicit
# hedge (a skill "a plus" in one place and merely named in another is a nice-to-have), then a bare
# use (a must-have), then the stack or tag line (a nice-to-have).
_RANK = {MUST: 0, NICE: 1, PLAIN: 2, STACK: 3}


@dataclass(frozen=True, slots=True)
class _Vote:
    """One sentence's say on one skill: its class, the sentence, why, the years it asks, its order."""

    kind: str
    sentence: str
    reason: str
    years: float | None
    order: int


@dataclass(frozen=True, slots=True)
class _Found:
    """A skill named in a sentence: which sentence, where in it, which skill."""

    sentence: int
    at: int
    skill_id: SkillId


def _found(sentences: Sequence[_Sentence], extractor: SkillExtractor) -> list[_Found]:
    """Every technology and method the extractor finds, in reading order; offer text skipped.

    Sentences are read as free text: a sentence under "Requirements" is no skills list, and reading
    it as one would credit "see how you go" with Go.
    """
    starts = [0]
    for sentence in sentences:
        starts.append(starts[-1] + len(sentence.text) + 1)
    return [
        _Found(m.line, m.start - starts[m.line], m.skill_id)
        for m in extractor.extract_text("\n".join(s.text for s in sentences))
        if sentences[m.line].section != OFFER and extractor.taxonomy[m.skill_id].kind in _WANTED_KINDS
    ]


def _votes(sentences: Sequence[_Sentence], found: Sequence[_Found]) -> dict[SkillId, list[_Vote]]:
    """Each skill's (sentence, class) pairs, one per sentence naming it."""
    votes: dict[SkillId, list[_Vote]] = {}
    for order, hit in enumerate(found):
        sentence = sentences[hit.sentence]
        if any(v.sentence == sentence.text for v in votes.get(hit.skill_id, ())):
            continue
        kind, reason = _mention_class(sentence, hit.at)
        years = _years(sentence.text)
        votes.setdefault(hit.skill_id, []).append(
            _Vote(kind, sentence.text, reason, years[0] if years else None, order)
        )
    return votes


def _entry(skill_id: SkillId, votes: Sequence[_Vote], taxonomy: Taxonomy) -> DraftEntry:
    """One skill's entry: the class of its strongest vote, and that vote's sentence and years."""
    best = min(votes, key=lambda v: (_RANK[v.kind], v.order))
    years = next((v.years for v in votes if v.kind == best.kind and v.years is not None), None)
    reason = best.reason if best.kind != STACK else f"{best.reason}: the team's stack, not asked for"
    skill = taxonomy[skill_id]
    return DraftEntry(skill_id, skill.name, skill.kind, best.kind in (MUST, PLAIN), years, best.sentence, reason)


def _requirements(sentences: Sequence[_Sentence], skill_free: Sequence[bool]
                  ) -> tuple[float | None, str, str | None, str]:
    """Total years (asked with no skill in the sentence) and the lowest degree, unless hedged."""
    total: tuple[float, str] | None = None
    degree: tuple[str, str] | None = None
    for sentence, free in zip(sentences, skill_free, strict=True):
        years = _years(sentence.text) if free else None
        if years is not None and _mention_class(sentence, years[1])[0] not in (NICE, OFFER) and (
                total is None or years[0] > total[0]):
            total = (years[0], sentence.text)
        level = _degree(sentence.text)
        if level is not None and _mention_class(sentence, level[1])[0] not in (NICE, OFFER) and (
                degree is None or DEGREE_LEVELS.index(level[0]) < DEGREE_LEVELS.index(degree[0])):
            degree = (level[0], sentence.text)
    return (total[0] if total else None, total[1] if total else "",
            degree[0] if degree else None, degree[1] if degree else "")


@functools.cache
def _default_extractor() -> SkillExtractor:
    return SkillExtractor(load_taxonomy())


def draft_profile(
    text: str, *, title: str | None = None, extractor: SkillExtractor | None = None, source: str = "<text>"
) -> DraftProfile:
    """Draft a profile from the text of a job description.

    Args:
        text: the job description, lines separated by newlines.
        title: the profile's title (default: the description's first line).
        extractor: the skill extractor (default: one over the built-in taxonomy).
        source: where the text came from, for the YAML's header.

    Returns:
        The :class:`DraftProfile`; its ``entries`` may be empty.

    Example:
        >>> draft_profile("Must have: Kubernetes\\nNice to have: Terraform").nice_to_have[0].name
        'Terraform'
    """
    extractor = extractor or _default_extractor()
    lines = [line for line in text.splitlines() if line.strip()]
    # Short lines are tested for skills first, so that "Python preferred" is a sentence, not a heading.
    short = [ln.strip() for ln in lines if len(ln.split()) <= _MAX_HEADING_WORDS]
    found = {m.line for m in extractor.extract_text("\n".join(short))}
    sentences = _sentences(lines, {ln: i not in found for i, ln in enumerate(short)})
    found_skills = _found(sentences, extractor)
    votes = _votes(sentences, found_skills)
    entries = [_entry(skill_id, skill_votes, extractor.taxonomy) for skill_id, skill_votes in votes.items()]
    entries.sort(key=lambda e: min(v.order for v in votes[e.skill_id]))
    with_skills = {hit.sentence for hit in found_skills}
    total, total_sentence, degree, degree_sentence = _requirements(
        sentences, [i not in with_skills for i in range(len(sentences))]
    )
    first = " ".join(lines[0].split()) if lines else ""
    return DraftProfile(
        title=title or first[:_MAX_TITLE_CHARS] or "Untitled profile",
        entries=tuple(entries),
        min_total_years=total,
        total_years_sentence=total_sentence,
        degree=degree,
        degree_sentence=degree_sentence,
        source=source,
    )


def draft_profile_from_file(
    path: str | Path, *, title: str | None = None, extractor: SkillExtractor | None = None
) -> DraftProfile:
    """Draft a profile from a job description file (text, PDF or DOCX, read by ``screener.ingest.read``).

    Raises:
        IngestError: the file cannot be read.

    Example:
        >>> draft = draft_profile_from_file("job.docx")  # doctest: +SKIP
    """
    from .ingest import read  # the PDF and DOCX readers load only when a file is read

    document = read(path)
    return draft_profile(document.text, title=title, extractor=extractor, source=str(path))


# --------------------------------------------------------------------------- writing the YAML


def _quote(text: str) -> str:
    """A YAML scalar: JSON's double-quoted strings are valid YAML."""
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str, limit: int = 160) -> str:
    """A one-line YAML comment holding ``text`` (shortened to ``limit`` characters)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _entry_lines(entry: DraftEntry, weight: float) -> list[str]:
    lines = [f"  # {_comment(entry.sentence)}", f"  #   ({entry.kind}; {_comment(entry.reason, 80)})",
             f"  - skill: {_quote(entry.name)}", f"    weight: {weight:g}"]
    if entry.min_years is not None:
        lines.append(f"    min_years: {entry.min_years:g}")
    return lines


def render_profile_yaml(
    draft: DraftProfile, *, must_weight: float = MUST_WEIGHT, nice_weight: float = NICE_WEIGHT
) -> str:
    """The draft as a commented YAML profile that ``load_profile`` loads.

    Raises:
        ProfileError: the description names no technology or method, so there is no profile to write.

    Example:
        >>> print(render_profile_yaml(draft_profile("Required: Python")).splitlines()[3])
        title: "Required: Python"
    """
    if not draft.entries:
        message = "the job description names no technology or method; write the profile by hand"
        raise ProfileError([Problem(draft.source, "must_have", message)])
    out = [
        f"# Drafted by `screener profile from-jd` from {_comment(draft.source, 120)}.",
        "# Review every entry: each names the sentence it came from and why it is a must-have or a",
        "# nice-to-have. Weights are defaults (must-have 2, nice-to-have 1): change them to taste.",
        f"title: {_quote(draft.title)}",
    ]
    for key, entries, weight in (("must_have", draft.must_have, must_weight),
                                 ("nice_to_have", draft.nice_to_have, nice_weight)):
        out.append(f"{key}:" if entries else f"{key}: []")
        for entry in entries:
            out.extend(_entry_lines(entry, weight))
    if draft.min_total_years is not None:
        out += [f"# {_comment(draft.total_years_sentence)}",
                f"min_total_years: {draft.min_total_years:g}", "total_years_weight: 1"]
    if draft.degree is not None:
        out += [f"# {_comment(draft.degree_sentence)}", f"degree: {draft.degree}", "degree_weight: 1"]
    return "\n".join(out) + "\n"
