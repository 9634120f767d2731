"""``read(path)``: check the file, sniff its format, hand it to the right reader."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from screener.archive import read_member, split_member
from screener.errors import ConfigError, EmptyFile, FileMissing, IngestError, TooLarge
from screener.ingest.base import FormatReader, Parsed
from screener.ingest.docx import read_docx
from screener.ingest.odt import read_odt
from screener.ingest.pdf import read_pdf
from screener.ingest.pdfium import read_pdf_fast
from screener.ingest.sniff import rejection, sniff_format
from screener.ingest.text import read_text
from screener.models import DEFAULT_PDF_ENGINE, PDF_ENGINES, Document, Format, PdfEngine

__all__ = ["DEFAULT_MAX_BYTES", "PDF_ENGINES", "PdfEngine", "load", "read", "read_bytes"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Files larger than this (20 MiB) are refused before they are read."""



def _read_pdf_fast_or_pdfminer(data: bytes, path: str) -> Parsed:
    """Read a PDF with PDFium; when PDFium fails on it, pdfminer.six reads it (and gives the error, if any).

    PDFium and pdfminer repair broken files differently (pdfminer finds pages
    whose page tree is lost, say), so a file one cannot read is worth the other.
    """
    try:
        return read_pdf_fast(data, path)
    except TooLarge:
        raise  # a verdict on the file, not a failure of PDFium's
    except IngestError:
        return read_pdf(data, path)


_READERS: dict[PdfEngine, dict[Format, FormatReader]] = {
    "fast": {"pdf": _read_pdf_fast_or_pdfminer, "docx": read_docx, "odt": read_odt, "txt": read_text},
    "pdfminer": {"pdf": read_pdf, "docx": read_docx, "odt": read_odt, "txt": read_text},
}


def load(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, after checking it exists and is not too large; a zip member's from memory.

    Raises:
        FileMissing: the path (or the zip member) does not exist or is not a readable file.
        TooLarge: the file is larger than ``max_bytes``.
        ArchiveRefused, EncryptedFile, CorruptFile: a zip member refused (see :mod:`screener.archive`).
    """
    if split_member(path) is not None:
        return read_member(path, max_bytes)
    try:
        size = Path(path).stat().st_size
        if not Path(path).is_file():
            raise FileMissing(path, "The path is not a file.")
        if size > max_bytes:
            raise TooLarge(path, f"The file is {size:,} bytes; the limit is {max_bytes:,} bytes.")
        with Path(path).open("rb") as stream:
            # Read one byte past the limit: a file that grows while we read
            # (or a special file whose size lies) is still caught.
            data = stream.read(max_bytes + 1)
    except (FileNotFoundError, NotADirectoryError) as e:
        raise FileMissing(path, "The file does not exist.") from e
    except OSError as e:
        raise FileMissing(path, f"The file cannot be read ({e.strerror}).") from e
    if len(data) > max_bytes:
        raise TooLarge(path, f"The file is larger than the limit of {max_bytes:,} bytes.")
    return data


def read(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES, pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE
) -> Document:
    """Read a resume file (PDF, DOCX, ODT or plain text) into a :class:`Document`.

    The format comes from the bytes, never from the file name.

    Args:
        path: the file.
        max_bytes: larger files are refused before they are read.
        pdf_engine: ``fast`` (PDFium, pdfminer.six taking over a file it
            fails on) or ``pdfminer``; ``Document.engine`` says which read it.

    Returns:
        The file's lines in reading order (hidden ones included and marked),
        its sha256, page count, warnings (``two_columns``, ``hidden_text``)
        and the last-saved month its metadata gives (PDF, DOCX and ODT only).

    Raises:
        FileMissing: the path does not exist or is not a readable file.
        TooLarge: the file is larger than ``max_bytes``.
        EmptyFile: the file has no bytes, or only white space.
        UnsupportedFormat: not a PDF, DOCX, ODT or text file (a .doc, an image...).
        EncryptedFile: the file needs a password.
        CorruptFile: the file claims a format but its structure is broken.
        NoText: the file has no text (a scanned image needs OCR).
        ConfigError: an unknown ``pdf_engine``.

    Example:
        >>> document = read("resume.pdf")  # doctest: +SKIP
        >>> document.format, document.pages  # doctest: +SKIP
        ('pdf', 2)
    """
    name = os.fspath(path)
    _check_engine(pdf_engine)
    return read_bytes(load(name, max_bytes), name, pdf_engine=pdf_engine)


def _check_engine(pdf_engine: str) -> None:
    if pdf_engine not in _READERS:
        raise ConfigError(f"pdf_engine must be one of {', '.join(PDF_ENGINES)}, got {pdf_engine!r}")


def read_bytes(data: bytes, name: str, *, pdf_engine: PdfEngine = DEFAULT_PDF_ENGINE) -> Document:
    """Read a resume already in memory, as :func:`read` reads the file ``name`` that holds ``data``.

    What a machine that cannot see the file (a cluster worker) reads: ``read(path)`` is
    ``read_bytes(load(path), path)``, so both give the same :class:`Document`.

    Raises:
        EmptyFile, UnsupportedFormat, EncryptedFile, CorruptFile, NoText, ConfigError: as :func:`read`.
    """
    _check_engine(pdf_engine)
    if not data.strip():
        raise EmptyFile(name, "The file is empty.")
    fmt = sniff_format(data)
    if fmt is None:
        raise rejection(name, data)
    parsed = _READERS[pdf_engine][fmt](data, name)
    warnings = list(parsed.warnings)
    hidden = [line for line in parsed.lines if line.hidden]
    if hidden:
        warnings.append("hidden_text")
        # How it is hidden, so a reviewer knows what to look for (white text, a box drawn over it).
        warnings.append("hidden_by:" + ",".join(sorted({why for line in hidden for why in line.hidden_by.split(",")})))
    return Document(
        path=name,
        format=fmt,
        sha256=hashlib.sha256(data).hexdigest(),
        lines=parsed.lines,
        pages=parsed.pages,
        warnings=tuple(dict.fromkeys(warnings)),
        saved=parsed.saved,
        saved_source=parsed.saved_source,
        engine=parsed.engine,
    )
