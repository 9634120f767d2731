"""Benchmark the skill extractor on annotated job-posting sentences.

Usage::

    python benchmarks/jobpostings.py [--devdata PATH] [--dataset skillspan|green2022|all] [--verbose]

Two public datasets in ``../shared/devdata/jobpostings``, both tokenised
sentences with BIO span tags:

* SkillSpan (Zhang et al. 2022), ``skillspan/data/json/{train,dev,test}.json``:
  one JSON object a line with ``tokens``, ``tags_skill`` and
  ``tags_knowledge`` (bare ``B``/``I``/``O`` tags, one column per kind);
  technologies are mostly Knowledge spans, so both kinds are used;
* green2022 (Green, Maynard & Lin 2022), ``green2022/raw_data/testset.txt``:
  CoNLL, one ``token tag`` a line, blank lines between sentences; tags
  ``Skill``, ``Qualification``, ``Experience``, ``Occupation``, ``Domain``;
  the Skill spans are the reference, every span counts for overlap.

Each sentence (tokens joined by single spaces) goes through
``SkillExtractor.extract_text``. Two figures:

* recall on resolvable spans: of the annotated spans whose whole text is a
  known alias (``taxonomy.resolve(span)``), the share whose skill the extractor
  finds in the sentence;
* a precision proxy: of the extractor's mentions, the share that overlap an
  annotated span. The annotation is not exhaustive for technologies, so the
  mentions outside every span are listed for a reader to judge.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from _devdata import conll_sentences, fold, jsonl_records, start_run

from screener.skills import SkillExtractor
from screener.taxonomy import Taxonomy

SKILLSPAN = Path("jobpostings/skillspan/data/json")
GREEN = Path("jobpostings/green2022/raw_data/testset.txt")
TOP = 30


@dataclass(frozen=True)
class Span:
    """An annotated span: its kind, text and character range in the sentence."""

    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """One annotated sentence of a dataset."""

    ref: str
    text: str
    spans: tuple[Span, ...]
    reference: tuple[Span, ...]  # the spans recall is measured on


def bio_spans(tags: Sequence[str]) -> Iterator[tuple[str, int, int]]:
    """(kind, first token, one past last token) of each B-/I- run in ``tags``.

    An ``I-`` tag that does not continue a span of its kind starts one, as
    CoNLL evaluation does.
    """
    kind, begin = None, 0
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind
        if kind is not None and not continues:
            yield kind, begin, index
            kind = None
        if prefix in ("B", "I") and not continues:
            kind, begin = label, index


def _sentence(
    ref: str, tokens: Sequence[str], tagged: Sequence[tuple[str, Sequence[str]]], reference_kinds: frozenset[str]
) -> Sentence:
    starts, position = [], 0
    for token in tokens:
        starts.append(position)
        position += len(token) + 1
    text = " ".join(tokens)
    spans = []
    for name, tags in tagged:
        for kind, first, last in bio_spans(tags):
            start, end = starts[first], starts[last - 1] + len(tokens[last - 1])
            # SkillSpan's columns carry bare B/I tags: the column names the kind.
            spans.append(Span(kind or name, text[start:end], start, end))
    reference = tuple(s for s in spans if s.kind in reference_kinds)
    return Sentence(ref, text, tuple(spans), reference)


def skillspan_sentences(root: Path) -> Iterator[Sentence]:
    """Every SkillSpan sentence; Skill and Knowledge spans are both references."""
    for split in ("train", "dev", "test"):
        path = root / SKILLSPAN / f"{split}.json"
        for index, record in enumerate(jsonl_records(path)):
            yield _sentence(
                f"{SKILLSPAN}/{split}.json#{index}",
                record["tokens"],
                [("Skill", record["tags_skill"]), ("Knowledge", record["tags_knowledge"])],
                frozenset({"Skill", "Knowledge"}),
            )


def green_sentences(root: Path) -> Iterator[Sentence]:
    """Every green2022 test sentence; Skill spans are the references."""
    for index, pairs in enumerate(conll_sentences(root / GREEN)):
        tokens = [token for token, _ in pairs]
        yield _sentence(f"{GREEN}#{index}", tokens, [("tag", [tag for _, tag in pairs])], frozenset({"Skill"}))


@dataclass
class Tally:
    """Counts and examples gathered over a dataset."""

    resolvable: int = 0
    recalled: int = 0
    mentions: int = 0
    inside: int = 0

    def __post_init__(self) -> None:
        self.misses: Counter[tuple[str, str]] = Counter()
        self.miss_example: dict[tuple[str, str], str] = {}
        self.outside: Counter[str] = Counter()
        self.outside_example: dict[str, str] = defaultdict(str)


def evaluate(sentences: Iterator[Sentence], tax: Taxonomy, extractor: SkillExtractor) -> Tally:
    """Run the extractor on every sentence and tally recall and the precision proxy."""
    tally = Tally()
    for sentence in sentences:
        mentions = extractor.extract_text(sentence.text)
        found = {str(m.skill_id) for m in mentions}
        for span in sentence.reference:
            skill_id = tax.resolve(span.text)
            if skill_id is None:
                continue
            tally.resolvable += 1
            if str(skill_id) in found:
                tally.recalled += 1
            else:
                key = (fold(span.text), str(skill_id))
                tally.misses[key] += 1
                tally.miss_example.setdefault(key, f"{sentence.ref} | {sentence.text[:160]}")
        for mention in mentions:
            tally.mentions += 1
            if any(mention.start < s.end and mention.end > s.start for s in sentence.spans):
                tally.inside += 1
            else:
                key = f"{mention.skill_id} ({mention.surface!r}, {mention.rule})"
                tally.outside[key] += 1
                if not tally.outside_example[key]:
                    tally.outside_example[key] = f"{sentence.ref} | {sentence.text[:160]}"
    return tally


def report(name: str, tally: Tally, *, verbose: bool) -> None:
    """Print one dataset's figures, its top misses and its mentions outside spans."""
    recall = tally.recalled / tally.resolvable if tally.resolvable else 0.0
    inside = tally.inside / tally.mentions if tally.mentions else 0.0
    print(f"\n== {name}")
    print(f"resolvable annotated spans: {tally.resolvable}; found: {tally.recalled} (recall {recall:.3f})")
    print(f"extractor mentions: {tally.mentions}; inside an annotated span: {tally.inside} ({inside:.3f})")
    print(f"\n  top {TOP} misses (span text -> skill id, count, first example):")
    for (text, skill_id), count in tally.misses.most_common(TOP):
        example = tally.miss_example[(text, skill_id)] if verbose else tally.miss_example[(text, skill_id)][:110]
        print(f"  MISS {text!r} -> {skill_id} x{count} | {example}")
    limit = None if verbose else TOP
    print(
        f"\n  mentions outside every annotated span ({len(tally.outside)} kinds; {'all' if verbose else f'top {TOP}'}):"
    )
    for key, count in tally.outside.most_common(limit):
        print(f"  OUTSIDE {key} x{count} | {tally.outside_example[key][:140]}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark on the chosen datasets; 2 when devdata is missing."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--dataset", choices=("skillspan", "green2022", "all"), default="all")
    run = start_run(__doc__.split("\n\n")[0], argv, parser)
    if run is None:
        return 2
    args, root, tax, extractor = run.args, run.root, run.taxonomy, run.extractor
    print(f"taxonomy {tax.version}: {len(tax)} skills")
    if args.dataset in ("skillspan", "all"):
        report(
            "SkillSpan (Skill + Knowledge spans)",
            evaluate(skillspan_sentences(root), tax, extractor),
            verbose=args.verbose,
        )
    if args.dataset in ("green2022", "all"):
        report("green2022 (Skill spans)", evaluate(green_sentences(root), tax, extractor), verbose=args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
