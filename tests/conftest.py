"""Shared fixtures: the devdata folder, sample paths, fresh caches."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from screener import taxonomy

# Fuzzing profiles (tests/test_fuzz.py): a short pass in the suite, a long one in benchmarks/fuzz.py.
settings.register_profile("ci", max_examples=40, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("long", max_examples=int(os.environ.get("SCREENER_FUZZ_EXAMPLES", "2000")), deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile("ci")

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


@pytest.fixture(autouse=True)
def own_cache_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test has a parse cache folder of its own (the CLI's default, via XDG_CACHE_HOME), empty at its start."""
    folder = tmp_path_factory.mktemp("user-cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder
