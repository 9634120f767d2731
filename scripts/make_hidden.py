"""Generate the hidden-text corpus: one resume per way of hiding text, in PDF and DOCX, and clean controls.

Each file is a short fictional resume whose Skills section names Python where anyone can read it,
and one more skill (Kubernetes) that is hidden by one method: white or near-white text, tiny text,
text off the page, text drawn invisible (render mode 3), text covered by an image or a filled shape
drawn after it, and in DOCX hidden runs (``w:vanish``), white and tiny runs. The controls put the same
skill where a reader does see it: white text on a coloured band drawn first, text on a table cell's
shading, a logo beside the text, a small footnote, light-grey text, a translucent highlight, an
underline drawn after the text, a logo whose transparent part lies over text, a photo cut to a
circle beside the text (its uncut box would lie over it). PDFs come from reportlab,
DOCX files from python-docx; beside the files, ``expected.json`` says for each file how its extra skill
is hidden (``hidden_by``, one of :data:`screener.models.HIDDEN_REASONS`), or null for a control.
``tests/test_hidden.py`` screens the folder and checks every file.

Usage::

    python scripts/make_hidden.py --out /tmp/hidden
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.shared import Inches, Pt, RGBColor
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

VISIBLE_SKILL = "Python"
"""Named where anyone can read it, in every file."""
EXTRA_SKILL = "Kubernetes"
"""Named once more in each file: hidden by the file's method, or readable in a control."""
_HEAD = ("Sam Example", "Backend developer", "Skills", f"{VISIBLE_SKILL} and Django")
_TAIL = ("Experience", "Backend Developer, Example Ltd, Jan 2019 - Dec 2022", "Built services")
_EXTRA_LINE = f"Also {EXTRA_SKILL} clusters"
_SIZE = 11
_X = 72
_TOP = A4[1] - 72
_STEP = 16
# Where the extra line goes: after the head, before the tail.
_EXTRA_Y = _TOP - _STEP * len(_HEAD)

Draw = Callable[[canvas.Canvas], None]


def _pdf(path: Path, draw_extra: Draw) -> None:
    """A one-page resume: the head, the extra line as ``draw_extra`` draws it, then the tail."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica", _SIZE)
    for k, line in enumerate(_HEAD):
        pdf.drawString(_X, _TOP - _STEP * k, line)
    pdf.saveState()
    draw_extra(pdf)
    pdf.restoreState()
    pdf.setFont("Helvetica", _SIZE)
    for k, line in enumerate(_TAIL, start=len(_HEAD) + 2):
        pdf.drawString(_X, _TOP - _STEP * k, line)
    pdf.showPage()
    pdf.save()


def _text(pdf: canvas.Canvas, *, grey: float = 0.0, size: float = _SIZE, x: float = _X) -> None:
    pdf.setFillGray(grey)
    pdf.setFont("Helvetica", size)
    pdf.drawString(x, _EXTRA_Y, _EXTRA_LINE)


def _over_extra(pdf: canvas.Canvas, *, rgb: tuple[float, float, float], alpha: float = 1.0) -> None:
    """A filled box over the whole extra line."""
    pdf.setFillColorRGB(*rgb)
    pdf.setFillAlpha(alpha)
    pdf.rect(_X - 4, _EXTRA_Y - 4, 240, _SIZE + 6, fill=1, stroke=0)


def _logo(*, transparent: bool) -> ImageReader:
    """A small red logo; with ``transparent``, a fully transparent one (a PNG with an alpha channel)."""
    image = Image.new("RGBA", (48, 16), (200, 30, 30, 0 if transparent else 255))
    buffer = io.BytesIO()
    (image if transparent else image.convert("RGB")).save(buffer, "PNG")
    return ImageReader(io.BytesIO(buffer.getvalue()))


def _draw_logo(pdf: canvas.Canvas, x: float, width: float, *, transparent: bool = False) -> None:
    """The logo at ``x``, as tall as the extra line and ``width`` wide (240 lies over the whole line)."""
    pdf.drawImage(_logo(transparent=transparent), x, _EXTRA_Y - 4, width, _SIZE + 6,
                  mask="auto" if transparent else None)


def _invisible(pdf: canvas.Canvas) -> None:
    text = pdf.beginText(_X, _EXTRA_Y)
    text.setFont("Helvetica", _SIZE)
    text.setTextRenderMode(3)
    text.textLine(_EXTRA_LINE)
    pdf.drawText(text)


def _band_then_white(pdf: canvas.Canvas) -> None:
    """A dark header band drawn first, white text on it: readable."""
    _over_extra(pdf, rgb=(0.1, 0.2, 0.4))
    _text(pdf, grey=1.0)


def _cell_then_text(pdf: canvas.Canvas) -> None:
    """A light table-cell background drawn first, black text on it."""
    _over_extra(pdf, rgb=(0.9, 0.93, 0.97))
    _text(pdf)


def _in_form(pdf: canvas.Canvas) -> None:
    """Text and a white box over it, both inside a form XObject (as some writers draw every block)."""
    pdf.beginForm("block")
    _text(pdf)
    _over_extra(pdf, rgb=(1, 1, 1))
    pdf.endForm()
    pdf.doForm("block")


def _clipped_photo(pdf: canvas.Canvas) -> None:
    """Text, then a photo cut to a small circle beside it: the photo's whole box would lie over the text."""
    _text(pdf)
    clip = pdf.beginPath()
    clip.circle(_X + 300, _EXTRA_Y + 4, 12)
    pdf.clipPath(clip, stroke=0, fill=0)
    pdf.drawImage(_logo(transparent=False), _X - 4, _EXTRA_Y - 40, 340, 90)


def _underlined(pdf: canvas.Canvas) -> None:
    """Text, then a thin rule under it and one through it (an underline, a strike-through)."""
    _text(pdf)
    pdf.rect(_X, _EXTRA_Y - 2, 200, 0.8, fill=1, stroke=0)
    pdf.rect(_X, _EXTRA_Y + 3.5, 200, 0.8, fill=1, stroke=0)


PDF_FILES: dict[str, tuple[Draw, str | None]] = {
    "pdf_white.pdf": (lambda pdf: _text(pdf, grey=1.0), "white"),
    "pdf_near_white.pdf": (lambda pdf: _text(pdf, grey=0.97), "white"),
    "pdf_tiny.pdf": (lambda pdf: _text(pdf, size=1), "tiny"),
    "pdf_off_page.pdf": (lambda pdf: _text(pdf, x=-2000), "off_page"),
    "pdf_render_mode_3.pdf": (_invisible, "invisible"),
    "pdf_white_box_over.pdf": (lambda pdf: (_text(pdf), _over_extra(pdf, rgb=(1, 1, 1))), "covered"),
    "pdf_dark_box_over.pdf": (lambda pdf: (_text(pdf), _over_extra(pdf, rgb=(0.2, 0.2, 0.2))), "covered"),
    "pdf_image_over.pdf": (lambda pdf: (_text(pdf), _draw_logo(pdf, _X - 4, 240)), "covered"),
    "pdf_box_over_in_form.pdf": (_in_form, "covered"),
    "control_pdf_band_under_white_text.pdf": (_band_then_white, None),
    "control_pdf_cell_under_text.pdf": (_cell_then_text, None),
    "control_pdf_logo_beside.pdf": (lambda pdf: (_text(pdf), _draw_logo(pdf, _X + 260, 48)), None),
    "control_pdf_small_footnote.pdf": (lambda pdf: _text(pdf, size=6), None),
    "control_pdf_light_grey.pdf": (lambda pdf: _text(pdf, grey=0.6), None),
    "control_pdf_translucent_highlight.pdf": (
        lambda pdf: (_text(pdf), _over_extra(pdf, rgb=(1, 0.9, 0), alpha=0.3)), None),
    "control_pdf_underline_after.pdf": (_underlined, None),
    "control_pdf_clipped_photo_beside.pdf": (_clipped_photo, None),
    "control_pdf_transparent_logo_over.pdf": (
        lambda pdf: (_text(pdf), _draw_logo(pdf, _X - 4, 240, transparent=True)), None),
}
"""Each PDF: how it draws the extra line, and how that hides it (None: a reader sees it)."""

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

Style = Callable[[docx.text.paragraph.Paragraph, docx.text.run.Run], None]


def _docx(path: Path, style: Style) -> None:
    """A resume: the head, the extra line styled by ``style``, then the tail."""
    document = docx.Document()
    for line in _HEAD:
        document.add_paragraph(line)
    paragraph = document.add_paragraph()
    style(paragraph, paragraph.add_run(_EXTRA_LINE))
    for line in _TAIL:
        document.add_paragraph(line)
    document.save(str(path))


def _colour(hex_rgb: str) -> Style:
    def style(_: docx.text.paragraph.Paragraph, run: docx.text.run.Run) -> None:
        run.font.color.rgb = RGBColor.from_string(hex_rgb)
    return style


def _size(points: float) -> Style:
    def style(_: docx.text.paragraph.Paragraph, run: docx.text.run.Run) -> None:
        run.font.size = Pt(points)
    return style


def _vanish(_: docx.text.paragraph.Paragraph, run: docx.text.run.Run) -> None:
    run.font.hidden = True


def _white_on_shading(paragraph: docx.text.paragraph.Paragraph, run: docx.text.run.Run) -> None:
    paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:shd {_W} w:val="clear" w:color="auto" w:fill="1F3864"/>'))
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def _logo_beside(paragraph: docx.text.paragraph.Paragraph, _: docx.text.run.Run) -> None:
    image = Image.new("RGB", (48, 16), (200, 30, 30))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    paragraph.add_run().add_picture(io.BytesIO(buffer.getvalue()), width=Inches(0.6))


DOCX_FILES: dict[str, tuple[Style, str | None]] = {
    "docx_vanish.docx": (_vanish, "vanish"),
    "docx_white.docx": (_colour("FFFFFF"), "white"),
    "docx_near_white.docx": (_colour("F7F7F7"), "white"),
    "docx_tiny.docx": (_size(1), "tiny"),
    "control_docx_white_on_shading.docx": (_white_on_shading, None),
    "control_docx_logo_beside.docx": (_logo_beside, None),
    "control_docx_small_footnote.docx": (_size(7), None),
    "control_docx_light_grey.docx": (_colour("999999"), None),
}
"""Each DOCX: how it styles the extra line, and how that hides it (None: a reader sees it)."""


def make_corpus(out: Path) -> dict[str, str | None]:
    """Write every file into ``out`` and return, for each, how its extra skill is hidden (None: it is not)."""
    out.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str | None] = {}
    for name, (draw, hidden_by) in PDF_FILES.items():
        _pdf(out / name, draw)
        expected[name] = hidden_by
    for name, (style, hidden_by) in DOCX_FILES.items():
        _docx(out / name, style)
        expected[name] = hidden_by
    (out.parent / "expected.json").write_text(json.dumps(expected, indent=2) + "\n", encoding="utf-8")
    return expected


def main() -> None:
    from _corpus import corpus_main  # beside this script: on the path when it is run, not when a test imports it

    corpus_main(__doc__.splitlines()[0], make_corpus, "files")


if __name__ == "__main__":
    main()
