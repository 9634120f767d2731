"""Benchmark how the parse stage grows with a resume's length: time per 1,000 lines and the growth exponent.

Usage::

    python benchmarks/scaling.py [--lines 500,1000,2000,4000,8000,14000] [--format txt|docx] [--layout LAYOUT]

Generates a fictional resume of each length (no real text: invented titles, employers and
bullets with skills, dates and "N years" claims), reads it with the real ingest (plain text, or a
DOCX written with python-docx) and times ``ResumeParser.parse_document`` on it in CPU seconds, the
parse stage after ingest. Each size's time per 1,000 lines is printed beside the smallest size's,
the baseline of the same run, with the exponent ``k`` of time ~ lines^k between each size and the
smallest (1.0 is linear) and fitted over all sizes. Layouts:

* ``sections``: a full resume body (summary, experience, skills, projects, education) repeated;
* ``copies``: one resume body printed again word for word, so every later job is a repeat;
* ``one-section``: one long experience section of dated positions, then skills and education.

A parse stage that is linear keeps the time per 1,000 lines flat; the per-file limit of a batch is
60 s (``--timeout``), so the largest size shows how far a very long resume stands from it.
"""

from __future__ import annotations

import argparse
import io
import math
import random
import sys
import time
from collections.abc import Callable, Sequence

from screener import ParseOptions, YearMonth
from screener.ingest import read_bytes
from screener.models import Document
from screener.parse import ResumeParser

_TITLES = ("Senior Software Engineer", "Data Engineer", "Backend Developer", "DevOps Engineer", "Team Lead")
_EMPLOYERS = ("Acme Corp", "Globex Ltd", "Initech", "Umbrella Systems", "Example Works")
_SKILLS = ("Python", "Java", "Kubernetes", "Docker", "PostgreSQL", "React", "AWS", "Terraform", "Go", "Kafka",
           "Spark", "SQL", "Linux", "TypeScript", "Django", "Flask")
_BULLETS = (
    "Built and maintained services handling millions of requests a day using {a} and {b}.",
    "Led a team of 5 engineers migrating legacy systems to {a} over 3 years.",
    "Designed data pipelines in {a}; reduced costs by 30% with {b}.",
    "5 years of experience with {a} and 3 years with {b}.",
    "Mentored junior developers and reviewed code in {a}.",
)


def _position(rng: random.Random, number: int, *, inline: bool) -> list[str]:
    """One dated position: a title and employer, its dates (on the line or the next), and a few bullets."""
    start = 1990 + (number * 7) % 34
    title, employer = rng.choice(_TITLES), rng.choice(_EMPLOYERS)
    header = [f"{title} at {employer} ({start} – {start + 3})"] if inline \
        else [f"{title}, {employer}", f"Jan {start} - Mar {start + 2}"]
    bullets = ["• " + rng.choice(_BULLETS).format(a=a, b=b)
               for a, b in (rng.sample(_SKILLS, 2) for _ in range(rng.randint(2, 5)))]
    return header + bullets


def _body(rng: random.Random) -> list[str]:
    """A full fictional resume of about sixty lines."""
    lines = ["Sam Example", "Software Engineer", "sam@example.com | +1 555 0100", "", "Summary",
             "Engineer with 10 years of experience in Python and cloud systems.", "", "Experience"]
    for number in range(8):
        lines += [*_position(rng, number, inline=False), ""]
    return [*lines, "Skills", ", ".join(rng.sample(_SKILLS, 10)), "", "Projects",
            f"A build tool in {rng.choice(_SKILLS)} (2019)", "", "Education",
            "BSc Computer Science, Example University, 2005 - 2009"]


def sections_layout(count: int, seed: int = 1) -> list[str]:
    """A resume body repeated (each copy varied) to ``count`` lines."""
    rng = random.Random(seed)
    lines: list[str] = []
    while len(lines) < count:
        lines += _body(rng)
    return lines[:count]


def copies_layout(count: int, seed: int = 3) -> list[str]:
    """One resume body printed again and again, word for word, to ``count`` lines (every job a repeat)."""
    body = _body(random.Random(seed))
    return [body[k % len(body)] for k in range(count)]


def one_section_layout(count: int, seed: int = 2) -> list[str]:
    """One experience section of ``count`` lines or so, then a skills list and a degree."""
    rng = random.Random(seed)
    lines = ["Sam Example", "sam@example.com", "Experience"]
    number = 0
    while len(lines) < count - 4:
        lines += _position(rng, number, inline=True)
        number += 1
    return [*lines, "Skills", ", ".join(_SKILLS), "Education", "BSc Computer Science, Example University, 2009"]


LAYOUTS: dict[str, Callable[[int], list[str]]] = {
    "sections": sections_layout, "copies": copies_layout, "one-section": one_section_layout,
}


def as_file(lines: Sequence[str], kind: str) -> bytes:
    """The lines as a plain-text file, or as a DOCX of one paragraph per line (headings as Heading 1)."""
    if kind == "txt":
        return ("\n".join(lines) + "\n").encode()
    import docx

    document = docx.Document()
    for text in lines:
        heading = text in ("Summary", "Experience", "Skills", "Projects", "Education")
        document.add_paragraph(text, style="Heading 1" if heading else None)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def parse_seconds(parser: ResumeParser, document: Document) -> float:
    """CPU seconds of the parse stage on an already-read document."""
    start = time.process_time()
    parser.parse_document(document)
    return time.process_time() - start


def exponent(small: tuple[int, float], large: tuple[int, float]) -> float:
    """``k`` in time ~ lines^k between two (lines, seconds) points.

    >>> round(exponent((1000, 1.0), (4000, 16.0)), 2)
    2.0
    """
    return math.log(large[1] / small[1]) / math.log(large[0] / small[0])


def fitted_exponent(points: Sequence[tuple[int, float]]) -> float:
    """The least-squares slope of log(seconds) on log(lines) over all points.

    >>> round(fitted_exponent([(1000, 2.0), (2000, 4.0), (4000, 8.0)]), 2)
    1.0
    """
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(s) for _, s in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main(argv: Sequence[str] | None = None) -> int:
    """Time each size and print the table; 1 when fewer than two sizes are asked."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", default="500,1000,2000,4000,8000,14000", help="sizes, comma-separated")
    parser.add_argument("--format", choices=("txt", "docx"), default="txt", help="the file the resume is read from")
    parser.add_argument("--layout", choices=sorted(LAYOUTS), default="sections", help="how the lines are laid out")
    args = parser.parse_args(argv)
    sizes = sorted({int(n) for n in args.lines.split(",")})
    if len(sizes) < 2:
        print("give at least two sizes", file=sys.stderr)
        return 1
    resume_parser = ResumeParser(ParseOptions(as_of=YearMonth(2026, 11))).warm_up()
    print(f"parse stage, {args.layout} layout read from {args.format}, CPU seconds")
    print(f"{'lines':>7} {'read':>7} {'seconds':>9} {'ms/1000 lines':>14} {'baseline':>9} {'ratio':>6} {'k':>5}")
    points: list[tuple[int, float]] = []
    for size in sizes:
        document = read_bytes(as_file(LAYOUTS[args.layout](size), args.format), f"scaling.{args.format}")
        seconds = parse_seconds(resume_parser, document)
        points.append((len(document.lines), seconds))
        per_thousand = 1000 * seconds / len(document.lines) * 1000
        base = 1000 * points[0][1] / points[0][0] * 1000
        k = f"{exponent(points[0], points[-1]):5.2f}" if len(points) > 1 else f"{'-':>5}"
        print(f"{size:7d} {len(document.lines):7d} {seconds:9.2f} {per_thousand:14.1f} {base:9.1f} "
              f"{per_thousand / base:6.2f} {k}", flush=True)
    print(f"growth exponent over all sizes: {fitted_exponent(points):.2f} (1.00 is linear); "
          f"slowest {points[-1][1]:.1f} s for {points[-1][0]} lines (a batch's limit: 60 s a file)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
