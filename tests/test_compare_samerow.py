"""Rule ``one thing``: rows of one figure worded differently join into one conflicting row; two things never do."""
from __future__ import annotations

import re

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


def _joined(*articles, people: dict[str, str] | None = None) -> list[ValueRow]:
    """Every value mention of the articles as a row of its own, then rule ``one thing``: the rows it joined.
    ``people``: a written name -> the person entity each of its occurrences is a mention of."""
    ctx = Context()
    ctx.__dict__["embedder"] = KeywordEmbedder(TOPICS, 16, noise=0.01)
    story = Story("s1", "t", tuple(a.id for a in articles))
    claims = list(find_claims(Report(articles=tuple(articles), stories=(story,)), ctx).claims)
    people = people or {}
    mentions = {a.id: [(m.start(), m.end(), eid) for name, eid in people.items()
                       for m in re.finditer(re.escape(name), a.text)] for a in articles}
    sc = StoryComparison(story, claims, ctx, {a.id: a.language for a in articles}, mentions,
                         people=frozenset(people.values()))
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


def test_ages_of_one_person_worded_differently_are_one_conflicting_row():
    people = {"Anna Berg": "e-anna", "Jonas Berg": "e-jonas"}
    joined = _joined(
        _article("a", "en", "The driver, Anna Berg (50), was arrested at the hotel.", "Jonas Berg (12) was a guest."),
        _article("b", "de", "Die 49-jährige Anna Berg wurde im Hotel festgenommen."),
        people=people,
    )
    anna = [r for r in joined if 50 in _counts(r)]
    assert len(anna) == 1 and _counts(anna[0]) == [49, 50] and anna[0].conflicting  # an age is never rounded
    assert not [r for r in joined if 12 in _counts(r)]  # another person's age stays apart


def test_ages_of_two_people_or_of_no_one_named_never_join():
    joined = _joined(
        _article("a", "en", "The driver, Anna Berg (50), was arrested at the hotel."),
        _article("b", "de", "Der 49-jährige Jonas Berg wurde im Hotel festgenommen.", "Ein 48-jähriger Gast starb."),
        _article("c", "en", "A 47-year-old guest died at the hotel."),
        people={"Anna Berg": "e-anna", "Jonas Berg": "e-jonas"},
    )
    assert joined == []


def test_two_sentences_differing_in_two_kinds_of_figure_describe_two_things_alike():
    # each sentence gives a weight and a distance of its own thing: neither pair joins as one figure given differently
    apart = _joined(
        _article("a", "en", "The hotel crane lifts 45 kg loads 40 metres from the hotel."),
        _article("b", "en", "The hotel winch lifts 85 kg loads 60 metres from the hotel."),
    )
    assert apart == []
    # one figure of one kind given differently still joins
    one = _joined(
        _article("a", "en", "The hotel crane lifts loads 40 metres from the hotel."),
        _article("b", "en", "The hotel winch lifts loads 60 metres from the hotel."),
    )
    assert len(one) == 1 and one[0].conflicting and _counts(one[0]) == [40, 60]


def test_counts_of_two_candidates_never_join_and_a_speakers_name_holds_no_count():
    people = {"Anna Berg": "e-anna", "Jonas Berg": "e-jonas", "Eva Lind": "e-eva"}
    # a story counting by candidate: a sentence gives each one's guests beside the other's
    apart = _joined(
        _article("a", "en", "At the hotel Anna Berg had 234 guests that night."),
        _article("b", "en", "At the hotel Jonas Berg had 238 guests that night."),
        _article("c", "en", "At the hotel Anna Berg had 234 guests and Jonas Berg 250 guests."),
        people=people,
    )
    assert not [r for r in apart if 238 in _counts(r) and 234 in _counts(r)]
    # a person named beside a figure in no such sentence (who gave it) keys nothing: one figure worded differently
    one = _joined(
        _article("a", "en", "At the hotel 234 guests were staying that night, Eva Lind said."),
        _article("b", "de", "Im Hotel wohnten damals 238 Gäste, sagte Anna Berg."),
        people=people,
    )
    assert [_counts(r) for r in one if 234 in _counts(r)] == [[234, 238]]


def test_two_large_rows_are_compared_figure_by_figure_not_mention_by_mention(monkeypatch):
    # 12 articles give 234 guests, 12 others 238: two rows of 12 mentions each; whether they are one figure given
    # differently reads each distinct figure (and counting stage) once, not every pair of mentions (a story of
    # 300 articles holds rows of hundreds), and answers as the pairwise test would: one conflicting row
    calls = {"same": 0, "other_stage": 0}

    def counted(name, f):
        def wrapper(*args, **kwargs):
            calls[name] += 1
            return f(*args, **kwargs)
        return wrapper

    articles = [_article(f"a{k}", "en", "At the hotel 234 guests were staying that night.") for k in range(12)]
    articles += [_article(f"b{k}", "de", "Im Hotel wohnten damals 238 Gäste.") for k in range(12)]
    ctx = Context()
    ctx.__dict__["embedder"] = KeywordEmbedder(TOPICS, 16, noise=0.01)
    story = Story("s1", "t", tuple(a.id for a in articles))
    claims = list(find_claims(Report(articles=tuple(articles), stories=(story,)), ctx).claims)
    sc = StoryComparison(story, claims, ctx, {a.id: a.language for a in articles}, {})
    value_groups(sc)  # reads each mention's keys as the comparison does
    rows = [ValueRow([m for m in sc.value_mentions if m.value.value == n], False, ()) for n in (234, 238)]
    assert [len(r.mentions) for r in rows] == [12, 12]
    monkeypatch.setattr(samerow, "same", counted("same", samerow.same))
    monkeypatch.setattr(samerow, "other_stage", counted("other_stage", samerow.other_stage))
    joined = samerow.join(rows, sc)
    assert len(joined) == 1 and joined[0].conflicting and _counts(joined[0]) == [234] * 12 + [238] * 12
    assert calls["same"] <= 36 and calls["other_stage"] <= 12  # 12 x 12 = 144 pairs of mentions each before
