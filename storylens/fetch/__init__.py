"""The way in from the web: safe fetching of pages, feeds and sitemaps.

    client.py     Fetcher.get: one safe GET (redirects hop by hop, byte and time caps, robots, pacing)
    transport.py  the httpx transport: connect only to checked addresses, one deadline per fetch
    address.py    which addresses may be connected to (named rules), resolving a host once
    body.py       reading a body within caps, gzip/deflate decoded step by step
    polite.py     robots.txt (protego) and the per-host delay
    pages.py      a fetched page as a Document (content type, charset)
    feeds.py      RSS / Atom (feedparser), JSON Feed;  sitemaps.py  sitemaps and news sitemaps (lxml)
    cache.py      FetchCache: validators and digests kept between rounds
    watch.py      one watch round over feeds and sitemaps, into a Sink

Importing this package loads no HTTP library; ``fetch_pages`` and ``Fetcher`` do.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator

from ..errors import InputRejected
from ..model import InputError
from ..settings import Settings

if TYPE_CHECKING:
    from ..ingest import Document
    from .client import Fetcher


def fetch_pages(urls: Iterable[str], settings: Settings | None = None,
                fetcher: "Fetcher | None" = None) -> Iterator["Document | InputError"]:
    """Fetch article pages one by one: a Document for each page, an InputError with the reason otherwise."""
    from .client import Fetcher
    from .pages import PAGE_ACCEPT, page_document

    own = fetcher is None
    fetcher = fetcher or Fetcher(settings)
    try:
        for url in urls:
            try:
                yield page_document(fetcher.get(url, accept=PAGE_ACCEPT), source=url)
            except InputRejected as exc:
                yield InputError(url, exc.reason)
    finally:
        if own:
            fetcher.close()
