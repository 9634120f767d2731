"""The parse cache: a file parsed once is not parsed again, and nothing stale is ever served."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

import docfactory
from screener import Candidate, Failure, ParseCache, ParseOptions, YearMonth, parse_many, screen
from screener.cache import CACHE_FILE, default_cache_dir
from screener.serialize import candidate_data, candidate_from_data

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
RESUMES = SAMPLES / "resumes"
PROFILE = SAMPLES / "profiles" / "senior_python_backend.yaml"
OPTIONS = ParseOptions(as_of=YearMonth(2026, 11), timeout=None)
FILES = [str(RESUMES / n) for n in ("alice_nguyen_senior_backend.pdf", "carmen_diaz_skills_table.docx",
                                     "notes.txt", "corrupt.pdf")]
OVERLAY = """version: ours-1
skills:
  - id: acme_flow
    name: AcmeFlow
    category: cicd
    kind: technology
"""


def parse_twice(folder: Path, files: list[str], first: ParseOptions, second: ParseOptions) -> tuple[int, int]:
    """Parse ``files`` with ``first`` into a fresh cache, then with ``second``; the second run's hits and misses."""
    with ParseCache(folder) as cache:
        parse_many(files, options=first, workers=1, cache=cache)
    with ParseCache(folder) as cache:
        parse_many(files, options=second, workers=1, cache=cache)
        return cache.hits, cache.misses


class TestReuse:
    def test_second_run_parses_nothing(self, tmp_path: Path) -> None:
        """Run again, every file comes from the cache (corrupt.pdf's verdict too), equal to a parse."""
        with ParseCache(tmp_path) as cache:
            first = parse_many(FILES, options=OPTIONS, workers=1, cache=cache).results
            assert (cache.hits, cache.misses, len(cache)) == (0, 4, 4)
        with ParseCache(tmp_path) as cache:
            second = parse_many(FILES, options=OPTIONS, workers=1, cache=cache).results
            assert (cache.hits, cache.misses) == (4, 0)
        assert second == first

    def test_same_bytes_elsewhere_is_a_hit_with_its_own_path(self, tmp_path: Path) -> None:
        """A copy of a parsed file under another name is not parsed again, and is reported under its own name."""
        copy = tmp_path / "renamed.pdf"
        copy.write_bytes(Path(FILES[0]).read_bytes())
        with ParseCache(tmp_path / "cache") as cache:
            parse_many(FILES[:1], options=OPTIONS, workers=1, cache=cache)
            [again] = parse_many([str(copy)], options=OPTIONS, workers=1, cache=cache).results
            assert cache.hits == 1
        assert isinstance(again, Candidate)
        assert (again.path, again.file_name) == (str(copy), "renamed.pdf")

    def test_run_dependent_failures_are_not_kept(self, tmp_path: Path) -> None:
        """A missing file is parsed (and reported) every time; it never becomes a cached record."""
        missing = str(tmp_path / "gone.pdf")
        with ParseCache(tmp_path / "cache") as cache:
            [failure] = parse_many([missing], options=OPTIONS, workers=1, cache=cache).results
            parse_many([missing], options=OPTIONS, workers=1, cache=cache)
            assert isinstance(failure, Failure) and failure.code == "not_found"
            assert (cache.hits, len(cache)) == (0, 0)

    def test_workers_store_through_the_parent(self, tmp_path: Path) -> None:
        """Files parsed on two worker processes are all stored, and a second run on workers parses none."""
        options = replace(OPTIONS, timeout=60)
        assert parse_twice(tmp_path, FILES, options, options) == (4, 0)


class TestKey:
    @pytest.mark.parametrize(("change", "why"), [
        ({"fuzzy": False}, "fuzzy matching off"),
        ({"fuzzy_threshold": 90.0}, "a stricter fuzzy threshold"),
        ({"as_of": YearMonth(2025, 1)}, "another as-of month"),
        ({"present": "as-of"}, "another present policy"),
        ({"engine": "pdfminer"}, "another PDF engine"),
    ])
    def test_a_changed_option_misses(self, tmp_path: Path, change: dict[str, object], why: str) -> None:
        """An option that shapes the record (here: {why}) is a new key: every file is parsed again."""
        assert parse_twice(tmp_path, FILES[:3], OPTIONS, replace(OPTIONS, **change)) == (0, 3), why

    def test_the_time_limit_does_not_miss(self, tmp_path: Path) -> None:
        """The time limit cannot change a record, so another limit still finds it."""
        assert parse_twice(tmp_path, FILES[:3], OPTIONS, replace(OPTIONS, timeout=30)) == (3, 0)

    def test_an_edited_overlay_misses(self, tmp_path: Path, fresh_taxonomy_cache: None) -> None:
        """The same overlay file, edited, is another taxonomy: the files are parsed again, and then found again."""
        overlay = tmp_path / "ours.yaml"
        overlay.write_text(OVERLAY, encoding="utf-8")
        options = replace(OPTIONS, taxonomy=(str(overlay),))
        with ParseCache(tmp_path / "cache") as cache:
            parse_many(FILES[:2], options=options, workers=1, cache=cache)
            overlay.write_text(OVERLAY.replace("ours-1", "ours-2"), encoding="utf-8")
            parse_many(FILES[:2], options=options, workers=1, cache=cache)
            parse_many(FILES[:2], options=options, workers=1, cache=cache)
            assert (cache.hits, cache.misses) == (2, 4)


class TestDamage:
    def test_a_file_that_is_not_a_database_is_rebuilt(self, tmp_path: Path) -> None:
        """A cache file of garbage is moved aside with a warning, a new one is made, and the run goes on."""
        (tmp_path / CACHE_FILE).write_bytes(b"this is not an SQLite database at all" * 100)
        with ParseCache(tmp_path) as cache:
            results = parse_many(FILES[:2], options=OPTIONS, workers=1, cache=cache).results
            assert len(cache) == 2
            assert "damaged" in cache.stats().warnings[0]
        assert all(isinstance(r, Candidate) for r in results)
        assert (tmp_path / f"{CACHE_FILE}.damaged").exists()

    def test_an_unreadable_record_is_parsed_again(self, tmp_path: Path) -> None:
        """A stored record that no longer reads is a miss: the file is parsed again and its record replaced."""
        with ParseCache(tmp_path) as cache:
            first = parse_many(FILES[:1], options=OPTIONS, workers=1, cache=cache).results
        with sqlite3.connect(tmp_path / CACHE_FILE) as db:
            db.execute("UPDATE records SET record = '{\"no\": 1}'")
        with ParseCache(tmp_path) as cache:
            assert parse_many(FILES[:1], options=OPTIONS, workers=1, cache=cache).results == first
            assert (cache.hits, cache.misses) == (0, 1)
        with ParseCache(tmp_path) as cache:
            parse_many(FILES[:1], options=OPTIONS, workers=1, cache=cache)
            assert cache.hits == 1

    def test_a_folder_that_cannot_be_made_caches_nothing(self, tmp_path: Path) -> None:
        """A cache folder that cannot be made (a file is in the way) is a warning: the files are parsed."""
        blocker = tmp_path / "file"
        blocker.write_text("x", encoding="utf-8")
        with ParseCache(blocker / "cache") as cache:
            assert len(parse_many(FILES[:1], options=OPTIONS, workers=1, cache=cache).results) == 1
            assert cache.warnings and len(cache) == 0


class TestBusy:
    """Another screen holding the cache locked is not damage: the file stays, and the run goes on without it."""

    @staticmethod
    def locked(folder: Path) -> sqlite3.Connection:
        """A connection that holds the cache in ``folder`` locked (an exclusive transaction), as a writer would."""
        holder = sqlite3.connect(folder / CACHE_FILE, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        return holder

    def test_opening_a_locked_cache_keeps_it(self, tmp_path: Path) -> None:
        """A cache locked while a screen opens it is waited for, then left as it was: nothing moved aside."""
        parse_twice(tmp_path, FILES[:2], OPTIONS, OPTIONS)
        holder = self.locked(tmp_path)
        with ParseCache(tmp_path, busy_timeout=0.1) as cache:
            results = parse_many(FILES[:2], options=OPTIONS, workers=1, cache=cache).results
            assert "held by another screen" in cache.stats().warnings[0], cache.warnings
        holder.rollback()
        holder.close()
        assert all(isinstance(r, Candidate) for r in results)
        assert not (tmp_path / f"{CACHE_FILE}.damaged").exists()
        assert parse_twice(tmp_path, FILES[:2], OPTIONS, OPTIONS) == (2, 0)

    def test_a_cache_locked_mid_run_is_used_again_once_free(self, tmp_path: Path) -> None:
        """A record that cannot be stored while another screen writes is skipped; the next one is stored."""
        with ParseCache(tmp_path, busy_timeout=0.1) as cache:
            holder = self.locked(tmp_path)
            parse_many(FILES[:1], options=OPTIONS, workers=1, cache=cache)
            holder.rollback()
            holder.close()
            parse_many(FILES[1:2], options=OPTIONS, workers=1, cache=cache)
            assert len(cache) == 1
            assert len(cache.warnings) == 1 and "held by another screen" in cache.warnings[0]
        assert not (tmp_path / f"{CACHE_FILE}.damaged").exists()


class TestRecord:
    def test_round_trip_keeps_every_field(self, tmp_path: Path) -> None:
        """A candidate written for the cache reads back equal, mentions, positions and signature included."""
        hidden = docfactory.pdf_hidden_text(tmp_path / "hidden.pdf")
        for path in [*FILES[:3], str(hidden)]:
            [candidate] = parse_many([str(path)], options=OPTIONS, workers=1).results
            assert isinstance(candidate, Candidate)
            assert candidate_from_data(candidate_data(candidate)) == candidate

    def test_screen_reports_hits_in_its_result(self, tmp_path: Path) -> None:
        """A screen given a cache folder says how many files came from it; the second screen's ranking is the same."""
        first = screen(FILES, PROFILE, options=OPTIONS, workers=1, cache=tmp_path)
        second = screen(FILES, PROFILE, options=OPTIONS, workers=1, cache=tmp_path)
        assert first.cache is not None and second.cache is not None
        assert (first.cache.hits, first.cache.misses, second.cache.hits, second.cache.misses) == (0, 4, 4, 0)
        assert second.ranking.rows() == first.ranking.rows()


def test_default_folder_is_the_users_cache(own_cache_folder: Path) -> None:
    """Without --cache-dir the cache is in the user's cache folder (XDG_CACHE_HOME on Linux)."""
    assert default_cache_dir() == own_cache_folder / "screener"
