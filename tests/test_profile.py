"""Job profiles: loading and validation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from screener.errors import ProfileError
from screener.profile import load_profile

ISSUE_PROFILE = """\
title: Senior Python Backend Engineer
must_have:
  - skill: Python
    weight: 3
    min_years: 3
  - skill: Django
    weight: 2
nice_to_have:
  - skill: FastAPI
    weight: 1
  - skill: postgres
    weight: 1
"""

BAD_PROFILES: list[tuple[str, dict[str, Any], str]] = [
    ("unknown skill", {"must_have": [{"skill": "Djnago"}]}, "closest: Django"),
    ("negative weight", {"must_have": [{"skill": "Python", "weight": -1}]}, "must not be negative"),
    ("duplicate", {"must_have": ["Python"], "nice_to_have": ["python3"]}, "listed twice"),
    ("duplicate with another error", {"must_have": [{"skill": "Python", "weight": -1}, "python3"]},
     "Python is listed twice (also at must_have[0])"),
    ("misspelt entry key", {"must_have": [{"skill": "Python", "wieght": 2}]}, "did you mean 'weight'"),
    ("misspelt top key", {"must_haves": ["Python"]}, "did you mean 'must_have'"),
    ("weight not a number", {"must_have": [{"skill": "Python", "weight": "high"}]}, "must be a number"),
    ("no skills", {"title": "Empty"}, "names no skills"),
    ("bad degree", {"must_have": ["Python"], "degree": "phd-ish"}, "unknown degree level"),
    ("titles not a list", {"must_have": ["Python"], "titles": [3]}, "must be a list of job titles"),
    ("zero full-credit years", {"must_have": ["Python"], "full_credit_years": 0}, "must be above 0 years"),
    ("negative half-life", {"must_have": ["Python"], "recency_half_life_years": -2}, "must not be negative"),
    ("unknown gate", {"must_have": ["Python"], "gate": "strict"}, "unknown gate 'strict'; use one of must-haves"),
    ("title gate without titles", {"must_have": ["Python"], "gate": "must-haves or title"}, "needs titles"),
]


class TestLoadProfile:
    def test_issue_shape(self, tmp_path: Path) -> None:
        """The profile shape from the issue loads, resolving 'postgres' to PostgreSQL."""
        path = tmp_path / "p.yaml"
        path.write_text(ISSUE_PROFILE, encoding="utf-8")
        profile = load_profile(path)
        assert profile.title == "Senior Python Backend Engineer"
        assert [(r.skill_id, r.weight, r.min_years) for r in profile.must_have] == [
            ("python", 3.0, 3.0), ("django", 2.0, None),
        ]
        assert [r.skill_id for r in profile.nice_to_have] == ["fastapi", "postgresql"]
        assert profile.nice_to_have[1].as_written == "postgres"

    def test_hash_is_stable(self, tmp_path: Path) -> None:
        """The same content gives the same hash; a changed weight changes it."""
        a = load_profile({"must_have": [{"skill": "Python", "weight": 2}]})
        b = load_profile({"must_have": [{"skill": "Python", "weight": 2}]})
        c = load_profile({"must_have": [{"skill": "Python", "weight": 3}]})
        assert a.sha256 == b.sha256 != c.sha256

    @pytest.mark.parametrize(("case", "data", "message"), BAD_PROFILES, ids=[c[0] for c in BAD_PROFILES])
    def test_bad_profile(self, case: str, data: dict[str, Any], message: str) -> None:
        """Each kind of mistake is reported with the entry and a fix."""
        with pytest.raises(ProfileError) as info:
            load_profile(data)
        assert message in str(info.value)

    def test_all_problems_at_once(self, tmp_path: Path) -> None:
        """Every problem in a file is reported together, each naming the file and entry."""
        path = tmp_path / "bad.yaml"
        path.write_text("must_have:\n  - skill: Pyhton\n  - skill: Django\n    weight: -2\n", encoding="utf-8")
        with pytest.raises(ProfileError) as info:
            load_profile(path)
        problems = info.value.problems
        assert [p.entry for p in problems] == ["must_have[0]", "must_have[1] weight"]
        assert all(p.source == str(path) for p in problems)

    def test_duplicate_key_names_file_line_and_key(self, tmp_path: Path) -> None:
        """A profile with two must_have keys is refused, naming the file, the line and the key."""
        path = tmp_path / "twice.yaml"
        path.write_text("title: X\nmust_have: [Python]\nnice_to_have: [Go]\nmust_have: [Django]\n", encoding="utf-8")
        with pytest.raises(ProfileError) as info:
            load_profile(path)
        [problem] = info.value.problems
        assert (problem.source, problem.entry) == (str(path), "line 4")
        assert "duplicate key 'must_have' (first on line 2)" in problem.message

    def test_not_yaml(self, tmp_path: Path) -> None:
        """A file that is not a YAML mapping gets a clear error naming the file."""
        path = tmp_path / "bad.yaml"
        path.write_text("- just\n- a list\n", encoding="utf-8")
        with pytest.raises(ProfileError, match=r"bad\.yaml"):
            load_profile(path)


class TestTitles:
    @pytest.mark.parametrize(("data", "titles"), [
        ({"title": "Backend Engineer", "must_have": ["Python"]}, ("Backend Engineer",)),
        ({"title": "Backend", "titles": ["Python Developer", "Backend Engineer"], "must_have": ["Python"]},
         ("Python Developer", "Backend Engineer")),
        ({"must_have": ["Python"]}, ()),
    ], ids=["title", "titles", "neither"])
    def test_titles_default_to_the_title(self, data: dict[str, Any], titles: tuple[str, ...]) -> None:
        """A profile's titles are its titles: list, else its title; with neither there is no title to match."""
        assert load_profile(data).titles == titles

    def test_settings_default(self) -> None:
        """title_weight is 1, full_credit_years 3 and recency decay off unless a profile sets them."""
        profile = load_profile({"title": "Dev", "must_have": ["Python"]})
        assert (profile.title_weight, profile.full_credit_years, profile.recency_half_life_years) == (1.0, 3.0, None)
        assert profile.gate == "must-haves"


class TestWeights:
    def test_all_zero_weights(self) -> None:
        """A profile whose every weight is 0 is invalid: no one could score."""
        with pytest.raises(ProfileError, match="every weight is 0"):
            load_profile({"must_have": [{"skill": "Python", "weight": 0}]})
