"""Zip exports: the resumes inside a zip are screened as ``export.zip!inner/path.pdf``, read in memory.

An applicant-tracking system exports a pool as one zip. :func:`member_paths` lists its members as
paths of their own, and :func:`read_member` reads one into memory (never onto disk), refusing what a
hostile archive can do:

* a name that climbs out of the archive or is absolute (``../../etc/x``, ``/tmp/x``, ``C:\\x``):
  ``unsafe_path``;
* a zip bomb: a member that inflates more than :data:`MAX_RATIO` times, or an archive whose members
  add up to more than :data:`MAX_TOTAL_BYTES`: ``zip_bomb`` (the read stops at the size limit
  whatever the archive declares);
* a zip inside a zip inside the export (a zip in a folder, or the export itself, is one level):
  ``nested_archive``;
* an encrypted member: ``encrypted``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from .errors import ArchiveRefused, CorruptFile, EncryptedFile, FileMissing, ReasonCode, TooLarge

SEPARATOR = "!"
ARCHIVE_SUFFIXES = frozenset({".zip"})
MAX_RATIO = 200
"""A member inflating more than this many times its compressed size is a zip bomb."""
MAX_TOTAL_BYTES = 4 * 1024**3
"""An archive whose members add up to more than this (4 GiB, uncompressed) is a zip bomb."""
_SMALL = 64 * 1024  # below this a high ratio is harmless (a short, repetitive text)


def is_archive(path: str | Path) -> bool:
    """Whether ``path`` is a zip export to open (by suffix and by its bytes)."""
    file = Path(path)
    return file.suffix.lower() in ARCHIVE_SUFFIXES and file.is_file() and zipfile.is_zipfile(file)


def split_member(path: str) -> tuple[str, str] | None:
    """``("export.zip", "inner/cv.pdf")`` for ``"export.zip!inner/cv.pdf"``; None for a plain path.

    >>> split_member("exports/pool.zip!2024/cv.pdf"), split_member("cv.pdf")
    (('exports/pool.zip', '2024/cv.pdf'), None)
    """
    outer, sep, inner = path.partition(".zip" + SEPARATOR)
    if not sep or not inner:
        outer, sep, inner = path.partition(".ZIP" + SEPARATOR)
    return (outer + sep[:-1], inner) if sep and inner else None


def member_paths(archive: str | Path) -> list[str]:
    """Every file member of ``archive`` as a path of its own, sorted by member name.

    Raises:
        CorruptFile: the archive cannot be opened.
    """
    try:
        with zipfile.ZipFile(archive) as zf:
            names = sorted(info.filename for info in zf.infolist() if not info.is_dir())
    except (zipfile.BadZipFile, OSError) as e:
        raise CorruptFile(str(archive), f"The zip archive cannot be opened ({e}).") from e
    return [f"{archive}{SEPARATOR}{name}" for name in names]


def unsafe_name(name: str) -> bool:
    """Whether a member name is absolute or climbs out of the archive.

    >>> [unsafe_name(n) for n in ("cv/a.pdf", "../a.pdf", "/etc/a", "C:/a.pdf", "a\\\\..\\\\..\\\\b")]
    [False, True, True, True, True]
    """
    posix = name.replace("\\", "/")
    parts = PurePosixPath(posix).parts
    return posix.startswith("/") or (len(posix) > 1 and posix[1] == ":") or ".." in parts


def read_member(path: str, max_bytes: int) -> bytes:
    """The bytes of one member (``export.zip!inner/cv.pdf``), read in memory within the limits.

    Raises:
        FileMissing: the archive or the member does not exist.
        ArchiveRefused: an unsafe name, a zip bomb or a nested archive (see the module).
        EncryptedFile: the member is encrypted.
        TooLarge: the member is larger than ``max_bytes``.
        CorruptFile: the archive or the member is broken.
    """
    split = split_member(path)
    if split is None:
        raise FileMissing(path, "The path names no member of a zip archive.")
    outer, inner = split
    try:
        with zipfile.ZipFile(outer) as zf:
            info = _member_info(zf, path, inner)
            with zf.open(info) as stream:
                data = stream.read(max_bytes + 1)
    except FileNotFoundError as e:
        raise FileMissing(path, "The zip archive does not exist.") from e
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as e:
        raise CorruptFile(path, f"The member cannot be read from the zip archive ({e}).") from e
    if len(data) > max_bytes:
        raise TooLarge(path, f"The member is larger than the limit of {max_bytes:,} bytes.")
    if Path(inner).suffix.lower() in ARCHIVE_SUFFIXES or _is_plain_zip(data):
        raise ArchiveRefused(path, "A zip inside a zip export is not opened; unpack it first.",
                             code=ReasonCode.NESTED_ARCHIVE)
    return data


def _member_info(zf: zipfile.ZipFile, path: str, inner: str) -> zipfile.ZipInfo:
    """The member's entry, after the checks that need no decompression."""
    if unsafe_name(inner):
        raise ArchiveRefused(path, "The member's name is absolute or leaves the archive; it is not read.",
                             code=ReasonCode.UNSAFE_PATH)
    try:
        info = zf.getinfo(inner)
    except KeyError as e:
        raise FileMissing(path, "The zip archive has no such member.") from e
    if info.flag_bits & 0x1:
        raise EncryptedFile(path, "The member of the zip archive is encrypted; export it without a password.")
    refuse_bombs(zf, path, [info], max_total=MAX_TOTAL_BYTES)
    return info


def refuse_bombs(zf: zipfile.ZipFile, path: str, members: list[zipfile.ZipInfo], *, max_total: int) -> None:
    """Refuse a zip whose members add up to more than ``max_total`` bytes or one of ``members`` that
    inflates more than :data:`MAX_RATIO` times (a DOCX is a zip too: the same check guards its parts).

    Raises:
        ArchiveRefused: with the code ``zip_bomb``.
    """
    total = sum(i.file_size for i in zf.infolist())
    worst = max(members, key=lambda i: i.file_size / max(i.compress_size, 1), default=None)
    ratio = worst.file_size / max(worst.compress_size, 1) if worst else 0.0
    if total > max_total or (worst is not None and worst.file_size > _SMALL and ratio > MAX_RATIO):
        raise ArchiveRefused(
            path, f"The archive inflates {ratio:,.0f} times ({total:,} bytes in all): a zip bomb; it is not read.",
            code=ReasonCode.ZIP_BOMB,
        )


def _is_plain_zip(data: bytes) -> bool:
    """A zip that is no word-processor document (a DOCX or ODT is a zip too, and welcome), as the sniffer tells."""
    from .ingest.sniff import sniff_format  # here: the ingest package imports this module

    return data.startswith(b"PK\x03\x04") and sniff_format(data) not in {"docx", "odt"}
