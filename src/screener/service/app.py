"""The FastAPI application: built once, with its parsing pool started before the first request is taken."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartParser

from .._version import __version__
from ..errors import ReasonCode
from ..taxonomy import load_taxonomy
from .limits import BodyLimit, RequestRefused
from .routes import Service, router
from .service_json import error_json
from .settings import ServiceSettings
from .workers import ParsePool

_DESCRIPTION = """Screen PDF, DOCX, ODT and text resumes against a job profile, with evidence for every point.

Upload resumes as multipart `files` fields; give a profile as its YAML or JSON text in the `profile`
field. A file that cannot be read is listed in `failures` with the CLI's reason code; a refused request
is answered `{"error": {"code": ..., "message": ...}}`."""

# The error body's code for an HTTP status Starlette raises itself (an unknown path, a body over the limit).
_STATUS_CODES = {400: "bad_request", 404: "no_such_endpoint", 405: "method_not_allowed",
                 413: ReasonCode.TOO_LARGE.value}


def create_app(settings: ServiceSettings) -> FastAPI:
    """The service: the taxonomy loaded and the workers started (each with its parser) when it starts.

    Raises:
        TaxonomyError: an overlay in ``settings.options.taxonomy`` is invalid.
    """
    taxonomy = load_taxonomy(settings.options.taxonomy)  # an invalid overlay fails here, before it listens
    # Starlette spools an upload over 1 MiB to a temporary file; resumes are people's data, and a request is
    # bounded anyway, so uploads stay in memory and nothing of them is written to disk.
    MultiPartParser.spool_max_size = max(MultiPartParser.spool_max_size, settings.max_request_bytes)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool = ParsePool(settings.options, settings.workers)
        try:
            await pool.start()
            app.state.service = Service(settings, taxonomy, pool)
            yield
        finally:
            pool.close()

    app = FastAPI(title="screener", version=__version__, description=_DESCRIPTION, lifespan=lifespan)
    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes)
    app.add_exception_handler(RequestRefused, _refused)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, _http)  # type: ignore[arg-type]
    app.include_router(router)
    return app


async def _refused(_request: Request, refused: RequestRefused) -> JSONResponse:
    return JSONResponse(refused.body(), status_code=refused.status)


async def _invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
    problems = [{"field": ".".join(str(part) for part in e.get("loc", ())), "message": e.get("msg", "")}
                for e in error.errors()]
    body = error_json("invalid_request", "The request is missing a field or has one of the wrong kind.",
                      problems=problems)
    return JSONResponse(body, status_code=422)


async def _http(_request: Request, error: HTTPException) -> JSONResponse:
    code = _STATUS_CODES.get(error.status_code, "http_error")
    return JSONResponse(error_json(code, str(error.detail)), status_code=error.status_code, headers=error.headers)
