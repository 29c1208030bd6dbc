"""An article's text as escaped HTML, with sentences as anchors and spans highlighted.

Spans (entity mentions, quotes, claims, values, techniques, flags) may overlap
each other and cross sentence ends, so the text is cut at every span boundary
and each piece is wrapped once with the classes of every span covering it.
Nothing from the article reaches the page unescaped.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from ..model import Article, Sentence


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    cls: str
    title: str = ""
    entity: str | None = None  # entity key, for "highlight this entity"


def render_article(article: Article, spans: list[Span], anchor: str) -> str:
    """The article's paragraphs; each sentence is an element with id '{anchor}-s{index}'."""
    text = article.text
    n = len(text)
    spans = [Span(max(0, s.start), min(n, s.end), s.cls, s.title, s.entity) for s in spans
             if s.start is not None and s.end is not None and s.start < s.end and s.start < n and s.end > 0]
    headings = {h.strip() for h in article.headings}
    out: list[str] = []
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        if not line.strip():
            continue
        sents = [s for s in article.sentences if s.start < hi and s.end > lo]
        heading = line.strip() in headings or (bool(sents) and all(s.heading for s in sents))
        local = [s for s in spans if s.start < hi and s.end > lo]
        body = "".join(_line_pieces(text, lo, hi, sents, local, anchor))
        out.append(f'<h4 class="art-heading">{body}</h4>' if heading else f"<p>{body}</p>")
    return "\n".join(out)


def _line_pieces(text: str, lo: int, hi: int, sents: list[Sentence], spans: list[Span], anchor: str):
    cursor = lo
    for s in sorted(sents, key=lambda s: s.start):
        a, b = max(lo, s.start, cursor), min(hi, s.end)
        if a >= b:
            continue
        if a > cursor:
            yield _segments(text, cursor, a, spans)
        # a sentence split across lines keeps its id on the first piece only
        ident = f' id="{anchor}-s{s.index}" tabindex="-1"' if s.start >= lo else ""
        lang = f' lang="{escape(s.language)}"' if s.language else ""
        yield f'<span class="sent"{ident}{lang}>{_segments(text, a, b, spans)}</span>'
        cursor = b
    if cursor < hi:
        yield _segments(text, cursor, hi, spans)


def _segments(text: str, lo: int, hi: int, spans: list[Span]) -> str:
    inside = [s for s in spans if s.start < hi and s.end > lo]
    if not inside:
        return escape(text[lo:hi])
    cuts = sorted({lo, hi} | {p for s in inside for p in (s.start, s.end) if lo < p < hi})
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        active = [s for s in inside if s.start <= a and s.end >= b]
        piece = escape(text[a:b])
        if not active:
            parts.append(piece)
            continue
        classes = " ".join(dict.fromkeys(c for s in active for c in s.cls.split()))
        title = " · ".join(dict.fromkeys(s.title for s in active if s.title))
        ent = next((s.entity for s in active if s.entity), None)
        attrs = f' class="{escape(classes)}"'
        if title:
            attrs += f' title="{escape(title)}"'
        if ent:
            attrs += f' data-entity="{escape(ent)}"'
        parts.append(f"<span{attrs}>{piece}</span>")
    return "".join(parts)
