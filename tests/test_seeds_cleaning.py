"""The founding articles: cleaning and metadata as a careful analyst reads them (../shared/gold/seeds.json)."""
import json

import pytest

import storylens
from storylens.pipeline import run
from storylens import language, segment


@pytest.fixture(scope="module")
def seeds(seeds_dir, shared):
    articles, errors = storylens.load([seeds_dir])
    assert errors == []
    report = run([language.STAGE, segment.STAGE], storylens.Report(articles=tuple(articles)), storylens.Context())
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    return {a.id: a for a in report.articles}, gold["articles"]


def test_every_gold_cleaning_and_metadata_fact_holds(seeds):
    arts, gold = seeds
    assert set(arts) == set(gold)
    for stem, g in gold.items():
        a = arts[stem]
        assert a.language == g["language"], stem
        assert a.published == g.get("published"), stem
        if g.get("title"):
            assert a.title == g["title"]
        if g.get("author"):
            assert g["author"] in (a.author or "")
        for line in g.get("boilerplate", []):
            assert line.strip() not in a.text and line.strip() in [r.strip() for r in a.removed]
        assert set(g.get("headings", [])) <= set(a.headings), stem
        for pair in g.get("duplicate_sentences", []):
            assert any(f.kind == "duplicate_sentence" and any(p in f.text for p in pair) for f in a.flags)
        for tok in g.get("mixed_language_tokens", []):
            assert [f.text for f in a.flags if f.kind == "mixed_language"] == [tok]


def test_no_body_sentence_is_a_heading_and_offsets_hold(seeds):
    arts, gold = seeds
    for a in arts.values():
        for s in a.sentences:
            assert a.text[s.start:s.end] == s.text
        assert {s.text for s in a.sentences if s.heading} == set(a.headings)


def test_no_false_flags_or_headings(seeds):
    arts, gold = seeds
    for stem, a in arts.items():
        assert set(a.headings) == set(gold[stem].get("headings", [])), stem
        dups = [f for f in a.flags if f.kind == "duplicate_sentence"]
        assert len(dups) == len(gold[stem].get("duplicate_sentences", [])), stem
