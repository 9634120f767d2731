"""report.py: the manifest records every setting that shaped the scores, and evidence.csv how strong each is."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import docfactory
import screener
from screener.models import YearMonth
from screener.parse import ParseOptions
from screener.report import manifest, ranking_json_text, write_reports
from screener.report_html import render_report_html
from screener.scoring import Scorer

# A fictional resume: Java used in a dated job, Docker only listed.
LINES = [
    "Ola Tester",
    "Experience",
    "Senior QA Engineer, Nordwind Testing",
    "Jan 2019 - Present",
    "Wrote test suites in Java for the billing service.",
    "Skills",
    "Docker, Git and Linux on build servers",
]
PROFILE = {"title": "QA Engineer", "must_have": ["Java"], "nice_to_have": ["Docker"], "recency_half_life_years": 6}


def _screen(tmp_path: Path) -> screener.ScreenResult:
    path = docfactory.pdf_lines(tmp_path / "ola.pdf", [LINES])
    return screener.screen([path], PROFILE, options=ParseOptions(as_of=YearMonth(2026, 11)), workers=1)


def test_manifest_names_every_setting(tmp_path: Path) -> None:
    """Every Scorer setting and the profile's title and recency settings, defaults included, are in the manifest."""
    data = manifest(_screen(tmp_path))
    assert set(Scorer().get_params()) <= set(data["settings"])
    assert data["profile"]["titles"] == ["QA Engineer"]
    assert (data["profile"]["title_weight"], data["profile"]["full_credit_years"]) == (1.0, 3.0)
    assert data["profile"]["recency_half_life_years"] == 6.0


def test_evidence_strength_column(tmp_path: Path) -> None:
    """evidence.csv says how strongly the resume supports each line: Java used in a dated job, Docker listed only."""
    write_reports(_screen(tmp_path), tmp_path / "out")
    with (tmp_path / "out" / "evidence.csv").open(encoding="utf-8", newline="") as handle:
        strength = {row["skill"]: row["evidence_strength"] for row in csv.DictReader(handle)}
    assert strength == {"Java": "dated positions", "Docker": "listed only", "Job title": "full title"}


def test_streamed_reports_hold_every_row_in_order(tmp_path: Path) -> None:
    """Written a few candidates at a time, evidence.csv and report.html hold what the whole ranking says, in order."""
    result = _screen(tmp_path)
    many = [replace(result.candidates[0], candidate_id=f"{k:04d}", path=f"pool/{k:04d}.pdf",
                    file_name=f"{k:04d}.pdf", sha256=f"{k:064x}") for k in range(600)]
    big = replace(result, ranking=screener.rank(many, result.ranking.profile), inputs=tuple(c.path for c in many))
    write_reports(big, tmp_path / "big")
    with (tmp_path / "big" / "evidence.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = big.ranking.evidence_rows()
    assert len(rows) == len(expected) == 600 * 3
    assert [(r["rank"], r["skill"]) for r in rows] == [(str(e["rank"]), e["skill"]) for e in expected]
    assert (tmp_path / "big" / "report.html").read_text(encoding="utf-8") == render_report_html(big)


def test_streamed_ranking_json_is_the_whole_document(tmp_path: Path) -> None:
    """ranking.json, written one candidate at a time, is the text of the whole document, for many candidates or none."""
    result = _screen(tmp_path)
    many = [replace(result.candidates[0], candidate_id=f"{k:04d}", path=f"pool/{k:04d}.pdf",
                    file_name=f"{k:04d}.pdf", sha256=f"{k:064x}") for k in range(300)]
    for ranking in (screener.rank(many, result.ranking.profile), result.ranking[:0]):
        each = replace(result, ranking=ranking)
        write_reports(each, tmp_path / "json", json_ranking=True)
        assert (tmp_path / "json" / "ranking.json").read_text(encoding="utf-8") == ranking_json_text(each)
