"""Feeds read from bytes we fetched ourselves: RSS and Atom (feedparser), JSON Feed, and news sitemaps.

feedparser is used only here, always on bytes (a string would make it open a
URL or a file), after ``refuse_entities`` has turned away any XML that declares
entities: no feed needs them, and they are how billion-laughs bombs are built.
feedparser was measured against fastfeedparser on our feed samples
(``bench/feeds.py``): slower, but it resolves xml:base links and reads sloppy
feeds that fastfeedparser drops, and correctness is worth more than the
milliseconds next to a network round.
"""
from __future__ import annotations

import calendar
import html
import io
import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

from ..errors import InputRejected
from ..model import InputError

_TAG = re.compile(r"<[^>]+>")
_ELEMENT_START = re.compile(r"<[A-Za-z_]")


@dataclass(frozen=True, slots=True)
class Item:
    """One entry of a feed or sitemap: the article's URL and what the listing says about it."""

    url: str
    title: str | None = None
    published: str | None = None  # ISO 8601, UTC, or a bare date when the listing gives only a day
    updated: str | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Listing:
    """A parsed feed or sitemap: its items, child sitemaps (of a sitemap index) and skipped entries."""

    kind: str
    title: str | None
    items: tuple[Item, ...] = ()
    sitemaps: tuple[Item, ...] = ()  # child sitemaps of an index, with their lastmod as ``updated``
    errors: tuple[InputError, ...] = ()

    def newest(self, n: int, of: str = "items") -> tuple[Item, ...]:
        """The n newest items (or child sitemaps); undated ones last, listing order kept among equals."""
        ranked = sorted(enumerate(getattr(self, of)), key=lambda p: (-_sort_key(p[1]), p[0]))
        return tuple(item for _, item in ranked[:n])


def read_listing(url: str, data: bytes, content_type: str = "") -> Listing:
    """Parse a feed or sitemap fetched from ``url``; InputRejected when it is neither or is refused."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"{", b"[")) or content_type in ("application/feed+json", "application/json"):
        return _json_feed(url, data)
    refuse_entities(url, data)
    if re.search(rb"<(?:\w+:)?(urlset|sitemapindex)\b", data[:4096]):
        from .sitemaps import read_sitemap

        return read_sitemap(url, data)
    return _xml_feed(url, data, content_type)


def refuse_entities(source: str, data: bytes) -> None:
    """Refuse XML whose prolog declares entities (entity expansion bombs, external entities)."""
    head = data[:65536]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:4].count(0) >= 2:
        text = head.decode("utf-16", "replace")
    else:
        text = head.decode("latin-1")
    m = _ELEMENT_START.search(text)
    prolog = text[: m.start()] if m else text
    if "<!ENTITY" in prolog:
        raise InputRejected(source, "XML declares entities (<!ENTITY>): refused, as entity expansion can be a bomb")


def _xml_feed(url: str, data: bytes, content_type: str) -> Listing:
    import feedparser

    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": url,
                                                                       "content-type": content_type or "application/xml"},
                                  sanitize_html=False, resolve_relative_uris=False)
    except Exception as exc:  # noqa: BLE001 - hostile bytes can break the parser itself (fuzzing found a NUL in an encoding name)
        raise InputRejected(url, f"feed could not be parsed ({type(exc).__name__}: {exc})") from None
    version = parsed.get("version") or ""
    if not parsed.entries and not version:
        why = parsed.get("bozo_exception")
        looks_html = b"<html" in data[:2000].lower()
        raise InputRejected(url, "not a feed: an HTML page" if looks_html else
                            f"not a feed or sitemap ({why or 'no RSS, Atom or RDF element'})")
    items, errors = [], []
    for n, e in enumerate(parsed.entries, 1):
        link = e.get("link") or (e.get("id") if e.get("guidislink") or _is_web(e.get("id")) else None)
        link = _web_url(url, link)
        if link is None:
            errors.append(InputError(f"{url}#item{n}", "feed item has no http(s) link"))
            continue
        updated = _feed_date(e, "updated")  # RSS 1.0's dc:date and an Atom entry's only date land here
        title = _plain(e.get("title"), markup=e.get("title_detail", {}).get("type") != "text/plain")
        items.append(Item(link, title, _feed_date(e, "published") or updated, updated, e.get("id")))
    kind = "atom" if version.startswith("atom") else "rss"
    return Listing(kind, _plain(parsed.feed.get("title")), tuple(items), (), tuple(errors))


def _json_feed(url: str, data: bytes) -> Listing:
    try:
        doc = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputRejected(url, f"not a feed: invalid JSON ({exc})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("items"), list):
        raise InputRejected(url, "not a JSON Feed: no 'items' list")
    items, errors = [], []
    for n, it in enumerate(doc["items"], 1):
        if not isinstance(it, dict):
            errors.append(InputError(f"{url}#item{n}", "JSON Feed item is not an object"))
            continue
        link = _web_url(url, it.get("url") if isinstance(it.get("url"), str) else None)
        if link is None:
            errors.append(InputError(f"{url}#item{n}", "JSON Feed item has no http(s) url"))
            continue
        modified = iso_date(it.get("date_modified"))
        items.append(Item(link, _plain(it.get("title"), markup=False), iso_date(it.get("date_published")) or modified, modified,
                          str(it["id"]) if it.get("id") is not None else None))
    title = doc.get("title") if isinstance(doc.get("title"), str) else None
    return Listing("json", title, tuple(items), (), tuple(errors))


def iso_date(value) -> str | None:
    """An RFC 3339 / ISO 8601 timestamp in UTC, a bare date as-is, anything else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)  # a listing without a zone: taken as UTC, the sitemap default
    return dt.astimezone(timezone.utc).isoformat()


def _feed_date(entry, field: str) -> str | None:
    # dict.get: feedparser's own get() maps a missing "published" to "updated", with a deprecation warning
    raw = dict.get(entry, field)
    if isinstance(raw, str) and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", raw):
        return raw.strip()
    parsed = dict.get(entry, field + "_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), timezone.utc).isoformat()


def _plain(value, markup: bool = True) -> str | None:
    """A title as plain text: markup removed (when it is HTML), entities decoded, spaces collapsed."""
    if not isinstance(value, str):
        return None
    text = " ".join((html.unescape(_TAG.sub("", value)) if markup else value).split())
    return text or None


def _is_web(value) -> bool:
    return isinstance(value, str) and value.startswith(("http://", "https://"))


def _web_url(base: str, link: str | None) -> str | None:
    if not link or not isinstance(link, str):
        return None
    try:
        full = urljoin(base, link.strip())
        parts = urlsplit(full)
    except ValueError:
        return None
    return full if parts.scheme in ("http", "https") and parts.hostname else None


def _sort_key(item: Item) -> float:
    stamp = item.published or item.updated
    if not stamp:
        return float("-inf")
    try:
        dt = datetime.fromisoformat(stamp)
    except ValueError:
        return float("-inf")
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.timestamp()
