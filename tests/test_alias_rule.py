"""The alias rule: which aliases are their skill written another way."""

from __future__ import annotations

import pytest

from screener.alias_rule import alias_variant_rule, fold

# (alias, skill name, the test that admits it)
SAME = [
    ("postgre sql", "PostgreSQL", "variant"),
    ("Apache Kafka", "Kafka", "variant"),
    ("python3", "Python", "variant"),
    ("HTML5", "HTML", "variant"),
    ("Django framework", "Django", "variant"),
    ("Vue", "Vue.js", "variant"),
    ("data lakes", "Data lake", "variant"),
    ("S3", "Amazon S3", "variant"),
    ("Postgres", "PostgreSQL", "abbreviation"),
    ("AWS", "Amazon Web Services", "initialism"),
    ("CI/CD", "Continuous Integration/Continuous Delivery", "initialism"),
    ("JS", "JavaScript", "initialism"),
    ("k8s", "Kubernetes", "numeronym"),
    ("Elastic MapReduce", "Amazon EMR", "expansion"),
]
# A different product is never an alias, however close.
DIFFERENT = [
    ("WebGL", "Three.js"), ("Cinema 4D", "Blender"), ("OpenTSDB", "QuestDB"), ("Visual Basic", "VB.NET"),
    ("Slack", "Microsoft Teams"), ("JScript", "JavaScript"), ("SSRS", "SQL Server"), ("cloudera", "Apache Hadoop"),
    ("Java", "JavaScript"), ("C#", "C"), ("SQL", "SQL Server"), ("ctypes", "Python C extensions"),
]


class TestAliasRule:
    @pytest.mark.parametrize(("alias", "name", "rule"), SAME)
    def test_same_thing(self, alias: str, name: str, rule: str) -> None:
        """A spelling, version, vendor prefix, abbreviation or initialism is admitted by its test."""
        assert alias_variant_rule(alias, [name]) == rule

    @pytest.mark.parametrize(("alias", "name"), DIFFERENT)
    def test_different_product(self, alias: str, name: str) -> None:
        """A competitor, sibling, component or umbrella is not admitted."""
        assert alias_variant_rule(alias, [name]) is None

    def test_fold_keeps_plus_and_sharp(self) -> None:
        """C++, C# and C stay three things when folded."""
        assert len({fold("C++"), fold("C#"), fold("C")}) == 3
