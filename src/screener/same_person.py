"""Near-duplicate people: one person sent in several files (a PDF and a DOCX, two layouts of one CV).

Two candidates are the same person when they share a contact key (an e-mail
address or a phone number) or when their visible text is near-identical: the
MinHash estimate of the Jaccard similarity of their word shingles is at least
:data:`SIMILAR_TEXT`. Two different people with similar careers (the same
titles and skills in their own words) share few three-word shingles and no
contact, so they are not flagged.

Contact keys are truncated SHA-256 hashes: the record carries no e-mail address
or phone number that the resume's own fields do not already hold. Near-identical
text is found by MinHash LSH (datasketch's bands, grouped a band at a time over one matrix
of signatures), so ten thousand resumes cost 25 groupings, not fifty million comparisons.

Example:
    >>> keys = contact_keys("Jo Doe · JO.DOE@example.com · +44 (0)20 7946 0018")
    >>> len(keys), keys == contact_keys("call 020 7946 0018, write jo.doe@example.com")
    (2, True)
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
import struct
from array import array
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from datasketch import MinHash, MinHashLSH

from .models import Candidate, Line, Section

SIMILAR_TEXT = 0.5
"""Estimated Jaccard similarity of word shingles at or above which two texts are one person's.

Measured on the 202 readable files of ``../shared/devdata/resumes``
(``benchmarks/same_person.py``): a person's PDF and DOCX score 0.63 to 1.0, one
template's sample in two layouts 0.95 to 1.0, and two documents generated from
one person's data 0.52; the nearest pair of different people scores 0.07, ten
standard errors of the estimate below 0.5. One template family's different
sample texts (0.05 to 0.49) are not near-identical text; a shared e-mail links them.
"""

NUM_PERM = 128
"""MinHash permutations: the estimate's standard error is at most 0.045 (at 0.5)."""

SHINGLE_WORDS = 3
"""Words per shingle: long enough that shared job titles and skill names do not make two people alike."""

PHONE_DIGITS = 9
"""A phone number is keyed by its last nine digits, so ``+44 20 ...`` and ``020 ...`` agree."""

KEY_HEX = 16
"""Hex digits kept of a contact key's SHA-256: 64 bits, no collision in any real pool."""

FLAG = "same_person_as:"

POOLS_KEPT = 8
"""Pools whose groups are kept (by a digest of what decides them): ranking one pool against many
profiles finds its groups once. A pool's entry is a digest and its groups, not its records."""

_GROUPS: OrderedDict[bytes, tuple[tuple[str, ...], ...]] = OrderedDict()

_SCHEME = "affine32"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
# A run of digits and the separators phone numbers are written with, on one line.
_PHONE_RUN = re.compile(r"\+?\(?\d[\d \t().-]{7,}\d")
# A year (1950-2039) as its own group: a run of dates ("01.2015 - 12.2019"), not a phone.
_YEAR_GROUP = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-3]\d)(?!\d)")
# A label right before the run says it is a book, a serial or an id, not a phone
# ("Phone no." and "Contact number" are phones, so "no" and "number" are not here).
_NOT_PHONE_LABEL = re.compile(r"\b(?:isbn|issn|doi|orcid|id)\W{0,3}$", re.IGNORECASE)
# Chinese, Japanese and Korean are written without spaces: each character is a word, so a
# line broken in another place gives the same shingles.
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|\w+")


def _key(kind: str, value: str) -> str:
    return f"{kind}:" + hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()[:KEY_HEX]


def emails(text: str) -> list[str]:
    """The e-mail addresses in ``text``, lower-cased.

    >>> emails("Mail: Ana.Ruiz@Example.org, or ana@work.example.")
    ['ana.ruiz@example.org', 'ana@work.example']
    """
    # An address holds no line break, so only the lines with an "@" are searched: the pattern tries every
    # word of a line, and a resume's lines seldom hold one.
    return [match.group().lower() for line in text.splitlines() if "@" in line for match in _EMAIL.finditer(line)]


def is_isbn13(digits: str) -> bool:
    """Whether ``digits`` are an ISBN-13 (978 or 979, checksum right): a book, never a phone.

    >>> is_isbn13("9780306406157"), is_isbn13("9780306406158")
    (True, False)
    """
    if len(digits) != 13 or digits[:3] not in ("978", "979"):
        return False
    return sum(int(d) * (3 if k % 2 else 1) for k, d in enumerate(digits)) % 10 == 0


def _phone_digits(run: str, before: str) -> str | None:
    """The digits of a phone-like ``run``, or None when they are dates, a book or a labelled number."""
    digits = re.sub(r"\D", "", run)
    if not 9 <= len(digits) <= 15 or _YEAR_GROUP.search(run) or is_isbn13(digits):
        return None
    return None if _NOT_PHONE_LABEL.search(before) else digits


def phones(text: str) -> list[str]:
    """The phone numbers in ``text``, each reduced to its last :data:`PHONE_DIGITS` digits.

    A run of 9 to 15 digits counts, unless it holds a year as its own group
    (dates), is an ISBN-13, or follows a label such as ``ISBN:`` or ``ID``.

    >>> phones("Tel. +49 (0) 170 555 0123 · 01/2015 - 12/2019 · ISBN: 978-0-306-40615-7")
    ['705550123']
    """
    found = []
    for line in text.splitlines():
        for match in _PHONE_RUN.finditer(line):
            digits = _phone_digits(match.group(), line[: match.start()])
            if digits:
                found.append(digits[-PHONE_DIGITS:])
    return found


def contact_keys(text: str) -> tuple[str, ...]:
    """Hashed keys of the e-mail addresses and phone numbers in ``text``, sorted and unique.

    >>> contact_keys("no contact here")
    ()
    >>> [key.split(":")[0] for key in contact_keys("a@b.example 0170 555 0123")]
    ['email', 'phone']
    """
    keys = {_key("email", e) for e in emails(text)} | {_key("phone", p) for p in phones(text)}
    return tuple(sorted(keys))


def person_contact_keys(lines: Sequence[Line], sections: Sequence[Section]) -> tuple[str, ...]:
    """The contact keys of the resume's own lines: a references section names other people.

    >>> lines = [Line("ana@example.org"), Line("References"), Line("Her boss: bo@example.org")]
    >>> len(person_contact_keys(lines, [Section("references", "References", 2, 3, 1)]))
    1
    """
    referees = {k for s in sections if s.kind == "references" for k in range(s.start, s.end)}
    return contact_keys("\n".join(line.text for k, line in enumerate(lines) if k not in referees))


def shingles(text: str) -> set[bytes]:
    """The :data:`SHINGLE_WORDS`-word shingles of ``text``'s lower-cased words, as UTF-8.

    Line breaks are ignored, so the same words wrapped at another width give the same shingles.

    >>> sorted(shingles("Built billing\\nservices in Go"))
    [b'billing services in', b'built billing services', b'services in go']
    >>> shingles("后端开发") == shingles("后端\\n开发")
    True
    """
    words = _WORD.findall(text.lower())
    if 0 < len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode()}
    # The shingles are the words zipped with themselves shifted, each list cut short where the last one ends.
    return {" ".join(gram).encode() for gram in zip(*(words[k:] for k in range(SHINGLE_WORDS)), strict=False)}


def text_signature(text: str) -> tuple[int, ...]:
    """The MinHash of ``text``'s shingles (:data:`NUM_PERM` values); empty for a text without words.

    >>> len(text_signature("Built billing services in Go")), text_signature("  ")
    (128, ())
    """
    grams = shingles(text)
    if not grams:
        return ()
    # The shingles hashed as MinHash's default (the first four bytes of each SHA-1, little-endian) in one pass,
    # and handed over as integers: a minimum does not depend on the order the values come in.
    minhash = MinHash(num_perm=NUM_PERM, scheme=_SCHEME, permutations=_permutations(), hashfunc=int)
    minhash.update_batch(_sha1_32(grams))
    return tuple(minhash.hashvalues.tolist())


def _sha1_32(grams: Iterable[bytes]) -> list[int]:
    """Each value's 32-bit SHA-1 hash, as ``datasketch.hashfunc.sha1_hash32`` makes it.

    >>> from datasketch.hashfunc import sha1_hash32
    >>> _sha1_32([b"built billing", b"in go"]) == [sha1_hash32(b"built billing"), sha1_hash32(b"in go")]
    True
    """
    sha1 = hashlib.sha1
    prefixes = b"".join([sha1(gram).digest()[:4] for gram in grams])
    return list(struct.unpack(f"<{len(prefixes) // 4}I", prefixes))


@functools.cache
def _permutations() -> Any:
    """The permutations of every signature, drawn once: drawing them is most of a MinHash's cost."""
    return MinHash(num_perm=NUM_PERM, scheme=_SCHEME).permutations


def _minhash(signature: tuple[int, ...]) -> MinHash:
    return MinHash(hashvalues=signature, permutations=_permutations(), scheme=_SCHEME)


def similarity(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets; 0.0 when either is empty.

    >>> a = text_signature("Led the payments team and built billing services in Go")
    >>> similarity(a, a), similarity(a, ())
    (1.0, 0.0)
    """
    if not first or not second or len(first) != len(second):
        return 0.0
    return float(_minhash(first).jaccard(_minhash(second)))


class _Groups:
    """Union-find over candidate ids; the smallest id of a group is its root, so results are stable."""

    def __init__(self, ids: Iterable[str]) -> None:
        self.parent = {i: i for i in ids}

    def root(self, item: str) -> str:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, first: str, second: str) -> None:
        a, b = sorted((self.root(first), self.root(second)))
        self.parent[b] = a

    def groups(self) -> tuple[tuple[str, ...], ...]:
        members: dict[str, list[str]] = defaultdict(list)
        for item in sorted(self.parent):
            members[self.root(item)].append(item)
        return tuple(sorted(tuple(m) for m in members.values() if len(m) > 1))


def _join_shared_contacts(groups: _Groups, people: dict[str, Candidate]) -> None:
    holders: dict[str, list[str]] = defaultdict(list)
    for candidate_id, candidate in people.items():
        for key in candidate.contact_keys:
            holders[key].append(candidate_id)
    for ids in holders.values():
        for other in ids[1:]:
            groups.join(ids[0], other)


def _join_similar_texts(groups: _Groups, people: dict[str, Candidate], threshold: float) -> None:
    ids = [i for i, c in people.items() if len(c.text_signature) == NUM_PERM]
    if len(ids) < 2:
        return
    import numpy as np  # imported here, as datasketch imports it: only a ranking needs it

    matrix = np.array([people[i].text_signature for i in ids], dtype=np.uint64)
    for first, second in _similar_pairs(matrix, threshold):
        groups.join(ids[first], ids[second])


def _similar_pairs(matrix: Any, threshold: float) -> list[tuple[int, int]]:
    """Rows of ``matrix`` (one signature a row) that share a band and whose estimate is at least ``threshold``.

    The pairs datasketch's ``MinHashLSH`` (its bands, ``b`` slices of ``r`` values) proposes and
    ``MinHash.jaccard`` confirms, found a band at a time over the whole matrix: a band's equal
    slices are its buckets, so the proposals are the index's own, without a bucket key made per
    signature and band in Python (the first ranking of a large pool spent most of its time there).
    """
    import numpy as np

    bands, rows = _bands(threshold)
    proposed: set[tuple[int, int]] = set()
    for start in range(0, bands * rows, rows):
        block = np.ascontiguousarray(matrix[:, start : start + rows]).view(np.dtype((np.void, rows * 8))).ravel()
        _slices, bucket, sizes = np.unique(block, return_inverse=True, return_counts=True)
        shared = np.flatnonzero(sizes[bucket.ravel()] > 1)  # rows whose slice another row has too
        members: dict[int, list[int]] = defaultdict(list)
        for row in shared.tolist():
            members[int(bucket.ravel()[row])].append(row)
        for bucket_rows in members.values():
            proposed.update(itertools.combinations(bucket_rows, 2))
    pairs = sorted(proposed)
    if not pairs:
        return []
    first, second = np.array(pairs).T
    # MinHash.jaccard: the share of equal values, as a float.
    shares = np.count_nonzero(matrix[first] == matrix[second], axis=1) / float(matrix.shape[1])
    return [pair for pair, share in zip(pairs, shares.tolist(), strict=True) if share >= threshold]


@functools.cache
def _bands(threshold: float) -> tuple[int, int]:
    """The bands and rows per band datasketch's ``MinHashLSH`` chooses for ``threshold`` and :data:`NUM_PERM`."""
    index = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return int(index.b), int(index.r)


def same_person_groups(
    candidates: Iterable[Candidate], *, threshold: float = SIMILAR_TEXT
) -> tuple[tuple[str, ...], ...]:
    """Candidate ids that are one person: a shared contact key or text similarity at least ``threshold``.

    Files with the same bytes share a candidate id and count once. Each group
    holds two or more ids, sorted; groups are sorted. The groups of the last
    :data:`POOLS_KEPT` pools are kept, so ranking a pool against another profile does not find them again.

    Args:
        candidates: parsed resumes, with ``contact_keys`` and ``text_signature``.
        threshold: minimum estimated Jaccard similarity of two texts' shingles.

    Returns:
        The groups of candidate ids, e.g. ``(("0a1b...", "9f8e..."),)``.
    """
    people = {c.candidate_id: c for c in candidates}
    key = _pool_digest(people, threshold)
    found = _GROUPS.get(key)
    if found is None:
        groups = _Groups(people)
        _join_shared_contacts(groups, people)
        _join_similar_texts(groups, people, threshold)
        found = _GROUPS[key] = groups.groups()
        while len(_GROUPS) > POOLS_KEPT:
            _GROUPS.popitem(last=False)
    _GROUPS.move_to_end(key)
    return found


def _pool_digest(people: dict[str, Candidate], threshold: float) -> bytes:
    """A digest of everything that decides a pool's groups: each id, its contact keys and signature, the threshold."""
    digest = hashlib.blake2b(repr(threshold).encode(), digest_size=32)
    for candidate_id, candidate in people.items():
        keys = "\0".join(candidate.contact_keys)
        digest.update(f"{len(candidate_id)}:{candidate_id}{len(keys)}:{keys}{len(candidate.text_signature)}:".encode())
        digest.update(_signature_bytes(candidate.text_signature))
    return digest.digest()


def _signature_bytes(signature: tuple[int, ...]) -> bytes:
    """A signature's values as 8-byte words (MinHash values are below 2**32); their text if one is not."""
    try:
        return array("Q", signature).tobytes()
    except OverflowError:
        return repr(signature).encode()


def clear_cache() -> None:
    """Forget the pools' groups kept by :func:`same_person_groups`."""
    _GROUPS.clear()


def flag_same_people(candidates: Iterable[Candidate], *, threshold: float = SIMILAR_TEXT) -> list[Candidate]:
    """The candidates, in order, each flagged ``same_person_as:<candidate_id>`` for every other id of its group.

    A flag already there is not repeated, so flagging twice changes nothing.
    """
    pool: Sequence[Candidate] = list(candidates)
    others: dict[str, list[str]] = {}
    for group in same_person_groups(pool, threshold=threshold):
        for member in group:
            others[member] = [f"{FLAG}{other}" for other in group if other != member]
    return [
        replace(c, flags=tuple(dict.fromkeys((*c.flags, *others[c.candidate_id]))))
        if c.candidate_id in others else c
        for c in pool
    ]
