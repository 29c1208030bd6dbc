"""The per-story half of the entities stage: names known elsewhere in the story, linking, and story-wide ids.

The per-article half (``recognise_article``) leaves each article's mentions
linked within that article, under article-scoped ids. Here the story's
mentions are completed with names recognised in its other articles, linked
across articles and scripts into the story's entities, and the quotes and
claims the part holds are brought over to the story's ids.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import replace

from ..claims import attribute
from ..model import Article, Mention, Quote, Report
from ..resources import Context
from ..serialize import entity_mentions
from .kit import kit
from .fallback import check_capitalised
from .recognise import add_known_names, has_backend, resolve_overlaps, sentence_language
from .rules import Cand, Sent


def link_story(part: Report, ctx: Context) -> Report:
    """The part's entities (ids unique within its story), its mentions under them, quotes and claims re-pointed."""
    articles = part.articles
    story = part.stories[0].id if part.stories else ""
    gaz = ctx.gazetteer(tuple(sorted({a.language for a in articles if a.language})))
    modelled = {a.language for a in articles if has_backend(a.language, ctx.settings)}
    found = story_sentences(articles, part.mentions, gaz, modelled)
    from . import _works, link_mentions

    works = _works(articles, found, {a.id: story for a in articles})
    entities = link_mentions(works, gaz, ctx.aliases, ctx)
    mentions = entity_mentions(entities, articles)
    ids = id_map(part.mentions, mentions)
    quotes = tuple(_repoint(q, ids) for q in part.quotes)
    claims = attribute(part.claims, mentions, quotes)
    return replace(part, entities=entities, mentions=mentions, quotes=quotes, claims=claims)


def story_sentences(articles: tuple[Article, ...], mentions: tuple[Mention, ...], gaz,
                    modelled: set[str | None] | frozenset = frozenset()) -> dict[str, list[Sent]]:
    """Each article's body sentences with its mentions as candidates, checked against the story's own text
    where no recogniser read them (``check_capitalised``), plus the names known in the story's other articles
    (``add_known_names``), overlaps resolved. A mention inside another one stays, nested."""
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article].append(m)
    out: dict[str, list[Sent]] = {}
    for a in articles:
        ms = sorted(by_article.get(a.id, ()), key=lambda m: m.start)
        starts = [m.start for m in ms]
        sents = []
        for s in a.body:
            code = sentence_language(a, s)
            sent = Sent(a.text, s.start, s.end, kit(code), gaz, code in modelled)
            lo, hi = bisect_left(starts, s.start), bisect_left(starts, s.end)
            here = ms[lo:hi]
            sent.cands = [Cand(m.start, m.end, m.type, m.source, "", m.abbreviates, _inside(m, here)) for m in here]
            sents.append(sent)
        out[a.id] = sents
    check_capitalised(out)  # headlines capitalise common words: no evidence for or against a name
    for a in articles:
        # a headline names the story's entities too (at times the only place an article names its place or
        # institution): there only names already recognised in the story's body text are looked for
        heads = [Sent(a.text, s.start, s.end, kit(sentence_language(a, s)), gaz, False) for s in a.sentences if s.heading]
        if heads:
            out[a.id] = sorted(out[a.id] + heads, key=lambda s: s.start)
    add_known_names(out)
    for sents in out.values():
        for sent in sents:
            sent.cands = resolve_overlaps(sent.cands)
    return out


def _inside(m: Mention, others) -> bool:
    return any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end) for o in others)


def id_map(before: tuple[Mention, ...], after: tuple[Mention, ...]) -> dict[tuple[str, str], str]:
    """{(article, entity id before): entity id after}: where most of that entity's mentions went.

    A mention the story linking replaced (a fragment inside a longer known name) counts for the mention that
    now overlaps it.
    """
    at = {(m.article, m.start, m.end): m.entity for m in after}
    spans: dict[str, list[Mention]] = defaultdict(list)
    for m in after:
        spans[m.article].append(m)
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for m in before:
        if not m.entity:
            continue
        new = at.get((m.article, m.start, m.end))
        if new is None:
            new = next((o.entity for o in spans.get(m.article, ()) if o.start < m.end and m.start < o.end), None)
        if new:
            votes[(m.article, m.entity)][new] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}


def _repoint(q: Quote, ids: dict[tuple[str, str], str]) -> Quote:
    sp = q.speaker
    if not sp.entity:
        return q
    return replace(q, speaker=replace(sp, entity=ids.get((q.article, sp.entity))))
