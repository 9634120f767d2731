"""parse_resume(): one file -> one profile-independent :class:`Candidate`.

The expensive half of a screen: ingest, sections, skills, experience,
education. Nothing here knows about a job profile, so a pool parsed once can
be ranked against many profiles.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .claims import claimed_months
from .education import extract_education
from .errors import ConfigError
from .experience import Experience, ExperienceExtractor, skill_time
from .headline import find_headline
from .ingest import DEFAULT_MAX_BYTES, PDF_ENGINES, PdfEngine, read
from .machine_text import machine_addressed_lines
from .models import Candidate, Document, Line, Section, SkillId, SkillMention, SkillRecord, YearMonth
from .name_slots import drop_name_slots
from .present import PRESENT_POLICIES, PresentPolicy, resolve_present
from .same_person import person_contact_keys, text_signature
from .sections import PREAMBLE, heading_kind, split_sections
from .skills import SkillExtractor
from .taxonomy import Taxonomy, load_taxonomy
from .titles import looks_like_title

_NAME_WORD = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ'’\-.]*$")
_NAME_SEPARATOR = re.compile(r"\s[—–|·•]\s|\s-\s|,\s|\t")
_NOT_NAME = re.compile(r"\b(resume|résumé|cv|curriculum|vitae|summary|profile|objective|contact)\b", re.IGNORECASE)


def today() -> YearMonth:
    """The current month, the default as-of date."""
    now = dt.date.today()
    return YearMonth(now.year, now.month)


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """The settings of a parse, built once where the CLI or the API is called and handed down.

    Attributes:
        as_of: the screening's as-of month (default: this month); "present"
            is never later, and recency is measured from it.
        present: how "present" in a resume resolves: ``document`` (its own
            last-saved date when plausible, else ``as_of``) or ``as-of``.
        fuzzy: look for misspelt skills.
        fuzzy_threshold: minimum similarity (0-100) of a fuzzy match.
        max_bytes: files larger than this are rejected as ``too_large``.
        timeout: seconds one file may take in a batch before its worker is
            stopped and the file reported as ``timeout``; None for no limit.
        engine: the PDF engine: ``fast`` (PDFium, with pdfminer.six taking
            over a file PDFium fails on) or ``pdfminer`` (pdfminer.six alone).

    Raises:
        ConfigError: an unknown present policy or PDF engine, a threshold outside 0-100 or a
            timeout not above 0.

    Example:
        >>> ParseOptions(as_of=YearMonth(2026, 11), present="as-of").settings()["present"]
        'as-of'
    """

    as_of: YearMonth = field(default_factory=today)
    present: PresentPolicy = "document"
    fuzzy: bool = True
    fuzzy_threshold: float = 80.0
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float | None = 60.0
    engine: PdfEngine = "fast"

    def __post_init__(self) -> None:
        if self.present not in PRESENT_POLICIES:
            raise ConfigError(f"present must be one of {', '.join(PRESENT_POLICIES)}, got {self.present!r}")
        if self.engine not in PDF_ENGINES:
            raise ConfigError(f"engine must be one of {', '.join(PDF_ENGINES)}, got {self.engine!r}")
        if not 0 <= self.fuzzy_threshold <= 100:
            raise ConfigError(f"fuzzy_threshold must be between 0 and 100, got {self.fuzzy_threshold}")
        if self.timeout is not None and not self.timeout > 0:
            raise ConfigError(f"timeout must be above 0 seconds, got {self.timeout}")

    def settings(self) -> dict[str, str]:
        """The options as text, for the manifest."""
        return {
            "as_of": str(self.as_of),
            "present": self.present,
            "fuzzy": str(self.fuzzy),
            "fuzzy_threshold": str(self.fuzzy_threshold),
            "timeout": str(self.timeout),
            "engine": self.engine,
        }


class ResumeParser:
    """Parse resumes into candidates; compiled once, called per file.

    Args:
        options: the parse settings (default: :class:`ParseOptions()`).
        taxonomy: the skill taxonomy (default: built-in).

    Example:
        >>> parser = ResumeParser(ParseOptions(as_of=YearMonth(2026, 11)))
        >>> candidate = parser("data/samples/resumes/one_column.pdf")  # doctest: +SKIP
    """

    def __init__(self, options: ParseOptions | None = None, *, taxonomy: Taxonomy | None = None) -> None:
        self.options = options or ParseOptions()
        self.taxonomy = taxonomy or load_taxonomy()
        self.extractor = SkillExtractor(
            self.taxonomy, fuzzy=self.options.fuzzy, fuzzy_threshold=self.options.fuzzy_threshold
        )

    @property
    def as_of(self) -> YearMonth:
        """The screening's as-of month."""
        return self.options.as_of

    def __call__(self, path: str | Path) -> Candidate:
        """Read and parse one file; raises :class:`~screener.errors.IngestError` when unreadable."""
        return self.parse_document(read(path, max_bytes=self.options.max_bytes, pdf_engine=self.options.engine))

    def present(self, document: Document) -> tuple[YearMonth, str]:
        """The month "present" means in ``document``, and its source (``document`` or ``as_of``)."""
        return resolve_present(
            document.saved, as_of=self.as_of, policy=self.options.present,
            lines=(line.text for line in document.visible_lines),
        )

    def parse_document(self, document: Document) -> Candidate:
        """Parse an already-read document."""
        addressed = machine_addressed_lines(document.visible_lines)
        # Text written to steer an automated screen earns nothing: it is read as blank lines.
        lines = tuple(replace(line, text="") if k in addressed else line
                      for k, line in enumerate(document.visible_lines))
        sections = split_sections(lines)
        present, present_source = self.present(document)
        # "Present" differs per resume; the extractor is cheap to make.
        experience = ExperienceExtractor(as_of=present)(lines, sections)
        education = extract_education(lines, sections)
        mentions = drop_name_slots(self.extractor(lines, sections), lines, experience.positions, education)
        skills = self._records(lines, mentions, experience)
        flags = list(document.warnings) + (["machine_addressed"] if addressed else [])
        hidden_only = self._hidden_only_skills(document, {s.skill_id for s in skills if s.mentions})
        if hidden_only:
            flags.append("hidden_skills:" + ",".join(hidden_only))
        if any(s.kind == "experience" for s in sections) and not any(p.dated for p in experience.positions):
            flags.append("no_dated_positions")
        # A date that cannot be right (an end before its start, a start in the future) is kept
        # visible: the position's months are not counted, and a reviewer should look.
        flags.extend(f"date_{flag.reason}:position{flag.position + 1}" for flag in experience.flags)
        name = guess_name(lines, sections)
        return Candidate(
            candidate_id=document.sha256[:12],
            path=document.path,
            file_name=Path(document.path).name,
            sha256=document.sha256,
            format=document.format,
            name=name,
            skills=skills,
            positions=experience.positions,
            education=education,
            total_months=experience.total_months,
            as_of=self.as_of,
            present=present,
            present_source=present_source,
            sections=sections,
            flags=tuple(dict.fromkeys(flags)),
            taxonomy_version=self.taxonomy.version,
            contact_keys=person_contact_keys(lines, sections),
            text_signature=text_signature(document.text),
            headline=find_headline(lines, sections, name),
        )

    def _records(self, lines: Sequence[Line], mentions: Sequence[SkillMention],
                 experience: Experience) -> tuple[SkillRecord, ...]:
        by_skill: dict[SkillId, list[SkillMention]] = defaultdict(list)
        for mention in mentions:
            by_skill[mention.skill_id].append(mention)
        implied_by: dict[SkillId, set[SkillId]] = defaultdict(set)
        expanded = list(mentions)
        for skill_id, skill_mentions in by_skill.items():
            for implied in self.taxonomy.implied(skill_id):
                implied_by[implied].add(skill_id)
                # Working with Django in a position is working with Python there too.
                expanded.extend(replace(m, skill_id=implied) for m in skill_mentions)
        times = skill_time(expanded, experience)
        claims = claimed_months(lines, mentions)
        records = []
        for skill_id in sorted(set(by_skill) | set(implied_by)):
            time = times.get(skill_id)
            own = tuple(by_skill.get(skill_id, ()))
            records.append(SkillRecord(
                skill_id=skill_id,
                name=self.taxonomy[skill_id].name,
                mentions=own,
                implied_by=tuple(sorted(implied_by.get(skill_id, ()))),
                months=time.months if time else None,
                claimed_months=claims.get(skill_id),
                last_used=time.last_used if time else None,
                positions=time.positions if time else (),
                versions=tuple(sorted({m.version for m in own if m.version})),
                kind=self.taxonomy[skill_id].kind,
            ))
        return tuple(records)

    def _hidden_only_skills(self, document: Document, visible: set[SkillId]) -> list[str]:
        """Skills named only in text a reader cannot see: the keyword-stuffing audit."""
        hidden = [line for line in document.lines if line.hidden]
        if not hidden:
            return []
        section = (Section("hidden", "", 0, len(hidden)),)
        found = {m.skill_id for m in self.extractor(hidden, section)}
        return sorted(found - visible)


def guess_name(lines: Sequence[Line], sections: Sequence[Section]) -> str | None:
    """The candidate's name, when an early line looks like one (reports only; never scored).

    >>> guess_name([Line("Jane Q. Doe"), Line("Python developer")], ())
    'Jane Q. Doe'
    >>> guess_name([Line("DMITRI VOLKOV — Lead Backend Engineer")], ())
    'Dmitri Volkov'
    """
    limit = next((s.end for s in sections if s.kind == PREAMBLE), min(len(lines), 6))
    for line in lines[: max(1, min(limit, 6))]:
        # "Dmitri Volkov — Lead Backend Engineer": the name is the part before a separator.
        text = " ".join(_NAME_SEPARATOR.split(line.text)[0].split())
        words = text.split()
        if not 2 <= len(words) <= 4 or len(text) > 40 or heading_kind(text):
            continue
        if _NOT_NAME.search(text) or looks_like_title(text):
            continue
        if all(_NAME_WORD.match(w) for w in words):
            return text.title() if text.isupper() else text
    return None


@functools.lru_cache(maxsize=4)
def _default_parser(options: ParseOptions, overlays: tuple[str, ...]) -> ResumeParser:
    return ResumeParser(options, taxonomy=load_taxonomy(overlays))


def parse_resume(
    path: str | Path,
    *,
    options: ParseOptions | None = None,
    taxonomy: Sequence[str | Path] = (),
) -> Candidate:
    """Parse one resume file into a :class:`Candidate`.

    Args:
        path: a PDF, DOCX or plain-text file (the format is read from its bytes).
        options: as-of date, present policy, fuzzy matching (default: :class:`ParseOptions()`).
        taxonomy: overlay files added to the built-in taxonomy.

    Returns:
        The candidate: skills with evidence, positions, months, education.

    Raises:
        IngestError: the file cannot be read (its ``code`` says why).

    Example:
        >>> import screener
        >>> c = screener.parse_resume("data/samples/resumes/one_column.pdf")  # doctest: +SKIP
        >>> [(s.name, s.months) for s in c.skills][:3]  # doctest: +SKIP
    """
    parser = _default_parser(options or ParseOptions(), tuple(str(Path(t).resolve()) for t in taxonomy))
    return parser(path)
