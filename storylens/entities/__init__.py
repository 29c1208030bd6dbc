"""The entities stage: people, organisations, places and named projects, linked across articles and scripts.

Flow: ``recognise`` (statistical recogniser per language + named rules + names
known in the story) -> dictionary forms (``Kit.normal``) -> ``link`` (within
each article, then by language-free keys, then person-name variants, then
cross-lingual similarity of organisations) -> ``Entity`` records with stable
readable ids. See docs/entities.md.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from ..adapters.translit import ascii_fold, romanise
from ..model import Article, ArticleAnalysis, Entity, Mention, Report
from ..pipeline import ArticleStage, StoryStage
from ..resources import Context
from ..disjoint import DisjointSets
from . import link as L
from . import people
from .aliases import Aliases
from .landmarks import link_landmarks
from .orglink import link_organisations
from .exonyms import link_exonyms
from .recognise import recognise

__all__ = ["MENTIONS", "STAGE", "find_entities", "recognise_article"]


def recognise_article(analysis: ArticleAnalysis, ctx: Context) -> ArticleAnalysis:
    """Add the article's mentions, linked within the article: ``entity`` holds an article-scoped id."""
    a = analysis.article
    gaz = ctx.gazetteer((a.language,) if a.language else ())
    aliases = ctx.aliases
    found = recognise([a], ctx, gaz, aliases)
    works = _works([a], found, {})
    entities = link_mentions(works, gaz, aliases, ctx)
    mentions = sorted((m for e in entities for m in e.mentions), key=lambda m: (m.start, m.end))
    return replace(analysis, mentions=tuple(mentions))


def find_entities(report: Report, ctx: Context) -> Report:
    """Add ``report.entities``: every named entity with its mentions, linked across each story's articles."""
    with ctx.activated():
        return STAGE(MENTIONS(report, ctx), ctx)


def _works(articles: Sequence[Article], found, story_of: dict[str, str]) -> list[L.Work]:
    works: list[L.Work] = []
    for a in articles:
        for sent in found[a.id]:
            k = sent.kit
            code = k.code
            for c in sent.cands:
                text = a.text[c.start:c.end]
                works.append(L.Work(len(works), a.id, story_of.get(a.id, ""), c.start, c.end, text, c.type,
                                    c.source, code, k.normal(text, c.type), c.link,
                                    beside=_beside(a.text, sent.start, sent.end, c.start, c.end)))
    return works


_WORD = re.compile(r"\w+")


def _beside(text: str, lo: int, hi: int, start: int, end: int) -> tuple[str, ...]:
    """The lower-case words right before a name (over one short connector: "plaza de") and right after it."""
    before = _WORD.findall(text[max(lo, start - 30):start])[-2:]
    if before and len(before[-1]) <= 3:
        before = before[:-1]  # "plaza de San Pedro", "площади Святого": the connector says nothing
    after = _WORD.findall(text[end:min(hi, end + 30)])[:1]
    return tuple(w for w in before[-1:] + after if w.islower())


def link_mentions(works: list[L.Work], gaz, aliases: Aliases, ctx: Context | None) -> tuple[Entity, ...]:
    """Group working mentions into entities (see ``link``)."""
    uf = DisjointSets(len(works))
    people.retype_people(works, gaz)
    L.link_within_articles(works, uf)
    L.expansions_are_no_people(works)
    L.add_keys(works, gaz, aliases.canonical)
    L.link_by_keys(works, uf)
    people.places_not_people(works, uf)
    people.link_people(works, uf)
    L.link_acronyms_in_story(works, uf)
    link_landmarks(works, uf)
    embed = ctx.name_embedder.embed if ctx is not None and _has_cross_lingual_orgs(works) else None
    link_organisations(works, uf, embed, gaz)
    link_exonyms(works, uf, (lambda texts: ctx.name_embedder.embed(texts)) if ctx is not None else None)
    return _entities(works, uf, gaz, aliases)


def _has_cross_lingual_orgs(works: list[L.Work]) -> bool:
    langs = {w.lang for w in works if w.type == "ORG"}
    return len(langs) > 1


def _entities(works: list[L.Work], uf: DisjointSets, gaz, aliases: Aliases) -> tuple[Entity, ...]:
    order = {aid: i for i, aid in enumerate(dict.fromkeys(w.article for w in works))}
    groups = sorted(uf.groups().values(), key=lambda g: min((order[works[i].article], works[i].start) for i in g))
    used: set[str] = set()
    out = []
    for g in groups:
        items = sorted((works[i] for i in g), key=lambda w: (order[w.article], w.start))
        alias = next((aliases.get(w.normal) or aliases.get(w.text) for w in items
                      if aliases.get(w.normal) or aliases.get(w.text)), None)
        etype = alias.type if alias else L.vote_type(items)
        name = L.display_name(items, gaz, alias.name if alias else None)
        eid = _unique(_slug(name, etype), used)
        names = tuple(dict.fromkeys([name, *(w.normal for w in items), *(w.text for w in items)]))
        mentions = tuple(Mention(w.article, w.start, w.end, w.text, etype, w.normal, eid, w.source, w.link) for w in items)
        out.append(Entity(eid, etype, name, names, tuple(dict.fromkeys(w.article for w in items)), mentions,
                          items[0].story or None))
    return tuple(out)


def _slug(name: str, etype: str) -> str:
    """``e-zhuravlev`` for a person (surname), ``e-moscow-times`` for anything else (first four words)."""
    latin = ascii_fold(romanise(name))
    ws = re.findall(r"[a-z0-9]+", latin)
    if not ws:
        return "e-entity"
    ws = ws[-1:] if etype == "PER" else ws[:4]
    return "e-" + "-".join(ws)


def _unique(slug: str, used: set[str]) -> str:
    out, n = slug, 2
    while out in used:
        out, n = f"{slug}-{n}", n + 1
    used.add(out)
    return out


def _link(part: Report, ctx: Context) -> Report:
    from .story import link_story

    return link_story(part, ctx)


MENTIONS = ArticleStage("mentions", recognise_article, needs=("sentences", "language"), adds=("mentions",))
STAGE = StoryStage("entities", _link, needs=("stories", "sentences", "language", "mentions"),
                   adds=("entities", "mentions"), rewrites=("quotes", "claims"))
