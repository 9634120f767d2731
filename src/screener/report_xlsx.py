"""report.xlsx: the ranking, evidence and errors of a screen as one Excel workbook.

Each sheet has its header frozen and filters on, columns sized to their content, scores and points
as numbers (with the CSVs' decimals), months ("2024-03") as dates and every other value as a string
cell, which Excel never runs as a formula. No cell exceeds Excel's 32,767 characters. The document
properties are fixed, so the same screen gives a byte-identical workbook (XlsxWriter writes fixed
zip entry dates).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .cells import cap

if TYPE_CHECKING:
    from xlsxwriter.format import Format
    from xlsxwriter.worksheet import Worksheet

    from .batch import ScreenResult

_FIXED_TIME = dt.datetime(2000, 1, 1)
_MONTH_COLUMNS = frozenset({"last_used", "present"})
_NUMBER_FORMATS = {"score": "0.00", "points": "0.00", "max_points": "0.00", "weight": "0.00", "total_years": "0.0"}
_MAX_WIDTH = 60
_MIN_WIDTH = 6


def _month(value: str) -> dt.datetime | None:
    """``"2024-03"`` as the first of that month, or None when it is no month."""
    try:
        return dt.datetime.strptime(value, "%Y-%m")
    except ValueError:
        return None


class _Sheet:
    """One worksheet being written: its formats and the widest value of each column."""

    def __init__(self, sheet: Worksheet, formats: Mapping[str, Format], columns: Sequence[str]) -> None:
        self.sheet = sheet
        self.formats = formats
        self.columns = columns
        self.widths = [len(c) for c in columns]

    def write(self, row: int, values: Mapping[str, Any]) -> None:
        for col, name in enumerate(self.columns):
            shown = self._write(row, col, name, values.get(name))
            self.widths[col] = max(self.widths[col], min(len(shown), _MAX_WIDTH))

    def _write(self, row: int, col: int, name: str, value: Any) -> str:
        if value is None or value == "":
            self.sheet.write_blank(row, col, None)
            return ""
        if isinstance(value, bool):
            value = "yes" if value else "no"
        elif isinstance(value, int | float):
            self.sheet.write_number(row, col, value, self.formats.get(name))
            return f"{value:.2f}"
        text = str(value)
        month = _month(text) if name in _MONTH_COLUMNS else None
        if month is not None:
            self.sheet.write_datetime(row, col, month, self.formats["month"])
            return text
        self.sheet.write_string(row, col, cap(text))
        return text

    def finish(self, rows: int) -> None:
        self.sheet.freeze_panes(1, 0)
        self.sheet.autofilter(0, 0, max(rows, 1), len(self.columns) - 1)
        for col, width in enumerate(self.widths):
            self.sheet.set_column(col, col, max(width, _MIN_WIDTH) + 2)


def _add_sheet(workbook: Any, title: str, columns: Sequence[str], rows: Iterable[Mapping[str, Any]],
               formats: Mapping[str, Format]) -> None:
    sheet = _Sheet(workbook.add_worksheet(title), formats, columns)
    for col, name in enumerate(columns):
        sheet.sheet.write_string(0, col, name, formats["header"])
    count = 0
    for count, values in enumerate(rows, start=1):
        sheet.write(count, values)
    sheet.finish(count)


def write_xlsx(result: ScreenResult, path: str | Path) -> Path:
    """Write the screen as one workbook with ranking, evidence and errors sheets; returns its path.

    Example:
        >>> write_xlsx(screener.screen(["resumes/"], "profile.yaml"), "out/report.xlsx")  # doctest: +SKIP
    """
    import xlsxwriter  # imported here: only a screen that asks for a workbook needs it

    from .ranking import EVIDENCE_COLUMNS, RANKING_COLUMNS
    from .report import ERROR_COLUMNS, error_rows, evidence_row_stream

    target = Path(path)
    # constant_memory: each row goes to a temporary file as it is written (every sheet is written in
    # row order), so a screen of 10,000 candidates adds about 6 MiB for its workbook, not 300
    # (benchmarks/workbook_memory.py); strings are stored inline, the cells are the same.
    workbook = xlsxwriter.Workbook(str(target), {"strings_to_formulas": False, "strings_to_urls": False,
                                                  "constant_memory": True})
    workbook.set_properties({
        "title": f"screen: {result.ranking.profile.title}", "author": "screener", "created": _FIXED_TIME,
        "comments": f"screener {__version__}, taxonomy {result.taxonomy.version}, "
                    f"profile {result.ranking.profile.sha256[:16]}",
    })
    formats: dict[str, Format] = {
        name: workbook.add_format({"num_format": fmt}) for name, fmt in _NUMBER_FORMATS.items()
    }
    formats["month"] = workbook.add_format({"num_format": "yyyy-mm"})
    formats["header"] = workbook.add_format({"bold": True})
    _add_sheet(workbook, "ranking", RANKING_COLUMNS, result.ranking.rows(), formats)
    _add_sheet(workbook, "evidence", EVIDENCE_COLUMNS, evidence_row_stream(result.ranking), formats)
    _add_sheet(workbook, "errors", ERROR_COLUMNS, error_rows(result), formats)
    workbook.close()
    return target
