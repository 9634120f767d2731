"""The bundled fictional samples: reproducible, untouched by hand, and consistent with their truth."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import docx
import pytest
import yaml
from pdfminer.high_level import extract_text
from pdfminer.psparser import PSException

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "make_samples.py"
SAMPLES = REPO / "data" / "samples"
RESUMES = sorted(p for p in (SAMPLES / "resumes").iterdir() if p.is_file())
EXPECTED = sorted((SAMPLES / "expected").glob("*.json"))
PROFILES = sorted((SAMPLES / "profiles").glob("*.yaml"))

TRUTH_KEYS = {
    "file",
    "name",
    "skills",
    "not_skills",
    "positions",
    "total_months_as_of_2026-11",
    "hidden_stuffing",
    "layout",
    "format",
    "expect_error",
}


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_samples", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_samples"] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module


def _hashes(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _content(path: Path) -> str:
    """What a PDF or DOCX says, so that a newer reportlab or python-docx writing other
    bytes for the same content does not fail the check; raw bytes for anything else."""
    try:
        if path.suffix == ".pdf":
            return extract_text(path)
        if path.suffix == ".docx":
            document = docx.Document(str(path))
            cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
            headers = [p.text for s in document.sections for p in s.header.paragraphs]
            return "\n".join([*headers, *(p.text for p in document.paragraphs), *cells])
    except Exception:  # the deliberately broken samples compare as bytes
        pass
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _generate(out: Path) -> dict[str, str]:
    # A fresh interpreter per run, so differing hash seeds or clocks would show.
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], check=True, capture_output=True)
    return _hashes(out)


@pytest.fixture(scope="module")
def fresh_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("samples")


@pytest.fixture(scope="module")
def two_runs(fresh_root: Path) -> tuple[dict[str, str], dict[str, str]]:
    return _generate(fresh_root / "first"), _generate(fresh_root / "second")


def _truth(path: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


class TestGenerator:
    def test_two_runs_give_identical_bytes(self, two_runs: tuple[dict[str, str], dict[str, str]]) -> None:
        """Running the generator twice writes the same files with the same sha256."""
        first, second = two_runs
        assert first
        assert first == second

    def test_committed_files_equal_a_fresh_run(
        self, two_runs: tuple[dict[str, str], dict[str, str]], fresh_root: Path
    ) -> None:
        """data/samples holds what the generator writes (same text, if not the same bytes), so nobody edits it."""
        fresh, _ = two_runs
        committed = _hashes(SAMPLES)
        assert sorted(committed) == sorted(fresh), "files added or missing: rerun the script"
        changed = [
            name for name in fresh
            if committed[name] != fresh[name]
            and _content(SAMPLES / name) != _content(fresh_root / "first" / name)
        ]
        assert not changed, f"differ from a fresh run: {changed}"

    @pytest.mark.parametrize(
        ("positions", "months"),
        [
            ([("2015-01", "2015-02")], 2),
            ([("2017-01", "2019-12")], 36),
            ([("2020-06", "2020-08")], 3),
            ([("2026-01", "present")], 11),
            ([("2020-01", "2022-12"), ("2021-01", "present")], 83),
            ([("2018-01", "2018-06"), ("2019-01", "2019-06")], 12),
            ([(None, None)], None),
            ([], None),
        ],
    )
    def test_total_months_follows_the_documented_rules(
        self, positions: list[tuple[str | None, str | None]], months: int | None
    ) -> None:
        """Both end months count, present is 2026-11, overlaps count once, undated adds nothing."""
        script = _load_script()
        dicts = [{"start": s, "end": e} for s, e in positions]
        assert script.total_months(dicts) == months

    def test_ground_truth_is_consistent_with_the_text(self) -> None:
        """Every listed skill and trap word appears in the text the generator writes."""
        script = _load_script()
        assert script.check(script.RESUMES) == []

    def test_check_reports_truth_the_text_does_not_support(self) -> None:
        """A skill absent from the text, or listed as both skill and trap, is reported."""
        script = _load_script()
        wrong = dataclasses.replace(script.RESUMES[0], skills="Python, Rust", not_skills="Python")
        problems = script.check([wrong])
        assert any("'Rust' not in the text" in p for p in problems)
        assert any("'Python' is both a skill and a trap" in p for p in problems)


class TestExpected:
    def test_enough_resumes_in_each_format(self) -> None:
        """At least 14 working resumes, roughly half PDF and half DOCX, plus a text one."""
        formats = [p.suffix for p in RESUMES if not _truth(SAMPLES / "expected" / f"{p.stem}.json")["expect_error"]]
        assert len(formats) >= 14
        assert formats.count(".pdf") >= 6
        assert formats.count(".docx") >= 6
        assert ".txt" in formats

    @pytest.mark.parametrize("resume", RESUMES, ids=lambda p: p.name)
    def test_every_resume_has_an_expected_json(self, resume: Path) -> None:
        """Each file in resumes/ has expected/<stem>.json naming it."""
        expected = SAMPLES / "expected" / f"{resume.stem}.json"
        assert expected.is_file()
        assert _truth(expected)["file"] == resume.name

    @pytest.mark.parametrize("expected", EXPECTED, ids=lambda p: p.name)
    def test_every_expected_json_parses_and_names_an_existing_file(self, expected: Path) -> None:
        """Each expected JSON has the agreed keys and names a file that exists."""
        truth = _truth(expected)
        assert set(truth) == TRUTH_KEYS
        assert (SAMPLES / "resumes" / str(truth["file"])).is_file()
        assert truth["format"] == Path(str(truth["file"])).suffix.lstrip(".")
        positions = truth["positions"]
        assert isinstance(positions, list)
        for p in positions:
            assert set(p) == {"title", "employer", "start", "end"}
        if truth["expect_error"]:
            assert truth["name"] is None and not truth["skills"] and not positions


class TestFiles:
    @pytest.mark.parametrize(
        "expected",
        [p for p in EXPECTED if not _truth(p)["expect_error"]],
        ids=lambda p: p.stem,
    )
    def test_working_resumes_extract_their_name(self, expected: Path) -> None:
        """A working resume yields text (body or DOCX header) that holds the candidate's name."""
        truth = _truth(expected)
        path = SAMPLES / "resumes" / str(truth["file"])
        if path.suffix == ".pdf":
            text = extract_text(path)
        elif path.suffix == ".docx":
            document = docx.Document(str(path))
            parts = [p.text for p in document.paragraphs]
            parts += [p.text for s in document.sections for p in s.header.paragraphs]
            parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
            text = "\n".join(parts)
        else:
            text = path.read_text(encoding="utf-8")
        assert str(truth["name"]) in text

    def test_failing_resumes_fail_as_labelled(self) -> None:
        """The corrupt PDF does not parse, the image-only PDF has no text, empty.docx is empty."""
        resumes = SAMPLES / "resumes"
        with pytest.raises(PSException):
            extract_text(resumes / "corrupt.pdf")
        assert extract_text(resumes / "image_only.pdf").strip() == ""
        assert (resumes / "empty.docx").stat().st_size == 0


class TestProfiles:
    def test_there_are_at_least_three(self) -> None:
        """The senior backend, data-science and junior backend profiles are bundled."""
        assert {p.name for p in PROFILES} >= {
            "senior_python_backend.yaml",
            "data_scientist.yaml",
            "junior_backend.yaml",
        }

    @pytest.mark.parametrize("profile", PROFILES, ids=lambda p: p.name)
    def test_profile_has_the_agreed_shape(self, profile: Path) -> None:
        """A profile has a title and lists of skills, each with a weight and only known keys."""
        data = yaml.safe_load(profile.read_text(encoding="utf-8"))
        assert set(data) <= {"title", "must_have", "nice_to_have", "min_total_years"}
        assert isinstance(data["title"], str)
        assert data["must_have"]
        for item in data["must_have"] + data.get("nice_to_have", []):
            assert set(item) <= {"skill", "weight", "min_years", "recent_within_years"}
            assert isinstance(item["skill"], str)
            assert isinstance(item["weight"], int | float)
