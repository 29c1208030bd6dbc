"""The FastAPI application: pages and JSON over one store, with safe headers on every answer.

Every response carries a Content-Security-Policy that allows scripts, styles and
requests from this server only (no inline script, nothing from elsewhere), so
text from an article can never run or load anything even if it slipped past
escaping. Unknown ids answer 404 and unexpected errors a plain 500 page: no
stack trace ever reaches the client.
"""
from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..settings import Settings
from ..store.store import Store
from .jobs import Jobs
from .search import NameIndex
from .story import StoryCache

STATIC = Path(__file__).with_name("static")
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY"),
           (b"cross-origin-opener-policy", b"same-origin"), (b"cross-origin-resource-policy", b"same-origin")]
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")

log = logging.getLogger("storylens.web")


class SecurityHeaders:
    """ASGI middleware adding the policy headers to every HTTP response."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(db: str | Store, settings: Settings | None = None, host: str = "127.0.0.1") -> FastAPI:
    """The app over the store at ``db`` (a path, a postgresql:// URL, or an open ``Store``)."""
    settings = settings or Settings()
    store = db if isinstance(db, Store) else Store.open(db)
    app = FastAPI(title="storylens", version=__version__, summary="Stories, comparisons, people and quotes in a store",
                  docs_url=None, redoc_url=None,  # their pages load scripts from a CDN; the schema itself is served
                  openapi_url="/api/openapi.json")
    app.state.store, app.state.settings = store, settings
    app.state.stories, app.state.names = StoryCache(128), NameIndex()
    app.state.jobs = Jobs(store, settings)
    # A page bound to loopback answers only to loopback names: a hostile site cannot rebind its own name to it.
    if host in LOOPBACK:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=["127.0.0.1", "localhost", "[::1]", "::1"])
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    from . import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    _errors(app)
    app.router.on_shutdown.append(app.state.jobs.close)
    return app


def _errors(app: FastAPI) -> None:
    from .pages import error_page

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        # an id that is not a number (or out of range) names nothing: that is "not found", not a malformed request
        in_path = any(err.get("loc", ("",))[0] == "path" for err in exc.errors())
        status = 404 if in_path else 400
        detail = "not found" if in_path else "; ".join(
            f"{'.'.join(str(x) for x in err.get('loc', ())[1:])}: {err.get('msg', 'invalid')}" for err in exc.errors())
        if wants_json(request):
            return JSONResponse({"detail": detail}, status_code=status)
        return error_page(request, status, detail)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        log.exception("error answering %s %s", request.method, request.url.path)
        if wants_json(request):
            return JSONResponse({"detail": "internal error"}, status_code=500)
        return error_page(request, 500, "Something went wrong on the server. The error has been logged.")
