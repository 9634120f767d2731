"""report.xlsx: one workbook a recruiter opens in Excel, with real numbers and dates, safe strings, reproducible."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from screener.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
PROFILE = SAMPLES / "profiles" / "senior_python_backend.yaml"


def run_screen(resumes: Path, out: Path, *extra: str) -> None:
    result = CliRunner().invoke(main, ["screen", str(resumes), "--profile", str(PROFILE), "--out", str(out),
                                       "--as-of", "2026-11-01", "-q", "--xlsx", *extra])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def resumes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled samples plus a resume whose skills line starts like a formula."""
    folder = tmp_path_factory.mktemp("resumes")
    for sample in sorted((SAMPLES / "resumes").iterdir())[:6]:
        (folder / sample.name).write_bytes(sample.read_bytes())
    (folder / "formula.txt").write_text(
        "Jo Example\nSkills\n=HYPERLINK(\"http://x\") Python\n",
        encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def workbook_path(resumes: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("xlsx")
    run_screen(resumes, out)
    return out / "report.xlsx"


def test_three_sheets_with_frozen_filtered_headers(workbook_path: Path) -> None:
    """The workbook holds ranking, evidence and errors, each with its header frozen, filters on and widths set."""
    book = load_workbook(workbook_path)
    assert book.sheetnames == ["ranking", "evidence", "errors"]
    for sheet in book:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
        assert all(sheet.column_dimensions[letter].width >= 8 for letter in ("A", "B", "C"))
    header = [c.value for c in book["ranking"][1]]
    assert header[:5] == ["rank", "candidate_id", "file", "name", "score"]


def test_scores_are_numbers_and_months_are_dates(workbook_path: Path) -> None:
    """Scores, points and months are number cells; last-used months are date cells Excel can sort."""
    book = load_workbook(workbook_path)
    ranking = book["ranking"]
    column = {c.value: c.column for c in ranking[1]}
    scores = [ranking.cell(row, column["score"]).value for row in range(2, ranking.max_row + 1)]
    assert scores and all(isinstance(s, int | float) for s in scores)
    assert scores == sorted(scores, reverse=True) or len(set(scores)) > 1
    evidence = book["evidence"]
    column = {c.value: c.column for c in evidence[1]}
    used = [evidence.cell(row, column["last_used"]).value for row in range(2, evidence.max_row + 1)]
    dates = [u for u in used if u is not None]
    assert dates and all(isinstance(u, dt.datetime) and u.day == 1 for u in dates)
    points = [evidence.cell(row, column["points"]).value for row in range(2, evidence.max_row + 1)]
    assert all(isinstance(p, int | float) for p in points)


def test_strings_are_never_formulas(workbook_path: Path) -> None:
    """A snippet that starts with '=' is a string cell, not a formula."""
    book = load_workbook(workbook_path)
    cells = [c for row in book["evidence"].iter_rows() for c in row if isinstance(c.value, str)]
    formula_like = [c for c in cells if c.value.lstrip("'").startswith("=HYPERLINK")]
    assert formula_like and all(c.data_type == "s" for c in formula_like)
    assert not [c for row in book["evidence"].iter_rows() for c in row if c.data_type == "f"]


def test_rerun_is_byte_identical(resumes: Path, workbook_path: Path, tmp_path: Path) -> None:
    """The same screen run again writes the very same bytes."""
    run_screen(resumes, tmp_path / "again")
    digest = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (workbook_path, tmp_path / "again" / "report.xlsx")]
    assert digest[0] == digest[1]


def test_a_run_without_xlsx_removes_the_earlier_workbook(resumes: Path, tmp_path: Path) -> None:
    """Screening again into the same folder without --xlsx leaves no stale workbook of the earlier run."""
    out = tmp_path / "out"
    run_screen(resumes, out)
    assert (out / "report.xlsx").exists()
    result = CliRunner().invoke(main, ["screen", str(resumes), "--profile", str(PROFILE), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert not (out / "report.xlsx").exists()
