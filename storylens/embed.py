"""The embed stage: every body sentence's vector, computed once into the Context's cache.

It adds no record: the comparison, quote linking and framing of the story
phase read the same sentences and find their vectors cached (keyed by a hash
of the text, so a batch can persist them between processes).
"""
from __future__ import annotations

from .model import ArticleAnalysis
from .pipeline import ArticleStage
from .resources import Context


def embed_article(analysis: ArticleAnalysis, ctx: Context) -> ArticleAnalysis:
    texts = [s.text for s in analysis.article.body]
    if texts:
        ctx.embedder.embed(texts)
    return analysis


STAGE = ArticleStage("embed", embed_article, needs=("sentences",), adds=())
