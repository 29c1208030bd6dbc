"""Which articles cover the same story.

For now every run is one story: the inputs an analyst passes together are
taken to cover one event. Clustering a larger feed into stories plugs in here.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .model import Story
from .pipeline import FunctionStage, Report
from .resources import Context


def one_story(report: Report, ctx: Context) -> Report:
    if not report.articles:
        return replace(report, stories=())
    titled = [a.title for a in report.articles if a.title]
    title = titled[0] if titled else _first_sentence(report)
    langs = tuple(l for l, _ in Counter(a.language for a in report.articles if a.language).most_common())
    return replace(report, stories=(Story("s1", title, tuple(a.id for a in report.articles), langs),))


def _first_sentence(report: Report) -> str:
    for a in report.articles:
        for s in a.body:
            return s.text[:120]
    return "story"


STAGE = FunctionStage("stories", one_story, needs=("sentences",), adds=("stories",))
