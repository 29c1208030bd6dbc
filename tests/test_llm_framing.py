"""The framing stage with the optional LLM provider pointed at a local server."""
import json
from dataclasses import replace

import pytest

from storylens import framing
from storylens.adapters.llm import LLMClient
from storylens.framing import refine
from storylens.pipeline import Report
from storylens.resources import Context

from framing_helpers import make_article, shared_context
from llm_server import ChatServer, free_port_url

TEXT = ("The council approved the new budget on Tuesday, officials said.\n"
        "Critics called the plan a cynical betrayal of pensioners.\n"
        "The mayor said the city must balance its books.")


def answer(body):
    """A model that reads the numbered sentences and marks sentence 1 as Morality with a technique."""
    user = body["messages"][1]["content"]
    assert "[1] Critics called the plan" in user
    return 200, json.dumps({
        "frames": [{"frame": "Morality", "score": 0.9, "evidence": [1, 99]},
                   {"frame": "Economic", "score": 0.8, "evidence": [0]}],
        "techniques": [{"technique": "Name calling or labelling", "sentence": 1, "text": "cynical betrayal"},
                       {"technique": "Doubt", "sentence": 2, "text": "words that are not there"},
                       {"technique": "Exaggeration", "sentence": 42, "text": "x"}],
    })


@pytest.fixture(scope="module")
def offline():
    ctx = shared_context()
    report = Report(articles=(make_article(TEXT),))
    return ctx, report, framing.STAGE(report, ctx)


def with_llm(ctx, url, tmp_path):
    s = replace(ctx.settings, llm_base_url=url, llm_model="test-model", cache_dir=str(tmp_path))
    new = Context(s)
    new.__dict__["embedder"] = ctx.embedder  # share the loaded encoder and its cache
    return new


def test_provider_refines_frames_and_techniques(offline, tmp_path):
    ctx, report, before = offline
    with ChatServer(answer) as srv:
        after = framing.STAGE(report, with_llm(ctx, srv.base_url, tmp_path))
    f = after.framing[0]
    morality = next(x for x in f.frames if x.frame == "Morality")
    assert morality.score >= 0.54  # the model's 0.9 weighs 60 %
    assert morality.evidence[0] == "Critics called the plan a cynical betrayal of pensioners."
    old = {x.frame: x.score for x in before.framing[0].frames}
    assert morality.score > old.get("Morality", 0.0)
    got = {(t.technique, t.text) for t in f.techniques}
    assert ("Name calling or labelling", "cynical betrayal") in got
    doubt = next(t for t in f.techniques if t.technique == "Doubt")
    assert doubt.text == "The mayor said the city must balance its books."  # words not found: the whole sentence
    assert not any(t.technique == "Exaggeration" for t in f.techniques)  # sentence 42 does not exist
    art = after.articles[0]
    for t in f.techniques:
        assert art.text[t.start:t.end] == t.text
    assert any(fl.kind == "llm" and "test-model" in fl.detail for fl in art.flags)
    assert f.genre == before.framing[0].genre  # genre stays the offline decision


def test_second_run_uses_the_disk_cache(offline, tmp_path):
    ctx, report, _ = offline
    with ChatServer(answer) as srv:
        framing.STAGE(report, with_llm(ctx, srv.base_url, tmp_path))
        again = framing.STAGE(report, with_llm(ctx, srv.base_url, tmp_path))
    assert len(srv.requests) == 1
    assert any("cache" in fl.detail for fl in again.articles[0].flags)


def test_unreachable_provider_degrades_to_the_offline_result_with_a_note(offline, tmp_path):
    ctx, report, before = offline
    lctx = with_llm(ctx, free_port_url(), tmp_path)
    lctx._extra["llm_client"] = LLMClient(free_port_url(), "test-model", retries=1, backoff=0.0)
    after = framing.STAGE(report, lctx)
    assert after.framing == before.framing
    notes = [fl for fl in after.articles[0].flags if fl.kind == "llm_unavailable"]
    assert notes and "offline framing kept" in notes[0].detail


def test_bad_answers_degrade_gracefully(offline, tmp_path):
    ctx, report, before = offline
    with ChatServer(lambda body: (200, '{"frames": "nope"}')) as srv:
        lctx = with_llm(ctx, srv.base_url, tmp_path)
        lctx._extra["llm_client"] = LLMClient(srv.base_url, "test-model", retries=1, backoff=0.0)
        after = framing.STAGE(report, lctx)
    assert after.framing == before.framing
    assert any(fl.kind == "llm_unavailable" and "schema" in fl.detail for fl in after.articles[0].flags)


def test_without_settings_no_request_is_made(offline):
    ctx, report, before = offline
    assert not ctx.settings.llm_base_url
    assert framing.STAGE(report, ctx).framing == before.framing


def test_prompt_numbers_body_sentences_and_schema_lists_every_name():
    art = make_article("Title here\n" + TEXT, headings=("Title here",))
    system, user = refine.prompt(art)
    assert "[0] The council approved" in user and "Title here" not in user
    sch = refine.schema()
    assert len(sch["properties"]["frames"]["items"]["properties"]["frame"]["enum"]) == 14
    assert "Whataboutism" in sch["properties"]["techniques"]["items"]["properties"]["technique"]["enum"]
    assert "Security and defense" in system
