"""Fuzz ingest, sections, dates and extraction for long: the properties of tests/test_fuzz.py, many more examples.

Usage::

    python benchmarks/fuzz.py [--examples 2000] [--seed N]

The suite runs each property on 40 derandomised examples; this runs them on ``--examples`` random
ones each (Hypothesis's ``long`` profile, registered in tests/conftest.py) and prints pytest's
summary, with the smallest failing input of any property that fails. Keep a failing input as an
``@example`` in tests/test_fuzz.py once its cause is fixed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000, help="examples per property")
    parser.add_argument("--seed", type=int, default=None, help="Hypothesis seed, to repeat a run")
    args = parser.parse_args()
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--hypothesis-profile=long",
               "--hypothesis-show-statistics", str(ROOT / "tests" / "test_fuzz.py")]
    if args.seed is not None:
        command.append(f"--hypothesis-seed={args.seed}")
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env={**os.environ, "SCREENER_FUZZ_EXAMPLES": str(args.examples)},
                          check=False)
    print(f"fuzzed {args.examples} examples per property in {time.perf_counter() - started:.0f} s; "
          f"exit status {done.returncode}")
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
