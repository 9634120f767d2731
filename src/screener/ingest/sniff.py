"""Tell a file's format from its bytes, never from its name.

Resumes arrive renamed, mis-named and mis-typed: a ``.pdf`` that is a Word
file, a ``.docx`` that is an old ``.doc``. Only the bytes are trusted.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from screener.errors import EncryptedFile, IngestError, UnsupportedFormat
from screener.ingest.text import decode_text
from screener.models import Format

__all__ = ["rejection", "sniff_format"]

_PDF_MAGIC = b"%PDF-"
# Acrobat accepts a header anywhere in the first 1024 bytes (mail gateways and
# some generators put junk before it), so we do too.
_PDF_HEADER_WINDOW = 1024
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_DOCX_PART = "word/document.xml"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Office writes a password-protected DOCX as an OLE2 file whose directory
# names (UTF-16LE) include this stream.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
# OpenDocument files store their MIME type uncompressed as the first member, ``mimetype``.
_OPENDOCUMENT = b"application/vnd.oasis.opendocument"
_OPENDOCUMENT_WINDOW = 128
_ODT_MIMETYPE = _OPENDOCUMENT + b".text"
_MIMETYPE_MEMBER = b"mimetype"
_LOCAL_HEADER = 30  # bytes of a zip local file header before the member's name
_RTF_MAGIC = b"{\\rtf"
_IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",
    b"MM\x00*",
)
_SAVE_AS = "save it as DOCX or PDF"


def _zip_has_docx_part(data: bytes) -> bool:
    """Whether a ZIP holds ``word/document.xml`` (what makes it a DOCX)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _DOCX_PART in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        # A truncated DOCX has no central directory, but its local headers
        # still name the part: call it a DOCX so the reader reports it corrupt.
        return _DOCX_PART.encode() in data


def _first_member_mimetype(data: bytes) -> bytes | None:
    """The content of a zip's first member when it is an uncompressed ``mimetype`` (as ODF writes it).

    Read from the first local header, so a truncated ODT is still told (and reported corrupt).
    A member whose sizes are left to a trailing descriptor is read up to the next header.
    """
    name_length = int.from_bytes(data[26:28], "little")
    extra_length = int.from_bytes(data[28:30], "little")
    name = data[_LOCAL_HEADER : _LOCAL_HEADER + name_length]
    if name != _MIMETYPE_MEMBER or data[8:10] != b"\0\0":  # not first, or compressed
        return None
    start = _LOCAL_HEADER + name_length + extra_length
    size = int.from_bytes(data[18:22], "little")
    if size:
        return data[start : start + size]
    return data[start : start + _OPENDOCUMENT_WINDOW].split(b"PK", 1)[0]


def _is_odt(data: bytes) -> bool:
    """Whether a zip's first member is ``mimetype`` holding the OpenDocument text type.

    ODF stores that member uncompressed, so the first local header tells; a writer that
    compressed it anyway is read through the zip directory (the member is tiny or not it).
    """
    found = _first_member_mimetype(data)
    if found is not None:
        return found == _ODT_MIMETYPE
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            first = members[0] if members else None
            if first is None or first.filename != "mimetype" or first.file_size > _OPENDOCUMENT_WINDOW:
                return False
            return archive.read(first).strip() == _ODT_MIMETYPE
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error, RuntimeError, NotImplementedError):
        return False


def sniff_format(data: bytes) -> Format | None:
    """The format of a file's bytes: ``"pdf"``, ``"docx"``, ``"odt"``, ``"txt"`` or None.

    Args:
        data: the whole file.

    Returns:
        ``"pdf"`` when a ``%PDF-`` header is within the first KiB, ``"odt"``
        for a ZIP whose first member ``mimetype`` says OpenDocument text
        (not a template, spreadsheet or presentation), ``"docx"`` for a ZIP
        holding ``word/document.xml``, ``"txt"`` for bytes that
        decode as mostly printable text, None for anything else.

    Example:
        >>> sniff_format(b"%PDF-1.7 ...")
        'pdf'
        >>> sniff_format(b"Jane Doe\\nPython developer\\n")
        'txt'
    """
    if _PDF_MAGIC in data[: _PDF_HEADER_WINDOW + len(_PDF_MAGIC)]:
        return "pdf"
    if data.startswith(_ZIP_MAGIC):
        if _is_odt(data):
            return "odt"
        return "docx" if _zip_has_docx_part(data) else None
    if data.startswith((_OLE2_MAGIC, _RTF_MAGIC, *_IMAGE_MAGIC)):
        return None
    if decode_text(data) is not None:
        return "txt"
    return None


def rejection(path: str, data: bytes) -> IngestError:
    """The error to raise for bytes :func:`sniff_format` did not recognise.

    Names what the file is, when the bytes tell, and what to do about it.
    """
    if data.startswith(_OLE2_MAGIC):
        if _ENCRYPTED_PACKAGE in data:
            return EncryptedFile(path, "The Word document is password-protected; remove the password.")
        return UnsupportedFormat(path, f"This is a legacy Word .doc (Office 97-2003) file; {_SAVE_AS}.")
    if data.startswith(_RTF_MAGIC):
        return UnsupportedFormat(path, f"This is an RTF file; {_SAVE_AS}.")
    if data.startswith(_ZIP_MAGIC) and _OPENDOCUMENT in data[:_OPENDOCUMENT_WINDOW]:
        return UnsupportedFormat(
            path,
            "This is an OpenDocument file that is not a text document (a spreadsheet, presentation or "
            f"template); {_SAVE_AS} (or as ODT).",
        )
    if data.startswith(_ZIP_MAGIC):
        return UnsupportedFormat(
            path,
            f"This is a ZIP archive (such as a spreadsheet or an OpenDocument file), not a Word document; {_SAVE_AS}.",
        )
    if data.startswith(_IMAGE_MAGIC):
        return UnsupportedFormat(path, f"This is an image, not a document; {_SAVE_AS}.")
    return UnsupportedFormat(path, f"This is not a PDF, DOCX, ODT or text file; {_SAVE_AS}.")
