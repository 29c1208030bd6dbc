"""`storylens watch --db`: a feed served on 127.0.0.1, its pages analysed into the store and clustered into stories."""
from __future__ import annotations

import html
import json

from sqlalchemy import func, select

from storylens.cli import main
from storylens.store import tables as t
from storylens.store.store import Store

from conftest import REPO
from web_server import Page, WebServer

DEMO = REPO / "demo" / "corpus"


def page(title: str, lines: list[str], day: str) -> bytes:
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return (f"<html><head><title>{html.escape(title)}</title><meta name='date' content='{day}'></head><body>"
            f"<nav>Home | World | Business</nav><article><h1>{html.escape(title)}</h1>{body}</article>"
            f"<footer>© Northwind</footer></body></html>").encode()


def site(srv: WebServer, texts: dict[str, tuple[str, list[str], str]], updated: dict[str, str]) -> None:
    for path, (title, lines, day) in texts.items():
        body = page(title, lines, day)
        srv.routes[path] = Page(body, etag=f'"{path}-{hash(body)}"')
    entries = "".join(f"<entry><title>{html.escape(title)}</title><id>tag:nw,{p}</id><link href='{srv.url(p)}'/>"
                      f"<updated>{updated.get(p, day + 'T09:00:00Z')}</updated></entry>"
                      for p, (title, _, day) in texts.items())
    feed = (f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Northwind</title><id>tag:nw</id>"
            f"<updated>2025-12-19T10:00:00Z</updated>{entries}</feed>").encode()
    srv.routes["/feed.atom"] = Page(feed, "application/atom+xml", etag=f'"feed-{hash(feed)}"')


def texts(seeds_dir) -> dict[str, tuple[str, list[str], str]]:
    """Two stories in English and Russian: the demo's solar park and the seeds' ammunition plants."""
    out = {}
    for folder, day in ((DEMO, "2025-11-14"), (seeds_dir, "2025-12-18")):
        for path in sorted(folder.glob("*.txt")):
            lines = [x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
            lines = [x for x in lines if not x.startswith("date ")]  # the page carries its date in <meta>
            out[f"/news/{path.stem}"] = (lines[0][:90], lines[1:], day)
    return out


def test_watch_into_a_store_clusters_then_adds_nothing_then_a_new_version(tmp_path, monkeypatch, capsys, seeds_dir):
    monkeypatch.setenv("STORYLENS_ALLOW_PRIVATE_ADDRESSES", "1")
    monkeypatch.setenv("STORYLENS_FETCH_HOST_DELAY", "0")
    db = str(tmp_path / "news.db")
    pages = texts(seeds_dir)
    with WebServer() as srv:
        site(srv, pages, {})
        watch = ["watch", srv.url("/feed.atom"), "--db", db, "--once", "--no-progress"]
        assert main(watch) == 0
        assert main(watch) == 0
        flood = "/news/wire_en"
        title, lines, day = pages[flood]
        pages[flood] = (title, lines + ["The ministry added on Friday that a fourth array is being studied."], day)
        site(srv, pages, {flood: "2025-11-15T12:00:00Z"})
        assert main(watch) == 0
    lines = capsys.readouterr().err.strip().splitlines()
    assert "6 new, 0 changed" in lines[0] and "stored 6 new article(s)" in lines[0] and "2 story(ies) touched" in lines[0]
    assert "0 new, 0 changed" in lines[1] and "stored 0 new article(s), 0 new version(s)" in lines[1]
    assert "1 changed" in lines[2] and "1 new version(s); 1 story(ies) touched" in lines[2]

    assert main(["stories", "--db", db, "--format", "json"]) == 0
    stories = json.loads(capsys.readouterr().out)
    found = sorted(sorted(a["source"].rsplit("/", 1)[1] for a in s["articles"]) for s in stories)
    assert found == sorted([sorted(p.stem for p in DEMO.glob("*.txt")), sorted(p.stem for p in seeds_dir.glob("*.txt"))])
    assert all(sorted(s["languages"]) == ["en", "ru"] and s["analysed"] for s in stories)
    wire = next(a for s in stories for a in s["articles"] if a["source"].endswith(flood))
    assert wire["versions"] == 2 and wire["date"] == "2025-11-14"
    with Store.open(db) as store, store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(t.article_versions)).scalar_one() == 7
        assert conn.execute(select(func.count()).select_from(t.http_cache)).scalar_one() == 7  # the feed and 6 pages
        runs = conn.execute(select(t.runs.c.command, t.runs.c.status, t.runs.c.added)).all()
    assert [tuple(r) for r in runs] == [("watch", "done", 6), ("watch", "done", 0), ("watch", "done", 0)]
