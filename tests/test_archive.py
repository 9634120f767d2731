"""Zip exports: resumes inside are screened by their member names; hostile members are refused with a code."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from screener import screen
from screener.batch import find_inputs

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
PDF = SAMPLES / "resumes" / "alice_nguyen_senior_backend.pdf"
DOCX = SAMPLES / "resumes" / "carmen_diaz_skills_table.docx"
PROFILE = {"must_have": ["Python"], "nice_to_have": ["Django"]}
RESUME = "Jo Example\nSkills\nPython, Django, PostgreSQL\n"


def make_zip(path: Path, members: dict[str, bytes], *, encrypted: frozenset[str] = frozenset()) -> Path:
    """A zip made by Python's zipfile, each member deflated; ``encrypted`` members get the encryption flag set.

    zipfile cannot encrypt, so the flag (bit 0 of the general-purpose flags, in the local and the
    central header) is set in the written bytes: exactly what a reader checks first.
    """
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    if encrypted:
        data = bytearray(path.read_bytes())
        # (signature, offset of the flags, of the name's length, of the name): local, then central headers
        for signature, flag_at, length_at, name_at in ((b"PK\x03\x04", 6, 26, 30), (b"PK\x01\x02", 8, 28, 46)):
            start = data.find(signature)
            while start != -1:
                length = int.from_bytes(data[start + length_at:start + length_at + 2], "little")
                if bytes(data[start + name_at:start + name_at + length]).decode() in encrypted:
                    data[start + flag_at] |= 0x1
                start = data.find(signature, start + 4)
        path.write_bytes(bytes(data))
    return path


def outcome(result_path: Path, tmp_path: Path) -> dict[str, str]:
    """Each member's outcome after a screen: ``ranked``, an error code or a skip reason."""
    result = screen([result_path], PROFILE)
    codes = {c.path: "ranked" for c in result.candidates}
    codes |= {f.path: f.code for f in result.failures}
    codes |= {s.path: s.reason for s in result.skipped}
    return {path.split("!", 1)[1] if "!" in path else path: code for path, code in codes.items()}


def test_export_resumes_are_screened_by_member_name(tmp_path: Path) -> None:
    """A PDF, a DOCX and a text resume inside a zip are ranked as export.zip!inner/path; a CSV is skipped."""
    export = make_zip(tmp_path / "export.zip", {
        "pool/a.pdf": PDF.read_bytes(), "pool/b.docx": DOCX.read_bytes(), "pool/c.txt": RESUME.encode(),
        "pool/list.csv": b"name,email\n",
    })
    result = screen([export], PROFILE)
    assert sorted(c.path for c in result.candidates) == [f"{export}!pool/{n}" for n in ("a.pdf", "b.docx", "c.txt")]
    assert [c.file_name for c in result.candidates if c.path.endswith("c.txt")] == ["c.txt"]
    assert [s.path for s in result.skipped] == [f"{export}!pool/list.csv"]
    assert not result.failures


def test_zip_inside_a_folder_is_opened(tmp_path: Path) -> None:
    """A zip found in a folder is read like a zip given by name, beside the folder's own files."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "d.txt").write_text(RESUME, encoding="utf-8")
    make_zip(folder / "export.zip", {"e.txt": RESUME.encode()})
    files = find_inputs([folder]).files
    assert [Path(f).name for f in files] == ["d.txt", "export.zip!e.txt"]


HOSTILE: list[tuple[str, dict[str, bytes], frozenset[str], str]] = [
    ("path traversal", {"../../escaped.txt": RESUME.encode()}, frozenset(), "unsafe_path"),
    ("absolute name", {"/tmp/absolute.txt": RESUME.encode()}, frozenset(), "unsafe_path"),
    ("drive letter", {"C:/x/cv.txt": RESUME.encode()}, frozenset(), "unsafe_path"),
    ("zip bomb", {"bomb.txt": b"0" * 8_000_000}, frozenset(), "zip_bomb"),
    ("nested zip", {"inner.zip": b""}, frozenset(), "nested_archive"),
    ("encrypted member", {"secret.txt": RESUME.encode()}, frozenset({"secret.txt"}), "encrypted"),
]


@pytest.mark.parametrize(("case", "members", "encrypted", "code"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_member_is_refused(tmp_path: Path, case: str, members: dict[str, bytes],
                                   encrypted: frozenset[str], code: str) -> None:
    """Each hostile member ends in errors with its reason code; the good member beside it is ranked."""
    if case == "nested zip":
        members = {"inner.zip": make_zip(tmp_path / "inner.zip", {"x.txt": RESUME.encode()}).read_bytes()}
    export = make_zip(tmp_path / "export.zip", {**members, "good.txt": RESUME.encode()}, encrypted=encrypted)
    outcomes = outcome(export, tmp_path)
    [hostile] = members
    assert outcomes == {hostile: code, "good.txt": "ranked"}
    assert not list(tmp_path.rglob("escaped.txt")) and not Path("/tmp/absolute.txt").exists()


def test_nested_zip_without_zip_suffix(tmp_path: Path) -> None:
    """A zip hidden under a resume's suffix is still refused as nested, while a DOCX (a zip too) is read."""
    inner = make_zip(tmp_path / "inner.zip", {"x.txt": RESUME.encode()}).read_bytes()
    export = make_zip(tmp_path / "export.zip", {"cv.pdf": inner, "cv.docx": DOCX.read_bytes()})
    assert outcome(export, tmp_path) == {"cv.pdf": "nested_archive", "cv.docx": "ranked"}


def test_broken_zip_is_an_error(tmp_path: Path) -> None:
    """A zip cut short (its directory lost) is in errors with a reason code, not silently skipped."""
    whole = make_zip(tmp_path / "whole.zip", {"cv.txt": RESUME.encode()}).read_bytes()
    broken = tmp_path / "export.zip"
    broken.write_bytes(whole[: len(whole) // 2])
    result = screen([broken], PROFILE)
    assert [(f.path, f.code) for f in result.failures] == [(str(broken), "unsupported_format")]
    assert not result.skipped and not result.candidates
