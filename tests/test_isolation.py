"""One article never sinks a run: a failing stage or a pathological article is named, the rest analysed."""
from __future__ import annotations

import json
import threading
import time
from dataclasses import replace

import pytest

from phase_texts import BRIDGE, PLANT
from storylens import api, claims, compare, guard, phases, quotes, segment
from storylens.cli import main
from storylens.resources import Context
from storylens.settings import Settings

TEXTS = {**PLANT, "bridge-en": BRIDGE["bridge-en"]}


@pytest.fixture(scope="module")
def ctx() -> Context:
    return Context.shared(Settings())


def write(tmp_path, texts=TEXTS):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def failing_for(article_id: str, original):
    def fn(article, *args, **kwargs):
        if article.id == article_id:
            raise RuntimeError(f"made to fail on {article_id}")
        return original(article, *args, **kwargs)
    return fn


def test_a_stage_failing_on_one_article_costs_only_that_stages_output(tmp_path, ctx, monkeypatch):
    monkeypatch.setattr(quotes, "article_quotes", failing_for("plant-ru", quotes.article_quotes))
    report = api.analyze([write(tmp_path)], ctx=ctx)
    assert [a.id for a in report.articles] == ["bridge-en", "plant-en", "plant-op", "plant-ru"]
    [err] = report.errors
    assert (err.article, err.stage) == ("plant-ru", "quotes") and "made to fail on plant-ru" in err.error
    assert err.source.endswith("plant-ru.txt")
    ru = report.article("plant-ru")
    assert any(f.kind == "stage_failed" and f.text == "quotes" for f in ru.flags)
    assert not [q for q in report.quotes if q.article == "plant-ru"]
    assert [q for q in report.quotes if q.article == "plant-en"]  # the others keep their quotes
    assert [c for c in report.claims if c.article == "plant-ru"]  # and the bad one its later stages
    assert json.loads(report.to_json())["errors"][0]["stage"] == "quotes"


def test_an_essential_stage_failing_drops_the_article(tmp_path, ctx, monkeypatch):
    monkeypatch.setattr(segment, "split", failing_for("plant-op", segment.split))
    report = api.analyze([write(tmp_path)], ctx=ctx)
    assert "plant-op" not in {a.id for a in report.articles} and len(report.articles) == 3
    assert [(e.article, e.stage) for e in report.errors] == [("plant-op", "segment")]
    assert {e.story for e in report.entities} == {report.stories[0].id}
    assert not any(a == "plant-op" for g in report.comparison for a in g.articles)


def test_a_story_stage_failing_on_one_articles_records_leaves_that_article_out(tmp_path, ctx, monkeypatch):
    original = compare.compare_story

    def compare_story(story, claim_list, *args, **kwargs):
        if any(c.article == "plant-op" for c in claim_list):
            raise ValueError("cannot compare plant-op")
        return original(story, claim_list, *args, **kwargs)

    monkeypatch.setattr(compare, "compare_story", compare_story)
    report = api.analyze([write(tmp_path)], ctx=ctx)
    [err] = report.errors
    assert (err.article, err.stage) == ("plant-op", "compare") and "cannot compare plant-op" in err.error
    assert "plant-op" not in report.stories[0].articles and "plant-op" not in {a.id for a in report.articles}
    assert report.comparison and all("plant-op" not in g.articles for g in report.comparison)
    assert report.framing and {f.article for f in report.framing} == {"bridge-en", "plant-en", "plant-ru"}


def test_an_article_over_its_time_budget_is_named_and_the_run_goes_on(tmp_path, monkeypatch):
    ctx = Context(replace(Context.shared(Settings()).settings, article_seconds=1.0))
    ctx._extra.update(Context.shared(Settings())._extra)  # reuse the loaded models: only the budget differs
    original = claims.sentence_claim

    def endless(article, s, *args):
        while article.id == "plant-en":  # a pure-Python loop that never ends: only the timer can stop it
            pass
        return original(article, s, *args)

    monkeypatch.setattr(claims, "sentence_claim", endless)
    t0 = time.monotonic()
    report = api.analyze([write(tmp_path)], ctx=ctx)
    assert time.monotonic() - t0 < 120
    [err] = report.errors
    assert (err.article, err.stage) == ("plant-en", "claims") and "time budget of 1 s" in err.error
    assert sorted(a.id for a in report.articles) == ["bridge-en", "plant-op", "plant-ru"]


def test_the_budget_is_checked_cooperatively_off_the_main_thread():
    seen: list[BaseException] = []

    def work():
        try:
            with guard.budget(0.2):
                while True:  # busy: the budget counts this thread's CPU time
                    guard.check()
        except guard.OverBudget as exc:
            seen.append(exc)

    t = threading.Thread(target=work)
    t.start()
    t.join(30)
    assert not t.is_alive() and seen and "0.2 s" in str(seen[0])
    guard.check()  # outside a budget: nothing to check


def test_the_command_exits_0_and_names_the_bad_article(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(claims, "sentence_claim", failing_for("plant-ru", claims.sentence_claim))
    out = tmp_path / "r.json"
    (tmp_path / "in").mkdir()
    code = main(["analyze", str(write(tmp_path / "in")), "-o", str(out), "--no-progress"])
    assert code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [(e["article"], e["stage"]) for e in data["errors"]] == [("plant-ru", "claims")]
    assert len(data["articles"]) == 4
    assert "plant-ru" in capsys.readouterr().err


def test_a_document_that_cannot_be_cleaned_is_an_error_not_an_exception(ctx):
    from storylens.model import Document

    analysis = phases.analyse_article(Document("empty", "<empty>", text="   "), ctx)
    assert analysis.dropped and analysis.errors and analysis.errors[0].source == "<empty>"


def test_a_cleaning_failure_names_the_input_and_the_rest_is_analysed(tmp_path, ctx, monkeypatch):
    from storylens import api as api_module

    original = api_module.clean

    def clean(doc, *args, **kwargs):
        if doc.id == "plant-op":
            raise UnicodeError("cleaning broke")
        return original(doc, *args, **kwargs)

    monkeypatch.setattr(api_module, "clean", clean)
    report = api.analyze([write(tmp_path)], ctx=ctx)
    [err] = report.errors
    assert (err.article, err.stage) == ("plant-op", "clean") and "cleaning broke" in err.error
    assert len(report.articles) == 3


def test_the_budget_counts_cpu_time_not_time_waiting():
    with guard.budget(0.3):
        time.sleep(0.6)  # waiting (a loaded machine, a slow disk) spends no CPU: no budget spent
        guard.check()
