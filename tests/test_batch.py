"""Batches: path expansion, order, failures beside results, and whole devdata folders."""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import zlib
from pathlib import Path

import pytest

import repo_scripts
from screener import Candidate, ConfigError, Failure, ParseOptions, YearMonth, collect_paths, parse_many, screen
from screener.batch import worker_parser

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
RESUMES = SAMPLES / "resumes"
PROFILE = SAMPLES / "profiles" / "senior_python_backend.yaml"
AS_OF = YearMonth(2026, 11)
OPTIONS = ParseOptions(as_of=AS_OF)


class TestCollectPaths:
    def test_folder_is_searched_recursively(self, tmp_path: Path) -> None:
        """A folder yields its files and its subfolders' files, sorted, hidden ones skipped."""
        (tmp_path / "b").mkdir()
        for name in ("a.pdf", "b/c.docx", ".hidden.pdf", "b/Thumbs.db"):
            (tmp_path / name).write_bytes(b"x")
        assert collect_paths([tmp_path]) == (str(tmp_path / "a.pdf"), str(tmp_path / "b" / "c.docx"))

    def test_glob_and_duplicates(self, tmp_path: Path) -> None:
        """A glob expands; a file named twice is screened once."""
        for name in ("a.pdf", "b.pdf", "c.txt"):
            (tmp_path / name).write_bytes(b"x")
        found = collect_paths([str(tmp_path / "*.pdf"), tmp_path / "a.pdf"])
        assert found == (str(tmp_path / "a.pdf"), str(tmp_path / "b.pdf"))

    def test_missing_path_is_kept(self, tmp_path: Path) -> None:
        """A path that does not exist is kept so that it is reported, not dropped."""
        assert collect_paths([tmp_path / "nope.pdf"]) == (str(tmp_path / "nope.pdf"),)


class TestParseMany:
    def test_failures_beside_results_in_order(self, tmp_path: Path) -> None:
        """A bad file in the middle becomes a Failure in its place; the rest are parsed."""
        paths = [str(RESUMES / "notes.txt"), str(RESUMES / "corrupt.pdf"), str(tmp_path / "missing.pdf"),
                 str(RESUMES / "grace_kim_junior.pdf")]
        results = parse_many(paths, options=OPTIONS, workers=1).results
        assert [type(r).__name__ for r in results] == ["Candidate", "Failure", "Failure", "Candidate"]
        assert [r.code for r in results if isinstance(r, Failure)] == ["corrupt", "not_found"]

    def test_workers_give_the_same_results(self) -> None:
        """Two worker processes return the same candidates, in the same order, as one."""
        paths = list(collect_paths([RESUMES]))
        one = parse_many(paths, options=OPTIONS, workers=1).results
        two = parse_many(paths, options=OPTIONS, workers=2).results
        assert one == two

    def test_progress_is_reported(self) -> None:
        """The progress callback hears of every file."""
        seen: list[tuple[int, int]] = []
        parse_many([str(RESUMES / "notes.txt")], options=OPTIONS, progress=lambda d, t, _p: seen.append((d, t)))
        assert seen == [(1, 1)]


def pdf_endless_page(path: Path, *, pairs: int = 3_000_000) -> Path:
    """A small, valid PDF whose one page draws a line of text, then saves and restores its state ``pairs`` times.

    The page's content stream is compressed: a few kilobytes on disk take a
    PDF reader minutes to interpret, as a hostile or broken generator's can.
    """
    content = b"BT /F1 12 Tf 72 720 Td (Backend developer, Python) Tj ET\n" + b"q Q " * pairs
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def _text_resume(path: Path, skill: str) -> str:
    path.write_text(f"Skills\n{skill}\n", encoding="utf-8")
    return str(path)


class TestLimits:
    """Per-file time limits and workers that die: the batch goes on and every file is reported once."""

    @pytest.mark.parametrize("workers", [1, 2])
    def test_slow_file_times_out_and_the_batch_goes_on(self, tmp_path: Path, workers: int) -> None:
        """A file that overruns the time limit is a ``timeout`` failure in its place; the files around it are parsed."""
        paths = [_text_resume(tmp_path / "a.txt", "Python"), str(pdf_endless_page(tmp_path / "slow.pdf")),
                 _text_resume(tmp_path / "b.txt", "Django"), str(RESUMES / "corrupt.pdf"),
                 _text_resume(tmp_path / "c.txt", "Docker")]
        # pdfminer.six takes minutes on this page (PDFium reads it at once): the slow engine makes the slow file.
        options = ParseOptions(as_of=AS_OF, timeout=3, engine="pdfminer")
        results = parse_many(paths, options=options, workers=workers).results
        assert [r.path for r in results] == paths
        assert [r.code if isinstance(r, Failure) else "ok" for r in results] == [
            "ok", "timeout", "ok", "corrupt", "ok"]
        assert "limit of 3 s" in results[1].message  # type: ignore[union-attr]

    def test_dead_worker_is_replaced(self, tmp_path: Path) -> None:
        """A worker killed while parsing (as by the out-of-memory killer) is a ``crashed`` failure; the rest go on."""
        paths = [_text_resume(tmp_path / "a.txt", "Python"), str(pdf_endless_page(tmp_path / "slow.pdf")),
                 _text_resume(tmp_path / "b.txt", "Django")]

        def kill_the_worker(done: int, _total: int, _path: str) -> None:
            if done == 1:  # the only worker has been handed slow.pdf
                (worker,) = multiprocessing.active_children()
                assert worker.pid is not None
                os.kill(worker.pid, signal.SIGKILL)

        results = parse_many(paths, options=ParseOptions(as_of=AS_OF, timeout=60, engine="pdfminer"), workers=1,
                             progress=kill_the_worker).results
        assert [r.code if isinstance(r, Failure) else "ok" for r in results] == ["ok", "crashed", "ok"]
        assert "SIGKILL" in results[1].message  # type: ignore[union-attr]
        assert multiprocessing.active_children() == []

    @pytest.mark.parametrize("engine", ["fast", "pdfminer"])
    def test_file_needing_gigabytes_is_out_of_memory(self, tmp_path: Path, engine: str) -> None:
        """A PDF that inflates to 4 GiB ends as ``out_of_memory`` under a 256 MiB limit; a new worker reads the rest."""
        hog = tmp_path / "hog.pdf"
        repo_scripts.load("make_hostile").memory_hog_pdf(hog)
        paths = [_text_resume(tmp_path / "a.txt", "Python"), str(hog), _text_resume(tmp_path / "b.txt", "Django")]
        options = ParseOptions(as_of=AS_OF, memory_limit=256, engine=engine)  # type: ignore[arg-type]
        results = parse_many(paths, options=options, workers=1).results
        assert [r.code if isinstance(r, Failure) else "ok" for r in results] == ["ok", "out_of_memory", "ok"]
        assert "limit of 256 MiB" in results[1].message  # type: ignore[union-attr]
        assert multiprocessing.active_children() == []

    def test_default_memory_limit_reads_every_format(self) -> None:
        """Under the default memory limit, workers start (spaCy) and read PDFs with PDFium, DOCX and text."""
        paths = [str(RESUMES / name) for name in ("alice_nguyen_senior_backend.pdf", "carmen_diaz_skills_table.docx",
                                                   "notes.txt")]
        assert ParseOptions().memory_limit is not None
        results = parse_many(paths, options=OPTIONS, workers=2).results
        assert all(isinstance(r, Candidate) for r in results), results

    @pytest.mark.parametrize("limit", [0, -5])
    def test_memory_limit_must_be_positive(self, limit: int) -> None:
        """A memory limit below 1 MiB is a ConfigError, before any file is read."""
        with pytest.raises(ConfigError, match="memory_limit"):
            ParseOptions(memory_limit=limit)

    @pytest.mark.parametrize("timeout", [0, -1.5])
    def test_timeout_must_be_positive(self, timeout: float) -> None:
        """A time limit of zero or less is a ConfigError, before any file is read."""
        with pytest.raises(ConfigError, match="timeout"):
            ParseOptions(timeout=timeout)

    def test_no_limit_parses_in_process(self) -> None:
        """With no time or memory limit and one worker the files are parsed here, with the same results."""
        paths = [str(RESUMES / "notes.txt"), str(RESUMES / "corrupt.pdf")]
        here = parse_many(paths, options=ParseOptions(as_of=AS_OF, timeout=None, memory_limit=None), workers=1).results
        assert here == parse_many(paths, options=OPTIONS, workers=1).results
        assert multiprocessing.active_children() == []


@pytest.mark.devdata
class TestDevdata:
    def test_every_devdata_file_accounted_for(self, devdata: Path) -> None:
        """Screening the real PDF and DOCX folders accounts for every file exactly once."""
        folders = [devdata / "resumes" / "pdf", devdata / "resumes" / "docx"]
        result = screen(folders, PROFILE, options=OPTIONS, workers=2)
        ranked = [e.candidate.path for e in result.ranking]
        failed = [f.path for f in result.failures]
        assert sorted(ranked + failed) == sorted(collect_paths(folders))
        assert all(isinstance(e.candidate, Candidate) for e in result.ranking)
        assert len(ranked) > len(failed)


class TestScreenEdges:
    def test_report_folder_inside_input_is_not_screened(self, tmp_path: Path) -> None:
        """Re-running into an --out folder under the input never ranks the last run's reports."""
        from click.testing import CliRunner

        from screener.cli import main

        folder = tmp_path / "in"
        folder.mkdir()
        (folder / "cv.txt").write_text("Skills\nPython\n", encoding="utf-8")
        args = ["screen", str(folder), "--profile", str(PROFILE), "--out", str(folder / "report"), "-q"]
        for _ in range(2):
            assert CliRunner().invoke(main, args).exit_code == 0
        ranking = (folder / "report" / "ranking.csv").read_text(encoding="utf-8-sig")
        assert ranking.count("\n") == 2  # the header and cv.txt

    def test_unmatched_glob_is_reported(self, tmp_path: Path) -> None:
        """A glob that matches nothing is reported as not_found, not silently dropped."""
        result = screen([str(tmp_path / "*.pdf"), RESUMES / "notes.txt"], PROFILE, options=OPTIONS, workers=1)
        assert [(f.path, f.code) for f in result.failures] == [(str(tmp_path / "*.pdf"), "not_found")]

    def test_duplicates_are_flagged(self, tmp_path: Path) -> None:
        """Two files with the same bytes are both ranked; the later one is flagged as a duplicate."""
        data = (RESUMES / "notes.txt").read_bytes()
        (tmp_path / "a.txt").write_bytes(data)
        (tmp_path / "b copy.txt").write_bytes(data)
        result = screen([tmp_path], PROFILE, options=OPTIONS, workers=1)
        flags = {e.candidate.file_name: e.flags for e in result.ranking}
        assert "duplicate_of:a.txt" in flags["b copy.txt"]
        assert not any(f.startswith("duplicate_of") for f in flags["a.txt"])

    def test_whole_file_on_one_line(self, tmp_path: Path) -> None:
        """A text file over a million characters on one line is screened, not an internal error."""
        resume = tmp_path / "one_line.txt"
        resume.write_text("Skills: " + "Python, Django, Docker; " * 45_000, encoding="utf-8")
        result = screen([resume], PROFILE, options=OPTIONS, workers=1)
        assert result.failures == ()
        entry = result.ranking.entries[0]
        assert entry.must_have_met == 3  # Python, Django, Docker of the four
        assert all(len(line.snippet) <= 300 for line in entry.lines)


def _frozen_after_start(conn: multiprocessing.connection.Connection) -> None:
    """In a forked worker: start as a batch worker does, and say how many objects the collector now leaves out."""
    worker_parser(OPTIONS)
    conn.send(gc.get_freeze_count())


class TestWorkerParser:
    def test_long_lived_objects_are_left_out_of_collections(self) -> None:
        """A worker's parser, once ready, is out of the garbage collector's walks, so a full collection in the
        middle of a file no longer walks the taxonomy and matchers (the slowest file's 150 ms)."""
        context = multiprocessing.get_context("fork")
        ours, theirs = context.Pipe()
        worker = context.Process(target=_frozen_after_start, args=(theirs,))
        worker.start()
        frozen = ours.recv() if ours.poll(120) else 0
        worker.join()
        assert frozen > 100_000
