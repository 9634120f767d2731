"""Benchmark `screener profile from-jd` on hand-labelled job postings.

Usage::

    python benchmarks/from_jd.py [--devdata PATH] [--misses]

``benchmarks/data/jd_labels.json`` labels 34 SkillSpan postings (the first 34
"tech" postings of ``jobpostings/skillspan/data/json/train.json``): the
technology and method skills each asks for, each one's class (must or nice),
the years asked and the degree. A posting is reassembled from its sentences
(one line each, tokens joined by single spaces) and drafted with
:func:`screener.jd_profile.draft_profile`, exactly as the command would.

Figures, for the tuning part beside the test part (the split is fixed in the
labels file by a hash of the posting id):

* skill precision and recall over (posting, skill) pairs; a label whose name
  the taxonomy cannot resolve counts as missed;
* must/nice accuracy: of the labelled skills found, the share drafted in their
  labelled class;
* min_years: of the labelled "N years of X" whose skill was found, the share
  drafted with N; total years and degree: postings where the draft agrees.

``--misses`` names the misses of tuning postings only; test postings are
measured, never listed.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _devdata import DATA, found_devdata, jsonl_records, load_labels

from screener.jd_profile import DraftProfile, draft_profile
from screener.models import SkillId
from screener.skills import SkillExtractor
from screener.taxonomy import Taxonomy, load_taxonomy

JD_LABELS = DATA / "jd_labels.json"
PARTS = ("tuning", "test")


@dataclass
class Tally:
    """Counts for one part."""

    postings: int = 0
    labels: int = 0
    found: int = 0
    drafted: int = 0
    class_right: int = 0
    years_labels: int = 0
    years_right: int = 0
    total_right: int = 0
    degree_right: int = 0
    misses: list[str] = field(default_factory=list)

    def ratio(self, num: int, den: int) -> str:
        return f"{num / den:.2f} ({num}/{den})" if den else "-"


def posting_text(root: Path, posting_id: str) -> str:
    """The posting's sentences from the SkillSpan file, one line each, in file order."""
    file, _, record = posting_id.partition("#")
    source, _, idx = record.partition("-")
    lines = [
        " ".join(r["tokens"]) for r in jsonl_records(root / file)
        if r.get("source") == source and str(r.get("idx")) == idx
    ]
    if not lines:
        raise SystemExit(f"{posting_id}: no such posting in devdata")
    return "\n".join(lines)


def _labelled(posting: dict[str, Any], taxonomy: Taxonomy) -> tuple[dict[SkillId, dict[str, Any]], list[str]]:
    """The posting's labels by skill id, and the names the taxonomy cannot resolve."""
    resolved: dict[SkillId, dict[str, Any]] = {}
    unknown: list[str] = []
    for skill in posting["skills"]:
        skill_id = taxonomy.resolve(skill["name"])
        if skill_id is None:
            unknown.append(skill["name"])
        else:
            resolved[skill_id] = skill
    return resolved, unknown


def score(tally: Tally, posting: dict[str, Any], draft: DraftProfile, taxonomy: Taxonomy) -> None:
    """Add one posting's comparison to its part's tally."""
    labels, unknown = _labelled(posting, taxonomy)
    drafted = {e.skill_id: e for e in draft.entries}
    tally.postings += 1
    tally.labels += len(labels) + len(unknown)
    tally.drafted += len(drafted)
    tally.misses += [f"  missed (not in the taxonomy): {name}" for name in unknown]
    for skill_id, label in labels.items():
        entry = drafted.get(skill_id)
        if entry is None:
            tally.misses.append(f"  missed: {label['name']} ({label['class']})")
            continue
        tally.found += 1
        if entry.must == (label["class"] == "must"):
            tally.class_right += 1
        else:
            tally.misses.append(f"  class: {entry.name} labelled {label['class']}, drafted by {entry.reason}: "
                                f"{entry.sentence[:140]}")
        if "min_years" in label:
            tally.years_labels += 1
            tally.years_right += entry.min_years == label["min_years"]
            if entry.min_years != label["min_years"]:
                tally.misses.append(f"  years: {entry.name} labelled {label['min_years']}, drafted {entry.min_years}")
    for skill_id, entry in drafted.items():
        if skill_id not in labels:
            tally.misses.append(f"  extra: {entry.name} ({entry.reason}): {entry.sentence[:140]}")
    if draft.min_total_years == posting["min_total_years"]:
        tally.total_right += 1
    else:
        tally.misses.append(f"  total years: labelled {posting['min_total_years']}, drafted {draft.min_total_years}"
                            f": {draft.total_years_sentence[:140]}")
    if draft.degree == posting["degree"]:
        tally.degree_right += 1
    else:
        tally.misses.append(f"  degree: labelled {posting['degree']}, drafted {draft.degree}: "
                            f"{draft.degree_sentence[:140]}")


def table(tallies: dict[str, Tally]) -> list[str]:
    """The figures, tuning beside test."""
    rows = [
        ("postings", lambda t: str(t.postings)),
        ("skill labels", lambda t: str(t.labels)),
        ("skill precision", lambda t: t.ratio(t.found, t.drafted)),
        ("skill recall", lambda t: t.ratio(t.found, t.labels)),
        ("must/nice accuracy", lambda t: t.ratio(t.class_right, t.found)),
        ("min_years right", lambda t: t.ratio(t.years_right, t.years_labels)),
        ("total years right", lambda t: t.ratio(t.total_right, t.postings)),
        ("degree right", lambda t: t.ratio(t.degree_right, t.postings)),
    ]
    width = max(len(name) for name, _ in rows)
    out = [f"{'':<{width}}  {'tuning':<18}  test"]
    for name, cell in rows:
        out.append(f"{name:<{width}}  {cell(tallies['tuning']):<18}  {cell(tallies['test'])}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures; list tuning misses with ``--misses``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devdata", help="the devdata folder (default: ../shared/devdata)")
    parser.add_argument("--misses", action="store_true", help="list the misses of tuning postings")
    args = parser.parse_args(argv)
    root = found_devdata(args.devdata)
    if root is None:
        return 2
    taxonomy = load_taxonomy()
    extractor = SkillExtractor(taxonomy)
    tallies = {part: Tally() for part in PARTS}
    by_posting: dict[str, list[str]] = defaultdict(list)
    for posting in load_labels(JD_LABELS)["postings"]:
        tally = tallies[posting["part"]]
        before = len(tally.misses)
        draft = draft_profile(posting_text(root, posting["id"]), extractor=extractor)
        score(tally, posting, draft, taxonomy)
        if posting["part"] == "tuning":
            by_posting[posting["id"]] = tally.misses[before:]
    print("\n".join(table(tallies)))
    if args.misses:
        for posting_id, lines in by_posting.items():
            if lines:
                print("\n".join(["", posting_id, *lines]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
