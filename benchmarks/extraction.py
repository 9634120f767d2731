"""Benchmark the skill extractor against hand labels of real resumes and ambiguous words.

Usage::

    python benchmarks/extraction.py [--devdata PATH] [--verbose]

Two label sets, both in ``benchmarks/data`` and holding no resume text:

* ``extraction_labels.json``: every technical skill of 30+ resumes by display
  name, and the ambiguous words in them that are *not* skills there. Each
  resume runs through the real pipeline (``screener.ingest.read`` ->
  ``split_sections`` -> ``SkillExtractor``); a skill counts as found when it has a
  direct mention (skills only implied by others do not count). Precision,
  recall and F1 are micro-averaged over (file, skill id) pairs, overall and
  for the Python ecosystem (``python`` and every skill that implies it).
* ``ambiguity_labels.json``: single occurrences of ambiguous words ("Go",
  "Excel", "Spring", "Chef"...) in resumes, annotation texts and job postings,
  each labelled skill or not; the share decided right (see
  ``_devdata.AmbiguityJudge``).

It lists every label name the taxonomy cannot resolve (a taxonomy gap: add the
skill or the alias), every false positive with the extractor's evidence, every
false negative, and every ambiguity label decided wrongly or not located.
Labels whose name does not resolve are left out of the figures.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _devdata import (
    AmbiguityJudge,
    Verdict,
    ambiguity_labels,
    document_lines,
    extraction_labels,
    start_run,
)

from screener.models import Line, SkillMention
from screener.sections import split_sections
from screener.skills import SkillExtractor
from screener.taxonomy import Taxonomy

PYTHON_PRECISION_TARGET = 0.97
PYTHON_RECALL_TARGET = 0.95
AMBIGUITY_TARGET = 0.98


# --------------------------------------------------------------------------- scores


@dataclass
class Score:
    """Counts of (file, skill) pairs and the figures derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Share of reported pairs that are labelled."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of labelled pairs that are reported."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ResumeOutcome:
    """What the extractor did on one labelled resume."""

    file: str
    gold: set[str]
    found: dict[str, list[SkillMention]]
    traps: dict[str, str] = field(default_factory=dict)  # trap word -> skill id it resolves to
    source: str = ""
    error: str = ""

    @property
    def false_positives(self) -> list[str]:
        """Skills reported but not labelled."""
        return sorted(set(self.found) - self.gold)

    @property
    def false_negatives(self) -> list[str]:
        """Skills labelled but not reported."""
        return sorted(self.gold - set(self.found))

    @property
    def traps_hit(self) -> list[str]:
        """Trap words whose skill was reported although the resume does not have it."""
        return sorted(w for w, s in self.traps.items() if s in self.found and s not in self.gold)


def python_ecosystem(tax: Taxonomy) -> set[str]:
    """``python`` and every skill that implies it, transitively."""
    ids = {str(s.id) for s in tax if "python" in tax.implied(s.id)}
    if "python" in tax:
        ids.add("python")
    return ids


def score(outcomes: Iterable[ResumeOutcome], only: set[str] | None = None) -> Score:
    """Micro-averaged counts over (file, skill id) pairs, optionally for some skills only."""
    total = Score()
    for outcome in outcomes:
        if outcome.error:
            continue
        found = set(outcome.found)
        gold = outcome.gold
        if only is not None:
            found &= only
            gold = gold & only
        total.tp += len(found & gold)
        total.fp += len(found - gold)
        total.fn += len(gold - found)
    return total


# --------------------------------------------------------------------------- running


def resolve_labels(
    tax: Taxonomy, resumes: Sequence[dict[str, Any]]
) -> tuple[dict[str, set[str]], dict[str, dict[str, str]], dict[str, list[str]]]:
    """Skill ids per file, trap skill ids per file, and the names that did not resolve (name -> files)."""
    gold: dict[str, set[str]] = {}
    traps: dict[str, dict[str, str]] = {}
    gaps: dict[str, list[str]] = defaultdict(list)
    for entry in resumes:
        ids = set()
        for name in entry["skills"]:
            skill_id = tax.resolve(name)
            if skill_id is None:
                gaps[name].append(entry["file"])
            else:
                ids.add(str(skill_id))
        gold[entry["file"]] = ids
        traps[entry["file"]] = {
            word: str(skill_id) for word in entry.get("absent_traps", []) if (skill_id := tax.resolve(word)) is not None
        }
    return gold, traps, dict(gaps)


def run_resume(extractor: SkillExtractor, path: Path) -> tuple[dict[str, list[SkillMention]], str]:
    """The extractor's mentions of one resume, by skill id, and how the file was read."""
    read = document_lines(path)
    lines: Sequence[Line] = (
        read.document.visible_lines if read.document is not None else [Line(text) for text in read.lines]
    )
    found: dict[str, list[SkillMention]] = defaultdict(list)
    for mention in extractor(lines, split_sections(lines)):
        found[str(mention.skill_id)].append(mention)
    return dict(found), read.source


def evaluate_resumes(
    root: Path, tax: Taxonomy, extractor: SkillExtractor, resumes: Sequence[dict[str, Any]]
) -> tuple[list[ResumeOutcome], dict[str, list[str]]]:
    """One outcome per labelled resume, and the label names the taxonomy lacks."""
    gold, traps, gaps = resolve_labels(tax, resumes)
    outcomes = []
    for entry in resumes:
        file = entry["file"]
        try:
            found, source = run_resume(extractor, root / file)
        except Exception as e:
            outcomes.append(ResumeOutcome(file, gold[file], {}, traps[file], error=f"{type(e).__name__}: {e}"))
            continue
        outcomes.append(ResumeOutcome(file, gold[file], found, traps[file], source))
    return outcomes, gaps


# --------------------------------------------------------------------------- printing


def _figure(name: str, value: float, target: float | None) -> str:
    if target is None:
        return f"{name} {value:.3f}"
    mark = "ok" if value >= target else "BELOW"
    return f"{name} {value:.3f} (target >= {target:.2f}: {mark})"


def print_scores(outcomes: Sequence[ResumeOutcome], tax: Taxonomy) -> None:
    """Overall and Python-ecosystem precision, recall and F1."""
    overall = score(outcomes)
    python = score(outcomes, python_ecosystem(tax))
    broken = [o for o in outcomes if o.error]
    print(
        f"\n== Resume skills: {len(outcomes) - len(broken)} resumes scored, "
        f"{overall.tp + overall.fn} labelled (file, skill) pairs that resolve"
    )
    print(
        f"overall          tp {overall.tp:4d}  fp {overall.fp:4d}  fn {overall.fn:4d}   "
        f"{_figure('P', overall.precision, None)}  {_figure('R', overall.recall, None)}  "
        f"{_figure('F1', overall.f1, None)}"
    )
    print(
        f"python ecosystem tp {python.tp:4d}  fp {python.fp:4d}  fn {python.fn:4d}   "
        f"{_figure('P', python.precision, PYTHON_PRECISION_TARGET)}  "
        f"{_figure('R', python.recall, PYTHON_RECALL_TARGET)}  {_figure('F1', python.f1, None)}"
    )
    hit = [(o.file, w) for o in outcomes for w in o.traps_hit]
    traps = sum(len(o.traps) for o in outcomes)
    print(f"absent traps reported: {len(hit)} of {traps}")
    for file, word in hit:
        print(f"  TRAP {file}: {word!r}")
    for outcome in broken:
        print(f"  ERROR {outcome.file}: {outcome.error}")


def print_errors(outcomes: Sequence[ResumeOutcome], tax: Taxonomy, *, verbose: bool) -> None:
    """Every false positive (with evidence) and false negative."""
    python = python_ecosystem(tax)
    fp_count: Counter[str] = Counter()
    fn_count: Counter[str] = Counter()
    print("\n== False positives (file, skill id, rule, surface, evidence)")
    for outcome in outcomes:
        for skill_id in outcome.false_positives:
            fp_count[skill_id] += 1
            mention = outcome.found[skill_id][0]
            flag = " [py]" if skill_id in python else ""
            print(
                f"  FP {outcome.file}: {skill_id}{flag} ({mention.rule}, {mention.surface!r}) | {mention.snippet[:160]}"
            )
            if verbose:
                for other in outcome.found[skill_id][1:]:
                    print(f"       also ({other.rule}, {other.surface!r}) | {other.snippet[:160]}")
    print("\n== False negatives (file, skill id)")
    for outcome in outcomes:
        for skill_id in outcome.false_negatives:
            fn_count[skill_id] += 1
            flag = " [py]" if skill_id in python else ""
            print(f"  FN {outcome.file}: {skill_id}{flag}")
    print("\nmost frequent FP:", ", ".join(f"{s} {n}" for s, n in fp_count.most_common(15)) or "-")
    print("most frequent FN:", ", ".join(f"{s} {n}" for s, n in fn_count.most_common(15)) or "-")


def print_gaps(gaps: dict[str, list[str]], tax: Taxonomy) -> None:
    """Label names that no taxonomy skill or alias resolves, with the nearest names."""
    print(f"\n== Taxonomy gaps: {len(gaps)} labelled names do not resolve (left out of the figures)")
    for name in sorted(gaps, key=lambda n: (-len(gaps[n]), n.lower())):
        near = ", ".join(tax.closest(name))
        print(f"  {name!r} x{len(gaps[name])}  (nearest: {near})")


def evaluate_ambiguity(judge: AmbiguityJudge, labels: Sequence[dict[str, Any]]) -> list[Verdict]:
    """One verdict per ambiguity label."""
    return [judge(label) for label in labels]


def print_ambiguity(verdicts: Sequence[Verdict], *, verbose: bool) -> None:
    """Share right overall and per word, every wrong one, and what could not be judged."""
    judged = [v for v in verdicts if v.correct is not None]
    right = sum(1 for v in judged if v.correct)
    unlocated = [v for v in verdicts if v.located is None]
    unresolved = [v for v in verdicts if v.located is not None and v.correct is None]
    share = right / len(judged) if judged else 0.0
    print(
        f"\n== Ambiguous words: {len(verdicts)} labelled occurrences "
        f"({sum(1 for v in verdicts if v.label['is_skill'])} skill, "
        f"{sum(1 for v in verdicts if not v.label['is_skill'])} not)"
    )
    print(f"judged {len(judged)}, right {right}: {_figure('share', share, AMBIGUITY_TARGET)}")
    print(f"could not locate: {len(unlocated)}; skill not in taxonomy: {len(unresolved)}")
    per_word: dict[str, Counter[str]] = defaultdict(Counter)
    for v in verdicts:
        word = v.label["word"].lower()
        kind = "skill" if v.label["is_skill"] else "not"
        outcome = "right" if v.correct else "wrong" if v.correct is False else "unjudged"
        per_word[word][f"{kind}-{outcome}"] += 1
    print(f"  {'word':10s} {'skill right/all':>16s} {'not right/all':>14s}")
    for word in sorted(per_word):
        c = per_word[word]
        skill_all = c["skill-right"] + c["skill-wrong"] + c["skill-unjudged"]
        not_all = c["not-right"] + c["not-wrong"] + c["not-unjudged"]
        print(f"  {word:10s} {c['skill-right']:>7d}/{skill_all:<8d} {c['not-right']:>6d}/{not_all:<7d}")
    print("\n  wrong:")
    for v in verdicts:
        if v.correct is False:
            label = v.label
            want = f"skill {label['skill']}" if label["is_skill"] else "not a skill"
            text = " ".join(v.located.text.split())[:150] if v.located else ""
            print(f"  WRONG {label['word']!r} ({want}) {label['file']} | {v.reason} | {text}")
    for v in unresolved:
        print(f"  UNJUDGED {v.label['word']!r} {v.label['file']} | {v.reason}")
    if verbose:
        for v in unlocated:
            print(f"  UNLOCATED {v.label['word']!r} {v.label['file']} {v.label['locator'][:8]}")


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    """Run both benchmarks and print the report; 2 when devdata is missing."""
    run = start_run(__doc__.split("\n\n")[0], argv, argparse.ArgumentParser())
    if run is None:
        return 2
    args, root, tax, extractor = run.args, run.root, run.taxonomy, run.extractor
    print(
        f"taxonomy {tax.version}: {len(tax)} skills, {tax.alias_count} aliases; "
        f"python ecosystem: {len(python_ecosystem(tax))} skills"
    )
    outcomes, gaps = evaluate_resumes(root, tax, extractor, extraction_labels())
    print_gaps(gaps, tax)
    print_scores(outcomes, tax)
    print_errors(outcomes, tax, verbose=args.verbose)
    verdicts = evaluate_ambiguity(AmbiguityJudge(root, tax, extractor), ambiguity_labels())
    print_ambiguity(verdicts, verbose=args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
