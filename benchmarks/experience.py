"""Benchmark dated positions and total experience against three sources of truth.

Usage::

    python benchmarks/experience.py [--devdata PATH] [--as-of YYYY-MM] [--render]
                                    [--rendered DIR] [--out FILE] [--misses]

Sources, each split into a tuning and a test part fixed before measuring:

* earlier labels (tuning): ``benchmarks/data/experience_labels.json``, as of its
  own month; every one of them was tuned on;
* the JSON Resume set: devdata's ``jsonresume/`` files rendered to PDF and DOCX by
  ``scripts/render_jsonresume.py`` into ``--rendered`` (outside the repository;
  ``--render`` renders first when the folder is missing), split by
  ``benchmarks/data/jsonresume_split.json``; reported by format, then by set (the
  classic forms first measured, the everyday forms and then the labelled forms added later), by layout and by
  date style, so a reader sees which form fails;
* hand labels: ``benchmarks/data/labels/*.json`` (skipped with a message when
  absent), split by ``benchmarks/data/split.json``;
* extra labels (tuning): ``benchmarks/data/experience_tuning_labels.json``, positions
  of resumes in no split, labelled after the split was fixed: devdata files, and records
  of the DataTurks annotations ("file.json#N"), written out as plain text to
  ``/tmp/screener-annotation-texts`` and screened as text resumes;
* dotin labels (tuning): ``benchmarks/data/experience_dotin_labels.json``, CVs of the
  dotin annotations ("545_cvs_train_v2.zip#N.xml"), their text written out the same way;
  ``experience_dotin_labels2.json``, 40 more of them chosen and labelled later by the rule
  its description states, reported on a row of their own, and ``experience_dotin_labels3.json``,
  more chosen the same way with another salt, on a third row, ``experience_dotin_labels4.json``,
  20 more in the same order, on a fourth row, and ``experience_dotin_labels5.json``, 30 more after
  those, on a fifth row;
* DataTurks labels (tuning): ``benchmarks/data/experience_dataturks_labels.json``, 20 records
  of the DataTurks annotations chosen by the rule its description states, on a row of their own.

Every document runs through ``screener.ResumeParser``. Figures, beside each other:

* both dates right: truth positions matched by a tool position with the same
  start and end, one to one (a year-only truth date matches any month of its year);
  a position of one month is the same whether its end is written as its start or
  left null (labels4/5 leave it null, the extra labels repeat the start), on both
  sides, and counts that one month in the totals;
* totals within 3: resumes whose total months are within 3 of the truth, the
  truth total being the union of the positions' months (both ends counted, a
  year-only start is January and end December, or the present month when that
  falls in the year) plus duration-only months, with "present" resolved to the
  saved month when known and not before the latest explicit date (a year alone
  may be any month of it), else to ``--as-of``;
* wrong-date positions: the tool's dated positions that match no truth position;
* present month: resumes with a current job whose present month (``candidate.present``
  when the tool has it, else ``candidate.as_of``) is the truth's.

Only file names and numbers are printed: no names, no text of the resumes.
``--misses`` lists misses of tuning documents only; test documents are measured,
never inspected.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from _devdata import DATA, REPO, dotin_text, found_devdata, load_labels

from screener import IngestError, ParseOptions, ResumeParser, YearMonth

EARLIER_LABELS = DATA / "experience_labels.json"
JSONRESUME_SPLIT = DATA / "jsonresume_split.json"
HAND_LABELS = DATA / "labels"
HAND_SPLIT = DATA / "split.json"
EXTRA_TUNING_LABELS = DATA / "experience_tuning_labels.json"
DOTIN_LABELS = DATA / "experience_dotin_labels.json"
DOTIN_LABELS2 = DATA / "experience_dotin_labels2.json"
DOTIN_LABELS3 = DATA / "experience_dotin_labels3.json"
DOTIN_LABELS4 = DATA / "experience_dotin_labels4.json"
DOTIN_LABELS5 = DATA / "experience_dotin_labels5.json"
DATATURKS_LABELS = DATA / "experience_dataturks_labels.json"
RENDER_SCRIPT = REPO / "scripts" / "render_jsonresume.py"
DEFAULT_RENDERED = Path("/tmp/screener-jsonresume")
DEFAULT_TEXTS = Path("/tmp/screener-annotation-texts")
RECORD = "#"

TOTAL_TOLERANCE = 3
POSITION_TARGET = 95.0
TOTAL_TARGET = 90.0
WRONG_TARGET = 2.0
PRESENT = "present"

Key = tuple[str | None, str | None]
"""A position's (start, end): ``YYYY-MM`` or ``YYYY``; the end may be ``present`` or None."""


# --------------------------------------------------------------------------- truth


@dataclass(frozen=True)
class Truth:
    """What one document should give.

    Attributes:
        file: the document's name in reports (a path under devdata, or a rendered file name).
        path: where the document is.
        part: ``tuning``, ``test`` or ``unsplit``.
        positions: the dated positions.
        duration_months: months of positions written with a duration only.
        saved: the month the document was saved, when known.
        total: the labelled total, when the label gives one (else computed).
        groups: what the document is, for break-downs (format, layout, date style).
    """

    file: str
    path: Path
    part: str
    positions: tuple[Key, ...]
    duration_months: int = 0
    saved: str | None = None
    total: int | None = None
    groups: tuple[tuple[str, str], ...] = ()


def one_month(key: Key) -> Key:
    """A position with a start and no end is a job of that one month: its end is its start.

    Labels write a single-month job either way ("end": null, or the start again), and so
    may the tool; both sides are read alike.
    """
    start, end = key
    return (start, start) if start is not None and end is None else key


def month_index(key: str, *, end: bool) -> int:
    """Months since year 0 of a ``YYYY-MM`` or ``YYYY`` key; a bare year is January, or December as an end."""
    if len(key) == 4:
        return YearMonth(int(key), 12 if end else 1).index
    return YearMonth.parse(key).index


def present_month(positions: Sequence[Key], saved: str | None, as_of: YearMonth) -> YearMonth:
    """What "present" stands for: the saved month when known and not before the latest explicit date.

    A year written alone may be any month of it ("2014 – 2016" in a resume saved in
    June 2016 is no date after the save), so it counts as its January here.
    """
    explicit = [month_index(k, end=False) for pair in positions for k in pair if k is not None and k != PRESENT]
    if saved is not None and (not explicit or YearMonth.parse(saved).index >= max(explicit)):
        return YearMonth.parse(saved)
    return as_of


def _last_month(end: str, present: int) -> int:
    """A position's last month: "present" resolved, a year alone its December unless present falls in it."""
    if end == PRESENT:
        return present
    if len(end) == 4 and month_index(end, end=False) <= present <= month_index(end, end=True):
        return present  # "2014 – 2016" in a resume saved in June 2016 ended by June
    return month_index(end, end=True)


def truth_total(truth: Truth, as_of: YearMonth) -> int:
    """The union of the positions' months, both ends counted, plus duration-only months."""
    if truth.total is not None:
        return truth.total
    present = present_month(truth.positions, truth.saved, as_of).index
    months: set[int] = set()
    for start, end in map(one_month, truth.positions):
        if start is None or end is None:
            continue
        last = _last_month(end, present)
        months.update(range(month_index(start, end=False), last + 1))
    return len(months) + truth.duration_months


def _split(path: Path) -> dict[str, str]:
    """File -> part, from a split file's ``tuning``, ``earlier_tuning`` and ``test`` lists."""
    data = load_labels(path)
    parts = {file: "tuning" for key in ("tuning", "earlier_tuning") for file in data.get(key, [])}
    parts.update(dict.fromkeys(data.get("test", []), "test"))
    return parts


def earlier_truths(root: Path) -> tuple[list[Truth], YearMonth]:
    """The earlier labels (all tuning), and the month they were labelled as of."""
    labels = load_labels(EARLIER_LABELS)
    truths = [Truth(entry["file"], root / entry["file"], "tuning",
                    tuple((p["start"], p["end"]) for p in entry["positions"]), total=entry["total_months"] or 0)
              for entry in labels["resumes"]]
    return truths, YearMonth.parse(labels["as_of"])


def jsonresume_truths(folder: Path) -> list[Truth]:
    """The rendered JSON Resume documents, from the truth files beside them."""
    parts = _split(JSONRESUME_SPLIT)
    truths = []
    for truth_file in sorted(folder.glob("*.truth.json")):
        record = load_labels(truth_file)
        truths.append(Truth(
            record["file"], folder / record["file"], parts.get(record["source"], "unsplit"),
            tuple((p["start"], p["end"]) for p in record["positions"]), saved=record["saved"],
            groups=(("format", record["format"]), ("set", record.get("set", "classic")),
                    ("layout", record["layout"]), ("date style", record["date_style"])),
        ))
    return truths


def document_path(root: Path, file: str, texts: Path = DEFAULT_TEXTS) -> Path:
    """Where a labelled document is: a file under devdata, or a record of a JSON-lines annotation file.

    ``"annotations/dataturks/Entity Recognition in Resumes.json#5"`` names the record on line 5
    (from 0); its ``content`` is written to a plain-text file in ``texts``, outside the repository,
    so the parser screens it as it would any text resume.
    """
    if RECORD not in file:
        return root / file
    name, number = file.rsplit(RECORD, 1)
    if name.endswith(".zip"):
        text = record_text_of_cv(dotin_text(root / name, number))
    else:
        text = json.loads((root / name).read_text(encoding="utf-8").splitlines()[int(number)])["content"]
    texts.mkdir(parents=True, exist_ok=True)
    out = texts / f"{Path(name).stem.replace(' ', '_')}-{number}.txt"
    out.write_text(text, encoding="utf-8")
    return out


_BYTE_ESCAPES = re.compile(r"(?:\\x[0-9a-fA-F]{2})+")


def record_text_of_cv(text: str) -> str:
    """A dotin CV's text as its author wrote it: the ``\\xe2\\x80\\xa2`` byte escapes of the
    dataset decoded (UTF-8), and the quotes of the CSV it came from taken off."""
    decoded = _BYTE_ESCAPES.sub(
        lambda m: bytes.fromhex(m.group(0).replace("\\x", "")).decode("utf-8", "replace"), text)
    return decoded.strip().removeprefix('"').removesuffix('"')


def hand_truths(root: Path, files: Iterable[Path], *, part: str | None = None) -> list[Truth]:
    """The hand labels of ``benchmarks/data/labels``: positions with dates, or months only.

    ``part``: the part of every document (the extra tuning labels); else each file's part in the split.
    """
    parts = _split(HAND_SPLIT)
    truths = []
    for labels_file in files:
        for entry in load_labels(labels_file)["resumes"]:
            dated = [p for p in entry["positions"] if p.get("start") is not None]
            durations = [p["months"] for p in entry["positions"]
                         if p.get("start") is None and p.get("end") is None and p.get("months")]
            truths.append(Truth(entry["file"], document_path(root, entry["file"]),
                                part or parts.get(entry["file"], "unsplit"),
                                tuple((p["start"], p.get("end")) for p in dated), sum(durations),
                                entry.get("saved")))
    return truths


# --------------------------------------------------------------------------- measuring


def same_date(truth: str | None, found: str | None) -> bool:
    """Whether a found date is the truth's: the same month, or any month of a year-only truth."""
    if truth is not None and found is not None and len(truth) == 4 and found != PRESENT:
        return found[:4] == truth
    return truth == found


def match(truths: Sequence[Key], found: Sequence[Key]) -> tuple[int, int]:
    """Truth positions matched one to one (exact dates first), and found positions matched by none."""
    unused = list(found)
    matched = 0
    for rule in (lambda a, b: a == b,
                 lambda a, b: same_date(a[0], b[0]) and same_date(a[1], b[1])):
        pending = []
        for key in truths:
            hit = next((f for f in unused if rule(key, f)), None)
            if hit is None:
                pending.append(key)
            else:
                unused.remove(hit)
                matched += 1
        truths = pending
    return matched, len(unused)


@dataclass(frozen=True)
class Outcome:
    """What the tool did on one document (numbers and dates only)."""

    truth: Truth
    found: tuple[Key, ...]
    right: int
    wrong: int
    total_truth: int
    total_found: int
    present_truth: str | None
    present_found: str | None
    error: str | None = None

    @property
    def total_ok(self) -> bool:
        """Whether the total months are within the tolerance of the truth."""
        return abs(self.total_truth - self.total_found) <= TOTAL_TOLERANCE


def _tool_present(candidate: Any) -> YearMonth | None:
    present = getattr(candidate, "present", None)
    return present if present is not None else candidate.as_of  # type: ignore[no-any-return]


def found_keys(candidate: Any) -> tuple[Key, ...]:
    """(start, end) of each dated position the tool found, an open end written ``present``."""
    return tuple((str(p.start), PRESENT if p.current else (str(p.end) if p.end else None))
                 for p in candidate.positions if p.start is not None)


def measure(truth: Truth, parser: ResumeParser) -> Outcome:
    """Parse one document and compare it with its truth."""
    as_of = parser.as_of
    has_present = any(end == PRESENT for _, end in truth.positions)
    present_truth = str(present_month(truth.positions, truth.saved, as_of)) if has_present else None
    try:
        candidate = parser(truth.path)
    except IngestError as error:
        return Outcome(truth, (), 0, 0, truth_total(truth, as_of), 0, present_truth, None, str(error.code))
    found = found_keys(candidate)
    right, wrong = match([one_month(k) for k in truth.positions], [one_month(k) for k in found])
    present = _tool_present(candidate)
    return Outcome(truth, found, right, wrong, truth_total(truth, as_of), candidate.total_months or 0,
                   present_truth, str(present) if present is not None else None)


# --------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class Figures:
    """The figures of one group of documents."""

    source: str
    part: str
    resumes: int
    positions: int
    right: int
    totals_ok: int
    found: int
    wrong: int
    current: int
    present_right: int
    unreadable: int

    @property
    def met(self) -> bool:
        """Whether all three targets are met."""
        return (_pct(self.right, self.positions) >= POSITION_TARGET
                and _pct(self.totals_ok, self.resumes) >= TOTAL_TARGET
                and _pct(self.wrong, self.found) <= WRONG_TARGET)


def _pct(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def figures(source: str, part: str, outcomes: Sequence[Outcome]) -> Figures:
    """Sum the outcomes of one group."""
    current = [o for o in outcomes if o.present_truth is not None]
    return Figures(
        source, part, len(outcomes), sum(len(o.truth.positions) for o in outcomes), sum(o.right for o in outcomes),
        sum(o.total_ok for o in outcomes), sum(len(o.found) for o in outcomes), sum(o.wrong for o in outcomes),
        len(current), sum(o.present_found == o.present_truth for o in current),
        sum(o.error is not None for o in outcomes),
    )


def by_part(source: str, outcomes: Sequence[Outcome], where: tuple[str, str] | None = None) -> list[Figures]:
    """One row per part (tuning, test, then unsplit when any) of the outcomes in group ``where``.

    ``where`` is a (name, value) of the documents' groups, ``("layout", "dates_right")``;
    None takes every outcome.
    """
    chosen = [o for o in outcomes if where is None or dict(o.truth.groups).get(where[0]) == where[1]]
    parts = [p for p in ("tuning", "test", "unsplit") if any(o.truth.part == p for o in chosen)]
    return [figures(source, p, [o for o in chosen if o.truth.part == p]) for p in parts]


def jsonresume_rows(outcomes: Sequence[Outcome]) -> tuple[list[Figures], list[Figures]]:
    """Headline rows (by format and together) and break-down rows (by set, by layout, by date style)."""
    head = [row for fmt in ("pdf", "docx") for row in by_part(f"jsonresume {fmt}", outcomes, ("format", fmt))]
    head += by_part("jsonresume pdf+docx", outcomes)
    detail = []
    for name in ("set", "layout", "date style"):
        for value in sorted({dict(o.truth.groups)[name] for o in outcomes}):
            detail += by_part(f"{name} {value}", outcomes, (name, value))
    return head, detail


def _cell(part: int, whole: int) -> str:
    return f"{part}/{whole} ({_pct(part, whole):.1f}%)" if whole else "-"


HEADER = ("source", "part", "resumes", "both dates right", f"totals within {TOTAL_TOLERANCE}",
          "wrong-date positions", "present month", "unreadable")


def table(rows: Sequence[Figures]) -> list[str]:
    """Rows beside each other, under the header and above the targets."""
    cells = [HEADER] + [
        (r.source, r.part, str(r.resumes), _cell(r.right, r.positions), _cell(r.totals_ok, r.resumes),
         _cell(r.wrong, r.found), _cell(r.present_right, r.current), str(r.unreadable))
        for r in rows
    ] + [("target", "", "", f"≥{POSITION_TARGET:.0f}%", f"≥{TOTAL_TARGET:.0f}%", f"≤{WRONG_TARGET:.0f}%", "", "")]
    widths = [max(len(row[k]) for row in cells) for k in range(len(HEADER))]
    return ["  ".join(c.ljust(w) if k < 2 else c.rjust(w) for k, (c, w) in enumerate(zip(row, widths, strict=True)))
            .rstrip() for row in cells]


def _range(key: Key) -> str:
    return f"{key[0]}..{key[1]}"


def misses(outcomes: Sequence[Outcome]) -> list[str]:
    """Each tuning document the tool got wrong: its file, its truth and what was found (dates only)."""
    out = []
    for o in outcomes:
        if o.truth.part != "tuning" or (o.right == len(o.truth.positions) and not o.wrong and o.total_ok):
            continue
        out.append(f"MISS {o.truth.file}" + (f" (unreadable: {o.error})" if o.error else ""))
        out.append("  truth: " + (", ".join(_range(k) for k in o.truth.positions) or "no positions"))
        out.append("  found: " + (", ".join(_range(k) for k in o.found) or "nothing"))
        out.append(f"  total months: truth {o.total_truth}, found {o.total_found}")
    return out


# --------------------------------------------------------------------------- running


def render(root: Path, folder: Path) -> bool:
    """Render the JSON Resume set into ``folder`` with the render script; whether it worked."""
    done = subprocess.run([sys.executable, str(RENDER_SCRIPT), "--devdata", str(root), "--out", str(folder)],
                          capture_output=True, text=True, check=False)
    if done.returncode:
        print(done.stderr.strip(), file=sys.stderr)
    return done.returncode == 0


def collect(args: argparse.Namespace, root: Path, as_of: YearMonth
            ) -> tuple[list[Figures], list[Figures], list[Outcome], list[str]]:
    """Measure every source there is; headline rows, break-down rows, outcomes, notes."""
    notes: list[str] = []
    earlier, earlier_as_of = earlier_truths(root)
    # The earlier labels counted "present" to their as-of month, whatever the file's saved date.
    parser_earlier = ResumeParser(options=ParseOptions(as_of=earlier_as_of, present="as-of"))
    outcomes = [measure(t, parser_earlier) for t in earlier]
    head = by_part("earlier labels (tuning)", outcomes)
    detail: list[Figures] = []
    parser = ResumeParser(options=ParseOptions(as_of=as_of))
    folder = Path(args.rendered)
    if not folder.is_dir() and args.render and not render(root, folder):
        notes.append("jsonresume: rendering failed")
    if folder.is_dir():
        rendered = [measure(t, parser) for t in jsonresume_truths(folder)]
        rows, detail = jsonresume_rows(rendered)
        head += rows
        outcomes += rendered
    else:
        notes.append(f"jsonresume: {folder} not found (pass --render to render it): skipped")
    files = sorted(HAND_LABELS.glob("*.json"))
    if files:
        hand = [measure(t, parser) for t in hand_truths(root, files)]
        head += by_part("hand labels", hand)
        outcomes += hand
    else:
        notes.append(f"hand labels: none in {HAND_LABELS.relative_to(REPO)}: skipped")
    extra = [measure(t, parser) for t in hand_truths(root, [EXTRA_TUNING_LABELS], part="tuning")]
    head += by_part("extra labels (tuning)", extra)
    outcomes += extra
    dotin_sources = (("dotin labels (tuning)", DOTIN_LABELS), ("dotin labels 2 (tuning)", DOTIN_LABELS2),
                     ("dotin labels 3 (tuning)", DOTIN_LABELS3), ("dotin labels 4 (tuning)", DOTIN_LABELS4),
                     ("dotin labels 5 (tuning)", DOTIN_LABELS5), ("dataturks labels (tuning)", DATATURKS_LABELS))
    for name, labels in dotin_sources:
        dotin = [measure(t, parser) for t in hand_truths(root, [labels], part="tuning")]
        head += by_part(name, dotin)
        outcomes += dotin
    return head, detail, outcomes, notes


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; exit status 0 when every headline test row meets the three targets."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devdata", help="the devdata folder (default ../shared/devdata)")
    parser.add_argument("--as-of", default=None, help="the month 'present' stands for without a saved date "
                        "(YYYY-MM; default: this month)")
    parser.add_argument("--rendered", default=str(DEFAULT_RENDERED), help="the rendered JSON Resume folder")
    parser.add_argument("--render", action="store_true", help="render the JSON Resume set first if it is missing")
    parser.add_argument("--out", help="also write the figures to this JSON file")
    parser.add_argument("--misses", action="store_true", help="list the misses of tuning documents")
    args = parser.parse_args(argv)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings of real-world PDFs
    root = found_devdata(args.devdata)
    if root is None:
        return 2
    today = dt.date.today()
    as_of = YearMonth.parse(args.as_of) if args.as_of else YearMonth(today.year, today.month)
    head, detail, outcomes, notes = collect(args, root, as_of)
    print(f"as of {as_of} (present without a usable saved month)")
    print("\n".join([*notes, "", *table(head), "", "JSON Resume set by set, by layout and by date style:",
                     *table(detail)]))
    if args.misses:
        print("\n".join(["", *misses(outcomes)]))
    if args.out:
        record = {"as_of": str(as_of), "targets": {"both_dates_right": POSITION_TARGET, "totals_within_3":
                  TOTAL_TARGET, "wrong_date_positions": WRONG_TARGET}, "notes": notes,
                  "rows": [asdict(r) for r in head], "breakdown": [asdict(r) for r in detail]}
        Path(args.out).write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    tested = [r for r in head if r.part == "test"]
    return 0 if tested and all(r.met for r in tested) else 1


if __name__ == "__main__":
    raise SystemExit(main())
