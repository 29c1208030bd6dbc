"""Sitemaps and news sitemaps, parsed by lxml with entities left unexpanded and no network access."""
from __future__ import annotations

from ..errors import InputRejected
from ..model import InputError
from .feeds import Item, Listing, _web_url, iso_date

MAX_LOCS = 50_000  # the sitemap protocol's own limit per file


def read_sitemap(url: str, data: bytes) -> Listing:
    """A <urlset> (news: title and publication date per URL) or a <sitemapindex> of child sitemaps."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputRejected(url, f"sitemap is not well-formed XML ({exc})") from None
    kind = etree.QName(root).localname
    if kind == "sitemapindex":
        children = [Item(loc, None, None, iso_date(_text(child, "lastmod")))
                    for child in _children(root, "sitemap") if (loc := _web_url(url, _text(child, "loc")))]
        return Listing("sitemap index", None, (), tuple(children[:MAX_LOCS]))
    items, errors = [], []
    for n, entry in enumerate(_children(root, "url")):
        if n >= MAX_LOCS:
            break
        loc = _web_url(url, _text(entry, "loc"))
        if loc is None:
            errors.append(InputError(f"{url}#url{n + 1}", "sitemap entry has no http(s) <loc>"))
            continue
        news = next(_children(entry, "news"), None)
        title = _text(news, "title") if news is not None else None
        published = iso_date(_text(news, "publication_date")) if news is not None else None
        items.append(Item(loc, " ".join(title.split()) if title else None, published, iso_date(_text(entry, "lastmod"))))
    return Listing("news sitemap" if any(i.published for i in items) else "sitemap", None, tuple(items), (),
                   tuple(errors))


def _children(node, name: str):
    for child in node:
        if isinstance(child.tag, str) and child.tag.rsplit("}", 1)[-1] == name:
            yield child


def _text(node, name: str) -> str | None:
    for child in _children(node, name):
        return (child.text or "").strip() or None
    return None
