"""Frozen, slotted dataclasses shared by every stage of the pipeline.

The flow is one way: ``Document`` (what a file said) -> ``Section`` ->
``SkillMention`` / ``Position`` -> ``Candidate`` (profile-independent) ->
``ScoreLine`` / ``RankedCandidate`` -> ``Ranking``. Everything here is hashable
and picklable, so records cross worker processes and compare cleanly in tests.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, NewType, TypeVar, get_args

SkillId = NewType("SkillId", str)
"""A canonical skill id from the taxonomy, e.g. ``SkillId("postgresql")``."""

Format = Literal["pdf", "docx", "odt", "txt"]
PdfEngine = Literal["fast", "pdfminer"]
"""``fast``: PDFium, with pdfminer.six taking over a file PDFium fails on; ``pdfminer``: pdfminer.six alone."""
PDF_ENGINES: tuple[PdfEngine, ...] = get_args(PdfEngine)
DEFAULT_PDF_ENGINE: PdfEngine = PDF_ENGINES[0]
"""The engine when none is given: ``fast``."""


_D = TypeVar("_D", bound="Documented")


class Documented:
    """A model that is a JSON document of its own: Candidate, Failure, RankedCandidate (:mod:`screener.documents`)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """This value as a JSON document: ``schema_version``, ``kind`` and ``tool_version``, then every field.

        Months are ``"YYYY-MM"``, a missing value None, keys in field order: ``json.dumps`` writes it as it
        is and :meth:`from_dict` reads it back equal. ``screener.json_schema("candidate")`` (a candidate,
        a failure) and ``screener.json_schema("ranking")`` (a ranked candidate) are their JSON Schemas.
        """
        from .documents import document

        return document(self)

    @classmethod
    def from_dict(cls: type[_D], data: Mapping[str, Any]) -> _D:
        """The value :meth:`to_dict` wrote; a model's fields without the header (a ranking entry's
        ``candidate``) are read too.

        Raises:
            DocumentError: not a document of this kind, a field missing or of the wrong type, or another
                major schema version.
        """
        from .documents import from_document

        return from_document(cls, data)


@functools.total_ordering
@dataclass(frozen=True, slots=True)
class YearMonth:
    """A calendar month: resumes date positions to the month at best.

    Attributes:
        year: four-digit year.
        month: 1 to 12.
    """

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month must be 1..12, got {self.month}")

    @property
    def index(self) -> int:
        """Months since January of year 0; differences count months."""
        return self.year * 12 + self.month - 1

    @classmethod
    def from_index(cls, index: int) -> YearMonth:
        """The month ``index`` months after January of year 0."""
        return cls(index // 12, index % 12 + 1)

    @classmethod
    def parse(cls, text: str) -> YearMonth:
        """Parse ``"YYYY-MM"``; the inverse of ``str()``."""
        year, _, month = text.partition("-")
        return cls(int(year), int(month))

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, YearMonth):
            return NotImplemented
        return self.index < other.index

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text as the file laid it out.

    Attributes:
        text: the line's text, without its newline.
        page: 1-based page (DOCX and text files have one logical page).
        column: 0 for the only or left column, 1 for a right column, and so on.
        source: where in the file: ``body``, ``table``, ``header``, ``footer``, ``textbox``.
        font_size: the dominant font size in points, when the format says.
        bold: whether most of the line is bold, when the format says.
        hidden: the text would not be seen by a reader (white or tiny text,
            outside the page, covered, hidden DOCX runs); kept for the stuffing
            audit, never used as skill evidence.
        hidden_by: why it is hidden, the reasons of its parts joined by commas
            (see :data:`HIDDEN_REASONS`); empty for a visible line.
    """

    text: str
    page: int = 1
    column: int = 0
    source: str = "body"
    font_size: float | None = None
    bold: bool = False
    hidden: bool = False
    hidden_by: str = ""


HIDDEN_REASONS = {
    "invisible": "drawn in a PDF render mode that paints nothing",
    "tiny": "too small to read",
    "off_page": "placed outside the page",
    "covered": "covered by an image or a filled shape drawn after it",
    "white": "white (or nearly) on a white ground",
    "vanish": "a DOCX run or ODT text marked hidden",
}
"""Each reason text can be hidden for (``Line.hidden_by``), in words."""


@dataclass(frozen=True, slots=True)
class Document:
    """What a file said: its lines in reading order, and facts about the file.

    Attributes:
        path: the file as given.
        format: ``pdf``, ``docx``, ``odt`` or ``txt``, sniffed from the bytes.
        sha256: hex digest of the file's bytes.
        lines: every line, hidden ones included, in reading order.
        pages: number of pages (1 for DOCX and text).
        warnings: things a reader should know (``hidden_text``, ``two_columns``...).
        saved: the month the file says it was last saved, as written in its
            metadata (not yet checked for plausibility); None when it says none.
        saved_source: the metadata field ``saved`` came from (``ModDate``,
            ``CreationDate``, ``modified``, ``created``); empty when none.
        engine: the PDF engine that read the file, ``pdfium`` or
            ``pdfminer`` (which takes over when PDFium fails on a file);
            empty for DOCX and text.
    """

    path: str
    format: Format
    sha256: str
    lines: tuple[Line, ...]
    pages: int = 1
    warnings: tuple[str, ...] = ()
    saved: YearMonth | None = None
    saved_source: str = ""
    engine: str = ""

    @property
    def text(self) -> str:
        """The visible lines joined by newlines; offsets in mentions index this."""
        return "\n".join(line.text for line in self.lines if not line.hidden)

    @property
    def visible_lines(self) -> tuple[Line, ...]:
        """The lines a reader sees, in order."""
        return tuple(line for line in self.lines if not line.hidden)


def line_offsets(texts: Sequence[str]) -> list[int]:
    """Where each line starts in the lines joined by newlines (``Document.text``'s offsets).

    >>> line_offsets(["ab", "", "c"])
    [0, 3, 4]
    """
    offsets, position = [], 0
    for text in texts:
        offsets.append(position)
        position += len(text) + 1
    return offsets


# --------------------------------------------------------------------------- sections


@dataclass(frozen=True, slots=True)
class Section:
    """A run of visible lines under one heading.

    Attributes:
        kind: canonical kind: ``preamble`` (before any heading), ``summary``,
            ``skills``, ``experience``, ``education``, ``projects``,
            ``certifications``, ... or ``other`` for a heading we do not know.
        heading: the heading as written (empty for the preamble).
        start: index into ``Document.visible_lines`` of the first line after the heading.
        end: index one past the section's last line.
        heading_line: index of the heading line itself, or None for the preamble.
    """

    kind: str
    heading: str
    start: int
    end: int
    heading_line: int | None = None


# --------------------------------------------------------------------------- skills


@dataclass(frozen=True, slots=True)
class SkillMention:
    """One place a skill is named in a document.

    Attributes:
        skill_id: the canonical skill.
        surface: the text as written ("Postgres", "Djnago").
        section: kind of the section the line is in.
        snippet: the whole line, trimmed, for a reader to check.
        line: index into ``Document.visible_lines``.
        start: character offset of the surface in ``Document.text``.
        end: offset one past its end.
        confidence: 1.0 for an exact alias; lower for a fuzzy match.
        version: a version written next to it ("3.11", "4.x"), if any.
        rule: the rule that admitted it: ``exact``, ``context``, ``resume`` (the same name credited with
            context elsewhere in the resume), ``fuzzy``, ``list``, ``hyphenated``, ``wrapped`` (a name
            run across a line break).
        context: ``teaching``, ``publication`` or ``coursework`` when the skill is only
            taught, only in a title of a publication or thesis, or only in coursework;
            such a mention earns no months.
    """

    skill_id: SkillId
    surface: str
    section: str
    snippet: str
    line: int
    start: int
    end: int
    confidence: float = 1.0
    version: str | None = None
    rule: str = "exact"
    context: str | None = None


# --------------------------------------------------------------------------- experience


@dataclass(frozen=True, slots=True)
class Position:
    """A job held, as the resume dates it.

    Attributes:
        title: job title, when found.
        employer: employer, when found.
        start: first month, or None when undated.
        end: last month, or None when undated or open.
        current: the range ends in "present" (the end is the resume's present month).
        date_text: the date range as written.
        first_line: index into ``Document.visible_lines`` of the position's first line.
        last_line: index one past its last line.
        months: months covered, both ends counted; None when undated.
    """

    title: str | None
    employer: str | None
    start: YearMonth | None
    end: YearMonth | None
    current: bool = False
    date_text: str = ""
    first_line: int = 0
    last_line: int = 0
    months: int | None = None

    @property
    def dated(self) -> bool:
        """Whether the position has a start month."""
        return self.start is not None


@dataclass(frozen=True, slots=True)
class Education:
    """A degree or course of study. Never scored unless a profile asks for a degree.

    Attributes:
        degree: as written ("BSc", "Master of Science").
        level: normalised level: ``doctorate``, ``master``, ``bachelor``,
            ``associate``, ``diploma`` or None.
        field: field of study, when found.
        institution: school or university, when found.
        year: year of graduation, reported only; never enters a score.
        snippet: the line(s) it came from.
    """

    degree: str | None
    level: str | None
    field: str | None
    institution: str | None
    year: int | None
    snippet: str = ""


@dataclass(frozen=True, slots=True)
class SkillRecord:
    """Everything the resume says about one skill: evidence, months, last use.

    Attributes:
        skill_id: the canonical skill.
        name: its display name.
        mentions: where it was named (empty for a skill only implied).
        implied_by: skills whose mention implies this one (Django -> Python).
        months: months of experience derived from dated positions that
            mention it, overlaps merged; None when no dated position does.
        claimed_months: months the candidate claims ("5+ years of Python").
        last_used: end of the latest position that mentions it.
        positions: indexes into ``Candidate.positions`` that gave the months.
        versions: versions written next to it.
        kind: ``technology``, ``method`` or ``concept`` (the taxonomy's kind of the skill).
    """

    skill_id: SkillId
    name: str
    mentions: tuple[SkillMention, ...] = ()
    implied_by: tuple[SkillId, ...] = ()
    months: int | None = None
    claimed_months: int | None = None
    last_used: YearMonth | None = None
    positions: tuple[int, ...] = ()
    versions: tuple[str, ...] = ()
    kind: str = "technology"

    @property
    def implied_only(self) -> bool:
        """True when the resume never names it, only a skill that implies it."""
        return not self.mentions

    @property
    def context(self) -> str | None:
        """``teaching``, ``publication`` or ``coursework`` when every mention is only that, else None.

        >>> m = SkillMention(SkillId("python"), "Python", "experience", "", 0, 0, 6, context="teaching")
        >>> SkillRecord(SkillId("python"), "Python", (m,)).context
        'teaching'
        """
        contexts = {m.context for m in self.mentions}
        return next(iter(contexts)) if len(contexts) == 1 else None


@dataclass(frozen=True, slots=True)
class Candidate(Documented):
    """A parsed resume: profile-independent, so one parse serves many profiles.

    Attributes:
        candidate_id: stable id from the file's bytes (first 12 hex of sha256).
        path: the file as given.
        file_name: the file's name, for reports.
        sha256: hex digest of the file.
        format: ``pdf``, ``docx``, ``odt`` or ``txt``.
        name: the candidate's name when found (reports only; never scored).
        skills: one record per skill found or implied, sorted by id.
        positions: dated and undated positions in document order.
        education: degrees found.
        total_months: professional experience, overlaps merged; None when no
            position is dated.
        as_of: the screening's as-of month (recency is measured from it).
        present: the month "present" in the resume resolved to.
        present_source: ``document`` when ``present`` comes from the file's own
            last-saved date, ``as_of`` when it is the as-of month.
        sections: the sections found, in order.
        flags: warnings that matter to a screen (``hidden_text``, ``two_columns``...).
        taxonomy_version: version of the taxonomy the skills came from.
        contact_keys: the e-mail addresses (lower-cased) and phone numbers (last nine
            digits) of the visible text as truncated SHA-256 hashes (``email:3f2a...``),
            sorted; never the values themselves. Two files sharing one are one person.
        text_signature: a MinHash of the visible text's word shingles; two files whose
            signatures nearly agree hold near-identical text (see :mod:`screener.same_person`).
        headline: the title the resume gives its owner, under the name or opening the summary
            ("Senior HR Generalist"), when it gives one (see :mod:`screener.headline`).
    """

    candidate_id: str
    path: str
    file_name: str
    sha256: str
    format: Format
    name: str | None
    skills: tuple[SkillRecord, ...]
    positions: tuple[Position, ...] = ()
    education: tuple[Education, ...] = ()
    total_months: int | None = None
    as_of: YearMonth | None = None
    present: YearMonth | None = None
    present_source: str = "as_of"
    sections: tuple[Section, ...] = ()
    flags: tuple[str, ...] = ()
    taxonomy_version: str = ""
    contact_keys: tuple[str, ...] = ()
    text_signature: tuple[int, ...] = ()
    headline: str | None = None

    def skill(self, skill_id: str) -> SkillRecord | None:
        """The record for ``skill_id``, or None when the resume lacks it."""
        return next((s for s in self.skills if s.skill_id == skill_id), None)


@dataclass(frozen=True, slots=True)
class Failure(Documented):
    """A file that could not be screened, and why.

    Attributes:
        path: the file as given.
        code: a reason code (``corrupt``, ``encrypted``, ``no_text``...).
        message: one plain sentence.
    """

    path: str
    code: str
    message: str

