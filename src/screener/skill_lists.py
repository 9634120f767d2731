"""Lists read whole, and words hyphenated across a line break joined.

Two rules the matcher applies beside its alias rules:

* **List items.** In a list ("Go, Rust, C"; "Python | go | c"; bullets), an
  item that is exactly an alias of a skill is that skill when the list names
  other known technologies, whatever its casing and even when the alias needs
  context on its own: a run of technologies is its own context.
* **Labelled lines.** A line that opens with a technology label and a colon
  ("Programming: C, R", "Tech stack: Go, gRPC") is a list of technologies by its
  label: each item that is exactly an alias counts, even in a list of two.
* **Hyphenation.** "Post-" at the end of one line and "greSQL" at the start of
  the next are one word; so are "SQL-" / "databases" (kept with its hyphen).
* **Shared vendor names.** "Microsoft Windows and Office", "Adobe Photoshop and
  Illustrator": the vendor written once names every item of the run.
* **Bracketed families.** "Spring (Boot, MVC, Security)", "AWS (EC2, S3)": the
  family written once before a bracket names every member inside it.
* **Wrapped names.** "Microsoft SQL" at the end of one line and "Server" at the
  start of the next are one name when the page only wrapped the line.
* **Lost spaces.** A no-break space written as UTF-8 and read as Latin-1 leaves an
  "Â" where the space was ("WordÂ Excel", "andÂ Access"): :func:`matchable` reads it
  as a space, so the words around it are words again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "MIN_LIST_SKILLS", "TECH_LABELS", "Join", "Wrap", "family_items", "hyphen_joins", "labelled_list", "line_wraps",
    "list_items", "matchable", "vendor_items",
]

# A list of technologies: items separated by these, or by " and " before the last; a backslash as a slash
# ("Bamboo\\Maven"); two spaces or more, where a record's line breaks were lost ("Rails • LaTeX  Familiar:").
_SEPARATOR = re.compile(r"\s*(?:[,;|•·▪●◦/\\]|\band\b|\s-\s|\t| {2,})\s*", re.IGNORECASE)
# An item of a list, stripped of bullets, brackets and a trailing full stop.
_ITEM_EDGES = re.compile(r"^[\s\-–—*•·▪●◦:()\[\]]+|[\s\-–—*•·▪●◦:()\[\].]+$")
# A run of technologies needs this many known ones, the item itself included.
MIN_LIST_SKILLS = 3
_MAX_ITEM_CHARS = 40
# "Post-" at a line's end; the next line starts with the rest of the word.
_BROKEN_END = re.compile(r"(?<![\w-])([A-Za-z][\w.+#]*)-$")
_NEXT_START = re.compile(r"^\s*([A-Za-z][\w.+#]*)")
# The "Â" a lost no-break space leaves: after anything but a capital ("CHÂTEAU" keeps it), or before a space.
_LOST_SPACE = re.compile(r"(?<![A-ZÀ-Þ])Â|Â(?=\s|$)")
# A bullet written as the escaped bytes of its UTF-8 ("\\xe2\\x80\\xa2" for "•"), as some exports of
# records do: •, ‣, ·, ▪, ●, ◦, ➢ and the private-use bullets of the Symbol and Wingdings fonts.
_ESCAPED_BULLET = re.compile(
    r"\\x(?:e2\\x80\\xa[23]|c2\\xb7|e2\\x96\\xaa|e2\\x97\\x(?:8f|a6)|e2\\x9e\\xa2|ef\\x82\\x(?:a7|b7|97|d8|fc))",
    re.IGNORECASE,
)


def matchable(text: str) -> str:
    r"""The line as the matcher reads it: the same length, a lost no-break space read as a space and a
    bullet written as escaped bytes read as a bullet between spaces.

    >>> matchable("MS Office, WordÂ Excel, CHÂTEAU")
    'MS Office, Word  Excel, CHÂTEAU'
    >>> matchable(r"Java \xe2\x80\xa2 LATEX").split()
    ['Java', '•', 'LATEX']
    """
    text = _ESCAPED_BULLET.sub(_bullet_as_wide, text)
    return _LOST_SPACE.sub(" ", text.replace("\xa0", " "))


def _bullet_as_wide(match: re.Match[str]) -> str:
    """A bullet between spaces, as wide as the escaped bytes it stands for."""
    width = len(match.group(0))
    return "•".center(width)


def list_items(text: str) -> list[tuple[int, int]]:
    """Character spans of the items of a line that is a list (two separators or more).

    >>> text = "Languages: Go, Rust, C"
    >>> [text[a:b] for a, b in list_items(text)]
    ['Languages', 'Go', 'Rust', 'C']
    >>> list_items("Built a service in Go")
    []
    """
    cuts = [m.span() for m in _SEPARATOR.finditer(text)]
    # "Languages: Go, Rust": a label before a colon is an item of its own.
    colon = text.find(":")
    if colon > 0 and (not cuts or colon < cuts[0][0]):
        cuts.insert(0, (colon, colon + 1))
    if len(cuts) < 2:
        return []
    bounds = [0, *[p for cut in cuts for p in cut], len(text)]
    spans = []
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        item = text[start:end]
        stripped = _ITEM_EDGES.sub("", item)
        if not stripped or len(stripped) > _MAX_ITEM_CHARS:
            continue
        offset = start + item.find(stripped)
        spans.append((offset, offset + len(stripped)))
    return spans


# Labels that say the items after their colon are technologies (folded: lower case, single spaces).
TECH_LABELS = frozenset({
    "languages", "language", "programming", "programming languages", "programming language", "coding",
    "scripting", "scripting languages", "query languages", "frameworks", "framework", "libraries",
    "frameworks and libraries", "libraries and frameworks", "languages and frameworks", "databases", "database",
    "data stores", "tools", "tooling", "dev tools", "developer tools", "technologies", "technology", "tech",
    "tech stack", "technical stack", "stack", "platforms", "platform", "cloud", "cloud platforms", "devops",
    "ci/cd", "testing", "test tools", "testing tools", "web", "web technologies", "backend", "back-end",
    "back end", "frontend", "front-end", "front end", "operating systems", "operating system", "os",
    "version control", "vcs", "build tools", "environment", "environments", "software", "servers",
    "web servers", "application servers", "app servers", "middleware", "messaging", "big data", "data",
    "machine learning", "ml", "containers", "infrastructure", "ides", "ide", "mobile", "orm", "apis",
})
_LABEL = re.compile(r"^[\s\-–—*•·▪●◦]*([A-Za-z][A-Za-z/&+\- ]{0,40}?)\s*:")


def labelled_list(text: str) -> bool:
    """Whether a line opens with a technology label and a colon.

    >>> labelled_list("Programming: C, R"), labelled_list("• Tech stack: Go, gRPC")
    (True, True)
    >>> labelled_list("Hobbies: Go, chess"), labelled_list("Built it in Go: fast")
    (False, False)
    """
    label = _LABEL.match(text)
    return label is not None and " ".join(label.group(1).lower().split()) in TECH_LABELS


@dataclass(frozen=True, slots=True)
class Join:
    """A word broken by a hyphen at a line's end.

    Attributes:
        line: index of the line that ends with the fragment.
        start: where the fragment starts in that line.
        fragment: the part before the hyphen ("Post").
        rest: the first word of the next line ("greSQL").
    """

    line: int
    start: int
    fragment: str
    rest: str

    @property
    def forms(self) -> tuple[str, str]:
        """The word without the hyphen, then with it: ("PostgreSQL", "Post-greSQL")."""
        return self.fragment + self.rest, f"{self.fragment}-{self.rest}"


def hyphen_joins(texts: Sequence[str]) -> list[Join]:
    """Every word hyphenated across a line break.

    >>> [j.forms[0] for j in hyphen_joins(["Built ETL on Post-", "greSQL and Java"])]
    ['PostgreSQL']
    """
    joins = []
    for index in range(len(texts) - 1):
        line = texts[index].rstrip()
        if not line.endswith("-"):
            continue  # _BROKEN_END ends in a hyphen: a line without one is not searched from every letter
        broken = _BROKEN_END.search(line)
        following = _NEXT_START.match(texts[index + 1])
        if broken and following:
            joins.append(Join(index, broken.start(1), broken.group(1), following.group(1)))
    return joins


# The last words of a line (up to three, the last not broken by a hyphen) and the first of the next.
_TAIL = re.compile(r"(?:[A-Za-z][\w.+#/-]*\s+){0,2}[A-Za-z][\w.+#/]*[\w+#]$")
_TAIL_CHARS = 160
_HEAD = re.compile(r"^\s*([A-Za-z][\w.+#/-]*(?:\s+[A-Za-z0-9][\w.+#/-]*){0,2})")


def _last_words_start(line: str) -> int:
    """Where the line's last three words (runs of non-space) start: no match of :data:`_TAIL`, at most three
    words joined by spaces and ending the line, can start before it, so the search need not try there.

    >>> line = "Reports from  Microsoft SQL"
    >>> line[_last_words_start(line):]
    'from  Microsoft SQL'
    """
    start = len(line)
    for word in reversed(line.rsplit(None, 3)[-3:]):
        start = line.rindex(word, 0, start)
    return start


@dataclass(frozen=True, slots=True)
class Wrap:
    """A line's last words and the next line's first words, read as one phrase.

    Attributes:
        line: index of the line that ends with ``tail``.
        start: where ``tail`` starts in that line.
        tail: the line's last words ("Microsoft SQL").
        head: the next line's first words ("Server and SSIS").
    """

    line: int
    start: int
    tail: str
    head: str

    @property
    def text(self) -> str:
        """The phrase across the break: "Microsoft SQL Server and SSIS"."""
        return f"{self.tail} {self.head}"


def line_wraps(texts: Sequence[str], same: Sequence[object]) -> list[Wrap]:
    """The break between each line and the next, where both lie in the same section (``same[i]``).

    A line ending in a hyphen is :func:`hyphen_joins`'s; one ending in a full stop, comma or other
    punctuation ended its phrase.

    >>> [w.text for w in line_wraps(["Reports from Microsoft SQL", "Server and SSIS"], [0, 0])]
    ['from Microsoft SQL Server and SSIS']
    """
    wraps = []
    for index in range(len(texts) - 1):
        if same[index] != same[index + 1]:
            continue
        head = _HEAD.match(texts[index + 1])  # anchored, so asked first: the tail is searched for only below a head
        if head is None:
            continue
        line = texts[index].rstrip()
        cut = max(0, len(line) - _TAIL_CHARS)  # a whole resume on one line is searched at its end only
        tail = _TAIL.search(line, max(cut, _last_words_start(line)))
        if tail:
            wraps.append(Wrap(index, tail.start(), tail.group(0), head.group(1)))
    return wraps


# A vendor's name before a run of its products joined by commas, slashes, "and" or "&".
_VENDORS = r"(?:Microsoft|MS|Adobe|Google|Amazon|AWS|Apache|Oracle|IBM|SAP|Azure|Atlassian|Autodesk|Apple)"
_VENDOR_RUN = re.compile(
    rf"\b{_VENDORS}\s+[A-Z][\w.+#-]*(?:\s*(?:,|/|&|\band\b)\s*[A-Z][\w.+#-]*)+"
)
_RUN_ITEM = re.compile(r"[A-Z][\w.+#-]*")


def vendor_items(text: str) -> list[tuple[int, int, str]]:
    """The items after the first of a run that shares its vendor's name: (start, end, the item with the
    vendor) for each.

    >>> vendor_items("Microsoft Windows and Office applications")
    [(22, 28, 'Microsoft Office')]
    """
    items: list[tuple[int, int, str]] = []
    for run in _VENDOR_RUN.finditer(text):
        vendor = run.group(0).split()[0]
        names = list(_RUN_ITEM.finditer(run.group(0)))[2:]  # the vendor and its first product come first
        items.extend((run.start() + m.start(), run.start() + m.end(), f"{vendor} {m.group(0)}") for m in names)
    return items


# A family's name (one capitalised word) right before a bracket that lists its members.
_FAMILY_RUN = re.compile(r"\b([A-Z][\w.+#-]*)\s*\(([^()]{1,200})\)")
# A member: a run of capitalised words ("Data JPA"); "and", commas and slashes end it.
_MEMBER = re.compile(r"[A-Z][\w.+#-]*(?:[ ]+[A-Z][\w.+#-]*)*")


def family_items(text: str) -> list[tuple[int, int, str]]:
    """The members of a bracketed family: (start, end, the member with the family's name) for each.

    >>> family_items("Spring (Boot, Data JPA and Security)")
    [(8, 12, 'Spring Boot'), (14, 22, 'Spring Data JPA'), (27, 35, 'Spring Security')]
    """
    items: list[tuple[int, int, str]] = []
    for run in _FAMILY_RUN.finditer(text):
        family, inner = run.group(1), run.start(2)
        items.extend(
            (inner + m.start(), inner + m.end(), f"{family} {m.group(0)}") for m in _MEMBER.finditer(run.group(2))
        )
    return items
