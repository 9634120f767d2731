"""The command line: a thin shell over the library.

Each command parses its options, makes one library call, writes output, and
maps :class:`~screener.errors.ScreenerError` to a message and an exit code:

====  ==========================================================
code  meaning
====  ==========================================================
0     done (files that could not be read are listed, not fatal)
1     an unexpected internal error (a bug: please report it)
2     bad usage: an unknown option or a missing argument
3     the profile or the taxonomy is invalid (every problem is listed)
4     no input file could be screened (none found, or all failed)
5     ``--strict`` was given and at least one file could not be read
====  ==========================================================
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ._version import __version__
from .cells import safe_cell
from .errors import ConfigError, ProfileError, ScreenerError, TaxonomyError
from .models import PDF_ENGINES, Candidate, Failure, PdfEngine, YearMonth
from .present import PRESENT_POLICIES
from .schema import SCHEMA_NAMES
from .serialize import skill_record

# The library's parsing modules load spaCy, pdfminer and scikit-learn: each command imports
# what it runs, so that `screener --help` answers in milliseconds.
if TYPE_CHECKING:
    from .batch import ScreenResult
    from .cache import CacheStats
    from .parse import ParseOptions

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_INVALID_DATA = 3
EXIT_NOTHING_SCREENED = 4
EXIT_SOME_FAILED = 5

F = TypeVar("F", bound=Callable[..., Any])


def _as_of(_ctx: click.Context, _param: click.Parameter, value: str | None) -> YearMonth | None:
    if value is None:
        return None
    for fmt in ("%Y-%m-%d", "%Y-%m"):
        try:
            date = dt.datetime.strptime(value, fmt)
        except ValueError:
            continue
        return YearMonth(date.year, date.month)
    raise click.BadParameter("use YYYY-MM-DD or YYYY-MM, e.g. 2026-11-01")


def _taxonomy_option(function: F) -> F:
    return click.option(
        "--taxonomy", "taxonomy", multiple=True, type=click.Path(exists=True, dir_okay=False),
        help="A taxonomy overlay file (your company's own skills); repeatable.",
    )(function)


def _default(name: str) -> Any:
    """A :class:`ParseOptions` field's default: the one place each default is written."""
    from .parse import ParseOptions

    return next(f.default for f in dataclasses.fields(ParseOptions) if f.name == name)


class _FieldDefault(click.Option):
    """An option whose default is a :class:`ParseOptions` field's, read when a command needs it, not at start-up."""

    def __init__(self, *args: Any, field: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.field = field

    def get_default(self, ctx: click.Context, call: bool = True) -> Any:
        return _default(self.field)


def _parse_options(function: F) -> F:
    """The parsing options as one ParseOptions.

    --as-of, --present, --no-fuzzy, --fuzzy-threshold, --timeout, --memory-limit, --pdf-engine and --taxonomy.

    The command gets ``options``, built here once, and hands it down unchanged.
    """

    @functools.wraps(function)
    def command(*args: Any, as_of: YearMonth | None, present: str, no_fuzzy: bool, fuzzy_threshold: float,
                timeout: float | None, memory_limit: int, pdf_engine: PdfEngine, taxonomy: Sequence[str],
                **kwargs: Any) -> Any:
        from .parse import ParseOptions

        given = {"as_of": as_of} if as_of is not None else {}
        options = ParseOptions(**given, present=present, fuzzy=not no_fuzzy,  # type: ignore[arg-type]
                               fuzzy_threshold=fuzzy_threshold, timeout=timeout, engine=pdf_engine,
                               taxonomy=tuple(taxonomy), memory_limit=memory_limit)
        return function(*args, options=options, **kwargs)

    for option in (
        _taxonomy_option,
        click.option("--memory-limit", type=click.IntRange(min=1), cls=_FieldDefault, field="memory_limit",
                     show_default=True, metavar="MIB",
                     help="MiB of memory one file may take; a file that needs more is skipped and listed in "
                          "errors.csv as out_of_memory."),
        click.option("--pdf-engine", type=click.Choice(PDF_ENGINES), cls=_FieldDefault, field="engine",
                     show_default=True,
                     help='How PDFs are read: "fast" (PDFium; pdfminer.six takes over a file it fails on) '
                          'or "pdfminer" (pdfminer.six alone, slower).'),
        click.option("--timeout", type=click.FloatRange(min=0, min_open=True), cls=_FieldDefault, field="timeout",
                     show_default=True, metavar="SECONDS",
                     help="Seconds one file may take; a file that takes longer is skipped and listed in errors.csv "
                          "as timeout."),
        click.option("--fuzzy-threshold", type=click.FloatRange(0, 100), cls=_FieldDefault, field="fuzzy_threshold",
                     show_default=True, help="Minimum similarity (0-100) for a misspelt skill to count."),
        click.option("--no-fuzzy", is_flag=True, help="Match exact aliases only, no misspellings."),
        click.option("--present", type=click.Choice(PRESENT_POLICIES), cls=_FieldDefault, field="present",
                     show_default=True,
                     help='What "present" in a resume means: "document" is the date the file was last saved '
                          "(when plausible), \"as-of\" is always the --as-of date. Recorded per candidate."),
        click.option("--as-of", callback=_as_of, metavar="DATE",
                     help="The screening date, YYYY-MM-DD (default: today); \"present\" is never later. "
                          "Recorded in the manifest."),
    ):
        command = option(command)
    return command  # type: ignore[return-value]


def _blind_option(function: F) -> F:
    return click.option(
        "--blind", is_flag=True,
        help="Leave out names, e-mails, phones, addresses and links everywhere; files are known by candidate id.",
    )(function)


def _dask_option(function: F) -> F:
    return click.option(
        "--dask-scheduler", "scheduler", metavar="ADDRESS", default=None,
        help="Parse on the workers of this Dask scheduler (tcp://host:8786) instead of local processes; "
             "the same results. Needs pip install 'screener[dask]'.",
    )(function)


def _cache_options(function: F) -> F:
    """--cache-dir and --no-cache, as the command's ``cache``: the cache folder, or None for no cache."""

    @functools.wraps(function)
    def command(*args: Any, cache_dir: str | None, no_cache: bool, **kwargs: Any) -> Any:
        from .cache import default_cache_dir

        if no_cache and cache_dir is not None:
            raise click.UsageError("--cache-dir and --no-cache cannot be given together")
        cache = None if no_cache else Path(cache_dir) if cache_dir is not None else default_cache_dir()
        return function(*args, cache=cache, **kwargs)

    for option in (
        click.option("--no-cache", is_flag=True, help="Parse every file, and keep nothing in the parse cache."),
        click.option("--cache-dir", type=click.Path(file_okay=False), metavar="DIR",
                     help="Keep the parse cache here (default: your user cache folder, e.g. ~/.cache/screener). "
                          "A file parsed before, with the same bytes and settings, is not parsed again."),
    ):
        command = option(command)
    return command  # type: ignore[return-value]


def _cache_warnings(stats: CacheStats | None) -> None:
    for warning in stats.warnings if stats else ():
        click.echo(f"Warning: {warning}", err=True)


def _parsing_options(function: F) -> F:
    """The options every command that parses files takes: files, workers, cluster, parse options, cache, blind."""
    for option in (
        _dask_option,
        _blind_option,
        _cache_options,
        _parse_options,
        click.option("--workers", type=click.IntRange(min=1), default=None, help="Processes for parsing."),
        click.argument("files", nargs=-1, required=True),
    ):
        function = option(function)
    return function


def _fail(message: str, code: int) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


def _run(action: Callable[[], int | None]) -> None:
    """Run a command's library work, turning library errors into exit codes."""
    try:
        code = action()
    except (ProfileError, TaxonomyError) as e:
        _fail(str(e), EXIT_INVALID_DATA)
    except ConfigError as e:
        _fail(str(e), EXIT_USAGE)
    except ScreenerError as e:
        _fail(str(e), EXIT_INTERNAL)
    else:
        sys.exit(code or EXIT_OK)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="screener")
def main() -> None:
    """Screen resumes against a job profile, with evidence for every point.

    \b
    Example:
        screener screen resumes/ --profile profile.yaml --out report/
    """


def _ranking_options(function: F) -> F:
    """The options of a command that ranks and writes reports: profile, out, gate, top, xlsx, strict, quiet."""
    for option in (
        click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors."),
        click.option("--strict", is_flag=True, help="Exit with 5 when any file could not be read."),
        click.option("--xlsx", is_flag=True,
                     help="Also write report.xlsx: ranking, evidence and errors as one workbook."),
        click.option("--top", type=click.IntRange(min=0), default=10, show_default=True,
                     help="How many of the best to print (the CSV has everyone)."),
        click.option("--no-must-have-gate", is_flag=True,
                     help="Rank purely by score, even above candidates who have every must-have."),
        click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
                     help="table: print the top of the ranking; json: print the whole ranking as one JSON document "
                          "(its schema: `screener schema ranking`), failures included, and nothing else on "
                          "stdout; with --out it is also written there as ranking.json."),
        click.option("--out", "out", type=click.Path(file_okay=False),
                     help="Folder for ranking.csv, evidence.csv, errors.csv and manifest.json (needed unless "
                          "--format json)."),
        click.option("--profile", "profile_path", required=True, type=click.Path(exists=True, dir_okay=False),
                     help="The job profile (YAML)."),
    ):
        function = option(function)
    return function


@dataclasses.dataclass(frozen=True)
class _Reports:
    """Where and how a ranking command writes and prints its reports.

    With ``fmt`` json, stdout carries the ranking document alone (the summary goes to stderr), and
    ``out`` may be None: nothing is written then.
    """

    out: str | None
    top: int
    xlsx: bool
    strict: bool
    quiet: bool
    fmt: str = "table"

    def __post_init__(self) -> None:
        if self.out is None and self.fmt != "json":
            raise click.UsageError("--out is needed (or --format json, to print the ranking as JSON)")
        if self.out is None and self.xlsx:
            raise click.UsageError("--xlsx needs --out")

    def replacing(self) -> bool:
        """Whether ``out`` holds an earlier screen's reports (which this run replaces)."""
        from .report import holds_earlier_screen

        return self.out is not None and holds_earlier_screen(self.out)

    def write(self, result: ScreenResult, *, replacing: bool) -> int:
        """Write the reports, print the top of the ranking (or the JSON) and a summary; the exit code."""
        from .report import ranking_json_text, write_reports

        as_json = self.fmt == "json"
        written = {} if self.out is None else write_reports(result, self.out, xlsx=self.xlsx,
                                                               json_ranking=as_json)
        if as_json:
            click.echo(ranking_json_text(result), nl=False)
        elif not self.quiet:
            _print_top(result.ranking.rows()[:self.top])
        if not self.quiet:
            skipped = f", {len(result.skipped)} skipped as not resumes (see the manifest)" if result.skipped else ""
            where = f"see {written['errors']}" if written else "listed in the JSON's failures"
            reports = f" Reports in {self.out}/." if written else ""
            click.echo(f"\n{len(result.ranking)} ranked, {len(result.failures)} could not be read "
                       f"({where}){skipped}.{reports}", err=as_json)
            if replacing:
                click.echo(f"Replaced the earlier screen's reports in {self.out}/.", err=as_json)
        if not len(result.ranking):
            return EXIT_NOTHING_SCREENED
        return EXIT_SOME_FAILED if self.strict and result.failures else EXIT_OK


@main.command("screen")
@click.argument("paths", nargs=-1, required=True)
@_ranking_options
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes for parsing (default: one per core for large batches).")
@click.option("--verbose", "-v", is_flag=True, help="Also name each file that could not be read, as it happens.")
@_dask_option
@_blind_option
@_cache_options
@_parse_options
def screen_command(
    paths: Sequence[str], profile_path: str, out: str | None, fmt: str, workers: int | None,
    no_must_have_gate: bool, top: int, xlsx: bool, strict: bool, quiet: bool, verbose: bool, blind: bool,
    cache: Path | None, options: ParseOptions, scheduler: str | None,
) -> None:
    """Rank resumes (files, folders or globs) against a job profile.

    Writes ranking.csv, evidence.csv, errors.csv and manifest.json to --out (and report.xlsx with --xlsx).
    With --format json the whole ranking is printed as one JSON document (with --out, also written
    as ranking.json). Every input file appears exactly once: in ranking.csv or in errors.csv. Files parsed before
    (the same bytes, taxonomy and settings) come from the parse cache; a screen that was stopped
    and is run again parses only the files it had not finished.

    \b
    Example:
        screener screen data/samples/resumes --profile data/samples/profiles/senior_python_backend.yaml --out out/
        screener screen resumes/ --profile profile.yaml --format json | jq '.entries[0].score'
    """
    reports = _Reports(out, top, xlsx, strict, quiet, fmt)

    def action() -> int:
        from .batch import find_inputs, screen
        from .blind import hashed_name
        from .progress_view import ParseProgress

        inputs = find_inputs(paths, exclude=[out] if out else [])
        if not inputs.files:
            skipped = f" ({len(inputs.skipped)} skipped as not resumes)" if inputs.skipped else ""
            _fail("no resumes found in " + " ".join(paths) + skipped, EXIT_NOTHING_SCREENED)
        replacing = reports.replacing()
        shown = ParseProgress(len(inputs.files), stream=sys.stderr, terminal=sys.stderr.isatty(), quiet=quiet,
                              verbose=verbose, name=hashed_name if blind else str)
        with shown:
            result = screen(inputs, profile_path, options=options, workers=workers, cache=cache,
                            must_have_gate=not no_must_have_gate, on_result=shown, blind=blind,
                            scheduler=scheduler)
        _cache_warnings(result.cache)
        return reports.write(result, replacing=replacing)

    _run(action)


@main.command("rank")
@click.argument("pool_path", metavar="POOL", type=click.Path(exists=True, dir_okay=False))
@_ranking_options
def rank_command(pool_path: str, profile_path: str, out: str | None, fmt: str, no_must_have_gate: bool, top: int,
                 xlsx: bool, strict: bool, quiet: bool) -> None:
    """Rank a pool that `screener parse --out` wrote against a job profile, without parsing again.

    Writes the same reports a `screener screen` of the same files writes, errors.csv included; with
    --format json, prints the ranking as one JSON document (with --out, also written as ranking.json).

    \b
    Example:
        screener parse resumes/ --out pool.parquet
        screener rank pool.parquet --profile backend.yaml --out backend/
        screener rank pool.parquet --profile data.yaml --out data/
        screener rank pool.parquet --profile data.yaml --format json > ranking.json
    """
    reports = _Reports(out, top, xlsx, strict, quiet, fmt)

    def action() -> int:
        from .batch import rank_pool
        from .pool import read_pool

        replacing = reports.replacing()
        result = rank_pool(read_pool(pool_path), profile_path, must_have_gate=not no_must_have_gate)
        return reports.write(result, replacing=replacing)

    _run(action)


def _print_top(rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    click.echo(f"{'rank':>4}  {'score':>6}  {'must':>5}  {'file':<34} explanation")
    for row in rows:
        click.echo(
            f"{row['rank']:>4}  {row['score']:>6.1f}  {row['must_have_met']:>5}  "
            f"{_clip(row['file'], 34):<34} {_clip(row['explanation'], 90)}"
        )


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _parse_files(files: Sequence[str], options: ParseOptions, workers: int | None, blind: bool,
                 cache: Path | None, scheduler: str | None) -> list[Candidate | Failure]:
    from .batch import find_inputs, parse_pool

    pool = parse_pool(find_inputs(files), options=options, workers=workers, cache=cache, blind=blind,
                      scheduler=scheduler)
    _cache_warnings(pool.cache)
    return list(pool.results)



def _parse_kinds(_ctx: click.Context, _param: click.Parameter, value: str | None) -> frozenset[str]:
    from .taxonomy import KINDS

    if value is None:
        return frozenset(KINDS)
    kinds = frozenset(k.strip() for k in value.split(",") if k.strip())
    unknown = sorted(kinds - set(KINDS))
    if unknown or not kinds:
        raise click.BadParameter(f"{', '.join(unknown) or 'nothing'}: choose from {', '.join(KINDS)}")
    return kinds


@main.command("skills")
@_parsing_options
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="json prints one object per line.")
@click.option("--kind", "kinds", callback=_parse_kinds,
              help="Only skills of these kinds, comma-separated: technology, method, concept (default: all).")
def skills_command(files: Sequence[str], fmt: str, kinds: frozenset[str], workers: int | None,
                   options: ParseOptions, blind: bool, cache: Path | None,
                   scheduler: str | None) -> None:
    """Show the skills found in each file, with their kind and evidence.

    \b
    Example:
        screener skills cv.pdf --format json
        screener skills cvs/ --kind technology,method --format csv > skills.csv
    """

    def action() -> int:
        results = [_only_kinds(r, kinds) for r in _parse_files(files, options, workers, blind, cache, scheduler)]
        if fmt == "json":
            for result in results:
                click.echo(json.dumps(_skills_json(result), ensure_ascii=False))
        elif fmt == "csv":
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(_SKILL_CSV_COLUMNS)
            for result in results:
                for row in _skills_rows(result):
                    writer.writerow([safe_cell(cell) for cell in row])
        else:
            for result in results:
                _skills_table(result)
        return EXIT_OK if any(isinstance(r, Candidate) for r in results) else EXIT_NOTHING_SCREENED

    _run(action)


def _skills_json(result: Candidate | Failure) -> dict[str, Any]:
    if isinstance(result, Failure):
        return {"candidate_id": None, "file": result.path, "skills": [],
                "error": {"code": result.code, "message": result.message}}
    skills = []
    for record in result.skills:
        data = skill_record(record)
        skills.append({k: v for k, v in data.items() if k in _SKILL_KEYS})
    return {"candidate_id": result.candidate_id, "file": result.path, "skills": skills, "error": None}


_SKILL_KEYS = ("id", "name", "kind", "implied", "implied_by", "surface", "section", "snippet", "context",
               "versions", "confidence", "months", "last_used")
_SKILL_CSV_COLUMNS = ("candidate_id", "file", "skill_id", "skill", "kind", "implied", "surface", "section", "snippet",
                      "context", "error")


def _only_kinds(result: Candidate | Failure, kinds: frozenset[str]) -> Candidate | Failure:
    from .taxonomy import KINDS

    if isinstance(result, Failure) or kinds >= set(KINDS):
        return result
    return replace(result, skills=tuple(s for s in result.skills if s.kind in kinds))


def _skills_rows(result: Candidate | Failure) -> list[list[str]]:
    if isinstance(result, Failure):
        return [["", result.path, "", "", "", "", "", "", "", "", f"{result.code}: {result.message}"]]
    rows = []
    for record in result.skills:
        first = record.mentions[0] if record.mentions else None
        rows.append([
            result.candidate_id, result.path, record.skill_id, record.name, record.kind,
            "yes" if record.implied_only else "no",
            first.surface if first else "", first.section if first else "",
            first.snippet if first else "", record.context or "", "",
        ])
    return rows


def _skills_table(result: Candidate | Failure) -> None:
    click.echo(click.style(result.path, bold=True))
    if isinstance(result, Failure):
        click.echo(f"  error {result.code}: {result.message}")
        return
    for record in result.skills:
        if record.implied_only:
            click.echo(f"  {record.name:<28} {record.kind:<10} implied by {', '.join(record.implied_by)}")
        else:
            first = record.mentions[0]
            where = f"{first.section} ({record.context})" if record.context else first.section
            click.echo(f"  {record.name:<28} {record.kind:<10} {where:<14} {_clip(first.snippet, 60)}")


@main.command("parse")
@_parsing_options
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True,
              help="One JSON document per line, a candidate or a failure (its schema: `screener schema candidate`).")
@click.option("--out", "out", type=click.Path(dir_okay=False), metavar="POOL",
              help="Write the parsed pool to this Parquet file, for `screener rank` (nothing is printed).")
def parse_command(files: Sequence[str], fmt: str, out: str | None, workers: int | None, options: ParseOptions,
                  blind: bool, cache: Path | None, scheduler: str | None) -> None:
    """Print each resume's full candidate record, or write them all as a pool to rank later.

    Without --out, one JSON document per line and file: a candidate (positions, months, skills,
    education: every field) or a failure with its reason code; `screener schema candidate` prints
    their JSON Schema. With --out,
    a Parquet file (one row per file, failures included) that `screener rank` ranks against any
    profile without parsing again.

    \b
    Example:
        screener parse cv.pdf --as-of 2026-11-01
        screener parse resumes/ export.zip --out pool.parquet
    """

    def action() -> int:
        if out is not None:
            return _write_pool(files, out, options, workers, blind, cache, scheduler)
        results = _parse_files(files, options, workers, blind, cache, scheduler)
        for result in results:
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False, allow_nan=False))
        return EXIT_OK if any(isinstance(r, Candidate) for r in results) else EXIT_NOTHING_SCREENED

    _run(action)


def _write_pool(files: Sequence[str], out: str, options: ParseOptions, workers: int | None, blind: bool,
                cache: Path | None, scheduler: str | None) -> int:
    from .batch import find_inputs, write_pool

    written = write_pool(find_inputs(files, exclude=[out]), out, options=options, workers=workers, cache=cache,
                         blind=blind, scheduler=scheduler)
    stats = written.cache
    _cache_warnings(stats)
    reused = f"; {stats.hits} from the parse cache" if stats else ""
    click.echo(f"{written.parsed} parsed, {written.failed} could not be read{reused}. "
               f"Pool written to {out}: rank it with `screener rank {out} --profile FILE --out DIR`.", err=True)
    return EXIT_OK if written.parsed else EXIT_NOTHING_SCREENED


@main.command("schema")
@click.argument("name", type=click.Choice(SCHEMA_NAMES))
def schema_command(name: str) -> None:
    """Print the JSON Schema (draft 2020-12) of the candidate or the ranking JSON documents.

    candidate: a line of `screener parse` (a candidate or a failure); ranking: the document
    `screener rank --format json` and `screen --format json` print. The schema's $id and every
    document's "schema_version" carry the version; the major number changes only with a breaking change.

    \b
    Example:
        screener schema ranking > ranking.schema.json
    """

    def action() -> int:
        from .schema import shipped_text

        click.echo(shipped_text(name), nl=False)
        return EXIT_OK

    _run(action)


@main.group("profile")
def profile_group() -> None:
    """Work with job profiles."""


@profile_group.command("check")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@_taxonomy_option
def profile_check(file: str, taxonomy: Sequence[str]) -> None:
    """Validate a job profile and show how its skill names resolve.

    \b
    Example:
        screener profile check data/samples/profiles/senior_python_backend.yaml
    """

    def action() -> int:
        from .profile import load_profile
        from .taxonomy import load_taxonomy

        profile = load_profile(file, taxonomy=load_taxonomy(taxonomy))
        click.echo(f"{file}: OK: {profile.title!r}, hash {profile.sha256[:16]}")
        for requirement in profile.requirements:
            extra = []
            if requirement.min_years is not None:
                extra.append(f"min {requirement.min_years:g} years")
            if requirement.recent_within_years is not None:
                extra.append(f"used within {requirement.recent_within_years:g} years")
            resolved = "" if requirement.as_written == requirement.name else f" (from {requirement.as_written!r})"
            click.echo(f"  {requirement.kind:<13} {requirement.name}{resolved}, weight {requirement.weight:g}"
                       + (", " + ", ".join(extra) if extra else ""))
        return EXIT_OK

    _run(action)


@profile_group.command("from-jd")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out", type=click.Path(dir_okay=False),
              help="Write the profile here (default: print it).")
@click.option("--title", help="The profile's title (default: the description's first line).")
def profile_from_jd(file: str, out: str | None, title: str | None) -> None:
    """Draft a commented job profile from a job description (text, PDF or DOCX) to review.

    Each skill is a must-have or a nice-to-have by its sentence's wording ("is a plus",
    "ideally") or its heading ("Requirements", "Preferred"); the sentence is written
    beside it as a comment.

    \b
    Example:
        screener profile from-jd job.docx --out profile.yaml
    """

    def action() -> int:
        from .jd_profile import draft_profile_from_file, render_profile_yaml

        text = render_profile_yaml(draft_profile_from_file(file, title=title))
        if out is None:
            click.echo(text, nl=False)
        else:
            Path(out).write_text(text, encoding="utf-8")
            click.echo(f"wrote {out}: review it, then `screener profile check {out}`", err=True)
        return EXIT_OK

    _run(action)


@main.group("taxonomy")
def taxonomy_group() -> None:
    """Work with the skill taxonomy."""


@taxonomy_group.command("check")
@_taxonomy_option
@click.option("--root", type=click.Path(exists=True, file_okay=False),
              help="Check this taxonomy folder instead of the built-in one.")
def taxonomy_check(taxonomy: Sequence[str], root: str | None) -> None:
    """Validate the taxonomy (and overlays), reporting every problem at once.

    \b
    Example:
        screener taxonomy check --taxonomy our_stack.yaml
    """

    def action() -> int:
        from .taxonomy import load_taxonomy

        tax = load_taxonomy(taxonomy, root=root)
        context = sum(1 for s in tax for a in s.aliases if a.needs_context)
        click.echo(
            f"taxonomy {tax.version}: OK: {len(tax)} skills, {tax.alias_count} aliases "
            f"({context} need context), {len(tax.categories)} categories, sha256 {tax.sha256[:16]}"
        )
        for path, digest in tax.sources:
            click.echo(f"  overlay {Path(path).name}: sha256 {digest[:16]}")
        return EXIT_OK

    _run(action)


@main.command("audit")
@click.argument("screen_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--groups", "groups", required=True, type=click.Path(exists=True, dir_okay=False),
              help="CSV of self-reported categories with a candidate_id (or file) column.")
@click.option("--column", "columns", multiple=True, required=True,
              help="A category column to audit (repeat for more; their intersection is audited too).")
@click.option("--top", type=click.IntRange(min=1), default=None, help="Selected: the top K of the ranking.")
@click.option("--threshold", type=float, default=None, help="Selected: everyone scoring at least this.")
def audit_command(screen_dir: str, groups: str, columns: Sequence[str], top: int | None,
                  threshold: float | None) -> None:
    """Adverse-impact audit of a finished screen (LL144 layout): audit.csv, audit_sweep.csv, audit.html.

    The categories file is read only by this command, never during scoring. Selection defaults to
    the top 10 when neither --top nor --threshold is given.

    \b
    Example:
        screener audit out/ --groups groups.csv --column sex --column race --top 20
    """

    def action() -> int:
        from .audit import Selection, run_audit

        selection = Selection(top=10 if top is None and threshold is None else top, threshold=threshold)
        written = run_audit(screen_dir, groups, columns, selection)
        click.echo(f"Audit ({selection.describe()}) written to {written['audit']}, {written['sweep']} "
                   f"and {written['html']}.")
        return EXIT_OK

    _run(action)


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default answers this machine only (0.0.0.0: every network).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="TCP port (0 picks a free one).")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Parsing processes (default: one per core).")
@click.option("--max-upload-mb", type=click.FloatRange(min=0, min_open=True), default=20.0, show_default=True,
              help="The most one uploaded file may hold, in MiB (413 past it).")
@click.option("--max-request-mb", type=click.FloatRange(min=0, min_open=True), default=100.0, show_default=True,
              help="The most one request may upload, all its files together, in MiB (413 past it).")
@_parse_options
def serve_command(host: str, port: int, workers: int | None, max_upload_mb: float, max_request_mb: float,
                  options: ParseOptions) -> None:
    """Serve the library over HTTP: POST /parse, /rank, /screen; GET /healthz, /taxonomy; docs at /docs.

    Needs the serve extra: pip install 'screener[serve]'. Each upload is parsed in one of --workers
    processes within --timeout; a file that cannot be read comes back among the failures with its code.

    \b
    Example:
        screener serve --port 8000 --workers 4
        curl -F files=@cv.pdf -F "profile=<profile.yaml" http://127.0.0.1:8000/rank
    """

    def action() -> int:
        from .service import MIB, ServiceSettings, serve

        chosen = {"workers": workers} if workers is not None else {}
        serve(ServiceSettings(host=host, port=port, max_upload_bytes=int(max_upload_mb * MIB),
                              max_request_bytes=int(max_request_mb * MIB), options=options, **chosen))
        return EXIT_OK

    _run(action)
