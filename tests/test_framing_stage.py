"""The framing stage end to end, on hand-built texts and on the seed articles with their gold."""
import json

import pytest

from storylens import framing
from storylens.api import analyze
from storylens.model import Framing
from storylens.pipeline import Report

from conftest import SHARED
from framing_helpers import make_article, shared_context


@pytest.fixture(scope="module")
def ctx():
    return shared_context()


@pytest.fixture(scope="module")
def seeds_report(ctx):
    # Only the stages framing builds on (its contract: sentences, quotes, entities, stories).
    from storylens import entities, language, quotes, segment, stories
    return analyze(SHARED / "seeds", ctx=ctx, stages=[language.STAGE, segment.STAGE, entities.MENTIONS, quotes.STAGE,
                                                     stories.STAGE, entities.STAGE, framing.STAGE])


def test_stage_sets_article_genre_and_one_framing_per_article(ctx):
    a = make_article("Why do we keep lying to ourselves? I think it is absurd and frankly shameful.\n"
                     "Who will pay for this nonsense?", id="a")
    b = make_article("The ministry said on Monday that prices rose, according to the statistics agency.\n"
                     "“Inflation is slowing,” the minister told reporters.", id="b")
    report = framing.STAGE(Report(articles=(a, b)), ctx)
    assert [f.article for f in report.framing] == ["a", "b"]
    assert report.article("a").genre == "opinion" == report.framing[0].genre
    assert report.article("b").genre == "reporting"
    for f in report.framing:
        art = report.article(f.article)
        for t in f.techniques:
            assert art.text[t.start:t.end] == t.text


def test_genre_given_by_the_source_is_kept(ctx):
    from dataclasses import replace
    a = replace(make_article("Prices rose, the agency said."), genre="analysis")
    report = framing.STAGE(Report(articles=(a,)), ctx)
    assert report.article("a").genre == "analysis"
    assert report.framing[0].genre_reasons == ("genre given by the source",)


def test_seed_genres_match_the_gold(seeds_report):
    gold = json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))
    for stem, g in gold["articles"].items():
        if g.get("genre"):
            assert seeds_report.article(stem).genre == g["genre"], stem


def test_seed_frames_and_techniques_match_the_gold(seeds_report):
    gold = json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))
    by_id: dict[str, Framing] = {f.article: f for f in seeds_report.framing}
    for stem, g in gold["framing"].items():
        f = by_id[stem]
        top = [x.frame for x in sorted(f.frames, key=lambda x: -x.score)[:3]]
        assert set(top) & set(g["frames_any"]), (stem, top)
        if "techniques_any" in g:
            assert {t.technique for t in f.techniques} & set(g["techniques_any"]), stem
        for x in f.frames:
            assert 0.0 <= x.score <= 1.0
            assert x.evidence  # every reported frame can be checked against sentences
            assert set(x.evidence) <= {s.text for s in seeds_report.article(stem).body}


def test_seed_story_emphasis_is_reported(seeds_report):
    assert any(f.emphasis for f in seeds_report.framing)
