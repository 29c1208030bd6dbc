"""The default pipeline: which stages run, in which order.

Ingestion and cleaning turn inputs into articles (``api.load``); the stages
below then enrich the report. Each module exposes ``STAGE``.
"""
from __future__ import annotations

from .pipeline import Stage


def default_stages() -> list[Stage]:
    from . import claims, compare, entities, framing, language, quotes, segment, stories

    return [
        language.STAGE,   # article and sentence languages
        segment.STAGE,    # sentences with offsets, duplicate and mixed-script flags
        stories.STAGE,    # which articles cover the same story
        entities.STAGE,   # mentions, normalisation, linking across articles
        quotes.STAGE,     # quotes and speakers, same statement across articles
        claims.STAGE,     # claims with normalised values and modality
        compare.STAGE,    # groups of claims across sources with a status
        framing.STAGE,    # genre, frames and persuasion techniques
    ]
