"""Tests for screener.ingest.pdf and screener.ingest.pdfium (the two PDF engines), on real PDFs written by reportlab."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import docfactory
from screener.errors import ConfigError, CorruptFile, EncryptedFile, IngestError, NoText
from screener.ingest import read
from screener.ingest.pdf import pdf_date
from screener.ingest.pdfium import read_pdf_fast
from screener.models import Document, YearMonth


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


# (PDF date string, month it gives)
PDF_DATES: list[tuple[object, YearMonth | None]] = [
    (b"D:20180514093000+02'00'", YearMonth(2018, 5)),
    (b"D:20180514093000Z", YearMonth(2018, 5)),
    (b"D:20180514", YearMonth(2018, 5)),
    (b"D:2018", YearMonth(2018, 1)),
    ("20181103", YearMonth(2018, 11)),
    ("2019-04-01T10:00:00", YearMonth(2019, 4)),
    ("\ufeffD:20200101", None),
    (b"\xfe\xff\x00D\x00:\x002\x000\x001\x009\x000\x003", YearMonth(2019, 3)),
    (b"D:20181399", None),
    (b"garbage", None),
    (b"", None),
    (None, None),
    (20180514, None),
]


class TestSavedDate:
    """The last-saved month from a PDF's information dictionary."""

    @pytest.mark.parametrize(("value", "month"), PDF_DATES, ids=[repr(v) for v, _ in PDF_DATES])
    def test_pdf_date(self, value: object, month: YearMonth | None) -> None:
        """A PDF date gives its year and month, with or without time zone; anything else gives None."""
        assert pdf_date(value) == month

    @pytest.mark.parametrize(("created", "modified", "saved", "source"), [
        ("D:20170301090000+01'00'", "D:20180614093000Z", YearMonth(2018, 6), "ModDate"),
        ("D:20170301090000+01'00'", None, YearMonth(2017, 3), "CreationDate"),
        ("D:20170301090000+01'00'", "garbage", YearMonth(2017, 3), "CreationDate"),
        ("not a date", "D:2019", YearMonth(2019, 1), "ModDate"),
        (None, None, None, ""),
        ("garbage", "", None, ""),
    ])
    def test_real_pdf(self, pdf_dir: Path, created: str | None, modified: str | None,
                      saved: YearMonth | None, source: str) -> None:
        """read() takes ModDate, else CreationDate; a missing or malformed date is no date, never an error."""
        path = docfactory.pdf_dated(pdf_dir / f"dated_{created}_{modified}.pdf".replace(":", "").replace("'", ""),
                                    ["Engineer, Acme | 2015 – Current"], created=created, modified=modified)
        document = read(path)
        assert (document.saved, document.saved_source) == (saved, source)
        assert document.lines[0].text == "Engineer, Acme | 2015 – Current"


WORK_LINES = ["Built billing services in Go", "Ran the on-call rota, 2019 - 2021", "Python, SQL and Kubernetes"]

# (case, builder): PDFs both engines must read into the same lines.
SAME_LINES: list[tuple[str, Callable[[Path], Path]]] = [
    ("one column, two pages, bold heading",
     lambda d: docfactory.pdf_lines(d / "one.pdf", [["Summary", *WORK_LINES], ["Second page text"]], bold_first=True)),
    ("two columns under a header", lambda d: docfactory.pdf_two_columns(d / "two.pdf")),
    ("white, tiny, invisible and off-page text", lambda d: docfactory.pdf_hidden_text(d / "hidden.pdf")),
    ("one glyph per object, spaces too", lambda d: docfactory.pdf_glyph_per_object(d / "glyphs.pdf", WORK_LINES)),
    ("one glyph per object in a scaled form XObject",
     lambda d: docfactory.pdf_glyph_per_object(d / "glyphs_form.pdf", WORK_LINES, in_form=True)),
    ("no space glyphs, words placed apart", lambda d: docfactory.pdf_words_apart(d / "apart.pdf", WORK_LINES)),
    ("a small font", lambda d: docfactory.pdf_lines(d / "small.pdf", [WORK_LINES], size=7.5)),
    ("text in a scaled form XObject", lambda d: docfactory.pdf_form_xobject(d / "form.pdf")),
]


class TestEngines:
    """The fast engine (PDFium) reads what pdfminer.six reads, and pdfminer takes over when it fails."""

    @pytest.mark.parametrize(("case", "build"), SAME_LINES, ids=[case for case, _ in SAME_LINES])
    def test_same_lines(self, pdf_dir: Path, case: str, build: Callable[[Path], Path]) -> None:
        """Both engines give the same lines: words, order, pages, columns, sizes, bold and hidden parts."""
        path = build(pdf_dir)
        fast, reference = read(path), read(path, pdf_engine="pdfminer")
        assert (fast.engine, reference.engine) == ("pdfium", "pdfminer")
        assert fast.lines == reference.lines
        assert (fast.pages, fast.warnings, fast.saved) == (reference.pages, reference.warnings, reference.saved)

    @pytest.mark.parametrize("engine", ["fast", "pdfminer"])
    def test_hidden_text_either_engine(self, pdf_dir: Path, engine: str) -> None:
        """Each engine marks white, tiny, invisible and off-page text hidden, and white text on a dark band not."""
        document = read(docfactory.pdf_hidden_text(pdf_dir / "hidden.pdf"), pdf_engine=engine)  # type: ignore[arg-type]
        assert {line.text for line in document.lines if line.hidden} == {
            "white keyword stuffing", "tiny keyword stuffing", "invisible keyword stuffing", "offpage keyword stuffing",
        }
        assert "White heading on a dark band" in document.text

    @pytest.mark.parametrize(("builder", "name"), [
        (docfactory.pdf_glyph_per_object, "glyphs.pdf"),
        (docfactory.pdf_words_apart, "apart.pdf"),
    ])
    def test_words_come_apart(self, pdf_dir: Path, builder: Callable[..., Path], name: str) -> None:
        """Spaces drawn as objects of their own (which PDFium drops) or only as gaps still separate the words."""
        document = read(builder(pdf_dir / name, WORK_LINES))
        assert document.engine == "pdfium"
        assert [line.text for line in document.lines] == WORK_LINES

    def test_pdfminer_takes_over(self, one_column: Path, tmp_path: Path) -> None:
        """A PDF PDFium refuses (its catalog lost the page tree) is read by pdfminer, and the Document says so."""
        path = docfactory.without_page_tree(one_column, tmp_path / "no_pages.pdf")
        with pytest.raises(CorruptFile):
            read_pdf_fast(path.read_bytes(), str(path))
        document = read(path)
        assert document.engine == "pdfminer"
        assert [line.text for line in document.lines] == [line.text for line in read(one_column).lines]

    def test_broken_file_error_comes_from_pdfminer(self, one_column: Path, tmp_path: Path) -> None:
        """A file neither engine can read raises pdfminer's CorruptFile, as with pdfminer alone."""
        path = docfactory.truncated(one_column, tmp_path / "cut.pdf", keep=0.5)
        with pytest.raises(CorruptFile) as fast:
            read(path)
        with pytest.raises(CorruptFile) as reference:
            read(path, pdf_engine="pdfminer")
        assert str(fast.value) == str(reference.value)

    def test_unknown_engine(self, one_column: Path) -> None:
        """An engine that does not exist is a ConfigError naming the engines there are."""
        with pytest.raises(ConfigError, match="fast, pdfminer"):
            read(one_column, pdf_engine="pdfbox")  # type: ignore[arg-type]
