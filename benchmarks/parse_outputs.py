"""The parse stage's outputs and timings on every devdata resume: the guard for speed work that must change nothing.

Usage::

    nice python benchmarks/parse_outputs.py --out /tmp/parsed-main        # one JSON file per resume
    nice python benchmarks/parse_outputs.py --out /tmp/parsed-new --compare /tmp/parsed-main
    nice python benchmarks/parse_outputs.py --repeat 5 --profile-out parse.prof  # cProfile of the parse stage only

Every PDF and DOCX under ``<devdata>/resumes`` is read once (``screener.ingest.read``), then its
parse stage (``ResumeParser.parse_document``: sections, skills, experience, claims, assembly) runs
``--repeat`` times, each run's CPU time kept. With ``--out``, each candidate is written as the JSON
``screener parse --format json --as-of 2026-12`` prints, one file per resume, named by a hash of its
path (no names or text in file names); ``--compare`` then says how many files differ from an
earlier folder. Printed: counts and timings only (median, slowest, total), no file names or text.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pstats
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from _devdata import found_devdata
from _timing import median_and_max

from screener import ParseOptions, YearMonth
from screener.errors import IngestError
from screener.ingest import read
from screener.models import Candidate, Document
from screener.parse import ResumeParser, parser_for

OPTIONS = ParseOptions(as_of=YearMonth(2026, 12), timeout=None, memory_limit=None)


def ready_parser() -> ResumeParser:
    """The parser as a batch worker starts it (``screener.batch.worker_parser``: warmed, then frozen out of the
    garbage collector's walks); on an earlier checkout without it, warmed only, as its workers were."""
    try:
        from screener.batch import worker_parser
    except ImportError:
        return parser_for(OPTIONS).warm_up()
    return worker_parser(OPTIONS)


def resume_files(devdata: Path) -> list[Path]:
    """The PDFs and DOCX files under devdata's resumes, sorted."""
    return sorted(p for p in (devdata / "resumes").rglob("*") if p.suffix.lower() in {".pdf", ".docx"})


def documents(paths: Sequence[Path]) -> list[Document]:
    """Each readable file, read once; unreadable ones left out."""
    read_ones = []
    for path in paths:
        try:
            read_ones.append(read(path))
        except IngestError:
            continue
    return read_ones


def parse_all(parser: ResumeParser, docs: Sequence[Document], repeat: int) -> Parsed:
    """The candidates of the first run, each document's CPU seconds in it, and its fastest over ``repeat`` runs.

    Raises:
        AssertionError: a later run parsed a document differently from the first (a cache that leaks).
    """
    parsed = Parsed([], [], [])
    for run in range(repeat):
        for k, document in enumerate(docs):
            start = time.process_time()
            candidate = parser.parse_document(document)
            seconds = time.process_time() - start
            if run == 0:
                parsed.candidates.append(candidate)
                parsed.first.append(seconds)
                parsed.best.append(seconds)
            else:
                assert candidate == parsed.candidates[k], "a second parse of one document differs from its first"
                parsed.best[k] = min(parsed.best[k], seconds)
    return parsed


@dataclass(frozen=True, slots=True)
class Parsed:
    """The first run's candidates and CPU seconds per document, and each document's fastest run."""

    candidates: list[Candidate]
    first: list[float]
    best: list[float]


def output_name(candidate: Candidate) -> str:
    """A file name for a candidate's JSON that names no one: a hash of its path."""
    return hashlib.sha1(candidate.path.encode()).hexdigest()[:16] + ".json"


def write_outputs(candidates: Sequence[Candidate], out: Path) -> None:
    """Each candidate's JSON, as ``screener parse --format json`` prints it, one file each."""
    out.mkdir(parents=True, exist_ok=True)
    for candidate in candidates:
        text = json.dumps(candidate.to_dict(), ensure_ascii=False, allow_nan=False)
        (out / output_name(candidate)).write_text(text + "\n", encoding="utf-8")


def differing(out: Path, earlier: Path) -> tuple[int, int]:
    """How many of the files in either folder differ (or are missing from one), and how many were compared."""
    names = sorted({p.name for p in out.glob("*.json")} | {p.name for p in earlier.glob("*.json")})
    changed = [n for n in names if not (out / n).exists() or not (earlier / n).exists()
               or (out / n).read_bytes() != (earlier / n).read_bytes()]
    for name in changed:
        print(f"  differs: {name}")
    return len(changed), len(names)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse, time, and optionally write, compare and profile."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devdata", type=Path, default=None, help="the devdata folder (default: ../shared/devdata)")
    parser.add_argument("--out", type=Path, default=None, help="write each candidate's JSON to this folder")
    parser.add_argument("--compare", type=Path, default=None, help="with --out: compare with this earlier folder")
    parser.add_argument("--repeat", type=int, default=1, help="parse every document this many times (default 1)")
    parser.add_argument("--profile-out", type=Path, default=None, help="write cProfile statistics of the parses")
    args = parser.parse_args(argv)
    devdata = found_devdata(args.devdata)
    if devdata is None:
        print("parse_outputs: devdata not found; nothing to do")
        return 0
    docs = documents(resume_files(devdata))
    resume_parser = ready_parser()
    if args.profile_out is None:
        parsed = parse_all(resume_parser, docs, args.repeat)
    else:
        profiler = cProfile.Profile(time.process_time)
        parsed = profiler.runcall(parse_all, resume_parser, docs, args.repeat)
        profiler.dump_stats(args.profile_out)
        pstats.Stats(str(args.profile_out)).sort_stats("tottime").print_stats(40)
    for label, seconds in (("first run", parsed.first), (f"best of {args.repeat}", parsed.best)):
        median, slowest = median_and_max(seconds)
        print(f"parse stage, {label}: {len(docs)} documents, median {median * 1000:.1f} ms, "
              f"slowest {slowest * 1000:.1f} ms, total {sum(seconds):.2f} s CPU")
    if args.out is not None:
        write_outputs(parsed.candidates, args.out)
        if args.compare is not None:
            changed, compared = differing(args.out, args.compare)
            print(f"outputs: {changed} of {compared} differ from {args.compare}")
            return 1 if changed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
