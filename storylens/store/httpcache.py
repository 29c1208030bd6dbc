"""Validators of fetched URLs (ETag, Last-Modified), so a fetcher can ask "has it changed?" instead of fetching again.

The fetcher calls ``request_headers(store, url)`` before a request and
``remember(store, url, ...)`` after a 200 or 304; a 304 keeps the stored body's
hash, so an unchanged page is never re-read or re-analysed.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import insert, select, update

from . import tables as t
from .engine import writing
from .store import Store


@dataclass(frozen=True, slots=True)
class Validators:
    url: str
    etag: str | None
    last_modified: str | None
    status: int | None
    content_hash: str | None
    fetched_at: datetime


def lookup(store: Store, url: str) -> Validators | None:
    """What the last fetch of ``url`` left, or None when it was never fetched."""
    with store.engine.connect() as conn:
        row = conn.execute(select(t.http_cache).where(t.http_cache.c.url == url)).first()
    return Validators(**row._mapping) if row else None


def request_headers(store: Store, url: str) -> dict[str, str]:
    """Conditional-request headers for ``url`` (empty when nothing is known about it)."""
    known = lookup(store, url)
    headers = {}
    if known and known.etag:
        headers["If-None-Match"] = known.etag
    if known and known.last_modified:
        headers["If-Modified-Since"] = known.last_modified
    return headers


def remember(store: Store, url: str, status: int, etag: str | None = None, last_modified: str | None = None,
             content_hash: str | None = None) -> None:
    """Record a response: a 304 refreshes the time and keeps the known validators and body hash."""
    values = {"status": status, "fetched_at": datetime.now(timezone.utc)}
    if status != 304:
        values |= {"etag": etag, "last_modified": last_modified, "content_hash": content_hash}
    with writing(store.engine) as conn:
        done = conn.execute(update(t.http_cache).where(t.http_cache.c.url == url).values(**values)).rowcount
        if not done:
            conn.execute(insert(t.http_cache).values(url=url, **values))
