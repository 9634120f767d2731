"""How much of the technology vocabulary of real resumes the taxonomy knows.

Usage::

    python benchmarks/taxonomy_coverage.py [--devdata PATH] [--min-docs N] [--top N] [--verbose]

Sources of skill terms that people wrote for themselves, none of them a
test document of the extraction benchmark:

* dotin (``annotations/dotin/*.zip``): the ``Tech Tools`` spans of 360 CVs, and
  (source ``dotin-job``) their ``Job Specific Skills`` spans, where named
  technologies also turn up ("ETL with Informatica");
* dataturks (``annotations/dataturks/*.json``): the ``Skills`` spans of 220
  resumes (often a whole skills section, so split into items);
* jsonresume (``jsonresume/*.json``): the skill ``keywords`` of the *tuning*
  part of ``benchmarks/data/jsonresume_split.json`` only.

A span is cut into terms at commas, semicolons, pipes, bullets, parentheses,
line breaks and a heading's colon; a term keeps at most four words, loses a
trailing version ("Python 3.8") and, when it does not resolve whole, is cut
again at slashes ("HTML/CSS"). A term *resolves* when ``Taxonomy.resolve``
knows it. Counted per distinct folded term seen in at least ``--min-docs``
documents (2 by default, never fewer), and weighted by documents. The
unresolved frequent terms are printed with their document counts: product
names and generic words, never resume text, and never a term seen in only one
document.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from _devdata import DATA, jsonl_records, start_run

from screener.taxonomy import Taxonomy, normalize_alias

DOTIN = Path("annotations/dotin")
DATATURKS = Path("annotations/dataturks")
JSONRESUME = Path("jsonresume")
JSONRESUME_SPLIT = DATA / "jsonresume_split.json"
MAX_WORDS = 4
# Where a list of skills is cut into items: the separators people put between them.
_ITEM_SPLIT = re.compile(r"[,;|\n\t•●▪►◦■□✓➢❖*·()\[\]{}]+|\s+-\s+|\s+and\s+|\s+&\s+")
_LEAD = re.compile(r"^(?:[\s\-–—:>#)]|\d+[.)]\s|\.(?![A-Za-z]))+")
_TRAIL = re.compile(r"[\s\-–—:.]+$")
_VERSION = re.compile(r"\s+v?\d+(?:\.\d+|\.x)*(?:[a-z]{1,2})?\+?$", re.IGNORECASE)
# Dataturks writes how long a skill was used beside it ("(less than 1 year)"): not a term.
_DURATION = re.compile(r"\b(years?|months?|less than)\b|^\+$", re.IGNORECASE)


@dataclass(frozen=True)
class Document:
    """One resume's skill spans: where it comes from and the spans' texts."""

    source: str
    key: str
    spans: tuple[str, ...]


# --------------------------------------------------------------------------- sources


def dotin_documents(root: Path, label_type: str = "Tech Tools") -> Iterator[Document]:
    """Each dotin CV's spans of one label type (``Tech Tools`` unless told)."""
    for path in sorted((root / DOTIN).glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in sorted(n for n in archive.namelist() if n.endswith(".xml")):
                try:
                    tree = ElementTree.parse(io.BytesIO(archive.read(name))).getroot()
                except ElementTree.ParseError:
                    continue
                spans = tuple(
                    "".join(label.itertext()) for label in tree.iter("label") if label.get("type") == label_type
                )
                yield Document("dotin", f"{path.name}#{name}", spans)


def dotin_job_skill_documents(root: Path) -> Iterator[Document]:
    """Each dotin CV's ``Job Specific Skills`` spans."""
    return dotin_documents(root, "Job Specific Skills")


def dataturks_documents(root: Path) -> Iterator[Document]:
    """Each dataturks resume's ``Skills`` spans (end offsets inclusive), each resume once."""
    seen: set[str] = set()
    for path in sorted((root / DATATURKS).glob("*.json")):
        for number, record in enumerate(jsonl_records(path)):
            content = str(record.get("content", ""))
            if content in seen:
                continue
            seen.add(content)
            spans = tuple(
                content[point["start"] : point["end"] + 1]
                for note in record.get("annotation") or ()
                if "Skills" in (note.get("label") or ())
                for point in note.get("points") or ()
            )
            yield Document("dataturks", f"{path.name}#{number}", spans)


def jsonresume_documents(root: Path) -> Iterator[Document]:
    """Each tuning-part JSON Resume's skill keywords (a test-part file is never opened)."""
    with JSONRESUME_SPLIT.open(encoding="utf-8") as handle:
        tuning = sorted(json.load(handle)["tuning"])
    for name in tuning:
        with (root / JSONRESUME / name).open(encoding="utf-8") as handle:
            resume = json.load(handle)
        skills = resume.get("skills") or []
        spans = tuple(
            str(keyword)
            for skill in skills
            if isinstance(skill, dict)
            for keyword in skill.get("keywords") or ()
        )
        yield Document("jsonresume", name, spans)


SOURCES = {"dotin": dotin_documents, "dotin-job": dotin_job_skill_documents, "dataturks": dataturks_documents,
           "jsonresume": jsonresume_documents}


# --------------------------------------------------------------------------- terms


def clean_term(piece: str) -> str:
    """A list item as a term: no leading bullets or numbers, no trailing punctuation or version."""
    term = _TRAIL.sub("", _LEAD.sub("", piece))
    if ":" in term:
        term = term.rsplit(":", 1)[1].strip()
    while _VERSION.search(term):
        term = _VERSION.sub("", term)
    return term.strip()


def span_terms(span: str, tax: Taxonomy) -> Iterator[str]:
    """The folded terms of one span: its items, each cut at slashes when it does not resolve whole."""
    for piece in _ITEM_SPLIT.split(span):
        term = clean_term(piece)
        if not term or len(term.split()) > MAX_WORDS or not re.search(r"[A-Za-z]", term) or _DURATION.search(term):
            continue
        if tax.resolve(term) is None and "/" in term:
            parts = [clean_term(part) for part in term.split("/")]
            yield from (normalize_alias(part) for part in parts if part and re.search(r"[A-Za-z]", part))
        else:
            yield normalize_alias(term)


@dataclass(frozen=True)
class Coverage:
    """One source's (or all sources') documents and, per distinct folded term, how many name it."""

    documents: int
    term_counts: Mapping[str, int]

    def frequent(self, min_docs: int) -> dict[str, int]:
        """Term -> number of documents, for the terms seen in at least ``min_docs`` documents."""
        return {term: count for term, count in self.term_counts.items() if count >= min_docs}


def coverage_of(documents: Iterable[Document], tax: Taxonomy) -> Coverage:
    """Count, for each distinct term, the documents whose spans name it; a document read for two
    kinds of span (a dotin CV's Tech Tools and Job Specific Skills) is one document."""
    named: dict[str, set[str]] = defaultdict(set)
    seen: set[str] = set()
    for document in documents:
        key = f"{document.source}:{document.key}"
        seen.add(key)
        for span in document.spans:
            for term in span_terms(span, tax):
                named[term].add(key)
    return Coverage(len(seen), {term: len(keys) for term, keys in named.items()})


def report(name: str, coverage: Coverage, tax: Taxonomy, *, min_docs: int, top: int | None) -> None:
    """Print a source's coverage and, for the combined sources, its commonest unresolved terms."""
    frequent = coverage.frequent(min_docs)
    resolved = {term for term in frequent if tax.resolve(term) is not None}
    weight = sum(frequent.values())
    resolved_weight = sum(frequent[term] for term in resolved)
    share = len(resolved) / len(frequent) if frequent else 0.0
    weighted = resolved_weight / weight if weight else 0.0
    print(
        f"{name:<11} documents {coverage.documents:4d}  terms in >= {min_docs} documents {len(frequent):5d}  "
        f"resolved {len(resolved):5d} ({share:.3f})  by documents {resolved_weight}/{weight} ({weighted:.3f})"
    )
    if top is None or top > 0:
        missing = sorted((term for term in frequent if term not in resolved), key=lambda t: (-frequent[t], t))
        shown = missing if top is None else missing[:top]
        print(f"\n  unresolved terms in >= {min_docs} documents ({len(missing)}; {len(shown)} shown):")
        for term in shown:
            print(f"  {frequent[term]:4d}  {term}")


def run_coverage(description: str, argv: Sequence[str] | None,
                 sources: Mapping[str, Callable[[Path], Iterable[Document]]]) -> int:
    """Count coverage per source and over all of them, as a command; 2 when devdata is missing."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--min-docs", type=int, default=2, help="a term counts when this many documents name it")
    parser.add_argument("--top", type=int, default=80, help="how many unresolved terms to list (all with --verbose)")
    run = start_run(description, argv, parser)
    if run is None:
        return 2
    tax, min_docs = run.taxonomy, max(2, run.args.min_docs)
    print(f"taxonomy {tax.version}: {len(tax)} skills, {tax.alias_count} aliases")
    every: list[Document] = []
    for name, read in sources.items():
        documents = list(read(run.root))
        every.extend(documents)
        report(name, coverage_of(documents, tax), tax, min_docs=min_docs, top=0)
    top = None if run.args.verbose else run.args.top
    report("all", coverage_of(every, tax), tax, min_docs=min_docs, top=top)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Count coverage per source and over all of them; 2 when devdata is missing."""
    return run_coverage(__doc__.split("\n\n")[0], argv, SOURCES)


if __name__ == "__main__":
    sys.exit(main())
