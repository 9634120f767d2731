"""benchmarks/jobposting_terms.py on fictional job-posting sentences (no devdata)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from jobposting_terms import sentence_documents
from jobpostings import Sentence, _sentence
from taxonomy_coverage import Document, coverage_of

from screener.taxonomy import Taxonomy, load_taxonomy


@pytest.fixture(scope="module")
def tax() -> Taxonomy:
    return load_taxonomy()


def _posting(ref: str, tokens: list[str], knowledge: list[str], skill: list[str]) -> Sentence:
    return _sentence(ref, tokens, [("Skill", skill), ("Knowledge", knowledge)], frozenset({"Skill", "Knowledge"}))


class TestSentenceDocuments:
    def test_only_skill_kinds_are_kept(self) -> None:
        """A green2022 sentence keeps its Skill spans and drops its Occupation and Domain spans."""
        tokens = ["Python", "developer", "in", "fintech"]
        sentence = _sentence("s#0", tokens, [("tag", ["B-Skill", "B-Occupation", "O", "B-Domain"])],
                             frozenset({"Skill"}))
        [document] = sentence_documents("green2022", [sentence])
        assert document.spans == ("Python",)

    def test_skillspan_knowledge_and_skill_spans(self) -> None:
        """A SkillSpan sentence keeps both its Knowledge and its Skill spans."""
        sentence = _posting("s#1", ["Kafka", "and", "teamwork"], ["B", "O", "O"], ["O", "O", "B"])
        [document] = sentence_documents("skillspan", [sentence])
        assert sorted(document.spans) == ["Kafka", "teamwork"]


class TestCounting:
    def test_a_term_counts_once_per_sentence(self, tax: Taxonomy) -> None:
        """A term named twice in one sentence and once in another is seen in two sentences; unknown words count too."""
        first = _posting("s#2", ["Kafka", ",", "Kafka", "Streams"], ["B", "O", "B", "I"], ["O"] * 4)
        second = _posting("s#3", ["Kafka", "or", "Zorbly"], ["B", "O", "B"], ["O"] * 3)
        coverage = coverage_of(sentence_documents("skillspan", [first, second]), tax)
        assert coverage.documents == 2
        assert coverage.term_counts["kafka"] == 2
        assert coverage.frequent(2) == {"kafka": 2}
        assert tax.resolve("zorbly") is None and coverage.term_counts["zorbly"] == 1


class TestOneDocumentTwoSpanKinds:
    def test_a_cv_read_twice_is_one_document(self, tax: Taxonomy) -> None:
        """A CV read for its tool spans and its job-skill spans is one document, each term counted once."""
        tools = Document("dotin", "cv.zip#1.xml", ("Kafka, Zorbly",))
        job_skills = Document("dotin", "cv.zip#1.xml", ("ETL with Kafka",))
        other = Document("dotin", "cv.zip#2.xml", ("Kafka",))
        coverage = coverage_of([tools, job_skills, other], tax)
        assert coverage.documents == 2
        assert coverage.term_counts["kafka"] == 2
