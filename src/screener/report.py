"""Reports: ranking.csv, evidence.csv, errors.csv and manifest.json. Formatting only.

CSV files are UTF-8 with a byte-order mark (so Excel reads accents right),
numbers are printed with fixed decimals, and every text cell goes through
:func:`screener.cells.safe_cell`: a cell a spreadsheet would run as a formula is
prefixed with an apostrophe, and none is longer than Excel holds. The same result gives byte-identical
CSV files; the manifest adds the time of the run.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ._version import __version__
from .batch import ScreenResult
from .cells import safe_cell
from .ranking import EVIDENCE_COLUMNS, RANKING_COLUMNS

ERROR_COLUMNS = ("file", "code", "message", "path", "tool_version", "taxonomy_version", "profile_hash")
_DECIMALS = {"score": 2, "points": 2, "max_points": 2, "weight": 2, "total_years": 1}


def format_cell(column: str, value: Any) -> str:
    """One value as CSV text: fixed decimals for numbers, empty for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        places = _DECIMALS.get(column, 2)
        return f"{value:.{places}f}"
    if isinstance(value, int):
        return str(value)
    return safe_cell(str(value))


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> Path:
    """Write rows as CSV with the given columns, formatted and neutralised."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([format_cell(c, row.get(c)) for c in columns])
    return path


def error_rows(result: ScreenResult) -> list[dict[str, Any]]:
    """One mapping per file that could not be screened, in input order."""
    stamp = {
        "tool_version": result.ranking.tool_version,
        "taxonomy_version": result.taxonomy.version,
        "profile_hash": result.ranking.profile.sha256[:16],
    }
    return [
        {"file": Path(f.path).name, "code": f.code, "message": f.message, "path": f.path, **stamp}
        for f in result.failures
    ]


def manifest(result: ScreenResult, *, generated_at: dt.datetime | None = None) -> dict[str, Any]:
    """What was run, on what, with what: enough to reproduce a screen."""
    profile = result.ranking.profile
    when = generated_at or dt.datetime.now(dt.timezone.utc)
    return {
        "tool": "screener",
        "tool_version": __version__,
        "generated_at": when.replace(microsecond=0).isoformat(),
        "as_of": str(result.as_of),
        "present_policy": dict(result.settings).get("present", ""),
        "blind": dict(result.settings).get("blind") == "true",
        "taxonomy": {
            "version": result.taxonomy.version,
            "sha256": result.taxonomy.sha256,
            "skills": len(result.taxonomy),
            "overlays": [{"path": p, "sha256": h} for p, h in result.taxonomy.sources],
        },
        "profile": {
            "title": profile.title,
            "source": profile.source,
            "sha256": profile.sha256,
            "content": json.loads(profile.data),
        },
        "settings": dict(result.settings),
        "counts": {
            "inputs": len(result.inputs),
            "ranked": len(result.ranking),
            "errors": len(result.failures),
        },
        "inputs": _inputs(result),
    }


def _inputs(result: ScreenResult) -> list[dict[str, Any]]:
    """Each input's hash and status; a ranked one also the month "present" meant in it, and why."""
    failed = {f.path: f.code for f in result.failures}
    parsed = {c.path: c for c in result.candidates}
    inputs = []
    for path in result.inputs:
        candidate = parsed.get(path)
        entry: dict[str, Any] = {
            "path": path,
            "sha256": candidate.sha256 if candidate else _sha256(path),
            "status": failed.get(path, "ranked"),
        }
        if candidate is not None:
            entry["present"] = str(candidate.present) if candidate.present else None
            entry["present_source"] = candidate.present_source
        inputs.append(entry)
    return inputs


def _sha256(path: str) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def write_reports(result: ScreenResult, out: str | Path) -> dict[str, Path]:
    """Write the four reports into ``out`` (created if needed); returns their paths.

    Example:
        >>> paths = write_reports(screener.screen(["resumes/"], "profile.yaml"), "out")  # doctest: +SKIP
        >>> sorted(paths)  # doctest: +SKIP
        ['errors', 'evidence', 'manifest', 'ranking']
    """
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {
        "ranking": write_csv(folder / "ranking.csv", RANKING_COLUMNS, result.ranking.rows()),
        "evidence": write_csv(folder / "evidence.csv", EVIDENCE_COLUMNS, result.ranking.evidence_rows()),
        "errors": write_csv(folder / "errors.csv", ERROR_COLUMNS, error_rows(result)),
    }
    manifest_path = folder / "manifest.json"
    manifest_path.write_text(json.dumps(manifest(result), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    paths["manifest"] = manifest_path
    return paths
