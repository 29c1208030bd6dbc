"""The stage runner.

A stage is a callable ``(report, ctx) -> report`` with a ``name`` and the
report fields it ``needs`` and ``adds``. The runner checks before running that
every need is added by an earlier stage (or present at the start), then runs
the stages in order, wrapping any failure in a ``StageError`` naming the stage.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Protocol, Sequence

from .errors import StageError, StorylensError
from .model import Article, Claim, Entity, Framing, Group, InputError, Quote, Story
from .resources import Context

SCHEMA = "storylens.report/1"


@dataclass(frozen=True, slots=True)
class Report:
    """The result of an analysis: every stage reads one and returns a new one."""

    articles: tuple[Article, ...] = ()
    stories: tuple[Story, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    comparison: tuple[Group, ...] = ()
    framing: tuple[Framing, ...] = ()
    errors: tuple[InputError, ...] = ()
    timings: dict[str, float] = field(default_factory=dict, compare=False, hash=False)

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def entity(self, entity_id: str) -> Entity:
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(entity_id)

    def to_dict(self) -> dict:
        from .report.jsonout import report_to_dict

        return report_to_dict(self)

    def to_json(self, indent: int | None = 2) -> str:
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def dataframes(self):
        """The report's parts as pandas DataFrames (articles, entities, mentions, quotes, claims, comparison, framing)."""
        from .report.frames import to_dataframes

        return to_dataframes(self)


class Stage(Protocol):
    name: str
    needs: tuple[str, ...]
    adds: tuple[str, ...]

    def __call__(self, report: Report, ctx: Context) -> Report: ...


@dataclass(frozen=True)
class FunctionStage:
    """Wraps a plain function as a stage."""

    name: str
    fn: Callable[[Report, Context], Report]
    needs: tuple[str, ...] = ()
    adds: tuple[str, ...] = ()

    def __call__(self, report: Report, ctx: Context) -> Report:
        return self.fn(report, ctx)


def per_article(name: str, fn: Callable[[Article, Context], Article], needs=(), adds=()) -> FunctionStage:
    """A stage that maps each article independently."""

    def run(report: Report, ctx: Context) -> Report:
        return replace(report, articles=tuple(fn(a, ctx) for a in report.articles))

    return FunctionStage(name, run, tuple(needs), tuple(adds))


def check_order(stages: Sequence[Stage], available: Iterable[str] = ("articles",)) -> None:
    have = set(available)
    for st in stages:
        missing = [n for n in st.needs if n not in have]
        if missing:
            raise StorylensError(f"stage {st.name!r} needs {', '.join(missing)}, which no earlier stage adds")
        have.update(st.adds)


def run(stages: Sequence[Stage], report: Report, ctx: Context) -> Report:
    check_order(stages)
    timings = dict(report.timings)
    for st in stages:
        t0 = time.perf_counter()
        try:
            report = st(report, ctx)
        except StorylensError:
            raise
        except Exception as exc:  # wrap so the failing stage is named
            raise StageError(st.name, exc) from exc
        timings[st.name] = timings.get(st.name, 0.0) + time.perf_counter() - t0
    return replace(report, timings=timings)
