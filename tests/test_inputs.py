"""Only resumes are screened: other files in a folder are skipped with a reason, never screened or errors."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from screener import screen
from screener.batch import find_inputs
from screener.cli import main
from screener.inputs import SKIPPED_NOT_RESUME, SKIPPED_OWN_REPORT, skip_reason

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
PDF = SAMPLES / "resumes" / "alice_nguyen_senior_backend.pdf"
DOCX = SAMPLES / "resumes" / "carmen_diaz_skills_table.docx"
PROFILE = SAMPLES / "profiles" / "senior_python_backend.yaml"
RESUME_TEXT = "Jo Example\nSkills\nPython, Django\n"

# (file name, content, expected reason or None when it is screened)
FILES: list[tuple[str, bytes, str | None]] = [
    ("cv.txt", RESUME_TEXT.encode(), None),
    ("cv.md", b"# Jo Example\n\n## Skills\nPython\n", None),
    ("CV", RESUME_TEXT.encode(), None),
    ("legacy.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, None),  # screened: errors.csv says convert it
    ("candidates.csv", b"name,email\nJo,jo@example.com\n", SKIPPED_NOT_RESUME),
    ("profile.json", b'{"skills": ["Python"]}', SKIPPED_NOT_RESUME),
    ("feed.xml", b"<?xml version='1.0'?><a/>", SKIPPED_NOT_RESUME),
    ("ad.html", b"<html><body>Python developer wanted</body></html>", SKIPPED_NOT_RESUME),
    ("export.xlsx", b"PK\x03\x04" + b"\0" * 64, SKIPPED_NOT_RESUME),
    ("photo.JPG", b"\xff\xd8\xff\xe0" + b"\0" * 64, SKIPPED_NOT_RESUME),
    ("data", b'  {"skills": ["Python"]}', SKIPPED_NOT_RESUME),
    ("page", b"<!DOCTYPE html><html></html>", SKIPPED_NOT_RESUME),
    ("old_ranking.txt", b"\xef\xbb\xbfrank,candidate_id,file,name,score\r\n1,abc,cv.pdf,Jo,75\r\n", SKIPPED_OWN_REPORT),
    ("old_errors.txt", b"\xef\xbb\xbffile,code,message,path,tool_version\r\n", SKIPPED_OWN_REPORT),
    ("run", b'{\n  "tool": "screener",\n  "tool_version": "0.1.0"\n}\n', SKIPPED_OWN_REPORT),
    ("ranking.txt", b'{\n  "schema_version": "1.0",\n  "kind": "ranking",\n', SKIPPED_OWN_REPORT),
    ("parsed.txt", b'{"schema_version": "1.0", "kind": "candidate", "tool_version": "0.1.0"}\n', SKIPPED_OWN_REPORT),
    ("schema.txt", b'{"schema_version": 1, "kind": "resume"}', None),
]


@pytest.mark.parametrize(("name", "content", "reason"), FILES, ids=[f[0] for f in FILES])
def test_skip_reason(tmp_path: Path, name: str, content: bytes, reason: str | None) -> None:
    """Resumes (and resume formats to report on) are screened; data, images and earlier reports are skipped."""
    path = tmp_path / name
    path.write_bytes(content)
    skipped = skip_reason(path)
    assert (skipped.reason if skipped else None) == reason
    assert skipped is None or skipped.detail


@pytest.fixture()
def mixed_folder(tmp_path: Path) -> Path:
    """A recruiter's folder: two resumes, a spreadsheet export, a job ad page and an earlier screen's reports."""
    folder = tmp_path / "resumes"
    folder.mkdir()
    shutil.copy(PDF, folder / PDF.name)
    shutil.copy(DOCX, folder / DOCX.name)
    (folder / "export.csv").write_text("name,email\nJo,jo@example.com\n", encoding="utf-8")
    (folder / "job.html").write_text("<html><body>We hire</body></html>", encoding="utf-8")
    result = CliRunner().invoke(main, ["screen", str(folder), "--profile", str(PROFILE), "--out",
                                       str(folder / "report"), "-q"])
    assert result.exit_code == 0, result.output
    return folder


def test_a_second_run_screens_only_the_resumes(mixed_folder: Path, tmp_path: Path) -> None:
    """Screening the folder again, with --out elsewhere, ranks the two resumes and lists every other file as skipped."""
    result = screen([mixed_folder], PROFILE)
    assert sorted(Path(c.path).name for c in result.candidates) == sorted([PDF.name, DOCX.name])
    assert not result.failures
    reasons = {Path(s.path).name: s.reason for s in result.skipped}
    assert reasons == {
        "export.csv": SKIPPED_NOT_RESUME, "job.html": SKIPPED_NOT_RESUME, "manifest.json": SKIPPED_NOT_RESUME,
        "ranking.csv": SKIPPED_NOT_RESUME, "evidence.csv": SKIPPED_NOT_RESUME, "errors.csv": SKIPPED_NOT_RESUME,
        "report.html": SKIPPED_NOT_RESUME,
    }


def test_renamed_reports_are_recognised_by_content(mixed_folder: Path) -> None:
    """An earlier report renamed to .txt or given no suffix is still never screened."""
    (mixed_folder / "report" / "ranking.csv").rename(mixed_folder / "ranking.txt")
    (mixed_folder / "report" / "manifest.json").rename(mixed_folder / "manifest")
    inputs = find_inputs([mixed_folder])
    assert sorted(Path(f).name for f in inputs.files) == sorted([PDF.name, DOCX.name])
    own = {Path(s.path).name for s in inputs.skipped if s.reason == SKIPPED_OWN_REPORT}
    assert own == {"ranking.txt", "manifest"}


def test_manifest_lists_skipped_files(mixed_folder: Path, tmp_path: Path) -> None:
    """The manifest lists each skipped file with its reason and counts them apart from errors."""
    import json

    out = tmp_path / "second"
    result = CliRunner().invoke(main, ["screen", str(mixed_folder), "--profile", str(PROFILE), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "7 skipped as not resumes" in result.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"] == {"inputs": 2, "ranked": 2, "errors": 0, "skipped": 7}
    statuses = [i["status"] for i in manifest["inputs"]]
    assert statuses.count("ranked") == 2 and statuses.count(SKIPPED_NOT_RESUME) == 7


def test_rerun_into_the_same_out_replaces_it_and_says_so(mixed_folder: Path) -> None:
    """Writing into a folder that holds an earlier screen replaces its reports and says so."""
    import json

    out = mixed_folder / "report"
    (mixed_folder / "third.txt").write_text(RESUME_TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["screen", str(mixed_folder), "--profile", str(PROFILE), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Replaced the earlier screen's reports" in result.output
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["counts"]["ranked"] == 3
    assert sorted(p.name for p in out.iterdir()) == ["errors.csv", "evidence.csv", "manifest.json", "ranking.csv",
                                                     "report.html"]
    umask = os.umask(0)
    os.umask(umask)
    assert {p.stat().st_mode & 0o777 for p in out.iterdir()} == {0o666 & ~umask}  # as open as any file written


def test_only_skipped_files_is_a_clear_error(tmp_path: Path) -> None:
    """A folder with no resume at all exits 4 and says how many files were skipped."""
    (tmp_path / "a.csv").write_text("x,y\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["screen", str(tmp_path), "--profile", str(PROFILE), "--out",
                                       str(tmp_path / "o")])
    assert result.exit_code == 4
    assert "no resumes found" in result.output and "(1 skipped as not resumes)" in result.output
