"""The package: its public names, and a start-up that does not load the heavy libraries."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import screener

HEAVY = ("spacy", "pandas", "sklearn", "pdfminer", "docx", "datasketch", "rapidfuzz")

NOT_SCORING = tuple(m for m in HEAVY if m != "rapidfuzz")  # profiles resolve skill names with rapidfuzz
HELP = "from screener.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass"

# Code run in a fresh interpreter; the heavy libraries it must leave unloaded, and those it must load.
STARTUP_CASES = [
    ("import screener", HEAVY, ()),
    ("import screener.cli", HEAVY, ()),
    (HELP, HEAVY, ()),
    ("from screener import ScreenerError, YearMonth, Candidate", HEAVY, ()),
    ("from screener import Scorer\nScorer().set_params(stale_credit=0.2).get_params()", NOT_SCORING, ()),
    ("from screener import ParseOptions", (), ("spacy",)),
    ("import screener\nscreener.json_schema('ranking')", HEAVY, ()),
]


def _loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return list(json.loads(done.stdout.splitlines()[-1]))


class TestStartup:
    @pytest.mark.parametrize(("code", "unloaded", "needs"), STARTUP_CASES)
    def test_heavy_libraries_load_only_when_used(self, code: str, unloaded: tuple[str, ...],
                                                 needs: tuple[str, ...]) -> None:
        """The package, the CLI's help, the scorer and the JSON schemas load no heavy library; parsing loads its own."""
        loaded = set(_loaded_after(code))
        assert not loaded & set(unloaded)
        assert set(needs) <= loaded


class TestPublicNames:
    @pytest.mark.parametrize("name", screener.__all__)
    def test_every_public_name_resolves(self, name: str) -> None:
        """Every name in __all__ can be imported from the package and is listed by dir()."""
        assert getattr(screener, name) is not None
        assert name in dir(screener)

    def test_unknown_name_is_an_attribute_error(self) -> None:
        """A name the package does not have raises AttributeError, as for any module."""
        with pytest.raises(AttributeError, match="no_such_name"):
            _ = screener.no_such_name  # type: ignore[attr-defined]
