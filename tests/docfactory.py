"""Write small, real, fictional PDF, DOCX, ODT and other files for the ingest tests.

Every builder writes one file into a directory the test owns (``tmp_path``)
and returns its path. PDFs come from reportlab and DOCX files from
python-docx and ODT files from odfpy, so the readers meet what real writers produce; where
python-docx has no API (text boxes), the XML Word writes is injected.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor
from odf.dc import Date as OdfDate
from odf.meta import CreationDate
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties
from odf.text import P
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

PAGE_WIDTH, PAGE_HEIGHT = A4
TOP = PAGE_HEIGHT - 72

HEADER = "Alex Example - Backend Developer - alex@example.com - +00 000 000"
LEFT_COLUMN = ("Skills", "Python and Django", "PostgreSQL tuning", "Docker, Kubernetes")
RIGHT_COLUMN = (
    "Experience",
    "Acme Corp, backend developer",
    "Built billing services in Go",
    "Ran the on-call rota",
    "Education",
    "BSc Computer Science",
)


def _canvas(path: Path, **kwargs: object) -> canvas.Canvas:
    """A reportlab canvas on A4 that writes plain (uncompressed) streams for inspection."""
    return canvas.Canvas(str(path), pagesize=A4, pageCompression=0, **kwargs)


def pdf_lines(
    path: Path,
    pages: Sequence[Sequence[str]],
    *,
    font: str = "Helvetica",
    size: float = 11,
    bold_first: bool = False,
) -> Path:
    """A one-column PDF: each page's lines top to bottom (the first in bold if asked)."""
    pdf = _canvas(path)
    for lines in pages:
        y = TOP
        for k, line in enumerate(lines):
            pdf.setFont("Helvetica-Bold" if bold_first and k == 0 else font, size)
            pdf.drawString(72, y, line)
            y -= size * 1.4
        pdf.showPage()
    pdf.save()
    return path


def pdf_two_columns(path: Path) -> Path:
    """A two-column PDF under a full-width header, like a resume with a sidebar.

    The columns use different sizes and leading, as real sidebars do, so no
    line of one shares a baseline with a line of the other.
    """
    pdf = _canvas(path)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(72, TOP, HEADER)
    pdf.setFont("Helvetica", 9)
    y = TOP - 40
    for line in LEFT_COLUMN:
        pdf.drawString(60, y, line)
        y -= 13
    pdf.setFont("Helvetica", 11)
    y = TOP - 44
    for line in RIGHT_COLUMN:
        pdf.drawString(260, y, line)
        y -= 17
    pdf.showPage()
    pdf.save()
    return path


def pdf_sidebar_profile(path: Path) -> Path:
    """A profile PDF laid out as LinkedIn's export is: a left sidebar (Contact, Top Skills, Languages) read
    before the main column, which opens with the name in the largest type and the headline under it."""
    pdf = _canvas(path)
    y = TOP
    for text, size in (("Contact", 13), ("robin@example.com", 10), ("Top Skills", 13), ("Django", 10),
                       ("PostgreSQL", 10), ("Languages", 13), ("English (Native or Bilingual)", 10)):
        pdf.setFont("Helvetica-Bold" if size > 10 else "Helvetica", size)
        pdf.drawString(40, y, text)
        y -= 20
    y = TOP
    for text, size in (("Robin Sample", 24), ("Senior Backend Engineer at Example Payments", 12),
                       ("Summary", 15), ("Backend engineer building payment systems in Python.", 10),
                       ("Experience", 15), ("Example Payments", 12), ("Senior Backend Engineer", 11),
                       ("March 2021 - Present (3 years 10 months)", 10),
                       ("Built settlement services in Python and Django on PostgreSQL.", 10)):
        pdf.setFont("Helvetica-Bold" if size > 11 else "Helvetica", size)
        pdf.drawString(230, y, text)
        y -= size * 1.6
    pdf.showPage()
    pdf.save()
    return path


def pdf_hidden_text(path: Path) -> Path:
    """A PDF with visible lines and four kinds of hidden text.

    White text on the white page, 1 pt text, invisible text (render mode 3)
    and text placed off the page; plus white text on a dark band, which a
    reader does see.
    """
    pdf = _canvas(path)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, TOP, "Visible summary line")
    pdf.setFillColorRGB(1, 1, 1)
    pdf.drawString(72, TOP - 20, "white keyword stuffing")
    pdf.setFillColorRGB(0, 0, 0)
    pdf.setFont("Helvetica", 1)
    pdf.drawString(72, TOP - 40, "tiny keyword stuffing")
    # The render mode is graphics state and outlives the text object: scope it.
    pdf.saveState()
    text = pdf.beginText(72, TOP - 60)
    text.setFont("Helvetica", 11)
    text.setTextRenderMode(3)
    text.textLine("invisible keyword stuffing")
    pdf.drawText(text)
    pdf.restoreState()
    pdf.setFont("Helvetica", 11)
    pdf.drawString(-2000, TOP - 80, "offpage keyword stuffing")
    pdf.setFillColorRGB(0.1, 0.2, 0.4)
    pdf.rect(60, TOP - 130, 300, 30, fill=1, stroke=0)
    pdf.setFillColorRGB(1, 1, 1)
    pdf.drawString(72, TOP - 120, "White heading on a dark band")
    pdf.setFillColorRGB(0, 0, 0)
    pdf.drawString(72, TOP - 160, "Visible closing line")
    pdf.showPage()
    pdf.save()
    return path


def pdf_glyph_per_object(path: Path, lines: Sequence[str], *, size: float = 11, in_form: bool = False) -> Path:
    """A PDF that draws every glyph, spaces included, as a text object of its own, as web-page printers do.

    Words are set tight, as justified text is: the next word starts a
    fifth of a space after the space glyph, so only the glyph says "space".
    ``in_form``: drawn inside a form XObject, which the page draws moved and scaled by 1.2.
    """
    pdf = _canvas(path)
    if in_form:
        pdf.beginForm("glyphs")
    for k, line in enumerate(lines):
        x = 72.0
        for char in line:
            pdf.setFont("Helvetica", size)
            pdf.drawString(x, TOP - k * size * 1.4, char)
            x += pdf.stringWidth(char, "Helvetica", size) * (0.2 if char == " " else 1)
    if in_form:
        pdf.endForm()
        pdf.saveState()
        pdf.translate(-30, -150)
        pdf.scale(1.2, 1.2)
        pdf.doForm("glyphs")
        pdf.restoreState()
    pdf.showPage()
    pdf.save()
    return path


def pdf_words_apart(path: Path, lines: Sequence[str], *, size: float = 11) -> Path:
    """A PDF that writes no space glyphs: each word is placed by itself, a space's width after the last."""
    pdf = _canvas(path)
    space = pdf.stringWidth(" ", "Times-Roman", size)
    for k, line in enumerate(lines):
        x = 72.0
        for word in line.split():
            pdf.setFont("Times-Roman", size)
            pdf.drawString(x, TOP - k * size * 1.4, word)
            x += pdf.stringWidth(word, "Times-Roman", size) + space
    pdf.showPage()
    pdf.save()
    return path


def pdf_form_xobject(path: Path) -> Path:
    """A PDF with text drawn inside a form XObject, scaled by half again, between two page lines.

    The form holds a white line too: white on the white page, so hidden.
    """
    pdf = _canvas(path)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, TOP, "Page text before the form")
    pdf.beginForm("sidebar")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(0, 0, "Inside a form object")
    pdf.drawString(0, -14, "Second form line")
    pdf.setFillColorRGB(1, 1, 1)
    pdf.drawString(0, -28, "white form stuffing")
    pdf.endForm()
    pdf.saveState()
    pdf.translate(72, TOP - 40)
    pdf.scale(1.5, 1.5)
    pdf.doForm("sidebar")
    pdf.restoreState()
    pdf.drawString(72, TOP - 140, "Page text after the form")
    pdf.showPage()
    pdf.save()
    return path


def without_page_tree(source: Path, path: Path) -> Path:
    """A copy of a reportlab PDF whose catalog has lost its /Pages entry (same length, so offsets hold).

    PDFium refuses such a file; pdfminer still finds its pages by their /Type.
    """
    data = source.read_bytes()
    broken = re.sub(rb"/Pages (\d+ 0 R /Type /Catalog)", rb"/Pagez \1", data, count=1)
    assert broken != data, "the catalog is not where reportlab writes it"
    path.write_bytes(broken)
    return path


def pdf_image_only(path: Path) -> Path:
    """A PDF whose only page holds a picture and shapes, no text (a scan)."""
    pdf = _canvas(path)
    pdf.rect(72, 400, 300, 200, fill=1)
    pdf.drawInlineImage(Image.new("RGB", (40, 40), (200, 200, 200)), 72, 100, 200, 200)
    pdf.showPage()
    pdf.save()
    return path


def pdf_encrypted(path: Path, *, user_password: str, owner_password: str) -> Path:
    """A PDF encrypted by reportlab; an empty user password means owner-only protection."""
    encrypt = StandardEncryption(user_password, ownerPassword=owner_password, canCopy=0)
    pdf = _canvas(path, encrypt=encrypt)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, TOP, "Protected resume text")
    pdf.showPage()
    pdf.save()
    return path


def pdf_dated(path: Path, lines: Sequence[str], *, created: str | None, modified: str | None) -> Path:
    """A one-page PDF whose information dictionary has CreationDate ``created`` and ModDate ``modified``.

    reportlab writes one date to both keys; each value is then rewritten in
    place, padded with spaces to the same length so that the cross-reference
    offsets stay right, and a key given None is renamed so that it is absent.
    """
    pdf = _canvas(path, invariant=1)
    pdf.setFont("Helvetica", 11)
    for k, line in enumerate(lines):
        pdf.drawString(72, TOP - k * 15, line)
    pdf.showPage()
    pdf.save()
    data = path.read_bytes()
    for key, absent, value in ((b"CreationDate", b"NoCreateDate", created), (b"ModDate", b"NoDate_", modified)):
        data = _rewrite_info(data, key, absent, value)
    path.write_bytes(data)
    return path


def _rewrite_info(data: bytes, key: bytes, absent: bytes, value: str | None) -> bytes:
    """``data`` with the information entry ``key`` set to ``value`` (same length), or renamed to ``absent``."""
    match = re.search(rb"/" + key + rb" \(([^)]*)\)", data)
    assert match is not None, key
    old = match.group(1)
    if value is None:
        new = b"/" + absent + b" (" + old + b")"
    else:
        assert len(value) <= len(old), f"a date longer than {len(old)} bytes would move the xref offsets"
        new = b"/" + key + b" (" + value.encode("latin-1").ljust(len(old)) + b")"
    return data[: match.start()] + new + data[match.end():]


def truncated(source: Path, path: Path, *, keep: float = 0.5) -> Path:
    """A copy of ``source`` cut to its first ``keep`` share of bytes."""
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def prefixed(source: Path, path: Path, junk: bytes) -> Path:
    """A copy of ``source`` with ``junk`` before its first byte."""
    path.write_bytes(junk + source.read_bytes())
    return path


# --------------------------------------------------------------------------- docx


def docx_interleaved(path: Path) -> Path:
    """A DOCX whose body alternates paragraphs and tables, one table nested in a cell."""
    document = docx.Document()
    document.add_paragraph("Paragraph before the table")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"Cell {r}{c}"
    inner = table.cell(1, 1).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "Nested cell"
    document.add_paragraph("Paragraph after the table")
    document.save(str(path))
    return path


def docx_header_footer(path: Path) -> Path:
    """A DOCX with a header and footer, and a second section that repeats them."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Header contact line"
    section.footer.paragraphs[0].text = "Footer page note"
    document.add_paragraph("First section body")
    document.add_section(WD_SECTION.NEW_PAGE)
    document.add_paragraph("Second section body")
    # A section's own header/footer parts with the same text, as Word writes
    # when each section is "unlinked" but left unchanged.
    second = document.sections[1]
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "Header contact line"
    second.footer.is_linked_to_previous = False
    second.footer.paragraphs[0].text = "Footer page note"
    document.save(str(path))
    return path


_TEXTBOX_RUN = """
<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
     xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
     xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
     xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
     xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
     xmlns:v="urn:schemas-microsoft-com:vml">
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:drawing>
        <wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1"
                   behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
          <wp:simplePos x="0" y="0"/>
          <wp:positionH relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionH>
          <wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV>
          <wp:extent cx="1828800" cy="914400"/>
          <wp:wrapNone/>
          <wp:docPr id="1" name="Text Box 1"/>
          <a:graphic>
            <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
              <wps:wsp>
                <wps:spPr><a:prstGeom prst="rect"/></wps:spPr>
                <wps:txbx>
                  <w:txbxContent>
                    <w:p><w:r><w:t>Sidebar skill Kotlin</w:t></w:r></w:p>
                    <w:p><w:r><w:t>Sidebar skill Swift</w:t></w:r></w:p>
                  </w:txbxContent>
                </wps:txbx>
                <wps:bodyPr/>
              </wps:wsp>
            </a:graphicData>
          </a:graphic>
        </wp:anchor>
      </w:drawing>
    </mc:Choice>
    <mc:Fallback>
      <w:pict>
        <v:shape style="width:144pt;height:72pt">
          <v:textbox>
            <w:txbxContent>
              <w:p><w:r><w:t>Sidebar skill Kotlin</w:t></w:r></w:p>
              <w:p><w:r><w:t>Sidebar skill Swift</w:t></w:r></w:p>
            </w:txbxContent>
          </v:textbox>
        </v:shape>
      </w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>
"""


def docx_textbox(path: Path) -> Path:
    """A DOCX with a text box as Word writes it: a DrawingML choice and a VML fallback."""
    document = docx.Document()
    document.add_paragraph("Body before the box")
    anchor = document.add_paragraph("Anchor paragraph")
    anchor._p.append(parse_xml(_TEXTBOX_RUN))
    document.add_paragraph("Body after the box")
    document.save(str(path))
    return path


def docx_hidden_runs(path: Path) -> Path:
    """A DOCX with hidden (vanish), white and 1 pt runs, alone and mixed with visible text."""
    document = docx.Document()
    document.add_paragraph("Visible opening line")
    mixed = document.add_paragraph("Visible part ")
    white = mixed.add_run("white stuffing")
    white.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    document.add_paragraph().add_run("vanished stuffing").font.hidden = True
    document.add_paragraph().add_run("tiny stuffing").font.size = Pt(1)
    shaded = document.add_paragraph()
    shaded._p.get_or_add_pPr().append(
        parse_xml(
            '<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            ' w:val="clear" w:color="auto" w:fill="1F3864"/>'
        )
    )
    shaded.add_run("White heading on dark shading").font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    document.save(str(path))
    return path


def docx_split_stuffing(path: Path) -> Path:
    """A DOCX line whose hidden stuffing is split by visible text: "Also [hidden] and [white]"."""
    document = docx.Document()
    line = document.add_paragraph("Also ")
    line.add_run("Kubernetes Docker Celery").font.hidden = True
    line.add_run(" and ")
    line.add_run("Redis AWS").font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    document.save(str(path))
    return path


def docx_formats(path: Path) -> Path:
    """A DOCX with a bold 16 pt heading, a bulleted list item and a soft line break."""
    document = docx.Document()
    heading = document.add_paragraph().add_run("Profile Heading")
    heading.bold = True
    heading.font.size = Pt(16)
    document.add_paragraph("Bulleted skill", style="List Bullet")
    broken = document.add_paragraph("Line one")
    broken.add_run().add_break()
    broken.add_run("Line two")
    document.save(str(path))
    return path


def docx_images_only(path: Path) -> Path:
    """A DOCX whose body holds only a picture (a pasted scan)."""
    image = io.BytesIO()
    Image.new("RGB", (20, 20), (0, 0, 0)).save(image, format="PNG")
    image.seek(0)
    document = docx.Document()
    document.add_picture(image)
    document.save(str(path))
    return path


def docx_broken_xml(source: Path, path: Path) -> Path:
    """A copy of a DOCX whose main part is not well-formed XML."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            new.writestr(copy.copy(item), data)
    return path


_CORE_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Sam Example</dc:creator>{}'
    "</cp:coreProperties>"
)


def docx_dated(
    path: Path, lines: Sequence[str], *, created: str | None, modified: str | None, core: bool = True
) -> Path:
    """A DOCX whose core properties hold ``created`` and ``modified`` as written (W3CDTF text).

    A value of None leaves the property out; ``core=False`` leaves the whole
    core-properties part (and its relationship) out, as some writers do.
    """
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    stamps = "".join(
        f'<dcterms:{name} xsi:type="dcterms:W3CDTF">{value}</dcterms:{name}>'
        for name, value in (("created", created), ("modified", modified)) if value is not None
    )
    with zipfile.ZipFile(buffer) as old, zipfile.ZipFile(path, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "docProps/core.xml":
                if not core:
                    continue
                data = _CORE_XML.format(stamps).encode("utf-8")
            elif item.filename == "_rels/.rels" and not core:
                data = re.sub(rb"<Relationship [^>]*core-properties[^>]*/>", b"", data)
            new.writestr(copy.copy(item), data)
    return path


# --------------------------------------------------------------------------- odt


def odt_style(name: str, family: str, *, parent: str | None = None, **text: str) -> Style:
    """An odfpy style of ``family`` whose text properties are ``text`` (``fontweight="bold"``...)."""
    style = Style(name=name, family=family, **({"parentstylename": parent} if parent else {}))
    if text:
        style.addElement(TextProperties(**text))
    return style


def odt_paragraph(text: str, *, style: Style | str | None = None) -> P:
    """A ``text:p`` holding ``text``, in ``style`` when given."""
    return P(text=text, **({"stylename": style} if style is not None else {}))


def odt_save(document: OpenDocumentText, path: Path) -> Path:
    """Write an odfpy document to ``path`` (odfpy adds the suffix it likes; we keep ours)."""
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def odt_resume(path: Path, lines: Sequence[str], *, date: str | None = None, created: str | None = None) -> Path:
    """An ODT whose body is one paragraph per line, with ``dc:date`` and ``meta:creation-date`` when given."""
    document = OpenDocumentText()
    for line in lines:
        document.text.addElement(odt_paragraph(line))
    if date is not None:
        document.meta.addElement(OdfDate(text=date))
    if created is not None:
        document.meta.addElement(CreationDate(text=created))
    return odt_save(document, path)


def docx_resume(path: Path, lines: Sequence[str]) -> Path:
    """A DOCX whose body is one paragraph per line (the DOCX twin of :func:`odt_resume`)."""
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def odt_with_part(source: Path, path: Path, name: str, rewrite: Callable[[bytes], bytes]) -> Path:
    """A copy of an ODT whose part ``name`` is ``rewrite(part)``; the mimetype stays first and stored."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            new.writestr(copy.copy(item), rewrite(data) if item.filename == name else data)
    return path


# --------------------------------------------------------------------------- others


def zip_archive(path: Path, members: dict[str, bytes]) -> Path:
    """A ZIP holding ``members`` (an xlsx-like archive when given ``xl/`` parts)."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def png(path: Path) -> Path:
    """A small PNG image."""
    Image.new("RGB", (32, 32), (10, 120, 200)).save(path, format="PNG")
    return path


OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def ole2(path: Path, *, encrypted: bool) -> Path:
    """Bytes shaped like an OLE2 compound file: a legacy .doc, or an encrypted DOCX."""
    stream = "EncryptedPackage" if encrypted else "WordDocument"
    path.write_bytes(OLE2_MAGIC + bytes(504) + stream.encode("utf-16-le") + bytes(512))
    return path
