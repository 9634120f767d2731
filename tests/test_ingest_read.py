"""Tests for screener.ingest.read: the checks every file goes through, and text files."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest

import docfactory
from screener.errors import (
    EmptyFile,
    EncryptedFile,
    FileMissing,
    IngestError,
    ReasonCode,
    TooLarge,
    UnsupportedFormat,
)
from screener.ingest import DEFAULT_MAX_BYTES, read

TEXT_CASES = [
    ("utf-8", "Zoë Example\nPython\n".encode(), ["Zoë Example", "Python"]),
    ("utf-8 bom", codecs.BOM_UTF8 + b"First\nSecond", ["First", "Second"]),
    ("utf-16 le bom", "Zoë\r\nGo".encode("utf-16"), ["Zoë", "Go"]),
    ("utf-16 be bom", codecs.BOM_UTF16_BE + "Zoë\nGo".encode("utf-16-be"), ["Zoë", "Go"]),
    ("cp1252", "Café – naïve\r\n€ budget".encode("cp1252"), ["Café – naïve", "€ budget"]),
    ("cp1251 Russian", "Иван Петров\nОпыт работы: разработчик Python, Москва".encode("cp1251"),
     ["Иван Петров", "Опыт работы: разработчик Python, Москва"]),
    ("koi8-r Russian", "Навыки: Python, Django, PostgreSQL\nОпыт работы".encode("koi8_r"),
     ["Навыки: Python, Django, PostgreSQL", "Опыт работы"]),
    ("cp1252 German", "Jürgen Müller\nBerufserfahrung: Entwickler für Python, München".encode("cp1252"),
     ["Jürgen Müller", "Berufserfahrung: Entwickler für Python, München"]),
    ("old mac newlines", b"one\rtwo\rthree", ["one", "two", "three"]),
    ("blank lines dropped", b"one\n\n  \n\ttwo\n", ["one", "two"]),
]


class TestReadText:
    """read() on plain-text files in the encodings people save them in."""

    @pytest.mark.parametrize(
        ("data", "expected"),
        [case[1:] for case in TEXT_CASES],
        ids=[case[0] for case in TEXT_CASES],
    )
    def test_decodes_and_splits(self, tmp_path: Path, data: bytes, expected: list[str]) -> None:
        """The text decodes and splits into the expected non-empty lines."""
        path = tmp_path / "resume.txt"
        path.write_bytes(data)
        document = read(path)
        assert document.format == "txt"
        assert [line.text for line in document.lines] == expected


ENCODING_CONFIDENCE = [
    ("utf-8 is certain", "Paweł Żółć, Kraków".encode(), False),
    ("cp1251 Russian is recognised", "Опыт работы: разработчик Python, Санкт-Петербург".encode("cp1251"), False),
    ("ASCII with cp1252 dashes and bullets", "Jo Doe – Python developer • 2019 “quoted”".encode("cp1252"), False),
    ("a short Central European text is unsure", "Paweł Żółć\nDoświadczenie zawodowe\nKraków".encode("cp1250"), True),
]


@pytest.mark.parametrize(("case", "data", "flagged"), ENCODING_CONFIDENCE, ids=[c[0] for c in ENCODING_CONFIDENCE])
def test_low_confidence_encoding_is_flagged(tmp_path: Path, case: str, data: bytes, flagged: bool) -> None:
    """A text file whose 8-bit encoding could read otherwise is flagged low_confidence_encoding; others are not."""
    path = tmp_path / "cv.txt"
    path.write_bytes(data)
    assert ("low_confidence_encoding" in read(path).warnings) is flagged


class TestRead:
    """read() checks the path, the size and the bytes before any format reader runs."""

    def test_missing(self, tmp_path: Path) -> None:
        """A path that does not exist raises FileMissing with code not_found."""
        with pytest.raises(FileMissing) as raised:
            read(tmp_path / "nope.pdf")
        assert raised.value.code is ReasonCode.NOT_FOUND

    def test_directory(self, tmp_path: Path) -> None:
        """A directory raises FileMissing."""
        with pytest.raises(FileMissing):
            read(tmp_path)

    @pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")])
    def test_empty(self, tmp_path: Path, data: bytes) -> None:
        """A file of no bytes or only white space raises EmptyFile."""
        path = tmp_path / "empty.txt"
        path.write_bytes(data)
        with pytest.raises(EmptyFile):
            read(path)

    def test_too_large(self, tmp_path: Path) -> None:
        """A file over max_bytes raises TooLarge; at the limit it is read."""
        path = tmp_path / "big.txt"
        path.write_bytes(b"x" * 100)
        with pytest.raises(TooLarge):
            read(path, max_bytes=99)
        assert read(path, max_bytes=100).text == "x" * 100
        assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024

    @pytest.mark.parametrize(
        ("builder", "error"),
        [
            (lambda p: docfactory.zip_archive(p, {"xl/workbook.xml": b"<workbook/>"}), UnsupportedFormat),
            (docfactory.png, UnsupportedFormat),
            (lambda p: docfactory.ole2(p, encrypted=False), UnsupportedFormat),
            (lambda p: docfactory.ole2(p, encrypted=True), EncryptedFile),
        ],
        ids=["xlsx-like zip", "png", "legacy doc", "encrypted docx"],
    )
    def test_refused_formats(self, tmp_path: Path, builder: object, error: type) -> None:
        """Files that are not PDF, DOCX or text raise the matching IngestError, named .docx or not."""
        path = builder(tmp_path / "resume.docx")  # type: ignore[operator]
        with pytest.raises(error):
            read(path)

    def test_legacy_doc_message(self, tmp_path: Path) -> None:
        """A legacy .doc is refused with advice to save it as DOCX or PDF."""
        with pytest.raises(UnsupportedFormat, match="save it as DOCX or PDF"):
            read(docfactory.ole2(tmp_path / "cv.doc", encrypted=False))

    def test_format_from_bytes_not_name(self, tmp_path: Path) -> None:
        """A PDF named .docx is read as a PDF."""
        path = docfactory.pdf_lines(tmp_path / "resume.docx", [["Only line"]])
        assert read(path).format == "pdf"

    def test_identity_fields(self, tmp_path: Path) -> None:
        """sha256 is the digest of the bytes and path is the path as given."""
        path = tmp_path / "r.txt"
        path.write_bytes(b"Some resume")
        document = read(str(path))
        assert document.sha256 == hashlib.sha256(b"Some resume").hexdigest()
        assert document.path == str(path)
        assert (document.pages, document.warnings) == (1, ())

    def test_errors_are_value_errors(self, tmp_path: Path) -> None:
        """Every ingest error is also a ValueError carrying the path."""
        with pytest.raises(ValueError, match="nope") as raised:
            read(tmp_path / "nope")
        assert isinstance(raised.value, IngestError)
        assert raised.value.path == str(tmp_path / "nope")
