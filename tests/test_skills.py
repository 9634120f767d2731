"""The skill extractor: aliases, tokenisation, ambiguity rules, versions, fuzzy matching."""

from __future__ import annotations

import pytest

from screener.models import Line, Section
from screener.skills import SkillExtractor
from screener.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def extractor() -> SkillExtractor:
    return SkillExtractor(load_taxonomy())


def ids(extractor: SkillExtractor, text: str, section: str = "other") -> list[str]:
    return [m.skill_id for m in extractor.extract_text(text, section=section)]


class TestTokens:
    def test_tokens_keep_the_attributes_the_rules_read(self) -> None:
        """Every token, new words included, has its lower case and is_alpha as Python computes them:
        the vocabulary computes only those of spaCy's lexical attributes, and no fewer."""
        from screener.skills import _nlp

        doc = _nlp().make_doc("Zqxwv-Jklm shipped PYTHON3.11 (Golang) for Ünïcode résumés, 42 times")
        assert [t.lower_ for t in doc] == [t.text.lower() for t in doc]
        assert [t.is_alpha for t in doc] == [t.text.isalpha() for t in doc]
        assert any(t.is_alpha for t in doc) and any(not t.is_alpha for t in doc)

    def test_a_line_splits_alike_after_many_others(self) -> None:
        """A line tokenized after more new chunks than spaCy's default cache of 10,000 holds (a long batch)
        splits into the same tokens as the first time: remembered splits are the splits."""
        from screener.skills import _nlp

        line = "Shipped Python3.11/Django4 (Golang) APIs; CI/CD via GitHub-Actions, e.g. k8s."
        first = [(t.text, t.whitespace_) for t in _nlp().make_doc(line)]
        _nlp().make_doc(" ".join(f"w{k}x,{k}" for k in range(12_000)))
        assert [(t.text, t.whitespace_) for t in _nlp().make_doc(line)] == first
        assert [t.text for t in _nlp().make_doc(line)][:4] == ["Shipped", "Python", "3.11", "/"]


FOUND = [
    ("Built REST APIs with Django and PostgreSQL", ["django", "postgresql"]),
    ("Languages: C++, C#, Python", ["cpp", "csharp", "python"]),
    ("Deployed .NET services and Node.js workers", ["dotnet", "nodejs"]),
    ("Wrote Go microservices", ["go"]),
    ("Experience with Go and Python", ["go", "python"]),
    ("Postgres, Redis, Docker", ["postgresql", "redis", "docker"]),
    ("Kubernetes (k8s) on AWS", ["kubernetes", "aws"]),
    # A full stop after a name that ends with a digit and a capital is split off it.
    ("Measured throughput on 5G. Then tuned the LTE fallback", ["five-g", "lte"]),
    ("Ran the campaigns in Facebook Advertising", ["meta-ads-manager"]),
]
NOT_FOUND = [
    "We go the extra mile for customers",
    "Led the go-to-market plan",
    "I excel at communication",
    "Most clients came by word of mouth",
    "Poured coffee from a flask",
    "John R. Smith, C-level sponsor",
    "Won the spring 2019 hackathon",
    "Twisted ankle; developed software anyway",
    "Worked in a bottle factory as a developer",
    "Operated falcon drones with custom software",
    "Handled customer requests using the ticketing software",
    "Organized a black tie gala for software sponsors",
    "I go the extra mile for every customer",
]


class TestKeptTokens:
    @pytest.mark.parametrize("lines", [
        ["Skills", "Python, Go", "Skills"],
        ["", "Built APIs in Django", ""],
    ])
    def test_a_repeated_line_is_found_alike_each_time(self, extractor: SkillExtractor, lines: list[str]) -> None:
        """A line's tokens are kept and used again for the same text: a resume read twice, or a line
        repeated, gives the same mentions each time, and the same text the same tokens."""
        parsed = [extractor(tuple(Line(t) for t in lines), (Section("skills", "", 0, len(lines)),))
                  for _ in range(2)]
        assert parsed[0] == parsed[1]
        assert extractor._doc(lines[1]) is extractor._doc(lines[1])
        assert [t.text for t in extractor._doc(lines[1])] == [t.text for t in extractor._nlp.make_doc(lines[1])]

    def test_the_kept_tokens_are_let_go_when_full(self) -> None:
        """An extractor keeps at most _DOCS_KEPT lines' tokens: a long batch of new lines does not grow it."""
        from screener.skills import _DOCS_KEPT

        fresh = SkillExtractor(load_taxonomy(), fuzzy=False)
        for k in range(_DOCS_KEPT + 10):
            fresh._doc(f"line {k}")
        assert fresh._doc.cache_info().currsize <= _DOCS_KEPT


class TestExactMatching:
    @pytest.mark.parametrize(("text", "expected"), FOUND)
    def test_found(self, extractor: SkillExtractor, text: str, expected: list[str]) -> None:
        """Skills written in technical prose or lists are found, symbols and all."""
        assert set(expected) <= set(ids(extractor, text))

    @pytest.mark.parametrize("text", NOT_FOUND)
    def test_ordinary_words_are_not_skills(self, extractor: SkillExtractor, text: str) -> None:
        """Ambiguous words used in their ordinary sense are not skills."""
        assert ids(extractor, text) == []

    def test_skills_section_gives_context(self, extractor: SkillExtractor) -> None:
        """In a skills section an alias that needs context counts on its own."""
        assert ids(extractor, "Go", section="skills") == ["go"]
        assert ids(extractor, "Go") == []

    def test_own_context_only(self, extractor: SkillExtractor) -> None:
        """An alias with context: own counts only beside its skill's own words, even in a skills section."""
        assert "pdm" not in ids(extractor, "Mapper, MMX, PPS, and PDM", section="skills")
        assert "pdm" in ids(extractor, "pip, PDM, uv", section="skills")

    @pytest.mark.parametrize(("text", "found"), [
        ("Used Sonar for code quality gates", True),  # "code quality", a context word of two words
        ("Sonar static code analysis in the pipeline", True),
        ("Navy sonar operator; tracked contacts", False),
    ])
    def test_own_words_of_several_words(self, extractor: SkillExtractor, text: str, found: bool) -> None:
        """An alias with context: own counts beside one of its skill's context words of several words too."""
        assert ("sonarqube" in ids(extractor, text)) is found

    def test_longest_match_wins(self, extractor: SkillExtractor) -> None:
        """"Django REST framework" is one skill, not Django plus REST."""
        assert ids(extractor, "Django REST framework") == ["djangorestframework"]


class TestEvidence:
    def test_mention_fields(self, extractor: SkillExtractor) -> None:
        """A mention records surface, section, snippet, line and offsets into the joined text."""
        lines = [Line("Jo Doe"), Line("Skills"), Line("  Python 3.11,  Postgres  ")]
        sections = (Section("preamble", "", 0, 1), Section("skills", "Skills", 2, 3, heading_line=1))
        mentions = extractor(lines, sections)
        text = "\n".join(line.text for line in lines)
        assert [(m.skill_id, m.surface, m.section, m.line) for m in mentions] == [
            ("python", "Python", "skills", 2), ("postgresql", "Postgres", "skills", 2),
        ]
        assert all(text[m.start:m.end] == m.surface for m in mentions)
        assert mentions[0].snippet == "Python 3.11, Postgres"

    @pytest.mark.parametrize(("text", "version"), [
        ("Python 3.11", "3.11"), ("Django 4.x", "4.x"), ("PostgreSQL 14", "14"),
        ("Java 8", "8"), ("Python3.11", "3.11"), ("Python in 2019", None),
        ("Oracle 10g", "10g"), ("Oracle 21c.", "21c"), ("Java 8.", "8"), ("Spring 2nd", None),
    ])
    def test_versions(self, extractor: SkillExtractor, text: str, version: str | None) -> None:
        """A version written after a skill is recorded; a year is not a version."""
        mention = extractor.extract_text(text, section="skills")[0]
        assert mention.version == version


# Versions glued to a name (made-up lines): the name is the skill and the digits its version.
GLUED_VERSIONS = [
    ("Front end in Vue3 and TypeScript", "vue", "3"),
    ("HTML5/CSS3/Bootstrap4 for the pages", "bootstrap", "4"),
    ("Back end in Java8 with Maven", "java", "8"),
    ("Maintained PHP7 sites.", "php", "7"),
]
# Names written another way that are still their skill: names that hold their digits, matched whole, and the
# plural of a name of several words ending in a noun.
GLUED_KEPT = [
    ("Design in Adobe Creative Suites and Figma", ["adobe-creative-cloud"]),
    ("Managed 40 SQL Servers and the Windows Servers", ["sql-server", "windows-server"]),
    ("HTML5/CSS3/Bootstrap4 for the pages", ["html", "css"]),
    ("Python3, Win32, Log4j, Neo4j, DB2, EC2, S3 and K8s", ["python", "win32-api", "log4j", "neo4j", "db2", "ec2",
                                                           "s3", "kubernetes"]),
]


# Names with a dot written with a capital after it, which the tokenizer splits at the dot (made-up lines).
CAPITAL_AFTER_DOT = [
    ("Built the API with Node.JS", ["nodejs"]),
    ("Front end in Vue.JS", ["vue"]),
    ("Sites in Asp.Net and Ado.Net", ["aspnet", "ado-net"]),
    ("Charts in Three.JS", ["threejs"]),
    ("Chat over Socket.IO", ["socketio"]),
]


class TestCapitalAfterDot:
    @pytest.mark.parametrize(("text", "expected"), CAPITAL_AFTER_DOT)
    def test_name_with_a_capital_after_its_dot(self, extractor: SkillExtractor, text: str, expected: list[str]) -> None:
        """"Node.JS" is Node.js whatever the casing after the dot, and its ".JS" is no second skill (JavaScript)."""
        assert ids(extractor, text) == expected


class TestPlurals:
    def test_no_plural_of_one_word(self, extractor: SkillExtractor) -> None:
        """A name of one word takes no plural "s": "Dockers" (trousers) is no Docker."""
        assert ids(extractor, "Wore Dockers to the office party") == []


class TestGluedVersions:
    @pytest.mark.parametrize(("text", "skill", "version"), GLUED_VERSIONS)
    def test_version_glued_to_a_name(self, extractor: SkillExtractor, text: str, skill: str, version: str) -> None:
        """A version written without a space after a name of three letters or more ("Vue3") is that skill
        with its version, as "Vue 3" is."""
        mention = next(m for m in extractor.extract_text(text) if m.skill_id == skill)
        assert mention.version == version

    @pytest.mark.parametrize(("text", "expected"), GLUED_KEPT)
    def test_other_written_forms(self, extractor: SkillExtractor, text: str, expected: list[str]) -> None:
        """Aliases that contain digits ("HTML5", "Log4j", "EC2") are still found as written, and the plural of a
        name of several words ("SQL Servers") is the same product."""
        assert set(expected) <= set(ids(extractor, text))

    def test_digits_after_a_word_are_no_skill(self, extractor: SkillExtractor) -> None:
        """Digits glued to an ordinary word ("COVID19", "Top10") make no skill."""
        assert ids(extractor, "Led the COVID19 response and a Top10 list") == []


class TestFuzzy:
    @pytest.mark.parametrize(("text", "skill"), [
        ("Skills: Djnago, Python", "django"),
        ("Skills: Postgress, Python", "postgresql"),
        ("Skills: Kubernets, Docker", "kubernetes"),
    ])
    def test_misspellings(self, extractor: SkillExtractor, text: str, skill: str) -> None:
        """Misspelt long aliases in technical context are found by the fuzzy rule, confidence below 1."""
        mention = next(m for m in extractor.extract_text(text) if m.skill_id == skill)
        assert mention.rule == "fuzzy"
        assert 0.8 <= mention.confidence < 1.0

    def test_spacing_variant(self, extractor: SkillExtractor) -> None:
        """"Elastic Search" is Elasticsearch, exactly or by the fuzzy rule."""
        assert "elasticsearch" in ids(extractor, "Skills: Elastic Search, Python")

    @pytest.mark.parametrize(("text", "found"), [
        ("Skills: Elastic Search, Python", True),
        ("Skills: Elastic Serch, Python", False),  # one letter off across two words: no misspelling
        ("Skills: Kubernet, Docker", True),  # two letters short of a ten-letter alias
        ("Skills: Kuberntes, Docker", True),  # two letters swapped: one edit
    ])
    def test_edits_allowed(self, extractor: SkillExtractor, text: str, found: bool) -> None:
        """A single word may be one edit off an alias (two from ten letters); several words only spaced
        differently, each spelt right."""
        skill = "kubernetes" if "Kub" in text else "elasticsearch"
        assert (skill in ids(extractor, text)) is found

    @pytest.mark.parametrize(("text", "skill"), [
        ("Implemented a camera in UnrealEngine for the demo", "unreal-engine"),
        ("Debugged the services in VisualStudio daily", "visual-studio"),
        ("Reports ran on SqlServer overnight", "sql-server"),
    ])
    def test_camel_case_join_anywhere(self, extractor: SkillExtractor, text: str, skill: str) -> None:
        """A name of several words written as one in camel case is found on any line, with no other skill
        near: only the spacing differs from the alias."""
        assert ids(extractor, text) == [skill]

    @pytest.mark.parametrize(("text", "found"), [
        ("Territory Manager LexisNexis Successfully earned two trips", False),
        # On a line with another skill the misspelling pass reads it, and it is no misspelling either.
        ("Account Executive LexisNexis; ranked first of forty sellers in the whole region, every deal logged in "
         "Salesforce", False),
        ("Legal research on LexisNexis and Westlaw", True),
        ("Legal research on Lexis Nexis", True),
    ])
    def test_camel_case_alias_that_needs_context(self, extractor: SkillExtractor, text: str, found: bool) -> None:
        """A camel-case word that is itself an alias needing context ("LexisNexis") keeps needing it: it is no
        joining nor misspelling of the plain alias of several words ("lexis nexis")."""
        assert ("lexisnexis" in ids(extractor, text, "experience")) is found

    def test_camel_case_join_needs_the_capital(self, extractor: SkillExtractor) -> None:
        """Without the capital that marks where the words were joined, a run-together word in prose is
        left to the misspelling rule, which needs technical context."""
        assert ids(extractor, "Implemented a camera in unrealengine for the demo") == []

    def test_no_fuzzy_in_prose(self, extractor: SkillExtractor) -> None:
        """Without technical context no fuzzy match is tried."""
        assert ids(extractor, "He read about the djnago opera") == []

    def test_misspelling_found_again(self, extractor: SkillExtractor) -> None:
        """A misspelling met a second time (its closest alias remembered) is found the same, and a word
        that matched nothing still matches nothing."""
        text = "Skills: Djnago, Kubernets, Flaskk, Python"
        assert extractor.extract_text(text) == extractor.extract_text(text)
        assert {"django", "kubernetes"} <= set(ids(extractor, text))
        assert ids(extractor, "He read about the djnago opera") == []

    @pytest.mark.parametrize(("text", "skill"), [
        ("Skills: Airframe and Powerplant mechanic, PowerPoint decks", "powerpoint"),
        ("Skills: Powerplant licence, Excel", "powerpoint"),
    ])
    def test_compound_word_is_no_misspelling(self, extractor: SkillExtractor, text: str, skill: str) -> None:
        """Two English words run together ("Powerplant") are at most one edit off an alias: two edits
        from "PowerPoint" is a word of its own."""
        assert all(m.rule != "fuzzy" for m in extractor.extract_text(text) if m.skill_id == skill)

    def test_one_edit_off_a_compound_alias_still_counts(self, extractor: SkillExtractor) -> None:
        """A misspelling one edit off an alias stays one even when it splits into two words ("Salesfroce")."""
        assert "salesforce" in ids(extractor, "Skills: Salesfroce, Python")

    def test_fuzzy_can_be_turned_off(self) -> None:
        """With fuzzy matching off only exact aliases count."""
        plain = SkillExtractor(load_taxonomy(), fuzzy=False)
        assert ids(plain, "Skills: Djnago, Python") == ["python"]


class TestMentionContexts:
    @pytest.mark.parametrize(("text", "section", "skill", "context"), [
        ("Taught courses concerning the Python language", "experience", "python", "teaching"),
        ("Published a paper titled Docker security in web simulation tools", "experience", "docker", "publication"),
        ("Relevant coursework: Java, Databases", "education", "java", "coursework"),
        ("Master's thesis:\nScaling Kafka consumers", "experience", "kafka", "publication"),
        ("Built REST APIs in Python", "experience", "python", None),
    ])
    def test_extractor_marks_the_context(self, extractor: SkillExtractor, text: str, section: str, skill: str,
                                         context: str | None) -> None:
        """The extractor keeps a taught, published or studied skill as a mention marked with that context."""
        mentions = [m for m in extractor.extract_text(text, section=section) if m.skill_id == skill]
        assert [m.context for m in mentions] == [context]


# (lines, section, skill): context a careful reader sees beyond the alias's own words.
CONTEXT_FOUND = [
    (["C (Proficient)"], "other", "c"),
    (["Go (a little)"], "other", "go"),
    (["Go - 2 years"], "other", "go"),
    (["Excel experience preferred"], "summary", "excel"),
    (["Expert in Excel and teamwork"], "summary", "excel"),
    (["Day to day I am proficient in", "Go and teamwork"], "other", "go"),
    (["Languages: C, C++, Java"], "skills", "c"),
    (["C"], "skills", "c"),
    (["Statistics, R, regression"], "skills", "r"),
    (["Agile teams practising Scrum and XP"], "experience", "xp"),
    (["Automated code deployments by using Ant and Jenkins."], "experience", "jenkins"),
    (["Software used: Oracle 10g"], "experience", "oracle-database"),
    (["I create resume templates in", "LaTeX for everyone"], "other", "latex"),
    (["Operating system: Windows"], "other", "windows"),
    (["Databases: Oracle"], "experience", "oracle-database"),
    # A short bracketed aside after the name stands between it and its context word: "Go (Wails) backend".
    (["Built the shop end-to-end: Go (Wails) backend with many services"], "experience", "go"),
    # A neighbour's version is part of the neighbour: "AngularJS 1, and Ionic" are two names side by side.
    (["Front End Developer working with AngularJS 1, and Ionic for the apps"], "experience", "ionic"),
    # A system's name before "administration" or "administrator" (issue 7).
    (["Basic overview of Tableau administration."], "experience", "tableau"),
    (["Took over the Tableau administrator duties"], "experience", "tableau"),
    # LaTeX in its own casing needs no context (taxonomy 2026.12.13); EMR beside Spark stays Amazon EMR.
    (["LaTeX generated from the data and compiled in CI."], "experience", "latex"),
    (["Maintained EMR clusters for Spark"], "experience", "emr"),
    # Two big-data engines side by side lend each other their sense (taxonomy 2026.12.13).
    (["Ran ad-hoc queries with Spark, Presto daily"], "experience", "spark"),
]
# (lines, section, skill): the alias is not the skill there.
CONTEXT_NOT_FOUND = [
    (["Army, business strategy, C, Consultant, coaching"], "skills", "c"),
    (["Project management, data analysis, c, coaching, budgeting"], "other", "c"),
    (["Support for Windows (XP and 7), Linux and Mac desktops"], "experience", "xp"),
    (["Microsoft Office XP; Excel, PowerPoint"], "skills", "xp"),
    (["XP"], "skills", "xp"),
    (["Finished the course I was proficient in.", "Go team, said the coach"], "other", "go"),
    (["• Proficient in", "• Go team, said the coach"], "other", "go"),
    (["Photos: Spring in the park"], "other", "spring"),
    (["We go (as the whole team did) to the backend meetup"], "other", "go"),
    (["Used Django 4, then go home"], "other", "go"),
    # A framework is not administered, and a lower-case word is no product's name.
    (["Spring administration of the garden"], "experience", "spring"),
    (["the tableau administration of the play"], "experience", "tableau"),
    # Records and charts kept in an EMR are a clinic's (taxonomy 2026.12.13), and rubber is rubber in any casing.
    (["Maintained EMR records for patients"], "experience", "emr"),
    (["Maintained EMR charts daily"], "experience", "emr"),
    (["Latex gloves and LATEX balloons in stock"], "experience", "latex"),
    (["Sparked interest at the Presto cafe"], "experience", "spark"),
    # Two initialisms making up one item name one system ("DOS LPS"), not the first one's skill.
    (["Loan systems: FHA Connection, DOS LPS, Credco, Word, Excel"], "experience", "ms-dos"),
    (["Loan systems: FHA Connection, DOS LPS, Credco, Word, Excel"], "skills", "ms-dos"),
]


def line_ids(extractor: SkillExtractor, texts: list[str], section: str) -> list[str]:
    lines = [Line(text) for text in texts]
    return [m.skill_id for m in extractor(lines, (Section(section, "", 0, len(lines)),))]


class TestContextRules:
    @pytest.mark.parametrize(("texts", "section", "skill"), CONTEXT_FOUND)
    def test_context_found(self, extractor: SkillExtractor, texts: list[str], section: str, skill: str) -> None:
        """A level or span of use after the word, a cue on the line above, a list of languages or the running of
        a system is context."""
        assert skill in line_ids(extractor, texts, section)

    @pytest.mark.parametrize(("texts", "section", "skill"), CONTEXT_NOT_FOUND)
    def test_no_context(self, extractor: SkillExtractor, texts: list[str], section: str, skill: str) -> None:
        """A letter among soft skills or broad concepts, an edition of Windows, or a sentence that ended above
        is no context."""
        assert skill not in line_ids(extractor, texts, section)


# (lines, skill, line): a name credited with context on one line is the same skill on another.
ONE_SENSE = [
    (["Built the classroom app using Meteor and React", "Evaluated the learning platform with Meteor"],
     "meteor", 1),
    (["Set up Jenkins pipelines for every service", "Tuned the performance of Jenkins."], "jenkins", 1),
]
# (lines, skill, line): where the same word is a name of something else, or not a name at all.
NOT_ONE_SENSE = [
    (["Wrote PL/SQL against Oracle databases", "Transaction processor - Oracle India Private Limited"],
     "oracle-database", 1),
    (["Served Express routes in Node.js APIs", "Planned the I-95 Express Lanes"], "express", 1),
    (["Services in Go and Python", "We go the extra mile"], "go", 1),
    (["Tuned Oracle and PL/SQL batch jobs", "Working as Configuration Engineer in Oracle, Pune from July 2015"],
     "oracle-database", 1),
]


class TestOneSensePerResume:
    @pytest.mark.parametrize(("texts", "skill", "line"), ONE_SENSE)
    def test_same_name_same_skill(self, extractor: SkillExtractor, texts: list[str], skill: str, line: int) -> None:
        """A name the resume credits with context elsewhere is that skill where it stands bare in a sentence."""
        lines = [Line(text) for text in texts]
        mentions = extractor(lines, (Section("experience", "", 0, len(lines)),))
        assert (skill, line) in {(m.skill_id, m.line) for m in mentions}

    @pytest.mark.parametrize(("texts", "skill", "line"), NOT_ONE_SENSE)
    def test_other_names_stay_apart(self, extractor: SkillExtractor, texts: list[str], skill: str, line: int) -> None:
        """A part of an organisation's name or a lower-case word is not lent the sense credited elsewhere."""
        lines = [Line(text) for text in texts]
        mentions = extractor(lines, (Section("experience", "", 0, len(lines)),))
        assert (skill, line) not in {(m.skill_id, m.line) for m in mentions}


# (text, section, skill): a word of a name (an app, a product, an employer), not the skill it can stand for.
IN_A_NAME = [
    ("Developed the Acme Go Green Android App for a contest", "experience", "go"),
    ("Maintained the Northwind Spark Planner Tool for the sales floor", "experience", "spark"),
    ("Web Programmer Celery Solutions Inc., Springfield", "experience", "celery"),
    ("Built reports for Chef Technologies Ltd in Python", "experience", "chef"),
    ("Oracle 3 Years 1 Month • Software Tester", "other", "oracle-database"),
    ("Unity 3 Years • Sales Associate", "other", "unity"),
    ("Developed the Unity Champ role to coach new sales representatives", "experience", "unity"),
]
# (text, section, skill): the same shapes where the word is the skill.
NOT_IN_A_NAME = [
    ("Senior Go Developer on payment services", "experience", "go"),
    ("Configured Jenkins Pipelines for every service", "experience", "jenkins"),
    ("Experience with Cassandra HBase Acme Spark Flink Kafka Logstash", "other", "spark"),
    ("Lead Unity Engineer for mobile games", "experience", "unity"),
    ("Built the Unity Editor tools for the game team", "experience", "unity"),
    ("Oracle - 5 years, PL/SQL - 3 years", "skills", "oracle-database"),
    ("Go Green Android App, Kotlin, Java, Go, Swift", "skills", "go"),
    # Bullets run together on one line: the verb after the last one's full stop opens the next.
    ("Cut the build time in half., Updated Jenkins Infrastructure and CI pipelines", "experience", "jenkins"),
    ("Wrote the runbooks; Configuring Jenkins Agents and CI pipelines for each team", "experience", "jenkins"),
]
# (text, skill): a system named after the noun of the work done on it, or a verb of setting it up.
SYSTEM_WORK = [
    ("Installation, configuration and administration of Red Hat Enterprise 7 servers", "rhel"),
    ("Configuring NIS servers for central logins", "nis"),
    ("Maintenance of Windows laptops for the office", "windows"),
]
# (text, skill): a channel or platform named after "over" or "on" is the product.
AFTER_OVER_OR_ON = [
    ("We communicate over Slack every day", "slack"),
    ("Weekly planning calls held on Zoom with the whole group", "zoom"),
]


class TestNameSlotsInLines:
    @pytest.mark.parametrize(("text", "section", "skill"), IN_A_NAME)
    def test_word_of_a_name(self, extractor: SkillExtractor, text: str, section: str, skill: str) -> None:
        """A skill word between capitalised words of a name, before a company word, or before an employer's
        tenure and title is not credited as the skill."""
        assert skill not in ids(extractor, text, section)

    @pytest.mark.parametrize(("text", "section", "skill"), NOT_IN_A_NAME)
    def test_not_a_name(self, extractor: SkillExtractor, text: str, section: str, skill: str) -> None:
        """A title's technical word, a bullet's opening verb, a run of technologies or a skills section keeps
        the skill."""
        assert skill in ids(extractor, text, section)

    @pytest.mark.parametrize(("text", "skill"), SYSTEM_WORK)
    def test_work_on_a_system(self, extractor: SkillExtractor, text: str, skill: str) -> None:
        """Installing, configuring or administering a system written with a capital names the system, even
        an initialism that otherwise needs its own context words."""
        assert skill in ids(extractor, text, "experience")

    @pytest.mark.parametrize(("text", "skill"), AFTER_OVER_OR_ON)
    def test_channel_after_preposition(self, extractor: SkillExtractor, text: str, skill: str) -> None:
        """A business product written with a capital after "over" or "on" is the product."""
        assert skill in ids(extractor, text)


# (text, skill): a phrase that reuses a library's or a language's name for something ordinary.
ORDINARY_PHRASES = [
    ("Implemented Change Requests for the billing team", "requests"),
    ("Reviewed Pull Requests from the Python and HTTP teams", "requests"),
    ("Led the client work on Android Marshmallow with Python tooling", "marshmallow"),
    ("BASIC KNOWLEDGE OF ANDROID PROGRAMMING LANGUAGES", "basic-lang"),
    ("Reporting tools: Oracle Discoverer, SQL reports", "oracle-database"),
    ("Languages: VB Scripting, Java", "visual-basic"),
    ("Big data: Hadoop, Yarn architecture, MapReduce", "yarn"),
    ("The wireless access points report to an Access Controller on the LAN", "access"),
]


class TestOrdinaryPhrases:
    @pytest.mark.parametrize(("text", "skill"), ORDINARY_PHRASES)
    def test_phrase_is_not_the_skill(self, extractor: SkillExtractor, text: str, skill: str) -> None:
        """Change requests, an Android release, basic knowledge or another Oracle product are not the skill,
        even beside technical words."""
        assert skill not in ids(extractor, text)


# (text, skill): a name that needs its own words, as an item of a list whose neighbouring item is a technology.
LISTED_AMONG_TECHNOLOGIES = [
    ("Tools: Ant, Toad, Find Bug, PMD, Sonar", "pmd"),
    ("Editors: Perforce, Gecko, vi, gedit, gdb", "vi"),
    ("Warehouse tools: ODI, Hyperion Essbase, FDMEE", "oracle-data-integrator"),
    ("Stack (Elasticache, Cloud Search, RDS, Redis, S3)", "rds"),
]
# (text, skill): the same initialisms where the items around them are modules, versions, office products or teams.
NOT_LISTED_AMONG_TECHNOLOGIES = [
    ("Tested the Oracle Retail Applications (RMS, RPM, Allocation)", "rpm"),
    ("Operating Systems: Windows 7 / Vista / XP, Linux, Unix", "xp"),
    ("Outlook, PowerPoint, SharePoint, Word, PDM, pricing, processes", "pdm"),
    ("Teams: ODI, Finance, Sales", "oracle-data-integrator"),
]
# (lines, skill): a name that needs its own words, as an item of a list that names another technology of its own
# area, on its line or on the line above that the list runs on from (issue 7).
LISTED_WITH_ITS_AREA = [
    (("Environment: Git, TeamCity, Maven,", "Windows Server 2016, IIS 10, Octopus"), "octopus-deploy"),
    (("Jenkins 2.1, Maven 3.6, Windows Server 2016, IIS 10, Octopus",), "octopus-deploy"),
    (("Oracle 11g/12c, PL/SQL, SQL*Plus 12.2, Toad 12.1, OEM (for tuning)",), "oracle-enterprise-manager"),
    (("Oracle 11g, PL/SQL, SQL*Plus 12.2, Windows 10, OEM(For", "tuning)"), "oracle-enterprise-manager"),
]
# (lines, skill): the same names among technologies of other areas (office and collaboration tools), or after a line
# whose sentence has ended.
NOT_LISTED_WITH_ITS_AREA = [
    (("Tracked the work in Jira, Confluence and ODI.",), "oracle-data-integrator"),
    (("Windows 10, Excel 2016, Outlook 2016, Octopus",), "octopus-deploy"),
    (("Built pipelines with Git, TeamCity and Maven.", "Windows Server 2016, IIS 10, Octopus"), "octopus-deploy"),
    (("Office: Excel 2016, Word 2016, Access, OEM",), "oracle-enterprise-manager"),
]
# (text, skill): such a name in a run of technologies' names whose separators were lost, two others at least.
IN_BARE_RUNS = [
    ("Java Unix Quality Center Atlassian JIRA MTM", "microsoft-test-manager"),
    ("MTM Java Unix", "microsoft-test-manager"),
    ("Perl Python vi gdb", "vi"),
]
# (text, skill): the same names with one neighbour, after a comma, in a sentence or beside office products.
NOT_IN_BARE_RUNS = [
    ("Java JIRA, then MTM", "microsoft-test-manager"),
    ("Logged the MTM results daily", "microsoft-test-manager"),
    ("Java Unix, MTM", "microsoft-test-manager"),
    ("Word Excel PDM", "pdm"),
]
# (text, skill): a capitalised skill word in an employer's header, a list of users or customers, a project's name.
ORGANISATIONS = [
    ("ADP, Chicago, IL September 2010 - November 2010 Intern Analyst", "adp"),
    ("The tracker is used daily by Acme, Dropbox, Asana and more.", "dropbox"),
    ("The tracker is used daily by Acme, Dropbox, Asana and more.", "asana"),
    ("Wrote Ansible playbooks for Initech, NetApp, Globex accounts.", "netapp"),
    ("Project: Arrow Unity (Sales Work Bench)", "unity"),
    ("ACME GROUP, Consulting at Jersey Cow -- Drupal Developer; Technologies: Drupal, PHP, Java", "jersey"),
    # Users named as items of a list of technologies are still its users.
    ("Tools: Git, Jira, Python; the wiki is used daily by Acme, Dropbox, Asana and more", "dropbox"),
    ("Tools: Git, Jira, Python; the wiki is used daily by Acme, Dropbox, Asana and more", "asana"),
    # A partner organisation, even a product's vendor, is no product the person used.
    ("Ran a launch party in collaboration with our partner Salesforce (Dreamforce).", "salesforce"),
    ("Planned the booth in partnership with Oracle and Acme", "oracle-database"),
]
# (text, skill): an initialism spelt out in brackets after it as something else, or a name the taxonomy's own
# rules read as another product.
SPELT_OUT_AS_OTHER = [
    ("Deployed the board support package for the IPS(Integrated Paint System) robots", "ids-ips"),
    ("Ran the regressions through ATS framework with test scripts", "applicant-tracking-systems"),
    ("Maintained the recruitment progress report through RAG.", "rag"),
    ("Cisco feature CPT 9.7 testing on the ring", "cpt-coding"),
    ("The Wide-Area Application Services (WAAS) Express software optimises TCP", "express"),
    ("Integrated on-premise services using App Fabric Service Bus", "fabric"),
    ("Integration with SAP HANA Cloud Platform Integration", "sap-hana"),
    ("Head Waitress at a seafood restaurant", "waitress"),
    ("Payments platform: VB, SQL, XML, SWIFT, MQ", "swift"),
]
# (text, skill): the skill where its own words name it.
OWN_WORDS_NAME_IT = [
    ("Created Apex class, VF pages and workflows", "apex"),
    ("Good knowledge of cookbooks, Chef Kitchen and Berkshelf", "chef"),
    ("Led the Clarify database rollout for the region", "amdocs-clarify"),
    ("Built a CMS and Yardi portal of property availability for landlords", "yardi"),
    ("Posted course material on Blackboard each week", "blackboard-learn"),
    ("Apps: iOS, Xcode, SWIFT, UIKit", "swift"),
    # A list of tools and practices: the methods beside the name are as much technologies' names.
    ("Travis, TDD, BDD, Gulp, Grunt, Mocha", "travis-ci"),
    # A remote-access tool beside its peer.
    ("GoToMyPC/LogMeIn", "logmein"),
    # Oracle's middleware beside Oracle Data Integrator (taxonomy 2026.12.13); a cricket ODI stays a match.
    ("Fixed the nightly jobs running on SOA, MFT and ODI.", "oracle-data-integrator"),
]
# (text, skill): a name written split, with a space before its dot or between the words of its camel case.
SPLIT_NAMES = [
    ("My core languages have always been C#, VB .NET.", "vbnet"),
    ("Sites in ASP .NET for the clinic", "aspnet"),
    ("Editors: Visual Studio, Web Storm, Vim", "webstorm"),
    ("Decks in Power Point for the board", "powerpoint"),
]
# (text, skill): such splits that are ordinary words.
NOT_SPLIT_NAMES = [
    ("Covered a web storm of complaints", "webstorm"),
    ("Issued a Web storm warning to the readers", "webstorm"),
]


# (text, skill, not this skill): names of taxonomy 2026.12.11, each its own product, never the one its words name.
OWN_PRODUCT_NAMES = [
    ("Configured SAP R/3 modules for finance", "sap", "r"),
    ("Implemented R/3 FI and CO modules", "sap", "r"),
    ("ERP: SAP R3, ABAP", "sap", "r"),
    ("Led the Oracle Ebusiness Suite R12 upgrade", "oracle-ebs", "oracle-database"),
    ("Prototyped screens in Flash Catalyst and Illustrator", "adobe-flash-catalyst", "adobe-flash"),
    ("Drew charts with Quartz 2D on iOS", "quartz-2d", "quartz-scheduler"),
    ("Supported Exchange and Outlook Web Access for 300 users", "outlook-web-access", "access"),
    ("Supported Excel, Word and VPN Access for users", "excel", "access"),
    ("Office, Outlook, Web Access", "outlook", "access"),
    ("Backups with EMC Legato NetWorker and Veritas NetBackup", "networker", "dell-emc"),
    ("Excel, Word, Next 25% accounts", "excel", "nextjs"),
    ("Built the storefront in Next 13 with React and Vercel", "nextjs", "gatsby"),
]


# (line, a skill it names or None, a skill it does not name or None): everyday words of other trades, and
# products written by their short names (taxonomy 2026.12.12)
EVERYDAY_WORDS: list[tuple[str, str | None, str | None]] = [
    ("Developed Ionic and covalent bonding lesson plans", None, "ionic"),
    ("Taught covalent and ionic bonds to 10th graders", None, "ionic"),
    ("Built hybrid mobile apps in Ionic and Angular", "ionic", None),
    ("Assisted residents with ADLs and charting", None, "adls"),
    ("Loaded Parquet files into ADLS with Databricks", "adls", None),
    ("Game engines: Unity, Unreal", "unreal-engine", None),
    ("Designed the website in WordPress with Elementor", "elementor", None),
    ("Shipped orders via ShipStation and UPS", "shipstation", None),
    # taxonomy 2026.12.15: products of HR, contact-centre, legal and restaurant work; their everyday senses not
    ("Ran payroll and benefits in Rippling and Gusto", "rippling", None),
    ("The rippling effect of the new policy", None, "rippling"),
    ("Supervised 40 agents on Genesys and Five9 in the contact center", "genesys-cloud", None),
    ("Migrated the IVR from Avaya to Genesys Cloud", "genesys-cloud", None),
    ("Genesys of a new product line", None, "genesys-cloud"),
    ("Tracked cases in MyCase and Clio", "mycase", None),
    ("my case load grew to 40 clients", None, "mycase"),
    ("Scheduled shifts in 7shifts and HotSchedules", "7shifts", None),
]


class TestEverydayWords:
    @pytest.mark.parametrize(("text", "skill", "other"), EVERYDAY_WORDS)
    def test_everyday_word(self, extractor: SkillExtractor, text: str, skill: str | None, other: str | None) -> None:
        """Chemistry's ionic bonds are no Ionic and a nurse's ADLs (activities of daily living) no Azure Data Lake
        Storage, while Ionic beside Angular and ADLS beside Databricks are; Unreal in a list beside Unity is
        Unreal Engine; Elementor and ShipStation are products of their own."""
        found = ids(extractor, text)
        assert skill is None or skill in found
        assert other is None or other not in found


class TestOwnProductNames:
    @pytest.mark.parametrize(("text", "skill", "other"), OWN_PRODUCT_NAMES)
    def test_own_product(self, extractor: SkillExtractor, text: str, skill: str, other: str) -> None:
        """SAP's R/3, E-Business Suite spelt without its hyphen, Flash Catalyst, Quartz 2D and Outlook Web Access
        are those products, not the product a word of theirs names (EMC's NetWorker is no EMC storage); VPN access
        is no Microsoft Access and "Next 25%" no Next.js, while "Next 13" beside React is."""
        found = ids(extractor, text)
        assert skill in found
        assert other not in found


class TestBareRuns:
    @pytest.mark.parametrize(("text", "skill"), IN_BARE_RUNS)
    def test_in_bare_run(self, extractor: SkillExtractor, text: str, skill: str) -> None:
        """A name that needs its own words is the product in a space-separated run of two technologies or more."""
        assert skill in ids(extractor, text)

    @pytest.mark.parametrize(("text", "skill"), NOT_IN_BARE_RUNS)
    def test_not_in_bare_run(self, extractor: SkillExtractor, text: str, skill: str) -> None:
        """One neighbour, a comma, a sentence or office products lend such a name nothing."""
        assert skill not in ids(extractor, text)


class TestSplitNames:
    @pytest.mark.parametrize(("text", "skill"), SPLIT_NAMES)
    def test_split_name(self, extractor: SkillExtractor, text: str, skill: str) -> None:
        """"VB .NET" is VB.NET and "Web Storm" is WebStorm, not Visual Basic or Apache Storm."""
        found = ids(extractor, text)
        assert skill in found
        assert not {"visual-basic", "storm"} & set(found)

    @pytest.mark.parametrize(("text", "skill"), NOT_SPLIT_NAMES)
    def test_not_split_name(self, extractor: SkillExtractor, text: str, skill: str) -> None:
        """Words split from a camel-case name join into it only written with its own capitals."""
        assert skill not in ids(extractor, text)


class TestListsAndSlots:
    @pytest.mark.parametrize(("text", "skill"), LISTED_AMONG_TECHNOLOGIES)
    def test_listed_among_technologies(self, extractor: SkillExtractor, text: str, skill: str) -> None:
        """An initialism that needs its own words is the product when a list item beside it is a technology."""
        assert skill in ids(extractor, text)

    @pytest.mark.parametrize(("text", "skill"), NOT_LISTED_AMONG_TECHNOLOGIES)
    def test_not_listed_among_technologies(self, extractor: SkillExtractor, text: str, skill: str) -> None:
        """Modules of one product, versions of Windows, office products or team names lend an initialism no context."""
        assert skill not in ids(extractor, text)

    @pytest.mark.parametrize(("lines", "skill"), LISTED_WITH_ITS_AREA)
    def test_listed_with_its_area(self, extractor: SkillExtractor, lines: tuple[str, ...], skill: str) -> None:
        """A name that needs its own words is the product in a list, or a list run on from the line above, that
        names another technology of its area."""
        assert skill in line_ids(extractor, list(lines), "experience")

    @pytest.mark.parametrize(("lines", "skill"), NOT_LISTED_WITH_ITS_AREA)
    def test_not_listed_with_its_area(self, extractor: SkillExtractor, lines: tuple[str, ...], skill: str) -> None:
        """Technologies of other areas, or a line above whose sentence has ended, lend such a name nothing."""
        assert skill not in line_ids(extractor, list(lines), "experience")

    @pytest.mark.parametrize(("text", "skill"), ORGANISATIONS)
    def test_organisation(self, extractor: SkillExtractor, text: str, skill: str) -> None:
        """An employer's header, a user or customer of something, or a word of a project's name is not the skill."""
        assert skill not in ids(extractor, text)

    @pytest.mark.parametrize(("text", "skill"), SPELT_OUT_AS_OTHER)
    def test_something_else(self, extractor: SkillExtractor, text: str, skill: str) -> None:
        """A word spelt out, used or written as something else is not the skill."""
        assert skill not in ids(extractor, text)

    @pytest.mark.parametrize(("text", "skill"), OWN_WORDS_NAME_IT)
    def test_own_words(self, extractor: SkillExtractor, text: str, skill: str) -> None:
        """The skill's own words, or a product's name after "on", credit it."""
        assert skill in ids(extractor, text)


# The practice the occupation profiles' job ads ask for (issue 11), as made-up resume lines: (line, section, skill).
JOB_AD_PRACTICE = [
    ("Applied GD&T to every drawing of the gearbox housing", "experience", "gdt"),
    ("Geometric dimensioning and tolerancing per ASME Y14.5", "experience", "gdt"),
    ("GDT, tolerance stack-ups and CMM inspection", "experience", "gdt"),
    ("AutoCAD, SolidWorks, GD & T", "skills", "gdt"),
    ("Prospecting new clients by phone and at trade shows", "experience", "prospecting"),
    ("Sales prospecting and territory planning", "experience", "prospecting"),
    ("Prospecting", "skills", "prospecting"),
    ("Typography, layout and colour for print campaigns", "experience", "typography"),
    ("Adobe InDesign, typography, branding", "skills", "typography"),
    ("Prepared journal entries and accruals for the month-end close", "experience", "journal-entries"),
    ("Posted adjusting journal entries to the general ledger", "experience", "journal-entries"),
]
# The same words where they are not the practice.
NOT_JOB_AD_PRACTICE = [
    ("Led gold prospecting trips in the northern ranges", "experience", "prospecting"),
    ("Spent a summer prospecting in the desert", "experience", "prospecting"),
    ("Graded student journal entries every Friday", "experience", "journal-entries"),
    ("GDT team lead for the regional office", "experience", "gdt"),
]


class TestJobAdPractice:
    @pytest.mark.parametrize(("text", "section", "skill"), JOB_AD_PRACTICE)
    def test_found(self, extractor: SkillExtractor, text: str, section: str, skill: str) -> None:
        """GD&T, prospecting, typography and journal entries are found as resumes word them."""
        assert skill in ids(extractor, text, section)

    @pytest.mark.parametrize(("text", "section", "skill"), NOT_JOB_AD_PRACTICE)
    def test_not_found(self, extractor: SkillExtractor, text: str, section: str, skill: str) -> None:
        """Mineral prospecting, a student's journal and an initialism without its own words are not the practice."""
        assert skill not in ids(extractor, text, section)


# Names of several words split by a doubled space, as text exports leave them (made-up lines): still one name.
SPLIT_BY_SPACES = [
    ("Built services with Spring  Boot and Kafka", "spring-boot"),
    ("Reports from Microsoft  SQL  Server", "sql-server"),
    ("Pipelines in GitHub   Actions", "github-actions"),
]
# A gap wider than that, or a tab, is a column or a field: the words either side are no one name.
NOT_SPLIT_BY_SPACES = [
    ("Spring      Boot", "spring-boot"),
    ("Spring\tBoot", "spring-boot"),
]
# A family's name before a bracketed list names each member (made-up lines).
BRACKETED_FAMILIES = [
    ("Spring (Boot, MVC, Security, Data JPA)", ["spring-boot", "spring-mvc", "spring-security", "spring-data-jpa"]),
    ("Java back ends on Spring (Batch and Cloud)", ["spring-batch", "spring-cloud"]),
]
# A concept named with the system or language it is done in names that too: a Unix shell, the Linux command line,
# Java multithreading, SQL tuning.
SHELL_ON_A_SYSTEM = [
    ("Unix/Linux shell scripting", ["unix", "linux", "shell-scripting"]),
    ("Wrote Linux shell scripting for backups", ["linux", "shell-scripting"]),
    ("Automated jobs with UNIX shell scripts", ["unix", "shell-scripting"]),
    ("Daily work on the Linux command line", ["linux", "command-line"]),
    ("Wrote Java multithreading code", ["java"]),
    ("SQL tuning for the reporting database", ["sql"]),
    ("Linux hardening and patching", ["linux"]),
]


class TestSpacingAndFamilies:
    @pytest.mark.parametrize(("text", "skill"), SPLIT_BY_SPACES)
    def test_doubled_space_inside_a_name(self, extractor: SkillExtractor, text: str, skill: str) -> None:
        """A name of several words with two or three spaces between its words is still that name."""
        assert skill in ids(extractor, text, "experience")

    @pytest.mark.parametrize(("text", "skill"), NOT_SPLIT_BY_SPACES)
    def test_wide_gap_is_no_name(self, extractor: SkillExtractor, text: str, skill: str) -> None:
        """Words across a wide gap or a tab are not joined into one name."""
        assert skill not in ids(extractor, text, "experience")

    def test_doubled_space_keeps_offsets(self, extractor: SkillExtractor) -> None:
        """A name found across a doubled space covers the text as written, spaces and all."""
        [mention] = [m for m in extractor.extract_text("Used Spring  Boot daily") if m.skill_id == "spring-boot"]
        assert mention.surface == "Spring  Boot"

    @pytest.mark.parametrize(("text", "skills"), BRACKETED_FAMILIES)
    def test_bracketed_family(self, extractor: SkillExtractor, text: str, skills: list[str]) -> None:
        """"Spring (Boot, MVC)" names Spring Boot and Spring MVC, not a bare "MVC"."""
        found = ids(extractor, text, "skills")
        assert set(skills) <= set(found)
        assert "mvc" not in found

    @pytest.mark.parametrize(("text", "skills"), SHELL_ON_A_SYSTEM)
    def test_shell_on_a_system(self, extractor: SkillExtractor, text: str, skills: list[str]) -> None:
        """"Unix shell scripting" credits Unix beside shell scripting; "Java multithreading" credits Java."""
        assert set(skills) <= set(ids(extractor, text, "experience"))


# (section, text, skill the line names or None, skill it must not credit or None): lines of trades
# written from general knowledge for a probe table (a cook, a designer, PR, fitness), no labelled document.
TRADE_PROBES = [
    ("experience", "Developed a spring menu and costed recipes", None, "spring"),
    ("experience", "Planned the spring planting of the vegetable beds", None, "spring"),
    ("experience", "Built REST services with Spring and Hibernate", "spring", None),
    ("experience", "Designed flyers in Canva and Adobe Express", "canva", "express"),
    ("experience", "Built REST APIs with Express and Node.js", "express", None),
    ("experience", "Managed media lists in Cision and Meltwater", "cision", None),
    ("experience", "Managed media lists in Cision and Meltwater", "meltwater", None),
    ("experience", "Measured glacial meltwater runoff in the field", None, "meltwater"),
    ("experience", "Booked classes and memberships in Mindbody", "mindbody", None),
    ("experience", "Processed claims in Guidewire ClaimCenter", "guidewire-claimcenter", None),
    ("experience", "Configured PolicyCenter and BillingCenter with Gosu", "guidewire-policycenter", None),
    ("experience", "Configured PolicyCenter and BillingCenter with Gosu", "guidewire-billingcenter", None),
    ("experience", "Laid out garments in CLO 3D and Optitex", "clo-3d", None),
    ("experience", "Laid out garments in CLO 3D and Optitex", "optitex", None),
    ("experience", "Made markers in AccuMark", "gerber-accumark", None),
    ("experience", "Edited the shoot in Capture One and Lightroom", "capture-one", None),
    ("experience", "Helped capture one thousand photos of the event", None, "capture-one"),
    ("experience", "Ran the dialer in Five9 and logged calls in NICE inContact", "five9", None),
    ("experience", "Ran the dialer in Five9 and logged calls in NICE inContact", "nice-cxone", None),
    ("experience", "Scheduled the servers' shifts in HotSchedules", "hotschedules", None),
    ("experience", "Managed cases and billing in PracticePanther", "practicepanther", None),
]


class TestTradeProbes:
    @pytest.mark.parametrize(("section", "text", "skill", "other"), TRADE_PROBES)
    def test_trade_probe(
        self, extractor: SkillExtractor, section: str, text: str, skill: str | None, other: str | None
    ) -> None:
        """A cook's spring menu is no Spring Framework and Adobe Express no Express.js, while Spring beside
        Hibernate and Express beside Node.js still are; Cision, Meltwater (capitalised, beside media work) and
        Mindbody are products of their own, and glacial meltwater is water; so are Guidewire's ClaimCenter,
        PolicyCenter and BillingCenter, apparel's CLO 3D, Optitex and AccuMark, Capture One in its own casing,
        the contact centre's Five9 and NICE CXone (inContact), a restaurant's HotSchedules and a law firm's
        PracticePanther."""
        found = ids(extractor, text, section)
        assert skill is None or skill in found
        assert other is None or other not in found


# (section, text, skill the line names or None, skill it must not credit or None): lines with an ambiguous
# name in both senses, written from general knowledge for a probe table, no labelled document.
AMBIGUOUS_NAME_PROBES = [
    ("experience", "Spring boot camp instructor for fitness classes", None, "spring-boot"),
    ("experience", "Built REST services in Spring Boot and Kotlin", "spring-boot", None),
    ("experience", "Organised the end-of-year bash for 200 staff", None, "bash"),
    ("experience", "Automated backups with Bash scripts and cron", "bash", None),
    ("awards", "Consulted the Oracle of Delphi in a school play", None, "delphi"),
    ("awards", "Consulted the Oracle of Delphi in a school play", None, "oracle-database"),
    ("education", "Studied the Greek city of Delphi on a study tour", None, "delphi"),
    ("experience", "Maintained desktop apps in Delphi and Oracle PL/SQL", "delphi", None),
    ("interests", "Read Kafka and Camus in the book club", None, "kafka"),
    ("summary", "A fan of Franz Kafka's short stories", None, "kafka"),
    ("experience", "Streamed order events through Kafka into Spark", "kafka", None),
    ("experience", "Reviewed the literature on Kafka streaming for the data platform", "kafka", None),
    ("experience", "Volunteer at the zoo feeding the red pandas", None, "pandas"),
    ("experience", "Cleaned survey data with pandas and NumPy", "pandas", None),
    ("experience", "Planned a Gatsby-themed gala for 300 donors", None, "gatsby"),
    ("experience", "Built the marketing site in Gatsby and React", "gatsby", None),
    ("experience", "Mixologist at the Elixir bar, crafted seasonal cocktails", None, "elixir"),
    ("experience", "Wrote Elixir services on Phoenix and OTP", "elixir", None),
    ("experience", "Said in jest at the staff party, then apologised", None, "jest"),
    ("experience", "Unit tests in Jest and React Testing Library", "jest", None),
]


class TestAmbiguousNameProbes:
    @pytest.mark.parametrize(("section", "text", "skill", "other"), AMBIGUOUS_NAME_PROBES)
    def test_ambiguous_name_probe(
        self, extractor: SkillExtractor, section: str, text: str, skill: str | None, other: str | None
    ) -> None:
        """A fitness spring boot camp is no Spring Boot, an office bash no Bash, the Oracle or city of
        Delphi no Delphi nor Oracle Database, Franz Kafka no Kafka, a red panda no pandas, a Gatsby-themed
        gala no Gatsby, an Elixir bar no Elixir and a word said in jest no Jest, while each name beside its
        technical neighbours still is."""
        found = ids(extractor, text, section)
        assert skill is None or skill in found
        assert other is None or other not in found


SALES_PRACTICE_VERBS = [
    ("Prospected new clients through referrals and LinkedIn", "prospecting", None),
    ("Prospected for gold in the Yukon with the survey crew", None, "prospecting"),
    ("Upsold and cross-sold premium plans to existing accounts", "upselling", None),
    ("Cold-called 80 small businesses a day from a purchased list", "cold-calling", None),
    ("Forecasted sales by territory for the regional vice president", "sales-forecasting", None),
    ("Built the monthly sales forecast model for the region", "sales-forecasting", None),
    ("Read the weather forecasts to the crew each morning", None, "sales-forecasting"),
]


class TestSalesPracticeVerbs:
    @pytest.mark.parametrize(("text", "skill", "other"), SALES_PRACTICE_VERBS)
    def test_the_practice_written_as_a_verb(
        self, extractor: SkillExtractor, text: str, skill: str | None, other: str | None
    ) -> None:
        """A sales resume writes its practice as what the person did ('Prospected new clients', 'Upsold',
        'Cold-called', 'Forecasted sales'): each is the practice a sales profile asks for, while gold
        prospecting and a weather forecast are not."""
        found = ids(extractor, text, "experience")
        assert skill is None or skill in found
        assert other is None or other not in found


TRADE_PRODUCTS_AND_ROLES = [
    ("skills", "POS systems: Micros, Aloha, Toast, Square, Clover", "toast-pos", None),
    ("skills", "POS systems: Micros, Aloha, Toast, Square, Clover", "square-pos", None),
    ("skills", "POS systems: Micros, Aloha, Toast, Square, Clover", "clover-pos", None),
    ("experience", "Rang up orders on Toast and Square POS", "toast-pos", None),
    ("experience", "Served French Toast and avocado toast at brunch", None, "toast-pos"),
    ("experience", "Greeted guests in Times Square and took payments at the cash register", None, "square-pos"),
    ("experience", "Made a clover-shaped cake for St. Patrick's Day", None, "clover-pos"),
    ("skills", "Social media: Hootsuite, Buffer, Sprout Social", "buffer-app", None),
    ("experience", "Kept a Buffer of parts on hand to avoid line stoppages", None, "buffer-app"),
    ("skills", "HRIS: Workday, ADP, Kronos", "workday", None),
    ("skills", "WORKDAY, ADP", "workday", None),
    ("experience", "Cleaned the walk-in and the dish pit at the end of each workday", None, "workday"),
    ("experience", "Oracle PL/SQL Developer", "plsql", "plsql-developer"),
    ("experience", "Worked as a PL/SQL developer for the billing team", "plsql", "plsql-developer"),
    ("skills", "Tools: TOAD, SQL Developer, PL/SQL Developer, SQL*Plus", "plsql-developer", None),
    ("skills", "Static sites: Hugo, Jekyll, Gatsby", "hugo", None),
    ("experience", "Built the company site with Hugo and Netlify", "hugo", None),
    ("experience", "Reported to Hugo Martinez, head of sales", None, "hugo"),
    ("experience", "Wrote the team's docs in Jekyll on GitHub Pages", "jekyll", None),
    ("experience", "Read Dr. Jekyll and Mr. Hyde with the class", None, "jekyll"),
    ("experience", "Wrote component tests with Jest and Enzyme", "enzyme", None),
    ("experience", "Measured enzyme activity in liver samples", None, "enzyme"),
    ("skills", "Lab skills: PCR, ELISA, Enzyme assays, Western blot", None, "enzyme"),
]


class TestTradeProductsAndRoles:
    @pytest.mark.parametrize(("section", "text", "skill", "other"), TRADE_PRODUCTS_AND_ROLES)
    def test_the_product_beside_its_kind_and_the_word_elsewhere(
        self, extractor: SkillExtractor, section: str, text: str, skill: str | None, other: str | None
    ) -> None:
        """A product named by a plain word (Toast, Square, Clover, Buffer, Workday) counts beside
        its own kind of tool (a POS list, social media tools, an HRIS list) and not as the word
        (French toast, Times Square, a buffer of parts, each workday); 'PL/SQL developer' as a
        role is PL/SQL, not Allround's IDE, which counts in a list of database tools. Static site
        generators (Hugo, Jekyll) and Enzyme count beside their kind of tool, never a person named
        Hugo, Dr. Jekyll or a lab's enzyme."""
        found = ids(extractor, text, section)
        assert skill is None or skill in found
        assert other is None or other not in found


# (text, section, skill, found): fictional resume lines with names that are also ordinary words, people,
# places or businesses (amb15's probe table), in the skill's sense and in another one. A skill counts as
# found when it or a skill implying it is reported ("SAP FI" is SAP).
AMBIGUOUS_NAMES = [
    ("Wrote the billing service in Go with gRPC", "experience", "go", True),
    ("Ready to go live with the new store in May", "experience", "go", False),
    ("Go-live support for the ERP rollout", "experience", "go", False),
    ("Built data pipelines in R and Python", "experience", "r", True),
    ("Worked in the R&D department on packaging", "experience", "r", False),
    ("Statistical models in R (tidyverse, ggplot2)", "experience", "r", True),
    ("Embedded firmware in C for motor controllers", "experience", "c", True),
    ("Earned a grade of C in chemistry", "education", "c", False),
    ("REST APIs in Flask with SQLAlchemy", "experience", "flask", True),
    ("Rinsed each flask and beaker after titration", "experience", "flask", False),
    ("Automated server builds with Chef cookbooks", "experience", "chef", True),
    ("Head Chef at a busy bistro, 60 covers a night", "experience", "chef", False),
    ("Batch jobs on Spark and Hive over HDFS", "experience", "spark", True),
    ("Her ideas spark new projects every quarter", "summary", "spark", False),
    ("Built pivot tables and VLOOKUPs in Excel", "experience", "excel", True),
    ("I excel in fast-paced teams", "summary", "excel", False),
    ("Tuned Oracle 19c queries and PL/SQL packages", "experience", "oracle-database", True),
    ("Account Manager, Oracle Corporation, Austin", "experience", "oracle-database", False),
    ("Posted invoices in SAP FI and ran month-end close", "experience", "sap", True),
    ("Tracked leads and opportunities in Salesforce", "experience", "salesforce", True),
    ("Kept inventory records in Access databases", "experience", "access", True),
    ("Gave customers access to their accounts online", "experience", "access", False),
    ("Typed memos and letters in Word", "experience", "word", True),
    ("Spread the word about the charity drive", "experience", "word", False),
    ("Scheduled meetings in Outlook for the director", "experience", "outlook", True),
    ("Improved the sales outlook for the region", "experience", "outlook", False),
    ("Spring Boot services in Java 17", "experience", "java", True),
    ("Sold Java coffee beans at the farmers market", "experience", "java", False),
    ("Shipped iOS apps in Swift and SwiftUI", "experience", "swift", True),
    ("Processed SWIFT wire transfers for the bank", "experience", "swift", False),
    ("Rails apps in Ruby with PostgreSQL", "experience", "ruby", True),
    ("Set a ruby into a gold ring as a jeweller", "experience", "ruby", False),
    ("Wrote a CLI tool in Rust with Tokio", "experience", "rust", True),
    ("Removed rust from the hull with a grinder", "experience", "rust", False),
    ("Flutter apps in Dart for Android and iOS", "experience", "dart", True),
    ("Captain of the pub dart team", "other", "dart", False),
    ("Numerical simulations in Julia and Python", "experience", "julia", True),
    ("Reported to Julia Roberts, the store manager", "experience", "julia", False),
    ("Streaming jobs in Scala on Spark", "experience", "scala", True),
    ("Sang at La Scala in Milan", "other", "scala", False),
    ("ETL scripts in Pig and Hive on Hadoop", "experience", "pig", True),
    ("Raised pigs and chickens on the family farm", "experience", "pig", False),
    ("Queried Hive tables over HDFS", "experience", "hive", True),
    ("Kept a bee hive in the garden", "other", "hive", False),
    ("Event streams on Kafka with Avro schemas", "experience", "kafka", True),
    ("Wrote an essay on Kafka and Camus", "education", "kafka", False),
    ("Managed configuration with Puppet and Ansible", "experience", "puppet", True),
    ("Made a puppet for the children's show", "experience", "puppet", False),
    ("Ansible playbooks for 200 servers", "experience", "ansible", True),
    ("CI pipelines in Jenkins with Groovy", "experience", "jenkins", True),
    ("Reported to Mark Jenkins, the regional manager", "experience", "jenkins", False),
    ("Version control with Git and GitHub", "experience", "git", True),
    ("Responsive pages with Bootstrap and CSS", "experience", "bootstrap", True),
    ("Responsive pages with Bootstrap and CSS", "experience", "css", True),
    ("Bootstrap financing for a small startup", "experience", "bootstrap", False),
    ("Led the CSS team (Customer Support Services)", "experience", "css", False),
    ("Skills: Go, Rust, C, Python", "skills", "c", True),
    ("Skills: Go, Rust, C, Python", "skills", "go", True),
    ("Word, Excel, PowerPoint, Outlook", "skills", "word", True),
    ("Go-to person for shipping questions", "summary", "go", False),
    ("Chef de partie in a hotel kitchen", "experience", "chef", False),
    ("Spark plug replacement and engine tune-ups", "experience", "spark", False),
    ("Go developer, 4 years, Kubernetes operators", "summary", "go", True),
    ("Let go of two vendors to cut costs", "experience", "go", False),
    ("Programming: R, SAS, SQL", "skills", "r", True),
    ("R. Jenkins, Office Manager", "experience", "jenkins", False),
    ("Courses: C Programming, Data Structures", "education", "c", True),
    ("Vitamin C supplements sales to pharmacies", "experience", "c", False),
    ("Chef, Puppet, Terraform", "skills", "chef", True),
    ("Sous chef and pastry chef for ten years", "experience", "chef", False),
    ("Apache Spark, Kafka Streams, Flink", "skills", "spark", True),
    ("Advanced Excel (pivot tables, macros)", "skills", "excel", True),
    ("Strive to excel at every task", "summary", "excel", False),
    ("Oracle, MySQL, SQL Server", "skills", "oracle-database", True),
    ("Oracle Certified Professional, Java SE 11", "certifications", "java", True),
    ("SAP consultant at Acme (SAP MM, SAP SD)", "experience", "sap", True),
    ("Salesforce administrator, built flows and reports", "experience", "salesforce", True),
    ("MS Access, MS Word, MS Excel", "skills", "access", True),
    ("Wheelchair access and ramps for the store", "experience", "access", False),
    ("Microsoft Word and Excel for reports", "experience", "word", True),
    ("Kept my word to every client", "summary", "word", False),
    ("Outlook, Teams, SharePoint", "skills", "outlook", True),
    ("Java, Kotlin, Scala", "skills", "java", True),
    ("Swift, Objective-C, Xcode", "skills", "swift", True),
    ("Swift response to customer complaints", "summary", "swift", False),
    ("Ruby on Rails, Sidekiq", "skills", "ruby", True),
    ("Ruby Tuesday restaurant server, 2015-2017", "experience", "ruby", False),
    ("Rust, C++, WebAssembly", "skills", "rust", True),
    ("Dart, Flutter, Firebase", "skills", "dart", True),
    ("Julia, MATLAB, Python", "skills", "julia", True),
    ("Scala, Akka, Play Framework", "skills", "scala", True),
    ("Pig Latin scripts on Hadoop", "experience", "pig", True),
    ("Hive, Impala, Presto", "skills", "hive", True),
    ("Apache Kafka, RabbitMQ", "skills", "kafka", True),
    ("Puppet manifests for 300 nodes", "experience", "puppet", True),
    ("Ansible, Terraform, Packer", "skills", "ansible", True),
    ("Jenkins, GitLab CI, CircleCI", "skills", "jenkins", True),
    ("Git, SVN, Mercurial", "skills", "git", True),
    ("Git-flow branching and code reviews", "experience", "git", True),
    ("Bootstrap 4, jQuery, Sass", "skills", "bootstrap", True),
    ("HTML5, CSS3, JavaScript", "skills", "css", True),
    ("Styled the pages with CSS and Sass", "experience", "css", True),
    ("Used SQL to pull reports from Oracle", "experience", "oracle-database", True),
    ("Went to Oracle OpenWorld as a speaker", "other", "oracle-database", False),
    ("Helped the team go from idea to launch", "experience", "go", False),
    ("R programming and Shiny dashboards", "experience", "r", True),
    ("Plan C: hire contractors", "other", "c", False),
    ("Flask, FastAPI, Django", "skills", "flask", True),
    ("A hip flask as a retirement gift", "other", "flask", False),
    ("Spark SQL jobs for the finance mart", "experience", "spark", True),
    ("Excel VBA macros for the payroll team", "experience", "excel", True),
    ("Excel Staffing Agency, Denver, CO 2015-2018", "experience", "excel", False),
    ("Data entry in Excel", "experience", "excel", True),
    ("Entered orders in SAP", "experience", "sap", True),
    ("Kafka consumers in Go", "experience", "go", True),
    ("Go, Python", "other", "go", True),
    ("Word processing and filing", "skills", "word", False),
    ("Access control systems and badge readers", "experience", "access", False),
    ("Worked at Spark Networks as a sales associate", "experience", "spark", False),
    ("Hive Property Management, Leasing Agent", "experience", "hive", False),
    ("Puppet Theater volunteer on weekends", "other", "puppet", False),
    ("Jenkins & Co. Accountants, Bookkeeper", "experience", "jenkins", False),
    ("Ruby Slipper Cafe, Shift Lead", "experience", "ruby", False),
    ("Dart Container Corporation, Machine Operator", "experience", "dart", False),
    ("Swift Transportation, Truck Driver", "experience", "swift", False),
    ("Rust Belt Brewing, Brewer", "experience", "rust", False),
    ("Oracle Health, Registered Nurse", "experience", "oracle-database", False),
    ("Julia Child Foundation internship", "experience", "julia", False),
    ("Scala Dining, Server", "experience", "scala", False),
    ("Go Daddy support agent", "experience", "go", False),
    ("Chef Works uniforms distributor", "experience", "chef", False),
    ("Excel Physical Therapy, Front Desk", "experience", "excel", False),
    ("Access Bank, Customer Service Officer", "experience", "access", False),
    ("Bootstrap Ventures, Analyst", "experience", "bootstrap", False),
    ("Word of Life Church, Youth Leader", "experience", "word", False),
    ("Used Go and Rust for the backend", "experience", "rust", True),
    ("Developed Scala microservices", "experience", "scala", True),
    ("Ported the analytics from R to Julia", "experience", "julia", True),
    ("Configured Puppet agents on CentOS", "experience", "puppet", True),
    ("Wrote Hive queries for reporting", "experience", "hive", True),
    ("Maintained Kafka clusters", "experience", "kafka", True),
    ("Built Dart packages for the mobile team", "experience", "dart", True),
    ("Ruby scripts to automate the deploys", "experience", "ruby", True),
    ("Pig scripts for log parsing", "experience", "pig", True),
    ("Moved the batch jobs from Python to Go to cut memory use", "experience", "go", True),
    ("Was the go-to analyst for pricing questions", "experience", "go", False),
    ("Will go above and beyond for the client", "summary", "go", False),
    ("Fitted linear models and ran ANOVA in R", "experience", "r", True),
    ("Section R of the tax form", "experience", "r", False),
    ("Linux kernel drivers written in C and assembly", "experience", "c", True),
    ("Managed the C-suite calendar", "experience", "c", False),
    ("Type C and USB cables in stock", "experience", "c", False),
    ("Wrote Flask blueprints and Jinja templates", "experience", "flask", True),
    ("Chef recipes and Test Kitchen for the fleet", "experience", "chef", True),
    ("Worked as a pastry Chef in Paris", "experience", "chef", False),
    ("Tuned Spark executors for the nightly ETL", "experience", "spark", True),
    ("Ignited a spark of curiosity in students", "summary", "spark", False),
    ("Cleaned data in Excel and Power Query", "experience", "excel", True),
    ("Helped students excel in math", "experience", "excel", False),
    ("Oracle DBA: backups, RMAN, Data Guard", "experience", "oracle-database", True),
    ("Sold Oracle licences to public sector clients", "experience", "oracle-database", False),
    ("Salesforce Lightning components in Apex", "experience", "salesforce", True),
    ("Access 2016 forms and queries for the clinic", "experience", "access", True),
    ("Gained access to new markets in Asia", "experience", "access", False),
    ("Edited manuscripts in Word with track changes", "experience", "word", True),
    ("Word of mouth brought most clients", "summary", "word", False),
    ("Outlook rules and shared calendars", "experience", "outlook", True),
    ("A positive outlook on every challenge", "summary", "outlook", False),
    ("Java EE services on WebLogic", "experience", "java", True),
    ("Swift and Objective-C for the iOS app", "experience", "swift", True),
    ("Built Ruby gems for internal tooling", "experience", "ruby", True),
    ("Ported the parser to Rust for speed", "experience", "rust", True),
    ("Prevented rust on the bridge girders", "experience", "rust", False),
    ("Julia notebooks for the optimisation models", "experience", "julia", True),
    ("Akka actors in Scala", "experience", "scala", True),
    ("Apache Pig and Hive jobs", "experience", "pig", True),
    ("Apache Hive metastore on MySQL", "experience", "hive", True),
    ("Kafka Connect and ksqlDB pipelines", "experience", "kafka", True),
    ("Puppet modules for Nginx and Redis", "experience", "puppet", True),
    ("Hand puppet shows for the library", "experience", "puppet", False),
    ("Ansible roles for the Postgres cluster", "experience", "ansible", True),
    ("Jenkinsfile pipelines for every repo", "experience", "jenkins", True),
    ("Git branching and pull requests on GitHub", "experience", "git", True),
    ("Bootstrap grid and Sass variables", "experience", "bootstrap", True),
    ("Bootstrapped the company with savings", "experience", "bootstrap", False),
    ("CSS animations and flexbox layouts", "experience", "css", True),
    ("Dart and Flutter for the shop app", "experience", "dart", True),
    ("Threw darts at the office party", "other", "dart", False),
    ("Ran SAP HANA reports for the CFO", "experience", "sap-hana", True),
    # Fixed by amb15: an initialism spelt out after a word or two, a product after "in" before "for", Java
    # as coffee, a business's word after the name, and Gitflow, which is worked with Git.
    ("Led the CSS team (Customer Support Services) for two years", "experience", "css", False),
    ("Booked the board's travel and meetings in Outlook for the CEO", "experience", "outlook", True),
    ("Brewed Java coffee and espresso drinks", "experience", "java", False),
    ("Wrote LotusScript agents for Domino and Notes", "experience", "ibm-domino", True),
    ("Delivered pizzas for Domino's on weekends", "experience", "ibm-domino", False),
    # A list that writes its products' names with capitals: a lower-case English word in it is the word.
    ("Fundraising, marketing, market, access, Excel, PowerPoint", "skills", "access", False),
    ("Fundraising, marketing, Access, Excel, PowerPoint", "skills", "access", True),
    ("go, rust, c, python", "skills", "go", True),
    ("Teller at Oracle Bank, counted cash drawers", "experience", "oracle-database", False),
    # A business named like a technology, any alias: a shop's, practice's or bank's noun ends its name.
    ("Barista at Kafka Cafe, Springfield", "experience", "kafka", False),
    ("Barista at Java Junction Cafe", "experience", "java", False),
    ("Bartender at the Python Pub on weekends", "experience", "python", False),
    ("Built Kafka consumers for the bank's payments", "experience", "kafka", True),
    # Two languages' names as they are spelt, joined, lend each other context; two one-letter names do not.
    ("Programmed in C and Go", "experience", "go", True),
    ("Experience with Java, C and Go", "experience", "go", True),
    ("Worked in R and D on new snack flavours", "experience", "r", False),
    # Snowflake needs its data words; the Delphi method is a forecast; Shell beside fuel is the oil company.
    ("Sold snowflake ornaments during the holiday season", "experience", "snowflake", False),
    ("Loaded the warehouse tables into Snowflake with dbt", "experience", "snowflake", True),
    ("Presented the Delphi method to forecast demand", "experience", "delphi", False),
    ("Worked with Shell on fuel station refits", "experience", "shell-scripting", False),
    # context words that developers write beside these names
    ("Built CLIs in Go", "experience", "go", True),
    ("Scheme interpreter for a compilers course", "experience", "scheme", True),
    ("Ran Nomad job scheduling for the batch workloads", "experience", "nomad", True),
]


class TestAmbiguousNames:
    @pytest.mark.parametrize(("text", "section", "skill", "found"), AMBIGUOUS_NAMES)
    def test_the_sense_the_line_gives(
        self, extractor: SkillExtractor, text: str, section: str, skill: str, found: bool
    ) -> None:
        """A name that is also a word, a person, a place or a business is the skill only where the line
        uses it as the technology."""
        taxonomy = extractor.taxonomy
        reported = {m.skill_id for m in extractor.extract_text(text, section=section)}
        reported |= {implied for s in reported for implied in taxonomy.implied(s)}
        assert (skill in reported) is found


# (lines, skill, found): the same kind of names read with their section's heading (amb15's probe table):
# CEFR levels, board games, a go-getter and a bracketed aside are no languages; a list under "Languages" is.
AMBIGUOUS_NAMES_IN_SECTIONS = [
    (["Languages", "English (C2), German (B1)"], "c", False),
    (["Languages", "English: C1, Spanish: B2"], "c", False),
    (["Languages", "Go, Rust, C"], "c", True),
    (["Languages", "English - native, R - advanced"], "r", True),
    (["Skills", "Leadership, Word, Excel, Access"], "access", True),
    (["Skills", "Hard working, go getter, team player"], "go", False),
    (["Skills", "R, Python, SQL"], "r", True),
    (["Summary", "Data scientist fluent in R and Python"], "r", True),
    (["Experience", "Cook, Spark Kitchen, 2019"], "spark", False),
    (["Interests", "Chess, go (the board game), hiking"], "go", False),
    (["Interests", "Playing Go and chess"], "go", False),
    (["Skills", "Microsoft Office (Word, Excel, Outlook)"], "outlook", True),
    (["Certifications", "Oracle Certified Associate, Java SE 8 Programmer"], "java", True),
    (["Education", "B.Sc. Computer Science; courses: C, Java, Data Structures"], "c", True),
    (["Experience", "Store clerk: Access to the stockroom and cash office"], "access", False),
    (["Experience", "Prepared monthly reports for Mr. R. Gupta"], "r", False),
    (["Experience", "Wrote scripts in Ruby and Bash"], "ruby", True),
]


class TestAmbiguousNamesInSections:
    @pytest.mark.parametrize(("texts", "skill", "found"), AMBIGUOUS_NAMES_IN_SECTIONS)
    def test_the_sense_the_section_gives(
        self, extractor: SkillExtractor, texts: list[str], skill: str, found: bool
    ) -> None:
        """Under its heading a name is the skill where the section lists or uses it as the technology."""
        from screener.sections import split_sections

        lines = [Line(text) for text in texts]
        reported = {m.skill_id for m in extractor(lines, split_sections(lines))}
        reported |= {implied for s in reported for implied in extractor.taxonomy.implied(s)}
        assert (skill in reported) is found
