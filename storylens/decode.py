"""Turning bytes into text: the encoding is detected, never assumed."""
from __future__ import annotations

import codecs
from collections import Counter

from .errors import InputRejected

# Single-byte encodings tried when bytes are not UTF-8, most likely first for news text.
CANDIDATES = ("cp1251", "koi8_r", "cp1252", "iso8859_7", "cp1250", "cp1253", "cp1254", "cp1256", "iso8859_5", "mac_cyrillic")


def decode(source: str, data: bytes) -> str:
    """Decode ``data`` or raise InputRejected saying why it is not text."""
    if not data.strip():
        raise InputRejected(source, "file is empty")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _checked(source, data.decode(enc))
            except UnicodeDecodeError:
                raise InputRejected(source, f"starts with a {enc} byte-order mark but is not valid {enc}") from None
    utf16 = _bomless_utf16(data)
    if utf16:
        return _checked(source, data.decode(utf16))
    if b"\x00" in data:
        raise InputRejected(source, "binary file (contains NUL bytes), not text")
    try:
        return _checked(source, data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return _checked(source, _guess_single_byte(source, data))


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: one byte of each pair takes very few values (0 and the script's block)."""
    sample = data[:4000]
    if len(sample) < 8 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for high, low, enc in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        top = Counter(high).most_common(3)
        if high.count(0) >= 0.05 * len(high) and sum(n for _, n in top) >= 0.97 * len(high) and len(set(low)) > 8:
            try:
                data.decode(enc)
            except UnicodeDecodeError:
                continue
            return enc
    return None


def _guess_single_byte(source: str, data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(CANDIDATES)).best()
    if best is None:
        raise InputRejected(source, "undecodable bytes: not UTF-8, UTF-16 or a known single-byte encoding")
    return str(best)


def _checked(source: str, text: str) -> str:
    """Reject text that decoded but is mostly control characters (binary data)."""
    if not text.strip():
        raise InputRejected(source, "file is empty")
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f\v") or 0x7F <= ord(ch) < 0xA0 or ch == "\ufffd")
    if bad > 0.02 * len(sample):
        raise InputRejected(source, "binary or corrupt data: too many control characters to be text")
    letters = sum(ch.isalpha() for ch in sample)
    if letters < 0.3 * len(sample.replace(" ", "").replace("\n", "")):
        raise InputRejected(source, "does not look like text (too few letters)")
    return text
