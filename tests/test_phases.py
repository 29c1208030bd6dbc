"""The per-article phase is a pure function of one article; the per-story phase touches one story only."""
from __future__ import annotations

import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict

import pytest

from phase_texts import BRIDGE, LATE, PLANT, documents, ten_documents
from storylens import phases
from storylens.model import Document, Report, Story
from storylens.resources import Context
from storylens.serialize import to_dict
from storylens.settings import Settings


@pytest.fixture(scope="module")
def ctx() -> Context:
    return Context.shared(Settings())


@pytest.fixture(scope="module")
def two_stories(ctx) -> Report:
    analyses = [phases.analyse_article(d, ctx) for d in documents({**PLANT, **BRIDGE})]
    stories = [Story("s-plant", "Plants", tuple(PLANT)), Story("s-bridge", "Bridge", tuple(BRIDGE))]
    return phases.assemble(analyses, ctx, stories=stories)


def dump(record) -> str:
    return json.dumps(to_dict(record), ensure_ascii=False, sort_keys=True)


def records_of(report: Report, story_id: str) -> list[str]:
    """Every record of one story, serialised: the story, its articles, entities, mentions, quotes, claims,
    framing and groups."""
    story = next(s for s in report.stories if s.id == story_id)
    arts = set(story.articles)
    out = [dump(story)] + [dump(a) for a in report.articles if a.id in arts]
    out += [dump(e) for e in report.entities if e.story == story_id]
    for name in ("mentions", "quotes", "claims", "framing"):
        out += [dump(r) for r in getattr(report, name) if r.article in arts]
    return out + [dump(g) for g in report.comparison if g.story == story_id]


def ids_of(report: Report, story_id: str) -> dict[str, set[str]]:
    arts = set(next(s for s in report.stories if s.id == story_id).articles)
    return {"claims": {c.id for c in report.claims if c.article in arts},
            "quotes": {q.id for q in report.quotes if q.article in arts},
            "entities": {e.id for e in report.entities if e.story == story_id}}


def test_both_stories_are_analysed_apart(two_stories):
    assert {e.story for e in two_stories.entities} == {"s-plant", "s-bridge"}
    assert {g.story for g in two_stories.comparison} == {"s-plant", "s-bridge"}
    names = {(e.story, e.name) for e in two_stories.entities if e.type == "PER"}
    assert ("s-plant", "Alexey Zhuravlev") in names and ("s-bridge", "Anna Lind") in names
    claim = next(c for c in two_stories.claims if c.article == "plant-en" and "billion" in c.text)
    assert claim.id == f"plant-en:c{claim.start}"
    assert all(q.id == f"{q.article}:q{q.start}" for q in two_stories.quotes)


def test_adding_an_article_to_one_story_leaves_the_other_byte_identical(two_stories, ctx):
    stored = Report.from_json(two_stories.to_json())
    assert stored == two_stories
    late = phases.analyse_article(Document(LATE[0], f"<{LATE[0]}>", text=LATE[1]), ctx)
    after = phases.restory(stored, "s-plant", ctx, add=[late])

    assert records_of(after, "s-bridge") == records_of(two_stories, "s-bridge")
    plant = next(s for s in after.stories if s.id == "s-plant")
    assert plant.articles == (*PLANT, "plant-late")
    old, new = ids_of(two_stories, "s-plant"), ids_of(after, "s-plant")
    for kind in ("claims", "quotes", "entities"):
        assert old[kind] <= new[kind], f"{kind} ids changed: {sorted(old[kind] - new[kind])}"
    assert any(c.startswith("plant-late:c") for c in new["claims"] - old["claims"])
    zhuravlev = next(e for e in after.entities if e.story == "s-plant" and e.name == "Alexey Zhuravlev")
    assert "plant-late" in zhuravlev.articles
    assert Report.from_json(after.to_json()) == after


def test_running_a_story_again_gives_the_same_records(two_stories, ctx):
    again = phases.restory(Report.from_json(two_stories.to_json()), "s-plant", ctx)
    assert records_of(again, "s-plant") == records_of(two_stories, "s-plant")
    assert again == two_stories


def _analyse_in_worker(docs: list[dict]) -> list[tuple[str, int, dict]]:
    ctx = Context.shared(Settings())
    return [(d["id"], os.getpid(), phases.analyse_article(Document(**d), ctx).to_dict()) for d in docs]


def test_the_article_phase_in_two_processes_in_another_order_gives_the_same_records(ctx):
    docs = ten_documents()
    here = {d.id: phases.analyse_article(d, ctx).to_dict() for d in docs}
    # two worker processes, each taking every other article, in reverse order
    halves = [[asdict(d) for d in reversed(docs[0::2])], [asdict(d) for d in reversed(docs[1::2])]]
    spawn = multiprocessing.get_context("spawn")
    pools = [ProcessPoolExecutor(1, mp_context=spawn) for _ in halves]
    try:
        futures = [pool.submit(_analyse_in_worker, half) for pool, half in zip(pools, halves)]
        results = [item for f in futures for item in f.result(timeout=900)]
    finally:
        for pool in pools:
            pool.shutdown()
    assert len({pid for _id, pid, _rec in results} - {os.getpid()}) == 2
    assert [rid for rid, _pid, _rec in results] != [d.id for d in docs]
    there = {rid: rec for rid, _pid, rec in results}
    assert set(there) == set(here)
    for rid in here:
        assert there[rid] == here[rid], rid
    assert any(rec["mentions"] and rec["claims"] for rec in here.values())


def test_the_cache_key_follows_the_content_and_the_shaping_settings():
    a, b = ten_documents()[:2]
    s = Settings()
    assert phases.content_key(a, s) == phases.content_key(Document(**asdict(a)), s)
    assert phases.content_key(a, s) != phases.content_key(b, s)
    assert phases.content_key(a, s) != phases.content_key(a, Settings(spacy_models=""))
    assert phases.content_key(a, s) == phases.content_key(a, Settings(progress=False, article_seconds=5))
