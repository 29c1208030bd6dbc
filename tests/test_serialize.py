"""A report and an article analysis read back from JSON are equal to the ones written."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from report_fixture import bridge_report, hostile_report
from storylens.errors import FormatError
from storylens.model import (ArticleAnalysis, Claim, Entity, InputError, Mention, Quote, Report, Speaker, Value)


def roundtrip(report: Report) -> Report:
    return Report.from_json(report.to_json())


@pytest.mark.parametrize("build", [bridge_report, hostile_report])
def test_hand_built_reports_come_back_equal(build):
    report = build()
    back = roundtrip(report)
    assert back == report
    assert back.to_json() == report.to_json()


def test_the_real_analysis_comes_back_equal(seeds_report):
    back = roundtrip(seeds_report)
    assert back == seeds_report
    assert isinstance(back.entities[0].mentions, tuple) and isinstance(back.articles[0].sentences[0].index, int)
    assert back.held() == seeds_report.held()


def test_tuples_ranges_and_unset_optional_fields_survive():
    art = bridge_report().articles[0]
    m = Mention(art.id, 0, 4, "ABCD", "ORG", "ABCD", "e-abcd", "rules", abbreviates=(10, 30))
    ent = Entity("e-abcd", "ORG", "ABCD", ("ABCD",), (art.id,), (m,), story="s-1")
    val = Value("year", [2019, 2021], "2019-2021", None, 3, 12)  # a range stays a list, as the parser makes it
    claim = Claim(f"{art.id}:c0", art.id, art.text[:20], 0, 20, (val,), ("e-abcd",))
    quote = Quote(f"{art.id}:q5", art.id, "x", 5, 6, "direct", Speaker("someone", None, "unnamed"))
    err = InputError("bad.txt", "stage 'quotes' failed: boom", stage="quotes", article="bad")
    report = Report(articles=(art,), entities=(ent,), mentions=(m,), claims=(claim,), quotes=(quote,), errors=(err,),
                    holds=("articles", "entities"))
    back = roundtrip(report)
    assert back == report
    data = json.loads(report.to_json())
    assert "mentions" not in data  # every mention sits in its entity: written once
    assert "as_written" not in data["quotes"][0]["speaker"] and "stage" in data["errors"][0]
    assert back.entities[0].mentions[0].abbreviates == (10, 30)


def test_mentions_without_entities_are_written_and_read():
    art = bridge_report().articles[0]
    m = Mention(art.id, 0, 4, "Lind", "PER", "Lind", "e-lind", "spacy")
    report = Report(articles=(art,), mentions=(m,), holds=("articles", "mentions"))
    assert "mentions" in json.loads(report.to_json())
    assert roundtrip(report) == report


def test_article_analysis_comes_back_equal(seeds_report):
    art = seeds_report.articles[0]
    analysis = ArticleAnalysis(art, tuple(m for m in seeds_report.mentions if m.article == art.id),
                               tuple(q for q in seeds_report.quotes if q.article == art.id),
                               tuple(c for c in seeds_report.claims if c.article == art.id))
    data = json.loads(json.dumps(analysis.to_dict()))
    assert ArticleAnalysis.from_dict(data) == analysis
    assert data["schema"] == "storylens.article/1"


def test_a_record_of_another_schema_is_named():
    with pytest.raises(FormatError, match="storylens.report/1"):
        Report.from_dict({"schema": "storylens.report/9", "articles": []})
    with pytest.raises(FormatError):
        ArticleAnalysis.from_dict(replace(ArticleAnalysis(bridge_report().articles[0])).to_dict() | {"schema": "x"})
