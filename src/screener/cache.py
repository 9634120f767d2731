"""The parse cache: a file parsed once is not parsed again, in this run or the next.

Records are kept in one SQLite file (``parsed.sqlite3``) in the user's cache folder
(:func:`default_cache_dir`; ``--cache-dir`` moves it, ``--no-cache`` skips it). A record's key is
the file's content (the SHA-256 of its bytes, never its name), screener's own code (its version
and a hash of its source and data files, so an edited rule is never served an old record), the
taxonomy's content hash and :meth:`ParseOptions.record_key` (as-of month, present policy, fuzzy
settings, size limit, PDF engine). The same bytes under another name or in another folder are a
hit, with the path of the file as given now.

Verdicts about a file's content are kept as well as candidates (a corrupt or encrypted file is
not read again), but not what depends on the run: a ``timeout``, a ``crashed`` worker, an
``internal`` error, a missing file. Only the process that runs the batch writes (workers never
open the cache); the file is in WAL mode with a busy timeout, so two screens can share it. Each
record is committed as it arrives, so a run that is killed keeps what it parsed. A cache file
that is not a database, or is damaged, is moved aside and started afresh: :attr:`ParseCache.warnings`
says so, and the run goes on. A cache that another screen holds locked is not damaged: it is waited
for (``busy_timeout``), then left as it is, the run going on without it (a lookup a miss, a record
not stored) and :attr:`ParseCache.warnings` saying so once.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ._version import __version__
from .errors import IngestError, ReasonCode
from .models import Candidate, Failure
from .serialize import candidate_data, candidate_from_data, failure_data, failure_from_data

if TYPE_CHECKING:
    from collections.abc import Callable

    from .parse import ParseOptions

_T = TypeVar("_T")

CACHE_FILE = "parsed.sqlite3"
_SCHEMA = 1
# A verdict on the bytes themselves is the same next time; a timeout, a crash or a bug may not be.
CACHED_CODES = frozenset({ReasonCode.UNSUPPORTED_FORMAT, ReasonCode.ENCRYPTED, ReasonCode.CORRUPT,
                          ReasonCode.NO_TEXT, ReasonCode.EMPTY})
_BUSY_SECONDS = 30.0
# SQLite gives up at once, without its busy handler, where waiting could deadlock (two connections
# making one new file WAL together): tried again this many times, a little later each time.
_BUSY_TRIES = 6
_BUSY_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})


def _is_busy(error: sqlite3.Error) -> bool:
    """Whether ``error`` says another connection holds the database (busy or locked), not that it is damaged."""
    return (getattr(error, "sqlite_errorcode", 0) & 0xFF) in _BUSY_CODES


def default_cache_dir() -> Path:
    """The user's cache folder for screener (``~/.cache/screener`` on Linux, per XDG_CACHE_HOME)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("screener", appauthor=False))


@functools.cache
def code_fingerprint() -> str:
    """screener's version and a hash of its installed source and data files, computed once per process."""
    package = Path(__file__).parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".yaml", ".j2") and "__pycache__" not in path.parts:
            digest.update(f"{path.relative_to(package)}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def record_key(content_sha256: str, taxonomy_sha256: str, options_key: str) -> str:
    """The cache key of one file's record: its bytes, the code, the taxonomy and the options."""
    parts = (content_sha256, code_fingerprint(), taxonomy_sha256, options_key)
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class CacheStats:
    """How a run used the parse cache.

    Attributes:
        folder: the cache folder.
        hits: files whose record came from the cache (not parsed).
        misses: files parsed (and their record stored when it can be reused).
        warnings: what went wrong with the cache file (it was rebuilt); empty when nothing did.
    """

    folder: str
    hits: int
    misses: int
    warnings: tuple[str, ...] = ()

    def manifest(self) -> dict[str, Any]:
        """The stats as the manifest records them."""
        return {"folder": self.folder, "hits": self.hits, "misses": self.misses, "warnings": list(self.warnings)}


class ParseCache:
    """Parsed records by key, in an SQLite file in ``folder`` (created if needed).

    Args:
        folder: where the cache file lives (default: :func:`default_cache_dir`).
        busy_timeout: seconds to wait for another screen that holds the file locked, each time.

    Example:
        >>> cache = ParseCache(tmp_folder)  # doctest: +SKIP
        >>> cache.get(key, "cv.pdf") is None  # doctest: +SKIP
        True
    """

    def __init__(self, folder: str | os.PathLike[str] | None = None, *,
                 busy_timeout: float = _BUSY_SECONDS) -> None:
        self.folder = Path(folder) if folder is not None else default_cache_dir()
        self.path = self.folder / CACHE_FILE
        self.busy_timeout = busy_timeout
        self.hits = 0
        self.misses = 0
        self.warnings: list[str] = []
        self._db = self._open()

    def _open(self) -> sqlite3.Connection | None:
        """Connect and make the table; a file that is not a usable database is moved aside and made anew."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            self.warnings.append(f"the cache folder {self.folder} cannot be made ({e}); nothing is cached")
            return None
        for attempt in range(2):
            try:
                return self._patiently(self._connect)
            except sqlite3.DatabaseError as e:
                if _is_busy(e):
                    self._busy(e)
                    return None
                if attempt:
                    self.warnings.append(f"the cache {self.path} cannot be used ({e}); nothing is cached")
                    return None
                self._set_aside(e)
        return None

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None)
        try:
            db.execute(f"PRAGMA busy_timeout = {round(self.busy_timeout * 1000)}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")  # a commit survives the process being killed
            db.execute("CREATE TABLE IF NOT EXISTS records (key TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                       "record TEXT NOT NULL)")
            db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
            db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(_SCHEMA),))
        except BaseException:
            db.close()
            raise
        return db

    def _patiently(self, call: Callable[[], _T]) -> _T:
        """``call()``, tried again a little later while another connection holds the file."""
        for attempt in range(_BUSY_TRIES - 1):
            try:
                return call()
            except sqlite3.OperationalError as e:
                if not _is_busy(e):
                    raise
                time.sleep(min(0.05 * 2 ** attempt, self.busy_timeout))
        return call()

    def _busy(self, error: sqlite3.Error) -> None:
        """Another screen holds the cache past the wait: said once; the file is left as it is."""
        message = (f"the cache {self.path} is held by another screen ({error}); "
                   "files it could not look up or store were parsed and not cached")
        if message not in self.warnings:
            self.warnings.append(message)

    def _failed(self, error: sqlite3.Error) -> None:
        """A database error in the middle of a run: a busy file is left alone, a damaged one rebuilt."""
        if _is_busy(error):
            self._busy(error)
        else:
            self._recover(error)

    def _set_aside(self, error: Exception) -> None:
        """Move a damaged cache file (and its journals) aside, so the next connection starts empty."""
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{self.path}{suffix}").replace(f"{self.path}{suffix}.damaged")
        self.warnings.append(f"the cache {self.path} was damaged ({error}); it was moved to "
                             f"{self.path.name}.damaged and rebuilt")

    def _recover(self, error: sqlite3.Error) -> None:
        """A database error in the middle of a run: start a fresh file and go on."""
        self.close()
        self._set_aside(error)
        with contextlib.suppress(sqlite3.DatabaseError):
            self._db = self._connect()

    def lookup(self, path: str, options: ParseOptions,
               taxonomy_sha256: str) -> tuple[str | None, Candidate | Failure | None]:
        """The key of the file at ``path`` and its stored record (None: a miss, to parse and :meth:`put`).

        A file that cannot be read has no key: it is parsed (and its reason reported) every time.
        """
        digest = content_sha256(path, options.max_bytes)
        if digest is None:
            self.misses += 1
            return None, None
        key = record_key(digest, taxonomy_sha256, options.record_key())
        return key, self.get(key, path)

    def get(self, key: str, path: str) -> Candidate | Failure | None:
        """The record stored under ``key``, with ``path`` as its file; None (a miss) when there is none."""
        row = None
        if self._db is not None:
            try:
                db = self._db
                row = self._patiently(
                    lambda: db.execute("SELECT kind, record FROM records WHERE key = ?", (key,)).fetchone())
            except sqlite3.DatabaseError as e:
                self._failed(e)
        result = _decoded(row, path) if row is not None else None
        if result is None:
            self.misses += 1
        else:
            self.hits += 1
        return result

    def put(self, key: str, result: Candidate | Failure) -> None:
        """Store a parsed file's record (a failure only when it is a verdict on the file's bytes)."""
        if self._db is None or (isinstance(result, Failure) and result.code not in CACHED_CODES):
            return
        kind, data = ("candidate", candidate_data(result)) if isinstance(result, Candidate) else (
            "failure", failure_data(result))
        row = (key, kind, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
        db = self._db
        try:
            self._patiently(lambda: db.execute("INSERT OR REPLACE INTO records VALUES (?, ?, ?)", row))
        except sqlite3.DatabaseError as e:
            self._failed(e)

    def __len__(self) -> int:
        """The number of records stored."""
        if self._db is None:
            return 0
        return int(self._db.execute("SELECT count(*) FROM records").fetchone()[0])

    def stats(self, *, since: tuple[int, int] = (0, 0)) -> CacheStats:
        """Hits and misses counted since ``since`` (an earlier ``(hits, misses)``)."""
        return CacheStats(str(self.folder), self.hits - since[0], self.misses - since[1], tuple(self.warnings))

    def close(self) -> None:
        """Close the database (a closed cache stores nothing more)."""
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

    def __enter__(self) -> ParseCache:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _decoded(row: tuple[str, str], path: str) -> Candidate | Failure | None:
    """A stored record as the file at ``path`` would give it; None when the record cannot be read."""
    kind, text = row
    try:
        data = json.loads(text)
        if kind == "candidate":
            return replace(candidate_from_data(data), path=path, file_name=Path(path).name)
        old = str(data["path"])
        failure = failure_from_data(data)
        return replace(failure, path=path, message=failure.message.replace(old, path))
    except (ValueError, KeyError, TypeError):
        return None  # a record of an older shape: parsed again and replaced


def content_sha256(path: str, max_bytes: int) -> str | None:
    """The SHA-256 of a file's bytes (a zip member's too); None when it cannot be read within the limit.

    A file that cannot be read is parsed as usual, which reports why; it is never looked up.
    """
    from .ingest.reader import load

    try:
        return hashlib.sha256(load(path, max_bytes)).hexdigest()
    except IngestError:
        return None
