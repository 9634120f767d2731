"""Generate the bundled fictional sample resumes, their ground truth and job profiles.

Every person, employer, e-mail address (example.com) and phone number (555-01xx)
below is invented. The generator writes real PDF files (reportlab) and real DOCX
files (python-docx) in several layouts, and beside each resume the facts it
knows because it wrote them: the skills truly visible, the trap words that are
not skills, the dated positions and the months of experience they add up to.

The output is byte-reproducible: reportlab runs with ``invariant=True`` and every
DOCX gets fixed core properties and is re-zipped with fixed entry dates, so
``tests/test_samples.py`` can insist that the committed files equal a fresh run.

Usage::

    python scripts/make_samples.py              # rewrites data/samples/
    python scripts/make_samples.py --out /tmp/s
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import sys
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Literal

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    HRFlowable,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

REPO = Path(__file__).resolve().parents[1]
AS_OF = (2026, 11)
"""The month "present" stands for in the ground truth."""
FIXED_TIME = dt.datetime(AS_OF[0], AS_OF[1], 1, 12, 0, 0)
"""The save date written into every DOCX and PDF, so runs do not differ. It is in the
as-of month, so "present" means 2026-11 whether it comes from the file or from --as-of."""
PDF_TIME = FIXED_TIME.strftime("D:%Y%m%d%H%M%S+00'00'")


def _dated(canvas: Canvas) -> None:
    """Date the PDF ``FIXED_TIME`` (reportlab's invariant mode would write 2000-01-01)."""
    canvas.setDateFormatter(lambda *_: PDF_TIME)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)

Placement = Literal["title", "before", "after"]


# --------------------------------------------------------------------------- content model


@dataclass(frozen=True)
class Position:
    """A job as printed, with the dates the ground truth records for it.

    ``when`` is the date text exactly as printed (None: undated). ``place`` says
    whether it sits on the title line, the line before it or the line after it.
    On the title line, a ``head`` containing ``{when}`` prints the dates inline;
    otherwise they are right-aligned.
    """

    title: str
    employer: str
    when: str | None
    start: str | None
    end: str | None
    place: Placement = "title"
    bullets: tuple[str, ...] = ()
    head: str = "{title}, {employer}"

    def head_text(self, *, with_when: bool) -> str:
        """The title line; with the dates when they are printed inline."""
        text = self.head.format(title=self.title, employer=self.employer, when=self.when or "")
        if with_when and self.place == "title" and self.when and "{when}" not in self.head:
            text += f" | {self.when}"
        return text


@dataclass(frozen=True)
class Bullets:
    """A bulleted list outside any position."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Rows:
    """Label/value pairs: a table in the skills-table layout, ``Label: value`` lines elsewhere."""

    rows: tuple[tuple[str, str], ...]


Block = str | Bullets | Rows | Position


@dataclass(frozen=True)
class Section:
    """A heading exactly as printed and what follows it; ``side`` puts it in a sidebar."""

    heading: str
    blocks: tuple[Block, ...]
    side: bool = False


@dataclass(frozen=True)
class Resume:
    """One fictional resume and the ground truth about it."""

    stem: str
    format: Literal["pdf", "docx"]
    layout: str
    purpose: str
    name: str
    headline: str
    contact: str
    sections: tuple[Section, ...]
    skills: str
    """Display names of the technical skills in the visible text, comma-separated."""
    not_skills: str = ""
    """Trap words in the text that are not skills here, as skill display names, comma-separated."""
    hidden: str = ""
    """Keyword stuffing drawn in white 1 pt text; never part of the visible text."""
    theme: str = "classic"
    """A visual variant: ``classic``, ``serif`` or ``compact`` (PDF); ``styles`` or ``bold`` (DOCX)."""

    @property
    def skill_names(self) -> tuple[str, ...]:
        return _split(self.skills)

    @property
    def trap_names(self) -> tuple[str, ...]:
        return _split(self.not_skills)

    @property
    def filename(self) -> str:
        return f"{self.stem}.{self.format}"

    def positions(self) -> Iterator[Position]:
        for section in self.sections:
            yield from (b for b in section.blocks if isinstance(b, Position))

    def visible_text(self) -> str:
        parts = [self.name, self.headline, self.contact]
        for section in self.sections:
            parts.append(section.heading)
            for block in section.blocks:
                parts.extend(_block_text(block))
        return "\n".join(parts)


def _split(names: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in names.split(",") if n.strip())


def _block_text(block: Block) -> list[str]:
    if isinstance(block, str):
        return [block]
    if isinstance(block, Bullets):
        return list(block.items)
    if isinstance(block, Rows):
        return [f"{label}: {value}" for label, value in block.rows]
    return [block.head_text(with_when=True), *block.bullets]


# --------------------------------------------------------------------------- the resumes

P = Position

RESUMES: tuple[Resume, ...] = (
    Resume(
        stem="alice_nguyen_senior_backend",
        format="pdf",
        layout="one_column",
        purpose="strong fit: classic one column (SUMMARY/SKILLS/EXPERIENCE/EDUCATION), "
        "versions, '8+ years of Python', right-aligned 'Jan 2019 – Present'; trap 'go the extra mile'",
        name="Alice Nguyen",
        headline="Senior Backend Engineer",
        contact="Portland, OR · alice.nguyen@example.com · (555) 555-0101",
        sections=(
            Section(
                "SUMMARY",
                (
                    "Backend engineer with 8+ years of Python building APIs and data pipelines. "
                    "I go the extra mile on code review and on-call hygiene, and I like boring, "
                    "well-tested systems.",
                ),
            ),
            Section(
                "SKILLS",
                (
                    "Python 3.11, Django 4.2, Django REST framework, Celery, Redis, PostgreSQL 14, "
                    "Docker, Kubernetes, AWS (S3, Lambda, RDS), pytest, GitHub Actions, CI/CD, Git, Linux",
                ),
            ),
            Section(
                "EXPERIENCE",
                (
                    P(
                        "Senior Backend Engineer",
                        "Acme Analytics",
                        "Jan 2019 – Present",
                        "2019-01",
                        "present",
                        bullets=(
                            "Led the upgrade of a monolithic Django 1.11 application to Django 4.2 and "
                            "Python 3.11 with zero downtime.",
                            "Designed REST APIs with Django REST framework serving 40M requests a day.",
                            "Moved report generation to Celery workers with Redis as the broker, cutting "
                            "p95 latency from 9 s to 400 ms.",
                            "Ran PostgreSQL 14 on AWS RDS; tuned indexes and partitioned the events table.",
                            "Containerised services with Docker and deployed them to Kubernetes through "
                            "GitHub Actions CI/CD pipelines.",
                        ),
                    ),
                    P(
                        "Backend Developer",
                        "Northwind Logistics",
                        "Jun 2015 – Dec 2018",
                        "2015-06",
                        "2018-12",
                        bullets=(
                            "Built shipment-tracking APIs in Django and PostgreSQL.",
                            "Wrote pytest suites that raised test coverage from 35% to 88%.",
                            "Automated nightly exports to Amazon S3 with AWS Lambda functions.",
                            "Kept the Linux build hosts and the Git server patched.",
                        ),
                    ),
                ),
            ),
            Section("EDUCATION", ("B.Sc. Computer Science, University of Eastbrook, 2015",)),
        ),
        skills=(
            "Python, Django, Django REST framework, REST, Celery, Redis, PostgreSQL, Docker, Kubernetes, "
            "AWS, Amazon S3, AWS Lambda, pytest, GitHub Actions, CI/CD, Git, Linux"
        ),
        not_skills="Go",
    ),
    Resume(
        stem="bruno_okafor_two_column",
        format="pdf",
        layout="two_columns",
        purpose="strong fit: two real text columns (sidebar Contact/Skills/Education, main "
        "Experience), 'Python (8 yrs)', ISO dates '2019-01 – 2021-06' on the line after the "
        "title; trap 'go-to-market'",
        name="Bruno Okafor",
        headline="Staff Backend Engineer",
        contact="",
        theme="classic",
        sections=(
            Section(
                "CONTACT",
                (
                    "bruno.okafor@example.com",
                    "(555) 555-0102",
                    "Lagos, Nigeria (remote)",
                ),
                side=True,
            ),
            Section(
                "SKILLS",
                (
                    Bullets(
                        (
                            "Python (8 yrs)",
                            "Django (6 yrs)",
                            "Django REST framework",
                            "FastAPI",
                            "asyncio",
                            "PostgreSQL",
                            "Redis",
                            "Celery",
                            "RabbitMQ",
                            "Docker",
                            "Kubernetes",
                            "Terraform",
                            "AWS",
                            "pytest",
                            "Jenkins",
                        )
                    ),
                ),
                side=True,
            ),
            Section(
                "EDUCATION",
                (
                    "M.Sc. Software Engineering",
                    "Eastbrook Institute of Technology",
                    "2016",
                ),
                side=True,
            ),
            Section(
                "EXPERIENCE",
                (
                    P(
                        "Staff Engineer",
                        "Contoso Health",
                        "2021-07 – present",
                        "2021-07",
                        "present",
                        place="after",
                        head="{title} · {employer}",
                        bullets=(
                            "Own the claims REST API (Django, Django REST framework) used by 300 clinics.",
                            "Introduced FastAPI for internal services that need asyncio and high throughput.",
                            "Cut cloud spend 30% by right-sizing Kubernetes workloads managed with Terraform on AWS.",
                        ),
                    ),
                    P(
                        "Backend Engineer",
                        "Fabrikam Payments",
                        "2019-01 – 2021-06",
                        "2019-01",
                        "2021-06",
                        place="after",
                        head="{title} · {employer}",
                        bullets=(
                            "Built the payment-reconciliation pipeline with Celery and RabbitMQ.",
                            "Maintained PostgreSQL 12 schemas and Redis caches; wrote pytest fixtures "
                            "for every integration.",
                            "Shipped every service as a Docker image.",
                        ),
                    ),
                    P(
                        "Software Developer",
                        "Tailspin Travel",
                        "2016-09 – 2018-12",
                        "2016-09",
                        "2018-12",
                        place="after",
                        head="{title} · {employer}",
                        bullets=(
                            "Ported the booking services from Python 2 to Python 3; Jenkins pipelines for releases.",
                            "Helped the product team with the go-to-market plan for the mobile booking launch.",
                        ),
                    ),
                ),
            ),
        ),
        skills=(
            "Python, Django, Django REST framework, REST, FastAPI, asyncio, PostgreSQL, Redis, Celery, "
            "RabbitMQ, Docker, Kubernetes, Terraform, AWS, pytest, Jenkins"
        ),
        not_skills="Go",
    ),
    Resume(
        stem="carmen_diaz_skills_table",
        format="docx",
        layout="skills_table",
        purpose="good fit with Go as a real skill: 'Technical Skills' as a DOCX table "
        "(Languages | Python, Go), dates '03/2013 to 11/2016', 'Certifications'; trap 'excel at'",
        name="Carmen Díaz",
        headline="Senior Platform Engineer",
        contact="Madrid · carmen.diaz@example.com · +34 555-0103",
        theme="styles",
        sections=(
            Section(
                "Summary",
                (
                    "Platform engineer who writes Python and Go. I excel at calm incident response "
                    "and at turning runbooks into code.",
                ),
            ),
            Section(
                "Technical Skills",
                (
                    Rows(
                        (
                            ("Languages", "Python, Go"),
                            ("Frameworks", "Django, FastAPI"),
                            ("Data", "PostgreSQL, Redis, Kafka"),
                            ("Infrastructure", "Docker, Kubernetes, Terraform, AWS"),
                            ("Tooling", "Git, GitHub Actions, pytest"),
                        )
                    ),
                ),
            ),
            Section(
                "Experience",
                (
                    P(
                        "Senior Platform Engineer",
                        "Globex Data",
                        "12/2016 to Present",
                        "2016-12",
                        "present",
                        bullets=(
                            "Wrote Go services for log shipping and Python tooling for deployments.",
                            "Run Kafka and PostgreSQL clusters on Kubernetes across three AWS regions.",
                            "Built FastAPI admin APIs and kept the Django back-office app on supported versions.",
                            "Moved all pipelines to GitHub Actions; pytest gates every merge.",
                        ),
                    ),
                    P(
                        "Systems Developer",
                        "Woodgrove Bank",
                        "03/2013 to 11/2016",
                        "2013-03",
                        "2016-11",
                        bullets=(
                            "Automated account reconciliation jobs in Python with Redis queues.",
                            "Introduced Docker and Terraform for the test environments.",
                        ),
                    ),
                ),
            ),
            Section("Education", ("B.Eng. Telecommunications, Universidad de Valdemoro, 2012",)),
            Section(
                "Certifications",
                (
                    Bullets(
                        (
                            "AWS Certified Solutions Architect – Associate, 2020",
                            "Certified Kubernetes Administrator (CKA), 2021",
                        )
                    ),
                ),
            ),
        ),
        skills=(
            "Python, Go, Django, FastAPI, PostgreSQL, Redis, Kafka, Docker, Kubernetes, Terraform, AWS, Git, "
            "GitHub Actions, pytest"
        ),
        not_skills="Microsoft Excel",
    ),
    Resume(
        stem="dmitri_volkov_header_contact",
        format="docx",
        layout="header_contact",
        purpose="strong fit: name and contact only in the DOCX page header; headings "
        "'Professional Experience:', 'Technical Skills', 'Education & Training', 'Open Source'; "
        "'January 2019 to Current' on the line before the title; '5+ years of Python'",
        name="Dmitri Volkov",
        headline="Lead Backend Engineer",
        contact="dmitri.volkov@example.com | (555) 555-0104 | Berlin",
        theme="bold",
        sections=(
            Section(
                "Summary", ("Lead backend engineer. Django since 1.4, PostgreSQL since 9.1, and still enjoying both.",)
            ),
            Section(
                "Technical Skills",
                (
                    "Python, Django, Django REST framework, Celery, PostgreSQL, Redis, "
                    "Elasticsearch, Docker, Kubernetes, AWS, pytest, CI/CD",
                ),
            ),
            Section(
                "Professional Experience:",
                (
                    P(
                        "Lead Backend Engineer",
                        "Initrode Software",
                        "January 2019 to Current",
                        "2019-01",
                        "present",
                        place="before",
                        head="{title} — {employer}",
                        bullets=(
                            "Lead a team of six building a multi-tenant Django SaaS on PostgreSQL 15.",
                            "Designed search with Elasticsearch; moved background jobs to Celery 5 with Redis.",
                            "Introduced pytest contract tests and CI/CD with Docker images deployed "
                            "to Kubernetes on AWS.",
                        ),
                    ),
                    P(
                        "Python Developer",
                        "Litware Labs",
                        "February 2014 to December 2018",
                        "2014-02",
                        "2018-12",
                        place="before",
                        head="{title} — {employer}",
                        bullets=(
                            "Built internal REST APIs with Django REST framework.",
                            "5+ years of Python in production, from 2.7 to 3.6.",
                        ),
                    ),
                ),
            ),
            Section(
                "Open Source",
                (
                    Bullets(
                        (
                            "Maintainer of django-tenant-audit, a small Django package for audit logs.",
                            "Contributor to a pytest plugin for snapshot testing.",
                        )
                    ),
                ),
            ),
            Section(
                "Education & Training",
                (
                    "Diploma in Applied Informatics, Rivermark Technical College, 2013",
                    "Training: Kubernetes for Developers, 2020",
                ),
            ),
        ),
        skills=(
            "Python, Django, Django REST framework, REST, Celery, PostgreSQL, Redis, Elasticsearch, Docker, "
            "Kubernetes, AWS, pytest, CI/CD"
        ),
    ),
    Resume(
        stem="emma_lindqvist_data_science",
        format="pdf",
        layout="one_column",
        purpose="data-science profile: 'Work History', 'Core Competencies', 'Projects', "
        "'Certifications'; 'Python (4 yrs)'; '2017 – 2019' and 'Summer 2020' on the line "
        "before the title; traps 'lab flask', 'spark interest'",
        name="Emma Lindqvist",
        headline="Data Scientist",
        contact="emma.lindqvist@example.com · (555) 555-0105 · Uppsala",
        theme="serif",
        sections=(
            Section(
                "Profile",
                (
                    "Data scientist who moved from wet-lab chemistry to machine learning. "
                    "Python (4 yrs) with pandas and scikit-learn. I give meetup talks that spark "
                    "interest in statistics among non-specialists.",
                ),
            ),
            Section("Core Competencies", ("Python · pandas · NumPy · scikit-learn · PostgreSQL · Git · Docker",)),
            Section(
                "Work History",
                (
                    P(
                        "Data Scientist",
                        "Trey Research",
                        "Mar 2021 – Present",
                        "2021-03",
                        "present",
                        place="before",
                        bullets=(
                            "Built churn models with scikit-learn and pandas, deployed as nightly "
                            "batch jobs in Docker.",
                            "Wrote feature pipelines with NumPy over data queried from PostgreSQL.",
                        ),
                    ),
                    P(
                        "Data Science Intern",
                        "Acme Analytics",
                        "Summer 2020",
                        "2020-06",
                        "2020-08",
                        place="before",
                        bullets=("Prototyped demand forecasting in Python for the retail team.",),
                    ),
                    P(
                        "Laboratory Technician",
                        "Coho Winery",
                        "2017 – 2019",
                        "2017-01",
                        "2019-12",
                        place="before",
                        bullets=(
                            "Ran titrations and kept every lab flask and pipette to protocol.",
                            "Logged measurements and automated weekly summaries with small Python scripts.",
                        ),
                    ),
                ),
            ),
            Section(
                "Projects",
                (
                    Bullets(
                        (
                            "Wine-quality classifier: scikit-learn and pandas, published with a write-up.",
                            "Versioned experiment notebooks in Git.",
                        )
                    ),
                ),
            ),
            Section("Education", ("M.Sc. Analytical Chemistry, University of Eastbrook, 2016",)),
            Section("Certifications", ("Machine Learning Specialization (online course), 2020",)),
        ),
        skills="Python, pandas, NumPy, scikit-learn, PostgreSQL, Git, Docker",
        not_skills="Flask, Apache Spark",
    ),
    Resume(
        stem="farid_haddad_java_spring",
        format="docx",
        layout="one_column",
        purpose="Java/Spring developer (weak fit, some Python scripting): 'EMPLOYMENT', "
        "apostrophe years \"Jan '19 - Dec '20\" with hyphens, headings as bold capitals",
        name="Farid Haddad",
        headline="Senior Java Developer",
        contact="farid.haddad@example.com · (555) 555-0106 · Lyon",
        theme="bold",
        sections=(
            Section("SUMMARY", ("Java developer with 7 years on Spring Boot microservices and event-driven systems.",)),
            Section("SKILLS", ("Java 17, Spring Boot, MySQL, PostgreSQL, Kafka, Docker, Jenkins, Git, Linux, REST",)),
            Section(
                "EMPLOYMENT",
                (
                    P(
                        "Senior Java Developer",
                        "Alpine Ski House",
                        "Jan '21 - Present",
                        "2021-01",
                        "present",
                        head="{title} | {employer} | {when}",
                        bullets=(
                            "Split the booking monolith into Spring Boot services talking over Kafka.",
                            "Own MySQL schema migrations and the Jenkins release pipelines.",
                        ),
                    ),
                    P(
                        "Java Developer",
                        "Fourth Coffee",
                        "Jan '19 - Dec '20",
                        "2019-01",
                        "2020-12",
                        head="{title} | {employer} | {when}",
                        bullets=(
                            "Built loyalty-program REST APIs in Java and Spring Boot.",
                            "Wrote a few Python scripts to automate Docker image builds.",
                        ),
                    ),
                    P(
                        "Junior Developer",
                        "Proseware Media",
                        "Sep '16 - Dec '18",
                        "2016-09",
                        "2018-12",
                        head="{title} | {employer} | {when}",
                        bullets=("Maintained PostgreSQL reporting queries and Linux batch servers.",),
                    ),
                ),
            ),
            Section("EDUCATION", ("Licence Informatique, Université de Belcourt, 2016",)),
        ),
        skills="Java, Spring Boot, MySQL, PostgreSQL, Kafka, Docker, Jenkins, Git, Linux, REST, Python",
    ),
    Resume(
        stem="grace_kim_junior",
        format="pdf",
        layout="one_column",
        purpose="junior with 1 year: Education first, 'Projects', 'Python (1 yr)'; trap 'graduated spring 2025'",
        name="Grace Kim",
        headline="Junior Python Developer",
        contact="grace.kim@example.com · (555) 555-0107 · Toronto",
        theme="compact",
        sections=(
            Section("Education", ("B.Sc. Computer Science, University of Eastbrook; graduated spring 2025",)),
            Section("Skills", ("Python (1 yr), Django, PostgreSQL, pytest, Git, Docker (learning)",)),
            Section(
                "Experience",
                (
                    P(
                        "Junior Python Developer",
                        "Margie's Travel",
                        "Dec 2025 – Present",
                        "2025-12",
                        "present",
                        bullets=(
                            "Fix bugs and write tests with pytest in a Django 5 codebase.",
                            "Wrote my first PostgreSQL migration (with careful review).",
                        ),
                    ),
                ),
            ),
            Section(
                "Projects",
                (
                    Bullets(
                        (
                            "Study-group scheduler: Django and PostgreSQL, deployed with Docker.",
                            "Solutions to programming puzzles in Python, kept in Git.",
                        )
                    ),
                ),
            ),
        ),
        skills="Python, Django, PostgreSQL, pytest, Git, Docker",
        not_skills="Spring Boot",
    ),
    Resume(
        stem="hiro_tanaka_frontend",
        format="docx",
        layout="one_column",
        purpose="front-end developer (poor fit): em-dash year ranges '2018 — 2020' inline; trap 'swift response'",
        name="Hiro Tanaka",
        headline="Front-End Engineer",
        contact="hiro.tanaka@example.com · (555) 555-0108 · Osaka",
        theme="styles",
        sections=(
            Section(
                "Summary",
                (
                    "Front-end engineer focused on accessible React interfaces, known for a swift "
                    "response to design feedback.",
                ),
            ),
            Section("Skills", ("JavaScript, TypeScript, React, GraphQL, Git",)),
            Section(
                "Experience",
                (
                    P(
                        "Front-End Engineer",
                        "Humongous Insurance",
                        "2021 — Present",
                        "2021-01",
                        "present",
                        head="{title} · {employer} · {when}",
                        bullets=(
                            "Rebuilt the quote wizard in React and TypeScript; bundle size down 40%.",
                            "Worked with the backend team on the GraphQL schema for policy data.",
                        ),
                    ),
                    P(
                        "UI Developer",
                        "Lucerne Publishing",
                        "2018 — 2020",
                        "2018-01",
                        "2020-12",
                        head="{title} · {employer} · {when}",
                        bullets=("Moved a legacy catalogue page to modern JavaScript components.",),
                    ),
                ),
            ),
            Section("Education", ("B.A. Interaction Design, Kansai Arts College, 2017",)),
        ),
        skills="JavaScript, TypeScript, React, GraphQL, Git",
        not_skills="Swift",
    ),
    Resume(
        stem="isabel_moreau_chef",
        format="pdf",
        layout="one_column",
        purpose="non-tech (executive chef), no technical skills; overlapping positions; traps "
        "'executive chef', 'excel at', 'word of mouth', 'a flask of coffee'",
        name="Isabel Moreau",
        headline="Executive Chef",
        contact="isabel.moreau@example.com · (555) 555-0109 · Montréal",
        theme="serif",
        sections=(
            Section(
                "Summary",
                (
                    "Executive chef with twelve years in busy kitchens. I excel at training line "
                    "cooks and building seasonal menus that grow by word of mouth.",
                ),
            ),
            Section(
                "Experience",
                (
                    P(
                        "Executive Chef",
                        "Harbor Street Brasserie",
                        "Apr 2018 – Present",
                        "2018-04",
                        "present",
                        bullets=(
                            "Run a 14-person brigade; cut food waste 20% with weekly inventory counts.",
                            "Start every service with a flask of coffee and a five-minute briefing.",
                        ),
                    ),
                    P(
                        "Sous Chef",
                        "Coho Winery Restaurant",
                        "Sep 2013 – Mar 2018",
                        "2013-09",
                        "2018-03",
                        bullets=("Planned pairing menus with the sommelier and ran the pass on weekends.",),
                    ),
                    P(
                        "Line Cook",
                        "Lakeside Diner",
                        "2011 – 2013",
                        "2011-01",
                        "2013-12",
                        bullets=("Grill and sauté stations; kept on part-time while starting as sous chef.",),
                    ),
                ),
            ),
            Section("Skills", ("Menu costing · HACCP food safety · staff scheduling · seasonal sourcing",)),
            Section("Education", ("Diploma in Culinary Arts, Institut Culinaire de Rivermark, 2010",)),
        ),
        skills="",
        not_skills="Chef, Microsoft Excel, Microsoft Word, Flask",
    ),
    Resume(
        stem="jonas_weber_misspellings",
        format="pdf",
        layout="one_column",
        purpose="misspelled skills ('Djnago', 'Postgress', 'Kubernets', 'Elastic Search'); "
        "overlapping positions; hyphen dates on the title line",
        name="Jonas Weber",
        headline="Backend Developer",
        contact="jonas.weber@example.com · (555) 555-0110 · Hamburg",
        theme="classic",
        sections=(
            Section("Professional Summary", ("Backend developer who likes search problems and tidy databases.",)),
            Section("Skills", ("Python, Djnago, Postgress, Redis, Docker, Kubernets, Elastic Search, AWS",)),
            Section(
                "Experience",
                (
                    P(
                        "Backend Developer",
                        "Wide World Importers",
                        "Apr 2020 - Present",
                        "2020-04",
                        "present",
                        bullets=(
                            "Built product search with Elastic Search and Djnago.",
                            "Migrated Postgress 11 to 14 and added Redis caching for hot queries.",
                            "Moved the services to Kubernets on AWS.",
                        ),
                    ),
                    P(
                        "Junior Developer",
                        "Proseware Media",
                        "2018 - 2020",
                        "2018-01",
                        "2020-12",
                        bullets=("Python scripts and Docker images for the editorial tools.",),
                    ),
                ),
            ),
            Section("Education", ("B.Sc. Business Informatics, Hochschule Nordhafen, 2017",)),
        ),
        skills="Python, Django, PostgreSQL, Redis, Docker, Kubernetes, Elasticsearch, AWS",
    ),
    Resume(
        stem="kofi_mensah_accountant",
        format="docx",
        layout="one_column",
        purpose="non-tech (accountant) with Microsoft Excel as a real skill; dates in "
        "parentheses '(2016 - 2019)'; trap 'go-to person'",
        name="Kofi Mensah",
        headline="Chartered Accountant",
        contact="kofi.mensah@example.com · (555) 555-0111 · Accra",
        theme="styles",
        sections=(
            Section(
                "Profile", ("Chartered accountant and the go-to person for month-end close and audit preparation.",)
            ),
            Section(
                "Key Skills",
                (
                    Bullets(
                        (
                            "Microsoft Excel (pivot tables, Power Query, VLOOKUP)",
                            "Financial reporting under IFRS",
                            "Payroll and VAT returns",
                        )
                    ),
                ),
            ),
            Section(
                "Career History",
                (
                    P(
                        "Senior Accountant",
                        "Woodgrove Bank",
                        "2020 - present",
                        "2020-01",
                        "present",
                        head="{title}, {employer} ({when})",
                        bullets=(
                            "Close the books for four subsidiaries in five working days.",
                            "Built Excel models for cash-flow forecasting.",
                        ),
                    ),
                    P(
                        "Accounts Assistant",
                        "Fabrikam Retail",
                        "2016 - 2019",
                        "2016-01",
                        "2019-12",
                        head="{title}, {employer} ({when})",
                        bullets=("Reconciled supplier ledgers and prepared VAT returns.",),
                    ),
                ),
            ),
            Section("Education", ("B.Com. Accounting, Coastal University of Accra, 2015",)),
        ),
        skills="Microsoft Excel",
        not_skills="Go",
    ),
    Resume(
        stem="lena_petrova_hidden_stuffing",
        format="pdf",
        layout="one_column",
        purpose="hidden keyword stuffing: white 1 pt text listing backend keywords a reader "
        "cannot see; the visible resume is a QA analyst (weak fit); dates on the line after",
        name="Lena Petrova",
        headline="QA Analyst",
        contact="lena.petrova@example.com · (555) 555-0112 · Tallinn",
        theme="compact",
        hidden="Python Django Django REST framework Kubernetes AWS Docker PostgreSQL Celery "
        "Redis Terraform FastAPI senior backend engineer 10 years Python Django Kubernetes AWS",
        sections=(
            Section("Summary", ("QA analyst who automates the boring parts of testing.",)),
            Section(
                "Skills",
                ("Manual and exploratory testing, test plans, Python scripts for test data, MySQL queries, Git",),
            ),
            Section(
                "Experience",
                (
                    P(
                        "QA Analyst",
                        "Tailspin Travel",
                        "May 2022 – Present",
                        "2022-05",
                        "present",
                        place="after",
                        bullets=(
                            "Wrote test plans for the booking flow; 300 regression cases.",
                            "Generated test fixtures with Python and checked results with MySQL queries.",
                        ),
                    ),
                    P(
                        "Customer Support Specialist",
                        "Alpine Ski House",
                        "Oct 2019 – Apr 2022",
                        "2019-10",
                        "2022-04",
                        place="after",
                        bullets=("Handled 60 tickets a day and wrote the help-centre articles.",),
                    ),
                ),
            ),
            Section("Education", ("B.A. Linguistics, University of Eastbrook, 2019",)),
        ),
        skills="Python, MySQL, Git",
        not_skills=(
            "Django, Django REST framework, Kubernetes, AWS, Docker, PostgreSQL, Celery, Redis, Terraform, FastAPI"
        ),
    ),
    Resume(
        stem="marco_rossi_overlap_undated",
        format="docx",
        layout="one_column",
        purpose="good fit: overlapping positions (freelance beside a job), one undated "
        "position, 'since 2021', dates on the line before, unusual 'Volunteering' heading",
        name="Marco Rossi",
        headline="Backend Engineer",
        contact="marco.rossi@example.com · (555) 555-0113 · Bologna",
        theme="styles",
        sections=(
            Section("About", ("Backend engineer, Python (6 yrs), happiest with Django and a well-indexed database.",)),
            Section(
                "Experience",
                (
                    P(
                        "Backend Engineer",
                        "Northwind Logistics",
                        "since 2021",
                        "2021-01",
                        "present",
                        place="before",
                        head="{title} — {employer}",
                        bullets=(
                            "Python 3.12 and Django 5 services for route planning on PostgreSQL.",
                            "Celery beat schedules with Redis; pytest for every job.",
                        ),
                    ),
                    P(
                        "Freelance Python Developer",
                        "Self-employed",
                        "2020 – 2022",
                        "2020-01",
                        "2022-12",
                        place="before",
                        head="{title} — {employer}",
                        bullets=("FastAPI and SQLAlchemy backends for small clients, shipped with Docker on AWS.",),
                    ),
                    P(
                        "Software Engineer",
                        "Contoso Health",
                        "Sep 2017 – Dec 2019",
                        "2017-09",
                        "2019-12",
                        place="before",
                        head="{title} — {employer}",
                        bullets=("REST APIs with Django REST framework for appointment booking.",),
                    ),
                    P(
                        "Teaching Assistant",
                        "Eastbrook Coding Bootcamp",
                        None,
                        None,
                        None,
                        head="{title} — {employer}",
                        bullets=("Taught Python fundamentals and Git to evening cohorts.",),
                    ),
                ),
            ),
            Section(
                "Skills",
                (
                    "Python, Django, Django REST framework, FastAPI, SQLAlchemy, Celery, Redis, "
                    "PostgreSQL, Docker, AWS, pytest, Git",
                ),
            ),
            Section(
                "Volunteering", ("Mentor at the Rivermark Youth Code Club; organiser of a monthly Python meetup.",)
            ),
            Section("Education", ("Laurea in Informatica, Università di Valsecca, 2017",)),
        ),
        skills=(
            "Python, Django, Django REST framework, REST, FastAPI, SQLAlchemy, Celery, Redis, PostgreSQL, "
            "Docker, AWS, pytest, Git"
        ),
    ),
    Resume(
        stem="nadia_rahman_flask_fastapi",
        format="pdf",
        layout="one_column",
        purpose="partial fit: Flask/FastAPI, no Django; '5+ years of Python'; dates on the "
        "line after; trap 'spring 2019' that is neither a skill nor a position date",
        name="Nadia Rahman",
        headline="Python Backend Engineer",
        contact="nadia.rahman@example.com · (555) 555-0114 · Manchester",
        theme="classic",
        sections=(
            Section(
                "Summary",
                (
                    "5+ years of Python building Flask and FastAPI services. I joined Proseware "
                    "in spring 2019 as its second backend hire.",
                ),
            ),
            Section(
                "Skills & Tools",
                (
                    "Python, Flask, FastAPI, SQLAlchemy, asyncio, PostgreSQL, MySQL, Redis, Docker, "
                    "GitHub Actions, pytest, REST",
                ),
            ),
            Section(
                "Relevant Experience",
                (
                    P(
                        "Backend Engineer",
                        "Proseware Media",
                        "Apr 2019 – Present",
                        "2019-04",
                        "present",
                        place="after",
                        head="{title} — {employer}",
                        bullets=(
                            "Built FastAPI services with SQLAlchemy and asyncio on PostgreSQL.",
                            "Kept the legacy Flask app healthy; Docker images built by GitHub Actions.",
                        ),
                    ),
                    P(
                        "Python Developer",
                        "Adventure Works",
                        "Jul 2016 – Mar 2019",
                        "2016-07",
                        "2019-03",
                        place="after",
                        head="{title} — {employer}",
                        bullets=("Flask REST APIs on MySQL with Redis caching; pytest suites for each.",),
                    ),
                ),
            ),
            Section("Education", ("B.Sc. Mathematics, University of Eastbrook, 2016",)),
        ),
        skills=(
            "Python, Flask, FastAPI, SQLAlchemy, asyncio, PostgreSQL, MySQL, Redis, Docker, GitHub Actions, "
            "pytest, REST"
        ),
        not_skills="Spring Boot",
    ),
    Resume(
        stem="oliver_smith_two_column",
        format="docx",
        layout="two_columns",
        purpose="SRE with Python: DOCX two-column table (sidebar Contact/Skills/Education, "
        "main Experience); overlapping positions; em dash and hyphen dates; trap 'go-live'",
        name="Oliver Smith",
        headline="Site Reliability Engineer",
        contact="",
        theme="bold",
        sections=(
            Section(
                "CONTACT",
                (
                    "oliver.smith@example.com",
                    "(555) 555-0116",
                    "Leeds, UK",
                ),
                side=True,
            ),
            Section(
                "SKILLS",
                (
                    Bullets(
                        ("Python", "Terraform", "AWS", "Kubernetes", "Docker", "Linux", "Jenkins", "GitHub Actions")
                    ),
                ),
                side=True,
            ),
            Section(
                "EDUCATION",
                (
                    "B.Sc. Physics",
                    "University of Eastbrook, 2013",
                ),
                side=True,
            ),
            Section(
                "EXPERIENCE",
                (
                    P(
                        "Site Reliability Engineer",
                        "Litware Labs",
                        "Jun 2017 — Present",
                        "2017-06",
                        "present",
                        bullets=(
                            "Wrote Python automation for failover drills and capacity reports.",
                            "Managed AWS accounts and Kubernetes clusters with Terraform.",
                            "Led the go-live of the new Docker-based build farm.",
                        ),
                    ),
                    P(
                        "Linux Administrator",
                        "Trey Research",
                        "2014 - 2017",
                        "2014-01",
                        "2017-12",
                        bullets=("Ran 200 Linux servers; Jenkins jobs for patching, later GitHub Actions.",),
                    ),
                ),
            ),
        ),
        skills="Python, Terraform, AWS, Kubernetes, Docker, Linux, Jenkins, GitHub Actions",
        not_skills="Go",
    ),
)

NOTES_TXT = """\
Zoë Fernández
Backend Developer · zoe.fernandez@example.com · (555) 555-0115 · Sevilla

SUMMARY
Python developer (3 yrs) who likes small, well-tested services.

SKILLS
Python, Django, PostgreSQL, Docker, Git, pytest

EXPERIENCE
Backend Developer — Lucerne Publishing — Feb 2023 – Present
- Django views and PostgreSQL queries for the subscriptions site.
- Wrote pytest fixtures and Docker Compose files for local development.

Support Engineer — Tailspin Travel — 2021 – Jan 2023
- Python scripts to triage support tickets; kept the team's Git repository tidy.

EDUCATION
Grado en Ingeniería Informática, Universidad de Valdemoro, 2020
"""

NOTES_SKILLS = "Python, Django, PostgreSQL, Docker, Git, pytest"
NOTES_POSITIONS: list[dict[str, str | None]] = [
    {"title": "Backend Developer", "employer": "Lucerne Publishing", "start": "2023-02", "end": "present"},
    {"title": "Support Engineer", "employer": "Tailspin Travel", "start": "2021-01", "end": "2023-01"},
]

# Words that name each skill in the text, for the consistency check below. A skill in
# `skills` must appear through one of these; so must each trap in `not_skills`.
SPELLINGS: dict[str, tuple[str, ...]] = {
    "Amazon S3": ("S3",),
    "AWS Lambda": ("Lambda",),
    "Apache Spark": ("spark",),
    "Chef": ("chef",),
    "Django": ("Django", "Djnago"),
    "Django REST framework": ("Django REST framework", "DRF"),
    "Elasticsearch": ("Elasticsearch", "Elastic Search"),
    "Kubernetes": ("Kubernetes", "Kubernets"),
    "Microsoft Excel": ("Excel",),
    "Microsoft Word": ("word",),
    "PostgreSQL": ("PostgreSQL", "Postgress"),
    "Spring Boot": ("spring",),
}


# --------------------------------------------------------------------------- ground truth


def _month_index(text: str) -> int:
    if text == "present":
        return AS_OF[0] * 12 + AS_OF[1] - 1
    year, month = text.split("-")
    return int(year) * 12 + int(month) - 1


def total_months(positions: Sequence[dict[str, str | None]]) -> int | None:
    """Months covered by the dated positions, both ends included, overlaps counted once."""
    months: set[int] = set()
    for p in positions:
        if p["start"] and p["end"]:
            months.update(range(_month_index(p["start"]), _month_index(p["end"]) + 1))
    return len(months) if months else None


def _truth(
    *,
    file: str,
    fmt: str,
    layout: str,
    name: str | None,
    skills: Sequence[str] = (),
    not_skills: Sequence[str] = (),
    positions: Sequence[dict[str, str | None]] = (),
    hidden: bool = False,
    error: str | None = None,
) -> dict[str, object]:
    return {
        "file": file,
        "name": name,
        "skills": list(skills),
        "not_skills": list(not_skills),
        "positions": list(positions),
        "total_months_as_of_2026-11": total_months(positions),
        "hidden_stuffing": hidden,
        "layout": layout,
        "format": fmt,
        "expect_error": error,
    }


def resume_truth(resume: Resume) -> dict[str, object]:
    positions = [{"title": p.title, "employer": p.employer, "start": p.start, "end": p.end} for p in resume.positions()]
    return _truth(
        file=resume.filename,
        fmt=resume.format,
        layout=resume.layout,
        name=resume.name,
        skills=resume.skill_names,
        not_skills=resume.trap_names,
        positions=positions,
        hidden=bool(resume.hidden),
    )


def _mentions(text: str, skill: str) -> bool:
    return any(
        re.search(rf"(?<![\w-]){re.escape(word)}(?![\w])", text, re.IGNORECASE)
        for word in SPELLINGS.get(skill, (skill,))
    )


def check(resumes: Sequence[Resume]) -> list[str]:
    """Every problem with the ground truth: skills not in the text, traps absent, bad dates."""
    problems = []
    for r in resumes:
        text = r.visible_text()
        problems += [f"{r.stem}: skill {s!r} not in the text" for s in r.skill_names if not _mentions(text, s)]
        problems += [
            f"{r.stem}: trap {s!r} not in the text" for s in r.trap_names if not _mentions(text + "\n" + r.hidden, s)
        ]
        problems += [f"{r.stem}: {s!r} is both a skill and a trap" for s in r.trap_names if s in r.skill_names]
        for p in r.positions():
            if p.start and p.end and _month_index(p.start) > _month_index(p.end):
                problems.append(f"{r.stem}: {p.title} ends before it starts")
    stems = [r.stem for r in resumes]
    problems += [f"duplicate stem {s}" for s in sorted({s for s in stems if stems.count(s) > 1})]
    return problems


# --------------------------------------------------------------------------- PDF


# reportlab writes "•" in its standard fonts as code 127, which pdfminer reads back as
# "(cid:127)"; many real PDFs do the same, so the classic theme keeps it on purpose.
BULLETS = {"classic": "•", "serif": "–", "compact": "-"}


def _pdf_styles(theme: str) -> dict[str, ParagraphStyle]:
    serif = theme == "serif"
    font, bold, italic = (
        ("Times-Roman", "Times-Bold", "Times-Italic") if serif else ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")
    )
    size = 9.0 if theme == "compact" else 10.0
    centred = TA_CENTER if serif else 0
    return {
        "name": ParagraphStyle("name", fontName=bold, fontSize=20, leading=24, alignment=centred),
        "headline": ParagraphStyle(
            "headline", fontName=font, fontSize=12, leading=15, alignment=centred, textColor=colors.HexColor("#444444")
        ),
        "contact": ParagraphStyle(
            "contact", fontName=font, fontSize=size, leading=size * 1.3, alignment=centred, spaceAfter=6
        ),
        "heading": ParagraphStyle(
            "heading",
            fontName=bold,
            fontSize=size + 2,
            leading=(size + 2) * 1.25,
            spaceBefore=10,
            spaceAfter=3,
            textColor=colors.HexColor("#1f3a5f"),
        ),
        "body": ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.35),
        "job": ParagraphStyle("job", fontName=bold, fontSize=size, leading=size * 1.35, spaceBefore=5),
        "date": ParagraphStyle("date", fontName=italic, fontSize=size, leading=size * 1.35),
        "date_before": ParagraphStyle(
            "date_before", fontName=italic, fontSize=size, leading=size * 1.35, spaceBefore=5
        ),
        "job_after_date": ParagraphStyle("job_after_date", fontName=bold, fontSize=size, leading=size * 1.35),
        "date_right": ParagraphStyle(
            "date_right", fontName=italic, fontSize=size, leading=size * 1.35, alignment=TA_RIGHT
        ),
        "bullet": ParagraphStyle(
            "bullet", fontName=font, fontSize=size, leading=size * 1.35, leftIndent=12, bulletIndent=2
        ),
    }


def _pdf_blocks(
    blocks: Sequence[Block],
    st: dict[str, ParagraphStyle],
    width: float,
    *,
    right_dates: bool,
    bullet: str,
) -> list[Flowable]:
    out: list[Flowable] = []
    for block in blocks:
        if isinstance(block, str):
            out.append(Paragraph(escape(block), st["body"]))
        elif isinstance(block, Bullets):
            out += [Paragraph(escape(i), st["bullet"], bulletText=bullet) for i in block.items]
        elif isinstance(block, Rows):
            out += [Paragraph(f"<b>{escape(k)}:</b> {escape(v)}", st["body"]) for k, v in block.rows]
        else:
            out += _pdf_position(block, st, width, right_dates=right_dates, bullet=bullet)
    return out


def _pdf_position(
    p: Position,
    st: dict[str, ParagraphStyle],
    width: float,
    *,
    right_dates: bool,
    bullet: str,
) -> list[Flowable]:
    out: list[Flowable] = []
    job = st["job"]
    if p.when and p.place == "before":
        out.append(Paragraph(escape(p.when), st["date_before"]))
        job = st["job_after_date"]
    if p.when and p.place == "title" and right_dates and "{when}" not in p.head:
        row = [
            [Paragraph(escape(p.head_text(with_when=False)), st["job"]), Paragraph(escape(p.when), st["date_right"])]
        ]
        table = Table(row, colWidths=[width * 0.7, width * 0.3])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        out.append(table)
    else:
        out.append(Paragraph(escape(p.head_text(with_when=True)), job))
    if p.when and p.place == "after":
        out.append(Paragraph(escape(p.when), st["date"]))
    out += [Paragraph(escape(b), st["bullet"], bulletText=bullet) for b in p.bullets]
    return out


def _heading(text: str, st: dict[str, ParagraphStyle], *, rule: bool) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(escape(text), st["heading"])]
    if rule:
        out.append(
            HRFlowable(width="100%", thickness=0.6, color=colors.HexColor("#1f3a5f"), spaceBefore=0, spaceAfter=4)
        )
    return out


def _hidden_text(text: str) -> Callable[[Canvas, object], None]:
    """A page callback that draws ``text`` in white 1 pt type near the bottom margin."""

    def draw(canvas: Canvas, _doc: object) -> None:
        canvas.saveState()
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFont("Helvetica", 1)
        canvas.drawString(40, 30, text)
        canvas.restoreState()

    return draw


def write_pdf_one_column(resume: Resume, path: Path) -> None:
    st = _pdf_styles(resume.theme)
    pagesize = A4 if resume.theme == "serif" else LETTER
    doc = SimpleDocTemplate(
        str(path),
        pagesize=pagesize,
        invariant=True,
        title=f"Resume of {resume.name}",
        author=resume.name,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
    )
    story: list[Flowable] = [
        Paragraph(escape(resume.name), st["name"]),
        Paragraph(escape(resume.headline), st["headline"]),
        Paragraph(escape(resume.contact), st["contact"]),
    ]
    for section in resume.sections:
        story += _heading(section.heading, st, rule=resume.theme == "classic")
        story += _pdf_blocks(
            section.blocks, st, doc.width, right_dates=resume.theme != "serif", bullet=BULLETS[resume.theme]
        )
    hidden = _hidden_text(resume.hidden) if resume.hidden else (lambda c, d: None)

    def on_page(canvas: Canvas, doc: object) -> None:
        _dated(canvas)
        hidden(canvas, doc)

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def write_pdf_two_columns(resume: Resume, path: Path) -> None:
    """A banner with the name, then a shaded sidebar frame and a main frame side by side."""
    st = _pdf_styles(resume.theme)
    page_w, page_h = LETTER
    margin, gap, side_w, banner_h = 15 * mm, 8 * mm, 58 * mm, 26 * mm
    main_x = margin + side_w + gap
    main_w = page_w - main_x - margin
    col_h = page_h - 2 * margin - banner_h
    frames = [
        Frame(margin, page_h - margin - banner_h, page_w - 2 * margin, banner_h, id="banner"),
        Frame(margin, margin, side_w, col_h, id="sidebar"),
        Frame(main_x, margin, main_w, col_h, id="main"),
    ]

    def shade(canvas: Canvas, _doc: object) -> None:
        _dated(canvas)
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#eef2f7"))
        canvas.rect(margin - 3 * mm, margin - 3 * mm, side_w + 6 * mm, col_h + 3 * mm, stroke=0, fill=1)
        canvas.restoreState()

    doc = BaseDocTemplate(
        str(path), pagesize=LETTER, invariant=True, title=f"Resume of {resume.name}", author=resume.name
    )
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=shade)])
    side_st = dict(st, heading=ParagraphStyle("side_heading", parent=st["heading"], fontSize=10, spaceBefore=8))
    story: list[Flowable] = [
        Paragraph(escape(resume.name), st["name"]),
        Paragraph(escape(resume.headline), st["headline"]),
        FrameBreak(),
    ]
    for section in (s for s in resume.sections if s.side):
        story += _heading(section.heading, side_st, rule=False)
        story += _pdf_blocks(section.blocks, side_st, side_w, right_dates=False, bullet=BULLETS[resume.theme])
    story.append(FrameBreak())
    for section in (s for s in resume.sections if not s.side):
        story += _heading(section.heading, st, rule=True)
        story += _pdf_blocks(section.blocks, st, main_w, right_dates=True, bullet=BULLETS[resume.theme])
    doc.build(story)


def write_corrupt_pdf(path: Path) -> None:
    """A resume PDF cut off inside its first page's content stream, as a broken upload is."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER, invariant=1)
    canvas.setFont("Helvetica", 11)
    for i, line in enumerate(["Yusuf Demir", "Backend Developer", "Python, Django, PostgreSQL"]):
        canvas.drawString(72, 720 - 16 * i, line)
    canvas.showPage()
    canvas.save()
    data = buffer.getvalue()
    stream = data.index(b"stream", data.index(b"/Filter")) + len(b"stream\n")
    path.write_bytes(data[: stream + 20])


def write_image_only_pdf(path: Path) -> None:
    """A 'scanned' page: grey bars where lines of text would be, and no text layer at all."""
    canvas = Canvas(str(path), pagesize=LETTER, invariant=1)
    canvas.setFillColor(colors.HexColor("#f4f1ea"))
    canvas.rect(0, 0, *LETTER, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.rect(72, 700, 220, 18, stroke=0, fill=1)
    y = 660
    for i in range(28):
        width = 468 - (i * 37) % 160
        canvas.rect(72 + (20 if i % 7 else 0), y, width, 6, stroke=0, fill=1)
        y -= 20 if i % 7 != 6 else 34
    canvas.showPage()
    canvas.save()


# --------------------------------------------------------------------------- DOCX


def _docx_heading(container: object, text: str, theme: str) -> None:
    if theme == "styles":
        container.add_paragraph(text, style="Heading 2")  # type: ignore[attr-defined]
        return
    para = container.add_paragraph()  # type: ignore[attr-defined]
    para.paragraph_format.space_before = Pt(10)
    run = para.add_run(text)
    run.bold = True
    run.font.size = Pt(12)
    run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)


def _docx_blocks(container: object, blocks: Sequence[Block], layout: str) -> None:
    add = container.add_paragraph  # type: ignore[attr-defined]
    for block in blocks:
        if isinstance(block, str):
            add(block)
        elif isinstance(block, Bullets):
            for item in block.items:
                add(item, style="List Bullet")
        elif isinstance(block, Rows):
            if layout == "skills_table":
                table = container.add_table(rows=0, cols=2)  # type: ignore[attr-defined]
                table.style = "Table Grid"
                for label, value in block.rows:
                    cells = table.add_row().cells
                    cells[0].text = label
                    cells[0].paragraphs[0].runs[0].bold = True
                    cells[1].text = value
            else:
                for label, value in block.rows:
                    add(f"{label}: {value}")
        else:
            _docx_position(container, block)


def _docx_position(container: object, p: Position) -> None:
    add = container.add_paragraph  # type: ignore[attr-defined]
    if p.when and p.place == "before":
        add().add_run(p.when).italic = True
    para = add()
    para.paragraph_format.space_before = Pt(6)
    if p.when and p.place == "title" and "{when}" not in p.head:
        para.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
        para.add_run(p.head_text(with_when=False)).bold = True
        para.add_run("\t" + p.when).italic = True
    else:
        para.add_run(p.head_text(with_when=True)).bold = True
    if p.when and p.place == "after":
        add().add_run(p.when).italic = True
    for bullet in p.bullets:
        add(bullet, style="List Bullet")


def write_docx(resume: Resume, path: Path) -> None:
    doc = docx.Document()
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(1.8)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)

    if resume.layout == "header_contact":
        header = section.header.paragraphs[0]
        header.add_run(resume.name).bold = True
        header.add_run(f" — {resume.headline}\n{resume.contact}")
    else:
        title = doc.add_paragraph()
        run = title.add_run(resume.name)
        run.bold = True
        run.font.size = Pt(20)
        doc.add_paragraph(resume.headline)
        if resume.contact:
            doc.add_paragraph(resume.contact)

    if resume.layout == "two_columns":
        table = doc.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        side, main = table.rows[0].cells
        for cell, width in ((side, Cm(5.5)), (main, Cm(11.5))):
            cell.width = width
        _fill_cell(side, [s for s in resume.sections if s.side], resume)
        _fill_cell(main, [s for s in resume.sections if not s.side], resume)
    else:
        for sec in resume.sections:
            _docx_heading(doc, sec.heading, resume.theme)
            _docx_blocks(doc, sec.blocks, resume.layout)

    props = doc.core_properties
    props.author = props.last_modified_by = resume.name
    props.title = f"Resume of {resume.name}"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(_fixed_zip(buffer.getvalue()))


def _fill_cell(cell: _Cell, sections: Sequence[Section], resume: Resume) -> None:
    first = cell.paragraphs[0]  # a new cell holds one empty paragraph; use it for the heading
    for i, sec in enumerate(sections):
        if i == 0:
            first.add_run(sec.heading).bold = True
        else:
            _docx_heading(cell, sec.heading, resume.theme)
        _docx_blocks(cell, sec.blocks, resume.layout)


def _fixed_zip(data: bytes) -> bytes:
    """Re-zip ``data`` with fixed entry dates: python-docx stamps entries with the clock."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- profiles

PROFILES: dict[str, str] = {
    "senior_python_backend.yaml": """\
title: Senior Python Backend Engineer
min_total_years: 5
must_have:
  - skill: Python
    weight: 3
    min_years: 5
    recent_within_years: 2
  - skill: Django
    weight: 3
    min_years: 3
  - skill: PostgreSQL
    weight: 2
    min_years: 2
  - skill: Docker
    weight: 1
nice_to_have:
  - skill: DRF
    weight: 2
  - skill: Celery
    weight: 1
  - skill: Redis
    weight: 1
  - skill: Kubernetes
    weight: 1
  - skill: AWS
    weight: 1
  - skill: pytest
    weight: 1
  - skill: CI/CD
    weight: 1
""",
    "data_scientist.yaml": """\
title: Data Scientist
min_total_years: 2
must_have:
  - skill: Python
    weight: 3
    min_years: 2
  - skill: pandas
    weight: 2
  - skill: scikit-learn
    weight: 2
    recent_within_years: 3
nice_to_have:
  - skill: NumPy
    weight: 1
  - skill: PostgreSQL
    weight: 1
  - skill: Docker
    weight: 1
  - skill: Git
    weight: 1
""",
    "junior_backend.yaml": """\
title: Junior Backend Developer
must_have:
  - skill: Python
    weight: 3
  - skill: Git
    weight: 1
nice_to_have:
  - skill: Django
    weight: 2
  - skill: Flask
    weight: 1
  - skill: FastAPI
    weight: 1
  - skill: postgres
    weight: 1
  - skill: Docker
    weight: 1
  - skill: pytest
    weight: 1
  - skill: REST
    weight: 1
""",
}


# --------------------------------------------------------------------------- README


@dataclass
class Entry:
    """One row of the README table."""

    file: str
    format: str
    layout: str
    purpose: str
    truth: dict[str, object] = field(repr=False)


def readme(entries: Sequence[Entry]) -> str:
    rows = "\n".join(f"| `{e.file}` | {e.format} | {e.layout} | {e.purpose.replace('|', '&#124;')} |" for e in entries)
    profiles = "\n".join(
        f"- `profiles/{name}`: {text.splitlines()[0].split(': ', 1)[1]}" for name, text in PROFILES.items()
    )
    return f"""\
# Sample resumes (fictional)

Everything here is generated by `scripts/make_samples.py`; do not edit these files by
hand (`tests/test_samples.py` fails if they differ from a fresh run). Change the script
and run `python scripts/make_samples.py`.

Every person, employer, address and phone number is invented: e-mail addresses are at
example.com and phone numbers are 555-01xx.

- `resumes/`: the resume files, including a few that must fail cleanly.
- `expected/<stem>.json`: the ground truth for each resume, known because the generator
  wrote the content: visible technical skills, trap words that must not be found as
  skills, positions, total months of experience, hidden keyword stuffing, layout, format
  and the expected error code, if any.
- `profiles/`: job profiles in the shape `screener` loads.

Month rules for `total_months_as_of_2026-11`: both the first and the last month count
(01/2015–02/2015 is 2 months); a year alone runs from January to December; "Summer 2020"
is 2020-06..2020-08; "present" is 2026-11 (every sample was last saved on 2026-11-01, so the
document's own date and `--as-of 2026-11-01` agree); overlapping positions count once; undated
positions add nothing (and their `start`/`end` are null). Misspelled skills
("Djnago", "Postgress") are listed under their correct names: the candidate claims them.
Text in white 1 pt type is not visible, so it is never in `skills`. In the PDFs with the
classic look, pdfminer reads the "•" bullets back as "(cid:127)", as it does for many real
PDFs.

## Resumes

| file | format | layout | purpose |
|---|---|---|---|
{rows}

## Profiles

{profiles}
"""


# --------------------------------------------------------------------------- main


def generate(out: Path) -> list[Path]:
    """Write every sample under ``out``; return the paths written, in order."""
    problems = check(RESUMES)
    if problems:
        raise ValueError("inconsistent ground truth:\n  " + "\n  ".join(problems))
    resumes_dir, expected_dir, profiles_dir = (out / d for d in ("resumes", "expected", "profiles"))
    for d in (resumes_dir, expected_dir, profiles_dir):
        d.mkdir(parents=True, exist_ok=True)

    entries: list[Entry] = []
    for r in RESUMES:
        if r.format == "docx":
            write_docx(r, resumes_dir / r.filename)
        elif r.layout == "two_columns":
            write_pdf_two_columns(r, resumes_dir / r.filename)
        else:
            write_pdf_one_column(r, resumes_dir / r.filename)
        entries.append(Entry(r.filename, r.format, r.layout, r.purpose, resume_truth(r)))

    (resumes_dir / "notes.txt").write_text(NOTES_TXT, encoding="utf-8")
    entries.append(
        Entry(
            "notes.txt",
            "txt",
            "plain_text",
            "plain UTF-8 text resume that works (accented name, em dashes)",
            _truth(
                file="notes.txt",
                fmt="txt",
                layout="plain_text",
                name=NOTES_TXT.splitlines()[0],
                skills=_split(NOTES_SKILLS),
                positions=NOTES_POSITIONS,
            ),
        )
    )

    write_corrupt_pdf(resumes_dir / "corrupt.pdf")
    write_image_only_pdf(resumes_dir / "image_only.pdf")
    (resumes_dir / "empty.docx").write_bytes(b"")
    for file, fmt, layout, error, purpose in (
        (
            "corrupt.pdf",
            "pdf",
            "corrupt",
            "corrupt",
            "must fail cleanly: a PDF truncated inside its first content stream",
        ),
        ("image_only.pdf", "pdf", "image_only", "no_text", "must fail cleanly: a drawn 'scan' with no text layer"),
        ("empty.docx", "docx", "empty", "empty", "must fail cleanly: a 0-byte file"),
    ):
        entries.append(
            Entry(file, fmt, layout, purpose, _truth(file=file, fmt=fmt, layout=layout, name=None, error=error))
        )

    written = [resumes_dir / e.file for e in entries]
    for e in entries:
        path = expected_dir / f"{Path(e.file).stem}.json"
        path.write_text(json.dumps(e.truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    for name, text in PROFILES.items():
        (profiles_dir / name).write_text(text, encoding="utf-8")
        written.append(profiles_dir / name)
    (out / "README.md").write_text(readme(entries), encoding="utf-8")
    written.append(out / "README.md")
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=REPO / "data" / "samples",
        help="output folder (default: data/samples in the repository)",
    )
    args = parser.parse_args(argv)
    written = generate(args.out)
    print(f"wrote {len(written)} files under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
