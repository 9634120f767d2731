"""The skill taxonomy: the built-in data, the validator and overlays."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from screener.errors import TaxonomyError
from screener.models import SkillId
from screener.taxonomy import (
    Taxonomy,
    builtin_root,
    clear_cache,
    load_taxonomy,
    normalize_alias,
)

# ----------------------------------------------------------------------------- tables

# What resumes write -> the skill it must resolve to.
ALIASES = [
    ("postgres", "postgresql"),
    ("PostgreSQL", "postgresql"),
    ("k8s", "kubernetes"),
    ("DRF", "djangorestframework"),
    ("Django REST framework", "djangorestframework"),
    ("Node.JS", "nodejs"),
    ("NodeJS", "nodejs"),
    ("node js", "nodejs"),
    ("python3", "python"),
    ("Python 2", "python"),
    ("CPython", "cpython"),
    ("sklearn", "scikit-learn"),
    ("Hugging Face Transformers", "huggingface-transformers"),
    ("C++", "cpp"),
    ("C#", "csharp"),
    (".NET Core", "dotnet"),
    ("ASP.NET Core", "aspnet-core"),
    ("Vue.js", "vue"),
    ("CI/CD", "ci-cd"),
    ("PL/SQL", "plsql"),
    ("T-SQL", "tsql"),
    ("Objective-C", "objective-c"),
    ("S3", "s3"),
    ("EC2", "ec2"),
    ("GitHub Actions", "github-actions"),
    ("GitLab CI", "gitlab-ci"),
    ("Amazon EKS", "eks"),
    ("GKE", "gke"),
    ("AKS", "aks"),
    ("golang", "go"),
    ("Apache Spark", "spark"),
    ("Spring Boot", "spring-boot"),
    ("MS Excel", "excel"),
    ("Ruby on Rails", "rails"),
    ("SwiftUI", "swiftui"),
    ("Chef Infra", "chef"),
    ("Puppet Enterprise", "puppet"),
    ("Next.js", "nextjs"),
    ("NestJS", "nestjs"),
    ("AngularJS", "angularjs"),
    ("Angular", "angular"),
    ("OAuth 2.0", "oauth2"),
    ("OIDC", "openid-connect"),
    ("JWT", "jwt"),
    ("gRPC", "grpc"),
    ("OpenAPI", "openapi"),
    ("coverage.py", "coverage-py"),
    ("factory_boy", "factory-boy"),
    ("asyncpg", "asyncpg"),
    ("Route 53", "route53"),
    ("Power BI", "power-bi"),
    ("Salesforce", "salesforce"),
    ("TDD", "tdd"),
    ("microservices", "microservices"),
]

# A skill -> skills its closure must contain.
IMPLIED = [
    ("djangorestframework", {"django", "python"}),
    ("eks", {"kubernetes", "aws"}),
    ("spring-boot", {"spring", "java"}),
    ("react", {"javascript"}),
    ("nestjs", {"nodejs", "typescript", "javascript"}),
    ("pandas", {"python"}),
    ("fastapi", {"python", "starlette", "pydantic"}),
    ("pyspark", {"spark", "python"}),
    ("aws-lambda", {"aws"}),
    ("bigquery", {"gcp"}),
    ("cosmos-db", {"azure"}),
    ("alembic", {"sqlalchemy", "python"}),
]

# Aliases that are ordinary words or other things: counted only with context.
CONTEXT_REQUIRED = [
    "Go", "Flask", "Spark", "Swift", "Rust", "Chef", "Puppet", "Celery", "Express",
    "Spring", "Excel", "Word", "Access", "Teams", "Oracle", "Shell", "Ruby", "Julia",
    "Dart", "Scala", "Hive", "Pig", "Storm", "Beam", "Vault", "Helm", "Make", "Ant",
    "Bottle", "Falcon", "Tornado", "Pyramid", "Dash", "Next", "Nest", "Node", "Ember",
    "Backbone", "Meteor", "Mercury", "Tableau", "Salt", "Jasmine", "Mocha", "Chai",
    "Gin", "Echo", "Rocket", "Phoenix", "Crystal", "R", "C",
]

# Short aliases whose other casings are words or abbreviations.
CASE_SENSITIVE = ["Go", "R", "C", "Word", "Access", "Teams", "Next", "Nest", "Node"]

# Words that are skills almost every time a resume uses them: no context needed.
NO_CONTEXT = ["pandas", "Jest", "Elixir", "Kafka", "Django", "Kubernetes", "Apache Spark",
              "Spring Boot", "Microsoft Excel", "MS Excel", "Ruby on Rails", "Go language",
              "SwiftUI", "Swift UI", "Chef Infra", "Puppet Enterprise", "Next.js", "NestJS",
              "Node.js"]

# (alias, phrase around it that a negative pattern must drop)
NEGATIVES = [
    ("Go", "our go-to-market plan"),
    ("Go", "ready to go live"),
    ("Go", "meals on the go"),
    ("Spring", "intern, spring 2019"),
    ("Spring", "during spring semester"),
    ("Spring", "over spring break"),
    ("Excel", "I excel at planning"),
    ("Excel", "excelled in sales"),
    ("Word", "grew by word of mouth"),
    ("Word", "in other words"),
    ("Access", "access to production"),
    ("Shell", "a shell company"),
    ("Express", "express delivery"),
    ("Express", "express mail"),
    ("Chef", "chef de partie"),
    ("Chef", "sous chef"),
    ("Chef", "executive chef"),
    ("Chef", "pastry chef"),
    ("Phoenix", "Phoenix, AZ"),
    ("Helm", "took the helm"),
]

# (alias, phrase that must NOT be dropped): negatives stay narrow.
KEPT = [
    ("Access", "Microsoft Office (Word, Excel, Access)"),
    ("Go", "services in Go and Rust"),
    ("Spring", "Spring and Hibernate"),
    ("Express", "Express and MongoDB"),
    ("Excel", "Excel with VBA"),
]


def _alias(tax: Taxonomy, text: str):  # type: ignore[no-untyped-def]
    """The alias record whose text is exactly ``text`` (case included)."""
    for skill in tax:
        for alias in skill.aliases:
            if alias.text == text:
                return skill, alias
    raise AssertionError(f"no alias spelt {text!r}")


def _dropped(tax: Taxonomy, text: str, line: str) -> bool:
    """Whether a negative pattern of the alias covers its occurrence in ``line``."""
    skill, alias = _alias(tax, text)
    where = re.search(re.escape(text), line, re.IGNORECASE)
    assert where is not None
    for pattern in (*skill.negative, *alias.negative):
        for match in re.finditer(pattern, line, re.IGNORECASE):
            if match.start() < where.end() and where.start() < match.end():
                return True
    return False


# ----------------------------------------------------------------------------- helpers


def write_taxonomy(root: Path, skills: str, *, categories: str = "language: Languages\n"
                   "web_framework: Web frameworks\ndatabase: Databases\n") -> Path:
    """Write a small taxonomy (taxonomy.yaml + skills.yaml) into ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    meta = 'version: "1.0"\ncategories:\n' + textwrap.indent(categories, "  ")
    (root / "taxonomy.yaml").write_text(meta, encoding="utf-8")
    (root / "skills.yaml").write_text(textwrap.dedent(skills), encoding="utf-8")
    return root


GOOD = """\
skills:
  - id: python
    name: Python
    category: language
    kind: technology
    aliases: [python3]
  - id: django
    name: Django
    category: web_framework
    kind: technology
    implies: [python]
  - id: go
    name: Go
    category: language
    kind: technology
    aliases:
      - text: Go
        case_sensitive: true
        context: required
      - {text: golang, why: the language's usual name outside its own site}
    negative: ['\\bgo-to-market\\b']
"""


def problems_of(root: Path, overlays: tuple[Path, ...] = ()) -> list[str]:
    """The problem messages loading ``root`` (with overlays) reports."""
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(overlays, root=root)
    return [str(p) for p in info.value.problems]


# ----------------------------------------------------------------------------- tests


class TestBuiltinTaxonomy:
    """The taxonomy shipped in skill_taxonomy/."""

    def test_loads(self) -> None:
        """The built-in files load and validate without a problem."""
        tax = load_taxonomy()
        assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", tax.version)
        assert tax.sha256 and len(tax.sha256) == 64

    def test_size_targets(self) -> None:
        """It holds at least 560 skills and 1,700 aliases."""
        tax = load_taxonomy()
        assert len(tax) >= 560
        assert tax.alias_count >= 1700

    def test_every_category_is_declared(self) -> None:
        """Every skill's category is one of taxonomy.yaml's categories."""
        tax = load_taxonomy()
        assert {s.category for s in tax} <= set(tax.categories)

    def test_builtin_root_holds_the_files(self) -> None:
        """builtin_root() is the folder with taxonomy.yaml, README.md and the skill files."""
        root = builtin_root()
        assert (root / "taxonomy.yaml").is_file()
        assert (root / "README.md").is_file()
        assert len(list(root.glob("*.yaml"))) > 10

    def test_regexes_compile(self) -> None:
        """Every negative pattern is a valid regular expression."""
        for skill in load_taxonomy():
            for pattern in (*skill.negative, *(p for a in skill.aliases for p in a.negative)):
                re.compile(pattern, re.IGNORECASE)


class TestResolve:
    """Taxonomy.resolve: names and aliases to ids."""

    @pytest.mark.parametrize(("alias", "skill_id"), ALIASES)
    def test_alias_resolves(self, alias: str, skill_id: str) -> None:
        """Each alias in the table resolves to its skill."""
        assert load_taxonomy().resolve(alias) == skill_id

    @pytest.mark.parametrize("name", ["", "cooking", "nonexistent framework"])
    def test_unknown_is_none(self, name: str) -> None:
        """A string no skill claims resolves to None."""
        assert load_taxonomy().resolve(name) is None

    def test_ids_resolve_to_themselves(self) -> None:
        """Every id resolves to its own skill."""
        tax = load_taxonomy()
        assert all(tax.resolve(skill.id) == skill.id for skill in tax)

    def test_closest_suggests(self) -> None:
        """closest() offers the display name of a near miss."""
        assert "Kubernetes" in load_taxonomy().closest("kubernets")


class TestImplied:
    """Taxonomy.implied: the transitive closure of `implies`."""

    @pytest.mark.parametrize(("skill_id", "expected"), IMPLIED)
    def test_closure(self, skill_id: str, expected: set[str]) -> None:
        """The closure contains every skill in the table, and not the skill itself."""
        implied = load_taxonomy().implied(SkillId(skill_id))
        assert expected <= set(implied)
        assert skill_id not in implied

    def test_every_aws_service_implies_aws(self) -> None:
        """Each named AWS service implies the AWS platform."""
        tax = load_taxonomy()
        aws = [s for s in tax if s.source.endswith("cloud_aws.yaml") and s.category == "cloud_service"]
        assert len(aws) > 40
        assert all("aws" in tax.implied(s.id) for s in aws)


class TestAmbiguityRules:
    """The per-alias rules for words that are not always skills."""

    @pytest.mark.parametrize("text", CONTEXT_REQUIRED)
    def test_needs_context(self, text: str) -> None:
        """The alias exists and counts only with technical context."""
        _, alias = _alias(load_taxonomy(), text)
        assert alias.needs_context
        assert not alias.fuzzy

    @pytest.mark.parametrize("text", CASE_SENSITIVE)
    def test_case_sensitive(self, text: str) -> None:
        """The alias matches only its own casing."""
        _, alias = _alias(load_taxonomy(), text)
        assert alias.case_sensitive

    @pytest.mark.parametrize("text", NO_CONTEXT)
    def test_unambiguous_forms_need_no_context(self, text: str) -> None:
        """Multi-word and unambiguous forms resolve and count without context."""
        tax = load_taxonomy()
        skill_id = tax.resolve(text)
        assert skill_id is not None
        alias = next(a for a in tax[skill_id].aliases if normalize_alias(a.text) == normalize_alias(text))
        assert not alias.needs_context

    @pytest.mark.parametrize(("text", "line"), NEGATIVES)
    def test_negative_drops(self, text: str, line: str) -> None:
        """A negative pattern covers the alias in the set phrase."""
        assert _dropped(load_taxonomy(), text, line)

    @pytest.mark.parametrize(("text", "line"), KEPT)
    def test_negative_keeps_real_uses(self, text: str, line: str) -> None:
        """No negative pattern covers the alias where it is the skill."""
        assert not _dropped(load_taxonomy(), text, line)

    def test_access_control_is_its_own_skill(self) -> None:
        """"Access control" belongs to the security skill, not to Microsoft Access."""
        assert load_taxonomy().resolve("access control") == "access-control"

    def test_every_context_skill_explains_itself(self) -> None:
        """A skill whose display name needs context has its own context words."""
        tax = load_taxonomy()
        missing = [
            s.id for s in tax
            if any(a.needs_context and normalize_alias(a.text) == normalize_alias(s.name)
                   for a in s.aliases) and not s.context_words
        ]
        assert missing == []


class TestNormalizeAlias:
    """normalize_alias: the one folding used for lookups."""

    @pytest.mark.parametrize(("raw", "folded"), [
        ("  Node.JS ", "node.js"),
        ("Ruby  on\tRails", "ruby on rails"),
        ("C#", "c#"),
        ("CI/CD", "ci/cd"),
    ])
    def test_folds(self, raw: str, folded: str) -> None:
        """Lower case, single spaces, punctuation kept."""
        assert normalize_alias(raw) == folded


@pytest.mark.usefixtures("fresh_taxonomy_cache")
class TestValidator:
    """Validation of taxonomy files: every problem, at once, with a hint."""

    def test_good_taxonomy_loads(self, tmp_path: Path) -> None:
        """A small correct taxonomy loads, with the display name added as an alias."""
        tax = load_taxonomy(root=write_taxonomy(tmp_path, GOOD))
        assert len(tax) == 3
        assert tax.resolve("Django") == "django"
        assert tax.implied(SkillId("django")) == ("python",)
        assert tax.alias_count == 5  # Python, python3, Django, Go, golang: Go's name is its alias

    def test_duplicate_id(self, tmp_path: Path) -> None:
        """Two skills with one id are reported with where the first was defined."""
        skills = GOOD + "  - {id: python, name: Python again, category: language, kind: technology}\n"
        [problem] = problems_of(write_taxonomy(tmp_path, skills))
        assert "duplicate skill id 'python'" in problem

    def test_duplicate_yaml_key(self, tmp_path: Path) -> None:
        """A key written twice in one entry is reported with its file and line, not silently overwritten."""
        skills = GOOD + "  - {id: rust, name: Rust, category: language, kind: technology, name: Rustlang}\n"
        root = write_taxonomy(tmp_path, skills)
        [problem] = problems_of(root)
        assert "duplicate key 'name'" in problem and ".yaml: line " in problem

    def test_alias_claimed_twice(self, tmp_path: Path) -> None:
        """An alias claimed by two skills is reported."""
        skills = GOOD + "  - {id: py, name: Py, category: language, kind: technology, aliases: [{text: python3, why: a test alias}]}\n"
        [problem] = problems_of(write_taxonomy(tmp_path, skills))
        assert "alias 'python3' is claimed by 'python'" in problem

    def test_alias_spelt_like_an_id(self, tmp_path: Path) -> None:
        """An alias that is another skill's id is reported."""
        skills = GOOD + (
            "  - {id: pg, name: PostgreSQL, category: database, kind: technology}\n"
            "  - {id: pygame, name: Pygame, category: language, kind: technology, aliases: [{text: pg, why: test}]}\n"
        )
        [problem] = problems_of(write_taxonomy(tmp_path, skills))
        assert "alias 'pg' is the id of skill 'pg'" in problem

    def test_alias_listed_twice(self, tmp_path: Path) -> None:
        """The same alias twice in one skill is reported; casings of case-sensitive ones are not."""
        skills = GOOD + (
            "  - {id: oop, name: OOP, category: language, kind: technology, aliases: [{text: oo design, why: test}, {text: OO Design, why: test}]}\n"
            "  - {id: xp, name: XP, category: language, kind: technology, aliases: "
            "[{text: XPs, case_sensitive: true, why: test}, {text: XPS, case_sensitive: true, why: test}]}\n"
        )
        [problem] = problems_of(write_taxonomy(tmp_path, skills))
        assert "'OO Design' is listed twice" in problem

    def test_unknown_implied_id_with_hint(self, tmp_path: Path) -> None:
        """An unknown implied id is reported with the nearest id."""
        skills = GOOD + "  - {id: flask, name: Flask, category: web_framework, kind: technology, implies: [pyton]}\n"
        [problem] = problems_of(write_taxonomy(tmp_path, skills))
        assert "implies unknown skill 'pyton'; did you mean 'python'?" in problem

    def test_cycle(self, tmp_path: Path) -> None:
        """A cycle of implies is reported once, with its path."""
        skills = """\
        skills:
          - {id: a, name: A, category: language, kind: technology, implies: [b]}
          - {id: b, name: B, category: language, kind: technology, implies: [c]}
          - {id: c, name: C, category: language, kind: technology, implies: [a]}
        """
        [problem] = problems_of(write_taxonomy(tmp_path, skills))
        assert "implies forms a cycle: a -> b -> c -> a" in problem

    def test_self_implication(self, tmp_path: Path) -> None:
        """A skill implying itself is reported."""
        skills = "skills:\n  - {id: a, name: A, category: language, kind: technology, implies: [a]}\n"
        [problem] = problems_of(write_taxonomy(tmp_path, skills))
        assert "cannot imply itself" in problem

    @pytest.mark.parametrize("where", ["skill", "alias"])
    def test_bad_regex(self, tmp_path: Path, where: str) -> None:
        """A regular expression that does not compile is reported, skill- or alias-level."""
        if where == "skill":
            entry = "  - {id: a, name: A, category: language, kind: technology, negative: ['(unclosed']}\n"
        else:
            entry = "  - {id: a, name: A, category: language, kind: technology, aliases: [{text: A1, negative: ['[z-a]']}]}\n"
        [problem] = problems_of(write_taxonomy(tmp_path, "skills:\n" + entry))
        assert "bad regular expression" in problem

    @pytest.mark.parametrize(("entry", "hint"), [
        ("{id: a, name: A, category: language, kind: technology, alias: [b]}", "unknown key 'alias'; did you mean 'aliases'?"),
        ("{id: a, name: A, category: language, kind: technology, implied: [b]}", "unknown key 'implied'; did you mean 'implies'?"),
        ("{id: a, name: A, category: language, kind: technology, aliases: [{text: B, case_sensitiv: true, why: test}]}",
         "unknown key 'case_sensitiv'; did you mean 'case_sensitive'?"),
    ])
    def test_misspelt_key(self, tmp_path: Path, entry: str, hint: str) -> None:
        """A misspelt key is reported with the key it probably meant."""
        [problem] = problems_of(write_taxonomy(tmp_path, f"skills:\n  - {entry}\n"))
        assert hint in problem

    def test_unknown_category(self, tmp_path: Path) -> None:
        """A category taxonomy.yaml does not declare is reported with a hint."""
        skills = "skills:\n  - {id: a, name: A, category: languge, kind: technology}\n"
        [problem] = problems_of(write_taxonomy(tmp_path, skills))
        assert "unknown category 'languge'; did you mean 'language'?" in problem

    @pytest.mark.parametrize("key", ["aliases", "implies", "context_words", "negative"])
    def test_scalar_instead_of_list(self, tmp_path: Path, key: str) -> None:
        """A list-valued key given one string is reported, not read letter by letter."""
        skills = f"skills:\n  - {{id: a, name: A, category: language, kind: technology, {key}: postgres}}\n"
        [problem] = problems_of(write_taxonomy(tmp_path, skills))
        assert f"'{key}' must be a list" in problem

    @pytest.mark.parametrize(("entry", "message"), [
        ("{id: A B, name: A, category: language, kind: technology}", "id must be lower case"),
        ("{id: a, category: language, kind: technology}", "needs a display 'name'"),
        ("{id: a, name: A, category: language, kind: technology, aliases: [{context: required}]}", "needs 'text'"),
        ("{id: a, name: A, category: language, kind: technology, aliases: [{text: B, context: maybe, why: test}]}",
         "context must be one of"),
        ("{id: a, name: A, category: language, kind: technology, aliases: [3.11]}", "must be a string or a mapping"),
    ])
    def test_malformed_entries(self, tmp_path: Path, entry: str, message: str) -> None:
        """Malformed ids, names and aliases are reported."""
        [problem] = problems_of(write_taxonomy(tmp_path, f"skills:\n  - {entry}\n"))
        assert message in problem

    def test_all_problems_at_once(self, tmp_path: Path) -> None:
        """Every problem in every file comes in one TaxonomyError, each naming its file."""
        skills = """\
        skills:
          - {id: a, name: A, category: nope, kind: technology, alias: [x]}
          - {id: b, name: B, category: language, kind: technology, implies: [zzz], negative: ['(']}
          - {id: c, name: C, category: language, kind: technology, aliases: [{text: shared, why: test}]}
          - {id: d, name: D, category: language, kind: technology, aliases: [{text: shared, why: test}]}
        """
        root = write_taxonomy(tmp_path, skills)
        (root / "more.yaml").write_text("skills:\n  - {id: e, name: E, category: nowhere, kind: technology}\n")
        with pytest.raises(TaxonomyError) as info:
            load_taxonomy(root=root)
        error = info.value
        assert isinstance(error, ValueError)
        assert len(error.problems) == 6
        assert {Path(p.source).name for p in error.problems} == {"skills.yaml", "more.yaml"}
        assert "6 problem(s)" in str(error)

    def test_faulty_skill_still_exists(self, tmp_path: Path) -> None:
        """A skill with a problem of its own is still known to the skills implying it."""
        skills = """\
        skills:
          - {id: a, name: A, category: nope, kind: technology}
          - {id: b, name: B, category: language, kind: technology, implies: [a]}
        """
        [problem] = problems_of(write_taxonomy(tmp_path, skills))
        assert "unknown category" in problem

    def test_skill_fuzzy_is_the_aliases_default(self, tmp_path: Path) -> None:
        """`fuzzy: false` on a skill turns misspelling matches off for all its aliases."""
        skills = """\
        skills:
          - {id: kubernetes, name: Kubernetes, category: language, kind: technology, fuzzy: false,
             aliases: [{text: kubernetes cluster, why: test}, {text: kubernetes engine, fuzzy: true, why: a test alias}]}
        """
        tax = load_taxonomy(root=write_taxonomy(tmp_path, skills))
        fuzzy = {a.text: a.fuzzy for a in tax["kubernetes"].aliases}
        assert fuzzy == {"Kubernetes": False, "kubernetes cluster": False, "kubernetes engine": True}

    def test_missing_version_and_bad_yaml(self, tmp_path: Path) -> None:
        """A missing version and a file that is not YAML are both reported."""
        root = write_taxonomy(tmp_path, "skills: [unclosed\n")
        (root / "taxonomy.yaml").write_text("categories: {language: Languages}\n")
        problems = problems_of(root)
        assert any("needs a version" in p for p in problems)
        assert any("not valid YAML" in p for p in problems)


@pytest.mark.usefixtures("fresh_taxonomy_cache")
class TestOverlays:
    """Overlay files over a taxonomy: add skills and aliases, override rules."""

    @pytest.fixture
    def root(self, tmp_path: Path) -> Path:
        """A small valid taxonomy."""
        return write_taxonomy(tmp_path / "tax", GOOD)

    @staticmethod
    def overlay(tmp_path: Path, text: str, name: str = "acme.yaml") -> Path:
        """Write an overlay file."""
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def test_adds_a_skill(self, root: Path, tmp_path: Path) -> None:
        """A new id in an overlay is a new skill, and may use the base skills."""
        path = self.overlay(tmp_path, """\
        version: acme-1
        skills:
          - {id: acme-orm, name: AcmeORM, category: database, kind: technology, implies: [django]}
        """)
        tax = load_taxonomy([path], root=root)
        assert tax.resolve("acmeorm") == "acme-orm"
        assert tax.implied(SkillId("acme-orm")) == ("django", "python")
        assert tax.version == "1.0+acme-1"
        assert tax["acme-orm"].source == str(path.resolve())

    @pytest.mark.parametrize("as_given", [str, Path], ids=["str", "Path"])
    def test_one_path_alone_is_one_overlay(self, root: Path, tmp_path: Path, as_given: type) -> None:
        """One overlay's path given alone, as text or a Path, loads that overlay (not one file per letter)."""
        path = self.overlay(tmp_path, "version: acme-1\n")
        assert load_taxonomy(as_given(path), root=root).version == "1.0+acme-1"

    def test_an_edited_overlay_is_loaded_again(self, root: Path, tmp_path: Path) -> None:
        """Taxonomies are kept by their files' content: an overlay edited in place is read anew, unedited it is not."""
        path = self.overlay(tmp_path, "version: acme-1\n")
        first = load_taxonomy([path], root=root)
        assert load_taxonomy([path], root=root) is first
        self.overlay(tmp_path, "version: acme-2\n")
        assert load_taxonomy([path], root=root).version == "1.0+acme-2"

    def test_adds_an_alias(self, root: Path, tmp_path: Path) -> None:
        """An existing id gains the overlay's aliases and keeps its own."""
        path = self.overlay(tmp_path, "skills:\n  - {id: python, aliases: [{text: snake lang, why: our team's nickname}]}\n")
        tax = load_taxonomy([path], root=root)
        assert tax.resolve("snake lang") == "python"
        assert tax.resolve("python3") == "python"
        assert tax["python"].name == "Python"

    def test_overrides_a_rule(self, root: Path, tmp_path: Path) -> None:
        """Fields other than aliases are replaced; an alias with the same text is replaced."""
        path = self.overlay(tmp_path, """\
        skills:
          - id: go
            negative: ['\\bgo green\\b']
            context_words: [goroutine]
            aliases:
              - text: Go
                case_sensitive: true
        """)
        tax = load_taxonomy([path], root=root)
        go = tax["go"]
        assert go.negative == (r"\bgo green\b",)
        assert go.context_words == ("goroutine",)
        alias = next(a for a in go.aliases if a.text == "Go")
        assert alias.case_sensitive and not alias.needs_context
        assert tax.resolve("golang") == "go"

    def test_bad_overlay_names_its_file(self, root: Path, tmp_path: Path) -> None:
        """Problems in an overlay are reported against the overlay file."""
        path = self.overlay(tmp_path, """\
        skills:
          - {id: python, aliases: [{text: golang, why: test}]}
          - {id: newthing, name: New, category: nowhere, kind: technology}
        """, name="bad-overlay.yaml")
        with pytest.raises(TaxonomyError) as info:
            load_taxonomy([path], root=root)
        sources = {Path(p.source).name for p in info.value.problems}
        assert "bad-overlay.yaml" in sources
        assert len(info.value.problems) == 2

    def test_missing_overlay_reported_once(self, root: Path, tmp_path: Path) -> None:
        """An overlay that cannot be read is one problem."""
        problems = problems_of(root, (tmp_path / "absent.yaml",))
        assert len(problems) == 1
        assert "cannot read the file" in problems[0]

    def test_overlay_may_add_categories(self, root: Path, tmp_path: Path) -> None:
        """An overlay can declare the categories its new skills use."""
        path = self.overlay(tmp_path, """\
        categories: {internal: Internal tools}
        skills:
          - {id: acme-deploy, name: AcmeDeploy, category: internal, kind: technology}
        """)
        assert load_taxonomy([path], root=root)["acme-deploy"].category == "internal"

    def test_hash_changes_with_overlay_and_is_stable(self, root: Path, tmp_path: Path) -> None:
        """The taxonomy hash changes with an overlay and is the same across loads."""
        path = self.overlay(tmp_path, "skills:\n  - {id: python, aliases: [{text: snake lang, why: our team's nickname}]}\n")
        plain = load_taxonomy(root=root).sha256
        with_overlay = load_taxonomy([path], root=root)
        clear_cache()
        again = load_taxonomy([path], root=root)
        assert with_overlay.sha256 != plain
        assert again.sha256 == with_overlay.sha256
        assert again.sources == ((str(path.resolve()), with_overlay.sources[0][1]),)
        assert len(with_overlay.sources[0][1]) == 64

    def test_builtin_hash_is_stable(self) -> None:
        """Two loads of the built-in taxonomy give one hash."""
        first = load_taxonomy().sha256
        clear_cache()
        assert load_taxonomy().sha256 == first

    def test_overlay_on_builtin(self, tmp_path: Path) -> None:
        """An overlay applies to the built-in taxonomy too."""
        path = self.overlay(tmp_path, """\
        skills:
          - {id: acme-rpc, name: AcmeRPC, category: api, kind: technology, implies: [grpc]}
        """)
        tax = load_taxonomy([path])
        assert "protocol-buffers" in tax.implied(SkillId("acme-rpc"))
        assert tax.sha256 != load_taxonomy().sha256


@pytest.mark.usefixtures("fresh_taxonomy_cache")
class TestKindsAndAliasRule:
    """Every skill's kind, and every alias the same thing as its skill."""

    def test_every_builtin_skill_has_a_kind(self) -> None:
        """Each built-in skill is a technology, a method or a concept."""
        assert {s.kind for s in load_taxonomy()} <= {"technology", "method", "concept"}

    def test_missing_kind_is_reported(self, tmp_path: Path) -> None:
        """A skill without a kind is a problem that names the choices."""
        [problem] = problems_of(write_taxonomy(tmp_path, "skills:\n  - {id: a, name: A, category: language}\n"))
        assert "kind must be one of technology, method, concept" in problem

    def test_a_concept_never_implies_a_technology(self, tmp_path: Path) -> None:
        """A concept that implies a named thing is reported."""
        skills = GOOD + "  - {id: web-dev, name: Web development, category: language, kind: concept, implies: [django]}\n"
        [problem] = problems_of(write_taxonomy(tmp_path, skills))
        assert "the concept 'Web development' implies the technology 'Django'" in problem

    def test_related_must_exist(self, tmp_path: Path) -> None:
        """A related id that no skill has is reported."""
        skills = GOOD + "  - {id: flask, name: Flask, category: web_framework, kind: technology, related: [djngo]}\n"
        [problem] = problems_of(write_taxonomy(tmp_path, skills))
        assert "related to unknown skill 'djngo'" in problem

    def test_an_empty_why_is_reported(self, tmp_path: Path) -> None:
        """A why must say why."""
        skills = GOOD + "  - {id: tfs, name: Azure DevOps Server, category: language, kind: technology, " \
                        "aliases: [{text: TFS, why: ''}]}\n"
        assert any("'why' must say why" in p for p in problems_of(write_taxonomy(tmp_path, skills)))

    def test_a_different_product_is_named(self, tmp_path: Path) -> None:
        """An alias that is neither a spelling nor an initialism of its skill, with no why, is named."""
        skills = GOOD + "  - {id: threejs, name: Three.js, category: language, kind: technology, aliases: [WebGL]}\n"
        [problem] = problems_of(write_taxonomy(tmp_path, skills))
        assert "alias 'WebGL' is not a spelling, version, vendor prefix or initialism of 'Three.js'" in problem

    def test_a_why_admits_a_former_name(self, tmp_path: Path) -> None:
        """A former name with its why is accepted as the same thing."""
        skills = GOOD + "  - {id: azure-devops-server, name: Azure DevOps Server, category: language, " \
                        "kind: technology, aliases: [{text: TFS, why: 'former name, renamed 2019'}]}\n"
        tax = load_taxonomy(root=write_taxonomy(tmp_path, skills))
        assert tax.resolve("TFS") == "azure-devops-server"


# ----------------------------------------------------------------------------- grown vocabulary (2026.12.1)

# Products of many trades that resumes name, with a former name, an edition or a version.
GROWN_ALIASES = [
    ("Lotus Notes", "ibm-notes"),
    ("Lotus Domino", "ibm-domino"),
    ("3D Studio Max", "3ds-max"),
    ("Windows XP", "windows"),
    ("Microsoft Lync", "skype-for-business"),
    ("Ethereal", "wireshark"),
    ("Epic EHR", "epic-ehr"),
    ("MAS 90", "sage-100"),
    ("PuTTY", "putty"),
    ("Visual SourceSafe", "visual-sourcesafe"),
    ("J2ME", "java-me"),
    ("J2SE", "java"),
    ("Google AdWords", "google-ads"),
    ("Unigraphics", "siemens-nx"),
    ("Code::Blocks", "code-blocks"),
    ("ClearQuest", "clearquest"),
    ("Macromedia Dreamweaver", "adobe-dreamweaver"),
    ("SCCM", "sccm"),
    ("DHTML", "dhtml"),
    ("Numara FootPrints", "footprints"),
    ("Toad for Oracle", "toad"),
    ("Robomongo", "robo-3t"),
    ("SAP XI", "sap-pi"),
    ("Visual Basic.NET", "vbnet"),
    # 2026.12.5: spellings, former names and short names
    ("Sequel Server", "sql-server"),
    ("Forefront Identity Manager", "microsoft-identity-manager"),
    ("REALbasic", "xojo"),
    ("Adobe CQ5", "adobe-experience-manager"),
    ("Sybase ASA", "sql-anywhere"),
    ("Modula II", "modula-2"),
    ("X Windows", "x-window-system"),
    ("Crystal Xcelsius", "xcelsius"),
    ("Sikuli", "sikulix"),
    ("Anypoint", "mulesoft"),
    ("Jakarta Transactions", "jta"),
    ("CA Service Virtualization", "ca-lisa"),
    ("Lean 6 Sigma", "six-sigma"),
    ("AS 400", "as400"),
    ("ICD9", "icd-10"),
    ("Google Suite", "google-workspace"),
    ("Bloomberg Tax", "bloomberg-bna"),
    ("Display Write", "displaywrite"),
    ("Hogan System", "hogan-systems"),
    ("People Soft Query", "peoplesoft-query"),
]

# A new skill -> skills its closure must contain.
GROWN_IMPLIED = [
    ("xpages", {"ibm-domino"}),
    ("sap-pp", {"sap"}),
    ("gwt", {"java"}),
    ("cisco-anyconnect", {"vpn"}),
    ("mcafee-endpoint-encryption", {"mcafee"}),
    ("epic-ehr", {"ehr"}),
    # 2026.12.5
    ("xlib", {"x-window-system"}),
    ("cloudhub", {"mulesoft"}),
    ("richfaces", {"jsf", "java"}),
    ("peoplecode", {"peoplesoft"}),
    ("sql-server-dts", {"sql-server"}),
    ("drush", {"drupal", "php"}),
    ("volley", {"android"}),
]

# New aliases that are ordinary words, places or names: counted only with context.
GROWN_CONTEXT_REQUIRED = ["Epic", "Swing", "Flash", "Flex", "ASP", "DOS", "Mac", "Sabre", "Rally", "Toad",
                          "Exchange", "Remedy", "Publisher", "Lawson", "Peachtree", "Ghost", "Ethereal"]

# (alias, phrase around it that a negative pattern must drop)
GROWN_NEGATIVES = [
    ("Swing", "worked the swing shift on weekends"),
    ("Flash", "backed up files on a flash drive"),
    ("Flex", "the role offers flex time"),
    ("Mac", "filtered clients by MAC address"),
    ("Rally", "organised a fundraising rally"),
    ("Peachtree", "office on Peachtree Street, Atlanta"),
    ("Exchange", "worked on the foreign exchange desk"),
    ("SQL Developer", "hired as a SQL Developer at a bank"),
    ("XP", "Supported Windows (XP and 7) desktops"),
]

# (alias, phrase that must NOT be dropped): the new negatives stay narrow.
GROWN_KEPT = [
    ("Swing", "Java, Swing, AWT"),
    ("Flash", "Flash and ActionScript animations"),
    ("Mac", "Windows, Mac and Linux"),
    ("Exchange", "Exchange, Active Directory and Outlook"),
    ("SQL Developer", "Toad, SQL Developer, SQL*Plus"),
]

# (a line of a skills section, a skill it must yield): the extractor finds the new entries in real use.
GROWN_SKILLS_LINES = [
    ("EHR: Epic, Cerner and Meditech", "epic-ehr"),
    ("Point of sale: MICROS, Aloha, Toast POS", "oracle-micros"),
    ("Accounting: Peachtree, QuickBooks, Sage 100", "sage-50"),
    ("Remote access: PuTTY, WinSCP, TeamViewer", "winscp"),
    ("Java, Swing, JDBC, Hibernate", "java-swing"),
    ("Windows XP/Vista, Mac OS X, Linux", "windows"),
]


# (a line of prose, a new skill it must not yield): ordinary words stay words.
GROWN_NOT_FOUND = [
    ("Worked as a ghost writer for two novels", "norton-ghost"),
    ("Helped find bugs before each release", "findbugs"),
    ("Hired as a SQL Developer at a regional bank", "oracle-sql-developer"),
    ("I expect to finish the degree in May", "expect-tcl"),
    ("Opened a second office in San Juan Capistrano", "capistrano"),
    ("Wrote reusable code blocks for the team", "code-blocks"),
    ("Drove long hauls with cruise control", "cruisecontrol"),
    ("Shipped version one of the handbook", "versionone"),
    ("The team wins awards every year", "wins"),
    ("Ran the front page of the student paper", "frontpage"),
]


class TestGrownVocabulary:
    """The products added from the vocabulary of real resumes keep the alias and context rules."""

    @pytest.mark.parametrize(("alias", "skill_id"), GROWN_ALIASES)
    def test_alias_resolves(self, alias: str, skill_id: str) -> None:
        """Each new alias resolves to its skill."""
        assert load_taxonomy().resolve(alias) == skill_id

    @pytest.mark.parametrize(("skill_id", "expected"), GROWN_IMPLIED)
    def test_closure(self, skill_id: str, expected: set[str]) -> None:
        """A new skill implies what knowing it truly entails."""
        assert expected <= set(load_taxonomy().implied(SkillId(skill_id)))

    @pytest.mark.parametrize("text", GROWN_CONTEXT_REQUIRED)
    def test_needs_context(self, text: str) -> None:
        """A new alias that is an ordinary word counts only with technical context."""
        _, alias = _alias(load_taxonomy(), text)
        assert alias.needs_context

    @pytest.mark.parametrize(("text", "line"), GROWN_NEGATIVES)
    def test_negative_drops(self, text: str, line: str) -> None:
        """A negative pattern covers the new alias in the set phrase."""
        assert _dropped(load_taxonomy(), text, line)

    @pytest.mark.parametrize(("text", "line"), GROWN_KEPT)
    def test_negative_keeps_real_uses(self, text: str, line: str) -> None:
        """No negative pattern covers the new alias where it is the skill."""
        assert not _dropped(load_taxonomy(), text, line)

    @pytest.mark.parametrize(("line", "skill_id"), GROWN_SKILLS_LINES)
    def test_found_in_a_skills_line(self, line: str, skill_id: str) -> None:
        """The extractor reports the new skill from a skills-section line that names it."""
        from screener.skills import SkillExtractor

        found = {m.skill_id for m in SkillExtractor(load_taxonomy()).extract_text(line, section="skills")}
        assert skill_id in found

    @pytest.mark.parametrize(("line", "skill_id"), GROWN_NOT_FOUND)
    def test_ordinary_words_are_not_skills(self, line: str, skill_id: str) -> None:
        """A new alias that is also an ordinary phrase is not reported from prose."""
        from screener.skills import SkillExtractor

        found = {m.skill_id for m in SkillExtractor(load_taxonomy()).extract_text(line)}
        assert skill_id not in found

    def test_trade_systems_are_not_core_categories(self) -> None:
        """Clinical, point-of-sale, payroll and engineering products sit in their trades' categories."""
        tax = load_taxonomy()
        trades = {"epic-ehr": "healthcare", "oracle-micros": "hospitality", "adp": "hr_finance",
                  "westlaw": "business_data", "ansys": "engineering", "final-cut-pro": "media",
                  "putty": "it_support", "mfc": "desktop_gui", "opengl": "graphics", "file-aid": "mainframe"}
        assert {skill_id: tax[SkillId(skill_id)].category for skill_id in trades} == trades

    def test_broad_terms_are_concepts(self) -> None:
        """The broad terms added beside the products are concepts, not technologies."""
        tax = load_taxonomy()
        assert {tax[SkillId(s)].kind for s in ("ehr", "pos-systems", "hris", "medical-billing", "web-services")} \
            == {"concept"}

    @pytest.mark.parametrize(("former", "skill_id"), [("Peachtree", "sage-50"), ("Great Plains", "dynamics-gp"),
                                                       ("Lync", "skype-for-business")])
    def test_a_renamed_product_is_one_skill(self, former: str, skill_id: str) -> None:
        """A product's former name is an alias of the product, not a second skill."""
        assert load_taxonomy().resolve(former) == skill_id


# ----------------------------------------------------------------------------- coverage (2026.12.5)

# (a line naming the tools, the skills it must yield): the new entries and short names in real use.
LINES_5 = [
    ("Java, JSP, Struts, Tiles, Velocity", {"apache-tiles", "apache-velocity"}),
    ("Android: Retrofit, Volley, Picasso, Glide, Dagger, OkHttp", {"retrofit", "volley", "picasso", "glide", "dagger",
                                                                   "okhttp"}),
    ("XML parsing with SAX and StAX", {"sax", "stax"}),
    ("Pentaho Kettle and Spoon ETL jobs", {"pentaho"}),
    ("Migrated DTS packages to SSIS", {"sql-server-dts", "ssis"}),
    ("Built AEM components with Sling and JCR", {"adobe-experience-manager"}),
    ("GUI work in X11, Xlib and Motif", {"x-window-system", "xlib", "motif"}),
    ("Embedded Derby and H2 databases for JDBC tests", {"apache-derby"}),
    ("Edited in Final Cut Pro, Motion and LiveType", {"apple-motion", "livetype"}),
    ("Tax tools: OneSource, CorpTax, CCH, BNA", {"onesource", "corptax", "cch", "bloomberg-bna"}),
    ("Outlook, Live Meeting, Excel", {"live-meeting"}),
    ("Quality programs under TQM", {"total-quality-management"}),
]

# (a line of prose, a new skill it must not yield): the new short names that are ordinary words stay words.
NOT_FOUND_5 = [
    ("Played volley ball at the beach", "volley"),
    ("Painted in the style of Picasso", "picasso"),
    ("Planted a pear tree", "pear"),
    ("Sold castor oil at the market", "castor"),
    ("Played the sax in a band", "sax"),
    ("Led the seismic retrofit of the building", "retrofit"),
    ("Taught tapestry weaving classes", "apache-tapestry"),
    ("Tidal energy research", "tidal-scheduler"),
    ("Trip to the Eiffel Tower", "eiffel"),
    ("Installed floor tiles and kitchen tiles", "apache-tiles"),
    ("Improved team velocity by 20% each sprint", "apache-velocity"),
    ("Volunteer at the Kentucky Derby", "apache-derby"),
    ("Boiled a kettle for the team", "pentaho"),
    ("Flew the glide path on approach", "glide"),
    ("Filed a motion with the court", "apple-motion"),
    ("Facilitated live meetings with the crew", "live-meeting"),
]


class TestCoverage5:
    """The entries of 2026.12.5 are found in use, and their short names that are ordinary words stay words (their
    aliases and closures are rows of the grown-vocabulary tables above)."""

    @pytest.mark.parametrize(("line", "expected"), LINES_5)
    def test_found_in_use(self, line: str, expected: set[str]) -> None:
        """The extractor reports the new skills, and short names beside their own words, from a line that uses them."""
        from screener.skills import SkillExtractor

        found = {m.skill_id for m in SkillExtractor(load_taxonomy()).extract_text(line)}
        assert expected <= found

    @pytest.mark.parametrize(("line", "skill_id"), NOT_FOUND_5)
    def test_ordinary_words_are_not_skills(self, line: str, skill_id: str) -> None:
        """A new short name that is an ordinary word is not reported from prose, nor from a skills line without its
        own words."""
        from screener.skills import SkillExtractor

        extractor = SkillExtractor(load_taxonomy())
        assert skill_id not in {m.skill_id for m in extractor.extract_text(line)}
        assert skill_id not in {m.skill_id for m in extractor.extract_text(line, section="skills")}


# Core technologies added in 2026.12.9 (made-up lines): each is found as resumes write it...
CORE_STACK_FOUND = [
    ("Schema changes shipped with Liquibase and Flyway on PostgreSQL", "experience", ["liquibase", "flyway"]),
    ("Deployed services with Marathon on Mesos; Calico and Cilium for Kubernetes networking", "experience",
     ["marathon", "calico", "cilium"]),
    ("Laravel, Blade, Eloquent, Guzzle, PHPStan", "skills", ["laravel-blade", "guzzle", "phpstan"]),
    ("Rust services built with Cargo and Tokio; a Yew front end in WebAssembly", "experience",
     ["cargo-rust", "yew"]),
    ("Azure WebJobs, Azure Service Fabric, AWS Parameter Store and Amazon QLDB", "experience",
     ["azure-webjobs", "azure-service-fabric", "aws-parameter-store", "amazon-qldb"]),
    ("Unit tests with AssertJ and Hamcrest; Go tests with Testify and Ginkgo", "experience",
     ["assertj", "hamcrest", "testify", "ginkgo"]),
    ("Hosted on CoreOS and Flatcar Container Linux; images built with Kaniko", "experience",
     ["coreos", "flatcar", "kaniko"]),
    ("Filtered JSON with jq in bash scripts", "experience", ["jq"]),
    ("Scripts in Perl 6 and AppleScript", "experience", ["raku", "applescript"]),
    ("Built Perl CGI scripts and Spring Web Services with Apache Karaf on OSGi", "experience",
     ["cgi", "spring-web-services", "apache-karaf", "osgi"]),
    ("Scala, ScalaTest, Akka HTTP, http4s; Kotlin with Kotest and MockK", "skills",
     ["scalatest", "akka-http", "http4s", "kotest", "mockk"]),
]
# ...and the same words in their ordinary sense are not the skill.
CORE_STACK_ORDINARY = [
    ("Ran a marathon and picked grapes at the harvest", "marathon"),
    ("Surveyed the migratory bird flyway for the wildlife trust", "flyway"),
    ("Studied the cilium of epithelial cells", "cilium"),
    ("Loaded cargo onto the trucks at the depot", "cargo-rust"),
    ("Assembled the server rack and the shelving", "rack-ruby"),
    ("Planned the mass transit routes of the city", "masstransit"),
    ("Cooked coq au vin for the banquet", "coq"),
    ("Served hot cocoa; the cowboy rode on to Carthage", "cocoa"),
    ("Consulted for CGI Federal on the CDI programme", "cgi"),
]


class TestCoreStack:
    @pytest.mark.parametrize(("line", "section", "skills"), CORE_STACK_FOUND)
    def test_found(self, line: str, section: str, skills: list[str]) -> None:
        """Each core technology added in 2026.12.9 is found where a resume names it."""
        from screener.skills import SkillExtractor

        extractor = SkillExtractor(load_taxonomy())
        assert set(skills) <= {m.skill_id for m in extractor.extract_text(line, section=section)}

    @pytest.mark.parametrize(("line", "skill_id"), CORE_STACK_ORDINARY)
    def test_ordinary_words_are_not_the_skill(self, line: str, skill_id: str) -> None:
        """A name that is an ordinary word (a race, a bird route, a cell part, freight) is not the technology."""
        from screener.skills import SkillExtractor

        extractor = SkillExtractor(load_taxonomy())
        assert skill_id not in {m.skill_id for m in extractor.extract_text(line)}
