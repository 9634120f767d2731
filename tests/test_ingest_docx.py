"""Tests for screener.ingest.docx, on real DOCX files written by python-docx."""

from __future__ import annotations

from pathlib import Path

import pytest

import docfactory
from screener.errors import CorruptFile, NoText
from screener.ingest import read
from screener.models import YearMonth


class TestReadDocx:
    """read() on DOCX files: order, sources, hidden runs, formatting and failures."""

    def test_paragraphs_and_tables_in_order(self, tmp_path: Path) -> None:
        """Paragraphs and table cells (nested ones too) keep document order; cells are 'table'."""
        document = read(docfactory.docx_interleaved(tmp_path / "t.docx"))
        assert [(line.text, line.source) for line in document.lines] == [
            ("Paragraph before the table", "body"),
            ("Cell 00", "table"),
            ("Cell 01", "table"),
            ("Cell 10", "table"),
            ("Cell 11", "table"),
            ("Nested cell", "table"),
            ("Paragraph after the table", "body"),
        ]
        assert document.format == "docx"
        assert document.pages == 1

    def test_header_and_footer_once(self, tmp_path: Path) -> None:
        """The header comes first and the footer last, once each though two sections repeat them."""
        document = read(docfactory.docx_header_footer(tmp_path / "hf.docx"))
        assert [(line.text, line.source) for line in document.lines] == [
            ("Header contact line", "header"),
            ("First section body", "body"),
            ("Second section body", "body"),
            ("Footer page note", "footer"),
        ]

    def test_text_box_once_in_place(self, tmp_path: Path) -> None:
        """Text box lines follow their anchor paragraph, read from one branch only."""
        document = read(docfactory.docx_textbox(tmp_path / "box.docx"))
        assert [(line.text, line.source) for line in document.lines] == [
            ("Body before the box", "body"),
            ("Anchor paragraph", "body"),
            ("Sidebar skill Kotlin", "textbox"),
            ("Sidebar skill Swift", "textbox"),
            ("Body after the box", "body"),
        ]

    def test_hidden_pieces_stay_separate_words(self, tmp_path: Path) -> None:
        """Hidden stretches split by visible text are joined with a space, not glued together."""
        document = read(docfactory.docx_split_stuffing(tmp_path / "split.docx"))
        assert [line.text for line in document.lines if line.hidden] == ["Kubernetes Docker Celery Redis AWS"]
        assert [line.text for line in document.lines if not line.hidden] == ["Also and"]

    def test_hidden_runs(self, tmp_path: Path) -> None:
        """Vanished, white and 1 pt runs become hidden lines; white on dark shading stays visible."""
        document = read(docfactory.docx_hidden_runs(tmp_path / "hidden.docx"))
        assert [line.text for line in document.visible_lines] == [
            "Visible opening line",
            "Visible part",
            "White heading on dark shading",
        ]
        hidden = [line.text for line in document.lines if line.hidden]
        assert hidden == ["white stuffing", "vanished stuffing", "tiny stuffing"]
        assert "hidden_text" in document.warnings

    def test_formatting(self, tmp_path: Path) -> None:
        """Size and bold come from runs, list bullets become '•', a line break splits the line."""
        document = read(docfactory.docx_formats(tmp_path / "fmt.docx"))
        heading, bullet, first, second = document.lines
        assert (heading.text, heading.font_size, heading.bold) == ("Profile Heading", 16.0, True)
        assert bullet.text == "• Bulleted skill"
        assert not bullet.bold
        assert (first.text, second.text) == ("Line one", "Line two")

    def test_images_only_is_no_text(self, tmp_path: Path) -> None:
        """A DOCX holding only a picture raises NoText."""
        with pytest.raises(NoText):
            read(docfactory.docx_images_only(tmp_path / "scan.docx"))

    def test_broken_xml_is_corrupt(self, tmp_path: Path) -> None:
        """A DOCX whose main part is not well-formed XML raises CorruptFile with the cause kept."""
        source = docfactory.docx_interleaved(tmp_path / "ok.docx")
        with pytest.raises(CorruptFile) as raised:
            read(docfactory.docx_broken_xml(source, tmp_path / "bad.docx"))
        assert raised.value.__cause__ is not None

    def test_truncated_is_corrupt(self, tmp_path: Path) -> None:
        """A DOCX cut short (no ZIP directory) raises CorruptFile."""
        source = docfactory.docx_interleaved(tmp_path / "ok.docx")
        with pytest.raises(CorruptFile):
            read(docfactory.truncated(source, tmp_path / "cut.docx", keep=0.7))


class TestSavedDate:
    """The last-saved month from a DOCX's core properties."""

    @pytest.mark.parametrize(("created", "modified", "core", "saved", "source"), [
        ("2017-03-01T09:00:00Z", "2018-06-14T09:30:00Z", True, YearMonth(2018, 6), "modified"),
        ("2017-03-01T09:00:00Z", None, True, YearMonth(2017, 3), "created"),
        ("2017-03-01T09:00:00Z", "last tuesday", True, YearMonth(2017, 3), "created"),
        ("2017-03-01", "2018-06", True, YearMonth(2018, 6), "modified"),
        (None, None, True, None, ""),
        ("garbage", "", True, None, ""),
        ("2017-03-01T09:00:00Z", "2018-06-14T09:30:00Z", False, None, ""),
        # python-docx's template default, in every document it makes without setting them: no resume's date
        ("2013-12-23T23:15:00Z", "2013-12-23T23:15:00Z", True, None, ""),
        ("2013-12-23T23:15:00Z", "2019-05-02T10:00:00Z", True, YearMonth(2019, 5), "modified"),
    ], ids=["modified", "created only", "malformed modified", "short forms", "none", "garbage", "no core part",
            "library default", "saved over a library default"])
    def test_core_properties(self, tmp_path: Path, created: str | None, modified: str | None, core: bool,
                             saved: YearMonth | None, source: str) -> None:
        """read() takes modified, else created; absent or malformed properties (or no part), and a library's
        template default, are no date."""
        path = docfactory.docx_dated(tmp_path / "dated.docx", ["Engineer, Acme | 2015 – Current"],
                                     created=created, modified=modified, core=core)
        document = read(path)
        assert (document.saved, document.saved_source) == (saved, source)
        assert document.lines[0].text == "Engineer, Acme | 2015 – Current"

    def test_text_files_have_no_date(self, tmp_path: Path) -> None:
        """A plain-text file says nothing of when it was saved."""
        path = tmp_path / "cv.txt"
        path.write_text("Engineer, Acme | 2015 – Current\n", encoding="utf-8")
        assert (read(path).saved, read(path).saved_source) == (None, "")
