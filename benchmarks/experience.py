"""Benchmark the experience extractor against hand labels of real resumes.

Usage::

    python benchmarks/experience.py [--devdata PATH] [--quiet]

For every resume of ``benchmarks/data/experience_labels.json`` it runs the real
pipeline (``screener.ingest.read`` -> ``split_sections`` -> ``ExperienceExtractor``,
as of the labels' month) and prints:

* labelled positions, how many were found with both months right (a found
  position matches a label by start and end, one to one), and the percentage;
* for how many resumes the total months are within 3 of the label;
* every miss: the file, the label, and what was found.

The labels hold only file paths, months and counts: no text of the resumes.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _devdata import DATA, devdata_root, document_lines, load_labels

from screener.experience import Experience, ExperienceExtractor
from screener.models import Line, YearMonth
from screener.sections import split_sections

LABELS = DATA / "experience_labels.json"
TOTAL_TOLERANCE = 3
POSITION_TARGET = 95.0
TOTAL_TARGET = 90.0


@dataclass
class Outcome:
    """What the extractor did on one labelled resume."""

    file: str
    labelled: list[tuple[str, str | None]]
    found: list[tuple[str, str | None]]
    missed: list[tuple[str, str | None]] = field(default_factory=list)
    total_label: int | None = None
    total_found: int | None = None
    source: str = ""

    @property
    def total_ok(self) -> bool:
        """Whether the total months are within the tolerance of the label."""
        if self.total_label is None or self.total_found is None:
            return self.total_label == self.total_found
        return abs(self.total_label - self.total_found) <= TOTAL_TOLERANCE


def position_keys(experience: Experience) -> list[tuple[str, str | None]]:
    """(start, end) of each dated position, an open end written ``present``."""
    keys = []
    for position in experience.positions:
        if position.start is None:
            continue
        end = "present" if position.current else (str(position.end) if position.end else None)
        keys.append((str(position.start), end))
    return keys


def match(labelled: Sequence[tuple[str, str | None]], found: Sequence[tuple[str, str | None]]
          ) -> list[tuple[str, str | None]]:
    """The labels with no found position of the same start and end (one to one)."""
    unused = list(found)
    missed = []
    for label in labelled:
        if label in unused:
            unused.remove(label)
        else:
            missed.append(label)
    return missed


def experience_of(path: Path, as_of: YearMonth) -> tuple[Experience, str]:
    """Run the pipeline on one file; the second value says how it was read."""
    read = document_lines(path)
    if read.document is not None:
        lines: Sequence[Line] = read.document.visible_lines
    else:
        lines = [Line(text) for text in read.lines]
    return ExperienceExtractor(as_of=as_of)(lines, split_sections(lines)), read.source


def evaluate(root: Path, labels: dict[str, Any]) -> list[Outcome]:
    """One outcome per labelled resume."""
    as_of = YearMonth.parse(labels["as_of"])
    outcomes = []
    for entry in labels["resumes"]:
        experience, source = experience_of(root / entry["file"], as_of)
        labelled = [(p["start"], p["end"]) for p in entry["positions"]]
        found = position_keys(experience)
        outcomes.append(Outcome(
            file=entry["file"],
            labelled=labelled,
            found=found,
            missed=match(labelled, found),
            total_label=entry["total_months"],
            total_found=experience.total_months,
            source=source,
        ))
    return outcomes


def _range(key: tuple[str, str | None]) -> str:
    return f"{key[0]}..{key[1]}"


def report(outcomes: Sequence[Outcome], *, quiet: bool = False) -> list[str]:
    """The lines of the report."""
    labelled = sum(len(o.labelled) for o in outcomes)
    right = labelled - sum(len(o.missed) for o in outcomes)
    totals_ok = sum(o.total_ok for o in outcomes)
    sources = sorted({o.source for o in outcomes})
    position_pct = 100.0 * right / labelled if labelled else 0.0
    total_pct = 100.0 * totals_ok / len(outcomes) if outcomes else 0.0
    out = [
        f"resumes: {len(outcomes)} (read by: {', '.join(sources)})",
        f"positions labelled: {labelled}",
        f"found with both months right: {right} ({position_pct:.1f}%, target {POSITION_TARGET:.0f}%)",
        f"total months within {TOTAL_TOLERANCE}: {totals_ok}/{len(outcomes)} "
        f"({total_pct:.1f}%, target {TOTAL_TARGET:.0f}%)",
    ]
    if quiet:
        return out
    for outcome in outcomes:
        if not outcome.missed and outcome.total_ok:
            continue
        out.append(f"\nMISS {outcome.file}")
        for label in outcome.missed:
            out.append(f"  position {_range(label)} not found")
        if not outcome.total_ok:
            out.append(f"  total months: labelled {outcome.total_label}, found {outcome.total_found}")
        if outcome.missed:
            out.append("  found: " + (", ".join(_range(k) for k in outcome.found) or "nothing"))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; exit status 0 when both targets are met."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devdata", help="the devdata folder (default ../shared/devdata)")
    parser.add_argument("--quiet", action="store_true", help="figures only, no misses")
    args = parser.parse_args(argv)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings of real-world PDFs
    root = devdata_root(args.devdata)
    if root is None:
        print("devdata not found; pass --devdata PATH", file=sys.stderr)
        return 2
    outcomes = evaluate(root, load_labels(LABELS))
    print("\n".join(report(outcomes, quiet=args.quiet)))
    labelled = sum(len(o.labelled) for o in outcomes)
    right = labelled - sum(len(o.missed) for o in outcomes)
    met = (100.0 * right / labelled >= POSITION_TARGET
           and 100.0 * sum(o.total_ok for o in outcomes) / len(outcomes) >= TOTAL_TARGET)
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
