"""Write many distinct copies of the sample resumes: a large pool for the memory benchmark and the resume test.

Each copy has bytes of its own (so the parse cache and duplicate detection see a new file) and
reads as its original does: a PDF gets a comment after its end, a DOCX a zip comment (a text
file gets a trailing line naming the copy). No text is invented and no real resume is used: the sources are the
fictional samples of ``scripts/make_samples.py``.

Usage::

    python scripts/make_variants.py --count 1000 --out /tmp/pool
"""

from __future__ import annotations

import argparse
import zipfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples" / "resumes"
# The samples that parse; the broken ones (corrupt, empty, image-only) would only add failures.
READABLE = ("alice_nguyen_senior_backend.pdf", "bruno_okafor_two_column.pdf", "carmen_diaz_skills_table.docx",
            "dmitri_volkov_header_contact.docx", "emma_lindqvist_data_science.pdf", "farid_haddad_java_spring.docx",
            "grace_kim_junior.pdf", "hiro_tanaka_frontend.docx", "jonas_weber_misspellings.pdf",
            "nadia_rahman_flask_fastapi.pdf", "oliver_smith_two_column.docx", "notes.txt")


def variant(source: Path, target: Path, number: int) -> Path:
    """Copy ``source`` to ``target`` with bytes of its own that read as the original (a text file: plus a line)."""
    data = source.read_bytes()
    mark = f"variant {number}".encode()
    suffix = source.suffix.lower()
    if suffix == ".pdf":
        target.write_bytes(data + b"\n%" + mark + b"\n")
    elif suffix == ".docx":
        target.write_bytes(data)
        with zipfile.ZipFile(target, "a") as archive:
            archive.comment = mark
    else:
        target.write_bytes(data + b"\n" + mark + b"\n")
    return target


def write_variants(out: Path, count: int, sources: Sequence[Path] = tuple(SAMPLES / n for n in READABLE)) -> list[Path]:
    """``count`` distinct files in ``out``, cycling through ``sources``."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for number in range(count):
        source = sources[number % len(sources)]
        written.append(variant(source, out / f"{number:05d}_{source.name}", number))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    print(f"{len(write_variants(args.out, args.count))} files in {args.out}")


if __name__ == "__main__":
    main()
