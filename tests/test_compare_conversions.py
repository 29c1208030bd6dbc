"""Rule ``conversion``: one sum given in two currencies is one row; two sums in two currencies stay apart."""
from __future__ import annotations

import math

from compare_helpers import KeywordEmbedder
from compare_helpers import article as _article
from storylens.adapters import rates
from storylens.claims import find_claims
from storylens.compare import conversions
from storylens.compare.align import StoryComparison
from storylens.compare.valuekeys import ValueRow
from storylens.compare.valuerows import value_groups
from storylens.model import Story
from storylens.pipeline import Report
from storylens.resources import Context

TOPICS = {"fine": 0, "bail": 0, "kaution": 0, "jamčevin": 0, "bridge": 1, "brücke": 1, "most": 1}


def _rows(*articles) -> list[ValueRow]:
    """Every money mention of the articles as a row of its own, then rule ``conversion``: the rows it made."""
    ctx = Context()
    ctx.__dict__["embedder"] = KeywordEmbedder(TOPICS, 16, noise=0.01)
    story = Story("s1", "t", tuple(a.id for a in articles))
    claims = list(find_claims(Report(articles=tuple(articles), stories=(story,)), ctx).claims)
    sc = StoryComparison(story, claims, ctx, {a.id: a.language for a in articles}, {})
    value_groups(sc)
    rows = [ValueRow([m], False, ()) for m in sc.value_mentions if m.value.kind == "money"]
    return conversions.join(rows, sc)


def _units(row: ValueRow) -> list[str]:
    return sorted(m.value.unit for m in row.mentions)


def test_a_sum_written_beside_its_conversion_links_the_currencies_for_the_story():
    rows = _rows(
        _article("a", "en", "He may pay bail of BAM 20,000 (about EUR 10,200) instead."),
        _article("b", "de", "Er kann eine Kaution von rund 10.000 Euro zahlen."),
        _article("c", "hr", "Jamčevina je oko 20 tisuća KM."),
    )
    joined = [r for r in rows if len(r.mentions) > 1]
    assert len(joined) == 1 and _units(joined[0]) == ["BAM", "BAM", "EUR", "EUR"]
    assert "conversion" in joined[0].rules and not joined[0].conflicting


def test_a_sum_and_another_far_from_the_rate_stay_two_rows():
    rows = _rows(
        _article("a", "en", "He may pay bail of BAM 20,000 (about EUR 10,200) instead."),
        _article("b", "de", "Er kann eine Kaution von rund 20.000 Euro zahlen."),  # the marks taken for euros
    )
    twenty_euro = [r for r in rows if any(m.value.unit == "EUR" and m.value.value == 20000 for m in r.mentions)]
    assert len(twenty_euro) == 1 and len(twenty_euro[0].mentions) == 1


def test_sums_of_two_things_never_join_by_the_rate_alone():
    rows = _rows(
        _article("a", "en", "He may pay bail of BAM 20,000 (about EUR 10,200) instead."),
        _article("b", "de", "Die Brücke kostete 10.000 Euro."),
    )
    bridge = [r for r in rows if any(m.article == "b" for m in r.mentions)]
    assert len(bridge) == 1 and len(bridge[0].mentions) == 1


def test_currencies_the_story_never_links_meet_by_the_central_bank_rate():
    day_rate = rates.log_rate("CZK", "EUR", None)
    assert day_rate is not None and 0.02 < math.exp(day_rate) < 0.06  # a koruna is a few euro cents
    assert rates.log_rate("BAM", "EUR", None) is None  # the bank quotes no convertible mark
    euros = round(500_000_000 * math.exp(day_rate), -6)
    rows = _rows(
        _article("a", "cs", "Most bude stát 500 milionů korun."),
        _article("b", "en", f"The bridge will cost EUR {euros / 1e6:.0f} million."),
    )
    joined = [r for r in rows if len(r.mentions) > 1]
    assert len(joined) == 1 and _units(joined[0]) == ["CZK", "EUR"]


def test_pairs_beside_need_an_amount_right_after_the_other():
    a = _article("a", "en", "The fine was EUR 5,000; the bridge cost USD 90,000 later that year.")
    ctx = Context()
    ctx.__dict__["embedder"] = KeywordEmbedder(TOPICS, 16, noise=0.01)
    story = Story("s1", "t", ("a",))
    claims = list(find_claims(Report(articles=(a,), stories=(story,)), ctx).claims)
    sc = StoryComparison(story, claims, ctx, {"a": "en"}, {})
    value_groups(sc)
    assert conversions.pairs_beside(sc) == []  # a semicolon between them: two sums


def test_rows_of_one_currency_are_never_joined_by_this_rule():
    rows = _rows(
        _article("a", "en", "He may pay bail of EUR 10,000 instead."),
        _article("b", "de", "Er kann eine Kaution von 10.300 Euro zahlen."),
    )
    assert all(len(r.mentions) == 1 for r in rows)
