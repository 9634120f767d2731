"""The skill extractor: taxonomy aliases matched in text, with the taxonomy's ambiguity rules.

One :class:`SkillExtractor` compiles the taxonomy into two spaCy
``PhraseMatcher`` objects (case-insensitive and case-sensitive aliases) over a
blank English tokenizer: no model download. Every candidate match then passes
the rules the taxonomy declares per alias, in this order:

1. *negative patterns*: a match inside one of the skill's or alias's negative
   regular expressions ("go-to-market", "excel at") is dropped;
2. *single letters*: a one-letter alias ("R", "C") followed by a full stop or
   joined by a hyphen ("R. Smith", "C-level") is dropped;
3. *context*: an alias marked ``context: required`` counts only with technical
   context (see :meth:`SkillExtractor._has_context`);
4. *longest match*: of overlapping matches the longest wins ("Spring Boot" over "Spring").

A fuzzy pass (rapidfuzz, Damerau-Levenshtein) then finds misspellings of long
aliases ("Djnago", "Kubernets") in lines with technical context; such mentions
carry a confidence below 1.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import spacy
from rapidfuzz.distance import DamerauLevenshtein
from spacy.attrs import IS_ALPHA, LOWER
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spellchecker import SpellChecker

from .domains import resume_domains
from .mention_context import LineContext, mention_context
from .models import Line, Section, SkillId, SkillMention, line_offsets
from .organisation_slots import (
    client_name,
    employer_after_role,
    employer_header_after,
    in_institution_name,
    in_shop_name,
    named_as_partner,
    named_as_user,
    project_name_span,
)
from .sections import heading_of_lines, section_of_lines
from .skill_lists import (
    MIN_LIST_SKILLS,
    family_items,
    hyphen_joins,
    labelled_list,
    line_wraps,
    list_items,
    matchable,
    vendor_items,
)
from .taxonomy import Alias, Skill, Taxonomy, normalize_alias

# Sections in which every alias has technical context.
FUZZY_THRESHOLD = 80.0
"""The default minimum similarity (0-100) of a fuzzy match (:class:`screener.ParseOptions` takes it from here)."""
TECHNICAL_SECTIONS = frozenset({"skills"})
# Sections whose items are of a kind: under "Languages" a line that is a programming language's name is
# that language ("Go", "Rust", "C" one a line); spoken languages are no skills of the taxonomy.
SECTION_CATEGORIES = {"languages": frozenset({"language"})}
# Words that, near an alias needing context, show a technical sense.
CONTEXT_WORDS = frozenset({
    "programming", "programmer", "language", "languages", "framework", "frameworks",
    "library", "libraries", "developer", "developers", "coding", "code", "sdk",
    "scripting", "backend", "back-end", "frontend", "front-end", "api", "apis",
    "software", "microservices", "microservice", "compiler", "developed", "implemented",
    "deploy", "deploys", "deploying", "deployed", "technologies", "tools", "toolkit",
})
# Phrases that introduce a tool: "proficient in Excel", "experience with Go".
_CUE_BEFORE = re.compile(
    r"(proficien(?:t|cy)\s+(?:in|with)|experience\s+(?:in|with|using)|knowledge\s+of|"
    r"skilled\s+in|familiar(?:ity)?\s+with|expertise\s+in|experts?\s+(?:in|with)|using|written\s+in|built\s+(?:with|in|on)|"
    r"developed\s+(?:in|with)|programming\s+in|worked\s+(?:with|on)|working\s+(?:with|on)|"
    # Code moved to a language: "Ported the parser to Rust", "rewrote the service in Go".
    r"\b(?:ported|rewrote|rewritten|rewriting|re-wrote)\s+(?:[\w-]+\s+){0,3}?(?:to|in|into)|"
    r"(?:programmed|coded|scripted|implemented|automated)\s+(?:in|with|using)|"
    r"tools?\s+used\s*:?|technolog(?:y|ies)\s+used\s*:?|environment\s*:|"
    # A labelled line: "Operating system: Windows", "Databases: Oracle", "Tools: Chef".
    r"\b(?:operating\s+systems?|os|databases?|languages?|frameworks?|platforms?|tools?|technolog(?:y|ies)|"
    r"software|servers?)\s*:)\s*$",
    re.IGNORECASE,
)
# What a skills line writes right after a tool: "C (Proficient)", "Go (a little)", "Java - 5 years",
# "Excel experience". A word followed by a level or a span of use is named as a skill.
_CUE_AFTER = re.compile(
    r"\s*(?:[(\[:\-–—]\s*)?(?:(?:proficient|advanced|expert|intermediate|basic|beginner|fluent|familiar|"
    r"a\s+little|working\s+knowledge)\b|\d{1,2}\+?\s*(?:years?|yrs?|months?)\b)|"
    r"\s+(?:experience|skills|proficiency|expertise)\b",
    re.IGNORECASE,
)
# A verb of setting up or running a system just before a name written with a capital: "Configured
# Jenkins", "installed Windows on the laptops", "maintained Excel logs", "administered Confluence".
# The capital is part of the rule: "installed windows and doors" is carpentry.
_HANDLED_BEFORE = re.compile(
    r"\b(?:install(?:ed|ing|s)?|configur(?:ed|ing|es|e)|administer(?:ed|ing|s)?|upgrad(?:ed|ing|es|e)|"
    r"maintain(?:ed|ing|s)?|"
    r"troubleshoot(?:ed|ing|s)?|troubleshot|set\s+up|setting\s+up|migrat(?:ed|ing)\s+to|"
    # The same work named by its noun: "Administration of Red Hat Enterprise", "installation of Windows".
    r"(?:installation|configuration|administration|maintenance|upgrade|upgrades|troubleshooting)\s+of)\s+"
    r"(?:(?:the|a|an|new|and)\s+)?$",
    re.IGNORECASE,
)
# A project's technology named alone in brackets that close its line: "Chat server (Go)".
_CLOSES_LINE = re.compile(r"\s*\)\s*[.;,]?\s*$")
_MIN_DESCRIBING_WORDS = 4  # the words before the bracket, the "(" itself counted
_NO_BRACKET_SECTIONS = frozenset({"education"})
# Categories of named business products ("reports in Excel", "records in Access", "memos in Word"):
# written with a capital right after one of these words, such a name is the product.
_PRODUCT_CATEGORIES = frozenset({
    "office", "erp_crm", "collaboration", "bi", "hr_finance", "business_data", "healthcare", "hospitality",
    "design", "media", "it_support", "elearning",
})
_PREPOSITION_BEFORE = re.compile(
    # "over" and "on" carry a channel or a platform: "communicate over Slack", "posted on Blackboard".
    r"\b(?:in|into|using|used|uses|via|through|from|over|on)\s+(?:(?:ms|microsoft)\s+)?"
    r"(?:(?-i:[A-Z])[\w.+#-]*\s*(?:,|and|&)\s*)?$",  # "in Tableau and Excel"
    re.IGNORECASE,
)
# Categories of systems someone runs for others, and the words after such a name that say so: "Tableau
# administration".
_ADMINISTERED_CATEGORIES = _PRODUCT_CATEGORIES | {"database", "cicd", "os", "networking", "virtualization"}
_ADMINISTRATION_AFTER = re.compile(r"\s+(?:administration|administrator)\b", re.IGNORECASE)
# How far before a mention a sentence wrapped from the line above may lend its cue.
_WRAP_CHARS = 60
# A version: "3.11", "4.x", "8+"; Oracle's releases carry a letter ("9i", "11g", "19c").
_VERSION = re.compile(r"[ \t]*v?(\d{1,2}(?:\.(?:\d{1,3}|x|X))*(?:[igc](?![\w\-/]|\.\w))?\+?)(?![\w\-/]|\.\w)")
# Oracle's releases written as a run: "Oracle 10g/11g/12c".
_RELEASES = re.compile(r"[ \t]*(\d{1,2}[igc](?:/\d{1,2}[igc])+)(?![\w\-/])")
# The last word of a name that takes a plural "s": letters, not already ending in s, x or y ("Suite", "Server").
_PLURAL_ENDING = re.compile(r"[A-Za-z]{2,}(?<![sSxXyY])")
# A dot between letters inside a name: "node.js", "asp.net".
_DOT_IN_NAME = re.compile(r"([a-z])\.([a-z])")
# Two words run together in camel case: "UnrealEngine", "SqlServer".
_CAMEL_JOIN = re.compile(r"[a-z][A-Z]")
_LIST_SEPARATORS = re.compile(r"[,;|•·/]")
# The words that join two names of a pair: "C and Go", "Go or Rust", "C/C++".
_PAIRING_WORDS = frozenset({"and", "or", "&", "/", ","})
_CONTEXT_WINDOW = 6
# How many items on either side of a list item may show that the list is one of technologies.
_LIST_REACH = 2
# Office and collaboration products, which lists of office skills name beside anything: they show a list
# of technologies only to a name of their own kind.
_OFFICE_CATEGORIES = frozenset({"office", "collaboration"})
# Other skills count as context only this close: a whole resume on one line
# (some datasets store them so) must not lend every word context.
_NEIGHBOUR_WINDOW = 12
# A run of names with their separators lost: the others in it, and the spaces between two of them.
_BARE_RUN_OTHERS = 2
_SPACES_BEFORE = re.compile(r"[ \t]{1,3}$")
_SPACES_AFTER = re.compile(r"[ \t]{1,3}(?=\S)")
_ENGLISH_NEIGHBOUR_WINDOW = 3
_LONGEST_ALIAS_TOKENS = 16
_SNIPPET_CHARS = 300
_FUZZY_NGRAM = 3
# Words whose closest alias an extractor remembers before it starts afresh (bounds a long batch's memory).
_CLOSEST_REMEMBERED = 200_000
# Chunks of text whose tokens the tokenizer remembers (see _nlp).
_TOKENIZER_CACHE = 500_000
_DOCS_KEPT = 512
"""Line texts whose tokens an extractor keeps (``SkillExtractor._doc``), the least recently used let go.
A line's Doc is ~5.5 kB (devdata): 512 of them ~3 MB, and 9% of devdata lines found kept (4096: 13%, ~22 MB)."""


@dataclass(frozen=True, slots=True)
class _Candidate:
    skill_id: SkillId
    alias: Alias
    start_token: int
    end_token: int
    start_char: int  # in the line
    end_char: int
    rule: str = "exact"
    confidence: float = 1.0

    @property
    def length(self) -> int:
        return self.end_char - self.start_char


_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_EXTRA_INFIXES = (
    r"(?<=[A-Za-z]{2})(?=\d+\.\d+)",  # "Python3.11" -> "Python", "3.11"
    # A version glued to a name of three letters or more: "Vue3", "Bootstrap4", "Java8" -> "Vue", "3". Aliases
    # that hold a version ("HTML5", "python3") are split alike, so they still match as written.
    r"(?<=[A-Za-z]{3})(?=\d{1,2}(?!\w))",
    rf"(?<=[{_CJK}])(?=[A-Za-z])",  # "会使用mysql数据库": Latin names glued to CJK text
    rf"(?<=[A-Za-z])(?=[{_CJK}])",
    r"(?<=[A-Za-z])(?=\()|(?<=\))(?=[A-Za-z])",  # "Golang(Advanced)"
    r"(?<=[A-Za-z0-9])/(?=[0-9])",  # "Windows XP/7/10": versions after a slash
    r"(?<=[A-Za-z0-9+#])\\(?=[A-Za-z])",  # "Bamboo\\Maven": a backslash between names separates them as a slash does
)
_EXTRA_PREFIXES = (r"/", r"·", r"\*")  # "Ansible /Chef", "·Celery"
# A full stop after a name that ends with a digit and a capital ("on 5G."), which spaCy's suffixes keep.
_EXTRA_SUFFIXES = (r"(?<=[0-9][A-Z])\.",)


_LEXEME_ATTRS = (LOWER, IS_ALPHA)
"""The lexical attributes the extractor reads (besides the text): the matcher's lower case, and is_alpha."""


@functools.cache
def _nlp() -> spacy.language.Language:
    """A blank English tokenizer that also splits versions, CJK text, slashes and full stops off names."""
    nlp = spacy.blank("en")
    tokenizer: Any = nlp.tokenizer
    infixes = [*list(nlp.Defaults.infixes or ()), *_EXTRA_INFIXES]
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    prefixes = [*list(nlp.Defaults.prefixes or ()), *_EXTRA_PREFIXES]
    tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    suffixes = [*list(nlp.Defaults.suffixes or ()), *_EXTRA_SUFFIXES]
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    # Only the tokenizer runs, which needs no more memory per character than the
    # text: allow a whole file on one line, up to ingest's size limit.
    nlp.max_length = 25_000_000
    # The tokenizer remembers how it split each chunk of text between spaces, but only its first 10,000
    # by default: a batch has seen that many after a few dozen resumes, and every chunk after them is split
    # again with the affix and infix expressions (most of the cost of tokenizing). The vocabulary keeps
    # every word anyway; the cache adds a pointer or two per chunk.
    tokenizer.max_cache_size = _TOKENIZER_CACHE
    # Each word the tokenizer has not seen is stored with every lexical attribute its getters compute
    # (shape, stop word, number, URL...): most of the cost of reading a new resume. The extractor reads
    # only a token's text, lower case and is_alpha, so only those two getters are kept.
    vocab: Any = nlp.vocab  # spaCy's type stubs leave out Vocab.lex_attr_getters
    vocab.lex_attr_getters = {attr: vocab.lex_attr_getters[attr] for attr in _LEXEME_ATTRS}
    return nlp


@functools.cache
def _english() -> SpellChecker:
    """An English word list (shipped with pyspellchecker): real words are never "misspellings"."""
    return SpellChecker(language="en", distance=1)


class SkillExtractor:
    """Find the taxonomy's skills in resume lines or free text.

    Args:
        taxonomy: the validated taxonomy to match against.
        fuzzy: whether to look for misspellings of long aliases.
        fuzzy_threshold: minimum similarity (0-100) of a fuzzy match; a match
            must also be within one edit (two for aliases of nine letters or more).

    Example:
        >>> from screener.taxonomy import load_taxonomy
        >>> extractor = SkillExtractor(load_taxonomy())
        >>> [m.skill_id for m in extractor.extract_text("Built APIs in Django 4.2 and Postgres")]
        ['django', 'postgresql']
    """

    def __init__(self, taxonomy: Taxonomy, *, fuzzy: bool = True, fuzzy_threshold: float = FUZZY_THRESHOLD) -> None:
        self.taxonomy = taxonomy
        self.fuzzy = fuzzy
        self.fuzzy_threshold = fuzzy_threshold
        self._nlp = _nlp()
        self._lower = PhraseMatcher(self._nlp.vocab, attr="LOWER")
        self._exact = PhraseMatcher(self._nlp.vocab, attr="ORTH")
        self._aliases: dict[int, list[tuple[SkillId, Alias]]] = {}
        self._negatives: dict[tuple[SkillId, str], tuple[re.Pattern[str], ...]] = {}
        # Each pair of neighbouring tokens of a pattern, or words of an alias, that a name read across a line
        # break may hold on either side of it: the second one's folded text, then the firsts before it.
        self._joins: dict[str, set[str]] = {}
        fuzzy_keys: dict[str, tuple[SkillId, Alias]] = {}
        for skill in taxonomy:
            for alias in skill.aliases:
                self._add_alias(skill, alias)
                if alias.fuzzy:
                    fuzzy_keys.setdefault(_squash(alias.text), (skill.id, alias))
        self._fuzzy_keys = fuzzy_keys
        # Words written as an alias that needs context: the exact pass has judged them, as written, already
        # ("LexisNexis" is no camel-case joining of the plain "lexis nexis").
        self._context_keys = frozenset(_squash(a.text) for s in taxonomy for a in s.aliases if a.needs_context)
        self._joined_pairs = {second: tuple(sorted(firsts)) for second, firsts in self._joins.items()}
        self._domain_aliases = any(a.not_in_domains for s in taxonomy for a in s.aliases)
        self._fuzzy_index: dict[tuple[str, int], list[str]] = {}
        # Each word's closest alias, remembered: the same words recur line after line and resume
        # after resume, and comparing one costs a handful of edit distances.
        self._closest: dict[tuple[str, bool], tuple[str, float] | None] = {}
        # A line's tokens, made once per text: the same lines recur in a resume and across a batch
        # ("Skills", "Education", a blank line), and a line's Doc is only read, never changed.
        # make_doc is what pipe() does for a blank pipeline, without its generators per line.
        self._doc = functools.lru_cache(maxsize=_DOCS_KEPT)(self._nlp.make_doc)
        for choice in sorted(fuzzy_keys):
            self._fuzzy_index.setdefault((choice[0], len(choice)), []).append(choice)

    def _add_alias(self, skill: Skill, alias: Alias) -> None:
        key = f"{skill.id}\x00{alias.text}"
        match_id = self._nlp.vocab.strings.add(key)
        self._aliases.setdefault(match_id, []).append((skill.id, alias))
        pattern = self._nlp.make_doc(alias.text)
        matcher = self._exact if alias.case_sensitive else self._lower
        docs = [pattern]
        dotted = None if alias.case_sensitive else _capital_after_dot(alias.text)
        if dotted is not None and len(variant := self._nlp.make_doc(dotted)) != len(pattern):
            docs.append(variant)
        spaced = _space_before_dot(alias.text)
        if spaced is not None:
            docs.append(self._nlp.make_doc(spaced))
        split = _camel_split(alias.text)
        if split is not None:  # written with its own capitals only: "Web Storm", not "web storm"
            self._exact.add(key, [self._nlp.make_doc(split)])
        if _plural(alias.text) is not None and pattern[-1].is_alpha:
            # The same tokens with an "s" on the last: what the tokenizer makes of the plural, without running it.
            words = [token.text for token in pattern]
            words[-1] += "s"
            docs.append(Doc(self._nlp.vocab, words=words, spaces=[bool(token.whitespace_) for token in pattern]))
        matcher.add(key, docs)
        folded = normalize_alias(alias.text).split(" ")  # the words a list item is looked up by (Taxonomy.alias)
        pairs = [*((t.lower_, u.lower_) for d in docs for t, u in itertools.pairwise(d)), *itertools.pairwise(folded)]
        for first, second in pairs:
            self._joins.setdefault(second, set()).add(first)
        patterns = (*skill.negative, *alias.negative)
        self._negatives[(skill.id, alias.text)] = tuple(re.compile(p, re.IGNORECASE) for p in patterns)

    # ------------------------------------------------------------------ public

    def __call__(self, lines: Sequence[Line], sections: Sequence[Section]) -> tuple[SkillMention, ...]:
        """Every skill mention in ``lines`` (a document's visible lines), in order.

        Args:
            lines: visible lines in reading order.
            sections: their sections, from :func:`screener.sections.split_sections`.

        Returns:
            Mentions sorted by line and position; offsets index the lines joined by newlines.
        """
        kinds = section_of_lines(sections, len(lines))
        headings = heading_of_lines(sections, len(lines))
        texts = [matchable(line.text) for line in lines]
        offsets = line_offsets(texts)
        docs = [self._doc(text) for text in texts]
        found_per_line = self._resume_candidates(docs, texts, kinds)
        if self.fuzzy:
            fuzzy_lines = [i for i, found in enumerate(found_per_line) if kinds[i] in TECHNICAL_SECTIONS or found]
            other_lines = sorted(set(range(len(docs))).difference(fuzzy_lines))
            for index, candidate in (*self._fuzzy_candidates(docs, fuzzy_lines, found_per_line),
                                     *self._joined_candidates(docs, texts, other_lines)):
                if not self._negated(texts[index], candidate) and not _organisation_slot(
                        texts[index], candidate, _ByPosition.of(found_per_line[index])):
                    found_per_line[index].append(candidate)
        mentions = self._wrapped(texts, kinds, headings, offsets, found_per_line)
        for index, found in enumerate(found_per_line):
            text = texts[index]
            for candidate in sorted(_longest(found), key=lambda c: c.start_char):
                line = LineContext(text, kinds[index], headings[index], candidate.start_char, candidate.end_char,
                                   _above(texts, kinds, headings, index))
                mentions.append(SkillMention(
                    skill_id=candidate.skill_id,
                    surface=text[candidate.start_char:candidate.end_char],
                    section=kinds[index],
                    snippet=_snippet(text, candidate.start_char, candidate.end_char),
                    line=index,
                    start=offsets[index] + candidate.start_char,
                    end=offsets[index] + candidate.end_char,
                    confidence=candidate.confidence,
                    version=_version_after(text, candidate.end_char),
                    rule=candidate.rule,
                    context=mention_context(line),
                ))
        mentions.extend(self._hyphenated(texts, kinds, headings, offsets, found_per_line))
        mentions.sort(key=lambda m: (m.line, m.start))
        return tuple(mentions)

    def extract_text(self, text: str, *, section: str = "other") -> tuple[SkillMention, ...]:
        """Mentions in free text (a job posting, a sentence), all of one section kind.

        >>> from screener.taxonomy import load_taxonomy
        >>> SkillExtractor(load_taxonomy()).extract_text("We go the extra mile")
        ()
        """
        lines = [Line(part) for part in text.splitlines()]
        return self(lines, (Section(section, "", 0, len(lines)),))

    # ------------------------------------------------------------------ matching

    def _resume_candidates(self, docs: Sequence[Doc], texts: Sequence[str], kinds: Sequence[str]
                           ) -> list[list[_Candidate]]:
        """Each line's candidates: the alias rules line by line, then the resume's trade (a word
        that means something else there is dropped), then one sense per resume."""
        unsure: list[list[_Candidate]] = [[] for _ in docs]
        found = [
            self._line_candidates(doc, kinds[index], _run_on(texts, kinds, index), unsure[index], text=texts[index])
            for index, doc in enumerate(docs)
        ]
        domains = resume_domains(texts, self.taxonomy.domains) if self._domain_aliases else frozenset()
        if domains:
            found, unsure = (
                [[c for c in line if not self._other_sense(docs[index], c, domains)] for index, line in enumerate(pool)]
                for pool in (found, unsure)
            )
        return _one_sense(found, unsure, texts)

    def _line_candidates(
        self, doc: Doc, section: str, before: str = "", unsure: list[_Candidate] | None = None,
        *, text: str | None = None,
    ) -> list[_Candidate]:
        """The line's candidates that pass the alias rules; those that only lack context go to ``unsure``.

        ``text`` is the line ``doc`` was made from, when the caller has it: ``doc.text`` is rebuilt
        token by token on every access.
        """
        raw: list[_Candidate] = []
        text = doc.text if text is None else text
        squeezed = _squeezed(doc, text)
        for matcher in (self._lower, self._exact):
            for match_id, start, end in _matches(matcher, doc, squeezed):
                span = doc[start:end]
                for skill_id, alias in self._aliases[match_id]:
                    raw.append(_Candidate(skill_id, alias, start, end, span.start_char, span.end_char))
        negatives: dict[re.Pattern[str], list[tuple[int, int]]] = {}
        kept = [
            c for c in raw
            if not self._negated(text, c, negatives) and not _bad_single_letter(doc, c)
            and not self._defined_as_other(text, c) and not _institution_word(text, c) and not _partner_word(text, c)
            and not in_shop_name(text, c.start_char, c.end_char)
        ]
        plain = [c for c in kept if not c.alias.needs_context]
        pools = (_ByPosition.of(kept), _ByPosition.of(plain))
        result = list(plain)
        for candidate in kept:
            if not candidate.alias.needs_context:
                continue
            if (section not in TECHNICAL_SECTIONS and self._inside_name(doc, text, candidate, pools[0])) \
                    or _organisation_slot(text, candidate, pools[0]) or _initialism_pair(text, candidate, pools[0]):
                continue  # "the Acme Go Green app": a word of a name is no use of the skill, here or elsewhere
            if self._has_context(doc, text, candidate, section, *pools, before):
                result.append(_replace_rule(candidate, "context"))
            elif unsure is not None and not candidate.alias.own_context_only:
                unsure.append(candidate)
        listed = self._list_candidates(doc, text, result, negatives)
        found = [*result, *listed, *self._vendor_candidates(doc, text, [*result, *listed])]
        return _with_members(found, self._family_candidates(doc, text, found))

    def _family_candidates(self, doc: Doc, text: str, found: Sequence[_Candidate]) -> list[_Candidate]:
        """Members of a bracketed family ("Spring (Boot, MVC)"), read with the family's name."""
        same = {(c.start_char, c.end_char, c.skill_id) for c in found}
        named = self._named_items(doc, text, family_items(text))
        return [c for c in named if not c.alias.needs_context and (c.start_char, c.end_char, c.skill_id) not in same]

    def _vendor_candidates(self, doc: Doc, text: str, found: Sequence[_Candidate]) -> list[_Candidate]:
        """Items of a run that shares its vendor's name ("Microsoft Windows and Office"), read with it."""
        covered = {(c.start_char, c.end_char) for c in found}
        named = self._named_items(doc, text, vendor_items(text))
        return [c for c in named if (c.start_char, c.end_char) not in covered]

    def _named_items(self, doc: Doc, text: str, items: Iterable[tuple[int, int, str]]) -> list[_Candidate]:
        """Each item (start, end, the name it stands for) whose name is an alias, as a list candidate."""
        added: list[_Candidate] = []
        for start, end, form in items:
            entry = self.taxonomy.alias(form)
            span = doc.char_span(start, end, alignment_mode="expand")
            if entry is None or span is None:
                continue
            candidate = _Candidate(entry[0], entry[1], span.start, span.end, start, end, rule="list")
            # The alias's negative patterns hold here too: "MS Word, Outlook Express" lends no "MS" to Outlook.
            if not self._negated(text, candidate):
                added.append(candidate)
        return added

    def _list_candidates(
        self, doc: Doc, text: str, found: Sequence[_Candidate],
        negatives: dict[re.Pattern[str], list[tuple[int, int]]],
    ) -> list[_Candidate]:
        """Items of a list of technologies that are exactly an alias, in any casing ("go, rust, c")."""
        # A run of technologies: broad concepts ("business strategy") are no such run; a line whose
        # label says its items are technologies ("Programming: C, R") is one by its label.
        named = {(c.start_char, c.end_char) for c in found if self._names_a_thing(c)}
        labelled = labelled_list(text)
        if len(named) < MIN_LIST_SKILLS - 1 and not labelled:
            return []  # too few names for a run, whatever the items: the line need not be split
        items = list_items(text)
        if len(items) < MIN_LIST_SKILLS:
            return []
        covered = {(c.start_char, c.end_char) for c in found}
        known = sum(1 for span in items if span in named)
        if known < MIN_LIST_SKILLS - 1 and not labelled:
            return []
        added: list[_Candidate] = []
        pool = _ByPosition.of(list(found))
        capitals = self._lower_words_are_words(text, items, found, covered)
        for start, end in items:
            if (start, end) in covered:
                continue
            entry = self.taxonomy.alias(text[start:end])
            span = doc.char_span(start, end, alignment_mode="expand")
            if entry is None or span is None or entry[1].own_context_only:
                continue
            if capitals and _lower_word_for_a_name(text[start:end], entry[1]):
                continue  # "market, access, Excel": names with capitals, ordinary words in lower case
            candidate = _Candidate(entry[0], entry[1], span.start, span.end, start, end, rule="list")
            # "used daily by Facebook, Dropbox, Asana and more": users named in a list are no items of it.
            if not self._negated(text, candidate, negatives) and not _organisation_slot(text, candidate, pool):
                added.append(candidate)
        return added

    def _lower_words_are_words(self, text: str, items: Sequence[tuple[int, int]], found: Sequence[_Candidate],
                               covered: set[tuple[int, int]]) -> bool:
        """Whether a list writes a technology's name with a capital ("Excel") and has lower-case items that name
        nothing ("delivery, market, access, Excel"): a keyword list of the text's words, whose lower-case items
        are the words ("access" to something), not the products. "Python | go | c | Docker" names only skills."""
        if not any(self._names_a_thing(c) and text[c.start_char:c.start_char + 1].isupper() for c in found):
            return False
        return any(text[a:b].islower() and self.taxonomy.alias(text[a:b]) is None
                   for a, b in items if (a, b) not in covered)

    def _hyphenated(
        self, texts: Sequence[str], kinds: Sequence[str], headings: Sequence[str],
        offsets: Sequence[int], found: Sequence[Sequence[_Candidate]],
    ) -> list[SkillMention]:
        """Skills in words hyphenated across a line break ("Post-" / "greSQL")."""
        mentions: list[SkillMention] = []
        for join in hyphen_joins(texts):
            taken = {c.skill_id for c in found[join.line] if c.end_char > join.start}
            for word in join.forms:
                hits = [c for c in self._line_candidates(self._nlp.make_doc(word), kinds[join.line], text=word)
                        if c.start_char < len(join.fragment) <= c.end_char and c.skill_id not in taken]
                if hits:
                    best = max(hits, key=lambda c: c.length)
                    mentions.append(self._across_break(
                        join.line, join.start + best.start_char, word[best.start_char:best.end_char], best.skill_id,
                        "hyphenated", "", (texts, kinds, headings, offsets)))
                    break
        return mentions

    def _wrapped(
        self, texts: Sequence[str], kinds: Sequence[str], headings: Sequence[str],
        offsets: Sequence[int], found: list[list[_Candidate]],
    ) -> list[SkillMention]:
        """Skills whose name runs across a line break ("Microsoft SQL" / "Server"); the shorter names
        it covers on either line ("SQL") are dropped from ``found``."""
        mentions: list[SkillMention] = []
        for wrap in line_wraps(texts, list(zip(kinds, headings, strict=True))):
            if not _may_run_across(self._joined_pairs, wrap.tail, wrap.head):
                continue  # no name has words that end the one line and start the other: nothing to tokenize
            boundary = len(wrap.tail)
            hits = [c for c in self._line_candidates(self._nlp.make_doc(wrap.text), kinds[wrap.line], text=wrap.text)
                    if c.start_char < boundary < c.end_char and not c.alias.own_context_only]
            if not hits:
                continue
            best = max(hits, key=lambda c: c.length)
            tail_from = wrap.start + best.start_char
            head_to = best.end_char - boundary - 1
            found[wrap.line] = [c for c in found[wrap.line] if c.start_char < tail_from]
            found[wrap.line + 1] = [c for c in found[wrap.line + 1] if c.end_char > head_to]
            mentions.append(self._across_break(
                wrap.line, wrap.start + best.start_char, wrap.text[best.start_char:best.end_char], best.skill_id,
                "wrapped", " ", (texts, kinds, headings, offsets)))
        return mentions

    @staticmethod
    def _across_break(
        index: int, start: int, surface: str, skill_id: SkillId, rule: str, joiner: str,
        lines: tuple[Sequence[str], Sequence[str], Sequence[str], Sequence[int]],
    ) -> SkillMention:
        """A mention that starts at ``start`` on line ``index`` and runs onto the next line (a hyphenated
        word, joined with ``joiner`` "", or a wrapped name, joined with " "); ``lines`` holds the lines'
        texts, section kinds, headings and offsets."""
        texts, kinds, headings, offsets = lines
        text = texts[index]
        line = LineContext(text, kinds[index], headings[index], start, len(text), _above(texts, kinds, headings, index))
        return SkillMention(
            skill_id=skill_id, surface=surface, section=kinds[index],
            snippet=_snippet(f"{text.rstrip()}{joiner}{texts[index + 1]}", start, len(text)),
            line=index, start=offsets[index] + start, end=offsets[index] + len(text.rstrip()),
            rule=rule, context=mention_context(line),
        )

    def _negated(
        self, text: str, candidate: _Candidate, cache: dict[re.Pattern[str], list[tuple[int, int]]] | None = None
    ) -> bool:
        """Whether a negative pattern of the alias covers the candidate; ``cache`` holds each
        pattern's matches on this line, so a long line is searched once per pattern."""
        cache = {} if cache is None else cache
        for pattern in self._negatives[(candidate.skill_id, candidate.alias.text)]:
            if pattern not in cache:
                cache[pattern] = [m.span() for m in pattern.finditer(text)]
            if any(start < candidate.end_char and candidate.start_char < end for start, end in cache[pattern]):
                return True
        return False

    def _has_context(
        self,
        doc: Doc,
        text: str,
        candidate: _Candidate,
        section: str,
        kept: _ByPosition,
        plain: _ByPosition,
        before: str = "",
    ) -> bool:
        """Technical context for an alias that needs it.

        Any one of: the line is in a skills section (unless a one-letter alias sits among
        words that are no technologies), or is an item of a section of the skill's kind
        ("Go" under "Languages"); another skill that needs no context is named near;
        the line is a list naming another candidate skill; a version number follows; a
        context word (global or the skill's own) is within a few words; a cue such as
        "proficient in" comes just before or a level such as "(Proficient)" just after;
        a verb of running a system comes before the name with a capital ("Configured
        Jenkins"); the name stands alone in the brackets closing a line of work ("... (Flex)").
        ``before`` is the end of the line above when the sentence runs on from it.
        """
        if candidate.alias.own_context_only:  # its own words, or a verb of running a system: "Configured NIS"
            return (self._own_words_near(doc, candidate) or _handled(text, candidate)
                    or self._listed_among_technologies(text, candidate, kept)
                    or self._listed_with_its_area(text, candidate, kept, before)
                    or self._in_bare_run(text, candidate, kept)
                    or (self._names_a_thing(candidate) and self._product_after_preposition(text, candidate)))
        if self._item_of_its_section(text, candidate, section):
            return True
        if section in TECHNICAL_SECTIONS and not self._letter_among_words(text, candidate, kept):
            return True
        if section in TECHNICAL_SECTIONS:  # a letter among soft skills: only its own words or a cue
            return self._own_words_near(doc, candidate) or _cued(text, candidate, before)
        # An alias that is also an English word ("go", "spark") needs its neighbour
        # close, as in a list ("php go python"), not somewhere in the sentence.
        english = _is_english(doc[candidate.start_token].lower_)
        return (
            self._skill_near(doc, candidate, kept, plain, english)
            or _version_after(text, candidate.end_char) is not None
            or self._context_word_near(doc, candidate, english, before)
            or _cued(text, candidate, before)
            or _handled(text, candidate)
            or _bracketed_at_end(text, candidate, section)
            or self._product_after_preposition(text, candidate)
            or self._administered(text, candidate)
            or self._paired_language(doc, candidate, kept)
        )

    def _paired_language(self, doc: Doc, candidate: _Candidate, kept: _ByPosition) -> bool:
        """A language's name written as it is spelt ("Go", "C"), joined by "and", "or", "&", "/" or a comma to
        another language's name so written: "Programmed in C and Go", "Java, C and Go". Two one-letter names
        ("R and D", "C/D") are no pair.
        """
        if not (candidate.alias.case_sensitive and self._is_language(candidate)):
            return False

        def paired(other: _Candidate) -> bool:
            between = doc[min(other.end_token, candidate.end_token) : max(other.start_token, candidate.start_token)]
            return (
                other.skill_id != candidate.skill_id and self._is_language(other)
                and doc[other.start_token].text[:1].isupper() and max(other.length, candidate.length) > 1
                and len(between) == 1 and between[0].lower_ in _PAIRING_WORDS
            )

        return any(paired(other) for other in _around(kept, candidate, 2))

    def _is_language(self, candidate: _Candidate) -> bool:
        return self.taxonomy[candidate.skill_id].category == "language"

    def _inside_name(self, doc: Doc, text: str, candidate: _Candidate, kept: _ByPosition) -> bool:
        """A capitalised name that is a word of an organisation's, product's or project's name: followed by a
        company word ("Celery Solutions Inc."), by a tenure and a title ("Oracle 3 Years • Tester"), one of two
        words of a name in a sentence with none of the skill's own words near ("the Unity Champ role"), or between
        two capitalised words that name no skill and say nothing technical, in a run of capitalised words
        holding at most one other skill ("the Acme Go Green Android app"). Not "Senior Go Developer",
        "Configured Jenkins Pipelines" (a bullet's verb) nor a list written without commas ("Cassandra HBase
        Spark Flink Kafka")."""
        if not doc[candidate.start_token].text[:1].isupper():
            return False
        if _COMPANY_AFTER.match(text, candidate.end_char) or _TENURE_AFTER.match(text, candidate.end_char):
            return True
        if candidate.start_token == 0 or candidate.end_token >= len(doc):
            return False
        before, after = doc[candidate.start_token - 1], doc[candidate.end_token]
        own = self.taxonomy[candidate.skill_id].context_words
        if _two_word_name(doc, before, after, own) and not self._own_words_near(doc, candidate):
            return True
        if before.i == next((t.i for t in doc if t.is_alpha), -1) or _verb_opens_item(doc, before):
            return False  # a bullet's verb opens the line, or an item of a list of bullets run together
        nearby = [c for c in _around(kept, candidate, _NEIGHBOUR_WINDOW) if not _overlaps(c, candidate)]

        def named(token: Any) -> bool:
            return any(c.start_token <= token.i < c.end_token for c in nearby)

        if named(before) or named(after) or not (_name_word(before.text, own) and _name_word(after.text, own)):
            return False
        run = _capitalised_run(doc, candidate)
        return len({c.skill_id for c in nearby if run[0] <= c.start_token and c.end_token <= run[1]}) <= 1

    def _item_of_its_section(self, text: str, candidate: _Candidate, section: str) -> bool:
        """The whole line, or an item of a list, in a section of the skill's kind: "Go" alone on its line
        under "Languages"."""
        if self.taxonomy[candidate.skill_id].category not in SECTION_CATEGORIES.get(section, ()):
            return False
        where = (candidate.start_char, candidate.end_char)
        return text.strip() == text[where[0]:where[1]] or where in list_items(text)

    def _product_after_preposition(self, text: str, candidate: _Candidate) -> bool:
        """A business product's name, capitalised as written, right after "in", "into", "using", "used",
        "via", "through" or "from" (or after one more name there): "sales reports in Excel", "records kept
        in Access", "used Outlook for scheduling", "dashboards in Tableau and Excel"."""
        if self.taxonomy[candidate.skill_id].category not in _PRODUCT_CATEGORIES:
            return False
        if not text[candidate.start_char:candidate.start_char + 1].isupper():
            return False
        return _PREPOSITION_BEFORE.search(text[max(0, candidate.start_char - 20):candidate.start_char]) is not None

    def _administered(self, text: str, candidate: _Candidate) -> bool:
        """A system's name, capitalised as written, right before "administration" or "administrator": "Tableau
        administration", "Jira Administrator". Frameworks and languages are not administered ("Spring
        administration of the garden")."""
        if self.taxonomy[candidate.skill_id].category not in _ADMINISTERED_CATEGORIES:
            return False
        return text[candidate.start_char:candidate.start_char + 1].isupper() \
            and _ADMINISTRATION_AFTER.match(text, candidate.end_char) is not None

    def _skill_near(
        self, doc: Doc, candidate: _Candidate, kept: _ByPosition, plain: _ByPosition, english: bool
    ) -> bool:
        """Another skill that needs no context close by, or, in a list, any other candidate skill."""
        reach = _ENGLISH_NEIGHBOUR_WINDOW if english else _NEIGHBOUR_WINDOW

        # A name written with a capital may stand past a neighbour's version ("AngularJS 1, and Ionic"); a
        # lower-case word ("then go home") keeps needing the neighbour itself that close.
        capital = doc[candidate.start_token].text[:1].isupper()

        def near(other: _Candidate) -> bool:
            other_end = _end_with_version(doc, other) if capital else other.end_token
            return (
                other.skill_id != candidate.skill_id
                and not _overlaps(other, candidate)
                and other.start_token < candidate.end_token + reach
                and candidate.start_token < other_end + reach
            )

        if any(near(c) for c in _around(plain, candidate, reach)):
            return True
        low = max(0, candidate.start_token - _NEIGHBOUR_WINDOW)
        high = min(len(doc), candidate.end_token + _NEIGHBOUR_WINDOW)
        window = doc[low:high].text
        return len(_LIST_SEPARATORS.findall(window)) >= 2 and any(near(c) for c in _around(kept, candidate, reach))

    def _context_word_near(self, doc: Doc, candidate: _Candidate, english: bool, before: str) -> bool:
        """One of the skill's own context words within a few words (the line above's end included
        when the sentence runs on from it), or a global one right beside the alias.

        Global words ("software", "developer") lend an English-word alias context only
        right beside it ("Go developer", "Flask framework"), not across the sentence
        ("Twisted ankle; developed software"); the skill's own words reach further.
        """
        own = set(self.taxonomy[candidate.skill_id].context_words)
        near_words = 2 if english else _CONTEXT_WINDOW
        low = max(0, candidate.start_token - _CONTEXT_WINDOW)
        high = min(len(doc), candidate.end_token + _CONTEXT_WINDOW)
        aside = _aside_after(doc, candidate.end_token)
        high = min(len(doc), high + aside)
        for token in (*doc[low:candidate.start_token], *doc[candidate.end_token:high]):
            forms = _word_forms(token.lower_)
            before_it = token.i < candidate.start_token
            distance = candidate.start_token - token.i if before_it else token.i - candidate.end_token + 1
            if not before_it and token.i >= candidate.end_token + aside:
                distance -= aside  # "Go (Wails) backend" is a Go backend
            if not own.isdisjoint(forms) or (not CONTEXT_WORDS.isdisjoint(forms) and distance <= near_words):
                return True
        wrapped = _wrapped_words(before, _CONTEXT_WINDOW - candidate.start_token)
        if not own.isdisjoint(wrapped):
            return True
        window = doc[low:high].text.lower()
        return bool(own) and any(" " in w and w in window for w in own)

    def _listed_among_technologies(self, text: str, candidate: _Candidate, kept: _ByPosition) -> bool:
        """An item of a list with an item beside it that is technologies' names and nothing else: "Ant, Toad,
        PMD, Sonar", "Perforce, vi, gdb", "Tools: ODI, Hyperion Essbase". A name that needs its own words
        ("ODI", "vi") is that product where the items around it are products; not where they are modules
        of one ("Oracle Retail (RMS, RPM)"), nor an engineering tool's initials among office products
        ("Word, SharePoint, PDM, pricing"), which every generated skills paragraph lists."""
        items = list_items(text)
        index = _item_index(text, items, candidate)
        if len(items) < MIN_LIST_SKILLS or index is None:
            return False
        named = self._named_products(candidate, kept)
        near = [*items[max(0, index - _LIST_REACH):index], *items[index + 1:index + 1 + _LIST_REACH]]
        return any(_only_names(text, item, named) for item in near)

    def _listed_with_its_area(self, text: str, candidate: _Candidate, kept: _ByPosition, before: str) -> bool:
        """An item of a list that names another technology of the skill's own area, one that needs no
        context, on the line or on the line above that the list runs on from: "Jenkins, TFS, Maven," /
        "JIRA, Octopus" (build and deploy tools), "Oracle 10g, PL/SQL, OEM" (database tools). Items of
        other areas lend nothing ("SOA, MFT and ODI")."""
        items = list_items(text)
        if _item_index(text, items, candidate) is None and not _opens_item(text, items, candidate):
            return False
        category = self.taxonomy[candidate.skill_id].category

        def same_area(skill_id: str, alias: Alias) -> bool:
            return (skill_id != candidate.skill_id and not alias.needs_context
                    and self.taxonomy[skill_id].category == category)

        if any(same_area(c.skill_id, c.alias) and any(a <= c.start_char and c.end_char <= b for a, b in items)
               for c in kept.ordered if not _overlaps(c, candidate)):
            return True
        above = list_items(before)[1 if len(before) >= _WRAP_CHARS else 0:]  # a cut first item is no name
        entries = (self.taxonomy.alias(before[a:b]) for a, b in above)
        return any(entry is not None and same_area(*entry) for entry in entries)

    def _named_products(self, candidate: _Candidate, kept: _ByPosition,
                        office_categories: frozenset[str] = _OFFICE_CATEGORIES) -> list[_Candidate]:
        """Technologies' and methods' names near a candidate that need no words of their own ("Travis, TDD, BDD,
        Gulp" lists tools and practices alike); office products count only beside an office product (an
        engineering tool's initials among them are no product)."""
        office = self.taxonomy[candidate.skill_id].category in office_categories
        return [c for c in _around(kept, candidate, _NEIGHBOUR_WINDOW)
                if not c.alias.own_context_only and self._names_a_thing(c)
                and (office or self.taxonomy[c.skill_id].category not in office_categories)]

    def _in_bare_run(self, text: str, candidate: _Candidate, kept: _ByPosition) -> bool:
        """A name in a run of technologies' names with nothing but spaces between them, two others at
        least: "Java Unix Quality Center JIRA MTM", a tools line whose separators were lost."""
        # A tracker beside a test tool is a tools line's; only office suites lend nothing.
        named = self._named_products(candidate, kept, frozenset({"office"}))
        # The longest name at each end ("Atlassian JIRA", not its "JIRA").
        ends = {c.end_char: c for c in sorted(named, key=lambda c: -c.start_char)}
        starts = {c.start_char: c for c in sorted(named, key=lambda c: c.end_char)}
        run, at = 0, candidate.start_char
        while (left := _adjoining(text, at, ends, -1)) is not None:
            run, at = run + 1, left.start_char
        at = candidate.end_char
        while (right := _adjoining(text, at, starts, 1)) is not None:
            run, at = run + 1, right.end_char
        return run >= _BARE_RUN_OTHERS

    def _letter_among_words(self, text: str, candidate: _Candidate, kept: _ByPosition) -> bool:
        """A one-letter alias that is an item of a list whose neighbouring items name no technology.

        Generated keyword lists cut letters out of words ("C-level", "Schedule C", "Gage R&R")
        and set them among soft skills ("business strategy, C, Consultant"); a careful reader
        credits the language only in company ("Languages: C, C++, Java") or alone on its line.
        """
        if candidate.end_char - candidate.start_char != 1:
            return False
        items = list_items(text)
        where = (candidate.start_char, candidate.end_char)
        if where not in items:
            return False
        index = items.index(where)
        near = [*items[max(0, index - 2):index], *items[index + 1:index + 3]]
        return not any(
            self._names_a_thing(other) and any(a <= other.start_char and other.end_char <= b for a, b in near)
            for other in _around(kept, candidate, _NEIGHBOUR_WINDOW)
        )

    def _defined_as_other(self, text: str, candidate: _Candidate) -> bool:
        """An initialism in brackets right after the words it stands for, when those words name
        something else: "Acquisition Requirements Package (ARP)" is no protocol, while "Address
        Resolution Protocol (ARP)" is."""
        after = _expansion_after(text, candidate)
        if after is not None:
            return self.taxonomy.resolve(after) != candidate.skill_id and not self._shares_name_word(candidate, after)
        expansion = _expansion_before(text, candidate)
        if expansion is None or self.taxonomy.resolve(expansion) == candidate.skill_id:
            return False
        # "Simple Object Access Protocol (SOAP)": words the taxonomy does not spell out, but technical ones.
        return _TECHNICAL_EXPANSION_WORDS.isdisjoint(expansion.lower().split())

    def _shares_name_word(self, candidate: _Candidate, words: str) -> bool:
        """Whether ``words`` share a distinctive word with the skill's name or aliases ("Intrusion Prevention
        System" with "intrusion prevention system"); generic words ("system", "service") do not count."""
        skill = self.taxonomy[candidate.skill_id]
        texts = (skill.name, *(a.text for a in skill.aliases))
        names = {w for text in texts for w in _WORDS_BEFORE.findall(text.lower())}
        own = {w.lower() for w in _WORDS_BEFORE.findall(words)}
        return bool((own & names) - _TECHNICAL_EXPANSION_WORDS - _SKIPPED_IN_INITIALS)

    def _names_a_thing(self, candidate: _Candidate) -> bool:
        """Whether a candidate's skill is a technology or a method, not a broad concept."""
        return self.taxonomy[candidate.skill_id].kind != "concept"

    def _other_sense(self, doc: Doc, candidate: _Candidate, domains: frozenset[str]) -> bool:
        """The alias means something else in this resume's trade ("EMR" in a clinic), and none
        of the skill's own context words stands near it to say otherwise."""
        if domains.isdisjoint(candidate.alias.not_in_domains):
            return False
        return not self._own_words_near(doc, candidate)

    def _own_words_near(self, doc: Doc, candidate: _Candidate) -> bool:
        """One of the skill's own context words within the context window; a word of several words
        ("static analysis") when the window holds it whole."""
        own = set(self.taxonomy[candidate.skill_id].context_words)
        low = max(0, candidate.start_token - _CONTEXT_WINDOW)
        high = min(len(doc), candidate.end_token + _CONTEXT_WINDOW)
        tokens = (*doc[low:candidate.start_token], *doc[candidate.end_token:high])
        if any(not own.isdisjoint(_word_forms(token.lower_)) for token in tokens):
            return True
        window = doc[low:high].text.lower()
        return any(" " in word and word in window for word in own)

    def _fuzzy_candidates(
        self, docs: Sequence[Doc], lines: Sequence[int], found: Sequence[Sequence[_Candidate]]
    ) -> Iterable[tuple[int, _Candidate]]:
        """Misspelt long aliases in lines that already have technical context."""
        queries: dict[tuple[str, bool], list[tuple[int, int, int]]] = {}
        for index in lines:
            doc = docs[index]
            covered = {t for c in found[index] for t in range(c.start_token, c.end_token)}
            # Read once per token, in one pass: spaCy builds a Token object on every doc[i]. An alphabetic
            # token holds no space, so the squashed span is its tokens' lower forms run together.
            lowers, alpha = _lowers_and_alpha(doc)
            for start in range(len(lowers)):
                if not alpha[start] or start in covered:
                    continue
                for end, key in _squashed_runs(lowers, alpha, covered, start):
                    several = end - start > 1
                    # "LexisNexis" as written is an alias that needs context, no misspelling of "lexis nexis".
                    if len(key) >= 6 and (several or not _is_english(key)) and key not in self._context_keys:
                        queries.setdefault((key, several), []).append((index, start, end))
        for (key, several), places in queries.items():
            # Across several words only a spacing variant counts ("Elastic Search"):
            # "service for" is one letter off too many aliases to be a misspelling.
            best = self._closest_alias(key, exact=several)
            if best is None:
                continue
            choice, similarity = best
            skill_id, alias = self._fuzzy_keys[choice]
            for index, start, end in places:
                span = docs[index][start:end]
                yield index, _Candidate(
                    skill_id, alias, start, end, span.start_char, span.end_char,
                    rule="fuzzy", confidence=round(similarity, 3),
                )

    def _joined_candidates(
        self, docs: Sequence[Doc], texts: Sequence[str], lines: Sequence[int]
    ) -> Iterable[tuple[int, _Candidate]]:
        """Names of several words written as one word in camel case ("UnrealEngine", "VisualStudio"), on lines
        the misspelling pass does not read: only the spacing differs from the alias, so unlike a misspelling
        the name needs no technical context around it. Lines with skills already are read by that pass."""
        for index in lines:
            if not _CAMEL_JOIN.search(texts[index]):
                continue
            for token in docs[index]:
                if not token.is_alpha or not _CAMEL_JOIN.search(token.text) or token.lower_ in self._context_keys:
                    continue  # "LexisNexis" as written is an alias that needs context, judged by the exact pass
                entry = self._fuzzy_keys.get(token.lower_)
                if entry is not None and " " in entry[1].text.strip():
                    yield index, _Candidate(entry[0], entry[1], token.i, token.i + 1, token.idx,
                                            token.idx + len(token.text), rule="fuzzy")

    def _closest_alias(self, key: str, *, exact: bool = False) -> tuple[str, float] | None:
        """The fuzzy-enabled alias within one edit of ``key`` (two from ten letters), if any.

        Misspellings rarely change the first letter, so only aliases that share
        it and have a length within two are compared: a handful per key.
        """
        remembered = (key, exact)
        if remembered in self._closest:
            return self._closest[remembered]
        if len(self._closest) >= _CLOSEST_REMEMBERED:
            self._closest.clear()
        if exact:  # within no edit is the alias itself: a look-up, not a comparison per alias
            best = (key, 1.0) if key in self._fuzzy_keys and self.fuzzy_threshold <= 100.0 else None
            self._closest[remembered] = best
            return best
        best = None
        # Two English words run together ("Powerplant") are a word of their own: one edit off an alias at most.
        most = 1 if _two_english_words(key) else 2
        for length in range(len(key) - 2, len(key) + 3):
            if abs(length - len(key)) > min(most, _allowed_edits(length)):
                continue  # an edit distance is at least the difference in length
            for choice in self._fuzzy_index.get((key[0], length), ()):
                allowed = min(most, _allowed_edits(len(choice)))
                distance = DamerauLevenshtein.distance(key, choice, score_cutoff=allowed)
                if distance > allowed:
                    continue
                similarity = DamerauLevenshtein.normalized_similarity(key, choice)
                if similarity * 100 >= self.fuzzy_threshold and (best is None or similarity > best[1]):
                    best = (choice, similarity)
        self._closest[remembered] = best
        return best


# --------------------------------------------------------------------------- helpers


def _with_members(found: Sequence[_Candidate], members: Sequence[_Candidate]) -> list[_Candidate]:
    """``found`` with each bracketed family member in place of what its bare word alone was read as
    ("MVC" in "Spring (Boot, MVC)" is Spring MVC, not the pattern)."""
    spans = {(c.start_char, c.end_char) for c in members}
    return [*(c for c in found if (c.start_char, c.end_char) not in spans), *members]


# The tokens of a doubled or tripled space between two words ("Spring  Boot"): spaCy keeps the
# extra spaces as a token of their own, which breaks a name of several words.
_EXTRA_SPACE = re.compile(r" {1,2}")


def _squeezed(doc: Doc, text: str) -> tuple[Doc, list[int]] | None:
    """The line without the extra-space tokens between words, with each kept token's index in ``doc``;
    None when the line has none. A wider gap (a column, a tab) is no such space.

    ``text`` is the line ``doc`` was made from: a line without two spaces in a row has no such token
    (the word before one ends in a space of its own), so its tokens are not walked.
    """
    if "  " not in text:
        return None
    inner = range(1, len(doc) - 1)
    dropped = {i for i in inner if _EXTRA_SPACE.fullmatch(doc[i].text) and doc[i - 1].whitespace_}
    if not dropped:
        return None
    keep = [i for i in range(len(doc)) if i not in dropped]
    words = [doc[i].text for i in keep]
    return Doc(doc.vocab, words=words, spaces=[True] * len(words)), keep


def _matches(matcher: PhraseMatcher, doc: Doc, squeezed: tuple[Doc, list[int]] | None
             ) -> list[tuple[int, int, int]]:
    """The matcher's matches on the line, and those of names that a doubled space split ("Spring  Boot"),
    as token ranges of ``doc``; ``squeezed`` is the line's :func:`_squeezed`, made once for both matchers."""
    found: list[tuple[int, int, int]] = list(matcher(doc))
    if squeezed is not None:
        short, keep = squeezed
        for match_id, start, end in matcher(short):
            first, last = keep[start], keep[end - 1] + 1
            if last - first != end - start:  # the name runs across a dropped space
                found.append((match_id, first, last))
    return found


def _allowed_edits(length: int) -> int:
    """The edits a misspelling of an alias of ``length`` letters may have: one, two from ten letters."""
    return 1 if length < 10 else 2


_COMPOUND_PART = 4  # the shortest English word a compound is read as made of ("powerplant": "power", "plant")


def _two_english_words(word: str) -> bool:
    """Whether a lower-case word is two English words of four letters or more run together ("powerplant")."""
    return any(_is_english(word[:i]) and _is_english(word[i:])
               for i in range(_COMPOUND_PART, len(word) - _COMPOUND_PART + 1))


@functools.lru_cache(maxsize=65_536)
def _is_english(word: str) -> bool:
    """Whether a lower-case word is an ordinary English word ("systems", "network")."""
    return bool(_english().known([word]))


def _snippet(text: str, start: int, end: int) -> str:
    """The line, trimmed; for a very long line, the stretch around the mention."""
    if len(text) > _SNIPPET_CHARS:
        margin = (_SNIPPET_CHARS - (end - start)) // 2
        text = text[max(0, start - margin): end + margin]
    return " ".join(text.split())


def _capital_after_dot(text: str) -> str | None:
    """The alias as written with a capital after its dot ("node.Js"), which the tokenizer splits ("Node", ".", "JS")
    where it keeps "node.js" whole; None when no dot stands between letters.

    >>> _capital_after_dot("Node.js")
    'node.Js'
    >>> _capital_after_dot("ASP.NET Core")
    'asp.Net core'
    """
    lower = text.lower()
    if _DOT_IN_NAME.search(lower) is None:
        return None
    return _DOT_IN_NAME.sub(lambda m: f"{m.group(1)}.{m.group(2).upper()}", lower)


_DOT_SUFFIX = re.compile(r"(?<=[a-z0-9])\.(?=[a-z]{2,}\b)")
_CAMEL_PART = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+")
_MIN_CAMEL_PART = 3


def _space_before_dot(text: str) -> str | None:
    """The alias with a space before the dot of its suffix ("VB .NET", "Node .js"), as some resumes write it; the
    tokenizer splits that form where it keeps "vb.net" whole. None when no dot joins letters.

    >>> _space_before_dot("vb.net"), _space_before_dot("Node.js"), _space_before_dot("Python")
    ('vb .net', 'node .js', None)
    """
    lower = text.lower()
    spaced = _DOT_SUFFIX.sub(" .", lower)
    return spaced if spaced != lower else None


def _camel_split(text: str) -> str | None:
    """A one-word name in camel case written as its words ("WebStorm" as "Web Storm", "PowerPoint" as "Power
    Point"), every word three letters at least; None for any other name.

    >>> _camel_split("WebStorm"), _camel_split("AutoCAD"), _camel_split("MySQL"), _camel_split("Jenkins")
    ('Web Storm', 'Auto CAD', None, None)
    """
    if not text.isalpha() or _CAMEL_JOIN.search(text) is None:
        return None
    parts = _CAMEL_PART.findall(text)
    if "".join(parts) != text or len(parts) < 2 or min(len(p) for p in parts) < _MIN_CAMEL_PART:
        return None
    return " ".join(parts)


def _plural(text: str) -> str | None:
    """The plural of a name of several words that ends in a noun ("Adobe Creative Suites", "SQL Servers"), which
    names the same product; None for a name of one word, whose plural may be a word of its own ("Teams", "Pages").

    >>> _plural("Adobe Creative Suite"), _plural("Docker"), _plural("Google Docs")
    ('Adobe Creative Suites', None, None)
    """
    words = text.split()
    if len(words) < 2 or not _PLURAL_ENDING.fullmatch(words[-1]):
        return None
    return f"{text}s"


def _lowers_and_alpha(doc: Doc) -> tuple[list[str], list[bool]]:
    """Each token's lower form and whether it is alphabetic, read in one pass over ``doc``; an alphabetic token's
    lower form is its squashed form (:func:`_squash`), as it holds no space."""
    lowers: list[str] = []
    alpha: list[bool] = []
    for token in doc:
        lowers.append(token.lower_)
        alpha.append(token.is_alpha)
    return lowers, alpha


def _squashed_runs(
    lowers: Sequence[str], alpha: Sequence[bool], covered: set[int], start: int
) -> Iterator[tuple[int, str]]:
    """The runs of up to ``_FUZZY_NGRAM`` alphabetic tokens from ``start`` that no found skill covers, as
    (end token, squashed text): each key is the last one with the next token's lower form appended."""
    key = ""
    for end in range(start + 1, min(len(lowers), start + _FUZZY_NGRAM) + 1):
        if end - 1 in covered or not alpha[end - 1]:
            return
        key += lowers[end - 1]
        yield end, key


def _may_run_across(joins: dict[str, tuple[str, ...]], tail: str, head: str) -> bool:
    """Whether a name may run across the space between ``tail`` and ``head`` (a line's last words and the next
    line's first): some pattern's neighbouring tokens, or an alias's neighbouring words, of which the first ends
    ``tail`` and the second starts ``head``, folded to lower case. A match across the break has such a pair (the
    tokens either side of the space are the end of ``tail``'s last word and the start of ``head``'s first;
    a list item crossing it has its words either side of it), so without one there is none.

    >>> joins = {"server": ("sql",)}
    >>> _may_run_across(joins, "from Microsoft SQL", "Server and SSIS"), _may_run_across(joins, "SQL", "Servers")
    (True, True)
    >>> _may_run_across(joins, "from Microsoft SQL", "Reporting"), _may_run_across(joins, "Oracle", "Server")
    (False, False)
    """
    tail, first_word = tail.lower(), head.split(None, 1)[0].lower()
    return any(
        tail.endswith(joins[first_word[:end]]) for end in range(1, len(first_word) + 1) if first_word[:end] in joins
    )


def _squash(text: str) -> str:
    """Fold for fuzzy comparison: lower case without spaces ("Elastic Search" ~ "elasticsearch")."""
    return "".join(text.lower().split())


@dataclass(frozen=True, slots=True)
class _ByPosition:
    """Candidates sorted by start token, with the starts kept for bisection."""

    ordered: Sequence[_Candidate]
    starts: Sequence[int]

    @classmethod
    def of(cls, candidates: Iterable[_Candidate]) -> _ByPosition:
        ordered = sorted(candidates, key=lambda c: c.start_token)
        return cls(ordered, [c.start_token for c in ordered])


def _around(pool: _ByPosition, candidate: _Candidate, reach: int) -> Sequence[_Candidate]:
    """The candidates that start within ``reach`` tokens of ``candidate``.

    A bisection, so that a line with thousands of skills is not searched whole per candidate.
    """
    starts = pool.starts
    low = bisect.bisect_left(starts, candidate.start_token - reach - _LONGEST_ALIAS_TOKENS)
    high = bisect.bisect_right(starts, candidate.end_token + reach)
    return pool.ordered[low:high]


def _overlaps(a: _Candidate, b: _Candidate) -> bool:
    return a.start_char < b.end_char and b.start_char < a.end_char


def _replace_rule(candidate: _Candidate, rule: str) -> _Candidate:
    return _Candidate(
        candidate.skill_id, candidate.alias, candidate.start_token, candidate.end_token,
        candidate.start_char, candidate.end_char, rule, candidate.confidence,
    )


def _bad_single_letter(doc: Doc, candidate: _Candidate) -> bool:
    """A one-letter alias that is an initial or part of a hyphenated word ("R. Smith", "C-level")."""
    if candidate.end_token - candidate.start_token != 1 or len(doc[candidate.start_token].text) != 1:
        return False
    token = doc[candidate.start_token]
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    preceding = doc[token.i - 1] if token.i > 0 else None
    if following is not None and not token.whitespace_ and following.text in {"-", ".", "'", "’", "&"}:
        return True
    return preceding is not None and not preceding.whitespace_ and preceding.text in {"-", "'", "’", "&"}


def _one_sense(
    found: list[list[_Candidate]], unsure: Sequence[Sequence[_Candidate]], texts: Sequence[str]
) -> list[list[_Candidate]]:
    """One sense per resume: a name the resume credits with context somewhere ("Meteor and React")
    is the same skill where it stands without ("a learning platform built with Meteor").

    Only a capitalised name of two letters or more, written exactly as where it was credited,
    standing as a word of a sentence (after a lower-case word, not followed by another
    capitalised one): a lower-case word ("go"), a letter ("C") or a part of an organisation's
    name ("Oracle India", "Express Lanes") keeps needing context of its own.
    """
    credited = {
        (c.skill_id, texts[index][c.start_char:c.end_char])
        for index, line in enumerate(found) for c in line if c.alias.needs_context
    }
    for index, line in enumerate(unsure):
        for candidate in line:
            surface = texts[index][candidate.start_char:candidate.end_char]
            if len(surface) > 1 and surface[0].isupper() and (candidate.skill_id, surface) in credited \
                    and _in_sentence(texts[index], candidate):
                found[index].append(_replace_rule(candidate, "resume"))
    return found


def _item_index(text: str, items: Sequence[tuple[int, int]], candidate: _Candidate) -> int | None:
    """Which list item the candidate is, whole, or after the label that opens the item ("Tools: ODI")."""
    for index, (start, end) in enumerate(items):
        if end == candidate.end_char and (
            start == candidate.start_char or text[start:candidate.start_char].rstrip().endswith(":")
        ):
            return index
    return None


def _opens_item(text: str, items: Sequence[tuple[int, int]], candidate: _Candidate) -> bool:
    """Whether the candidate opens a list item before a bracket: "OEM (for data masking)", "OEM(For"."""
    return any(start == candidate.start_char and text[candidate.end_char:end].lstrip().startswith("(")
               for start, end in items)


def _only_names(text: str, item: tuple[int, int], named: Sequence[_Candidate]) -> bool:
    """Whether the item holds names of ``named`` and nothing else but spaces ("Hyperion Essbase")."""
    start, end = item
    inside = sorted((c.start_char, c.end_char) for c in named if start <= c.start_char and c.end_char <= end)
    if not inside:
        return False
    rest, at = [], start
    for a, b in inside:
        rest.append(text[at:a])
        at = max(at, b)
    rest.append(text[at:end])
    return not "".join(rest).strip()


def _organisation_slot(text: str, candidate: _Candidate, kept: _ByPosition) -> bool:
    """A capitalised word in an employer's header, a list of users or customers, or a project's name that
    holds no other skill (:mod:`screener.organisation_slots`): "ADP, Chicago, IL May 2010", "used by
    Dropbox and more", "Project: Arrow Unity"."""
    if not _capitalised(text, candidate):
        return False
    if employer_header_after(text, candidate.end_char) or named_as_user(text, candidate.start_char,
                                                                         candidate.end_char) \
            or employer_after_role(text, candidate.start_char, candidate.end_char) \
            or client_name(text, candidate.start_char):
        return True
    name = project_name_span(text, candidate.start_char)
    return name is not None and not any(
        name[0] <= other.start_char and other.end_char <= name[1] and not _overlaps(other, candidate)
        for other in _around(kept, candidate, _NEIGHBOUR_WINDOW)
    )


_WORD_RUN = re.compile(r"\S+")


def _lower_word_for_a_name(item: str, alias: Alias) -> bool:
    """An English word written in lower case ("access") for a name whose alias holds its capital ("Access")."""
    return alias.case_sensitive and item.islower() and _is_english(item)


def _initialism_pair(text: str, candidate: _Candidate, kept: _ByPosition) -> bool:
    """An initialism that is one of the two making up a list item, the other no skill's: "DOS LPS" (the
    LPS mortgage system) in "FHA Connection, DOS LPS, MSP" names one system, not MS-DOS."""
    surface = text[candidate.start_char:candidate.end_char]
    if not _INITIALISM.fullmatch(surface):
        return False
    item = next(((a, b) for a, b in list_items(text) if a <= candidate.start_char and candidate.end_char <= b), None)
    if item is None:
        return False
    words = list(_WORD_RUN.finditer(text, item[0], item[1]))
    if len(words) != 2 or surface not in (words[0].group(0), words[1].group(0)):
        return False
    other = words[1] if words[0].group(0) == surface else words[0]
    start, end = other.span()
    return _INITIALISM.fullmatch(other.group(0)) is not None and not any(
        c.start_char < end and start < c.end_char for c in _around(kept, candidate, _NEIGHBOUR_WINDOW))


def _adjoining(text: str, at: int, names: dict[int, _Candidate], step: int) -> _Candidate | None:
    """The name that ends (``step`` -1) or starts (1) one run of spaces away from ``at``, if any."""
    gap = _SPACES_BEFORE.search(text, 0, at) if step < 0 else _SPACES_AFTER.match(text, at)
    if gap is None:
        return None
    return names.get(gap.start() if step < 0 else gap.end())


def _institution_word(text: str, candidate: _Candidate) -> bool:
    """A capitalised word of an institution's name ("the Vision AI and Robotics Lab", "BI Nordic Business
    School"): the institution is no skill of the person, whatever the alias."""
    return _capitalised(text, candidate) and in_institution_name(text, candidate.start_char, candidate.end_char)


def _partner_word(text: str, candidate: _Candidate) -> bool:
    """A capitalised name of a partner organisation ("in collaboration with our partner Salesforce"): the
    partner is no product of the person's, whatever the alias."""
    return _capitalised(text, candidate) and named_as_partner(text, candidate.start_char)


_WORD_BEFORE = re.compile(r"(?<![\w-])[a-z]+\s+$")
# A bullet's opening verb, capitalised: "Configured Jenkins for the builds".
_VERB_OPENS_LINE = re.compile(r"^[\W_]*[A-Z][a-z]+(?:ed|ing)\s+$")
_NAME_GOES_ON = re.compile(r"\s*[-–]?\s*[A-Z]")
# A capitalised verb of a bullet's opening ("Updated", "Configuring") and what may end the bullet before it.
_OPENING_VERB = re.compile(r"[A-Z][a-z]+(?:ed|ing)")
_ITEM_ENDS = frozenset({".", ";", ",", "•", "·", "|"})


def _verb_opens_item(doc: Doc, token: Any) -> bool:
    """A capitalised -ed or -ing verb right after the punctuation that ends the bullet before it: bullets run
    together on one line ("Cut the build time., Updated Jenkins Infrastructure"), the verb opens a bullet."""
    return token.i > 0 and doc[token.i - 1].text in _ITEM_ENDS and _OPENING_VERB.fullmatch(token.text) is not None


def _in_sentence(text: str, candidate: _Candidate) -> bool:
    """A name used as a word of a sentence ("a platform with Meteor"), not a part of a longer name."""
    before = text[max(0, candidate.start_char - 40):candidate.start_char]
    after_word = _WORD_BEFORE.search(before) or (
        candidate.start_char <= 40 and _VERB_OPENS_LINE.match(before)
    )
    return bool(after_word) and not _NAME_GOES_ON.match(text, candidate.end_char)


def _above(texts: Sequence[str], kinds: Sequence[str], headings: Sequence[str], index: int) -> str:
    """The line above ``index`` when both lie in one section, else ""."""
    if index == 0 or (kinds[index - 1], headings[index - 1]) != (kinds[index], headings[index]):
        return ""
    return texts[index - 1]


def _cued(text: str, candidate: _Candidate, before: str = "") -> bool:
    """A cue just before the alias ("proficient in Go", also from the line above when the sentence
    wraps there) or a level or span of use just after it ("C (Proficient)", "Go - 3 years")."""
    prefix = text[max(0, candidate.start_char - _WRAP_CHARS):candidate.start_char]
    if before and not prefix.strip(" \t-–—*•·"):
        prefix = f"{before} "
    return bool(_CUE_BEFORE.search(prefix) or _CUE_AFTER.match(text, candidate.end_char))


def _name_word(word: str, own: Iterable[str]) -> bool:
    """A capitalised word that could be part of a name: letters only, with a capital, no technical word
    ("Developer", "Framework") nor one of the skill's own context words."""
    if not (word.isalpha() and word[:1].isupper()):
        return False
    forms = _word_forms(word.lower())
    return CONTEXT_WORDS.isdisjoint(forms) and set(own).isdisjoint(forms) and not _TITLE_WORDS.intersection(forms)


# A company word right after a name: "Celery Solutions Inc.", "Express Media Group", "Go Technologies Ltd";
# a practice's or an agency's too: "Excel Physical Therapy Clinic" (a shop's or a bank's, "Access Bank", "Flask
# Cafe", no alias counts beside: ``organisation_slots.in_shop_name``).
_COMPANY_AFTER = re.compile(
    r"\s+(?:[A-Z][\w&]*\s+)?(?:Inc|LLC|Ltd|Limited|Corp|Corporation|GmbH|Pvt|Solutions|Technologies|Consulting|"
    r"Group|Labs|Publishing|Studios|Clinic|Hospital|Agency)\b"
)


# An employer with its tenure and the title held there, as job sites print a summary: "Oracle 3 Years 1 Month •
# Software Tester" (unlike "Java - 5 years", a span of use, no title follows).
_TENURE_AFTER = re.compile(r"\s+\d{1,2}\s+years?(?:\s+\d{1,2}\s+months?)?\s*[•·|]\s*[A-Z]", re.IGNORECASE)


_DETERMINERS = frozenset({"the", "a", "an", "our", "their", "his", "her", "its", "my"})


def _two_word_name(doc: Doc, before: Any, after: Any, own: Iterable[str]) -> bool:
    """A two-word proper name in a sentence: a determiner, the capitalised alias, a capitalised name word,
    then a lower-case word ("developed the Unity Champ role", "joined the Spark Planner team")."""
    following = doc[after.i + 1] if after.i + 1 < len(doc) else None
    return (
        before.lower_ in _DETERMINERS and _name_word(after.text, own)
        and following is not None and following.text[:1].islower()
    )


def _capitalised_run(doc: Doc, candidate: _Candidate) -> tuple[int, int]:
    """The tokens around a candidate that are capitalised words, as a start and end token."""
    start, end = candidate.start_token, candidate.end_token
    while start > 0 and doc[start - 1].text[:1].isupper():
        start -= 1
    while end < len(doc) and doc[end].text[:1].isupper():
        end += 1
    return start, end


# Words of a job title that follow a skill as its object ("Unity Engineer", "Go Programmer").
_TITLE_WORDS = frozenset({"engineer", "engineers", "programmer", "architect", "consultant", "administrator", "admin",
                          "specialist", "expert", "analyst", "lead", "tester", "certified", "certification"})


def _capitalised(text: str, candidate: _Candidate) -> bool:
    """The alias is written with a capital and is longer than a letter ("Go", not "go" or "C")."""
    return candidate.end_char - candidate.start_char > 1 and text[candidate.start_char].isupper()


_VERSION_TOKEN = re.compile(r"v?\d{1,2}(?:\.(?:\d{1,3}|x|X))*\+?")


def _end_with_version(doc: Doc, candidate: _Candidate) -> int:
    """The token after the candidate and the version written after it, if any ("AngularJS 1, and Ionic": the
    "1" is part of the neighbour, not a word between the two names)."""
    end = candidate.end_token
    return end + 1 if end < len(doc) and _VERSION_TOKEN.fullmatch(doc[end].text) else end


_ASIDE_TOKENS = 4  # the brackets and at most two words between them


def _aside_after(doc: Doc, end: int) -> int:
    """How many tokens a short bracketed aside right after token ``end`` takes ("Go (Wails) backend": 3), 0 when
    none: a word after the aside stands as close to the name as if the aside were not there."""
    if end >= len(doc) or doc[end].text != "(":
        return 0
    for index in range(end + 1, min(len(doc), end + _ASIDE_TOKENS)):
        if doc[index].text == ")":
            return index - end + 1
    return 0


def _handled(text: str, candidate: _Candidate) -> bool:
    """A name with a capital right after a verb of setting up or running a system ("Configured Jenkins")."""
    prefix = text[max(0, candidate.start_char - _WRAP_CHARS):candidate.start_char]
    return _capitalised(text, candidate) and _HANDLED_BEFORE.search(prefix) is not None


def _bracketed_at_end(text: str, candidate: _Candidate, section: str) -> bool:
    """A name with a capital alone in the brackets that close a line describing a piece of work
    ("Built an inventory tracker for the stores (Flex)"): three words or more before it, one of them
    in lower case, outside education. A title's brackets name an employer ("Senior Consultant
    (Oracle)"), a course's a term ("Exchange semester (Spring)")."""
    opening = text[max(0, candidate.start_char - 3):candidate.start_char].rstrip()
    if section in _NO_BRACKET_SECTIONS or not (_capitalised(text, candidate) and opening.endswith("(")):
        return False
    words = text[:candidate.start_char].split()
    return (
        len(words) >= _MIN_DESCRIBING_WORDS and any(w[:1].islower() for w in words)
        and _CLOSES_LINE.match(text, candidate.end_char) is not None
    )


# Words an initialism skips: "Department of Defense (DoD)".
_SKIPPED_IN_INITIALS = frozenset({"of", "and", "the", "for", "to", "in", "on", "a", "an", "&"})
_INITIALISM = re.compile(r"[A-Z]{2,6}")
_WORDS_BEFORE = re.compile(r"[A-Za-z][\w'-]*")
_EXPANSION_CHARS = 120
# Words that make spelt-out initials a technology's name whether or not the taxonomy lists it.
_TECHNICAL_EXPANSION_WORDS = frozenset({
    "protocol", "protocols", "language", "languages", "service", "services", "server", "servers", "system",
    "systems", "database", "databases", "framework", "interface", "interfaces", "format", "markup", "query",
    "network", "networking", "standard", "software", "platform", "programming", "computing", "cloud", "web",
    "application", "applications", "development", "kit", "toolkit", "library", "engine", "machine",
})


def _expansion_before(text: str, candidate: _Candidate) -> str | None:
    """The words an initialism in brackets stands for, when they come right before it and their
    initials spell it ("Acquisition Requirements Package (ARP)" -> "Acquisition Requirements Package").

    >>> line = "the Acquisition Requirements Package (ARP) for"
    >>> _expansion_before(line, _Candidate(SkillId("arp"), Alias("ARP"), 4, 5, 38, 41))
    'Acquisition Requirements Package'
    """
    surface = text[candidate.start_char:candidate.end_char]
    opening = text[max(0, candidate.start_char - 3):candidate.start_char].rstrip()
    if not (_INITIALISM.fullmatch(surface) and opening.endswith("(")
            and text[candidate.end_char:candidate.end_char + 2].lstrip().startswith(")")):
        return None
    bracket = text.rfind("(", 0, candidate.start_char)
    before = text[max(0, bracket - _EXPANSION_CHARS):bracket]
    words = list(_WORDS_BEFORE.finditer(before))
    counted = [w for w in words if w.group(0).lower() not in _SKIPPED_IN_INITIALS]
    if len(counted) < len(surface):
        return None
    first = counted[-len(surface)]
    if "".join(w.group(0)[0] for w in counted[-len(surface):]).upper() != surface:
        return None
    return before[first.start():].strip()


# "IPS(Integrated Paint System)": the words an initialism stands for, in brackets after it, or after one
# or two lower-case words that say what it is ("the CSS team (Customer Support Services)").
_EXPANSION_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s*\(\s*([A-Za-z][\w'-]*(?:\s+[A-Za-z&][\w'-]*){1,7})\s*\)")


def _expansion_after(text: str, candidate: _Candidate) -> str | None:
    """The words an initialism stands for, in brackets right after it, when their initials spell it.

    >>> line = "for use in IPS(Integrated Paint System) of robots"
    >>> _expansion_after(line, _Candidate(SkillId("ids-ips"), Alias("IPS"), 3, 4, 11, 14))
    'Integrated Paint System'
    """
    surface = text[candidate.start_char:candidate.end_char]
    match = _EXPANSION_AFTER.match(text, candidate.end_char) if _INITIALISM.fullmatch(surface) else None
    if match is None:
        return None
    counted = [w for w in match.group(1).split() if w.lower() not in _SKIPPED_IN_INITIALS]
    return match.group(1) if "".join(w[0] for w in counted).upper() == surface else None


def _wrapped_words(before: str, room: int) -> frozenset[str]:
    """The last ``room`` words of the line above, lower case, in both numbers, as context of a mention
    opening its line."""
    if not before or room <= 0:
        return frozenset()
    return frozenset(f for w in before.split()[-room:] for f in _word_forms(w.strip(".,;:()[]\"'").lower()))


@functools.lru_cache(maxsize=4096)
def _word_forms(word: str) -> tuple[str, ...]:
    """A lower-case word in both numbers, so "deployments" finds the context word "deployment" and
    "tool" finds "tools".

    >>> _word_forms("deployments")
    ('deployments', 'deployment')
    >>> _word_forms("tool")
    ('tool', 'tools')
    """
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word, word[:-1]
    return (word, f"{word}s") if word.isalpha() else (word,)


# Words a sentence does not end on: a line ending in one runs on to the next.
_RUN_ON_WORDS = frozenset({
    "in", "with", "using", "of", "and", "or", "the", "a", "an", "on", "for", "to", "at", "by", "from",
    "into", "via", "including", "like", "as", "use", "used", "uses",
})


def _run_on(texts: Sequence[str], kinds: Sequence[str], index: int) -> str:
    """The end of the line above when line ``index`` continues its sentence, else "".

    A sentence runs on when the line above is in the same section and either ends in a comma
    or a word no sentence ends on ("...resume templates in" / "LaTeX for all"), or the line
    goes on in lower case; a bullet always starts afresh.

    >>> _run_on(["Built templates in", "LaTeX for all"], ["other", "other"], 1)
    'Built templates in'
    >>> _run_on(["Shipped the release", "Go is next"], ["other", "other"], 1)
    ''
    """
    if index == 0 or kinds[index - 1] != kinds[index]:
        return ""
    above, here = texts[index - 1].rstrip(), texts[index].lstrip()
    if not above or not here or not (here[0].isalnum() or here[0] in "(\"'"):
        return ""
    words = above.split()
    if above.endswith(",") or words[-1].lower() in _RUN_ON_WORDS or here[0].islower():
        return above[-_WRAP_CHARS:]
    return ""


def _version_after(text: str, end: int) -> str | None:
    """A version written right after a skill: "Python 3.11", "Django 4.x", "Java 8", "Oracle 10g/11g"."""
    match = _VERSION.match(text, end) or _RELEASES.match(text, end)  # in place: no copy of a long line
    return match.group(1) if match else None


def _longest(candidates: Sequence[_Candidate]) -> list[_Candidate]:
    """Drop candidates overlapped by a longer (or equally long, earlier, exact) one; one per span and skill.

    Characters already taken are marked, so a line with thousands of matches
    costs the total length of the matches, not their number squared.
    """
    ordered = sorted(
        candidates, key=lambda c: (-c.length, c.confidence != 1.0, c.start_char, c.skill_id)
    )
    taken: set[int] = set()
    chosen: list[_Candidate] = []
    for candidate in ordered:
        span = range(candidate.start_char, candidate.end_char)
        if taken.isdisjoint(span):
            taken.update(span)
            chosen.append(candidate)
    return chosen
