"""Shared fixtures: the devdata folder, sample paths, fresh caches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from screener import taxonomy

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
DEVDATA = ROOT.parent / "shared" / "devdata"


@pytest.fixture
def devdata() -> Path:
    """The shared development data; the test is skipped where it is absent."""
    if not DEVDATA.is_dir():
        pytest.skip("../shared/devdata is not here")
    return DEVDATA


@pytest.fixture
def fresh_taxonomy_cache() -> Iterator[None]:
    """Forget cached taxonomies before and after a test that writes taxonomy files."""
    taxonomy.clear_cache()
    yield
    taxonomy.clear_cache()
