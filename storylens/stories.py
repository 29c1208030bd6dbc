"""Which articles cover the same story.

For now every run is one story: the inputs an analyst passes together are
taken to cover one event. Clustering a larger feed into stories plugs in here.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace

from .model import Report, Story
from .pipeline import FunctionStage
from .resources import Context


def one_story(report: Report, ctx: Context) -> Report:
    if not report.articles:
        return replace(report, stories=())
    titled = [a.title for a in report.articles if a.title]
    title = titled[0] if titled else _first_sentence(report)
    langs = tuple(l for l, _ in Counter(a.language for a in report.articles if a.language).most_common())
    ids = tuple(a.id for a in report.articles)
    return replace(report, stories=(Story(story_id(ids[0]), title, ids, langs),))


def story_id(first_article: str) -> str:
    """A story's id from its first article's id: deterministic, and kept when articles are added to the story."""
    return "s-" + hashlib.blake2b(first_article.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()


def _first_sentence(report: Report) -> str:
    for a in report.articles:
        for s in a.body:
            return s.text[:120]
    return "story"


STAGE = FunctionStage("stories", one_story, needs=("sentences", "language"), adds=("stories",))
