"""Assembling the candidate record from what the parse stages found.

:mod:`screener.parse` only composes the stages (ingest, sections, skills, experience, education);
this module turns their output into the :class:`~screener.models.Candidate` a ranking reads: one
:class:`~screener.models.SkillRecord` per skill with the skills it implies and the months claimed,
the hidden-text audit, the resume's own flags, and (across a pool) the flags of files with the same
bytes. ``screen()`` and ``rank()`` both flag duplicates here, so a caller of either sees the same flags.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .claims import claimed_months
from .experience import Experience, skill_time
from .models import Candidate, Document, Education, Line, Section, SkillId, SkillMention, SkillRecord, YearMonth
from .same_person import person_contact_keys, text_signature
from .taxonomy import Taxonomy

Extractor = Callable[[Sequence[Line], Sequence[Section]], Sequence[SkillMention]]
"""The skill extractor's call: lines and their sections in, mentions out."""


@dataclass(frozen=True, slots=True)
class Stages:
    """What the parse stages read from one document, before it is a candidate.

    Attributes:
        document: the file as read.
        lines: its visible lines, those addressed to a machine blanked.
        addressed: indexes of the lines addressed to a machine (blanked in ``lines``).
        sections: the sections of ``lines``.
        present: the month "present" means in this resume.
        present_source: ``document`` or ``as_of``: where ``present`` came from.
        experience: the positions and their months.
        education: the degrees found.
        mentions: the skills named, name slots dropped.
        name: the candidate's name, when one was found.
        headline: the title the resume gives its owner (under the name, or a summary's opening), if any.
    """

    document: Document
    lines: tuple[Line, ...]
    addressed: frozenset[int]
    sections: tuple[Section, ...]
    present: YearMonth
    present_source: str
    experience: Experience
    education: tuple[Education, ...]
    mentions: tuple[SkillMention, ...]
    name: str | None
    headline: str | None = None


class CandidateAssembler:
    """Build a :class:`Candidate` from a document's :class:`Stages`; made once, called per file.

    Args:
        taxonomy: the taxonomy the mentions came from (names, kinds, implied skills).
        extractor: the skill extractor, run again on hidden lines for the stuffing audit.
    """

    def __init__(self, taxonomy: Taxonomy, extractor: Extractor) -> None:
        self.taxonomy = taxonomy
        self.extractor = extractor

    def __call__(self, stages: Stages, *, as_of: YearMonth) -> Candidate:
        """The candidate record of one document."""
        document, experience = stages.document, stages.experience
        skills = skill_records(self.taxonomy, stages.lines, stages.mentions, experience)
        hidden_only = self.hidden_only_skills(document, {s.skill_id for s in skills if s.mentions})
        return Candidate(
            candidate_id=document.sha256[:12],
            path=document.path,
            file_name=Path(document.path).name,
            sha256=document.sha256,
            format=document.format,
            name=stages.name,
            skills=skills,
            positions=experience.positions,
            education=stages.education,
            total_months=experience.total_months,
            as_of=as_of,
            present=stages.present,
            present_source=stages.present_source,
            sections=stages.sections,
            flags=resume_flags(stages, hidden_only),
            taxonomy_version=self.taxonomy.version,
            contact_keys=person_contact_keys(stages.lines, stages.sections),
            text_signature=text_signature(document.text),
            headline=stages.headline,
        )

    def hidden_only_skills(self, document: Document, visible: set[SkillId]) -> list[str]:
        """Skills named only in text a reader cannot see: the keyword-stuffing audit."""
        hidden = [line for line in document.lines if line.hidden]
        if not hidden:
            return []
        section = (Section("hidden", "", 0, len(hidden)),)
        found = {m.skill_id for m in self.extractor(hidden, section)}
        return sorted(found - visible)


def skill_records(taxonomy: Taxonomy, lines: Sequence[Line], mentions: Sequence[SkillMention],
                  experience: Experience) -> tuple[SkillRecord, ...]:
    """One record per skill named or implied, sorted by id, with its months, last use and claimed months."""
    by_skill: dict[SkillId, list[SkillMention]] = defaultdict(list)
    for mention in mentions:
        by_skill[mention.skill_id].append(mention)
    implied_by: dict[SkillId, set[SkillId]] = defaultdict(set)
    expanded = list(mentions)
    for skill_id, skill_mentions in by_skill.items():
        for implied in taxonomy.implied(skill_id):
            implied_by[implied].add(skill_id)
            # Working with Django in a position is working with Python there too.
            expanded.extend(replace(m, skill_id=implied) for m in skill_mentions)
    times = skill_time(expanded, experience)
    claims = claimed_months(lines, mentions)
    records = []
    for skill_id in sorted(set(by_skill) | set(implied_by)):
        time = times.get(skill_id)
        own = tuple(by_skill.get(skill_id, ()))
        records.append(SkillRecord(
            skill_id=skill_id,
            name=taxonomy[skill_id].name,
            mentions=own,
            implied_by=tuple(sorted(implied_by.get(skill_id, ()))),
            months=time.months if time else None,
            claimed_months=claims.get(skill_id),
            last_used=time.last_used if time else None,
            positions=time.positions if time else (),
            versions=tuple(sorted({m.version for m in own if m.version})),
            kind=taxonomy[skill_id].kind,
        ))
    return tuple(records)


def resume_flags(stages: Stages, hidden_only: Sequence[str]) -> tuple[str, ...]:
    """The resume's own flags, in order, each once: the reader's warnings, then what the stages noticed."""
    flags = list(stages.document.warnings) + (["machine_addressed"] if stages.addressed else [])
    if hidden_only:
        flags.append("hidden_skills:" + ",".join(hidden_only))
    positions = stages.experience.positions
    if any(s.kind == "experience" for s in stages.sections) and not any(p.dated for p in positions):
        flags.append("no_dated_positions")
    # A date that cannot be right (an end before its start, a start in the future) is kept
    # visible: the position's months are not counted, and a reviewer should look.
    flags.extend(f"date_{flag.reason}:position{flag.position + 1}" for flag in stages.experience.flags)
    return tuple(dict.fromkeys(flags))


def mark_duplicates(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Flag every candidate whose file has the same bytes as an earlier one (``duplicate_of:<file>``).

    Both stay in the ranking (every input appears once), with the same candidate_id; the flag
    tells a reviewer they are one resume. Marking twice adds nothing.
    """
    first: dict[str, Candidate] = {}
    marked = []
    for candidate in candidates:
        original = first.setdefault(candidate.sha256, candidate)
        flag = f"duplicate_of:{original.file_name}"
        if original is not candidate and flag not in candidate.flags:
            candidate = replace(candidate, flags=(*candidate.flags, flag))
        marked.append(candidate)
    return marked
