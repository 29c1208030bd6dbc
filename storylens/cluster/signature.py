"""What clustering knows about one article: a vector of its title and lead, its names, its values and its day.

A ``Signature`` is computed once per article from its per-article record
(``ArticleAnalysis``) and the Context's embedder, and is all that story
clustering reads: a store keeps it beside the article, so later articles are
compared without analysing or embedding anything again. Names become keys
that hold across scripts and languages: a place found in the gazetteer is its
gazetteer key (``Суми`` = ``Soumy`` = ``city:692194``), any other name its
romanised skeleton (``Песков`` = ``Peskov``); values their normalised blocking
key (``€500 млн`` = ``EUR 500 million``).
"""
from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date
from typing import Iterable

import numpy as np

from ..model import ArticleAnalysis, Mention, Value
from ..resources import Context

LEAD_SENTENCES = 3  # body sentences after the title: the lead says what the story is about
LEAD_CHARS = 1200  # the embedded text is cut here (the encoder reads about 512 tokens)
MIN_WORDS = 6  # shorter lines at the top are bylines, captions and menu debris, not the lead
MIN_CHARS = 60  # ... unless long in characters (scripts written without spaces)
TITLE_WORDS = 4  # a shorter "title" is usually a section name or a date
TRIVIAL_COUNT = 10  # counts below this are in every story ("two people", "three cities")


@dataclass(frozen=True, slots=True)
class Signature:
    """One article as clustering sees it: ``vector`` is the unit vector of its title and lead."""

    article: str
    language: str | None
    vector: np.ndarray
    names: tuple[str, ...] = ()
    values: tuple[str, ...] = ()
    day: int | None = None  # proleptic ordinal of the publication date, when known

    def keys(self) -> tuple[str, ...]:
        return self.names + self.values

    def to_dict(self) -> dict:
        vec = base64.b64encode(np.asarray(self.vector, dtype="<f4").tobytes()).decode("ascii")
        return {"article": self.article, "language": self.language, "vector": vec, "names": list(self.names),
                "values": list(self.values), "day": self.day}

    @classmethod
    def from_dict(cls, d: dict) -> "Signature":
        vec = np.frombuffer(base64.b64decode(d["vector"]), dtype="<f4").copy()
        return cls(d["article"], d.get("language"), vec, tuple(d.get("names", ())), tuple(d.get("values", ())),
                   d.get("day"))


def lead_text(analysis: ArticleAnalysis) -> str:
    """The title (when it reads like one) and the first body sentences that read like sentences."""
    a = analysis.article
    title = [a.title] if a.title and len(a.title.split()) >= TITLE_WORDS else []
    lead = [s.text for s in a.body if len(s.text.split()) >= MIN_WORDS or len(s.text) >= MIN_CHARS]
    lead = [t for t in dict.fromkeys(lead) if t not in title][:LEAD_SENTENCES]
    text = " ".join(title + lead) or " ".join(s.text for s in a.body[:LEAD_SENTENCES]) or a.text
    return text[:LEAD_CHARS]


def signature(analysis: ArticleAnalysis, ctx: Context, gazetteer=None) -> Signature:
    """The article's signature; ``gazetteer`` (default: the context's for the article's language) finds places."""
    a = analysis.article
    vector = ctx.embedder.embed([lead_text(analysis)])[0]
    gaz = gazetteer if gazetteer is not None else ctx.gazetteer((a.language,) if a.language else ())
    names = name_keys(analysis.mentions, a.language, ctx, gaz)
    values = value_keys(v for c in analysis.claims for v in c.values)
    return Signature(a.id, a.language, np.asarray(vector, dtype=np.float32), names, values, day_of(a.published))


def name_keys(mentions: Iterable[Mention], language: str | None, ctx: Context, gaz) -> tuple[str, ...]:
    """Keys of the names an article mentions, the same across scripts: places by gazetteer, others romanised."""
    from ..adapters.translit import skeleton

    kit = ctx.kit(language)
    keys: set[str] = set()
    # a name is mentioned many times: each written form is looked up once
    for kind, text, normal in dict.fromkeys((m.type, m.text, m.normal) for m in mentions):
        if kind not in ("PER", "ORG", "LOC"):
            continue
        if kind != "PER":
            place = next((p for f in kit.place_forms(text) if (p := gaz.lookup(f))), None)
            if place is not None:
                keys.add(place.key)
                continue
        sk = skeleton(kit.match_form(normal or text), language)
        if len(sk.replace(" ", "")) < 3:
            continue
        if kind == "PER":
            keys.add("p:" + sk.split()[-1])  # the surname: "Peskov" and "Dmitry Peskov" are one person here
        else:
            keys.add("n:" + sk)
    return tuple(sorted(keys))


def value_keys(values: Iterable[Value]) -> tuple[str, ...]:
    """Blocking keys of the values an article states, leaving out years and small counts (every story has them)."""
    from ..valuecompare import key

    out: set[str] = set()
    for v in values:
        if v.kind == "year":
            continue
        if v.kind == "count" and isinstance(v.value, (int, float)) and abs(v.value) < TRIVIAL_COUNT:
            continue
        dim, base = key(v)
        out.add(f"v:{dim}:{base if isinstance(base, str) else ','.join(f'{x:g}' for x in base)}")
    return tuple(sorted(out))


def day_of(published: str | None) -> int | None:
    """The day of an ISO date (or date-time) as an ordinal; None when there is none or it cannot be read."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None
