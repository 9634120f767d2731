"""End to end on the bundled samples: each file beside its expected JSON, parsed for real."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from screener import ParseOptions, parse_resume
from screener.errors import IngestError
from screener.models import Candidate, YearMonth
from screener.taxonomy import load_taxonomy

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
AS_OF = YearMonth(2026, 11)
EXPECTED = sorted((SAMPLES / "expected").glob("*.json"))


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


CASES = [_load(p) for p in EXPECTED]
READABLE = [c for c in CASES if not c.get("expect_error")]
BROKEN = [c for c in CASES if c.get("expect_error")]


def _parse(case: dict[str, Any]) -> Candidate:
    return parse_resume(SAMPLES / "resumes" / case["file"], options=ParseOptions(as_of=AS_OF))


def _ids(names: list[str]) -> set[str]:
    tax = load_taxonomy()
    resolved = {tax.resolve(n) for n in names}
    assert None not in resolved, f"expected names not in the taxonomy: {names}"
    return {str(r) for r in resolved}


class TestSamples:
    def test_samples_exist(self) -> None:
        """The generator's samples and their expectations are present."""
        assert len(READABLE) >= 12
        assert BROKEN

    @pytest.mark.parametrize("case", READABLE, ids=[c["file"] for c in READABLE])
    def test_skills_found(self, case: dict[str, Any]) -> None:
        """Every skill the sample truly has is found, named in the visible text."""
        candidate = _parse(case)
        found = {s.skill_id for s in candidate.skills if s.mentions}
        assert _ids(case["skills"]) - found == set()

    @pytest.mark.parametrize("case", READABLE, ids=[c["file"] for c in READABLE])
    def test_traps_not_found(self, case: dict[str, Any]) -> None:
        """Ordinary words that look like skills (go the extra mile, excel at) are not found."""
        candidate = _parse(case)
        found = {s.skill_id for s in candidate.skills if s.mentions}
        traps = _ids(case["not_skills"]) - _ids(case["skills"])
        assert traps & found == set()

    @pytest.mark.parametrize("case", READABLE, ids=[c["file"] for c in READABLE])
    def test_positions_dated(self, case: dict[str, Any]) -> None:
        """Every labelled position is found with its start and end month."""
        candidate = _parse(case)
        found = {
            (str(p.start) if p.start else None, "present" if p.current else (str(p.end) if p.end else None))
            for p in candidate.positions
        }
        expected = {(p["start"], p["end"]) for p in case["positions"] if p["start"]}
        assert expected - found == set()

    @pytest.mark.parametrize("case", READABLE, ids=[c["file"] for c in READABLE])
    def test_total_months(self, case: dict[str, Any]) -> None:
        """Total experience, overlaps merged, matches the label."""
        assert _parse(case).total_months == case["total_months_as_of_2026-11"]

    @pytest.mark.parametrize("case", READABLE, ids=[c["file"] for c in READABLE])
    def test_hidden_stuffing_flagged(self, case: dict[str, Any]) -> None:
        """Skills hidden in invisible text are flagged, never counted."""
        flags = _parse(case).flags
        assert any(f.startswith("hidden_skills:") for f in flags) == case["hidden_stuffing"]

    @pytest.mark.parametrize("case", BROKEN, ids=[c["file"] for c in BROKEN])
    def test_broken_files_fail_with_their_code(self, case: dict[str, Any]) -> None:
        """A file that cannot be screened raises an IngestError with the expected reason code."""
        with pytest.raises(IngestError) as info:
            _parse(case)
        assert info.value.code.value == case["expect_error"]
