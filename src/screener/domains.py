"""The trade a resume is written in, for words that name a skill elsewhere but not there.

"EMR" in a clinic is an electronic medical record, not Amazon EMR; "Chef" in a
kitchen is a cook; "Flask" in a laboratory is glassware; "Swift" in a bank is
the payment network; "Oracle" at a parts counter is the ERP screen, not the
database. The taxonomy lists each domain's cue words (``taxonomy.yaml``'s
``domains:``) and marks the aliases that mean something else there
(``not_in_domains: [healthcare]``). A resume is in a domain when it uses
enough distinct cue words; the extractor then keeps such an alias only beside
one of its skill's own context words ("EMR cluster running Spark").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

__all__ = ["Domain", "resume_domains"]


@dataclass(frozen=True, slots=True)
class Domain:
    """A trade whose own vocabulary reuses skill names.

    Attributes:
        id: the domain's id ("healthcare").
        cues: lower-case words and phrases that show a resume is in the domain.
        min_cues: how many distinct cues a resume must use.
    """

    id: str
    cues: tuple[str, ...]
    min_cues: int = 3

    @property
    def pattern(self) -> re.Pattern[str]:
        """One pattern finding any cue as a whole word."""
        return _cue_pattern(self.cues)


@functools.lru_cache(maxsize=256)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``cues`` as a whole word, longest first; made once per set of cues (each resume asks for it)."""
    words = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    # When every cue opens with a word character, a match can only start at a word boundary: the
    # cheap \b test rules out most positions before the lookbehind and the alternation are tried.
    # It changes no match (the lookbehind already asks for a boundary there), only the time.
    boundary = r"\b" if all(re.match(r"\w", c) for c in cues) else ""
    return re.compile(rf"{boundary}(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


def resume_domains(texts: Iterable[str], domains: Mapping[str, Domain]) -> frozenset[str]:
    """The domains whose cue words a resume uses often enough.

    Example:
        >>> clinic = Domain("healthcare", ("patient", "patients", "clinic", "nursing", "hipaa"))
        >>> sorted(resume_domains(["Charted patient visits in the clinic", "HIPAA training"], {"healthcare": clinic}))
        ['healthcare']
        >>> sorted(resume_domains(["Built Spark jobs on EMR"], {"healthcare": clinic}))
        []
    """
    text = "\n".join(texts)
    lowered = text.lower() if _folds_plainly(text) else None
    runs = frozenset(_RUN.findall(lowered)) if lowered is not None else frozenset()
    active = []
    for domain in domains.values():
        if lowered is not None and _too_few_written(domain, lowered, runs):
            continue
        used = {m.group(0).lower() for m in domain.pattern.finditer(text)}
        if len(used) >= domain.min_cues:
            active.append(domain.id)
    return frozenset(active)


# The only characters beyond ASCII that a case-blind pattern takes for an ASCII letter ("ſ" for "s", the Kelvin
# sign for "k", dotted and dotless i for "i"), of which "İ" also lower-cases to two characters. Every other
# character lower-cases to one character, word character or not as it was (tests/test_domains.py checks
# every code point), so a lower-cased text without these four keeps each match of an ASCII cue where it was.
_NOT_PLAIN = "\u0130\u0131\u017f\u212a"


def _folds_plainly(text: str) -> bool:
    """Whether matching ``text`` regardless of case is comparing it in lower case: it holds none of the
    characters (:data:`_NOT_PLAIN`) a case-blind pattern takes for an ASCII letter."""
    return text.isascii() or not any(ch in text for ch in _NOT_PLAIN)


def _too_few_written(domain: Domain, lowered: str, runs: frozenset[str] = frozenset()) -> bool:
    """Fewer of the domain's cues than it needs stand in the lower-cased text: a cue the pattern finds is one
    of those, so the pattern need not be run. Only for cues all in ASCII.

    ``runs``: the text's runs of word characters and hyphens (:data:`_RUN`). A cue of one such run that the
    pattern finds has neither a word character nor a hyphen on either side, so it is one of the runs: a set
    look-up instead of a search of the whole text. Any other cue ("health care") is searched for as a
    substring; so is every cue when ``runs`` is empty.
    """
    if not all(cue.isascii() for cue in domain.cues):
        return False
    return sum(1 for cue in domain.cues if _written(cue.lower(), lowered, runs)) < domain.min_cues


# A run of word characters and hyphens: a cue's pattern has neither on either side of a match.
_RUN = re.compile(r"[\w-]+")


def _written(cue: str, lowered: str, runs: frozenset[str]) -> bool:
    """Whether a lower-case cue may be a match of its pattern in ``lowered``: one of its runs, or a substring."""
    return cue in runs if runs and _one_run(cue) else cue in lowered


@functools.lru_cache(maxsize=4096)
def _one_run(cue: str) -> bool:
    return _RUN.fullmatch(cue) is not None
