"""parse_resume(): one file -> one profile-independent :class:`Candidate`.

The expensive half of a screen: ingest, sections, skills, experience,
education. Nothing here knows about a job profile, so a pool parsed once can
be ranked against many profiles.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .assemble import CandidateAssembler, Stages
from .dates import writes_day_first
from .education import extract_education
from .errors import ConfigError
from .experience import ExperienceExtractor
from .headline import find_headline
from .ingest import DEFAULT_MAX_BYTES, PDF_ENGINES, PdfEngine, load, read, read_bytes
from .machine_text import machine_addressed_lines
from .models import DEFAULT_PDF_ENGINE, Candidate, Document, Line, Section, YearMonth
from .name_slots import drop_name_slots
from .present import DEFAULT_PRESENT, PRESENT_POLICIES, PresentPolicy, resolve_present
from .resume_source import ResumeSource, in_memory, is_path
from .sections import PREAMBLE, heading_kind, split_sections
from .skills import FUZZY_THRESHOLD, SkillExtractor
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
        memory_limit: MiB of memory one file may take in a batch, above what
            its worker holds once started; a file that needs more is reported
            as ``out_of_memory`` and its worker replaced (see
            :mod:`screener.memory`). None for no limit.
        taxonomy: overlay files added to the built-in taxonomy, in order (a company's own
            skills); kept as absolute paths. A parse cache keys on their content, not on them.

    A field that cannot change a parsed record (``timeout``, ``memory_limit``, ``taxonomy``, whose content the
    cache hashes itself) says so with ``metadata={"record": False}``; every other field is part
    of :meth:`record_key`, so a new setting can never be served a record parsed without it.

    Raises:
        ConfigError: an unknown present policy or PDF engine, a threshold outside 0-100, a
            timeout not above 0 or a memory limit below 1 MiB.

    Example:
        >>> ParseOptions(as_of=YearMonth(2026, 11), present="as-of").settings()["present"]
        'as-of'
    """

    as_of: YearMonth = field(default_factory=today)
    present: PresentPolicy = DEFAULT_PRESENT
    fuzzy: bool = True
    fuzzy_threshold: float = FUZZY_THRESHOLD
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float | None = field(default=60.0, metadata={"record": False})
    engine: PdfEngine = DEFAULT_PDF_ENGINE
    # A resume takes tens of MiB; pdfminer on a long, dense PDF a few hundred.
    memory_limit: int | None = field(default=2048, metadata={"record": False})
    taxonomy: tuple[str, ...] = field(default=(), metadata={"record": False})

    def __post_init__(self) -> None:
        if self.present not in PRESENT_POLICIES:
            raise ConfigError(f"present must be one of {', '.join(PRESENT_POLICIES)}, got {self.present!r}")
        if self.engine not in PDF_ENGINES:
            raise ConfigError(f"engine must be one of {', '.join(PDF_ENGINES)}, got {self.engine!r}")
        if not 0 <= self.fuzzy_threshold <= 100:
            raise ConfigError(f"fuzzy_threshold must be between 0 and 100, got {self.fuzzy_threshold}")
        if self.timeout is not None and not self.timeout > 0:
            raise ConfigError(f"timeout must be above 0 seconds, got {self.timeout}")
        if self.memory_limit is not None and self.memory_limit < 1:
            raise ConfigError(f"memory_limit must be at least 1 MiB, got {self.memory_limit}")
        if isinstance(self.taxonomy, (str, Path)):
            raise ConfigError(f"taxonomy must be a sequence of overlay files, got {self.taxonomy!r}")
        # Frozen: the one normalisation happens here, so equal options compare (and cache) equal.
        object.__setattr__(self, "taxonomy", tuple(str(Path(t).resolve()) for t in self.taxonomy))

    def record_key(self) -> str:
        """A hash of the settings that shape a parsed record (all but timeout and the overlays' paths).

        >>> fast, unlimited = ParseOptions(timeout=5), ParseOptions(timeout=None)
        >>> fast.record_key() == unlimited.record_key(), fast.record_key() == ParseOptions(fuzzy=False).record_key()
        (True, False)
        """
        shaping = {f.name: str(getattr(self, f.name)) for f in fields(self) if f.metadata.get("record", True)}
        return hashlib.sha256(json.dumps(shaping, sort_keys=True).encode()).hexdigest()

    def settings(self) -> dict[str, str]:
        """The options as text, for the manifest."""
        return {
            "as_of": str(self.as_of),
            "present": self.present,
            "fuzzy": str(self.fuzzy),
            "fuzzy_threshold": str(self.fuzzy_threshold),
            "timeout": str(self.timeout),
            "engine": self.engine,
            "memory_limit": str(self.memory_limit),
        }


class ResumeParser:
    """Parse resumes into candidates; compiled once, called per file.

    Args:
        options: the parse settings (default: :class:`ParseOptions()`).
        taxonomy: the skill taxonomy (default: the built-in one with ``options.taxonomy``'s overlays).

    Example:
        >>> parser = ResumeParser(ParseOptions(as_of=YearMonth(2026, 11)))
        >>> candidate = parser("data/samples/resumes/one_column.pdf")  # doctest: +SKIP
    """

    def __init__(self, options: ParseOptions | None = None, *, taxonomy: Taxonomy | None = None) -> None:
        self.options = options or ParseOptions()
        self.taxonomy = taxonomy or load_taxonomy(self.options.taxonomy)
        self.extractor = SkillExtractor(
            self.taxonomy, fuzzy=self.options.fuzzy, fuzzy_threshold=self.options.fuzzy_threshold
        )
        self.assemble = CandidateAssembler(self.taxonomy, self.extractor)
        self._warm = False

    @property
    def as_of(self) -> YearMonth:
        """The screening's as-of month."""
        return self.options.as_of

    def __call__(self, path: str | Path) -> Candidate:
        """Read and parse one file; raises :class:`~screener.errors.IngestError` when unreadable."""
        return self.parse_document(read(path, max_bytes=self.options.max_bytes, pdf_engine=self.options.engine))

    def parse_bytes(self, data: bytes, name: str) -> Candidate:
        """Parse a resume already in memory as the file ``name`` (its format read from the bytes).

        Raises:
            TooLarge: ``data`` is over ``options.max_bytes``.
            IngestError: the bytes cannot be read as a resume (its ``code`` says why).
        """
        memory = in_memory(data, name=name, max_bytes=self.options.max_bytes)
        return self.parse_document(read_bytes(memory.data, memory.name, pdf_engine=self.options.engine))

    def present(self, document: Document, *, day_first: bool = False) -> tuple[YearMonth, str]:
        """The month "present" means in ``document``, and its source (``document`` or ``as_of``);
        ``day_first``: the document writes numeric dates day first (``dates.writes_day_first``)."""
        return resolve_present(
            document.saved, as_of=self.as_of, policy=self.options.present,
            lines=(line.text for line in document.visible_lines), day_first=day_first,
        )

    def parse_document(self, document: Document) -> Candidate:
        """Parse an already-read document: the stages in order, then the record assembled."""
        addressed = machine_addressed_lines(document.visible_lines)
        # Text written to steer an automated screen earns nothing: it is read as blank lines.
        lines = tuple(replace(line, text="") if k in addressed else line
                      for k, line in enumerate(document.visible_lines))
        sections = split_sections(lines)
        day_first = writes_day_first(line.text for line in lines)
        present, present_source = self.present(document, day_first=day_first)
        # "Present" differs per resume; the extractor is cheap to make.
        experience = ExperienceExtractor(as_of=present, day_first=day_first)(lines, sections)
        education = extract_education(lines, sections)
        mentions = drop_name_slots(self.extractor(lines, sections), lines, experience.positions, education)
        name = guess_name(lines, sections)
        stages = Stages(document, lines, frozenset(addressed), sections, present, present_source, experience,
                        education, mentions, name, find_headline(lines, sections, name))
        return self.assemble(stages, as_of=self.as_of)

    def warm_up(self) -> ResumeParser:
        """Load what the stages load on first use (word lists, matchers) by parsing a fictional resume, once."""
        if not self._warm:
            self.parse_document(_WARM_UP)
            self._warm = True
        return self


def guess_name(lines: Sequence[Line], sections: Sequence[Section]) -> str | None:
    """The candidate's name, when an early line looks like one (reports only; never scored).

    When none of the first lines does, the largest text of the first page, if it stands out from the
    rest: a profile whose sidebar ("Contact", "Top Skills") is read before its main column prints the
    name there, in its largest type.

    >>> guess_name([Line("Jane Q. Doe"), Line("Python developer")], ())
    'Jane Q. Doe'
    >>> guess_name([Line("DMITRI VOLKOV — Lead Backend Engineer")], ())
    'Dmitri Volkov'
    """
    limit = next((s.end for s in sections if s.kind == PREAMBLE), min(len(lines), 6))
    early = lines[: max(1, min(limit, 6))]
    return next((name for line in (*early, *_largest_type(lines)) if (name := _name_of(line)) is not None), None)


_STANDS_OUT = 1.5
"""How many times the first page's median type size the name's must be, to be read from its size alone."""


def _largest_type(lines: Sequence[Line]) -> list[Line]:
    """The visible lines of the first page in its largest type, when that type stands out from the page's
    median size (:data:`_STANDS_OUT`); none when the format gives no sizes."""
    sized = [ln for ln in lines if ln.page == 1 and ln.font_size and not ln.hidden and ln.text.strip()]
    if not sized:
        return []
    sizes = sorted(ln.font_size or 0.0 for ln in sized)
    largest, median = sizes[-1], sizes[len(sizes) // 2]
    return [ln for ln in sized if ln.font_size == largest] if largest >= _STANDS_OUT * median else []


def _name_of(line: Line) -> str | None:
    """The name a line holds, when it reads as one ("Dmitri Volkov — Lead Backend Engineer" holds one)."""
    # "Dmitri Volkov — Lead Backend Engineer": the name is the part before a separator.
    text = " ".join(_NAME_SEPARATOR.split(line.text)[0].split())
    words = text.split()
    if not 2 <= len(words) <= 4 or len(text) > 40 or heading_kind(text):
        return None
    if _NOT_NAME.search(text) or looks_like_title(text):
        return None
    if all(_NAME_WORD.match(w) for w in words):
        return text.title() if text.isupper() else text
    return None


# A fictional resume, parsed once by each parser before its first file (see ResumeParser.warm_up).
_WARM_UP = Document("warm-up.txt", "txt", "0" * 64, tuple(Line(text) for text in (
    "Skills", "Python (3 years), Djngo, PostgreSQL", "Experience", "Engineer, Example Ltd, 2019 - 2021",
)))


def parser_for(options: ParseOptions) -> ResumeParser:
    """The parser for ``options``, built once per options and taxonomy content (a few are kept)."""
    return _parser(options, load_taxonomy(options.taxonomy))


@functools.lru_cache(maxsize=4)
def _parser(options: ParseOptions, taxonomy: Taxonomy) -> ResumeParser:
    # The taxonomy is the one load_taxonomy keeps for its files' content: an edited overlay is a new key.
    return ResumeParser(options, taxonomy=taxonomy)


def parse_resume(
    source: ResumeSource, *, name: str | None = None, options: ParseOptions | None = None
) -> Candidate:
    """Parse one resume into a :class:`Candidate`: from its file, its bytes or a binary file object.

    Bytes and file objects are read in memory, under the same size limit as a file, and nothing
    is written to disk: ``name`` is what every report and evidence field calls the resume.

    Args:
        source: a PDF, DOCX, ODT or plain-text resume: a path, its bytes, or a binary file object
            (read from where it stands). The format is read from the bytes, never the name.
        name: the resume's name in reports (default: the path; a file object's ``.name``'s last
            part; else ``"upload"``).
        options: as-of date, present policy, fuzzy matching, taxonomy overlays (default: :class:`ParseOptions()`).

    Returns:
        The candidate: skills with evidence, positions, months, education.

    Raises:
        IngestError: the resume cannot be read (its ``code`` says why: ``too_large``, ``corrupt``...).
        ConfigError: ``source`` is neither a path, bytes nor a binary file object, or ``name`` is blank.
        TaxonomyError: an overlay in ``options.taxonomy`` is invalid.

    Example:
        >>> import screener
        >>> path = "data/samples/resumes/alice_nguyen_senior_backend.pdf"
        >>> from_file = screener.parse_resume(path)
        >>> with open(path, "rb") as upload:
        ...     from_memory = screener.parse_resume(upload.read(), name="cv.pdf")
        >>> from_memory.skills == from_file.skills, from_memory.file_name
        (True, 'cv.pdf')
    """
    parser = parser_for(options or ParseOptions())
    if is_path(source):
        path = os.fspath(source)  # type: ignore[arg-type]
        return parser(path) if name is None else parser.parse_bytes(load(path, parser.options.max_bytes), name)
    memory = in_memory(source, name=name, max_bytes=parser.options.max_bytes)
    return parser.parse_bytes(memory.data, memory.name)
