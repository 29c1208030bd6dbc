"""Stage contracts hold: declared facts are report fields, a stage reads nothing it does not declare, the runner
starts from what a report holds and names the stage a wrong order breaks."""
from __future__ import annotations

from dataclasses import fields, replace

import pytest

from storylens import claims, compare, stories
from storylens.errors import StorylensError
from storylens.model import Article, Report
from storylens.parts import split_articles, split_stories
from storylens.pipeline import FACTS, check_order, run
from storylens.resources import Context
from storylens.stages import article_stages, default_stages, story_stages

ARTICLE_FACTS = ("language", "sentences", "flags", "genre")
REPORT_FACTS = ("stories", "mentions", "entities", "quotes", "claims", "comparison", "framing")


class Undeclared(BaseException):
    """A stage touched a fact it does not declare (BaseException: no stage's broad except can hide it)."""


class Poison:
    """Stands in for an undeclared fact: any use of it raises."""

    def __init__(self, fact: str):
        self.fact = fact

    def _touch(self, *args, **kwargs):
        raise Undeclared(self.fact)

    __iter__ = __len__ = __bool__ = __getitem__ = __contains__ = __eq__ = __hash__ = __lt__ = _touch
    __str__ = __add__ = __radd__ = __index__ = __int__ = __float__ = _touch

    def __getattr__(self, name):
        raise Undeclared(self.fact)


def test_every_declared_fact_is_a_field_of_the_report_or_of_an_article():
    report_fields = {f.name for f in fields(Report)}
    article_fields = {f.name for f in fields(Article)}
    for fact, where in FACTS.items():
        owner, name = where.split(".")
        assert name == fact and name in (report_fields if owner == "Report" else article_fields)
    for st in default_stages():
        for fact in (*st.needs, *st.adds, *getattr(st, "rewrites", ())):
            assert fact in FACTS, f"stage {st.name} declares {fact}"


def test_the_default_order_is_valid_and_each_phase_holds_what_it_needs():
    check_order(default_stages())
    check_order(article_stages())
    held_after_articles = {"articles", *(f for st in article_stages() for f in st.adds), "stories"}
    check_order(story_stages(), held_after_articles)


def _allowed(stage) -> set[str]:
    return {*stage.needs, *stage.adds, *getattr(stage, "rewrites", ())}


def _poison_article(a: Article, allowed: set[str]) -> Article:
    return replace(a, **{f: Poison(f) for f in ARTICLE_FACTS if f not in allowed})


@pytest.mark.parametrize("stage", article_stages(), ids=lambda s: s.name)
def test_an_article_stage_reads_only_what_it_declares(seeds_report, stage):
    allowed = _allowed(stage)
    ctx = Context.shared()
    for x in split_articles(seeds_report):
        x = replace(x, article=_poison_article(x.article, allowed),
                    **{f: Poison(f) for f in ("mentions", "quotes", "claims") if f not in allowed})
        with ctx.activated():
            stage.one(x, ctx)


@pytest.mark.parametrize("stage", story_stages(), ids=lambda s: s.name)
def test_a_story_stage_reads_only_what_it_declares(seeds_report, stage):
    allowed = _allowed(stage)
    ctx = Context.shared()
    for part in split_stories(seeds_report).values():
        part = replace(part, articles=tuple(_poison_article(a, allowed) for a in part.articles),
                       **{f: Poison(f) for f in REPORT_FACTS if f not in allowed})
        with ctx.activated():
            stage.one(part, ctx)


def test_the_stories_stage_reads_only_what_it_declares(seeds_report):
    allowed = _allowed(stories.STAGE)
    report = replace(seeds_report, articles=tuple(_poison_article(a, allowed) for a in seeds_report.articles),
                     **{f: Poison(f) for f in REPORT_FACTS if f not in allowed})
    assert stories.STAGE(report, Context.shared()).stories


def test_the_poison_catches_a_stage_that_reads_an_undeclared_fact(seeds_report):
    sneaky = replace(claims.STAGE, needs=("sentences", "language", "mentions"))  # it does read quotes
    x = split_articles(seeds_report)[0]
    with pytest.raises(Undeclared, match="quotes"):
        sneaky.one(replace(x, quotes=Poison("quotes")), Context.shared())


def test_compare_runs_again_on_a_stored_report(seeds_report):
    stored = Report.from_json(seeds_report.to_json())
    again = run([compare.STAGE], replace(stored, comparison=()), Context.shared())
    assert again.comparison == seeds_report.comparison


def test_a_wrong_order_fails_naming_the_stage(seeds_report):
    bare = Report(articles=tuple(replace(a, sentences=(), language=None) for a in seeds_report.articles))
    with pytest.raises(StorylensError, match="stage 'claims' needs sentences, language, mentions, quotes"):
        run([claims.STAGE], bare, Context.shared())
    with pytest.raises(StorylensError, match="stage 'compare' needs stories"):
        check_order([*article_stages(), compare.STAGE])


def test_the_stages_a_stage_needs_follow_from_the_contracts():
    from storylens.pipeline import required

    names = [s.name for s in required(default_stages(), "entities")]
    assert names == ["language", "segment", "mentions", "stories", "entities"]
    assert [s.name for s in required(default_stages(), "claims")] == ["language", "segment", "mentions", "quotes",
                                                                       "claims"]
