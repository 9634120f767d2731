"""Tests for screener.ingest.pdf, on real PDFs written by reportlab."""

from __future__ import annotations

from pathlib import Path

import pytest

import docfactory
from screener.errors import CorruptFile, EncryptedFile, IngestError, NoText
from screener.ingest import read
from screener.models import Document


@pytest.fixture(scope="module")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory of PDFs built once for the module."""
    return tmp_path_factory.mktemp("pdf")


@pytest.fixture(scope="module")
def one_column(pdf_dir: Path) -> Path:
    """A two-page, one-column PDF with a bold heading."""
    pages = [["Summary", "Backend developer", "Python and SQL"], ["Second page text"]]
    return docfactory.pdf_lines(pdf_dir / "one.pdf", pages, bold_first=True)


class TestReadPdf:
    """read() on PDFs: lines, fonts, columns, hidden text and failures."""

    def test_one_column(self, one_column: Path) -> None:
        """Lines come out in order with page numbers, sizes and bold, and no warnings."""
        document = read(one_column)
        assert document.format == "pdf"
        assert document.pages == 2
        assert [(line.text, line.page) for line in document.lines] == [
            ("Summary", 1),
            ("Backend developer", 1),
            ("Python and SQL", 1),
            ("Second page text", 2),
        ]
        assert document.lines[0].bold
        assert not document.lines[1].bold
        assert {line.font_size for line in document.lines} == {11.0}
        assert document.warnings == ()

    def test_two_columns(self, pdf_dir: Path) -> None:
        """The header comes first, every left-column line before every right-column line."""
        document = read(docfactory.pdf_two_columns(pdf_dir / "two.pdf"))
        texts = [line.text for line in document.lines]
        assert texts == [
            docfactory.HEADER,
            *docfactory.LEFT_COLUMN,
            *docfactory.RIGHT_COLUMN,
        ]
        assert [line.column for line in document.lines[1:]] == [0] * len(docfactory.LEFT_COLUMN) + [1] * len(
            docfactory.RIGHT_COLUMN
        )
        assert "two_columns" in document.warnings

    def test_hidden_text(self, pdf_dir: Path) -> None:
        """White, tiny, invisible and off-page text is hidden; white on a dark band is not."""
        document = read(docfactory.pdf_hidden_text(pdf_dir / "hidden.pdf"))
        hidden = {line.text for line in document.lines if line.hidden}
        assert hidden == {
            "white keyword stuffing",
            "tiny keyword stuffing",
            "invisible keyword stuffing",
            "offpage keyword stuffing",
        }
        assert "stuffing" not in document.text
        assert "White heading on a dark band" in document.text
        assert "hidden_text" in document.warnings

    def test_image_only_is_no_text(self, pdf_dir: Path) -> None:
        """A PDF with only shapes and a picture raises NoText saying it needs OCR."""
        with pytest.raises(NoText, match="OCR"):
            read(docfactory.pdf_image_only(pdf_dir / "scan.pdf"))

    def test_user_password_is_encrypted(self, pdf_dir: Path) -> None:
        """A PDF that needs a user password raises EncryptedFile."""
        path = docfactory.pdf_encrypted(pdf_dir / "locked.pdf", user_password="u", owner_password="o")
        with pytest.raises(EncryptedFile):
            read(path)

    def test_owner_password_only_is_read(self, pdf_dir: Path) -> None:
        """A PDF with only an owner password opens with the empty password and is read."""
        path = docfactory.pdf_encrypted(pdf_dir / "owner.pdf", user_password="", owner_password="o")
        assert read(path).text == "Protected resume text"

    @pytest.mark.parametrize("keep", [0.3, 0.6, 0.9])
    def test_truncated_is_corrupt(self, one_column: Path, tmp_path: Path, keep: float) -> None:
        """A PDF cut short raises CorruptFile with pdfminer's error as the cause."""
        path = docfactory.truncated(one_column, tmp_path / "cut.pdf", keep=keep)
        with pytest.raises(CorruptFile) as raised:
            read(path)
        assert raised.value.__cause__ is not None

    def test_header_after_junk(self, one_column: Path, tmp_path: Path) -> None:
        """A PDF with junk before its header within the first KiB is still read."""
        path = docfactory.prefixed(one_column, tmp_path / "junk.bin", b"\r\n" * 300)
        assert read(path).lines[0].text == "Summary"

    def test_header_only_is_corrupt(self, tmp_path: Path) -> None:
        """Bytes that start like a PDF but hold nothing else raise an IngestError, not a crash."""
        path = tmp_path / "stub.pdf"
        path.write_bytes(b"%PDF-1.4\n%%EOF\n")
        with pytest.raises(IngestError):
            read(path)

    def test_result_is_a_frozen_document(self, one_column: Path) -> None:
        """The result is a hashable Document carrying the path as given."""
        document = read(str(one_column))
        assert isinstance(document, Document)
        assert document.path == str(one_column)
        assert hash(document) == hash(read(str(one_column)))
