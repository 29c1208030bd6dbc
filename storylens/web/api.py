"""The JSON API under ``/api/``: the same data as the pages, described by the OpenAPI schema FastAPI serves.

A story's JSON is the report contract ``storylens.report/1``, byte for byte what
``storylens report STORY_ID --format json`` writes.
"""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel

from . import data
from .pages import Id, load_story, story_filter
from .search import same_name, search as run_search

router = APIRouter(prefix="/api", tags=["storylens"])


class Ref(BaseModel):
    id: int
    title: str | None = None


class Named(BaseModel):
    id: int
    name: str


class StoryRow(BaseModel):
    id: int
    title: str
    article_count: int
    languages: list[str]
    first_date: str | None
    last_date: str | None
    conflicts: int
    disputes: int
    analysed: bool
    outlets: list[Named]


class StoryList(BaseModel):
    stories: list[StoryRow]
    total: int
    page: int
    page_size: int


class QuoteRow(BaseModel):
    id: int
    text: str
    speaker: str
    kind: str
    speaker_entity: int | None
    language: str | None
    outlet: str | None
    article: Ref
    story: Ref


class MentionedIn(BaseModel):
    id: int
    title: str | None
    language: str | None
    outlet: str | None
    mentions: int


class EntityRow(BaseModel):
    id: int
    name: str
    type: str
    names: list[str]
    story: Ref


class EntityPage(BaseModel):
    id: int
    key: str
    type: str
    name: str
    names: list[str]
    story: Ref
    articles: list[MentionedIn]
    quotes: list[QuoteRow]
    same_name_elsewhere: list[EntityRow]


class OutletRow(BaseModel):
    id: int
    name: str
    article_count: int
    story_count: int


class OutletArticle(BaseModel):
    id: int
    title: str | None
    url: str | None
    language: str | None
    published: str | None
    genre: str | None
    versions: int
    story: Ref


class OutletPage(BaseModel):
    id: int
    name: str
    article_count: int
    languages: dict[str, int]
    genres: dict[str, int]
    articles: list[OutletArticle]


class ArticleHit(BaseModel):
    id: int
    key: str
    title: str | None
    language: str | None
    published: str | None
    outlet: str | None
    current: bool
    story: Ref
    snippet: str
    anchor: str | None


class SearchResult(BaseModel):
    query: str
    romanised: str | None
    names: list[EntityRow]
    articles: list[ArticleHit]
    quotes: list[QuoteRow]


class AddRequest(BaseModel):
    urls: list[str] = []
    feeds: list[str] = []
    story: int | None = None


class JobState(BaseModel):
    id: int
    status: str
    urls: list[str]
    feeds: list[str]
    story: int | None
    submitted: str
    result: dict[str, Any]
    error: str | None


@router.get("/stories", response_model=StoryList, summary="Stories, newest first, filtered by language, outlet and date")
def stories(request: Request, language: str = "", outlet: str = "", since: str = "", until: str = "",
            page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> dict:
    rows, total = data.stories_page(request.app.state.store, story_filter(language, outlet, since, until), page)
    return {"stories": rows, "total": total, "page": page, "page_size": data.PAGE_SIZE}


@router.get("/stories/{story_id}", summary="One story as the report contract storylens.report/1",
            responses={200: {"content": {"application/json": {"schema": {
                "type": "object", "description": "The report contract storylens.report/1 (the same JSON as "
                                                 "`storylens report STORY_ID --format json`)"}}}},
                       404: {"description": "No such story"}, 503: {"description": "Still being analysed"}})
def story(request: Request, story_id: Id) -> Response:
    page = load_story(request, story_id)
    return Response(page.report.to_json(), media_type="application/json")


@router.get("/entities/{entity_id}", response_model=EntityPage, responses={404: {"description": "No such entity"}},
            summary="A person, organisation or place: every name form, mentions, quotes, the same name elsewhere")
def entity(request: Request, entity_id: Id) -> dict:
    store = request.app.state.store
    found = data.entity(store, entity_id)
    if found is None:
        raise HTTPException(404, f"no entity {entity_id}")
    return {**found, "same_name_elsewhere": same_name(store, request.app.state.names, found)}


@router.get("/outlets", response_model=list[OutletRow], summary="Every outlet with its numbers of articles and stories")
def outlets(request: Request) -> list[dict]:
    return data.outlets(request.app.state.store)


@router.get("/outlets/{outlet_id}", response_model=OutletPage, responses={404: {"description": "No such outlet"}},
            summary="One outlet: its articles, languages and genres")
def outlet(request: Request, outlet_id: Id) -> dict:
    found = data.outlet(request.app.state.store, outlet_id)
    if found is None:
        raise HTTPException(404, f"no outlet {outlet_id}")
    return found


@router.get("/search", response_model=SearchResult,
            summary="Full-text search over articles, quotes and names, in any script (Журавлев finds Zhuravlev)")
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=1000)]) -> dict:
    return run_search(request.app.state.store, q, request.app.state.names)


@router.post("/add", response_model=JobState, status_code=202,
             responses={403: {"description": "Wrong or missing token"}, 404: {"description": "Adding is switched off"}},
             summary="Queue URLs and feeds to be fetched and added (only when the web_token setting is set)")
def add(request: Request, body: Annotated[AddRequest, Body()],
        authorization: Annotated[str, Header(description="Bearer TOKEN (the web_token setting)")] = "") -> dict:
    from .jobs import Forbidden, parse_request

    if not request.app.state.settings.web_token:
        raise HTTPException(404, "adding is switched off: no web_token is set")
    token = authorization[7:] if authorization.lower().startswith("bearer ") else ""
    try:
        job = request.app.state.jobs.submit(token, *parse_request(body.urls, body.feeds, body.story))
    except Forbidden as exc:
        raise HTTPException(403, str(exc)) from None
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from None
    return job.as_dict()


@router.get("/jobs/{job_id}", response_model=JobState, responses={404: {"description": "No such job"}},
            summary="An add job's state and, once done, what it added")
def job(request: Request, job_id: Id) -> dict:
    found = request.app.state.jobs.get(job_id)
    if found is None or not request.app.state.settings.web_token:
        raise HTTPException(404, f"no job {job_id}")
    return found.as_dict()
