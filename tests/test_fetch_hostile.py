"""Hostile servers on 127.0.0.1: each is refused or read with a clear error, never a hang or a crash."""
import ipaddress
import tracemalloc

import pytest

from storylens.errors import AddressRefused, FetchError, InputRejected
from storylens.fetch.address import AddressPolicy
from storylens.fetch.cache import MemoryCache
from storylens.fetch.client import Fetcher
from storylens.fetch.pages import page_document
from storylens.fetch.watch import watch_round
from storylens.settings import Settings

from web_server import Page, WebServer, drip, drip_headers, endless, gzip_bomb, redirect

ARTICLE = ("<html><head><title>Port strike</title></head><body><article><h1>Port strike enters third day</h1>"
           + "<p>Dock workers in three cities kept cranes idle on Tuesday while union leaders waited for an offer "
             "from the port authority, which said talks would resume on Thursday.</p>" * 4
           + "</article></body></html>")


def settings(**kw) -> Settings:
    base = dict(allow_private_addresses=True, fetch_host_delay=0.0, fetch_timeout=5.0, max_bytes=2_000_000)
    return Settings(**{**base, **kw})


def failure(fetcher: Fetcher, url: str) -> FetchError:
    with pytest.raises(FetchError) as exc:
        fetcher.get(url)
    assert exc.value.source == url
    return exc.value


@pytest.fixture(scope="module")
def bomb() -> Page:
    return gzip_bomb(1 << 30)


def test_a_one_gigabyte_body_is_cut_at_the_cap_without_being_held_in_memory():
    with WebServer({"/huge": endless(1 << 30)}) as srv, Fetcher(settings()) as f:
        tracemalloc.start()
        try:
            err = failure(f, srv.url("/huge"))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert "over the 2,000,000 byte limit" in err.reason
    assert peak < 16_000_000  # a few copies of the 2 MB cap, never the gigabyte
    assert srv.sent["/huge"] < 100_000_000  # the connection was dropped long before the end


def test_a_declared_length_over_the_cap_is_refused_before_reading(bomb):
    with WebServer({"/big": Page(b"x" * 3_000_000)}) as srv, Fetcher(settings()) as f:
        err = failure(f, srv.url("/big"))
    assert "body is 3,000,000 bytes, over the 2,000,000 byte limit" in err.reason


def test_a_gzip_bomb_stops_at_the_decompressed_cap(bomb):
    assert len(bomb.body) < 2_000_000  # small on the wire: only the decompressed cap can catch it
    with WebServer({"/bomb": bomb}) as srv, Fetcher(settings()) as f:
        tracemalloc.start()
        try:
            err = failure(f, srv.url("/bomb"))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert "decompressed body is over the 2,000,000 byte limit" in err.reason
    assert peak < 16_000_000


def test_a_server_dripping_one_byte_a_second_meets_the_deadline():
    with WebServer({"/drip": drip(interval=1.0)}) as srv, Fetcher(settings(fetch_timeout=2.5)) as f:
        err = failure(f, srv.url("/drip"))
    assert "took longer than the 2.5 s deadline" in err.reason
    assert 1 <= srv.sent["/drip"] <= 4  # bytes kept arriving, so only a deadline (not a read timeout) stops it


def test_headers_dripped_byte_by_byte_meet_the_same_deadline():
    with WebServer({"/slow": drip_headers(interval=0.5)}) as srv, Fetcher(settings(fetch_timeout=2.0)) as f:
        err = failure(f, srv.url("/slow"))
    assert "deadline" in err.reason


def test_a_redirect_loop_is_named_with_its_hops():
    routes = {"/a": redirect("/b"), "/b": redirect("/c"), "/c": redirect("/a")}
    with WebServer(routes) as srv, Fetcher(settings()) as f:
        err = failure(f, srv.url("/a"))
    assert err.reason.startswith("redirect loop (") and err.reason.count("→") == 3
    assert srv.hits("/a") == 1 and srv.hits("/c") == 1


def test_too_many_redirects_stop_at_the_setting():
    routes = {f"/r{i}": redirect(f"/r{i + 1}") for i in range(10)}
    with WebServer(routes) as srv, Fetcher(settings(fetch_max_redirects=3)) as f:
        err = failure(f, srv.url("/r0"))
    assert err.reason == "more than 3 redirects"
    assert srv.hits("/r4") == 0


@pytest.mark.parametrize("target, rule", [
    ("http://127.0.0.2:{port}/admin", "loopback"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://[::1]:{port}/", "loopback"),
    ("http://[::ffff:127.0.0.1]:{port}/", "IPv4-mapped IPv6"),
    ("http://10.0.0.1/", "private"),
])
def test_a_redirect_to_a_private_address_is_refused_when_they_are_not_allowed(target, rule):
    # Only the test server's own address is exempt: the first hop works, the redirect hop is checked anew.
    policy = AddressPolicy(exempt=(ipaddress.ip_network("127.0.0.1/32"),))
    with WebServer({"/go": redirect(target.replace("{port}", "0")), "/ok": Page(ARTICLE.encode())}) as srv:
        srv.routes["/go"] = redirect(target.replace("{port}", str(srv.port)))
        with Fetcher(settings(allow_private_addresses=False), policy=policy) as f:
            assert f.get(srv.url("/ok")).status == 200
            with pytest.raises(AddressRefused) as exc:
                f.get(srv.url("/go"))
    assert exc.value.source == srv.url("/go")
    assert f"a{'n' if rule[0] in 'IU' else ''} {rule} address" in exc.value.reason


def test_without_the_setting_loopback_is_refused_before_any_connection():
    with WebServer({"/": Page(ARTICLE.encode())}) as srv, Fetcher(settings(allow_private_addresses=False)) as f:
        err = failure(f, srv.url("/"))
    assert isinstance(err, AddressRefused) and "127.0.0.1, a loopback address" in err.reason
    assert srv.requests == []  # not even robots.txt was asked for


def test_non_http_schemes_are_refused_at_the_start_and_on_redirects():
    with WebServer({"/file": redirect("file:///etc/passwd"), "/gopher": redirect("gopher://127.0.0.1/")}) as srv, \
            Fetcher(settings()) as f:
        assert "file scheme" in failure(f, srv.url("/file")).reason
        assert "gopher scheme" in failure(f, srv.url("/gopher")).reason
        assert "ftp scheme" in failure(f, "ftp://127.0.0.1/x").reason


def test_connection_refused_and_http_errors_are_named():
    with WebServer({"/gone": Page(b"gone", "text/plain", 410), "/robots.txt": Page(b"", "text/plain", 404)}) as srv, \
            Fetcher(settings()) as f:
        assert failure(f, srv.url("/gone")).reason == "HTTP 410 Gone"
    with Fetcher(settings()) as f:
        assert "ConnectError" in failure(f, f"http://127.0.0.1:{srv.port}/after-shutdown").reason


def test_a_page_in_an_undeclared_encoding_is_read_by_detection():
    text = ("<html><body><article><h1>Забастовка в порту</h1>" + "<p>Докеры трёх городов не вышли на работу во "
            "вторник, профсоюз ждёт нового предложения от администрации порта.</p>" * 5 + "</article></body></html>")
    routes = {"/ru": Page(text.encode("cp1251"), "text/html"),  # no charset anywhere
              "/lie": Page(text.encode("cp1251"), "text/html; charset=utf-8")}  # a wrong declaration
    with WebServer(routes) as srv, Fetcher(settings()) as f:
        for path in ("/ru", "/lie"):
            doc = page_document(f.get(srv.url(path)))
            assert "Забастовка в порту" in doc.html and "профсоюз" in doc.html, path


def test_a_page_with_a_broken_tail_is_repaired_and_the_repair_travels_with_it():
    text = ("<html><body><article><h1>Забастовка в порту</h1>" + "<p>Докеры трёх городов не вышли на работу во "
            "вторник, профсоюз ждёт нового предложения от администрации порта.</p>" * 5)
    body = text.encode("utf-8") + "<p>Подпись редакции</p></article></body></html>".encode("cp1251")
    with WebServer({"/tail": Page(body, "text/html; charset=utf-8")}) as srv, Fetcher(settings()) as f:
        doc = page_document(f.get(srv.url("/tail")))
    assert "Подпись редакции" in doc.html and "профсоюз" in doc.html
    sample, how = doc.meta["encoding_repaired"]
    assert "not UTF-8" in how


def test_binary_garbage_served_as_html_is_refused_with_a_reason():
    import random

    rng = random.Random(7)
    noise = bytes(rng.randrange(256) for _ in range(20000))
    with WebServer({"/noise": Page(noise, "text/html")}) as srv, Fetcher(settings()) as f:
        with pytest.raises(InputRejected) as exc:
            page_document(f.get(srv.url("/noise")))
    assert exc.value.source == srv.url("/noise") and "binary" in exc.value.reason


def test_a_billion_laughs_feed_is_refused_and_the_rest_of_the_round_goes_on():
    entities = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">'
                                          for i in range(1, 10)]
    laughs = ('<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(entities) + "\n]>\n<rss version=\"2.0\"><channel>"
              "<title>&lol9;</title><item><title>&lol9;</title><link>http://127.0.0.1/x</link></item></channel></rss>")
    with WebServer({"/bomb.xml": Page(laughs.encode(), "application/rss+xml"), "/a": Page(ARTICLE.encode())}) as srv:
        good = (f'<rss version="2.0"><channel><title>Good</title><item><title>Port strike</title>'
                f'<link>{srv.url("/a")}</link></item></channel></rss>')
        srv.routes["/good.xml"] = Page(good.encode(), "application/rss+xml")
        added = []
        with Fetcher(settings()) as f:
            summary = watch_round([srv.url("/bomb.xml"), srv.url("/good.xml")], f, MemoryCache(),
                                  type("Sink", (), {"add": lambda self, doc, status: added.append(doc)})())
    assert [(e.source, "declares entities" in e.error) for e in summary.errors] == [(srv.url("/bomb.xml"), True)]
    assert [d.source for d in added] == [srv.url("/a")]


def test_host_header_and_connection_follow_the_checked_address():
    # news.test resolves (through the injected resolver) to the exempt test address: the socket goes there,
    # while the request still names news.test, as it would for a real virtual host.
    policy = AddressPolicy(exempt=(ipaddress.ip_network("127.0.0.1/32"),))
    with WebServer({"/a": Page(ARTICLE.encode())}) as srv:
        with Fetcher(settings(allow_private_addresses=False), policy=policy,
                     resolver=lambda host, port: ["127.0.0.1"] if host == "news.test" else []) as f:
            r = f.get(f"http://news.test:{srv.port}/a")
    assert r.status == 200 and r.url == f"http://news.test:{srv.port}/a"
    assert srv.requests[-1][1]["host"] == f"news.test:{srv.port}"


def _certificate(tmp_path, name: str) -> tuple[str, str]:
    """A self-signed certificate for ``name``, made by the openssl command line."""
    import subprocess

    cert, key = tmp_path / f"{name}.pem", tmp_path / f"{name}.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}",
                    "-addext", f"subjectAltName=DNS:{name}", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return str(cert), str(key)


def test_tls_runs_over_the_checked_address_with_the_host_name_for_sni_and_verification(tmp_path):
    import ssl

    cert, key = _certificate(tmp_path, "news.test")
    trust = ssl.create_default_context(cafile=cert)
    policy = AddressPolicy(exempt=(ipaddress.ip_network("127.0.0.1/32"),))
    resolver = lambda host, port: ["127.0.0.1"]  # noqa: E731 - every name is the test server
    with WebServer({"/a": Page(ARTICLE.encode())}, tls=(cert, key)) as srv:
        with Fetcher(settings(allow_private_addresses=False), policy=policy, resolver=resolver, verify=trust) as f:
            r = f.get(f"https://news.test:{srv.port}/a")
            assert r.status == 200 and b"Port strike" in r.body
            assert srv.sni[-1] == "news.test" and srv.requests[-1][1]["host"] == f"news.test:{srv.port}"
            err = failure(f, f"https://other.test:{srv.port}/a")  # same address, a name the certificate lacks
    assert "certificate" in err.reason.lower()


def test_malformed_urls_are_named_not_raised():
    no_dns = lambda host, port: []  # noqa: E731 - tests never ask a real resolver
    with Fetcher(settings(), resolver=no_dns) as f:
        assert "not a valid URL" in failure(f, "http://[::1/").reason
        assert "not a valid URL" in failure(f, "http://xn--/").reason  # an A-label IDNA rejects
        assert "URL has no host" in failure(f, "http:///path").reason
        assert "host has no address" in failure(f, "http://nowhere.test/").reason
