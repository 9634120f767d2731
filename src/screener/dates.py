"""Date ranges as resumes write them, and month arithmetic over them.

Resumes date a position to the month at best, in many spellings: "Jan 2019 –
Present", "03/2013 to 11/2016", "2019-01 – 2021-06", "Summer 2020", "Jan '19",
"10.2015 - 03.2017", "since 2021", "Juin – Août 2019". A month written with its
name or number keeps that month; a year given alone starts in January and ends
in December; "present" (and its synonyms) resolves to the caller's ``as_of``.

The parser is strict on purpose: only four-digit years from 1950 to 2099 (or an
apostrophe year, "'19") count on their own; a two-digit year without its
apostrophe ("Sep 15", "03/19") counts only as an end of a range whose other end
is written alike or is "present" ("Sep 15 - NOW", "Mar 14 - Jan 15"); a range
needs a real separator between its two ends, except on a header line read with
``find_header_ranges`` ("6/2017 8/2020"); and year pairs written with a slash
("Server 2003/2008") are versions, not ranges. Phone numbers, GPAs ("3.8/4.0"),
versions ("Python 3.11"), fractions ("3/4") and zip codes therefore never read
as employment.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .models import YearMonth

__all__ = [
    "LENGTH_AT_LEAST",
    "LENGTH_OF_TIME",
    "MONTH_WORD",
    "YEAR",
    "DateRange",
    "find_date_ranges",
    "find_header_ranges",
    "is_present_word",
    "merge_months",
    "months_between",
    "opens_with_date",
    "parse_date_range",
]

# --------------------------------------------------------------------------- tables

# Folded month word (lower case, accents kept) -> month number. English, French,
# German and Spanish names and their usual abbreviations, then Italian, Portuguese,
# Dutch, Turkish and Russian (nominative and genitive) names, the languages of
# resumes a screener meets beside English; a table, so a missing spelling is a
# one-line fix. Abbreviations that are everyday words ("out", "nov" aside) are left out.
_MONTH_NAMES = (
    (
        "january jan janv janvier januar jänner jaenner enero ene",
        "february feb febr fév fev févr fevr février fevrier februar febrero",
        "march mar mars märz maerz marz mrz marzo",
        "april apr avr avril abril abr",
        "may mai mayo",
        "june jun juin juni junio",
        "july jul juil juillet juli julio",
        "august aug août aout agosto ago",
        "september sep sept septembre septiembre setiembre set",
        "october oct octobre oktober okt octubre",
        "november nov novembre noviembre",
        "december dec déc decembre décembre dezember dez diciembre dic",
    ),
    (  # Italian, Portuguese, Dutch
        "gennaio janeiro januari",
        "febbraio fevereiro februari",
        "março marco maart mrt",
        "aprile",
        "maggio maio mei",
        "giugno giu junho",
        "luglio lug julho",
        "augustus",
        "settembre sett setembro",
        "ottobre ott outubro",
        "novembro",
        "dicembre dezembro",
    ),
    (  # Turkish
        "ocak", "şubat subat", "mart", "nisan", "mayıs mayis", "haziran",
        "temmuz", "ağustos agustos", "eylül eylul", "ekim", "kasım kasim", "aralık aralik",
    ),
    (  # Russian
        "январь января янв", "февраль февраля фев", "март марта", "апрель апреля апр",
        "май мая", "июнь июня июн", "июль июля июл", "август августа авг",
        "сентябрь сентября сен сент", "октябрь октября окт", "ноябрь ноября ноя",
        "декабрь декабря дек",
    ),
)
_MONTHS: dict[str, int] = {
    word: number
    for language in _MONTH_NAMES
    for number, words in enumerate(language, start=1)
    for word in words.split()
}

# Season -> (first month, last month, whether the last month falls in the next year).
_SEASONS: dict[str, tuple[int, int, bool]] = {
    "spring": (3, 5, False),
    "summer": (6, 8, False),
    "fall": (9, 11, False),
    "autumn": (9, 11, False),
    "winter": (12, 2, True),
}

_PRESENT_WORDS = (
    r"(?:the\s+)?present(?:ly)?|current(?:ly)?|now|today|to\s+date|till\s+date|date|ongoing|"
    r"continuing(?!\s+(?:education|studies|professional|medical|legal))|"
    r"pres\.(?=\s*(?:$|[|,;)]))|"
    r"présent|present|aujourd['’]hui|actuel(?:lement)?|en\s+cours|"
    r"heute|jetzt|laufend|actualidad|presente|actual|hoy|至今|现在|"
    r"oggi|in\s+corso|attuale|atual(?:mente)?|hoje|heden|"
    # "à ce jour", "hasta la fecha", "hasta el momento", "até o momento", "até o presente": the words after "to"
    r"ce\s+jour|la\s+fecha|(?:el|o)\s+momento|o\s+presente|"
    r"günümüz|gunumuz|halen|devam\s+ediyor|"
    r"(?:по\s+)?настоящее\s+время|наст\.\s*время|н\.\s*в\.|сейчас"
)

# --------------------------------------------------------------------------- patterns

def _trie(words: Iterable[str]) -> str:
    """One regular expression for ``words`` built as a trie ("ma(?:r(?:ch|s|zo)?|y)"...), so a
    position that starts no word fails at its first letter: the month names of seven languages
    are tried at every word of every line, and a flat alternation tried each name in turn.

    >>> _trie(["mar", "march", "may"])
    'ma(?:r(?:ch)?|y)'
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(root)


def _render(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) == 1 and len(body) > 1 else f"{body}?"


_MONTH_WORD = _trie(_MONTHS)
MONTH_WORD = rf"(?:{_MONTH_WORD})"
"""A regular expression for every month name and abbreviation the date parser reads."""
_SEASON_WORD = "|".join(_SEASONS)
_YEAR = r"(?:19[5-9]\d|20\d\d)"
YEAR = _YEAR
"""A regular expression for a year a resume dates by (1950-2099)."""
_SHORT_YEAR = r"['’‘`]\d\d"
_MM = r"(?:0?[1-9]|1[0-2])"


def _length_of_time(years_mark: str) -> str:
    """A length of time ("11 months", "2 yrs 3 mos", "1 year 4 months"), ``years_mark`` allowed after its years."""
    return (rf"(?:(?P<years>\d{{1,2}}){years_mark}\s*(?:years?|yrs?)\.?(?:\s*,?\s*(?:and\s+)?"
            r"(?P<and_months>\d{1,2})\s*(?:months?|mos?)\.?)?|(?P<months>\d{1,2})\s*(?:months?|mos?)\.?)")


LENGTH_OF_TIME = _length_of_time("")
"""A regular expression for a length of time: "11 months", "2 yrs 3 mos", "1 year 4 months" (groups
``years``, ``and_months``, ``months``)."""
LENGTH_AT_LEAST = _length_of_time(r"\+?")
"""A length of time that may be at least one, "1+ years" as well as "1 year"."""

# Dashes (U+2010 HYPHEN and the full-width hyphen-minus among them), and what mis-decoded ones
# became: "â€“" (an en dash read as cp1252) and "ï1⁄4" / "ï¼"
# (a full-width hyphen read as cp1252, its "¼" then normalised), as printed web pages leave them.
_OCTOBER = 10
_DASH = r"(?:-|‐|–|—|‑|‒|―|−|－|~|â€“|â€”|ï1⁄4|ï¼)"

# One point in time. Alternatives are named so the parser knows what it read;
# numeric forms are anchored against neighbouring digits so "555-0142",
# "978-1-61208" or "3.8/4.0" cannot match.
_POINT = (
    r"(?<![\w.])(?:"
    # 2012.09.01, 2001-06-25 (a day we drop)
    rf"(?P<ymd_y>{_YEAR})[./-](?P<ymd_m>{_MM})[./-](?:[0-2]?\d|3[01])(?![\d])"
    # 06-25-2001, 25/06/2001, 25.06.2001
    rf"|(?P<dmy_a>\d\d?)[./-](?P<dmy_b>\d\d?)[./-](?P<dmy_y>{_YEAR})(?![\d])"
    # 2019-01, 2015/03, 2011 / 11, 2015.04, never a longer number's start (2015.041, 2015-03-55), but
    # a dotted or slashed one may run on to a range's end year: 2016.07-2019.02
    rf"|(?P<ym_y>{_YEAR})\s?[./-]\s?(?P<ym_m>0[1-9]|1[0-2])"
    rf"(?:(?![\d./-]*\d)|(?<=[./]\d\d)(?=-{_YEAR}(?!\d)))"
    # 03/2013, 10.2015, 6-2014
    rf"|(?P<my_m>{_MM})\s?[./-]\s?(?P<my_y>{_YEAR})(?!\d)"
    # 2015年4月
    rf"|(?P<cjk_y>{_YEAR})\s*年\s*(?P<cjk_m>{_MM})\s*月"
    # Q1 2019, Q3 '20: a quarter of a year (a range's end only, never a range alone)
    rf"|Q(?P<quarter>[1-4])\s*(?P<quarter_y>{_YEAR}|{_SHORT_YEAR})(?!\d)"
    # Summer 2020, Fall '19
    rf"|(?P<season>{_SEASON_WORD})\s*,?\s*(?P<season_y>{_YEAR}|{_SHORT_YEAR})(?!\d)"
    # Jan 2019, Sept. 2018, January 29, 2000, Jan '19, Jun-2014, Oct/2018, 10-Dec-2009, 6 de septiembre de 1998,
    # March of 2019, 1st March 2019, 2nd of June 2020
    rf"|(?:(?:[0-3]?\d)(?:st|nd|rd|th)?(?:\.|-|\s+de|\s+of)?\s*)?(?P<mon>{_MONTH_WORD})\.?(?:\s*[-,/]?\s*|\s+(?:de|of)\s+)"
    rf"(?:[0-3]?\d(?:st|nd|rd|th)?,?\s+)?(?P<mon_y>{_YEAR}|{_SHORT_YEAR})(?!\d)"
    # Out/2017, out.2019: Portuguese "outubro" cut short, a month only when a year follows its slash or dot
    # ("out" being an everyday word, it is no month word of its own)
    rf"|(?P<out>out)[./](?P<out_y>{_YEAR})(?!\d)"
    # 2015 Aug, 2016 May.: the year before the month's word, as a range's end or beside its dash
    rf"|(?P<ywm_y>{_YEAR})\s+(?P<ywm_m>{_MONTH_WORD})\.?(?![^\W\d_])"
    rf"(?=\s*(?:{_DASH}|(?:to|till|until|through)\b|[|,)]|$))"
    # Sep 15, Jan-19: a two-digit year without its apostrophe (a range's end only)
    rf"|(?P<mon2>{_MONTH_WORD})\.?[\s-]?(?P<mon2_y>\d\d)(?![\d:])"
    # 03/19: likewise; never "3/4" or "24/7"
    rf"|(?P<my2_m>0[1-9]|1[0-2]|[1-9])/(?P<my2_y>\d\d)(?![\d/.]\d|\d)"
    # a season without its year, borrowed from the season ending the range: "Spring – Fall 2019"
    rf"|(?P<bare_season>{_SEASON_WORD})(?=\s*(?:{_DASH}|to\b)\s*(?:{_SEASON_WORD})\s*,?\s*(?:{_YEAR}|{_SHORT_YEAR})(?!\d))"
    # a month without its year, borrowed from the other end: "Jan – Mar 2019"
    rf"|(?P<bare>{_MONTH_WORD})\.?(?=\s*(?:{_DASH}|to\b|until\b|till\b|à\b|a\b|au\b|bis\b)|\s*$"
    # ... or before a month and year whose dash was lost: "January  August 2012"
    rf"|\s+{_MONTH_WORD}\.?,?\s*{_YEAR}(?!\d))"
    # 2019
    rf"|(?P<year>{_YEAR})(?!\d)"
    r")(?![^\W\d_])"
)
_POINT_RE = re.compile(_POINT, re.IGNORECASE)
_PRESENT_RE = re.compile(rf"(?<![^\W\d_])(?:{_PRESENT_WORDS})(?![^\W\d_])", re.IGNORECASE)
# "to" in the languages whose dates are read: French, Spanish, Portuguese, Italian, German, Dutch.
_FOREIGN_TO = r"(?:à|au|a|ad|al|bis|hasta|até|tot|jusqu['’]à|jusqu['’]au)"
# What may stand between the two ends of a range (after the ends are found).
_SEPARATOR_RE = re.compile(
    rf"^\s*(?:{_DASH}+|{_DASH}?\s*(?:to|till|til|until|through|thru|{_FOREIGN_TO}|至)\b:?\s*{_DASH}?)\s*$"
    rf"|^\s*(?:至|~)\s*$",
    re.IGNORECASE,
)
# A slash between two ends ("Feb 2011/Now", "Feb 09/Jun 11"): a range when a month or "present"
# stands on one side; two years alone are a list of versions ("Windows Server 2003/2008").
_SLASH_RE = re.compile(r"^\s*/\s*$")
# Points that conversion ran into their neighbour, so the point pattern's edges cannot find them:
# two years with the dash lost ("20072013", "19981999:"), a year run into a "present" word
# ("2005present:", "2016to date"), and a range's end written with two digits ("1995-99", "2011-13").
_RUN_TOGETHER_RE = re.compile(
    rf"(?<![\w.])(?P<first>{_YEAR})(?:(?P<second>{_YEAR})(?!\d)"
    rf"|(?=(?:present|current|now|today|(?:to|till)\s*(?:date|present|now|today))(?![^\W\d_])))"
    rf"|(?<![\w.])(?P<start>{_YEAR})\s?{_DASH}\s?(?P<short_end>\d\d)(?![\w])",
    re.IGNORECASE,
)
_MAX_RUN_TOGETHER_YEARS = 50
_FIRST_SHORT_END = 13  # "2004-06" is June 2004: a two-digit end is read as a year only past the months
# "Currently working as a Developer in Acme from July 2009.": a start after "from" in a sentence
# that says the job goes on runs to present.
# "June 2015 onwards", "2012 onward": from then to present.
_ONWARDS_RE = re.compile(r"^\s*(?:and\s+)?onwards?(?![^\W\d_])", re.IGNORECASE)
# The day before a two-digit year's month, "14/" of "14/8/12": part of the date as written.
_DAY_BEFORE = re.compile(r"(?<![\w./])(?:[0-2]?\d|3[01])/$")
_CURRENTLY_RE = re.compile(r"(?<![^\W\d_])(?:currently|presently)(?![^\W\d_])", re.IGNORECASE)
_OPEN_BEFORE_RE = re.compile(
    r"(?:since|from|depuis|seit|ab|desde|dès)\s*$", re.IGNORECASE
)
_SINCE_RE = re.compile(r"(?:since|depuis|seit|desde|dès)\s*$", re.IGNORECASE)
# "Joining date from: January 25, 2017", "Date of joining: 03/2016", "Joined in March 2018": the day a job
# began, no leaving date written: it goes on.
_JOINED_RE = re.compile(
    r"(?<![^\W\d_])(?:joining\s+date|date\s+of\s+joining|joined)(?:\s+(?:from|on|in))?\s*[:\-–]?\s*$", re.IGNORECASE
)
_TRAILING_OPEN_RE = re.compile(rf"^\s*{_DASH}\s*(?:\)|$)")
_AND_RE = re.compile(r"^\s*(?:and|&|,)\s*$", re.IGNORECASE)
_FROM_RE = re.compile(r"(?<![^\W\d_])(?:from|between|de|du|von|desde|dal|dall[’']|da|dalla|vanaf)\s+$", re.IGNORECASE)
# A separator lost in conversion leaves only spaces between the two ends.
_SPACES_RE = re.compile(r"^[ \t\u00a0]+$")
# Every point but a bare month word holds a digit (\d, as the point pattern reads them), and a bare month
# starts no range without a year from another point: a line without a digit holds no range.
_DIGIT = re.compile(r"\d")
_LOOSE_KINDS = frozenset({"month", "year", "short"})
# A season opens a range to "present" as a month does: "Summer 2011  Present".
_LOOSE_PRESENT_KINDS = _LOOSE_KINDS | {"season"}
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)[ \t]*$")
_WORD_AFTER_RE = re.compile(r"[ \t]*([^\W\d_]+)")
# Regex groups that name the form a point was written in.
_FORMS = (
    "ymd_y", "dmy_y", "ym_y", "my_y", "cjk_y", "quarter", "season", "mon", "ywm_y", "mon2", "my2_m", "bare_season",
    "bare", "year", "out",
)
_FORM_OF = {"out": "mon"}  # a form read by a group of its own, written as another is




def is_present_word(text: str) -> bool:
    """Whether ``text`` is a word for "present" and nothing else, as a range's end on a line of its own.

    >>> is_present_word("Current"), is_present_word("to date"), is_present_word("Current Projects")
    (True, True, False)
    """
    return _PRESENT_RE.fullmatch(text.strip(" .,:;")) is not None


def opens_with_date(text: str) -> bool:
    """Whether ``text`` opens with a month, a year or a "present" word: a range's end wrapped onto it.

    >>> opens_with_date("December 2021"), opens_with_date(" Present"), opens_with_date("Built 2 APIs in 2021")
    (True, True, False)
    """
    tokens = _tokens(text)
    return bool(tokens) and tokens[0].span[0] == len(text) - len(text.lstrip())


def opens_with_present(text: str) -> bool:
    """Whether ``text`` opens with a "present" word: a range's end in a date column beside the text.

    >>> opens_with_present("present Built Android apps"), opens_with_present("Presented at PyCon")
    (True, False)
    """
    tokens = _tokens(text)
    return bool(tokens) and isinstance(tokens[0], _Present) and tokens[0].span[0] == len(text) - len(text.lstrip())


# --------------------------------------------------------------------------- values


@dataclass(frozen=True, slots=True)
class DateRange:
    """One date range found in a line of text.

    Attributes:
        start: first month.
        end: last month; ``as_of`` when the range is current; None when the
            range is open without saying until when ("from 2019").
        current: the range runs to "present" (or a synonym).
        text: the range as written.
        span: ``(start, end)`` character offsets of ``text`` in the line.
        end_is_year: the end was written as a year alone ("2014 – 2016"): ``end`` is
            its December, but the resume may mean any month of it.
    """

    start: YearMonth
    end: YearMonth | None
    current: bool
    text: str
    span: tuple[int, int]
    end_is_year: bool = False

    @property
    def valid(self) -> bool:
        """Whether the range can be counted: it has an end and does not end before it starts."""
        return self.end is not None and self.start <= self.end


@dataclass(frozen=True, slots=True)
class _Point:
    """A parsed point in time: its first and last month (equal for a month)."""

    first: YearMonth | None  # None for a bare month still waiting for its year
    last: YearMonth | None
    month: int | None  # the month of a bare month word
    span: tuple[int, int]
    kind: str  # "month", "year", "season", "quarter", "bare" or "short" (a two-digit year)
    form: str = ""  # the regex group it matched: only points of one form lose a separator


@dataclass(frozen=True, slots=True)
class _Present:
    span: tuple[int, int]


_Token = _Point | _Present
# Lines whose tokens are remembered: a few resumes' worth (a line is read several times, close together).
_TOKEN_CACHE = 4096


# --------------------------------------------------------------------------- month arithmetic


def months_between(start: YearMonth, end: YearMonth) -> int:
    """Months from ``start`` to ``end``, both counted; 0 when ``end`` is before ``start``.

    Example:
        >>> months_between(YearMonth(2015, 1), YearMonth(2015, 2))
        2
        >>> months_between(YearMonth(2017, 1), YearMonth(2019, 12))
        36
    """
    return max(0, end.index - start.index + 1)


def merge_months(ranges: Iterable[tuple[YearMonth, YearMonth]]) -> int:
    """Months covered by the union of ``ranges`` (both ends counted, overlaps once).

    Ranges that end before they start add nothing.

    Example:
        >>> a = (YearMonth(2015, 1), YearMonth(2015, 12))
        >>> b = (YearMonth(2015, 7), YearMonth(2016, 6))
        >>> merge_months([a, b])
        18
    """
    spans = sorted((s.index, e.index) for s, e in ranges if s <= e)
    total = 0
    current_start: int | None = None
    current_end = 0
    for first, last in spans:
        if current_start is None or first > current_end + 1:
            if current_start is not None:
                total += current_end - current_start + 1
            current_start, current_end = first, last
        else:
            current_end = max(current_end, last)
    if current_start is not None:
        total += current_end - current_start + 1
    return total


# --------------------------------------------------------------------------- parsing


def _year(text: str) -> int:
    """A four-digit year, or an apostrophe year read as 19xx or 20xx."""
    digits = text.lstrip("'’‘`")
    if len(digits) == 4:
        return int(digits)
    short = int(digits)
    return 2000 + short if short <= 49 else 1900 + short


def _month_of(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


def _point(match: re.Match[str], day_first: bool = False) -> _Point:
    """The point a ``_POINT_RE`` match stands for, with the form it was written in."""
    g = match.groupdict()
    form = next(f for f in _FORMS if g[f])
    return replace(_point_value(g, match.span(), day_first), form=_FORM_OF.get(form, form))


def _short_point(year: str, month: int, span: tuple[int, int]) -> _Point:
    value = YearMonth(_year(year), month)
    return _Point(value, value, None, span, "short")


def _quarter(quarter: int, year: int, span: tuple[int, int]) -> _Point:
    """"Q2 2020" is April to June 2020."""
    return _Point(YearMonth(year, 3 * quarter - 2), YearMonth(year, 3 * quarter), None, span, "quarter")


def _point_value(g: dict[str, Any], span: tuple[int, int], day_first: bool = False) -> _Point:
    """The months a point's groups stand for; ``day_first`` reads "02/07/2009" as 2 July."""
    if g["ymd_y"]:
        month = YearMonth(int(g["ymd_y"]), int(g["ymd_m"]))
        return _Point(month, month, None, span, "month")
    if g["dmy_y"]:
        a, b = int(g["dmy_a"]), int(g["dmy_b"])
        # US month-first unless the document writes its days first or the first number cannot be a month.
        number = b if day_first and 1 <= b <= 12 else a if 1 <= a <= 12 else b
        number = number if 1 <= number <= 12 else 1
        month = YearMonth(int(g["dmy_y"]), number)
        return _Point(month, month, None, span, "month")
    if g["ym_y"]:
        month = YearMonth(int(g["ym_y"]), int(g["ym_m"]))
        return _Point(month, month, None, span, "month")
    if g["my_y"]:
        month = YearMonth(int(g["my_y"]), int(g["my_m"]))
        return _Point(month, month, None, span, "month")
    if g["cjk_y"]:
        month = YearMonth(int(g["cjk_y"]), int(g["cjk_m"]))
        return _Point(month, month, None, span, "month")
    if g["quarter"]:
        return _quarter(int(g["quarter"]), _year(g["quarter_y"]), span)
    if g["season"]:
        first_month, last_month, wraps = _SEASONS[g["season"].lower()]
        year = _year(g["season_y"])
        return _Point(
            YearMonth(year, first_month),
            YearMonth(year + 1 if wraps else year, last_month),
            None,
            span,
            "season",
        )
    if g["mon"]:
        month = YearMonth(_year(g["mon_y"]), _month_of(g["mon"]))
        return _Point(month, month, None, span, "month")
    if g["out_y"]:
        month = YearMonth(int(g["out_y"]), _OCTOBER)
        return _Point(month, month, None, span, "month")
    if g["ywm_y"]:
        month = YearMonth(int(g["ywm_y"]), _month_of(g["ywm_m"]))
        return _Point(month, month, None, span, "month")
    if g["mon2"] and g["mon2_y"]:
        return _short_point(g["mon2_y"], _month_of(g["mon2"]), span)
    if g["my2_m"] and g["my2_y"]:
        return _short_point(g["my2_y"], int(g["my2_m"]), span)
    if g["bare_season"]:
        return _Point(None, None, _SEASONS[g["bare_season"].lower()][0], span, "bare")
    if g["bare"]:
        return _Point(None, None, _month_of(g["bare"]), span, "bare")
    year = int(g["year"])
    return _Point(YearMonth(year, 1), YearMonth(year, 12), None, span, "year")


@functools.lru_cache(maxsize=_TOKEN_CACHE)
def _tokens(text: str, day_first: bool = False) -> tuple[_Token, ...]:
    """Points and "present" words of a line, in order, never overlapping.

    Remembered per text: experience, the present date and the header rules read
    each line's dates several times, and the point pattern is the costly part.
    """
    found: list[_Token] = [_point(m, day_first) for m in _POINT_RE.finditer(text)]
    found += _run_together(text, [t.span for t in found])
    taken = [t.span for t in found]
    for match in _PRESENT_RE.finditer(text):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            found.append(_Present(match.span()))
    return tuple(sorted(found, key=lambda t: t.span[0]))


def _year_point(year: int, span: tuple[int, int], form: str) -> _Point:
    return _Point(YearMonth(year, 1), YearMonth(year, 12), None, span, "year", form)


def _run_together(text: str, taken: Sequence[tuple[int, int]]) -> list[_Point]:
    """Year points that ran into a neighbour: "20072013" (two points, form ``run``), "2005present"
    (the year, form ``run``: the "present" word is found on its own), "1995-99" (the two-digit end
    as its year; the start is a point already).

    Example:
        >>> [(p.first.year, p.form) for p in _run_together("20072013: Acme", [])]
        [(2007, 'run'), (2013, 'run')]
        >>> [p.first.year for p in _run_together("1995-99: Lawyer", [(0, 4)])]
        [1999]
    """
    points: list[_Point] = []
    for match in _RUN_TOGETHER_RE.finditer(text):
        if match["start"]:
            start, end = int(match["start"]), int(match["start"][:2] + match["short_end"])
            if int(match["short_end"]) >= _FIRST_SHORT_END and start < end:
                points.append(_year_point(end, match.span("short_end"), "year"))
            continue
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        first = int(match["first"])
        if match["second"] and not 0 <= int(match["second"]) - first <= _MAX_RUN_TOGETHER_YEARS:
            continue
        points.append(_year_point(first, match.span("first"), "run"))
        if match["second"]:
            points.append(_year_point(int(match["second"]), match.span("second"), "run"))
    return points


def _with_year(bare: _Point, year: int) -> _Point:
    assert bare.month is not None
    month = YearMonth(year, bare.month)
    return _Point(month, month, None, bare.span, "month")


def _make(
    text: str, first: _Point, last: _Point | _Present | None, *, as_of: YearMonth, open_end: bool
) -> DateRange | None:
    """A range from its two ends (``last`` None: open, or the point alone)."""
    if isinstance(last, _Point) and first.kind == "bare" and last.last is not None:
        # "Jan – Mar 2019": the start borrows the end's year, a year earlier if it would
        # otherwise start after the end ("Nov – Feb 2020").
        year = last.last.year - (1 if first.month and first.month > last.last.month else 0)
        first = _with_year(first, year)
    if isinstance(last, _Point) and last.kind == "bare" and first.first is not None:
        year = first.first.year + (1 if last.month and last.month < first.first.month else 0)
        last = _with_year(last, year)
    if first.first is None:
        return None
    begin, finish = first.span[0], (last.span[1] if last is not None else first.span[1])
    if isinstance(last, _Present):
        return DateRange(first.first, as_of, True, text[begin:finish], (begin, finish))
    if isinstance(last, _Point):
        if last.last is None:
            return None
        return DateRange(first.first, last.last, False, text[begin:finish], (begin, finish), last.kind == "year")
    if open_end:
        return DateRange(first.first, None, False, text[begin:finish], (begin, finish))
    return DateRange(first.first, first.last, False, text[begin:finish], (begin, finish), first.kind == "year")


def _joins_itself(text: str, gap: str, after: _Token) -> bool:
    """"2014 to date": the "present" word carries its own separator."""
    word = text[after.span[0] : after.span[1]].lower()
    return isinstance(after, _Present) and not gap.strip() and word.startswith(("to", "till"))


@dataclass(frozen=True, slots=True)
class _Scan:
    """What every rule of ``_ranges`` reads: the line, its tokens and the options."""

    text: str
    tokens: tuple[_Token, ...]
    as_of: YearMonth
    single: bool
    loose: bool

    def after(self, index: int) -> _Token | None:
        return self.tokens[index + 1] if index + 1 < len(self.tokens) else None

    def gap(self, index: int) -> str:
        after = self.after(index)
        return self.text[self.tokens[index].span[1] : after.span[0]] if after is not None else ""


# A rule reads the token at an index and gives the range it makes and how many
# tokens that range used, or None when it does not apply.
_Made = tuple[DateRange | None, int]


def _is_short(token: _Token | None) -> bool:
    return isinstance(token, _Point) and token.kind == "short"


def _pairable(first: _Point, last: _Token) -> bool:
    """A two-digit year without its apostrophe ("Sep 15", "03/19") pairs only with its
    like or "present": "Jan 15 - Mar 20, 2019" is two days, not four years."""
    if _is_short(first) or _is_short(last):
        return isinstance(last, _Present) or (_is_short(first) and _is_short(last))
    return True


def _with_from(scan: _Scan, made: DateRange) -> DateRange:
    """"from May 2018 till January 2020": "from" belongs to the range it opens."""
    opener = _FROM_RE.search(scan.text[: made.span[0]])
    if opener is None:
        return made
    span = (opener.start(), made.span[1])
    return replace(made, text=scan.text[span[0] : span[1]], span=span)


def _separated_pair(scan: _Scan, index: int) -> _Made | None:
    """"Jan 2019 – Present", "03/2013 to 11/2016", "2014 to date"."""
    token, after, gap = scan.tokens[index], scan.after(index), scan.gap(index)
    if not isinstance(token, _Point) or after is None or not _pairable(token, after):
        return None
    if not (_SEPARATOR_RE.match(gap) or _joins_itself(scan.text, gap, after) or _slashed(token, after, gap)
            or _academic_year(scan, token, after, gap)):
        return None
    made = _make(scan.text, token, after, as_of=scan.as_of, open_end=False)
    if made is not None and (_is_short(token) or _is_short(after)) and not _plausible(made, scan.as_of):
        return None
    return (_with_from(scan, made) if made is not None else None), 2


# "Start date: Jan 2015 End date: Mar 2017", "From: 03/2016 To: Present", "Date of joining: 2016 Date of
# leaving: 2018": each end after its own label, the end's label standing where a separator would.
_START_LABEL_RE = re.compile(
    r"(?<![^\W\d_])(?:start(?:ing|ed)?(?:\s+date)?|date\s+(?:started|joined|of\s+joining)|joining\s+date|joined|from)"
    r"\s*:\s*$",
    re.IGNORECASE)
_END_LABEL = (
    r"(?:end(?:ing|ed)?(?:\s+date)?|date\s+(?:ended|left|of\s+(?:leaving|relieving))|(?:leaving|relieving)\s+date|"
    r"left|to|till|until)"
)
# ... the end's own "to" word may follow its label: "To: à ce jour", "End: hasta la fecha".
_END_LABEL_RE = re.compile(
    rf"^\s*[,;|]?\s*{_END_LABEL}\s*:\s*(?:{_FOREIGN_TO}\s+)?$", re.IGNORECASE)
_OPENING_END_LABEL_RE = re.compile(rf"^\s*{_END_LABEL}\s*:", re.IGNORECASE)


def opens_with_end_label(text: str) -> bool:
    """Whether a line opens with a leaving date's label, as the line under "From: March 2016" does.

    >>> opens_with_end_label("To: July 2019"), opens_with_end_label("End date: Present")
    (True, True)
    >>> opens_with_end_label("Toronto: office move"), opens_with_end_label("Led the team to: success")
    (False, False)
    """
    return _OPENING_END_LABEL_RE.match(text) is not None


def _labelled_ends(scan: _Scan, index: int) -> _Made | None:
    """"Start date: Jan 2015 End date: Mar 2017": two ends each after its label, the start's label included.

    The labels' "date" reads as a "present" word ("to date"); the end's is passed over.
    """
    token, used = scan.tokens[index], 2
    after = scan.after(index)
    if isinstance(after, _Present) and scan.text[after.span[0] : after.span[1]].lower() == "date":
        after, used = scan.after(index + 1), 3
    if not isinstance(token, _Point) or after is None or not _pairable(token, after):
        return None
    opener = _START_LABEL_RE.search(scan.text[: token.span[0]])
    if opener is None or not _END_LABEL_RE.match(scan.text[token.span[1] : after.span[0]]):
        return None
    made = _make(scan.text, token, after, as_of=scan.as_of, open_end=False)
    if made is None:
        return None
    span = (opener.start(), made.span[1])
    return replace(made, text=scan.text[span[0] : span[1]], span=span), used


# "A.Y. 2015/2016", "academic year 2019/2020", "anno accademico 2015/2016": a year of teaching or study.
_ACADEMIC_YEAR_RE = re.compile(
    r"(?<![^\W\d_])(?:a\.?\s?y\.?|academic\s+year|school\s+year|anno\s+accademico)\s*:?\s*$", re.IGNORECASE)


def _academic_year(scan: _Scan, first: _Point, last: _Token, gap: str) -> bool:
    """"A.Y. 2015/2016": two years a slash apart, one after the other, after "academic year", are one range."""
    if not (_SLASH_RE.match(gap) and first.kind == "year" and isinstance(last, _Point) and last.kind == "year"):
        return False
    if first.first is None or last.first is None or last.first.year != first.first.year + 1:
        return False
    return _ACADEMIC_YEAR_RE.search(scan.text[: first.span[0]]) is not None


def _slashed(first: _Point, last: _Token, gap: str) -> bool:
    """"Feb 2011/Now", "Feb 09/Jun 11": a slash joins two ends unless both are years alone."""
    both_years = first.kind == "year" and isinstance(last, _Point) and last.kind == "year"
    return bool(_SLASH_RE.match(gap)) and not both_years


def _run_together_pair(scan: _Scan, index: int) -> _Made | None:
    """"20072013", "2005present": a start run into its end, nothing between them."""
    token, after = scan.tokens[index], scan.after(index)
    if not isinstance(token, _Point) or token.form != "run" or after is None or scan.gap(index):
        return None
    if isinstance(after, _Point) and after.form != "run":
        return None
    return _make(scan.text, token, after, as_of=scan.as_of, open_end=False), 2


def _currently_from(scan: _Scan, index: int) -> _Made | None:
    """"Currently working as a Developer in Acme from July 2009": from then to present."""
    token = _open_start(scan, index)
    if token is None:
        return None
    before = scan.text[: token.span[0]]
    opener = _FROM_RE.search(before)
    if opener is None or not _CURRENTLY_RE.search(before[: opener.start()]):
        return None
    return _to_present(scan, token, (opener.start(), token.span[1]))


def _plausible(made: DateRange, as_of: YearMonth) -> bool:
    """A range of two-digit years runs forward and starts by ``as_of``: "Dec 31 - Jan 01" is two days."""
    return made.valid and made.start <= as_of


def lowercase_words_beside(text: str, span: tuple[int, int]) -> tuple[bool, bool]:
    """Whether a lower-case word (running text) stands just before and just after ``text[span]``.

    Example:
        >>> lowercase_words_beside("in 2015 2017 Acme", (3, 12))
        (True, False)
    """
    before = _WORD_BEFORE_RE.search(text[: span[0]])
    after = _WORD_AFTER_RE.match(text[span[1] :])
    return bool(before and before.group(1)[0].islower()), bool(after and after.group(1)[0].islower())


def _lost_separator(scan: _Scan, index: int) -> _Made | None:
    """"6/2017 8/2020", "2015 2017": two points of one form with only spaces between,
    on a header line (``loose``), not in running text and not in a list of three."""
    token, after = scan.tokens[index], scan.after(index)
    if not scan.loose or not isinstance(token, _Point) or not isinstance(after, _Point):
        return None
    if token.form != after.form or token.kind not in _LOOSE_KINDS or not _SPACES_RE.match(scan.gap(index)):
        return None
    third = scan.after(index + 1)
    previous = scan.tokens[index - 1] if index else None
    if third is not None and _SPACES_RE.match(scan.text[after.span[1] : third.span[0]]):
        return None
    if previous is not None and _SPACES_RE.match(scan.text[previous.span[1] : token.span[0]]):
        return None
    if any(lowercase_words_beside(scan.text, (token.span[0], after.span[1]))):
        return None
    made = _make(scan.text, token, after, as_of=scan.as_of, open_end=False)
    if made is None or not made.valid:
        return None
    return made, 2


def _lost_separator_months(scan: _Scan, index: int) -> _Made | None:
    """"January  August 2012", "Jan Mar 2011": a month without its year, then spaces, then a month and year, on a
    header line (``loose``), not in running text: the dash between them was lost."""
    token, after = scan.tokens[index], scan.after(index)
    if not scan.loose or not isinstance(token, _Point) or not isinstance(after, _Point):
        return None
    if token.kind != "bare" or after.kind != "month" or not _SPACES_RE.match(scan.gap(index)):
        return None
    if any(lowercase_words_beside(scan.text, (token.span[0], after.span[1]))):
        return None
    made = _make(scan.text, token, after, as_of=scan.as_of, open_end=False)
    return (made, 2) if made is not None and made.valid else None


def _lost_separator_present(scan: _Scan, index: int) -> _Made | None:
    """"5/2016 Present", "Jan 2019 Current", "Summer 2011 Present": a start and a "present" word with only spaces
    between, on a header line (``loose``), not in running text."""
    token, after = scan.tokens[index], scan.after(index)
    if not scan.loose or not isinstance(token, _Point) or not isinstance(after, _Present):
        return None
    if token.kind not in _LOOSE_PRESENT_KINDS or token.first is None or not _SPACES_RE.match(scan.gap(index)):
        return None
    previous = scan.tokens[index - 1] if index else None
    if previous is not None and _SPACES_RE.match(scan.text[previous.span[1] : token.span[0]]):
        return None
    if lowercase_words_beside(scan.text, (token.span[0], after.span[1]))[0]:
        return None
    return _make(scan.text, token, after, as_of=scan.as_of, open_end=False), 2


def _season_and_year(scan: _Scan, index: int) -> _Made | None:
    """"Summer 2012 and 2013": from the first season to the end of the same season later."""
    token, after = scan.tokens[index], scan.after(index)
    if not (isinstance(token, _Point) and token.kind == "season" and isinstance(after, _Point)
            and after.kind == "year" and _AND_RE.match(scan.gap(index))):
        return None
    assert token.first is not None and token.last is not None and after.first is not None
    shift = after.first.year - token.first.year
    end = YearMonth(token.last.year + shift, token.last.month)
    span = (token.span[0], after.span[1])
    return DateRange(token.first, end, False, scan.text[span[0] : span[1]], span), 2


def _open_start(scan: _Scan, index: int) -> _Point | None:
    """The token at ``index`` when it may open a range to present: a point with a start, its year written in full."""
    token = scan.tokens[index]
    if not isinstance(token, _Point) or token.first is None or _is_short(token):
        return None
    return token


def _to_present(scan: _Scan, start: _Point, span: tuple[int, int]) -> _Made:
    """The range from ``start`` to present, written at ``span`` of the line (one token used)."""
    assert start.first is not None
    return DateRange(start.first, scan.as_of, True, scan.text[span[0] : span[1]], span), 1


def _since(scan: _Scan, index: int) -> _Made | None:
    """"since 2021": from then to present."""
    token = _open_start(scan, index)
    since = _SINCE_RE.search(scan.text[: token.span[0]]) if token is not None else None
    if token is None or since is None:
        return None
    return _to_present(scan, token, (since.start(), token.span[1]))


def _joined(scan: _Scan, index: int) -> _Made | None:
    """"Joining date: January 25, 2017" with no other date after it: from then to present."""
    token = _open_start(scan, index)
    joined = _JOINED_RE.search(scan.text[: token.span[0]]) if token is not None else None
    if token is None or joined is None or any(isinstance(t, _Point) for t in scan.tokens[index + 1 :]):
        return None
    return _to_present(scan, token, (joined.start(), token.span[1]))


def _onwards(scan: _Scan, index: int) -> _Made | None:
    """"June 2015 onwards": started then and not finished; so is "14/8/12 onwards", the word saying the
    two-digit year's numbers are a date, when that start is by the as-of month."""
    token = scan.tokens[index]
    if not isinstance(token, _Point) or token.first is None or (_is_short(token) and token.first > scan.as_of):
        return None
    after = _ONWARDS_RE.match(scan.text[token.span[1] :])
    if after is None:
        return None
    begin = token.span[0]
    day = _DAY_BEFORE.search(scan.text, 0, begin) if _is_short(token) else None
    return _to_present(scan, token, (day.start() if day else begin, token.span[1] + after.end()))


def _trailing_dash(scan: _Scan, index: int) -> _Made | None:
    """"(2019-)": started and not finished."""
    token = _open_start(scan, index)
    if token is None or not _TRAILING_OPEN_RE.match(scan.text[token.span[1] :]):
        return None
    return _to_present(scan, token, token.span)


def _from_open(scan: _Scan, index: int) -> _Made | None:
    """"from 2019" with no end: started then, end unknown (months not counted)."""
    token = scan.tokens[index]
    opener = _OPEN_BEFORE_RE.search(scan.text[: token.span[0]])
    if not isinstance(token, _Point) or opener is None or token.first is None or not scan.single:
        return None
    if _is_short(token):
        return None
    made = _make(scan.text, token, None, as_of=scan.as_of, open_end=True)
    if made is None:
        return None
    span = (opener.start(), made.span[1])
    return replace(made, text=scan.text[span[0] : span[1]], span=span), 1


def _alone(scan: _Scan, index: int) -> _Made | None:
    """A season is a range of its own; a lone month, quarter or year only when ``single``."""
    token = scan.tokens[index]
    if not isinstance(token, _Point):
        return None
    if token.kind == "season" or (scan.single and token.kind in {"month", "year", "quarter"}):
        return _make(scan.text, token, None, as_of=scan.as_of, open_end=False), 1
    return None


# The rules, in the order they are tried at each token; the first that applies decides.
_RULES = (_separated_pair, _labelled_ends, _run_together_pair, _lost_separator, _lost_separator_months,
          _lost_separator_present, _season_and_year, _since, _joined, _onwards, _trailing_dash, _currently_from,
          _from_open, _alone)


def _ranges(
    text: str, *, as_of: YearMonth, single: bool, loose: bool = False, day_first: bool = False
) -> Iterator[DateRange]:
    """Every range of ``text`` in order; lone points only when ``single``."""
    if _DIGIT.search(text) is None:
        return  # every range starts at a year or a month number: most lines of a resume have no digit to read
    scan = _Scan(text, _tokens(text, day_first), as_of, single, loose)
    index = 0
    while index < len(scan.tokens):
        made, used = next((r for rule in _RULES if (r := rule(scan, index)) is not None), (None, 1))
        if made is not None:
            yield made
        index += used


def parse_date_range(text: str, *, as_of: YearMonth, single: bool = False) -> DateRange | None:
    """The first date range in a line, or None.

    Args:
        text: one line of a resume.
        as_of: the month "present", "current", "now"... resolve to.
        single: also accept a lone month or year ("Nov. 2011", "2019") as a
            range of its own months; off by default, since a lone year is
            more often a graduation or an award than a job.

    Returns:
        The range; its ``span`` locates it in ``text``.

    Example:
        >>> r = parse_date_range("Engineer, Acme | Jan 2019 – Present", as_of=YearMonth(2026, 11))
        >>> str(r.start), str(r.end), r.current
        ('2019-01', '2026-11', True)
        >>> parse_date_range("GPA 3.8/4.0, Python 3.11", as_of=YearMonth(2026, 11)) is None
        True
    """
    return next(_ranges(text, as_of=as_of, single=single), None)


@functools.lru_cache(maxsize=_TOKEN_CACHE)
def find_date_ranges(
    text: str, *, as_of: YearMonth, single: bool = False, day_first: bool = False
) -> tuple[DateRange, ...]:
    """Every date range in ``text``, in order (remembered per line: the present date and experience read each).

    Example:
        >>> [r.text for r in find_date_ranges("2015-2017 then 03/2018 to now", as_of=YearMonth(2026, 11))]
        ['2015-2017', '03/2018 to now']
    """
    return tuple(_ranges(text, as_of=as_of, single=single, day_first=day_first))


@functools.lru_cache(maxsize=_TOKEN_CACHE)
def find_header_ranges(
    text: str, *, as_of: YearMonth, single: bool = False, day_first: bool = False
) -> tuple[DateRange, ...]:
    """Every date range of a position's header line, including ranges whose separator was lost
    (remembered per line, as ``find_date_ranges``: the anchor rules read a header several times).

    PDF and DOCX conversion can drop the dash between two dates ("6/2017 8/2020",
    "2015 2017"). On a line already known to head a position, two points of the
    same form with only spaces between them are a range, unless a lower-case word
    touches them ("in 2015 2017 was...") or a third point follows. Use
    ``find_date_ranges`` for any other text.

    Example:
        >>> [str(r.end) for r in find_header_ranges("Analyst, Acme 6/2017 8/2020", as_of=YearMonth(2026, 11))]
        ['2020-08']
        >>> find_header_ranges("in 2015 2017 was a good year", as_of=YearMonth(2026, 11))
        ()
    """
    return tuple(_ranges(text, as_of=as_of, single=single, loose=True, day_first=day_first))


# A numeric date with its year: "18/06/2014", "02.07.2009", "06-25-2001".
_NUMERIC_DATE_RE = re.compile(rf"(?<![\w.])(\d\d?)[./-](\d\d?)[./-]{_YEAR}(?!\d)")


def writes_day_first(texts: Iterable[str]) -> bool:
    """Whether a document writes its numeric dates day first, as most of the world does.

    Alone, "02/07/2009" is 7 February in the US and 2 July in Europe; the document
    decides: it writes days first when some date's first number cannot be a month
    ("18/06/2014") or some date is written with dots, as Europe writes it ("01.03.2019"),
    and no date's second number is past twelve ("06/25/2001").

    Example:
        >>> writes_day_first(["18/06/2014 - Present", "02/07/2009 - 01/10/2010"])
        True
        >>> writes_day_first(["02/07/2009 - 01/10/2010"]), writes_day_first(["18/06/2014", "06/25/2001"])
        (False, False)
        >>> writes_day_first(["01.03.2019 - 01.07.2021"]), writes_day_first(["06.25.2001 - 07.01.2003"])
        (True, False)
    """
    first_past_twelve = second_past_twelve = False
    for text in texts:
        for match in _NUMERIC_DATE_RE.finditer(text):
            a, b = int(match[1]), int(match[2])
            first_past_twelve |= (12 < a <= 31 or "." in match[0]) and 1 <= b <= 12
            second_past_twelve |= 12 < b <= 31 and 1 <= a <= 12
    return first_past_twelve and not second_past_twelve


@dataclass(frozen=True, slots=True)
class DateReader:
    """How one document's dates are read: the month "present" stands for, and the order its
    numeric dates are written in (``writes_day_first``).

    Example:
        >>> reader = DateReader(YearMonth(2026, 11), day_first=True)
        >>> [(str(r.start), str(r.end)) for r in reader.find("02/07/2009 - 01/10/2010")]
        [('2009-07', '2010-10')]
    """

    as_of: YearMonth
    day_first: bool = False

    def find(self, text: str, *, single: bool = False) -> tuple[DateRange, ...]:
        """Every date range of ``text`` (``find_date_ranges``)."""
        return find_date_ranges(text, as_of=self.as_of, single=single, day_first=self.day_first)

    def header(self, text: str, *, single: bool = False) -> tuple[DateRange, ...]:
        """Every date range of a position's header line (``find_header_ranges``)."""
        return find_header_ranges(text, as_of=self.as_of, single=single, day_first=self.day_first)
