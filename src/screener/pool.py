"""A parsed pool: parse once (``screener parse --out pool.parquet``), rank many (``screener rank``).

A :class:`Pool` holds one result per input file, in input order (a :class:`Candidate` or the
:class:`Failure` that says why it could not be read), the files skipped as not resumes, and how
the files were parsed: the :class:`ParseOptions`, the taxonomy, blind or not. Ranking a pool
(:func:`screener.rank_pool`) writes the same reports as a screen of the same files, errors.csv
included.

On disk a pool is one Parquet file, one row per input: plain columns an analyst can read in
pandas, Polars or DuckDB (``index``, the input's place; ``path``, ``status``, ``skills``, ...)
and ``record``, the whole record as JSON (:func:`screener.serialize.candidate_data`), which
:func:`read_pool` reads back. :func:`screener.write_pool` writes rows as files finish, so they
may be out of input order; ``index`` puts them back. The options, taxonomy, skipped files and
cache use are in the file's key-value metadata.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    import pandas as pd

POOL_FORMAT = 1
_ROW_GROUP = 256
_META_KEY = b"screener.pool"
PARSED = "parsed"
"""The ``status`` of a row whose file was parsed; other rows hold a reason code."""


@dataclass(frozen=True, slots=True)
class Pool:
    """Parsed files and how they were parsed: what a ranking needs, without parsing again.

    Iterating a pool gives its candidates, so ``screener.rank(pool, profile)`` ranks it; its length
    is the number of input files (``len(pool.candidates) + len(pool.failures)``).
    :meth:`skills_frame` and :meth:`positions_frame` are its tidy pandas frames, keyed on ``candidate_id``.

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

    def skills_frame(self) -> pd.DataFrame:
        """One row per candidate and skill, whatever the profile (:data:`screener.frames.SKILLS_FRAME`).

        Months and claimed months are integers, ``last_used`` a month period, ``implied`` true for
        a skill the resume never names (only a skill that implies it); missing values are NA.

        Example:
            >>> skills = pool.skills_frame()  # doctest: +SKIP
            >>> skills.query("skill_id == 'django' and months >= 36").candidate_id.tolist()  # doctest: +SKIP
        """
        from .frames import skills_frame

        return skills_frame(self.candidates)

    def positions_frame(self) -> pd.DataFrame:
        """One row per candidate and position, in document order (:data:`screener.frames.POSITIONS_FRAME`)."""
        from .frames import positions_frame

        return positions_frame(self.candidates)

    def to_parquet(self, path: str | os.PathLike[str]) -> Path:
        """Write the pool as one Parquet file, atomically (a temporary file, then a rename).

        Example:
            >>> screener.parse_pool(["resumes/"]).to_parquet("pool.parquet")  # doctest: +SKIP
            PosixPath('pool.parquet')
        """
        with PoolWriter(path, self.options, self.taxonomy, skipped=self.skipped, blind=self.blind,
                        workers=self.workers) as writer:
            for index, result in enumerate(self.results):
                writer.add(index, result)
            return writer.finish(self.cache)


class PoolWriter:
    """Write a pool's rows to Parquet as they come, a row group at a time, so none waits in memory long.

    Rows may come in any order (the order files finish); each carries its input's ``index``, and
    :func:`read_pool` puts them back in input order. The file appears, by a rename, only at
    :meth:`finish`; leaving the ``with`` block without it leaves no file.

    Args:
        path: the Parquet file to write.
        options, taxonomy: how the files were parsed.
        skipped: the files skipped as not resumes.
        blind: whether the records are blinded.
        workers: the worker processes asked for.
    """

    def __init__(self, path: str | os.PathLike[str], options: ParseOptions, taxonomy: Taxonomy, *,
                 skipped: Sequence[Skipped] = (), blind: bool = False, workers: int | None = None) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa = pa
        self.target = Path(path)
        self._about = {
            "format": POOL_FORMAT, "tool_version": __version__, "options": dataclass_data(options),
            "taxonomy": {"version": taxonomy.version, "sha256": taxonomy.sha256},
            "skipped": [dataclass_data(s) for s in skipped], "blind": blind, "workers": workers,
        }
        self.schema = _schema(pa)
        handle, temporary = tempfile.mkstemp(dir=self.target.parent, prefix=f".{self.target.name}.", suffix=".tmp")
        os.close(handle)
        self._temporary = Path(temporary)
        self._writer = pq.ParquetWriter(temporary, self.schema)
        self._rows: list[dict[str, Any]] = []
        self.parsed = self.failed = 0
        self.cache: CacheStats | None = None

    def add(self, index: int, result: Candidate | Failure) -> None:
        """Add the result of input ``index``."""
        self._rows.append({"index": index, **_row(result)})
        if isinstance(result, Candidate):
            self.parsed += 1
        else:
            self.failed += 1
        if len(self._rows) >= _ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, schema=self.schema))
            self._rows = []

    def finish(self, cache: CacheStats | None = None) -> Path:
        """Write what is left and the pool's metadata (with the cache's use), and put the file in place."""
        self._flush()
        self.cache = cache
        about = {**self._about, "cache": dataclass_data(cache) if cache else None}
        self._writer.add_key_value_metadata({_META_KEY: json.dumps(about, ensure_ascii=False)})
        self._writer.close()
        self._temporary.replace(self.target)
        return self.target

    def __enter__(self) -> PoolWriter:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._temporary.exists():  # not finished: no half pool is left behind
            self._writer.close()
            self._temporary.unlink()


def _schema(pa: Any) -> Any:
    return pa.schema([
        ("index", pa.int64()), ("path", pa.string()), ("file", pa.string()), ("status", pa.string()),
        ("message", pa.string()),
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
        meta = json.loads((parquet.metadata.metadata or {})[_META_KEY])
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
    results: list[tuple[int, Candidate | Failure]] = []
    for batch in parquet.iter_batches(columns=["index", "status", "record"]):  # a row group's JSON at a time
        for index, status, record in zip(*(batch.column(c).to_pylist() for c in ("index", "status", "record")),
                                         strict=True):
            data = json.loads(record)
            results.append((index, candidate_from_data(data) if status == PARSED else failure_from_data(data)))
    in_order = tuple(result for _index, result in sorted(results, key=lambda item: item[0]))
    return Pool(
        results=in_order, options=options, taxonomy=taxonomy,
        skipped=tuple(dataclass_from_data(Skipped, s) for s in meta["skipped"]), blind=bool(meta["blind"]),
        workers=meta["workers"], cache=dataclass_from_data(CacheStats, meta["cache"]) if meta["cache"] else None,
    )
