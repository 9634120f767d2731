"""Throughput (issue 9, item 10): every figure beside its baseline, measured in the same run, and its target.

Usage::

    nice python benchmarks/throughput.py [--devdata PATH] [--limit N] [--candidates 10000] [--memory-files 1000]
    nice python benchmarks/throughput.py --only rerank [--profile-out rerank.prof]

On the PDFs under ``<devdata>/resumes`` (the bundled, generated samples when devdata is absent):

* end to end, one worker: ``screen`` and its reports, in one process, against pdfminer.six's
  ``extract_text`` alone on the same files (target: at least 10 times faster);
* the fast engine's text extraction alone (``screener.ingest.read``) against ``extract_text`` (reported);
* the parse stage after ingest (``ResumeParser.parse_document``) per resume, median and slowest,
  beside the fast engine's text extraction per resume (target: a median near 5 ms);
* two workers against one (``parse_many``, wall clock; target: at least 1.8 times faster);
* ranking 10,000 parsed candidates (made from the parsed files, varied) first against the screen's
  profile, then re-ranking them against a profile they were not parsed for (``screener.rank``),
  each beside 1,000 of them (target of the re-ranking: under 1 s);
* peak memory of a screen of 1,000 files against one of 100, each in a fresh process (target: at most 1.2 times);
* the slowest single file, read and parsed, beside the median file (target: under the default 60 s limit).

Single-process figures are CPU seconds of this process, each file's timings interleaved (the
machine may be shared); the two-worker figure is wall-clock, with the load average printed.
A missed target is marked MISSED. Only counts and timings are printed: no file names, no text.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from _devdata import REPO, found_devdata
from _timing import median_and_max, pdfminer_text, timed

from screener import Candidate, ParseOptions, YearMonth, load_profile, parse_many, rank, write_reports
from screener.batch import Inputs, screen, worker_parser
from screener.errors import IngestError
from screener.ingest import read
from screener.models import Document

SAMPLES = REPO / "data" / "samples"
SCREEN_PROFILE = SAMPLES / "profiles" / "senior_python_backend.yaml"
NEW_PROFILE = SAMPLES / "profiles" / "data_scientist.yaml"  # the re-ranking's "new" profile
AS_OF = YearMonth(2026, 11)
OPTIONS = ParseOptions(as_of=AS_OF, timeout=None, memory_limit=None)  # no limits and one worker: parsed in this process


@dataclass(frozen=True, slots=True)
class Figure:
    """One measured figure beside its baseline and its target.

    Attributes:
        name: what was measured.
        value: the figure, in ``unit``.
        baseline: the baseline's value, in ``unit``.
        against: what the baseline is.
        target: the target in words ("≥ 10×"), or "" for a figure only reported.
        met: whether the target is met (None: no target).
        ratio: how the figure compares with its baseline, in words.
        unit: "s", "ms" or "MiB".
    """

    name: str
    value: float
    baseline: float
    against: str
    target: str
    met: bool | None
    ratio: str
    unit: str


@dataclass(frozen=True, slots=True)
class PerFile:
    """CPU seconds per readable PDF, and the candidates parsed from them."""

    pdfminer: list[float]
    fast: list[float]
    parse: list[float]
    candidates: list[Candidate]


def pdf_files(devdata: Path | None, limit: int | None) -> list[Path]:
    """The PDFs under devdata's resumes (the bundled samples when devdata is absent), sorted."""
    root = devdata / "resumes" if devdata else SAMPLES / "resumes"
    return sorted(p for p in root.rglob("*.pdf") if p.is_file())[:limit]


def per_file(pdfs: Sequence[Path]) -> PerFile:
    """extract_text, the fast engine's read and the parse stage on each PDF, interleaved; unreadable files left out."""
    # The parser as every worker starts it before its first file: built, warmed, and frozen out of the
    # garbage collector's walks (screener.batch.worker_parser).
    parser = worker_parser(OPTIONS)
    figures = PerFile([], [], [], [])
    for path in pdfs:
        start = time.process_time()
        try:
            document: Document = read(path)
        except IngestError:
            continue
        fast = time.process_time() - start
        start = time.process_time()
        figures.candidates.append(parser.parse_document(document))
        figures.parse.append(time.process_time() - start)
        figures.fast.append(fast)
        figures.pdfminer.extend(timed(pdfminer_text, [path], clock=time.process_time))
    gc.unfreeze()  # the in-process screens measured next run as a caller's process does, unfrozen
    return figures


def end_to_end(pdfs: Sequence[Path]) -> float:
    """CPU seconds of a whole screen of ``pdfs`` with one worker (this process), reports written."""
    start = time.process_time()
    result = screen(Inputs(tuple(map(str, pdfs))), SCREEN_PROFILE, options=OPTIONS, workers=1)
    with tempfile.TemporaryDirectory() as out:
        write_reports(result, out)
    return time.process_time() - start


def workers_wall(pdfs: Sequence[Path], workers: int) -> float:
    """Wall-clock seconds of ``parse_many`` on ``workers`` worker processes (default time limit, as the CLI runs)."""
    start = time.perf_counter()
    parse_many([str(p) for p in pdfs], options=ParseOptions(as_of=AS_OF), workers=workers)
    return time.perf_counter() - start


def varied(candidates: Sequence[Candidate], count: int) -> list[Candidate]:
    """``count`` different people made from parsed candidates: new ids, paths and contacts, months shifted.

    Each copy's text signature keeps one MinHash value in five of its original's and draws the rest
    from its number, so two copies of one resume are about 0.2 alike (different people, below the
    0.5 of one person's files), as a real pool's are: a pool of exact copies would be one person.
    """
    pool = []
    for number, base in zip(range(count), itertools.cycle(candidates), strict=False):
        shift = number % 37
        skills = tuple(replace(s, months=s.months + shift) if s.months is not None else s for s in base.skills)
        signature = tuple(value if (k + number) % 5 == 0 else zlib.crc32(f"{number}:{k}".encode())
                          for k, value in enumerate(base.text_signature))
        pool.append(replace(
            base, candidate_id=f"{number:012x}", path=f"pool/{number:05d}.pdf", file_name=f"{number:05d}.pdf",
            sha256=f"{number:064x}", skills=skills, contact_keys=(f"email:{number:05d}",), text_signature=signature,
            total_months=None if base.total_months is None else base.total_months + shift,
        ))
    return pool


def ranking_seconds(pool: Sequence[Candidate], profile_path: Path = NEW_PROFILE) -> float:
    """CPU seconds to rank ``pool`` against a profile (the new one by default; loaded beforehand)."""
    profile = load_profile(profile_path)
    start = time.process_time()
    rank(pool, profile)
    return time.process_time() - start


def rerank_seconds(tenth: Sequence[Candidate], pool: Sequence[Candidate]) -> tuple[Figure, Figure]:
    """The first ranking of each pool (the screen's profile), then its re-ranking against the new profile.

    The first ranking finds the pool's same-person groups, which a re-ranking of the same pool reuses.
    """
    first_small, first_large = ranking_seconds(tenth, SCREEN_PROFILE), ranking_seconds(pool, SCREEN_PROFILE)
    small, large = ranking_seconds(tenth), ranking_seconds(pool)
    return (
        Figure(f"first ranking, {len(pool):,} candidates", first_large, first_small, f"{len(tenth):,} candidates",
               "", None, f"{first_large / first_small:.1f}× the time" if first_small else "", "s"),
        Figure(f"re-rank {len(pool):,} candidates", large, small, f"{len(tenth):,} candidates", "< 1 s", large < 1,
               f"{large / small:.1f}× the time" if small else "", "s"),
    )


def peak_memory(pdfs: Sequence[Path], count: int) -> float:
    """Peak resident MiB of a fresh process screening ``count`` files (the PDFs repeated), reports written."""
    files = [str(p) for p, _ in zip(itertools.cycle(pdfs), range(count), strict=False)]
    script = ("import json, resource, sys, tempfile; sys.path.insert(0, sys.argv[1]); import throughput; "
              "files = json.load(sys.stdin); r = throughput.screen(throughput.Inputs(tuple(files)), "
              "throughput.SCREEN_PROFILE, options=throughput.OPTIONS, workers=1); "
              "throughput.write_reports(r, tempfile.mkdtemp()); "
              "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    done = subprocess.run([sys.executable, "-c", script, str(Path(__file__).parent)], input=json.dumps(files),
                          capture_output=True, text=True, check=True)
    return int(done.stdout.split()[-1]) / 1024  # ru_maxrss is in KiB on Linux


def _faster(name: str, ours: float, baseline: float, against: str, minimum: float | None, unit: str = "s") -> Figure:
    times = baseline / ours if ours else float("inf")
    target = f"≥ {minimum:g}× faster" if minimum else ""
    return Figure(name, ours, baseline, against, target, times >= minimum if minimum else None,
                  f"{times:.1f}× faster", unit)


def figures(pdfs: Sequence[Path], candidates: int, memory_files: int) -> list[Figure]:
    """Measure every figure, each beside its baseline."""
    files = per_file(pdfs)
    readable = [Path(c.path) for c in files.candidates]
    parse_median, parse_max = median_and_max(files.parse)
    fast_median, _ = median_and_max(files.fast)
    whole = [f + p for f, p in zip(files.fast, files.parse, strict=True)]
    whole_median, slowest = median_and_max(whole)
    one, two = workers_wall(readable, 1), workers_wall(readable, 2)
    tenth, pool = varied(files.candidates, candidates // 10), varied(files.candidates, candidates)
    first, again = rerank_seconds(tenth, pool)
    few, many = peak_memory(readable, memory_files // 10), peak_memory(readable, memory_files)
    return [
        _faster(f"end to end, 1 worker, {len(readable)} PDFs", end_to_end(readable), sum(files.pdfminer),
                "pdfminer extract_text alone", 10),
        _faster("fast engine text extraction", sum(files.fast), sum(files.pdfminer), "pdfminer extract_text", None),
        Figure("parse stage after ingest, median", parse_median * 1000, fast_median * 1000,
               "fast text extraction, median", "≤ 5 ms", parse_median <= 0.005,
               f"{parse_median / fast_median:.2f}× of it", "ms"),
        Figure("parse stage after ingest, slowest", parse_max * 1000, fast_median * 1000,
               "fast text extraction, median", "", None, f"{parse_max / fast_median:.1f}× of it", "ms"),
        _faster("2 workers, wall clock", two, one, "1 worker", 1.8),
        first,
        again,
        Figure(f"peak memory, {memory_files:,} files", many, few, f"{memory_files // 10:,} files", "≤ 1.2×",
               many <= 1.2 * few, f"{many / few:.2f}×", "MiB"),
        Figure("slowest single file, read and parsed", slowest * 1000, whole_median * 1000, "median file",
               "< 60 s", slowest < 60, f"{slowest / whole_median:.1f}× the median", "ms"),
    ]


def rerank_figures(pdfs: Sequence[Path], candidates: int, profile_out: Path | None = None) -> list[Figure]:
    """The ranking figures alone (``--only rerank``): the files parsed, then only the rankings timed.

    With ``profile_out``, the rankings run under cProfile and its statistics are written there.
    """
    parsed = per_file(pdfs).candidates
    tenth, pool = varied(parsed, candidates // 10), varied(parsed, candidates)
    if profile_out is None:
        return list(rerank_seconds(tenth, pool))
    import cProfile

    profiler = cProfile.Profile(time.process_time)
    rows = profiler.runcall(rerank_seconds, tenth, pool)
    profiler.dump_stats(profile_out)
    return list(rows)


def print_figures(rows: Sequence[Figure]) -> None:
    """One line per figure: value, baseline, how they compare, target and whether it is met."""
    print(f"{'figure':42} {'value':>13} {'baseline':>13}  {'against':30} {'compared':>18} {'target':>14}")
    for row in rows:
        status = "" if row.met is None else ("ok" if row.met else "MISSED")
        print(f"{row.name:42} {row.value:9.1f} {row.unit:<3} {row.baseline:9.1f} {row.unit:<3}  {row.against:30} "
              f"{row.ratio:>18} {row.target:>14} {status}")


def main(argv: Sequence[str] | None = None) -> int:
    """Measure and print every figure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devdata", type=Path, default=None, help="the devdata folder (default: ../shared/devdata)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N PDFs")
    parser.add_argument("--candidates", type=int, default=10_000, help="candidates to re-rank (default: 10,000)")
    parser.add_argument("--memory-files", type=int, default=1_000, help="files of the large memory run (1,000)")
    parser.add_argument("--only", choices=["rerank"], default=None, help="measure only this figure")
    parser.add_argument("--profile-out", type=Path, default=None,
                        help="with --only rerank: write the large ranking's cProfile statistics here")
    args = parser.parse_args(argv)
    devdata = found_devdata(args.devdata)
    pdfs = pdf_files(devdata, args.limit)
    print(f"throughput: {len(pdfs)} PDFs ({'devdata' if devdata else 'bundled samples'}), "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    if args.only == "rerank":
        print_figures(rerank_figures(pdfs, args.candidates, args.profile_out))
    else:
        print_figures(figures(pdfs, args.candidates, args.memory_files))
    print(f"load average {os.getloadavg()[0]:.1f} at the end; peak memory of this process "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
