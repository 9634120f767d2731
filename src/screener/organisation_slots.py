"""Cues, read in a line's own words, that a capitalised skill word names an organisation or a project.

LABELING.md: an employer, customer or project name that merely contains a skill word is no skill.
:mod:`screener.name_slots` finds such names where the parsed positions put them (header lines);
these cues find them in the running text of a line, where records with no line breaks and
project lists write them:

- an employer's header: the name, a city, a two-letter state and a date ("Acme, Austin, TX May 2019");
- users or customers: names after "used by" or before "accounts", "clients" or "customers"
  ("trusted by Acme, Dropbox and more", "for Acme, NetApp, Initech accounts");
- a project's name: the capitalised words after "Project:" ("Project: Arrow Unity (Sales Bench)");
- an employer after a role: "working as a Test Engineer in Acme, Pune from May 2015";
- a client's name: the capitalised words after "Consulting at" or "Client:" ("Consulting at Jersey Cow --");
- a partner: names after "our partner", "partnered with" or "in partnership with" ("with our partner
  Salesforce (Dreamforce)");
- an institution's name: capitalised words that end with "Lab", "School", "Institute" and the like
  ("the Vision AI and Robotics Lab", "BI Nordic Business School").

Each cue is a small function of the line and the word's character span.
"""

from __future__ import annotations

import re

from .dates import MONTH_WORD

__all__ = ["HELD_AS", "client_name", "employer_after_role", "employer_header_after", "in_institution_name",
           "in_shop_name", "named_as_partner", "named_as_user", "project_name_span"]

# ", Chicago, IL September 2010", ", New York, NY 2010 2014": a place with its state, then a date.
_PLACE_AND_DATE_AFTER = re.compile(
    rf",\s+(?:[A-Z][a-z]+\s+){{0,2}}[A-Z][a-z]+,\s+[A-Z]{{2}}\b[\s,]+(?:(?i:{MONTH_WORD})|\d{{4}}\b|\d{{1,2}}/\d{{2,4}}\b)"
)
# Capitalised names, each followed by a comma or "and": the run of a list of organisations.
_NAMES = r"(?:(?-i:[A-Z])[\w.&'-]*(?:\s+(?-i:[A-Z])[\w.&'-]*)*\s*(?:,|\band\b|&)\s*)*"
# "is used daily by Facebook, ", "trusted by ": organisations that use the thing described, not the person.
_USERS_BEFORE = re.compile(
    rf"\b(?:used|trusted|adopted|chosen|relied\s+(?:up)?on|deployed)\s+(?:[a-z]+\s+){{0,2}}by\s+{_NAMES}$",
    re.IGNORECASE,
)
# "with our partner ", "partnered with ", "in partnership with Acme and ": organisations the person's employer
# works with, not products the person uses.
_PARTNERS_BEFORE = re.compile(
    rf"\b(?:(?:our|their|its|a|key|strategic)\s+(?:[a-z]+\s+)?partners?|partner(?:ed|ing)\s+with|"
    rf"partnerships?\s+with)\s+(?:the\s+)?{_NAMES}$",
    re.IGNORECASE,
)
# ", Optus, Cenveo accounts": the list ends with what its items are.
_CUSTOMERS_AFTER = re.compile(
    r"(?:\s*(?:,|\band\b|&)\s*[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*)+\s+(?:accounts|clients|customers)\b"
)
# "Project: ", "Project name - ": a project's name follows.
_PROJECT_LABEL = re.compile(r"\bproject(?:\s+(?:name|title))?\s*[:\-–—]\s*", re.IGNORECASE)
_CAPITALISED_WORDS = re.compile(r"(?:[A-Z][\w&.'-]*)(?:\s+[A-Z][\w&.'-]*)*")
_REACH = 80  # how far before a word a list of users may start
# "working as a ", "employed as ": the words that name a role held, before the role (here and in
# screener.experience, which reads the role and its employer as a job's header).
HELD_AS = r"\b(?:work(?:ing|ed|s)?|employed|engaged|serv(?:ing|ed|es))\s+as\s+(?:an?\s+)?"
# "working as a Configuration Engineer in ", "worked as Test Lead at ": a role, then where it was held.
_ROLE_BEFORE = re.compile(rf"{HELD_AS}(?:[\w&/.-]+\s+){{1,5}}?(in|at|with)\s+$", re.IGNORECASE)
# ", Pune from May 2015", " since 2019": the tenure after the employer's name (and its city).
_TENURE_AFTER = re.compile(
    rf"(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s*,?\s*(?:from|since)\s+(?:(?i:{MONTH_WORD})|\d{{4}}\b|\d{{1,2}}/\d{{2,4}})",
)
# ", Pune." or ", Pune" closing the line: a city after a name held "at".
_CITY_CLOSES = re.compile(r",\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*[.;]?\s*$")
# Capitalised words (joined by "and", "of", "&") that end with an institution's noun, any case. The name
# holds another capitalised word, after the alias or before it after "the", "at", "in" or "of": a bare
# "Python Lab" is a lab session as often as a laboratory.
_INSTITUTION_NOUN = r" (?i:labs?|laborator(?:y|ies)|school|institute|university|college|academy)\b"
_NAME_WORD = r" (?:(?:and|of|for|&) )?[A-Z][\w.'-]*"
_INSTITUTION_AFTER = re.compile(rf"(?:{_NAME_WORD}){{1,4}}?{_INSTITUTION_NOUN}")
_INSTITUTION_ONLY_AFTER = re.compile(rf"(?:{_NAME_WORD}){{0,4}}?{_INSTITUTION_NOUN}")
_NAME_WORD_BEFORE = re.compile(r"\b(?:the|at|in|of)\s+[A-Z][\w.'-]*\s+$")
# "Consulting at ", "Consultant at ", "Client: ", "Client - ": a client's name follows.
_CLIENT_LABEL = re.compile(r"\b(?:consult(?:ing|ant|ed)\s+at\s+|client\s*[:\-–—]\s*)", re.IGNORECASE)
_CLIENT_NAME = re.compile(r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}")


def employer_header_after(text: str, end: int) -> bool:
    """Whether a city, a state and a date follow the word ending at ``end``: an employer's header.

    >>> employer_header_after("ADP, Chicago, IL September 2010 Intern", 3)
    True
    >>> employer_header_after("Java, Python, Go", 4)
    False
    """
    return _PLACE_AND_DATE_AFTER.match(text, end) is not None


def named_as_user(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is an item of a list of users or customers of something.

    >>> line = "The tool is used daily by Facebook, Dropbox and more."
    >>> named_as_user(line, 36, 43)
    True
    >>> named_as_user("Shared files over Dropbox and Slack", 18, 25)
    False
    """
    if _USERS_BEFORE.search(text[max(0, start - _REACH):start]):
        return True
    return _CUSTOMERS_AFTER.match(text, end) is not None


def named_as_partner(text: str, start: int) -> bool:
    """Whether the word starting at ``start`` is an item of a list of partner organisations.

    >>> named_as_partner("Ran events in collaboration with our partner Salesforce", 45)
    True
    >>> named_as_partner("Partnered with sales to roll out Salesforce", 33)
    False
    """
    return _PARTNERS_BEFORE.search(text[max(0, start - _REACH):start]) is not None


def project_name_span(text: str, start: int) -> tuple[int, int] | None:
    """The span of a project's name of two words or more that holds the word starting at ``start``, when a
    "Project:" label opens the name; None otherwise.

    >>> text = "Project: Arrow Unity (Sales Work Bench)"
    >>> project_name_span(text, 15)
    (9, 20)
    >>> project_name_span("Project: Unity", 9) is None
    True
    """
    for label in _PROJECT_LABEL.finditer(text, 0, start + 1):
        name = _CAPITALISED_WORDS.match(text, label.end())
        if name is not None and name.start() <= start < name.end() and len(name.group(0).split()) >= 2:
            return name.span()
    return None


def employer_after_role(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` names where a role was held: after "working as <role> in|at" and
    before its tenure ("from May 2015"), or, after "at", before a city that closes the line.

    >>> employer_after_role("Working as Test Engineer in Acme, Pune from July 2015 to date", 28, 32)
    True
    >>> employer_after_role("Working as a developer in Java, Spring and Hibernate", 26, 30)
    False
    """
    role = _ROLE_BEFORE.search(text, max(0, start - _REACH), start)
    if role is None or role.end() != start:
        return False
    if _TENURE_AFTER.match(text, end):
        return True
    return role.group(1).lower() == "at" and _CITY_CLOSES.match(text, end) is not None


def in_institution_name(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is a word of an institution's name: capitalised words up to a
    noun such as "Lab", "School" or "Institute" ("the Vision AI and Robotics Lab").

    >>> in_institution_name("Postdoc at the Vision AI and Robotics Lab", 22, 24)
    True
    >>> in_institution_name("Ran the weekly Python Lab sessions", 15, 21)
    False
    """
    if _INSTITUTION_AFTER.match(text, end):
        return True
    return _INSTITUTION_ONLY_AFTER.match(text, end) is not None and \
        _NAME_WORD_BEFORE.search(text, max(0, start - _REACH), start) is not None


# A shop's, practice's or bank's noun ending its name: "Kafka Cafe", "Java Junction Cafe", "Spark Dental". Not
# "Health", "Hospital", "Clinic" or "Kitchen": products are named so ("Azure Health Bot", "Epic Hospital Billing",
# Chef's "Test Kitchen").
_SHOP_NOUNS = (r"(?:Cafe|Café|Coffee|Restaurant|Bakery|Bistro|Grill|Diner|Pub|Bar|Tavern|Brewery|Hotel|Dental|"
               r"Church|Salon|Spa|Motors|Bank)")
_SHOP_AFTER = re.compile(rf"(?:\s+[A-Z][\w'&-]*)?\s+{_SHOP_NOUNS}\b")


def in_shop_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``start:end`` opens a shop's, practice's or bank's name, its noun at
    most one word after it: "Barista at Kafka Cafe", "Receptionist, Spark Dental". A business named like a
    technology is no use of the technology.

    >>> in_shop_name("Barista at Java Junction Cafe", 11, 15), in_shop_name("Receptionist, Spark Dental", 14, 19)
    (True, True)
    >>> in_shop_name("Built Kafka consumers for the bank", 6, 11), in_shop_name("Wrote java code", 6, 10)
    (False, False)
    """
    return text[start:start + 1].isupper() and _SHOP_AFTER.match(text, end) is not None


def client_name(text: str, start: int) -> bool:
    """Whether the word starting at ``start`` is a word of a client's name: capitalised words right after
    "Consulting at", "Consultant at" or "Client:".

    >>> client_name("THE TOTEM GROUP, Consulting at Jersey Cow -- Drupal Developer", 31)
    True
    >>> client_name("Built Jersey services for the client", 6)
    False
    """
    for label in _CLIENT_LABEL.finditer(text, max(0, start - _REACH), start + 1):
        name = _CLIENT_NAME.match(text, label.end())
        if name is not None and name.start() <= start < name.end():
            return True
    return False
