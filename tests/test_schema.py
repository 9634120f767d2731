"""The shipped JSON Schemas: generated from the models, never drifting, and true of real output."""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

import screener
from screener.cli import EXIT_OK, main
from screener.documents import SCHEMA_VERSION
from screener.schema import SCHEMA_NAMES, generate_schema, schema_text, shipped_text

ROOT = Path(__file__).resolve().parents[1]
RESUMES = ROOT / "data" / "samples" / "resumes"
PROFILE = ROOT / "data" / "samples" / "profiles" / "senior_python_backend.yaml"
AS_OF = ("--as-of", "2026-11-01")


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == EXIT_OK, result.output
    return result.stdout


def validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(screener.json_schema(name))


def problems(name: str, document: Any) -> list[str]:
    """Every way ``document`` breaks the schema ``name``, as "where: what"."""
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(name).iter_errors(document)]


@pytest.fixture(scope="module")
def parse_lines() -> list[dict[str, Any]]:
    """`screener parse --format json` of every sample, one document per line."""
    return [json.loads(line) for line in run("parse", str(RESUMES), *AS_OF, "--workers", "1").splitlines()]


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pool") / "pool.parquet"
    CliRunner().invoke(main, ["parse", str(RESUMES), *AS_OF, "--workers", "1", "--out", str(path)],
                       catch_exceptions=False)
    return path


class TestShipped:
    @pytest.mark.parametrize("name", SCHEMA_NAMES)
    def test_the_shipped_schema_is_the_generated_one(self, name: str) -> None:
        """The schema in the package is what the models generate now (else: run scripts/make_schemas.py)."""
        assert shipped_text(name) == schema_text(generate_schema(name)), (
            "the models changed: run scripts/make_schemas.py, and bump screener.documents.SCHEMA_VERSION "
            "(the major number for a breaking change)")

    @pytest.mark.parametrize("name", SCHEMA_NAMES)
    def test_it_is_a_valid_draft_2020_12_schema_naming_its_version(self, name: str) -> None:
        """Each schema is valid draft 2020-12, its $id carries the version, and documents must name that version."""
        schema = screener.json_schema(name)
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["$id"] == f"urn:screener:schema:{name}:{SCHEMA_VERSION}"
        for choice in schema["oneOf"]:
            definition = schema["$defs"][choice["$ref"].rpartition("/")[2]]
            assert definition["properties"]["schema_version"]["const"] == SCHEMA_VERSION

    @pytest.mark.parametrize("name", SCHEMA_NAMES)
    def test_every_field_is_described(self, name: str) -> None:
        """Every property of every definition carries a description from its model's docstring."""
        for definition in screener.json_schema(name)["$defs"].values():
            for field, schema in definition.get("properties", {}).items():
                assert schema.get("description"), field

    def test_an_unknown_name_is_refused(self) -> None:
        """Asking for a schema that does not exist raises ConfigError, naming the ones that do."""
        with pytest.raises(screener.ConfigError, match="candidate, ranking"):
            screener.json_schema("resume")

    @pytest.mark.parametrize("name", SCHEMA_NAMES)
    def test_the_command_prints_the_shipped_file(self, name: str) -> None:
        """`screener schema NAME` prints the shipped schema exactly."""
        assert run("schema", name) == shipped_text(name)


class TestRealOutputIsValid:
    def test_every_parse_line_is_a_valid_candidate_document(self, parse_lines: list[dict[str, Any]]) -> None:
        """Each line `screener parse` prints, candidates and failures alike, is valid under the candidate schema."""
        assert {d["kind"] for d in parse_lines} == {"candidate", "failure"}
        for document in parse_lines:
            assert problems("candidate", document) == [], document.get("path")

    def test_rank_json_is_a_valid_ranking_document(self, pool: Path) -> None:
        """`screener rank POOL --format json` prints one ranking document, failures included, valid under its schema."""
        document = json.loads(run("rank", str(pool), "--profile", str(PROFILE), "--format", "json"))
        assert problems("ranking", document) == []
        assert len(document["entries"]) == 16 and {f["code"] for f in document["failures"]} == {
            "corrupt", "empty", "no_text"}

    def test_a_ranked_candidate_alone_is_valid(self, pool: Path) -> None:
        """ranked_candidate.to_dict() is valid under the ranking schema too."""
        ranking = screener.rank(screener.read_pool(pool), screener.load_profile(PROFILE), must_have_gate=False)
        for entry in ranking:
            assert problems("ranking", entry.to_dict()) == []

    @pytest.mark.parametrize(("name", "break_it", "why"), [
        ("ranking", lambda d: d["entries"][0].update(score="75"), "a score as text"),
        ("ranking", lambda d: d["entries"][0].update(must_have_met="3/4"), "must-haves met as a fraction"),
        ("ranking", lambda d: d["entries"][0]["lines"][0].update(status="good"), "a status no rule gives"),
        ("ranking", lambda d: d["entries"][0].pop("tier"), "a field left out"),
        ("ranking", lambda d: d.update(schema_version="0.9"), "another version"),
        ("ranking", lambda d: d["failures"][0].update(code="broken"), "a reason code that does not exist"),
        ("ranking", lambda d: d["entries"][0]["candidate"].update(as_of="2026-13"), "a month that does not exist"),
        ("ranking", lambda d: d["entries"][0]["candidate"].update(extra=1), "a field the models lack"),
        ("candidate", lambda d: d.update(kind="ranking"), "a kind the schema does not hold"),
    ])
    def test_the_schema_catches_a_wrong_document(self, pool: Path, name: str, break_it: Any, why: str) -> None:
        """A document broken in one place is invalid: the schema is a real check, not a formality."""
        result = screener.rank_pool(screener.read_pool(pool), screener.load_profile(PROFILE))
        document = (result.ranking.to_dict(failures=result.failures) if name == "ranking"
                    else result.candidates[0].to_dict())
        assert problems(name, document) == []
        break_it(document)
        assert problems(name, document), why


class TestReadme:
    def section(self) -> str:
        text = (ROOT / "README.md").read_text(encoding="utf-8")
        return text.partition("\n## JSON output\n")[2].partition("\n## ")[0]

    def blocks(self, language: str) -> list[str]:
        parts = self.section().split("```")
        return [part.removeprefix(language + "\n") for part in parts[1::2] if part.startswith(language + "\n")]

    def test_the_shell_lines_run(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Each `screener` line of the README's JSON section runs, and what it writes is valid under its schema."""
        monkeypatch.chdir(tmp_path)
        (tmp_path / "data").symlink_to(ROOT / "data")
        (lines,) = self.blocks("sh")
        for line in lines.splitlines():
            command, _, target = line.partition("#")[0].partition(" > ")
            args = shlex.split(command)
            assert args[0] == "screener"
            output = run(*args[1:])
            if target.strip():
                Path(target.strip()).write_text(output, encoding="utf-8")
        assert problems("ranking", json.loads(Path("ranking.json").read_text(encoding="utf-8"))) == []
        assert Path("report/ranking.json").read_text(encoding="utf-8") == Path("ranking.json").read_text(
            encoding="utf-8")
        for line in Path("candidates.jsonl").read_text(encoding="utf-8").splitlines():
            assert problems("candidate", json.loads(line)) == []
        assert json.loads(Path("ranking.schema.json").read_text(encoding="utf-8")) == screener.json_schema("ranking")

    def test_the_python_runs(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The README's JSON section's Python runs as written."""
        monkeypatch.chdir(ROOT)
        (code,) = self.blocks("python")
        exec(compile(code, "README.md", "exec"), {})

    def test_the_example_has_the_documents_keys(self, pool: Path) -> None:
        """The README's example ranking document has a real one's keys, in order, down to a score line's."""
        (example,) = [json.loads(block) for block in self.blocks("json")]
        real = screener.rank(screener.read_pool(pool), screener.load_profile(PROFILE)).to_dict()
        assert list(example) == list(real)
        assert (example["schema_version"], example["tool_version"]) == (SCHEMA_VERSION, screener.__version__)
        assert list(example["entries"][0]) == list(real["entries"][0])
        assert list(example["entries"][0]["lines"][0]) == list(real["entries"][0]["lines"][0])
