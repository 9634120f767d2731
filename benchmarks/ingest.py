"""Benchmark the ingest stage on every resume under devdata.

Usage::

    python benchmarks/ingest.py [--devdata PATH] [--limit N]

Reads every file under ``<devdata>/resumes`` with ``screener.ingest.read`` and
prints, per format, the files read per second; the error codes counted; the
warnings counted; and, as a baseline, plain ``pdfminer.high_level.extract_text``
run in the same process on the same PDFs, with the ratio of our time to it
(above 1 means we are slower). Only counts and timings are printed: no file
names, no text.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from pdfminer.high_level import extract_text

from screener.errors import IngestError
from screener.ingest import read, sniff_format

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DEVDATA = REPO / ".." / "shared" / "devdata"


def _format_of(path: Path) -> str:
    """The sniffed format of a file, or ``other`` (used to file errors by format)."""
    return sniff_format(path.read_bytes()) or "other"


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

    start = time.perf_counter()
    for path in pdfs:
        try:
            extract_text(path)
        except Exception:  # the baseline only times; its failures are not ours to count
            continue
    baseline = time.perf_counter() - start

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
    return 0


if __name__ == "__main__":
    sys.exit(main())
