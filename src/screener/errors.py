"""One error hierarchy for the whole library.

Every error the library raises on purpose is a :class:`ScreenerError`. Errors
about a value a caller gave (a file, a profile, a taxonomy) also subclass
:class:`ValueError`, as ``packaging`` does, so generic handlers still work.
The library never prints or exits: the CLI maps these to messages and exit codes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum


class ScreenerError(Exception):
    """Base class of every error screener raises on purpose."""


class ReasonCode(str, Enum):
    """Why a file could not be screened; the ``code`` column of errors.csv."""

    UNSUPPORTED_FORMAT = "unsupported_format"
    ENCRYPTED = "encrypted"
    CORRUPT = "corrupt"
    NO_TEXT = "no_text"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    NOT_FOUND = "not_found"
    UNSAFE_PATH = "unsafe_path"
    ZIP_BOMB = "zip_bomb"
    NESTED_ARCHIVE = "nested_archive"
    TIMEOUT = "timeout"
    """Parsing the file took longer than the time limit; its worker was stopped."""
    OUT_OF_MEMORY = "out_of_memory"
    """Parsing the file took more memory than the limit; its worker was stopped and replaced."""
    CRASHED = "crashed"
    """The worker process parsing the file died (a crash, or killed by the system)."""
    INTERNAL = "internal"

    def __str__(self) -> str:
        return self.value


class IngestError(ScreenerError, ValueError):
    """A file could not be read as a resume.

    Attributes:
        path: the file, as given.
        code: the reason code (see :class:`ReasonCode`).
        message: one plain sentence a recruiter can act on.
    """

    code: ReasonCode = ReasonCode.CORRUPT

    def __init__(self, path: str, message: str, *, code: ReasonCode | None = None) -> None:
        if code is not None:
            self.code = code
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message} [{self.code.value}]")

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only arguments defeat the default pickling; errors cross worker processes.
        return (type(self), (self.path, self.message), {"code": self.code})


class UnsupportedFormat(IngestError):
    """The bytes are not a PDF, DOCX or plain-text file."""

    code = ReasonCode.UNSUPPORTED_FORMAT


class EncryptedFile(IngestError):
    """The file is password-protected."""

    code = ReasonCode.ENCRYPTED


class CorruptFile(IngestError):
    """The file claims a format but its structure is broken."""

    code = ReasonCode.CORRUPT


class NoText(IngestError):
    """The file has pages but no extractable text (an image-only scan needs OCR)."""

    code = ReasonCode.NO_TEXT


class EmptyFile(IngestError):
    """The file has no bytes, or only white space."""

    code = ReasonCode.EMPTY


class TooLarge(IngestError):
    """The file is larger than the configured limit."""

    code = ReasonCode.TOO_LARGE


class ArchiveRefused(IngestError):
    """A member of a zip archive is refused: an unsafe name, a zip bomb or an archive nested too deep.

    The code says which (``unsafe_path``, ``zip_bomb``, ``nested_archive``); nothing of it is written
    anywhere: members are read in memory.
    """

    code = ReasonCode.UNSAFE_PATH


class FileMissing(IngestError):
    """The path does not exist or is not a readable file."""

    code = ReasonCode.NOT_FOUND


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem found while validating a data file.

    Attributes:
        source: the file (or ``<mapping>``) the problem is in.
        entry: which entry: a skill id, ``must_have[2]``, a key path.
        message: what is wrong and, where we can tell, how to fix it.
    """

    source: str
    entry: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.entry}: {self.message}"


class _ProblemsError(ScreenerError, ValueError):
    """An error that carries every problem found, not only the first."""

    what = "data"

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{count} problem(s) in the {self.what}:\n{lines}")


class TaxonomyError(_ProblemsError):
    """The skill taxonomy (built-in or an overlay) is invalid."""

    what = "skill taxonomy"


class ProfileError(_ProblemsError):
    """A job profile is invalid."""

    what = "job profile"


class ConfigError(ScreenerError, ValueError):
    """A setting or argument is out of range or inconsistent."""


class MissingExtra(ConfigError):
    """An option needs a package that is not installed (``pip install 'screener[EXTRA]'`` adds it).

    Attributes:
        extra: the extra that installs it (``dask``).
    """

    def __init__(self, what: str, package: str, extra: str) -> None:
        self.extra = extra
        super().__init__(f"{what} needs {package}, which is not installed: pip install 'screener[{extra}]'")


class ClusterError(ScreenerError):
    """The Dask cluster cannot be reached, or its workers cannot parse (screener missing or different there)."""


class DocumentError(ScreenerError, ValueError):
    """A JSON document is not one screener can read back: another kind, a missing field, or a major
    ``schema_version`` this screener does not read (see :mod:`screener.documents`)."""
