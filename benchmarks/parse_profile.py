"""Time ingest and the parse stage per resume, beside pdfminer's text extraction, and profile either.

Usage::

    python benchmarks/parse_profile.py [--devdata PATH] [--limit N] [--engine fast|pdfminer]
                                       [--profile ingest|parse] [--top N]

Reads every PDF under ``<devdata>/resumes`` (or, without devdata, the bundled
sample PDFs made by ``scripts/make_samples.py``) and, file by file in the same
process, times three things in CPU seconds (the machine may be shared):

* *ingest*: ``screener.ingest.read`` (the chosen PDF engine, layout, hidden text);
* *parse*: ``ResumeParser.parse_document`` on what ingest gave (sections, skills,
  dates, experience, education, claims, the hidden-text audit);
* *extract_text*: plain ``pdfminer.high_level.extract_text``, the baseline of issue 9.

It prints each stage's median, 90th percentile, slowest and mean per file, the
end-to-end mean (ingest + parse) and its ratio to ``extract_text``. One file is
parsed untimed first, so the taxonomy, spaCy and the word list are loaded
before the clock starts. ``--profile`` runs cProfile around one stage over all
files and prints the top functions. Only timings, counts and function names are
printed, and the slowest file by its path under devdata; never any text.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import pstats
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from _devdata import REPO, devdata_root
from pdfminer.high_level import extract_text

from screener import ParseOptions, YearMonth
from screener.errors import IngestError
from screener.ingest import PDF_ENGINES, read
from screener.models import Document
from screener.parse import ResumeParser

SAMPLES = REPO / "data" / "samples" / "resumes"
STAGES = ("ingest", "parse", "extract_text")

T = TypeVar("T")


def pdfs_to_time(devdata: Path | None, limit: int | None) -> tuple[str, Path, list[Path]]:
    """Where the PDFs come from (devdata, else the bundled samples), that folder, and the PDFs, sorted."""
    found = devdata_root(devdata)
    resumes = found / "resumes" if found is not None else None
    root, where = (resumes, "devdata") if resumes is not None and resumes.is_dir() \
        else (SAMPLES, "bundled samples (no devdata)")
    return where, root, sorted(p for p in root.rglob("*.pdf") if p.is_file())[:limit]


def _timed(work: Callable[[], T], profiler: cProfile.Profile | None) -> tuple[T | None, float]:
    """What ``work`` returned (None on an ingest error) and the CPU seconds it took."""
    start = time.process_time()
    if profiler is not None:
        profiler.enable()
    try:
        result: T | None = work()
    except IngestError:
        result = None
    finally:
        if profiler is not None:
            profiler.disable()
    return result, time.process_time() - start


def _extract_text(path: Path) -> None:
    with contextlib.suppress(Exception):  # the baseline only times; its failures are not ours to count
        extract_text(path)


def measure(pdfs: Sequence[Path], parser: ResumeParser, engine: str, profile: str | None, *, baseline: bool = True
            ) -> tuple[dict[str, list[float]], int, cProfile.Profile | None]:
    """Each stage's CPU seconds per file (parse only for files ingest read), failures, and the profile."""
    profiler = cProfile.Profile() if profile else None
    seconds: dict[str, list[float]] = {stage: [] for stage in STAGES}
    failed = 0
    for path in pdfs:
        document, spent = _timed(lambda p=path: read(p, pdf_engine=engine),  # type: ignore[misc]
                                 profiler if profile == "ingest" else None)
        seconds["ingest"].append(spent)
        if isinstance(document, Document):
            _, spent = _timed(lambda d=document: parser.parse_document(d),  # type: ignore[misc]
                              profiler if profile == "parse" else None)
            seconds["parse"].append(spent)
        else:
            failed += 1
        if baseline:
            seconds["extract_text"].append(_timed(lambda p=path: _extract_text(p), None)[1])  # type: ignore[misc]
    return seconds, failed, profiler


def _row(stage: str, values: Sequence[float]) -> str:
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
    return (f"{stage:14} {len(values):5d} {1000 * statistics.median(values):9.1f} {1000 * p90:9.1f} "
            f"{1000 * ordered[-1]:9.1f} {1000 * statistics.fmean(values):9.1f}")


def report(seconds: dict[str, list[float]], pdfs: Sequence[Path], failed: int, root: Path) -> None:
    """Print the per-stage table, the end-to-end figure and the ratio to extract_text."""
    print(f"{'stage (ms)':14} {'files':>5} {'median':>9} {'p90':>9} {'slowest':>9} {'mean':>9}")
    for stage in STAGES:
        if seconds[stage]:
            print(_row(stage, seconds[stage]))
    ingest, parse, baseline = (sum(seconds[stage]) for stage in STAGES)
    end_to_end = (ingest + parse) / len(pdfs)
    print(f"end to end (ingest + parse): {1000 * end_to_end:.1f} ms per file; {failed} files not read")
    if baseline:
        print(f"extract_text / (ingest + parse) = {baseline / (ingest + parse):.2f}x "
              f"(ingest alone {baseline / ingest:.2f}x)")
    slowest = max(range(len(pdfs)), key=lambda k: seconds["ingest"][k])
    print(f"slowest ingest: {pdfs[slowest].relative_to(root)}")


def print_profile(profiler: cProfile.Profile, top: int) -> None:
    """The profile's top functions by own time, then by cumulative time."""
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order).print_stats(top)
        print(out.getvalue())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the timings (and the profile when asked) and print them; 1 when there is nothing to time."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devdata", type=Path, default=None, help="the devdata folder (default: ../shared/devdata)")
    parser.add_argument("--limit", type=int, default=None, help="time only the first N PDFs")
    parser.add_argument("--engine", choices=PDF_ENGINES, default="fast", help="the PDF engine to time")
    parser.add_argument("--profile", choices=("ingest", "parse"), help="run cProfile around this stage")
    parser.add_argument("--top", type=int, default=30, help="functions to list in the profile")
    parser.add_argument("--no-baseline", action="store_true", help="do not time extract_text (quicker)")
    args = parser.parse_args(argv)
    where, root, pdfs = pdfs_to_time(args.devdata, args.limit)
    if not pdfs:
        print(f"no PDFs to time under {args.devdata or 'devdata'} or {SAMPLES}", file=sys.stderr)
        return 1
    resume_parser = ResumeParser(ParseOptions(as_of=YearMonth(2026, 11)))
    with contextlib.suppress(IngestError):  # warm-up: taxonomy, spaCy, word list
        resume_parser(pdfs[0])
    print(f"parse profile: {len(pdfs)} PDFs from {where}, engine {args.engine}, CPU seconds")
    seconds, failed, profiler = measure(pdfs, resume_parser, args.engine, args.profile,
                                        baseline=not args.no_baseline)
    report(seconds, pdfs, failed, root)
    if profiler is not None:
        print_profile(profiler, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
