"""JSON documents: Candidate.to_dict, Failure.to_dict, Ranking.to_dict on the real samples."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

import screener
from screener.documents import SCHEMA_VERSION

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
RESUMES = SAMPLES / "resumes"
PROFILE = SAMPLES / "profiles" / "senior_python_backend.yaml"
OPTIONS = screener.ParseOptions(as_of=screener.YearMonth(2026, 11))
HEADER = ["schema_version", "kind", "tool_version"]


@pytest.fixture(scope="module")
def result() -> screener.ScreenResult:
    return screener.screen([str(RESUMES)], str(PROFILE), options=OPTIONS, workers=1)


def dumped(document: dict[str, Any]) -> str:
    """The document as json.dumps writes it: no custom encoder, and NaN refused."""
    return json.dumps(document, ensure_ascii=False, allow_nan=False)


class TestCandidateDocument:
    def test_json_dumps_writes_it_and_reads_it_back_equal(self, result: screener.ScreenResult) -> None:
        """Every parsed sample's dict goes through json.dumps as it is and comes back unchanged."""
        for candidate in result.candidates:
            document = candidate.to_dict()
            assert json.loads(dumped(document)) == document

    def test_opens_with_the_header(self, result: screener.ScreenResult) -> None:
        """A candidate document opens with schema_version, kind and tool_version, then the candidate's fields."""
        document = result.candidates[0].to_dict()
        assert list(document)[:4] == [*HEADER, "candidate_id"]
        assert document["schema_version"] == SCHEMA_VERSION
        assert document["kind"] == "candidate"
        assert document["tool_version"] == screener.__version__
        assert document["taxonomy_version"] == result.taxonomy.version

    def test_months_are_text_and_missing_values_none(self, result: screener.ScreenResult) -> None:
        """Months are "YYYY-MM" strings and a value the resume lacks is None, never an empty string."""
        candidate = next(c for c in result.candidates if any(not p.dated for p in c.positions)
                         or any(s.months is None for s in c.skills))
        document = candidate.to_dict()
        assert document["as_of"] == "2026-11"
        dated = [p for p in document["positions"] if p["start"] is not None]
        assert dated and all(len(p["start"]) == 7 and p["start"][4] == "-" for p in dated)
        values = [s["months"] for s in document["skills"]] + [p["start"] for p in document["positions"]]
        assert None in values and "" not in values

    def test_from_dict_gives_the_candidate_back(self, result: screener.ScreenResult) -> None:
        """Candidate.from_dict reads what to_dict wrote (through JSON text) back equal, field for field."""
        for candidate in result.candidates:
            assert screener.Candidate.from_dict(json.loads(dumped(candidate.to_dict()))) == candidate

    def test_the_record_is_the_document(self, result: screener.ScreenResult) -> None:
        """screener.candidate_record, what `screener parse` prints, is the same document."""
        candidate = result.candidates[0]
        assert screener.candidate_record(candidate) == candidate.to_dict()

    @pytest.mark.parametrize(("change", "reason"), [
        ({"schema_version": "2.0"}, "another major schema version"),
        ({"kind": "failure"}, "another kind of document"),
        ({"skills": "python"}, "a field of the wrong kind"),
        ({"surprise": 1}, "a field the model lacks"),
        ({"schema_version": "one"}, "a version that is not MAJOR.MINOR"),
    ])
    def test_from_dict_refuses(self, result: screener.ScreenResult, change: dict[str, Any], reason: str) -> None:
        """A document screener cannot read back raises DocumentError (also a ValueError), naming why."""
        document = {**result.candidates[0].to_dict(), **change}
        with pytest.raises(screener.DocumentError):
            screener.Candidate.from_dict(document)
        assert issubclass(screener.DocumentError, ValueError), reason

    def test_a_newer_minor_version_is_read_without_its_additions(self, result: screener.ScreenResult) -> None:
        """A later minor version is read, the fields it added (at any depth) left out; at ours they are refused."""
        candidate = next(c for c in result.candidates if c.skills)
        major = SCHEMA_VERSION.partition(".")[0]
        document = {**candidate.to_dict(), "schema_version": f"{major}.99", "added": [1]}
        document["skills"][0]["added_too"] = "x"
        assert screener.Candidate.from_dict(document) == candidate
        with pytest.raises(screener.DocumentError):
            screener.Candidate.from_dict({**document, "schema_version": SCHEMA_VERSION})


class TestFailureDocument:
    def test_a_failure_is_a_document_with_its_code(self, result: screener.ScreenResult) -> None:
        """A file that could not be read is a failure document: path, reason code and message, after the header."""
        documents = {Path(f.path).name: f.to_dict() for f in result.failures}
        assert {name: d["code"] for name, d in documents.items()} == {
            "corrupt.pdf": "corrupt", "empty.docx": "empty", "image_only.pdf": "no_text"}
        assert list(documents["corrupt.pdf"]) == [*HEADER, "path", "code", "message"]
        assert documents["corrupt.pdf"]["kind"] == "failure"

    def test_from_dict_gives_the_failure_back(self, result: screener.ScreenResult) -> None:
        """Failure.from_dict reads what to_dict wrote back equal; a candidate's document is refused."""
        for failure in result.failures:
            assert screener.Failure.from_dict(json.loads(dumped(failure.to_dict()))) == failure
        with pytest.raises(screener.DocumentError):
            screener.Failure.from_dict(result.candidates[0].to_dict())


class TestRankingDocument:
    def test_json_dumps_round_trips(self, result: screener.ScreenResult) -> None:
        """json.dumps(ranking.to_dict()) works with no custom encoder, and json.loads gives the same dict back."""
        document = result.ranking.to_dict(failures=result.failures)
        assert json.loads(dumped(document)) == document

    def test_header_versions_and_profile_hash(self, result: screener.ScreenResult) -> None:
        """The ranking records the schema, tool and taxonomy versions and the profile's hash, as the CSVs do."""
        document = result.ranking.to_dict()
        row = result.ranking.rows()[0]
        assert list(document)[:3] == HEADER and document["kind"] == "ranking"
        assert document["taxonomy_version"] == row["taxonomy_version"]
        assert document["profile_hash"] == row["profile_hash"]
        profile = document["profile"]
        assert hashlib.sha256(profile["data"].encode()).hexdigest() == profile["sha256"]
        assert document["settings"] == dict(result.ranking.settings)

    def test_every_point_of_every_score(self, result: screener.ScreenResult) -> None:
        """Each entry holds its score, tier, must-haves as integers and score lines whose points add up to it."""
        document = result.ranking.to_dict(failures=result.failures)
        assert [e["rank"] for e in document["entries"]] == list(range(1, len(result.ranking) + 1))
        for entry in document["entries"]:
            assert all(isinstance(entry[k], int) for k in ("must_have_met", "must_have_verified", "must_have_total"))
            assert entry["must_have_total"] == sum(ln["requirement"] == "must-have" for ln in entry["lines"])
            assert sum(ln["points"] for ln in entry["lines"]) == pytest.approx(entry["score"], abs=0.011)
            assert all({"points", "max_points", "surface", "snippet", "note", "status"} <= set(ln)
                       for ln in entry["lines"])
        assert [Path(f["path"]).name for f in document["failures"]] == ["corrupt.pdf", "empty.docx", "image_only.pdf"]

    def test_tiers_order_before_scores(self, result: screener.ScreenResult) -> None:
        """Under the gate, tiers run 1 to 3 down the ranking; with the gate off every tier is None."""
        tiers = [e["tier"] for e in result.ranking.to_dict()["entries"]]
        assert tiers == sorted(tiers) and set(tiers) <= {1, 2, 3} and 1 in tiers
        ungated = screener.rank(result.candidates, result.ranking.profile, must_have_gate=False)
        assert {e["tier"] for e in ungated.to_dict()["entries"]} == {None}

    def test_the_entries_candidates_rank_again_the_same(self, result: screener.ScreenResult) -> None:
        """Candidates read back from a ranking document's entries rank to the same document."""
        document = json.loads(dumped(result.ranking.to_dict()))
        candidates = [screener.Candidate.from_dict(e["candidate"]) for e in document["entries"]]
        assert screener.rank(candidates, result.ranking.profile).to_dict() == document

    def test_same_inputs_same_bytes(self, result: screener.ScreenResult) -> None:
        """Ranking the same candidates again gives byte-identical JSON."""
        again = screener.rank(list(reversed(result.candidates)), result.ranking.profile)
        assert dumped(again.to_dict()) == dumped(result.ranking.to_dict())

    def test_a_ranked_candidate_alone_is_a_document(self, result: screener.ScreenResult) -> None:
        """ranked_candidate.to_dict() is a document of its own, the ranking's entry after a header."""
        best = result.ranking.entries[0]
        document = best.to_dict()
        assert document["kind"] == "ranked_candidate"
        entry = result.ranking.to_dict()["entries"][0]
        assert {k: v for k, v in document.items() if k not in HEADER} == entry
        assert list(entry) == [f.name for f in dataclasses.fields(screener.RankedCandidate)]
        assert screener.RankedCandidate.from_dict(json.loads(dumped(document))) == best

    def test_models_stay_slotted(self, result: screener.ScreenResult) -> None:
        """Being documents adds no instance dict: candidates, failures and ranked candidates stay slotted."""
        for value in (result.candidates[0], result.failures[0], result.ranking.entries[0]):
            assert not hasattr(value, "__dict__")
