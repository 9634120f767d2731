"""Tests for screener.ingest.sniff: the format comes from the bytes alone."""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

import pytest

import docfactory
from screener.errors import EncryptedFile, UnsupportedFormat
from screener.ingest import sniff_format
from screener.ingest.sniff import rejection


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


_ODF = b"application/vnd.oasis.opendocument."
SNIFF_CASES = [
    ("pdf header", b"%PDF-1.7\n%...", "pdf"),
    ("pdf after junk", b"\x00" * 1000 + b"%PDF-1.4", "pdf"),
    ("pdf header too late", b"x" * 1100 + b"%PDF-1.4", "txt"),
    ("docx", _zip({"[Content_Types].xml": b"", "word/document.xml": b"<w:document/>"}), "docx"),
    ("xlsx", _zip({"[Content_Types].xml": b"", "xl/workbook.xml": b"<workbook/>"}), None),
    ("odt", _zip({"mimetype": _ODF + b"text", "content.xml": b"<x/>"}), "odt"),
    ("odt, mimetype compressed", _zip({"mimetype": _ODF + b"text", "c.xml": b""}, zipfile.ZIP_DEFLATED), "odt"),
    ("odt template", _zip({"mimetype": _ODF + b"text-template", "content.xml": b"<x/>"}), None),
    ("ods spreadsheet", _zip({"mimetype": _ODF + b"spreadsheet", "content.xml": b"<x/>"}), None),
    ("odp presentation", _zip({"mimetype": _ODF + b"presentation", "content.xml": b"<x/>"}), None),
    ("mimetype not first", _zip({"content.xml": b"<x/>", "mimetype": _ODF + b"text"}), None),
    ("utf-8", "Jürgen Müller\nPython".encode(), "txt"),
    ("utf-8 bom", codecs.BOM_UTF8 + b"Text", "txt"),
    ("utf-16 bom", "Zoë, developer".encode("utf-16"), "txt"),
    ("cp1252", "Café – naïve".encode("cp1252"), "txt"),
    ("doc", docfactory.OLE2_MAGIC + bytes(100), None),
    ("rtf", b"{\\rtf1\\ansi Hello}", None),
    ("png", b"\x89PNG\r\n\x1a\n" + bytes(64), None),
    ("binary", bytes(range(256)) * 4, None),
]


class TestSniffFormat:
    """sniff_format names pdf, docx, odt or txt from the bytes, or None."""

    @pytest.mark.parametrize(
        ("data", "expected"),
        [case[1:] for case in SNIFF_CASES],
        ids=[case[0] for case in SNIFF_CASES],
    )
    def test_sniffs(self, data: bytes, expected: str | None) -> None:
        """Each kind of bytes sniffs as the expected format."""
        assert sniff_format(data) == expected


REJECTION_CASES = [
    ("doc", docfactory.OLE2_MAGIC + b"W\x00o\x00r\x00d\x00", UnsupportedFormat, "save it as DOCX or PDF"),
    ("rtf", b"{\\rtf1 Hello}", UnsupportedFormat, "save it as DOCX or PDF"),
    ("xlsx", _zip({"xl/workbook.xml": b""}), UnsupportedFormat, "ZIP archive"),
    ("ods", _zip({"mimetype": _ODF + b"spreadsheet"}), UnsupportedFormat, "OpenDocument file that is not a text"),
    ("ott", _zip({"mimetype": _ODF + b"text-template"}), UnsupportedFormat, "OpenDocument file that is not a text"),
    ("png", b"\x89PNG\r\n\x1a\n" + bytes(8), UnsupportedFormat, "image"),
    ("encrypted docx", docfactory.OLE2_MAGIC + "EncryptedPackage".encode("utf-16-le"), EncryptedFile, "password"),
]


class TestRejection:
    """rejection builds the error that says what an unsupported file is."""

    @pytest.mark.parametrize(
        ("data", "error", "words"),
        [case[1:] for case in REJECTION_CASES],
        ids=[case[0] for case in REJECTION_CASES],
    )
    def test_names_the_file(self, data: bytes, error: type, words: str) -> None:
        """The error has the expected class and its message names what the file is."""
        found = rejection("f", data)
        assert type(found) is error
        assert words in found.message

    def test_encrypted_docx_file(self, tmp_path: Path) -> None:
        """An OLE2 file holding an EncryptedPackage stream is an encrypted document, not a .doc."""
        data = docfactory.ole2(tmp_path / "x.docx", encrypted=True).read_bytes()
        assert sniff_format(data) is None
        assert isinstance(rejection("x.docx", data), EncryptedFile)
