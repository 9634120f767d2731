"""The analyst notebook runs top to bottom against the samples."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore_ranking.ipynb"


class TestNotebook:
    def test_code_cells_run(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Every code cell runs in order without error (plot cells only where matplotlib is installed)."""
        monkeypatch.chdir(NOTEBOOK.parents[1])
        has_matplotlib = importlib.util.find_spec("matplotlib") is not None
        if has_matplotlib:
            os.environ.setdefault("MPLBACKEND", "Agg")
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
