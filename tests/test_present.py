"""resolve_present(): what "present" means in one resume, from its own saved date or the as-of date."""

from __future__ import annotations

import pytest

from screener.errors import ConfigError
from screener.models import YearMonth
from screener.present import latest_written_month, plausible_saved, resolve_present

AS_OF = YearMonth(2026, 11)

# (case, saved, lines, policy, expected present, expected source)
CASES: list[tuple[str, YearMonth | None, list[str], str, YearMonth, str]] = [
    ("document date used", YearMonth(2018, 6), ["Engineer, Acme | 2015 – Current"], "document",
     YearMonth(2018, 6), "document"),
    ("saved after as-of is not plausible", YearMonth(2027, 3), ["2015 – Current"], "document",
     AS_OF, "as_of"),
    ("clamped to as-of when the resume writes a later month", YearMonth(2026, 10),
     ["Contract, Acme | Jan 2025 – Dec 2027"], "document", AS_OF, "document"),
    ("never before the latest written end", YearMonth(2016, 1),
     ["Jan 2015 – Mar 2018", "Developer, Beta | Apr 2018 – present"], "document", YearMonth(2018, 4), "document"),
    ("a present word is not a written month", YearMonth(2014, 2), ["2015 – Current"], "document",
     YearMonth(2015, 1), "document"),
    ("no saved date", None, ["2015 – Current"], "document", AS_OF, "as_of"),
    ("a year written alone may be any month of it", YearMonth(2016, 6),
     ["Analyst, Acme | 2014 – 2016", "Engineer, Beta | 2016 – Present"], "document", YearMonth(2016, 6), "document"),
    ("saved before 1990 is not plausible", YearMonth(1984, 1), ["2015 – Current"], "document", AS_OF, "as_of"),
    ("no dates in the resume", YearMonth(2020, 2), ["Python and SQL"], "document", YearMonth(2020, 2), "document"),
    ("policy as-of ignores the saved date", YearMonth(2018, 6), ["2015 – Current"], "as-of", AS_OF, "as_of"),
]


class TestResolvePresent:
    """resolve_present()."""

    @pytest.mark.parametrize(("case", "saved", "lines", "policy", "present", "source"), CASES,
                             ids=[c[0] for c in CASES])
    def test_cases(self, case: str, saved: YearMonth | None, lines: list[str], policy: str,
                   present: YearMonth, source: str) -> None:
        """Each case resolves to the month and source in the table."""
        assert resolve_present(saved, as_of=AS_OF, lines=lines, policy=policy) == (present, source)  # type: ignore[arg-type]

    @pytest.mark.parametrize(("day_first", "present"), [(True, YearMonth(2019, 7)), (False, YearMonth(2019, 3))])
    def test_day_first_dates(self, day_first: bool, present: YearMonth) -> None:
        """A day-first resume's "01/02/2019 - 03/07/2019" ends in July (month first: March): a January save is stale."""
        lines = ["Clerk, Acme | 01/02/2019 - 03/07/2019"]
        resolved = resolve_present(YearMonth(2019, 1), as_of=AS_OF, lines=lines, day_first=day_first)
        assert resolved == (present, "document")

    def test_unknown_policy(self) -> None:
        """A policy other than document or as-of is a ConfigError."""
        with pytest.raises(ConfigError, match="present policy"):
            resolve_present(None, as_of=AS_OF, lines=[], policy="today")  # type: ignore[arg-type]


class TestHelpers:
    """plausible_saved() and latest_written_month()."""

    @pytest.mark.parametrize(("saved", "plausible"), [
        (YearMonth(1989, 12), False), (YearMonth(1990, 1), True), (AS_OF, True), (YearMonth(2026, 12), False),
        (None, False),
    ])
    def test_plausible(self, saved: YearMonth | None, plausible: bool) -> None:
        """A saved month is plausible from January 1990 up to the as-of month."""
        assert plausible_saved(saved, as_of=AS_OF) is plausible

    def test_latest_written_month(self) -> None:
        """The latest start or written end over all lines counts; lone years and present words do not."""
        lines = ["BSc 2024", "Mar 2012 – Jun 2019", "Engineer | Jan 2016 – now", "Python"]
        assert latest_written_month(lines, as_of=AS_OF) == YearMonth(2019, 6)
        assert latest_written_month(["Python"], as_of=AS_OF) is None
