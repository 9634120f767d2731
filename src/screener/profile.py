"""Job profiles: load and validate the YAML a recruiter writes.

A profile names must-have and nice-to-have skills with weights and, optionally,
minimum years and recency; skill names resolve through the taxonomy's aliases
(``postgres`` is PostgreSQL). Validation reports every problem at once, each
naming the file, the entry and a fix (the closest skill names for an unknown one).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from .errors import Problem, ProfileError
from .models import SkillId
from .strict_yaml import DuplicateKeyError, load_yaml
from .taxonomy import Taxonomy, load_taxonomy

_TOP_KEYS = ("title", "must_have", "nice_to_have", "min_total_years", "total_years_weight",
             "degree", "degree_weight", "description", "titles", "title_weight", "full_credit_years",
             "recency_half_life_years", "gate")
DEFAULT_FULL_CREDIT_YEARS = 3.0
_ENTRY_KEYS = ("skill", "weight", "min_years", "recent_within_years")
DEGREE_LEVELS = ("diploma", "associate", "bachelor", "master", "doctorate")
GATE_MUST_HAVES = "must-haves"
"""The ranking's gate: candidates meeting every must-have rank above the rest (the default)."""
GATE_MUST_HAVES_OR_TITLE = "must-haves or title"
"""The gate, passed too by a candidate whose headline or a position title matches the profile's titles."""
GATE_OFF = "off"
"""No gate: candidates rank by score alone."""
GATES = (GATE_MUST_HAVES, GATE_MUST_HAVES_OR_TITLE, GATE_OFF)


@dataclass(frozen=True, slots=True)
class Requirement:
    """One skill the profile asks for.

    Attributes:
        skill_id: the canonical skill.
        name: the skill's display name.
        as_written: the name as the profile wrote it ("postgres").
        must: True for a must-have, False for a nice-to-have.
        weight: the most points the skill can earn.
        min_years: minimum years of experience, if asked.
        recent_within_years: the skill must have been used within this many years, if asked.
        skill_kind: the skill's kind in the taxonomy: ``technology``, ``method`` or ``concept``.
    """

    skill_id: SkillId
    name: str
    as_written: str
    must: bool
    weight: float
    min_years: float | None = None
    recent_within_years: float | None = None
    skill_kind: str = "technology"

    @property
    def kind(self) -> str:
        """``must-have`` or ``nice-to-have``, as reports print it."""
        return "must-have" if self.must else "nice-to-have"


@dataclass(frozen=True, slots=True)
class JobProfile:
    """A validated job profile.

    Attributes:
        title: the job title.
        must_have: must-have requirements, in the order written.
        nice_to_have: nice-to-have requirements, in the order written.
        min_total_years: minimum total professional experience, if asked.
        total_years_weight: points for meeting ``min_total_years``.
        degree: minimum degree level, if asked (one of ``DEGREE_LEVELS``).
        degree_weight: points for meeting ``degree``.
        titles: the job titles a candidate's positions are matched against (default: ``title``
            when the profile names one; none, and no title line, when it names neither).
        title_weight: points for holding one of ``titles`` (default 1).
        full_credit_years: years of use in dated positions that earn a requirement full credit (default 3).
        recency_half_life_years: credit for a skill halves every this many years since its last use;
            None (the default) decays nothing.
        gate: how the ranking gates on must-haves: ``must-haves`` (the default), ``must-haves or
            title`` (holding one of ``titles`` passes it too: for occupations whose resumes
            describe their practice rather than name the tools asked) or ``off`` (score alone).
        source: the file it came from, or ``<mapping>``.
        sha256: hash of the profile's content (canonical JSON), for manifests.
        data: the profile as loaded, as plain data, for manifests.
    """

    title: str
    must_have: tuple[Requirement, ...]
    nice_to_have: tuple[Requirement, ...]
    min_total_years: float | None = None
    total_years_weight: float = 1.0
    degree: str | None = None
    degree_weight: float = 1.0
    titles: tuple[str, ...] = ()
    title_weight: float = 1.0
    full_credit_years: float = DEFAULT_FULL_CREDIT_YEARS
    recency_half_life_years: float | None = None
    gate: str = GATE_MUST_HAVES
    source: str = "<mapping>"
    sha256: str = ""
    data: str = "{}"

    @property
    def requirements(self) -> tuple[Requirement, ...]:
        """Must-haves then nice-to-haves."""
        return self.must_have + self.nice_to_have


def load_profile(
    source: str | Path | Mapping[str, Any], *, taxonomy: Taxonomy | None = None
) -> JobProfile:
    """Load and validate a job profile from a YAML file or a mapping.

    Args:
        source: a path to a YAML file, or the profile as a mapping.
        taxonomy: the taxonomy skill names resolve against (default: built-in).

    Returns:
        The validated :class:`JobProfile`.

    Raises:
        ProfileError: listing every problem, each with the file, the entry and a fix.

    Example:
        >>> profile = load_profile({"title": "Backend", "must_have": [{"skill": "postgres", "weight": 2}]})
        >>> profile.must_have[0].skill_id, profile.must_have[0].weight
        ('postgresql', 2.0)
    """
    taxonomy = taxonomy or load_taxonomy()
    if isinstance(source, Mapping):
        name, data = "<mapping>", dict(source)
    else:
        name, data = str(source), _read(Path(source))
    problems: list[Problem] = []
    _check_keys(data, _TOP_KEYS, name, "profile", problems)

    lists, seen = _requirement_lists(data, taxonomy, name, problems)
    if not seen and not problems:
        problems.append(Problem(name, "must_have", "the profile names no skills; add must_have or nice_to_have"))

    numbers = _numbers(data, name, problems)
    titles = _titles(data, name, problems) or ((str(data["title"]).strip(),) if data.get("title") else ())
    degree = data.get("degree")
    if seen and not problems:
        extras = ((bool(titles), numbers["title_weight"]), (numbers["min_total_years"] is not None,
                  numbers["total_years_weight"]), (degree is not None, numbers["degree_weight"]))
        _check_some_weight(lists, extras, name, problems)
    gate = str(data.get("gate", GATE_MUST_HAVES))
    _check_gate(gate, titles, name, problems)
    _check_degree(degree, name, problems)
    if problems:
        raise ProfileError(problems)
    return _profile(data, name, lists, numbers, titles, gate)


def _numbers(data: Mapping[str, Any], source: str, problems: list[Problem]) -> dict[str, float | None]:
    """The profile's numeric settings, None where it sets none; each problem recorded."""
    numbers = {key: _number(data, key, source, "profile", problems)
               for key in ("min_total_years", "total_years_weight", "degree_weight", "title_weight")}
    numbers |= {key: _positive(data, key, source, problems)
                for key in ("full_credit_years", "recency_half_life_years")}
    return numbers


def _profile(data: Mapping[str, Any], source: str, lists: Mapping[str, list[Requirement]],
             numbers: Mapping[str, float | None], titles: tuple[str, ...], gate: str) -> JobProfile:
    """The validated profile, each weight left unset weighing 1, its hash over the canonical data."""
    def weight(key: str) -> float:
        value = numbers[key]
        return 1.0 if value is None else value

    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    title = str(data.get("title") or (Path(source).stem if source != "<mapping>" else "Untitled profile"))
    degree = data.get("degree")
    full_credit = numbers["full_credit_years"]
    return JobProfile(
        title=title,
        must_have=tuple(lists["must_have"]),
        nice_to_have=tuple(lists["nice_to_have"]),
        min_total_years=numbers["min_total_years"],
        total_years_weight=weight("total_years_weight"),
        degree=str(degree).lower() if degree is not None else None,
        degree_weight=weight("degree_weight"),
        titles=titles,
        title_weight=weight("title_weight"),
        full_credit_years=DEFAULT_FULL_CREDIT_YEARS if full_credit is None else full_credit,
        recency_half_life_years=numbers["recency_half_life_years"],
        gate=gate,
        source=source,
        sha256=hashlib.sha256(canonical.encode()).hexdigest(),
        data=canonical,
    )


def _check_some_weight(lists: Mapping[str, list[Requirement]], extras: Sequence[tuple[bool, float | None]],
                       source: str, problems: list[Problem]) -> None:
    """Someone must be able to score: some requirement or asked line weighs more than 0."""
    weights = [r.weight for r in lists["must_have"] + lists["nice_to_have"]]
    weights += [1.0 if weight is None else weight for asked, weight in extras if asked]
    if sum(weights) <= 0:
        message = "every weight is 0, so no one can score; give a skill a positive weight"
        problems.append(Problem(source, "weight", message))


def _check_gate(gate: str, titles: tuple[str, ...], source: str, problems: list[Problem]) -> None:
    """The gate is a known one, and a gate that accepts a title has titles to match."""
    if gate not in GATES:
        problems.append(Problem(source, "gate", f"unknown gate {gate!r}; use one of {', '.join(GATES)}"))
    elif gate == GATE_MUST_HAVES_OR_TITLE and not titles:
        problems.append(Problem(source, "gate", f"{gate!r} needs titles (or a title) to match; add titles"))


def _check_degree(degree: Any, source: str, problems: list[Problem]) -> None:
    """An asked degree is one of :data:`DEGREE_LEVELS`."""
    if degree is not None and str(degree).lower() not in DEGREE_LEVELS:
        levels = ", ".join(DEGREE_LEVELS)
        problems.append(Problem(source, "degree", f"unknown degree level {degree!r}; use one of {levels}"))


def _requirement_lists(data: Mapping[str, Any], taxonomy: Taxonomy, name: str,
                       problems: list[Problem]) -> tuple[dict[str, list[Requirement]], dict[SkillId, str]]:
    """The must-have and nice-to-have requirements, and where each skill was first listed."""
    seen: dict[SkillId, str] = {}
    lists: dict[str, list[Requirement]] = {"must_have": [], "nice_to_have": []}
    for key, requirements in lists.items():
        entries = data.get(key) or []
        if not isinstance(entries, list):
            problems.append(Problem(name, key, "must be a list of skills"))
            continue
        for position, entry in enumerate(entries):
            where = f"{key}[{position}]"
            skill_id = _entry_skill(entry, taxonomy)
            if skill_id is not None and skill_id in seen:
                # Named even when either entry has another problem too, so one fix round is enough.
                problems.append(Problem(
                    name, where, f"{taxonomy[skill_id].name} is listed twice (also at {seen[skill_id]}); keep one",
                ))
                continue
            if skill_id is not None:
                seen[skill_id] = where
            requirement = _requirement(entry, key == "must_have", taxonomy, name, where, problems)
            if requirement is not None:
                requirements.append(requirement)
    return lists, seen


def _read(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ProfileError([Problem(str(path), "-", f"cannot read the file: {e.strerror or e}")]) from e
    except UnicodeDecodeError as e:
        raise ProfileError([Problem(str(path), "-", f"not valid YAML: {e}")]) from e
    return profile_mapping(text, str(path))


def profile_mapping(text: str, source: str) -> dict[str, Any]:
    """A profile's YAML (or JSON, which is YAML too) text as a mapping, for :func:`load_profile` to validate.

    Raises:
        ProfileError: the text is not YAML, repeats a key, or is not a mapping; ``source`` names it.

    >>> profile_mapping('{"must_have": ["python"]}', "<request>")
    {'must_have': ['python']}
    """
    try:
        data = load_yaml(text)
    except DuplicateKeyError as e:
        raise ProfileError([Problem(source, f"line {e.line}", e.message)]) from e
    except yaml.YAMLError as e:
        raise ProfileError([Problem(source, "-", f"not valid YAML: {e}")]) from e
    if not isinstance(data, dict):
        message = "a profile must be a YAML mapping with must_have and nice_to_have lists"
        raise ProfileError([Problem(source, "-", message)])
    return data


def _check_keys(data: Mapping[str, Any], allowed: tuple[str, ...], source: str, where: str,
                problems: list[Problem]) -> None:
    for key in data:
        if key not in allowed:
            guess = process.extractOne(str(key), allowed, scorer=fuzz.ratio)
            hint = f"did you mean {guess[0]!r}?" if guess and guess[1] >= 60 else f"allowed: {', '.join(allowed)}"
            problems.append(Problem(source, where, f"unknown key {key!r}; {hint}"))


def _number(data: Mapping[str, Any], key: str, source: str, where: str,
            problems: list[Problem]) -> float | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        problems.append(Problem(source, f"{where} {key}", f"must be a number, got {value!r}"))
        return None
    if value < 0:
        problems.append(Problem(source, f"{where} {key}", f"must not be negative, got {value}"))
        return None
    return float(value)


def _positive(data: Mapping[str, Any], key: str, source: str, problems: list[Problem]) -> float | None:
    """A number that must be above 0 (a span of years), or None when not given."""
    before = len(problems)
    value = _number(data, key, source, "profile", problems)
    if value == 0.0 and len(problems) == before:
        problems.append(Problem(source, f"profile {key}", "must be above 0 years; leave it out to turn it off"))
        return None
    return value


def _titles(data: Mapping[str, Any], source: str, problems: list[Problem]) -> tuple[str, ...]:
    """The profile's ``titles``: a list of non-empty strings (empty when not given)."""
    value = data.get("titles")
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(t, str) and t.strip() for t in value):
        problems.append(Problem(source, "titles", "must be a list of job titles, e.g. [Python Developer]"))
        return ()
    return tuple(t.strip() for t in value)


def _entry_skill(entry: Any, taxonomy: Taxonomy) -> SkillId | None:
    """The skill an entry names, whatever else is wrong with it (None when it names none)."""
    written = entry if isinstance(entry, str) else entry.get("skill") if isinstance(entry, dict) else None
    return taxonomy.resolve(str(written).strip()) if written else None


def _requirement(entry: Any, must: bool, taxonomy: Taxonomy, source: str, where: str,
                 problems: list[Problem]) -> Requirement | None:
    if isinstance(entry, str):
        entry = {"skill": entry}
    if not isinstance(entry, dict):
        problems.append(Problem(source, where, "each entry must be a skill name or a mapping with 'skill'"))
        return None
    before = len(problems)
    _check_keys(entry, _ENTRY_KEYS, source, where, problems)
    written = str(entry.get("skill") or "").strip()
    skill_id = taxonomy.resolve(written) if written else None
    if not written:
        problems.append(Problem(source, where, "needs 'skill: <name>'"))
    elif skill_id is None:
        suggestions = ", ".join(taxonomy.closest(written))
        problems.append(Problem(source, where, f"unknown skill {written!r}; closest: {suggestions}"))
    weight = _number(entry, "weight", source, where, problems)
    min_years = _number(entry, "min_years", source, where, problems)
    recent = _number(entry, "recent_within_years", source, where, problems)
    if len(problems) > before or skill_id is None:
        return None
    return Requirement(
        skill_id=skill_id,
        name=taxonomy[skill_id].name,
        as_written=written,
        must=must,
        weight=1.0 if weight is None else weight,
        min_years=min_years,
        recent_within_years=recent,
        skill_kind=taxonomy[skill_id].kind,
    )
