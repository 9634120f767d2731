"""Benchmark the skills screener credits against hand labels of real resumes, test part beside tuning part.

Usage::

    python benchmarks/extraction.py [--devdata PATH] [--out FILE] [--misses] [--verbose]

**Hand labels** (``benchmarks/data/labels/*.json``, under ``../shared/LABELING.md``) are split by
``benchmarks/data/split.json`` into a *test* part, measured only, and a *tuning* part. Each resume runs
through the tool as a user runs it (``screener.ingest.read``, then ``ResumeParser.parse_document``,
which is what ``screener.parse_resume`` does); a file the ingest cannot read counts as a document with
every label missed and is named in the output. Per part it prints:

* **precision** on technology and method skills: the tool's skills of those kinds (``Skill.kind`` of the
  taxonomy; ``technology`` while the taxonomy has no kinds) that the resume mentions, and the share of
  them that match a label of the resume, of any kind. A match of a concept label is still a match but
  counted as a *kind error*. Skills the tool only implies (no mention) are counted apart, never in
  precision or recall;
* **recall** on technology and method labels: the share the tool reports with a mention. A label name
  resolves through the taxonomy (``Taxonomy.resolve``), or through :data:`LABEL_SPELLINGS`, a short table
  of label names spelt unlike every alias of the *same* skill (never a different product); a name that
  resolves to nothing is a miss (the taxonomy lacks the skill). Labels of one resume resolving to one
  skill count once;
* both **core** and **all**. A label is core by its own ``core`` flag (recall). A tool skill is core
  (precision) by LABELING.md's core rule, written out as :data:`CORE_CATEGORIES` (taxonomy categories
  whose technologies are core: languages, frameworks, libraries, databases, caches, brokers, queues,
  search, cloud, containers, IaC, CI, packaging and build tools, VCS, testing, data and ML libraries,
  API styles, front-end, big data, the Linux/Unix family) with :data:`NOT_CORE_SKILLS` taken out of them
  (Windows, macOS and other non-Unix systems, GUI toolkits, CMSs, statistics packages, notebooks,
  third-party service APIs) and :data:`CORE_SKILLS` added from other categories (web and application
  servers, microservices, VBA, Solidity, cURL). A skill of kind ``method`` is core only when listed in
  :data:`CORE_SKILLS` (microservices, CI/CD), since non-CI methods are not core;
* figures by label kind (technology, method) and by label context (none, teaching, publication,
  coursework: how many are found, and how many found with the context the label gives);
* **ambiguous words**: for each resume and each skill with an alias that needs context or is
  case-sensitive (Go, R, C, Flask, Chef, Spark, Excel, Access, EMR...) occurring as a whole word in the
  resume's visible text (case-sensitive aliases in their own casing), one decision, right when the tool
  reports the skill exactly when the labels hold it (a trap or an unlabelled word must not be reported);
  and how many traps whose word names a skill are reported.

Targets are printed beside the test figures (precision >= 0.95 and recall >= 0.93 on core skills,
ambiguous decisions >= 98% right), with ``MISSED`` when one is missed; the exit status is 0 either way
so ``make benchmarks`` runs every benchmark. Only the **tuning** part's errors are ever named (its five
commonest false-positive and false-negative skills, every one with ``--verbose``, its unresolved label
names, and with ``--misses`` its misses per document); the test part prints figures only, so nobody
tunes a rule on a test document.

**Earlier labels (tuning)**: what this benchmark measured before the hand labels, kept for comparison:
``extraction_labels.json`` (the skills of 30+ resumes by name, run through the extractor alone,
micro-averaged over (file, skill id) pairs, overall and for the Python ecosystem) and
``ambiguity_labels.json`` (single occurrences of ambiguous words, each labelled skill or not, judged by
``_devdata.AmbiguityJudge``). Every file of theirs is a tuning document.

``--out FILE`` writes every figure as JSON. Nothing printed is resume text or personal data: file paths
(as the labels hold them), skill ids and names, and counts.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from _devdata import (
    AmbiguityJudge,
    Verdict,
    ambiguity_labels,
    document_lines,
    extraction_labels,
    fourth_record_ambiguity_labels,
    hand_labels,
    hand_parts,
    jsonresume_ambiguity_labels,
    next_record_ambiguity_labels,
    read_document,
    record_ambiguity_labels,
    start_run,
    word_spans,
)

from screener.errors import IngestError
from screener.models import Line, SkillMention, SkillRecord, YearMonth
from screener.parse import ParseOptions, ResumeParser
from screener.sections import split_sections
from screener.skills import SkillExtractor
from screener.taxonomy import Alias, Skill, Taxonomy

CORE_PRECISION_TARGET = 0.95
CORE_RECALL_TARGET = 0.93
AMBIGUITY_TARGET = 0.98
PYTHON_PRECISION_TARGET = 0.97
PYTHON_RECALL_TARGET = 0.95
# Months do not enter these figures; a fixed month keeps runs identical.
AS_OF = YearMonth(2026, 12)
MEASURED_KINDS = ("technology", "method")
PARTS = ("test", "tuning")
CONTEXTS = ("none", "teaching", "publication", "coursework")
TOP = 5

# LABELING.md's core rule as taxonomy categories: every technology in them is core...
CORE_CATEGORIES = frozenset({
    "language", "python_version", "web_framework", "orm", "async", "task_queue", "testing", "packaging",
    "typing_quality", "python_library", "data", "ml", "database", "cache", "messaging", "search", "cloud",
    "cloud_service", "container", "iac", "cicd", "vcs", "api", "os", "frontend", "big_data",
})
# ...except these: non-Unix systems, GUI and game toolkits, CMSs, statistics packages and notebooks,
# engineering tools, a model family, third-party service APIs.
NOT_CORE_SKILLS = frozenset({
    "windows", "windows-server", "macos", "android-os", "mainframe", "as400", "openvms", "wsl",
    "qt", "javafx", "winforms", "wpf", "electron", "threejs", "pygame", "tkinter", "pyqt",
    "drupal", "joomla", "wordpress", "magento", "shopify",
    "alteryx", "dataiku", "knime", "rapidminer", "minitab", "spss", "stata", "jupyter", "google-colab",
    "labview", "simulink", "yolo", "stripe", "twilio", "google-maps-api",
})
# Core skills outside those categories: web and application servers, microservices and CI/CD, VBA,
# a smart-contract language, an HTTP client library.
CORE_SKILLS = frozenset({
    "apache-httpd", "caddy", "daphne", "glassfish", "gunicorn", "hypercorn", "ibm-domino", "iis", "jboss", "jetty",
    "mod-wsgi", "nginx", "tomcat", "uvicorn", "uwsgi", "waitress", "weblogic", "websphere", "web-servers",
    "microservices", "ci-cd", "excel-vba", "solidity", "curl",
})
# Label names spelt unlike every alias of the same skill (the same thing, never another product).
LABEL_SPELLINGS: Mapping[str, str] = {
    "SUSE Linux Enterprise Server": "suse",  # an edition of SUSE Linux ("SLES" is an alias)
    "Computer networks": "networking",  # the concept "Computer networking"
}


# --------------------------------------------------------------------------- labels and tool skills


@dataclass(frozen=True)
class Label:
    """A labelled skill of one resume, resolved to a taxonomy id (``skill_id`` None when it does not)."""

    name: str
    kind: str
    core: bool
    context: str
    skill_id: str | None


@dataclass(frozen=True)
class ToolSkill:
    """A skill the tool reports with a mention: its taxonomy kind, core-ness and context."""

    skill_id: str
    kind: str
    core: bool
    context: str


def skill_kind(skill: Skill) -> str:
    """The taxonomy kind of a skill; ``technology`` for a taxonomy without kinds."""
    return str(getattr(skill, "kind", "technology"))


def is_core(skill: Skill) -> bool:
    """Whether a tool skill is core under LABELING.md's rule, by the tables above."""
    if skill.id in CORE_SKILLS:
        return True
    if skill_kind(skill) != "technology" or skill.id in NOT_CORE_SKILLS:
        return False
    return skill.category in CORE_CATEGORIES


def resolve_label(tax: Taxonomy, name: str) -> str | None:
    """The skill id a label name means: the taxonomy's lookup, else :data:`LABEL_SPELLINGS`."""
    found = tax.resolve(name)
    if found is not None:
        return str(found)
    spelt = LABEL_SPELLINGS.get(name)
    return spelt if spelt is not None and spelt in tax else None


def resume_labels(tax: Taxonomy, skills: Iterable[Mapping[str, Any]]) -> list[Label]:
    """A resume's labels, one per skill id (or per unresolved name), merged when several name one skill.

    A merged label is measured when any of its labels is, core when any is, and carries no context
    when any has none.
    """
    merged: dict[str, Label] = {}
    for raw in skills:
        skill_id = resolve_label(tax, raw["name"])
        label = Label(raw["name"], raw["kind"], bool(raw["core"]), raw.get("context") or "none", skill_id)
        key = skill_id if skill_id is not None else "?" + " ".join(raw["name"].lower().split())
        old = merged.get(key)
        if old is not None:
            label = Label(
                old.name,
                old.kind if old.kind in MEASURED_KINDS else label.kind,
                old.core or label.core,
                "none" if "none" in (old.context, label.context) else old.context,
                skill_id,
            )
        merged[key] = label
    return list(merged.values())


def record_context(mentions: Sequence[SkillMention]) -> str:
    """``none`` when any mention is plain use, else the first context of the mentions."""
    contexts = [getattr(m, "context", None) or "none" for m in mentions]
    return "none" if "none" in contexts else sorted(contexts)[0]


def tool_skills(tax: Taxonomy, records: Iterable[SkillRecord]) -> tuple[dict[str, ToolSkill], list[str]]:
    """The skills the resume mentions, by id, and the ids only implied (reported apart)."""
    mentioned: dict[str, ToolSkill] = {}
    implied: list[str] = []
    for record in records:
        skill_id = str(record.skill_id)
        if not record.mentions:
            implied.append(skill_id)
            continue
        skill = tax[skill_id]
        mentioned[skill_id] = ToolSkill(skill_id, skill_kind(skill), is_core(skill), record_context(record.mentions))
    return mentioned, sorted(implied)


# --------------------------------------------------------------------------- ambiguous words


def needs_context(alias: Alias) -> bool:
    """Whether an alias is an ambiguous word: case-sensitive, or counted only with context."""
    return any(
        getattr(alias, flag, False) for flag in ("case_sensitive", "needs_context", "own_context_only")
    ) or bool(getattr(alias, "not_in_domains", ()))


def ambiguous_aliases(tax: Taxonomy) -> list[tuple[str, Alias]]:
    """Every (skill id, alias) of the taxonomy that is an ambiguous word, in id order."""
    return [(str(skill.id), alias) for skill in tax for alias in skill.aliases if needs_context(alias)]


def ambiguous_skills(text: str, aliases: Iterable[tuple[str, Alias]]) -> dict[str, str]:
    """Skill id -> its first ambiguous alias that occurs as a whole word in ``text``."""
    found: dict[str, str] = {}
    for skill_id, alias in aliases:
        if skill_id in found:
            continue
        if word_spans(text, alias.text, ignore_case=not getattr(alias, "case_sensitive", False)):
            found[skill_id] = alias.text
    return found


@dataclass(frozen=True)
class Decision:
    """How the tool decided one ambiguous skill of one resume."""

    skill_id: str
    word: str
    labelled: bool
    reported: bool

    @property
    def right(self) -> bool:
        """Reported exactly when labelled."""
        return self.labelled == self.reported


def decide(occurring: Mapping[str, str], labelled: set[str], reported: set[str]) -> list[Decision]:
    """One decision per ambiguous skill occurring in a resume."""
    return [Decision(s, w, s in labelled, s in reported) for s, w in sorted(occurring.items())]


def traps_reported(tax: Taxonomy, traps: Iterable[Mapping[str, Any]], labelled: set[str],
                   reported: set[str]) -> tuple[int, list[str]]:
    """Traps whose word names a skill the labels do not hold: how many, and the skills reported."""
    named = {str(s) for t in traps if (s := tax.resolve(t["text"])) is not None} - labelled
    return len(named), sorted(named & reported)


# --------------------------------------------------------------------------- one document


@dataclass(frozen=True)
class DocumentResult:
    """What the tool did on one hand-labelled resume."""

    file: str
    part: str
    labels: tuple[Label, ...]
    found: Mapping[str, ToolSkill]
    implied: tuple[str, ...] = ()
    decisions: tuple[Decision, ...] = ()
    traps: int = 0
    traps_hit: tuple[str, ...] = ()
    error: str = ""

    @property
    def measured(self) -> list[Label]:
        """The technology and method labels."""
        return [label for label in self.labels if label.kind in MEASURED_KINDS]

    @property
    def reported(self) -> list[ToolSkill]:
        """The tool's technology and method skills."""
        return [skill for skill in self.found.values() if skill.kind in MEASURED_KINDS]

    def reporting(self, label: Label) -> ToolSkill | None:
        """The tool's skill a label names, when the tool reports it."""
        return self.found.get(label.skill_id) if label.skill_id is not None else None

    def labelled(self, skill_id: str) -> Label | None:
        """The label of a skill id, any kind."""
        return next((label for label in self.labels if label.skill_id == skill_id), None)

    def false_positives(self) -> list[str]:
        """Technology and method skills reported but not labelled."""
        return sorted(s.skill_id for s in self.reported if self.labelled(s.skill_id) is None)

    def false_negatives(self) -> list[str]:
        """Technology and method labels not reported (skill id, or the name when unresolved)."""
        return sorted(label.skill_id or label.name for label in self.measured if label.skill_id not in self.found)


def judge_document(tax: Taxonomy, entry: Mapping[str, Any], part: str, records: Sequence[SkillRecord],
                   text: str, aliases: Sequence[tuple[str, Alias]]) -> DocumentResult:
    """Compare the tool's skill records of one resume (and its visible text) with its labels."""
    labels = tuple(resume_labels(tax, entry["skills"]))
    found, implied = tool_skills(tax, records)
    labelled = {label.skill_id for label in labels if label.skill_id is not None}
    decisions = decide(ambiguous_skills(text, aliases), labelled, set(found))
    traps, hit = traps_reported(tax, entry.get("traps", ()), labelled, set(found))
    return DocumentResult(entry["file"], part, labels, found, tuple(implied), tuple(decisions), traps, tuple(hit))


def unreadable(tax: Taxonomy, entry: Mapping[str, Any], part: str, error: str) -> DocumentResult:
    """A resume the ingest cannot read: every label missed."""
    return DocumentResult(entry["file"], part, tuple(resume_labels(tax, entry["skills"])), {}, error=error)


def run_document(parser: ResumeParser, root: Path, entry: Mapping[str, Any], part: str,
                 aliases: Sequence[tuple[str, Alias]]) -> DocumentResult:
    """Read and parse one labelled resume as the tool does, and judge it."""
    try:
        document = read_document(root / entry["file"])
    except IngestError as e:
        return unreadable(parser.taxonomy, entry, part, str(e.code))
    candidate = parser.parse_document(document)
    return judge_document(parser.taxonomy, entry, part, candidate.skills, document.text, aliases)


# --------------------------------------------------------------------------- figures


def share(part: int, whole: int) -> float | None:
    """``part / whole``, None when there is nothing to divide."""
    return part / whole if whole else None


@dataclass(frozen=True)
class Ratio:
    """A count of hits out of a whole."""

    hits: int
    whole: int

    @property
    def value(self) -> float | None:
        """The share, None when the whole is 0."""
        return share(self.hits, self.whole)

    def cell(self) -> str:
        """``0.950 (95/100)``, or ``-`` for an empty whole."""
        return "-" if self.value is None else f"{self.value:.3f} ({self.hits}/{self.whole})"


def precision(results: Iterable[DocumentResult], *, core: bool) -> Ratio:
    """Tool technology/method skills (core ones only when ``core``) that match a label of their resume."""
    hits = whole = 0
    for result in results:
        for skill in result.reported:
            if core and not skill.core:
                continue
            whole += 1
            hits += result.labelled(skill.skill_id) is not None
    return Ratio(hits, whole)


def recall(results: Iterable[DocumentResult], *, core: bool, kind: str | None = None,
           context: str | None = None, known: bool = False) -> Ratio:
    """Technology/method labels (core, of a kind, of a context, in the taxonomy, when asked) the tool reports."""
    def wanted(label: Label) -> bool:
        return ((label.core or not core) and kind in (None, label.kind) and context in (None, label.context)
                and (label.skill_id is not None or not known))

    chosen = [(label, result) for result in results for label in result.measured if wanted(label)]
    return Ratio(sum(1 for label, result in chosen if result.reporting(label) is not None), len(chosen))


def context_right(results: Iterable[DocumentResult], context: str) -> Ratio:
    """Found technology/method labels of a context that the tool reports with that same context."""
    pairs = [(label, skill) for result in results for label in result.measured
             if label.context == context and (skill := result.reporting(label)) is not None]
    return Ratio(sum(1 for label, skill in pairs if skill.context == label.context), len(pairs))


def kind_errors(results: Iterable[DocumentResult]) -> dict[str, int]:
    """Matches whose kinds disagree: tool technology/method on a concept label, and the reverse."""
    as_measured = as_concept = 0
    for result in results:
        for skill in result.found.values():
            label = result.labelled(skill.skill_id)
            if label is None:
                continue
            as_measured += skill.kind in MEASURED_KINDS and label.kind not in MEASURED_KINDS
            as_concept += skill.kind not in MEASURED_KINDS and label.kind in MEASURED_KINDS
    return {"concept_labels_reported_as_technology_or_method": as_measured,
            "technology_or_method_labels_reported_as_concept": as_concept}


def core_agreement(results: Iterable[DocumentResult]) -> Ratio:
    """Matched technology/method labels whose ``core`` flag the benchmark's core table agrees with."""
    pairs = [(label.core, skill.core) for result in results
             for label in result.measured if (skill := result.reporting(label)) is not None]
    return Ratio(sum(1 for a, b in pairs if a == b), len(pairs))


def ambiguity(results: Iterable[DocumentResult], labelled: bool | None = None) -> Ratio:
    """Ambiguous decisions right (of skills the labels hold, or do not hold, when asked)."""
    decisions = [d for result in results for d in result.decisions if labelled in (None, d.labelled)]
    return Ratio(sum(d.right for d in decisions), len(decisions))


def counts(results: Sequence[DocumentResult], raw_labels: int) -> dict[str, int]:
    """Documents and labels of a part."""
    measured = [label for r in results for label in r.measured]
    return {
        "documents": len(results),
        "unreadable_documents": sum(1 for r in results if r.error),
        "labels_all_kinds": raw_labels,
        "technology_method_labels": len(measured),
        "core_technology_method_labels": sum(1 for label in measured if label.core),
        "unresolved_technology_method_labels": sum(1 for label in measured if label.skill_id is None),
        "implied_only_records": sum(len(r.implied) for r in results),
        "traps_naming_a_skill": sum(r.traps for r in results),
        "traps_reported": sum(len(r.traps_hit) for r in results),
    }


def part_figures(results: Sequence[DocumentResult], raw_labels: int) -> dict[str, Any]:
    """Every figure of one part, as plain data."""
    def ratio(r: Ratio) -> dict[str, Any]:
        return {"hits": r.hits, "whole": r.whole, "value": r.value}

    return {
        "counts": counts(results, raw_labels),
        "precision_core": ratio(precision(results, core=True)),
        "recall_core": ratio(recall(results, core=True)),
        "precision_all": ratio(precision(results, core=False)),
        "recall_all": ratio(recall(results, core=False)),
        "ambiguous_right": ratio(ambiguity(results)),
        "recall_core_taxonomy_skills": ratio(recall(results, core=True, known=True)),
        "recall_all_taxonomy_skills": ratio(recall(results, core=False, known=True)),
        "ambiguous_right_labelled": ratio(ambiguity(results, labelled=True)),
        "ambiguous_right_unlabelled": ratio(ambiguity(results, labelled=False)),
        "recall_by_kind": {k: ratio(recall(results, core=False, kind=k)) for k in MEASURED_KINDS},
        "precision_by_kind": {k: ratio(_precision_of_kind(results, k)) for k in MEASURED_KINDS},
        "recall_by_context": {c: ratio(recall(results, core=False, context=c)) for c in CONTEXTS},
        "context_right": {c: ratio(context_right(results, c)) for c in CONTEXTS},
        "kind_errors": kind_errors(results),
        "core_table_agrees_with_labels": ratio(core_agreement(results)),
    }


def _precision_of_kind(results: Iterable[DocumentResult], kind: str) -> Ratio:
    pairs = [result.labelled(s.skill_id) is not None for result in results for s in result.reported if s.kind == kind]
    return Ratio(sum(pairs), len(pairs))


def tuning_errors(results: Sequence[DocumentResult], top: int | None = TOP) -> dict[str, Any]:
    """The tuning part's commonest errors by skill name (``top`` of each, every one when None)."""
    fp = Counter(s for r in results for s in r.false_positives())
    fn = Counter(s for r in results for s in r.false_negatives())
    unresolved = Counter(label.name for r in results for label in r.measured if label.skill_id is None)
    wrong = Counter(d.skill_id for r in results for d in r.decisions if not d.right)
    return {
        "false_positives": fp.most_common(top),
        "false_negatives": fn.most_common(top),
        "unresolved_label_names": sorted(unresolved.items(), key=lambda item: (-item[1], item[0].lower())),
        "ambiguous_wrong": wrong.most_common(top),
    }


# --------------------------------------------------------------------------- printing


def verdict(value: float | None, target: float) -> str:
    """``target >= 0.95 ok`` or ``... MISSED``."""
    mark = "ok" if value is not None and value >= target else "MISSED"
    return f"target >= {target:.2f} {mark}"


HEADLINE = (  # (label, figure key, target)
    ("precision, core", "precision_core", CORE_PRECISION_TARGET),
    ("recall, core", "recall_core", CORE_RECALL_TARGET),
    ("precision, all", "precision_all", None),
    ("recall, all", "recall_all", None),
    ("ambiguous decisions right", "ambiguous_right", AMBIGUITY_TARGET),
)


def _cell(ratio: Mapping[str, Any]) -> str:
    return Ratio(ratio["hits"], ratio["whole"]).cell()


def headline_lines(figures: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """The side-by-side table of the headline figures and counts, targets beside the test column."""
    test, tuning = figures["test"], figures["tuning"]
    lines = [f"{'':30s} {'test':24s} {'':26s} {'tuning':24s}"]
    for name, key in (("documents", "documents"), ("  unreadable", "unreadable_documents"),
                      ("labels (all kinds)", "labels_all_kinds"), ("technology+method labels",
                      "technology_method_labels"), ("  core", "core_technology_method_labels"),
                      ("  not in the taxonomy", "unresolved_technology_method_labels")):
        lines.append(f"{name:30s} {test['counts'][key]:<24d} {'':26s} {tuning['counts'][key]:<24d}")
    for name, key, target in HEADLINE:
        mark = verdict(test[key]["value"], target) if target is not None else ""
        lines.append(f"{name:30s} {_cell(test[key]):24s} {mark:26s} {_cell(tuning[key]):24s}")
    return lines


def detail_lines(figures: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Figures by kind and context, kind errors, implied-only records and traps, per part."""
    lines = []
    rows: list[tuple[str, Any]] = [
        ("recall, core, taxonomy skills", lambda f: _cell(f["recall_core_taxonomy_skills"])),
        ("recall, all, taxonomy skills", lambda f: _cell(f["recall_all_taxonomy_skills"])),
        ("ambiguous right, labelled", lambda f: _cell(f["ambiguous_right_labelled"])),
        ("ambiguous right, not labelled", lambda f: _cell(f["ambiguous_right_unlabelled"])),
        *((f"recall, {k} labels", lambda f, k=k: _cell(f["recall_by_kind"][k])) for k in MEASURED_KINDS),
        *((f"precision, tool {k}", lambda f, k=k: _cell(f["precision_by_kind"][k])) for k in MEASURED_KINDS),
        *((f"recall, context {c}", lambda f, c=c: _cell(f["recall_by_context"][c])) for c in CONTEXTS),
        *((f"  found as {c}", lambda f, c=c: _cell(f["context_right"][c])) for c in CONTEXTS[1:]),
        ("kind error, on concept labels", lambda f: str(f["kind_errors"][
            "concept_labels_reported_as_technology_or_method"])),
        ("kind error, reported concept", lambda f: str(f["kind_errors"][
            "technology_or_method_labels_reported_as_concept"])),
        ("implied-only records", lambda f: str(f["counts"]["implied_only_records"])),
        ("traps reported", lambda f: f"{f['counts']['traps_reported']} of {f['counts']['traps_naming_a_skill']}"),
        ("core table agrees with labels", lambda f: _cell(f["core_table_agrees_with_labels"])),
    ]
    for name, get in rows:
        lines.append(f"{name:30s} {get(figures['test']):24s} {'':26s} {get(figures['tuning']):24s}")
    return lines


def tuning_lines(errors: Mapping[str, Any]) -> list[str]:
    """The tuning part's commonest errors by skill name."""
    def listing(pairs: Sequence[Sequence[Any]]) -> str:
        return ", ".join(f"{name} {n}" for name, n in pairs) or "-"

    return [
        "tuning part only (test-part errors are never named):",
        f"  commonest false positives: {listing(errors['false_positives'])}",
        f"  commonest false negatives: {listing(errors['false_negatives'])}",
        f"  ambiguous skills decided wrong: {listing(errors['ambiguous_wrong'])}",
        f"  label names the taxonomy lacks: {listing(errors['unresolved_label_names'])}",
    ]


def misses_lines(results: Sequence[DocumentResult]) -> list[str]:
    """Per tuning document: false positives, false negatives, wrong ambiguous decisions."""
    lines = ["misses per tuning document:"]
    for result in results:
        if result.part != "tuning":
            continue
        wrong = [f"{d.skill_id} ({d.word!r}, {'labelled' if d.labelled else 'not labelled'})"
                 for d in result.decisions if not d.right]
        lines.append(f"  {result.file}{' [unreadable: ' + result.error + ']' if result.error else ''}")
        lines.append(f"    FP: {', '.join(result.false_positives()) or '-'}")
        lines.append(f"    FN: {', '.join(result.false_negatives()) or '-'}")
        lines.append(f"    ambiguous wrong: {', '.join(wrong) or '-'}")
    return lines


# --------------------------------------------------------------------------- earlier labels (tuning)


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
    """What the extractor did on one resume of the earlier labels."""

    file: str
    gold: set[str]
    found: set[str]
    traps: dict[str, str] = field(default_factory=dict)  # trap word -> skill id it resolves to
    error: str = ""

    @property
    def false_positives(self) -> list[str]:
        """Skills reported but not labelled."""
        return sorted(self.found - self.gold)

    @property
    def false_negatives(self) -> list[str]:
        """Skills labelled but not reported."""
        return sorted(self.gold - self.found)

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
        found, gold = outcome.found, outcome.gold
        if only is not None:
            found, gold = found & only, gold & only
        total.tp += len(found & gold)
        total.fp += len(found - gold)
        total.fn += len(gold - found)
    return total


def earlier_outcome(tax: Taxonomy, extractor: SkillExtractor, root: Path, entry: Mapping[str, Any]
                    ) -> tuple[ResumeOutcome, list[str]]:
    """The extractor's skills on one resume of ``extraction_labels.json``, and its unresolved names."""
    gold = {str(s) for name in entry["skills"] if (s := tax.resolve(name)) is not None}
    gaps = [name for name in entry["skills"] if tax.resolve(name) is None]
    traps = {w: str(s) for w in entry.get("absent_traps", []) if (s := tax.resolve(w)) is not None}
    try:
        read = document_lines(root / entry["file"])
    except Exception as e:  # the earlier benchmark counted any unreadable file apart
        return ResumeOutcome(entry["file"], gold, set(), traps, f"{type(e).__name__}"), gaps
    lines = read.document.visible_lines if read.document is not None else [Line(t) for t in read.lines]
    found = {str(m.skill_id) for m in extractor(lines, split_sections(lines))}
    return ResumeOutcome(entry["file"], gold, found, traps), gaps


RECORD_SETS: tuple[tuple[str, str, Callable[[], list[dict[str, Any]]]], ...] = (
    ("ambiguity_records", "ambiguity labels of records (dataturks, dotin, SkillSpan; tuned on since): "
     "ambiguity_labels_records.json", record_ambiguity_labels),
    ("ambiguity_records_next", "the next record occurrences and green2022 sentences (tuning): "
     "ambiguity_labels_records2.json", next_record_ambiguity_labels),
    ("ambiguity_jsonresume", "JSON resumes of jsonresume_split.json's tuning part (tuning): "
     "ambiguity_labels_records3.json", jsonresume_ambiguity_labels),
    ("ambiguity_records4", "dotin and dataturks occurrences no earlier file labels (tuning): "
     "ambiguity_labels_records4.json", fourth_record_ambiguity_labels),
)
"""The ambiguity label sets of records, after ambiguity_labels.json: each one's figure key, printed name and loader.
A new set is one more row here."""


def earlier_figures(outcomes: Sequence[ResumeOutcome], verdicts: Sequence[Verdict], gaps: Counter[str],
                    tax: Taxonomy, record_verdicts: Sequence[Sequence[Verdict]]) -> dict[str, Any]:
    """The earlier labels' figures, as plain data (``record_verdicts``: the verdicts of each of
    :data:`RECORD_SETS`, in its order)."""
    overall, python = score(outcomes), score(outcomes, python_ecosystem(tax))
    records = {key: ambiguity_figures(found) for (key, _, _), found in zip(RECORD_SETS, record_verdicts, strict=True)}
    return {
        "resumes_scored": sum(1 for o in outcomes if not o.error),
        "unreadable": [o.file for o in outcomes if o.error],
        "labelled_pairs": overall.tp + overall.fn,
        "overall": {**asdict(overall), "precision": overall.precision, "recall": overall.recall, "f1": overall.f1},
        "python": {**asdict(python), "precision": python.precision, "recall": python.recall, "f1": python.f1},
        "traps": sum(len(o.traps) for o in outcomes),
        "traps_reported": sum(len(o.traps_hit) for o in outcomes),
        "unresolved_names": len(gaps),
        "ambiguity": ambiguity_figures(verdicts),
        **records,
    }


def ambiguity_figures(verdicts: Sequence[Verdict]) -> dict[str, int]:
    """How many ambiguity labels were judged and decided right, and how many could not be located."""
    judged = [v for v in verdicts if v.correct is not None]
    return {"labels": len(verdicts), "judged": len(judged), "right": sum(1 for v in judged if v.correct),
            "unlocated": sum(1 for v in verdicts if v.located is None)}


def ambiguity_line(name: str, a: Mapping[str, int]) -> str:
    """One line of an ambiguity label set's figures."""
    right = share(a["right"], a["judged"])
    shown = "-" if right is None else f"{right:.3f}"
    return (f"{name}, {a['labels']} occurrences, {a['judged']} judged, {a['unlocated']} not located: right "
            f"{a['right']}/{a['judged']} {shown} ({verdict(right, AMBIGUITY_TARGET)})")


def earlier_lines(f: Mapping[str, Any]) -> list[str]:
    """The earlier labels' figures as text."""
    o, p = f["overall"], f["python"]
    return [
        "earlier labels (tuning): extraction_labels.json through the extractor alone, (file, skill) pairs",
        f"  {f['resumes_scored']} resumes scored, {f['labelled_pairs']} labelled pairs that resolve, "
        f"{f['unresolved_names']} label names not in the taxonomy, unreadable: {', '.join(f['unreadable']) or '-'}",
        f"  overall          tp {o['tp']:4d} fp {o['fp']:4d} fn {o['fn']:4d}  P {o['precision']:.3f}  "
        f"R {o['recall']:.3f}  F1 {o['f1']:.3f}",
        f"  python ecosystem tp {p['tp']:4d} fp {p['fp']:4d} fn {p['fn']:4d}  P {p['precision']:.3f} "
        f"({verdict(p['precision'], PYTHON_PRECISION_TARGET)})  R {p['recall']:.3f} "
        f"({verdict(p['recall'], PYTHON_RECALL_TARGET)})",
        f"  absent traps reported: {f['traps_reported']} of {f['traps']}",
        ambiguity_line("earlier labels (tuning): ambiguity_labels.json", f["ambiguity"]),
        *(ambiguity_line(name, f[key]) for key, name, _ in RECORD_SETS),
    ]


def earlier_misses(outcomes: Sequence[ResumeOutcome], verdicts: Sequence[Verdict], gaps: Counter[str]) -> list[str]:
    """The earlier labels' errors by file and skill id (no resume text), never a test-part file's:
    ambiguity_labels.json predates split.json and holds a few occurrences of test-part resumes."""
    test = {file for file, part in hand_parts().items() if part == "test"}
    verdicts = [v for v in verdicts if v.label["file"] not in test]
    lines = ["earlier labels (tuning): misses"]
    for o in outcomes:
        if o.false_positives or o.false_negatives or o.traps_hit:
            lines.append(f"  {o.file}: FP {', '.join(o.false_positives) or '-'}; "
                         f"FN {', '.join(o.false_negatives) or '-'}; traps hit {', '.join(o.traps_hit) or '-'}")
    for v in verdicts:
        if v.correct is False or (v.correct is None and v.located is not None):
            want = f"skill {v.label['skill']}" if v.label["is_skill"] else "not a skill"
            lines.append(f"  ambiguity {v.label['word']!r} ({want}) {v.label['file']}: {v.reason}")
    names = sorted(gaps.items(), key=lambda item: (-item[1], item[0].lower()))
    lines.append("  label names not in the taxonomy: " + (", ".join(f"{n} {c}" for n, c in names) or "-"))
    return lines


def run_earlier(root: Path, tax: Taxonomy, extractor: SkillExtractor
                ) -> tuple[list[ResumeOutcome], list[list[Verdict]], Counter[str]]:
    """Measure the earlier label sets: the resumes, and the verdicts of each ambiguity label file
    (ambiguity_labels.json, then each of :data:`RECORD_SETS`)."""
    outcomes, gaps = [], Counter[str]()
    for entry in extraction_labels():
        outcome, missing = earlier_outcome(tax, extractor, root, entry)
        outcomes.append(outcome)
        gaps.update(missing)
    judge = AmbiguityJudge(root, tax, extractor)
    label_sets = (ambiguity_labels(), *(load() for _, _, load in RECORD_SETS))
    return outcomes, [[judge(label) for label in labels] for labels in label_sets], gaps


# --------------------------------------------------------------------------- main


def run_hand(root: Path, tax: Taxonomy) -> tuple[list[DocumentResult], dict[str, int]]:
    """Every hand-labelled resume of the split, and the raw label count per part."""
    parts = hand_parts()
    parser = ResumeParser(taxonomy=tax, options=ParseOptions(as_of=AS_OF))
    aliases = ambiguous_aliases(tax)
    results, raw = [], Counter[str]()
    for entry in hand_labels():
        part = parts.get(entry["file"])
        if part not in PARTS:
            continue
        raw[part] += len(entry["skills"])
        results.append(run_document(parser, root, entry, part, aliases))
    return results, dict(raw)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the report; 0 even when a target is missed, 2 without devdata."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", help="also write every figure to this JSON file")
    parser.add_argument("--misses", action="store_true", help="list the misses of tuning documents")
    run = start_run(__doc__.split("\n\n")[0], argv, parser)
    if run is None:
        return 2
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings of real-world PDFs
    args, root, tax = run.args, run.root, run.taxonomy
    results, raw = run_hand(root, tax)
    by_part = {p: [r for r in results if r.part == p] for p in PARTS}
    figures = {p: part_figures(by_part[p], raw.get(p, 0)) for p in PARTS}
    errors = tuning_errors(by_part["tuning"], None if args.verbose else TOP)
    kinds = "taxonomy kinds" if any(hasattr(s, "kind") for s in tax) else "no kinds in the taxonomy: all technology"
    print(f"taxonomy {tax.version}: {len(tax)} skills, {tax.alias_count} aliases ({kinds})")
    print("hand labels (benchmarks/data/labels), technology and method skills; targets on the test part\n")
    print("\n".join([*headline_lines(figures), "", *detail_lines(figures), "", *tuning_lines(errors)]))
    broken = [f"{r.file} ({r.part}: {r.error})" for r in results if r.error]
    print("unreadable by the ingest (every label missed): " + ("; ".join(broken) or "-"))
    outcomes, verdict_sets, gaps = run_earlier(root, tax, run.extractor)
    verdicts = verdict_sets[0]
    earlier = earlier_figures(outcomes, verdicts, gaps, tax, verdict_sets[1:])
    print("\n" + "\n".join(earlier_lines(earlier)))
    if args.misses:
        every = [v for vs in verdict_sets for v in vs]
        print("\n" + "\n".join([*misses_lines(results), *earlier_misses(outcomes, every, gaps)]))
    if args.out:
        record = {"taxonomy": tax.version, "targets": {"precision_core": CORE_PRECISION_TARGET, "recall_core":
                  CORE_RECALL_TARGET, "ambiguous_right": AMBIGUITY_TARGET}, "parts": figures,
                  "tuning_errors": errors, "unreadable": broken, "earlier_labels_tuning": earlier}
        Path(args.out).write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
