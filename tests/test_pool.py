"""Parse once, rank many: a parsed pool written to Parquet and ranked later gives a screen's own reports."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import screener
from screener import (
    ConfigError,
    ParseOptions,
    Pool,
    PoolWriter,
    YearMonth,
    parse_pool,
    rank,
    rank_pool,
    read_pool,
    write_pool,
)
from screener.cli import EXIT_OK, EXIT_USAGE, main

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
RESUMES = SAMPLES / "resumes"
PROFILES = SAMPLES / "profiles"
PROFILE = PROFILES / "senior_python_backend.yaml"
OPTIONS = ParseOptions(as_of=YearMonth(2026, 11))
SAME_BYTES = ("ranking.csv", "evidence.csv", "errors.csv", "report.html", "report.xlsx")


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == EXIT_OK, result.output
    return result.output


@pytest.fixture(scope="module")
def pool() -> Pool:
    return parse_pool([RESUMES], options=OPTIONS, workers=1)


class TestPoolFile:
    def test_round_trip(self, pool: Pool, tmp_path: Path) -> None:
        """A pool written to Parquet reads back equal: every result, the options and the skipped files."""
        back = read_pool(pool.to_parquet(tmp_path / "pool.parquet"))
        assert back.results == pool.results
        assert (back.options, back.skipped, back.blind) == (pool.options, pool.skipped, pool.blind)
        assert back.taxonomy.sha256 == pool.taxonomy.sha256

    def test_read_pool_keeps_one_copy_of_repeated_text(self, pool: Pool, tmp_path: Path) -> None:
        """Read back, candidates share one copy of each short text they repeat (section kinds, skill ids, months)."""
        back = read_pool(pool.to_parquet(tmp_path / "pool.parquet")).candidates
        kinds = {id(s.kind) for c in back for s in c.sections if s.kind == "experience"}
        ids = {id(r.skill_id) for c in back for r in c.skills if r.skill_id == "python"}
        months = {id(c.as_of) for c in back}
        assert (len(kinds), len(ids), len(months)) == (1, 1, 1)

    def test_streamed_pool_is_the_same_pool(self, pool: Pool, tmp_path: Path) -> None:
        """A pool written as files finish (two workers, out of order) reads back in input order, as parse_pool's."""
        written = write_pool([RESUMES], tmp_path / "pool.parquet", options=OPTIONS, workers=2,
                             cache=tmp_path / "cache")
        assert (written.parsed, written.failed) == (len(pool.candidates), len(pool.failures))
        back = read_pool(written.target)
        assert back.results == pool.results
        assert back.cache is not None and back.cache.misses == len(pool)

    def test_an_unfinished_pool_leaves_no_file(self, pool: Pool, tmp_path: Path) -> None:
        """A writer left before it finishes (the parse failed) leaves neither the pool nor a temporary file."""
        with pytest.raises(RuntimeError), PoolWriter(tmp_path / "pool.parquet", OPTIONS, pool.taxonomy) as writer:
            writer.add(0, pool.results[0])
            raise RuntimeError("stopped")
        assert list(tmp_path.iterdir()) == []

    def test_analysts_read_it_in_pandas(self, pool: Pool, tmp_path: Path) -> None:
        """pandas reads the pool: one row per input file, failures with their reason code as status."""
        frame = pd.read_parquet(pool.to_parquet(tmp_path / "pool.parquet"))
        assert list(frame["path"]) == list(pool.inputs)
        statuses = dict(zip(frame["file"], frame["status"], strict=True))
        assert (statuses["corrupt.pdf"], statuses["alice_nguyen_senior_backend.pdf"]) == ("corrupt", "parsed")
        assert "python" in set(frame.loc[frame["file"] == "alice_nguyen_senior_backend.pdf", "skills"].iloc[0])

    def test_a_file_that_is_not_a_pool(self, tmp_path: Path) -> None:
        """A Parquet file screener did not write, or no Parquet at all, is refused with a reason."""
        pd.DataFrame({"a": [1]}).to_parquet(tmp_path / "other.parquet")
        (tmp_path / "text.parquet").write_text("hello", encoding="utf-8")
        for name in ("other.parquet", "text.parquet"):
            with pytest.raises(ConfigError, match="not a pool"):
                read_pool(tmp_path / name)

    def test_a_changed_taxonomy_is_refused(self, tmp_path: Path, fresh_taxonomy_cache: None) -> None:
        """A pool parsed with an overlay that has changed since is refused: its skill ids may mean other skills."""
        overlay = tmp_path / "ours.yaml"
        overlay.write_text("version: ours-1\n", encoding="utf-8")
        options = ParseOptions(as_of=YearMonth(2026, 11), taxonomy=(str(overlay),))
        written = parse_pool([RESUMES / "notes.txt"], options=options, workers=1).to_parquet(tmp_path / "p.parquet")
        overlay.write_text("version: ours-2\n", encoding="utf-8")
        with pytest.raises(ConfigError, match="parse the files again"):
            read_pool(written)


class TestParseMany:
    def test_parse_many_gives_a_pool(self, pool: Pool) -> None:
        """parse_many returns a Pool: candidates and failures apart, every input once and in order, as parse_pool's."""
        files = screener.collect_paths([RESUMES])
        parsed = screener.parse_many(files, options=OPTIONS, workers=1)
        assert isinstance(parsed, Pool)
        assert parsed.inputs == files and len(parsed) == len(files)
        assert parsed.results == pool.results
        assert all(isinstance(c, screener.Candidate) for c in parsed.candidates)
        assert {f.code for f in parsed.failures} >= {"corrupt", "no_text"}
        assert len(parsed.candidates) + len(parsed.failures) == len(files)
        assert list(parsed) == list(parsed.candidates)

    def test_parse_many_says_how_it_used_the_cache(self, tmp_path: Path) -> None:
        """With a cache, the pool parse_many returns counts that call's hits and misses, as parse_pool's does."""
        files = [str(RESUMES / "notes.txt"), str(RESUMES / "grace_kim_junior.pdf")]
        with screener.ParseCache(tmp_path) as cache:
            first = screener.parse_many(files, options=OPTIONS, workers=1, cache=cache)
            second = screener.parse_many(files, options=OPTIONS, workers=1, cache=cache)
        assert first.cache is not None and second.cache is not None
        assert (first.cache.hits, first.cache.misses, second.cache.hits, second.cache.misses) == (0, 2, 2, 0)
        assert second.results == first.results


class TestRank:
    def test_rank_takes_a_pool(self, pool: Pool) -> None:
        """screener.rank ranks a pool's candidates, as it ranks a list of them."""
        profile = screener.load_profile(PROFILE)
        assert rank(pool, profile).rows() == rank(list(pool.candidates), profile).rows()

    def test_rank_pool_is_screen(self, pool: Pool) -> None:
        """Ranking a pool gives the screen's ranking, failures, inputs and skipped files."""
        screened = screener.screen([RESUMES], PROFILE, options=OPTIONS, workers=1)
        ranked = rank_pool(pool, PROFILE)
        assert ranked.ranking.rows() == screened.ranking.rows()
        assert ranked.ranking.evidence_rows() == screened.ranking.evidence_rows()
        assert (ranked.failures, ranked.inputs, ranked.skipped) == (screened.failures, screened.inputs,
                                                                    screened.skipped)

    def test_files_with_the_same_bytes_are_flagged_by_rank(self, tmp_path: Path) -> None:
        """rank() flags the later of two files with the same bytes, as screen() does."""
        for name in ("a.txt", "b.txt"):
            (tmp_path / name).write_bytes((RESUMES / "notes.txt").read_bytes())
        ranked = rank(parse_pool([tmp_path], options=OPTIONS, workers=1), screener.load_profile(PROFILE))
        flags = {e.candidate.file_name: e.flags for e in ranked}
        assert "duplicate_of:a.txt" in flags["b.txt"] and "duplicate_of:a.txt" not in flags["a.txt"]


class TestCommands:
    @pytest.mark.parametrize("extra", [(), ("--blind",), ("--no-must-have-gate",)], ids=["open", "blind", "no-gate"])
    def test_parse_then_rank_writes_the_screens_reports(self, tmp_path: Path, extra: tuple[str, ...]) -> None:
        """`parse --out` then `rank` writes byte for byte the reports `screen` writes for the same files."""
        common = ("--as-of", "2026-11-01", "--no-cache")
        parse_flags = tuple(f for f in extra if f == "--blind")
        rank_flags = tuple(f for f in extra if f != "--blind")
        run("screen", str(RESUMES), "--profile", str(PROFILE), "--out", str(tmp_path / "screen"), "--xlsx",
            "--quiet", *common, *extra)
        run("parse", str(RESUMES), "--out", str(tmp_path / "pool.parquet"), *common, *parse_flags)
        run("rank", str(tmp_path / "pool.parquet"), "--profile", str(PROFILE), "--out", str(tmp_path / "rank"),
            "--xlsx", "--quiet", *rank_flags)
        for name in SAME_BYTES:
            assert (tmp_path / "rank" / name).read_bytes() == (tmp_path / "screen" / name).read_bytes(), name
        screened, ranked = (json.loads((tmp_path / d / "manifest.json").read_text(encoding="utf-8"))
                            for d in ("screen", "rank"))
        assert ranked["inputs"] == screened["inputs"]
        assert ranked["settings"] == screened["settings"]

    def test_one_pool_many_profiles(self, tmp_path: Path) -> None:
        """One parsed pool is ranked against two profiles, each ranking with every input once."""
        run("parse", str(RESUMES), "--out", str(tmp_path / "pool.parquet"), "--as-of", "2026-11-01")
        for profile in ("senior_python_backend", "data_scientist"):
            output = run("rank", str(tmp_path / "pool.parquet"), "--profile", str(PROFILES / f"{profile}.yaml"),
                         "--out", str(tmp_path / profile))
            assert "ranked" in output
            manifest = json.loads((tmp_path / profile / "manifest.json").read_text(encoding="utf-8"))
            assert manifest["profile"]["source"].endswith(f"{profile}.yaml")

    def test_second_screen_is_served_by_the_cache(self, tmp_path: Path) -> None:
        """Screened twice, the second screen parses nothing: the manifest counts every file as a cache hit."""
        args = ("screen", str(RESUMES), "--profile", str(PROFILE), "--as-of", "2026-11-01", "--quiet",
                "--cache-dir", str(tmp_path / "cache"))
        run(*args, "--out", str(tmp_path / "one"))
        run(*args, "--out", str(tmp_path / "two"))
        one, two = (json.loads((tmp_path / d / "manifest.json").read_text(encoding="utf-8"))["cache"]
                    for d in ("one", "two"))
        readable = sum(1 for p in RESUMES.iterdir() if p.name not in ("image_only.pdf",))
        assert one["hits"] == 0 and two["misses"] == 0
        assert two["hits"] >= readable - 1  # every file but those whose failure depends on the run
        assert (tmp_path / "one" / "ranking.csv").read_bytes() == (tmp_path / "two" / "ranking.csv").read_bytes()

    def test_no_cache_keeps_nothing(self, tmp_path: Path, own_cache_folder: Path) -> None:
        """--no-cache parses every file and writes no cache; the manifest says no cache was used."""
        run("screen", str(RESUMES / "notes.txt"), "--profile", str(PROFILE), "--out", str(tmp_path / "out"),
            "--quiet", "--no-cache")
        assert json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))["cache"] is None
        assert not (own_cache_folder / "screener").exists()

    def test_default_cache_is_the_users(self, tmp_path: Path, own_cache_folder: Path) -> None:
        """Without --cache-dir, parsed records are kept in the user's cache folder."""
        run("parse", str(RESUMES / "notes.txt"))
        assert (own_cache_folder / "screener" / "parsed.sqlite3").exists()

    def test_cache_dir_and_no_cache_conflict(self, tmp_path: Path) -> None:
        """--cache-dir with --no-cache is a usage error."""
        result = CliRunner().invoke(main, ["parse", str(RESUMES / "notes.txt"), "--no-cache", "--cache-dir",
                                           str(tmp_path)])
        assert result.exit_code == EXIT_USAGE

    def test_a_damaged_cache_is_a_warning(self, tmp_path: Path) -> None:
        """A cache file that is not a database is rebuilt: the screen finishes and says so on stderr."""
        (tmp_path / "cache").mkdir()
        (tmp_path / "cache" / "parsed.sqlite3").write_bytes(b"\0garbage" * 512)
        result = CliRunner().invoke(main, ["screen", str(RESUMES / "notes.txt"), "--profile", str(PROFILE),
                                           "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache")])
        assert result.exit_code == EXIT_OK
        assert "Warning: the cache" in result.output and "rebuilt" in result.output
