"""Domains: a word that names a skill elsewhere means something else in a resume's own trade."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from screener.domains import _NOT_PLAIN, Domain, _folds_plainly, resume_domains
from screener.models import Line, Section
from screener.skills import SkillExtractor
from screener.taxonomy import load_taxonomy

CLINIC = Domain("healthcare", ("patient", "patients", "clinic", "nursing", "hipaa", "charting"))

# (resume lines, whether the resume is in the healthcare domain)
DOMAIN_CASES = [
    (["Charted patient visits in the clinic", "HIPAA training for nursing staff"], True),
    (["Built Spark jobs on EMR", "Ran the patient portal's API"], False),
    (["Patient, patient, patient"], False),
]

OVERLAY = """
domains:
  healthcare: {min_cues: 3, cues: [patient, patients, clinic, nursing, hipaa, charting]}
skills:
  - id: emr
    aliases:
      - {text: EMR, context: required, case_sensitive: true, not_in_domains: [healthcare]}
    context_words: [spark, hadoop, cluster, hive]
"""


@pytest.fixture(scope="module")
def extractor(tmp_path_factory: pytest.TempPathFactory) -> SkillExtractor:
    overlay = Path(tmp_path_factory.mktemp("overlay")) / "clinic.yaml"
    overlay.write_text(OVERLAY, encoding="utf-8")
    return SkillExtractor(load_taxonomy([overlay]))


def skills(extractor: SkillExtractor, texts: list[str]) -> set[str]:
    lines = [Line(t) for t in texts]
    return {m.skill_id for m in extractor(lines, (Section("experience", "", 0, len(lines)),))}


class TestResumeDomains:
    @pytest.mark.parametrize(("texts", "expected"), DOMAIN_CASES)
    def test_enough_distinct_cues(self, texts: list[str], expected: bool) -> None:
        """A resume is in a domain when it uses enough distinct cue words, not one word often."""
        assert ("healthcare" in resume_domains(texts, {"healthcare": CLINIC})) is expected


    @pytest.mark.parametrize(("texts", "expected"), [
        (["PATIENT intake at the CLINIC", "Nursing rounds"], True),  # capitals: cues in any casing
        (["Patient intake at the clinic; nursing"], True),
        (["Patient intake at the clinic", "Outpatient billing"], False),  # inside a word: no cue
        (["Patient intake at the clinic • Nursing – rounds"], True),  # caseless symbols beyond ASCII
        (["Patient intake at the clinic", "NURſING rounds"], True),  # a long s, read as "s" in any casing
        (["Patıent intake at the clinic", "Nursing rounds"], True),  # a dotless i, read as "i"
        (["Patient intake at the Zürich clinic", "NURSING rounds"], True),  # letters beyond ASCII beside them
        (["Patient intake at the Zürich clinic", "Nurſes' rounds"], False),
        (["Pacient intake at the clínic, nursing"], False),
        (["Patient-facing clinic work", "Nursing-home rounds"], False),  # a hyphen joins a cue to a word
        (["Clinic_patient nursing hipaa"], False),  # "_" is a word character: one word, not two cues
        (["Clinic, nursing", "home health care"], False),  # a cue of two words, beside two others' one
    ])
    def test_cues_found_in_any_text(self, texts: list[str], expected: bool) -> None:
        """The cues counted are those the case-blind pattern finds, whatever letters the text holds."""
        assert ("healthcare" in resume_domains(texts, {"healthcare": CLINIC})) is expected


class TestFoldsPlainly:
    def test_only_the_listed_characters_fold_unlike_lower_case(self) -> None:
        """Beyond ASCII, only the characters of _NOT_PLAIN match an ASCII letter case-blind, or lower-case to
        other than one character that is a word character (or hyphen) exactly when the original is."""
        word, ascii_letter = re.compile(r"[\w-]"), re.compile(r"[a-z]", re.IGNORECASE)
        unlike = [
            ch for ch in map(chr, range(0x80, sys.maxunicode + 1))
            if not 0xD800 <= ord(ch) <= 0xDFFF and (
                ascii_letter.fullmatch(ch) is not None or len(low := ch.lower()) != 1
                or low.isascii() or (word.fullmatch(low) is None) != (word.fullmatch(ch) is None))
        ]
        assert "".join(sorted(unlike)) == "".join(sorted(_NOT_PLAIN))

    @pytest.mark.parametrize(("text", "plain"), [
        ("Nursing at the clinic", True),
        ("Pflege in der Zürcher Klinik", True),  # letters beyond ASCII that fold as lower case does
        ("NURſING", False),
        ("\u212aitchen", False),  # the Kelvin sign
    ])
    def test_folds_plainly(self, text: str, plain: bool) -> None:
        """A text folds plainly unless it holds a character a case-blind pattern reads as an ASCII letter."""
        assert _folds_plainly(text) is plain


# (cue, resume line, whether the cue is found): a match starts after no letter, digit or hyphen.
CUE_CASES = [
    ("clinic", "Ran the clinic front desk", True),
    ("clinic", "Ran the polyclinic front desk", False),
    ("clinic", "Ran the e-clinic rollout", False),
    ("clinic", "Ran the CLINIC front desk", True),
    ("#triage", "Led #triage calls", True),  # a cue opening with a symbol: no word boundary before it
    ("#triage", "Led x#triage calls", False),
]


# (lines, whether the resume is in the domain) for cues of several words and of symbols, which are
# searched for as text rather than looked up among the resume's words.
PHRASE_CLINIC = Domain("healthcare", ("health care", "vital signs", "#triage", "clinic"))
PHRASE_CASES = [
    (["Recorded vital signs at the clinic", "Home health care visits"], True),
    (["Led #triage calls, vital signs, clinic"], True),
    (["Recorded vital signs at the clinic", "Home health-care visits"], False),
    (["Recorded vital  signs at the polyclinic, health care"], False),
]


class TestPhraseCues:
    @pytest.mark.parametrize(("texts", "expected"), PHRASE_CASES)
    def test_phrases_and_symbols(self, texts: list[str], expected: bool) -> None:
        """Cues of several words or opening with a symbol count as the pattern finds them, whole."""
        assert ("healthcare" in resume_domains(texts, {"healthcare": PHRASE_CLINIC})) is expected


class TestCuePattern:
    @pytest.mark.parametrize(("cue", "line", "found"), CUE_CASES)
    def test_a_cue_is_a_whole_word(self, cue: str, line: str, found: bool) -> None:
        """A cue counts as a whole word in any casing, whatever character it opens with."""
        assert bool(Domain("any", (cue,)).pattern.search(line)) is found


class TestOtherSense:
    def test_emr_in_a_clinic_is_not_amazon_emr(self, extractor: SkillExtractor) -> None:
        """In a clinic's resume "EMR (Allscripts and McKesson)" is medical records software, not Amazon EMR."""
        texts = ["Medical assistant: patient intake, charting and HIPAA compliance in a busy clinic",
                 "Entered visits in EMR (Allscripts and McKesson), Python scripts for reports"]
        assert "emr" not in skills(extractor, texts)

    def test_own_words_keep_the_skill(self, extractor: SkillExtractor) -> None:
        """Beside its own context words the alias is the skill even in that domain."""
        texts = ["Analytics for patient outcomes at a clinic; HIPAA-compliant pipelines",
                 "Ran Spark jobs on an EMR cluster with Python"]
        assert "emr" in skills(extractor, texts)

    def test_elsewhere_the_alias_counts(self, extractor: SkillExtractor) -> None:
        """Outside the domain the alias keeps its usual rules."""
        assert "emr" in skills(extractor, ["Ran Spark and Python jobs on EMR"])

    def test_unknown_domain_is_a_taxonomy_problem(self, tmp_path: Path) -> None:
        """An alias naming a domain the taxonomy does not define is reported."""
        overlay = tmp_path / "bad.yaml"
        overlay.write_text("skills:\n  - id: emr\n    aliases:\n      - {text: EMR, not_in_domains: [clinics]}\n",
                           encoding="utf-8")
        from screener.errors import TaxonomyError
        with pytest.raises(TaxonomyError, match="unknown domain 'clinics'"):
            load_taxonomy([overlay])


# Resumes of a trade, and the skill its own word must not become there (the built-in taxonomy).
BUILTIN = [
    (["Line cook and sous chef in a busy restaurant kitchen; wrote menus and recipes",
      "Skills: Chef, catering, food safety"], "chef"),
    (["Laboratory technician: pipette, titration, reagents in glassware", "Cleaned the Flask and beakers"], "flask"),
    (["Medical assistant; patient charting; HIPAA; clinic", "EMR (Allscripts and McKesson)"], "emr"),
    (["Parts counter at a dealership; inventory and purchase orders", "Looked up spare parts in Oracle"],
     "oracle-database"),
    (["Bank teller: deposits, loans and wire transfers for a credit union", "Sent payments over Swift"], "swift"),
    # A GPO in hospital sales is a group purchasing organisation, not Windows Group Policy (taxonomy 2026.12.20).
    (["Sold infusion pumps to hospital pharmacy and clinic buyers; met physicians weekly",
      "Background in GPO contracts and formulary reviews"], "group-policy"),
]


@pytest.mark.parametrize(("texts", "skill"), BUILTIN)
def test_builtin_domains(texts: list[str], skill: str) -> None:
    """In the built-in taxonomy each trade's own word is not the skill it names elsewhere."""
    assert skill not in skills(SkillExtractor(load_taxonomy()), texts)


def test_assembly_on_the_shop_floor_is_not_the_language() -> None:
    """In an aircraft mechanic's skills list "Assembly" is putting parts together, not assembly language."""
    lines = [Line("Aircraft mechanic: avionics, airframe and sheet metal repair, torque checks"),
             Line("Assembly, Avionics, Blueprints, Budgets")]
    sections = (Section("experience", "", 0, 1), Section("skills", "Skills", 1, 2))
    assert "assembly" not in {m.skill_id for m in SkillExtractor(load_taxonomy())(lines, sections)}


def test_own_words_keep_assembly_on_the_shop_floor() -> None:
    """In a manufacturing resume Assembly beside its own words (firmware, registers) is still the language."""
    texts = ["Test engineer in manufacturing: CNC fixtures, calibration and quality control",
             "Wrote microcontroller firmware in Assembly"]
    assert "assembly" in skills(SkillExtractor(load_taxonomy()), texts)


def test_builtin_domain_words_elsewhere() -> None:
    """Outside those trades the same words are skills."""
    found = skills(SkillExtractor(load_taxonomy()), ["Configured servers with Chef and Ansible; Flask APIs in Python"])
    assert {"chef", "flask"} <= found


def test_oracle_in_an_accounting_resume_is_the_ledger_system() -> None:
    """In an accountant's resume a bare "Oracle" by the ledger work is the ERP, unless database words stand by it."""
    extractor = SkillExtractor(load_taxonomy())
    ledger = ["Staff accountant: general ledger, accounts payable and bank reconciliations",
              "Posted journal entries in Oracle, PeopleSoft and QuickBooks"]
    assert "oracle-database" not in skills(extractor, ledger)
    tuned = ["Staff accountant: general ledger, accounts payable and bank reconciliations",
             "Wrote SQL reports against the Oracle database"]
    assert "oracle-database" in skills(extractor, tuned)
