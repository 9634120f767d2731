"""The command line, run through click's CliRunner on the real samples."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import docfactory
from screener.cli import (
    EXIT_INVALID_DATA,
    EXIT_NOTHING_SCREENED,
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    main,
)

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
RESUMES = SAMPLES / "resumes"
PROFILE = SAMPLES / "profiles" / "senior_python_backend.yaml"
COMMANDS = [["screen"], ["rank"], ["skills"], ["parse"], ["schema"], ["audit"], ["profile", "check"], ["taxonomy", "check"], ["profile"],
            ["taxonomy"]]


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def screened(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("screen") / "out"
    code, output = run("screen", str(RESUMES), "--profile", str(PROFILE), "--out", str(out),
                       "--as-of", "2026-11-01", "--quiet")
    assert code == EXIT_OK, output
    return out


class TestHelp:
    @pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
    def test_help_has_example(self, command: list[str]) -> None:
        """Every command has --help text; every leaf command shows an example."""
        code, output = run(*command, "--help")
        assert code == 0
        if command[0] not in ("profile", "taxonomy") or len(command) == 2:
            assert "Example" in output


class TestScreen:
    def test_every_input_once(self, screened: Path) -> None:
        """Every file in the folder appears exactly once, ranked or in errors.csv."""
        ranked = [r["path"] for r in read_csv(screened / "ranking.csv")]
        failed = [r["path"] for r in read_csv(screened / "errors.csv")]
        inputs = sorted(str(p) for p in RESUMES.iterdir())
        assert sorted(ranked + failed) == inputs
        assert len(set(ranked + failed)) == len(inputs)

    def test_error_codes(self, screened: Path) -> None:
        """Broken samples are reported with their reason codes."""
        codes = {r["file"]: r["code"] for r in read_csv(screened / "errors.csv")}
        assert codes == {"corrupt.pdf": "corrupt", "empty.docx": "empty", "image_only.pdf": "no_text"}

    def test_points_add_up(self, screened: Path) -> None:
        """Each candidate's evidence points add up to the score in ranking.csv."""
        scores = {r["candidate_id"]: float(r["score"]) for r in read_csv(screened / "ranking.csv")}
        totals: dict[str, float] = {}
        for row in read_csv(screened / "evidence.csv"):
            totals[row["candidate_id"]] = totals.get(row["candidate_id"], 0.0) + float(row["points"])
        assert {k: round(v, 2) for k, v in totals.items()} == scores

    def test_strong_fit_ranks_first(self, screened: Path) -> None:
        """The strongest senior backend samples rank above the chef and the accountant."""
        files = [r["file"] for r in read_csv(screened / "ranking.csv")]
        assert files.index("alice_nguyen_senior_backend.pdf") < files.index("isabel_moreau_chef.pdf")
        assert files.index("alice_nguyen_senior_backend.pdf") < 3

    def test_reports_are_reproducible(self, screened: Path, tmp_path: Path) -> None:
        """A second run gives byte-identical CSV files."""
        again = tmp_path / "again"
        code, _ = run("screen", str(RESUMES), "--profile", str(PROFILE), "--out", str(again),
                      "--as-of", "2026-11-01", "--quiet", "--workers", "2")
        assert code == EXIT_OK
        for name in ("ranking.csv", "evidence.csv", "errors.csv"):
            assert (again / name).read_bytes() == (screened / name).read_bytes(), name

    def test_manifest(self, screened: Path) -> None:
        """The manifest records versions, hashes, the as-of date and every input."""
        manifest = json.loads((screened / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["as_of"] == "2026-11"
        assert manifest["present_policy"] == "document"
        assert len(manifest["profile"]["sha256"]) == 64
        assert manifest["taxonomy"]["version"]
        assert len(manifest["inputs"]) == len(list(RESUMES.iterdir()))
        assert all(i["sha256"] for i in manifest["inputs"] if i["status"] != "empty")

    def test_formula_cells_are_neutralised(self, tmp_path: Path) -> None:
        """A resume line that starts like a formula is written as text, not a formula."""
        resume = tmp_path / "cv.txt"
        resume.write_text("Jo Doe\nSkills\n=HYPERLINK(\"http://x\") Python\n", encoding="utf-8")
        profile = tmp_path / "p.yaml"
        profile.write_text("must_have: [Python]\n", encoding="utf-8")
        code, _ = run("screen", str(resume), "--profile", str(profile), "--out", str(tmp_path / "o"), "-q")
        assert code == EXIT_OK
        snippet = read_csv(tmp_path / "o" / "evidence.csv")[0]["snippet"]
        assert snippet.startswith("'=HYPERLINK")

    def test_strict_and_nothing_screened(self, tmp_path: Path) -> None:
        """--strict turns unreadable files into exit 5; no readable file at all is exit 4."""
        code, _ = run("screen", str(RESUMES), "--profile", str(PROFILE), "--out", str(tmp_path / "a"),
                      "--strict", "-q")
        assert code == EXIT_SOME_FAILED
        code, _ = run("screen", str(RESUMES / "corrupt.pdf"), "--profile", str(PROFILE),
                      "--out", str(tmp_path / "b"), "-q")
        assert code == EXIT_NOTHING_SCREENED

    def test_bad_profile(self, tmp_path: Path) -> None:
        """An invalid profile exits 3 and names the problem and a fix."""
        profile = tmp_path / "p.yaml"
        profile.write_text("must_have:\n  - skill: Djnago\n", encoding="utf-8")
        code, output = run("screen", str(RESUMES), "--profile", str(profile), "--out", str(tmp_path / "o"))
        assert code == EXIT_INVALID_DATA
        assert "Django" in output


class TestSkillsAndParse:
    def test_skills_json(self) -> None:
        """skills --format json prints one object per file, errors included."""
        code, output = run("skills", str(RESUMES / "alice_nguyen_senior_backend.pdf"),
                           str(RESUMES / "corrupt.pdf"), "--format", "json")
        assert code == EXIT_OK
        good, bad = (json.loads(line) for line in output.splitlines())
        assert good["error"] is None
        python = next(s for s in good["skills"] if s["id"] == "python")
        assert {"id", "name", "surface", "section", "snippet"} <= set(python)
        assert bad["error"]["code"] == "corrupt"
        assert bad["skills"] == []
        assert len(good["candidate_id"]) == 12 and bad["candidate_id"] is None  # joins ranking.csv's candidate_id

    def test_implied_skill_in_json(self, tmp_path: Path) -> None:
        """A skill only implied by another carries implied: true and no surface."""
        resume = tmp_path / "cv.txt"
        resume.write_text("Skills\nDjango\n", encoding="utf-8")
        code, output = run("skills", str(resume), "--format", "json")
        assert code == EXIT_OK
        skills = {s["id"]: s for s in json.loads(output)["skills"]}
        assert skills["python"]["implied"] is True
        assert "surface" not in skills["python"]

    def test_parse_json(self) -> None:
        """parse prints the candidate document with dated positions, the open one current, and total months."""
        code, output = run("parse", str(RESUMES / "alice_nguyen_senior_backend.pdf"), "--as-of", "2026-11-01")
        assert code == EXIT_OK
        record = json.loads(output)
        assert (record["kind"], record["total_months"]) == ("candidate", 138)
        assert {"title", "employer", "start", "end", "current"} <= set(record["positions"][0])
        assert any(p["current"] and p["end"] == "2026-11" for p in record["positions"])

    def test_bad_as_of(self) -> None:
        """A malformed --as-of is a usage error."""
        code, _ = run("parse", str(RESUMES / "notes.txt"), "--as-of", "soon")
        assert code == 2


class TestChecks:
    def test_profile_check(self) -> None:
        """profile check shows how names resolve."""
        code, output = run("profile", "check", str(SAMPLES / "profiles" / "junior_backend.yaml"))
        assert code == EXIT_OK
        assert "PostgreSQL" in output

    def test_taxonomy_check(self) -> None:
        """taxonomy check passes on the built-in taxonomy."""
        code, output = run("taxonomy", "check")
        assert code == EXIT_OK
        assert "OK" in output

    def test_taxonomy_check_reports_overlay_problems(self, tmp_path: Path) -> None:
        """A broken overlay exits 3 with its problems listed."""
        overlay = tmp_path / "ours.yaml"
        overlay.write_text("skills:\n  - id: ourdb\n    name: OurDB\n    category: nosuch\n    kind: technology\n", encoding="utf-8")
        code, output = run("taxonomy", "check", "--taxonomy", str(overlay))
        assert code == EXIT_INVALID_DATA
        assert "unknown category" in output


class TestOptions:
    def test_no_fuzzy(self) -> None:
        """--no-fuzzy drops the misspelt skills the fuzzy pass finds."""
        resume = str(RESUMES / "jonas_weber_misspellings.pdf")
        _, fuzzy = run("skills", resume, "--format", "json")
        _, exact = run("skills", resume, "--format", "json", "--no-fuzzy")
        fuzzy_ids = {s["id"] for s in json.loads(fuzzy)["skills"] if not s["implied"]}
        exact_ids = {s["id"] for s in json.loads(exact)["skills"] if not s["implied"]}
        assert {"django", "kubernetes"} <= fuzzy_ids - exact_ids

    def test_overlay_adds_a_skill_and_is_recorded(self, tmp_path: Path) -> None:
        """A taxonomy overlay adds a company's skill; profiles can ask for it; the manifest hashes it."""
        overlay = tmp_path / "ours.yaml"
        overlay.write_text(
            "skills:\n  - id: acmeflow\n    name: AcmeFlow\n    category: cicd\n    kind: technology\n    aliases: [acme flow]\n",
            encoding="utf-8",
        )
        resume = tmp_path / "cv.txt"
        resume.write_text("Skills\nPython, Acme Flow\n", encoding="utf-8")
        profile = tmp_path / "p.yaml"
        profile.write_text("must_have: [AcmeFlow]\n", encoding="utf-8")
        code, _ = run("screen", str(resume), "--profile", str(profile), "--out", str(tmp_path / "o"),
                      "--taxonomy", str(overlay), "-q")
        assert code == EXIT_OK
        assert read_csv(tmp_path / "o" / "ranking.csv")[0]["must_have_met"] == "1/1"
        manifest = json.loads((tmp_path / "o" / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["taxonomy"]["overlays"][0]["sha256"]

    def test_pdf_engine(self, tmp_path: Path) -> None:
        """--pdf-engine pdfminer finds the skills, months and positions the fast default does; the manifest records it.

        (The engines may differ in a bullet glyph pdfminer cannot map, which moves evidence offsets.)
        """
        resume = str(RESUMES / "alice_nguyen_senior_backend.pdf")
        found = {}
        for engine in ("fast", "pdfminer"):
            code, output = run("parse", resume, "--as-of", "2026-11-01", "--pdf-engine", engine)
            assert code == EXIT_OK
            record = json.loads(output)
            positions = [{k: p[k] for k in ("title", "employer", "start", "end", "months")} for p in record["positions"]]
            found[engine] = ({s["skill_id"]: s["months"] for s in record["skills"]}, positions, record["total_months"])
        assert found["pdfminer"] == found["fast"]
        code, _ = run("screen", resume, "--profile", str(PROFILE), "--out", str(tmp_path / "o"), "-q",
                      "--pdf-engine", "pdfminer")
        assert code == EXIT_OK
        assert json.loads((tmp_path / "o" / "manifest.json").read_text(encoding="utf-8"))["settings"]["engine"] == "pdfminer"

    def test_unknown_pdf_engine(self) -> None:
        """An unknown --pdf-engine is a usage error."""
        code, _ = run("parse", str(RESUMES / "notes.txt"), "--pdf-engine", "pdfbox")
        assert code == 2

    def test_min_years_orders_seniority(self, tmp_path: Path) -> None:
        """Asking for years ranks the senior Django samples above the one-year junior."""
        profile = tmp_path / "p.yaml"
        profile.write_text(
            "must_have:\n  - {skill: Python, weight: 2, min_years: 5}\n  - {skill: Django, weight: 2, min_years: 3}\n",
            encoding="utf-8",
        )
        code, _ = run("screen", str(RESUMES), "--profile", str(profile), "--out", str(tmp_path / "o"),
                      "--as-of", "2026-11-01", "-q")
        assert code == EXIT_OK
        rows = {r["file"]: r for r in read_csv(tmp_path / "o" / "ranking.csv")}
        senior, junior = rows["alice_nguyen_senior_backend.pdf"], rows["grace_kim_junior.pdf"]
        assert int(senior["rank"]) < int(junior["rank"])
        assert float(senior["score"]) == 100.0
        assert "of 5 years" in junior["explanation"]


# (option, value given, exit code, manifest setting): the per-file limits a screen takes.
LIMITS = [
    ("--timeout", "0", EXIT_USAGE, "timeout"), ("--timeout", "-1", EXIT_USAGE, "timeout"),
    ("--timeout", "soon", EXIT_USAGE, "timeout"), ("--timeout", "7.5", EXIT_OK, "timeout"),
    ("--memory-limit", "0", EXIT_USAGE, "memory_limit"), ("--memory-limit", "lots", EXIT_USAGE, "memory_limit"),
    ("--memory-limit", "300", EXIT_OK, "memory_limit"),
]


class TestTimeout:
    @pytest.mark.parametrize(("option", "value", "code", "setting"), LIMITS)
    def test_limit_option(self, tmp_path: Path, option: str, value: str, code: int, setting: str) -> None:
        """--timeout takes seconds above zero, --memory-limit whole MiB above zero; the limit used is in the manifest."""
        resume = tmp_path / "cv.txt"
        resume.write_text("Skills\nPython, Django\n", encoding="utf-8")
        out = tmp_path / "o"
        result = CliRunner().invoke(main, ["screen", str(resume), "--profile", str(PROFILE), "--out", str(out),
                                           option, value, "-q"])
        assert result.exit_code == code, result.output
        if code == EXIT_OK:
            manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
            assert manifest["settings"][setting] == value

    def test_help_shows_the_default(self) -> None:
        """The help of a parsing command shows the default time limit, read from ParseOptions."""
        _, output = run("parse", "--help")
        assert "--timeout SECONDS" in output and "[default: 60.0" in output


class TestSkillKinds:
    SAMPLE = str(RESUMES / "alice_nguyen_senior_backend.pdf")

    def test_json_gives_each_skill_its_kind(self) -> None:
        """`screener skills --format json` names every skill's kind."""
        code, output = run("skills", self.SAMPLE, "--format", "json")
        skills = json.loads(output)["skills"]
        assert code == EXIT_OK
        assert skills and {s["kind"] for s in skills} <= {"technology", "method", "concept"}
        assert next(s for s in skills if s["id"] == "python")["kind"] == "technology"

    def test_kind_filter(self) -> None:
        """`--kind technology,method` leaves out concepts and keeps the rest."""
        _, everything = run("skills", self.SAMPLE, "--format", "json")
        _, named = run("skills", self.SAMPLE, "--format", "json", "--kind", "technology,method")
        all_kinds = {s["kind"] for s in json.loads(everything)["skills"]}
        kept = json.loads(named)["skills"]
        assert {s["kind"] for s in kept} == all_kinds - {"concept"}
        assert len(kept) == sum(1 for s in json.loads(everything)["skills"] if s["kind"] != "concept")

    def test_unknown_kind_is_bad_usage(self) -> None:
        """An unknown kind is a usage error that names the choices."""
        code, output = run("skills", self.SAMPLE, "--kind", "tool")
        assert code == 2 and "technology, method, concept" in output

    def test_csv_has_a_kind_column(self) -> None:
        """The CSV has kind and context columns, one row per skill."""
        _, output = run("skills", self.SAMPLE, "--format", "csv")
        rows = list(csv.DictReader(output.splitlines()))
        assert rows and all(r["kind"] in {"technology", "method", "concept"} for r in rows)
        assert "context" in rows[0]
        assert list(rows[0])[:2] == ["candidate_id", "file"] and all(len(r["candidate_id"]) == 12 for r in rows)

    def test_evidence_names_the_kind(self, screened: Path) -> None:
        """evidence.csv gives each skill requirement's kind; experience and degree lines have none."""
        rows = read_csv(screened / "evidence.csv")
        skill_rows = [r for r in rows if r["requirement"] in ("must-have", "nice-to-have")]
        assert skill_rows and all(r["kind"] in {"technology", "method", "concept"} for r in skill_rows)
        assert all(r["kind"] == "" for r in rows if r["requirement"] in ("experience", "degree"))


class TestCellsSafe:
    """Every cell of every CSV opens safely in a spreadsheet."""

    def test_skills_csv_neutralises_formulas(self, tmp_path: Path) -> None:
        """A snippet that starts like a formula, even after a non-breaking space, is text in the skills CSV."""
        resume = tmp_path / "cv.txt"
        resume.write_text("Jo Doe\nSkills\n\u00a0@SUM(1) Python, Django\n", encoding="utf-8")
        _, output = run("skills", str(resume), "--format", "csv")
        rows = list(csv.DictReader(output.splitlines()))
        snippets = [r["snippet"] for r in rows if r["snippet"]]
        assert snippets and all(s.startswith("'") for s in snippets)

    def test_repeated_positions_are_merged(self, tmp_path: Path) -> None:
        """A resume repeating one job hundreds of times gives one merged position with a count, within a cell."""
        job = "Python Developer, Acme Corp, Jan 2019 - Dec 2020\n- Built web services in Python\n"
        resume = tmp_path / "cv.txt"
        resume.write_text("Jo Doe\nExperience\n" + job * 300, encoding="utf-8")
        profile = tmp_path / "p.yaml"
        profile.write_text("must_have: [Python]\n", encoding="utf-8")
        code, _ = run("screen", str(resume), "--profile", str(profile), "--out", str(tmp_path / "o"), "-q")
        assert code == EXIT_OK
        rows = read_csv(tmp_path / "o" / "evidence.csv")
        python = next(r for r in rows if r["skill_id"] == "python")
        assert python["positions"].endswith("(x300)") and python["positions"].count("Acme") == 1
        assert all(len(v) <= 32_767 for r in rows for v in r.values())


DATED_LINES = ["Sam Example", "EXPERIENCE", "Backend Engineer, Acme Ltd | Jan 2015 – Current",
               "Built services in Python"]


@pytest.fixture(scope="module")
def dated_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A PDF last saved in June 2018 whose only position runs "Jan 2015 – Current"."""
    folder = tmp_path_factory.mktemp("dated")
    return docfactory.pdf_dated(folder / "saved_2018.pdf", DATED_LINES, created="D:20180101",
                                modified="D:20180614093000Z")


class TestPresent:
    @pytest.mark.parametrize(("flags", "present", "source", "months"), [
        ((), "2018-06", "document", 42),
        (("--present", "document"), "2018-06", "document", 42),
        (("--present", "as-of"), "2026-11", "as_of", 143),
    ])
    def test_parse_json(self, dated_pdf: Path, flags: tuple[str, ...], present: str, source: str,
                        months: int) -> None:
        """parse gives "present" and "present_source"; a resume saved in 2018 counts to 2018 unless --present as-of."""
        code, output = run("parse", str(dated_pdf), "--as-of", "2026-11-01", *flags)
        assert code == EXIT_OK
        record = json.loads(output)
        assert (record["present"], record["present_source"], record["as_of"]) == (present, source, "2026-11")
        assert record["total_months"] == months

    def test_skills_follow_present(self, dated_pdf: Path) -> None:
        """skills --format json counts a skill's months to the resume's present, or to --as-of when asked."""
        months = {}
        for policy in ("document", "as-of"):
            code, output = run("skills", str(dated_pdf), "--format", "json", "--as-of", "2026-11-01",
                               "--present", policy)
            assert code == EXIT_OK
            months[policy] = next(s["months"] for s in json.loads(output)["skills"] if s["id"] == "python")
        assert months == {"document": 42, "as-of": 143}

    def test_bad_policy(self, dated_pdf: Path) -> None:
        """An unknown --present is a usage error."""
        code, _ = run("parse", str(dated_pdf), "--present", "today")
        assert code == 2

    @pytest.mark.parametrize("policy", ["document", "as-of"])
    def test_screen_records_present(self, dated_pdf: Path, tmp_path: Path, policy: str) -> None:
        """The manifest records the policy and each input's present; evidence.csv has present columns."""
        text = tmp_path / "plain.txt"
        text.write_text("\n".join(DATED_LINES) + "\n", encoding="utf-8")
        profile = tmp_path / "p.yaml"
        profile.write_text("must_have: [Python]\n", encoding="utf-8")
        code, _ = run("screen", str(dated_pdf), str(text), "--profile", str(profile), "--out", str(tmp_path / "o"),
                      "--as-of", "2026-11-01", "--present", policy, "-q")
        assert code == EXIT_OK
        manifest = json.loads((tmp_path / "o" / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["present_policy"] == policy
        inputs = {Path(i["path"]).name: (i["present"], i["present_source"]) for i in manifest["inputs"]}
        document = ("2018-06", "document") if policy == "document" else ("2026-11", "as_of")
        assert inputs == {"saved_2018.pdf": document, "plain.txt": ("2026-11", "as_of")}
        evidence = {r["file"]: (r["present"], r["present_source"]) for r in read_csv(tmp_path / "o" / "evidence.csv")}
        assert evidence == inputs


class TestGate:
    @pytest.fixture
    def pool(self, tmp_path: Path) -> tuple[Path, Path]:
        """Two resumes: one lists Python and every nice-to-have with no dates; one has four dated years."""
        listed = tmp_path / "listed.txt"
        listed.write_text("Skills\nPython, Docker, Redis, FastAPI, Kubernetes\n", encoding="utf-8")
        dated = tmp_path / "dated.txt"
        dated.write_text("EXPERIENCE\nBackend Engineer, Acme Ltd | Jan 2020 – Dec 2023\nBuilt services in Python\n",
                         encoding="utf-8")
        profile = tmp_path / "p.yaml"
        profile.write_text("must_have:\n  - {skill: Python, min_years: 3}\n"
                           "nice_to_have: [Docker, Redis, FastAPI, Kubernetes]\n", encoding="utf-8")
        return tmp_path, profile

    def test_unknown_years_rank_below_known(self, pool: tuple[Path, Path]) -> None:
        """Known, enough Python years rank above unknown years with a higher score, and the explanation says why."""
        folder, profile = pool
        code, _ = run("screen", str(folder / "listed.txt"), str(folder / "dated.txt"), "--profile", str(profile),
                      "--out", str(folder / "o"), "--as-of", "2026-11-01", "-q")
        assert code == EXIT_OK
        rows = read_csv(folder / "o" / "ranking.csv")
        assert [r["file"] for r in rows] == ["dated.txt", "listed.txt"]
        dated, listed = rows
        assert float(dated["score"]) < float(listed["score"])
        assert (dated["must_have_met"], dated["must_have_verified"]) == ("1/1", "1/1")
        assert (listed["must_have_met"], listed["must_have_verified"]) == ("1/1", "0/1")
        assert "ranks above higher scores: all must-haves verified" in dated["explanation"]
        assert "ranks below lower scores: Python unverified (years unknown)" in listed["explanation"]
        assert "Python: years unknown; 3 asked" in listed["explanation"]
        assert "unverified_must_have" in listed["flags"]

    def test_gate_off_ranks_by_score(self, pool: tuple[Path, Path]) -> None:
        """--no-must-have-gate ranks by score alone and gives no gate reason."""
        folder, profile = pool
        code, _ = run("screen", str(folder / "listed.txt"), str(folder / "dated.txt"), "--profile", str(profile),
                      "--out", str(folder / "o"), "--as-of", "2026-11-01", "--no-must-have-gate", "-q")
        assert code == EXIT_OK
        rows = read_csv(folder / "o" / "ranking.csv")
        assert [r["file"] for r in rows] == ["listed.txt", "dated.txt"]
        assert not any("ranks above" in r["explanation"] or "ranks below" in r["explanation"] for r in rows)


JSON_FILES = [str(RESUMES / n) for n in ("alice_nguyen_senior_backend.pdf", "grace_kim_junior.pdf", "corrupt.pdf")]


@pytest.fixture(scope="module")
def json_pool(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A pool of two parsed resumes and a corrupt PDF."""
    path = tmp_path_factory.mktemp("json") / "pool.parquet"
    assert run("parse", *JSON_FILES, "--as-of", "2026-11-01", "--out", str(path))[0] == EXIT_OK
    return path


class TestJsonFormat:
    """rank and screen --format json: the ranking document alone on stdout, ranking.json with --out."""

    def invoke(self, *args: str) -> tuple[int, str, str]:
        result = CliRunner().invoke(main, list(args), catch_exceptions=False)
        return result.exit_code, result.stdout, result.stderr

    def test_stdout_holds_the_document_alone(self, json_pool: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
        """Without --out, stdout is one JSON document (failures included), the summary is on stderr, nothing is written."""
        monkeypatch.chdir(tmp_path)
        code, stdout, stderr = self.invoke("rank", str(json_pool), "--profile", str(PROFILE), "--format", "json")
        assert code == EXIT_OK
        document = json.loads(stdout)
        assert (document["kind"], len(document["entries"]), document["failures"][0]["code"]) == ("ranking", 2, "corrupt")
        assert "2 ranked, 1 could not be read" in stderr
        assert list(tmp_path.iterdir()) == []

    def test_out_also_gets_ranking_json(self, json_pool: Path, tmp_path: Path) -> None:
        """With --out the reports are written and ranking.json holds what stdout printed; --quiet leaves stderr empty."""
        out = tmp_path / "o"
        code, stdout, stderr = self.invoke("rank", str(json_pool), "--profile", str(PROFILE), "--format", "json",
                                           "--out", str(out), "--quiet")
        assert (code, stderr) == (EXIT_OK, "")
        assert (out / "ranking.json").read_text(encoding="utf-8") == stdout
        assert {"ranking.csv", "evidence.csv", "errors.csv", "manifest.json"} <= {p.name for p in out.iterdir()}

    def test_a_later_run_without_json_removes_the_old_ranking_json(self, json_pool: Path, tmp_path: Path) -> None:
        """ranking.json is one of the reports: a later run into the same folder that writes none removes it."""
        out = tmp_path / "o"
        self.invoke("rank", str(json_pool), "--profile", str(PROFILE), "--format", "json", "--out", str(out))
        assert (out / "ranking.json").exists()
        assert self.invoke("rank", str(json_pool), "--profile", str(PROFILE), "--out", str(out), "-q")[0] == EXIT_OK
        assert not (out / "ranking.json").exists()

    def test_screen_prints_what_rank_prints(self, json_pool: Path) -> None:
        """screen --format json of the same files prints the same document as rank of their pool, byte for byte."""
        screened = self.invoke("screen", *JSON_FILES, "--profile", str(PROFILE), "--as-of", "2026-11-01",
                               "--format", "json", "-q")
        ranked = self.invoke("rank", str(json_pool), "--profile", str(PROFILE), "--format", "json", "-q")
        assert screened[1] == ranked[1]

    @pytest.mark.parametrize(("extra", "message"), [
        ((), "--out is needed"),
        (("--format", "json", "--xlsx"), "--xlsx needs --out"),
    ])
    def test_usage_errors(self, json_pool: Path, extra: tuple[str, ...], message: str) -> None:
        """Without --out only --format json has somewhere to go; --xlsx needs a folder."""
        code, _, stderr = self.invoke("rank", str(json_pool), "--profile", str(PROFILE), *extra)
        assert code == EXIT_USAGE
        assert message in stderr
