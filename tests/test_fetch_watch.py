"""A feed and its pages served on 127.0.0.1: rounds add what is new, nothing twice, and a changed page once more."""
import json

from storylens.api import load
from storylens.cli import main
from storylens.fetch.cache import JsonFileCache, MemoryCache
from storylens.fetch.client import Fetcher
from storylens.fetch.watch import JsonlSink, watch_round
from storylens.settings import Settings

from web_server import Page, WebServer

STORIES = {
    "/news/port-strike": ("Port strike enters third day", "Dock workers in three cities kept cranes idle on Tuesday "
                          "while union leaders waited for a new offer from the port authority."),
    "/news/rate-hold": ("Central bank holds its main rate", "The central bank kept its main rate at 4.25 percent "
                        "for a second meeting, citing stubborn services inflation and a weak currency."),
    "/news/flood": ("Flood defences tested as the river peaks", "Emergency crews worked through the night along the "
                    "lower river, where the water reached its highest level in twenty years."),
}


def article(title: str, lead: str, extra: str = "") -> bytes:
    body = "".join(f"<p>{lead} {extra} Paragraph {i} adds detail from the scene and from officials.</p>" for i in range(4))
    return (f"<html><head><title>{title}</title><meta property='og:title' content='{title}'>"
            f"<meta name='date' content='2025-11-18'></head><body><header><nav>Home | World | Business</nav>"
            f"</header><article><h1>{title}</h1>{body}</article><footer>© Northwind</footer></body></html>").encode()


def feed(srv: WebServer, updated: dict[str, str]) -> bytes:
    items = "".join(f"<entry><title>{t}</title><id>tag:nw,{p}</id><link href='{srv.url(p)}'/>"
                    f"<updated>{updated.get(p, '2025-11-18T09:00:00Z')}</updated></entry>"
                    for p, (t, _) in STORIES.items())
    return (f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Northwind</title>"
            f"<id>tag:nw</id><updated>2025-11-18T10:00:00Z</updated>{items}</feed>").encode()


class ListSink:
    def __init__(self):
        self.added = []

    def add(self, doc, status):
        self.added.append((doc, status))


def serve_site(srv: WebServer, updated: dict[str, str], edited: str = "") -> None:
    for n, (path, (title, lead)) in enumerate(STORIES.items()):
        extra = edited if path == "/news/flood" else ""
        srv.routes[path] = Page(article(title, lead, extra), etag=f'"{path}-{len(extra)}"')
    body = feed(srv, updated)
    srv.routes["/feed.atom"] = Page(body, "application/atom+xml", etag=f'"feed-{hash(body)}"')


SETTINGS = Settings(allow_private_addresses=True, fetch_host_delay=0.0, fetch_timeout=10.0)


def test_three_rounds_add_everything_then_nothing_then_the_changed_page():
    cache, sink = MemoryCache(), ListSink()
    with WebServer() as srv:
        serve_site(srv, {})
        feed_url = srv.url("/feed.atom")
        with Fetcher(SETTINGS) as f:
            first = watch_round([feed_url], f, cache, sink)
        assert sorted(first.new) == sorted(srv.url(p) for p in STORIES) and not first.errors
        docs = {d.source: d for d, _ in sink.added}
        strike = docs[srv.url("/news/port-strike")]
        assert strike.html is None and "Dock workers in three cities" in strike.text and "Home | World" not in strike.text
        assert strike.meta["title"] == "Port strike enters third day" and strike.meta["published"] == "2025-11-18"

        requests_before = len(srv.requests)
        with Fetcher(SETTINGS) as f:
            second = watch_round([feed_url], f, cache, sink)
        assert (second.new, second.changed, len(sink.added)) == ([], [], 3)
        assert [p for p, _ in srv.requests[requests_before:]] == ["/robots.txt", "/feed.atom"]  # the feed answered 304
        assert srv.requests[-1][1]["if-none-match"].startswith('"feed-')

        # The flood story is edited; the feed says so with a new <updated>, as Atom asks.
        serve_site(srv, {"/news/flood": "2025-11-18T12:30:00Z"}, edited="The barrier held overnight.")
        requests_before = len(srv.requests)
        with Fetcher(SETTINGS) as f:
            third = watch_round([feed_url], f, cache, sink)
        assert third.new == [] and third.changed == [srv.url("/news/flood")] and third.unchanged == 2
        new_version, status = sink.added[-1]
        assert status == "changed" and "The barrier held overnight." in new_version.text
        asked = {p: h for p, h in srv.requests[requests_before:]}
        assert "if-none-match" in asked["/news/port-strike"]  # the other pages were asked conditionally (304)


def test_unchanged_text_under_new_bytes_is_not_a_new_version():
    cache, sink = MemoryCache(), ListSink()
    with WebServer() as srv:
        serve_site(srv, {})
        with Fetcher(SETTINGS) as f:
            watch_round([srv.url("/feed.atom")], f, cache, sink)
        # New ETags and a new feed, but the article text is the same (a server that changes markup only).
        for path in STORIES:
            page = srv.routes[path]
            srv.routes[path] = Page(page.body.replace(b"Home | World", b"Home | World | Sport"), etag='"other"')
        serve_site_feed = feed(srv, {p: "2025-11-19T00:00:00Z" for p in STORIES})
        srv.routes["/feed.atom"] = Page(serve_site_feed, "application/atom+xml", etag='"feed-2"')
        with Fetcher(SETTINGS) as f:
            again = watch_round([srv.url("/feed.atom")], f, cache, sink)
    assert (again.new, again.changed, again.unchanged) == ([], [], 3)


def test_robots_disallowed_pages_and_broken_items_are_errors_and_the_rest_is_added():
    cache, sink = MemoryCache(), ListSink()
    with WebServer() as srv:
        serve_site(srv, {})
        srv.routes["/robots.txt"] = Page(b"User-agent: *\nDisallow: /news/rate-hold\n", "text/plain")
        srv.routes["/news/flood"] = Page(b"gone", "text/plain", 404)
        with Fetcher(SETTINGS) as f:
            summary = watch_round([srv.url("/feed.atom"), srv.url("/missing.xml")], f, cache, sink)
    assert summary.new == [srv.url("/news/port-strike")]
    reasons = {e.source: e.error for e in summary.errors}
    assert reasons == {srv.url("/news/rate-hold"): f"disallowed by http://127.0.0.1:{srv.port}/robots.txt",
                       srv.url("/news/flood"): "HTTP 404 Not Found",
                       srv.url("/missing.xml"): "HTTP 404 Not Found"}
    assert srv.hits("/news/rate-hold") == 0


def test_watch_once_writes_jsonl_that_storylens_reads_back(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("STORYLENS_ALLOW_PRIVATE_ADDRESSES", "1")
    monkeypatch.setenv("STORYLENS_FETCH_HOST_DELAY", "0")
    out = tmp_path / "watch"
    with WebServer() as srv:
        serve_site(srv, {})
        assert main(["watch", srv.url("/feed.atom"), "--out", str(out), "--once", "--no-progress"]) == 0
        assert main(["watch", srv.url("/feed.atom"), "--out", str(out), "--once", "--no-progress"]) == 0
    lines = capsys.readouterr().err.strip().splitlines()
    assert "3 new, 0 changed, 0 unchanged, 0 error(s)" in lines[0]
    assert "0 new, 0 changed, 0 unchanged, 0 error(s)" in lines[1]  # the second round sent conditional requests
    records = [json.loads(line) for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 3 and all(r["status"] == "new" and r["url"].startswith("http://127.0.0.1") for r in records)
    cached = JsonFileCache(out / "fetch-cache.json")
    assert cached.get(srv.url("/feed.atom")).etag.startswith('"feed-') and len(cached) == 4
    articles, errors = load([out / "articles.jsonl"])
    assert not errors and sorted(a.title for a in articles) == sorted(t for t, _ in STORIES.values())


def test_watch_exits_2_when_no_source_could_be_read(tmp_path, capsys):
    assert main(["watch", "http://127.0.0.1:9/feed.xml", "--out", str(tmp_path), "--once", "--no-progress"]) == 2
    assert "loopback" in capsys.readouterr().err


def test_analyze_inputs_mix_urls_and_files(tmp_path):
    local = tmp_path / "local.txt"
    local.write_text("Officials said on Monday that the port would reopen next week after the strike ends.", encoding="utf-8")
    with WebServer() as srv:
        serve_site(srv, {})
        srv.routes["/feed.atom"].content_type = "application/atom+xml"
        articles, errors = load([srv.url("/news/port-strike"), str(local), srv.url("/feed.atom"), srv.url("/nope")],
                                SETTINGS)
    assert [a.source for a in articles] == [srv.url("/news/port-strike"), str(local)]
    assert articles[0].url == srv.url("/news/port-strike") and articles[0].title == "Port strike enters third day"
    assert articles[0].id == "127.0.0.1-port-strike"
    assert [(e.source, e.error) for e in errors] == [
        (srv.url("/feed.atom"), "this is a feed, not an article page (give feeds to `storylens watch`)"),
        (srv.url("/nope"), "HTTP 404 Not Found")]


def test_intervals_are_read_in_seconds_minutes_hours_and_days():
    from storylens.fetch.command import parse_interval

    assert [parse_interval(x) for x in ("90s", "15m", "2h", "1d", "45")] == [90, 900, 7200, 86400, 45]
    for bad in ("soon", "0m", "-5m", "15 minutes"):
        try:
            parse_interval(bad)
        except ValueError as exc:
            assert "cannot read interval" in str(exc)
        else:
            raise AssertionError(f"{bad!r} was accepted")


def test_a_broken_listing_is_reported_every_round_until_it_is_fixed():
    cache, sink = MemoryCache(), ListSink()
    with WebServer({"/bad.xml": Page(b"<html><body>Our feed has moved</body></html>", "application/rss+xml")}) as srv:
        for _ in range(2):
            with Fetcher(SETTINGS) as f:
                summary = watch_round([srv.url("/bad.xml")], f, cache, sink)
            assert [e.source for e in summary.errors] == [srv.url("/bad.xml")]
