"""One watch round: read feeds and sitemaps, fetch what is new or changed, hand each article to a sink.

Listings and pages are fetched conditionally (``FetchCache``): an unchanged feed
costs one 304, and its items are only looked at again when the feed itself
changes (a new item, or an edited one's date). A page whose extracted text is
the same as last time is unchanged even when its bytes differ (ads, timestamps).
The sink decides what an article becomes: lines in a JSONL file here, stored and
clustered articles in the store.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Literal, Protocol

from ..clean import extract_html
from ..errors import InputRejected
from ..ingest import Document
from ..model import InputError
from .body import GZIP_MAGIC, gunzip_capped
from .cache import FetchCache, Validators
from .client import Fetcher
from .feeds import Item, Listing, read_listing
from .pages import PAGE_ACCEPT, page_document

MAX_CHILD_SITEMAPS = 3  # newest child sitemaps read from a sitemap index per round
LISTING_ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5"

Status = Literal["new", "changed"]


class Sink(Protocol):
    def add(self, doc: Document, status: Status) -> None: ...


@dataclass
class RoundSummary:
    """What one round did: counts, the URLs it added, and every error with its reason."""

    started: str
    sources: int = 0
    items: int = 0
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    errors: list[InputError] = field(default_factory=list)

    def line(self) -> str:
        return (f"round {self.started}: {self.sources} source(s), {self.items} item(s): {len(self.new)} new, "
                f"{len(self.changed)} changed, {self.unchanged} unchanged, {len(self.errors)} error(s)")


def watch_round(sources: Iterable[str], fetcher: Fetcher, cache: FetchCache, sink: Sink,
                on_item: Callable[[str], None] | None = None) -> RoundSummary:
    """Read every source once and add its new and changed articles to ``sink``."""
    summary = RoundSummary(started=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    seen: set[str] = set()
    for source in dict.fromkeys(sources):
        summary.sources += 1
        done: list[tuple[str, Validators]] = []
        for item in _source_items(source, fetcher, cache, summary, done):
            if item.url in seen:
                continue
            seen.add(item.url)
            summary.items += 1
            _page(item, fetcher, cache, sink, summary)
            if on_item:
                on_item(item.url)
        for url, validators in done:  # a listing counts as read only once all its items have been handled
            cache.put(url, validators)
        _save(cache)  # after each source, so a crash costs at most one source's work
    return summary


def _source_items(source: str, fetcher: Fetcher, cache: FetchCache, summary: RoundSummary,
                  done: list[tuple[str, Validators]]) -> list[Item]:
    """The newest items of a feed or sitemap that changed since last round (none when it did not)."""
    limit = fetcher.settings.watch_max_items
    listing = _listing(source, fetcher, cache, summary, done)
    if listing is None:
        return []
    items = list(listing.newest(limit))
    for child in listing.newest(MAX_CHILD_SITEMAPS, of="sitemaps"):
        sub = _listing(child.url, fetcher, cache, summary, done)
        if sub is not None:
            items += sub.newest(limit)
    return items


def _listing(url: str, fetcher: Fetcher, cache: FetchCache, summary: RoundSummary,
             done: list[tuple[str, Validators]]) -> Listing | None:
    """The listing at url when it changed; its validators go to ``done``, remembered after its items."""
    previous = cache.get(url)
    try:
        r = fetcher.get(url, previous, accept=LISTING_ACCEPT)
        if r.not_modified:
            return None
        body = gunzip_capped(url, r.body, fetcher.settings.max_bytes) if r.body.startswith(GZIP_MAGIC) else r.body
        digest = _digest(body)
        if previous and previous.digest == digest:
            done.append((url, r.validators(digest)))
            return None
        listing = read_listing(r.url, body, r.content_type)
    except InputRejected as exc:  # not remembered: a broken listing is tried, and reported, again next round
        summary.errors.append(InputError(url, exc.reason))
        return None
    done.append((url, r.validators(digest)))
    summary.errors.extend(listing.errors)
    return listing


def _page(item: Item, fetcher: Fetcher, cache: FetchCache, sink: Sink, summary: RoundSummary) -> None:
    previous = cache.get(item.url)
    try:
        r = fetcher.get(item.url, previous, accept=PAGE_ACCEPT)
        if r.not_modified:
            summary.unchanged += 1
            return
        doc = page_document(r, source=item.url)
        if doc.html is not None:
            doc = extract_html(doc)
    except InputRejected as exc:
        summary.errors.append(InputError(item.url, exc.reason))
        return
    doc = _with_listing_hints(doc, item, r.url)
    digest = _digest((doc.text or "").encode("utf-8"))
    if previous and previous.digest == digest:
        summary.unchanged += 1
    else:
        status: Status = "changed" if previous and previous.digest else "new"
        sink.add(doc, status)
        (summary.changed if status == "changed" else summary.new).append(item.url)
    cache.put(item.url, r.validators(digest))


def _with_listing_hints(doc: Document, item: Item, final_url: str) -> Document:
    """The page's own title and date win; the feed's fill what the page lacks."""
    meta = dict(doc.meta)
    meta.setdefault("url", final_url)
    for key, value in (("title", item.title), ("published", item.published)):
        if value and not meta.get(key):
            meta[key] = value
    meta["listed_as"] = item.url
    return Document(doc.id, doc.source, doc.text, doc.html, meta)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _save(cache: FetchCache) -> None:
    save = getattr(cache, "save", None)
    if callable(save):
        save()


class JsonlSink:
    """Articles appended to ``DIR/articles.jsonl`` in storylens's own JSONL input format."""

    def __init__(self, directory: str | Path):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.path = self.directory / "articles.jsonl"

    def add(self, doc: Document, status: Status) -> None:
        record = {"id": doc.id, "url": doc.meta.get("url") or doc.source, "text": doc.text, "status": status,
                  "fetched": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        record.update({k: doc.meta[k] for k in ("title", "published", "author", "outlet") if doc.meta.get(k)})
        with self.path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
