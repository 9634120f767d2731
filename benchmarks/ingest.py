"""Benchmark the ingest stage on every resume under devdata.

Usage::

    python benchmarks/ingest.py [--devdata PATH] [--limit N]

Reads every file under ``<devdata>/resumes`` with ``screener.ingest.read`` and
prints, per format, the files read per second; the error codes counted; the
warnings counted; and, as a baseline, plain ``pdfminer.high_level.extract_text``
run in the same process on the same PDFs, with the ratio of our time to it
(above 1 means we are slower).

Then the two PDF engines side by side, per source folder (``resumes/<folder>``),
on the same PDFs in the same run: the share of each engine's word tokens that
the other engine also gives (a multiset overlap of the whitespace-split words
of all lines, both ways; "pm" is pdfminer), the same for whole lines (stricter:
a line split in two counts as different), how many files the fast engine left
to pdfminer, and
each engine's time, with plain ``extract_text`` as the baseline. Times are CPU
seconds of this process (the machine may be shared), engines interleaved file
by file. Only counts and timings are printed: no file names, no text.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from _timing import pdfminer_text, timed

from screener.errors import IngestError
from screener.ingest import PDF_ENGINES, PdfEngine, read, sniff_format
from screener.models import Document

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DEVDATA = REPO / ".." / "shared" / "devdata"


def _format_of(path: Path) -> str:
    """The sniffed format of a file, or ``other`` (used to file errors by format)."""
    return sniff_format(path.read_bytes()) or "other"


def _read_all(files: Sequence[Path]) -> tuple[dict[str, float], Counter[str], Counter[str], Counter[str], list[Path]]:
    """Read every file with the default engine: seconds and files per format, error codes, warnings, the PDFs."""
    seconds: dict[str, float] = defaultdict(float)
    counts: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    warnings: Counter[str] = Counter()
    pdfs: list[Path] = []
    for path in files:
        fmt = _format_of(path)
        if fmt == "pdf":
            pdfs.append(path)
        start = time.perf_counter()
        try:
            document = read(path)
        except IngestError as e:
            codes[e.code.value] += 1
        else:
            warnings.update(document.warnings)
        seconds[fmt] += time.perf_counter() - start
        counts[fmt] += 1
    return seconds, counts, codes, warnings, pdfs


def _baseline(pdfs: Sequence[Path]) -> float:
    """Wall seconds of plain pdfminer extract_text over the PDFs."""
    return sum(timed(pdfminer_text, pdfs))


def _tokens(document: Document | None) -> Counter[str]:
    """The whitespace-split words of every line, hidden ones included."""
    return Counter(word for line in (document.lines if document else ()) for word in line.text.split())


def _lines(document: Document | None) -> Counter[str]:
    """Every line's text, hidden ones included (a line split or joined differently counts as different)."""
    return Counter(line.text for line in (document.lines if document else ()))


@dataclass
class _Folder:
    """One source folder's figures, summed over its PDFs."""

    files: int = 0
    tokens: Counter[str] = field(default_factory=Counter)
    """Word tokens per engine, and ``common``: the multiset overlap."""
    lines: Counter[str] = field(default_factory=Counter)
    """Lines per engine, and ``common``: the multiset overlap of their texts."""
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    """CPU seconds per engine, and ``extract_text`` for the baseline."""
    fallbacks: int = 0


def _timed_read(path: Path, engine: PdfEngine, folder: _Folder) -> Document | None:
    start = time.process_time()
    try:
        document: Document | None = read(path, pdf_engine=engine)
    except IngestError:
        document = None
    folder.seconds[engine] += time.process_time() - start
    return document


def _compare_engines(pdfs: Sequence[Path], resumes: Path) -> dict[str, _Folder]:
    """Both engines and extract_text on each PDF, interleaved, summed per folder under ``resumes``."""
    folders: dict[str, _Folder] = defaultdict(_Folder)
    for path in pdfs:
        folder = folders[path.relative_to(resumes).parts[0]]
        folder.files += 1
        documents = {engine: _timed_read(path, engine, folder) for engine in PDF_ENGINES}
        folder.seconds["extract_text"] += timed(pdfminer_text, [path], clock=time.process_time)[0]
        fast, reference = _tokens(documents["fast"]), _tokens(documents["pdfminer"])
        folder.tokens.update(fast=fast.total(), pdfminer=reference.total(), common=(fast & reference).total())
        fast, reference = _lines(documents["fast"]), _lines(documents["pdfminer"])
        folder.lines.update(fast=fast.total(), pdfminer=reference.total(), common=(fast & reference).total())
        fast_document = documents["fast"]
        folder.fallbacks += fast_document is not None and fast_document.engine != "pdfium"
    return folders


def _print_engines(folders: dict[str, _Folder]) -> None:
    total = _Folder()
    for folder in folders.values():
        total.files += folder.files
        total.tokens.update(folder.tokens)
        total.lines.update(folder.lines)
        for key, value in folder.seconds.items():
            total.seconds[key] += value
        total.fallbacks += folder.fallbacks
    print("PDF engines, same files, same run (CPU seconds; agreement = share of one engine's words the other gives):")
    print(f"{'folder':12} {'files':>5} {'words fast→pm':>13} {'words pm→fast':>13} {'lines fast→pm':>13} "
          f"{'lines pm→fast':>13} {'to pdfminer':>11} {'fast s':>7} {'pdfminer s':>10} {'extract_text s':>14} "
          f"{'fast vs extract_text':>20} {'fast vs pdfminer':>16}")
    for name, folder in [*sorted(folders.items()), ("all", total)]:
        tokens, lines, seconds = folder.tokens, folder.lines, folder.seconds
        fast = seconds["fast"] or float("nan")
        print(f"{name:12} {folder.files:5d} {tokens['common'] / max(tokens['fast'], 1):13.4f} "
              f"{tokens['common'] / max(tokens['pdfminer'], 1):13.4f} {lines['common'] / max(lines['fast'], 1):13.4f} "
              f"{lines['common'] / max(lines['pdfminer'], 1):13.4f} {folder.fallbacks:11d} "
              f"{seconds['fast']:7.2f} {seconds['pdfminer']:10.2f} {seconds['extract_text']:14.2f} "
              f"{seconds['extract_text'] / fast:19.1f}x {seconds['pdfminer'] / fast:15.1f}x")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its report; 1 when devdata is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devdata", type=Path, default=DEFAULT_DEVDATA, help="the devdata folder")
    parser.add_argument("--limit", type=int, default=None, help="read only the first N files")
    args = parser.parse_args(argv)
    resumes = args.devdata / "resumes"
    if not resumes.is_dir():
        print(f"no resumes under {args.devdata}", file=sys.stderr)
        return 1
    files = sorted(p for p in resumes.rglob("*") if p.is_file())[: args.limit]
    seconds, counts, codes, warnings, pdfs = _read_all(files)
    baseline = _baseline(pdfs)

    print(f"ingest benchmark: {len(files)} files under {resumes}")
    print(f"{'format':8} {'files':>6} {'seconds':>8} {'files/s':>8}")
    for fmt in sorted(counts):
        rate = counts[fmt] / seconds[fmt] if seconds[fmt] else float("inf")
        print(f"{fmt:8} {counts[fmt]:6d} {seconds[fmt]:8.2f} {rate:8.1f}")
    total = sum(seconds.values())
    print(f"{'all':8} {len(files):6d} {total:8.2f} {len(files) / total if total else 0:8.1f}")
    print("error codes:", dict(sorted(codes.items())) or "none")
    print("warnings:", dict(sorted(warnings.items())) or "none")
    if pdfs and baseline:
        ratio = seconds["pdf"] / baseline
        print(
            f"baseline extract_text on the same {len(pdfs)} PDFs: {baseline:.2f} s "
            f"({len(pdfs) / baseline:.1f} files/s); ours / baseline = {ratio:.2f}"
        )
    if pdfs:
        _print_engines(_compare_engines(pdfs, resumes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
