"""Fetch-and-extract throughput from a local server (pages/s); prints a table, asserts nothing.

Usage: python bench/fetch.py [--pages 300] [--gzip]

A thread on 127.0.0.1 serves ``--pages`` article pages (the ``bench/corpus.py``
texts as HTML with a header, navigation and footer, ~5 KB each; gzip-encoded
with ``--gzip``) and an Atom feed listing them. Four rows, each on a fresh
fetcher with ``allow_private_addresses`` and no per-host delay:
``fetch`` (safe GET only), ``fetch + page`` (plus decoding into a Document),
``fetch + extract`` (plus trafilatura main text and metadata), and ``watch round``
(the feed and every page through ``watch_round``, the whole path of
``storylens watch``), then a second watch round, where every request is
conditional and answered 304. CPU seconds are this process's (the server's
threads included: they share it), wall seconds are what you wait.
"""
from __future__ import annotations

import argparse
import gzip
import html
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import articles  # noqa: E402

from storylens.clean import extract_html  # noqa: E402
from storylens.fetch.cache import MemoryCache  # noqa: E402
from storylens.fetch.client import Fetcher  # noqa: E402
from storylens.fetch.pages import page_document  # noqa: E402
from storylens.fetch.watch import watch_round  # noqa: E402
from storylens.settings import Settings  # noqa: E402


def site(n: int, compress: bool) -> dict[str, tuple[bytes, str, dict]]:
    pages: dict[str, tuple[bytes, str, dict]] = {}
    for item in articles(n):
        title, *lines = item.text.strip().split("\n")
        body = "".join(f"<p>{html.escape(line)}</p>" for line in lines if line)
        page = (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
                f"<meta name='date' content='2025-11-18'></head><body><header><nav><a href='/'>Home</a> "
                f"<a href='/world'>World</a></nav></header><article><h1>{html.escape(title)}</h1>{body}</article>"
                f"<footer>© Bench Gazette</footer></body></html>").encode()
        headers = {"etag": f'"{item.name}"'}
        if compress:
            page, headers["content-encoding"] = gzip.compress(page, mtime=0), "gzip"
        pages[f"/news/{item.name}"] = (page, "text/html; charset=utf-8", headers)
    return pages


def serve(pages: dict) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out as separate writes; no 40 ms delayed-ACK stall

        def do_GET(self):  # noqa: N802 - the http.server API
            page = pages.get(self.path)
            if page is None:
                self.send_response(404)
                self.send_header("content-length", "0")
                self.end_headers()
                return
            body, ctype, headers = page
            fresh = "etag" in headers and self.headers.get("if-none-match") == headers["etag"]
            self.send_response(304 if fresh else 200)
            self.send_header("content-type", ctype)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("content-length", "0" if fresh else str(len(body)))
            self.end_headers()
            if not fresh:
                self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


class NullSink:
    def add(self, doc, status):
        pass


def timed(fn) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--gzip", action="store_true", help="serve pages gzip-encoded")
    args = ap.parse_args()
    pages = site(args.pages, args.gzip)
    httpd = serve(pages)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    entries = "".join(f"<entry><title>{p}</title><id>{p}</id><link href='{base}{p}'/>"
                      f"<updated>2025-11-18T09:00:00Z</updated></entry>" for p in pages)
    pages["/feed.atom"] = (f"<feed xmlns='http://www.w3.org/2005/Atom'><title>Bench</title>{entries}</feed>".encode(),
                           "application/atom+xml", {"etag": '"feed"'})
    settings = Settings(allow_private_addresses=True, fetch_host_delay=0.0, watch_max_items=args.pages)
    urls = [base + p for p in pages if p.startswith("/news/")]
    size = sum(len(pages[p][0]) for p in pages if p.startswith("/news/")) / len(urls)

    def run(step):
        def go():
            with Fetcher(settings) as f:
                for url in urls:
                    step(f, url)
        return go

    rows = [
        ("fetch", run(lambda f, u: f.get(u))),
        ("fetch + page", run(lambda f, u: page_document(f.get(u)))),
        ("fetch + extract", run(lambda f, u: extract_html(page_document(f.get(u))))),
    ]
    cache = MemoryCache()

    def rounds():
        with Fetcher(settings) as f:
            summary = watch_round([base + "/feed.atom"], f, cache, NullSink())
        assert len(summary.new) == len(urls) or summary.unchanged == 0, summary.line()

    rows.append(("watch round (all new)", rounds))
    rows.append(("watch round again (feed 304)", rounds))
    print(f"{len(urls)} pages, {size / 1000:.1f} KB each{' gzipped' if args.gzip else ''}, served from {base}")
    print(f"{'step':30} {'CPU s':>7} {'wall s':>7} {'pages/s (CPU)':>14} {'pages/s (wall)':>15}")
    for name, fn in rows:
        cpu, wall = timed(fn)
        print(f"{name:30} {cpu:7.2f} {wall:7.2f} {len(urls) / cpu:14.1f} {len(urls) / wall:15.1f}")
    httpd.shutdown()


if __name__ == "__main__":
    main()
