"""A parsed pool: parse once (``screener parse --out pool.parquet``), rank many (``screener rank``).

A :class:`Pool` holds one result per input file, in input order (a :class:`Candidate` or the
:class:`Failure` that says why it could not be read), the files skipped as not resumes, and how
the files were parsed: the :class:`ParseOptions`, the taxonomy, blind or not. Ranking a pool
(:func:`screener.rank_pool`) writes the same reports as a screen of the same files, errors.csv
included.

On disk a pool is one Parquet file, one row per input: plain columns an analyst can read in
pandas, Polars or DuckDB (``path``, ``status``, ``skills``, ...) and ``record``, the whole
record as JSON (:func:`screener.serialize.candidate_data`), which :func:`read_pool` reads back.
The options, taxonomy and skipped files are in the file's metadata.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._version import __version__
from .cache import CacheStats
from .errors import ConfigError
from .inputs import Skipped
from .models import Candidate, Failure
from .parse import ParseOptions
from .serialize import (
    candidate_data,
    candidate_from_data,
    dataclass_data,
    dataclass_from_data,
    failure_data,
    failure_from_data,
)
from .taxonomy import Taxonomy, load_taxonomy

POOL_FORMAT = 1
_ROW_GROUP = 256
_META_KEY = b"screener.pool"
PARSED = "parsed"
"""The ``status`` of a row whose file was parsed; other rows hold a reason code."""


@dataclass(frozen=True, slots=True)
class Pool:
    """Parsed files and how they were parsed: what a ranking needs, without parsing again.

    Iterating a pool gives its candidates, so ``screener.rank(pool, profile)`` ranks it.

    Attributes:
        results: one :class:`Candidate` or :class:`Failure` per input file, in input order.
        options: the parse options.
        taxonomy: the taxonomy the skills came from.
        skipped: files found but not parsed because they are not resumes.
        blind: whether the records were blinded (see :mod:`screener.blind`).
        workers: the worker processes asked for (None: chosen by the batch).
        cache: how the parse used the parse cache (None when it used none).
    """

    results: tuple[Candidate | Failure, ...]
    options: ParseOptions
    taxonomy: Taxonomy
    skipped: tuple[Skipped, ...] = ()
    blind: bool = False
    workers: int | None = None
    cache: CacheStats | None = None

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        """The parsed candidates, in input order."""
        return tuple(r for r in self.results if isinstance(r, Candidate))

    @property
    def failures(self) -> tuple[Failure, ...]:
        """The files that could not be read, in input order."""
        return tuple(r for r in self.results if isinstance(r, Failure))

    @property
    def inputs(self) -> tuple[str, ...]:
        """Every input file, in order."""
        return tuple(r.path for r in self.results)

    def __iter__(self) -> Iterator[Candidate]:
        return iter(self.candidates)

    def __len__(self) -> int:
        return len(self.results)

    def to_parquet(self, path: str | os.PathLike[str]) -> Path:
        """Write the pool as one Parquet file, atomically (a temporary file, then a rename).

        Example:
            >>> screener.parse_pool(["resumes/"]).to_parquet("pool.parquet")  # doctest: +SKIP
            PosixPath('pool.parquet')
        """
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _schema(pa).with_metadata({_META_KEY: json.dumps(self._metadata(), ensure_ascii=False)})
        target = Path(path)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        os.close(handle)
        try:
            with pq.ParquetWriter(temporary, schema) as writer:
                # A row group at a time: the records' JSON is never all in memory at once.
                for start in range(0, len(self.results), _ROW_GROUP):
                    rows = [_row(r) for r in self.results[start:start + _ROW_GROUP]]
                    writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            Path(temporary).replace(target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return target

    def _metadata(self) -> dict[str, Any]:
        return {
            "format": POOL_FORMAT,
            "tool_version": __version__,
            "options": dataclass_data(self.options),
            "taxonomy": {"version": self.taxonomy.version, "sha256": self.taxonomy.sha256},
            "skipped": [dataclass_data(s) for s in self.skipped],
            "blind": self.blind,
            "workers": self.workers,
            "cache": dataclass_data(self.cache) if self.cache else None,
        }


def _schema(pa: Any) -> Any:
    return pa.schema([
        ("path", pa.string()), ("file", pa.string()), ("status", pa.string()), ("message", pa.string()),
        ("candidate_id", pa.string()), ("sha256", pa.string()), ("format", pa.string()), ("name", pa.string()),
        ("total_months", pa.int64()), ("skills", pa.list_(pa.string())), ("flags", pa.list_(pa.string())),
        ("record", pa.string()),
    ])


def _row(result: Candidate | Failure) -> dict[str, Any]:
    if isinstance(result, Failure):
        return {"path": result.path, "file": Path(result.path).name, "status": result.code,
                "message": result.message, "record": json.dumps(failure_data(result), ensure_ascii=False)}
    return {
        "path": result.path, "file": result.file_name, "status": PARSED, "message": None,
        "candidate_id": result.candidate_id, "sha256": result.sha256, "format": result.format, "name": result.name,
        "total_months": result.total_months, "skills": [s.skill_id for s in result.skills],
        "flags": list(result.flags), "record": json.dumps(candidate_data(result), ensure_ascii=False),
    }


def read_pool(path: str | os.PathLike[str]) -> Pool:
    """Read a pool that :meth:`Pool.to_parquet` wrote.

    The taxonomy is loaded again (with the overlays the pool was parsed with) and must be the one
    the pool was parsed with: skill ids of another taxonomy could mean other skills.

    Raises:
        ConfigError: the file is not a pool, or the taxonomy changed since the parse (parse again).

    Example:
        >>> ranking = screener.rank(screener.read_pool("pool.parquet"), profile)  # doctest: +SKIP
    """
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
        meta = json.loads((parquet.schema_arrow.metadata or {})[_META_KEY])
    except (OSError, KeyError, ValueError) as e:  # pyarrow's errors subclass these
        raise ConfigError(f"{path} is not a pool written by screener parse --out ({e})") from e
    if meta.get("format") != POOL_FORMAT:
        raise ConfigError(f"{path} is a pool of format {meta.get('format')}; this screener reads {POOL_FORMAT}")
    options = dataclass_from_data(ParseOptions, meta["options"])
    taxonomy = load_taxonomy(options.taxonomy)
    if taxonomy.sha256 != meta["taxonomy"]["sha256"]:
        raise ConfigError(f"{path} was parsed with taxonomy {meta['taxonomy']['version']} "
                          f"(sha256 {meta['taxonomy']['sha256'][:16]}), but it is now {taxonomy.version} "
                          f"(sha256 {taxonomy.sha256[:16]}): parse the files again")
    results = []
    for batch in parquet.iter_batches(columns=["status", "record"]):  # a row group's JSON at a time
        for status, record in zip(batch.column("status").to_pylist(), batch.column("record").to_pylist(),
                                  strict=True):
            data = json.loads(record)
            results.append(candidate_from_data(data) if status == PARSED else failure_from_data(data))
    return Pool(
        results=tuple(results), options=options, taxonomy=taxonomy,
        skipped=tuple(dataclass_from_data(Skipped, s) for s in meta["skipped"]), blind=bool(meta["blind"]),
        workers=meta["workers"], cache=dataclass_from_data(CacheStats, meta["cache"]) if meta["cache"] else None,
    )
