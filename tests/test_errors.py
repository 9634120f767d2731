"""The error hierarchy: one base, typed subclasses, picklable across processes."""

from __future__ import annotations

import pickle

import pytest

from screener.errors import (
    ConfigError,
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    FileMissing,
    IngestError,
    NoText,
    Problem,
    ProfileError,
    ReasonCode,
    ScreenerError,
    TaxonomyError,
    TooLarge,
    UnsupportedFormat,
)

CODES = [
    (UnsupportedFormat, "unsupported_format"), (EncryptedFile, "encrypted"), (CorruptFile, "corrupt"),
    (NoText, "no_text"), (EmptyFile, "empty"), (TooLarge, "too_large"), (FileMissing, "not_found"),
]


class TestErrors:
    @pytest.mark.parametrize(("cls", "code"), CODES)
    def test_codes(self, cls: type[IngestError], code: str) -> None:
        """Each ingest error carries its reason code and is a ScreenerError and a ValueError."""
        error = cls("cv.pdf", "a message")
        assert error.code.value == code
        assert isinstance(error, ScreenerError)
        assert isinstance(error, ValueError)

    @pytest.mark.parametrize(("cls", "code"), CODES)
    def test_pickle(self, cls: type[IngestError], code: str) -> None:
        """Ingest errors survive pickling with path, message and code (worker processes)."""
        error = pickle.loads(pickle.dumps(cls("cv.pdf", "a message")))
        assert (type(error), error.path, error.message, error.code.value) == (cls, "cv.pdf", "a message", code)

    def test_explicit_code(self) -> None:
        """A generic IngestError can be given any reason code."""
        assert IngestError("x", "boom", code=ReasonCode.INTERNAL).code is ReasonCode.INTERNAL

    def test_problems_are_collected(self) -> None:
        """Profile and taxonomy errors list every problem in their message."""
        problems = [Problem("p.yaml", "must_have[0]", "unknown skill"), Problem("p.yaml", "title", "empty")]
        for cls in (ProfileError, TaxonomyError):
            error = cls(problems)
            assert error.problems == tuple(problems)
            assert "2 problem(s)" in str(error)
            assert "must_have[0]" in str(error)

    def test_config_error_is_value_error(self) -> None:
        """A bad setting is a ScreenerError and a ValueError."""
        assert issubclass(ConfigError, ScreenerError) and issubclass(ConfigError, ValueError)
