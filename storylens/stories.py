"""Which articles cover the same story.

By default the inputs an analyst passes together are taken to cover one event:
one story (``STAGE``). Asked to cluster (``--cluster``, the ``cluster``
setting; ``CLUSTER``), the articles are placed one by one, in input order, into
stories by ``storylens.cluster``: the same articles in the same order give the
same stories. The store clusters its own stream the same way, article by
article, against everything it holds (``storylens.store.cluster``).
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace
from typing import Sequence

from .model import Article, ArticleAnalysis, Report, Story
from .parts import split_articles
from .pipeline import FunctionStage
from .resources import Context
from .settings import Settings


def one_story(report: Report, ctx: Context) -> Report:
    if not report.articles:
        return replace(report, stories=())
    return replace(report, stories=(whole(report.articles),))


def whole(articles: Sequence[Article]) -> Story:
    """One story of all ``articles``, in their order; its id comes from the first article's."""
    titled = [a.title for a in articles if a.title]
    title = titled[0] if titled else _first_sentence(articles)
    langs = tuple(l for l, _ in Counter(a.language for a in articles if a.language).most_common())
    ids = tuple(a.id for a in articles)
    return Story(story_id(ids[0]), title, ids, langs)


def cluster_stories(report: Report, ctx: Context) -> Report:
    """The report's articles clustered into stories, placed in the order they come."""
    if not report.articles:
        return replace(report, stories=())
    groups = cluster(split_articles(report), ctx)
    by_id = {a.id: a for a in report.articles}
    return replace(report, stories=tuple(whole([by_id[a] for a in members]) for members in groups))


def cluster(analyses: Sequence[ArticleAnalysis], ctx: Context) -> list[list[str]]:
    """Article ids grouped into stories: each group in input order, groups in the order of their first article."""
    from .cluster.centre import Centres, background
    from .cluster.index import MemoryIndex
    from .cluster.online import TUNING, Clusterer
    from .cluster.signature import signature

    kept = [x for x in analyses if not x.dropped]
    gaz = ctx.gazetteer(tuple(sorted({x.article.language for x in kept if x.article.language})))
    clusterer = Clusterer(MemoryIndex(Centres(dict(background(ctx)))), replace(TUNING, window_days=ctx.settings.cluster_days))
    for x in kept:
        clusterer.place(signature(x, ctx, gaz))
    story_of = clusterer.index.story_of
    groups: dict[str, list[str]] = {}
    for x in kept:
        groups.setdefault(story_of[x.article.id], []).append(x.article.id)
    return list(groups.values())


def for_settings(settings: Settings) -> FunctionStage:
    """The stories stage the settings ask for: clustering, or one story of everything."""
    return CLUSTER if settings.cluster else STAGE


def story_id(first_article: str) -> str:
    """A story's id from its first article's id: deterministic, and kept when articles are added to the story."""
    return "s-" + hashlib.blake2b(first_article.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()


def _first_sentence(articles: Sequence[Article]) -> str:
    for a in articles:
        for s in a.body:
            return s.text[:120]
    return "story"


STAGE = FunctionStage("stories", one_story, needs=("sentences", "language"), adds=("stories",))
CLUSTER = FunctionStage("stories", cluster_stories, needs=("sentences", "language", "mentions", "claims"),
                        adds=("stories",))
