"""The fetcher's cache in the store: ETag, Last-Modified and content digest per URL (``storylens.fetch.cache``).

``StoreCache`` implements the fetcher's ``FetchCache`` interface (``get``/``put``)
on the ``http_cache`` table, so a watch that writes into a store remembers its
URLs in the same database, shared by every process that uses it.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import insert, select, update

from ..fetch.cache import Validators
from . import tables as t
from .engine import writing
from .store import Store


class StoreCache:
    """``FetchCache`` over a store: one row per URL, each ``put`` its own transaction."""

    def __init__(self, store: Store):
        self.store = store

    def get(self, url: str) -> Validators | None:
        with self.store.engine.connect() as conn:
            row = conn.execute(select(t.http_cache.c.etag, t.http_cache.c.last_modified, t.http_cache.c.digest)
                               .where(t.http_cache.c.url == url)).first()
        return Validators(row.etag, row.last_modified, row.digest) if row else None

    def put(self, url: str, validators: Validators) -> None:
        values = {"etag": validators.etag, "last_modified": validators.last_modified, "digest": validators.digest,
                  "fetched_at": datetime.now(timezone.utc)}
        with writing(self.store.engine) as conn:
            if not conn.execute(update(t.http_cache).where(t.http_cache.c.url == url).values(**values)).rowcount:
                conn.execute(insert(t.http_cache).values(url=url, **values))

    def __len__(self) -> int:
        from sqlalchemy import func

        with self.store.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(t.http_cache)).scalar_one()
