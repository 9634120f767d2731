"""The ingest stage: a resume file (PDF, DOCX or text) in, a :class:`~screener.models.Document` out.

Example:
    >>> from screener.ingest import read
    >>> document = read("resume.pdf")  # doctest: +SKIP
    >>> print(document.text)  # doctest: +SKIP
"""

from __future__ import annotations

from screener.ingest.reader import DEFAULT_MAX_BYTES, PDF_ENGINES, PdfEngine, load, read, read_bytes
from screener.ingest.sniff import sniff_format

__all__ = ["DEFAULT_MAX_BYTES", "PDF_ENGINES", "PdfEngine", "load", "read", "read_bytes", "sniff_format"]
