"""``storylens watch --db``: each round's new and changed articles analysed into the store and clustered into stories.

``StoreSink`` is the fetcher's ``Sink`` for a store: every page the round hands
over goes through ``write.add_document`` (the per-article phase, clustering,
one transaction per article), and the round's run is closed with
``write.finish`` (the per-story phase of every story that changed). The
fetcher remembers its URLs in the store's ``http_cache`` (``StoreCache``), so a
round that finds nothing new costs conditional requests only.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from ..ingest import Document
from ..resources import Context
from .httpcache import StoreCache
from .store import Store
from .write import AddResult, add_document, finish, index_unindexed, start


class StoreSink:
    """Articles of one watch round into the store, under one run."""

    def __init__(self, store: Store, ctx: Context, result: AddResult):
        self.store, self.ctx, self.result = store, ctx, result

    def add(self, doc: Document, status: str) -> None:
        add_document(self.store, self.result, doc, self.ctx)


@dataclass
class StoreRound:
    """What one round did: the fetcher's summary and what the store made of it."""

    summary: object  # fetch.watch.RoundSummary
    result: AddResult

    def line(self) -> str:
        r = self.result
        touched = r.touched()
        return (f"{self.summary.line()}; stored {r.count('added')} new article(s), {r.count('new_version')} new "
                f"version(s); {len(touched)} story(ies) touched" + (f" ({', '.join(map(str, touched))})" if touched else ""))


def watch_round_into(store: Store, feeds: Sequence[str], ctx: Context, fetcher,
                     on_item: Callable[[str], None] | None = None) -> StoreRound:
    """One round over ``feeds`` into ``store``: fetch what is new or changed, store and cluster it, compare stories."""
    from ..fetch.watch import watch_round

    index_unindexed(store, ctx)  # articles stored before clustering are candidates for the new ones
    result = start(store, list(feeds), command="watch")
    summary = watch_round(feeds, fetcher, StoreCache(store), StoreSink(store, ctx, result), on_item=on_item)
    for err in summary.errors:  # refused and broken feeds and pages: the run's errors in the store too
        add_document(store, result, err, ctx)
    finish(store, result, ctx)
    return StoreRound(summary, result)
