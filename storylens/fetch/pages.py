"""A fetched page as a ``Document``: its content type checked and its bytes decoded."""
from __future__ import annotations

import codecs
import hashlib
import re
from urllib.parse import urlsplit

from ..decode import decode
from ..errors import InputRejected
from ..ingest import Document
from .client import Response

PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5"
HTML_TYPES = {"text/html", "application/xhtml+xml"}
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def page_document(response: Response, source: str | None = None) -> Document:
    """The page as an HTML or text Document, or InputRejected naming why it is not an article page."""
    source = source or response.url
    ctype = response.content_type
    if ctype in FEED_TYPES or (ctype in ("application/xml", "text/xml") and _looks_like_feed(response.body)):
        raise InputRejected(source, "this is a feed, not an article page (give feeds to `storylens watch`)")
    if ctype and ctype not in HTML_TYPES and not ctype.startswith("text/"):
        raise InputRejected(source, f"not an article page: content type {ctype}")
    notes: list[tuple[str, str]] = []
    text = page_text(source, response, notes)
    meta = {"url": response.url}
    if notes:  # a repaired encoding travels to the article's flags, as for files (clean.py)
        meta["encoding_repaired"] = list(notes[0])
    if ctype in HTML_TYPES or (not ctype and "<html" in text[:2000].lower()):
        return Document(page_id(response.url), source, html=text, meta=meta)
    return Document(page_id(response.url), source, text=text, meta=meta)


def page_text(source: str, response: Response, notes: list[tuple[str, str]] | None = None) -> str:
    """Decode with the declared charset (header, then <meta>) when it fits the bytes; otherwise detect it."""
    data = response.body
    declared = response.charset
    if not declared and response.content_type in HTML_TYPES:
        m = _META_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii") if m else None
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode(_codec(declared))
        except (LookupError, UnicodeDecodeError):
            text = None  # a wrong or unknown declaration is common; the bytes themselves decide below
        if text is not None and text.strip() and "\x00" not in text:
            return text
    return decode(source, data, notes)


def page_id(url: str) -> str:
    """A readable, stable id from a URL: host and last path segment, with a short hash when that is not enough."""
    parts = urlsplit(url)
    host = (parts.hostname or "page").removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s]
    tail = re.sub(r"\.(html?|php|aspx?)$", "", segments[-1]) if segments else ""
    slug = re.sub(r"[^\w.-]+", "-", f"{host}-{tail}" if tail else host).strip("-")[:80]
    if parts.query or not tail:
        slug += "-" + hashlib.sha1(url.encode()).hexdigest()[:8]
    return slug


def _codec(name: str) -> str:
    """HTML's rule: a page labelled latin-1 or ascii is read as windows-1252."""
    name = name.strip().lower()
    return "cp1252" if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii") else name


def _looks_like_feed(data: bytes) -> bool:
    head = data[:2000].lower()
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf", b"<urlset", b"<sitemapindex"))
