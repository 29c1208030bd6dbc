"""The comparison on the three seed articles, checked against the gold facts the way score.py matches them."""
from __future__ import annotations

import json
import re
import unicodedata

import pytest


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "").lower().replace("ё", "е")
    s = re.sub(r"[\u2010-\u2015\u2212-]", " ", s)
    return " ".join(re.sub(r"[^\w\s]", " ", s).split())


@pytest.fixture(scope="module")
def gold(shared):
    return json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))


def _stem(report, short: str) -> str:
    return next(a.id for a in report.articles if a.id.startswith(short))


def _covers(report, group, fact) -> bool:
    claims = {c.id: c for c in report.claims}
    for short in fact["articles"]:
        art = _stem(report, short)
        ev = _norm(fact["evidence"][short])
        if not any(claims[c].article == art and ev in _norm(claims[c].text) for c in group.claims):
            return False
    return True


def test_every_required_fact_has_a_group_with_the_right_status(seeds_report, gold):
    for fact in gold["facts"]:
        if not fact["required"]:
            continue
        statuses = {g.status for g in seeds_report.comparison if _covers(seeds_report, g, fact)}
        assert statuses, f"no group holds the evidence of {fact['id']}"
        assert fact["status"] in statuses, (fact["id"], statuses)


def test_a_count_of_leaders_never_joins_the_count_of_plants(seeds_report, gold):
    claims = {c.id: c for c in seeds_report.claims}
    for trap in gold["traps"]:
        fact = next(f for f in gold["facts"] if f["id"] == trap["not_in_fact"])
        art = _stem(seeds_report, trap["article"])
        for g in seeds_report.comparison:
            if _covers(seeds_report, g, fact):
                assert not any(claims[c].article == art and _norm(trap["contains"]) in _norm(claims[c].text)
                               for c in g.claims), trap["id"]


def test_no_value_conflict_inside_one_article(seeds_report):
    for g in seeds_report.comparison:
        if g.status == "conflicting":
            assert len(g.articles) > 1


def test_claims_are_body_sentences_with_offsets(seeds_report):
    arts = {a.id: a for a in seeds_report.articles}
    for c in seeds_report.claims:
        a = arts[c.article]
        assert a.text[c.start:c.end] == c.text
        s = a.sentence_at(c.start)
        assert s is not None and not s.heading
        for v in c.values:
            assert a.text[v.start:v.end] == v.text
