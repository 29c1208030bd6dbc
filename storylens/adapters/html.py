"""HTML to main text and metadata, through trafilatura (reader comments excluded)."""
from __future__ import annotations


def extract(html: str, url: str | None = None) -> dict | None:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, include_comments=False, include_tables=False,
                                      with_metadata=True, favor_precision=True)
    if doc is None:
        return None
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return {
        "text": d.get("text") or "",
        "title": d.get("title"),
        "author": d.get("author"),
        "published": d.get("date"),
        "outlet": d.get("sitename"),
        "url": d.get("url") or url,
    }
