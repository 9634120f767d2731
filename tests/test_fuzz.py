"""Fuzzing: no input, however broken, makes ingest, sections, dates or extraction fail other than as designed.

Hypothesis generates the inputs. The suite runs a short pass (the ``ci`` profile, registered in
conftest.py); ``python benchmarks/fuzz.py`` runs the same properties far longer (the ``long``
profile). A crash the fuzzer finds is fixed and its input kept below as an explicit example.
"""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from screener.dates import find_date_ranges, find_header_ranges
from screener.errors import IngestError
from screener.ingest import read
from screener.models import Document, Line, YearMonth
from screener.parse import ParseOptions, ResumeParser
from screener.sections import split_sections
from screener.taxonomy import load_taxonomy

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples" / "resumes"
AS_OF = YearMonth(2026, 11)
REAL_FILES = ("alice_nguyen_senior_backend.pdf", "carmen_diaz_skills_table.docx", "bruno_okafor_two_column.pdf")


@cache
def parser() -> ResumeParser:
    return ResumeParser(ParseOptions(as_of=AS_OF))


@cache
def real_bytes(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def read_bytes(data: bytes, suffix: str) -> Document | None:
    """Read bytes as a file of that suffix: a Document, or None when refused with an IngestError."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            return read(path)
        except IngestError as e:
            assert e.code.value and e.message  # a reason code and a sentence, always
            return None


@st.composite
def mutated_file(draw: st.DrawFn) -> tuple[bytes, str]:
    """A real PDF or DOCX with some bytes overwritten, a range deleted, or cut short."""
    name = draw(st.sampled_from(REAL_FILES))
    data = bytearray(real_bytes(name))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(("overwrite", "delete", "truncate")))
        if action == "overwrite":
            chunk = draw(st.binary(min_size=1, max_size=16))
            data[at:at + len(chunk)] = chunk
        elif action == "delete":
            del data[at:at + draw(st.integers(1, 4096))]
        else:
            del data[at:]
        if not data:
            break
    return bytes(data), Path(name).suffix


@given(mutated_file())
@example((b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF", ".pdf"))
@example((b"PK\x03\x04" + b"\0" * 26, ".docx"))
def test_broken_files_are_read_or_refused(case: tuple[bytes, str]) -> None:
    """A damaged PDF or DOCX is read or refused with a reason code; nothing else ever escapes."""
    document = read_bytes(*case)
    assert document is None or isinstance(document, Document)


@given(st.binary(max_size=4096), st.sampled_from(("", ".pdf", ".docx", ".txt")))
@example(b"\xff\xfe" + "Jo Example\nPython".encode("utf-16-le"), ".txt")
@example(b"%PDF-", ".pdf")
def test_random_bytes_are_read_or_refused(data: bytes, suffix: str) -> None:
    """Random bytes under any name are read as text or refused with a reason code."""
    document = read_bytes(data, suffix)
    assert document is None or document.lines


RESUME_WORDS = st.sampled_from([
    "Experience", "EDUCATION", "Skills:", "Python", "Go", "C", "R", "Django", "Flask", "Chef", "Spark",
    "Excel", "AWS", "Docker", "Senior Engineer", "Acme Corp", "|", "-", "–", "/", ",", "•", ".....",
    "Jan", "Sep 15", "2019", "'19", "03/19", "12/2020", "Present", "NOW", "to date", "since", "from",
    "till", "(11 months)", "2 yrs 3 mos", "5+ years", "B.Sc.", "University", "taught", "thesis",
    "\u00a0", "\t", "Ø", "日本", "=SUM(A1)", "0", "99", "9999", "13/13", "Feb 30",
])


@st.composite
def resume_text(draw: st.DrawFn) -> str:
    """Text shaped like a resume: lines of resume words, dates and noise, and some arbitrary text."""
    lines = draw(st.lists(st.lists(st.one_of(RESUME_WORDS, st.text(max_size=12)), max_size=12), max_size=40))
    return "\n".join(" ".join(words) for words in lines)


@given(resume_text())
@example("Sep 15 - NOW\nJan 15 - Sep 15\nMar 14 - Jan 15")
@example("Experience\n9999 - 0\n13/13 – 99/99")
def test_dates_never_fail(text: str) -> None:
    """Any line gives date ranges that lie inside the line and, when countable, start before they end."""
    for line in text.splitlines():
        for finder in (find_date_ranges, find_header_ranges):
            for found in finder(line, as_of=AS_OF):
                assert 0 <= found.span[0] <= found.span[1] <= len(line)
                assert found.end is None or not found.valid or found.start <= found.end


@given(st.lists(st.tuples(st.one_of(RESUME_WORDS, st.text(max_size=30)), st.booleans(),
                          st.one_of(st.none(), st.floats(1, 40))), max_size=60))
def test_sections_cover_the_lines_in_order(rows: list[tuple[str, bool, float | None]]) -> None:
    """Sections never overlap, never run past the last line, and come in document order."""
    lines = [Line(text=text, bold=bold, font_size=size) for text, bold, size in rows]
    sections = split_sections(lines)
    ends = 0
    for section in sections:
        assert ends <= section.start <= section.end <= len(lines)
        ends = section.end


@given(resume_text())
@example("Skills\nGo, Rust, C\nExperience\nPython Developer, Acme Corp | Sep 15 - NOW")
def test_parsing_any_text_gives_a_sound_candidate(text: str) -> None:
    """Any text parses to a candidate whose positions, months and skills are consistent."""
    document = read_bytes(text.encode("utf-8"), ".txt")
    if document is None:  # empty or not text
        return
    candidate = parser().parse_document(document)
    tax = load_taxonomy()
    assert candidate.total_months is None or candidate.total_months >= 0
    for position in candidate.positions:
        assert position.months is None or position.months >= 0
        assert position.start is None or position.end is None or position.start <= position.end
    assert len({s.skill_id for s in candidate.skills}) == len(candidate.skills)
    for record in candidate.skills:
        assert record.skill_id in tax
        for mention in record.mentions:
            assert 0 <= mention.line < len(document.visible_lines)
