"""The hidden-text corpus (scripts/make_hidden.py): every way of hiding a skill is caught, and no control is flagged.

Each file names Python where anyone can read it and Kubernetes once more: hidden by one method (white,
near-white, tiny, off-page, invisible or covered text in PDF; hidden, white or tiny runs in DOCX), or
readable in a clean control (a band drawn under white text, a logo beside the text, a small footnote,
light-grey text, a translucent highlight, an underline, a transparent logo). Both PDF engines must agree.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfminer.psparser import LIT

import repo_scripts
from screener import screen
from screener.ingest import read
from screener.ingest.columns import Box
from screener.ingest.pdf import _translucent
from screener.ingest.pdfpage import Cover, Visibility, covers
from screener.models import HIDDEN_REASONS, Candidate
from screener.parse import ParseOptions, ResumeParser

SCRIPT = repo_scripts.load("make_hidden")
VISIBLE, EXTRA = "python", "kubernetes"
CASES = [(name, engine) for name in sorted({**SCRIPT.PDF_FILES, **SCRIPT.DOCX_FILES})
         for engine in (("fast", "pdfminer") if name.endswith(".pdf") else ("fast",))]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str | None]]:
    """The corpus, made afresh, and how each file's extra skill is hidden (None for a control)."""
    folder = tmp_path_factory.mktemp("hidden") / "corpus"
    return folder, SCRIPT.make_corpus(folder)


def _credited(candidate: Candidate) -> set[str]:
    return {s.skill_id for s in candidate.skills if s.mentions}


class TestCorpus:
    """Each file of the corpus ends as expected.json says, in either PDF engine."""

    def test_every_file_is_accounted_for(self, corpus: tuple[Path, dict[str, str | None]]) -> None:
        """The folder holds exactly the files expected.json names: every method, and controls in both formats."""
        folder, expected = corpus
        assert sorted(p.name for p in folder.iterdir()) == sorted(expected)
        pdf = {why for name, why in expected.items() if name.endswith(".pdf")}
        docx = {why for name, why in expected.items() if name.endswith(".docx")}
        assert pdf == {"white", "tiny", "off_page", "invisible", "covered", None}
        assert docx == {"vanish", "white", "tiny", None}
        assert set(expected.values()) - {None} <= set(HIDDEN_REASONS)

    @pytest.mark.parametrize(("name", "engine"), CASES, ids=[f"{n}-{e}" for n, e in CASES])
    def test_file(self, corpus: tuple[Path, dict[str, str | None]], name: str, engine: str) -> None:
        """A hidden skill is not credited and is flagged with how it is hidden; a control's is credited, unflagged."""
        folder, expected = corpus
        candidate = ResumeParser(ParseOptions(engine=engine))(folder / name)  # type: ignore[arg-type]
        hidden_by = expected[name]
        if hidden_by is None:
            assert _credited(candidate) >= {VISIBLE, EXTRA}
            assert not [f for f in candidate.flags if f.startswith("hidden")]
        else:
            assert VISIBLE in _credited(candidate) and EXTRA not in _credited(candidate)
            assert {"hidden_text", f"hidden_by:{hidden_by}", f"hidden_skills:{EXTRA}"} <= set(candidate.flags)

    @pytest.mark.parametrize("name", sorted(SCRIPT.PDF_FILES))
    def test_engines_agree(self, corpus: tuple[Path, dict[str, str | None]], name: str) -> None:
        """PDFium and pdfminer.six give the same lines, hidden parts and reasons included."""
        folder, _ = corpus
        fast, reference = read(folder / name), read(folder / name, pdf_engine="pdfminer")
        assert (fast.lines, fast.warnings) == (reference.lines, reference.warnings)

    def test_screen_reports_the_reason(self, corpus: tuple[Path, dict[str, str | None]]) -> None:
        """A screen of the folder ranks every file and flags each hidden one with its reason, no control at all."""
        folder, expected = corpus
        result = screen([folder], {"must_have": ["Python"], "nice_to_have": ["Kubernetes"]}, workers=1)
        assert not result.failures
        flags = {Path(c.path).name: [f for f in c.flags if f.startswith("hidden_by:")] for c in result.candidates}
        assert flags == {name: [f"hidden_by:{why}"] if why else [] for name, why in expected.items()}


# (case, cover box, glyph box, whether the cover lies over the glyph)
COVERS = [
    ("a box around the glyph", Box(0, 0, 100, 20), Box(10, 5, 16, 16), True),
    ("a box over half of it", Box(0, 0, 13, 20), Box(10, 5, 16, 16), True),
    ("a box over a third of it", Box(0, 0, 12, 20), Box(10, 5, 16, 16), False),
    ("an underline rule", Box(0, 3, 100, 4), Box(10, 5, 16, 16), False),
    ("a strike-through rule", Box(0, 10, 100, 11), Box(10, 5, 16, 16), False),
    ("a box beside it", Box(20, 0, 100, 20), Box(10, 5, 16, 16), False),
]


class TestCoverRule:
    """What lies over a glyph, and when: the rules the corpus exercises, one at a time."""

    @pytest.mark.parametrize(("case", "box", "glyph", "expected"), COVERS, ids=[c[0] for c in COVERS])
    def test_covers(self, case: str, box: Box, glyph: Box, expected: bool) -> None:
        """A shape hides a glyph when it lies over at least half of the glyph's box."""
        assert covers(box, glyph) is expected

    @pytest.mark.parametrize(("order", "expected"), [(2, True), (3, False), (9, False)])
    def test_only_text_drawn_before_is_covered(self, order: int, expected: bool) -> None:
        """A cover drawn after three text draws hides those (places 0 to 2), not the text drawn after it."""
        seen = Visibility(Box(0, 0, 600, 800), [], [Cover(Box(0, 100, 300, 120), after=3)])
        glyph = Box(10, 105, 16, 116)
        assert seen.covered(glyph, order, seen.near(glyph)) is expected

    def test_no_cover_no_work(self) -> None:
        """A page without covers has nothing near any line (the engines then skip the glyph test)."""
        assert Visibility(Box(0, 0, 600, 800), []).near(Box(0, 0, 600, 800)) == []

    def test_a_hostile_cover_costs_nothing(self) -> None:
        """A cover of absurd or NaN size is clamped to the page: it is found, and indexing it is instant."""
        page = Box(0, 0, 600, 1e12)
        seen = Visibility(page, [], [Cover(Box(0, -1e300, 600, 1e300), 1), Cover(Box(0, float("nan"), 1, 2), 1)])
        assert seen.near(Box(10, 500, 20, 510)) == [seen.covers[0]]


# (case, font size, invisible, white): how a glyph is drawn; each tried at every place of PLACES.
LOOKS = [
    ("plain", 10.0, False, False),
    ("invisible", 10.0, True, False),
    ("tiny", 1.5, False, False),
    ("just readable", 2.0, False, False),
    ("white", 10.0, False, True),
    ("white and tiny", 1.0, False, True),
]
# (case, the glyph's centre, covered): where it lies on a 600 x 800 page with a dark backdrop at the top.
PLACES = [
    ("mid page", (300.0, 400.0), False),
    ("on the edge", (600.0, 0.0), False),
    ("off the page", (-5.0, 400.0), False),
    ("under a cover", (300.0, 400.0), True),
    ("on the backdrop", (300.0, 780.0), False),
    ("nowhere", (float("nan"), 400.0), False),
]


class TestOnlyByPlace:
    """The shortcut the fast engine takes for most glyphs gives what the full visibility test gives."""

    @pytest.mark.parametrize(("case", "size", "invisible", "white"), LOOKS, ids=[c[0] for c in LOOKS])
    def test_agrees_with_hidden(self, case: str, size: float, invisible: bool, white: bool) -> None:
        """A look that only place can hide is seen exactly where its centre is on the page and uncovered."""
        seen = Visibility(Box(0, 0, 600, 800), [Box(0, 760, 600, 800)])
        plain = Visibility.only_by_place(size=size, invisible=invisible, white=white)
        for _, (x, y), covered in PLACES:
            reason = seen.hidden(x, y, size=size, invisible=invisible, white=white, covered=covered)
            if plain:
                assert (reason == "") is (0 <= x <= 600 and 0 <= y <= 800 and not covered)
            else:
                assert reason != "" or (white and 760 <= y <= 800)

    def test_which_looks_are_plain(self) -> None:
        """Only a visible, readable, non-white look is left to its place."""
        assert [case for case, *look in LOOKS if Visibility.only_by_place(
            size=look[0], invisible=look[1], white=look[2])] == ["plain", "just readable"]


# (case, an ExtGState dictionary, whether pdfminer's engine takes painting under it as translucent)
STATES: list[tuple[str, dict[object, object], bool | None]] = [
    ("a fill alpha", {"ca": 0.3}, True),
    ("a stroke alpha", {"CA": 0.5}, True),
    ("full alphas", {"ca": 1, "CA": 1.0}, False),
    ("a multiply blend", {"BM": LIT("Multiply")}, True),
    ("the normal blend", {"BM": LIT("Normal")}, False),
    ("a soft mask", {"SMask": {"S": LIT("Luminosity")}}, True),
    ("no soft mask", {"SMask": LIT("None")}, False),
    ("nothing about transparency", {"LW": 2}, None),
]


@pytest.mark.parametrize(("case", "state", "expected"), STATES, ids=[c[0] for c in STATES])
def test_pdfminer_reads_transparency(case: str, state: dict[object, object], expected: bool | None) -> None:
    """pdfminer ignores ``gs``: ours reads alphas, blend modes and soft masks, and leaves the rest as it was (None)."""
    assert _translucent(state) is expected
