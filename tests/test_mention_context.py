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
    # A course list after a bullet, or under a heading of courses however it is worded.
    ("• Relevant coursework: Java, Python", "skills", "Skills", "Java", "coursework"),
    ("- Courses: Java, Python", "other", "Academic", "Python", "coursework"),
    ("Java, SQL, Operating Systems", "other", "Relevant Courses", "SQL", "coursework"),
    ("Java, SQL", "other", "Courses & Certificates", "Java", "coursework"),
    ("Docker, Kubernetes", "other", "Weiterbildung", "Docker", "coursework"),
    # Course work named in a sentence, even with a word that elsewhere means teaching ("workshop on").
    ("Coursework includes Java and SQL", "other", "", "SQL", "coursework"),
    ("Completed online courses in AWS and Docker", "other", "", "Docker", "coursework"),
    ("Attended a workshop on Git", "experience", "", "Git", "coursework"),
    # A thesis in the words of other languages, and a paper named by its subject.
    ("Bachelorarbeit: Ein Compiler in Haskell", "experience", "Berufserfahrung", "Haskell", "publication"),
    ("Trabajo de Fin de Grado: visión artificial con Python", "experience", "", "Python", "publication"),
    ("TFM - Detección de objetos con PyTorch", "projects", "Proyectos", "PyTorch", "publication"),
    ("Projet de fin d'études : application Java", "experience", "", "Java", "publication"),
    ("Co-authored a paper on Kubernetes scheduling", "experience", "", "Kubernetes", "publication"),
    # A project for a degree or a class is course work; a section of works by title is publications.
    ("Built a compiler in Java", "projects", "Academic Projects", "Java", "coursework"),
    ("Capstone project: inventory app in Django", "experience", "", "Django", "coursework"),
    ("Master project - touch table app (Java)", "other", "", "Java", "coursework"),
    ("Scaling Kafka consumers", "other", "Selected Publications", "Kafka", "publication"),
    ("Implemented in Python", "other", "Bachelor Thesis", "Python", "publication"),
    # Course lists and theses in the other languages of our resumes, full-width colon included.
    ("主修课程：数据结构、操作系统、Java程序设计", "other", "", "Java", "coursework"),
    ("Asignaturas: Java, SQL", "other", "", "SQL", "coursework"),
    ("毕业论文：基于Python的推荐系统", "other", "", "Python", "publication"),
    ("毕业设计：Android应用", "other", "", "Android", "coursework"),
    ("Курсовая работа: веб-сервис на Django", "other", "", "Django", "coursework"),
    # A thesis cue with its year, or a pipe, before the title.
    ("B.Sc. thesis (2019): Image segmentation using TensorFlow", "education", "Education", "TensorFlow",
     "publication"),
    ("Thesis | Deep learning with PyTorch", "other", "", "PyTorch", "publication"),
    ("Master thesis, 2018: Kafka at scale", "other", "", "Kafka", "publication"),
    # Theses and publication headings in Chinese and Japanese, where no space marks a word's start.
    ("修士論文：Pythonによる数値計算", "other", "", "Python", "publication"),
    ("硕士论文：基于Python的系统", "other", "", "Python", "publication"),
    ("Pythonによる数値計算", "other", "研究業績", "Python", "publication"),
]
# (line above, line, skill word, context): a title under a line that only announces a thesis.
ABOVE = [
    ("Bachelor's thesis:", "Image segmentation using TensorFlow", "TensorFlow", "publication"),
    ("Master Thesis (2019)", "Image segmentation using TensorFlow", "TensorFlow", "publication"),
    ("Supervised a thesis student and built services", "Image segmentation using TensorFlow", "TensorFlow", None),
]
# Lines where the skill is used, whatever else they say.
USED = [
    ("Built APIs in Python", "experience", "", "Python"),
    ("Automated paper forms with Python", "experience", "", "Python"),
    ("Mentored juniors; built services in Go", "experience", "", "Go"),
    ("Published the company's SDK to PyPI", "experience", "", "PyPI"),
    ("Python, Django, PostgreSQL", "skills", "Skills", "Django"),
    ("Trained the support team; wrote the thesis tracker in Django. Ran it on AWS", "experience", "", "AWS"),
    ("Completed the migration to Kubernetes", "experience", "", "Kubernetes"),
    ("Took over the training of Jenkins pipelines", "experience", "", "Jenkins"),
    ("Java, SQL", "skills", "Skills and Training", "SQL"),
    ("Docker, Terraform", "other", "Tools & Courses Taught", "Docker"),
    ("Built services in Go", "projects", "Projects", "Go"),
    ("Led the Kafka migration project", "experience", "", "Kafka"),
    ("Python, Java", "skills", "Skills and Publications", "Python"),
    ("负责Java后端开发", "experience", "", "Java"),
    ("Hypothesis testing in R", "experience", "", "R"),
    ("Dockerを用いた開発", "experience", "職歴", "Docker"),
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

    @pytest.mark.parametrize(("above", "text", "word", "expected"), ABOVE)
    def test_title_under_a_thesis_line(self, above: str, text: str, word: str, expected: str | None) -> None:
        """A line under one that only announces a thesis is its title; under any other line it is not."""
        start = text.index(word)
        assert mention_context(LineContext(text, "projects", "", start, start + len(word), above)) == expected

    def test_every_rule_names_a_known_context(self) -> None:
        """Each rule gives one of the three contexts LABELING.md defines."""
        assert {context for context, _ in RULES} == set(CONTEXTS)
