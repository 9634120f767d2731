"""Whether a change to the fast PDF engine kept its output: a digest of every devdata PDF, saved and compared.

Usage::

    python benchmarks/ingest_same.py --save /tmp/before.json     # on the code before the change
    python benchmarks/ingest_same.py --against /tmp/before.json  # on the code after it

For each PDF under ``<devdata>/resumes``, read with the fast engine (``screener.ingest.read``), a
SHA-256 of everything the reader returned: every line's fields (text, page, column, font size, bold,
hidden and why), the warnings, the page count, the saved month and the engine that read it (or the
error code when it failed). ``--against`` prints how many files give the same digest and, for each
that does not, only its folder and its place in the sorted list: no file names, no text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from _devdata import REPO

from screener.errors import IngestError
from screener.ingest import read

DEFAULT_DEVDATA = REPO / ".." / "shared" / "devdata"


def digest(path: Path) -> str:
    """A SHA-256 of what the fast engine reads from one file (its error code when it fails)."""
    try:
        document = read(path)
    except IngestError as e:
        return f"error:{e.code.value}"
    h = hashlib.sha256()
    for line in document.lines:
        h.update(repr((line.text, line.page, line.column, line.source, line.font_size, line.bold,
                       line.hidden, line.hidden_by)).encode())
    h.update(repr((document.warnings, document.pages, document.saved, document.engine)).encode())
    return h.hexdigest()


def main(argv: Sequence[str] | None = None) -> int:
    """Save or compare the digests; 1 when devdata is missing or some file differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devdata", type=Path, default=DEFAULT_DEVDATA, help="the devdata folder")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the digests to this JSON file")
    group.add_argument("--against", type=Path, help="compare with the digests in this JSON file")
    args = parser.parse_args(argv)
    resumes = args.devdata / "resumes"
    if not resumes.is_dir():
        print(f"no resumes under {args.devdata}", file=sys.stderr)
        return 1
    pdfs = sorted(p for p in resumes.rglob("*.pdf") if p.is_file())
    digests = [digest(p) for p in pdfs]
    if args.save:
        args.save.write_text(json.dumps(digests))
        print(f"{len(digests)} digests saved")
        return 0
    before = json.loads(args.against.read_text())
    differ = [k for k, (a, b) in enumerate(zip(before, digests, strict=True)) if a != b]
    print(f"{len(pdfs) - len(differ)} of {len(pdfs)} PDFs read the same")
    for k in differ:
        print(f"  differs: #{k} in {pdfs[k].relative_to(resumes).parts[0]}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
