"""Office zip packages (DOCX, ODT) read in memory: parts inflated within limits, XML parsed safely.

A DOCX and an ODT are both zips of XML parts, and both can be hostile: a zip bomb (refused with
the archive's ``zip_bomb`` code before anything inflates), an external entity (never resolved, no
network), a "billion laughs" (lxml refuses the amplification: the part does not parse, the file is
corrupt). Both readers go through :func:`read_parts` and :func:`parse_part`, so one guard serves both.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterable
from typing import Any

from lxml import etree

from screener.archive import refuse_bombs
from screener.errors import CorruptFile, IngestError

__all__ = ["BROKEN", "MAX_PACKAGE_BYTES", "parse_part", "read_parts"]

MAX_PACKAGE_BYTES = 256 * 1024 * 1024
"""A package whose parts add up to more than this (256 MiB, uncompressed) is a zip bomb."""
BROKEN = (
    zipfile.BadZipFile,
    SyntaxError,  # lxml's XMLSyntaxError, for a part that is not well-formed XML
    KeyError,
    ValueError,
    OSError,
    EOFError,
    zlib.error,
)
"""What a damaged package raises while it is opened or parsed."""


def read_parts(data: bytes, path: str, names: Iterable[str], *, what: str) -> dict[str, bytes]:
    """The named parts of a zip package that are present, after refusing a zip bomb.

    Args:
        data: the whole file.
        path: the path as given, for errors.
        names: the parts wanted; a missing one is left out of the result.
        what: the file in words ("Word document"), for the error message.

    Raises:
        ArchiveRefused: the package is a zip bomb (``zip_bomb``).
        CorruptFile: the zip is broken.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            refuse_bombs(zf, path, zf.infolist(), max_total=MAX_PACKAGE_BYTES)
            present = set(zf.namelist())
            return {name: zf.read(name) for name in names if name in present}
    except IngestError:
        raise  # the zip-bomb verdict
    except (*BROKEN, RuntimeError, NotImplementedError) as e:  # zipfile raises ValueError on a bad offset
        raise CorruptFile(path, f"The {what}'s structure is broken ({type(e).__name__}).") from e


def parse_part(blob: bytes) -> Any:
    """A part's XML root, parsed with entities unresolved and nothing fetched.

    Raises:
        lxml.etree.XMLSyntaxError: the part is not well-formed (or its entities amplify too much).
    """
    # Entities stay references (an external one is never fetched), no DTD is loaded, no network;
    # a parser per call, as lxml parsers are not to be shared between threads.
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)
    return etree.fromstring(blob, parser=parser)
