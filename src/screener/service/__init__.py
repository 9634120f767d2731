"""``screener serve``: the library behind HTTP, for services in other languages (the ``serve`` extra).

Start it with ``screener serve`` (or :func:`serve`); endpoints, limits and error bodies are in the
README's "HTTP service" section and at ``/docs``. FastAPI and uvicorn are imported only here, on
first use, so ``import screener`` never needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ..errors import MissingExtra
from .settings import DEFAULT_HOST, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_PORT, MIB, ServiceSettings

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["DEFAULT_HOST", "DEFAULT_MAX_REQUEST_BYTES", "DEFAULT_PORT", "MIB", "ServiceSettings", "create_app",
           "serve"]

# (module to import, the package that installs it); python-multipart is imported as either name.
_NEEDED = (("fastapi", "fastapi"), ("uvicorn", "uvicorn"), (("python_multipart", "multipart"), "python-multipart"))


def require_extra() -> None:
    """Check that the ``serve`` extra is installed.

    Raises:
        MissingExtra: FastAPI, uvicorn or python-multipart is missing.
    """
    for modules, package in _NEEDED:
        names = (modules,) if isinstance(modules, str) else modules
        if not any(_importable(name) for name in names):
            raise MissingExtra("screener serve (the HTTP service)", package, "serve")


def _importable(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def create_app(settings: ServiceSettings | None = None) -> FastAPI:
    """The service as an ASGI application, for any ASGI server (``uvicorn "module:app"``, gunicorn...).

    Raises:
        MissingExtra: the ``serve`` extra is not installed.
        TaxonomyError: an overlay in the parse options is invalid.
    """
    require_extra()
    from .app import create_app as build

    return build(settings or ServiceSettings())


def serve(settings: ServiceSettings | None = None) -> None:
    """Run the service with uvicorn until it is stopped (Ctrl-C); uvicorn logs each request to stderr.

    Raises:
        MissingExtra: the ``serve`` extra is not installed.
        TaxonomyError: an overlay in the parse options is invalid.
    """
    settings = settings or ServiceSettings()
    app = create_app(settings)
    import uvicorn

    uvicorn.run(app, host=settings.host, port=settings.port, log_level="info")
