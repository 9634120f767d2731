"""report.html in a real headless browser: it loads cleanly offline, sorts, filters, and nothing a resume says can run.

The browser is Debian's Chromium driven by Playwright. Where it is not installed the browser tests
are skipped, unless SCREENER_BROWSER_TESTS=required (as .ci/run sets), which makes them fail instead.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from screener.cli import main
from screener.report_html import FLAG_TEXT, Snippet, flag_sentence, marked

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
PROFILE = SAMPLES / "profiles" / "senior_python_backend.yaml"
ATTACK = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def test_every_flag_reads_as_a_sentence() -> None:
    """Each known flag is explained in words, its value kept."""
    assert flag_sentence("hidden_skills:python,go") == "Skills named only in hidden text, credited nothing: python, go."
    assert all(flag_sentence(prefix + ("v" if prefix.endswith(":") else "")) != prefix for prefix, _ in FLAG_TEXT)


def test_marked_splits_at_the_surface() -> None:
    """The matched words are cut out of the snippet for highlighting, whatever their casing."""
    assert marked("Led a team using DJANGO daily", "Django") == Snippet("Led a team using ", "DJANGO", " daily")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples screened, with one resume whose file name, name line and skills line carry HTML and script."""
    folder = tmp_path_factory.mktemp("resumes")
    for sample in sorted((SAMPLES / "resumes").iterdir()):
        shutil.copy(sample, folder / sample.name)
    hostile = folder / f"x{ATTACK.replace('/', '_')}.txt"
    hostile.write_text(f"{ATTACK} Example\nSkills\nPython {ATTACK}, Django\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("report")
    result = CliRunner().invoke(main, ["screen", str(folder), "--profile", str(PROFILE), "--out", str(out),
                                       "--as-of", "2026-11-01", "-q"])
    assert result.exit_code == 0, result.output
    return out / "report.html"


def test_page_is_self_contained_and_escaped(report: Path) -> None:
    """The page loads nothing from the network and holds the attack only as escaped text."""
    html = report.read_text(encoding="utf-8")
    assert "http://" not in html.replace('"http://x"', "") and "https://" not in html
    assert "<script>window.__pwned" not in html and "&lt;script&gt;window.__pwned" in html
    assert '<img src=x onerror' not in html


@pytest.fixture(scope="module")
def page(report: Path) -> Iterator[Any]:
    """The report opened in headless Chromium, with its console errors and page errors collected."""
    if CHROMIUM is None:
        if os.environ.get("SCREENER_BROWSER_TESTS") == "required":
            pytest.fail("Chromium is not installed (apt-get install chromium)")
        pytest.skip("Chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        tab = browser.new_page()
        problems: list[str] = []
        tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        tab.on("pageerror", lambda e: problems.append(str(e)))
        tab.on("request", lambda r: problems.append("request " + r.url) if not r.url.startswith("file:") else None)
        tab.goto(report.as_uri())
        tab.wait_for_load_state("load")
        tab.problems = problems
        yield tab
        browser.close()


def test_loads_without_errors_or_requests(page: Any) -> None:
    """The page loads with no console error, no script error and no network request."""
    assert page.locator("#ranking tbody tr").count() > 10
    assert page.problems == []


def test_nothing_injected_runs(page: Any) -> None:
    """A name, file name or snippet holding HTML or script shows as text and runs nothing."""
    assert page.evaluate("window.__pwned") is None
    assert page.get_by_text("window.__pwned=2", exact=False).count() > 0


def _scores(page: Any) -> list[float]:
    return [float(v) for v in page.eval_on_selector_all("#ranking tbody tr:not([hidden]) td:nth-child(3)",
                                                      "cells => cells.map(c => c.dataset.value)")]


def test_sorting(page: Any) -> None:
    """Clicking the score header sorts ascending, clicking again descending; the rank header restores the order."""
    page.click("#ranking th:nth-child(3)")
    ascending = _scores(page)
    assert ascending == sorted(ascending) and ascending[0] < ascending[-1]
    page.click("#ranking th:nth-child(3)")
    assert _scores(page) == sorted(ascending, reverse=True)
    page.click("#ranking th:nth-child(1)")
    ranks = page.eval_on_selector_all("#ranking tbody tr td:first-child", "cells => cells.map(c => +c.dataset.value)")
    assert ranks == sorted(ranks)


def test_filtering(page: Any) -> None:
    """Typing in the filter keeps only the rows that contain the text; clearing it shows them all again."""
    total = page.locator("#ranking tbody tr").count()
    page.fill("#filter", "chef")
    shown = page.locator("#ranking tbody tr:not([hidden])")
    assert 0 < shown.count() < total
    assert all("chef" in text.lower() for text in shown.all_inner_texts())
    page.fill("#filter", "")
    assert page.locator("#ranking tbody tr:not([hidden])").count() == total


def test_evidence_marks_matched_words_and_missing_must_haves(page: Any) -> None:
    """Evidence snippets mark the words matched, and a missing must-have's row is marked."""
    assert page.locator("section.candidate mark").count() > 10
    assert page.locator("section.candidate tr.missing").count() > 0
