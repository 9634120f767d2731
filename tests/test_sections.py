"""Headings -> sections."""

from __future__ import annotations

from typing import Any

import pytest

from screener.models import Line
from screener.sections import fold_heading, heading_kind, section_of_lines, split_sections

KNOWN_HEADINGS = [
    # a long heading word missing one letter is still that heading
    ("PROFESSIONAL AFFLIATIONS AND MEMBERSHPS", "affiliations"),
    ("Profesional Experience", "experience"),
    ("Summary", "summary"),
    ("PROFESSIONAL SUMMARY", "summary"),
    ("Objective:", "summary"),
    ("Skills", "skills"),
    ("Technical Skills:", "skills"),
    # Portuguese and Italian headings
    ("Experiência Profissional", "experience"),
    ("FORMAÇÃO ACADÊMICA", "education"),
    ("Competências", "skills"),
    ("Esperienza lavorativa", "experience"),
    ("Istruzione e formazione", "education"),
    ("Competenze tecniche", "skills"),
    ("Lingue", "languages"),
    ("Dados pessoais", "contact"),
    # LinkedIn's profile PDF and page
    ("Top Skills", "skills"),
    ("Skills & Endorsements", "skills"),
    ("Honors-Awards", "awards"),
    ("CORE COMPETENCIES", "skills"),
    ("Skill Highlights", "skills"),
    ("Experience", "experience"),
    ("Work History", "experience"),
    ("EMPLOYMENT", "experience"),
    ("Professional Experience:", "experience"),
    ("Employment History", "experience"),
    ("Academic Career", "experience"),
    ("CURRENT POSITION", "experience"),
    ("Professional Traineeship", "experience"),
    ("EARLIER CAREER:", "experience"),
    # a record of jobs, and the highlights of one's experience, head the jobs too
    ("Employment Record", "experience"),
    ("WORK RECORD:", "experience"),
    ("Highlights of Professional Experience", "experience"),
    ("Education", "education"),
    ("Education & Training", "education"),
    ("education and training", "education"),
    ("Academic Profile:", "education"),
    ("EDUCATIONAL DETAILS", "education"),
    ("Projects", "projects"),
    ("Personal Projects", "projects"),
    ("Certifications", "certifications"),
    ("Licenses & Certifications", "certifications"),
    ("■ WORK EXPERIENCE", "experience"),
    ("S K I L L S", "skills"),
    ("1. Education", "education"),
    ("Professional Affiliations", "affiliations"),
    ("MEMBERSHIPS", "affiliations"),
    ("Military Experience", "experience"),
    ("MILITARY SERVICE", "experience"),
    ("CERTIFICATIONS/LICENSES", "certifications"),
    # Skills headings written other ways, and technology words joined (issue 7).
    ("PROGRAMMING", "skills"),
    ("Technical Knowledge", "skills"),
    ("Skills & Tools", "skills"),
    ("Languages and Technologies", "skills"),
    ("Frameworks & Libraries", "skills"),
    ("Technical Skills & Tools", "skills"),
    ("Languages", "languages"),
    # More skills headings, skills joined to what such a section lists beside them, and slashes as joins.
    ("Other Skills", "skills"),
    ("Computer Proficiencies", "skills"),
    ("DATABASES", "skills"),
    ("Skills & Qualifications", "skills"),
    ("Computer Skills and Certifications", "skills"),
    ("Skills/Tools", "skills"),
    ("Languages / Frameworks", "skills"),
    ("Certifications and Training", "certifications"),
    # two names of one section joined
    ("Career Experience/Job History", "experience"),
    # a field's experience
    ("Web Development Experience", "experience"),
    ("TEACHING EXPERIENCE", "experience"),
    # ... in the plural, and two fields' joined
    ("Teaching Experiences", "experience"),
    ("VISITING STUDENT AND RESEARCHER EXPERIENCES", "experience"),
    # a term of study abroad is study, whatever "experience" it is called
    ("Study Abroad Experience", "education"),
    # letters spaced apart by conversion (small capitals, tracking)
    ("P ROFESSIONAL E XPERIENCE", "experience"),
    ("E xp er ie nc e", "experience"),
    ("W O R K  H I S T O R Y", "experience"),
    ("P ROFE SSI ONAL D EVELOPMENT", "certifications"),
    # seats on boards and advisory panels, and headings joining only sections without jobs
    ("BOARD INVOLVEMENT AND PROFESSIONAL ASSOCIATIONS ADDENDUM", "affiliations"),
    ("Current Board Memberships:", "affiliations"),
    ("Advisory Boards", "affiliations"),
    ("ACTIVITIES / ORGANIZATIONS", "interests"),
    ("Honors and Activities", "awards"),
    ("Voluntary", "volunteering"),
    ("Patent Pending", "publications"),
    # a heading in capitals typed with a full stop, as a sentence
    ("EMPLOYMENT HISTORY.", "experience"),
    ("TEACHING EXPERIENCE.", "experience"),
]
NOT_HEADINGS = [
    "Python, Django, PostgreSQL",
    "Summary of Experience",
    "EDUCATION & PROJECT & EXPERIENCE",
    "User Experience",
    "Customer Experience",
    "Years of Experience",
    "Education and other Skills",
    "Skills and Interests",
    "Languages & Hobbies",
    "Skills & Awards",
    "Certifications/Hobbies",
    "Built a skills matrix for the team",
    "Senior Software Engineer",
    "Experience with large Django codebases and PostgreSQL tuning in production systems",
    # a board role's title line, a board certification, words that only join into a heading
    "Board Member",
    "Board Certified",
    "Advisory Services",
    "Pro file",
    "S ENIOR P ROJECT M ANAGER | C ONSTRUCTION E XECUTIVE",
    # ... but a short one is not read so, nor a word with a letter too many
    "Skils",
    "Experiencee",
    # ... and a heading's words closing a wrapped sentence in lower case, or trailing off, are no heading
    "work experience.",
    "EXPERIENCE...",
    "EDUCATION.",
]


class TestHeadingKind:
    @pytest.mark.parametrize(("text", "kind"), KNOWN_HEADINGS)
    def test_known_heading(self, text: str, kind: str) -> None:
        """A common heading variant, in any case, with or without a colon, maps to its kind."""
        assert heading_kind(text) == kind

    @pytest.mark.parametrize("text", NOT_HEADINGS)
    def test_not_heading(self, text: str) -> None:
        """Content lines are not taken for headings."""
        assert heading_kind(text) is None

    def test_fold(self) -> None:
        """Decoration and punctuation are folded away before lookup."""
        assert fold_heading("— Work  History: —") == "work history"


class TestSplitSections:
    def test_preamble_then_sections(self) -> None:
        """Lines before the first heading form a preamble; each heading opens a section."""
        lines = [Line("Ada Lovelace"), Line("SKILLS"), Line("Python"), Line("EXPERIENCE"), Line("Engineer")]
        sections = split_sections(lines)
        assert [(s.kind, s.start, s.end) for s in sections] == [
            ("preamble", 0, 1), ("skills", 2, 3), ("experience", 4, 5),
        ]

    def test_inline_heading_keeps_content(self) -> None:
        """A "Skills: Python, Go" line opens a skills section that includes the line itself."""
        lines = [Line("Summary"), Line("Backend developer"), Line("Skills: Python, Go")]
        sections = split_sections(lines)
        assert sections[-1].kind == "skills"
        assert sections[-1].start == 2

    @pytest.mark.parametrize(("text", "heading"), [
        ("Experience: 1 year", False),
        ("Experience: 2 years 3 months", False),
        ("Experience: 8 months", False),
        ("Experience: Backend developer at Acme", True),
    ])
    def test_duration_after_label_is_no_heading(self, text: str, heading: bool) -> None:
        """A label followed by a duration alone is a job's detail; followed by content, it opens a section."""
        lines = [Line("Work History"), Line("Position: Engineer"), Line(text), Line("Built a parser")]
        sections = split_sections(lines)
        assert any(s.heading_line == 2 for s in sections) is heading

    @pytest.mark.parametrize(("above", "word", "heading"), [
        ("Measured the weight, height and other vital signs of students before providing them", "training", False),
        ("Measured the weight, height and other vital signs of students before providing them.", "training", True),
        ("Built the pipeline", "training", True),
    ])
    def test_wrapped_tail_is_no_heading(self, above: str, word: str, heading: bool) -> None:
        """A lower-case heading word under a long line stopped mid-sentence ends that sentence; else it heads."""
        lines = [Line("EXPERIENCE"), Line("Teacher, Acme School | 2013 - 2014"), Line(above), Line(word),
                 Line("Planned the classes")]
        assert any(s.heading_line == 3 for s in split_sections(lines)) is heading

    def test_unknown_heading_styled_like_known_is_kept(self) -> None:
        """An unfamiliar heading in the same style as the known ones is kept as 'other'."""
        style = {"font_size": 13.0, "bold": True}
        lines = [
            Line("Jo Doe", font_size=22.0, bold=True),
            Line("EXPERIENCE", **style), Line("Built things"),
            Line("OPEN SOURCE", **style), Line("Maintainer of a parser"),
        ]
        sections = split_sections(lines)
        assert [(s.kind, s.heading) for s in sections][-1] == ("other", "OPEN SOURCE")

    def test_job_title_is_not_a_heading(self) -> None:
        """A bold job title inside experience does not end the section."""
        style = {"font_size": 13.0, "bold": True}
        lines = [Line("EXPERIENCE", **style), Line("SENIOR ENGINEER", **style), Line("Did work")]
        assert [s.kind for s in split_sections(lines)] == ["experience"]

    @pytest.mark.parametrize("word", ["Current", "Present", "To Date"])
    def test_present_word_is_not_a_heading(self, word: str) -> None:
        """A range's end on a line of its own ("January 2014" / "to" / "Current") does not open a section,
        even in the style of the document's headings."""
        style = {"font_size": 11.0}
        lines = [Line("Experience", **style), Line("January 2014", **style), Line("to", **style),
                 Line(word, **style), Line("Globex Inc Springfield Group Fitness Instructor", **style)]
        assert [s.kind for s in split_sections(lines)] == ["experience"]

    def test_items_under_a_heading_are_not_headings(self) -> None:
        """Short capitalised items right under a heading ("CERTIFICATIONS" / "ITIL" / "CITA") stay in its
        section, so a certification's dates there are never read as a job's."""
        lines = [Line("EXPERIENCE"), Line("Engineer, Acme | 2015 – 2019"), Line("CERTIFICATIONS"), Line("ISTQB"),
                 Line("ITIL"), Line("CITA"), Line("January 2016 to Present"), Line("Product Owner"), Line("AWARDS"),
                 Line("Employee of the Year")]
        assert [(s.kind, s.start, s.end) for s in split_sections(lines)] == [
            ("experience", 1, 2), ("certifications", 3, 8), ("awards", 9, 10),
        ]

    @pytest.mark.parametrize(("word", "style", "kinds"), [
        # a lower-case heading word in body text, where the headings are bold: a wrapped bullet's tail
        ("frameworks", {"font_size": 10.0}, ["experience", "education", "skills"]),
        # the same word styled as the headings is one
        ("frameworks", {"font_size": 13.0, "bold": True}, ["experience", "skills", "education", "skills"]),
        # a capitalised heading in body text is still a heading
        ("Frameworks", {"font_size": 10.0}, ["experience", "skills", "education", "skills"]),
    ])
    def test_a_wrapped_word_is_no_heading(self, word: str, style: dict[str, Any], kinds: list[str]) -> None:
        """A lone heading word in lower case, styled unlike the document's headings, continues the bullet
        above it, so the jobs under it stay in the experience section."""
        heading = {"font_size": 13.0, "bold": True}
        lines = [Line("Experience", **heading), Line("Engineer, Acme | 2012 – 2015", font_size=10.0),
                 Line("• Built a mail app on the mailcore2 library and INK", font_size=10.0), Line(word, **style),
                 Line("Lead Engineer, Globex | 2015 – 2016", font_size=10.0), Line("Education", **heading),
                 Line("BSc, Acme University", font_size=10.0), Line("Skills", **heading),
                 Line("Python", font_size=10.0)]
        assert [s.kind for s in split_sections(lines)] == kinds

    def test_section_of_lines(self) -> None:
        """Every line gets the kind of the section it is in, headings included."""
        lines = [Line("Jo"), Line("Skills"), Line("Python")]
        assert section_of_lines(split_sections(lines), 3) == ("preamble", "skills", "skills")
