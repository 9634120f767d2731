"""The skill taxonomy: load, validate and look up the YAML files in ``skill_taxonomy/``.

The taxonomy is data, not code. ``taxonomy.yaml`` holds the version and the
categories; every other ``*.yaml`` file holds a ``skills:`` list. The file
format and the rules for adding a skill are in ``skill_taxonomy/README.md``.

Validation collects every problem before raising :class:`TaxonomyError`:
duplicate ids, an alias claimed by two skills, an unknown implied id or
category, a cycle of ``implies``, a bad regular expression, a misspelt key.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from .alias_rule import alias_variant_rule
from .domains import Domain
from .errors import Problem, TaxonomyError
from .models import SkillId
from .strict_yaml import DuplicateKeyError, load_yaml

META_FILE = "taxonomy.yaml"
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.+#-]*$")
_SKILL_KEYS = frozenset(
    {"id", "name", "category", "kind", "aliases", "implies", "related", "context_words", "negative",
     "esco", "onet", "fuzzy", "description"}
)
_ALIAS_KEYS = frozenset({"text", "case_sensitive", "context", "negative", "fuzzy", "why", "not_in_domains"})
# LABELING.md's kinds: named things; named methodologies; broad areas and generic activities.
KINDS = ("technology", "method", "concept")
_CONTEXT_VALUES = ("none", "required", "own")
# Fuzzy matching of short strings gives false hits ("Java" ~ "Jade"); below this
# length an alias is only ever matched exactly.
FUZZY_MIN_LENGTH = 6


def normalize_alias(text: str) -> str:
    """Fold an alias or a skill name for lookup: lower case, single spaces.

    >>> normalize_alias("  Node.JS ")
    'node.js'
    """
    return " ".join(text.split()).lower()


@dataclass(frozen=True, slots=True)
class Alias:
    """One way of writing a skill, with the rules for counting it.

    Attributes:
        text: the alias as written in the taxonomy.
        case_sensitive: match only this exact casing ("Go", "R", "C").
        needs_context: count only with technical context nearby (a skills
            section, other skills on the line, a context word, a version).
        own_context_only: count only near one of the skill's own context words,
            even in a skills section (an acronym that other trades use: PDM).
        negative: regular expressions; a match inside one of them is not a mention.
        fuzzy: whether misspellings of this alias may match.
        own_context_only: count only near one of the skill's own context words.
        why: why the alias is the same thing as the skill when it is not a spelling,
            version, vendor prefix or initialism of its name ("former name, renamed 2019").
        not_in_domains: domains (``taxonomy.yaml``'s ``domains:``) in whose resumes the
            alias means something else ("EMR" in healthcare); there it counts only
            beside one of the skill's own context words.
    """

    text: str
    case_sensitive: bool = False
    needs_context: bool = False
    negative: tuple[str, ...] = ()
    fuzzy: bool = True
    own_context_only: bool = False
    not_in_domains: tuple[str, ...] = ()
    why: str | None = None


@dataclass(frozen=True, slots=True)
class Skill:
    """A skill in the taxonomy.

    Attributes:
        id: canonical id (lower case, no spaces).
        name: display name.
        category: a category id from ``taxonomy.yaml``.
        kind: ``technology`` (a named thing), ``method`` (a named methodology) or
            ``concept`` (a broad area or generic activity), as LABELING.md defines them.
        aliases: every way to write it, the display name included.
        implies: ids of skills that knowing this one implies (directly).
        related: ids of skills close to this one that it does not imply, for explanations.
        context_words: words that, near an alias needing context, show it is this skill.
        negative: regular expressions for every alias of the skill.
        esco: ESCO reference, when one helps.
        onet: O*NET reference, when one helps.
        source: the file that defined (or last changed) the skill.
    """

    id: SkillId
    name: str
    category: str
    aliases: tuple[Alias, ...]
    implies: tuple[SkillId, ...] = ()
    kind: str = "technology"
    related: tuple[SkillId, ...] = ()
    context_words: tuple[str, ...] = ()
    negative: tuple[str, ...] = ()
    esco: str | None = None
    onet: str | None = None
    source: str = ""


class Taxonomy:
    """A validated taxonomy: skills by id, alias lookup, implied skills.

    Build one with :func:`load_taxonomy`; it is immutable after that.
    """

    def __init__(
        self,
        version: str,
        categories: Mapping[str, str],
        skills: Iterable[Skill],
        *,
        sources: Sequence[tuple[str, str]] = (),
        domains: Mapping[str, Domain] | None = None,
    ) -> None:
        self.version = version
        self.categories: dict[str, str] = dict(categories)
        self.domains: dict[str, Domain] = dict(domains or {})
        self.skills: dict[SkillId, Skill] = {s.id: s for s in sorted(skills, key=lambda s: s.id)}
        self.sources: tuple[tuple[str, str], ...] = tuple(sources)
        self._by_alias: dict[str, SkillId] = {}
        self._alias_by_text: dict[str, tuple[SkillId, Alias]] = {}
        for skill in self.skills.values():
            self._by_alias.setdefault(normalize_alias(skill.id), skill.id)
            for alias in skill.aliases:
                self._by_alias.setdefault(normalize_alias(alias.text), skill.id)
                self._alias_by_text.setdefault(normalize_alias(alias.text), (skill.id, alias))
        self._implied: dict[SkillId, tuple[SkillId, ...]] = {}
        self.sha256 = hashlib.sha256(
            json.dumps(self._canonical(), sort_keys=True, ensure_ascii=True).encode()
        ).hexdigest()

    def __len__(self) -> int:
        return len(self.skills)

    def __iter__(self) -> Iterator[Skill]:
        return iter(self.skills.values())

    def __contains__(self, skill_id: object) -> bool:
        return skill_id in self.skills

    def __getitem__(self, skill_id: str) -> Skill:
        return self.skills[SkillId(skill_id)]

    @property
    def alias_count(self) -> int:
        """Number of distinct aliases (display names included)."""
        return sum(len(s.aliases) for s in self.skills.values())

    def resolve(self, name: str) -> SkillId | None:
        """The skill a name or alias refers to, or None.

        >>> load_taxonomy().resolve("postgres")
        'postgresql'
        """
        return self._by_alias.get(normalize_alias(name))

    def alias(self, text: str) -> tuple[SkillId, Alias] | None:
        """The skill and the alias (with its rules) that ``text`` is, folded; None when no alias is.

        >>> load_taxonomy().alias("go")[1].case_sensitive
        True
        """
        return self._alias_by_text.get(normalize_alias(text))

    def closest(self, name: str, limit: int = 3) -> list[str]:
        """Display names of the skills whose names or aliases are nearest ``name``."""
        matches = process.extract(
            normalize_alias(name), list(self._by_alias), scorer=fuzz.ratio, limit=limit * 4
        )
        names: list[str] = []
        for alias, _score, _ in matches:
            display = self.skills[self._by_alias[alias]].name
            if display not in names:
                names.append(display)
        return names[:limit]

    def implied(self, skill_id: SkillId) -> tuple[SkillId, ...]:
        """Every skill ``skill_id`` implies, transitively, sorted; itself excluded."""
        if skill_id not in self._implied:
            seen: set[SkillId] = set()
            stack = list(self.skills[skill_id].implies)
            while stack:
                current = stack.pop()
                if current in seen or current == skill_id:
                    continue
                seen.add(current)
                stack.extend(self.skills[current].implies)
            self._implied[skill_id] = tuple(sorted(seen))
        return self._implied[skill_id]

    def _canonical(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "categories": self.categories,
            "domains": {d.id: [list(d.cues), d.min_cues] for d in self.domains.values()},
            "skills": [
                {
                    "id": s.id, "name": s.name, "category": s.category, "kind": s.kind,
                    "related": list(s.related),
                    "aliases": [[a.text, a.case_sensitive, a.needs_context, a.own_context_only, list(a.negative),
                                 a.fuzzy, list(a.not_in_domains)] for a in s.aliases],
                    "implies": list(s.implies), "context_words": list(s.context_words),
                    "negative": list(s.negative),
                }
                for s in self.skills.values()
            ],
        }


# --------------------------------------------------------------------------- loading


def builtin_root() -> Path:
    """The folder of the built-in taxonomy files (shipped as package data)."""
    return Path(str(importlib.resources.files("screener.skill_taxonomy")))


def load_taxonomy(
    overlays: str | Path | Sequence[str | Path] = (), *, root: str | Path | None = None
) -> Taxonomy:
    """Load, merge and validate the taxonomy; the last few are kept, by their files' content.

    Args:
        overlays: YAML files that add skills and aliases or override the rules
            of existing skills, applied in order (a company's own stack); one
            path alone is one overlay.
        root: a folder to load instead of the built-in taxonomy.

    Returns:
        The validated :class:`Taxonomy`.

    Raises:
        TaxonomyError: with every problem found, in every file.

    Example:
        >>> tax = load_taxonomy()
        >>> tax.resolve("DRF"), "python" in tax.implied(tax.resolve("DRF"))
        ('djangorestframework', True)
    """
    if isinstance(overlays, (str, Path)):
        overlays = (overlays,)  # one overlay's path, not a sequence of one-letter paths
    root_path = (Path(root) if root is not None else builtin_root()).resolve()
    files = tuple(str(Path(o).resolve()) for o in overlays)
    return _load_cached(str(root_path), files, _content_hash(root_path, files))


def _content_hash(root: Path, overlays: Sequence[str]) -> str:
    """A hash of every file a load reads, by name and bytes: an edited file is a new taxonomy."""
    digest = hashlib.sha256()
    for path in [*sorted(root.glob("*.yaml")), *map(Path, overlays)]:
        digest.update(f"{path.name}\0{_sha256(path)}\0".encode())
    return digest.hexdigest()


# A handful of taxonomies (the built-in one, a few overlays) at most: each compiled one is megabytes.
@functools.lru_cache(maxsize=8)
def _load_cached(root: str, overlays: tuple[str, ...], _content: str) -> Taxonomy:
    problems: list[Problem] = []
    root_path = Path(root)
    meta_path = root_path / META_FILE
    meta = _read_yaml(meta_path, problems)
    version = str(meta.get("version", "")) if isinstance(meta, dict) else ""
    if not version:
        problems.append(Problem(str(meta_path), "version", "the taxonomy needs a version"))
    categories = _categories(meta, meta_path, problems)
    domains = _domains(meta, meta_path, problems)

    raw: dict[SkillId, tuple[dict[str, Any], str]] = {}
    for path in sorted(root_path.glob("*.yaml")):
        if path.name == META_FILE:
            continue
        for entry, where in _skill_entries(path, _read_yaml(path, problems), problems):
            skill_id = SkillId(str(entry.get("id", "")))
            if skill_id in raw:
                problems.append(Problem(
                    str(path), where,
                    f"duplicate skill id {skill_id!r}: first defined in {raw[skill_id][1]}",
                ))
                continue
            raw[skill_id] = (entry, str(path))

    sources: list[tuple[str, str]] = []
    for overlay in overlays:
        overlay_path = Path(overlay)
        sources.append((str(overlay_path), _sha256(overlay_path)))
        overlay_meta = _read_yaml(overlay_path, problems)
        categories.update(_categories(overlay_meta, overlay_path, problems))
        domains.update(_domains(overlay_meta, overlay_path, problems))
        for entry, _where in _skill_entries(overlay_path, overlay_meta, problems):
            skill_id = SkillId(str(entry.get("id", "")))
            if skill_id in raw:
                raw[skill_id] = (_merge(raw[skill_id][0], entry), str(overlay_path))
            else:
                raw[skill_id] = (entry, str(overlay_path))
        if overlay_meta and isinstance(overlay_meta, dict) and overlay_meta.get("version"):
            version = f"{version}+{overlay_meta['version']}"

    # Skills are built even when they have problems, so that the checks across
    # skills (aliases, implies) still see them and report everything at once.
    skills = [_build_skill(entry, source, categories, problems) for entry, source in raw.values()]
    _check_aliases(skills, problems)
    _check_implies(skills, problems)
    _check_domains(skills, domains, problems)
    _check_kinds(skills, problems)
    _check_alias_rule(skills, problems)
    if problems:
        raise TaxonomyError(problems)
    return Taxonomy(version, categories, skills, sources=sources, domains=domains)


def clear_cache() -> None:
    """Forget loaded taxonomies (tests that edit taxonomy files call this)."""
    _load_cached.cache_clear()


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _read_yaml(path: Path, problems: list[Problem]) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return load_yaml(handle) or {}
    except OSError as e:
        problems.append(Problem(str(path), "-", f"cannot read the file: {e.strerror or e}"))
    except DuplicateKeyError as e:
        problems.append(Problem(str(path), f"line {e.line}", e.message))
    except yaml.YAMLError as e:
        problems.append(Problem(str(path), "-", f"not valid YAML: {e}"))
    return {}


def _categories(meta: Any, path: Path, problems: list[Problem]) -> dict[str, str]:
    raw = meta.get("categories") if isinstance(meta, dict) else None
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        problems.append(Problem(str(path), "categories", "'categories' must map ids to descriptions"))
        return {}
    return {str(k): str(v) for k, v in raw.items()}


def _domains(meta: Any, path: Path, problems: list[Problem]) -> dict[str, Domain]:
    raw = meta.get("domains") if isinstance(meta, dict) else None
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        problems.append(Problem(str(path), "domains", "'domains' must map ids to {cues: [...], min_cues: N}"))
        return {}
    domains: dict[str, Domain] = {}
    for domain_id, entry in raw.items():
        cues = entry.get("cues") if isinstance(entry, dict) else None
        min_cues = entry.get("min_cues", 3) if isinstance(entry, dict) else None
        if not isinstance(cues, list) or not cues or not isinstance(min_cues, int) or min_cues < 1:
            problems.append(Problem(str(path), f"domains.{domain_id}",
                                    "a domain needs a non-empty 'cues' list and a positive 'min_cues'"))
            continue
        domains[str(domain_id)] = Domain(str(domain_id), tuple(str(c).lower() for c in cues), min_cues)
    return domains


def _skill_entries(
    path: Path, data: Any, problems: list[Problem]
) -> Iterator[tuple[dict[str, Any], str]]:
    if not isinstance(data, dict) or not isinstance(data.get("skills", []), list):
        problems.append(Problem(str(path), "skills", "the file must hold a 'skills:' list"))
        return
    for position, entry in enumerate(data.get("skills") or []):
        where = f"skills[{position}]"
        if not isinstance(entry, dict):
            problems.append(Problem(str(path), where, "each skill must be a mapping"))
            continue
        yield entry, f"{where} ({entry.get('id', '?')})"


def _merge(base: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """An overlay entry adds aliases and replaces every other field it names."""
    merged = dict(base)
    for key, value in overlay.items():
        if key == "aliases":
            texts = {normalize_alias(_alias_text(a)) for a in value or []}
            kept = [a for a in base.get("aliases") or [] if normalize_alias(_alias_text(a)) not in texts]
            merged["aliases"] = kept + list(value or [])
        else:
            merged[key] = value
    return merged


def _alias_text(alias: Any) -> str:
    return str(alias.get("text", "")) if isinstance(alias, dict) else str(alias)


def _unknown_keys(
    keys: Iterable[str], allowed: frozenset[str], source: str, where: str, problems: list[Problem]
) -> None:
    for key in sorted(set(keys) - allowed):
        guess = process.extractOne(key, sorted(allowed), scorer=fuzz.ratio)
        hint = f"; did you mean {guess[0]!r}?" if guess and guess[1] >= 60 else ""
        problems.append(Problem(source, where, f"unknown key {key!r}{hint}"))


def _as_list(value: Any, key: str, source: str, where: str, problems: list[Problem]) -> list[Any]:
    """A list-valued key; a scalar would otherwise be read one character at a time."""
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append(Problem(source, where, f"{key!r} must be a list, got {value!r}"))
        return []
    return value


def _regexes(values: Any, source: str, where: str, problems: list[Problem]) -> tuple[str, ...]:
    patterns = tuple(str(v) for v in _as_list(values, "negative", source, where, problems))
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as e:
            problems.append(Problem(source, where, f"bad regular expression {pattern!r}: {e}"))
    return patterns


def _build_skill(
    entry: dict[str, Any], source: str, categories: Mapping[str, str], problems: list[Problem]
) -> Skill:
    skill_id = str(entry.get("id", ""))
    where = skill_id or "<no id>"
    _unknown_keys(entry, _SKILL_KEYS, source, where, problems)
    if not _ID_RE.match(skill_id):
        problems.append(Problem(source, where, "id must be lower case letters, digits and _.+#-"))
    name = str(entry.get("name") or "").strip()
    if not name:
        problems.append(Problem(source, where, "a skill needs a display 'name'"))
    category = str(entry.get("category") or "")
    if category not in categories:
        guess = process.extractOne(category, sorted(categories), scorer=fuzz.ratio)
        hint = f"; did you mean {guess[0]!r}?" if guess else ""
        problems.append(Problem(source, where, f"unknown category {category!r}{hint}"))

    # A skill's `fuzzy: false` is the default of each of its aliases (an alias may override it).
    fuzzy = bool(entry.get("fuzzy", True))
    aliases: list[Alias] = []
    seen: set[str] = set()
    for alias_entry in _as_list(entry.get("aliases"), "aliases", source, where, problems):
        alias = _build_alias(alias_entry, source, where, problems, fuzzy=fuzzy)
        if alias is None:
            continue
        # Case-sensitive aliases may differ only in case ("OOPs", "OOPS"); others may not.
        key = alias.text if alias.case_sensitive else normalize_alias(alias.text)
        if key in seen:
            problems.append(Problem(source, where, f"alias {alias.text!r} is listed twice"))
        seen.add(key)
        aliases.append(alias)
    if name and normalize_alias(name) not in {normalize_alias(a.text) for a in aliases}:
        aliases.insert(0, Alias(name, fuzzy=fuzzy and len(name) >= FUZZY_MIN_LENGTH))
    implies = _as_list(entry.get("implies"), "implies", source, where, problems)
    related = _as_list(entry.get("related"), "related", source, where, problems)
    kind = str(entry.get("kind") or "")
    if kind not in KINDS:
        problems.append(Problem(source, where, f"kind must be one of {', '.join(KINDS)}, got {kind or 'nothing'!r}"))
    context_words = _as_list(entry.get("context_words"), "context_words", source, where, problems)
    negative = _regexes(entry.get("negative"), source, where, problems)
    return Skill(
        id=SkillId(skill_id),
        name=name,
        category=category,
        aliases=tuple(aliases),
        implies=tuple(SkillId(str(i)) for i in implies),
        kind=kind if kind in KINDS else "technology",
        related=tuple(SkillId(str(i)) for i in related),
        context_words=tuple(str(w).lower() for w in context_words),
        negative=negative,
        esco=entry.get("esco"),
        onet=entry.get("onet"),
        source=source,
    )


def _build_alias(
    value: Any, source: str, where: str, problems: list[Problem], *, fuzzy: bool = True
) -> Alias | None:
    if isinstance(value, str):
        text = value.strip()
        return Alias(text, fuzzy=fuzzy and len(text) >= FUZZY_MIN_LENGTH) if text else None
    if not isinstance(value, dict):
        problems.append(Problem(source, where, f"alias {value!r} must be a string or a mapping"))
        return None
    _unknown_keys(value, _ALIAS_KEYS, source, f"{where} alias {value.get('text')!r}", problems)
    text = str(value.get("text") or "").strip()
    if not text:
        problems.append(Problem(source, where, "an alias mapping needs 'text'"))
        return None
    context = str(value.get("context", "none"))
    if context not in _CONTEXT_VALUES:
        problems.append(Problem(source, where, f"alias {text!r}: context must be one of {_CONTEXT_VALUES}"))
    case_sensitive = bool(value.get("case_sensitive", False))
    why = value.get("why")
    if why is not None and not str(why).strip():
        problems.append(Problem(source, where, f"alias {text!r}: 'why' must say why, not be empty"))
    needs_context = context in ("required", "own")
    not_in = _as_list(value.get("not_in_domains"), "not_in_domains", source, f"{where} alias {text!r}", problems)
    default_fuzzy = fuzzy and not case_sensitive and not needs_context
    return Alias(
        text=text,
        case_sensitive=case_sensitive,
        needs_context=needs_context,
        negative=_regexes(value.get("negative"), source, f"{where} alias {text!r}", problems),
        fuzzy=bool(value.get("fuzzy", default_fuzzy)) and len(text) >= FUZZY_MIN_LENGTH,
        own_context_only=context == "own",
        not_in_domains=tuple(str(d) for d in not_in),
        why=str(why).strip() if why else None,
    )


def _check_aliases(skills: Sequence[Skill], problems: list[Problem]) -> None:
    owner: dict[str, Skill] = {}
    by_id = {normalize_alias(s.id): s for s in skills}
    for skill in skills:
        for alias in skill.aliases:
            key = normalize_alias(alias.text)
            other = owner.get(key)
            if other is not None and other.id != skill.id:
                problems.append(Problem(
                    skill.source, skill.id,
                    f"alias {alias.text!r} is claimed by {other.id!r} ({other.source}) too",
                ))
            elif (named := by_id.get(key)) is not None and named.id != skill.id:
                problems.append(Problem(
                    skill.source, skill.id,
                    f"alias {alias.text!r} is the id of skill {named.id!r} ({named.source})",
                ))
            owner.setdefault(key, skill)


def _check_domains(skills: Sequence[Skill], domains: Mapping[str, Domain], problems: list[Problem]) -> None:
    for skill in skills:
        for alias in skill.aliases:
            for domain in alias.not_in_domains:
                if domain not in domains:
                    problems.append(Problem(skill.source, skill.id,
                                            f"alias {alias.text!r}: unknown domain {domain!r} in not_in_domains"))


def _check_alias_rule(skills: Sequence[Skill], problems: list[Problem]) -> None:
    """Every alias is its skill written another way, or says why it is the same thing."""
    for skill in skills:
        names = (skill.name, skill.id)
        for alias in skill.aliases:
            if alias.why is None and alias_variant_rule(alias.text, names) is None:
                problems.append(Problem(
                    skill.source, skill.id,
                    f"alias {alias.text!r} is not a spelling, version, vendor prefix or initialism of "
                    f"{skill.name!r}: give it its own skill, drop it, or say why it is the same thing "
                    "(why: former name, renamed 2019)",
                ))


def _check_kinds(skills: Sequence[Skill], problems: list[Problem]) -> None:
    """A concept never implies a technology or a method; related ids exist."""
    by_id = {s.id: s for s in skills}
    for skill in skills:
        for target in skill.related:
            if target not in by_id:
                problems.append(Problem(skill.source, skill.id, f"related to unknown skill {target!r}"))
        if skill.kind != "concept":
            continue
        for target in skill.implies:
            other = by_id.get(target)
            if other is not None and other.kind != "concept":
                problems.append(Problem(
                    skill.source, skill.id,
                    f"the concept {skill.name!r} implies the {other.kind} {other.name!r}: a concept never "
                    "implies a named thing",
                ))


def _check_implies(skills: Sequence[Skill], problems: list[Problem]) -> None:
    by_id = {s.id: s for s in skills}
    for skill in skills:
        for target in skill.implies:
            if target == skill.id:
                problems.append(Problem(skill.source, skill.id, "a skill cannot imply itself"))
            elif target not in by_id:
                guess = process.extractOne(target, sorted(by_id), scorer=fuzz.ratio)
                hint = f"; did you mean {guess[0]!r}?" if guess else ""
                problems.append(Problem(skill.source, skill.id, f"implies unknown skill {target!r}{hint}"))
    # Depth-first search for cycles; each cycle is reported once, by its sorted members.
    state: dict[SkillId, int] = {}
    reported: set[tuple[SkillId, ...]] = set()

    def visit(node: SkillId, trail: list[SkillId]) -> None:
        state[node] = 1
        trail.append(node)
        for target in by_id[node].implies:
            if target not in by_id or target == node:
                continue
            if state.get(target) == 1:
                cycle = trail[trail.index(target):]
                key = tuple(sorted(cycle))
                if key not in reported:
                    reported.add(key)
                    path = " -> ".join([*cycle, target])
                    problems.append(Problem(by_id[target].source, target, f"implies forms a cycle: {path}"))
            elif target not in state:
                visit(target, trail)
        trail.pop()
        state[node] = 2

    for skill_id in sorted(by_id):
        if skill_id not in state:
            visit(skill_id, [])
