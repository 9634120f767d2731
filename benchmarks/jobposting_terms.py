"""How much of the technology vocabulary of job postings the taxonomy knows.

Usage::

    python benchmarks/jobposting_terms.py [--devdata PATH] [--min-docs N] [--top N] [--verbose]

The companion of ``taxonomy_coverage.py`` for the two annotated job-posting
datasets of ``../shared/devdata/jobpostings`` (neither holds a resume, so
neither is a test document of the extraction benchmark):

* SkillSpan: the Knowledge and Skill spans of every sentence (technologies are
  mostly Knowledge spans);
* green2022: the Skill spans of every sentence.

Each annotated span is cut into terms the way ``taxonomy_coverage.py`` cuts a
resume's skill span (commas, "and", slashes when the whole does not resolve,
a trailing version), and counted once per sentence. Printed: per dataset the
share of frequent terms that resolve, then the unresolved terms seen in at
least ``--min-docs`` sentences (2 by default, never fewer) with their counts:
terms and counts only, never a sentence.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from jobpostings import Sentence, green_sentences, skillspan_sentences
from taxonomy_coverage import Document, run_coverage

# Which annotated spans name skills, per dataset.
SKILL_KINDS = {"skillspan": frozenset({"Skill", "Knowledge"}), "green2022": frozenset({"Skill"})}


def sentence_documents(source: str, sentences: Iterable[Sentence]) -> Iterator[Document]:
    """Each sentence as a document whose spans are its annotated skill spans."""
    kinds = SKILL_KINDS[source]
    for sentence in sentences:
        yield Document(source, sentence.ref, tuple(span.text for span in sentence.spans if span.kind in kinds))


def skillspan_documents(root: Path) -> Iterator[Document]:
    """Each SkillSpan sentence's Knowledge and Skill spans."""
    return sentence_documents("skillspan", skillspan_sentences(root))


def green_documents(root: Path) -> Iterator[Document]:
    """Each green2022 sentence's Skill spans."""
    return sentence_documents("green2022", green_sentences(root))


def main(argv: Sequence[str] | None = None) -> int:
    """Count coverage per dataset and over both; 2 when devdata is missing."""
    sources = {"skillspan": skillspan_documents, "green2022": green_documents}
    return run_coverage(__doc__.split("\n\n")[0], argv, sources)


if __name__ == "__main__":
    sys.exit(main())
