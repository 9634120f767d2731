"""Timing shared by the benchmarks: per-item seconds, and the plain-text baselines they are measured against."""

from __future__ import annotations

import contextlib
import statistics
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
Clock = Callable[[], float]


def timed(function: Callable[[T], object], items: Iterable[T], *, clock: Clock = time.perf_counter) -> list[float]:
    """Seconds of ``function(item)`` for each item, by ``clock`` (CPU time: ``time.process_time``)."""
    seconds = []
    for item in items:
        start = clock()
        function(item)
        seconds.append(clock() - start)
    return seconds


def pdfminer_text(path: str | Path) -> None:
    """pdfminer.six's ``extract_text`` of one PDF: the baseline; a file it fails on still counts its time."""
    from pdfminer.high_level import extract_text

    with warnings.catch_warnings(), contextlib.suppress(Exception):
        warnings.simplefilter("ignore")
        extract_text(str(path))


def plain_text(path: str | Path) -> None:
    """The plain text of a PDF (pdfminer.six) or a DOCX (python-docx paragraphs), with no layout or analysis."""
    import docx

    from screener.ingest import sniff_format

    kind = sniff_format(Path(path).read_bytes())
    if kind == "pdf":
        pdfminer_text(path)
    elif kind == "docx":
        with contextlib.suppress(Exception):
            "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def median_and_max(seconds: Sequence[float]) -> tuple[float, float]:
    """The median and the largest of some timings (0 and 0 for none)."""
    return (statistics.median(seconds), max(seconds)) if seconds else (0.0, 0.0)
