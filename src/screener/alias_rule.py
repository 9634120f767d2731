"""The alias rule: an alias is the same thing as its skill, written another way.

LABELING.md's rule, as the taxonomy validator applies it: an alias may be a
*normalised variant* of the skill's display name or id (another casing,
spacing or punctuation; a version written into it; a vendor prefix added or
dropped; a ".js" suffix; a generic word such as "framework" or "language"
after it), an *abbreviation* that keeps the name's first letters ("Postgres"
for PostgreSQL), an *initialism* of the name ("AWS", "CI/CD", "GCP"), or a
numeronym ("k8s"), or the words the name abbreviates ("Elastic MapReduce" for
Amazon EMR). Anything else (a former name, a translation, an edition
with its own name) must say why in the taxonomy (``why: former name, renamed
2019``); a competitor, sibling, component or umbrella product is never an
alias and gets its own skill.

Each test is a small function so a reader can see which one admitted an alias.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = ["ALIAS_TESTS", "alias_variant_rule", "fold"]

# Vendors whose name is often written before or dropped from a product's name.
VENDOR_PREFIXES = (
    "apache", "amazon", "aws", "microsoft", "ms", "google", "google cloud", "gcp", "azure", "oracle",
    "ibm", "adobe", "red hat", "redhat", "sap", "atlassian", "jetbrains", "hashicorp", "autodesk",
    "apple", "meta", "facebook", "intuit", "cisco", "vmware", "salesforce", "elastic", "mongodb",
    "confluent", "docker", "github", "gitlab", "netflix", "twitter", "yahoo", "linkedin", "uber",
    "the",
)
# Generic words that name what kind of thing a skill is, not another thing ("Django framework").
GENERIC_WORDS = (
    "framework", "frameworks", "language", "languages", "programming", "programming language",
    "library", "libraries", "lib", "sdk", "toolkit", "platform", "software", "suite", "tool", "tools",
    "engine", "db", "database", "service", "services", "api", "cli", "os", "development", "dev",
    "web framework", "web services", "ecosystem", "stack", "scripting", "script", "technology",
    "technologies", "system", "cloud", "methodology", "methodologies", "method", "methods",
    "architecture", "principles", "concepts", "linux", "labs", "inc", "project", "format", "protocol",
)
_VERSION = re.compile(r"(?<![a-z])v?\d+(?:\.(?:\d+|x))*\+?$|(?<=[a-z#+])\d+(?:\.(?:\d+|x))*\+?$")
_JS_SUFFIX = re.compile(r"\.?js$")
_WORD_SPLIT = re.compile(r"[\s/&\-_.,()+]+|(?<=[a-z])(?=[A-Z])")


def fold(text: str) -> str:
    """Lower case with only letters, digits, ``+`` and ``#`` kept: ``"Node.JS"`` -> ``"nodejs"``.

    >>> fold("C++"), fold("C#"), fold("CI/CD"), fold("Scikit Learn")
    ('c++', 'c#', 'cicd', 'scikitlearn')
    """
    return re.sub(r"[^0-9a-z+#\u00c0-\uffff]", "", text.lower())


def _spaced(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z+#\u00c0-\uffff]+", " ", text.lower()).split())


def _strip_prefix(text: str, prefixes: Iterable[str]) -> str:
    """``"apache kafka"`` -> ``"kafka"`` (spaced text in, spaced text out)."""
    for prefix in sorted(prefixes, key=len, reverse=True):
        if text.startswith(prefix + " "):
            return text[len(prefix) + 1 :]
    return text


def _strip_suffix(text: str, suffixes: Iterable[str]) -> str:
    for suffix in sorted(suffixes, key=len, reverse=True):
        if text.endswith(" " + suffix):
            return text[: -len(suffix) - 1]
    return text


def _forms(text: str, *, generic: bool) -> set[str]:
    """Folded forms of a name: as written, without its vendor, version, ".js" and (for an alias) generic words."""
    spaced = _spaced(text)
    bases = {spaced, _strip_prefix(spaced, VENDOR_PREFIXES)}
    if generic:
        bases |= {_strip_suffix(b, GENERIC_WORDS) for b in set(bases)}
    forms: set[str] = set()
    for base in bases:
        folded = fold(base)
        if generic and len(folded) > 4 and folded.endswith("s"):
            forms.add(folded[:-1])  # a plural: "data lakes", "databases"
            if folded.endswith("es"):
                forms.add(folded[:-2])  # "indexes"
        without_version = _VERSION.sub("", folded)
        for form in (folded, without_version, _JS_SUFFIX.sub("", folded), _JS_SUFFIX.sub("", without_version)):
            if form:
                forms.add(form)
    return forms


def is_variant(alias: str, name: str) -> bool:
    """Case, spacing, punctuation, a version, a vendor prefix, ".js" or a generic word apart.

    >>> is_variant("postgre sql", "PostgreSQL"), is_variant("Apache Kafka", "Kafka"), is_variant("python3", "Python")
    (True, True, True)
    >>> is_variant("Django framework", "Django"), is_variant("Vue", "Vue.js"), is_variant("WebGL", "Three.js")
    (True, True, False)
    """
    return bool(_forms(alias, generic=True) & _forms(name, generic=False))


def is_abbreviation(alias: str, name: str) -> bool:
    """The name's first letters, most of it kept: "Postgres" for PostgreSQL, "Mongo" for MongoDB.

    >>> is_abbreviation("Postgres", "PostgreSQL"), is_abbreviation("Java", "JavaScript")
    (True, False)
    """
    short, full = fold(alias), fold(_strip_prefix(_spaced(name), VENDOR_PREFIXES))
    return len(short) >= 4 and full.startswith(short) and len(short) >= 0.7 * len(full) and short != full


def _initials(name: str) -> set[str]:
    words = [w for w in _WORD_SPLIT.split(name) if w]
    out = {"".join(w[0] for w in words).lower()}
    significant = [w for w in words if w.lower() not in {"of", "and", "for", "the", "on", "in", "to", "a"}]
    out.add("".join(w[0] for w in significant).lower())
    kept = _strip_prefix(_spaced(name), VENDOR_PREFIXES).split()
    out.add("".join(w[0] for w in kept))
    # Initials that keep a word's digits or a short word whole: "EC2", "S3", "Web3".
    out.add("".join(w if w.isdigit() or len(w) <= 2 else w[0] for w in words).lower())
    return {o for o in out if len(o) >= 2}


def is_initialism(alias: str, name: str) -> bool:
    """The first letters of the name's words: "AWS", "CI/CD", "GCP", "JS" (Java-Script).

    >>> is_initialism("AWS", "Amazon Web Services")
    True
    >>> is_initialism("CI/CD", "Continuous Integration/Continuous Delivery")
    True
    >>> is_initialism("JS", "JavaScript"), is_initialism("EMR", "Amazon S3")
    (True, False)
    """
    short = fold(alias)
    return bool(short) and (short in _initials(name) or _VERSION.sub("", short) in _initials(name))


def is_expansion(alias: str, name: str) -> bool:
    """The name is the alias's initialism: "Elastic MapReduce" for Amazon EMR.

    >>> is_expansion("amazon elastic kubernetes service", "Amazon EKS")
    True
    """
    short = fold(_strip_prefix(_spaced(name), VENDOR_PREFIXES))
    return len(short) >= 2 and is_initialism(short, alias) and len(alias) > len(name)


def is_numeronym(alias: str, name: str) -> bool:
    """First letter, the count of letters left out, last letter: "k8s" for Kubernetes.

    >>> is_numeronym("k8s", "Kubernetes"), is_numeronym("i18n", "internationalization")
    (True, True)
    """
    match = re.fullmatch(r"([a-z])(\d+)([a-z])", fold(alias))
    full = fold(name)
    if match is None or len(full) < 4:
        return False
    return full[0] == match[1] and full[-1] == match[3] and int(match[2]) == len(full) - 2


ALIAS_TESTS: tuple[tuple[str, Callable[[str, str], bool]], ...] = (
    ("variant", is_variant),
    ("abbreviation", is_abbreviation),
    ("initialism", is_initialism),
    ("numeronym", is_numeronym),
    ("expansion", is_expansion),
)


def alias_variant_rule(alias: str, names: Iterable[str]) -> str | None:
    """The name of the test that shows ``alias`` is one of ``names`` written another way, or None.

    >>> alias_variant_rule("k8s", ["Kubernetes", "kubernetes"])
    'numeronym'
    >>> alias_variant_rule("Cinema 4D", ["Blender", "blender"]) is None
    True
    """
    for rule, test in ALIAS_TESTS:
        if any(test(alias, name) for name in names):
            return rule
    return None
