"""Job titles: seniority apart, abbreviations and variants read, matched against a profile's titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from docfactory import pdf_lines
from screener import load_profile, parse_resume, rank
from screener.titles import FULL, NONE, PARTIAL, looks_like_title, match_title, names_role, read_title, vocabulary_from


@pytest.mark.parametrize(("title", "wanted", "kind"), [
    ("Senior Python Developer", ["Python Developer"], FULL),
    ("Software Engineer, Backend", ["Backend Engineer"], FULL),
    ("Python/Django Developer", ["Python Developer"], FULL),
    ("Sr. HR Mgr", ["Human Resources Manager"], FULL),
    ("Python Programmer", ["Python Developer"], FULL),
    ("Sales Coordinator", ["Sales Representative"], PARTIAL),
    ("Java Developer", ["Python Developer"], PARTIAL),
    ("General Manager", ["Sales Manager"], NONE),
    ("Office Clerk", ["Accountant"], NONE),
    ("Lead", ["Python Developer"], NONE),
])
def test_match_kind(title: str, wanted: list[str], kind: str) -> None:
    """Every word of a profile title matches in full, the same occupation in part, a shared role word not at all."""
    assert match_title(title, wanted).kind == kind


@pytest.mark.parametrize(("title", "seniority"), [
    ("Senior Backend Engineer", ("senior",)),
    ("Sr Lead Engineer", ("senior", "lead")),
    ("Junior Designer", ("junior",)),
    ("Backend Engineer", ()),
])
def test_seniority_is_kept_apart(title: str, seniority: tuple[str, ...]) -> None:
    """Seniority words are reported, not part of what the job is."""
    read = read_title(title)
    assert read.seniority == seniority
    assert not read.words & {"senior", "sr", "lead", "junior"}


@pytest.mark.parametrize(("title", "wanted", "kind"), [
    ("Personnel Manager", ["HR Manager"], FULL),
    ("Recruiting Coordinator", ["Recruiter"], FULL),
    ("Salesperson", ["Sales Representative"], FULL),
    ("Telemarketer", ["Sales Representative"], FULL),  # a telephone sales representative
    ("Telesales Representative", ["Sales Representative"], FULL),
    ("Telemarketing Supervisor", ["Sales Representative"], PARTIAL),  # another role of the occupation
    ("Sales Clerk", ["Sales Associate"], FULL),  # retail's word for a sales associate
    ("Retail Associate", ["Sales Associate"], FULL),
    ("Account Representative", ["Sales Representative"], FULL),  # sells to accounts
    ("Stock Associate", ["Sales Associate"], NONE),  # an associate who does not sell
    ("Clerk", ["Sales Associate"], NONE),
    ("Full Charge Bookkeeping Clerk", ["Bookkeeper"], FULL),
    ("Graphics Designer", ["Graphic Designer"], FULL),
    ("Acctg Clerk", ["Accounting Clerk"], FULL),
    ("Sous Chef", ["Executive Chef"], PARTIAL),
    ("Outbound Sales", ["Sales Representative"], FULL),  # the occupation in no role is the job
    ("SALES", ["Sales Representative"], FULL),
    ("Inside B2B Sales", ["Sales Representative"], FULL),  # two words beside the occupation
    ("Strong Retail Customer Service Sales Background", ["Sales Representative"], PARTIAL),  # an area of work
    ("Human Resources", ["HR Generalist"], FULL),
    ("Sales Engineer", ["Sales Representative"], PARTIAL),  # another role of the occupation
    ("Healthcare", ["Sales Representative"], NONE),
    ("Line Cook", ["Chef"], NONE),
])
def test_occupation_vocabulary(title: str, wanted: list[str], kind: str) -> None:
    """HR, sales, accounting, design and kitchen titles are read as their job ads mean them; a cook is no chef."""
    assert match_title(title, wanted).kind == kind


@pytest.mark.parametrize(("title", "wanted", "kind"), [
    ("Online Marketing Specialist", ["Digital Marketing Specialist"], FULL),
    ("Internet Marketing Manager", ["Digital Marketing Manager"], FULL),
    ("Web Marketing Coordinator", ["Digital Marketing Coordinator"], FULL),
    ("E-Marketing Associate", ["Digital Marketing Associate"], FULL),
    ("Online Marketing Specialist", ["Digital Media Specialist"], PARTIAL),  # digital work, another occupation's
    ("Online Sales Manager", ["Digital Marketing Manager"], NONE),  # "online" alone is no digital marketing
    ("Internet Support Specialist", ["Digital Media Specialist"], NONE),
    ("Marketing Online Manager", ["Digital Marketing Manager"], PARTIAL),  # a phrase is its words in order
    ("Marketing Technology Manager", ["Digital Marketing Manager"], FULL),  # martech is digital marketing's
    ("VP, Data and Marketing Technology", ["Digital Marketing Manager"], FULL),  # a leader's word, as VP Sales
    ("MarTech Specialist", ["Digital Marketing Specialist"], FULL),
    ("Information Technology Manager", ["Digital Marketing Manager"], NONE),  # technology alone is no marketing
    ("Service Desk Analyst", ["Help Desk Analyst"], FULL),  # ITIL's name for the help desk
    ("Help Desk Specialist", ["Help Desk Technician"], FULL),  # one job under several role words
    ("Service Desk Agent", ["Help Desk Technician"], FULL),  # the longest run read first
    ("Technical Support Representative", ["Technical Support Specialist"], FULL),
    ("Desktop Support Analyst", ["Desktop Support Technician"], FULL),
    ("Customer Support Representative", ["Technical Support Specialist"], NONE),  # no technical support
    ("Technical Support Manager", ["Technical Support Specialist"], PARTIAL),  # a manager is another role
    ("Chief Information Officer", ["IT Director"], FULL),  # the head of information technology
    ("CIO", ["IT Manager"], FULL),
    ("Chief Information Officer", ["IT Specialist"], PARTIAL),  # a leader is not the specialist asked for
    ("Chief Financial Officer", ["IT Director"], NONE),
    ("HR Rep", ["HR Specialist"], FULL),  # abbreviations read in full before phrases
    ("Human Resources Representative III", ["Human Resources Specialist"], FULL),
    ("Sales Representative", ["HR Specialist"], NONE),
    ("Content Creator", ["Content Producer"], FULL),  # creates, so produces, content
    ("Videographer", ["Video Producer"], FULL),
    ("Video Production Specialist", ["Video Producer"], FULL),
    ("Production Manager", ["Video Producer"], NONE),  # a plant's production is no video's
    ("Content Writer", ["Content Producer"], NONE),  # a writer, no producer
    ("Multimedia Producer", ["Media Producer"], FULL),  # multimedia are media, several of them
    ("Senior Multimedia Specialist", ["Multimedia Specialist"], FULL),
    ("Multimedia Specialist", ["Digital Media Specialist"], PARTIAL),  # media, not digital media named
    ("Multimedia Producer", ["Video Producer"], PARTIAL),  # a producer of other media, in part
])
def test_phrases_are_read_as_their_words(title: str, wanted: list[str], kind: str) -> None:
    """Online, internet, web and e-marketing and marketing technology are digital marketing, as a run of words
    ("online" alone is not digital), and a help desk's or technical support's role words one job."""
    assert match_title(title, wanted).kind == kind


@pytest.mark.parametrize(("phrases", "title", "words"), [
    ({"help": "assist", "help desk": "service desk"}, "Help Desk Analyst", {"service", "desk", "analyst"}),
    ({"help desk": "help desk support"}, "Help Desk", {"help", "desk", "support"}),  # read once, not again
])
def test_phrases_longest_first_and_once(phrases: dict[str, str], title: str, words: set[str]) -> None:
    """The longest run is read first, and the words a phrase is read as are not read again."""
    assert read_title(title, vocabulary_from({"phrases": phrases})).words == words


@pytest.mark.parametrize(("title", "wanted", "kind"), [
    ("Human Resource Manager", ["Human Resources Manager"], FULL),  # the singular, as many write it
    ("Human Resource Generalist", ["HR Generalist"], FULL),
    ("Resource Manager", ["HR Manager"], NONE),  # a resource alone is no human resources
    ("AP Clerk", ["Accounts Payable Clerk"], FULL),
    ("A/P Clerk", ["Accounts Payable Clerk"], FULL),
    ("A/R Specialist", ["Accounts Receivable Specialist"], FULL),
    ("Accounts Payable Specialist", ["Accounts Payable Clerk"], FULL),  # one clerical job under two words
    ("Accounts Receivable Clerk", ["Accounts Receivable Specialist"], FULL),
    ("Accounts Payable Manager", ["Accounts Payable Clerk"], PARTIAL),  # a manager is another role
    ("Accounts Payable Clerk", ["Accounts Receivable Specialist"], NONE),
    ("Comptroller", ["Controller"], FULL),  # the older spelling
    ("Sales Supervisor", ["Sales Manager"], FULL),  # a first-line leader of the occupation
    ("Sales Lead", ["Sales Manager"], FULL),
    ("Sales Team Lead", ["Sales Manager"], FULL),
    ("HR Supervisor", ["HR Manager"], FULL),
    ("Sales Supervisor", ["Sales Representative"], PARTIAL),  # a leader is not the representative asked for
    ("Lead Sales Coordinator", ["Sales Manager"], PARTIAL),  # a coordinator, however senior, is no leader
    ("Production Supervisor", ["Sales Manager"], NONE),
    ("Digital Media Intern", ["Digital Media Specialist"], FULL),  # the occupation at a junior level
    ("Sales Trainee", ["Sales Representative"], FULL),
    ("Human Resources Intern", ["HR Generalist"], FULL),
    ("Digital Media Coordinator Intern", ["Digital Media Specialist"], PARTIAL),  # another role, at a level
    ("Head of Digital Media", ["Digital Media Specialist"], PARTIAL),  # a leader is no specialist
    ("Graphic Artist", ["Graphic Designer"], FULL),
    ("Production Artist", ["Designer"], FULL),
    ("Graphic Artist", ["Web Designer"], PARTIAL),  # a designer of another kind
    ("Martial Artist", ["Designer"], NONE),
    ("Talent Acquisition Manager", ["HR Manager"], FULL),  # human resources' recruiting function
    ("Talent Acquisition Coordinator", ["HR Coordinator"], FULL),
    ("People Operations Manager", ["Human Resources Manager"], FULL),  # HR's newer name
    ("Human Capital Manager", ["HR Manager"], FULL),
    ("Employee Relations Specialist", ["HR Specialist"], FULL),
    ("Compensation and Benefits Manager", ["HR Manager"], FULL),
    ("Talent Acquisition Specialist", ["Talent Acquisition Specialist"], FULL),
    ("Talent Acquisition Manager", ["Sales Manager"], NONE),
    ("People Manager", ["HR Manager"], NONE),  # a manager of people is no HR manager
    ("Public Relations Manager", ["HR Manager"], NONE),
    ("Computer Support Specialist", ["IT Support Specialist"], FULL),  # computer user support is IT support
    ("PC Technician", ["Computer Technician"], FULL),
    ("Desktop Technician", ["Desktop Support Technician"], FULL),
    ("Linux Administrator", ["Systems Administrator"], FULL),  # a systems administrator of Linux
    ("Information Systems Manager", ["IT Manager"], FULL),
    ("MIS Manager", ["IT Manager"], FULL),
    ("NOC Technician", ["Network Technician"], FULL),  # a network operations center's
    ("Geographic Information Systems Analyst", ["IT Analyst"], PARTIAL),  # mapping's systems, no IT title in full
    ("Database Administrator", ["Systems Administrator"], NONE),  # another occupation's administrator
    ("Computer Science Teacher", ["IT Support Specialist"], NONE),
    ("Sales Advisor", ["Sales Consultant"], FULL),  # retail's and car dealers' word for a sales consultant
    ("Sales Counsellor", ["Sales Consultant"], FULL),
    ("Sales Officer", ["Sales Executive"], FULL),
    ("SDR", ["Sales Representative"], FULL),  # a sales development representative
    ("Financial Advisor", ["Sales Consultant"], NONE),  # an advisor who does not sell
    ("Admissions Counselor", ["Sales Consultant"], NONE),
])
def test_probe_table_variants(title: str, wanted: list[str], kind: str) -> None:
    """Variants fictional probe resumes of HR, accounting and sales use are read as the profile titles they
    are: the singular 'Human Resource', AP/AR and their clerk's two role words, a supervisor or lead of the
    occupation as its manager, an intern or trainee of it as its own, a graphic artist as a designer, HR's
    functions (talent acquisition, employee relations) as HR, computer (PC) support and information systems
    as IT, a sales advisor or counselor as a sales consultant; a neighbouring job or another role stays apart."""
    assert match_title(title, wanted).kind == kind


@pytest.mark.parametrize(("title", "wanted", "kind"), [
    ("Director of Digital Media", ["Digital Media Manager"], FULL),
    ("Vice-President Digital Media", ["Digital Media Manager"], FULL),
    ("VP of Sales", ["Sales Manager"], FULL),
    ("Head of Sales", ["Sales Manager"], FULL),  # "head" standing for the role is a leader's word
    ("Sales Head", ["Sales Manager"], FULL),
    ("Head of Human Resources", ["HR Manager"], FULL),
    ("Head Sales Coordinator", ["Sales Manager"], PARTIAL),  # a coordinator, however senior, is no leader
    ("Head of Sales", ["Sales Representative"], PARTIAL),  # a leader is not the representative asked for
    ("Digital Media Director, Acme Studios", ["Digital Media Manager"], FULL),  # other words, as in a full match
    ("Sales Manager", ["Sales Director"], FULL),
    ("Assistant Director of Digital Media", ["Digital Media Manager"], PARTIAL),  # an assistant is no leader
    ("Digital Media Coordinator", ["Digital Media Manager"], PARTIAL),
    ("Director of Digital Media", ["Digital Media Specialist"], PARTIAL),  # a specialist is no leader's word
    ("Executive Director", ["Digital Media Manager"], NONE),
])
def test_a_leaders_word_heads_the_same_job(title: str, wanted: list[str], kind: str) -> None:
    """A Director, Vice President or Manager of an occupation holds the job a profile names with another of
    these words, in full; an assistant or coordinator of it, or a specialist's title, stays a partial match."""
    assert match_title(title, wanted).kind == kind


@pytest.mark.parametrize(("title", "wanted", "kind"), [
    ("Software Engineer", ["Engineer"], NONE),
    ("Senior Network Engineer", ["Engineer", "Mechanical Engineer"], NONE),
    ("Network Support Engineer", ["Project Engineer"], NONE),
    ("Systems Engineer", ["Engineer"], NONE),
    ("Sales Engineer", ["Engineer"], NONE),
    ("Software Engineering Manager", ["Engineering Manager"], NONE),
    ("Design Engineer", ["Designer"], NONE),
    ("Instructional Designer", ["Designer"], NONE),
    ("Manufacturing Engineer", ["Engineer"], FULL),
    ("Facilities Engineering Manager", ["Engineer"], FULL),
    ("Mechanical Design Engineer", ["Design Engineer"], FULL),
    ("Graphic Designer", ["Designer"], FULL),
    ("Software Engineer, Backend", ["Backend Engineer"], FULL),  # the profile title is of the family
    ("Senior Software Engineer", ["Backend Engineer"], PARTIAL),
    ("Network Engineer", ["Network Engineer"], FULL),
    ("Domain Controller Administrator", ["Controller"], NONE),  # a thing of IT, not a job of finance
    ("Air Traffic Controller", ["Accountant", "Controller"], NONE),
    ("Financial Controller", ["Controller"], FULL),
    ("Windows Server Administrator", ["Server"], NONE),
    ("SQL Server Developer", ["Server", "Cook"], NONE),
    ("Banquet Server", ["Server"], FULL),
    ("Device Driver Engineer", ["Driver"], NONE),
    ("Linux Kernel Driver Developer", ["Delivery Driver"], NONE),
    ("Truck Driver", ["Driver"], FULL),
])
def test_disciplines_make_another_occupation(title: str, wanted: list[str], kind: str) -> None:
    """A role word in another discipline (a software, network or sales engineer; a design engineer) is no
    match for a profile title naming none of its disciplines; one naming a discipline matches the family."""
    assert match_title(title, wanted).kind == kind


@pytest.mark.parametrize(("title", "wanted", "kind"), [
    ("Assistant Store Manager of Operations and Human Resources", ["HR Manager"], PARTIAL),
    ("Professor of Accounting", ["Accountant"], PARTIAL),
    ("Teacher of Graphic Design", ["Graphic Designer"], PARTIAL),
    ("Director of Human Resources", ["HR Manager", "HR Director"], FULL),
    ("Manager of Human Resources", ["HR Manager"], FULL),
    ("Vice President of Sales", ["Sales Director", "Sales Representative"], FULL),  # a leader's word, as a director's
    ("Sales Manager for the Northeast", ["Sales Manager"], FULL),  # the occupation is in the head
])
def test_a_titles_head_is_the_job(title: str, wanted: list[str], kind: str) -> None:
    """Before "of" or "for" a title names its job: another job's head there makes the profile's
    occupation named after it only a part of the job; generic role words or the occupation itself do not."""
    assert match_title(title, wanted).kind == kind


@pytest.mark.parametrize(("text", "is_title"), [
    ("Senior HR Generalist", True),
    ("OUTBOUND SALES", True),
    ("Executive Chef", True),
    ("Jane Q. Example", False),
    ("Springfield, Illinois", False),
    # Role words the position reader's list lacks, and roles named only once read (issue 11 probe tables).
    ("CONTROLLER", True),
    ("Financial Controller", True),
    ("Comptroller", True),
    ("Tax Preparer", True),
    ("Content Creator", True),
    ("CPA", True),
    # IT's support named without a role word, as "Outbound Sales" names sales.
    ("IT Support", True),
    ("Help Desk", True),
    ("Desktop Support", True),
    # Names holding a short form of a role word stay names.
    ("Dev Patel", False),
    ("Lisa Eng", False),
])
def test_looks_like_title(text: str, is_title: bool) -> None:
    """A line naming a role or an occupation reads as a title; a name or a place does not."""
    assert looks_like_title(text) is is_title


@pytest.mark.parametrize(("title", "role"), [
    ("Sales Coordinator", True),
    ("Sales Engineer", True),
    ("HR Generalist", True),
    ("Outbound Sales", False),
    ("Human Resources", False),
    ("Financial Controller", True),
    ("Content Creator", True),
    ("Help Desk", False),
])
def test_names_role(title: str, role: bool) -> None:
    """A title with a job-title or generic role word names a role; an occupation alone names none."""
    assert names_role(title) is role


@pytest.mark.parametrize(("title", "wanted", "kind"), [
    ("Regional Sales Manager", ["Sales Manager"], FULL),
    ("District Sales Manager", ["Regional Sales Manager"], FULL),
    ("Area Sales Manager", ["Sales Manager"], FULL),
    ("Regional Operations Manager", ["Regional Sales Manager"], NONE),
    ("Regional Manager", ["Regional Sales Manager"], NONE),
    ("District Manager", ["Territory Manager"], NONE),
    ("Regional Director", ["Sales Director"], NONE),
    ("Regional HR Manager", ["Regional Sales Manager"], NONE),
    ("Territory Manager", ["Territory Manager"], FULL),  # a scope word and a role word: a title of its own
    ("National Account Manager", ["Account Manager"], FULL),
])
def test_scope_words_say_where_not_what(title: str, wanted: list[str], kind: str) -> None:
    """A scope word (Regional, District, Area) is no part of what the job is: it neither makes a match (a
    Regional Operations Manager is no Regional Sales Manager) nor stops one (an Area Sales Manager is one)."""
    assert match_title(title, wanted).kind == kind


@pytest.mark.parametrize(("title", "wanted", "kind"), [
    ("Mechanical Engineer", ["Network Engineer"], NONE),
    ("Electrical Engineer", ["Systems Engineer"], NONE),
    ("Senior Software Engineer", ["Network Engineer"], PARTIAL),
    ("Engineer", ["Network Engineer"], PARTIAL),
    ("Network Support Engineer", ["Network Engineer"], FULL),
])
def test_a_discipline_family_is_no_partial_for_another_discipline(title: str, wanted: list[str], kind: str) -> None:
    """A profile title of a role's discipline family (a network engineer) matches a title of that family in
    part, but no engineer who names a discipline outside it (mechanical, electrical)."""
    assert match_title(title, wanted).kind == kind


@pytest.mark.parametrize("title", ["Tutor", "Employee", "Barista", "Content Producer", "Graphic Artist", "Animator"])
@pytest.mark.parametrize("layout", ["title-employer-dates-lines", "one-line"])
def test_common_titles_are_read_as_position_titles(tmp_path: Path, title: str, layout: str) -> None:
    """A job titled with a common word (Tutor, Employee, Graphic Artist) is read with its title, not as an
    untitled job or as its employer, so a profile naming that title finds it."""
    job = ([title, "Example Learning Centre, Springfield", "January 2019 - December 2023"] if layout.startswith("title")
           else [f"{title}, Example Learning Centre, 2019 - 2023"])
    lines = ["Robin Sample", "robin@example.com", "Experience", *job, "Helped pupils with algebra",
             "Education", "BA, Example University, 2018"]
    person = parse_resume(pdf_lines(tmp_path / "resume.pdf", [lines]))
    assert [(p.title, p.employer) for p in person.positions] == [(title, "Example Learning Centre")]
    entry = rank([person], load_profile({"title": title, "must_have": ["Python"]}))[0]
    assert entry.lines[-1].found == "yes"



@pytest.mark.parametrize(("title", "titles", "passes"), [
    ("Telesales Representative", ["Sales Representative"], True),
    ("Retail Associate", ["Sales Associate"], True),
    ("Online Marketing Specialist", ["Digital Marketing Specialist"], True),
    ("Service Desk Analyst", ["Help Desk Analyst"], True),
    ("Chief Information Officer", ["IT Director"], True),
    ("Human Resource Manager", ["HR Manager"], True),
    ("A/P Clerk", ["Accounts Payable Clerk"], True),
    ("Sales Supervisor", ["Sales Manager"], True),
    ("Digital Media Intern", ["Digital Media Specialist"], True),  # the occupation at a junior level
    ("Talent Acquisition Manager", ["HR Manager"], True),
    ("PC Technician", ["Computer Technician"], True),
    ("Sales Advisor", ["Sales Consultant"], True),
    ("Stock Associate", ["Sales Associate"], False),  # no variant: ranked by score, below
    ("Digital Media Coordinator", ["Digital Media Specialist"], False),  # another role: in part only
])
def test_a_variant_title_passes_the_title_gate(tmp_path: Path, title: str, titles: list[str], passes: bool) -> None:
    """A resume whose current job holds a variant of a profile's title passes a must-haves-or-title gate and
    ranks above a resume that scores more on a nice-to-have but meets no must-have and holds no such title."""
    def resume(name: str, job: str, duty: str) -> list[str]:
        return [name, f"{name.split()[0].lower()}@example.com", "Experience", job,
                "Example Learning Centre, Springfield", "January 2019 - December 2023", duty,
                "Education", "BA, Example University, 2018"]
    variant = parse_resume(pdf_lines(tmp_path / "variant.pdf", [resume("Robin Sample", title, "Served customers")]))
    other = parse_resume(pdf_lines(tmp_path / "other.pdf", [resume("Kim Example", "Gardener", "Used Docker daily")]))
    profile = load_profile({"titles": titles, "title_weight": 1, "gate": "must-haves or title",
                            "must_have": ["Python"], "nice_to_have": [{"skill": "Docker", "weight": 5}]})
    ranking = rank([other, variant], profile)
    assert (ranking[0].candidate.path == variant.path) == passes


@pytest.mark.parametrize(("headline", "titles"), [
    ("CONTROLLER", ["Accountant", "Controller"]),
    ("Financial Controller", ["Controller"]),
    ("Content Creator", ["Content Producer"]),
    ("IT SUPPORT", ["IT Support Specialist"]),
    ("Help Desk", ["Help Desk Technician"]),
    ("CPA", ["Accountant"]),
])
def test_a_headline_the_position_reader_misses_is_the_title(tmp_path: Path, headline: str, titles: list[str]) -> None:
    """A resume headlined with a title whose role word only the title vocabulary knows (Controller, a Content
    Creator, IT Support) has that headline, and it is the title line's full match, its current job's title
    not being read (its role word missing from the position reader's list)."""
    lines = ["Robin Sample", headline, "robin@example.com", "Experience", headline.title(),
             "Example Builders, Reno, NV", "January 2019 - Present", "Oversaw the monthly close",
             "Education", "BA, Example University, 2018"]
    person = parse_resume(pdf_lines(tmp_path / "resume.pdf", [lines]))
    assert person.headline == headline
    profile = load_profile({"titles": titles, "title_weight": 1, "must_have": ["Python"]})
    title_line = rank([person], profile)[0].lines[-1]
    assert (title_line.section, title_line.evidence_strength) == ("headline", "full title")
