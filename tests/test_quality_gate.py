"""The CI quality gate: the seeds, the first documents of the WMT dev set, FactRuEval NER and story clustering over a
stream of those documents and the seeds must not score below the floors.

Floors live in storylens/evaluate/floors.toml and only ever go up (see
test_evaluate_gate.py). The seed numbers are also checked against
shared/eval/score.py on the very report analysed here.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from storylens.evaluate import gate, render
from storylens.evaluate.runner import eval_ner, eval_stream, eval_wmt
from storylens.evaluate.seeds import score_seeds
from storylens.resources import Context

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="module")
def ctx() -> Context:
    return Context()


@pytest.fixture(scope="module")
def seeds_json(seeds_report) -> dict:
    return seeds_report.to_dict()  # the session's analysis of the seeds (conftest), in its JSON form


@pytest.fixture(scope="module")
def sections(ctx, seeds_json):
    seeds = score_seeds(seeds_json, json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8")))
    seeds.extra["set"] = "seeds"
    run = gate.load_floors()["run"]
    wmt = eval_wmt(SHARED / "data" / "wmt21-ru-en-dev", ctx, limit=run["wmt_limit"])
    wmt.extra["set"] = "wmt"
    ner = eval_ner(SHARED / "data" / "factrueval2016-dev", ctx, limit=run.get("ner_limit"))
    ner.extra["set"] = "ner"
    stream = eval_stream(SHARED, None, ctx, limit=run["wmt_limit"], stories=False)  # the seeds and those WMT documents
    stream.extra["set"] = "stream"
    print("\n" + "\n\n".join(render(s, notes=False) for s in (seeds, wmt, ner, stream)))
    return [seeds, wmt, ner, stream]


def test_quality_is_not_below_the_floors(sections):
    failures = gate.check(sections, gate.load_floors())
    assert not failures, "quality fell below the floors:\n" + "\n".join(failures)


def test_every_floor_names_a_measured_score(sections):
    by_set = {s.extra["set"]: s for s in sections}
    for set_name, measures in gate.load_floors()["floors"].items():
        for name in measures:
            by_set[set_name].get(name)  # raises KeyError when a floor names nothing


def test_seed_numbers_equal_score_py_on_the_analysed_report(seeds_json, tmp_path):
    from test_evaluate_seeds import ours, scorer_numbers

    expected = scorer_numbers(seeds_json, tmp_path)
    got = ours(seeds_json)
    for key, value in expected.items():
        if key == "parts":
            assert got["parts"] == pytest.approx(value, abs=0.0051), key
        else:
            assert tuple(got[key]) == pytest.approx(value, abs=0.0051), key
