"""Reading order on a PDF page: rows top to bottom, columns one after the other.

pdfminer gives text lines with their boxes; it does not know that a resume
with a sidebar must be read down the sidebar and then down the main column.
This module finds a vertical gutter that (almost) no line crosses and orders
the lines: lines crossing the gutter (a name header, a footer) split the page
into bands; inside a band the left column is read before the right one.
Everything here is plain geometry, so it is tested without PDFs.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

__all__ = ["Box", "Placed", "reading_order"]

# Narrowest gap, in points, that we accept as a gutter between columns.
_MIN_GUTTER = 6.0
# A gutter is searched for in this middle share of the text's width: a
# sidebar is rarely narrower than 15 % of the page.
_SEARCH_FROM, _SEARCH_TO = 0.15, 0.85
# Each side of a band needs this many lines to be a column, not a stray label.
_MIN_LINES_PER_SIDE = 2
# Lines whose right edges (or baselines) are this close, in points, are aligned.
_ALIGN_TOLERANCE = 3.0
_BASELINE_TOLERANCE = 1.0
# A right side whose lines nearly all end at the margin is not a column but
# dates and places set flush right beside a title ("2019 - 2021").
_MAX_FLUSH_RIGHT = 0.8
# When most lines on the right sit on the baseline of a line on the left and
# one side is narrow, the band is rows of a table (label | value, title | date).
# Columns of a Word section can share baselines too, but both sides are wide.
_ROW_BASELINE_SHARE = 0.7
_NARROW = 0.25


@dataclass(frozen=True, slots=True)
class Box:
    """A text line's bounding box in PDF coordinates (y grows upwards)."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def y_mid(self) -> float:
        """The vertical centre."""
        return (self.y0 + self.y1) / 2


@dataclass(frozen=True, slots=True)
class Placed:
    """Where a line goes: its index in the input and the column it was read in."""

    index: int
    column: int


def _same_row(a: Box, b: Box) -> bool:
    """Whether two boxes share a row: each one's vertical centre lies within the other."""
    return a.y0 <= b.y_mid <= a.y1 or b.y0 <= a.y_mid <= b.y1


def _rows(boxes: Sequence[Box], indexes: Sequence[int]) -> list[int]:
    """Indexes ordered top to bottom, and left to right within a row."""
    by_top = sorted(indexes, key=lambda i: (-boxes[i].y_mid, boxes[i].x0))
    ordered: list[int] = []
    row: list[int] = []
    for i in by_top:
        # A title and its right-aligned date differ in size, so their centres
        # differ slightly: group by overlap, not by equal coordinates.
        if row and not _same_row(boxes[row[0]], boxes[i]):
            ordered.extend(sorted(row, key=lambda j: boxes[j].x0))
            row = []
        row.append(i)
    ordered.extend(sorted(row, key=lambda j: boxes[j].x0))
    return ordered


def _find_gutter(boxes: Sequence[Box]) -> float | None:
    """The x of the widest vertical strip crossed by the fewest lines, if wide enough."""
    left = min(b.x0 for b in boxes)
    right = max(b.x1 for b in boxes)
    width = int(right - left) + 2
    # crossing[k]: lines spanning the 1-pt strip at x = left + k; a
    # difference array keeps this linear in lines plus width.
    diff = [0] * (width + 1)
    for b in boxes:
        start, stop = int(b.x0 - left) + 1, int(b.x1 - left)
        if start < stop:
            diff[start] += 1
            diff[stop] -= 1
    crossing: list[int] = []
    running = 0
    for step in diff[:width]:
        running += step
        crossing.append(running)
    lo, hi = int(width * _SEARCH_FROM), int(width * _SEARCH_TO)
    if hi <= lo:
        return None
    fewest = min(crossing[lo:hi])
    best_start, best_len, run_start = 0, 0, None
    for k in range(lo, hi + 1):
        inside = k < hi and crossing[k] == fewest
        if inside and run_start is None:
            run_start = k
        elif not inside and run_start is not None:
            if k - run_start > best_len:
                best_start, best_len = run_start, k - run_start
            run_start = None
    if best_len < _MIN_GUTTER:
        return None
    return left + best_start + best_len / 2


def _is_column_band(boxes: Sequence[Box], lefts: list[int], rights: list[int], width: float) -> bool:
    """Whether a band's two sides read as columns rather than as rows of a table."""
    if len(lefts) < _MIN_LINES_PER_SIDE or len(rights) < _MIN_LINES_PER_SIDE:
        return False
    margin = median(boxes[i].x1 for i in rights)
    flush = sum(1 for i in rights if abs(margin - boxes[i].x1) <= _ALIGN_TOLERANCE)
    if flush >= _MAX_FLUSH_RIGHT * len(rights):
        return False
    baselines = sorted(boxes[i].y0 for i in lefts)
    shared = sum(1 for i in rights if _near(baselines, boxes[i].y0, _BASELINE_TOLERANCE))
    narrow = min(median(boxes[i].x1 - boxes[i].x0 for i in side) for side in (lefts, rights))
    return shared < _ROW_BASELINE_SHARE * len(rights) or narrow >= _NARROW * width


def _near(sorted_values: list[float], value: float, tolerance: float) -> bool:
    """Whether some value in a sorted list lies within ``tolerance`` of ``value``."""
    k = bisect.bisect_left(sorted_values, value - tolerance)
    return k < len(sorted_values) and sorted_values[k] <= value + tolerance


def _order_band(boxes: Sequence[Box], band: list[int], gutter: float, width: float) -> tuple[list[Placed], bool]:
    """Order one band (lines between two gutter-crossing lines); True if read as columns."""
    lefts = [i for i in band if boxes[i].x1 <= gutter]
    rights = [i for i in band if boxes[i].x0 >= gutter]
    if not _is_column_band(boxes, lefts, rights, width):
        return [Placed(i, 0) for i in _rows(boxes, band)], False
    # Lines of one side that sit above everything on the other side (a name
    # beside a photo, say) are a heading over both columns: read them first.
    left_top = max(boxes[i].y1 for i in lefts)
    right_top = max(boxes[i].y1 for i in rights)
    left_set = set(lefts)
    above = {i for i in band if boxes[i].y0 > (right_top if i in left_set else left_top)}
    placed = [Placed(i, 0 if i in left_set else 1) for i in _rows(boxes, sorted(above))]
    placed += [Placed(i, 0) for i in _rows(boxes, [i for i in lefts if i not in above])]
    placed += [Placed(i, 1) for i in _rows(boxes, [i for i in rights if i not in above])]
    return placed, True


def reading_order(boxes: Sequence[Box]) -> tuple[list[Placed], bool]:
    """Order a page's text lines for reading, detecting two columns.

    Args:
        boxes: one box per text line, in any order.

    Returns:
        Every index once, in reading order, with its column (0 left or only,
        1 right); and whether any part of the page was read as columns.

    Example:
        >>> left = [Box(50, 700 - 14 * k, 250 - 20 * k, 710 - 14 * k) for k in range(3)]
        >>> right = [Box(300, 693 - 14 * k, 550 - 20 * k, 703 - 14 * k) for k in range(3)]
        >>> order, columns = reading_order(left + right)
        >>> [p.index for p in order], columns
        ([0, 1, 2, 3, 4, 5], True)
    """
    everything = list(range(len(boxes)))
    gutter = _find_gutter(boxes) if len(boxes) >= 2 * _MIN_LINES_PER_SIDE else None
    if gutter is None:
        return [Placed(i, 0) for i in _rows(boxes, everything)], False
    width = max(b.x1 for b in boxes) - min(b.x0 for b in boxes)
    ordered: list[Placed] = []
    any_columns = False
    band: list[int] = []
    for i in _rows(boxes, everything):
        if boxes[i].x0 < gutter < boxes[i].x1:
            placed, columns = _order_band(boxes, band, gutter, width)
            ordered += [*placed, Placed(i, 0)]
            any_columns |= columns
            band = []
        else:
            band.append(i)
    placed, columns = _order_band(boxes, band, gutter, width)
    return ordered + placed, any_columns | columns
