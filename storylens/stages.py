"""The default pipeline: which stages run, in which order, in which phase.

Ingestion and cleaning turn inputs into articles (``api.load``); the article
stages then analyse each article on its own (``phases.analyse_article``), the
``stories`` stage groups articles into stories, and the story stages work over
one story's records at a time (``phases.analyse_story``). Each module exposes
its stage objects; docs/architecture.md lists their contracts.
"""
from __future__ import annotations

from .pipeline import Stage


def article_stages() -> list[Stage]:
    from . import claims, embed, entities, language, quotes, segment

    return [
        language.STAGE,     # article and sentence languages
        segment.STAGE,      # sentences with offsets, duplicate and mixed-script flags
        entities.MENTIONS,  # mentions, linked within the article
        quotes.STAGE,       # quotes, speakers resolved within the article
        claims.STAGE,       # claims with normalised values and modality
        embed.STAGE,        # sentence vectors into the context's cache
    ]


def story_stages() -> list[Stage]:
    from . import compare, entities, framing, quotes

    return [
        entities.STAGE,   # entities linked across the story's articles and scripts
        quotes.LINKS,     # the same statement across articles
        compare.STAGE,    # groups of claims across sources with a status
        framing.STAGE,    # genre, frames, techniques, per-story emphasis
    ]


def default_stages() -> list[Stage]:
    """Every stage in order, for ``pipeline.run`` over a whole report."""
    from . import stories

    return article_stages() + [stories.STAGE] + story_stages()
