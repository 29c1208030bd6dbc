"""Reading a response body within byte caps: compressed bytes counted, decompression bounded step by step."""
from __future__ import annotations

import zlib
from typing import Iterable

from ..errors import FetchError

GZIP_MAGIC = b"\x1f\x8b"


class _Inflater:
    """gzip or deflate, never producing more than the bytes still allowed (a gzip bomb stops at the cap)."""

    def __init__(self, coding: str):
        self.coding = coding
        self._z = zlib.decompressobj(zlib.MAX_WBITS | 16 if coding == "gzip" else zlib.MAX_WBITS)
        self._raw_tried = False

    def feed(self, data: bytes, room: int) -> bytes:
        try:
            out = self._z.decompress(data, room)
        except zlib.error:
            if self.coding != "deflate" or self._raw_tried:
                raise
            # Some servers send raw deflate without the zlib header the standard asks for.
            self._raw_tried = True
            self._z = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._z.decompress(data, room)
        if self._z.unconsumed_tail:  # decompress stopped at ``room``: the body is over the cap
            return out + b"\0"
        return out


def read_capped(source: str, chunks: Iterable[bytes], coding: str, limit: int, downloaded=lambda: 0) -> bytes:
    """Join the raw body chunks, decoded per Content-Encoding; FetchError once a cap is passed.

    ``downloaded()`` reports the bytes received on the wire so far (compressed), counted apart from the
    decompressed size: both are capped at ``limit``.
    """
    inflater = _Inflater(coding) if coding in ("gzip", "deflate") else None
    if coding not in ("", "identity") and inflater is None:
        raise FetchError(source, f"unsupported Content-Encoding {coding!r}")
    parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        if downloaded() > limit:
            raise _too_big(source, limit, "compressed " if inflater else "")
        try:
            out = inflater.feed(chunk, limit - size + 1) if inflater else chunk
        except zlib.error as exc:
            raise FetchError(source, f"corrupt {coding} body: {exc}") from None
        size += len(out)
        if size > limit:
            raise _too_big(source, limit, "decompressed " if inflater else "")
        parts.append(out)
    return b"".join(parts)


def gunzip_capped(source: str, data: bytes, limit: int) -> bytes:
    """A gzip file served as-is (a sitemap.xml.gz), decompressed within the same cap."""
    return read_capped(source, [data], "gzip", limit)


def _too_big(source: str, limit: int, which: str) -> FetchError:
    return FetchError(source, f"{which}body is over the {limit:,} byte limit (raise max_bytes to accept it)")
