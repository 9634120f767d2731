"""Progress while parsing: plain lines without a terminal, failures named with --verbose, nothing with --quiet."""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner

from screener.cli import main
from screener.models import Failure
from screener.progress_view import ParseProgress

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
RESUMES = SAMPLES / "resumes"
PROFILE = SAMPLES / "profiles" / "senior_python_backend.yaml"


def test_plain_lines_count_files_failures_and_time_left() -> None:
    """Without a terminal, a line per interval gives files done of total, the rate, failures and the time left."""
    stream = io.StringIO()
    ticks = iter(float(t) for t in range(100))
    progress = ParseProgress(4, stream=stream, terminal=False, every=1.0, clock=lambda: next(ticks))
    with progress:
        for result in (Failure("a.pdf", "corrupt", "broken"), Failure("b.pdf", "empty", "empty"), None, None):
            progress(result if result else object())  # type: ignore[arg-type]
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("parsed 1/4 files (") and "1 failed" in lines[0] and "left" in lines[0]
    assert lines[-1].startswith("parsed 4/4 files (") and "2 failed" in lines[-1] and ", in " in lines[-1]
    assert "a.pdf" not in stream.getvalue()  # files are named only with verbose


def test_verbose_names_each_failure_as_it_happens() -> None:
    """With verbose, each file that could not be read is named with its code and reason."""
    stream = io.StringIO()
    progress = ParseProgress(2, stream=stream, terminal=False, verbose=True, every=3600)
    with progress:
        progress(Failure("cv.pdf", "encrypted", "The PDF is password-protected."))
    assert "could not read cv.pdf (encrypted): The PDF is password-protected." in stream.getvalue()


def test_cli_progress(tmp_path: Path) -> None:
    """screener screen writes its progress to stderr, names failures with --verbose and is silent with --quiet."""
    runner = CliRunner()
    verbose = runner.invoke(main, ["screen", str(RESUMES), "--profile", str(PROFILE), "--out", str(tmp_path / "a"),
                                   "--verbose"])
    assert verbose.exit_code == 0, verbose.output
    assert "could not read" in verbose.stderr and "(corrupt)" in verbose.stderr
    total = len(list(RESUMES.iterdir()))
    assert f"parsed {total}/{total} files (" in verbose.stderr and "3 failed" in verbose.stderr
    quiet = runner.invoke(main, ["screen", str(RESUMES), "--profile", str(PROFILE), "--out", str(tmp_path / "b"), "-q"])
    assert quiet.exit_code == 0 and quiet.stderr == ""
