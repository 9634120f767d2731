"""Benchmark ranking quality: does a profile put its own occupation's resumes first?

Usage::

    python benchmarks/ranking.py [--devdata PATH] [--as-of YYYY-MM] [--cache FILE] [--skills-only] [--part tuning]

Every resume of devdata's ``resumes/livecareer/<OCCUPATION>/`` is parsed once
(``screener.parse_many``) and ranked against each occupation profile in
``benchmarks/data/profiles/`` (written from what such job ads ask for, before any
ranking was run; since the split, edited only for what the tuning part showed, and
``chef.yaml`` written before it was first ranked). For each profile it prints the average precision (AP) of the
matching occupation's resumes in the ranking (as ``screener.rank`` orders it,
must-have gate on, and by score alone, ``no gate``), beside the AP of a plain keyword
count in the same run: the number of times the resume names the profile's skills
(mentions the extractor found, implied skills not counted), ties broken by file
name as the ranking breaks them. Then the mean over profiles, and the pooled AP: every
profile's scores of every resume in one list (ties by profile and file name), a pair
relevant when the resume is of the profile's occupation. Per-profile AP is near 1 on
the tuning part, whose occupations hold 2-17 resumes, so it cannot tell two rules
apart; the pooled AP can: it asks that a resume score higher for its own occupation's
opening than other resumes score for openings not theirs, so that a score reads alike
whatever the opening.

The pool is split in two (``benchmarks/data/ranking_split.json``: by a hash of the
path, stratified by occupation): rules, settings, titles and profiles are tuned on
the tuning part only, and each part is ranked as a pool of its own, so the test
part's figures are held apart. Both parts are printed side by side, then the
targets (mean AP of at least 0.85, at least 0.25 above the keyword count), each
``ok`` or ``MISSED``.

``--skills-only`` drops the profiles' ``titles``, ``title_weight`` and ``gate`` (an
ablation: what the title line adds). ``--cache`` keeps the parsed pool in a
pickle outside the repository, so runs after the first skip parsing.

``--part tuning`` then lists, per profile, the tuning part's misses: each resume of
the occupation ranked below another occupation's, and each resume of another
occupation ranked above one of it, as its place, file id (occupation and file
stem), score and must-haves met. Only the tuning part can be listed, so that no
rule is changed for a test document.

Only profile names, tuning file ids and numbers are printed: no text of the
resumes, and nothing about a single test document.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml
from _devdata import DATA, REPO, found_devdata, load_labels

from screener import Candidate, ParseOptions, RankedCandidate, load_profile, parse_many, rank
from screener.models import YearMonth
from screener.profile import JobProfile

PROFILES = DATA / "profiles"
SPLIT = DATA / "ranking_split.json"
PARTS = ("tuning", "test")
TARGET_MEAN_AP = 0.85
TARGET_GAIN = 0.25
# Which livecareer folder each profile is written for.
OCCUPATION_OF = {
    "information_technology": "INFORMATION-TECHNOLOGY",
    "engineering": "ENGINEERING",
    "designer": "DESIGNER",
    "hr": "HR",
    "sales": "SALES",
    "accountant": "ACCOUNTANT",
    "digital_media": "DIGITAL-MEDIA",
    "chef": "CHEF",
}
_TITLE_KEYS = ("titles", "title_weight", "gate")  # a title that passes the gate is a title too
ORDER_NAMES = ("screener", "no gate", "keywords")
Order = Callable[[Sequence[Candidate], JobProfile], list[Candidate]]
Scores = Callable[[Sequence[Candidate], JobProfile], list[float]]
POOLED_NAMES = ("screener", "keywords")


def average_precision(relevant: Sequence[bool]) -> float:
    """Average precision of a ranked list: the mean of precision at each relevant place.

    >>> average_precision([True, False, True]), average_precision([False, True])
    (0.8333333333333334, 0.5)
    """
    hits, total = 0, 0.0
    for place, is_relevant in enumerate(relevant, start=1):
        if is_relevant:
            hits += 1
            total += hits / place
    return total / hits if hits else 0.0


def occupation(candidate: Candidate) -> str:
    """The livecareer folder a resume sits in: its occupation."""
    return Path(candidate.path).parent.name


def keyword_count(candidate: Candidate, profile: JobProfile) -> int:
    """How many times the resume names the profile's skills (implied skills not counted)."""
    wanted = {r.skill_id for r in profile.requirements}
    return sum(len(record.mentions) for record in candidate.skills if record.skill_id in wanted)


def keyword_order(pool: Sequence[Candidate], profile: JobProfile) -> list[Candidate]:
    """The pool by keyword count, most first, ties by file name and path."""
    return sorted(pool, key=lambda c: (-keyword_count(c, profile), c.file_name, c.path))


def screener_order(pool: Sequence[Candidate], profile: JobProfile) -> list[Candidate]:
    """The pool as :func:`screener.rank` orders it by default (must-have gate on)."""
    return [entry.candidate for entry in rank(pool, profile)]


def score_order(pool: Sequence[Candidate], profile: JobProfile) -> list[Candidate]:
    """The pool by score alone (``must_have_gate=False``)."""
    return [entry.candidate for entry in rank(pool, profile, must_have_gate=False)]


def screener_scores(pool: Sequence[Candidate], profile: JobProfile) -> list[float]:
    """Each resume's score against the profile, in pool order."""
    score_of = {entry.candidate.path: entry.score for entry in rank(pool, profile, must_have_gate=False)}
    return [score_of[c.path] for c in pool]


def keyword_scores(pool: Sequence[Candidate], profile: JobProfile) -> list[float]:
    """Each resume's keyword count for the profile, in pool order."""
    return [float(keyword_count(c, profile)) for c in pool]


def pooled_average_precision(pool: Sequence[Candidate], profiles: dict[str, JobProfile], scores: Scores) -> float:
    """AP of the matching pairs when every (profile, resume) pair is ranked in one list by its score.

    A pair is relevant when the resume is of the profile's occupation; ties go by profile, then
    file name and path, as the ranking breaks them.
    """
    pairs = [(-score, stem, c.file_name, c.path, occupation(c) == OCCUPATION_OF[stem])
             for stem, profile in profiles.items() for c, score in zip(pool, scores(pool, profile), strict=True)]
    return average_precision([pair[-1] for pair in sorted(pairs)])


def load_pool(root: Path, as_of: YearMonth, cache: Path | None) -> list[Candidate]:
    """Every livecareer resume parsed once (from ``cache`` when it holds them, parsed by this code)."""
    paths = sorted(str(p) for p in (root / "resumes" / "livecareer").glob("*/*.pdf"))
    key = {"paths": paths, "as_of": str(as_of), "code": code_hash()}
    if cache is not None and cache.exists():
        cached: dict[str, Any] = pickle.loads(cache.read_bytes())
        if all(cached.get(name) == value for name, value in key.items()):
            return list(cached["pool"])
    pool = list(parse_many(paths, options=ParseOptions(as_of=as_of)).candidates)
    if cache is not None:
        cache.write_bytes(pickle.dumps({**key, "pool": pool}))
    return pool


def code_hash() -> str:
    """A hash of the parser's code and data (``src/screener``, ``skill_taxonomy``): a cache from other code is stale."""
    digest = hashlib.sha256()
    for folder in (REPO / "src" / "screener", REPO / "skill_taxonomy"):
        for path in sorted(folder.rglob("*")):
            if path.suffix in {".py", ".yaml"}:
                digest.update(path.relative_to(REPO).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def split_pool(pool: Sequence[Candidate], root: Path) -> dict[str, list[Candidate]]:
    """The pool's tuning and test parts, by ``ranking_split.json`` (a resume in neither is left out)."""
    split = load_labels(SPLIT)
    part_of = {file: part for part in PARTS for file in split[part]}
    parts: dict[str, list[Candidate]] = {part: [] for part in PARTS}
    for candidate in pool:
        part = part_of.get(Path(candidate.path).relative_to(root).as_posix())
        if part is not None:
            parts[part].append(candidate)
    return parts


def load_profiles(*, skills_only: bool) -> dict[str, JobProfile]:
    """The occupation profiles by file stem (without their title settings for ``skills_only``)."""
    profiles = {}
    for path in sorted(PROFILES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if skills_only:
            data = {k: v for k, v in data.items() if k not in _TITLE_KEYS} | {"title_weight": 0}
        profiles[path.stem] = load_profile(data)
    return profiles


def measure(pool: Sequence[Candidate], profiles: dict[str, JobProfile], orders: dict[str, Order]
            ) -> dict[str, dict[str, float]]:
    """AP of each profile's occupation under each ordering: ``{profile: {ordering: AP}}``."""
    figures: dict[str, dict[str, float]] = {}
    for stem, profile in profiles.items():
        wanted = OCCUPATION_OF[stem]
        figures[stem] = {
            name: average_precision([occupation(c) == wanted for c in order(pool, profile)])
            for name, order in orders.items()
        }
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devdata", help="the devdata folder (default ../shared/devdata)")
    parser.add_argument("--as-of", default="2026-12", help="the screening month, YYYY-MM (default 2026-12)")
    parser.add_argument("--cache", type=Path, help="a pickle of the parsed pool, outside the repository")
    parser.add_argument("--skills-only", action="store_true", help="drop the profiles' titles (ablation)")
    parser.add_argument("--part", choices=("tuning",), help="also list this part's misses per profile")
    args = parser.parse_args(argv)
    root = found_devdata(args.devdata)
    if root is None:
        return 2
    year, month = (int(part) for part in args.as_of.split("-"))
    parts = split_pool(load_pool(root, YearMonth(year, month), args.cache), root)
    profiles = load_profiles(skills_only=args.skills_only)
    orders: dict[str, Order] = {"screener": screener_order, "no gate": score_order, "keywords": keyword_order}
    figures = {part: measure(pool, profiles, orders) for part, pool in parts.items()}
    scores: dict[str, Scores] = {"screener": screener_scores, "keywords": keyword_scores}
    pooled = {part: {name: pooled_average_precision(pool, profiles, score) for name, score in scores.items()}
              for part, pool in parts.items()}
    for line in table(parts, figures, pooled):
        print(line)
    if args.part is not None:
        for stem, profile in profiles.items():
            for line in misses(rank(parts[args.part], profile), OCCUPATION_OF[stem], root):
                print(f"{stem:<24}{line}")
    return 0


def misses(ranked: Iterable[RankedCandidate], wanted: str, root: Path) -> list[str]:
    """The ranking's misses (:func:`miss_places`), each as its place, "+" (the occupation's) or "-",
    file id, score and must-haves met."""
    ranking = list(ranked)
    relevant = [occupation(entry.candidate) == wanted for entry in ranking]
    return [f"{place + 1:>4} {'+' if relevant[place] else '-'} {_file_id(ranking[place].candidate, root):<40}"
            f"{ranking[place].score:>7.2f}  must {ranking[place].must_have_met}/{ranking[place].must_have_total}"
            for place in miss_places(relevant)]


def miss_places(relevant: Sequence[bool]) -> list[int]:
    """Places (from 0) that cost average precision: a relevant one below an irrelevant one, an
    irrelevant one above a relevant one.

    >>> miss_places([True, False, True, False]), miss_places([True, True, False])
    ([1, 2], [])
    """
    first_other = next((place for place, own in enumerate(relevant) if not own), len(relevant))
    last_own = max((place for place, own in enumerate(relevant) if own), default=-1)
    return [place for place, own in enumerate(relevant)
            if (own and place > first_other) or (not own and place < last_own)]


def _file_id(candidate: Candidate, root: Path) -> str:
    """A resume's id in the pool: its occupation folder and file stem, never its text."""
    path = Path(candidate.path).relative_to(root / "resumes" / "livecareer")
    return path.with_suffix("").as_posix()


def table(parts: dict[str, list[Candidate]], figures: dict[str, dict[str, dict[str, float]]],
          pooled: dict[str, dict[str, float]] | None = None) -> list[str]:
    """The printed table: per profile and part, resumes of the occupation and AP; the means; the pooled
    AP (:func:`pooled_average_precision`, by score, so with no gate), when given; the targets."""
    sizes = ", ".join(f"{part} {len(pool)}" for part, pool in parts.items())
    lines = [f"resumes: {sizes}; average precision of the profile's occupation (tuning | test)",
             f"{'profile':<24}{'resumes':>8}" + "".join(f"{name:>16}" for name in (*ORDER_NAMES, "gain"))]
    stems = list(figures[PARTS[0]])
    for stem in stems:
        counts = "/".join(str(sum(occupation(c) == OCCUPATION_OF[stem] for c in parts[p])) for p in PARTS)
        lines.append(f"{stem:<24}{counts:>8}" + _figures([figures[p][stem] for p in PARTS]))
    means = {p: {name: sum(row[name] for row in figures[p].values()) / len(stems) for name in ORDER_NAMES}
             for p in PARTS}
    lines.append(f"{'mean AP':<32}" + _figures([means[p] for p in PARTS]))
    if pooled is not None:
        cells = [" | ".join(f"{pooled[p][name]:.3f}" for p in PARTS) for name in POOLED_NAMES]
        lines.append(f"{'pooled AP (by score)':<32}{cells[0]:>16}{'':>16}{cells[1]:>16}")
    for p in PARTS:
        mean, gain = means[p]["screener"], means[p]["screener"] - means[p]["keywords"]
        lines.append(f"target ({p}): mean AP {mean:.3f} >= {TARGET_MEAN_AP} {_verdict(mean >= TARGET_MEAN_AP)}; "
                     f"gain {gain:+.3f} >= +{TARGET_GAIN} {_verdict(gain >= TARGET_GAIN)}")
    return lines


def _verdict(met: bool) -> str:
    return "ok" if met else "MISSED"


def _figures(rows: list[dict[str, float]]) -> str:
    """Each ordering's AP in every part ("0.963 | 0.912"), then the screener's gain over the keyword count."""
    cells = [" | ".join(f"{row[name]:.3f}" for row in rows) for name in ORDER_NAMES]
    gains = " | ".join(f"{row['screener'] - row['keywords']:+.3f}" for row in rows)
    return "".join(f"{cell:>16}" for cell in (*cells, gains))


if __name__ == "__main__":
    sys.exit(main())
