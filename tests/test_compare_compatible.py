"""Compatibility rules: different values in matching sentences that are not a conflict, each named."""
from __future__ import annotations

from dataclasses import replace

from storylens.compare.compatible import Side, explain
from storylens.model import Claim
from storylens.values import extract


def side(text: str, language: str = "en", pick: int = 0, entities=(), near=(), article: str = "a") -> Side:
    values = tuple(extract(text, language))
    claim = Claim(f"c-{article}", article, text, 0, len(text), values, tuple(entities))
    return Side(values[pick], claim, language, frozenset(near))


def rule(a: Side, b: Side) -> str | None:
    found = explain(a, b)
    return found.name if found else None


def test_an_upper_bound_keeps_a_value_within_it():
    assert rule(side("The attackers left in under eight minutes."), side("The attackers left after seven minutes.")) \
        == "bound"
    assert rule(side("They raised more than $100 million."), side("Они собрали 120 млн долларов.", "ru")) == "bound"


def test_a_bound_of_a_measure_keeps_no_figure_ten_times_smaller():
    # a depth of five metres is no distance within 10 km: two things, apart without a conflict
    assert rule(side("The tank sank in a swamp up to 10 km from the border."), side("Der Panzer lag fünf Meter tief.", "de")) \
        == "other magnitude"
    assert rule(side("The road runs up to 10 km."), side("The road runs 8 km.")) == "bound"


def test_a_value_outside_the_bound_is_a_conflict():
    assert rule(side("The attackers left in under eight minutes."), side("They left after ten minutes.")) is None


def test_approximations_agree_near_and_differ_far():
    assert rule(side("une centaine de policiers", "fr"), side("100 police officers")) == "approximation"
    assert rule(side("about 100 officers"), side("about 60 officers")) is None


def test_a_genuine_difference_of_a_count_is_not_explained_away():
    assert rule(side("12 people were injured"), side("14 people were injured")) is None


def test_rounding_but_never_of_years():
    assert rule(side("1.5 million people"), side("1,512,000 people")) == "rounding"
    assert rule(side("until 2030"), side("until 2033")) is None


def test_a_range_holds_a_value_within_it():
    assert rule(side("in 2022–2023"), side("in 2023")) == "range"


def test_lists_naming_different_subsets():
    a = side("calibres of 82, 120, 122 and 152 mm", pick=1)
    b = side("82, 122, 152 mm shells", pick=0)
    assert a.value.value == 120 and rule(a, b) == "list"


def test_conversions_side_by_side_in_one_article():
    a = side("a fine of €50m ($58m)", pick=1)
    b = side("a fine of €50m ($55m)", pick=1)
    assert rule(a, b) == "conversion"
    assert rule(side("a fine of $58m"), side("a fine of $70m")) is None


def test_a_total_against_its_part():
    whole = side("Apple and Meta were fined a combined €700 million.")
    part = side("Apple was fined €500 million and Meta €200 million.")
    assert rule(whole, part) == "total"


def test_values_beside_different_subjects_both_sentences_name():
    a = side("Apple was fined €500 million, Meta was also fined.", entities=("apple", "meta"), near=("apple",))
    b = side("Meta was fined €200 million after Apple was.", entities=("apple", "meta"), near=("meta",))
    assert rule(a, b) == "other subject"


def test_stop_words_come_from_spacy_data():
    from storylens.adapters.stopwords import stop_words

    assert "которого" in stop_words("ru") and "against" in stop_words("en") and "les" in stop_words("fr")
    assert stop_words("xx-unknown") == frozenset()


def test_a_date_given_less_precisely():
    assert rule(side("à compter de janvier 2026", "fr"), side("from 1 January 2026")) == "precision"
    assert rule(side("on 1 February 2026"), side("from 1 January 2026")) is None


def test_the_last_day_of_a_period_and_the_first_of_the_next():
    assert rule(side("Dual circulation lasts until 31 January."), side("à compter du 1er février, l'euro seul", "fr")) \
        == "boundary"
    assert rule(side("Лев и евро ще се използват до 31 януари.", "bg"), side("Le lev circulera jusqu'au 1er février 2026.", "fr")) \
        == "boundary"
    # a day apart without a period's edge is a different date (27 / 28 April)
    assert rule(side("The blackout began on 27 April."), side("The blackout began on 28 April.")) is None


def test_figures_ten_times_apart_are_two_quantities():
    assert rule(side("The eurozone has 21 members."), side("It has 350 million people.")) == "other magnitude"
    assert rule(side("1 child was killed"), side("7 children were killed")) is None  # seven times: a conflict
    assert rule(side("0 people were killed"), side("2 people were killed")) is None  # a zero is any size


def test_a_deadline_and_a_later_time_are_two_things_an_earlier_one_conflicts():
    assert rule(side("Most of the power was back by 5 a.m."), side("El sistema quedó restablecido a las 11:15.", "es")) \
        == "deadline"
    assert rule(side("Die Leitung war bis 18 Uhr gesperrt.", "de"), side("La linea è stata riaperta alle 19.30.", "it")) \
        == "deadline"
    assert rule(side("Most of the power was back by 5 a.m."), side("The power came back at 4:10.")) is None
    assert rule(side("Pożar wybuchł o godz. 18.", "pl"), side("Η φωτιά ξέσπασε στις 18:40.", "el")) is None


def test_an_approximate_count_holds_only_its_rounding():
    assert rule(side("Zginęło około 40 osób.", "pl"), side("Sono morte 43 persone.", "it")) == "approximation"
    assert rule(side("Zginęło około 40 osób.", "pl"), side("Sono morte 47 persone.", "it")) is None


def test_a_bare_bound_and_a_number_with_a_unit_compare_as_written():
    # "over 98" against "старше 65 лет": 98 and 65 (not 65 years in seconds), so no bound keeps them together
    assert rule(side("for citizens over 98, the regime is extended"), side("для граждан старше 65 лет", "ru")) is None


def test_a_time_on_another_clock_never_conflicts_with_local_time():
    gmt = side("Incendiul a izbucnit în jurul orei locale 03:30 (00:30 GMT) la hotel.", "ro", pick=1)
    brazil = side("O incêndio começou às 3h30 (horário local, 21h30 de segunda-feira em Brasília).", "pt", pick=1)
    assert rule(gmt, brazil) == "time zone"
    assert rule(side("The fire broke out at 03:10."), gmt) == "time zone"
    # the same clock on both sides still conflicts
    assert rule(side("The alarm came at 00:30 GMT."), side("The alarm came at 00:50 GMT.")) is None


def test_a_bracket_of_a_classification_is_no_figure_of_the_story():
    towns = side("W miastach liczących od 201 do 500 tys. mieszkańców Trzaskowski wygrał.", "pl")
    assert rule(towns, side("Die Differenz lag bei 0,6 Prozentpunkten.", "de")) == "bracket"
    assert rule(side("Firms with 21-50 employees grew."), side("The firm had 35 employees.")) == "bracket"
    assert rule(side("From 40 to 50 people died."), side("Some 45 people died.")) == "range"  # no bracket


def test_approximate_times_hold_the_half_hour_around_them():
    assert rule(side("Yangın saat 03.30 sıralarında çıktı.", "tr"), side("Ohlášen byl ve 3:27 místního času.", "cs")) \
        == "approximation"
    assert rule(side("O fogo começou por volta das 3h30.", "pt"), side("The fire was reported at 3:27.")) \
        == "approximation"
    assert rule(side("The fire was reported at 3:30."), side("The fire was reported at 3:27.")) is None


def test_rounding_drops_decimals_half_up():
    assert rule(side("Inflation reached 4.6% in May."), side("Inflation reached 5% in May.")) == "rounding"
    assert rule(side("The bridge is 1.35 km long."), side("Le pont mesure 1,4 km.", "fr")) == "rounding"
    assert rule(side("The loss was 4.6 billion euros."), side("The loss was 5 billion euros.")) == "rounding"
    assert rule(side("The shares fell 12.4% today."), side("The shares fell 12% today.")) == "rounding"


def test_dropped_decimals_never_reconcile_a_far_or_an_equally_precise_figure():
    assert rule(side("Inflation reached 4.4% in May."), side("Inflation reached 5% in May.")) is None
    assert rule(side("Inflation reached 1.4% in May."), side("Inflation reached 1% in May.")) is None  # 40% apart
    assert rule(side("Inflation reached 4.6% in May."), side("Inflation reached 4.9% in May.")) is None
    assert rule(side("The shares fell 92 points."), side("The shares fell 100 points.")) is None
    assert rule(side("The loss was 46 million euros."), side("The loss was 50 million euros.")) is None


def test_a_bare_number_and_a_figure_with_a_unit_three_times_apart_are_two_things():
    assert rule(side("for citizens over 200, the regime is extended"), side("для граждан старше 65 лет", "ru")) \
        == "other magnitude"
    assert rule(side("for citizens over 98, the regime is extended"), side("для граждан старше 65 лет", "ru")) is None


def test_times_of_day_hours_apart_are_two_moments():
    bodies = side("Λίγο πριν τις 23:00 ένα σκάφος έφερε πτώματα στο λιμάνι.", "el")
    survivors = side("Die ersten Überlebenden kamen um 12 Uhr mittags im Hafen an.", "de")
    assert rule(bodies, survivors) == "two moments"
    assert rule(side("Les secours sont arrivés à 9h15.", "fr"), side("Rescuers arrived at 14:40.")) == "two moments"
    # minutes off stay a conflict, round the clock too (23:50 / 00:10)
    assert rule(side("The bridge fell at 2:55."), side("Die Brücke stürzte um 3:08 Uhr ein.", "de")) is None
    assert rule(side("El incendio empezó a las 23:50.", "es"), side("The fire began at 00:10.")) is None


def test_days_months_apart_are_two_events():
    assert rule(side("Vlada je proglasila 2. novembar za Dan žalosti.", "sr"),
                side("Dan žalosti je proglašen za nedelju, 23. mart.", "sr")) == "far days"
    assert rule(side("Le contrat a été signé le 4 juin 2025.", "fr"), side("The deal was signed on 2 September 2025.")) \
        == "far days"
    # a day or ten days off is one date given two ways: a conflict
    assert rule(side("Die Lizenz lief am 14. März ab.", "de"), side("The licence expired on 24 March.")) is None
    assert rule(side("Smlouva byla podepsána 4. června 2025.", "cs"), side("The deal was signed on 5 June 2025.")) \
        is None
    # the right day with a wrong year is one date given wrongly: a conflict
    assert rule(side("The bridge collapsed on 12 September 2021."), side("Il ponte è crollato l'11 settembre 2024.", "it")) \
        is None


def test_years_far_apart_are_two_events():
    assert rule(side("Dort verkaufte er sie 1816 an das British Museum.", "de"),
                side("Le Royaume-Uni y voit une vente légale effectuée en 1802.", "fr")) == "far years"
    assert rule(side("La ley entró en vigor en 2022.", "es"), side("The law took effect in 2024.")) is None


def test_a_side_reads_each_thing_once_and_a_replaced_side_reads_again():
    s = side("They raised more than $100 million.")
    calls = []

    def count(x):
        calls.append(x)
        return len(calls)

    assert s.read("k", count) == 1 and s.read("k", count) == 1 and len(calls) == 1
    assert s.read("other", count) == 2
    fresh = replace(s, elsewhere=())
    assert fresh == s and fresh.read("k", count) == 3  # ``replace`` starts with nothing read


def _total_by_every_value(a: Side, b: Side) -> bool:
    """``total`` as it read every value of both articles before it was indexed (session 22): the reference."""
    from storylens.compare.compatible import TOTAL, _number
    from storylens.valuecompare import same

    for s, t in ((a, b), (b, a)):
        x, y = _number(s.value), _number(t.value)
        if x is None or y is None or x <= y:
            continue
        counts = [v for v in (*s.claim.values, *t.claim.values) if v.kind == "count" and v is not s.value
                  and v is not t.value]
        rest = {n for v in (*t.others(), *t.elsewhere, *s.elsewhere, *counts)
                if (n := _number(v)) is not None and not same(v, t.value)}
        slack = 0.0 if s.value.kind == "count" and t.value.kind == "count" else TOTAL * x
        if any(abs(y + r - x) <= slack for r in rest):
            return True
    return False


def test_the_indexed_total_decides_as_reading_every_value():
    import random

    from storylens.compare.compatible import total
    from storylens.model import Value

    rng = random.Random(22)
    found = 0
    for _ in range(400):
        kind = rng.choice(("count", "money"))
        unit = "EUR" if kind == "money" else None

        def val(n, approximate=False):
            return Value(kind, n, str(n), unit, None, None, approximate)

        def make(article):
            own = val(rng.choice((7, 10, 12, 20, 30, 100, 200, 500, 700, 1_000_000, 2.5, 0.1)) * rng.choice((1, 3)))
            extra = tuple(val(rng.choice((2, 3, 5, 10, 20, 200, 300, 1.9, 4.99, 5.05, 0.3, 499_999))) for _ in range(3))
            elsewhere = tuple(val(rng.choice((5, 7, 8, 190, 200, 205, 1e15, 6.95))) for _ in range(rng.randint(0, 6)))
            claim = Claim(f"c-{article}", article, "x", 0, 1, (own, *extra), ())
            return Side(own, claim, "en", frozenset(), elsewhere)

        a, b = make("a"), make("b")
        want = _total_by_every_value(a, b)
        found += want
        assert total(a, b) == want
    assert found  # the cases hold some totals
