"""Turning bytes into text: the encoding is detected, never assumed.

Text that is mostly UTF-8 with a broken stretch (a cp1251 signature pasted
under a UTF-8 article, a truncated character) is decoded leniently: the valid
UTF-8 as UTF-8, each broken run in the single-byte encoding that reads it best
beside the rest of the text, or as U+FFFD when none does. ``decode`` reports
that repair in ``notes`` (what was read, and how) so the article can be flagged ``encoding_repaired``.
"""
from __future__ import annotations

import codecs
import math
import re
from collections import Counter

from .errors import InputRejected

# Single-byte encodings tried when bytes are not UTF-8, most likely first for news text.
CANDIDATES = ("cp1251", "koi8_r", "cp1252", "iso8859_7", "cp1250", "cp1253", "cp1254", "cp1256", "iso8859_5", "mac_cyrillic")


# Broken bytes show up as lone surrogates when decoded with "surrogateescape"; runs of them are what gets repaired.
BROKEN = re.compile("[\udc80-\udcff]+")


def decode(source: str, data: bytes, notes: list[tuple[str, str]] | None = None) -> str:
    """Decode ``data`` or raise InputRejected saying why it is not text; a repair is described in ``notes``."""
    if not data.strip():
        raise InputRejected(source, "file is empty")
    notes = [] if notes is None else notes
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _checked(source, data.decode(enc))
            except UnicodeDecodeError:
                if enc == "utf-8-sig":
                    return _checked(source, _repaired(data[len(bom):], notes))
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
    if _mostly_utf8(data):
        return _checked(source, _repaired(data, notes))
    try:
        return _checked(source, _guess_single_byte(source, data))
    except InputRejected:
        # no single-byte encoding reads it either: keep what UTF-8 can, if that is still text
        return _checked(source, _repaired(data, notes))


def _mostly_utf8(data: bytes) -> bool:
    """Whether the bytes hold real UTF-8 (multi-byte characters) beside the broken ones, not a single-byte text.

    A single-byte text forms a valid multi-byte UTF-8 character only by accident, rarely.
    """
    text = data.decode("utf-8", "surrogateescape")
    broken = sum(len(m.group()) for m in BROKEN.finditer(text))
    valid = sum(1 for ch in text if ord(ch) > 0x7F) - broken
    return valid >= 8 and valid >= broken / 20


def _repaired(data: bytes, notes: list[tuple[str, str]]) -> str:
    """UTF-8 with every broken run decoded in the single-byte encoding that reads it best beside the rest."""
    text = data.decode("utf-8", "surrogateescape")
    runs = list(BROKEN.finditer(text))
    if not runs:
        return text
    raw = [bytes(ord(ch) - 0xDC00 for ch in m.group()) for m in runs]
    enc = _best_reading(b" ".join(raw), BROKEN.sub("", text))
    parts, at = [], 0
    for m, chunk in zip(runs, raw):
        parts += [text[at:m.start()], chunk.decode(enc, "replace") if enc else "\ufffd" * len(chunk)]
        at = m.end()
    parts.append(text[at:])
    first = len("".join(parts[:1]))
    sample = "".join(parts)[first:first + 60].split("\n")[0]
    nbytes = sum(len(c) for c in raw)
    where = f"from byte {len(text[:runs[0].start()].encode('utf-8', 'surrogateescape')):,}"
    how = f"read as {enc}" if enc else "replaced by U+FFFD"
    notes.append((sample, f"{nbytes:,} byte(s) in {len(runs)} place(s) were not UTF-8 ({where}): {how}"))
    return "".join(parts)


def _best_reading(chunk: bytes, rest: str) -> str | None:
    """The candidate encoding under which ``chunk`` reads most like ``rest``, the valid part of the same text.

    The text is its own language model: a reading is scored by how often its characters occur in the rest
    (a cp1251 tail under a Russian article reads as common Cyrillic letters in cp1251, as rare ones in
    iso8859-5, as upper and lower case jumbled in koi8-r). A letter of the text's script that happens not to
    occur costs little; anything else costs much.
    """
    from .adapters.lingua_id import dominant_script, script_of

    freq = Counter(ch.lower() for ch in rest if not ch.isspace())
    total = sum(freq.values()) + 1
    script = dominant_script(rest)
    best, best_score = None, -math.inf
    for enc in CANDIDATES:
        try:
            chars = [ch for ch in chunk.decode(enc) if not ch.isspace()]
        except UnicodeDecodeError:
            continue
        score = sum(math.log((freq[ch.lower()] + 1) / total) if freq[ch.lower()] else
                    math.log((0.5 if ch.isalpha() and script_of(ch) == script else 0.01) / total) for ch in chars)
        score /= max(1, len(chars))
        if score > best_score:
            best, best_score = enc, score
    # a byte or two (a character cut in half) says nothing about an encoding: those become U+FFFD
    return best if len(chunk.replace(b" ", b"")) >= 4 else None


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
    # letters and digits: a short article holding one long number (a hash, a reference) is still text
    words = sum(ch.isalnum() for ch in sample)
    if words < 0.3 * len(sample.replace(" ", "").replace("\n", "")):
        raise InputRejected(source, "does not look like text (too few letters or digits)")
    return text
