"""scripts/render_jsonresume.py: a fictional JSON Resume rendered to PDF and DOCX with its truth."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import docx
import pytest
from pdfminer.high_level import extract_text
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "render_jsonresume.py"

# Invented person, employers and school; example.com address.
FICTIONAL: dict[str, Any] = {
    "basics": {"name": "Robin Placeholder", "label": "Platform engineer", "email": "robin@example.com",
               "summary": "Keeps invented services running."},
    "work": [
        {"position": "Platform Engineer", "name": "Nimbus Widgets", "startDate": "2019-01-07",
         "highlights": ["Moved the build farm to containers."]},
        {"position": "Developer", "company": "Quill & Sons", "startDate": "2016-03", "endDate": "2018-12-31",
         "summary": "Wrote billing jobs."},
        {"position": "Intern", "name": "Lantern Labs", "startDate": "2015", "endDate": "2015"},
        {"position": "Volunteer", "name": "Somewhere", "endDate": "2014-05"},
    ],
    "education": [{"institution": "Invented University", "studyType": "BSc", "area": "Computing",
                   "startDate": "2011-09", "endDate": "2014-06"}],
    "skills": [{"name": "Languages", "keywords": ["Python", "Go"]}, {"name": "Terraform"}],
}
SAVED_MONTH = "2019-02"
"""No meta.lastModified: the month after the latest explicit date (2018-12 ends a job, 2019-01 starts one)."""


sys.path.insert(0, str(SCRIPT.parent))
import render_jsonresume as render  # noqa: E402  (a script, not a package)


@pytest.fixture
def resume(tmp_path: Path) -> Any:
    """The fictional JSON Resume, read by the script."""
    source = tmp_path / "fictional__resume.json"
    source.write_text(json.dumps(FICTIONAL), encoding="utf-8")
    return render.load_resume(source)


def _pdf_dates(path: Path) -> tuple[bytes, bytes]:
    with path.open("rb") as handle:
        info = PDFDocument(PDFParser(handle)).info[0]
    return info["CreationDate"], info["ModDate"]


def _text(path: Path) -> str:
    if path.suffix == ".pdf":
        return extract_text(str(path))
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


DOCUMENTS = [
    ("cv.pdf", "dates_right", "mon_present", "Jan 2019 – Present"),
    ("cv.pdf", "two_columns", "mm_yy", "03/16 – 12/18"),
    ("cv.docx", "dates_margin", "from_till", "from March 2016 till December 2018"),
    ("cv.docx", "dates_below", "year_only", "2016 – 2018"),
    ("cv.pdf", "employer_parens", "since_open", "Platform Engineer, Nimbus Widgets (Since Jan 2019)"),
    ("cv.docx", "employer_parens", "german", "Developer, Quill & Sons (März 2016 – Dezember 2018)"),
    ("cv.pdf", "dates_after_employer", "upper_em_dash", "MARCH 2016 — DECEMBER 2018"),
    ("cv.docx", "dates_above", "slash_to_current", "3/2016 to 12/2018"),
    ("cv.pdf", "labelled_fields", "mon_dot", "From: Mar. 2016\nTo: Dec. 2018"),
    ("cv.docx", "labelled_fields", "french_ce_jour", "Position: Platform Engineer\nCompany: Nimbus Widgets\n"
     "From: janvier 2019\nTo: à ce jour"),
    ("cv.pdf", "labelled_period", "spanish_hasta", "Job Title: Developer | Employer: Quill & Sons\n"
     "Period: marzo 2016 hasta diciembre 2018"),
    ("cv.docx", "table_row", "dotted_day", "Developer\nQuill & Sons\n01.03.2016 – 01.12.2018"),
    ("cv.pdf", "table_row", "dutch_tot", "maart 2016 tot december 2018"),
]


class TestRenderDocument:
    @pytest.mark.parametrize(("name", "layout", "style", "printed"), DOCUMENTS)
    def test_truth_lists_the_jobs_as_printed_and_never_education(
        self, resume: Any, tmp_path: Path, name: str, layout: str, style: str, printed: str
    ) -> None:
        """The truth beside the document holds the dated jobs (education and the undated one left out)."""
        record = render.render_document(resume, tmp_path / name, layout, render.STYLE_BY_NAME[style])
        written = json.loads((tmp_path / f"{name}.truth.json").read_text(encoding="utf-8"))
        year_only = style == "year_only"
        assert written == record
        assert written["positions"] == [
            {"start": "2019" if year_only else "2019-01", "end": "present"},
            {"start": "2016" if year_only else "2016-03", "end": "2018" if year_only else "2018-12"},
            {"start": "2015", "end": "2015"},
        ]
        assert (written["layout"], written["date_style"], written["saved"]) == (layout, style, SAVED_MONTH)
        assert written["set"] == "classic"
        assert written["skipped"] == ["work[3]: no parseable startDate"]
        assert printed in _text(tmp_path / name)

    @pytest.mark.parametrize(("name", "layout", "style", "printed"), DOCUMENTS)
    def test_saved_date_is_in_the_metadata(
        self, resume: Any, tmp_path: Path, name: str, layout: str, style: str, printed: str
    ) -> None:
        """The saved date is the document's creation and modification date."""
        path = tmp_path / name
        render.render_document(resume, path, layout, render.STYLE_BY_NAME[style])
        if path.suffix == ".pdf":
            assert _pdf_dates(path) == (b"D:20190215120000+00'00'",) * 2
        else:
            props = docx.Document(str(path)).core_properties
            saved = dt.datetime(2019, 2, 15, 12, 0, 0, tzinfo=dt.timezone.utc)
            assert (props.created, props.modified) == (saved, saved)

    @pytest.mark.parametrize("name", ["cv.pdf", "cv.docx"])
    def test_same_input_gives_the_same_bytes(self, resume: Any, tmp_path: Path, name: str) -> None:
        """Rendering twice writes byte-identical documents."""
        style = render.STYLE_BY_NAME["mon_yy_now"]
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        render.render_document(resume, tmp_path / "a" / name, "one_column", style)
        render.render_document(resume, tmp_path / "b" / name, "one_column", style)
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


class TestDates:
    @pytest.mark.parametrize(("style", "end", "printed"), [
        ("mon_present", None, "Jan 2019 – Present"),
        ("month_current", None, "January 2019 - Current"),
        ("mm_yyyy", (2021, 11), "01/2019 – 11/2021"),
        ("mm_yy", (2021, 11), "01/19 – 11/21"),
        ("mon_yy_now", None, "Jan 19 - NOW"),
        ("mon_apos_yy", (2020, 12), "Jan '19 – Dec '20"),
        ("iso_month", (2021, 6), "2019-01 – 2021-06"),
        ("from_till", (2020, 1), "from January 2019 till January 2020"),
        ("from_till", None, "from January 2019 till now"),
        ("no_separator", (2020, 8), "1/2019 8/2020"),
        ("year_only", (2021, 6), "2019 – 2021"),
        ("since_open", None, "Since Jan 2019"),
        ("since_open", (2021, 6), "Jan 2019 – Jun 2021"),
        ("year_today", None, "2019 – Today"),
        ("slash_to_current", None, "1/2019 to current"),
        ("dotted_year_month", (2021, 11), "2019.01 – 2021.11"),
        ("month_of_year", (2021, 6), "January of 2019 – June of 2021"),
        ("upper_em_dash", None, "JANUARY 2019 — PRESENT"),
        ("lower_until", (2021, 6), "jan 2019 until jun 2021"),
        ("through", (2021, 6), "January 2019 through June 2021"),
        ("german", (2021, 3), "Januar 2019 – März 2021"),
        ("french", None, "janvier 2019 - aujourd'hui"),
        ("spanish", (2021, 6), "enero de 2019 – junio de 2021"),
        ("italian", None, "gennaio 2019 – oggi"),
        ("portuguese", (2021, 3), "janeiro de 2019 – março de 2021"),
        ("french_ce_jour", None, "janvier 2019 – à ce jour"),
        ("spanish_hasta", None, "enero 2019 hasta la fecha"),
        ("portuguese_ate", (2021, 3), "01/2019 até 03/2021"),
        ("dutch_tot", None, "januari 2019 tot heden"),
        ("italian_dal", None, "dal gennaio 2019 ad oggi"),
        ("italian_dal", (2021, 3), "gennaio 2019 – marzo 2021"),
        ("dotted_day", (2021, 3), "01.01.2019 – 01.03.2021"),
        ("day_month", None, "1 January 2019 to Present"),
        ("mon_dot", None, "Jan. 2019 - Current"),
    ])
    def test_each_style_prints_a_range_as_people_write_it(
        self, style: str, end: tuple[int, int] | None, printed: str
    ) -> None:
        """A range from January 2019 prints in the style's own form."""
        finish = render.PRESENT if end is None else render.Date(*end)
        assert render.STYLE_BY_NAME[style].range(render.Date(2019, 1), finish) == printed

    @pytest.mark.parametrize(("value", "expected"), [
        (None, "present"), ("", "present"), (" Current ", "present"), ("None", "present"),
        ("2012-06-31", (2012, 6)), ("2015", (2015, None)), ("AUGUST 2021", (2021, 8)), ("2020-13", None),
    ])
    def test_end_dates_read_as_the_json_means_them(self, value: str | None, expected: object) -> None:
        """A missing or "Present" end is a current job; an impossible day keeps its month."""
        got = render.parse_end(value)
        assert (got if got == render.PRESENT or got is None else (got.year, got.month)) == expected

    def test_last_modified_is_the_saved_date_when_given(self, tmp_path: Path) -> None:
        """meta.lastModified, when present, is the saved date."""
        source = tmp_path / "with_meta.json"
        source.write_text(json.dumps({**FICTIONAL, "meta": {"lastModified": "2023-07-04T09:30:00"}}), encoding="utf-8")
        assert render.load_resume(source).saved == dt.datetime(2023, 7, 4, 12, 0, 0)

    def test_every_layout_and_style_can_be_chosen(self) -> None:
        """The file-name hash reaches every layout and every date style of each set."""
        chosen = [render.choose(f"person{k}__site.pdf") for k in range(400)]
        assert {layout for layout, _ in chosen} == set(render.LAYOUTS)
        assert {style.name for _, style in chosen} == {style.name for style in render.DATE_STYLES}
        everyday = [render.choose(f"person{k}__site.everyday.pdf", "everyday") for k in range(600)]
        assert {layout for layout, _ in everyday} == set(render.EVERYDAY_LAYOUTS)
        assert {style.name for _, style in everyday} == {style.name for style in render.EVERYDAY_STYLES}
        forms = [render.choose(f"person{k}__site.forms.pdf", "forms") for k in range(600)]
        assert {layout for layout, _ in forms} == set(render.FORMS_LAYOUTS)
        assert {style.name for _, style in forms} == {style.name for style in render.FORMS_STYLES}

    def test_each_source_is_rendered_in_every_set(self, tmp_path: Path) -> None:
        """Every JSON Resume gives a classic, an everyday and a forms document in each format, each truth naming
        its set."""
        source = tmp_path / "fictional__resume.json"
        source.write_text(json.dumps(FICTIONAL), encoding="utf-8")
        records = render.render_all([source], tmp_path / "out")
        assert sorted((r["file"], r["set"]) for r in records) == [
            ("fictional__resume.docx", "classic"), ("fictional__resume.everyday.docx", "everyday"),
            ("fictional__resume.everyday.pdf", "everyday"), ("fictional__resume.forms.docx", "forms"),
            ("fictional__resume.forms.pdf", "forms"), ("fictional__resume.pdf", "classic")]


def test_refuses_to_write_into_the_repository() -> None:
    """Rendered resumes hold real people's text, so the repository is refused as the output folder."""
    with pytest.raises(ValueError, match="inside the repository"):
        render.render_all([], SCRIPT.parents[1] / "out" / "jsonresume")
