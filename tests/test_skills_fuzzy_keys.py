"""The misspelling pass's n-gram keys: built token by token, they equal the squashed text of the span."""

from __future__ import annotations

import pytest

from screener.skills import _lowers_and_alpha, _nlp, _squash

# Made-up lines with capitals, accents, a final sigma and punctuation between words.
LINES = [
    "Deployed ElasticSearch and Kubernetes Clusters",
    "Wrote Pyhton scripts for the Posgresql backup",
    "Café Naïve STRASSE Größe ΟΔΥΣΣΕΑΣ ΣΟΦΙΑ",
    "Visual Studio, Unreal Engine / Adobe Photo Shop",
]


@pytest.mark.parametrize("line", LINES)
def test_keys_equal_the_squashed_span(line: str) -> None:
    """Every run of up to four alphabetic tokens gets the key _squash gives the tokens joined by spaces."""
    doc = _nlp().make_doc(line)
    lowers, alpha = _lowers_and_alpha(doc)
    assert alpha == [token.is_alpha for token in doc]
    for start in range(len(doc)):
        key = ""
        for end in range(start + 1, min(len(doc), start + 4) + 1):
            if not alpha[end - 1]:
                break
            key += lowers[end - 1]
            assert key == _squash(" ".join(token.text for token in doc[start:end]))
