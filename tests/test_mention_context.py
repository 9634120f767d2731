"""Mention contexts: a skill only taught, only in a title, or only in coursework is not use."""

from __future__ import annotations

import pytest

from screener.mention_context import CONTEXTS, RULES, LineContext, mention_context

# (line, section kind, section heading, the skill word, the context it should get)
CASES = [
    ("Taught courses concerning the Python language", "experience", "", "Python", "teaching"),
    ("Python instructor at a coding bootcamp", "experience", "", "Python", "teaching"),
    ("Led workshops on Git for new hires", "experience", "", "Git", "teaching"),
    ("Lectured on distributed systems with Erlang", "experience", "", "Erlang", "teaching"),
    ("Published a paper titled Docker security in web simulation tools", "experience", "", "Docker", "publication"),
    ('A. Writer, "Docker security in web simulation tools", Proc. IEEE conference, 2019', "other", "",
     "Docker", "publication"),
    ("Docker security in web simulation tools", "publications", "Publications", "Docker", "publication"),
    ("Master's thesis: Scaling Kafka consumers", "education", "Education", "Kafka", "publication"),
    ("Relevant coursework: Java, C, Databases", "education", "Education", "Java", "coursework"),
    ("Relevant coursework: Java, C, Databases", "summary", "", "Java", "coursework"),
    ("BSc Computer Science, modules in Haskell and Prolog", "education", "Education", "Haskell", "coursework"),
    ("AWS Cloud Practitioner course, 2020", "certifications", "Courses", "AWS", "coursework"),
]
# Lines where the skill is used, whatever else they say.
USED = [
    ("Built APIs in Python", "experience", "", "Python"),
    ("Automated paper forms with Python", "experience", "", "Python"),
    ("Mentored juniors; built services in Go", "experience", "", "Go"),
    ("Published the company's SDK to PyPI", "experience", "", "PyPI"),
    ("Python, Django, PostgreSQL", "skills", "Skills", "Django"),
    ("Trained the support team; wrote the thesis tracker in Django. Ran it on AWS", "experience", "", "AWS"),
]


def _line(text: str, section: str, heading: str, word: str) -> LineContext:
    start = text.index(word)
    return LineContext(text, section, heading, start, start + len(word))


class TestMentionContext:
    @pytest.mark.parametrize(("text", "section", "heading", "word", "expected"), CASES)
    def test_not_use(self, text: str, section: str, heading: str, word: str, expected: str) -> None:
        """A skill only taught, in a title or in coursework gets that context."""
        assert mention_context(_line(text, section, heading, word)) == expected

    @pytest.mark.parametrize(("text", "section", "heading", "word"), USED)
    def test_use_has_no_context(self, text: str, section: str, heading: str, word: str) -> None:
        """A skill used at work has no context, even beside words like "paper" or "published"."""
        assert mention_context(_line(text, section, heading, word)) is None

    def test_every_rule_names_a_known_context(self) -> None:
        """Each rule gives one of the three contexts LABELING.md defines."""
        assert {context for context, _ in RULES} == set(CONTEXTS)
