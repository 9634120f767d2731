"""Screen a whole folder twice and print the figures the pipeline issue asks for.

Usage: python benchmarks/pipeline.py [FOLDER] [--workers N] [--profile FILE]

Prints files screened, files per second (one worker and N workers), errors by
code, whether every input is accounted for, whether two runs give byte-identical
CSVs, and the ratio to a baseline: plain text extraction (pdfminer's
extract_text, python-docx paragraphs) of the same files in the same process.
"""

from __future__ import annotations

import argparse
import collections
import csv
import tempfile
import time
from pathlib import Path

from _timing import plain_text, timed

from screener import ParseOptions, YearMonth, collect_paths, screen, write_reports

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = ROOT.parent / "shared" / "devdata" / "resumes"
DEFAULT_PROFILE = ROOT / "data" / "samples" / "profiles" / "senior_python_backend.yaml"


def baseline(files: tuple[str, ...]) -> float:
    """Seconds to pull plain text out of every file, with no layout or analysis."""
    return sum(timed(plain_text, files))


def run(files: tuple[str, ...], profile: Path, workers: int, out: Path) -> float:
    start = time.perf_counter()
    result = screen(files, profile, workers=workers, options=ParseOptions(as_of=YearMonth(2026, 11)))
    elapsed = time.perf_counter() - start
    write_reports(result, out)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--profile", default=str(DEFAULT_PROFILE))
    args = parser.parse_args()
    files = collect_paths([args.folder])
    print(f"inputs: {len(files)} files under {args.folder}")
    with tempfile.TemporaryDirectory() as tmp:
        one, many = Path(tmp) / "one", Path(tmp) / "many"
        seconds_one = run(files, Path(args.profile), 1, one)
        seconds_many = run(files, Path(args.profile), args.workers, many)
        seconds_base = baseline(files)
        with (one / "ranking.csv").open(encoding="utf-8-sig") as f:
            ranked = [r["path"] for r in csv.DictReader(f)]
        with (one / "errors.csv").open(encoding="utf-8-sig") as f:
            errors = list(csv.DictReader(f))
        identical = all(
            (one / name).read_bytes() == (many / name).read_bytes()
            for name in ("ranking.csv", "evidence.csv", "errors.csv")
        )
    accounted = sorted(ranked + [e["path"] for e in errors]) == sorted(files)
    codes = collections.Counter(e["code"] for e in errors)
    print(f"ranked: {len(ranked)}, errors: {len(errors)} {dict(sorted(codes.items()))}")
    print(f"every input exactly once: {accounted}")
    print(f"1 worker:  {seconds_one:7.1f} s  {len(files) / seconds_one:6.2f} files/s")
    print(f"{args.workers} workers: {seconds_many:7.1f} s  {len(files) / seconds_many:6.2f} files/s"
          f"  (speed-up x{seconds_one / seconds_many:.2f})")
    print(f"baseline plain text extraction: {seconds_base:7.1f} s  {len(files) / seconds_base:6.2f} files/s"
          f"  (pipeline / baseline x{seconds_one / seconds_base:.2f})")
    print(f"byte-identical CSVs across the two runs: {identical}")


if __name__ == "__main__":
    main()
