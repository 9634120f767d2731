"""Tests for screener.ingest.columns: reading order from line boxes alone."""

from __future__ import annotations

from screener.ingest.columns import Box, reading_order


def _column(x0: float, x1: float, top: float, count: int, leading: float) -> list[Box]:
    """A column of ragged-right lines, as text set flush left is."""
    return [Box(x0, top - k * leading - 10, x1 - 15 * (k % 3), top - k * leading) for k in range(count)]


class TestReadingOrder:
    """reading_order reads rows top to bottom and columns one after the other."""

    def test_single_column_top_to_bottom(self) -> None:
        """Lines of one column come out top to bottom whatever their input order."""
        boxes = _column(50, 500, 700, 5, 14)[::-1]
        order, columns = reading_order(boxes)
        assert [p.index for p in order] == [4, 3, 2, 1, 0]
        assert not columns

    def test_two_columns_under_header(self) -> None:
        """A full-width header comes first, then the whole left column, then the right one."""
        header = [Box(50, 760, 550, 772)]
        left = _column(50, 200, 740, 6, 13)
        right = _column(240, 550, 735, 8, 17)
        order, columns = reading_order(right + header + left)
        texts = [(right + header + left)[p.index] for p in order]
        assert texts == header + left + right
        assert [p.column for p in order] == [0] * 7 + [1] * 8
        assert columns

    def test_flush_right_dates_stay_on_their_row(self) -> None:
        """Dates set flush right beside titles are read with their titles, not as a column."""
        boxes: list[Box] = []
        for k in range(4):
            top = 700 - 60 * k
            boxes += [Box(50, top - 10, 200, top), Box(480, top - 10, 550, top)]
            boxes += [Box(50, top - 25 - 14 * j, 540, top - 15 - 14 * j) for j in range(2)]
        order, columns = reading_order(boxes)
        assert [p.index for p in order] == list(range(len(boxes)))
        assert not columns

    def test_label_value_rows_read_row_by_row(self) -> None:
        """A two-column table of short labels and values sharing baselines is read by rows."""
        boxes: list[Box] = []
        for k in range(5):
            top = 700 - 14 * k
            boxes += [Box(50, top - 10, 110, top), Box(200, top - 10, 300 + 25 * k, top)]
        order, columns = reading_order(boxes)
        assert [p.index for p in order] == list(range(10))
        assert not columns

    def test_empty_page(self) -> None:
        """A page without lines gives an empty order."""
        assert reading_order([]) == ([], False)
