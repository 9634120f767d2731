"""screen(): many files -> parsed candidates and failures -> a ranking.

One bad file never stops a batch: every input comes back exactly once, as a
candidate or as a :class:`Failure` with a reason code. Results keep the order
of the inputs whatever the number of workers, so reports are reproducible.
"""

from __future__ import annotations

import contextlib
import gc
import glob
import math
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, TypeVar

from .archive import is_archive, member_paths
from .blind import blind_result, blind_results, blind_skipped
from .cache import CacheStats, ParseCache
from .errors import ConfigError, CorruptFile, IngestError, ReasonCode, ScreenerError
from .inputs import Skipped, skip_reason
from .memory import OUT_OF_MEMORY_EXIT, bound_memory
from .models import Candidate, Failure, YearMonth
from .parse import ParseOptions, ResumeParser, parser_for
from .pool import Pool, PoolWriter
from .profile import JobProfile, load_profile
from .ranking import Ranking, rank
from .scoring import Scorer
from .taxonomy import Taxonomy, load_taxonomy

Progress = Callable[[int, int, str], None]
"""Called after each file as ``progress(done, total, path)``."""
ResultHook = Callable[[Candidate | Failure], None]
"""Called after each file with its result, in the order files finish (count failures as they come)."""

# Files no one means as a resume when pointing at a folder.
_SKIPPED_NAMES = frozenset({"thumbs.db", "desktop.ini"})


@dataclass(frozen=True, slots=True)
class ScreenResult:
    """The outcome of a screen.

    Attributes:
        ranking: the screened candidates, ranked.
        failures: files that could not be screened, in input order.
        inputs: every input file, in order; each is in ``ranking`` or ``failures``.
        taxonomy: the taxonomy used.
        as_of: the screening's as-of month.
        settings: the settings of the run, as sorted pairs.
        skipped: files found but not screened because they are not resumes, in order.
        cache: how the parse used the parse cache (None when it used none).
    """

    ranking: Ranking
    failures: tuple[Failure, ...]
    inputs: tuple[str, ...]
    taxonomy: Taxonomy
    as_of: YearMonth
    settings: tuple[tuple[str, str], ...] = ()
    skipped: tuple[Skipped, ...] = ()
    cache: CacheStats | None = None

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        """The parsed candidates, best first."""
        return tuple(e.candidate for e in self.ranking)


@dataclass(frozen=True, slots=True)
class Inputs:
    """The files a screen reads, and the files it found but skips as not resumes.

    Attributes:
        files: files to screen, in order (a path that does not exist is kept, to be reported).
        skipped: files found but not screened (see :mod:`screener.inputs`), in order.
    """

    files: tuple[str, ...]
    skipped: tuple[Skipped, ...] = ()


def find_inputs(
    paths: Iterable[str | os.PathLike[str]], *, exclude: Iterable[str | os.PathLike[str]] = ()
) -> Inputs:
    """Expand files, folders (recursively) and globs into the resumes to screen and the files skipped.

    Paths keep the order they are given in; a folder's or a glob's files are sorted. A path that
    does not exist, or a glob that matches nothing, is kept, so that it is reported as
    ``not_found`` rather than silently dropped. Hidden files and folders (names starting with ".")
    inside a folder are left out, and so is everything under an ``exclude`` folder. Files that are
    not resumes (spreadsheets, images, data, screener's own reports wherever they are) are skipped
    with a reason (:func:`screener.inputs.skip_reason`).

    >>> find_inputs(["no/such/file.pdf", "data.csv"])
    Inputs(files=('no/such/file.pdf',), skipped=(Skipped(path='data.csv', reason='skipped_not_resume', \
detail='a .csv file is not a resume'),))
    """
    excluded = [os.path.realpath(e) for e in exclude]
    seen: set[str] = set()
    files: list[str] = []
    skipped: list[Skipped] = []
    for item in _expand(paths):
        key = os.path.realpath(item)
        if key in seen or any(key == e or key.startswith(e + os.sep) for e in excluded):
            continue
        seen.add(key)
        reason = skip_reason(item)
        if reason is None:
            files.append(item)
        else:
            skipped.append(reason)
    return Inputs(tuple(files), tuple(skipped))


def collect_paths(
    paths: Iterable[str | os.PathLike[str]], *, exclude: Iterable[str | os.PathLike[str]] = ()
) -> tuple[str, ...]:
    """The resumes :func:`find_inputs` finds, without the files it skips.

    >>> collect_paths(["no/such/file.pdf"])
    ('no/such/file.pdf',)
    """
    return find_inputs(paths, exclude=exclude).files


def _expand(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _opened(sorted(str(p) for p in _walk(path)))
        elif path.exists() or not glob.has_magic(str(raw)):
            yield from _opened([str(path)])
        else:
            matches = sorted(glob.glob(str(raw), recursive=True))
            for match in matches:
                yield from _opened(sorted(str(p) for p in _walk(Path(match))) if Path(match).is_dir() else [match])
            if not matches:
                yield str(raw)


def _opened(files: Iterable[str]) -> Iterator[str]:
    """The files, each zip export replaced by its members (an archive that cannot be opened stays, to fail)."""
    for file in files:
        if not is_archive(file):
            yield file
            continue
        try:
            yield from member_paths(file)
        except CorruptFile:
            yield file


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower() not in _SKIPPED_NAMES:
                yield Path(root) / name


# --------------------------------------------------------------------------- parsing


T = TypeVar("T")


def parse_or_fail(parser: Callable[[str], T], path: str) -> T | Failure:
    """Parse (or read) one file, turning any error into a :class:`Failure` so a batch goes on."""
    try:
        return parser(path)
    except IngestError as e:
        return Failure(path, e.code.value, e.message)
    except MemoryError:
        return Failure(path, ReasonCode.OUT_OF_MEMORY.value, "Parsing the file took more memory than the limit.")
    except Exception as e:
        return Failure(path, ReasonCode.INTERNAL.value, f"unexpected {type(e).__name__}: {e}")


CacheArg = ParseCache | str | os.PathLike[str] | None
"""A parse cache: an open :class:`ParseCache`, the folder of one, or None for none."""


def parse_many(
    paths: Sequence[str],
    *,
    options: ParseOptions | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    on_result: ResultHook | None = None,
    cache: ParseCache | None = None,
    scheduler: str | None = None,
) -> Pool:
    """Parse files in input order, on worker processes that each file's time limit guards, into a :class:`Pool`.

    Each worker parses one file at a time; one that overruns ``options.timeout``
    is stopped, one that takes more than ``options.memory_limit`` or dies is
    replaced, and the file is reported as a ``timeout``, ``out_of_memory`` or
    ``crashed`` :class:`Failure`, so the batch always goes on. Only with no
    time limit, no memory limit and one worker are files parsed in this process.
    With a ``cache``, a file whose record is there is not parsed (see :mod:`screener.cache`).

    Args:
        paths: files to parse (see :func:`collect_paths`).
        options: as-of date, present policy, fuzzy matching, overlays, time limit (default: :class:`ParseOptions()`).
        workers: processes to use; None picks one per core (one for small batches).
        progress: called after each file as ``progress(done, total, path)``, in the order files finish.
        on_result: called after each file with its :class:`Candidate` or :class:`Failure`.
        cache: records parsed before, and where each file parsed now is stored as it finishes.
        scheduler: a Dask scheduler's address (``tcp://host:8786``): the files are parsed on its
            workers instead of local processes (see :mod:`screener.dask_parse`), with the same results.

    Returns:
        A :class:`Pool`: one :class:`Candidate` or :class:`Failure` per path, in order, in
        ``pool.results``; ``pool.candidates`` and ``pool.failures`` apart; iterating it gives the
        candidates. With a ``cache``, ``pool.cache`` counts its hits and misses in this call.

    Raises:
        ConfigError: ``workers`` below 1.
        TaxonomyError: an overlay is invalid (before any file is parsed).
        MissingExtra: ``scheduler`` given without ``distributed`` installed.
        ClusterError: the scheduler cannot be reached, or its workers cannot parse.

    Example:
        >>> pool = screener.parse_many(screener.collect_paths(["resumes/"]))  # doctest: +SKIP
        >>> len(pool.candidates), [(f.path, f.code) for f in pool.failures]  # doctest: +SKIP
        >>> pool.skills_frame().head()  # doctest: +SKIP
    """
    options = options or ParseOptions()
    before = (cache.hits, cache.misses) if cache is not None else (0, 0)
    results: list[Candidate | Failure | None] = [None] * len(paths)
    outcomes = iter_parsed(paths, options=options, workers=workers, cache=cache, scheduler=scheduler)
    for index, result in _told(outcomes, paths, progress, on_result):
        results[index] = result
    return Pool(results=tuple(r for r in results if r is not None), options=options,
                taxonomy=load_taxonomy(options.taxonomy), workers=workers,
                cache=cache.stats(since=before) if cache is not None else None)


def _told(outcomes: Iterable[tuple[int, Candidate | Failure]], paths: Sequence[str], progress: Progress | None,
          on_result: ResultHook | None) -> Iterator[tuple[int, Candidate | Failure]]:
    """The outcomes, each told to the hooks as it passes."""
    for done, (index, result) in enumerate(outcomes, start=1):
        if on_result:
            on_result(result)
        if progress:
            progress(done, len(paths), paths[index])
        yield index, result


def iter_parsed(
    paths: Sequence[str],
    *,
    options: ParseOptions | None = None,
    workers: int | None = None,
    cache: ParseCache | None = None,
    scheduler: str | None = None,
) -> Iterator[tuple[int, Candidate | Failure]]:
    """``(index, result)`` for each of ``paths`` as it finishes: the cache's records first, then those parsed.

    Each file parsed is stored in ``cache`` as it arrives, so a run that is stopped keeps what it did.
    Arguments and errors as :func:`parse_many`'s.
    """
    options = options or ParseOptions()
    if workers is not None and workers < 1:
        raise ConfigError(f"workers must be at least 1, got {workers}")
    taxonomy = load_taxonomy(options.taxonomy)  # an invalid overlay fails here, not in every worker
    keys: dict[int, str | None] = {}
    for index, path in enumerate(paths):
        key, stored = cache.lookup(path, options, taxonomy.sha256) if cache is not None else (None, None)
        if stored is None:
            keys[index] = key
        else:
            yield index, stored
    todo = list(keys)
    for k, result in _parse_files([paths[i] for i in todo], options, workers, scheduler):
        if cache is not None and (key := keys[todo[k]]):
            cache.put(key, result)
        yield todo[k], result


def _parse_files(paths: Sequence[str], options: ParseOptions, workers: int | None,
                 scheduler: str | None) -> Iterable[tuple[int, Candidate | Failure]]:
    """Parse ``paths`` here, on supervised workers or on a Dask cluster: ``(index, result)`` as each finishes."""
    if scheduler is not None:
        from .dask_parse import cluster_outcomes

        return cluster_outcomes(scheduler, paths, options)
    count = workers if workers is not None else min(os.cpu_count() or 1, max(1, len(paths) // 8))
    if options.timeout is None and options.memory_limit is None and count <= 1:
        parser = parser_for(options)
        return ((i, parse_or_fail(parser, p)) for i, p in enumerate(paths))
    if paths:
        return _Supervisor(paths, min(count, len(paths)), options)
    return ()


_READY = "ready"


def _ready_parser(options: ParseOptions) -> ResumeParser:
    """The parser, with what it loads on first use (word lists, matchers) loaded: no file's time limit pays for it."""
    return parser_for(options).warm_up()


def worker_parser(options: ParseOptions) -> ResumeParser:
    """In a worker process of ours: the ready parser, and every object built so far left out of the cyclic
    garbage collector's walks.

    The parser's taxonomy, matchers and word lists (some 200,000 objects) live as long as the worker. In the
    collector's oldest generation, each full collection walks them all: about 150 ms, now and then in the
    middle of a file, which made it a batch's slowest. ``gc.freeze`` moves them out of its reach; the files'
    own garbage is collected as before. Not for a process that is not ours (a one-worker screen in the
    caller's, a Dask worker), whose objects it would keep for good.
    """
    parser = _ready_parser(options)
    gc.freeze()
    return parser


def _serve(conn: Connection, parent_end: Connection, options: ParseOptions) -> None:
    """A worker's life: build the parser once, say so, then parse each file it is sent until it is sent None.

    A forked worker holds a copy of the parent's end of its pipe: it closes it first, so that when
    the parent is killed (SIGKILL leaves it no time to stop its workers) the pipe ends and so does
    the worker, instead of waiting for a file forever.
    """
    parent_end.close()
    parser = worker_parser(options)
    if options.memory_limit is not None:
        bound_memory(options.memory_limit)  # after start-up, which the limit does not count
    with contextlib.suppress(EOFError, OSError):  # the parent is gone: there is no one to parse for
        conn.send(_READY)
        while (task := conn.recv()) is not None:
            index, path = task
            result = parse_or_fail(parser, path)
            if isinstance(result, Failure) and result.code == ReasonCode.OUT_OF_MEMORY.value:
                os._exit(OUT_OF_MEMORY_EXIT)  # its heap is suspect: the supervisor reports the file and replaces it
            conn.send((index, result))


@dataclass
class _Worker:
    """A worker process, the parent's end of its pipe, and the file it is parsing."""

    process: BaseProcess
    conn: Connection
    ready: bool = False
    task: int | None = None
    deadline: float = math.inf


class _Supervisor:
    """Parse ``paths`` on ``size`` worker processes, yielding ``(index, result)`` as each file finishes.

    A pool of our own rather than ``concurrent.futures``, whose pool cannot stop
    a hung worker and breaks as a whole when one dies: the parent waits on every
    worker's pipe and process at once, with the nearest deadline as its timeout,
    kills a worker whose file overran the limit, and starts another in its place.
    """

    def __init__(self, paths: Sequence[str], size: int, options: ParseOptions) -> None:
        self._context = multiprocessing.get_context()
        if self._context.get_start_method() == "fork":
            _ready_parser(options)  # built once here, and every worker inherits it
        self._paths = paths
        self._args = (options,)
        self._timeout = options.timeout
        self._memory_limit = options.memory_limit
        self._pending = deque(range(len(paths)))
        self._size = size

    def __iter__(self) -> Iterator[tuple[int, Candidate | Failure]]:
        workers = [self._start() for _ in range(self._size)]
        finished = 0
        try:
            while finished < len(self._paths):
                for outcome in self._step(workers):
                    finished += 1
                    yield outcome
        finally:
            for worker in workers:
                self._stop(worker)

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_serve, args=(child, parent, *self._args), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def _step(self, workers: list[_Worker]) -> Iterator[tuple[int, Candidate | Failure]]:
        """Wait for the next message, death or deadline, and deal with each."""
        deadline = min(w.deadline for w in workers)
        waiting = None if deadline == math.inf else max(0.0, deadline - time.monotonic())
        ready = set(wait([w.conn for w in workers] + [w.process.sentinel for w in workers], waiting))
        for worker in list(workers):
            if worker.conn in ready:
                outcome = self._receive(worker)
            elif worker.process.sentinel in ready:
                outcome = self._died(worker)
            elif time.monotonic() >= worker.deadline:
                outcome = self._overran(worker)
            else:
                continue
            if worker.conn.closed:  # it is gone: another takes its place while files remain
                workers.remove(worker)
                if self._pending:
                    workers.append(self._start())
            elif worker.ready and worker.task is None:
                self._assign(worker)  # before the caller hears of the last file, so the worker is not idle meanwhile
            if outcome is not None:
                yield outcome

    def _receive(self, worker: _Worker) -> tuple[int, Candidate | Failure] | None:
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):  # it died while writing
            return self._died(worker)
        if message == _READY:
            worker.ready = True
            return None
        worker.task, worker.deadline = None, math.inf
        return message  # type: ignore[no-any-return]

    def _died(self, worker: _Worker) -> tuple[int, Candidate | Failure] | None:
        worker.process.join()
        worker.conn.close()
        if not worker.ready:
            raise ScreenerError(f"a parsing worker could not start (exit code {worker.process.exitcode})")
        if worker.process.exitcode == OUT_OF_MEMORY_EXIT:
            return self._fail(worker, ReasonCode.OUT_OF_MEMORY, "Parsing took more memory than the limit of "
                              f"{self._memory_limit} MiB; the file was skipped.")
        return self._fail(worker, ReasonCode.CRASHED, "The worker parsing this file stopped "
                          f"({_exit_reason(worker.process.exitcode)}); the file was skipped.")

    def _overran(self, worker: _Worker) -> tuple[int, Candidate | Failure] | None:
        self._stop(worker, kill=True)
        return self._fail(worker, ReasonCode.TIMEOUT, timeout_message(self._timeout))

    def _fail(self, worker: _Worker, code: ReasonCode, message: str) -> tuple[int, Candidate | Failure] | None:
        index, worker.task, worker.deadline = worker.task, None, math.inf
        return None if index is None else (index, Failure(self._paths[index], code.value, message))

    def _assign(self, worker: _Worker) -> None:
        if self._pending:
            worker.task = self._pending.popleft()
            worker.conn.send((worker.task, self._paths[worker.task]))
            worker.deadline = time.monotonic() + self._timeout if self._timeout is not None else math.inf

    def _stop(self, worker: _Worker, *, kill: bool = False) -> None:
        """Ask a worker to finish (or kill it, when its file overran), and wait for it to end."""
        if not worker.conn.closed:
            if not kill:
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
            worker.conn.close()
        if not kill:
            worker.process.join(timeout=1.0)
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()


def timeout_message(limit: float | None) -> str:
    """What errors.csv says of a file that overran the time limit, wherever it was parsed.

    >>> timeout_message(3)
    'Parsing took longer than the limit of 3 s; the file was skipped.'
    """
    return f"Parsing took longer than the limit of {limit:g} s; the file was skipped."


def _exit_reason(code: int | None) -> str:
    """ "killed by SIGKILL", "exit code 1": why a process ended, as a person would say it.

    >>> _exit_reason(-9), _exit_reason(1)
    ('killed by SIGKILL', 'exit code 1')
    """
    if code is not None and code < 0:
        with contextlib.suppress(ValueError):
            return f"killed by {signal.Signals(-code).name}"
    return f"exit code {code}"


def parse_pool(
    paths: Iterable[str | os.PathLike[str]] | Inputs,
    *,
    options: ParseOptions | None = None,
    workers: int | None = None,
    cache: CacheArg = None,
    blind: bool = False,
    progress: Progress | None = None,
    on_result: ResultHook | None = None,
    scheduler: str | None = None,
) -> Pool:
    """Parse files, folders or globs once into a :class:`Pool`, to rank against any profile without parsing again.

    Args:
        paths: files, folders (searched recursively) or glob patterns, or the :class:`Inputs` :func:`find_inputs` found.
        options: as-of date, present policy, fuzzy matching, overlays, time limit (default: :class:`ParseOptions()`).
        workers: processes for parsing (default: one per core for large batches).
        cache: a :class:`ParseCache` or its folder: files parsed before are not parsed again (default: none).
        blind: keep no one's name, contacts, addresses or links (see :mod:`screener.blind`).
        progress: called after each file as ``progress(done, total, path)``.
        on_result: called after each file with its :class:`Candidate` or :class:`Failure`.
        scheduler: a Dask scheduler's address: parse on its workers (see :func:`parse_many`).

    Returns:
        The pool: one result per input file, in order, and how they were parsed.

    Raises:
        TaxonomyError: an overlay is invalid (nothing is parsed).

    Example:
        >>> pool = screener.parse_pool(["resumes/"], cache="~/.cache/screener")  # doctest: +SKIP
        >>> pool.to_parquet("pool.parquet")  # doctest: +SKIP
    """
    options = options or ParseOptions()
    found = paths if isinstance(paths, Inputs) else find_inputs(paths)
    files = found.files
    with _opened_cache(cache) as store:
        pool = parse_many(files, options=options, workers=workers, progress=progress, on_result=on_result,
                          cache=store, scheduler=scheduler)
    if not blind:
        return replace(pool, skipped=found.skipped)
    results, _files = blind_results(pool.results, files)
    return replace(pool, results=tuple(results), skipped=blind_skipped(found.skipped), blind=True)


def write_pool(
    paths: Iterable[str | os.PathLike[str]] | Inputs,
    out: str | os.PathLike[str],
    *,
    options: ParseOptions | None = None,
    workers: int | None = None,
    cache: CacheArg = None,
    blind: bool = False,
    progress: Progress | None = None,
    on_result: ResultHook | None = None,
    scheduler: str | None = None,
) -> PoolWriter:
    """Parse files into a pool written to Parquet as they finish: :func:`parse_pool` then ``to_parquet``, streamed.

    The parsed records are never all in memory: each goes to the file, a row group at a
    time, as it comes. Arguments as :func:`parse_pool`'s.

    Returns:
        The finished writer: its ``target``, and how many files were ``parsed`` and ``failed``.

    Example:
        >>> screener.write_pool(["resumes/"], "pool.parquet", cache="~/.cache/screener").parsed  # doctest: +SKIP
        42
    """
    options = options or ParseOptions()
    found = paths if isinstance(paths, Inputs) else find_inputs(paths)
    taxonomy = load_taxonomy(options.taxonomy)
    skipped = blind_skipped(found.skipped) if blind else found.skipped
    with _opened_cache(cache) as store, PoolWriter(out, options, taxonomy, skipped=skipped, blind=blind,
                                                   workers=workers) as writer:
        before = (store.hits, store.misses) if store is not None else (0, 0)
        outcomes = iter_parsed(found.files, options=options, workers=workers, cache=store, scheduler=scheduler)
        for index, result in _told(outcomes, found.files, progress, on_result):
            writer.add(index, blind_result(result) if blind else result)
        writer.finish(store.stats(since=before) if store is not None else None)
    return writer


@contextlib.contextmanager
def _opened_cache(cache: CacheArg) -> Iterator[ParseCache | None]:
    """The cache to use: the one given, or one opened on the folder given (and closed after), or none."""
    if cache is None or isinstance(cache, ParseCache):
        yield cache
        return
    with ParseCache(Path(cache).expanduser()) as store:
        yield store


def rank_pool(
    pool: Pool,
    profile: JobProfile | str | os.PathLike[str] | Mapping[str, Any],
    *,
    must_have_gate: bool = True,
    scorer: Scorer | None = None,
) -> ScreenResult:
    """Rank a parsed pool against a profile: the same :class:`ScreenResult`, and reports, as :func:`screen`'s.

    Example:
        >>> result = screener.rank_pool(screener.read_pool("pool.parquet"), "profile.yaml")  # doctest: +SKIP
        >>> screener.write_reports(result, "out/")  # doctest: +SKIP
    """
    job = _job_profile(profile, pool.taxonomy)
    ranking = rank(pool.candidates, job, must_have_gate=must_have_gate, scorer=scorer)
    settings = {**pool.options.settings(), "workers": str(pool.workers), "blind": str(pool.blind).lower(),
                **dict(ranking.settings)}
    return ScreenResult(
        ranking=ranking,
        failures=pool.failures,
        inputs=pool.inputs,
        taxonomy=pool.taxonomy,
        as_of=pool.options.as_of,
        settings=tuple(sorted(settings.items())),
        skipped=pool.skipped,
        cache=pool.cache,
    )


def _job_profile(profile: JobProfile | str | os.PathLike[str] | Mapping[str, Any], taxonomy: Taxonomy) -> JobProfile:
    if isinstance(profile, JobProfile):
        return profile
    return load_profile(profile if isinstance(profile, Mapping) else Path(profile), taxonomy=taxonomy)


def screen(
    paths: Iterable[str | os.PathLike[str]] | Inputs,
    profile: JobProfile | str | os.PathLike[str] | Mapping[str, Any],
    *,
    options: ParseOptions | None = None,
    workers: int | None = None,
    must_have_gate: bool = True,
    scorer: Scorer | None = None,
    progress: Progress | None = None,
    blind: bool = False,
    on_result: ResultHook | None = None,
    cache: CacheArg = None,
    scheduler: str | None = None,
) -> ScreenResult:
    """Screen files, folders or globs against a profile: :func:`parse_pool`, then :func:`rank_pool`.

    Args:
        paths: files, folders (searched recursively) or glob patterns, or the :class:`Inputs`
            :func:`find_inputs` found.
        profile: a :class:`JobProfile`, a YAML path or a mapping.
        options: as-of date, present policy, fuzzy matching, taxonomy overlays (default: :class:`ParseOptions()`).
        workers: processes for parsing (default: one per core for large batches).
        must_have_gate: rank all must-haves met and verified above met but
            unverified (years unknown) above not met.
        scorer: scoring settings.
        progress: called after each file as ``progress(done, total, path)``.
        on_result: called after each file with its :class:`Candidate` or :class:`Failure`.
        blind: leave out who each candidate is: names, contacts, addresses and links, in
            every report and snippet; files are known by their candidate id (see :mod:`screener.blind`).
        cache: a :class:`ParseCache` or its folder: files parsed before are not parsed again (default: none).
        scheduler: a Dask scheduler's address: parse on its workers (see :func:`parse_many`).

    Returns:
        A :class:`ScreenResult`: the ranking, the failures and what was run.

    Raises:
        ProfileError, TaxonomyError: the profile or taxonomy is invalid (nothing is parsed).

    Example:
        >>> import screener
        >>> profile = "data/samples/profiles/senior_python_backend.yaml"
        >>> result = screener.screen(["data/samples/resumes"], profile)  # doctest: +SKIP
        >>> result.ranking.to_frame().head()  # doctest: +SKIP
    """
    options = options or ParseOptions()
    job = _job_profile(profile, load_taxonomy(options.taxonomy))
    scorer = scorer or Scorer()
    scorer.fit(job)  # an unusable profile or setting fails here, before any file is parsed
    pool = parse_pool(paths, options=options, workers=workers, cache=cache, blind=blind, progress=progress,
                      on_result=on_result, scheduler=scheduler)
    return rank_pool(pool, job, must_have_gate=must_have_gate, scorer=scorer)
