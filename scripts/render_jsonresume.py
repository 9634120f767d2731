"""Render JSON Resume files to PDF and DOCX, with the truth the experience benchmark needs.

devdata's ``jsonresume/`` folder holds real JSON Resume files whose work entries
carry exact ISO dates. This script prints each one as a resume a person might
send, once as a PDF (reportlab) and once as a DOCX (python-docx), and writes
beside each document a truth JSON: the dated positions as the document shows
them, the month the document was saved, its layout and its date style.

Each JSON Resume is printed in two sets: the classic set (five layouts, ten date
styles, as first measured) and the everyday set (eight layouts, thirteen more date
styles: "Since Mar 2019", "2019 – Today", "1/2019 to current", "2019.03",
"March of 2019", upper case with em dashes, "until", "through", and German, French,
Spanish, Italian and Portuguese month names). Each document's layout and date style
come from a hash of its file name (``owner__repo.pdf``, ``owner__repo.everyday.pdf``),
so the same input always gives the same document, and PDF and DOCX both meet every
layout and every style. Sections are those of real
resumes: a name header, Summary, Experience (title, employer, dates, the
summary and highlights as bullets), Education (with its own date ranges, which
are never positions) and Skills (the JSON's skill keywords).

The saved date (PDF ``CreationDate`` and ``ModDate``; DOCX ``created`` and
``modified``) is the JSON's ``meta.lastModified`` when present, else the month
after the latest explicit date in the resume. The output is deterministic:
reportlab runs in invariant mode and each DOCX is re-zipped with fixed entry dates.

The documents hold real people's text: they are written OUTSIDE the repository
(default ``/tmp/screener-jsonresume``) and must never be committed.

Usage::

    python scripts/render_jsonresume.py [--devdata PATH] [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any, Literal

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt
from docx.table import _Cell
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepInFrame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_samples import _fixed_zip

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DEVDATA = REPO.parent / "shared" / "devdata"
DEFAULT_OUT = Path("/tmp/screener-jsonresume")

LAYOUTS = ("one_column", "two_columns", "dates_right", "dates_below", "dates_margin")
"""one_column: dates inline on the title line; two_columns: a sidebar (contact,
skills) beside the experience, dates under the title; dates_right: dates
right-aligned on the title line; dates_below: dates on their own line under the
title; dates_margin: dates in a left margin column."""
EVERYDAY_LAYOUTS = (*LAYOUTS, "employer_parens", "dates_after_employer", "dates_above")
"""The layouts of the everyday set: the five above, and employer_parens: "Title, Employer
(2019 – 2021)" on one line; dates_after_employer: the title, the employer, then the dates,
each on a line of its own; dates_above: the dates on the line before the title."""
FORMS_LAYOUTS = ("labelled_fields", "labelled_period", "table_row", "dates_below", "dates_right")
"""The layouts of the forms set: labelled_fields: "Position: ...", "Company: ...", then "From: ..." and
"To: ..." each on a line of its own; labelled_period: "Job Title: ... | Employer: ..." over "Period: ...";
table_row: title, employer and dates in the three cells of a table row; and two layouts above."""
SETS = ("classic", "everyday", "forms")
"""Each JSON Resume is rendered three times per format: the classic set (LAYOUTS and DATE_STYLES,
as first measured), the everyday set (EVERYDAY_LAYOUTS and EVERYDAY_STYLES) and the forms set
(FORMS_LAYOUTS and FORMS_STYLES, added later), so that figures of the earlier sets stay comparable
while new forms are added."""

FORMATS = ("pdf", "docx")
PRESENT: Literal["present"] = "present"
MON = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December")
_MONTH_NUMBER = {name.lower(): k for names in (MON, MONTH) for k, name in enumerate(names) if name}
_PRESENT_WORDS = frozenset({"", "none", "null", "present", "current", "now", "ongoing", "today", "to date", "till now"})


# --------------------------------------------------------------------------- dates


@dataclass(frozen=True, order=True)
class Date:
    """A JSON date as far as it is known: a year, and the month when given."""

    year: int
    month: int | None = None

    def key(self, *, year_only: bool = False) -> str:
        """The truth's form: ``YYYY-MM``, or ``YYYY`` when only the year is known or shown."""
        if self.month is None or year_only:
            return f"{self.year:04d}"
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def last_month(self) -> tuple[int, int]:
        """The latest month the date may stand for (December of a bare year)."""
        return self.year, self.month or 12


End = Date | Literal["present"]


def parse_date(value: object) -> Date | None:
    """A JSON Resume date: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` (day ignored) or ``May 2019``.

    >>> parse_date("2012-06-31"), parse_date("2015"), parse_date("MAY 2019"), parse_date("soon")
    (Date(year=2012, month=6), Date(year=2015, month=None), Date(year=2019, month=5), None)
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})(?:-\d{0,2})?(?:T.*)?", text):
        month = int(m[2])
        return Date(int(m[1]), month) if 1 <= month <= 12 else None
    if m := re.fullmatch(r"(\d{4})", text):
        return Date(int(m[1]))
    if (m := re.fullmatch(r"([A-Za-z]+)\.? (\d{4})", text)) and m[1].lower() in _MONTH_NUMBER:
        return Date(int(m[2]), _MONTH_NUMBER[m[1].lower()])
    return None


def parse_end(value: object) -> End | None:
    """An end date; missing, empty and "Present"-like values mean the job is current."""
    if value is None or (isinstance(value, str) and value.strip().lower() in _PRESENT_WORDS):
        return PRESENT
    return parse_date(value)


@dataclass(frozen=True)
class DateStyle:
    """How a document writes a date range.

    Attributes:
        name: the style's name in the truth and the benchmark.
        month: writes a year and month.
        present: the word for an open end.
        template: the range, with ``{start}`` and ``{end}``.
        year_only: months are not printed at all.
        open_template: a current range, with ``{start}``, when it is not ``template``'s ("Since {start}").
    """

    name: str
    month: Callable[[int, int], str]
    present: str = "Present"
    template: str = "{start} – {end}"
    year_only: bool = False
    open_template: str | None = None

    def date(self, value: End) -> str:
        """One end of a range as printed."""
        if value == PRESENT:
            return self.present
        assert isinstance(value, Date)
        if value.month is None or self.year_only:
            return f"{value.year}"
        return self.month(value.year, value.month)

    def range(self, start: Date | None, end: End | None) -> str:
        """A range, or the one end that is known."""
        if start is None:
            return self.date(end) if isinstance(end, Date) else ""
        if end is None:
            return self.date(start)
        if end == PRESENT and self.open_template is not None:
            return self.open_template.format(start=self.date(start))
        return self.template.format(start=self.date(start), end=self.date(end))


DATE_STYLES = (
    DateStyle("mon_present", lambda y, m: f"{MON[m]} {y}"),
    DateStyle("month_current", lambda y, m: f"{MONTH[m]} {y}", "Current", "{start} - {end}"),
    DateStyle("mm_yyyy", lambda y, m: f"{m:02d}/{y}"),
    DateStyle("mm_yy", lambda y, m: f"{m:02d}/{y % 100:02d}"),
    DateStyle("mon_yy_now", lambda y, m: f"{MON[m]} {y % 100:02d}", "NOW", "{start} - {end}"),
    DateStyle("mon_apos_yy", lambda y, m: f"{MON[m]} '{y % 100:02d}"),
    DateStyle("iso_month", lambda y, m: f"{y}-{m:02d}", "present"),
    DateStyle("from_till", lambda y, m: f"{MONTH[m]} {y}", "now", "from {start} till {end}"),
    DateStyle("no_separator", lambda y, m: f"{m}/{y}", "Present", "{start} {end}"),
    DateStyle("year_only", lambda y, m: f"{y}", year_only=True),
)
# Month names of the languages whose dates the everyday set prints (Helvetica's Latin-1 covers them).
GERMAN = ("", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")
FRENCH = ("", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
SPANISH = ("", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre")
ITALIAN = ("", "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre")
PORTUGUESE = ("", "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
              "outubro", "novembro", "dezembro")

EVERYDAY_STYLES = (
    DateStyle("since_open", lambda y, m: f"{MON[m]} {y}", open_template="Since {start}"),
    DateStyle("year_today", lambda y, m: f"{y}", "Today", year_only=True),
    DateStyle("slash_to_current", lambda y, m: f"{m}/{y}", "current", "{start} to {end}"),
    DateStyle("dotted_year_month", lambda y, m: f"{y}.{m:02d}"),
    DateStyle("month_of_year", lambda y, m: f"{MONTH[m]} of {y}"),
    DateStyle("upper_em_dash", lambda y, m: f"{MONTH[m].upper()} {y}", "PRESENT", "{start} — {end}"),
    DateStyle("lower_until", lambda y, m: f"{MON[m].lower()} {y}", "now", "{start} until {end}"),
    DateStyle("through", lambda y, m: f"{MONTH[m]} {y}", "Present", "{start} through {end}"),
    DateStyle("german", lambda y, m: f"{GERMAN[m]} {y}", "heute"),
    DateStyle("french", lambda y, m: f"{FRENCH[m]} {y}", "aujourd'hui", "{start} - {end}"),
    DateStyle("spanish", lambda y, m: f"{SPANISH[m]} de {y}", "actualidad"),
    DateStyle("italian", lambda y, m: f"{ITALIAN[m]} {y}", "oggi"),
    DateStyle("portuguese", lambda y, m: f"{PORTUGUESE[m]} de {y}", "atual"),
)
DUTCH = ("", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
         "november", "december")

FORMS_STYLES = (
    DateStyle("french_ce_jour", lambda y, m: f"{FRENCH[m]} {y}", "à ce jour"),
    DateStyle("spanish_hasta", lambda y, m: f"{SPANISH[m]} {y}", "la fecha", "{start} hasta {end}"),
    DateStyle("portuguese_ate", lambda y, m: f"{m:02d}/{y}", "hoje", "{start} até {end}"),
    DateStyle("dutch_tot", lambda y, m: f"{DUTCH[m]} {y}", "heden", "{start} tot {end}"),
    DateStyle("italian_dal", lambda y, m: f"{ITALIAN[m]} {y}", "oggi", open_template="dal {start} ad oggi"),
    DateStyle("dotted_day", lambda y, m: f"01.{m:02d}.{y}", "heute"),
    DateStyle("day_month", lambda y, m: f"1 {MONTH[m]} {y}", "Present", "{start} to {end}"),
    DateStyle("mon_dot", lambda y, m: f"{MON[m]}. {y}", "Current", "{start} - {end}"),
)
STYLE_BY_NAME = {style.name: style for style in (*DATE_STYLES, *EVERYDAY_STYLES, *FORMS_STYLES)}
_SET_FORMS = {"classic": (LAYOUTS, DATE_STYLES), "everyday": (EVERYDAY_LAYOUTS, EVERYDAY_STYLES),
              "forms": (FORMS_LAYOUTS, FORMS_STYLES)}


def choose(file_name: str, which: str = "classic") -> tuple[str, DateStyle]:
    """The layout and date style of a document of one set, from a hash of its file name."""
    layouts, styles = _SET_FORMS[which]
    digest = int(hashlib.sha1(f"render:{file_name}".encode()).hexdigest(), 16)
    return layouts[digest % len(layouts)], styles[(digest // len(layouts)) % len(styles)]


# --------------------------------------------------------------------------- content


@dataclass(frozen=True)
class Entry:
    """A work or education entry as printed."""

    title: str
    employer: str
    start: Date | None
    end: End | None
    bullets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resume:
    """What a document shows, read from one JSON Resume."""

    source: str
    name: str
    label: str
    contact: tuple[str, ...]
    summary: str
    work: tuple[Entry, ...]
    education: tuple[Entry, ...]
    skills: tuple[str, ...]
    saved: dt.datetime | None
    saved_from: str
    skipped: tuple[str, ...] = field(default=())


def _text(value: object) -> str:
    """A JSON value as one line of text ('' for anything not a string)."""
    return " ".join(value.split()) if isinstance(value, str) else ""


def _texts(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [t for t in (_text(item) for item in items) if t]


def _work(entry: dict[str, Any]) -> Entry:
    employer = _text(entry.get("company")) or _text(entry.get("name"))
    bullets = _texts(entry.get("summary")) + _texts(entry.get("highlights"))
    return Entry(_text(entry.get("position")), employer, parse_date(entry.get("startDate")),
                 parse_end(entry.get("endDate")), tuple(bullets))


def _education(entry: dict[str, Any]) -> Entry:
    degree = " in ".join(t for t in (_text(entry.get("studyType")), _text(entry.get("area"))) if t)
    start = parse_date(entry.get("startDate"))
    end = parse_end(entry.get("endDate")) if start else parse_date(entry.get("endDate"))
    return Entry(degree, _text(entry.get("institution")), start, end)


def _skills(skills: object) -> tuple[str, ...]:
    lines = []
    for skill in skills if isinstance(skills, list) else []:
        if not isinstance(skill, dict):
            continue
        name, keywords = _text(skill.get("name")), _texts(skill.get("keywords"))
        if keywords:
            lines.append(f"{name}: {', '.join(keywords)}" if name else ", ".join(keywords))
        elif name:
            lines.append(name)
    return tuple(lines)


def _contact(basics: dict[str, Any]) -> tuple[str, ...]:
    location = basics.get("location")
    place = ", ".join(_texts([location.get("city"), location.get("region"), location.get("countryCode")])
                      ) if isinstance(location, dict) else _text(location)
    return tuple(_texts([basics.get("email"), basics.get("phone"), place, basics.get("url") or basics.get("website")]))


def _dicts(value: object) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def saved_date(data: dict[str, Any], entries: Iterable[Entry]) -> tuple[dt.datetime | None, str]:
    """When the document was saved, and how that was decided.

    ``meta.lastModified`` when it holds a date; else the 15th of the month after
    the latest explicit date of the entries; None when the resume has no date.
    """
    meta = data.get("meta")
    modified = meta.get("lastModified") if isinstance(meta, dict) else None
    if isinstance(modified, str) and (m := re.match(r"(\d{4})-(\d{2})-(\d{2})", modified.strip())):
        return dt.datetime(int(m[1]), int(m[2]), int(m[3]), 12, 0, 0), "meta.lastModified"
    dates = [d for e in entries for d in (e.start, e.end) if isinstance(d, Date)]
    if not dates:
        return None, "no date in the resume"
    year, month = max(d.last_month for d in dates)
    year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return dt.datetime(year, month, 15, 12, 0, 0), "month after the latest date"


def load_resume(path: Path) -> Resume:
    """Read one JSON Resume file into what its documents show."""
    data = json.loads(path.read_text(encoding="utf-8"))
    basics = data.get("basics") if isinstance(data.get("basics"), dict) else {}
    work = tuple(_work(e) for e in _dicts(data.get("work")))
    education = tuple(_education(e) for e in _dicts(data.get("education")))
    skipped = tuple(
        f"work[{k}]: " + ("no parseable startDate" if e.start is None else "no parseable endDate")
        for k, e in enumerate(work) if e.start is None or e.end is None
    )
    saved, saved_from = saved_date(data, work + education)
    return Resume(path.name, _text(basics.get("name")), _text(basics.get("label")), _contact(basics),
                  _text(basics.get("summary")), work, education, _skills(data.get("skills")), saved, saved_from,
                  skipped)


def truth(resume: Resume, file_name: str, layout: str, style: DateStyle, which: str = "classic"
          ) -> dict[str, Any]:
    """The truth JSON of one document: positions as shown, the saved month, set, layout and style."""
    positions = [
        {"start": e.start.key(year_only=style.year_only),
         "end": e.end.key(year_only=style.year_only) if isinstance(e.end, Date) else e.end}
        for e in resume.work if e.start is not None and e.end is not None
    ]
    return {
        "file": file_name,
        "source": resume.source,
        "format": file_name.rsplit(".", 1)[1],
        "set": which,
        "layout": layout,
        "date_style": style.name,
        "saved": resume.saved.strftime("%Y-%m") if resume.saved else None,
        "saved_date": resume.saved.isoformat() if resume.saved else None,
        "saved_from": resume.saved_from,
        "positions": positions,
        "skipped": list(resume.skipped),
    }


# --------------------------------------------------------------------------- PDF


def _pdf_styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12)
    return {
        "name": ParagraphStyle("name", base, fontName="Helvetica-Bold", fontSize=18, leading=22),
        "label": ParagraphStyle("label", base, fontSize=11, leading=14),
        "heading": ParagraphStyle("heading", base, fontName="Helvetica-Bold", fontSize=12, leading=15,
                                  spaceBefore=9, spaceAfter=3),
        "job": ParagraphStyle("job", base, fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=5),
        "date": ParagraphStyle("date", base, fontName="Helvetica-Oblique"),
        "date_right": ParagraphStyle("date_right", base, fontName="Helvetica-Oblique", alignment=2),
        "body": base,
        "bullet": ParagraphStyle("bullet", base, leftIndent=10, bulletIndent=2),
        "side": ParagraphStyle("side", base, fontSize=8.5, leading=10.5),
    }


_FLAT = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
MARGIN_COLUMN = 32 * mm


def _head(entry: Entry) -> str:
    return ", ".join(t for t in (entry.title, entry.employer) if t)


def labelled_lines(entry: Entry, style: DateStyle, layout: str) -> list[tuple[str, str]]:
    """The header of a labelled layout as (kind, text) lines; empty for the other layouts.

    >>> e = Entry("Engineer", "Acme", Date(2019, 3), Date(2021, 7))
    >>> labelled_lines(e, STYLE_BY_NAME["mon_dot"], "labelled_fields")
    [('job', 'Position: Engineer'), ('body', 'Company: Acme'), ('date', 'From: Mar. 2019'), ('date', 'To: Jul. 2021')]
    >>> labelled_lines(e, STYLE_BY_NAME["mon_dot"], "labelled_period")
    [('job', 'Job Title: Engineer | Employer: Acme'), ('date', 'Period: Mar. 2019 - Jul. 2021')]
    """
    if layout == "labelled_fields":
        ends = [(label, style.date(value)) for label, value in (("From", entry.start), ("To", entry.end))
                if value is not None]
        fields = [("job", f"Position: {entry.title}"), ("body", f"Company: {entry.employer}" if entry.employer else "")]
        return [(kind, text) for kind, text in fields if text] + [("date", f"{label}: {text}") for label, text in ends]
    if layout == "labelled_period":
        head = " | ".join(t for t in (f"Job Title: {entry.title}" if entry.title else "",
                                       f"Employer: {entry.employer}" if entry.employer else "") if t)
        when = style.range(entry.start, entry.end)
        return [(kind, text) for kind, text in (("job", head), ("date", f"Period: {when}" if when else "")) if text]
    return []


def stacked_lines(entry: Entry, when: str, layout: str) -> list[tuple[str, str]]:
    """The header of a layout whose title, employer and dates are lines of text, as (kind, text):
    kind ``job`` (bold), ``body`` or ``date`` (italic); empty for the layouts of tables and tabs.

    >>> stacked_lines(Entry("Engineer", "Acme", None, None), "2019 – 2021", "employer_parens")
    [('job', 'Engineer, Acme (2019 – 2021)')]
    >>> stacked_lines(Entry("Engineer", "Acme", None, None), "2019 – 2021", "dates_after_employer")
    [('job', 'Engineer'), ('body', 'Acme'), ('date', '2019 – 2021')]
    """
    head = _head(entry)
    if layout == "one_column":
        return [("job", " | ".join(t for t in (head, when) if t))]
    if layout == "employer_parens":
        return [("job", f"{head} ({when})" if when else head)]
    if layout == "dates_after_employer":
        return [(kind, text) for kind, text in (("job", entry.title), ("body", entry.employer), ("date", when))
                if text]
    if layout == "dates_above":
        return [(kind, text) for kind, text in (("date", when), ("job", head)) if text]
    if layout in ("two_columns", "dates_below"):
        return [("job", head), ("date", when)]
    return []


def _pdf_entry(entry: Entry, layout: str, style: DateStyle, st: dict[str, ParagraphStyle],
               width: float) -> list[Flowable]:
    """One position or degree: its title line, dates placed as the layout says, bullets."""
    when, head = escape(style.range(entry.start, entry.end)), escape(_head(entry))
    lines = stacked_lines(entry, style.range(entry.start, entry.end), layout) + labelled_lines(entry, style, layout)
    out: list[Flowable] = [Paragraph(escape(text), st[kind]) for kind, text in lines]
    indent = 0.0
    if layout == "table_row":
        cells = [Paragraph(escape(entry.title), st["job"]), Paragraph(escape(entry.employer), st["body"]),
                 Paragraph(when, st["date"])]
        out.append(Table([cells], colWidths=[width * 0.38, width * 0.34, width * 0.28], style=_FLAT))
    elif layout == "dates_right":
        out.append(Table([[Paragraph(head, st["job"]), Paragraph(when, st["date_right"])]],
                         colWidths=[width * 0.68, width * 0.32], style=_FLAT))
    elif layout == "dates_margin":
        out.append(Table([[Paragraph(when, st["date"]), Paragraph(head, st["job"])]],
                         colWidths=[MARGIN_COLUMN, width - MARGIN_COLUMN], style=_FLAT))
        indent = MARGIN_COLUMN
    bullet = ParagraphStyle("b", st["bullet"], leftIndent=indent + 10, bulletIndent=indent + 2)
    out += [Paragraph(escape(b), bullet, bulletText="•") for b in entry.bullets]
    return out


def _pdf_sections(resume: Resume, layout: str, style: DateStyle, st: dict[str, ParagraphStyle], width: float,
                  *, side: bool) -> list[Flowable]:
    """Summary, Experience, Education, and (unless a sidebar holds them) Skills."""
    out: list[Flowable] = []
    if resume.summary:
        out += [Paragraph("Summary", st["heading"]), Paragraph(escape(resume.summary), st["body"])]
    for heading, entries in (("Experience", resume.work), ("Education", resume.education)):
        if entries:
            out.append(Paragraph(heading, st["heading"]))
            for entry in entries:
                out += _pdf_entry(entry, layout, style, st, width)
    if resume.skills and not side:
        out.append(Paragraph("Skills", st["heading"]))
        out += [Paragraph(escape(line), st["body"]) for line in resume.skills]
    return out


def _pdf_header(resume: Resume, st: dict[str, ParagraphStyle], *, contact: bool) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(escape(resume.name or "Resume"), st["name"])]
    if resume.label:
        out.append(Paragraph(escape(resume.label), st["label"]))
    if contact and resume.contact:
        out.append(Paragraph(escape(" · ".join(resume.contact)), st["body"]))
    return out


def _stamp(saved: dt.datetime | None) -> Callable[[Canvas, object], None]:
    """A page callback that writes the saved date as CreationDate and ModDate."""

    def on_page(canvas: Canvas, _doc: object) -> None:
        if saved is not None:
            canvas.setDateFormatter(lambda *_: saved.strftime("D:%Y%m%d%H%M%S+00'00'"))

    return on_page


def write_pdf(resume: Resume, layout: str, style: DateStyle, path: Path) -> None:
    """The PDF of one resume in one layout and date style."""
    st, stamp = _pdf_styles(), _stamp(resume.saved)
    margin = 18 * mm
    if layout != "two_columns":
        doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=True, title="Resume", author="",
                                leftMargin=margin, rightMargin=margin, topMargin=15 * mm, bottomMargin=15 * mm)
        story = _pdf_header(resume, st, contact=True) + _pdf_sections(resume, layout, style, st, doc.width,
                                                                      side=False)
        doc.build(story, onFirstPage=stamp, onLaterPages=stamp)
        return
    page_w, page_h = A4
    side_w, gap, banner_h = 55 * mm, 8 * mm, 24 * mm
    main_x, col_h = margin + side_w + gap, page_h - 2 * margin - banner_h
    main_w = page_w - main_x - margin
    first = [Frame(margin, page_h - margin - banner_h, page_w - 2 * margin, banner_h, id="banner"),
             Frame(margin, margin, side_w, col_h, id="sidebar"), Frame(main_x, margin, main_w, col_h, id="main")]
    later = [Frame(main_x, margin, main_w, page_h - 2 * margin, id="main")]
    doc = BaseDocTemplate(str(path), pagesize=A4, invariant=True, title="Resume", author="")
    doc.addPageTemplates([PageTemplate("first", first, onPage=stamp), PageTemplate("later", later, onPage=stamp)])
    sidebar: list[Flowable] = []
    for heading, lines in (("Contact", resume.contact), ("Skills", resume.skills)):
        if lines:
            sidebar += [Paragraph(heading, st["heading"])] + [Paragraph(escape(t), st["side"]) for t in lines]
    story = [*_pdf_header(resume, st, contact=False), NextPageTemplate("later"), FrameBreak(),
             KeepInFrame(side_w, col_h, sidebar, mode="shrink"), FrameBreak(),
             *_pdf_sections(resume, layout, style, st, main_w, side=True)]
    doc.build(story)


# --------------------------------------------------------------------------- DOCX


def _docx_entry(container: Any, entry: Entry, layout: str, style: DateStyle) -> None:
    """One position or degree in a DOCX body or cell (dates_margin is a table of its own)."""
    when = style.range(entry.start, entry.end)
    if layout == "dates_right":
        para = container.add_paragraph()
        para.paragraph_format.space_before = Pt(6)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
        para.add_run(_head(entry)).bold = True
        para.add_run("\t" + when).italic = True
    if layout == "table_row":
        cells = container.add_table(rows=1, cols=3).rows[0].cells
        for cell, (text, kind) in zip(cells, ((entry.title, "job"), (entry.employer, "body"), (when, "date")),
                                      strict=True):
            run = cell.paragraphs[0].add_run(text)
            if kind != "body":
                setattr(run, "bold" if kind == "job" else "italic", True)
    for number, (kind, text) in enumerate(stacked_lines(entry, when, layout) + labelled_lines(entry, style, layout)):
        if number and not text:
            continue
        para = container.add_paragraph()
        if number == 0:
            para.paragraph_format.space_before = Pt(6)
        run = para.add_run(text)
        if kind != "body":
            setattr(run, "bold" if kind == "job" else "italic", True)
    for bullet in entry.bullets:
        container.add_paragraph(bullet, style="List Bullet")


def _docx_margin_table(doc: Any, entries: Sequence[Entry], style: DateStyle) -> None:
    """Entries as rows of a borderless table: the dates in a narrow left column."""
    table = doc.add_table(rows=0, cols=2)
    table.autofit = False
    for entry in entries:
        when_cell, body = table.add_row().cells
        when_cell.width, body.width = Cm(3.5), Cm(13.5)
        when_cell.paragraphs[0].add_run(style.range(entry.start, entry.end)).italic = True
        body.paragraphs[0].add_run(_head(entry)).bold = True
        for bullet in entry.bullets:
            body.add_paragraph(bullet, style="List Bullet")


def _docx_heading(container: Any, text: str) -> None:
    run = container.add_paragraph().add_run(text)
    run.bold = True
    run.font.size = Pt(13)


def _docx_sections(container: Any, resume: Resume, layout: str, style: DateStyle, *, side: bool) -> None:
    if resume.summary:
        _docx_heading(container, "Summary")
        container.add_paragraph(resume.summary)
    for heading, entries in (("Experience", resume.work), ("Education", resume.education)):
        if not entries:
            continue
        _docx_heading(container, heading)
        if layout == "dates_margin":
            _docx_margin_table(container, entries, style)
        else:
            for entry in entries:
                _docx_entry(container, entry, layout, style)
    if resume.skills and not side:
        _docx_heading(container, "Skills")
        for line in resume.skills:
            container.add_paragraph(line)


def _docx_sidebar(cell: _Cell, resume: Resume) -> None:
    cell.paragraphs[0].add_run("Contact" if resume.contact else "").bold = True
    for line in resume.contact:
        cell.add_paragraph(line)
    if resume.skills:
        _docx_heading(cell, "Skills")
        for line in resume.skills:
            cell.add_paragraph(line)


def write_docx(resume: Resume, layout: str, style: DateStyle, path: Path) -> None:
    """The DOCX of one resume in one layout and date style, saved-date in its core properties."""
    doc = docx.Document()
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2)
    doc.styles["Normal"].font.size = Pt(10)
    run = doc.add_paragraph().add_run(resume.name or "Resume")
    run.bold, run.font.size = True, Pt(20)
    if resume.label:
        doc.add_paragraph(resume.label)
    if layout == "two_columns":
        table = doc.add_table(rows=1, cols=2)
        table.autofit = False
        side, main = table.rows[0].cells
        side.width, main.width = Cm(5.5), Cm(11.5)
        _docx_sidebar(side, resume)
        _docx_sections(main, resume, layout, style, side=True)
    else:
        if resume.contact:
            doc.add_paragraph(" · ".join(resume.contact))
        _docx_sections(doc, resume, layout, style, side=False)
    props = doc.core_properties
    props.author = props.last_modified_by = ""
    props.title = "Resume"
    props.revision = 1
    if resume.saved is not None:
        props.created = props.modified = resume.saved
    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(_fixed_zip(buffer.getvalue()))


# --------------------------------------------------------------------------- driver


def render_document(resume: Resume, path: Path, layout: str, style: DateStyle, which: str = "classic"
                    ) -> dict[str, Any]:
    """Write one document (its format from ``path``'s suffix) and its truth beside it; return the truth."""
    (write_pdf if path.suffix == ".pdf" else write_docx)(resume, layout, style, path)
    record = truth(resume, path.name, layout, style, which)
    path.with_name(f"{path.name}.truth.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    return record


def render_one(source: Path, out: Path, fmt: str, which: str = "classic") -> dict[str, Any]:
    """Render one JSON Resume in one format and set, in the layout and style its file name picks
    (``owner__repo.pdf`` for the classic set, ``owner__repo.everyday.pdf`` for the everyday one)."""
    file_name = f"{source.stem}.{fmt}" if which == "classic" else f"{source.stem}.{which}.{fmt}"
    return render_document(load_resume(source), out / file_name, *choose(file_name, which), which)


def inside_repository(path: Path) -> bool:
    """Whether ``path`` lies in this repository (where real people's text must never go)."""
    return path.resolve().is_relative_to(REPO)


def render_all(sources: Sequence[Path], out: Path) -> list[dict[str, Any]]:
    """Render every source in every format into ``out``; the truths in order."""
    if inside_repository(out):
        raise ValueError(f"{out} is inside the repository; rendered resumes must stay outside it")
    out.mkdir(parents=True, exist_ok=True)
    return [render_one(source, out, fmt, which) for source in sources for which in SETS for fmt in FORMATS]


def main(argv: Sequence[str] | None = None) -> int:
    """Render devdata's JSON Resume files; prints counts and file names only."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devdata", type=Path, default=DEFAULT_DEVDATA, help="the devdata folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    sources = sorted((args.devdata / "jsonresume").glob("*.json"))
    if not sources:
        print(f"no JSON Resume files under {args.devdata / 'jsonresume'}", file=sys.stderr)
        return 2
    try:
        truths = render_all(sources, args.out)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    for record in truths:
        for note in record["skipped"]:
            print(f"{record['file']}: skipped {note}")
    print(f"{len(truths)} documents from {len(sources)} JSON Resume files in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
