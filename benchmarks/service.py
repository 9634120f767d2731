"""Benchmark the HTTP service: parse and rank one uploaded resume, cold and warm, beside the same call in-process.

Usage::

    python benchmarks/service.py [--repeat 20] [--workers 2] [--resume FILE] [--profile FILE]

Starts ``screener serve`` on a free loopback port and times, by the wall clock:

* start-up: from the command to the first answer of ``GET /healthz`` (workers started, parsers built);
* cold: the first ``POST /rank`` after start-up (one resume uploaded, the profile as YAML text);
* warm: the median (and fastest, slowest) of ``--repeat`` more, beside ``GET /healthz`` (HTTP alone)
  and ``POST /parse`` of the same upload (no ranking);

and, in this process, ``parse_resume(bytes)`` then ``rank()``: the first call (the parser built)
and the median of ``--repeat`` more. The difference is what HTTP, multipart, the process pool and
JSON add. The bundled sample resume and profile are used unless others are given.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESUME = ROOT / "data" / "samples" / "resumes" / "alice_nguyen_senior_backend.pdf"
PROFILE = ROOT / "data" / "samples" / "profiles" / "senior_python_backend.yaml"
AS_OF = "2026-11-01"


@dataclass(frozen=True)
class Timings:
    """Seconds: the first call, and each warm call after it (and, over HTTP, the start-up)."""

    cold: float
    warm: list[float]
    start_up: float | None = None
    health: tuple[float, ...] = ()
    parse: tuple[float, ...] = ()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _seconds(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def _over_http(resume: Path, profile: str, workers: int, repeat: int) -> Timings:
    import httpx

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "screener", "serve", "--port", str(port), "--workers",
                               str(workers), "--as-of", AS_OF], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait(url, server)
        start_up = time.perf_counter() - started
        files = [("files", (resume.name, resume.read_bytes()))]

        def call(path: str = "/rank") -> None:
            answer = httpx.post(url + path, data={"profile": profile}, files=files, timeout=120)
            answer.raise_for_status()
            assert answer.json()["ranking" if path == "/rank" else "candidates"], "the resume was not read"

        cold = _seconds(call)
        warm = [_seconds(call) for _ in range(repeat)]
        health = tuple(_seconds(lambda: httpx.get(url + "/healthz").raise_for_status()) for _ in range(repeat))
        parse = tuple(_seconds(lambda: call("/parse")) for _ in range(repeat))
    finally:
        server.terminate()
        server.wait(timeout=60)
    return Timings(cold, warm, start_up, health, parse)


def _wait(url: str, server: subprocess.Popen[bytes]) -> None:
    import httpx

    while server.poll() is None:
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit(f"screener serve stopped with exit code {server.returncode}")


def _in_process(resume: Path, profile: str, repeat: int) -> Timings:
    import screener
    from screener.profile import profile_mapping

    options = screener.ParseOptions(as_of=screener.YearMonth(2026, 11))
    data = resume.read_bytes()

    def call() -> None:
        job = screener.load_profile(profile_mapping(profile, "profile"))
        candidate = screener.parse_resume(data, name=resume.name, options=options)
        assert len(screener.rank([candidate], job)) == 1

    cold = _seconds(call)
    return Timings(cold, [_seconds(call) for _ in range(repeat)])


def _row(label: str, seconds: Sequence[float]) -> str:
    return (f"{label:<34} {statistics.median(seconds) * 1000:>9.1f} {min(seconds) * 1000:>9.1f} "
            f"{max(seconds) * 1000:>9.1f}")


def main(argv: Sequence[str] | None = None) -> int:
    """Measure and print the service's and the library's times for one resume."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="warm calls to time (default: 20)")
    parser.add_argument("--workers", type=int, default=2, help="the service's parsing processes (default: 2)")
    parser.add_argument("--resume", type=Path, default=RESUME, help="the resume to upload")
    parser.add_argument("--profile", type=Path, default=PROFILE, help="the profile (YAML)")
    args = parser.parse_args(argv)
    profile = args.profile.read_text(encoding="utf-8")
    http = _over_http(args.resume, profile, args.workers, args.repeat)
    local = _in_process(args.resume, profile, args.repeat)
    print(f"one resume ({args.resume.name}, {args.resume.stat().st_size:,} bytes), parsed and ranked; "
          f"{args.repeat} warm calls; milliseconds")
    print(f"{'':<34} {'median':>9} {'fastest':>9} {'slowest':>9}")
    print(f"{'HTTP start-up (to /healthz)':<34} {(http.start_up or 0) * 1000:>9.1f}")
    print(f"{'HTTP POST /rank, cold (first)':<34} {http.cold * 1000:>9.1f}")
    print(_row("HTTP POST /rank, warm", http.warm))
    print(_row("  of which: GET /healthz alone", http.health))
    print(_row("  of which: POST /parse alone", http.parse))
    print(f"{'in-process, cold (parser built)':<34} {local.cold * 1000:>9.1f}")
    print(_row("in-process, warm", local.warm))
    return 0


if __name__ == "__main__":
    sys.exit(main())
