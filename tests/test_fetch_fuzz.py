"""Fuzzing the feed and page readers (hypothesis, bounded budget): a listing, a document or a named rejection, never a crash."""
from hypothesis import HealthCheck, given, settings, strategies as st

from storylens.clean import extract_html
from storylens.errors import InputRejected
from storylens.fetch.client import Response
from storylens.fetch.feeds import Listing, read_listing
from storylens.fetch.pages import page_document

from conftest import REPO

SAMPLES = [p.read_bytes() for p in sorted((REPO / "tests" / "data" / "feeds").iterdir()) if p.name != "expected.json"]
BUDGET = settings(max_examples=600, deadline=None, derandomize=True, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@st.composite
def mutated_sample(draw) -> bytes:
    """A real feed sample with a few bytes cut, replaced or inserted: near-valid input finds the odd paths."""
    data = bytearray(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["cut", "insert", "replace"]))
        chunk = draw(st.binary(min_size=1, max_size=12) | st.sampled_from(
            [b"<", b">", b"&", b"]]>", b"<![CDATA[", b"<!DOCTYPE x>", b"\x00", b"\xff\xfe", b"<item>", b"</entry>", b'"']))
        if action == "cut":
            del data[at:at + len(chunk)]
        elif action == "insert":
            data[at:at] = chunk
        else:
            data[at:at + len(chunk)] = chunk
    return bytes(data)


def _check_listing(data: bytes, content_type: str) -> None:
    try:
        listing = read_listing("https://feeds.example/feed", data, content_type)
    except InputRejected as exc:
        assert exc.source == "https://feeds.example/feed" and exc.reason
        return
    assert isinstance(listing, Listing)
    assert all(item.url.startswith(("http://", "https://")) for item in listing.items)


@BUDGET
@given(mutated_sample(), st.sampled_from(["", "application/rss+xml", "application/json", "text/html"]))
def test_feed_reader_on_mutated_samples(data, content_type):
    _check_listing(data, content_type)


@BUDGET
@given(st.binary(max_size=2000))
def test_feed_reader_on_arbitrary_bytes(data):
    _check_listing(data, "")


TAGS = ["p", "div", "article", "h1", "script", "style", "nav", "table", "td", "br", "meta", "title", "span"]
html_piece = st.one_of(
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"), st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.text(min_size=1, max_size=80), st.sampled_from(["&amp;", "&#0;", "&#x110000;", "<!--", "-->", "<meta charset=koi8-r>",
                                                       "<meta charset=nonsense>", "\x00", "\ufeff", "<![CDATA["]))


@BUDGET
@given(st.lists(html_piece, max_size=60), st.sampled_from(["text/html", "text/html; charset=utf-8",
                                                             "text/html; charset=bogus", "text/plain", ""]),
       st.sampled_from(["utf-8", "cp1251", "utf-16"]))
def test_page_reader_on_generated_html(pieces, content_type, encoding):
    body = "".join(pieces).encode(encoding, "replace")
    response = Response("https://news.example/a", 200, {"content-type": content_type} if content_type else {}, body)
    try:
        doc = page_document(response)
        if doc.html is not None:
            doc = extract_html(doc)
    except InputRejected as exc:
        assert exc.source == "https://news.example/a" and exc.reason
        return
    assert isinstance(doc.text, str) and doc.meta["url"] == "https://news.example/a"
