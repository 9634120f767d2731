"""parse_resume from memory: bytes and binary file objects, named as the caller says, never written to disk."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import docfactory
import readme
from screener import ConfigError, ParseOptions, TooLarge, YearMonth, load_profile, parse_resume, rank
from screener.errors import ReasonCode
from screener.resume_source import in_memory

OPTIONS = ParseOptions(as_of=YearMonth(2026, 11))
LINES = ["Sam Example", "SKILLS", "Python, Django, PostgreSQL", "EXPERIENCE",
         "Backend Engineer, Acme Ltd | Jan 2019 – Dec 2022", "Built services in Python and Django"]


@pytest.fixture(params=["pdf", "docx"])
def resume(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A real PDF (reportlab) or DOCX (python-docx) resume on disk, to compare the in-memory parse with."""
    if request.param == "pdf":
        return docfactory.pdf_lines(tmp_path / "written.pdf", [LINES])
    return docfactory.docx_resume(tmp_path / "written.docx", LINES)


def _skills(candidate: object) -> list[tuple[str, int | None]]:
    return [(s.skill_id, s.months) for s in candidate.skills]  # type: ignore[attr-defined]


class TestFromMemory:
    """Bytes and file objects parse as their file does, under the name given."""

    def test_bytes_parse_as_the_file_does(self, resume: Path) -> None:
        """A resume's bytes give the skills, months and format its file gives, named as the caller says."""
        from_file = parse_resume(resume, options=OPTIONS)
        from_bytes = parse_resume(resume.read_bytes(), name="cv-from-form", options=OPTIONS)
        assert _skills(from_bytes) == _skills(from_file) and ("python", 48) in _skills(from_bytes)
        assert (from_bytes.format, from_bytes.sha256) == (from_file.format, from_file.sha256)
        assert (from_bytes.path, from_bytes.file_name) == ("cv-from-form", "cv-from-form")

    @pytest.mark.parametrize(("make_stream", "expected"), [
        (lambda path: io.BytesIO(path.read_bytes()), "upload"),          # no name of its own
        (lambda path: path.open("rb"), "written"),                       # an open file: its name's last part
    ])
    def test_file_object_names(self, resume: Path, make_stream: object, expected: str) -> None:
        """A file object is read in memory; without a name given it is known by its own file name, else "upload"."""
        with make_stream(resume) as stream:  # type: ignore[operator]
            candidate = parse_resume(stream, options=OPTIONS)
        assert candidate.path.startswith(expected) and str(resume.parent) not in candidate.path
        assert ("python", 48) in _skills(candidate)

    def test_name_is_in_every_evidence_field(self, resume: Path) -> None:
        """The name given, never a path, is what the ranking and every evidence row call the resume."""
        candidate = parse_resume(resume.read_bytes(), name="applicant-17.pdf", options=OPTIONS)
        ranking = rank([candidate], load_profile({"must_have": ["Python"], "nice_to_have": ["Django"]}))
        rows = ranking.rows() + ranking.evidence_rows()
        assert {(row["file"], row["path"]) for row in rows} == {("applicant-17.pdf", "applicant-17.pdf")}
        assert not any(str(resume.parent) in json.dumps(row, default=str) for row in rows)

    def test_path_with_a_name(self, resume: Path) -> None:
        """A path given with a name is read from its file but reported under the name."""
        candidate = parse_resume(resume, name="renamed.pdf", options=OPTIONS)
        assert candidate.path == "renamed.pdf" and ("python", 48) in _skills(candidate)


class TestRefused:
    """What cannot be parsed from memory fails as a file would, with the CLI's reason codes."""

    @pytest.mark.parametrize(("data", "code"), [
        (b"", ReasonCode.EMPTY),
        (b"%PDF-1.7\n1 0 obj <<", ReasonCode.CORRUPT),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, ReasonCode.UNSUPPORTED_FORMAT),
    ])
    def test_bad_bytes(self, data: bytes, code: ReasonCode) -> None:
        """Empty, broken or non-resume bytes raise the IngestError of their reason code, naming the upload."""
        with pytest.raises(Exception) as caught:
            parse_resume(data, name="bad.bin", options=OPTIONS)
        assert (caught.value.code, caught.value.path) == (code, "bad.bin")  # type: ignore[attr-defined]

    def test_too_large_bytes(self) -> None:
        """Bytes over the size limit are refused as too_large, as a file over it is."""
        with pytest.raises(TooLarge, match="limit is 100 bytes"):
            parse_resume(b"Skills: Python\n" * 10, name="big.txt", options=ParseOptions(max_bytes=100))

    def test_too_large_stream_is_not_read_to_its_end(self) -> None:
        """A file object over the limit is read only one byte past it before it is refused."""
        stream = io.BytesIO(b"x" * 10_000)
        with pytest.raises(TooLarge):
            in_memory(stream, name=None, max_bytes=100)
        assert stream.tell() == 101

    @pytest.mark.parametrize(("source", "name", "message"), [
        (io.StringIO("Skills: Python"), None, "binary mode"),
        (12345, None, "bytes, a binary file object or a path"),
        (b"Skills: Python", "  ", "must not be blank"),
    ])
    def test_misuse(self, source: object, name: str | None, message: str) -> None:
        """A text file object, a number or a blank name is a ConfigError saying what to pass instead."""
        with pytest.raises(ConfigError, match=message):
            parse_resume(source, name=name, options=OPTIONS)  # type: ignore[arg-type]


_CHILD = """
import json, sys, tempfile
from screener import ParseOptions, YearMonth, parse_resume
options = ParseOptions(as_of=YearMonth(2026, 11))
out = []
for path, name in zip(sys.argv[1::2], sys.argv[2::2]):
    with open(path, "rb") as f:
        data = f.read()
    out.append(parse_resume(data, name=name, options=options).path)
    with open(path, "rb") as f:
        out.append(parse_resume(f, name=name, options=options).path)
print(json.dumps({"tmp": tempfile.gettempdir(), "paths": out}))
"""


def test_nothing_is_written_to_disk(tmp_path: Path) -> None:
    """Parsing a PDF and a DOCX from memory leaves an empty temporary folder empty, and no temporary path appears."""
    pdf = docfactory.pdf_lines(tmp_path / "a.pdf", [LINES])
    docx_file = docfactory.docx_resume(tmp_path / "b.docx", LINES)
    empty = tmp_path / "tmp"
    empty.mkdir()
    env = {**os.environ, "TMPDIR": str(empty), "TEMP": str(empty), "TMP": str(empty)}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(pdf), "first.pdf", str(docx_file), "second.docx"],
                          capture_output=True, text=True, env=env, check=True, cwd=tmp_path)
    answer = json.loads(done.stdout)
    assert answer["tmp"] == str(empty)
    assert answer["paths"] == ["first.pdf", "first.pdf", "second.docx", "second.docx"]
    assert list(empty.iterdir()) == []


def test_readme_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's bytes-in example runs as shown, on a real PDF named cv.pdf."""
    docfactory.pdf_lines(tmp_path / "cv.pdf", [LINES])
    monkeypatch.chdir(tmp_path)
    (example,) = readme.code_blocks("From memory: bytes and file objects", "python")
    exec(compile(example, "README.md", "exec"), {})
