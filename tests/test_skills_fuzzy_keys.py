"""The misspelling pass's n-gram keys: built token by token, they equal the squashed text of the span."""

from __future__ import annotations

import pytest

from screener.skills import _lowers_and_alpha, _nlp, _squash, _squashed_runs

# Made-up lines with capitals, accents, a final sigma and punctuation between words.
LINES = [
    "Deployed ElasticSearch and Kubernetes Clusters",
    "Wrote Pyhton scripts for the Posgresql backup",
    "Café Naïve STRASSE Größe ΟΔΥΣΣΕΑΣ ΣΟΦΙΑ",
    "Visual Studio, Unreal Engine / Adobe Photo Shop",
]


@pytest.mark.parametrize("line", LINES)
def test_keys_equal_the_squashed_span(line: str) -> None:
    """Every run of alphabetic tokens the pass queries gets the key _squash gives the tokens joined by spaces."""
    doc = _nlp().make_doc(line)
    lowers, alpha = _lowers_and_alpha(doc)
    assert alpha == [token.is_alpha for token in doc]
    for start in range(len(doc)):
        for end, key in _squashed_runs(lowers, alpha, set(), start):
            assert all(alpha[start:end])
            assert key == _squash(" ".join(token.text for token in doc[start:end]))


def test_runs_stop_at_a_covered_token() -> None:
    """A token a found skill covers ends the run: no key reaches across a skill already found."""
    doc = _nlp().make_doc("Wrote Pyhton scripts daily")
    lowers, alpha = _lowers_and_alpha(doc)
    assert [end for end, _ in _squashed_runs(lowers, alpha, {2}, 0)] == [1, 2]
