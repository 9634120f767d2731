"""Benchmark memory as a batch grows: peak RSS of a parse and of a screen, for pools of 100 and 1,000 files.

Usage::

    python benchmarks/memory.py [--sizes 100 1000] [--workers 2]

Each size gets its own folder of distinct copies of the fictional samples
(``scripts/make_variants.py``) and its own parse cache. Three steps run, each in a fresh process
so each peak is its own:

* ``write``: ``write_pool`` (``screener parse --out``): the files are parsed here, on the workers,
  into the cache, and each record goes to the Parquet pool as it finishes;
* ``pool``: ``parse_pool`` of the same files, every record from the cache, held as a ``Pool``;
* ``screen``: ``screen`` of the same files, every record from the cache, and ``write_reports``;
* ``rank``: ``read_pool`` and ``rank_pool`` of the Parquet pool, and ``write_reports``.

Printed per step and size: the peak resident memory of the process that runs the batch
(``ru_maxrss``), of its largest worker, and the parent's growth per file between the two sizes.
Peaks are in MiB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from make_variants import write_variants  # noqa: E402

PROFILE = ROOT / "data" / "samples" / "profiles" / "senior_python_backend.yaml"
STEPS = {
    "write": """
screener.write_pool([folder], work / "pool.parquet", options=options, workers=workers, cache=cache)
""",
    "pool": """
pool = screener.parse_pool([folder], options=options, workers=workers, cache=cache)
""",
    "screen": """
result = screener.screen([folder], profile, options=options, workers=workers, cache=cache)
screener.write_reports(result, work / "screen")
""",
    "rank": """
result = screener.rank_pool(screener.read_pool(work / "pool.parquet"), profile)
screener.write_reports(result, work / "rank")
""",
}
PRELUDE = """
import json, resource, sys
from pathlib import Path
import screener
folder, work, workers = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
cache, profile = work / "cache", sys.argv[4]
options = screener.ParseOptions(as_of=screener.YearMonth(2026, 11))
"""
REPORT = """
print(json.dumps({"parent": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def measure(step: str, folder: Path, work: Path, workers: int) -> dict[str, float]:
    """Run one step in a fresh interpreter; its peak RSS (MiB) and wall time."""
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-c", PRELUDE + STEPS[step] + REPORT, str(folder), str(work),
                           str(workers), str(PROFILE)], capture_output=True, text=True, check=True)
    peaks = json.loads(done.stdout.strip().splitlines()[-1])
    return {"parent": peaks["parent"] / 1024, "worker": peaks["worker"] / 1024, "seconds": time.monotonic() - start}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    results: dict[str, dict[int, dict[str, float]]] = {step: {} for step in STEPS}
    with tempfile.TemporaryDirectory() as temporary:
        for size in args.sizes:
            work = Path(temporary) / str(size)
            write_variants(work / "files", size)
            for step in STEPS:
                results[step][size] = measure(step, work / "files", work, args.workers)
    print(f"{'step':<7} {'files':>6} {'parent MiB':>11} {'worker MiB':>11} {'seconds':>8}")
    for step, by_size in results.items():
        for size, peak in by_size.items():
            print(f"{step:<7} {size:>6} {peak['parent']:>11.0f} {peak['worker']:>11.0f} {peak['seconds']:>8.1f}")
    small, large = min(args.sizes), max(args.sizes)
    if small != large:
        for step, by_size in results.items():
            growth = (by_size[large]["parent"] - by_size[small]["parent"]) / (large - small) * 1024
            print(f"{step}: the parent grows {growth:.0f} KiB per file from {small} to {large} files")
    resource.getrusage(resource.RUSAGE_SELF)  # (the benchmark's own process holds no pool)


if __name__ == "__main__":
    main()
