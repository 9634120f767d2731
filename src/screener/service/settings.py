"""The service's settings: where it listens, how many workers parse, how much a request may upload."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

from ..errors import ConfigError
from ..ingest import DEFAULT_MAX_BYTES
from ..parse import ParseOptions

MIB = 1024 * 1024
DEFAULT_HOST = "127.0.0.1"
"""Loopback only: nothing beyond this machine reaches the service unless ``--host`` says so."""
DEFAULT_PORT = 8000
DEFAULT_MAX_REQUEST_BYTES = 100 * MIB
"""All the files of one request together (a file alone is held to ``ParseOptions.max_bytes``, 20 MiB)."""


def default_workers() -> int:
    """One parsing process per core."""
    return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class ServiceSettings:
    """How the HTTP service runs.

    Attributes:
        host: the address to listen on (default loopback).
        port: the TCP port (0 picks a free one).
        workers: parsing processes.
        max_upload_bytes: the most one uploaded file may hold; over it the request is refused (413).
            The parse options' ``max_bytes`` is set to it.
        max_request_bytes: the most one request's body may hold (413 past it).
        options: the parse settings (as-of, present policy, time limit, overlays...).

    Raises:
        ConfigError: a port outside 0-65535, fewer than one worker, or a limit below one byte.

    >>> ServiceSettings(max_upload_bytes=5 * MIB).options.max_bytes == 5 * MIB
    True
    """

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    workers: int = field(default_factory=default_workers)
    max_upload_bytes: int = DEFAULT_MAX_BYTES
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES
    options: ParseOptions = field(default_factory=ParseOptions)

    def __post_init__(self) -> None:
        if not 0 <= self.port <= 65535:
            raise ConfigError(f"port must be between 0 and 65535, got {self.port}")
        if self.workers < 1:
            raise ConfigError(f"workers must be at least 1, got {self.workers}")
        if min(self.max_upload_bytes, self.max_request_bytes) < 1:
            raise ConfigError("upload limits must be at least one byte")
        # One limit per file, written once: the parser refuses what the service would.
        object.__setattr__(self, "options", replace(self.options, max_bytes=self.max_upload_bytes))
