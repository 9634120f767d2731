"""Tests that read every resume under ../shared/devdata (skipped when it is absent).

Nothing from devdata is copied into the repository: files are read at run time.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from pdfminer.high_level import extract_text

from screener.errors import IngestError
from screener.ingest import read

DEVDATA = Path(__file__).parents[1] / ".." / "shared" / "devdata"
RESUMES = DEVDATA / "resumes"
FILES = sorted(p for p in RESUMES.rglob("*") if p.is_file()) if RESUMES.is_dir() else []

pytestmark = pytest.mark.devdata


@dataclass(frozen=True)
class Outcome:
    """What reading one file gave, in a form that crosses processes."""

    error: str | None = None
    """The IngestError class name, or None when a Document came back."""
    crash: str | None = None
    """repr of any other exception (there must be none)."""
    visible_chars: int = 0
    pages: int = 0
    clean_lines: bool = True
    """Every line is non-empty and has no surrounding white space."""


def _outcome(path: Path) -> Outcome:
    try:
        document = read(path)
    except IngestError as e:
        return Outcome(error=type(e).__name__)
    except Exception as e:  # the test fails on these; report them, do not crash the pool
        return Outcome(crash=repr(e))
    clean = all(line.text and line.text == line.text.strip() for line in document.lines)
    return Outcome(visible_chars=len(document.text.strip()), pages=document.pages, clean_lines=clean)


@pytest.fixture(scope="module")
def outcomes() -> dict[Path, Outcome]:
    """Every devdata resume read once, on all cores (reading is CPU-bound)."""
    if not FILES:
        pytest.skip("../shared/devdata/resumes is not present")
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return dict(zip(FILES, pool.map(_outcome, FILES, chunksize=4), strict=True))


class TestDevdata:
    """read() on real resumes: a Document with text or an IngestError, nothing else."""

    @pytest.mark.parametrize(
        "path",
        FILES or [pytest.param(None, marks=pytest.mark.skip(reason="no devdata"))],
        ids=lambda p: str(p.relative_to(RESUMES)) if p else "none",
    )
    def test_document_or_ingest_error(self, path: Path, outcomes: dict[Path, Outcome]) -> None:
        """Each file yields a Document with visible text, or an IngestError; any other exception fails."""
        outcome = outcomes[path]
        assert outcome.crash is None
        if outcome.error is None:
            assert outcome.visible_chars > 0
            assert outcome.clean_lines

    def test_image_only_pdfs_raise_no_text(self, outcomes: dict[Path, Outcome]) -> None:
        """PDFs in which plain pdfminer finds no text raise NoText, and only those do."""
        # Only files we found little or no text in can be image-only; checking
        # just those with plain pdfminer keeps the test fast.
        candidates = [
            path
            for path, outcome in outcomes.items()
            if path.suffix.lower() == ".pdf"
            and (outcome.error == "NoText" or (outcome.error is None and outcome.visible_chars < 100 * outcome.pages))
        ]
        image_only = {path for path in candidates if not extract_text(path).strip()}
        for path in candidates:
            assert (outcomes[path].error == "NoText") == (path in image_only), path.name
        if not image_only:
            pytest.skip("devdata holds no image-only PDF")
