"""The quotes stage: who said what in each article, and the same statement across articles.

Two stages: ``STAGE`` (``quotes``) extracts each article's quotes with their
speakers resolved within the article; ``LINKS`` (``quote_links``) links the
same statement across the articles of a story (``same_as``).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import ArticleAnalysis, Article, Mention, Quote, Report
from ..pipeline import ArticleStage, StoryStage
from ..resources import Context
from .cues import cues_for
from .extract import Extractor, Found


def article_mentions(report: Report) -> dict[str, list[Mention]]:
    """Each article's mentions, with the entity id filled in (from the entities when the report has no mentions)."""
    mentions = report.mentions or tuple(m if m.entity else replace(m, entity=e.id)
                                        for e in report.entities for m in e.mentions)
    out: dict[str, list[Mention]] = {}
    for m in mentions:
        out.setdefault(m.article, []).append(m)
    return out


def quote_id(article_id: str, start: int, used: set[str]) -> str:
    """A quote's id: its article's id and its offset (``-2``... should two quotes start at one offset)."""
    base = out = f"{article_id}:q{start}"
    n = 2
    while out in used:
        out, n = f"{base}-{n}", n + 1
    used.add(out)
    return out


def article_quotes(article: Article, mentions: list[Mention]) -> list[Quote]:
    """One article's quotes, speakers resolved within the article, not yet linked across articles."""
    cues = cues_for(article.language)
    if cues is None:
        return []
    found: list[Found] = Extractor(article, cues, sorted(mentions, key=lambda m: m.start)).run()
    used: set[str] = set()
    return [Quote(quote_id(article.id, f.start, used), article.id, article.text[f.start:f.end], f.start, f.end,
                  f.kind, f.speaker, f.cue or None)  # type: ignore[arg-type]
            for f in found]


def extract_quotes(report: Report) -> list[Quote]:
    """Quotes of every article, speakers resolved, not yet linked across articles."""
    mentions = article_mentions(report)
    return [q for art in report.articles for q in article_quotes(art, mentions.get(art.id, []))]


def extract(analysis: ArticleAnalysis, ctx: Context) -> ArticleAnalysis:
    return replace(analysis, quotes=tuple(article_quotes(analysis.article, list(analysis.mentions))))


def link_part(part: Report, ctx: Context) -> Report:
    """The part's quotes with open speakers resolved across the story and ``same_as`` found afresh (not named
    ``link``: importing the submodule would hide it)."""
    from .link import link_quotes
    from .story import resolve_story
    from .threads import adopt

    quotes = resolve_story([replace(q, same_as=()) for q in part.quotes], part, article_mentions(part))
    return replace(part, quotes=tuple(adopt(link_quotes(quotes, part, ctx), part)))


def run(report: Report, ctx: Context) -> Report:
    """Extract and link the quotes of a whole report (both stages)."""
    with ctx.activated():
        return LINKS(STAGE(report, ctx), ctx)


STAGE = ArticleStage("quotes", extract, needs=("sentences", "language", "mentions"), adds=("quotes",))
LINKS = StoryStage("quote_links", link_part,
                   needs=("stories", "sentences", "language", "quotes", "entities", "mentions"), adds=("quotes",))
