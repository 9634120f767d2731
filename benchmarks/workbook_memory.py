"""Memory of report.xlsx as a screen grows: the workbook's own growth of peak memory, 1,000 candidates beside 10,000.

Usage::

    python benchmarks/workbook_memory.py [--sizes 1000 10000]

The bundled samples are parsed once and made into distinct people (``throughput.varied``), ranked
against the senior backend sample profile, and then ``write_xlsx`` writes the workbook (ranking,
evidence and errors sheets). Each size runs in a fresh process; printed per size: the process's
peak resident memory before and after the workbook (``ru_maxrss``, MiB), the growth, the CPU
seconds and the file's size. Target: the workbook's growth stays flat as the screen grows (at
most 1.2 times that of the smallest size, give or take 16 MiB of allocator noise).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
PROFILE = SAMPLES / "profiles" / "senior_python_backend.yaml"
NOISE_MIB = 16.0


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(size: int) -> dict[str, float]:
    """One size, in this process: peak memory around ``write_xlsx`` of a ranked screen of ``size`` people."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from throughput import varied

    from screener.batch import parse_pool, rank_pool
    from screener.models import Candidate
    from screener.report_xlsx import write_xlsx

    pool = parse_pool([SAMPLES / "resumes"], workers=1)
    people = [r for r in pool.results if isinstance(r, Candidate)]
    result = rank_pool(dataclasses.replace(pool, results=tuple(varied(people, size))), PROFILE)
    before, start = _peak_mib(), time.process_time()
    with tempfile.TemporaryDirectory() as folder:
        target = write_xlsx(result, Path(folder) / "report.xlsx")
        size_mb = target.stat().st_size / 1e6
    return {"before": before, "after": _peak_mib(), "seconds": time.process_time() - start, "mb": size_mb}


def _in_fresh_process(size: int) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--one", str(size)], check=True, capture_output=True, text=True)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000], help="candidates per screen")
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(measure(args.one)))
        return 0
    rows = {size: _in_fresh_process(size) for size in args.sizes}
    print(f"{'candidates':>10}  {'peak before':>11}  {'peak after':>10}  {'workbook':>8}  {'cpu s':>6}  {'file MB':>7}")
    for size, row in rows.items():
        print(f"{size:>10,}  {row['before']:>11.0f}  {row['after']:>10.0f}  {row['after'] - row['before']:>8.0f}"
              f"  {row['seconds']:>6.1f}  {row['mb']:>7.1f}")
    growth = [row["after"] - row["before"] for row in rows.values()]
    flat = max(growth) <= 1.2 * min(growth) + NOISE_MIB
    print(f"workbook growth {min(growth):.0f} -> {max(growth):.0f} MiB: {'flat, ok' if flat else 'MISSED'}")
    return 0 if flat else 1


if __name__ == "__main__":
    raise SystemExit(main())
