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

import argparse
import sys
from collections.abc import Iterable, Iterator, Sequence

from _devdata import start_run
from jobpostings import Sentence, green_sentences, skillspan_sentences
from taxonomy_coverage import Document, coverage_of, report

# Which annotated spans name skills, per dataset.
SKILL_KINDS = {"skillspan": frozenset({"Skill", "Knowledge"}), "green2022": frozenset({"Skill"})}


def sentence_documents(source: str, sentences: Iterable[Sentence]) -> Iterator[Document]:
    """Each sentence as a document whose spans are its annotated skill spans."""
    kinds = SKILL_KINDS[source]
    for sentence in sentences:
        yield Document(source, sentence.ref, tuple(span.text for span in sentence.spans if span.kind in kinds))


def main(argv: Sequence[str] | None = None) -> int:
    """Count coverage per dataset and over both; 2 when devdata is missing."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--min-docs", type=int, default=2, help="a term counts when this many sentences name it")
    parser.add_argument("--top", type=int, default=80, help="how many unresolved terms to list (all with --verbose)")
    run = start_run(__doc__.split("\n\n")[0], argv, parser)
    if run is None:
        return 2
    tax, min_docs = run.taxonomy, max(2, run.args.min_docs)
    print(f"taxonomy {tax.version}: {len(tax)} skills, {tax.alias_count} aliases")
    every: list[Document] = []
    for name, read in (("skillspan", skillspan_sentences), ("green2022", green_sentences)):
        documents = list(sentence_documents(name, read(run.root)))
        every.extend(documents)
        report(name, coverage_of(documents, tax), tax, min_docs=min_docs, top=0)
    top = None if run.args.verbose else run.args.top
    report("all", coverage_of(every, tax), tax, min_docs=min_docs, top=top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
