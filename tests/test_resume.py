"""Resumable and safe (issue 9, item 6): a screen killed with SIGKILL and run again finishes, each file once."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from make_variants import write_variants  # noqa: E402

PROFILE = ROOT / "data" / "samples" / "profiles" / "senior_python_backend.yaml"
FILES = 36
KILL_AFTER = 4  # files stored in the cache before the screen is killed


def stored(cache: Path) -> int:
    """Records in the cache now, read as another process would while the screen writes."""
    try:
        with sqlite3.connect(f"file:{cache / 'parsed.sqlite3'}?mode=ro", uri=True, timeout=5) as db:
            return int(db.execute("SELECT count(*) FROM records").fetchone()[0])
    except sqlite3.OperationalError:  # not made yet
        return 0


def orphans(tmp_path: Path, *, wait: float = 30) -> list[int]:
    """The processes still running a command line that names ``tmp_path``, after waiting up to ``wait`` seconds."""
    if not Path("/proc/self").exists():  # no process table to read here
        return []
    deadline = time.monotonic() + wait
    while True:
        found = []
        for proc in Path("/proc").iterdir():
            if proc.name.isdigit() and int(proc.name) != os.getpid():
                try:
                    line = (proc / "cmdline").read_bytes()
                    state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
                except OSError:
                    continue
                if str(tmp_path).encode() in line and state != "Z":
                    found.append(int(proc.name))
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.2)


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def command(tmp_path: Path) -> list[str]:
    write_variants(tmp_path / "pool", FILES)
    (tmp_path / "pool" / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really")
    return [sys.executable, "-m", "screener", "screen", str(tmp_path / "pool"), "--profile", str(PROFILE),
            "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache"), "--as-of", "2026-11-01",
            "--workers", "1", "--quiet"]


def test_killed_screen_resumes_and_reports_each_file_once(tmp_path: Path, command: list[str]) -> None:
    """Killed with SIGKILL after a few files, a screen run again parses only the rest, and reports every file once."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while stored(tmp_path / "cache") < KILL_AFTER and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL
    kept = stored(tmp_path / "cache")
    assert KILL_AFTER <= kept < FILES + 1, "the screen should have been killed part of the way through"
    assert not (tmp_path / "out" / "manifest.json").exists()
    assert orphans(tmp_path) == [], "the killed screen's workers should end with it"

    again = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["cache"]["hits"] >= kept
    assert manifest["cache"]["hits"] + manifest["cache"]["misses"] == FILES + 1
    reported = [r["path"] for r in rows(tmp_path / "out" / "ranking.csv")]
    reported += [r["path"] for r in rows(tmp_path / "out" / "errors.csv")]
    assert sorted(reported) == sorted(str(p) for p in (tmp_path / "pool").iterdir())
    assert len(reported) == len(set(reported)) == FILES + 1


def test_two_screens_share_one_cache(tmp_path: Path) -> None:
    """Two parses writing one cache at the same time both finish, and every file of both is stored once."""
    for name in ("a", "b"):
        write_variants(tmp_path / name, 6)
    (tmp_path / "b" / "extra.txt").write_bytes(b"Skills\nPython, Django\n")
    processes = [
        subprocess.Popen([sys.executable, "-m", "screener", "parse", str(tmp_path / name), "--out",
                          str(tmp_path / f"{name}.parquet"), "--cache-dir", str(tmp_path / "cache"),
                          "--as-of", "2026-11-01", "--workers", "2"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for name in ("a", "b")
    ]
    finished = [(process.communicate(timeout=600)[1], process.returncode) for process in processes]
    for errors, returncode in finished:  # both waited for first: a failure leaves no process running
        assert returncode == 0, errors
        assert "Warning" not in errors
    assert stored(tmp_path / "cache") == 7  # the same six variants in both folders, and one more
