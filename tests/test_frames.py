"""Tidy frames of a pool and a ranking: real dtypes, NA for missing, keyed on candidate_id, joinable."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from screener import ParseOptions, Pool, Ranking, YearMonth, load_profile, parse_many, rank, read_pool
from screener.batch import collect_paths
from screener.frames import RANKING_FRAME, SKILLS_FRAME, build_frame

ROOT = Path(__file__).resolve().parents[1]
RESUMES = ROOT / "data" / "samples" / "resumes"
PROFILE = ROOT / "data" / "samples" / "profiles" / "senior_python_backend.yaml"
OPTIONS = ParseOptions(as_of=YearMonth(2026, 11))

# What an analyst may count on, column by column: written out here, not read from the spec.
EXPECTED_DTYPES: dict[str, dict[str, str]] = {
    "skills": {
        "candidate_id": "string", "file": "string", "path": "string", "skill_id": "string", "name": "string",
        "kind": "string", "months": "Int64", "claimed_months": "Int64", "last_used": "period[M]",
        "section": "string", "implied": "boolean", "implied_by": "object", "context": "string",
        "mentions": "Int64", "versions": "object",
    },
    "positions": {
        "candidate_id": "string", "file": "string", "path": "string", "position": "Int64", "title": "string",
        "employer": "string", "start": "period[M]", "end": "period[M]", "current": "boolean", "months": "Int64",
        "date_text": "string",
    },
    "ranking": {
        "rank": "Int64", "candidate_id": "string", "file": "string", "name": "string", "score": "Float64",
        "must_have_met": "Int64", "must_have_verified": "Int64", "must_have_total": "Int64",
        "missing_must_have": "object", "matched_nice_to_have": "object", "total_years": "Float64",
        "total_months": "Int64", "explanation": "string", "flags": "object", "path": "string",
        "tool_version": "string", "taxonomy_version": "string", "profile_hash": "string",
    },
    "evidence": {
        "rank": "Int64", "candidate_id": "string", "file": "string", "skill": "string", "skill_id": "string",
        "kind": "string", "requirement": "string", "found": "string", "status": "string",
        "evidence_strength": "string", "weight": "Float64", "max_points": "Float64", "points": "Float64",
        "months": "Int64", "claimed_months": "Int64", "last_used": "period[M]", "positions": "object",
        "surface": "string", "section": "string", "snippet": "string", "note": "string", "present": "period[M]",
        "present_source": "string", "path": "string", "tool_version": "string", "taxonomy_version": "string",
        "profile_hash": "string",
    },
}
LIST_COLUMNS = {name: [c for c, dtype in columns.items() if dtype == "object"]
                for name, columns in EXPECTED_DTYPES.items()}


@pytest.fixture(scope="module")
def pool() -> Pool:
    """The bundled samples, parsed once (failures included)."""
    return parse_many(collect_paths([RESUMES]), options=OPTIONS, workers=1)


@pytest.fixture(scope="module")
def ranking(pool: Pool) -> Ranking:
    return rank(pool, load_profile(PROFILE))


def frames(pool: Pool, ranking: Ranking) -> dict[str, pd.DataFrame]:
    return {"skills": pool.skills_frame(), "positions": pool.positions_frame(),
            "ranking": ranking.to_frame(), "evidence": ranking.evidence_frame()}


JOB_ONE = "Ada One\nEXPERIENCE\nEngineer - Acme - Jan 2019 - Dec 2023\nBuilt Django apps in Python.\n"
JOB_TWO = "Bo Two\nEXPERIENCE\nDeveloper - Initech - Jan 2022 - Dec 2023\nDjango and PostgreSQL.\n"


class TestDtypes:
    @pytest.mark.parametrize("name", list(EXPECTED_DTYPES))
    def test_each_column_has_its_dtype(self, pool: Pool, ranking: Ranking, name: str) -> None:
        """Every frame has exactly the columns of the table, in order, each of the dtype the table gives."""
        frame = frames(pool, ranking)[name]
        assert len(frame) > 0
        assert frame.dtypes.astype(str).to_dict() == EXPECTED_DTYPES[name]
        assert list(frame.columns) == list(EXPECTED_DTYPES[name])

    @pytest.mark.parametrize("name", list(EXPECTED_DTYPES))
    def test_object_columns_hold_only_lists(self, pool: Pool, ranking: Ranking, name: str) -> None:
        """A list column holds a list in every row (never a joined string, never None): no mixed object columns."""
        frame = frames(pool, ranking)[name]
        for column in LIST_COLUMNS[name]:
            assert all(isinstance(value, list) for value in frame[column]), column

    @pytest.mark.parametrize("name", list(EXPECTED_DTYPES))
    def test_missing_text_is_na_never_empty(self, pool: Pool, ranking: Ranking, name: str) -> None:
        """No string column holds '': what is absent is pd.NA."""
        frame = frames(pool, ranking)[name]
        for column in frame.select_dtypes("string"):
            assert not (frame[column] == "").any(), column

    def test_an_empty_pool_has_the_same_columns(self) -> None:
        """A frame of no rows still has every column with its dtype, so code written for it runs on none."""
        empty = build_frame([], SKILLS_FRAME)
        assert empty.empty and empty.dtypes.astype(str).to_dict() == EXPECTED_DTYPES["skills"]


class TestSkillsFrame:
    def test_three_years_of_django_is_one_query(self, pool: Pool) -> None:
        """'Everyone with 3+ years of Django' is one pandas query, and it finds exactly those candidates."""
        skills = pool.skills_frame()
        found = set(skills.query("skill_id == 'django' and months >= 36").candidate_id)
        expected = {c.candidate_id for c in pool.candidates
                    if (s := c.skill("django")) is not None and s.months is not None and s.months >= 36}
        assert found == expected and found

    def test_values_are_the_records(self, pool: Pool) -> None:
        """Months, last use as a month period, implied and the first section are the candidate's own records."""
        skills = pool.skills_frame().set_index(["candidate_id", "skill_id"])
        checked = 0
        for candidate in pool.candidates:
            for record in candidate.skills:
                row = skills.loc[(candidate.candidate_id, record.skill_id)]
                assert bool(row.implied) == record.implied_only
                if record.months is None:
                    assert pd.isna(row.months)
                else:
                    assert row.months == record.months
                if record.last_used is None:
                    assert row.last_used is pd.NaT
                else:
                    assert row.last_used == pd.Period(str(record.last_used), freq="M")
                checked += 1
        assert checked == len(skills)

    def test_missing_last_used_is_na(self, pool: Pool) -> None:
        """A skill never used in a dated position has last_used NaT (pandas' NA for months), not ''."""
        skills = pool.skills_frame()
        unused = skills[skills.last_used.isna()]
        assert len(unused) > 0
        assert unused.last_used.dtype == "period[M]"

    def test_implied_skill_has_no_section(self, pool: Pool) -> None:
        """A skill only implied by another (Python from Django) is implied, names what implies it, has no section."""
        skills = pool.skills_frame()
        implied = skills[skills.implied]
        assert len(implied) > 0
        assert implied.section.isna().all() and (implied.mentions == 0).all()
        assert all(len(by) > 0 for by in implied.implied_by)


class TestPositionsFrame:
    def test_months_and_dates(self, pool: Pool) -> None:
        """Each position is a row with its start as a month, months as an integer and current as a boolean."""
        positions = pool.positions_frame()
        assert len(positions) == sum(len(c.positions) for c in pool.candidates)
        dated = positions.dropna(subset=["start"])
        assert len(dated) > 0 and dated.months.notna().all()
        assert positions.current.any()


class TestRankingFrames:
    def test_must_haves_are_numbers(self, ranking: Ranking) -> None:
        """must_have_met and must_have_total are integers a filter can compare, not the string '3/4'."""
        frame = ranking.to_frame()
        assert frame.must_have_met.tolist() == [e.must_have_met for e in ranking]
        assert (frame.must_have_total == len(ranking.profile.must_have)).all()
        every = frame[frame.must_have_met == frame.must_have_total]
        assert set(every.candidate_id) == {e.candidate.candidate_id for e in ranking if not e.missing_must_have
                                           and e.must_have_met == e.must_have_total}

    def test_evidence_points_add_up_to_the_score(self, ranking: Ranking) -> None:
        """Each candidate's evidence points, as floats, add up to its score in the ranking frame."""
        points = ranking.evidence_frame().groupby("candidate_id").points.sum().round(2)
        scores = ranking.to_frame().set_index("candidate_id").score
        pd.testing.assert_series_equal(points.sort_index(), scores.sort_index(), check_names=False)

    def test_ranking_csv_columns_are_in_the_frame(self) -> None:
        """The frame keeps every ranking.csv column (typed), so code written against the CSV reads it too."""
        from screener.ranking import RANKING_COLUMNS

        assert set(RANKING_COLUMNS) <= {name for name, _ in RANKING_FRAME}


class TestJoins:
    @pytest.mark.parametrize("where", ["folders", "zip"])
    def test_same_file_name_twice_does_not_duplicate(self, tmp_path: Path, where: str) -> None:
        """Two different cv.txt (two folders, or two members of a zip) get two ids, a byte-for-byte copy its
        original's; merging the ranking and skills frames on candidate_id gives each ranked file its skills once."""
        texts = {"north/cv.txt": JOB_ONE, "south/cv.txt": JOB_TWO, "west/cv.txt": JOB_ONE}
        if where == "zip":
            with zipfile.ZipFile(tmp_path / "export.zip", "w") as archive:
                for name, text in texts.items():
                    archive.writestr(name, text)
        else:
            for name, text in texts.items():
                (tmp_path / name).parent.mkdir()
                (tmp_path / name).write_text(text, encoding="utf-8")
        files = collect_paths([tmp_path])
        assert len(files) == 3 and {Path(f).name for f in files} == {"cv.txt"}
        pool = parse_many(files, options=OPTIONS, workers=1)
        skills = pool.skills_frame()
        ranked = rank(pool, load_profile({"must_have": ["Django"]})).to_frame()
        assert ranked.candidate_id.nunique() == 2 and len(ranked) == 3
        assert not skills.duplicated(["candidate_id", "skill_id"]).any()
        merged = ranked[["candidate_id", "path", "score"]].merge(skills, on="candidate_id", suffixes=("", "_skill"))
        per_candidate = skills.groupby("candidate_id").size()
        assert len(merged) == sum(per_candidate[cid] for cid in ranked.candidate_id)
        assert set(merged.path) == set(files)

    def test_ids_are_the_reports_ids(self, ranking: Ranking, pool: Pool) -> None:
        """The frames' candidate_id is ranking.csv's, so a frame joins a finished screen's reports."""
        assert ranking.to_frame().candidate_id.tolist() == [row["candidate_id"] for row in ranking.rows()]
        assert set(pool.skills_frame().candidate_id) <= {c.candidate_id for c in pool.candidates}


class TestParquet:
    def test_round_trip_keeps_the_frames_equal(self, pool: Pool, tmp_path: Path) -> None:
        """A pool saved to Parquet and read back gives equal skills and positions frames, dtypes included."""
        again = read_pool(pool.to_parquet(tmp_path / "pool.parquet"))
        pd.testing.assert_frame_equal(again.skills_frame(), pool.skills_frame())
        pd.testing.assert_frame_equal(again.positions_frame(), pool.positions_frame())


def readme_blocks(heading: str) -> list[str]:
    """The fenced python blocks of README.md under ``heading``, up to the next heading of its level or higher."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    level = len(heading) - len(heading.lstrip("#"))
    start = text.index(f"\n{heading}\n")
    end = re.search(rf"\n#{{1,{level}}} ", text[start + 1:])
    section = text[start: start + 1 + end.start()] if end else text[start:]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


class TestReadme:
    def test_analyst_section_runs(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """The README's 'For analysts' code runs as written against the bundled samples, and shows what it says."""
        (tmp_path / "data").symlink_to(ROOT / "data")
        monkeypatch.chdir(tmp_path)
        blocks = readme_blocks("### For analysts")
        assert len(blocks) >= 4
        namespace: dict[str, object] = {}
        for number, block in enumerate(blocks):
            exec(compile(block, f"README.md For analysts [{number}]", "exec"), namespace)
        django = namespace["django"]
        assert isinstance(django, pd.DataFrame) and len(django) > 0 and (django.months >= 36).all()
        assert (tmp_path / "pool.parquet").exists()
        pd.testing.assert_frame_equal(namespace["again"].skills_frame(), namespace["skills"])  # type: ignore[attr-defined]
