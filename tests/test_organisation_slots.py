"""Organisations and projects named in a line's own words: employers' headers, users, customers, project names."""

from __future__ import annotations

import pytest

from screener.organisation_slots import (
    client_name,
    employer_after_role,
    employer_header_after,
    in_institution_name,
    named_as_partner,
    named_as_user,
    project_name_span,
)

# (line, word): the word is an employer followed by its city, state and dates.
EMPLOYER_HEADERS = [
    ("Acme, Austin, TX May 2019 - June 2021 Data Analyst", "Acme"),
    ("Initech, New York, NY 2010 2014 Senior Architect", "Initech"),
    ("Globex, San Luis Obispo, CA 03/2016 to present", "Globex"),
]
# (line, word): the same word followed by other things a resume writes after a name.
NOT_EMPLOYER_HEADERS = [
    ("Acme, Globex, Initech and more", "Acme"),
    ("Acme, Austin and the whole Texas team", "Acme"),
    ("Python, Django, Go 2019", "Python"),
]
# (line, word): the word is one of the organisations that use something, or the person's customers.
USERS = [
    ("The wiki is used daily by Acme, Dropbox, Globex and more.", "Dropbox"),
    ("A planner trusted by Asana and Initech", "Asana"),
    ("Wrote playbooks for VHA, Initech, NetApp, Globex accounts.", "NetApp"),
    ("Migrated Dropbox, Acme and Initech customers to the new billing", "Dropbox"),
]
# (line, word): the word is what the person used, beside the same words.
NOT_USERS = [
    ("Shared the files over Dropbox with the clients", "Dropbox"),
    ("Tracked the tasks in Asana and reported by email", "Asana"),
    ("Used by the team: Dropbox, Slack", "Slack"),
    ("Coded all payments to the GL accounts", "GL"),
]
# (line, word): the word is one of the organisations named as the employer's partners.
PARTNERS = [
    ("Promotional events in collaboration with our partner Salesforce (Dreamforce).", "Salesforce"),
    ("Partnered with Acme and Oracle on the product launch", "Oracle"),
    ("Grew revenue in partnership with Globex", "Globex"),
    ("Co-hosted the summit with our strategic partners Initech, Tableau and Acme", "Tableau"),
]
# (line, word): a product the person used, near the word partner.
NOT_PARTNERS = [
    ("Partnered with sales to roll out Salesforce", "Salesforce"),
    ("Our partner portal runs on Oracle", "Oracle"),
    ("Built partner dashboards in Tableau", "Tableau"),
]
# (line, word, name): the word is a word of the project's name opened by a label.
PROJECT_NAMES = [
    ("Project: Arrow Unity (Sales Work Bench)", "Unity", "Arrow Unity"),
    ("Project name - Go Green Portal | Client: Acme", "Go", "Go Green Portal"),
    ("Project Title: Spark Planner", "Spark", "Spark Planner"),
]
# (line, word): the word after a label is a name of one word, or not right after the label.
NOT_PROJECT_NAMES = [
    ("Project: Unity", "Unity"),
    ("Project: built the store in Unity", "Unity"),
    ("Projects delivered with Spark Streaming", "Spark"),
]

# (line, word): the word names where a role was held, after "working as <role> in|at".
EMPLOYERS_AFTER_ROLE = [
    ("Working as Configuration Engineer in Globex, Pune from July 2015 to date.", "Globex"),
    ("Worked as a Test Lead at Initech since 2019", "Initech"),
    ("Currently working as a QA Analyst at Acme, Leeds", "Acme"),
    ("Employed as Support Engineer with Umbrella from 03/2012", "Umbrella"),
]
# (line, word): the same words where the word is what the role used.
NOT_EMPLOYERS_AFTER_ROLE = [
    ("Working as a developer in Java, Spring and Hibernate", "Java"),
    ("Worked as Java developer in Python, Django", "Python"),
    ("Working as an analyst in Excel and Tableau from day one", "Tableau"),
    ("Configured Globex, Pune from July 2015", "Globex"),
]
# (line, word): the word is a word of an institution's name.
INSTITUTION_NAMES = [
    ("Postdoc in the Vision AI and Robotics Lab at Acme", "AI"),
    ("MBA, BI Nordic Business school, Oslo", "BI"),
    ("Research assistant at the MIT AI Lab", "AI"),
    ("Diploma of the Unity Games Academy", "Unity"),
]
# (line, word): the word beside such nouns, used.
NOT_INSTITUTION_NAMES = [
    ("Ran the weekly Python Lab sessions", "Python"),
    ("Built BI dashboards for the School of Nursing", "BI"),
    ("Taught Java to college students", "Java"),
    ("Excel, Word, PowerPoint; University of Leeds", "Excel"),
]

# (line, word): the word is in a client's name, after "Consulting at" or "Client:" (issue 7).
CLIENT_NAMES = [
    ("ACME GROUP, Consulting at Jersey Cow -- Drupal Developer, 2010", "Jersey"),
    ("Client: Spring Health, New York", "Spring"),
    ("Senior consultant at Oracle Bank for two years", "Oracle"),
]
# (line, word): the word after such a label's sentence, or with no label, is used.
NOT_CLIENT_NAMES = [
    ("Client: Acme. Built REST services with Jersey", "Jersey"),
    ("Built Jersey services for the client", "Jersey"),
    ("Consulting on Spring Boot migrations", "Spring"),
]


def _span(line: str, word: str) -> tuple[int, int]:
    start = line.index(word)
    return start, start + len(word)


class TestEmployerHeaderAfter:
    @pytest.mark.parametrize(("line", "word"), EMPLOYER_HEADERS)
    def test_header(self, line: str, word: str) -> None:
        """A name followed by a city, a two-letter state and a date is an employer's header."""
        assert employer_header_after(line, _span(line, word)[1])

    @pytest.mark.parametrize(("line", "word"), NOT_EMPLOYER_HEADERS)
    def test_not_header(self, line: str, word: str) -> None:
        """A list of names, a place without a state and a date, or a list of skills is no header."""
        assert not employer_header_after(line, _span(line, word)[1])


class TestNamedAsUser:
    @pytest.mark.parametrize(("line", "word"), USERS)
    def test_user(self, line: str, word: str) -> None:
        """An item of a list after "used by" or "trusted by", or before "accounts", "clients" or "customers",
        names an organisation."""
        assert named_as_user(line, *_span(line, word))

    @pytest.mark.parametrize(("line", "word"), NOT_USERS)
    def test_not_user(self, line: str, word: str) -> None:
        """A product the person used, in the same kind of sentence, is no user."""
        assert not named_as_user(line, *_span(line, word))


class TestNamedAsPartner:
    @pytest.mark.parametrize(("line", "word"), PARTNERS)
    def test_partner(self, line: str, word: str) -> None:
        """A name after "our partner", "partnered with" or "in partnership with", or in a list there, is a partner."""
        assert named_as_partner(line, _span(line, word)[0])

    @pytest.mark.parametrize(("line", "word"), NOT_PARTNERS)
    def test_not_partner(self, line: str, word: str) -> None:
        """A product named later in the sentence, or after "partner" used as an adjective, is no partner."""
        assert not named_as_partner(line, _span(line, word)[0])


class TestProjectNameSpan:
    @pytest.mark.parametrize(("line", "word", "name"), PROJECT_NAMES)
    def test_project_name(self, line: str, word: str, name: str) -> None:
        """The capitalised words right after a "Project:" label are the project's name, the word among them."""
        span = project_name_span(line, _span(line, word)[0])
        assert span is not None and line[span[0]:span[1]] == name

    @pytest.mark.parametrize(("line", "word"), NOT_PROJECT_NAMES)
    def test_not_project_name(self, line: str, word: str) -> None:
        """A one-word value, a sentence after the label, or no label is no project's name."""
        assert project_name_span(line, _span(line, word)[0]) is None


class TestEmployerAfterRole:
    @pytest.mark.parametrize(("line", "word"), EMPLOYERS_AFTER_ROLE)
    def test_employer(self, line: str, word: str) -> None:
        """A name after "working as <role> in|at" and before its tenure or its closing city is the employer."""
        assert employer_after_role(line, *_span(line, word))

    @pytest.mark.parametrize(("line", "word"), NOT_EMPLOYERS_AFTER_ROLE)
    def test_not_employer(self, line: str, word: str) -> None:
        """A tool the role used, or a name after no role, is not taken for the employer."""
        assert not employer_after_role(line, *_span(line, word))


class TestInInstitutionName:
    @pytest.mark.parametrize(("line", "word"), INSTITUTION_NAMES)
    def test_institution(self, line: str, word: str) -> None:
        """A capitalised word in a run of names that ends with "Lab", "School" or "Academy" is part of it."""
        assert in_institution_name(line, *_span(line, word))

    @pytest.mark.parametrize(("line", "word"), NOT_INSTITUTION_NAMES)
    def test_not_institution(self, line: str, word: str) -> None:
        """A skill word before a lower-case word or a comma, or a bare "Python Lab", is no institution's."""
        assert not in_institution_name(line, *_span(line, word))


class TestClientName:
    @pytest.mark.parametrize(("line", "word"), CLIENT_NAMES)
    def test_client(self, line: str, word: str) -> None:
        """A capitalised word right after "Consulting at", "Consultant at" or "Client:" is a word of the client's
        name."""
        assert client_name(line, _span(line, word)[0])

    @pytest.mark.parametrize(("line", "word"), NOT_CLIENT_NAMES)
    def test_not_client(self, line: str, word: str) -> None:
        """A name after the client's name has ended, with no label, or after "consulting on" is no client's."""
        assert not client_name(line, _span(line, word)[0])
