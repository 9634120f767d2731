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
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from ._version import __version__
from .batch import ScreenResult
from .cells import safe_cell
from .inputs import is_own_report
from .ranking import EVIDENCE_COLUMNS, RANKING_COLUMNS, Ranking
from .report_html import write_report_html

MANIFEST_NAME = "manifest.json"
_FILE_MODE = 0o666
REPORT_NAMES = {"ranking": "ranking.csv", "evidence": "evidence.csv", "errors": "errors.csv",
                "html": "report.html", "workbook": "report.xlsx", "json": "ranking.json", "manifest": MANIFEST_NAME}
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
    """Write rows as CSV with the given columns, formatted and neutralised, atomically.

    Each row goes to the file as it comes: a large screen's CSV is never held as one text.
    """
    def write(stream: TextIO) -> None:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([format_cell(c, row.get(c)) for c in columns])

    return write_streamed(path, write, encoding="utf-8-sig")


def write_atomically(path: Path, text: str, *, encoding: str = "utf-8") -> Path:
    """Write a file through a temporary file in the same folder and a rename: a reader never sees half."""
    return write_streamed(path, lambda stream: stream.write(text), encoding=encoding)


def write_streamed(path: Path, write: Callable[[TextIO], object], *, encoding: str = "utf-8") -> Path:
    """Have ``write`` write a file's text into a temporary file in the same folder, then rename it: atomic."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as stream:
            write(stream)
        Path(temporary).chmod(_FILE_MODE & ~_umask())  # mkstemp makes 0600; a report is as open as any file
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


# Evidence rows are made this many candidates at a time, so that a large screen never holds them all.
_EVIDENCE_BATCH = 256


def evidence_row_stream(ranking: Ranking) -> Iterator[dict[str, Any]]:
    """``ranking.evidence_rows()``, the same rows in the same order, made a few candidates at a time."""
    for start in range(0, len(ranking), _EVIDENCE_BATCH):
        yield from ranking[start:start + _EVIDENCE_BATCH].evidence_rows()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def holds_earlier_screen(folder: str | Path) -> bool:
    """Whether ``folder`` holds the reports of an earlier screen (its manifest says so)."""
    manifest_path = Path(folder) / MANIFEST_NAME
    try:
        with manifest_path.open("rb") as handle:
            return is_own_report(handle.read(4096))
    except OSError:
        return False


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
            # The profile's scoring settings as applied, defaults included.
            "titles": list(profile.titles),
            "title_weight": profile.title_weight,
            "full_credit_years": profile.full_credit_years,
            "recency_half_life_years": profile.recency_half_life_years,
            "gate": profile.gate,
        },
        "settings": dict(result.settings),
        "counts": {
            "inputs": len(result.inputs),
            "ranked": len(result.ranking),
            "errors": len(result.failures),
            "skipped": len(result.skipped),
        },
        # Files whose parsed record came from the parse cache (hits) and files parsed (misses).
        "cache": result.cache.manifest() if result.cache else None,
        "inputs": _inputs(result),
    }


def _inputs(result: ScreenResult) -> list[dict[str, Any]]:
    """Each input's hash and status; a ranked one also the month "present" meant in it, and why.

    Files skipped as not resumes follow, each with its reason as its status.
    """
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
    inputs.extend({"path": s.path, "status": s.reason, "detail": s.detail} for s in result.skipped)
    return inputs


def _sha256(path: str) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def ranking_json_text(result: ScreenResult) -> str:
    """The ranking and its failures as one JSON document (``Ranking.to_dict``), indented, as ranking.json holds it."""
    document = result.ranking.to_dict(failures=result.failures)
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def write_ranking_json(result: ScreenResult, stream: TextIO) -> None:
    """:func:`ranking_json_text` written to ``stream`` as it is encoded, one candidate at a time."""
    from .documents import streamed_ranking_document

    encoder = json.JSONEncoder(indent=2, ensure_ascii=False, allow_nan=False)  # json.dumps's, as ranking_json_text
    stream.writelines(encoder.iterencode(streamed_ranking_document(result.ranking, result.failures)))
    stream.write("\n")


def write_reports(result: ScreenResult, out: str | Path, *, xlsx: bool = False,
                  json_ranking: bool = False) -> dict[str, Path]:
    """Write the reports into ``out`` (created if needed); returns their paths by kind.

    ranking.csv, evidence.csv, errors.csv, report.html (see :mod:`screener.report_html`) and
    manifest.json always; report.xlsx (the three tables
    as one workbook, see :mod:`screener.report_xlsx`) with ``xlsx=True``; ranking.json (the ranking
    as one JSON document, :func:`ranking_json_text`) with ``json_ranking=True``. Each report is written
    atomically (a temporary file, then a rename), the manifest last. An earlier screen's reports in
    ``out`` are replaced whole, a workbook this run does not write included
    (:func:`holds_earlier_screen` tells a caller beforehand); other files there are left alone.

    Example:
        >>> paths = write_reports(screener.screen(["resumes/"], "profile.yaml"), "out")  # doctest: +SKIP
        >>> sorted(paths)  # doctest: +SKIP
        ['errors', 'evidence', 'html', 'manifest', 'ranking']
    """
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    earlier = holds_earlier_screen(folder)
    paths = {
        "ranking": write_csv(folder / REPORT_NAMES["ranking"], RANKING_COLUMNS, result.ranking.rows()),
        "evidence": write_csv(folder / REPORT_NAMES["evidence"], EVIDENCE_COLUMNS, evidence_row_stream(result.ranking)),
        "errors": write_csv(folder / REPORT_NAMES["errors"], ERROR_COLUMNS, error_rows(result)),
        "html": write_streamed(folder / REPORT_NAMES["html"], lambda stream: write_report_html(result, stream)),
    }
    if xlsx:
        from .report_xlsx import write_xlsx

        temporary = folder / f".{REPORT_NAMES['workbook']}.tmp"
        paths["workbook"] = write_xlsx(result, temporary).replace(folder / REPORT_NAMES["workbook"])
    if json_ranking:
        paths["json"] = write_streamed(folder / REPORT_NAMES["json"], lambda stream: write_ranking_json(result, stream))
    if earlier:
        for kind, name in REPORT_NAMES.items():
            if kind not in paths and kind != "manifest":
                (folder / name).unlink(missing_ok=True)
    # The manifest is written last: a folder with a manifest holds a whole run.
    text = json.dumps(manifest(result), indent=2, ensure_ascii=False) + "\n"
    paths["manifest"] = write_atomically(folder / MANIFEST_NAME, text)
    return paths
