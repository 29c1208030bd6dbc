"""The stage runner.

A stage is a callable ``(report, ctx) -> report`` with a ``name`` and the
report facts it ``needs`` and ``adds`` (names of ``Report`` or ``Article``
fields, see ``FACTS``). It comes in three kinds: an article stage maps one
``ArticleAnalysis`` at a time, a story stage works on the part of the report
that is one story, a report stage on everything. The runner starts from what
the report already holds, checks before running that every need is held or
added by an earlier stage, then runs the stages in order, wrapping any
failure in a ``StageError`` naming the stage.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Protocol, Sequence

from .errors import StageError, StorylensError
from .model import SCHEMA, Article, ArticleAnalysis, Report  # noqa: F401  (SCHEMA, Report: re-exported)
from .parts import join_articles, join_stories, split_articles, split_stories
from .resources import Context

# Every fact a stage may need or add, and the field that holds it.
FACTS = {
    "articles": "Report.articles", "language": "Article.language", "sentences": "Article.sentences",
    "flags": "Article.flags", "genre": "Article.genre", "stories": "Report.stories",
    "mentions": "Report.mentions", "entities": "Report.entities", "quotes": "Report.quotes",
    "claims": "Report.claims", "comparison": "Report.comparison", "framing": "Report.framing",
}


class Stage(Protocol):
    name: str
    needs: tuple[str, ...]
    adds: tuple[str, ...]
    kind: str  # "article", "story" or "report"

    def __call__(self, report: Report, ctx: Context) -> Report: ...


@dataclass(frozen=True)
class FunctionStage:
    """A report stage: a plain function over the whole report. ``rewrites``: facts it updates when held."""

    name: str
    fn: Callable[[Report, Context], Report]
    needs: tuple[str, ...] = ()
    adds: tuple[str, ...] = ()
    rewrites: tuple[str, ...] = ()
    kind = "report"

    def __call__(self, report: Report, ctx: Context) -> Report:
        return self.fn(report, ctx)


@dataclass(frozen=True)
class ArticleStage:
    """A stage that analyses each article on its own: ``fn(ArticleAnalysis, ctx) -> ArticleAnalysis``.

    ``essential``: without this stage's output the article cannot be analysed at all (the isolation guard
    drops the article when it fails, instead of only this stage's output).
    """

    name: str
    fn: Callable[[ArticleAnalysis, Context], ArticleAnalysis]
    needs: tuple[str, ...] = ()
    adds: tuple[str, ...] = ()
    essential: bool = False
    rewrites: tuple[str, ...] = ()
    kind = "article"

    def one(self, analysis: ArticleAnalysis, ctx: Context) -> ArticleAnalysis:
        return self.fn(analysis, ctx)

    def __call__(self, report: Report, ctx: Context) -> Report:
        return join_articles(report, [self.fn(a, ctx) for a in split_articles(report)])


@dataclass(frozen=True)
class StoryStage:
    """A stage over one story at a time: ``fn(part, ctx) -> part``, where ``part`` holds one story and its records."""

    name: str
    fn: Callable[[Report, Context], Report]
    needs: tuple[str, ...] = ()
    adds: tuple[str, ...] = ()
    rewrites: tuple[str, ...] = ()
    kind = "story"

    def one(self, part: Report, ctx: Context) -> Report:
        return self.fn(part, ctx)

    def __call__(self, report: Report, ctx: Context) -> Report:
        if not report.stories:  # a report no stories stage has seen: its articles are taken as one story
            from .stories import one_story

            if not report.articles:
                return report
            out = self(one_story(report, ctx), ctx)
            return replace(out, stories=())
        parts = split_stories(report)
        return join_stories(report, {sid: self.fn(part, ctx) for sid, part in parts.items()})


def per_article(name: str, fn: Callable[[Article, Context], Article], needs=(), adds=(), essential=True) -> ArticleStage:
    """An article stage from a function that only changes the article itself."""

    def run(analysis: ArticleAnalysis, ctx: Context) -> ArticleAnalysis:
        return replace(analysis, article=fn(analysis.article, ctx))

    return ArticleStage(name, run, tuple(needs), tuple(adds), essential)


def check_order(stages: Sequence[Stage], available: Iterable[str] = ("articles",)) -> None:
    """Fail, naming the stage, when a stage needs a fact that is neither held nor added by an earlier stage."""
    have = set(available)
    for st in stages:
        unknown = [n for n in (*st.needs, *st.adds) if n not in FACTS]
        if unknown:
            raise StorylensError(f"stage {st.name!r} needs {', '.join(unknown)}, which is not a report fact "
                                 f"(known: {', '.join(FACTS)})")
        missing = [n for n in st.needs if n not in have]
        if missing:
            raise StorylensError(f"stage {st.name!r} needs {', '.join(missing)}, which no earlier stage adds")
        have.update(st.adds)


def required(stages: Sequence[Stage], target: str) -> list[Stage]:
    """The stages of ``stages`` that stage ``target`` needs, directly or through them, in order, ending with it."""
    names = [s.name for s in stages]
    if target not in names:
        raise StorylensError(f"no stage {target!r} (stages: {', '.join(names)})")
    at = names.index(target)
    keep, want = [stages[at]], set(stages[at].needs)
    for st in reversed(stages[:at]):
        if want & set(st.adds):
            keep.append(st)
            want |= set(st.needs)
    return keep[::-1]


def run(stages: Sequence[Stage], report: Report, ctx: Context) -> Report:
    """Run ``stages`` in order on ``report``, starting from the facts it already holds."""
    held = report.held()
    check_order(stages, held)
    timings = dict(report.timings)
    holds = list(dict.fromkeys([*report.holds, *sorted(held - set(report.holds))]))
    with ctx.activated():
        for st in stages:
            t0 = time.perf_counter()
            try:
                report = st(report, ctx)
            except StorylensError:
                raise
            except Exception as exc:  # wrap so the failing stage is named
                raise StageError(st.name, exc) from exc
            timings[st.name] = timings.get(st.name, 0.0) + time.perf_counter() - t0
            holds = list(dict.fromkeys([*holds, *st.adds]))
    return replace(report, holds=tuple(holds), timings=timings)
