"""Tests for screener.ingest.odt: an OpenDocument text resume is read like a DOCX.

Every file is a genuine ODT written by odfpy (fictional text only); hostile variants rewrite one
part of such a file, as an attacker would.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from odf.draw import Frame, TextBox
from odf.opendocument import OpenDocumentText
from odf.style import (
    Footer,
    GraphicProperties,
    Header,
    ListLevelProperties,
    MasterPage,
    PageLayout,
    ParagraphProperties,
    Style,
    TableCellProperties,
)
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import (
    H,
    LineBreak,
    List,
    ListItem,
    ListLevelStyleBullet,
    ListLevelStyleNumber,
    ListStyle,
    P,
    S,
    Section,
    Span,
    Tab,
)

import docfactory
from docfactory import odt_paragraph, odt_resume, odt_save, odt_style, odt_with_part
from screener import screen
from screener.batch import find_inputs
from screener.errors import CorruptFile, IngestError, ReasonCode
from screener.ingest import read
from screener.models import YearMonth

PROFILE = {"must_have": ["Python"], "nice_to_have": ["Django", "PostgreSQL"]}
RESUME = (
    "Alex Example",
    "Skills",
    "Python, Django, PostgreSQL, Docker",
    "Experience",
    "Backend Developer, Example Ltd, Jan 2019 - Dec 2022",
    "Built billing services in Python and Django.",
    "Junior Developer, Sample Corp, Mar 2016 - Dec 2018",
    "Maintained PostgreSQL reports.",
)


# --------------------------------------------------------------------------- builders


def _headings_and_paragraphs(document: OpenDocumentText) -> None:
    document.text.addElement(H(outlinelevel=1, text="Alex Example"))
    document.text.addElement(odt_paragraph("Backend developer"))
    document.text.addElement(H(outlinelevel=2, text="Experience"))
    document.text.addElement(odt_paragraph("Example Ltd"))


def _spans_and_spaces(document: OpenDocumentText) -> None:
    paragraph = odt_paragraph("Skills:")
    paragraph.addElement(S())
    paragraph.addElement(Span(text="Python"))
    paragraph.addElement(S(c=3))
    paragraph.addText("Django ")
    paragraph.addElement(Span(text="Post"))
    paragraph.addElement(Span(text="greSQL"))
    document.text.addElement(paragraph)


def _tabs_and_breaks(document: OpenDocumentText) -> None:
    paragraph = odt_paragraph("Python")
    paragraph.addElement(Tab())
    paragraph.addText("2019")
    paragraph.addElement(LineBreak())
    paragraph.addText("Django")
    document.text.addElement(paragraph)


def _lists(document: OpenDocumentText) -> None:
    bullets = ListStyle(name="Bullets")
    for level in (1, 2):
        bullet = ListLevelStyleBullet(level=level, bulletchar="•")
        bullet.addElement(ListLevelProperties())
        bullets.addElement(bullet)
    numbers = ListStyle(name="Numbers")
    numbers.addElement(ListLevelStyleNumber(level=1, numformat="1"))
    document.automaticstyles.addElement(bullets)
    document.automaticstyles.addElement(numbers)
    items = List(stylename=bullets)
    for text in ("Python", "Django"):
        item = ListItem()
        item.addElement(odt_paragraph(text))
        items.addElement(item)
    nested, inner = List(), ListItem()
    inner.addElement(odt_paragraph("Flask"))
    nested.addElement(inner)
    item.addElement(nested)
    document.text.addElement(items)
    steps, step = List(stylename=numbers), ListItem()
    step.addElement(odt_paragraph("Step one"))
    steps.addElement(step)
    document.text.addElement(steps)


def _table(document: OpenDocumentText) -> None:
    document.text.addElement(odt_paragraph("Before the table"))
    table = Table(name="Skills")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for r in range(2):
        row = TableRow()
        for c in range(2):
            cell = TableCell()
            cell.addElement(odt_paragraph(f"Cell {r}{c}"))
            row.addElement(cell)
        table.addElement(row)
    document.text.addElement(table)
    document.text.addElement(odt_paragraph("After the table"))


def _formats(document: OpenDocumentText) -> None:
    document.styles.addElement(odt_style("Strong", "paragraph", fontweight="bold", fontsize="14pt"))
    document.styles.addElement(odt_style("Child", "paragraph", parent="Strong"))
    big = odt_style("Big", "paragraph", fontsize="16pt", fontweight="700")
    small = odt_style("Light", "text", fontweight="normal", fontsize="50%")
    document.automaticstyles.addElement(big)
    document.automaticstyles.addElement(small)
    document.text.addElement(odt_paragraph("Profile Heading", style=big))
    document.text.addElement(odt_paragraph("Inherited Heading", style="Child"))
    plain = odt_paragraph("", style=big)
    plain.addElement(Span(stylename=small, text="Quiet words"))
    document.text.addElement(plain)


def _hidden(document: OpenDocumentText) -> None:
    styles = [
        odt_style("Gone", "text", display="none"),
        odt_style("White", "text", color="#ffffff"),
        odt_style("Tiny", "text", fontsize="1pt"),
    ]
    dark = odt_style("Dark", "paragraph", color="#ffffff")
    dark.addElement(ParagraphProperties(backgroundcolor="#1f3864"))
    for style in (*styles, dark):
        document.automaticstyles.addElement(style)
    for style, skill in zip(styles, ("Kubernetes", "Terraform", "Kafka"), strict=True):
        paragraph = odt_paragraph("Visible line ")
        paragraph.addElement(Span(stylename=style, text=skill))
        document.text.addElement(paragraph)
    section = Section(name="Secret", display="none")
    section.addElement(odt_paragraph("Hidden section Rust"))
    document.text.addElement(section)
    document.text.addElement(odt_paragraph("White on a dark band", style=dark))


def _white_words(document: OpenDocumentText, text: str) -> P:
    """A paragraph whose only span is white text (the document gains the span's style)."""
    white = odt_style("WhiteText", "text", color="#ffffff")
    document.automaticstyles.addElement(white)
    paragraph = odt_paragraph("")
    paragraph.addElement(Span(stylename=white, text=text))
    return paragraph


def _frames(document: OpenDocumentText) -> None:
    shaded = odt_style("Box", "graphic")
    shaded.addElement(GraphicProperties(backgroundcolor="#1f3864"))
    document.automaticstyles.addElement(shaded)
    paragraph = odt_paragraph("Anchor paragraph")
    frame = Frame(stylename=shaded, anchortype="paragraph", width="5cm", height="2cm")
    box = TextBox()
    box.addElement(_white_words(document, "Boxed skill"))
    frame.addElement(box)
    paragraph.addElement(frame)
    document.text.addElement(paragraph)
    document.text.addElement(odt_paragraph("After the frame"))


def _margins(document: OpenDocumentText) -> None:
    layout = PageLayout(name="Layout")
    document.automaticstyles.addElement(layout)
    # Standard and Second are used (Second through a paragraph style); Envelope is not.
    for name, note in (("Standard", "page note"), ("Second", "page note"), ("Envelope", "unused page")):
        page = MasterPage(name=name, pagelayoutname=layout)
        header, footer = Header(), Footer()
        header.addElement(odt_paragraph("Header contact line"))
        footer.addElement(odt_paragraph(f"Footer {note}"))
        page.addElement(header)
        page.addElement(footer)
        document.masterstyles.addElement(page)
    second = Style(name="NewPage", family="paragraph", masterpagename="Second")
    document.automaticstyles.addElement(second)
    document.text.addElement(odt_paragraph("Body text"))
    document.text.addElement(odt_paragraph("Second page", style=second))


def _shaded_cell(document: OpenDocumentText) -> None:
    cell_style = odt_style("Band", "table-cell")
    cell_style.addElement(TableCellProperties(backgroundcolor="#000000"))
    document.automaticstyles.addElement(cell_style)
    table, row, cell = Table(name="T"), TableRow(), TableCell(stylename=cell_style)
    table.addElement(TableColumn())
    cell.addElement(_white_words(document, "Skills on a black band"))
    row.addElement(cell)
    table.addElement(row)
    document.text.addElement(table)


# (what the file shows, how it is built, the lines expected: text, source, bold, size, hidden_by)
_Expected = tuple[str, str, bool, float | None, str]
CASES: list[tuple[str, Callable[[OpenDocumentText], None], list[_Expected]]] = [
    ("headings and paragraphs keep their order", _headings_and_paragraphs, [
        ("Alex Example", "body", False, None, ""), ("Backend developer", "body", False, None, ""),
        ("Experience", "body", False, None, ""), ("Example Ltd", "body", False, None, "")]),
    ("text:s stands for spaces; spans without one join", _spans_and_spaces, [
        ("Skills: Python Django PostgreSQL", "body", False, None, "")]),
    ("a tab separates words; a line break starts a line", _tabs_and_breaks, [
        ("Python 2019", "body", False, None, ""), ("Django", "body", False, None, "")]),
    ("bulleted items get the bullet, nested ones too; numbered ones do not", _lists, [
        ("• Python", "body", False, None, ""), ("• Django", "body", False, None, ""),
        ("• Flask", "body", False, None, ""), ("Step one", "body", False, None, "")]),
    ("a table reads row by row between its paragraphs", _table, [
        ("Before the table", "body", False, None, ""), ("Cell 00", "table", False, None, ""),
        ("Cell 01", "table", False, None, ""), ("Cell 10", "table", False, None, ""),
        ("Cell 11", "table", False, None, ""), ("After the table", "body", False, None, "")]),
    ("bold and size come from automatic, named and parent styles", _formats, [
        ("Profile Heading", "body", True, 16.0, ""), ("Inherited Heading", "body", True, 14.0, ""),
        ("Quiet words", "body", False, 8.0, "")]),
    ("hidden, white and tiny text is flagged; white on a dark band shows", _hidden, [
        ("Visible line", "body", False, None, ""), ("Kubernetes", "body", False, None, "vanish"),
        ("Visible line", "body", False, None, ""), ("Terraform", "body", False, None, "white"),
        ("Visible line", "body", False, None, ""), ("Kafka", "body", False, 1.0, "tiny"),
        ("Hidden section Rust", "body", False, None, "vanish"),
        ("White on a dark band", "body", False, None, "")]),
    ("a frame's text box follows its paragraph; white on the box's colour shows", _frames, [
        ("Anchor paragraph", "body", False, None, ""), ("Boxed skill", "textbox", False, None, ""),
        ("After the frame", "body", False, None, "")]),
    ("headers come first and footers last, each distinct one once, of the pages used", _margins, [
        ("Header contact line", "header", False, None, ""), ("Body text", "body", False, None, ""),
        ("Second page", "body", False, None, ""), ("Footer page note", "footer", False, None, "")]),
    ("white text in a shaded table cell shows", _shaded_cell, [
        ("Skills on a black band", "table", False, None, "")]),
]


class TestContent:
    """An ODT's text is read in reading order with the looks the DOCX reader gives."""

    @pytest.mark.parametrize(("build", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
    def test_lines(self, tmp_path: Path, build: Callable[[OpenDocumentText], None],
                   expected: list[_Expected]) -> None:
        """The file's lines are exactly the expected ones, in order, with source, bold, size and hiding."""
        document = OpenDocumentText()
        build(document)
        found = read(odt_save(document, tmp_path / "cv.odt"))
        assert found.format == "odt"
        assert [(x.text, x.source, x.bold, x.font_size, x.hidden_by) for x in found.lines] == expected

    def test_hidden_text_is_not_credited(self, tmp_path: Path) -> None:
        """Skills only in hidden ODT text earn nothing and the candidate is flagged hidden_text."""
        document = OpenDocumentText()
        _hidden(document)
        document.text.addElement(odt_paragraph("Python developer"))
        [candidate] = screen([odt_save(document, tmp_path / "cv.odt")], PROFILE).candidates
        skills = {s.skill_id for s in candidate.skills}
        assert "python" in skills
        assert not skills & {"kubernetes", "terraform", "kafka", "rust"}
        assert "hidden_text" in candidate.flags


SAVED_CASES = [
    ("dc:date wins", "2021-06-14T09:30:00.123456789", "2019-01-02T10:00:00", YearMonth(2021, 6), "modified"),
    ("creation date when no dc:date", None, "2019-01-02T10:00:00Z", YearMonth(2019, 1), "created"),
    ("a malformed dc:date falls back", "June 2021", "2018-11-30T23:59:59", YearMonth(2018, 11), "created"),
    ("no date at all", None, None, None, ""),
]


@pytest.mark.parametrize(("date", "created", "saved", "source"), [c[1:] for c in SAVED_CASES],
                         ids=[c[0] for c in SAVED_CASES])
def test_saved_date(tmp_path: Path, date: str | None, created: str | None, saved: YearMonth | None,
                    source: str) -> None:
    """The saved month comes from meta.xml as a DOCX's comes from its core properties."""
    found = read(odt_resume(tmp_path / "cv.odt", RESUME, date=date, created=created))
    assert (found.saved, found.saved_source) == (saved, source)


def test_misnamed_as_docx(tmp_path: Path) -> None:
    """An ODT named .docx is read as an ODT: the bytes decide, not the name."""
    found = read(odt_resume(tmp_path / "cv.docx", RESUME))
    assert found.format == "odt"
    assert found.visible_lines[0].text == "Alex Example"


def test_screened_in_a_folder_like_the_docx(tmp_path: Path) -> None:
    """An ODT in a folder is screened, and finds the skills and positions its DOCX twin finds."""
    folder = tmp_path / "pool"
    folder.mkdir()
    odt = odt_resume(folder / "alex.odt", RESUME, date="2023-02-01T00:00:00")
    twin = docfactory.docx_resume(tmp_path / "alex.docx", RESUME)
    inputs = find_inputs([folder])
    assert inputs.files == (str(odt),)
    result = screen([*inputs.files, twin], PROFILE)
    got, expected = sorted(result.candidates, key=lambda c: c.format != "odt")
    assert (got.format, expected.format) == ("odt", "docx")
    assert {s.skill_id for s in got.skills} == {s.skill_id for s in expected.skills} >= {"python", "django"}
    assert [(p.title, p.employer, p.start, p.end) for p in got.positions] == [
        (p.title, p.employer, p.start, p.end) for p in expected.positions]
    assert len(got.positions) == 2


def _bomb(content: bytes) -> bytes:
    return content + b" " * (16 << 20)


_LAUGHS = b'<!ENTITY lol0 "lol">' + b"".join(
    b'<!ENTITY lol%d "%s">' % (k, b"&lol%d;" % (k - 1) * 10) for k in range(1, 10))


def _entity_expansion(content: bytes) -> bytes:
    root = content[content.index(b"<office:document-content"):]
    return (b'<?xml version="1.0"?>\n<!DOCTYPE office:document-content [' + _LAUGHS + b"]>\n"
            + root.replace(b"Alex Example", b"Alex &lol9;"))


HOSTILE_CASES = [
    ("a zip bomb is refused before it inflates", "content.xml", _bomb, ReasonCode.ZIP_BOMB),
    ("a billion laughs is refused as corrupt", "content.xml", _entity_expansion, ReasonCode.CORRUPT),
    ("content.xml cut in half is corrupt", "content.xml", lambda data: data[: len(data) // 2], ReasonCode.CORRUPT),
    ("styles.xml that is not XML is corrupt", "styles.xml", lambda _: b"<office:document-styles", ReasonCode.CORRUPT),
]


@pytest.mark.parametrize(("part", "rewrite", "code"), [c[1:] for c in HOSTILE_CASES],
                         ids=[c[0] for c in HOSTILE_CASES])
def test_hostile_parts(tmp_path: Path, part: str, rewrite: Callable[[bytes], bytes], code: ReasonCode) -> None:
    """A hostile or damaged ODT is refused with the DOCX reader's reason code."""
    source = odt_resume(tmp_path / "good.odt", RESUME)
    with pytest.raises(IngestError) as caught:
        read(odt_with_part(source, tmp_path / "bad.odt", part, rewrite))
    assert caught.value.code == code


def test_external_entity_is_never_read(tmp_path: Path) -> None:
    """An external entity in content.xml is left unresolved: the outside file's text never appears."""
    secret = tmp_path / "secret.txt"
    secret.write_text("OUTSIDE-SECRET-0451", encoding="utf-8")

    def xxe(content: bytes) -> bytes:
        root = content[content.index(b"<office:document-content"):]
        return (b'<?xml version="1.0"?>\n<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM "'
                + secret.as_uri().encode() + b'">]>\n' + root.replace(b"Alex Example", b"Alex Example &xxe; Python"))

    found = read(odt_with_part(odt_resume(tmp_path / "good.odt", RESUME), tmp_path / "xxe.odt", "content.xml", xxe))
    assert found.lines[0].text == "Alex Example Python"
    assert all("OUTSIDE-SECRET" not in line.text for line in found.lines)


def test_truncated_file_is_corrupt(tmp_path: Path) -> None:
    """An ODT cut short (its zip directory lost) is still told an ODT, and reported corrupt."""
    source = odt_resume(tmp_path / "good.odt", RESUME)
    found = docfactory.truncated(source, tmp_path / "cut.odt", keep=0.6)
    with pytest.raises(CorruptFile):
        read(found)


def test_an_odt_in_a_zip_export_is_screened(tmp_path: Path) -> None:
    """An ODT inside an applicant-tracking export is a resume to read, not a nested archive to refuse."""
    odt = odt_resume(tmp_path / "alex.odt", RESUME)
    export = docfactory.zip_archive(tmp_path / "export.zip", {"2024/alex.odt": odt.read_bytes()})
    result = screen([export], PROFILE)
    assert not result.failures
    [candidate] = result.candidates
    assert (candidate.path, candidate.format) == (f"{export}!2024/alex.odt", "odt")
