"""screener serve: a real uvicorn process on a loopback port, called with httpx as a client service would."""

from __future__ import annotations

import json
import os
import random
import shutil
import socket
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

import docfactory
import readme
import screener
from screener.cli import main

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
TIMEOUT = 4.0  # the server's --timeout: the slow resume below takes longer, every other file far less
PROFILE_YAML = """title: Backend developer
must_have:
  - skill: Python
    weight: 3
nice_to_have:
  - skill: Django
    weight: 1
"""
PROFILE_JSON = json.dumps({"title": "Backend developer", "must_have": [{"skill": "Python", "weight": 3}],
                           "nice_to_have": [{"skill": "Django", "weight": 1}]})
PYTHON_CV = ["Sam Example", "SKILLS", "Python, Django, PostgreSQL", "EXPERIENCE",
             "Backend Engineer, Acme Ltd | Jan 2019 – Dec 2022", "Built services in Python and Django"]
GO_CV = ["Kim Example", "SKILLS", "Go, Kubernetes", "EXPERIENCE",
         "Platform Engineer, Beta Ltd | Jan 2021 – Dec 2022", "Built services in Go"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Server:
    """A running service: its address, files made for the tests, and the log of temporary files it makes."""

    url: str
    port: int
    files: Path
    tmp: Path

    def post(self, path: str, **kwargs: Any) -> Any:
        return httpx.post(self.url + path, timeout=120, **kwargs)

    def get(self, path: str) -> Any:
        return httpx.get(self.url + path, timeout=30)


# `screener serve`, with an audit hook that writes down every temporary file the server's process makes
# (tempfile's own events, and Linux's unnamed O_TMPFILE files, which no folder listing shows).
_LAUNCH = """
import os, sys
TMPFILE = getattr(os, "O_TMPFILE", 0)
def hook(event, args):
    made = event in ("tempfile.mkstemp", "tempfile.mkdtemp")
    if event == "open" and TMPFILE and isinstance(args[2], int) and args[2] & TMPFILE == TMPFILE:
        made = True
    if made:
        with open(os.environ["TEMPORARY_FILES_LOG"], "a") as log:
            log.write(event + " " + repr(args[0]) + "\\n")
sys.addaudithook(hook)
from screener.cli import main
sys.argv[0] = "screener"
main()
"""


def _start(port: int, log: Path, tmp: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-c", _LAUNCH, "serve", "--port", str(port), "--workers", "2",
               "--max-upload-mb", "2", "--max-request-mb", "5", "--as-of", "2026-11-01",
               "--timeout", str(TIMEOUT)]
    env = {**os.environ, "TEMPORARY_FILES_LOG": str(tmp / "temporary-files.log")}
    with log.open("wb") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env=env)


def _wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server stopped: {log.read_text()}")
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise AssertionError(f"the server did not start: {log.read_text()}")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """``screener serve`` on a free loopback port, with two workers, 2 MiB per file and 5 MiB per request."""
    files = tmp_path_factory.mktemp("service")
    docfactory.pdf_lines(files / "python.pdf", [PYTHON_CV])
    docfactory.docx_resume(files / "go.docx", GO_CV)
    tmp = tmp_path_factory.mktemp("server-audit")
    port = _free_port()
    log = files / "server.log"
    process = _start(port, log, tmp)
    try:
        _wait_healthy(f"http://127.0.0.1:{port}", process, log)
        yield Server(f"http://127.0.0.1:{port}", port, files, tmp)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _upload(path: Path, name: str | None = None) -> tuple[str, tuple[str, bytes]]:
    return ("files", (name or path.name, path.read_bytes()))


def _skills(candidate: dict[str, Any]) -> set[str]:
    return {s["skill_id"] for s in candidate["skills"]}


class TestParse:
    """POST /parse."""

    def test_pdf_and_docx(self, server: Server) -> None:
        """A PDF and a DOCX in one request come back as two candidates, in upload order, named as uploaded."""
        answer = server.post("/parse", files=[_upload(server.files / "python.pdf"),
                                              _upload(server.files / "go.docx")])
        assert answer.status_code == 200
        body = answer.json()
        assert body["failures"] == []
        (python, go) = body["candidates"]
        assert (python["file_name"], python["format"], go["file_name"], go["format"]) == (
            "python.pdf", "pdf", "go.docx", "docx")
        assert (python["kind"], python["path"]) == ("candidate", "python.pdf")
        assert {"python", "django"} <= _skills(python) and "go" in _skills(go)
        assert str(server.files) not in answer.text  # no path of the client's or the server's

    @pytest.mark.parametrize(("name", "data", "code"), [
        ("broken.pdf", b"%PDF-1.7\n1 0 obj <<", "corrupt"),
        ("empty.docx", b"", "empty"),
        ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "unsupported_format"),
    ])
    def test_a_bad_file_beside_a_good_one(self, server: Server, name: str, data: bytes, code: str) -> None:
        """A file that cannot be read is a failure with the CLI's reason code; the good file still comes back (200)."""
        answer = server.post("/parse", files=[_upload(server.files / "python.pdf"), ("files", (name, data))])
        assert answer.status_code == 200
        body = answer.json()
        assert [c["file_name"] for c in body["candidates"]] == ["python.pdf"]
        assert [(f["path"], f["code"]) for f in body["failures"]] == [(name, code)]

    @pytest.mark.parametrize("path", ["/parse", "/rank", "/screen"])
    def test_no_files(self, server: Server, path: str) -> None:
        """A request without files (nor candidates) is refused (400) with the JSON error body."""
        answer = server.post(path, data={"profile": PROFILE_YAML})
        assert answer.status_code == 400
        assert answer.json()["error"]["code"] == "no_files"


class TestRank:
    """POST /rank and POST /screen."""

    @pytest.mark.parametrize("profile", [PROFILE_YAML, PROFILE_JSON], ids=["yaml", "json"])
    def test_rank_uploads(self, server: Server, profile: str) -> None:
        """A profile as YAML or JSON text ranks the Python resume first, each with its evidence and points."""
        answer = server.post("/rank", data={"profile": profile},
                             files=[_upload(server.files / "go.docx"), _upload(server.files / "python.pdf")])
        assert answer.status_code == 200
        ranking = answer.json()["ranking"]
        jsonschema.Draft202012Validator(screener.json_schema("ranking")).validate(ranking)  # the documented shape
        assert [e["candidate"]["file_name"] for e in ranking["entries"]] == ["python.pdf", "go.docx"]
        best = ranking["entries"][0]
        assert best["missing_must_have"] == [] and best["score"] > ranking["entries"][1]["score"]
        assert sum(line["points"] for line in best["lines"]) == pytest.approx(best["score"])
        assert ranking["profile"]["title"] == "Backend developer"

    def test_yaml_and_json_profiles_rank_alike(self, server: Server) -> None:
        """The same profile written as YAML or as JSON gives the same scores."""
        scores = []
        for profile in (PROFILE_YAML, PROFILE_JSON):
            answer = server.post("/rank", data={"profile": profile}, files=[_upload(server.files / "python.pdf")])
            scores.append([e["score"] for e in answer.json()["ranking"]["entries"]])
        assert scores[0] == scores[1]

    def test_rank_parsed_candidates(self, server: Server) -> None:
        """Candidates from POST /parse, sent back as JSON, rank exactly as their uploads do, without parsing again."""
        uploads = [_upload(server.files / "go.docx"), _upload(server.files / "python.pdf")]
        parsed = server.post("/parse", files=uploads).content
        from_json = server.post("/rank", data={"profile": PROFILE_YAML},
                                files=[("candidates", ("parsed.json", parsed, "application/json"))])
        from_files = server.post("/rank", data={"profile": PROFILE_YAML}, files=uploads)
        assert from_json.status_code == 200
        assert from_json.json()["ranking"] == from_files.json()["ranking"]

    def test_screen(self, server: Server) -> None:
        """POST /screen ranks the uploads and lists the failures, the inputs and the taxonomy it used."""
        answer = server.post("/screen", data={"profile": PROFILE_YAML},
                             files=[_upload(server.files / "python.pdf"), ("files", ("empty.txt", b" "))])
        assert answer.status_code == 200
        body = answer.json()
        assert [e["candidate"]["file_name"] for e in body["ranking"]["entries"]] == ["python.pdf"]
        assert [f["code"] for f in body["ranking"]["failures"]] == ["empty"]
        assert body["inputs"] == ["python.pdf", "empty.txt"] and body["taxonomy"]["version"]
        assert body["parse_settings"]["as_of"] == "2026-11"

    @pytest.mark.parametrize(("data", "status", "code"), [
        ({"profile": "must_have: [Pythonn]"}, 422, "invalid_profile"),    # an unknown skill
        ({"profile": "must_have: [python]\nmust_have: [go]"}, 422, "invalid_profile"),  # a key twice
        ({"profile": "[just, a, list]"}, 422, "invalid_profile"),
        ({}, 422, "invalid_request"),                                       # no profile at all
    ])
    def test_bad_profile(self, server: Server, data: dict[str, str], status: int, code: str) -> None:
        """A request whose profile is invalid or missing is refused whole (422), saying what is wrong."""
        answer = server.post("/rank", data=data, files=[_upload(server.files / "python.pdf")])
        assert answer.status_code == status
        error = answer.json()["error"]
        assert error["code"] == code and error["message"]
        if code == "invalid_profile":
            assert error["problems"]

    def test_unknown_skill_suggests_the_closest(self, server: Server) -> None:
        """An invalid profile's problems name the entry and suggest the skill meant."""
        answer = server.post("/rank", data={"profile": "must_have: [Pythonn]"},
                             files=[_upload(server.files / "python.pdf")])
        assert "Python" in json.dumps(answer.json()["error"]["problems"])

    def test_bad_candidates(self, server: Server) -> None:
        """Candidates that are not POST /parse's JSON are refused (422)."""
        answer = server.post("/rank", data={"profile": PROFILE_YAML},
                             files=[("candidates", ("c.json", b'[{"name": "x"}]', "application/json"))])
        assert (answer.status_code, answer.json()["error"]["code"]) == (422, "invalid_candidates")


def _chunks(data: bytes) -> Iterator[bytes]:
    for start in range(0, len(data), 64 * 1024):
        yield data[start:start + 64 * 1024]


class TestLimits:
    """Upload limits: 413 with the JSON error body, and the service goes on."""

    def test_file_over_the_limit(self, server: Server) -> None:
        """A file over --max-upload-mb (2 MiB here) is refused with 413 and the too_large code, naming it."""
        big = b"%PDF-1.7\n" + b"0" * (2 * 1024 * 1024 + 10)
        answer = server.post("/parse", files=[("files", ("huge.pdf", big))])
        assert answer.status_code == 413
        assert answer.json()["error"]["code"] == "too_large" and "huge.pdf" in answer.json()["error"]["message"]

    @pytest.mark.parametrize("streamed", [False, True], ids=["declared", "streamed"])
    def test_request_over_the_limit(self, server: Server, streamed: bool) -> None:
        """A request over --max-request-mb (5 MiB) is refused with 413, whether it declares its length or not."""
        part = b"%PDF-1.7\n" + b"0" * (1400 * 1024)
        boundary = "screener-test-boundary"
        body = b"".join(f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="cv{k}.pdf"\r\n'
                        f"Content-Type: application/pdf\r\n\r\n".encode() + part + b"\r\n" for k in range(4))
        body += f"--{boundary}--\r\n".encode()
        headers = {"content-type": f"multipart/form-data; boundary={boundary}"}
        answer = server.post("/parse", content=_chunks(body) if streamed else body, headers=headers)
        assert answer.status_code == 413
        assert answer.json()["error"]["code"] == "too_large"
        assert server.get("/healthz").status_code == 200


    def test_a_large_upload_is_never_written_to_disk(self, server: Server, tmp_path: Path) -> None:
        """A 1.5 MiB resume (over Starlette's 1 MiB spooling threshold) is parsed without a temporary file."""
        cv = docfactory.docx_resume(tmp_path / "large.docx", PYTHON_CV)
        with zipfile.ZipFile(cv, "a", compression=zipfile.ZIP_STORED) as package:
            package.writestr("word/media/unused.bin", random.Random(13).randbytes(1536 * 1024))
        log = server.tmp / "temporary-files.log"
        before = log.read_text() if log.exists() else ""
        answer = server.post("/parse", files=[_upload(cv)])
        assert [c["file_name"] for c in answer.json()["candidates"]] == ["large.docx"]
        assert (log.read_text() if log.exists() else "") == before


class TestConcurrency:
    """Requests at once, and a slow parse, on two workers."""

    def test_eight_requests_at_once(self, server: Server, tmp_path: Path) -> None:
        """Eight requests sent together each get their own resume back, parsed right."""
        skills = ["Go", "Rust", "Java", "Kotlin", "Scala", "Ruby", "Elixir", "Haskell"]
        paths = [docfactory.pdf_lines(tmp_path / f"cv{k}.pdf", [["Pat Example", "SKILLS", skill]])
                 for k, skill in enumerate(skills)]
        with ThreadPoolExecutor(8) as threads:
            answers = list(threads.map(lambda p: server.post("/parse", files=[_upload(p)]), paths))
        assert [a.status_code for a in answers] == [200] * 8
        for k, answer in enumerate(answers):
            (candidate,) = answer.json()["candidates"]
            assert candidate["file_name"] == f"cv{k}.pdf"
            assert skills[k].lower() in _skills(candidate)

    def test_health_answers_during_a_slow_parse_that_times_out(self, server: Server, tmp_path: Path) -> None:
        """/healthz answers at once while a parse runs; the parse past --timeout is a timeout failure, and the
        service parses the next file."""
        # 20,000 dated lines (1.3 MB) take this parser many times --timeout (about 20 s on one core); the
        # worker is stopped at the limit, so the test waits only that long.
        slow = tmp_path / "slow.txt"
        slow.write_text("\n".join(f"Worked on Python service number {n} at Example Ltd, 2015 - 2016"
                                  for n in range(20_000)))
        answers: list[Any] = []
        thread = threading.Thread(target=lambda: answers.append(server.post("/parse", files=[_upload(slow)])))
        thread.start()
        time.sleep(1.0)
        start = time.monotonic()
        health = server.get("/healthz")
        waited = time.monotonic() - start
        busy = thread.is_alive()
        thread.join(timeout=120)
        assert health.status_code == 200 and waited < 1.0 and busy
        assert [f["code"] for f in answers[0].json()["failures"]] == ["timeout"]
        after = server.post("/parse", files=[_upload(server.files / "python.pdf")])
        assert [c["file_name"] for c in after.json()["candidates"]] == ["python.pdf"]


class TestService:
    """What else the service offers, and where it listens."""

    def test_health(self, server: Server) -> None:
        """/healthz says the service is up, its version, taxonomy and workers."""
        body = server.get("/healthz").json()
        assert body["status"] == "ok" and body["workers"] == 2 and body["taxonomy_version"]

    def test_taxonomy(self, server: Server) -> None:
        """/taxonomy lists every skill with its kind, and counts that add up."""
        body = server.get("/taxonomy").json()
        assert body["counts"]["skills"] == len(body["skills"]) == sum(body["counts"]["kinds"].values())
        assert {"id": "python", "name": "Python", "kind": "technology"}.items() <= next(
            s for s in body["skills"] if s["id"] == "python").items()

    def test_openapi_and_docs(self, server: Server) -> None:
        """The OpenAPI document lists every endpoint, and /docs serves its page."""
        paths = server.get("/openapi.json").json()["paths"]
        assert {"/parse", "/rank", "/screen", "/healthz", "/taxonomy"} <= set(paths)
        docs = server.get("/docs")
        assert docs.status_code == 200 and "swagger" in docs.text.lower()

    def test_unknown_path(self, server: Server) -> None:
        """An unknown path is a 404 with the JSON error body."""
        answer = server.get("/nothing-here")
        assert (answer.status_code, answer.json()["error"]["code"]) == (404, "no_such_endpoint")

    @pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads Linux's socket table")
    def test_listens_on_loopback_only(self, server: Server) -> None:
        """By default the service listens on 127.0.0.1 alone: no socket on its port faces another network."""
        listening = []
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            if not Path(table).exists():
                continue
            for row in Path(table).read_text().splitlines()[1:]:
                local, state = row.split()[1], row.split()[3]
                address, port = local.rsplit(":", 1)
                if int(port, 16) == server.port and state == "0A":
                    listening.append(address)
        assert listening == ["0100007F"]  # 127.0.0.1, little-endian hex


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_readme_curl_examples(server: Server, tmp_path: Path) -> None:
    """Each curl line of the README's HTTP section runs against the service and gets a JSON answer, not an error."""
    docfactory.pdf_lines(tmp_path / "cv.pdf", [PYTHON_CV])
    docfactory.docx_resume(tmp_path / "cv2.docx", GO_CV)
    (tmp_path / "profile.yaml").write_text(PROFILE_YAML)
    block = next(b for b in readme.code_blocks("HTTP service", "sh") if "curl" in b)
    for line in block.splitlines():
        command = line.replace("http://127.0.0.1:8000", server.url)
        done = subprocess.run(["bash", "-c", command], cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, (line, done.stderr)
        answer = json.loads(done.stdout or (tmp_path / "parsed.json").read_text())
        assert "error" not in answer, (line, answer)


def test_missing_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the serve extra, `screener serve` says how to install it and exits with the usage code."""
    monkeypatch.setitem(sys.modules, "fastapi", None)
    result = CliRunner().invoke(main, ["serve"])
    assert result.exit_code == 2
    assert "pip install 'screener[serve]'" in result.output
