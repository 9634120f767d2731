"""Write notebooks/explore_results.ipynb, the analyst's tour of a finished screen (no outputs stored).

Usage::

    python scripts/make_notebook.py

The notebook is generated so that its cells stay reviewable as code; tests/test_notebook.py executes
it with nbclient and checks what it shows.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]

CELLS = [
    ("md", """# Exploring a screen's results

Load a finished screen (its `ranking.csv` and `evidence.csv`) into pandas, keyed on `candidate_id`, and look
at it: the ranking, the score distribution, which profile skills each candidate has, the pool's most common
skills by kind, and how the order moves when a weight changes. Set `SCREEN_DIR` to a folder written by
`screener screen`; by default the bundled samples are screened into a temporary folder first.
Needs the notebook extra: `pip install -e '.[notebook]'`."""),
    ("code", """import os
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

import screener

ROOT = Path.cwd() if (Path.cwd() / "data").exists() else Path.cwd().parent
PROFILE = ROOT / "data" / "samples" / "profiles" / "senior_python_backend.yaml"
OPTIONS = screener.ParseOptions(as_of=screener.YearMonth(2026, 11))
SCREEN_DIR = Path(os.environ.get("SCREEN_DIR") or tempfile.mkdtemp(prefix="screen-"))
if not (SCREEN_DIR / "ranking.csv").exists():
    result = screener.screen([ROOT / "data" / "samples" / "resumes"], PROFILE, options=OPTIONS)
    screener.write_reports(result, SCREEN_DIR)
ranking = pd.read_csv(SCREEN_DIR / "ranking.csv", encoding="utf-8-sig").set_index("candidate_id")
evidence = pd.read_csv(SCREEN_DIR / "evidence.csv", encoding="utf-8-sig")
print(f"{len(ranking)} candidates, {len(evidence)} evidence rows from {SCREEN_DIR}")"""),
    ("md", "## The ranking"),
    ("code", """columns = ["rank", "file", "score", "must_have_met", "must_have_verified", "total_years", "flags"]
ranking[columns].head(10)"""),
    ("md", "## How scores are spread"),
    ("code", """ax = ranking.score.plot.hist(bins=10, range=(0, 100), figsize=(6, 3), title="Score distribution")
ax.set_xlabel("score (0-100)")
plt.show()"""),
    ("md", "## Who has which profile skill\n\nFound in the resume, only implied by another skill, or missing."),
    ("code", """STATUS = {"yes": 2, "implied": 1, "no": 0}
skills = evidence[evidence.requirement.isin(["must-have", "nice-to-have"])]
grid = (skills.assign(status=skills.found.map(STATUS))
        .pivot_table(index="candidate_id", columns="skill", values="status", aggfunc="max")
        .reindex(ranking.index))
fig, ax = plt.subplots(figsize=(1 + 0.6 * grid.shape[1], 0.35 * grid.shape[0] + 1))
image = ax.imshow(grid.fillna(0).to_numpy(), cmap="RdYlGn", vmin=0, vmax=2, aspect="auto")
ax.set_xticks(range(grid.shape[1]), grid.columns, rotation=45, ha="right")
ax.set_yticks(range(grid.shape[0]), ranking.file)
fig.colorbar(image, ticks=[0, 1, 2]).ax.set_yticklabels(["missing", "implied", "found"])
plt.show()
grid.replace({2: "found", 1: "implied", 0: "missing"}).head()"""),
    ("md", "## The pool's most common skills, by kind\n\nEvery skill the resumes name, not only the profile's."),
    ("code", """files = screener.collect_paths([ROOT / "data" / "samples" / "resumes"])
pool = screener.parse_many(files, options=OPTIONS)
skills = pool.skills_frame()  # one row per candidate and skill, keyed on candidate_id
named = skills[~skills.implied]
common = named.groupby("kind")["name"].value_counts().groupby(level=0).head(8).rename("resumes")
common.unstack(0).plot.barh(figsize=(7, 6), title="Most common skills by kind").invert_yaxis()
plt.show()
common"""),
    ("md", "## What if a weight changes?\n\n"
           "Scoring is cheap: rank the same parsed pool again with Django weighing twice as much."),
    ("code", """import yaml

candidates = pool.candidates
written = yaml.safe_load(PROFILE.read_text(encoding="utf-8"))
for entry in written["must_have"]:
    if entry["skill"] == "Django":
        entry["weight"] *= 2
before = screener.rank(candidates, screener.load_profile(PROFILE)).to_frame().set_index("candidate_id")
after = screener.rank(candidates, screener.load_profile(written)).to_frame().set_index("candidate_id")
moves = before[["file", "rank", "score"]].merge(after[["rank", "score"]], left_index=True, right_index=True,
                                                 suffixes=("", "_django_x2"))
moves["rank_change"] = moves["rank"] - moves["rank_django_x2"]
moves.sort_values("rank_django_x2")"""),
]


def main() -> None:
    cells = [new_markdown_cell(text) if kind == "md" else new_code_cell(text) for kind, text in CELLS]
    notebook = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                                  "language": "python"}})
    path = ROOT / "notebooks" / "explore_results.ipynb"
    nbformat.write(notebook, path)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
