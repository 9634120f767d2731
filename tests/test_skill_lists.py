"""Lists read whole and hyphenated words joined, in the splitter and through the extractor."""

from __future__ import annotations

import pytest

from screener.models import Line, Section
from screener.skill_lists import (
    family_items,
    hyphen_joins,
    labelled_list,
    line_wraps,
    list_items,
    matchable,
    vendor_items,
)
from screener.skills import SkillExtractor, _may_run_across
from screener.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def extractor() -> SkillExtractor:
    return SkillExtractor(load_taxonomy())


def found(extractor: SkillExtractor, lines: list[str], section: str = "other") -> list[str]:
    doc_lines = [Line(text) for text in lines]
    return [m.skill_id for m in extractor(doc_lines, (Section(section, "", 0, len(doc_lines)),))]


# (line, section kind, skills every item of the list must resolve to)
LISTS = [
    ("Languages: Go, Rust, C", "skills", ["go", "rust", "c"]),
    ("Languages: Go, Rust, C", "languages", ["go", "rust", "c"]),
    ("Stack: python, go, rust, c, sql", "summary", ["python", "go", "rust", "c", "sql"]),
    ("Python | go | c | Docker", "other", ["python", "go", "c", "docker"]),
    ("Excel, Word, PowerPoint, access", "other", ["excel", "word", "powerpoint", "access"]),
    ("• Go • Rust • C • R", "skills", ["go", "rust", "c", "r"]),
    # A technology label makes a list of two a list of technologies (issue 7).
    ("Programming: C, R", "other", ["c", "r"]),
    ("Frameworks: Spring, Flask", "projects", ["spring", "flask"]),
    ("• Tech stack: Go, Swift", "experience", ["go", "swift"]),
    # A backslash separates names as a slash does (issue 7).
    ("Build Tools: Bamboo\\Maven", "other", ["bamboo", "maven"]),
    ("CI: Jenkins\\Bamboo\\Gradle", "projects", ["jenkins", "bamboo", "gradle"]),
    # A run of two spaces or more ends an item, as a record's lost line break does (issue 7).
    ("LEGAL TOOLS  Concordance, Westlaw, PACER", "other", ["concordance", "westlaw"]),
    ("TOOLS I USE  Concordance, PACER, MS Office", "other", ["concordance"]),
]
# Lists that are not runs of technologies: nothing in them is a skill.
NOT_LISTS = [
    "Options (a), (b), (c) were discussed",
    "We go, they go, and c is fine",
    "Apples, pears, go, and c",
    "Hobbies: Go, chess, R",
    "Hobbies: bamboo\\chess\\go",
    "Hobbies:  chess  go  c  running",
]


class TestListItems:
    def test_items_of_a_labelled_list(self) -> None:
        """A label before a colon and each comma-separated item are items."""
        text = "Languages: Go, Rust, C"
        assert [text[a:b] for a, b in list_items(text)] == ["Languages", "Go", "Rust", "C"]

    @pytest.mark.parametrize(("text", "labelled"), [
        ("Programming: C, R", True), ("• Tech stack: Go, gRPC", True), ("Environment: Java, Spring", True),
        ("Hobbies: Go, chess", False), ("Built it in Go: fast and small", False), ("Go, Rust, C", False),
    ])
    def test_technology_labels(self, text: str, labelled: bool) -> None:
        """A line opening with a technology label and a colon is a labelled list; other labels are not."""
        assert labelled_list(text) is labelled

    def test_prose_is_not_a_list(self) -> None:
        """A sentence with one comma is not a list."""
        assert list_items("Built a service in Go, then moved on") == []

    @pytest.mark.parametrize(("text", "section", "expected"), LISTS)
    def test_every_item_resolves(self, extractor: SkillExtractor, text: str, section: str,
                                 expected: list[str]) -> None:
        """Every item of a list of technologies is its skill, ambiguous names and other casings included."""
        assert set(expected) <= set(found(extractor, [text], section))

    @pytest.mark.parametrize("text", NOT_LISTS)
    def test_lists_of_other_things(self, extractor: SkillExtractor, text: str) -> None:
        """Items of a list that names no other technology stay ordinary words."""
        assert found(extractor, [text], "summary") == []


class TestHyphenation:
    def test_join_found(self) -> None:
        """A word broken by a hyphen at a line's end is joined with the next line's first word."""
        joins = hyphen_joins(["Built ETL on Post-", "greSQL and Java"])
        assert [(j.line, j.forms) for j in joins] == [(0, ("PostgreSQL", "Post-greSQL"))]

    @pytest.mark.parametrize(("lines", "skill"), [
        (["Built ETL on Post-", "greSQL and Java"], "postgresql"),
        (["Front ends in Java-", "Script and CSS"], "javascript"),
        (["Designed SQL-", "databases for billing"], "sql"),
        (["Python-", "based tooling"], "python"),
    ])
    def test_hyphenated_skill_found(self, extractor: SkillExtractor, lines: list[str], skill: str) -> None:
        """A skill hyphenated across a line break is found once, on the first line."""
        mentions = [m for m in extractor([Line(t) for t in lines], (Section("experience", "", 0, 2),))
                    if m.skill_id == skill]
        assert [m.line for m in mentions] == [0]


# (text, items): bullets written as the escaped bytes of their UTF-8 separate a list's items.
ESCAPED_BULLETS = [
    (r"Java \xe2\x80\xa2 Shell \xe2\x80\xa2 OCaml", ["Java", "Shell", "OCaml"]),
    (r"\xef\x82\xa7 OpenGL \xef\x82\xa7 XForms \xef\x82\xa7 Motif", ["OpenGL", "XForms", "Motif"]),
    (r"Tools \xc2\xb7 Git \xc2\xb7 Make", ["Tools", "Git", "Make"]),
]
# (text): escaped bytes that are letters, not bullets, keep a word whole.
ESCAPED_LETTERS = [r"R\xc3\xa9seaux et Syst\xc3\xa8mes", r"Caf\xc3\xa9, Bar, Bistro"]


class TestEscapedBullets:
    @pytest.mark.parametrize(("text", "items"), ESCAPED_BULLETS)
    def test_escaped_bullet_separates(self, text: str, items: list[str]) -> None:
        """An escaped bullet reads as a bullet between spaces, the line's length kept, so its items are a list."""
        read = matchable(text)
        assert len(read) == len(text)
        assert [read[a:b] for a, b in list_items(read)] == items

    @pytest.mark.parametrize("text", ESCAPED_LETTERS)
    def test_escaped_letters_kept(self, text: str) -> None:
        """An escaped accented letter is left as written: "R\\xc3\\xa9seaux" yields no "R"."""
        assert matchable(text) == text

    def test_toolkit_in_an_escaped_bullet_list(self, extractor: SkillExtractor) -> None:
        """A toolkit that needs its own words is found as an item of such a list of technologies."""
        line = r"\xef\x82\xa7 Microsoft Foundation Class, OpenGL, XForms, Motif \xef\x82\xa7 Alias modelling"
        assert "motif" in {m.skill_id for m in extractor([Line(line)], (Section("skills", "", 0, 1),))}


class TestLostSpaces:
    @pytest.mark.parametrize(("text", "expected"), [
        ("WordÂ Excel", "Word  Excel"),
        ("andÂAccess", "and Access"),
        ("Tools:Â Jira", "Tools:  Jira"),
        ("CHÂTEAU wines", "CHÂTEAU wines"),
        ("plain\xa0space", "plain space"),
    ])
    def test_matchable(self, text: str, expected: str) -> None:
        """A lost no-break space ("Â" after a word, or "\xa0") reads as a space; a capital's "Â" stays, and
        the length never changes, so offsets still index the line."""
        assert matchable(text) == expected
        assert len(matchable(text)) == len(text)

    def test_skill_after_a_lost_space_found(self, extractor: SkillExtractor) -> None:
        """A skill glued to a lost space is found as written, and its offsets point at it in the line."""
        mentions = extractor([Line("Reports in WordÂand Excel")], (Section("experience", "", 0, 1),))
        assert [(m.skill_id, m.surface) for m in mentions if m.skill_id in {"word", "excel"}] == [
            ("word", "Word"), ("excel", "Excel")]


# (two lines of one section, skills found, skills never found)
WRAPPED = [
    (["Built reports on Microsoft SQL", "Server and SSIS packages"], ["sql-server", "ssis"], ["sql"]),
    (["Deployed services with Spring", "Boot and Kafka"], ["spring-boot", "kafka"], ["spring"]),
    (["Hosted on Amazon Web", "Services for three years"], ["aws"], []),
    (["Used Apache", "Spark Streaming for events"], ["spark", "spark-streaming"], []),
    (["Managed the SQL", "team for reporting"], ["sql"], ["sql-server"]),
    (["Wrote the reports in SQL.", "Server rooms were cooled"], ["sql"], ["sql-server"]),
]


class TestWrappedNames:
    def test_wraps_found(self) -> None:
        """Each break inside a section is read as a phrase; a break between sections is not."""
        wraps = line_wraps(["Reports from Microsoft SQL", "Server and SSIS", "Skills"], ["a", "a", "b"])
        assert [(w.line, w.text) for w in wraps] == [(0, "from Microsoft SQL Server and SSIS")]

    @pytest.mark.parametrize(("line", "tail"), [
        ("Reports built with  Microsoft SQL", "with  Microsoft SQL"),  # at most three words, spaces kept
        ("Reports from\u00a0Microsoft\tSQL", "from\u00a0Microsoft\tSQL"),
        ("Migrated (Microsoft SQL", "Microsoft SQL"),  # a word starts at its first letter
        ("Loaded data in MS-SQL", "SQL"),  # the last word holds no hyphen
        ("Wrote 12 Oracle", "Oracle"),
        ("SQL", "SQL"),
        ("Reports, 2019", None),  # a line ending in a number or a stop ended its phrase
        ("Reports in SQL.", None),
        (f"{'word ' * 400}Microsoft SQL", "word Microsoft SQL"),  # a whole resume on one line
    ])
    def test_a_lines_last_words(self, line: str, tail: str | None) -> None:
        """The tail read across a break is the line's last one to three words, found wherever the line's
        words are spaced and however long it is."""
        wraps = line_wraps([line, "Server and SSIS"], ["a", "a"])
        assert [w.tail for w in wraps] == ([] if tail is None else [tail])

    @pytest.mark.parametrize(("lines", "credited", "never"), WRAPPED)
    def test_name_across_a_line_break(self, extractor: SkillExtractor, lines: list[str], credited: list[str],
                                      never: list[str]) -> None:
        """A name the page wrapped is found whole, on its first line, and the shorter name it covers is
        not; a full stop ends the phrase."""
        mentions = extractor([Line(t) for t in lines], (Section("experience", "", 0, 2),))
        found = {m.skill_id for m in mentions}
        assert set(credited) <= found
        assert not found & set(never)
        assert all(m.line == 0 for m in mentions if m.rule == "wrapped")

    def test_every_name_of_several_words_may_run_across(self, extractor: SkillExtractor) -> None:
        """Every alias of several words, wrapped at any of its spaces and in any casing, passes the check that
        lets the extractor skip tokenizing a break no name runs across; a break between words that no name
        holds side by side ("SQL" / "team") is skipped."""
        missed = [
            (tail, head)
            for skill in load_taxonomy() for alias in skill.aliases
            for cut in (k for k, char in enumerate(alias.text) if char == " ")
            for tail, head in ((alias.text[:cut], alias.text[cut + 1:]),
                               (alias.text[:cut].upper(), alias.text[cut + 1:].title()))
            if not _may_run_across(extractor._joined_pairs, f"Built {tail}", f"{head} daily")
        ]
        assert missed == []
        assert not _may_run_across(extractor._joined_pairs, "Managed the SQL", "team for reporting")


# (line, skills the shared vendor name lets the run name, skills never found)
VENDOR_RUNS = [
    ("Proficiency with Microsoft Windows and Office applications", ["windows", "ms-office"], []),
    ("Adobe Photoshop, Illustrator and InDesign", ["photoshop", "illustrator", "indesign"], []),
    ("Google Docs and Sheets for reports", ["google-docs", "google-sheets"], []),
    ("Worked at Microsoft and Google for ten years", [], ["ms-office"]),
]


class TestSharedVendorNames:
    def test_items_read_with_the_vendor(self) -> None:
        """Each product after the first in a run is read with the vendor written before the run."""
        assert vendor_items("Adobe Photoshop, Illustrator and InDesign") == [
            (17, 28, "Adobe Illustrator"), (33, 41, "Adobe InDesign")]

    @pytest.mark.parametrize(("text", "credited", "never"), VENDOR_RUNS)
    def test_run_names_each_product(self, extractor: SkillExtractor, text: str, credited: list[str],
                                    never: list[str]) -> None:
        """"Microsoft Windows and Office" names Microsoft Office; a vendor named as an employer names nothing."""
        found = {m.skill_id for m in extractor([Line(text)], (Section("experience", "", 0, 1),))}
        assert set(credited) <= found
        assert not found & set(never)


class TestBracketedFamilies:
    @pytest.mark.parametrize(("text", "expected"), [
        ("Spring (Boot, Data JPA and Security)",
         [(8, 12, "Spring Boot"), (14, 22, "Spring Data JPA"), (27, 35, "Spring Security")]),
        ("AWS (EC2/S3)", [(5, 8, "AWS EC2"), (9, 11, "AWS S3")]),
        ("worked (remotely) on it", []),
    ])
    def test_members_read_with_the_family(self, text: str, expected: list[tuple[int, int, str]]) -> None:
        """Each capitalised member in the bracket is read with the family's name before it; a lower-case
        word before a bracket is no family."""
        assert family_items(text) == expected
