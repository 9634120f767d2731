"""A worker's memory bound: one file may take so much memory, and a file that needs more ends the worker.

A hostile file can make a parser ask for gigabytes (a 4 MB PDF whose page inflates to 4 GiB). Each
parsing worker calls :func:`bound_memory` once it has started up, with the memory one file may
take above that start-up:

* a watchdog thread reads the worker's peak resident memory twenty times a second and,
  once it is over the bound, ends the worker with :data:`OUT_OF_MEMORY_EXIT`. It works inside
  native code too (PDFium, which aborts when an allocation fails, runs without the GIL);
* the address space is limited (``RLIMIT_AS``) to a few times the bound, a hard stop for memory
  taken faster than the watchdog looks; in Python code it raises :class:`MemoryError`, which the
  worker turns into the same exit.

The supervisor (:mod:`screener.batch`) reports the file as ``out_of_memory`` and starts another
worker. Where the platform cannot tell (no ``resource`` module, as on Windows), files are not bounded.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

if sys.platform != "win32":
    import resource

__all__ = ["OUT_OF_MEMORY_EXIT", "bound_memory"]

OUT_OF_MEMORY_EXIT = 86
"""The exit code of a worker ended for taking more memory than its bound."""

# Often enough that a file rarely overshoots by more than a few dozen MiB, seldom enough to cost nothing.
_WATCH_SECONDS = 0.05
# The address space may grow to this many times the bound: a buffer grown by doubling reserves
# up to twice what it has written, and the watchdog should be the one that stops it.
_ADDRESS_SPACE_FACTOR = 3
# ru_maxrss counts kilobytes on Linux and bytes on macOS.
_MAXRSS_UNIT = 1 if sys.platform == "darwin" else 1024


def bound_memory(mebibytes: int) -> bool:
    """Bound the memory this process may take from now on to ``mebibytes`` MiB more than it holds.

    Returns:
        Whether the bound is in force (False on Windows, which has no ``resource`` module).
    """
    if sys.platform == "win32":
        return False
    budget = mebibytes << 20
    _limit_address_space(budget)
    ceiling = _peak_resident() + budget
    threading.Thread(target=_watch, args=(ceiling,), name="memory-bound", daemon=True).start()
    return True


def _peak_resident() -> int:
    """This process's peak resident memory so far, in bytes."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * _MAXRSS_UNIT


def _limit_address_space(budget: int) -> None:
    """Cap the address space at what is mapped now plus a few times ``budget`` (never above the hard limit)."""
    mapped = _mapped_bytes()
    if mapped is None:
        return  # no /proc (macOS): the watchdog alone bounds the file
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = mapped + _ADDRESS_SPACE_FACTOR * budget
    resource.setrlimit(resource.RLIMIT_AS, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))


def _mapped_bytes() -> int | None:
    """This process's address space in bytes (Linux), or None where /proc does not say."""
    try:
        pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def _watch(ceiling: int) -> None:
    """End the process once its peak resident memory passes ``ceiling`` bytes."""
    while _peak_resident() <= ceiling:
        time.sleep(_WATCH_SECONDS)
    os._exit(OUT_OF_MEMORY_EXIT)
