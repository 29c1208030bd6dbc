"""Cleaning: from a raw document to an article with its metadata.

The cleaner works line by line with named rules in a fixed order. Every line
it takes out of the body is kept in ``Article.removed`` and the rule that fired
in ``Article.meta["removed_by"]``, so nothing disappears silently. Headings
stay in the text (so offsets and display keep the article's shape) but are
listed in ``Article.headings`` and skipped by analysis.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Callable

from . import lang
from .errors import InputRejected
from .ingest import Document
from .model import Article, Flag

EARLIEST_YEAR = 1990
MIN_HTML_WORDS = 15  # less than this after extraction is a menu or an error page, not an article


@lru_cache(maxsize=1)
def url_line() -> re.Pattern:
    """A line that is only a web address: a URL, www..., or a bare domain with a known ending (data/web.toml)."""
    import tomllib
    from importlib import resources

    tlds = tomllib.loads((resources.files("storylens") / "data" / "web.toml").read_text(encoding="utf-8"))["tlds"]
    return re.compile(r"^(?:https?://\S+|www\.\S+|(?:[\w-]+\.)+(?:" + "|".join(map(re.escape, tlds)) + r")(?:/\S*)?)$", re.I)
ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
DMY_DATE = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)(?!\d)")
# a header may give only the month ("date 2025-04"): the label goes, but no day is invented for `published`
ISO_MONTH = re.compile(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])(?![-\d])")
SENTENCE_END = ".!:;,…»\"”’)"
QUOTE_CHARS = "«»“”„\"'‹›"
TITLE_MAX = 160  # characters; longer first lines are body text
DATE_LINES = 4  # a line of only a date this near the top is the page's date (under a headline and its captions)
TIME_AFTER = re.compile(r"\s*[|,·–—-]?\s*\d{1,2}[:.]\d\d(?::\d\d)?\s*$")  # "04.02.2025 |18:21"
HEADLINE_WORDS = 3  # a first line this long, under short lines only, is the headline those lines sat above
FURNITURE_LINES = 2  # short lines (picture captions, agency credits) that may stand above a headline
INNER_STOP = re.compile(r"[.!?]\s+\w")
CREDIT_CHARS = 60  # a credit names a photographer and an agency; longer text after "Foto:" is a caption
FURNITURE_CHARS = 5  # a one-word title from a date header needs this many letters ("HQ" is not a title)
# a short line ending in an e-mail address, with no sentence before it: a contact or an author's address
# ("Send tips to desk@example.org", "Tekniset ongelmat: apu@example.fi"), page furniture in any language
CONTACT_LINE = re.compile(r"^[^.!?\n]{0,70}?(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?\s*$")
BREAK_TAG = re.compile(r"<\s*(?:br|/?p)\s*/?\s*>", re.I)  # line-break markup left in plain text


@dataclass
class Draft:
    """The article while rules work on it: lines, and what has been learned so far."""

    lines: list[str]
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    removed: list[tuple[str, str]] = field(default_factory=list)  # (line, rule)
    headings: list[str] = field(default_factory=list)

    def drop(self, i: int, rule: str) -> None:
        self.removed.append((self.lines[i], rule))
        self.lines[i] = ""

    def nonempty(self) -> list[int]:
        return [i for i, line in enumerate(self.lines) if line]


def clean(doc: Document, today: date | None = None) -> Article:
    """Turn a document into an Article, or raise InputRejected naming why it has no article."""
    today = today or date.today()
    if doc.html is not None:
        doc = extract_html(doc)
    meta = dict(doc.meta)
    raw = doc.text or ""
    draft = Draft(lines=normalise(raw).split("\n"))
    for name, rule in RULES:
        rule(draft)
    text = "\n".join(line for line in draft.lines if line)
    if not text.strip():
        raise InputRejected(doc.source, "no article text left after removing boilerplate")
    published = _sane_date(meta.get("published"), today) or _sane_date(draft.published, today)
    return Article(
        id=doc.id,
        source=doc.source,
        text=text,
        published=published,
        title=meta.get("title") or draft.title,
        author=meta.get("author") or draft.author,
        outlet=meta.get("outlet") or draft.outlet,
        url=meta.get("url"),
        removed=tuple(line for line, _ in draft.removed),
        headings=tuple(draft.headings),
        meta={"removed_by": [{"line": line, "rule": rule} for line, rule in draft.removed]},
        flags=_input_flags(meta),
    )


def _input_flags(meta: dict) -> tuple[Flag, ...]:
    """Flags that reading the input left in the document's metadata (an encoding repaired by decode.py)."""
    repaired = meta.get("encoding_repaired")
    return (Flag("encoding_repaired", repaired[0], detail=repaired[1]),) if repaired else ()


def extract_html(doc: Document) -> Document:
    """The same document as main text, its metadata filled from the page where the document had none."""
    from .adapters.html import extract

    extracted = extract(doc.html or "", url=doc.meta.get("url"))
    if not extracted or len(extracted.get("text", "").split()) < MIN_HTML_WORDS:
        raise InputRejected(doc.source, "HTML with no article text (only navigation, scripts or markup)")
    meta = dict(doc.meta)
    for key in ("title", "author", "published", "outlet", "url"):
        if extracted.get(key) and not meta.get(key):
            meta[key] = extracted[key]
    return Document(doc.id, doc.source, text=extracted["text"], meta=meta)


def normalise(text: str) -> str:
    """NFC, one kind of newline, no zero-width or control characters, single spaces inside lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = BREAK_TAG.sub("\n", text)
    text = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", text)
    text = text.replace("\u00a0", " ").replace("\t", " ")
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", text)
    return "\n".join(unglue(re.sub(r" {2,}", " ", line).strip()) for line in text.split("\n"))


# a sentence end right after a lower-case word, its closing mark if any, and the next character
_GLUED = re.compile(r"(?<=[^\W\d_]{2})([.!?])([»”“’]?)(?=[«„“‹]?[^\W\d_])")


def unglue(line: str) -> str:
    """A space where one sentence runs into the next without one ("España.“En", "Prieto.A las", "bereit.“Sie").

    Only after a word ending in two lower-case letters (not "U.S.A", "т.е.", "3.5") and before an upper-case
    letter starting a word (not a file ".PDF"), outside web addresses; "Oxu.Az" and "Lenta.Ru" (a domain
    ending) stay whole.
    """
    if "." not in line and "!" not in line and "?" not in line:
        return line
    out, last = [], 0
    for m in _GLUED.finditer(line):
        a, b = m.start(), m.end()
        if not line[a - 2:a].islower():
            continue
        if m.group(2) == "“" and line.rfind("„", 0, a) <= line.rfind("“", 0, a):
            b = m.start(2)  # “ opens the next sentence unless a „ is open: „…“ closes in German and Bulgarian
        opener = line[b] in "«„“‹" and b == m.end(1)
        head = b + 1 if opener else b
        if head >= len(line) or not line[head].isupper() or (head + 1 < len(line) and line[head + 1].isupper()):
            continue
        word = re.match(r"[^\W\d_]+", line[head:]).group()
        chunk = line[line.rfind(" ", 0, a) + 1:a]
        if "/" in chunk or "@" in chunk or chunk.lower().startswith("www") \
                or word.lower() in _tlds() and not line[head + len(word):head + len(word) + 1].isalpha():
            continue
        out.append(line[last:b])
        last = b
    if not out:
        return line
    return " ".join(out + [line[last:]])


@lru_cache(maxsize=1)
def _tlds() -> frozenset[str]:
    import tomllib
    from importlib import resources

    return frozenset(tomllib.loads((resources.files("storylens") / "data" / "web.toml").read_text(encoding="utf-8"))["tlds"])


# ---- rules -------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _boilerplate() -> re.Pattern:
    pats = lang.merged("clean").get("boilerplate", ())
    return re.compile(r"^(?:%s)[\s.!:…]*$" % "|".join(f"(?:{p})" for p in pats), re.I)


@lru_cache(maxsize=1)
def _date_header() -> re.Pattern:
    labels = lang.merged("clean").get("date_labels", ())
    return re.compile(r"^(?:%s)\s*[:\-–—]?\s*(.+)$" % "|".join(re.escape(x) for x in labels), re.I)


def rule_metadata_header(d: Draft) -> None:
    """`date 2025-12-18 Title` (or a label and d.m.Y) in the first lines → published and title."""
    for i in d.nonempty()[:3]:
        m = _date_header().match(d.lines[i])
        if not m:
            continue
        rest = m.group(1)
        dm = ISO_DATE.match(rest) or DMY_DATE.match(rest) or ISO_MONTH.match(rest)
        if not dm:
            continue
        if dm.re is not ISO_MONTH:
            d.published = _iso(dm)
        rest = rest[dm.end():].strip(" -–—|:")
        if rest and not _title_like(rest):  # the page's text follows the date on the same line: keep it as body
            d.removed.append((d.lines[i][: len(d.lines[i]) - len(rest)].strip(), "metadata_header"))
            d.lines[i] = rest
            return
        rest = _stamp_free(rest)
        if rest and not d.title and _titled(rest):
            d.title = rest
        d.drop(i, "metadata_header")
        return


TIME_STAMP = re.compile(r"^\d{1,2}[:.]\d\d\b\s*|\s*\([^()]*\d[^()]*\)\s*$")


def _stamp_free(text: str) -> str:
    """A header's rest without a leading time of day or a bracketed update stamp: "14:43(Updated 04.02.2025)"."""
    return TIME_STAMP.sub("", TIME_STAMP.sub("", text)).strip(" -–—|:")


def _titled(text: str) -> bool:
    """Words enough for a headline: two, or one long word ("HQ" or "Foto" alone is page furniture)."""
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    return len(words) >= 2 or (len(words) == 1 and len(words[0]) >= FURNITURE_CHARS)


def _title_like(text: str) -> bool:
    """A headline: short, and not ending like a sentence (a lead paragraph ends with a full stop)."""
    return len(text) <= TITLE_MAX and not text.rstrip(QUOTE_CHARS + " ").endswith((".", "!", "…"))


def rule_date_line(d: Draft) -> None:
    """A line at the top or bottom that is only a date → published."""
    idx = d.nonempty()
    for i in dict.fromkeys(idx[:DATE_LINES] + idx[-2:]):
        line = TIME_AFTER.sub("", d.lines[i]).strip(" .")
        m = ISO_DATE.fullmatch(line) or DMY_DATE.fullmatch(line)
        if m:
            d.published = d.published or _iso(m)
            d.drop(i, "date_line")


def rule_boilerplate(d: Draft) -> None:
    """Lone URLs or domains, contact lines ending in an e-mail address, and share / subscribe / reader-comment
    lines, in any language we hold data for."""
    pat = _boilerplate()
    for i in d.nonempty():
        line = d.lines[i]
        if url_line().match(line):
            d.drop(i, "url_line")
        elif CONTACT_LINE.match(line):
            d.drop(i, "contact_line")
        elif len(line) <= 80 and pat.match(line):
            d.drop(i, "boilerplate")


@lru_cache(maxsize=1)
def _credit() -> re.Pattern:
    """A picture credit: a label of any language we hold ("Foto:", "Fot.") and a few words, at a line's end."""
    labels = sorted(lang.merged("clean").get("credit_labels", ()), key=len, reverse=True)
    heads = "|".join(re.escape(w) + ("" if w.endswith(".") else r"\s*:") for w in labels) or r"(?!)"
    return re.compile(r"(?:^|(?<=[.!?…\"”»)]))\s*(?:%s)\s*[^.!?:\n]{2,%d}$" % (heads, CREDIT_CHARS), re.I)


def rule_credit(d: Draft) -> None:
    """A picture credit, alone on its line or after the caption it ends, is page furniture → removed."""
    pat = _credit()
    for i in d.nonempty():
        line = d.lines[i]
        m = pat.search(line)
        if not m:
            continue
        if m.start() == 0:
            d.drop(i, "photo_credit")
        else:
            d.removed.append((m.group(0).strip(), "photo_credit"))
            d.lines[i] = line[:m.start()].rstrip()


BYLINE_OUTLET = re.compile(
    r"^(?P<author>[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,3})\s*[,/|–—-]\s*(?P<outlet>[«\"“„](?P<o>[^»\"”“]{1,60})[»\"”“]|[A-Z][\w.\- ]{1,40})$")


def rule_trailing_byline(d: Draft) -> None:
    """`Name Surname, «Outlet»` as the last line → author and outlet."""
    idx = d.nonempty()
    if len(idx) < 2:
        return
    i = idx[-1]
    line = d.lines[i]
    m = BYLINE_OUTLET.match(line)
    if not m or len(line) > 90 or not _looks_like_name(m.group("author")):
        return
    d.author = m.group("author").strip()
    d.outlet = (m.group("o") or m.group("outlet")).strip()
    d.drop(i, "trailing_byline")


def rule_leading_byline(d: Draft) -> None:
    """`By Name Surname` in the first lines → author."""
    prefixes = lang.merged("clean").get("byline_prefixes", ())
    if not prefixes:
        return
    pat = re.compile(r"^(?:%s)\s+(.{3,60})$" % "|".join(re.escape(p) for p in prefixes), re.I)
    for i in d.nonempty()[:3]:
        m = pat.match(d.lines[i])
        if m and _looks_like_name(m.group(1).split(",")[0]):
            d.author = m.group(1).split(",")[0].strip()
            d.drop(i, "leading_byline")
            return


def rule_title(d: Draft) -> None:
    """A first line that reads as a headline (short, no final full stop) followed by a blank line → title."""
    if d.title:
        return
    idx = d.nonempty()
    if len(idx) < 2:
        return
    pos = _headline_after_furniture(d, idx)
    if pos:  # "Article image" / "PHOTO AGENCY" above the headline: captions of a picture the page had
        for j in idx[:pos]:
            d.drop(j, "top_furniture")
    i = idx[pos]
    if _blank_after(d, i) and _heading_like(d.lines[i]):
        d.title = d.lines[i]
        d.drop(i, "title")


def _blank_after(d: Draft, i: int) -> bool:
    return i + 1 < len(d.lines) and d.lines[i + 1] == ""


def _headline_after_furniture(d: Draft, idx: list[int]) -> int:
    """Position of the headline among the first lines when only short lines (at most two words) stand above it."""
    for pos, i in enumerate(idx[:FURNITURE_LINES + 1]):
        line = d.lines[i]
        words = [w for w in line.split() if w[:1].isalpha()]  # "17. March 2025 - 17:32" has one
        if len(words) >= HEADLINE_WORDS:
            one_sentence = not INNER_STOP.search(line)  # "Parts of the bridge fell. Photo: X" is a caption
            return pos if pos and one_sentence and _blank_after(d, i) and _heading_like(line) else 0
        if len(words) > 2 or line.rstrip()[-1:] in SENTENCE_END:
            return 0
    return 0


def rule_headings(d: Draft) -> None:
    """Short standalone lines acting as titles, questions included, between paragraphs."""
    idx = d.nonempty()
    for pos, i in enumerate(idx):
        line = d.lines[i]
        if pos == len(idx) - 1 or not _heading_like(line):
            continue
        nxt = d.lines[idx[pos + 1]]
        if _heading_like(nxt) and len(nxt) < 60:  # two short lines in a row: more likely a list
            continue
        if _attribution_line(nxt):  # "Popełniłam błąd" then "— przyznała X.": speech whose marks were dropped
            continue
        d.headings.append(line)


ATTRIBUTION_LINE = re.compile(r"[ \t]*[-–—][ \t]*(\w)")  # a dash, then a word ("— dodała.")
ATTRIBUTION_WORDS = 15


def _attribution_line(line: str) -> bool:
    """Whether a line reads as the attribution of the speech above it: a dash, a lower-case word and a sentence of a
    few words ("— przyznała Novak w przemówieniu.", "– jegyezte meg Kovács Péter.")."""
    m = ATTRIBUTION_LINE.match(line)
    return m is not None and m.group(1).islower() and len(line.split()) <= ATTRIBUTION_WORDS \
        and line.rstrip()[-1:] in ".!?…"


RULES: list[tuple[str, Callable[[Draft], None]]] = [
    ("metadata_header", rule_metadata_header),
    ("date_line", rule_date_line),
    ("boilerplate", rule_boilerplate),
    ("photo_credit", rule_credit),
    ("trailing_byline", rule_trailing_byline),
    ("leading_byline", rule_leading_byline),
    ("title", rule_title),
    ("headings", rule_headings),
]


# ---- helpers -----------------------------------------------------------------------------------

def _heading_like(line: str) -> bool:
    words = line.split()
    if not words or len(line) > 100 or len(words) > 12:
        return False
    if line[-1] in SENTENCE_END or line[0] in QUOTE_CHARS or line[0] in "-–—•*":
        return False
    first = next((ch for ch in line if ch.isalnum()), "")
    return bool(first) and (first.isupper() or first.isdigit())


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and all(w[0].isupper() for w in words if w[0].isalpha())


def _iso(m: re.Match) -> str | None:
    a, b, c = m.groups()
    y, mo, dd = (int(a), int(b), int(c)) if len(a) == 4 else (int(c), int(b), int(a))
    try:
        return date(y, mo, dd).isoformat()
    except ValueError:
        return None


def _sane_date(value, today: date) -> str | None:
    """A YYYY-MM-DD date that is neither in the future nor implausibly old, else None."""
    if not value:
        return None
    s = str(value)
    m = ISO_DATE.search(s) or DMY_DATE.search(s)
    iso = _iso(m) if m else None
    if not iso:
        return None
    d = date.fromisoformat(iso)
    if d > today or d.year < EARLIEST_YEAR:
        return None
    return iso
