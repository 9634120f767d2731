"""Near-duplicate people: one person's files are flagged ``same_person_as``, similar careers are not.

Every person here is fictional; addresses use example.com and phones 555-01xx.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from datasketch import MinHash, MinHashLSH

from docfactory import docx_resume, pdf_lines
from screener import Candidate, YearMonth, load_profile, rank, screen
from screener.cli import main
from screener.parse import ParseOptions, ResumeParser
from screener.same_person import (
    FLAG,
    SIMILAR_TEXT,
    clear_cache,
    contact_keys,
    emails,
    flag_same_people,
    phones,
    same_person_groups,
    similarity,
    text_signature,
)

AS_OF = YearMonth(2026, 11)
PROFILE = {"must_have": ["Python"], "nice_to_have": ["Docker"]}

MARTA_CONTACT = "marta.quill@example.com · (555) 555-0177 · Rivertown"
MARTA_SUMMARY = [
    "Summary",
    "Backend engineer who turns slow batch jobs into small services that page nobody at night.",
]
MARTA_EXPERIENCE = [
    "Experience",
    "Senior Backend Engineer, Lanternfish Logistics, 03/2020 - present",
    "Split the nightly tariff import into four queue workers and cut its run from six hours to forty minutes.",
    "Wrote the carrier rate API in Python and Django that the booking desk and two partners call.",
    "Backend Engineer, Copperleaf Insurance, 01/2016 - 02/2020",
    "Moved claim documents from a shared drive into PostgreSQL with full text search.",
    "Packaged every service in Docker and kept the staging cluster within budget.",
]
MARTA_SKILLS = ["Skills", "Python, Django, PostgreSQL, Docker, Redis, RabbitMQ"]

TOMAS = [
    "Tomas Reyle",
    "tomas.reyle@example.com · (555) 555-0188 · Lakeport",
    "Summary",
    "I build dependable server software and like measuring before I optimise anything.",
    "Experience",
    "Senior Backend Engineer, Harbourline Freight, 05/2019 - present",
    "Own the shipment tracking service; rewrote its polling loop as event consumers on RabbitMQ.",
    "Designed a Django admin for dispatchers and a Python client library our mobile team uses.",
    "Backend Engineer, Bluegate Mutual, 09/2015 - 04/2019",
    "Tuned PostgreSQL indexes for policy search until reports ran in seconds rather than minutes.",
    "Introduced Docker for local development and Redis caching for quote lookups.",
    "Skills",
    "Python, Django, PostgreSQL, Docker, Redis, RabbitMQ",
]


def marta_one_column() -> list[str]:
    """Marta's CV, one column, contact under the name."""
    return ["Marta Quill", MARTA_CONTACT, *MARTA_SUMMARY, *MARTA_EXPERIENCE, *MARTA_SKILLS]


def marta_skills_first(*, contact: bool) -> list[str]:
    """The same CV in another layout: skills first, lines wrapped shorter, contact last or left out."""
    wrapped = []
    for line in MARTA_EXPERIENCE:
        cut = line.rfind(" ", 0, 60)
        wrapped.extend([line[:cut], line[cut + 1 :]] if len(line) > 60 else [line])
    tail = [MARTA_CONTACT] if contact else []
    return ["MARTA QUILL", *MARTA_SKILLS, *MARTA_SUMMARY, *wrapped, *tail]


MARTA_OLD_CV = [
    "Marta Quill",
    "Contact: Marta.Quill@Example.com",
    "Objective",
    "Graduate looking for a first role in a software team.",
    "Education",
    "BSc Information Systems, Northfield College, 2015",
    "Projects",
    "A timetable planner for the college chess club.",
]


@pytest.fixture(scope="module")
def parser() -> ResumeParser:
    return ResumeParser(options=ParseOptions(as_of=AS_OF))


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory, parser: ResumeParser) -> dict[str, Candidate]:
    """Marta as a PDF, a DOCX, a second layout without contact, and an old CV; Tomas, a look-alike career."""
    folder = tmp_path_factory.mktemp("people")
    files = {
        "marta.pdf": pdf_lines(folder / "marta.pdf", [marta_one_column()]),
        "marta.docx": docx_resume(folder / "marta.docx", marta_one_column()),
        "marta_layout2.pdf": pdf_lines(folder / "marta_layout2.pdf", [marta_skills_first(contact=False)]),
        "marta_old.docx": docx_resume(folder / "marta_old.docx", MARTA_OLD_CV),
        "tomas.pdf": pdf_lines(folder / "tomas.pdf", [TOMAS]),
    }
    return {name: parser(path) for name, path in files.items()}


def flags_by_file(candidates: Sequence[Candidate]) -> dict[str, tuple[str, ...]]:
    return {c.file_name: tuple(f for f in c.flags if f.startswith(FLAG)) for c in flag_same_people(candidates)}


class TestContactKeys:
    @pytest.mark.parametrize(("first", "second"), [
        ("jo.doe@example.com", "Mail: JO.DOE@EXAMPLE.COM"),
        ("+1 (555) 555-0177", "phone 555.555.0177"),
        ("+44 20 7946 0018", "Tel. 020-7946-0018"),
        ("Phone no.: +49 170 555 0123", "0170 555 0123"),
    ], ids=["email-case", "phone-us", "phone-uk-trunk", "phone-labelled"])
    def test_same_contact_same_key(self, first: str, second: str) -> None:
        """One address or number written two ways gives one key."""
        assert contact_keys(first)
        assert contact_keys(first) == contact_keys(second)

    @pytest.mark.parametrize("text", [
        "01/2015 - 12/2019 03/2020",
        "2015 - 2019 2020 - 2023",
        "ISBN: 978-0-306-40615-7",
        "9780306406157",
        "Student ID 204518839",
        "12 34 56",
    ], ids=["month-dates", "year-ranges", "isbn-hyphens", "isbn-plain", "labelled-id", "too-short"])
    def test_not_a_phone(self, text: str) -> None:
        """Dates, book numbers, labelled ids and short numbers are not phone numbers."""
        assert phones(text) == []

    def test_keys_hold_no_raw_value(self, people: dict[str, Candidate]) -> None:
        """A candidate's contact keys are hashes: neither the address nor the digits appear in them."""
        keys = people["marta.pdf"].contact_keys
        assert [k.split(":")[0] for k in keys] == ["email", "phone"]
        assert not any("marta" in k or "5550177" in k for k in keys)

    def test_references_are_not_the_person(self, parser: ResumeParser, tmp_path: Path) -> None:
        """An e-mail in a references section belongs to a referee, not to the candidate."""
        lines = ["Ana Brook", "ana.brook@example.com", "Experience", "Clerk, Hollow Bank, 2019 - 2022",
                 "References", "Pat Vale, manager, pat.vale@example.com"]
        candidate = parser(docx_resume(tmp_path / "ana.docx", lines))
        assert candidate.contact_keys == contact_keys("ana.brook@example.com")


class TestTextSignature:
    def test_layouts_of_one_cv_are_near_identical(self, people: dict[str, Candidate]) -> None:
        """A PDF, a DOCX and a reordered layout of one CV score at least the threshold against each other."""
        pdf, docx_file, layout2 = (people[n].text_signature for n in ("marta.pdf", "marta.docx", "marta_layout2.pdf"))
        assert similarity(pdf, docx_file) >= SIMILAR_TEXT
        assert similarity(pdf, layout2) >= SIMILAR_TEXT

    def test_similar_careers_are_far_apart(self, people: dict[str, Candidate]) -> None:
        """Two people with the same titles and skills in their own words score far below the threshold."""
        assert similarity(people["marta.pdf"].text_signature, people["tomas.pdf"].text_signature) < SIMILAR_TEXT / 2

    def test_signature_is_deterministic(self) -> None:
        """The same text always gives the same signature, and no text gives none."""
        assert text_signature("Built a rota planner in Go") == text_signature("built a rota\nplanner in GO")
        assert text_signature("") == ()


class TestGroups:
    def test_one_person_in_four_files(self, people: dict[str, Candidate]) -> None:
        """Marta's PDF, DOCX, contact-less layout and old CV are one group; Tomas is in none."""
        groups = same_person_groups(people.values())
        marta = tuple(sorted(people[n].candidate_id for n in people if n.startswith("marta")))
        assert groups == (marta,)

    @pytest.mark.parametrize(("files", "linked"), [
        (("marta.pdf", "marta.docx"), True),
        (("marta.pdf", "marta_layout2.pdf"), True),
        (("marta_layout2.pdf", "marta_old.docx"), False),
        (("marta.pdf", "marta_old.docx"), True),
        (("marta.pdf", "tomas.pdf"), False),
    ], ids=["pdf-docx", "layout-by-text", "layout-vs-old-nothing-shared", "same-email", "similar-career"])
    def test_pairs(self, people: dict[str, Candidate], files: tuple[str, str], linked: bool) -> None:
        """A pair is one person exactly when it shares a contact or near-identical text."""
        assert bool(same_person_groups([people[f] for f in files])) is linked

    def test_flags_name_every_other_member_sorted(self, people: dict[str, Candidate]) -> None:
        """Each member is flagged once per other member, in id order; a look-alike career is not flagged."""
        flags = flags_by_file(list(people.values()))
        ids = {n: c.candidate_id for n, c in people.items()}
        others = sorted(ids[n] for n in ("marta.docx", "marta_layout2.pdf", "marta_old.docx"))
        assert flags["marta.pdf"] == tuple(f"{FLAG}{i}" for i in others)
        assert flags["tomas.pdf"] == ()

    def test_flagging_twice_changes_nothing(self, people: dict[str, Candidate]) -> None:
        """Ranking candidates that were already flagged adds no second copy of a flag."""
        once = flag_same_people(people.values())
        assert flag_same_people(once) == once

    def test_index_finds_the_pair_among_many(self) -> None:
        """Among hundreds of different texts the index finds the one near-identical pair and nothing else."""
        rng = random.Random(7)
        vocabulary = [f"word{k}" for k in range(3000)]
        texts = [" ".join(rng.choices(vocabulary, k=150)) for _ in range(300)]
        texts.append(texts[42].replace("word", "Word", 3) + " one more line")
        pool = [Candidate(f"id{k:03d}", f"{k}.txt", f"{k}.txt", "", "txt", None, (),
                          text_signature=text_signature(t)) for k, t in enumerate(texts)]
        assert same_person_groups(pool) == (("id042", "id300"),)


    @pytest.mark.parametrize("threshold", [0.3, SIMILAR_TEXT, 0.7])
    def test_groups_are_the_lsh_index_groups(self, threshold: float) -> None:
        """Texts near the threshold are grouped as datasketch's MinHashLSH proposes and its estimate confirms."""
        rng = random.Random(11)
        vocabulary = [f"term{k}" for k in range(2000)]
        texts = [" ".join(rng.choices(vocabulary, k=120)) for _ in range(60)]
        for k in range(60):  # copies that keep a share of their original's words, either side of the threshold
            words = texts[k].split()
            keep = (0.75, 0.85, 0.9, 0.95, 0.97)[k % 5]
            texts.append(" ".join(w if rng.random() < keep else rng.choice(vocabulary) for w in words))
        pool = [Candidate(f"id{k:03d}", f"{k}.txt", f"{k}.txt", "", "txt", None, (),
                          text_signature=text_signature(t)) for k, t in enumerate(texts)]
        index = MinHashLSH(threshold=threshold, num_perm=128)
        signatures = {c.candidate_id: c.text_signature for c in pool}
        for key, signature in signatures.items():
            index.insert(key, MinHash(hashvalues=signature, scheme="affine32"))
        linked = {tuple(sorted((key, other))) for key, signature in signatures.items()
                  for other in index.query(MinHash(hashvalues=signature, scheme="affine32"))
                  if other != key and similarity(signature, signatures[other]) >= threshold}
        expected = _groups_of(linked)
        assert expected, "the table has pairs above the threshold"
        assert same_person_groups(pool, threshold=threshold) == expected

    def test_groups_follow_the_pool_not_a_kept_answer(self, people: dict[str, Candidate]) -> None:
        """A pool whose contact keys change gets its own groups, though an earlier pool's groups are kept."""
        pool = [people["marta.pdf"], people["tomas.pdf"]]
        apart = same_person_groups(pool)
        linked = [replace(c, contact_keys=("email:shared",)) for c in pool]
        ids = tuple(sorted(c.candidate_id for c in pool))
        assert (apart, same_person_groups(linked), same_person_groups(pool)) == ((), (ids,), ())

    def test_kept_groups_equal_found_ones(self, people: dict[str, Candidate]) -> None:
        """The groups of a pool seen before are the groups found afresh, whatever the order of the pool."""
        pool = list(people.values())
        kept = same_person_groups(pool)
        clear_cache()
        assert same_person_groups(reversed(pool)) == kept == same_person_groups(pool)


class TestRanking:
    def test_rank_flags_same_person(self, people: dict[str, Candidate]) -> None:
        """rank() puts same_person_as:<id> in RankedCandidate.flags; byte-identical copies are not their own match."""
        pool = [people["marta.pdf"], people["marta.pdf"], people["marta.docx"], people["tomas.pdf"]]
        ranking = rank(pool, load_profile(PROFILE))
        docx_id = people["marta.docx"].candidate_id
        pdf_flags = [e.flags for e in ranking if e.candidate.file_name == "marta.pdf"]
        assert pdf_flags == [(f"{FLAG}{docx_id}",)] * 2
        assert not any(f.startswith(FLAG) for e in ranking if e.candidate.file_name == "tomas.pdf" for f in e.flags)

    def test_screen_keeps_duplicate_and_adds_same_person(self, tmp_path: Path) -> None:
        """A byte copy is still flagged duplicate_of, and the person's DOCX same_person_as the PDF."""
        pdf = pdf_lines(tmp_path / "a_marta.pdf", [marta_one_column()])
        (tmp_path / "b_copy.pdf").write_bytes(pdf.read_bytes())
        docx_resume(tmp_path / "c_marta.docx", marta_one_column())
        result = screen([tmp_path], PROFILE, options=ParseOptions(as_of=AS_OF), workers=1)
        flags = {e.candidate.file_name: e.flags for e in result.ranking}
        ids = {e.candidate.file_name: e.candidate.candidate_id for e in result.ranking}
        assert "duplicate_of:a_marta.pdf" in flags["b_copy.pdf"]
        assert f"{FLAG}{ids['c_marta.docx']}" in flags["b_copy.pdf"]
        assert [f for f in flags["c_marta.docx"] if f.startswith(FLAG)] == [f"{FLAG}{ids['a_marta.pdf']}"]

    def test_flag_lands_in_ranking_csv(self, tmp_path: Path) -> None:
        """`screener screen` writes same_person_as:<candidate_id> into ranking.csv's flags for both files."""
        folder = tmp_path / "in"
        folder.mkdir()
        pdf_lines(folder / "marta.pdf", [marta_one_column()])
        docx_resume(folder / "marta.docx", marta_one_column())
        pdf_lines(folder / "tomas.pdf", [TOMAS])
        profile = tmp_path / "profile.yaml"
        profile.write_text("must_have: [Python]\nnice_to_have: [Docker]\n", encoding="utf-8")
        out = tmp_path / "out"
        result = CliRunner().invoke(main, ["screen", str(folder), "--profile", str(profile), "--out", str(out),
                                           "--as-of", "2026-11-01", "--quiet"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        with (out / "ranking.csv").open(encoding="utf-8-sig", newline="") as handle:
            rows = {r["file"]: r for r in csv.DictReader(handle)}
        assert f"{FLAG}{rows['marta.docx']['candidate_id']}" in rows["marta.pdf"]["flags"]
        assert f"{FLAG}{rows['marta.pdf']['candidate_id']}" in rows["marta.docx"]["flags"]
        assert FLAG not in rows["tomas.pdf"]["flags"]


# (text, the addresses found): several lines, addresses at a line's start and end, two on one line,
# line breaks of other kinds, and "@" with no address around it.
EMAILS = [
    ("Ana Ruiz\nana.ruiz@example.org\nBuilt APIs", ["ana.ruiz@example.org"]),
    ("Mail: A@Example.ORG, b_c+cv@mail.example.net · Phone", ["a@example.org", "b_c+cv@mail.example.net"]),
    ("first@one.example\u2028second@two.example\x0cthird@three.example", [
        "first@one.example", "second@two.example", "third@three.example"]),
    ("Met @ the conference\nno address here\nmeet me @home.", []),
    ("broken across\nana.ruiz@\nexample.org", []),
]


class TestEmails:
    @pytest.mark.parametrize(("text", "found"), EMAILS)
    def test_addresses_line_by_line(self, text: str, found: list[str]) -> None:
        """Every address is found, lower-cased and in order, on whichever line it stands; none across a break."""
        assert emails(text) == found


def _groups_of(pairs: set[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """The connected groups of linked pairs, each sorted, sorted."""
    members: dict[str, set[str]] = {}
    for first, second in sorted(pairs):
        group = members.get(first, {first}) | members.get(second, {second})
        for item in group:
            members[item] = group
    return tuple(sorted({tuple(sorted(g)) for g in members.values()}))
