"""The service's parsing processes: one parser built per process, each upload parsed within its time limit.

Parsing is CPU-bound Python and PDFium, which is not thread-safe, so uploads are parsed in a
:class:`concurrent.futures.ProcessPoolExecutor` whose initializer builds the parser once per
process; the event loop only awaits them (``loop.run_in_executor``) and never blocks.

A file's time limit (``ParseOptions.timeout``) is kept twice over:

* in the worker, an interval timer interrupts the parse when the limit passes, and the file comes
  back as a ``timeout`` failure from a worker that goes on serving;
* should the parse be stuck where a signal cannot reach (native code), the service stops waiting
  a little later, reports the file as ``timeout`` and replaces the whole pool, since a
  ``ProcessPoolExecutor`` cannot stop one worker.

A worker that dies (a crash, or more memory than ``ParseOptions.memory_limit``) breaks the pool
for every file in flight: the pool is replaced and each of those files is sent once more; a file
whose second try breaks a pool too is reported as ``crashed``.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import FrameType
from typing import Any

from ..batch import parse_or_fail, timeout_message, worker_parser
from ..errors import ReasonCode
from ..memory import bound_memory
from ..models import Candidate, Failure
from ..parse import ParseOptions, ResumeParser

# Past the file's own limit, how long to wait for the worker's timer before giving up on the worker.
_GRACE_SECONDS = 2.0
_TRIES = 2

_STARTING_SECONDS = 300.0  # how long a new pool's workers may take to start, all of them
_parser: ResumeParser | None = None
_options: ParseOptions | None = None
_started: Any = None  # a multiprocessing Barrier every worker of a new pool meets once


class _Overran(BaseException):
    """Raised in a worker by its timer; a BaseException, so no ``except Exception`` in a parser swallows it."""


def _start_worker(options: ParseOptions, started: Any) -> None:
    """The pool's initializer: build the parser (and what it loads on first use) once in this process."""
    global _parser, _options, _started
    _parser, _options, _started = worker_parser(options), options, started
    if options.memory_limit is not None:
        bound_memory(options.memory_limit)  # after start-up, which the limit does not count


def _on_alarm(_signum: int, _frame: FrameType | None) -> None:
    raise _Overran


def parse_upload(data: bytes, name: str) -> Candidate | Failure:
    """In a worker: parse one upload's bytes as the file ``name``, within the time limit."""
    assert _parser is not None and _options is not None, "the pool's initializer builds the parser"
    parser, limit = _parser, _options.timeout
    timed = limit is not None and sys.platform != "win32"
    if timed:
        signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, limit)  # type: ignore[arg-type]
    try:
        return parse_or_fail(lambda path: parser.parse_bytes(data, path), name)
    except _Overran:
        return Failure(name, ReasonCode.TIMEOUT.value, timeout_message(limit))
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)


def _meet() -> None:
    """A task that returns once every worker of the pool has started and built its parser.

    Each worker blocks here until all have arrived, so the pool's first tasks go one to each worker.
    """
    _started.wait(_STARTING_SECONDS)


class ParsePool:
    """Worker processes that parse uploads; built once when the service starts.

    At most ``workers`` files are handed to the pool at once, so each starts on a worker that is
    free: a file's time limit then counts its parse, not its wait behind others.

    Args:
        options: the parse settings every worker's parser is built with.
        workers: how many processes.
    """

    def __init__(self, options: ParseOptions, workers: int) -> None:
        self.options = options
        self.workers = workers
        self._context = multiprocessing.get_context("spawn")
        self._executor = self._new_executor()
        self._slots = asyncio.Semaphore(workers)
        self._ready: asyncio.Future[None] | None = None

    def _new_executor(self) -> ProcessPoolExecutor:
        # spawn: a fresh interpreter per worker; forking a process that runs an event loop and threads is unsafe.
        started = self._context.Barrier(self.workers)
        return ProcessPoolExecutor(self.workers, mp_context=self._context, initializer=_start_worker,
                                   initargs=(self.options, started))

    async def start(self) -> None:
        """Start every worker and wait until each has built its parser, so no request pays for it."""
        self._ready = asyncio.ensure_future(self._started(self._executor))
        await self._ready

    async def _started(self, executor: ProcessPoolExecutor) -> None:
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(executor, _meet) for _ in range(self.workers)))

    async def parse(self, data: bytes, name: str) -> Candidate | Failure:
        """Parse one upload in a worker: its :class:`Candidate`, or a :class:`Failure` with the CLI's reason code."""
        async with self._slots:
            for _ in range(_TRIES):
                executor = self._executor
                try:
                    return await self._run(executor, data, name)
                except asyncio.TimeoutError:
                    self._replace(executor)
                    return Failure(name, ReasonCode.TIMEOUT.value, timeout_message(self.options.timeout))
                except BrokenProcessPool:
                    self._replace(executor)  # a worker died: this file and those beside it try once more
        return Failure(name, ReasonCode.CRASHED.value, "The worker parsing this file stopped (a crash, or more "
                       f"memory than the limit of {self.options.memory_limit} MiB); the file was skipped.")

    async def _run(self, executor: ProcessPoolExecutor, data: bytes, name: str) -> Candidate | Failure:
        if self._ready is not None:
            await self._ready  # a new pool's workers start before its first file's time limit does
        loop = asyncio.get_running_loop()
        work = loop.run_in_executor(executor, parse_upload, data, name)
        limit = self.options.timeout
        return await asyncio.wait_for(work, None if limit is None else limit + _GRACE_SECONDS)

    def _replace(self, executor: ProcessPoolExecutor) -> None:
        """Stop ``executor``'s workers and put a new pool in its place (once, however many files saw it go)."""
        if executor is not self._executor:
            return
        self._executor = self._new_executor()
        self._ready = asyncio.ensure_future(self._started(self._executor))
        _stop(executor)

    def close(self) -> None:
        """Stop every worker."""
        _stop(self._executor)


def _stop(executor: ProcessPoolExecutor) -> None:
    """End a pool now, its workers killed: a stuck worker would never finish, and shutdown alone waits for it."""
    # concurrent.futures has no public way to kill a worker before Python 3.14's kill_workers().
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(OSError, ValueError):
            process.kill()
