"""The adverse-impact audit: per-group rates and impact ratios as a hand computation gives them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from screener.audit import Selection, audit_table, join_groups
from screener.cli import main

SCORES = [90, 80, 70, 60, 50, 40, 30, 20, 10, 0]  # median 45: the first five score above it
SEX = ["f", "m", "f", "m", "m", "f", "m", "f", None, "m"]  # c8 has no row in the groups file
RACE = ["a", "a", "b", "b", "a", "a", "b", "b", "a", "a"]


def write_screen(folder: Path, scores: list[float]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "ranking.csv").open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["rank", "candidate_id", "file", "name", "score"])
        for k, score in enumerate(scores):
            writer.writerow([k + 1, f"c{k}", f"c{k}.pdf", "", f"{score:.2f}"])
    return folder


def write_groups(path: Path, rows: list[tuple[str, str | None, str | None]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["candidate_id", "sex", "race"])
        writer.writerows([(cid, sex, race) for cid, sex, race in rows if sex is not None])
    return path


@pytest.fixture()
def pool(tmp_path: Path) -> tuple[Path, Path]:
    screen = write_screen(tmp_path / "screen", SCORES)
    groups = write_groups(tmp_path / "groups.csv", [(f"c{k}", SEX[k], RACE[k]) for k in range(10)])
    return screen, groups


def by_group(rows: list[dict[str, object]]) -> dict[tuple[object, object], dict[str, object]]:
    return {(r["grouping"], r["group"]): r for r in rows}


def test_rates_and_ratios_match_a_hand_computation(pool: tuple[Path, Path]) -> None:
    """Scoring rates, top-3 selection rates and impact ratios per sex are the hand-computed ones."""
    frame = join_groups(*pool, ["sex"])
    rows = by_group(audit_table(frame, ["sex"], Selection(top=3)))
    # f: c0 c2 c5 c7 (2 of 4 above the median; c0 c2 in the top 3); m: c1 c3 c4 c6 c9 (3 of 5; c1)
    expected = {
        "f": (4, 0.5, 0.5 / 0.6, 0.5, 1.0, ""),
        "m": (5, 0.6, 1.0, 0.2, 0.4, "under_four_fifths"),
        "unknown": (1, 0.0, 0.0, 0.0, 0.0, ""),  # counted, never the reference, never flagged
    }
    for group, (n, scoring, scoring_ratio, selection, selection_ratio, flag) in expected.items():
        row = rows[("sex", group)]
        assert row["n"] == n and row["share"] == pytest.approx(n / 10)
        assert row["scoring_rate"] == pytest.approx(scoring)
        assert row["scoring_impact_ratio"] == pytest.approx(scoring_ratio)
        assert row["selection_rate"] == pytest.approx(selection)
        assert row["selection_impact_ratio"] == pytest.approx(selection_ratio)
        assert row["flag"] == flag


def test_intersections(pool: tuple[Path, Path]) -> None:
    """Crossing two columns gives each intersection its own row, computed the same way."""
    frame = join_groups(*pool, ["sex", "race"])
    rows = by_group(audit_table(frame, ["sex", "race"], Selection(threshold=65)))
    # f × a: c0 (90) c5 (40): 1 of 2 above the median, 1 of 2 at 65 or more
    f_a = rows[("sex × race", "f × a")]
    assert (f_a["n"], f_a["scoring_rate"], f_a["selection_rate"]) == (2, 0.5, 0.5)
    # m × b: c3 (60) c6 (30): 1 of 2 above the median, none at 65 or more
    m_b = rows[("sex × race", "m × b")]
    assert (m_b["n"], m_b["scoring_rate"], m_b["selection_rate"]) == (2, 0.5, 0.0)
    assert {g for (grouping, g) in rows if grouping == "race"} == {"a", "b", "unknown"}  # c8 has no row


def test_small_groups_are_marked_and_never_the_reference(tmp_path: Path) -> None:
    """A group under 2% of the pool is marked and counted, but the impact ratio's reference is a larger group."""
    scores = [float(100 - k) for k in range(60)]
    screen = write_screen(tmp_path / "screen", scores)
    rows_in = [(f"c{k}", "x" if k == 0 else ("f" if k % 2 else "m"), "a") for k in range(60)]
    groups = write_groups(tmp_path / "groups.csv", rows_in)
    rows = by_group(audit_table(join_groups(screen, groups, ["sex"]), ["sex"], Selection(top=10)))
    small = rows[("sex", "x")]
    assert small["small_group"] is True and small["n"] == 1 and small["scoring_rate"] == 1.0
    assert small["scoring_impact_ratio"] > 1.0  # measured against the best large group, not itself
    assert max(rows[("sex", g)]["scoring_impact_ratio"] for g in ("f", "m")) == pytest.approx(1.0)


def test_cli_writes_csv_sweep_and_html(pool: tuple[Path, Path]) -> None:
    """screener audit writes audit.csv, the cut-score sweep and an HTML page that escapes group names."""
    screen, groups = pool
    text = groups.read_text(encoding="utf-8").replace(",f,", ",<script>alert(1)</script>,")
    groups.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", str(screen), "--groups", str(groups), "--column", "sex", "--top", "3"])
    assert result.exit_code == 0, result.output
    with (screen / "audit.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["group"] for r in rows} == {"<script>alert(1)</script>", "m", "unknown"}
    with (screen / "audit_sweep.csv").open(encoding="utf-8-sig", newline="") as handle:
        sweep = list(csv.DictReader(handle))
    assert [float(r["threshold"]) for r in sweep] == [float(t) for t in range(0, 101, 10)]
    html = (screen / "audit.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert json.dumps("top 3")[1:-1] in html


def test_missing_column_is_a_usage_error(pool: tuple[Path, Path]) -> None:
    """A column the groups file lacks is a clear usage error."""
    screen, groups = pool
    result = CliRunner().invoke(main, ["audit", str(screen), "--groups", str(groups), "--column", "age_band"])
    assert result.exit_code == 2 and "has no column age_band" in result.output
