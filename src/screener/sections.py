"""Headings -> sections: which part of the resume each visible line belongs to.

Known headings ("Work History", "TECHNICAL SKILLS:", "Education & Training")
map to a canonical kind. A short line styled like the known headings of the
same document but not in our list ("Open Source", "Volunteering") starts a
section of kind ``other``: unrecognised headings are kept, never dropped.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from .dates import LENGTH_AT_LEAST, is_present_word
from .models import Line, Section

PREAMBLE = "preamble"
OTHER = "other"

# Canonical kind -> the headings (folded: lower case, "&" as "and", no punctuation)
# that introduce it. Kept as a table so adding a variant is a one-line change.
_HEADINGS: dict[str, tuple[str, ...]] = {
    "summary": (
        "summary", "professional summary", "career summary", "executive summary", "profile",
        "professional profile", "career profile", "personal profile", "about", "about me",
        "objective", "career objective", "professional objective", "objectives", "overview",
        "personal statement", "introduction", "summary of qualifications", "обо мне", "о себе",
        "qualifications summary", "career overview", "professional overview", "bio",
    ),
    "skills": (
        "skills", "technical skills", "key skills", "core skills", "core competencies",
        "competencies", "skill highlights", "highlights", "skills and abilities",
        "skills and expertise", "areas of expertise", "expertise", "technologies",
        "technology", "tech stack", "technical stack", "technical proficiencies",
        "technical expertise", "technical competencies", "tools", "tools and technologies",
        "technologies and tools", "programming languages", "languages and frameworks",
        "professional skills", "it skills", "computer skills", "software skills",
        "skills summary", "summary of skills", "relevant skills", "hard skills",
        "technical summary", "stack", "frameworks", "software", "qualifications",
        "capabilities", "specialties", "specializations", "core qualifications",
        "compétences", "competences", "compétences techniques", "competences techniques",
        "kenntnisse", "fähigkeiten", "it kenntnisse", "technische kenntnisse",
        "habilidades", "competencias", "conocimientos", "专业技能", "技能",
        "навыки", "ключевые навыки", "технические навыки", "технологии", "стек технологий",
        "programming", "programming skills", "technical knowledge", "computer knowledge",
        "computer proficiency", "technical proficiency", "software proficiency", "technical skill set",
        "skill set", "skillset", "toolbox", "key technologies", "core technologies",
        "other skills", "additional skills", "special skills", "job skills", "skills profile", "digital skills",
        "technical skills summary", "summary of technical skills", "technical abilities", "technical qualifications",
        "key qualifications", "proficiencies", "computer proficiencies", "software proficiencies", "it proficiency",
        "computer literacy", "software knowledge", "it knowledge", "software applications", "computer applications",
        "computer software", "technical tools", "technical environment", "technical profile", "technology summary",
        "technical highlights", "professional competencies", "key competencies", "databases", "operating systems",
        "platforms", "methodologies",
        # LinkedIn's profile PDF and page: its sidebar's skills, and the page's endorsed skills
        "top skills", "skills and endorsements",
    ),
    "experience": (
        "experience", "work experience", "professional experience", "employment",
        "employment history", "work history", "career history", "relevant experience",
        "professional background", "positions held", "job history", "career",
        "industry experience", "technical experience", "experience summary",
        "employment experience", "professional history", "working experience",
        "internships", "internship experience", "internship", "career experience",
        "military experience", "military service", "military history",
        # An academic's or a European CV's jobs: "Academic Career", "Current Position", "Traineeships".
        "academic career", "academic positions", "academic appointments", "academic employment",
        "appointments", "professional appointments", "current position", "current positions",
        "previous positions", "traineeship", "traineeships", "professional traineeship",
        "early career", "earlier career", "prior career",
        # a record of jobs, and a heading that picks out the best of them
        "employment record", "employment records", "record of employment", "work record", "career record",
        "highlights of professional experience", "highlights of experience", "professional experience highlights",
        # French, German, Spanish, Chinese: devdata holds CVs in each.
        "expériences professionnelles", "experiences professionnelles", "expérience",
        "experience professionnelle", "expérience professionnelle", "expériences",
        "berufserfahrung", "berufliche erfahrung", "praxiserfahrung", "experiencia",
        "experiencia laboral", "experiencia profesional", "工作经历", "工作经验", "实习经历",
        "опыт работы", "опыт", "профессиональный опыт",
    ),
    "education": (
        "education", "education and training", "academic background", "academic history",
        "academic qualifications", "educational background", "education history",
        "degrees", "academics", "training and education", "education and certifications",
        "educational qualifications", "studies", "study abroad", "study abroad experience",
        "academic profile", "academic details", "academic record", "educational details", "educational profile",
        "formation", "formations", "formation academique", "études", "etudes", "diplômes",
        "diplomes", "cursus", "scolarité", "ausbildung", "bildung", "bildungsweg",
        "studium", "educación", "educacion", "formación", "formacion", "estudios",
        "formación académica", "formacion academica", "学历", "教育背景", "教育经历", "образование",
    ),
    "projects": (
        "projects", "projets", "projekte", "proyectos", "项目经历", "проекты", "pet projects",
        "пет-проекты", "пет проекты", "personal projects", "key projects",
        "selected projects",
        "academic projects", "side projects", "project experience", "project highlights",
        "notable projects", "relevant projects", "technical projects",
    ),
    "certifications": (
        "certifications", "certification", "certificates", "licenses and certifications",
        "certifications and licenses", "certifications and training", "accreditations",
        "courses", "training", "professional development", "licenses", "courses and certifications",
        "certifications licenses", "licenses certifications", "certificates licenses", "licences",
        "licenses and certificates", "certifications licences",
    ),
    "contact": (
        "contact", "contact information", "contact details", "personal details",
        "personal information", "personal data", "contacts",
    ),
    "languages": ("languages", "spoken languages", "language skills", "foreign languages",
                  "langues", "sprachen", "idiomas"),
    "awards": ("awards", "honors", "honours", "awards and honors", "achievements",
               "accomplishments", "key achievements", "honors and awards",
               "honors awards"),  # LinkedIn's profile PDF writes "Honors-Awards"
    "publications": ("publications", "papers", "research", "presentations", "patents", "patent pending",
                     "patents pending", "patent applications", "selected publications", "other publications",
                     "peer-reviewed papers", "peer reviewed papers", "peer-reviewed publications",
                     "journal articles", "conference papers", "conference presentations"),
    "interests": ("interests", "hobbies", "hobbies and interests", "personal interests",
                  "activities", "extracurricular activities"),
    "references": ("references", "referees"),
    "volunteering": ("volunteer experience", "volunteering", "volunteer work", "community service", "voluntary",
                     "voluntary work", "voluntary experience", "voluntary positions",
                     "voluntary positions and activities"),
    "affiliations": ("affiliations", "professional affiliations", "memberships", "professional memberships",
                     "affiliations and memberships", "memberships and affiliations", "associations",
                     "professional associations", "organizations", "organisations", "professional organizations",
                     "professional organisations", "student organizations", "student organisations"),
    "additional": ("additional information", "additional", "other information", "miscellaneous"),
}
# Portuguese and Italian headings, and Spanish ones the lists above lacked (with and without accents).
_MORE_HEADINGS: dict[str, tuple[str, ...]] = {
    "summary": ("resumo", "resumo profissional", "sobre mim", "objetivo profissional", "profilo",
                "profilo professionale", "chi sono", "obiettivo"),
    "skills": ("competências", "competências técnicas", "competencias técnicas", "competencias tecnicas",
               "conhecimentos", "habilidades técnicas", "habilidades tecnicas", "competenze", "competenze tecniche",
               "conoscenze", "competenze informatiche"),
    "experience": ("experiência", "experiência profissional", "experiencia profissional", "experiências profissionais",
                   "histórico profissional", "esperienza", "esperienza lavorativa", "esperienze lavorative",
                   "esperienza professionale", "esperienze professionali"),
    "education": ("formação", "formacao", "formação acadêmica", "formação académica", "formacao academica",
                  "educação", "educacao", "escolaridade", "istruzione", "formazione", "istruzione e formazione",
                  "titoli di studio"),
    "projects": ("projetos", "progetti"),
    "certifications": ("certificações", "certificacoes", "certificados", "cursos", "certificazioni", "corsi"),
    "contact": ("dados pessoais", "datos personales", "dati personali", "informazioni personali", "contatti",
                "contatos", "contacto"),
    "languages": ("línguas", "linguas", "lingue", "lingue straniere", "conoscenze linguistiche"),
    "references": ("referências", "referencias", "referenze"),
    "interests": ("interesses", "intereses", "interessi"),
}
_KIND_BY_HEADING = {heading: kind for table in (_HEADINGS, _MORE_HEADINGS)
                    for kind, headings in table.items() for heading in headings}
# Known headings without their spaces, for headings whose letters conversion spaced apart.
_HEADING_BY_LETTERS = {heading.replace(" ", ""): heading for heading in _KIND_BY_HEADING}
# Words that name kinds of technology: a heading joining only these ("Skills & Tools", "Frameworks and
# Libraries", "Languages / Databases") opens a skills section, unless it names spoken languages alone.
_TECH_HEADING_WORDS = frozenset({
    "skills", "technical skills", "tools", "technologies", "technology", "languages", "programming languages",
    "frameworks", "libraries", "databases", "platforms", "software", "cloud", "devops", "web technologies",
    "operating systems", "methodologies", "testing", "infrastructure", "data", "apis", "ides",
})
# What a heading joins to skills and still heads a list of them: "Skills & Qualifications", "Skills and
# Certifications" ("Certifications" alone heads certifications).
_BESIDE_SKILLS = frozenset({"qualifications", "certifications", "competencies", "abilities", "expertise",
                            "knowledge", "proficiencies"})
# "Web Development Experience", "Teaching Experience": a field's experience is a history of jobs
# (a "Summary of Experience" is none, and "User Experience" or "Customer Experience" name a discipline,
# often a job's title or team); so are two fields' ("Visiting Student and Researcher Experiences").
_QUALIFIED_EXPERIENCE = re.compile(
    r"^(?!.*\b(?:summary|overview|profile|of|years|highlights|user|customer|client|guest|patient|employee|"
    r"candidate|member|digital|brand|product)\b)(?:[a-z]+ ){1,3}(?:and (?:(?!and )[a-z]+ ){1,2})?experiences?$")
_HEADING_JOINS = re.compile(r"\s+and\s+|\s*,\s*")
# Seats on boards and advisory panels are no jobs: "Board Involvement and Professional Associations
# Addendum", "Current Board Memberships", "Advisory Boards" head a list of them.
# A lone "Board Member" is a role's title line, never a heading.
_BOARD_HEADING = re.compile(
    r"^(?:(?:current|former|past|corporate|nonprofit|non profit|community)\s+)?"
    r"(?:boards?$|boards?\s+(?:involvement|memberships|positions|service|seats|roles|appointments|experience|"
    r"activities|and|of directors)\b|advisory\s+(?:boards?|roles|positions|councils?|committees?)\b)")
# Kinds of section that hold no jobs: a heading joining only these ("Activities / Organizations",
# "Honors and Activities") heads a section of the first one's kind.
_NO_JOB_KINDS = frozenset({"awards", "interests", "affiliations", "volunteering", "publications"})
_LONGEST_JOINED_HEADING_WORDS = 6
_LONGEST_HEADING_WORDS = max(len(h.split()) for h in _KIND_BY_HEADING)

_DECORATION = re.compile(r"^[\s\W\d_]*?(?=[^\W\d_])|[\s:.\-–—|•*#=_~]+$")
_NON_WORD = re.compile(r"[^\w\s]")
_INLINE = re.compile(r"^\s*([A-Za-z][A-Za-z &/'\-]{1,40}?)\s*[:|]\s*(\S.*)$")
# What follows the label of a job's detail, not a section's content: a duration alone ("Experience: 1 year",
# "Experience: 2 years 3 months" under "Position: ...").
_DURATION_VALUE = re.compile(rf"\(?{LENGTH_AT_LEAST}\)?\.?", re.IGNORECASE)
# Words of job titles: a line holding one is a role, not a heading or a name.
JOB_TITLE_WORDS = re.compile(
    r"\b(engineer|engineering|developer|programmer|manager|analyst|intern|internship|consultant|"
    r"lead|leader|architect|scientist|designer|administrator|admin|specialist|officer|"
    r"assistant|associate|coordinator|director|head|president|vp|cto|ceo|cio|cfo|founder|"
    r"co-founder|partner|owner|technician|tech|representative|supervisor|instructor|"
    r"teacher|professor|lecturer|researcher|fellow|trainee|apprentice|accountant|auditor|"
    r"clerk|chef|cook|nurse|advisor|adviser|agent|executive|member|contractor|freelancer|"
    r"tester|devops|sre|student|expert|stagiaire|ingénieur|ingenieur|développeur|"
    r"entwickler|desarrollador|becario|werkstudent|praktikant|sergeant|steward|"
    r"desenvolvedor|programador|analista|engenheiro|ingeniero|gerente|coordenador|coordinador|consultor|"
    r"diretor|técnico|tecnico|estagiário|estagiario|sviluppatore|programmatore|ingegnere|stagista|tirocinante|"
    r"receptionist|teller|paralegal|processor|editor|writer|operator|inspector|"
    r"submariner|drafter|planner|buyer|recruiter|trainer|coach|mentor|principal|"
    # trades and occupations of livecareer's many fields (surnames such as Carpenter or
    # Baker left out: a name line holding one would no longer read as a name)
    r"mechanic|electrician|foreman|laborer|labourer|plumber|machinist|welder|dishwasher|"
    r"cashier|bartender|waiter|waitress|therapist|pharmacist|banker|merchandiser|strategist|"
    r"attorney|lawyer|counsel|counselor|counsellor|librarian|secretary|estimator|superintendent|"
    r"dispatcher|underwriter|broker|realtor|translator|interpreter|photographer|journalist|"
    r"caregiver|custodian|janitor|housekeeper|paramedic|telerecruiter|salesperson|"
    # common titles that named no role above (issue 11): a position titled "Tutor" or "Employee"
    r"tutor|employee|producer|bookkeeper|generalist|barista|attendant|stylist|hostess|"
    r"nanny|courier|marketer|videographer|copywriter|aide|concierge|technologist|hygienist|"
    r"surveyor|dietitian|nutritionist|phlebotomist|sommelier|artist|animator|"
    # professions and trades that named no role above (issue 8): "Chemist, Acme" read "Chemist" as the employer;
    # words that are surnames (Dean, Farmer, Mason), degrees (Doctor) or things (driver, server, model) left out
    r"chemist|physician|dentist|surgeon|veterinarian|psychologist|biologist|geologist|physicist|economist|"
    r"statistician|mathematician|actuary|cosmetologist|esthetician|firefighter|agronomist|landscaper|"
    r"choreographer|illustrator|draftsman|webmaster|archivist|curator|optician|sonographer|radiographer|"
    r"midwife|chiropractor|audiologist|caterer|florist|jeweler|jeweller|locksmith|roofer|upholsterer|"
    r"lifeguard|stocker|seamstress|reporter|musician|treasurer|chairman|chairperson|rn|lpn|cna|emt|coo|"
    r"social\s+worker)\b",  # not "scheduler": a program as often
    re.IGNORECASE,
)


def fold_heading(text: str) -> str:
    """Fold a candidate heading for lookup: strip decoration, lower case, "&" as "and".

    >>> fold_heading("  ■ WORK HISTORY: ")
    'work history'
    >>> fold_heading("S K I L L S")
    'skills'
    """
    stripped = _DECORATION.sub("", text.strip())
    words = re.sub(r"(?<=[A-Za-z])\s*/\s*(?=[A-Za-z])", " and ", stripped.replace("&", " and ")).split()
    if len(words) > 2 and all(len(w) == 1 for w in words):
        words = ["".join(words)]  # letter-spaced headings: "S K I L L S"
    return " ".join(_NON_WORD.sub(" ", " ".join(words)).lower().split())


def _capitals_with_stop(text: str) -> bool:
    """Whether a line of two words or more is written in capitals and ends with one full stop ("ATTORNEY
    EXPERIENCE."): a heading typed as a sentence, never a wrapped sentence's tail ("frameworks.",
    "Experience.", or a lone "EDUCATION." that a sentence about it ran on to).

    >>> [_capitals_with_stop(t) for t in ("ATTORNEY EXPERIENCE.", "Experience.", "EDUCATION.")]
    [True, False, False]
    """
    stripped = text.strip()
    letters = [c for c in stripped if c.isalpha()]
    return (len(stripped.split()) > 1 and all(c.isupper() for c in letters)
            and stripped.endswith(".") and not stripped.endswith(".."))


def heading_kind(text: str) -> str | None:
    """The canonical kind a line introduces when it is a known heading, else None.

    >>> heading_kind("Professional Experience:"), heading_kind("Python, Django")
    ('experience', None)
    """
    if len(text) > 60 or (text.rstrip().endswith(".") and not _capitals_with_stop(text)):
        return None  # "frameworks." ends a wrapped sentence; headings carry no full stop
    folded = _letters_respaced(fold_heading(text))
    if not folded or len(folded.split()) > max(_LONGEST_HEADING_WORDS, _LONGEST_JOINED_HEADING_WORDS):
        return None
    kind = _kind_of_folded(folded)
    respelt = respell_heading(folded)
    return kind if kind is not None or respelt == folded else _kind_of_folded(respelt)


_MIN_RESPELT_LETTERS = 7  # shorter words lose a letter into another word too easily ("skils", "awads")


@functools.cache
def _one_letter_short() -> dict[str, str]:
    """Each long word of the known headings with one letter left out -> the word, when no other known word
    leaves the same and it is no known word itself."""
    vocabulary = {w for heading in _KIND_BY_HEADING for w in heading.split() if len(w) >= _MIN_RESPELT_LETTERS}
    short: dict[str, set[str]] = {}
    for word in vocabulary:
        for cut in range(len(word)):
            short.setdefault(word[:cut] + word[cut + 1 :], set()).add(word)
    return {k: next(iter(v)) for k, v in short.items() if len(v) == 1 and k not in vocabulary}


def respell_heading(folded: str) -> str:
    """A folded heading with each word that misses one letter of a long heading word written in full:
    "professional affliations and membershps" is the affiliations heading.

    >>> respell_heading("professional affliations and membershps"), respell_heading("python and django")
    ('professional affiliations and memberships', 'python and django')
    """
    return " ".join(_one_letter_short().get(word, word) for word in folded.split())


def _letters_respaced(folded: str) -> str:
    """A known heading whose letters conversion spaced apart ("P ROFESSIONAL E XPERIENCE" from small
    capitals, "E xp er ie nc e"), written as the heading; any other text unchanged.

    Only one run of letters ("W O R K  H I S T O R Y" folds to "workhistory"), or text with a one-letter
    fragment or mostly fragments of two letters, is read so: words that merely join into a heading stay apart.

    >>> _letters_respaced("p rofessional e xperience"), _letters_respaced("e xp er ie nc e")
    ('professional experience', 'experience')
    >>> _letters_respaced("pro file")
    'pro file'
    """
    words = folded.split()
    short = sum(len(w) <= 2 for w in words)
    if folded in _KIND_BY_HEADING or (len(words) > 1 and min(map(len, words)) > 1 and 2 * short <= len(words)):
        return folded
    return _HEADING_BY_LETTERS.get(folded.replace(" ", ""), folded)


def _kind_of_folded(folded: str) -> str | None:
    """A folded heading's kind: a known heading, or technology words joined ("skills and tools").

    >>> _kind_of_folded("frameworks and libraries"), _kind_of_folded("languages"), _kind_of_folded("skills and hobbies")
    ('skills', 'languages', None)
    """
    known = _KIND_BY_HEADING.get(folded)
    if known is not None:
        return known
    parts = _HEADING_JOINS.split(folded)
    if _QUALIFIED_EXPERIENCE.match(folded):
        return "experience"
    if _BOARD_HEADING.match(folded):
        return "affiliations"
    kinds = {_KIND_BY_HEADING.get(p) for p in parts}
    if len(parts) > 1 and len(kinds) == 1 and None not in kinds:
        return kinds.pop()  # two names of one section: "Career Experience/Job History"
    if len(parts) > 1 and None not in kinds and kinds <= _NO_JOB_KINDS:
        return _KIND_BY_HEADING[parts[0]]
    if len(parts) > 1 and all(_names_skills(p) for p in parts) and set(parts) != {"languages"}:
        return "skills"
    return None


def _names_skills(part: str) -> bool:
    """A part of a joined heading that names skills: a technology word ("tools"), a skills heading of its own
    ("computer skills"), or what a skills section lists beside them ("qualifications", "certifications")."""
    return part in _TECH_HEADING_WORDS or part in _BESIDE_SKILLS or _KIND_BY_HEADING.get(part) == "skills"


def _inline_heading(text: str) -> str | None:
    """Kind of a "Skills: Python, Django" line that opens a section and holds content; a label and a
    duration ("Experience: 1 year") is a job's detail, no heading."""
    match = _INLINE.match(text)
    if not match or _DURATION_VALUE.fullmatch(match.group(2).strip()):
        return None
    return _kind_of_folded(fold_heading(match.group(1)))


def _style(line: Line) -> tuple[float | None, bool, bool]:
    size = round(line.font_size, 0) if line.font_size else None
    return size, line.bold, line.text.strip().isupper()


def _looks_like_unknown_heading(line: Line, heading_styles: Counter[tuple[float | None, bool, bool]]) -> bool:
    """A short line styled like this document's known headings (font, weight, case)."""
    text = line.text.strip().rstrip(":")
    if not heading_styles or not text or len(text) > 32 or len(text.split()) > 4:
        return False
    if any(ch.isdigit() for ch in text) or text[-1] in ".,;" or text[0] in "•-*·":
        return False
    if JOB_TITLE_WORDS.search(text) or not text[0].isupper() or is_present_word(text):
        return False  # "Current" alone ends a range written over lines ("January 2014" / "to" / "Current")
    style = _style(line)
    size, bold, upper = style
    if size is None and not bold:
        # No font facts (plain text, most DOCX): only an all-caps line in a
        # document whose known headings are all caps.
        return upper and heading_styles.most_common(1)[0][0][2]
    return heading_styles.most_common(1)[0][0] == style


_FEWEST_HEADINGS_FOR_STYLE = 3


def _wrapped_word(line: Line, heading_styles: Counter[tuple[float | None, bool, bool]]) -> bool:
    """A heading word in lower case, styled unlike the document's headings: the tail of a wrapped
    bullet ("... utilizes mailcore2 library and INK" / "frameworks"), not a heading.

    Only when the document has a few headings to tell its heading style by, and its font is known.
    """
    text = line.text.strip()
    if not text[:1].islower() or sum(heading_styles.values()) < _FEWEST_HEADINGS_FOR_STYLE:
        return False
    style = _style(line)
    if style[0] is None and not style[1]:
        return False
    return heading_styles[style] <= 1 and heading_styles.most_common(1)[0][0] != style


_WRAPPED_LINE_CHARACTERS = 60  # a line this long that stops mid-sentence ran on to the next line
_ENDS_MID_SENTENCE = re.compile(r"[a-z]$")


def wrapped_tail(lines: Sequence[Line], index: int) -> bool:
    """A heading word in lower case under a long line that stops mid-sentence: the last word of a wrapped
    sentence ("... signs of students before providing them" / "training"), whatever the fonts.

    >>> long = Line("Measured the weight, height and other vital signs of students before providing them")
    >>> wrapped_tail([long, Line("training")], 1), wrapped_tail([long, Line("Training")], 1)
    (True, False)
    >>> wrapped_tail([Line("Built the pipeline"), Line("training")], 1)
    False
    """
    text, above = lines[index].text.strip(), lines[index - 1].text.rstrip() if index else ""
    return (text[:1].islower() and len(above) >= _WRAPPED_LINE_CHARACTERS
            and _ENDS_MID_SENTENCE.search(above) is not None)


def split_sections(lines: Sequence[Line]) -> tuple[Section, ...]:
    """Split visible lines into sections.

    Args:
        lines: the document's visible lines (``Document.visible_lines``), in order.

    Returns:
        Sections in order, covering every line: a ``preamble`` first when the
        document does not open with a heading; indexes refer to ``lines``.

    Example:
        >>> from screener.models import Line
        >>> [s.kind for s in split_sections([Line("Jo Doe"), Line("SKILLS"), Line("Python")])]
        ['preamble', 'skills']
    """
    known: list[tuple[int, str, bool]] = []  # (index, kind, inline)
    for index, line in enumerate(lines):
        kind = heading_kind(line.text)
        if kind is not None:
            known.append((index, kind, False))
        elif (kind := _inline_heading(line.text)) is not None:
            known.append((index, kind, True))
    styles = Counter(_style(lines[i]) for i, _, inline in known if not inline)
    known = [k for k in known if k[2] or not (_wrapped_word(lines[k[0]], styles) or wrapped_tail(lines, k[0]))]

    starts: list[tuple[int, str, str, bool]] = []  # (index, kind, heading text, inline)
    known_at = {i: (kind, inline) for i, kind, inline in known}
    first_known = known[0][0] if known else len(lines)
    run: set[int] = set()  # headings and the heading-like lines right under them
    for index, line in enumerate(lines):
        if index in known_at:
            kind, inline = known_at[index]
            heading = line.text.split(":")[0].strip() if inline else line.text.strip()
            starts.append((index, kind, heading, inline))
            run.add(index)
        elif index > first_known and _looks_like_unknown_heading(line, styles):
            if index - 1 in run:
                run.add(index)  # "CERTIFICATIONS" / "ITIL" / "CITA": the items of a heading, not headings
            else:
                starts.append((index, OTHER, line.text.strip().rstrip(":").strip(), False))
                run.add(index)

    sections: list[Section] = []
    if not starts or starts[0][0] > 0:
        sections.append(Section(PREAMBLE, "", 0, starts[0][0] if starts else len(lines)))
    for position, (index, kind, heading, inline) in enumerate(starts):
        end = starts[position + 1][0] if position + 1 < len(starts) else len(lines)
        start = index if inline else index + 1
        sections.append(Section(kind, heading, start, end, heading_line=index))
    return tuple(sections)


def section_of_lines(sections: Sequence[Section], count: int) -> tuple[str, ...]:
    """The section kind of each of ``count`` lines, for extractors that walk lines."""
    kinds = [PREAMBLE] * count
    for section in sections:
        for index in range(section.start, min(section.end, count)):
            kinds[index] = section.kind
        if section.heading_line is not None and section.heading_line < count:
            kinds[section.heading_line] = section.kind
    return tuple(kinds)


def heading_of_lines(sections: Sequence[Section], count: int) -> tuple[str, ...]:
    """The heading, as written, of the section each of ``count`` lines is in ("" before any).

    >>> heading_of_lines(split_sections([Line("Jo Doe"), Line("SKILLS"), Line("Python")]), 3)
    ('', '', 'SKILLS')
    """
    headings = [""] * count
    for section in sections:
        for index in range(max(0, section.start), min(section.end, count)):
            headings[index] = section.heading
    return tuple(headings)
