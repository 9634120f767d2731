"""ResumeParser and ParseOptions: one options object, and "present" resolved per resume."""

from __future__ import annotations

from pathlib import Path

import pytest

import docfactory
from screener import ParseOptions, parse_resume
from screener.errors import ConfigError
from screener.models import YearMonth
from screener.parse import ResumeParser

AS_OF = YearMonth(2026, 11)
LINES = ["Sam Example", "EXPERIENCE", "Backend Engineer, Acme Ltd | Jan 2015 – Current", "Built services in Python"]


class TestParseOptions:
    """ParseOptions."""

    def test_defaults(self) -> None:
        """By default present comes from the document, fuzzy matching is on and as-of is this month."""
        options = ParseOptions()
        assert (options.present, options.fuzzy, options.fuzzy_threshold) == ("document", True, 80.0)
        assert options.as_of >= YearMonth(2026, 1)

    @pytest.mark.parametrize("settings", [{"present": "today"}, {"fuzzy_threshold": 101.0}])
    def test_invalid(self, settings: dict[str, object]) -> None:
        """An unknown present policy or a threshold outside 0-100 is a ConfigError."""
        with pytest.raises(ConfigError):
            ParseOptions(**settings)  # type: ignore[arg-type]


class TestPresent:
    """A resume's "present" is its own saved date when plausible, and the months follow it."""

    @pytest.mark.parametrize(("policy", "present", "source", "months"), [
        ("document", YearMonth(2018, 6), "document", 42),   # Jan 2015 .. Jun 2018
        ("as-of", AS_OF, "as_of", 143),                     # Jan 2015 .. Nov 2026
    ])
    def test_pdf_saved_in_2018(self, tmp_path: Path, policy: str, present: YearMonth, source: str,
                               months: int) -> None:
        """A PDF saved in June 2018 saying "Jan 2015 – Current" means 42 months, or 143 under --present as-of."""
        path = docfactory.pdf_dated(tmp_path / "cv.pdf", LINES, created="D:20180101", modified="D:20180614093000Z")
        candidate = parse_resume(path, options=ParseOptions(as_of=AS_OF, present=policy))  # type: ignore[arg-type]
        assert (candidate.present, candidate.present_source, candidate.as_of) == (present, source, AS_OF)
        assert candidate.total_months == months
        assert candidate.skill("python") is not None
        assert candidate.skill("python").months == months  # type: ignore[union-attr]

    def test_docx_created_date(self, tmp_path: Path) -> None:
        """A DOCX with only a created date uses it."""
        path = docfactory.docx_dated(tmp_path / "cv.docx", LINES, created="2019-12-02T08:00:00Z", modified=None)
        candidate = ResumeParser(ParseOptions(as_of=AS_OF))(path)
        assert (candidate.present, candidate.present_source, candidate.total_months) == (
            YearMonth(2019, 12), "document", 60)

    def test_text_file_uses_as_of(self, tmp_path: Path) -> None:
        """A plain-text file has no saved date: present is the as-of month."""
        path = tmp_path / "cv.txt"
        path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
        candidate = ResumeParser(ParseOptions(as_of=AS_OF))(path)
        assert (candidate.present, candidate.present_source, candidate.total_months) == (AS_OF, "as_of", 143)


class TestNumericDateOrder:
    """A resume that writes a day past twelve first ("18/06/2014") writes all its numeric dates day first."""

    @pytest.mark.parametrize(("lines", "expected"), [
        # European: "18/06/2014" shows the order, so "02/07/2009" is 2 July
        (["EXPERIENCE", "18/06/2014 - 30/09/2016 Associate, Acme Law", "02/07/2009 - 01/10/2010 Trainee, Beta Law"],
         [("2014-06", "2016-09"), ("2009-07", "2010-10")]),
        # US: "06/25/2001" shows month first, so "02/07/2009" is February
        (["EXPERIENCE", "06/25/2001 - 03/15/2004 Clerk, Acme Bank", "02/07/2009 - 01/10/2010 Teller, Beta Bank"],
         [("2001-06", "2004-03"), ("2009-02", "2010-01")]),
        # nothing decides: month first, as before
        (["EXPERIENCE", "02/07/2009 - 01/10/2010 Teller, Beta Bank"], [("2009-02", "2010-01")]),
    ])
    def test_order_from_the_document(self, tmp_path: Path, lines: list[str], expected: list[tuple[str, str]]) -> None:
        """The document's own unambiguous dates decide how its ambiguous ones read."""
        path = tmp_path / "cv.txt"
        path.write_text("\n".join(["Sam Example", *lines]) + "\n", encoding="utf-8")
        candidate = ResumeParser(ParseOptions(as_of=AS_OF))(path)
        assert [(str(p.start), str(p.end)) for p in candidate.positions] == expected
