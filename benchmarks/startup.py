"""Benchmark start-up: ``import screener`` and ``screener --help`` beside a bare ``python -c pass``.

Usage::

    python benchmarks/startup.py [--repeat N]

Each command runs ``N`` times in a fresh interpreter (the first run of each
is a warm-up and is not counted); the median and the fastest wall-clock
times are printed beside the baseline measured in the same run, and the extra
cost over it. Targets (issue 9): ``import screener`` under 0.5 s and
``screener --help`` under 0.3 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence

COMMANDS = (
    ("python -c pass", [sys.executable, "-c", "pass"], None),
    ("import screener", [sys.executable, "-c", "import screener"], 0.5),
    ("screener --help", [sys.executable, "-m", "screener", "--help"], 0.3),
)


def _times(command: Sequence[str], repeat: int) -> list[float]:
    """Wall-clock seconds of ``repeat`` runs after one warm-up run."""
    subprocess.run(command, check=True, capture_output=True)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def main(argv: Sequence[str] | None = None) -> int:
    """Measure and print each command's times beside the baseline."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="runs per command (default: 15)")
    args = parser.parse_args(argv)
    baseline = None
    print(f"{'command':<18} {'median':>8} {'fastest':>8} {'over baseline':>14} {'target':>7}")
    for label, command, target in COMMANDS:
        times = _times(command, args.repeat)
        median = statistics.median(times)
        baseline = median if baseline is None else baseline
        over = f"{median - baseline:+.3f} s" if label != COMMANDS[0][0] else ""
        goal = f"{target:.1f} s" if target else ""
        print(f"{label:<18} {median:>7.3f}s {min(times):>7.3f}s {over:>14} {goal:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
