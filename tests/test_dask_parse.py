"""Parsing on a Dask cluster: a real distributed.LocalCluster of two one-thread worker processes."""

from __future__ import annotations

import json
import os
import signal
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("distributed")

import dask
from distributed import Client, LocalCluster

from screener import (
    Candidate,
    ClusterError,
    Failure,
    MissingExtra,
    ParseOptions,
    collect_paths,
    dask_parse,
    parse_many,
    screen,
    write_reports,
)
from screener.cli import EXIT_INTERNAL, EXIT_USAGE
from test_batch import AS_OF, PROFILE, RESUMES, _text_resume, pdf_endless_page
from test_cli import run


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A local cluster's scheduler address; a file that kills one worker is not retried on another. Its HTTP
    server takes any free port: on the default 8787, held by another cluster or a notebook's dashboard, the
    cluster would warn and the warning fail every test here."""
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
    ) as cluster:
        yield cluster.scheduler_address


def _codes(results: list[Candidate | Failure]) -> list[str]:
    return [r.code if isinstance(r, Failure) else "ok" for r in results]


class TestSameReports:
    def test_cluster_screen_writes_the_same_reports(self, scheduler: str, tmp_path: Path) -> None:
        """Screening the samples on the cluster writes every report byte for byte as a local screen does."""
        local, cluster = tmp_path / "local", tmp_path / "cluster"
        options = ParseOptions(as_of=AS_OF, timeout=None)  # parsed in this process
        write_reports(screen([RESUMES], PROFILE, options=options, workers=1), local, xlsx=True)
        write_reports(screen([RESUMES], PROFILE, options=options, workers=1, scheduler=scheduler), cluster, xlsx=True)
        names = sorted(p.name for p in local.iterdir())
        assert names == sorted(p.name for p in cluster.iterdir())
        for name in names:
            if name != "manifest.json":
                assert (local / name).read_bytes() == (cluster / name).read_bytes(), name
        manifests = [json.loads((folder / "manifest.json").read_text(encoding="utf-8")) for folder in (local, cluster)]
        for manifest in manifests:
            del manifest["generated_at"]
        assert manifests[0] == manifests[1]

    def test_parse_command_prints_the_same_records(self, scheduler: str) -> None:
        """`screener parse --dask-scheduler` prints the same JSON lines as a local parse."""
        args = ("parse", str(RESUMES), "--as-of", "2026-11-01")
        assert run(*args, "--dask-scheduler", scheduler) == run(*args)

    def test_zip_members_are_read_here_and_parsed_there(self, scheduler: str, tmp_path: Path) -> None:
        """A zip export's members are parsed on the cluster as locally, and a refused member fails with its code."""
        export = tmp_path / "export.zip"
        with zipfile.ZipFile(export, "w") as archive:
            archive.write(RESUMES / "alice_nguyen_senior_backend.pdf", "pool/alice.pdf")
            archive.writestr("../escape.txt", "Skills\nPython\n")
        paths = collect_paths([export])
        options = ParseOptions(as_of=AS_OF)
        remote = parse_many(paths, options=options, scheduler=scheduler)
        assert remote.results == parse_many(paths, options=options).results
        assert _codes(remote.results) == ["unsafe_path", "ok"]


class TestFailures:
    def test_a_failing_file_is_reported_once_with_its_reason(self, scheduler: str, tmp_path: Path) -> None:
        """Corrupt, empty, image-only and missing files each come back once, in their place, with their code."""
        paths = [str(RESUMES / "corrupt.pdf"), str(RESUMES / "notes.txt"), str(RESUMES / "empty.docx"),
                 str(RESUMES / "image_only.pdf"), str(tmp_path / "missing.pdf")]
        heard: list[str] = []
        results = parse_many(paths, options=ParseOptions(as_of=AS_OF), scheduler=scheduler,
                             on_result=lambda r: heard.append(r.path)).results
        assert [r.path for r in results] == paths
        assert sorted(heard) == sorted(paths)
        assert _codes(results) == ["corrupt", "ok", "empty", "no_text", "not_found"]
        assert results == parse_many(paths, options=ParseOptions(as_of=AS_OF)).results

    def test_slow_file_times_out_and_the_batch_goes_on(self, scheduler: str, tmp_path: Path) -> None:
        """A file that overruns the time limit on a worker is a ``timeout`` failure; the files around it are parsed."""
        paths = [_text_resume(tmp_path / "a.txt", "Python"), str(pdf_endless_page(tmp_path / "slow.pdf")),
                 _text_resume(tmp_path / "b.txt", "Django"), _text_resume(tmp_path / "c.txt", "Docker")]
        options = ParseOptions(as_of=AS_OF, timeout=3, engine="pdfminer")  # pdfminer takes minutes on slow.pdf
        results = parse_many(paths, options=options, scheduler=scheduler).results
        assert _codes(results) == ["ok", "timeout", "ok", "ok"]
        assert "limit of 3 s" in results[1].message  # type: ignore[union-attr]

    def test_dead_worker_is_a_crashed_failure(self, scheduler: str, tmp_path: Path) -> None:
        """A worker killed while parsing (as by the out-of-memory killer) is a ``crashed`` failure; the rest go on."""
        paths = [_text_resume(tmp_path / "a.txt", "Python"), str(pdf_endless_page(tmp_path / "slow.pdf")),
                 _text_resume(tmp_path / "b.txt", "Django")]

        def kill_the_busy_worker(result: Candidate | Failure) -> None:
            if result.path == paths[0]:  # slow.pdf is being parsed on a worker now
                with Client(scheduler, set_as_default=False) as client:
                    (busy,) = [w for w, keys in client.processing().items() if keys]
                    os.kill(client.run(os.getpid, workers=[busy])[busy], signal.SIGKILL)

        options = ParseOptions(as_of=AS_OF, timeout=120, engine="pdfminer")
        results = parse_many(paths, options=options, scheduler=scheduler, on_result=kill_the_busy_worker).results
        assert _codes(results) == ["ok", "crashed", "ok"]


class TestSetUp:
    def test_missing_distributed_says_how_to_install_it(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without distributed, --dask-scheduler is a usage error that names the extra to install."""
        monkeypatch.setitem(sys.modules, "distributed", None)  # as if it were not installed
        with pytest.raises(MissingExtra, match=r"pip install 'screener\[dask\]'"):
            parse_many([str(RESUMES / "notes.txt")], scheduler="tcp://127.0.0.1:8786")
        code, output = run("parse", str(RESUMES / "notes.txt"), "--dask-scheduler", "tcp://127.0.0.1:8786")
        assert code == EXIT_USAGE
        assert "screener[dask]" in output

    def test_unreachable_scheduler_is_a_cluster_error(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A scheduler that does not answer is a ClusterError naming its address, and the CLI exits with 1."""
        monkeypatch.setattr(dask_parse, "CONNECT_SECONDS", 0.5)
        with pytest.raises(ClusterError, match=r"127\.0\.0\.1:9"):
            parse_many([str(RESUMES / "notes.txt")], scheduler="tcp://127.0.0.1:9")
        assert run("parse", str(RESUMES / "notes.txt"), "--dask-scheduler", "tcp://127.0.0.1:9")[0] == EXIT_INTERNAL

    def test_a_worker_with_another_screener_stops_the_run(self) -> None:
        """A worker whose screener or taxonomy differs from the client's refuses to parse, naming both."""
        with pytest.raises(ClusterError, match="install the same screener"):
            dask_parse.parse_remote("cv.txt", b"Skills\nPython\n", ParseOptions(as_of=AS_OF), "screener 0.0")

    def test_a_worker_parses_bytes_as_the_file(self) -> None:
        """What a worker makes of a file's bytes is what a local parse makes of the file."""
        path = RESUMES / "alice_nguyen_senior_backend.pdf"
        options = ParseOptions(as_of=AS_OF)
        remote = dask_parse.parse_remote(str(path), path.read_bytes(), options, dask_parse.identity(options))
        assert remote == parse_many([str(path)], options=options).results[0]
