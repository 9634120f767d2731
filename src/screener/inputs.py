"""Which files are resumes: PDF, DOCX, ODT and plain text are screened; any other file is skipped, not an error.

A folder a recruiter points at holds other things: spreadsheets, job ads saved as HTML, images,
and the reports of an earlier screen. Each file is decided by :func:`skip_reason`:

* its suffix is a resume's (``.pdf``, ``.docx``, ``.odt``, ``.txt``, ``.md``, none) or a resume format we
  cannot read but should say so about (``.doc``, ``.rtf``, ``.pages``: an ``unsupported_format`` error
  with advice), or it is skipped as ``skipped_not_resume``;
* whatever its suffix, a file whose content is one of screener's own reports (ranking.csv,
  evidence.csv, errors.csv, manifest.json, however renamed) is skipped as ``skipped_own_report``;
* a file without a suffix whose text is structured data (JSON, XML, HTML) is ``skipped_not_resume``.

Skipped files are listed in the manifest with their reason, never in errors.csv.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

SKIPPED_NOT_RESUME = "skipped_not_resume"
SKIPPED_OWN_REPORT = "skipped_own_report"
RESUME_SUFFIXES = frozenset({".pdf", ".docx", ".odt", ".txt", ".text", ".md", ".markdown", ""})
# Resumes in a format screener does not read: screened so errors.csv says how to convert them; and a
# zip that could not be opened as an export, so errors.csv says why.
UNREAD_RESUME_SUFFIXES = frozenset({".doc", ".docm", ".dot", ".dotx", ".rtf", ".pages", ".wpd", ".zip"})
# The first bytes of screener's own reports (CSV headers after the byte-order mark; the manifest).
_OWN_REPORT_STARTS = (b"rank,candidate_id,file,", b"file,code,message,path,", b"candidate_id,file,")
_OWN_MANIFEST_MARK = b'"tool": "screener"'
# A JSON document screener wrote (parse's lines, ranking.json): it opens with its schema version and kind.
_OWN_DOCUMENT = re.compile(rb'\A\s*\{\s*"schema_version":\s*"\d+\.\d+",\s*"kind":\s*"[a-z_]+"')
_DATA_STARTS = (b"{", b"[", b"<?xml", b"<!doctype", b"<html", b"<svg")
_HEAD_BYTES = 4096


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was found but not screened, because it is not a resume.

    Attributes:
        path: the file, as found.
        reason: ``skipped_not_resume`` or ``skipped_own_report``.
        detail: one plain sentence saying what the file is.
    """

    path: str
    reason: str
    detail: str


def _head(path: Path) -> bytes | None:
    try:
        with path.open("rb") as handle:
            return handle.read(_HEAD_BYTES)
    except OSError:  # missing or unreadable: the ingest reports it with its own reason code
        return None


def is_own_report(head: bytes) -> bool:
    """Whether the first bytes of a file are one of screener's own reports.

    >>> is_own_report(b"\\xef\\xbb\\xbfrank,candidate_id,file,name,score"), is_own_report(b"Jo Doe\\nPython")
    (True, False)
    """
    text = head.removeprefix(codecs.BOM_UTF8)
    if text.startswith(_OWN_REPORT_STARTS) or _OWN_DOCUMENT.match(text):
        return True
    return text.lstrip().startswith(b"{") and _OWN_MANIFEST_MARK in text


def _is_structured_data(head: bytes) -> bool:
    return head.removeprefix(codecs.BOM_UTF8).lstrip().lower().startswith(_DATA_STARTS)


def skip_reason(path: str | Path) -> Skipped | None:
    """Why a file is not screened, or None when it is a resume (or a resume format to report on).

    >>> skip_reason("export/candidates.xlsx").reason
    'skipped_not_resume'
    >>> skip_reason("no/such/cv.pdf") is None
    True
    """
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in RESUME_SUFFIXES | UNREAD_RESUME_SUFFIXES:
        return Skipped(str(path), SKIPPED_NOT_RESUME, f"a {suffix} file is not a resume")
    head = _head(file)
    if head is None:
        return None
    if is_own_report(head):
        return Skipped(str(path), SKIPPED_OWN_REPORT, "a report of an earlier screen")
    if suffix == "" and _is_structured_data(head):
        return Skipped(str(path), SKIPPED_NOT_RESUME, "structured data (JSON, XML or HTML), not a resume")
    return None
