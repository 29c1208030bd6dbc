"""A small web site for fetch tests: http.server in a thread on 127.0.0.1 (never another address).

Routes map a path to a ``Page`` (status, headers, body; optional ETag and
Last-Modified honoured on conditional requests) or to a function that writes the
answer itself (hostile servers: endless bodies, slow drips). Every request is
logged with its headers, and ``sent`` counts body bytes written per path.
"""
from __future__ import annotations

import struct
import zlib
import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # clients that hang up early are what these tests are about


@dataclass
class Page:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None


class WebServer:
    def __init__(self, routes: dict[str, Page | Callable] | None = None, tls: tuple[str, str] | None = None):
        self.routes: dict[str, Page | Callable] = dict(routes or {})
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.sent: Counter[str] = Counter()
        self.stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out as separate writes; no 40 ms delayed-ACK stall

            def do_GET(self):  # noqa: N802 - the http.server API
                server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = server.routes.get(self.path)
                if route is None:
                    return server.answer(self, Page(b"not found", "text/plain", 404))
                if callable(route):
                    return route(self, server)
                return server.answer(self, route)

            def log_message(self, *args):
                pass

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        if tls:  # (certificate file, key file): serve https, and record the name the client asked for (SNI)
            import ssl

            self.sni: list[str | None] = []
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(*tls)
            ctx.sni_callback = lambda sock, name, _ctx: self.sni.append(name)
            self.httpd.socket = ctx.wrap_socket(self.httpd.socket, server_side=True)
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)

    def answer(self, h: BaseHTTPRequestHandler, page: Page) -> None:
        """Write a Page, answering 304 when the request's validators still match."""
        inm, ims = h.headers.get("if-none-match"), h.headers.get("if-modified-since")
        fresh = (page.etag is not None and inm == page.etag) or (inm is None and page.last_modified is not None
                                                                   and ims == page.last_modified)
        h.send_response(304 if fresh else page.status)
        for k, v in {"content-type": page.content_type, **page.headers}.items():
            h.send_header(k, v)
        if page.etag:
            h.send_header("etag", page.etag)
        if page.last_modified:
            h.send_header("last-modified", page.last_modified)
        body = b"" if fresh else page.body
        h.send_header("content-length", str(len(body)))
        h.end_headers()
        self.write(h, body)

    def write(self, h: BaseHTTPRequestHandler, data: bytes) -> bool:
        """Write body bytes; False once the client has gone."""
        try:
            h.wfile.write(data)
            h.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            return False
        self.sent[h.path] += len(data)
        return True

    def __enter__(self) -> "WebServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


# ---- hostile answers -----------------------------------------------------------------------------

def endless(total: int = 1 << 30, chunk: int = 1 << 16):
    """A body of ``total`` bytes (1 GB by default) written chunk by chunk until the client leaves."""
    def route(h, server: WebServer):
        h.send_response(200)
        h.send_header("content-type", "text/html")
        # no content-length: the cap has to be enforced on the bytes as they arrive
        h.end_headers()
        block = b"<p>" + b"x" * (chunk - 7) + b"</p>\n"
        written = 0
        while written < total and not server.stop.is_set():
            if not server.write(h, block):
                return
            written += len(block)
        h.close_connection = True
    return route


def drip(interval: float = 1.0, limit: int = 120):
    """Headers at once, then one byte every ``interval`` seconds (at most ``limit`` bytes)."""
    def route(h, server: WebServer):
        h.send_response(200)
        h.send_header("content-type", "text/html")
        h.send_header("content-length", str(limit))
        h.end_headers()
        for _ in range(limit):
            if server.stop.wait(interval) or not server.write(h, b"x"):
                return
    return route


def drip_headers(interval: float = 1.0, limit: int = 120):
    """The status line and headers themselves, one byte every ``interval`` seconds."""
    def route(h, server: WebServer):
        head = b"HTTP/1.1 200 OK\r\ncontent-type: text/html\r\n" + b"x-padding: " + b"y" * 200 + b"\r\n\r\n"
        for i in range(min(limit, len(head))):
            if server.stop.wait(interval) or not server.write(h, head[i:i + 1]):
                return
        h.close_connection = True
    return route


def gzip_bomb(size: int = 1 << 30) -> Page:
    """``size`` zero bytes gzipped (about 1 MB on the wire for 1 GB), served with Content-Encoding: gzip.

    Built from one compressed megabyte repeated: after a full flush deflate starts afresh, so every megabyte of
    zeros compresses to the same bytes and the bomb is ready in milliseconds.
    """
    mb = 1 << 20
    z = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = z.compress(b"\0" * mb) + z.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(size // mb):
        crc = zlib.crc32(b"\0" * mb, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    body = header + block * (size // mb) + final + struct.pack("<II", crc, size & 0xFFFFFFFF)
    return Page(body, "text/html", headers={"content-encoding": "gzip"})


def redirect(location: str, status: int = 302) -> Page:
    return Page(b"", "text/plain", status, headers={"location": location})

