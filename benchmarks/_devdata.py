"""Shared helpers for the benchmarks: where devdata is, the labels, and locating lines.

devdata (``../shared/devdata``) holds real people's resumes and job postings; the
repository keeps only *labels* about them: file paths, skill names, booleans and
locators. A locator names a line without storing it: the SHA-1 of the folded line
(``" ".join(line.split()).lower()``). The same code locates lines when labelling
and when measuring, so a label found once is found again.

Two kinds of source:

* documents (``resumes/.../x.pdf``, ``.docx``): the lines are the visible lines of
  ``screener.ingest.read(path)`` when the ingest package provides ``read``, else
  pdfminer's ``extract_text`` split into lines, or every DOCX paragraph (body,
  tables and text boxes, in document order);
* records (``"<path>#<record>"``): one record of a dataset that is not a document:
  a SkillSpan JSON line (``jobpostings/skillspan/data/json/test.json#12``: the
  0-based line of the file), a green2022 sentence
  (``jobpostings/green2022/raw_data/testset.txt#7``: the 0-based sentence), a
  dataturks resume (``annotations/dataturks/traindata.json#3``: the 0-based JSON
  line) or a dotin CV (``annotations/dotin/545_cvs_train_v2.zip#85.xml``: the
  member's file name, or a 0-based index into the sorted XML members), or one
  value of a JSON resume (``jsonresume/x.json#/work/0/highlights``: an RFC 6901
  pointer; a list of strings reads as one line joined with ", "). A
  record's lines are its text split on newlines; token datasets are joined with
  single spaces, one sentence per record.

Ingest may change line breaks a little as it improves, so :func:`locate` first
looks for the locator among the current lines, then among the fallback lines,
and maps a fallback line into the current line that contains it. Whatever it
cannot place it reports as ``None`` for the caller to count, never raising.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
import re
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

BENCHMARKS = Path(__file__).resolve().parent
DATA = BENCHMARKS / "data"
REPO = BENCHMARKS.parent
DEFAULT_DEVDATA = REPO / ".." / "shared" / "devdata"

EXTRACTION_LABELS = DATA / "extraction_labels.json"
AMBIGUITY_LABELS = DATA / "ambiguity_labels.json"
# Occurrences in dataset records nobody had tuned on when they were labelled (see its guidelines).
AMBIGUITY_RECORD_LABELS = DATA / "ambiguity_labels_records.json"
# The next occurrences of the same words by the same order, and green2022 sentences (see its guidelines).
AMBIGUITY_RECORD_LABELS_NEXT = DATA / "ambiguity_labels_records2.json"
AMBIGUITY_RECORD_LABELS_JSONRESUME = DATA / "ambiguity_labels_records3.json"
# dotin and dataturks occurrences none of the files above labels, by a new order (see its guidelines).
AMBIGUITY_RECORD_LABELS_FOURTH = DATA / "ambiguity_labels_records4.json"
HAND_LABELS = DATA / "labels"
HAND_SPLIT = DATA / "split.json"

# Job-posting datasets: records are sentences, not resumes, so the extractor is
# run on the bare sentence rather than on a document split into sections.
JOBPOSTING_PREFIX = "jobpostings/"


# --------------------------------------------------------------------------- paths and labels


def devdata_root(path: str | Path | None = None) -> Path | None:
    """The devdata folder (``path`` or ``../shared/devdata``), or None when absent."""
    root = Path(path) if path is not None else DEFAULT_DEVDATA
    return root.resolve() if root.is_dir() else None


def found_devdata(path: str | Path | None = None) -> Path | None:
    """:func:`devdata_root`, saying on stderr how to point at devdata when it is absent."""
    import sys

    root = devdata_root(path)
    if root is None:
        print("devdata not found; pass --devdata PATH", file=sys.stderr)
    return root


def load_labels(path: Path) -> dict[str, Any]:
    """Read a labels JSON file."""
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def extraction_labels() -> list[dict[str, Any]]:
    """The labelled resumes of ``extraction_labels.json``."""
    return list(load_labels(EXTRACTION_LABELS)["resumes"])


def ambiguity_labels() -> list[dict[str, Any]]:
    """The labelled occurrences of ``ambiguity_labels.json``: its ``occurrences``, then its
    ``unsplit_occurrences`` (resumes outside split.json, labelled whole; see ``unsplit_guidelines``)."""
    data = load_labels(AMBIGUITY_LABELS)
    return [*data["occurrences"], *data.get("unsplit_occurrences", ())]


def record_ambiguity_labels() -> list[dict[str, Any]]:
    """The labelled occurrences of ``ambiguity_labels_records.json``: dataturks, dotin and SkillSpan records,
    labelled before the tool's decisions on them were seen (its ``guidelines`` say how they were chosen)."""
    return list(load_labels(AMBIGUITY_RECORD_LABELS)["occurrences"])


def next_record_ambiguity_labels() -> list[dict[str, Any]]:
    """The labelled occurrences of ``ambiguity_labels_records2.json``: the next ones of the same words by
    the same order, and green2022 job-posting sentences (its ``guidelines`` say how they were chosen)."""
    return list(load_labels(AMBIGUITY_RECORD_LABELS_NEXT)["occurrences"])


def jsonresume_ambiguity_labels() -> list[dict[str, Any]]:
    """The labelled occurrences of ``ambiguity_labels_records3.json``: devdata/jsonresume tuning files
    (its ``guidelines`` say how they were chosen)."""
    return list(load_labels(AMBIGUITY_RECORD_LABELS_JSONRESUME)["occurrences"])


def fourth_record_ambiguity_labels() -> list[dict[str, Any]]:
    """The labelled occurrences of ``ambiguity_labels_records4.json``: dotin and dataturks occurrences no earlier
    file labels (its ``guidelines`` say how they were chosen)."""
    return list(load_labels(AMBIGUITY_RECORD_LABELS_FOURTH)["occurrences"])


def hand_labels() -> list[dict[str, Any]]:
    """The labelled resumes of every ``benchmarks/data/labels/*.json``, in file order."""
    return [entry for path in sorted(HAND_LABELS.glob("*.json")) for entry in load_labels(path)["resumes"]]


def hand_parts() -> dict[str, str]:
    """File -> ``tuning`` or ``test``, from ``split.json`` (its ``earlier_tuning`` files are tuning)."""
    data = load_labels(HAND_SPLIT)
    parts = {file: "tuning" for key in ("tuning", "earlier_tuning") for file in data.get(key, [])}
    parts.update(dict.fromkeys(data.get("test", []), "test"))
    return parts


def label_id(label: dict[str, Any]) -> str:
    """A short, stable test id for an ambiguity label: ``Spark-is_skill-1a2b3c4d``.

    A second labelled occurrence of the word in the same line gets ``-1``, and so on.
    """
    kind = "is_skill" if label["is_skill"] else "not_skill"
    occurrence = label.get("occurrence", 0)
    suffix = f"-{occurrence}" if occurrence else ""
    return f"{label['word']}-{kind}-{label['locator'][:8]}{suffix}"


# --------------------------------------------------------------------------- folding and locators


def fold(line: str) -> str:
    """Fold a line for locating: single spaces, no ends, lower case."""
    return " ".join(line.split()).lower()


def locator(line: str) -> str:
    """The SHA-1 hex digest of the folded line: how labels name a line."""
    return hashlib.sha1(fold(line).encode("utf-8")).hexdigest()


def _fold_with_map(line: str) -> tuple[str, list[int]]:
    """``fold(line)`` and, for each folded character, its index in ``line``."""
    chars: list[str] = []
    where: list[int] = []
    for match in re.finditer(r"\S+", line):
        if chars:
            chars.append(" ")
            where.append(match.start() - 1)
        for offset, char in enumerate(match.group()):
            lowered = char.lower()
            # A few characters lower to two ("İ"); keep the map aligned with them.
            for piece in lowered:
                chars.append(piece)
                where.append(match.start() + offset)
    return "".join(chars), where


def word_spans(line: str, word: str, *, ignore_case: bool = False) -> list[tuple[int, int]]:
    """Start and end of each whole-word occurrence of ``word`` in ``line``, case-sensitive
    unless ``ignore_case``.

    A word boundary is any character that is not a letter or digit, so "Go" is
    found in "Go," and "Go/Rust" but not in "Google" or "Go2"; a following "#"
    or "+" continues the word, so "C" is not found in "C#" or "C++".
    """
    flags = re.IGNORECASE if ignore_case else 0
    pattern = re.compile(rf"(?<![^\W_]){re.escape(word)}(?![^\W_]|[#+])", flags)
    return [(m.start(), m.end()) for m in pattern.finditer(line)]


# --------------------------------------------------------------------------- document lines


def _ingest_read() -> Any:
    try:
        from screener import ingest
    except ImportError:
        return None
    return getattr(ingest, "read", None)


def _pdf_lines(path: Path) -> list[str]:
    from pdfminer.high_level import extract_text

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        text: str = extract_text(str(path))
    return text.splitlines()


def _docx_lines(path: Path) -> list[str]:
    """Every paragraph of the main document part, tables and text boxes included.

    A paragraph's own text excludes paragraphs nested in it (a text box anchored
    in a paragraph), which come as lines of their own.
    """
    import docx

    document = docx.Document(str(path))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    lines: list[str] = []
    for paragraph in document.element.body.iter(f"{w}p"):
        pieces: list[str] = []
        for node in paragraph.iter(f"{w}t", f"{w}tab", f"{w}br"):
            owner = node.getparent()
            while owner is not None and owner.tag != f"{w}p":
                owner = owner.getparent()
            if owner is not paragraph:
                continue
            if node.tag == f"{w}t":
                pieces.append(node.text or "")
            elif node.tag == f"{w}tab":
                pieces.append("\t")
            else:
                pieces.append("\n")
        lines.extend("".join(pieces).split("\n"))
    return lines


def fallback_lines(path: Path) -> list[str]:
    """A document's lines without the ingest package (pdfminer, python-docx)."""
    if path.suffix.lower() == ".docx":
        return _docx_lines(path)
    return _pdf_lines(path)


@dataclass(frozen=True)
class DocumentLines:
    """A document's lines as the benchmarks see them.

    Attributes:
        lines: the visible lines' texts.
        document: the ``screener.ingest`` Document when ingest read the file, else None.
        source: ``ingest`` or ``fallback``.
    """

    lines: tuple[str, ...]
    document: Any = None
    source: str = "fallback"


def _cached_read(read: Any, path: Path) -> Any:
    """``read(path)``, kept on disk under $SCREENER_DOC_CACHE when set (for tuning loops).

    The key covers the file's bytes and the ingest package's source, so a change
    to either reads the file again.
    """
    folder = os.environ.get("SCREENER_DOC_CACHE")
    if not folder:
        return read(path)
    import pickle

    import screener.ingest

    digest = hashlib.sha256(Path(path).read_bytes())
    for source in sorted(Path(screener.ingest.__file__).parent.glob("*.py")):
        digest.update(source.read_bytes())
    cached = Path(folder) / f"{digest.hexdigest()}.pickle"
    if cached.exists():
        return pickle.loads(cached.read_bytes())
    document = read(path)
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(pickle.dumps(document))
    return document


def read_document(path: Path) -> Any:
    """``screener.ingest.read(path)`` (cached like :func:`document_lines`); raises ``IngestError``."""
    from screener.ingest import read

    return _cached_read(read, path)


@functools.lru_cache(maxsize=512)
def document_lines(path: Path, *, use_ingest: bool = True) -> DocumentLines:
    """The visible lines of a PDF or DOCX: through ingest when it can read it."""
    read = _ingest_read() if use_ingest else None
    if read is not None:
        try:
            document = _cached_read(read, path)
        except Exception:
            document = None
        if document is not None:
            lines = tuple(line.text for line in document.visible_lines)
            return DocumentLines(lines, document, "ingest")
    return DocumentLines(tuple(fallback_lines(path)), None, "fallback")


# --------------------------------------------------------------------------- records


def is_record(file: str) -> bool:
    """Whether a label's file names a record of a dataset (``path#record``)."""
    return "#" in file


def is_jobposting(file: str) -> bool:
    """Whether a label's file is a job-posting sentence (run as bare text)."""
    return file.startswith(JOBPOSTING_PREFIX)


@functools.cache
def jsonl_records(path: Path) -> tuple[dict[str, Any], ...]:
    """The records of a JSON-lines file (blank lines skipped), cached."""
    records = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                records.append(json.loads(line))
    return tuple(records)


def conll_sentences(path: Path) -> list[list[tuple[str, str]]]:
    """A CoNLL file's sentences as (token, tag) pairs; the last column is the tag.

    SkillSpan's CoNLL has two tag columns (skill, knowledge); green2022's has one.
    """
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            parts = raw.split()
            if not parts:
                if current:
                    sentences.append(current)
                    current = []
                continue
            if len(parts) == 1:
                parts.append("O")
            current.append((parts[0], parts[-1]))
    if current:
        sentences.append(current)
    return sentences


@functools.cache
def _conll(path: Path) -> tuple[tuple[tuple[str, str], ...], ...]:
    return tuple(tuple(s) for s in conll_sentences(path))


@functools.cache
def _dotin_members(path: Path) -> tuple[str, ...]:
    with zipfile.ZipFile(path) as archive:
        return tuple(sorted(n for n in archive.namelist() if n.endswith(".xml")))


def dotin_text(path: Path, member: str) -> str:
    """The text of one dotin CV, labels stripped (member: file name or index)."""
    members = _dotin_members(path)
    if member.isdigit():
        name = members[int(member)]
    else:
        matches = [n for n in members if n.rsplit("/", 1)[-1] == member or n == member]
        if not matches:
            raise KeyError(member)
        name = matches[0]
    with zipfile.ZipFile(path) as archive:
        data = archive.read(name)
    try:
        root = ElementTree.parse(io.BytesIO(data)).getroot()
        return "".join(root.itertext())
    except ElementTree.ParseError:
        # A few files are not well-formed XML; drop the tags by hand.
        return re.sub(r"<[^>]+>", "", data.decode("utf-8", "replace"))


JSONRESUME_PREFIX = "jsonresume/"


def json_pointer(document: Any, pointer: str) -> Any:
    """The value at an RFC 6901 JSON pointer ("/work/0/highlights") of a parsed JSON document."""
    value = document
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        value = value[int(token)] if isinstance(value, list) else value[token]
    return value


def jsonresume_text(path: Path, pointer: str) -> str:
    """The text of one value of a JSON resume as a rendered resume prints it: its section's heading (the
    pointer's first key, capitalised: "Skills", "Work") on the first line, then the value: a string as it
    is, a list of strings as one line of its items joined with ", " (a skills line)."""
    value = json_pointer(json.loads(path.read_text(encoding="utf-8")), pointer)
    heading = pointer.split("/")[1].replace("_", " ").capitalize() if pointer.count("/") else ""
    text = ", ".join(str(item) for item in value) if isinstance(value, list) else str(value)
    return f"{heading}\n{text}"


def record_text(root: Path, file: str) -> str:
    """The text of a record ``"<path>#<record>"`` of a non-document dataset."""
    rel, _, key = file.partition("#")
    path = root / rel
    if rel.startswith(JSONRESUME_PREFIX):
        return jsonresume_text(path, key)
    if rel.endswith(".zip"):
        return dotin_text(path, key)
    if rel.endswith(".json"):
        record = jsonl_records(path)[int(key)]
        if "tokens" in record:
            return " ".join(record["tokens"])
        return str(record.get("content", ""))
    if rel.endswith((".conll", ".txt")):
        return " ".join(token for token, _ in _conll(path)[int(key)])
    raise ValueError(f"unknown record source: {rel}")


def record_lines(root: Path, file: str) -> tuple[str, ...]:
    """A record's lines: its text split on newlines."""
    return tuple(record_text(root, file).split("\n"))


def lines_for(root: Path, file: str, *, use_ingest: bool = True) -> DocumentLines:
    """The lines of a label's file: a document or a record."""
    if is_record(file):
        return DocumentLines(record_lines(root, file), None, "record")
    return document_lines(root / file, use_ingest=use_ingest)


# --------------------------------------------------------------------------- locating


@dataclass(frozen=True)
class Located:
    """Where a labelled line is in the current lines of its file.

    Attributes:
        lines: the current lines of the file (ingest, fallback or record).
        index: index of the line in ``lines``.
        span: start and end, in ``lines[index]``, of the labelled word occurrence
            (None when the label names no word).
        how: ``exact`` (the locator matched a current line) or ``contained`` (it
            matched a fallback line, found inside a longer current line).
        document: the ingest Document, when there is one.
    """

    lines: tuple[str, ...]
    index: int
    span: tuple[int, int] | None
    how: str
    document: Any = None

    @property
    def text(self) -> str:
        """The located line."""
        return self.lines[self.index]


def _find(lines: Sequence[str], wanted: str) -> int | None:
    for index, line in enumerate(lines):
        if locator(line) == wanted:
            return index
    return None


def locate(root: Path, file: str, wanted: str, word: str | None = None, occurrence: int = 0) -> Located | None:
    """Find a labelled line (and word occurrence) in the current lines of its file.

    Returns None when the file is missing, unreadable, or the line cannot be
    placed any more (ingest split or merged it differently); callers count these.
    """
    try:
        current = lines_for(root, file)
    except (OSError, KeyError, IndexError, ValueError):
        return None
    index = _find(current.lines, wanted)
    if index is not None:
        return _with_span(current, index, 0, word, occurrence, "exact")
    if current.source != "ingest":
        return None
    # The ingest lines differ from the ones labelled: find the labelled (fallback)
    # line and then the current line that contains it.
    try:
        old = document_lines(root / file, use_ingest=False).lines
    except (OSError, ValueError):
        return None
    old_index = _find(old, wanted)
    if old_index is None:
        return None
    needle = fold(old[old_index])
    if not needle:
        return None
    for new_index, line in enumerate(current.lines):
        folded, where = _fold_with_map(line)
        at = folded.find(needle)
        if at >= 0:
            return _with_span(current, new_index, where[at], word, occurrence, "contained")
    return None


def _with_span(
    current: DocumentLines, index: int, offset: int, word: str | None, occurrence: int, how: str
) -> Located | None:
    span = None
    if word is not None:
        spans = [s for s in word_spans(current.lines[index], word) if s[0] >= offset]
        if occurrence >= len(spans):
            return None
        span = spans[occurrence]
    return Located(current.lines, index, span, how, current.document)


def iter_word_lines(lines: Sequence[str], word: str) -> Iterator[tuple[int, str, int]]:
    """Each (line index, line, occurrence) of ``word`` in ``lines``: a labelling aid."""
    for index, line in enumerate(lines):
        for occurrence, _ in enumerate(word_spans(line, word)):
            yield index, line, occurrence


# --------------------------------------------------------------------------- judging ambiguity labels


@dataclass(frozen=True)
class Verdict:
    """How the extractor decided one labelled occurrence.

    Attributes:
        label: the ambiguity label.
        located: where its line is now, or None when it could not be placed.
        correct: whether the extractor decided as labelled; None when it could
            not be judged (not located, or the labelled skill is not in the taxonomy).
        reason: why, in a few words (for reports and skip messages).
        found: the skill ids the extractor found on the line.
    """

    label: dict[str, Any]
    located: Located | None
    correct: bool | None
    reason: str
    found: tuple[str, ...] = ()


class AmbiguityJudge:
    """Decide ambiguity labels with the real extractor, one extractor run per file.

    An ``is_skill`` label is right when the labelled skill is found on the line
    (a direct mention, any rule), or a skill implying it is found covering the
    word ("Spring MVC" for Spring). A ``not`` label is right when no mention on the
    line overlaps the word occurrence as the skill the word names
    (``taxonomy.resolve(word)``) or with the word alone as its surface.

    Documents run through ``extractor(lines, split_sections(lines))`` on their
    ingest lines; dataturks and dotin records likewise on their own lines; a
    job-posting sentence runs through ``extractor.extract_text``.
    """

    def __init__(self, root: Path, taxonomy: Any, extractor: Any) -> None:
        self.root = root
        self.taxonomy = taxonomy
        self.extractor = extractor
        self._mentions: dict[str, tuple[Any, ...]] = {}

    def _run(self, file: str, located: Located) -> tuple[tuple[Any, ...], int]:
        """Mentions of the line's unit of text, and the line's offset in it."""
        from screener.models import Line
        from screener.sections import split_sections

        if is_jobposting(file):
            key = f"{file}\x00{located.index}"
            if key not in self._mentions:
                self._mentions[key] = tuple(self.extractor.extract_text(located.text))
            return self._mentions[key], 0
        if file not in self._mentions:
            if located.document is not None:
                lines = located.document.visible_lines
            else:
                lines = tuple(Line(text) for text in located.lines)
            self._mentions[file] = tuple(self.extractor(lines, split_sections(lines)))
        offset = sum(len(text) + 1 for text in located.lines[: located.index])
        return self._mentions[file], offset

    def __call__(self, label: dict[str, Any]) -> Verdict:
        """Judge one label."""
        word = label["word"]
        located = locate(self.root, label["file"], label["locator"], word, label.get("occurrence", 0))
        if located is None or located.span is None:
            return Verdict(label, None, None, "line not found in the current text")
        mentions, offset = self._run(label["file"], located)
        on_line = [m for m in mentions if m.line == (0 if is_jobposting(label["file"]) else located.index)]
        found = tuple(sorted({str(m.skill_id) for m in on_line}))
        if label["is_skill"]:
            wanted = self.taxonomy.resolve(label["skill"])
            if wanted is None:
                return Verdict(label, located, None, f"skill {label['skill']!r} is not in the taxonomy", found)
            # "Spring MVC" names the Spring Framework too: a mention of a skill that
            # implies the labelled one, covering the labelled word, counts.
            start, end = located.span[0] + offset, located.span[1] + offset
            ok = any(
                m.skill_id == wanted
                or (wanted in self.taxonomy.implied(m.skill_id) and m.start <= start and end <= m.end)
                for m in on_line
            )
            return Verdict(label, located, ok, "found" if ok else f"{wanted} not found on the line", found)
        start, end = located.span[0] + offset, located.span[1] + offset
        named = self.taxonomy.resolve(word)
        wrong = [
            m
            for m in on_line
            if m.start < end and m.end > start and (m.skill_id == named or fold(m.surface) == fold(word))
        ]
        if wrong:
            return Verdict(label, located, False, f"reported as {wrong[0].skill_id} ({wrong[0].rule})", found)
        return Verdict(label, located, True, "not reported", found)


@dataclass(frozen=True)
class Run:
    """What an extraction benchmark starts from: its arguments, devdata, taxonomy, extractor."""

    args: Any
    root: Path
    taxonomy: Any
    extractor: Any


def start_run(description: str, argv: Sequence[str] | None, parser: Any) -> Run | None:
    """Parse ``--devdata`` and ``--verbose`` (plus what ``parser`` adds), find devdata and
    compile the extractor; None (after saying so on stderr) when devdata is missing."""

    from screener.skills import SkillExtractor
    from screener.taxonomy import load_taxonomy

    parser.description = description
    parser.add_argument("--devdata", help="the devdata folder (default: ../shared/devdata)")
    parser.add_argument("--verbose", action="store_true", help="list every error in full")
    args = parser.parse_args(argv)
    root = found_devdata(args.devdata)
    if root is None:
        return None
    taxonomy = load_taxonomy()
    return Run(args, root, taxonomy, SkillExtractor(taxonomy))
