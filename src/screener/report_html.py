"""report.html: the screen as one self-contained page a recruiter opens offline.

The ranking is a table that sorts by any column and filters as one types; each candidate opens to
the points of the score as a bar, every evidence line with the words matched marked in its snippet,
missing must-haves marked, and the flags said in words. The page is rendered by Jinja2 with every
value escaped, loads nothing from the network, and carries no resume text inside its script: the
script only sorts and filters the rows already on the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from .batch import ScreenResult
    from .ranking import RankedCandidate, Ranking
    from .scoring import ScoreLine

# What each flag means, for a recruiter: (prefix, sentence); a flag's value follows its prefix.
FLAG_TEXT: tuple[tuple[str, str], ...] = (
    ("missing_must_have", "A must-have skill was not found."),
    ("unverified_must_have", "A must-have's years are unknown: no dated position shows them."),
    ("hidden_text", "The file holds text a reader cannot see (white, tiny, off-page or covered); it earns nothing."),
    ("hidden_by:", "How the hidden text is hidden:"),
    ("hidden_skills:", "Skills named only in hidden text, credited nothing:"),
    ("machine_addressed", "The resume holds text addressed to an automated screen; it earns nothing."),
    ("two_columns", "The layout has two columns; they were read one after the other."),
    ("no_dated_positions", "There is an experience section, but no position has dates."),
    ("low_confidence_encoding", "The text's encoding was a guess; some letters may be wrong."),
    ("duplicate_of:", "The same file, byte for byte, as"),
    ("same_person_as:", "Probably the same person as candidate"),
    ("date_ends_before_start:", "A position ends before it starts; its months are not counted:"),
    ("date_starts_after_as_of:", "A position starts after the screening date; its months are not counted:"),
    ("date_ends_after_as_of:", "A position ends after the screening date; it is counted up to that date:"),
)


def flag_sentence(flag: str) -> str:
    """A flag in words.

    >>> flag_sentence("duplicate_of:cv.pdf")
    'The same file, byte for byte, as cv.pdf.'
    >>> flag_sentence("something_new")
    'something_new'
    """
    for prefix, sentence in FLAG_TEXT:
        if flag == prefix:
            return sentence
        if prefix.endswith(":") and flag.startswith(prefix):
            return f"{sentence} {flag[len(prefix):].replace(',', ', ')}."
    return flag


@dataclass(frozen=True, slots=True)
class Snippet:
    """A snippet cut around the words matched, so the page can mark them."""

    before: str
    match: str
    after: str


def marked(snippet: str, surface: str) -> Snippet:
    """Split ``snippet`` at the first occurrence of ``surface`` (any casing) for highlighting.

    >>> marked("Built APIs in Python and Go", "python")
    Snippet(before='Built APIs in ', match='Python', after=' and Go')
    """
    at = snippet.lower().find(surface.lower()) if surface else -1
    if at < 0:
        return Snippet(snippet, "", "")
    return Snippet(snippet[:at], snippet[at:at + len(surface)], snippet[at + len(surface):])


def _line(line: ScoreLine) -> dict[str, Any]:
    return {"line": line, "snippet": marked(line.snippet, line.surface),
            "missing": line.requirement == "must-have" and line.found == "no"}


def _candidate(entry: RankedCandidate, top_points: float) -> dict[str, Any]:
    bars = [(line.skill, line.points, 100 * line.points / top_points if top_points else 0.0)
            for line in entry.lines if line.points > 0]
    return {
        "entry": entry, "lines": [_line(line) for line in entry.lines], "bars": bars,
        "flags": [(flag, flag_sentence(flag)) for flag in entry.flags],
        "years": None if entry.candidate.total_months is None else round(entry.candidate.total_months / 12, 1),
    }


class _Candidates:
    """The ranking's candidates as the page shows them, each made as the page reaches it (the page goes twice)."""

    def __init__(self, ranking: Ranking) -> None:
        self._ranking = ranking

    def __len__(self) -> int:
        return len(self._ranking)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (_candidate(e, 100.0) for e in self._ranking)


def _context(result: ScreenResult) -> dict[str, Any]:
    ranking = result.ranking
    return {"profile": ranking.profile, "taxonomy_version": ranking.taxonomy_version,
            "candidates": _Candidates(ranking), "failures": result.failures, "skipped": result.skipped,
            "as_of": str(result.as_of)}


def render_report_html(result: ScreenResult) -> str:
    """The whole page for one screen."""
    from .html_pages import render

    return render("report.html.j2", **_context(result))


def write_report_html(result: ScreenResult, stream: TextIO) -> None:
    """The page for one screen, written to ``stream`` as it is made (:func:`render_report_html`'s text)."""
    from .html_pages import render_to

    render_to(stream, "report.html.j2", **_context(result))
