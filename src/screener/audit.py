"""An adverse-impact audit of a screen, in the layout of New York City's Local Law 144 bias audits.

Self-reported categories (sex, race/ethnicity...) come from a separate file the recruiter keeps,
joined to a finished screen's ranking.csv by ``candidate_id`` (or ``file``). They are read only
here, never while parsing or scoring. Per category, and per intersection of the columns asked:

* ``n``: candidates in the group, and the share of the pool;
* ``scoring_rate``: the share scoring above the whole pool's median score (LL144's rate for tools
  that score), and its ``impact_ratio`` against the group with the highest rate;
* ``selection_rate`` for the top K or a cut score, and its impact ratio likewise;
* groups under 2% of the pool are marked ``small_group`` (still counted, never the reference);
  candidates without a category are counted as ``unknown`` (never the reference either);
* an impact ratio under 0.8 is flagged, as the EEOC's four-fifths rule reads.

:func:`cut_score_sweep` shows how the lowest selection impact ratio moves as the cut score moves.
The rates are computed with Fairlearn's ``MetricFrame``; this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError

if TYPE_CHECKING:
    import pandas as pd

UNKNOWN = "unknown"
SMALL_GROUP_SHARE = 0.02
FOUR_FIFTHS = 0.8
AUDIT_COLUMNS = ("grouping", "group", "n", "share", "small_group", "scoring_rate", "scoring_impact_ratio",
                 "selection_rate", "selection_impact_ratio", "flag")


@dataclass(frozen=True, slots=True)
class Selection:
    """Who counts as selected: the ``top`` K of the ranking, or everyone scoring at least ``threshold``."""

    top: int | None = None
    threshold: float | None = None

    def __post_init__(self) -> None:
        if (self.top is None) == (self.threshold is None):
            raise ConfigError("give exactly one of --top or --threshold")

    def selected(self, ranks: pd.Series, scores: pd.Series) -> pd.Series:
        """True for each candidate selected."""
        return ranks <= self.top if self.top is not None else scores >= float(self.threshold or 0)

    def describe(self) -> str:
        return f"top {self.top}" if self.top is not None else f"score >= {self.threshold:g}"


def _read_csv(path: Path, what: str) -> pd.DataFrame:
    import pandas as pd

    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, ValueError) as e:
        raise ConfigError(f"cannot read the {what} {path}: {e}") from e


def join_groups(screen_dir: str | Path, groups: str | Path, columns: Sequence[str]) -> pd.DataFrame:
    """The ranking joined with the categories: one row per ranked candidate, ``unknown`` where none is given.

    Raises:
        ConfigError: a file is missing or unreadable, has no join key, or lacks a column asked for.
    """
    ranking = _read_csv(Path(screen_dir) / "ranking.csv", "ranking")
    categories = _read_csv(Path(groups), "groups file")
    key = next((k for k in ("candidate_id", "file") if k in categories.columns), None)
    if key is None:
        raise ConfigError(f"{groups} needs a candidate_id (or file) column to join on")
    missing = [c for c in columns if c not in categories.columns]
    if missing or not columns:
        raise ConfigError(f"{groups} has no column {', '.join(missing) or '(none asked)'}; "
                          f"its columns: {', '.join(categories.columns)}")
    categories = categories.drop_duplicates(key)[[key, *columns]]
    joined = ranking.merge(categories, on=key, how="left")
    for column in columns:
        joined[column] = joined[column].fillna("").str.strip().replace("", UNKNOWN)
    joined["score"] = joined["score"].astype(float)
    joined["rank"] = joined["rank"].astype(int)
    return joined


def _rates(frame: pd.DataFrame, grouping: Sequence[str], selected: pd.Series) -> pd.DataFrame:
    """Fairlearn's per-group count, scoring rate and selection rate."""
    from fairlearn.metrics import MetricFrame, count, selection_rate

    above = frame["score"] > frame["score"].median()
    metrics = MetricFrame(
        metrics={"n": count, "scoring_rate": selection_rate,
                 "selection_rate": lambda y_true, _y_pred: float(y_true.mean())},
        y_true=selected.astype(int), y_pred=above.astype(int),
        sensitive_features=frame[list(grouping)] if len(grouping) > 1 else frame[grouping[0]],
    )
    table = metrics.by_group.reset_index()
    return table[table["n"].fillna(0) > 0].reset_index(drop=True)  # crossings no one is in are no group


def _impact(rates: pd.Series, eligible: pd.Series) -> pd.Series:
    """Each rate over the highest rate of an eligible group (None when that is zero)."""
    reference = rates[eligible].max() if eligible.any() else rates.max()
    return rates / reference if reference else rates * float("nan")


def audit_table(frame: pd.DataFrame, columns: Sequence[str], selection: Selection) -> list[dict[str, Any]]:
    """The audit rows: each column alone, then their intersection when more than one is asked."""
    selected = selection.selected(frame["rank"], frame["score"])
    groupings = [[c] for c in columns] + ([list(columns)] if len(columns) > 1 else [])
    rows: list[dict[str, Any]] = []
    for grouping in groupings:
        table = _rates(frame, grouping, selected)
        names = table[grouping].astype(str).agg(" × ".join, axis=1)
        share = table["n"] / len(frame)
        small = share < SMALL_GROUP_SHARE
        unknown = table[grouping].eq(UNKNOWN).any(axis=1)
        eligible = ~small & ~unknown
        scoring = _impact(table["scoring_rate"], eligible)
        choosing = _impact(table["selection_rate"], eligible)
        for k in range(len(table)):
            low = [ratio for ratio in (scoring.iloc[k], choosing.iloc[k]) if ratio == ratio and ratio < FOUR_FIFTHS]
            rows.append({
                "grouping": " × ".join(grouping), "group": names.iloc[k], "n": int(table["n"].iloc[k]),
                "share": float(share.iloc[k]), "small_group": bool(small.iloc[k]),
                "scoring_rate": float(table["scoring_rate"].iloc[k]),
                "scoring_impact_ratio": _number(scoring.iloc[k]),
                "selection_rate": float(table["selection_rate"].iloc[k]),
                "selection_impact_ratio": _number(choosing.iloc[k]),
                "flag": "under_four_fifths" if low and eligible.iloc[k] else "",
            })
    return rows


def cut_score_sweep(frame: pd.DataFrame, column: str, thresholds: Sequence[float]) -> list[dict[str, Any]]:
    """For each cut score: the share selected and the lowest selection impact ratio among the groups of ``column``."""
    sweep = []
    for threshold in thresholds:
        rows = audit_table(frame, [column], Selection(threshold=threshold))
        ratios = [r["selection_impact_ratio"] for r in rows
                  if r["selection_impact_ratio"] is not None and not r["small_group"] and r["group"] != UNKNOWN]
        sweep.append({"grouping": column, "threshold": threshold,
                      "selected_share": float((frame["score"] >= threshold).mean()),
                      "lowest_impact_ratio": min(ratios) if ratios else None})
    return sweep


def _number(value: float) -> float | None:
    return None if value != value else float(value)  # NaN (no reference rate) is no ratio


def write_audit_csv(rows: Sequence[dict[str, Any]], path: Path) -> Path:
    """audit.csv: rates with three decimals, yes/no marks, empty where a ratio has no reference."""
    from .report import write_csv

    def shown(row: dict[str, Any]) -> dict[str, Any]:
        return {k: (f"{v:.3f}" if isinstance(v, float) else v) for k, v in row.items()}

    return write_csv(path, AUDIT_COLUMNS, [shown(r) for r in rows])



def render_audit_html(rows: Sequence[dict[str, Any]], sweep: Sequence[dict[str, Any]], *, title: str,
                      pool: int, median: float, selection: Selection, groups_file: str) -> str:
    """The audit as a self-contained HTML page (its ``<section id="audit">`` is the report's audit section)."""
    from .html_pages import render

    tables: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        tables.setdefault(row["grouping"], []).append(row)
    return render(
        "audit.html.j2", title=title, pool=pool, median=median, selection=selection.describe(),
        groups_file=groups_file, tables=list(tables.items()), sweep=sweep,
    )


_SWEEP_COLUMNS = ("grouping", "threshold", "selected_share", "lowest_impact_ratio")


def run_audit(screen_dir: str | Path, groups: str | Path, columns: Sequence[str], selection: Selection,
              thresholds: Sequence[float] | None = None) -> dict[str, Path]:
    """Audit a finished screen: writes audit.csv, audit_sweep.csv and audit.html into ``screen_dir``.

    Args:
        screen_dir: a folder written by ``screener screen`` (its ranking.csv is read).
        groups: a CSV of self-reported categories with a ``candidate_id`` (or ``file``) column.
        columns: the category columns to audit, alone and crossed.
        selection: who counts as selected.
        thresholds: the sweep's cut scores (default 0, 10, ..., 100).

    Returns:
        The paths written, by kind.

    Raises:
        ConfigError: a file is missing, unreadable or lacks a column.
    """
    from .report import write_atomically, write_csv

    folder = Path(screen_dir)
    frame = join_groups(folder, groups, columns)
    rows = audit_table(frame, columns, selection)
    cuts = list(thresholds) if thresholds is not None else [float(t) for t in range(0, 101, 10)]
    sweep = [row for column in columns for row in cut_score_sweep(frame, column, cuts)]
    html = render_audit_html(rows, sweep, title=str(folder), pool=len(frame), median=float(frame["score"].median()),
                             selection=selection, groups_file=Path(groups).name)
    sweep_cells = [{k: f"{v:.3f}" if isinstance(v, float) and k != "threshold" else v for k, v in r.items()}
                   for r in sweep]
    return {
        "audit": write_audit_csv(rows, folder / "audit.csv"),
        "sweep": write_csv(folder / "audit_sweep.csv", _SWEEP_COLUMNS, sweep_cells),
        "html": write_atomically(folder / "audit.html", html),
    }
