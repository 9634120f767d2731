"""What "present" means in one resume: the month the file was last saved, or the as-of date.

A resume saved in 2018 that says "2015 – Current" means three years, not
eleven. Under the ``document`` policy (the default) "present" is the file's own
last-saved month (:attr:`~screener.models.Document.saved`) when that is
plausible, kept between the latest month the resume writes out and the as-of
month; otherwise, and always under the ``as-of`` policy, it is the as-of month.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from .dates import find_date_ranges
from .errors import ConfigError
from .models import YearMonth

__all__ = [
    "EARLIEST_SAVED",
    "PRESENT_POLICIES",
    "PresentPolicy",
    "PresentSource",
    "latest_written_month",
    "plausible_saved",
    "resolve_present",
]

PresentPolicy = Literal["document", "as-of"]
"""``document``: the file's last-saved date when plausible; ``as-of``: always the as-of date."""
PresentSource = Literal["document", "as_of"]
"""Where a resolved present month came from."""

PRESENT_POLICIES: tuple[PresentPolicy, ...] = ("document", "as-of")
DEFAULT_PRESENT: PresentPolicy = PRESENT_POLICIES[0]
"""The policy when none is given (:class:`screener.ParseOptions` takes it from here)."""
EARLIEST_SAVED = YearMonth(1990, 1)
"""Saved dates before this are metadata defaults or clock errors, not a resume's date."""


def plausible_saved(saved: YearMonth | None, *, as_of: YearMonth) -> bool:
    """Whether a last-saved month can be the resume's date: from 1990 up to the as-of month.

    >>> plausible_saved(YearMonth(2018, 5), as_of=YearMonth(2026, 11))
    True
    >>> plausible_saved(YearMonth(1984, 1), as_of=YearMonth(2026, 11))
    False
    """
    return saved is not None and EARLIEST_SAVED <= saved <= as_of


def latest_written_month(lines: Iterable[str], *, as_of: YearMonth, day_first: bool = False) -> YearMonth | None:
    """The latest month written in a date range of ``lines``; "present" and its synonyms do not count.
    ``day_first``: the lines write numeric dates day first (``dates.writes_day_first``).

    >>> latest_written_month(["2015 – Current", "Mar 2012 - Jun 2014"], as_of=YearMonth(2026, 11))
    YearMonth(year=2015, month=1)
    """
    months: list[YearMonth] = []
    for text in lines:
        for found in find_date_ranges(text, as_of=as_of, single=False, day_first=day_first):
            months.append(found.start)
            if found.end is not None and not found.current:
                # "2016" at the end of "2014 – 2016" may be any month of 2016: a resume
                # saved in June 2016 is not pushed to December.
                months.append(YearMonth(found.end.year, 1) if found.end_is_year else found.end)
    return max(months, default=None)



def resolve_present(
    saved: YearMonth | None,
    *,
    as_of: YearMonth,
    lines: Iterable[str],
    policy: PresentPolicy = DEFAULT_PRESENT,
    day_first: bool = False,
) -> tuple[YearMonth, PresentSource]:
    """The month "present" stands for in one resume, and where it came from.

    Args:
        saved: the file's last-saved month (:attr:`Document.saved`), or None.
        as_of: the screening's as-of month; "present" is never later.
        lines: the resume's visible lines; "present" is never earlier than the
            latest month they write in a date range.
        policy: ``document`` (the default) or ``as-of`` (always ``as_of``).
        day_first: the lines write numeric dates day first (``dates.writes_day_first``).

    Returns:
        ``(month, source)``, with source ``document`` or ``as_of``.

    Raises:
        ConfigError: an unknown policy.

    Example:
        >>> resolve_present(YearMonth(2018, 6), as_of=YearMonth(2026, 11), lines=["2015 – Current"])
        (YearMonth(year=2018, month=6), 'document')
        >>> resolve_present(None, as_of=YearMonth(2026, 11), lines=["2015 – Current"])
        (YearMonth(year=2026, month=11), 'as_of')
    """
    if policy not in PRESENT_POLICIES:
        raise ConfigError(f"present policy must be one of {', '.join(PRESENT_POLICIES)}, got {policy!r}")
    if policy == "as-of" or saved is None or not plausible_saved(saved, as_of=as_of):
        return as_of, "as_of"
    written = latest_written_month(lines, as_of=as_of, day_first=day_first)
    # A save date older than a date the resume itself writes is stale metadata:
    # the resume was at least written then.
    present = saved if written is None else max(saved, written)
    return min(present, as_of), "document"
