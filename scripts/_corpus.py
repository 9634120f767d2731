"""What the corpus scripts share: the command line that writes a corpus and says where."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from pathlib import Path


def corpus_main(description: str, make_corpus: Callable[[Path], Mapping[str, object]], what: str) -> None:
    """Parse ``--out``, write the corpus into ``<out>/corpus`` with ``make_corpus`` and say what was written.

    Args:
        description: the script's one-line summary, for ``--help``.
        make_corpus: writes the files into a folder and ``expected.json`` beside it; returns the expectations.
        what: the files, in words ("hostile files").
    """
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", required=True, type=Path, help="folder to write the corpus into")
    args = parser.parse_args()
    expected = make_corpus(args.out / "corpus")
    print(f"wrote {len(expected)} {what} to {args.out / 'corpus'}; expected outcomes in {args.out / 'expected.json'}")
