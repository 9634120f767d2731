"""The parse stage on a Dask cluster, for when one machine is not enough (``--dask-scheduler ADDRESS``).

Each file is read here, where the paths were given (a zip export's members too, in memory,
with the same limits), and its bytes are sent to a worker, which parses them as
:func:`screener.ingest.read_bytes`: the workers need screener installed, the same version,
but not the files, so no shared filesystem is needed. Taxonomy overlays are the one
exception: a worker loads them by the same absolute path, and a worker whose screener or
taxonomy differs from this machine's stops the run (:class:`~screener.errors.ClusterError`),
since its results would not be the same.

Results come back as they finish (``on_result`` and ``progress`` hear of them in that order)
and are returned in input order, so a cluster screen writes the same reports, byte for byte,
as a local one. Every file still comes back once, as a candidate or a failure:

* a file is handed to the cluster only when a worker thread is free for it, and its time limit
  (``ParseOptions.timeout``) runs from then: one that overruns it is a ``timeout`` failure, and
  the worker parsing it is restarted (workers run under a nanny, as ``dask worker`` starts them),
  since a Python thread cannot be stopped;
* a worker that dies while parsing (a crash, the out-of-memory killer) has its file handed to
  another, as Dask does; a file that kills workers more often than the scheduler's
  ``distributed.scheduler.allowed-failures`` (3 by default) is a ``crashed`` failure.

Run workers with one thread each (``dask worker ADDRESS --nworkers N --nthreads 1``): parsing is
Python code, which threads of one process do not run in parallel, and a restart for a file that
overran stops only that file.
"""

from __future__ import annotations

import contextlib
import functools
import math
import queue
import socket
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ._version import __version__
from .batch import _ready_parser, parse_or_fail, timeout_message
from .errors import ClusterError, MissingExtra, ReasonCode
from .ingest import load
from .models import Candidate, Failure
from .parse import ParseOptions
from .taxonomy import load_taxonomy

# distributed is imported only when a cluster is asked for, and only partly typed: its client and futures are Any.
Client = Any
Future = Any

CONNECT_SECONDS = 30.0
"""How long to wait for the scheduler to answer, and for a first worker to join it."""
_CAPACITY_SECONDS = 2.0  # how often to ask the scheduler how many worker threads there are


def _distributed() -> Any:
    """The ``distributed`` module, or a :class:`MissingExtra` saying how to install it."""
    try:
        import distributed
    except ImportError as e:
        raise MissingExtra("--dask-scheduler (parsing on a Dask cluster)", "distributed", "dask") from e
    return distributed


def identity(options: ParseOptions) -> str:
    """What must be the same on every machine for the same results: screener's version and the taxonomy."""
    taxonomy = load_taxonomy(options.taxonomy)
    return f"screener {__version__}, taxonomy {taxonomy.version} (sha256 {taxonomy.sha256[:16]})"


def _check(options: ParseOptions, expected: str) -> None:
    found = identity(options)
    if found != expected:
        raise ClusterError(f"the worker on {socket.gethostname()} runs {found}, not {expected}: "
                           "install the same screener (and overlays) on every worker")


def warm_up(options: ParseOptions, expected: str) -> None:
    """On a worker, before its first file: build the parser and load what it loads on first use.

    No file's time limit pays for it, as no local worker's does.

    Raises:
        ClusterError: this worker's screener or taxonomy is not the one ``expected``.
    """
    _check(options, expected)
    _ready_parser(options)


def parse_remote(name: str, data: bytes, options: ParseOptions, expected: str) -> Candidate | Failure:
    """On a worker: parse one file's bytes as the file ``name``, as :func:`screener.batch.parse_or_fail` would.

    Raises:
        ClusterError: this worker's screener or taxonomy is not the one ``expected``.
    """
    _check(options, expected)
    parser = _ready_parser(options)
    return parse_or_fail(lambda path: parser.parse_bytes(data, path), name)


def cluster_outcomes(address: str, paths: Sequence[str],
                     options: ParseOptions) -> Iterator[tuple[int, Candidate | Failure]]:
    """Parse ``paths`` on the Dask cluster at ``address``, yielding ``(index, result)`` as each file finishes.

    Raises:
        MissingExtra: ``distributed`` is not installed.
        ClusterError: the scheduler does not answer, no worker joins it, or a worker cannot parse.
    """
    distributed = _distributed()
    client = _connect(distributed, address)
    try:
        yield from _Dispatch(client, distributed, paths, options)
    finally:
        client.close()


def _connect(distributed: Any, address: str) -> Client:
    try:
        client: Client = distributed.Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError) as e:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {e}") from e
    try:
        client.wait_for_workers(1, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError) as e:
        client.close()
        raise ClusterError(f"no Dask worker joined the scheduler at {address} within {CONNECT_SECONDS:g} s") from e
    return client


@dataclass(frozen=True, slots=True)
class _Task:
    """A file handed to the cluster: its place in the inputs and when its time limit runs out."""

    index: int
    deadline: float


class _Dispatch:
    """Hand files to the cluster as worker threads free up; collect results, overruns and lost files."""

    def __init__(self, client: Client, distributed: Any, paths: Sequence[str],
                 options: ParseOptions) -> None:
        self._client, self._distributed = client, distributed
        self._paths, self._options = paths, options
        self._expected = identity(options)
        self._load = functools.partial(load, max_bytes=options.max_bytes)
        self._pending = deque(range(len(paths)))
        self._running: dict[Future, _Task] = {}
        self._done: queue.SimpleQueue[Future] = queue.SimpleQueue()  # futures as they finish, from Dask's threads
        self._capacity, self._asked = 0, -math.inf
        self._warm: set[str] = set()

    def __iter__(self) -> Iterator[tuple[int, Candidate | Failure]]:
        try:
            while self._pending or self._running:
                yield from self._submit()
                if self._running:
                    yield from self._collect()
        finally:
            for future in self._running:
                future.cancel()

    def _threads(self) -> int:
        """The cluster's worker threads, asked again every few seconds (workers come and go); new workers warmed."""
        if time.monotonic() - self._asked > _CAPACITY_SECONDS:
            if not self._running:
                try:
                    self._client.wait_for_workers(1, timeout=CONNECT_SECONDS)
                except (OSError, TimeoutError) as e:
                    raise ClusterError(f"no Dask worker left on the cluster for {CONNECT_SECONDS:g} s") from e
            threads = self._client.nthreads()
            self._warm_up(set(threads) - self._warm)
            self._capacity, self._asked = sum(threads.values()), time.monotonic()
        return max(self._capacity, 1)

    def _warm_up(self, workers: set[str]) -> None:
        """Warm each new worker (a task pinned to it) before it is handed a file; one that left meanwhile is not."""
        futures = {worker: self._client.submit(warm_up, self._options, self._expected,
                                               workers=[worker], allow_other_workers=False, pure=False)
                   for worker in sorted(workers)}
        deadline = time.monotonic() + CONNECT_SECONDS
        for worker, future in futures.items():
            try:
                future.result(timeout=max(0.0, deadline - time.monotonic()))
            except ClusterError:
                raise
            except Exception:  # it left, or is slow to start: its first file's time limit pays for its start
                future.cancel()
            else:
                self._warm.add(worker)

    def _submit(self) -> Iterator[tuple[int, Candidate | Failure]]:
        """Read and send files while a thread is free; a file that cannot be read here fails at once."""
        while self._pending and len(self._running) < self._threads():
            index = self._pending.popleft()
            path = self._paths[index]
            data = parse_or_fail(self._load, path)
            if isinstance(data, Failure):
                yield index, data
                continue
            future = self._client.submit(parse_remote, path, data, self._options, self._expected,
                                         pure=False)
            future.add_done_callback(self._done.put)
            timeout = self._options.timeout
            self._running[future] = _Task(index, math.inf if timeout is None else time.monotonic() + timeout)

    def _collect(self) -> Iterator[tuple[int, Candidate | Failure]]:
        """Wait for the next file to finish or overrun, and report every one that has."""
        deadline = min(task.deadline for task in self._running.values())
        waiting = None if deadline == math.inf else max(0.0, deadline - time.monotonic())
        try:
            done = [self._done.get(timeout=waiting)]
        except queue.Empty:
            done = []
        while not self._done.empty():
            done.append(self._done.get())
        for future in done:
            task = self._running.pop(future, None)
            if task is not None:  # not one given up on as overrun
                yield task.index, self._outcome(future, self._paths[task.index])
        now = time.monotonic()
        for future, task in list(self._running.items()):
            if now >= task.deadline:
                del self._running[future]
                self._stop(future)
                path = self._paths[task.index]
                yield task.index, Failure(path, ReasonCode.TIMEOUT.value, timeout_message(self._options.timeout))

    def _outcome(self, future: Future, path: str) -> Candidate | Failure:
        if future.status == "finished":
            result: Candidate | Failure = future.result()
            return result
        error = future.exception() if future.status == "error" else None
        if error is None or isinstance(error, self._distributed.KilledWorker):
            return Failure(path, ReasonCode.CRASHED.value, "The Dask workers parsing this file died; "
                           "the file was skipped.")
        if isinstance(error, ClusterError):
            raise error
        raise ClusterError(f"a Dask worker could not parse {path}: {type(error).__name__}: {error}") from error

    def _stop(self, future: Future) -> None:
        """Forget an overrun file, and restart the worker parsing it so that its thread is free again."""
        workers = [worker for worker, keys in self._client.processing().items() if future.key in keys]
        future.cancel()
        if workers:
            # A worker with no nanny cannot be restarted: its thread stays busy.
            with contextlib.suppress(Exception):
                self._client.restart_workers(workers, timeout=CONNECT_SECONDS)
            self._warm -= set(workers)  # warmed again, as a new worker, before its next file
            self._asked = -math.inf
