"""Blind screening: no report says who a candidate is, and no score changes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from screener import screen
from screener.blind import redact
from screener.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
RESUMES = SAMPLES / "resumes"
PROFILE = SAMPLES / "profiles" / "senior_python_backend.yaml"

REDACTIONS: list[tuple[str, str, tuple[str, ...], str]] = [
    ("e-mail", "Contact: jo.ex+cv@mail.example.org", (), "Contact: [email]"),
    ("mailto link", "mailto:jo@example.com", (), "[email]"),
    ("phone with country code", "Tel +44 20 7946 0958", (), "Tel [phone]"),
    ("US phone", "(555) 555-0115 · Sevilla", (), "[phone] · Sevilla"),
    ("web link", "Portfolio https://jo.example.dev/work and www.joex.io", (), "Portfolio [link] and [link]"),
    ("profile link without scheme", "linkedin.com/in/jo-example", (), "[link]"),
    ("street address", "Lives at 221B Baker Street, London", (), "Lives at [address], London"),
    ("numbered street", "12 Harbour Road, Cork", (), "[address], Cork"),
    ("US state and ZIP", "Austin, TX 78701", (), "Austin, [address]"),
    ("UK postcode", "London SW1A 1AA", (), "London [address]"),
    ("name words, any casing", "ZOË FERNÁNDEZ built services", ("Zoë Fernández",), "[name] [name] built services"),
    ("a name inside a word is kept", "Jorgensen Labs", ("Jorge Diaz",), "Jorgensen Labs"),
    ("dates and versions are not phones", "Python 3.11, 2015-2019, 03/19 – 11/21, 2019.01.15", (),
     "Python 3.11, 2015-2019, 03/19 – 11/21, 2019.01.15"),
]


@pytest.mark.parametrize(("case", "text", "names", "expected"), REDACTIONS, ids=[r[0] for r in REDACTIONS])
def test_redact(case: str, text: str, names: tuple[str, ...], expected: str) -> None:
    """Names, e-mail addresses, phones, addresses and links become placeholders; dates and skills stay."""
    assert redact(text, names) == expected


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The bundled samples screened twice, openly and blind."""
    out = tmp_path_factory.mktemp("blind")
    for mode, extra in (("open", []), ("blind", ["--blind"])):
        result = CliRunner().invoke(main, ["screen", str(RESUMES), "--profile", str(PROFILE), "--out",
                                           str(out / mode), "--as-of", "2026-11-01", "-q", *extra])
        assert result.exit_code == 0, result.output
    return out / "open", out / "blind"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_blind_reports_name_nobody(runs: tuple[Path, Path]) -> None:
    """No name, file name, e-mail or phone of the open run appears anywhere in the blind run's reports."""
    open_run, blind_run = runs
    ranked = _rows(open_run / "ranking.csv")
    secrets = {r["name"] for r in ranked if r["name"]} | {Path(r["file"]).stem for r in ranked}
    secrets |= {r["file"] for r in _rows(open_run / "errors.csv")}
    assert len(secrets) > 10
    blind_text = "\n".join(p.read_text(encoding="utf-8-sig") for p in sorted(blind_run.iterdir()))
    assert not [s for s in secrets if s in blind_text]
    assert "@example.com" not in blind_text and "555-01" not in blind_text


def test_blind_keeps_scores_and_ids(runs: tuple[Path, Path]) -> None:
    """Each candidate keeps its id and its score; its file is named by the id; the manifest says blind."""
    open_run, blind_run = runs
    open_scores = {r["candidate_id"]: r["score"] for r in _rows(open_run / "ranking.csv")}
    blind_rows = _rows(blind_run / "ranking.csv")
    assert {r["candidate_id"]: r["score"] for r in blind_rows} == open_scores
    assert all(r["file"].startswith(r["candidate_id"] + ".") and r["name"] == "" for r in blind_rows)
    manifest = json.loads((blind_run / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["blind"] is True
    assert json.loads((open_run / "manifest.json").read_text(encoding="utf-8"))["blind"] is False
    assert len(manifest["inputs"]) == len(blind_rows) + len(_rows(blind_run / "errors.csv"))


def test_api_blind(tmp_path: Path) -> None:
    """screen(blind=True) gives candidates without names and with redacted snippets."""
    resume = tmp_path / "jo_example.txt"
    resume.write_text("Jo Example\njo@example.com | +1 555 123 4567\nSkills\nPython, Django (jo@example.com)\n",
                      encoding="utf-8")
    [candidate] = screen([resume], {"must_have": ["Python"]}, blind=True).candidates
    assert candidate.name is None and candidate.file_name == candidate.candidate_id + ".txt"
    snippets = [m.snippet for s in candidate.skills for m in s.mentions]
    assert snippets and all("jo@" not in s and "Example" not in s for s in snippets)
