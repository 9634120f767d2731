"""What `screener screen` shows while it parses: a bar on a terminal, plain periodic lines otherwise.

The library only calls back (``screen(..., on_result=...)``); this module, used by the CLI alone,
turns the callbacks into output on stderr. On a terminal a progress bar shows files done, files per
second, failures so far and the time left. When stderr is not a terminal (a log, a CI job) a line is
written every ``every`` seconds and at the end. ``verbose`` adds one line per file that could not be
read, as it happens; ``quiet`` shows nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TextIO

import click

from .models import Candidate, Failure


def _duration(seconds: float) -> str:
    """``"2m 05s"``, ``"45s"``.

    >>> _duration(125.4), _duration(9)
    ('2m 05s', '9s')
    """
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}m {rest:02d}s" if minutes else f"{rest}s"


class ParseProgress:
    """Counts results as they come and shows them (see the module); call it with each result."""

    def __init__(self, total: int, *, stream: TextIO, terminal: bool, quiet: bool = False, verbose: bool = False,
                 every: float = 10.0, name: Callable[[str], str] = str,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.total, self.done, self.failed = total, 0, 0
        self._stream, self._quiet, self._verbose, self._every = stream, quiet, verbose, every
        self._name, self._clock = name, clock
        self._started = self._last = clock()
        self._bar: Any = None
        if terminal and not quiet:
            self._bar = click.progressbar(range(total), label="Parsing", file=stream, show_eta=True,
                                          item_show_func=self._rates_for)

    def __enter__(self) -> ParseProgress:
        if self._bar is not None:
            self._bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)
        elif not self._quiet and self.done:
            click.echo(self.status(), file=self._stream)

    def _rates_for(self, _item: int | None) -> str:
        return self.rates()

    def rates(self) -> str:
        """``"4.1 files/s, 3 failed"``."""
        elapsed = max(self._clock() - self._started, 1e-9)
        return f"{self.done / elapsed:.1f} files/s, {self.failed} failed"

    def status(self) -> str:
        """One plain line: done of total, rate, failures and the time left."""
        elapsed = max(self._clock() - self._started, 1e-9)
        left = (self.total - self.done) * elapsed / self.done if self.done else 0.0
        tail = f", about {_duration(left)} left" if self.done < self.total else f", in {_duration(elapsed)}"
        return f"parsed {self.done}/{self.total} files ({self.rates()}){tail}"

    def __call__(self, result: Candidate | Failure) -> None:
        self.done += 1
        if isinstance(result, Failure):
            self.failed += 1
            if self._verbose and not self._quiet:
                click.echo(f"could not read {self._name(result.path)} ({result.code}): {result.message}",
                           file=self._stream)
        if self._bar is not None:
            self._bar.update(1)
        elif not self._quiet and self.done < self.total and self._clock() - self._last >= self._every:
            self._last = self._clock()
            click.echo(self.status(), file=self._stream)
