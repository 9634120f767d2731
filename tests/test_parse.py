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
