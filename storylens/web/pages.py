"""The HTML pages: stories, a story, an entity, outlets, search, and the token-guarded form to add URLs.

Pages are rendered on the server with Jinja2 (autoescaping on, so every value
from the store is escaped); the story page embeds the report's own sections,
which escape article text themselves. Forms work without JavaScript; htmx only
swaps the part of the page a filter changes.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Path as PathParam, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from .. import __version__
from ..report.html import asset
from ..report.sections import language_name
from ..report.view import STATUS
from . import data
from .search import same_name, search as run_search
from .story import MatrixFilter, NotFound, NotReady

TEMPLATES = Path(__file__).with_name("templates")
_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True, default_for_string=True),
                   trim_blocks=True, lstrip_blocks=True)
_env.globals.update(version=__version__, language_name=language_name, STATUS=STATUS)
templates = Jinja2Templates(env=_env)
router = APIRouter(include_in_schema=False)

Id = Annotated[int, PathParam(ge=1, le=2_147_483_647)]  # the store's integer ids; anything else is not found
DAY = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _page(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    context.setdefault("q", "")
    context["can_add"] = bool(request.app.state.settings.web_token)
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    titles = {400: "Bad request", 403: "Not allowed", 404: "Not found", 405: "Not allowed", 503: "Not ready yet"}
    page = _page(request, "error.html", status, title=titles.get(status, "Error"), message=message, code=status)
    if status >= 500:  # a 500 is sent past the header middleware: it carries the policy itself
        from .app import HEADERS

        for k, v in HEADERS:
            page.headers[k.decode()] = v.decode()
    return page


@router.get("/assets/report.{kind}")
def report_asset(kind: str) -> Response:
    """The report's own stylesheet and script, shared with the one-file HTML report."""
    types = {"css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8"}
    if kind not in types:
        raise HTTPException(404, "not found")
    return Response(asset(f"report.{kind}"), media_type=types[kind], headers={"cache-control": "max-age=3600"})


@router.get("/", response_class=HTMLResponse)
def stories(request: Request, language: str = "", outlet: str = "", since: str = "", until: str = "",
            page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    store = request.app.state.store
    where = story_filter(language, outlet, since, until)
    rows, total = data.stories_page(store, where, page)
    params = {k: v for k, v in (("language", where.language), ("outlet", where.outlet or ""), ("since", where.since),
                                ("until", where.until)) if v}
    pages = max(1, -(-total // data.PAGE_SIZE))
    link = lambda p: "/?" + urlencode({**params, "page": p})  # noqa: E731
    return _page(request, "stories.html", stories=rows, total=total, where=where, choices=data.choices(store),
                 page=page, pages=pages, prev=link(page - 1) if page > 1 else None,
                 next=link(page + 1) if page < pages else None)


def story_filter(language: str, outlet: str, since: str, until: str) -> data.StoryFilter:
    """The list's filters from query text; a malformed value is a 400 naming it."""
    for name, value in (("since", since), ("until", until)):
        if value and not DAY.fullmatch(value):
            raise HTTPException(400, f"{name}: expected a date like 2025-03-01, got {value!r}")
    if since:
        _valid_day(since, "since")
    if until:
        _valid_day(until, "until")
    if outlet and not outlet.isdigit():
        raise HTTPException(400, f"outlet: expected an outlet id, got {outlet!r}")
    return data.StoryFilter(language=language[:20], outlet=int(outlet) if outlet else None, since=since, until=until)


def _valid_day(value: str, name: str) -> None:
    parts = [int(x) for x in value.split("-")] + [1, 1]
    try:
        date(*parts[:3])
    except ValueError:
        raise HTTPException(400, f"{name}: {value!r} is not a date") from None


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: Id, status: str = "", language: str = "", outlet: str = "") -> HTMLResponse:
    if status and status not in STATUS:
        raise HTTPException(400, f"status: expected one of {', '.join(STATUS)}, got {status!r}")
    page = load_story(request, story_id)
    where = MatrixFilter(status, language, outlet)
    lang = request.app.state.settings.report_language
    matrices = Markup(page.matrices(where, lang))
    if request.headers.get("hx-request") == "true" and request.headers.get("hx-target") == "comparison":
        # htmx asks for the comparison alone: send just that, not the articles below it
        return _page(request, "comparison.html", matrices=matrices, where=where)
    response = _page(request, "story.html", story=page, header=Markup(page.header(lang)), matrices=matrices,
                     below=Markup(page.below(lang)), where=where, options=page.options())
    response.headers["vary"] = "HX-Request, HX-Target"
    return response


def load_story(request: Request, story_id: int):
    """The story page parts from the cache; 404 when there is no such story, 503 while it is being analysed."""
    try:
        return request.app.state.stories.get(request.app.state.store, story_id)
    except NotFound:
        raise HTTPException(404, f"There is no story {story_id} in this store.") from None
    except NotReady:
        raise HTTPException(503, f"Story {story_id} has new articles that are still being analysed; "
                                 "reload in a minute.", headers={"retry-after": "30"}) from None


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: Id) -> HTMLResponse:
    store = request.app.state.store
    found = data.entity(store, entity_id)
    if found is None:
        raise HTTPException(404, f"There is no entity {entity_id} in this store.")
    others = same_name(store, request.app.state.names, found)
    return _page(request, "entity.html", entity=found, others=others)


@router.get("/outlets", response_class=HTMLResponse)
def outlets(request: Request) -> HTMLResponse:
    return _page(request, "outlets.html", outlets=data.outlets(request.app.state.store))


@router.get("/outlets/{outlet_id}", response_class=HTMLResponse)
def outlet(request: Request, outlet_id: Id) -> HTMLResponse:
    found = data.outlet(request.app.state.store, outlet_id)
    if found is None:
        raise HTTPException(404, f"There is no outlet {outlet_id} in this store.")
    return _page(request, "outlet.html", outlet=found)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = "") -> HTMLResponse:
    found = run_search(request.app.state.store, q, request.app.state.names) if q.strip() else None
    return _page(request, "search.html", q=q, found=found)


@router.get("/add", response_class=HTMLResponse)
def add_form(request: Request) -> HTMLResponse:
    _require_adding(request)
    return _page(request, "add.html", jobs=request.app.state.jobs.recent())


@router.post("/add")
def add_submit(request: Request, token: Annotated[str, Form()] = "", urls: Annotated[str, Form()] = "",
               feeds: Annotated[str, Form()] = "", story: Annotated[str, Form()] = "") -> Response:
    from .jobs import Forbidden, check_origin, parse_request

    _require_adding(request)
    try:
        check_origin(request)
        job = request.app.state.jobs.submit(token, *parse_request(urls, feeds, story))
    except Forbidden as exc:
        raise HTTPException(403, str(exc)) from None
    except ValueError as exc:
        return _page(request, "add.html", 400, jobs=request.app.state.jobs.recent(), error=str(exc), urls=urls,
                     feeds=feeds, story=story)
    return RedirectResponse(f"/add?job={job.id}#job-{job.id}", status_code=303)


def _require_adding(request: Request) -> None:
    if not request.app.state.settings.web_token:
        raise HTTPException(404, "Adding articles from the web is switched off (no web_token is set): "
                                 "this store is read-only here.")

