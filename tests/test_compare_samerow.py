"""Rule ``one thing``: rows of one figure worded differently join into one conflicting row; two things never do."""
from __future__ import annotations

from compare_helpers import KeywordEmbedder
from compare_helpers import article as _article
from storylens.claims import find_claims
from storylens.compare import samerow
from storylens.compare.align import StoryComparison
from storylens.compare.compatible import Side, rounding
from storylens.compare.samerow import _ago
from storylens.compare.valuekeys import ValueRow
from storylens.compare.valuerows import value_groups
from storylens.model import Claim, Story
from storylens.pipeline import Report
from storylens.resources import Context
from storylens.values import extract

# sentences about the hotel's guests point one way, about its floors another: the words around each number decide
TOPICS = {"hotel": 0, "guest": 1, "gäste": 1, "rescuer": 2, "floor": 3, "stockwerk": 3}


def _joined(*articles) -> list[ValueRow]:
    """Every value mention of the articles as a row of its own, then rule ``one thing``: the rows it joined."""
    ctx = Context()
    ctx.__dict__["embedder"] = KeywordEmbedder(TOPICS, 16, noise=0.01)
    story = Story("s1", "t", tuple(a.id for a in articles))
    claims = list(find_claims(Report(articles=tuple(articles), stories=(story,)), ctx).claims)
    sc = StoryComparison(story, claims, ctx, {a.id: a.language for a in articles})
    value_groups(sc)  # reads each mention's keys (predicate, qualifier) as the comparison does
    rows = [ValueRow([m], False, ()) for m in sc.value_mentions]
    return [r for r in samerow.join(rows, sc) if len(r.mentions) > 1]


def _counts(row: ValueRow) -> list:
    return sorted(m.value.value for m in row.mentions)


def test_one_count_worded_differently_in_two_articles_is_one_conflicting_row():
    joined = _joined(
        _article("a", "en", "The hotel had 12 floors.", "At the hotel 234 guests were staying that night."),
        _article("b", "de", "Das Hotel hatte 12 Stockwerke.", "Im Hotel wohnten damals 238 Gäste."),
    )
    guests = [r for r in joined if 234 in _counts(r)]
    assert len(guests) == 1 and _counts(guests[0]) == [234, 238]
    assert guests[0].conflicting and guests[0].joined
    floors = [r for r in joined if 12 in _counts(r)]  # equal values of one thing join as agreed
    assert len(floors) == 1 and _counts(floors[0]) == [12, 12] and not floors[0].conflicting


def test_counts_of_two_different_nouns_never_join_however_alike_their_words():
    joined = _joined(
        _article("a", "en", "At the hotel 234 guests were there that night."),
        _article("b", "en", "At the hotel 260 rescuers were there that night."),
    )
    assert joined == []


def test_an_article_giving_both_values_knows_them_as_two_things():
    joined = _joined(
        _article("a", "en", "At the hotel 234 guests were staying that night."),
        _article("b", "en", "At the hotel 238 guests were staying that night.", "The hotel had 234 floors."),
    )
    assert not [r for r in joined if {234, 238} <= set(_counts(r))]


def test_figures_far_apart_are_not_one_figure_changed():
    joined = _joined(
        _article("a", "en", "At the hotel 234 guests were staying that night."),
        _article("b", "en", "At the hotel 900 guests were staying that night."),
    )
    assert joined == []


def test_a_time_before_the_article_is_no_figure_of_the_story():
    ago = next(v for v in extract("Es geschah vor Ort, tolv timmar sedan.", "sv") if v.kind == "duration")
    assert _ago(ago, "sv")
    plain = next(v for v in extract("The evacuation took twelve hours.", "en") if v.kind == "duration")
    assert not _ago(plain, "en")


def _side(text: str, language: str) -> Side:
    v = next(v for v in extract(text, language) if v.kind == "count")
    return Side(v, Claim("c", "a", text, 0, len(text), (v,)), language)


def test_a_figure_cut_after_its_last_digit_with_a_scale_word_is_rounded():
    assert rounding(_side("Er erhielt 10,23 Millionen Stimmen.", "de"), _side("He won 10,237,286 votes.", "en"))
    # written in digits, the cut figure is another number, not the same one rounded
    assert not rounding(_side("He won 10,230,000 votes.", "en"), _side("He won 10,237,286 votes.", "en"))
