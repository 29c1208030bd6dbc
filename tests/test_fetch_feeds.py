"""Feeds and sitemaps read from bytes: every format of our samples, hostile XML, and politeness rules."""
import gzip
import json

import pytest

from storylens.errors import FetchError, InputRejected
from storylens.fetch.body import read_capped
from storylens.fetch.feeds import iso_date, read_listing, refuse_entities
from storylens.fetch.polite import Politeness

from conftest import REPO

FEEDS = REPO / "tests" / "data" / "feeds"
EXPECTED = json.loads((FEEDS / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_sample_gives_its_links_titles_and_dates(name):
    listing = read_listing("https://feeds.example/" + name, (FEEDS / name).read_bytes())
    assert [[i.url, i.title, i.published] for i in listing.items] == EXPECTED[name]


def test_kinds_titles_and_skipped_entries():
    rdf = read_listing("https://vestnik.example.ru/rss", (FEEDS / "regional-rdf.xml").read_bytes())
    assert rdf.kind == "rss" and rdf.title == "Вестник Приречья"  # windows-1251, declared in the XML prolog
    atom = read_listing("https://ledger.example.org/opinion/atom.xml", (FEEDS / "commentary-atom.xml").read_bytes())
    assert atom.kind == "atom" and atom.items[0].updated == "2025-11-18T08:40:00+00:00"
    sitemap = read_listing("https://tribune.example.com/news.xml", (FEEDS / "news-sitemap.xml").read_bytes())
    assert sitemap.kind == "news sitemap"
    assert [(e.source, e.error) for e in sitemap.errors] == [
        ("https://tribune.example.com/news.xml#url3", "sitemap entry has no http(s) <loc>")]
    index = read_listing("https://tribune.example.com/index.xml", (FEEDS / "sitemap-index.xml").read_bytes())
    assert index.kind == "sitemap index" and not index.items
    assert [s.url for s in index.newest(1, of="sitemaps")] == ["https://tribune.example.com/sitemaps/news-2025-11-18.xml"]


def test_newest_orders_by_date_and_keeps_undated_items_last():
    listing = read_listing("https://wire.example.com/rss", (FEEDS / "wire-rss2.xml").read_bytes())
    assert [i.url.rsplit("/", 1)[1] for i in listing.newest(2)] == ["port-strike-third-day",
                                                                     "central-bank-holds?utm_source=rss&utm_medium=feed"]
    sloppy = read_listing("http://gazette.example.com/rss", (FEEDS / "sloppy-rss.xml").read_bytes())
    assert len(sloppy.newest(100)) == 3


def test_entity_declarations_are_refused_even_harmless_ones():
    xml = b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "y">]><rss version="2.0"><channel></channel></rss>'
    with pytest.raises(InputRejected, match="declares entities"):
        read_listing("https://f.example/rss", xml)
    external = b'<!DOCTYPE urlset [<!ENTITY e SYSTEM "file:///etc/passwd">]><urlset><url><loc>&e;</loc></url></urlset>'
    with pytest.raises(InputRejected, match="declares entities"):
        read_listing("https://f.example/sitemap.xml", external)
    utf16 = '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE rss [<!ENTITY a "b">]><rss/>'.encode("utf-16")
    with pytest.raises(InputRejected, match="declares entities"):
        refuse_entities("https://f.example/rss", utf16)


def test_entity_text_after_the_prolog_is_content_not_a_declaration():
    xml = (b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
           b'"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>T</title>'
           b'<item><title>About &lt;!ENTITY&gt; bombs</title><link>https://f.example/a</link></item></channel></rss>')
    listing = read_listing("https://f.example/rss", xml)
    assert [i.title for i in listing.items] == ["About <!ENTITY> bombs"]


@pytest.mark.parametrize("data, reason", [
    (b"<html><body><p>Welcome to our site</p></body></html>", "not a feed: an HTML page"),
    (b'{"version": "https://jsonfeed.org/version/1.1", "title": "x"}', "no 'items' list"),
    (b'{"items": [', "invalid JSON"),
    (b"<urlset><url><loc>https://a.example/</loc></url>", "not well-formed"),
])
def test_things_that_are_not_feeds_are_named(data, reason):
    with pytest.raises(InputRejected, match=reason):
        read_listing("https://f.example/feed", data)


def test_items_without_web_links_are_skipped_with_a_reason():
    xml = (b'<rss version="2.0"><channel><title>T</title><item><title>a</title><link>javascript:alert(1)</link></item>'
           b'<item><title>b</title><link>/relative/b</link></item></channel></rss>')
    listing = read_listing("https://f.example/feeds/rss", xml)
    assert [i.url for i in listing.items] == ["https://f.example/relative/b"]
    assert [e.source for e in listing.errors] == ["https://f.example/feeds/rss#item1"]


def test_iso_dates():
    assert iso_date("2025-11-18T10:00:00+01:00") == "2025-11-18T09:00:00+00:00"
    assert iso_date("2025-11-18T10:00:00Z") == "2025-11-18T10:00:00+00:00"
    assert iso_date("2025-11-18") == "2025-11-18"
    assert iso_date("last Tuesday") is None and iso_date(None) is None


def test_gzip_and_deflate_bodies_decode_and_corrupt_ones_are_named():
    data = b"<p>hello</p>" * 1000
    assert read_capped("u", [gzip.compress(data)[:50], gzip.compress(data)[50:]], "gzip", 100_000) == data
    import zlib

    raw = zlib.compressobj(6, zlib.DEFLATED, -15)
    assert read_capped("u", [raw.compress(data) + raw.flush()], "deflate", 100_000) == data  # headerless deflate
    with pytest.raises(FetchError, match="corrupt gzip body"):
        read_capped("u", [b"\x1f\x8b\x08\x00garbage-garbage"], "gzip", 100_000)
    with pytest.raises(FetchError, match="unsupported Content-Encoding 'br'"):
        read_capped("u", [b"x"], "br", 100)


class Clock:
    def __init__(self):
        self.now = 100.0
        self.slept: list[float] = []

    def sleep(self, s):
        self.slept.append(round(s, 3))
        self.now += s


def test_requests_to_one_host_are_spaced_and_other_hosts_do_not_wait():
    clock = Clock()
    polite = Politeness(2.0, "storylens", None, clock=lambda: clock.now, sleep=clock.sleep)
    for host in ("a.example", "b.example", "a.example", "a.example"):
        polite.wait(host)
    assert clock.slept == [2.0, 2.0]


def _robots(body: bytes, status: int = 200):
    asked = []

    def fetch(url):
        asked.append(url)
        if isinstance(body, Exception):
            raise body
        return status, body
    return fetch, asked


def test_robots_rules_and_crawl_delay_are_obeyed():
    fetch, asked = _robots(b"User-agent: *\nDisallow: /private/\nCrawl-delay: 5\n\nUser-agent: storylens\nDisallow: /drafts/\nCrawl-delay: 3\n")
    clock = Clock()
    polite = Politeness(1.0, "storylens", fetch, clock=lambda: clock.now, sleep=clock.sleep)
    polite.check("https://n.example/news/a")
    with pytest.raises(FetchError, match="disallowed by https://n.example/robots.txt"):
        polite.check("https://n.example/drafts/b")
    polite.check("https://n.example/private/c")  # our own group replaces the * group
    polite.wait("n.example")
    polite.wait("n.example")
    assert clock.slept == [3.0] and asked == ["https://n.example/robots.txt"]  # fetched once per origin


def test_missing_robots_allows_all_and_a_failing_one_refuses_the_site():
    fetch, _ = _robots(b"", 404)
    Politeness(0, "storylens", fetch).check("https://n.example/a")
    fetch, _ = _robots(b"", 503)
    with pytest.raises(FetchError, match="robots.txt answered HTTP 503"):
        Politeness(0, "storylens", fetch).check("https://n.example/a")
    fetch, _ = _robots(FetchError("https://n.example/robots.txt", "took longer than the 10 s deadline"))
    with pytest.raises(FetchError, match="robots.txt could not be read"):
        Politeness(0, "storylens", fetch).check("https://n.example/a")
