"""The analyst notebook runs top to bottom against the samples."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore_ranking.ipynb"


class TestNotebook:
    def test_code_cells_run(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Every code cell runs in order without error (plot cells only where matplotlib is installed)."""
        monkeypatch.chdir(NOTEBOOK.parents[1])
        has_matplotlib = importlib.util.find_spec("matplotlib") is not None
        if has_matplotlib:
            monkeypatch.setenv("MPLBACKEND", "Agg")
        namespace: dict[str, object] = {}
        cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
        ran = 0
        for cell in cells:
            if cell["cell_type"] != "code":
                continue
            if "plot" in cell["metadata"].get("tags", []) and not has_matplotlib:
                continue
            exec(compile("".join(cell["source"]), f"{NOTEBOOK.name}[{ran}]", "exec"), namespace)
            ran += 1
        assert ran >= 6
        assert "evidence" in namespace


RESULTS = Path(__file__).resolve().parents[1] / "notebooks" / "explore_results.ipynb"


@pytest.fixture(scope="module")
def executed() -> list[dict[str, object]]:
    """explore_results.ipynb executed in a real Jupyter kernel (nbclient), its code cells' outputs."""
    import nbclient
    import nbformat

    notebook = nbformat.read(RESULTS, as_version=4)
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("MPLBACKEND", raising=False)  # the kernel's own inline backend shows the plots
        nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                                resources={"metadata": {"path": str(RESULTS.parents[1])}}).execute()
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def _shown(cell: dict[str, object], mime: str) -> str:
    return "".join(str(o.get("data", {}).get(mime, "")) for o in cell["outputs"])  # type: ignore[attr-defined]


class TestExploreResults:
    def test_it_is_generated_by_its_script(self) -> None:
        """The committed notebook is what scripts/make_notebook.py writes, with no stored outputs."""
        cells = json.loads(RESULTS.read_text(encoding="utf-8"))["cells"]
        assert all(not c.get("outputs") for c in cells if c["cell_type"] == "code")

    def test_shows_what_an_analyst_needs(self, executed: list[dict[str, object]]) -> None:
        """The ranking, three plots, the skill grid, skills by kind and the weight change all show, with no warning."""
        _, ranking, spread, grid, kinds, moves = executed
        streams = "".join(str(o.get("text", "")) for c in executed for o in c["outputs"])  # type: ignore[attr-defined]
        assert "Warning" not in streams and "Error" not in streams
        assert "candidates" in streams and "candidate_id" in _shown(ranking, "text/html")
        assert all(_shown(cell, "image/png") for cell in (spread, grid, kinds))
        assert "found" in _shown(grid, "text/html") and "missing" in _shown(grid, "text/html")
        assert "technology" in _shown(kinds, "text/plain")
        assert "rank_change" in _shown(moves, "text/html")
