"""Quality floor on the three seed articles: required quotes, their speakers, precision, cross-language links."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def norm(s: str | None) -> str:
    s = re.sub(r"[^\w\s]", " ", (s or "").lower().replace("ё", "е").replace("-", " "))
    return " ".join(s.split())


@pytest.fixture(scope="module")
def seeds(seeds_report):
    """The session's full analysis of the seeds (shared with other tests), with the gold."""
    gold = json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))
    report = seeds_report
    stem = {a.id: next(s for s in gold["articles"] if s in a.id) for a in report.articles}
    return gold, report, stem


def speaker_is(report, quote, gold, who: str) -> bool:
    sp = quote.speaker
    if who.startswith("unnamed:"):
        want = set(norm(who[len("unnamed:"):]).split()) - {"a", "the"}
        return len(want & set(norm(sp.text).split())) >= min(2, len(want))
    g = next(e for e in gold["entities"] if e["id"] == who)
    gnames = {norm(n) for ns in g["names"].values() for n in ns}
    forms = {norm(sp.text)}
    if sp.entity:
        e = report.entity(sp.entity)
        forms |= {norm(n) for n in (e.name, *e.names)} | {norm(m.text) for m in e.mentions}
    return bool(forms & gnames)


def matches(report, stem, gold_quote, quote) -> bool:
    return stem[quote.article].startswith(gold_quote["article"]) and norm(gold_quote["contains"]) in norm(quote.text)


def test_every_required_quote_is_found_with_its_speaker(seeds):
    gold, report, stem = seeds
    for g in (g for g in gold["quotes"] if g["required"]):
        found = [q for q in report.quotes if matches(report, stem, g, q)]
        assert found, f"missed {g['id']}"
        assert any(speaker_is(report, q, gold, g["speaker"]) for q in found), f"wrong speaker for {g['id']}"


def test_most_predicted_quotes_are_gold_quotes(seeds):
    gold, report, stem = seeds
    hits = [q for q in report.quotes if any(matches(report, stem, g, q) for g in gold["quotes"])]
    assert len(report.quotes) >= 7
    assert len(hits) / len(report.quotes) >= 0.7


def test_the_same_statement_is_linked_across_languages(seeds):
    gold, report, stem = seeds
    by_id = {q.id: q for q in report.quotes}

    def fits(q, side) -> bool:
        return stem[q.article].startswith(side["article"]) and (
            norm(side["contains"]) in norm(q.text) or norm(side["contains"]) in norm(q.speaker.text))

    for link in gold["quote_links"]:
        assert any(fits(q, link["a"]) and any(fits(by_id[o], link["b"]) for o in q.same_as) for q in report.quotes), \
            link["id"]
    for q in report.quotes:  # links are symmetric and never inside one article
        for o in q.same_as:
            assert q.id in by_id[o].same_as and by_id[o].article != q.article
