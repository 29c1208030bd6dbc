"""The embed stage: the vectors of what the story phase compares, computed once into the Context's cache.

Embedding is the costliest step, so only text that another article's text is
ever compared with gets a vector: the title, the lead, and body sentences that
carry a value, a named entity, a quote or a frame cue. Sentences with none of
these (scene-setting, transitions) are left out of the comparison, of quote
linking and of framing's similarity signal. ``compared`` is the one place that
decides; the story stages ask it, so they find every vector they need cached
(keyed by a hash of the text, so a store can persist them between processes).
"""
from __future__ import annotations

from typing import Iterable

from .model import Article, ArticleAnalysis, Claim, Mention, Quote, Report
from .pipeline import ArticleStage
from .resources import Context


def compared(article: Article, mentions: Iterable[Mention] = (), quotes: Iterable[Quote] = (),
             claims: Iterable[Claim] = ()) -> set[int]:
    """Indices of the article's body sentences that are compared: the lead, and those with a value (or a digit),
    an entity, a quote, a frame cue, a cue against a proposition ("an attack is ruled out" names nothing) or a
    predicate's polarity ("the plane was in good condition": the other side of "it was in a very bad state") or an
    event's kind or cause ("they feared an attack": the other side of "an attack is ruled out")."""
    from .compare.counters import concepts, counter, kin
    from .compare.opposites import polarity
    from .framing.frames import has_cue

    body = article.body
    if not body:
        return set()
    spans = [(m.start, m.end) for m in mentions if m.article == article.id]
    spans += [(q.start, q.end) for q in quotes if q.article == article.id]
    carrying = {c.sentence for c in claims if c.article == article.id and (c.values or c.entities or c.attributed_to)}
    out = {body[0].index}
    for s in body:
        # a digit the value parser did not read still makes a number the comparison groups by its text
        if s.index in carrying or any(ch.isdigit() for ch in s.text) \
                or any(a < s.end and s.start < b for a, b in spans) or has_cue(s.text, s.language or article.language) \
                or counter(s.text, s.language or article.language) is not None \
                or polarity(s.text, s.language or article.language) is not None \
                or kin(concepts(s.text, s.language or article.language)):  # "feared it was an attack": a cause
            out.add(s.index)
    return out


def compared_in(report: Report, claims: bool = True) -> dict[str, set[int]]:
    """``compared`` for every article of a report that has sentences (a story's part, in the story phase);
    ``claims=False`` leaves out the claims' values (for a stage that does not read claims: a subset, still cached)."""
    mentions = [m for e in report.entities for m in e.mentions]  # the story phase reads mentions through entities
    by: dict[str, tuple[list, list, list]] = {a.id: ([], [], []) for a in report.articles}
    for i, records in enumerate((mentions, report.quotes, report.claims if claims else ())):
        for r in records:
            if r.article in by:
                by[r.article][i].append(r)
    return {a.id: compared(a, *by[a.id]) for a in report.articles if a.sentences}


def claim_compared(claim: Claim, keep: dict[str, set[int]]) -> bool:
    """Is the claim's sentence compared? (A claim made by hand, without sentences to look at, always is.)"""
    return claim.article not in keep or claim.sentence is None or claim.sentence in keep[claim.article]


def texts(analysis: ArticleAnalysis) -> list[str]:
    """What the embed stage embeds for one article: its title and its compared sentences."""
    a = analysis.article
    keep = compared(a, analysis.mentions, analysis.quotes, analysis.claims)
    return ([a.title] if a.title else []) + [s.text for s in a.body if s.index in keep]


def embed_article(analysis: ArticleAnalysis, ctx: Context) -> ArticleAnalysis:
    todo = texts(analysis)
    if todo:
        ctx.embedder.embed(todo)
    return analysis


STAGE = ArticleStage("embed", embed_article, needs=("sentences", "mentions", "quotes", "claims"), adds=())
