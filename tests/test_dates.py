"""Tests for screener.dates: date ranges as resumes write them, and month arithmetic."""

from __future__ import annotations

import pytest

from screener.dates import (
    DateReader,
    find_date_ranges,
    find_header_ranges,
    merge_months,
    months_between,
    parse_date_range,
    writes_day_first,
)
from screener.models import YearMonth

AS_OF = YearMonth(2026, 11)


def ym(text: str) -> YearMonth:
    """A YearMonth from "YYYY-MM"."""
    return YearMonth.parse(text)


# (line, expected start, expected end, current)
RANGES: list[tuple[str, str, str, bool]] = [
    ("Jan 2019 – Present", "2019-01", "2026-11", True),
    ("January 2019 to Current", "2019-01", "2026-11", True),
    ("03/2013 to 11/2016", "2013-03", "2016-11", False),
    ("2019-01 – 2021-06", "2019-01", "2021-06", False),
    # a dotted or slashed year and month run on to the range's end, as Chinese CVs write them
    ("2016.07-2019.02 Acme", "2016-07", "2019-02", False),
    ("2016/07-2019/02", "2016-07", "2019-02", False),
    # a month's name and its year joined by a slash
    ("Oct/2018 - Feb/2020", "2018-10", "2020-02", False),
    ("Jan/2019 – Present", "2019-01", "2026-11", True),
    ("2017 – 2019", "2017-01", "2019-12", False),
    # an academic year written with a slash is one range of its two years
    ("Lecturer, A.Y. 2015/2016", "2015-01", "2016-12", False),
    ("academic year 2019/2020", "2019-01", "2020-12", False),
    ("2019 – Present", "2019-01", "2026-11", True),
    ("Summer 2020", "2020-06", "2020-08", False),
    ("Spring 2021", "2021-03", "2021-05", False),
    ("Fall 2018", "2018-09", "2018-11", False),
    ("Autumn 2018", "2018-09", "2018-11", False),
    ("Winter 2019", "2019-12", "2020-02", False),
    ("Jan '19 - Mar '21", "2019-01", "2021-03", False),
    ("since 2021", "2021-01", "2026-11", True),
    ("Sept. 2018 - Oct. 2019", "2018-09", "2019-10", False),
    ("10.2015 - 03.2017", "2015-10", "2017-03", False),
    ("2015/03 - 2016/04", "2015-03", "2016-04", False),
    ("Jun 2014 - Feb 2016", "2014-06", "2016-02", False),
    ("Jun 2014 — Feb 2016", "2014-06", "2016-02", False),
    ("Jun 2014 till Feb 2016", "2014-06", "2016-02", False),
    ("Jun 2014 until Feb 2016", "2014-06", "2016-02", False),
    ("2014 - now", "2014-01", "2026-11", True),
    ("2014 – today", "2014-01", "2026-11", True),
    ("2014 to date", "2014-01", "2026-11", True),
    ("2014 – ongoing", "2014-01", "2026-11", True),
    ("Oct 2016 — Continuing", "2016-10", "2026-11", True),
    ("Jan 2019 - Pres.", "2019-01", "2026-11", True),
    ("Sett 2017 – Giu 2019", "2017-09", "2019-06", False),
    ("Spring – Fall 2019", "2019-03", "2019-11", False),
    ("Fall - Spring 2021", "2020-09", "2021-05", False),
    ("2015 Aug – 2016 May", "2015-08", "2016-05", False),
    ("2019 Mar. - Present", "2019-03", "2026-11", True),
    ("June – August 2019: intern", "2019-06", "2019-08", False),
    ("Nov – Feb 2020", "2019-11", "2020-02", False),
    ("Sep. 2019 – Jan. 2021", "2019-09", "2021-01", False),
    ("2016 / 09 - now", "2016-09", "2026-11", True),
    ("Summer 2012 and 2013", "2012-06", "2013-08", False),
    ("Intel (July 2021 - August 2022)", "2021-07", "2022-08", False),
    ("Engineer, Acme 01/2014 - Current Company Name", "2014-01", "2026-11", True),
    ("janvier 2018 – mars 2020", "2018-01", "2020-03", False),
    ("Juin – Août 2019", "2019-06", "2019-08", False),
    ("März 2019 - heute", "2019-03", "2026-11", True),
    ("enero 2018 – actualidad", "2018-01", "2026-11", True),
    ("2012.09.01‑2016.07.10", "2012-09", "2016-07", False),
    ("06-25-2001 to 07-01-2003", "2001-06", "2003-07", False),
    # two-digit years without an apostrophe, inside a range
    ("Sep 15 - NOW", "2015-09", "2026-11", True),
    ("03/19 – 11/21", "2019-03", "2021-11", False),
    ("Jan '19 – Dec '20", "2019-01", "2020-12", False),
    ("Jan 15 - Sep 15", "2015-01", "2015-09", False),
    ("Mar 14 - Jan 15", "2014-03", "2015-01", False),
    ("Developer, Acme Inc | 9/98 - 4/03", "1998-09", "2003-04", False),
    # prose
    ("from May 2018 till January 2020", "2018-05", "2020-01", False),
    ("from April 2020 till now", "2020-04", "2026-11", True),
    ("since 2019", "2019-01", "2026-11", True),
    ("March 2015 – To Date", "2015-03", "2026-11", True),
    ("Mar 2008 to Jun 2011", "2008-03", "2011-06", False),
    # a full-width hyphen mis-decoded (and its "¼" normalised), as printed web pages leave it
    ("IT Consultant 07/2013 ï1⁄4 Current", "2013-07", "2026-11", True),
    ("Field Technician 06/2006 ï¼ 12/2009", "2006-06", "2009-12", False),
    # the everyday set's styles
    ("Since Mar 2019", "2019-03", "2026-11", True),
    ("2019 – Today", "2019-01", "2026-11", True),
    ("1/2019 to current", "2019-01", "2026-11", True),
    ("2019.03 – 2021.11", "2019-03", "2021-11", False),
    ("MARCH 2019 — JUNE 2020", "2019-03", "2020-06", False),
    ("JANUARY 2019 — PRESENT", "2019-01", "2026-11", True),
    ("mar 2019 until jun 2020", "2019-03", "2020-06", False),
    ("March 2019 through June 2020", "2019-03", "2020-06", False),
    ("Januar 2019 – März 2021", "2019-01", "2021-03", False),
    ("janvier 2019 - aujourd'hui", "2019-01", "2026-11", True),
    ("enero de 2019 – junio de 2021", "2019-01", "2021-06", False),
    # "of" between a month and its year
    ("March of 2019 - June of 2020", "2019-03", "2020-06", False),
    # an ordinal day before the month's name, with or without "of"
    ("1st March 2019 - 30th June 2020", "2019-03", "2020-06", False),
    ("2nd of June 2018 to 23rd of May 2019", "2018-06", "2019-05", False),
    # a quarter of a year is its three months: "Q2 2020" ends in June
    ("Q1 2019 - Q2 2020", "2019-01", "2020-06", False),
    ("Q3 2018 – Present", "2018-07", "2026-11", True),
    ("Q4 '19 to Q1 '21", "2019-10", "2021-03", False),
    # "presently" and "the present" end a range as "present" does
    ("Jan 2019 - Presently", "2019-01", "2026-11", True),
    ("Jan 2019 to the present", "2019-01", "2026-11", True),
    # month names and "present" words of Italian, Portuguese, Dutch, Turkish and Russian resumes
    ("gennaio 2019 – dicembre 2020", "2019-01", "2020-12", False),
    ("maggio 2019 - oggi", "2019-05", "2026-11", True),
    ("settembre 2015 – in corso", "2015-09", "2026-11", True),
    ("julho 2019 - atual", "2019-07", "2026-11", True),
    ("janeiro de 2019 – dezembro de 2020", "2019-01", "2020-12", False),
    ("março 2018 – fevereiro 2019", "2018-03", "2019-02", False),
    ("maart 2019 – heden", "2019-03", "2026-11", True),
    ("mrt 2019 - mei 2020", "2019-03", "2020-05", False),
    ("Eylül 2015 – Mart 2018", "2015-09", "2018-03", False),
    ("Ocak 2019 - Günümüz", "2019-01", "2026-11", True),
    ("Haziran 2017 - Halen", "2017-06", "2026-11", True),
    ("сентябрь 2015 – май 2018", "2015-09", "2018-05", False),
    ("января 2019 — по настоящее время", "2019-01", "2026-11", True),
    ("март 2020 – н.в.", "2020-03", "2026-11", True),
    # conversion ran a range's ends together: the dash lost between two years, a year run into
    # "present", a two-digit end past the months
    ("20072013", "2007-01", "2013-12", False),
    ("19981999: Multimedia developer", "1998-01", "1999-12", False),
    ("2005present: Acme Media", "2005-01", "2026-11", True),
    ("2016to date    Research Associate at Acme Lab", "2016-01", "2026-11", True),
    ("2010‐current    Tutor: Self Employed", "2010-01", "2026-11", True),
    ("2009‐2011    Teacher Aide: Acme School", "2009-01", "2011-12", False),
    ("Mar 2014－Jun 2015", "2014-03", "2015-06", False),
    ("Teacher, 2008present", "2008-01", "2026-11", True),
    ("1995-99: LEGAL OFFICER, Acme Council", "1995-01", "1999-12", False),
    ("1988-90: Analyst", "1988-01", "1990-12", False),
    # a slash between the ends when a month or "present" stands on one side
    ("Feb 2011/Now ACME SCHOOL", "2011-02", "2026-11", True),
    ("Feb 09/Jun 11", "2009-02", "2011-06", False),
    ("April 07/Now", "2007-04", "2026-11", True),
    # "Until:" with its colon, days with ordinals
    ("Since: October 1st 2012 Until: August 31st 2014", "2012-10", "2014-08", False),
    ("Since: September 1st 2014 Until: Currently", "2014-09", "2026-11", True),
    # a role named in a sentence that says it goes on
    ("Currently working as a Tester in Acme Labs, Springfield from July 2009.", "2009-07", "2026-11", True),
    ("Presently employed as an Analyst at Acme from 03/2016", "2016-03", "2026-11", True),
    # "onwards" closes a range at present
    ("June 2015 onwards: Team Lead, Acme", "2015-06", "2026-11", True),
    ("Analyst, Acme Labs (2012 onward)", "2012-01", "2026-11", True),
    # ... after a day, month and two-digit year, the word saying the numbers are a date
    ("• 14/8/12 onwards: Legal Counsel, Acme", "2012-08", "2026-11", True),
    # a joining date with no leaving date: the job goes on
    ("Joining date from: January 25, 2017", "2017-01", "2026-11", True),
    ("Date of joining: 03/2016", "2016-03", "2026-11", True),
    ("Joined in March 2018", "2018-03", "2026-11", True),
    # each end after its own label, the label's "date" no "to date"
    ("Start date: Jan 2015 End date: Mar 2017", "2015-01", "2017-03", False),
    ("Start Date: 01/2015 | End Date: Current", "2015-01", "2026-11", True),
    ("Date of joining: 2016, Date of leaving: 2018", "2016-01", "2018-12", False),
    ("Start: 03/2016 End: 07/2019", "2016-03", "2019-07", False),
    ("Joined: March 2016 Left: July 2019", "2016-03", "2019-07", False),
    ("Start: March 2016 | End: Present", "2016-03", "2026-11", True),
    ("Date joined: 05/2014 Date left: 06/2016", "2014-05", "2016-06", False),
    ("From: janvier 2019 To: à ce jour", "2019-01", "2026-11", True),
    ("Start: enero 2018 End: hasta la fecha", "2018-01", "2026-11", True),
    # Portuguese "Out" (outubro) before a slash or a dot and its year is October
    ("Out/2017 - Mar/2019", "2017-10", "2019-03", False),
    ("Jan/2015 – Out/2017", "2015-01", "2017-10", False),
    ("out.2016 – atual", "2016-10", "2026-11", True),
    # "to date" in French, Spanish, Portuguese, Italian and Dutch, its "to" word a separator of its own
    ("Ingénieur, Acme (2017 – à ce jour)", "2017-01", "2026-11", True),
    ("mars 2017 à ce jour", "2017-03", "2026-11", True),
    ("Desde 2018 hasta la fecha", "2018-01", "2026-11", True),
    ("enero 2018 hasta el momento", "2018-01", "2026-11", True),
    ("2018 até hoje", "2018-01", "2026-11", True),
    ("jan 2018 até o momento", "2018-01", "2026-11", True),
    ("Dal 2016 ad oggi", "2016-01", "2026-11", True),
    ("januari 2016 tot heden", "2016-01", "2026-11", True),
    ("2014 tot 2016", "2014-01", "2016-12", False),
]

# Text that holds numbers but no employment range.
NOT_RANGES: list[str] = [
    "from 8/29 onwards",  # a two-digit year after the as-of month is no date
    "+1-123-456-7890",
    "(415) 555-0142",
    "GPA 3.8/4.0",
    # "Pres." before more words is a president, no present
    "2019 - Pres. of the Student Council",
    # a year before a month's word in running text is no range
    "Shipped 2019 May release notes",
    # continuing education named after a year is no open range
    "2016 - Continuing Education credits",
    "Python 3.11, Django 4.2",
    "Richmond, Virginia 25136",
    # a quarter named in running text is no range of its own
    "Launched the billing service in Q3 2020",
    "Windows Server 2003/2008",
    "ISSN: 2519-8459 ISBN: 978-1-61208-810-5 Pages 8-11",
    "Bachelor of Science, 2015",
    "Awarded in 2010, 2011, 2012, and 2013",
    "Migrated from Exchange 2003 to Exchange 2010",
    # two-digit years: never alone, never beside a full date, never a fraction
    "Sep 15",
    "Conference, Jan 15 - Mar 20, 2019",
    "Cut costs by 3/4 - 1/2 of the budget",
    "Windows 10/11",
    "Available 24/7 - 365 days",
    "Released v2.10 - v3.12",
    "since Sep 15",
    "Dec 31 - Jan 01",
    "Mar 30 - Apr 02",
    # run together only as a range runs: forward, within a working life, the short end past the months
    "20132007",
    "19502013",
    "2004-06 release",
    "Model 1995-07",
    "Office 2016/2019",
    "worked from July 2009 to",
    # a separator lost is recovered on header lines only (find_header_ranges)
    "6/2017 8/2020",
    "2015 2017",
    # an end's label without a start's is no range ("Ended: Mar 2017" of a contract in prose)
    "Signed in Jan 2015, end date: Mar 2017",
    # ... and "out" in running text is no month
    "Sold out 2017 tickets",
]

# Header lines whose separator was lost: (line, start, end).
HEADER_RANGES: list[tuple[str, str, str]] = [
    ("6/2017 8/2020", "2017-06", "2020-08"),
    ("2015 2017", "2015-01", "2017-12"),
    ("Analyst, Acme Inc 2015 2017", "2015-01", "2017-12"),
    ("Acme Inc | Mar 2014 Jan 2016 | Boston, MA", "2014-03", "2016-01"),
    ("Support Analyst 03/19 11/21", "2019-03", "2021-11"),
    ("Analyst, Acme Inc 5/2016 Present", "2016-05", "2026-11"),
    ("Jan 2019 Current", "2019-01", "2026-11"),
    ("Contractor, Acme Inc Summer 2011 Present", "2011-06", "2026-11"),
    # a month without its year before a month and year, the dash lost: the start borrows the end's year
    ("January  August 2012", "2012-01", "2012-08"),
    ("Research Assistant, Acme Lab  Jan Mar 2011", "2011-01", "2011-03"),
    ("Nov  Feb 2020", "2019-11", "2020-02"),
]

# Header-line text with adjacent years that are not a range.
NOT_HEADER_RANGES: list[str] = [
    "in 2015 2017 was a turning point",
    "we moved in 2019 now it is home",
    "Awarded 2010 2011 2012",
    "Revenue doubled in 2015 2017 alone",
    "6/2017 2019",
    "2017 2015",
    "met in January August 2012 was",
]

# (start, end, months)
MONTHS: list[tuple[str, str, int]] = [
    ("2015-01", "2015-02", 2),
    ("2015-01", "2015-01", 1),
    ("2017-01", "2019-12", 36),
    ("2019-11", "2020-02", 4),
    ("2020-02", "2020-01", 0),
]

# (ranges, merged months)
MERGES: list[tuple[list[tuple[str, str]], int]] = [
    ([], 0),
    ([("2015-01", "2015-12")], 12),
    ([("2015-01", "2015-12"), ("2015-07", "2016-06")], 18),
    ([("2015-01", "2015-12"), ("2016-01", "2016-12")], 24),
    ([("2015-01", "2015-12"), ("2017-01", "2017-12")], 24),
    ([("2010-01", "2020-12"), ("2012-01", "2013-12")], 132),
    ([("2015-06", "2015-01")], 0),
]


class TestParseDateRange:
    """parse_date_range and find_date_ranges."""

    @pytest.mark.parametrize(("text", "start", "end", "current"), RANGES)
    def test_forms(self, text: str, start: str, end: str, current: bool) -> None:
        """Each written form yields its first and last month, present resolved to as_of."""
        found = parse_date_range(text, as_of=AS_OF)
        assert found is not None
        assert (found.start, found.end, found.current) == (ym(start), ym(end), current)

    @pytest.mark.parametrize("text", NOT_RANGES)
    def test_not_ranges(self, text: str) -> None:
        """Phones, GPAs, versions, zip codes and lone years are not ranges."""
        assert parse_date_range(text, as_of=AS_OF) is None

    def test_joining_date_with_leaving_date(self) -> None:
        """A joining date followed by a leaving date is not read as a job going on to present."""
        found = find_date_ranges("Date of joining: Jan 2017  Date of leaving: Mar 2019", as_of=AS_OF, single=True)
        assert not any(r.current for r in found)

    def test_span_locates_text(self) -> None:
        """The span points at the range as written in the line."""
        line = "Senior Engineer | Acme | Jan 2019 - Present"
        found = parse_date_range(line, as_of=AS_OF)
        assert found is not None
        assert line[found.span[0] : found.span[1]] == found.text == "Jan 2019 - Present"

    def test_single_opt_in(self) -> None:
        """A lone month or year is a range only when asked for."""
        assert parse_date_range("Nov. 2011", as_of=AS_OF) is None
        found = parse_date_range("Nov. 2011", as_of=AS_OF, single=True)
        assert found is not None and found.start == found.end == ym("2011-11")
        year = parse_date_range("2019", as_of=AS_OF, single=True)
        assert year is not None and (year.start, year.end) == (ym("2019-01"), ym("2019-12"))

    def test_find_all(self) -> None:
        """Every range in a line is found, in order."""
        found = find_date_ranges("2015-2017, then 03/2018 to now", as_of=AS_OF)
        assert [r.text for r in found] == ["2015-2017", "03/2018 to now"]

    def test_valid(self) -> None:
        """A range that ends before it starts is not valid."""
        found = parse_date_range("04/2009 to 01/2009", as_of=AS_OF)
        assert found is not None and not found.valid

    def test_read_again_with_another_as_of(self) -> None:
        """A line read again (its dates are remembered) still ends "present" at the new as-of month."""
        line = "Engineer | Jan 2019 - Present"
        first = parse_date_range(line, as_of=AS_OF)
        later = parse_date_range(line, as_of=ym("2027-03"))
        assert first is not None and later is not None
        assert (first.end, later.end) == (AS_OF, ym("2027-03"))
        assert parse_date_range(line, as_of=AS_OF) == first


class TestHeaderRanges:
    """find_header_ranges: ranges whose separator was lost, on a position's header line."""

    @pytest.mark.parametrize(("text", "start", "end"), HEADER_RANGES)
    def test_lost_separator(self, text: str, start: str, end: str) -> None:
        """Two points of one form with only spaces between them are a range on a header line."""
        found = find_header_ranges(text, as_of=AS_OF)
        assert [(r.start, r.end) for r in found] == [(ym(start), ym(end))]

    @pytest.mark.parametrize("text", NOT_HEADER_RANGES)
    def test_running_text(self, text: str) -> None:
        """Years in running text, in a list of three, of two forms or reversed are no range."""
        assert find_header_ranges(text, as_of=AS_OF) == ()

    @pytest.mark.parametrize(("text", "start", "end", "current"), RANGES)
    def test_keeps_every_form(self, text: str, start: str, end: str, current: bool) -> None:
        """A header line reads every form a line of running text reads."""
        found = find_header_ranges(text, as_of=AS_OF)
        assert (found[0].start, found[0].end, found[0].current) == (ym(start), ym(end), current)


class TestMonthsBetween:
    """months_between counts both ends."""

    @pytest.mark.parametrize(("start", "end", "months"), MONTHS)
    def test_counts(self, start: str, end: str, months: int) -> None:
        """Both first and last month count; a reversed range counts nothing."""
        assert months_between(ym(start), ym(end)) == months


class TestMergeMonths:
    """merge_months takes the union of ranges."""

    @pytest.mark.parametrize(("ranges", "months"), MERGES)
    def test_union(self, ranges: list[tuple[str, str]], months: int) -> None:
        """Overlapping months count once; adjacent and separate ranges add up."""
        assert merge_months((ym(a), ym(b)) for a, b in ranges) == months


class TestOpenRanges:
    @pytest.mark.parametrize(("text", "start", "span_text"), [
        ("from 2019", "2019-01", "from 2019"),
        ("From Jan 2019", "2019-01", "From Jan 2019"),
        ("Engineer at Acme from 2021", "2021-01", "from 2021"),
    ])
    def test_from_without_end(self, text: str, start: str, span_text: str) -> None:
        """"from 2019" with no end starts a range whose end is unknown, not a single year."""
        found = parse_date_range(text, as_of=YearMonth(2026, 11), single=True)
        assert found is not None
        assert (str(found.start), found.end, found.current, found.text) == (start, None, False, span_text)


def test_remembered_ranges_follow_the_as_of_month() -> None:
    """A line's ranges are remembered per line and as-of month: read again under another as-of month,
    "present" ends there, not at the month of the first reading."""
    line = "Engineer, Acme | Jan 2019 – Present"
    first = find_date_ranges(line, as_of=YearMonth(2026, 11))
    later = find_date_ranges(line, as_of=YearMonth(2027, 3))
    assert [r.end for r in first] == [YearMonth(2026, 11)]
    assert [r.end for r in later] == [YearMonth(2027, 3)]
    assert find_date_ranges(line, as_of=YearMonth(2026, 11)) == first


# Lines without a digit: month words, seasons and "present" alone, which start no range.
DIGITLESS = ["Jan – Mar", "Summer – Present", "since March", "from May till now", "Spring and Fall",
             "Juin – Août", "Current Projects", "Dec - Present"]


class TestDigitless:
    """A line without a digit holds no range, read loosely or not, with lone points or not (the quick
    rejection finds what reading it would)."""

    @pytest.mark.parametrize("text", DIGITLESS)
    def test_no_range(self, text: str) -> None:
        """Month words, seasons and "present" without a year make no range in any reading."""
        assert find_date_ranges(text, as_of=AS_OF) == find_date_ranges(text, as_of=AS_OF, single=True) == ()
        assert find_header_ranges(text, as_of=AS_OF, single=True) == ()

    @pytest.mark.parametrize(("text", "start", "end"), [
        ("Jan – Mar 2019", "2019-01", "2019-03"),
        ("Summer ’19 – Present", "2019-06", "2026-11"),
        ("Sep ١٥ - NOW", "2015-09", "2026-11"),  # a two-digit year in Arabic-Indic digits, which \d reads
    ])
    def test_one_digit_is_read(self, text: str, start: str, end: str) -> None:
        """The same words with a year, in any digits the point pattern reads, are a range."""
        assert [(r.start, r.end) for r in find_date_ranges(text, as_of=AS_OF)] == [(ym(start), ym(end))]


@pytest.mark.parametrize(("lines", "expected"), [
    (["18/06/2014 - Present"], True),                        # a day past twelve first
    (["Born 31.12.1990", "01.03.2015 - 30.04.2016"], True),  # dots, any line of the document
    (["06/25/2001 - 03/15/2004"], False),                    # a day past twelve second: US order
    (["18/06/2014", "06/25/2001"], False),                   # both: the document does not say
    (["02/07/2009 - 01/10/2010"], False),                    # no date shows its order
    (["01.03.2019 - 01.07.2021"], True),                     # dots alone: Europe's form, days first
    (["06.25.2001 - 07.01.2003"], False),                    # dots with a day past twelve second: US order
    (["Call 18/06/20145 or 2014"], False),                   # no date at all
])
def test_writes_day_first(lines: list[str], expected: bool) -> None:
    """A document writes its days first when one of its numeric dates can only be read that way, or is dotted."""
    assert writes_day_first(lines) is expected


@pytest.mark.parametrize(("day_first", "text", "start", "end"), [
    (True, "02/07/2009 - 01/10/2010", "2009-07", "2010-10"),
    (False, "02/07/2009 - 01/10/2010", "2009-02", "2010-01"),
    (True, "18/06/2014 - 30/09/2016", "2014-06", "2016-09"),  # unambiguous dates read the same either way
    (False, "18/06/2014 - 30/09/2016", "2014-06", "2016-09"),
    (True, "03/2015 - 11/2016", "2015-03", "2016-11"),        # a month and year has no day to put first
])
def test_date_reader_order(day_first: bool, text: str, start: str, end: str) -> None:
    """A reader for a day-first document reads "DD/MM/YYYY"; otherwise "MM/DD/YYYY" unless the day shows."""
    found = DateReader(AS_OF, day_first=day_first).find(text)
    assert [(str(r.start), str(r.end)) for r in found] == [(start, end)]
