"""Cells a spreadsheet opens safely: never a formula, never longer than Excel holds.

Every text cell of every report (ranking.csv, evidence.csv, errors.csv, ``screener skills --format
csv``) passes through :func:`safe_cell`. Excel, LibreOffice and Google Sheets run a cell as a formula
when it starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return), also after leading
spaces or non-breaking spaces; such a cell gets an apostrophe in front, which the spreadsheets show as
text. Excel holds at most 32,767 characters in a cell and cuts the rest silently: a longer cell is
cut here, visibly. Lists are joined with :func:`join_items`, which merges repeats ("Developer @ Acme
(x3000)") and cuts what does not fit with "… (N more)".
"""

from __future__ import annotations

from collections.abc import Iterable

EXCEL_CELL_LIMIT = 32_767
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
# Characters a spreadsheet skips before it decides a cell is a formula, beyond str.isspace().
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def neutralize(value: str) -> str:
    """Make a cell safe to open in a spreadsheet: a formula becomes text.

    >>> neutralize('=HYPERLINK("http://x")'), neutralize("Python"), neutralize("\\u00a0 =1+1")
    ('\\'=HYPERLINK("http://x")', 'Python', "'\\xa0 =1+1")
    """
    stripped = value.lstrip().lstrip(_INVISIBLE).lstrip()
    return "'" + value if value.startswith(_FORMULA_STARTS) or stripped.startswith(_FORMULA_STARTS) else value


def cap(value: str, limit: int = EXCEL_CELL_LIMIT) -> str:
    """Cut a text longer than a cell holds, saying how much was left out.

    >>> cap("abcdefghij" * 3, limit=28)
    'abcdef… (24 more characters)'
    """
    if len(value) <= limit:
        return value
    for kept in range(limit, -1, -1):  # the suffix's length depends on what is cut; settle it
        suffix = f"… ({len(value) - kept} more characters)"
        if kept + len(suffix) <= limit:
            return value[:kept] + suffix
    return value[:limit]


def safe_cell(value: str) -> str:
    """A text cell as every report writes it: neutralised and within Excel's limit."""
    return neutralize(cap(value))


def join_items(items: Iterable[str], separator: str = "; ", limit: int = EXCEL_CELL_LIMIT) -> str:
    """Join a list into one cell: repeats merged with a count, the tail cut with "… (N more)".

    >>> join_items(["Dev @ Acme", "Dev @ Acme", "QA @ Beta"])
    'Dev @ Acme (x2); QA @ Beta'
    >>> join_items([f"item {n}" for n in range(10)], limit=30)
    'item 0; item 1; … (8 more)'
    """
    counts: dict[str, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    merged = [item if n == 1 else f"{item} (x{n})" for item, n in counts.items()]
    text = separator.join(merged)
    if len(text) <= limit:
        return text
    shown, length = 0, 0  # the longest prefix that fits beside its "… (N more)"
    for count, item in enumerate(merged, start=1):
        length += len(item) + (len(separator) if count > 1 else 0)
        suffix = len(separator) + len(f"… ({len(merged) - count} more)")
        if length + suffix > limit:
            break
        shown = count
    if shown == 0:
        return cap(merged[0], limit)
    return separator.join([*merged[:shown], f"… ({len(merged) - shown} more)"])
