"""Measure the near-duplicate-people check on every resume in devdata.

Usage::

    python benchmarks/same_person.py [--devdata PATH] [--workers N] [--top 15]

Parses ``resumes/`` with the real pipeline, then prints (file names only, no
personal data):

* the groups :func:`screener.same_person.same_person_groups` flags, each member
  with why (a shared e-mail or phone key, or text similarity);
* the pairs of files with the highest text similarity, each marked ``same``
  when both come from one source folder outside ``livecareer`` (one person's
  CV in several layouts, languages or formats: ``pdf/selfpub_X`` and
  ``docx/selfpub_X`` are one folder) and ``diff`` otherwise (every livecareer
  file is a different person);
* the lowest similarity of a ``same`` pair the text check catches and the
  highest of a ``diff`` pair, the margin :data:`SIMILAR_TEXT` sits in.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Sequence
from pathlib import Path

from _devdata import found_devdata

from screener.batch import collect_paths, parse_many
from screener.models import Candidate
from screener.same_person import SIMILAR_TEXT, same_person_groups, similarity


def source(path: str, resumes: Path) -> str:
    """The folder a file came from, the same for a person's PDF and DOCX; unique per livecareer file."""
    parts = Path(path).relative_to(resumes).parts
    return "/".join(parts) if parts[0] == "livecareer" else parts[1]


def pair_rows(candidates: Sequence[Candidate], resumes: Path) -> list[tuple[float, bool, str, str, str]]:
    """Every pair of distinct candidates: text similarity, same source, files, shared contact kinds."""
    rows = []
    for a, b in itertools.combinations(candidates, 2):
        if a.candidate_id == b.candidate_id:
            continue
        shared = sorted({k.split(":")[0] for k in set(a.contact_keys) & set(b.contact_keys)})
        same = source(a.path, resumes) == source(b.path, resumes)
        rows.append((similarity(a.text_signature, b.text_signature), same, _name(a, resumes),
                     _name(b, resumes), ",".join(shared)))
    rows.sort(key=lambda row: (-row[0], row[2], row[3]))
    return rows


def _name(candidate: Candidate, resumes: Path) -> str:
    return str(Path(candidate.path).relative_to(resumes))


def report(candidates: Sequence[Candidate], resumes: Path, top: int) -> None:
    """Print the groups, the most similar pairs and the margin."""
    by_id = {c.candidate_id: c for c in candidates}
    groups = same_person_groups(candidates)
    print(f"{len(candidates)} files parsed; {len(groups)} groups flagged at SIMILAR_TEXT={SIMILAR_TEXT}")
    for number, group in enumerate(groups, start=1):
        sources = {source(by_id[i].path, resumes) for i in group}
        verdict = "one source folder" if len(sources) == 1 else "MIXED SOURCE FOLDERS"
        print(f"\ngroup {number} ({len(group)} files, {verdict}):")
        for name in sorted(_name(by_id[member], resumes) for member in group):
            print(f"  {name}")
    rows = pair_rows(candidates, resumes)
    print(f"\ntop {top} pairs by text similarity (similarity, same/diff source folder, shared contact kinds):")
    for sim, same, first, second, shared in rows[:top]:
        print(f"  {sim:.3f} {'same' if same else 'diff'} {first} | {second} {shared}")
    _margin(rows)
    _apart(candidates, groups, resumes)


def _margin(rows: Sequence[tuple[float, bool, str, str, str]]) -> None:
    caught = [row for row in rows if row[1] and row[0] >= SIMILAR_TEXT]
    nearest_diff = next((row for row in rows if not row[1]), None)
    if caught:
        low = caught[-1]
        print(f"\nlowest same-folder pair over the text threshold: {low[0]:.3f} ({low[2]} | {low[3]})")
    if nearest_diff:
        print(f"nearest different-folder pair: {nearest_diff[0]:.3f} ({nearest_diff[2]} | {nearest_diff[3]})")
    contact_only = sum(1 for row in rows if row[1] and row[0] < SIMILAR_TEXT and row[4])
    print(f"same-folder pairs: {sum(r[1] for r in rows)}; linked by text {len(caught)}, by contact only "
          f"{contact_only}; different-folder pairs sharing a contact: {sum(1 for r in rows if not r[1] and r[4])}")


def _apart(candidates: Sequence[Candidate], groups: Sequence[tuple[str, ...]], resumes: Path) -> None:
    """Source folders whose files end up in more than one group (or none): a miss, or several people."""
    group_of = {member: k for k, group in enumerate(groups) for member in group}
    folders: dict[str, set[object]] = {}
    for candidate in candidates:
        folder = source(candidate.path, resumes)
        folders.setdefault(folder, set()).add(group_of.get(candidate.candidate_id, candidate.candidate_id))
    for folder, parts in sorted(folders.items()):
        if len(parts) > 1:
            print(f"folder {folder}: {len(parts)} separate people or groups")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure same_person_as on devdata resumes.")
    parser.add_argument("--devdata", help="the devdata folder (default: ../shared/devdata)")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    root = found_devdata(args.devdata)
    if root is None:
        return 1
    resumes = root / "resumes"
    pool = parse_many(collect_paths([resumes]), workers=args.workers)
    candidates = list(pool.candidates)
    print(f"{len(pool.failures)} files could not be read")
    report(candidates, resumes, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
