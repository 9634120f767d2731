"""The matching logic of benchmarks/extraction.py, on fictional labels, skill records and text (no devdata)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from extraction import (
    DocumentResult,
    Label,
    ToolSkill,
    ambiguous_aliases,
    ambiguous_skills,
    decide,
    is_core,
    judge_document,
    kind_errors,
    precision,
    recall,
    record_context,
    resume_labels,
    tool_skills,
    traps_reported,
    unreadable,
)

from screener.models import SkillId, SkillMention, SkillRecord
from screener.taxonomy import Taxonomy, load_taxonomy


@pytest.fixture(scope="module")
def tax() -> Taxonomy:
    """The built-in taxonomy."""
    return load_taxonomy()


def _label(name: str, kind: str = "technology", core: bool = True, context: str | None = None) -> dict[str, Any]:
    return {"name": name, "kind": kind, "core": core, "context": context}


def _mention(skill_id: str, context: str | None = None) -> SkillMention:
    return SkillMention(SkillId(skill_id), skill_id, "skills", "a fictional line", 0, 0, len(skill_id),
                        context=context)


def _record(skill_id: str, *contexts: str | None, implied_by: tuple[str, ...] = ()) -> SkillRecord:
    mentions = tuple(_mention(skill_id, c) for c in contexts)
    return SkillRecord(SkillId(skill_id), skill_id, mentions, tuple(SkillId(s) for s in implied_by))


RESOLVE_CASES = [
    ("Postgres", "postgresql"),  # an alias of the taxonomy
    ("SUSE Linux Enterprise Server", "suse"),  # the benchmark's spelling table
    ("Frobnicator 3000", None),  # a fictional product the taxonomy lacks
]


@pytest.mark.parametrize(("name", "skill_id"), RESOLVE_CASES)
def test_label_names_resolve_through_the_taxonomy_and_the_spelling_table(tax: Taxonomy, name: str,
                                                                         skill_id: str | None) -> None:
    """A label name resolves to its taxonomy skill, or to None when the taxonomy lacks it."""
    [label] = resume_labels(tax, [_label(name)])
    assert label.skill_id == skill_id


def test_labels_naming_one_skill_are_merged(tax: Taxonomy) -> None:
    """Two labels of one skill count once: core when either is, plain use when either is."""
    labels = resume_labels(tax, [_label("HTML", core=False, context="coursework"), _label("HTML5", core=True)])
    assert labels == [Label("HTML", "technology", True, "none", "html")]


CORE_CASES = [
    ("python", True),  # a language
    ("postgresql", True),  # a database
    ("linux", True),  # the Linux/Unix family
    ("windows", False),  # Windows is not core
    ("nginx", True),  # a web server
    ("ibm-domino", True),  # an application server, whatever its taxonomy category
    ("ibm-notes", False),  # its mail client is office
    ("dns", False),  # other networking
    ("microservices", True),  # the core practice
    ("scrum", False),  # other practices
    ("excel", False),  # office
    ("excel-vba", True),  # VBA is a language
    ("wordpress", False),  # a CMS
]


@pytest.mark.parametrize(("skill_id", "core"), CORE_CASES)
def test_tool_skills_are_core_by_the_benchmark_table(tax: Taxonomy, skill_id: str, core: bool) -> None:
    """A tool skill's core-ness follows LABELING.md's core rule as the benchmark's tables write it."""
    assert is_core(tax[skill_id]) is core


def test_implied_only_records_are_kept_apart(tax: Taxonomy) -> None:
    """A skill the resume only implies is not among the skills it mentions."""
    found, implied = tool_skills(tax, [_record("django", None), _record("python", implied_by=("django",))])
    assert (sorted(found), implied) == (["django"], ["python"])


CONTEXT_CASES = [
    ((None,), "none"),
    (("coursework",), "coursework"),
    (("coursework", None), "none"),  # used at work as well as studied
    (("teaching", "publication"), "publication"),
]


@pytest.mark.parametrize(("contexts", "expected"), CONTEXT_CASES)
def test_a_record_carries_a_context_only_when_every_mention_does(contexts: tuple[str | None, ...],
                                                                 expected: str) -> None:
    """A record is plain use when any mention is; otherwise it takes its mentions' context."""
    assert record_context([_mention("python", c) for c in contexts]) == expected


def _fictional_result() -> DocumentResult:
    labels = (
        Label("Python", "technology", True, "none", "python"),
        Label("Scrum", "method", False, "none", "scrum"),
        Label("Frobnicator 3000", "technology", True, "none", None),
        Label("Cloud computing", "concept", False, "none", "cloud-computing"),
    )
    found = {
        "python": ToolSkill("python", "technology", True, "none"),
        "cloud-computing": ToolSkill("cloud-computing", "technology", False, "none"),
        "django": ToolSkill("django", "technology", True, "none"),
        "statistics": ToolSkill("statistics", "concept", False, "none"),
    }
    return DocumentResult("resumes/fictional.pdf", "tuning", labels, found)


FIGURE_CASES = [
    # (figure, hits, whole): Python and Cloud computing match, Django is a false positive; the concept
    # "statistics" is not in precision; Scrum and the unresolved Frobnicator are missed.
    ("precision_all", 2, 3),
    ("precision_core", 1, 2),
    ("recall_all", 1, 3),
    ("recall_core", 1, 2),
    ("recall_all_taxonomy_skills", 1, 2),  # Frobnicator left out
]


@pytest.mark.parametrize(("figure", "hits", "whole"), FIGURE_CASES)
def test_precision_and_recall_count_technology_and_method_only(figure: str, hits: int, whole: int) -> None:
    """Precision counts the tool's technology and method skills, recall the labels of those kinds."""
    result = [_fictional_result()]
    ratio = {"precision_all": precision(result, core=False), "precision_core": precision(result, core=True),
             "recall_all": recall(result, core=False), "recall_core": recall(result, core=True),
             "recall_all_taxonomy_skills": recall(result, core=False, known=True)}[figure]
    assert (ratio.hits, ratio.whole) == (hits, whole)


def test_a_concept_label_matched_by_a_technology_is_a_kind_error() -> None:
    """A technology output on a concept label is a match, and counted as a kind error."""
    errors = kind_errors([_fictional_result()])
    assert errors["concept_labels_reported_as_technology_or_method"] == 1


def test_misses_name_unresolved_labels_by_their_name() -> None:
    """A label the taxonomy lacks is a false negative under its own name."""
    result = _fictional_result()
    assert (result.false_negatives(), result.false_positives()) == (["Frobnicator 3000", "scrum"], ["django"])


def test_an_unreadable_file_misses_every_label(tax: Taxonomy) -> None:
    """A file the ingest cannot read counts as a document whose labels are all missed."""
    result = unreadable(tax, {"file": "resumes/fictional.docx", "skills": [_label("Python"), _label("Git")]},
                        "test", "unsupported_format")
    assert (recall([result], core=False).hits, recall([result], core=False).whole, result.error) == (
        0, 2, "unsupported_format")


AMBIGUOUS_TEXT_CASES = [
    ("Planned the Go-live of a new clinic", "go", True),  # a case-sensitive alias, as a whole word
    ("Worked at Google for a year", "go", False),  # not a whole word
    ("Languages: C#, C++", "c", False),  # "#" and "+" continue the word
    ("Backend services in C and Rust", "c", True),
    ("Cooked as a line chef", "chef", True),  # an alias that needs context, in any casing
]


@pytest.mark.parametrize(("text", "skill_id", "occurs"), AMBIGUOUS_TEXT_CASES)
def test_ambiguous_words_are_found_as_whole_words(tax: Taxonomy, text: str, skill_id: str, occurs: bool) -> None:
    """An ambiguous alias occurs when it stands as a whole word, in its own casing if case-sensitive."""
    assert (skill_id in ambiguous_skills(text, ambiguous_aliases(tax))) is occurs


DECISION_CASES = [
    (True, True, True),  # labelled and reported
    (False, False, True),  # a trap, not reported
    (False, True, False),  # reported although not labelled
    (True, False, False),  # labelled but missed
]


@pytest.mark.parametrize(("labelled", "reported", "right"), DECISION_CASES)
def test_an_ambiguous_decision_is_right_when_reported_exactly_when_labelled(labelled: bool, reported: bool,
                                                                            right: bool) -> None:
    """The tool decides an ambiguous word right when it reports the skill exactly when the labels hold it."""
    [decision] = decide({"go": "Go"}, {"go"} if labelled else set(), {"go"} if reported else set())
    assert decision.right is right


def test_a_trap_naming_a_skill_must_not_be_reported(tax: Taxonomy) -> None:
    """A trap word that names a skill the labels do not hold counts as hit when the tool reports it."""
    count, hit = traps_reported(tax, [{"text": "Excel", "why": "excel at"}, {"text": "Nowhere", "why": "-"}],
                                set(), {"excel", "python"})
    assert (count, hit) == (1, ["excel"])


def test_a_document_is_judged_from_its_records_and_text(tax: Taxonomy) -> None:
    """Labels, the tool's records and the visible text give the document's matches and decisions."""
    entry = {"file": "resumes/fictional.pdf", "skills": [_label("Python"), _label("Go")],
             "traps": [{"text": "Chef", "why": "a cook"}]}
    records = [_record("python", None), _record("chef", None)]
    text = "Python and Go services\nHead chef of a small kitchen"
    result = judge_document(tax, entry, "test", records, text, ambiguous_aliases(tax))
    decisions = {d.skill_id: d.right for d in result.decisions}
    assert (decisions["go"], decisions["chef"], result.traps_hit) == (False, False, ("chef",))
