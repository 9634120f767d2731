"""Upload limits: a request's body and each file in it, refused with 413 and the ``too_large`` code.

The request's limit is kept as its bytes arrive (:class:`BodyLimit`, before any of it is parsed),
so a client cannot make the service hold more than the limit by not saying how much it sends.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse

from ..errors import ReasonCode, ScreenerError
from .service_json import error_json
from .settings import MIB

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_SEPARATORS = re.compile(r"[\\/]")


class RequestRefused(ScreenerError):
    """A request the service will not serve, as an HTTP status and the JSON error body's code and message.

    Attributes:
        status: the HTTP status code.
        code: the error body's ``code`` (a :class:`~screener.errors.ReasonCode` value where one fits).
        message: one sentence saying what is wrong.
        details: more of the error body (``problems`` of an invalid profile).
    """

    def __init__(self, status: int, code: str, message: str, **details: Any) -> None:
        self.status, self.code, self.message, self.details = status, code, message, details
        super().__init__(f"{status} {code}: {message}")

    def body(self) -> dict[str, Any]:
        """The JSON error body."""
        return error_json(self.code, self.message, **self.details)


def too_large(what: str, limit: int) -> RequestRefused:
    """The 413 for ``what`` (a file, the request) over ``limit`` bytes.

    >>> too_large("cv.pdf", 20 * MIB).message
    'cv.pdf is larger than the limit of 20 MiB.'
    """
    return RequestRefused(413, ReasonCode.TOO_LARGE.value, f"{what} is larger than the limit of {limit / MIB:g} MiB.")


def upload_name(filename: str | None) -> str:
    """The name reports give an upload: its file name's last part (a browser may send a whole Windows path).

    >>> upload_name("C:\\\\Users\\\\me\\\\cv.pdf"), upload_name(None)
    ('cv.pdf', 'upload')
    """
    return _SEPARATORS.split(filename or "")[-1].strip() or "upload"


class BodyLimit:
    """ASGI middleware: a request whose body is (or says it is) over ``max_bytes`` is answered 413."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", ())).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await _answer(scope, send, too_large("The request", self.max_bytes))
            return
        await self.app(scope, self._counted(receive), send)

    def _counted(self, receive: Receive) -> Receive:
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                # Raised inside the app's reading of the form: FastAPI passes HTTP exceptions on to the handler.
                raise HTTPException(413, detail=too_large("The request", self.max_bytes).message)
            return message

        return counted


async def _answer(scope: Scope, send: Send, refused: RequestRefused) -> None:
    """Send the JSON error response for ``refused`` (the request's body is never read)."""
    await JSONResponse(refused.body(), status_code=refused.status)(scope, _no_body, send)


async def _no_body() -> Message:
    return {"type": "http.disconnect"}
