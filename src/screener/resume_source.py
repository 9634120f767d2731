"""Where a resume comes from: a path, or bytes in memory (an upload, a message, a database blob).

:func:`in_memory` turns bytes or a binary file object into the bytes and the name every report
uses, under the same size limit a file has; nothing is written anywhere. A path stays a path,
read as :func:`screener.ingest.read` reads it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import PurePath
from typing import BinaryIO, Union

from .errors import ConfigError, TooLarge

ResumeSource = Union[bytes, bytearray, memoryview, BinaryIO, str, "os.PathLike[str]"]
"""A resume: its bytes, a binary file object open for reading, or the path of its file."""

UPLOAD_NAME = "upload"
"""The name a resume from memory is known by when neither the caller nor its file object gives one."""


@dataclass(frozen=True, slots=True)
class InMemory:
    """A resume's bytes and the name reports give it.

    Attributes:
        data: the file's bytes.
        name: the name in every report and evidence field (never a temporary file's path).
    """

    data: bytes
    name: str


def is_path(source: object) -> bool:
    """True for a path (``str`` or ``os.PathLike``), False for bytes or a file object.

    >>> is_path("cv.pdf"), is_path(b"%PDF-1.7")
    (True, False)
    """
    return isinstance(source, (str, os.PathLike))


def in_memory(source: ResumeSource, *, name: str | None, max_bytes: int) -> InMemory:
    """The bytes of ``source`` (bytes or a binary file object) and its name, within ``max_bytes``.

    A file object is read from where it stands, at most one byte past the limit; its name is
    its ``.name``'s last part when that is text, else :data:`UPLOAD_NAME`.

    Raises:
        TooLarge: more than ``max_bytes`` bytes.
        ConfigError: ``source`` is a path, a text file object or something else, or ``name`` is blank.

    >>> in_memory(b"Skills: Python", name="cv.txt", max_bytes=100)
    InMemory(data=b'Skills: Python', name='cv.txt')
    >>> import io
    >>> in_memory(io.BytesIO(b"Skills: Python"), name=None, max_bytes=100).name
    'upload'
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        data, label = bytes(source), name or UPLOAD_NAME
    elif callable(getattr(source, "read", None)) and not is_path(source):
        label = name or _stream_name(source)
        data = _read_stream(source, label, max_bytes)  # type: ignore[arg-type]
    else:
        raise ConfigError(f"a resume must be bytes, a binary file object or a path, got {type(source).__name__}")
    if not label.strip():
        raise ConfigError("a resume's name must not be blank")
    if len(data) > max_bytes:
        raise TooLarge(label, f"The file is {len(data):,} bytes; the limit is {max_bytes:,} bytes.")
    return InMemory(data, label)


def _stream_name(stream: object) -> str:
    """The last part of a file object's ``.name`` (an open file's path), or :data:`UPLOAD_NAME`."""
    given = getattr(stream, "name", None)
    return (PurePath(given).name or UPLOAD_NAME) if isinstance(given, str) else UPLOAD_NAME


def _read_stream(stream: BinaryIO, name: str, max_bytes: int) -> bytes:
    # One byte past the limit is enough to know the stream is too large, without reading all of it.
    data = stream.read(max_bytes + 1)
    if not isinstance(data, (bytes, bytearray)):
        raise ConfigError(f"{name}: the file object gives text, not bytes; open it in binary mode ('rb')")
    return bytes(data)
