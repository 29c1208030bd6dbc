"""Organisation-name rules, each alone on hand-built sentences: descriptors, genitive tails, remits, cues."""
from __future__ import annotations

from storylens.entities import orgs
from storylens.entities.cands import Cand, Sent
from storylens.entities.gazetteer import gazetteer
from storylens.entities.kit import kit
from storylens.entities.recognise import resolve_overlaps


def sent(text: str, cands: list[tuple[str, str]], code: str = "ru") -> Sent:
    s = Sent(text, 0, len(text), kit(code), gazetteer(("en", "ru")), True)
    s.cands = [Cand(text.index(w), text.index(w) + len(w), t, "natasha") for w, t in cands]
    return s


def spans(s: Sent) -> list[tuple[str, str, bool]]:
    return sorted((s.text[c.start:c.end], c.type, c.nested) for c in s.cands)


def test_descriptor_before_a_genitive_place_is_an_organisation_and_the_place_stays_nested():
    s = sent("Правительство Китая и посольство США ответили.", [("Китая", "LOC"), ("США", "LOC")])
    s.cands = orgs.descriptor_of_name(s)
    assert spans(s) == sorted([("Китая", "LOC", True), ("США", "LOC", True),
                               ("Правительство Китая", "ORG", False), ("посольство США", "ORG", False)])


def test_descriptor_takes_a_title_and_place_adjectives_but_not_other_words():
    s = sent("Об этом сообщила пресс-служба президента Украины.", [("Украины", "LOC")])
    s.cands = orgs.descriptor_of_name(s)
    assert ("пресс-служба президента Украины", "ORG", False) in spans(s)
    s = sent("В японском МИДе заявили.", [("МИДе", "ORG")])
    assert orgs.descriptor_of_name(s)  # МИД is a descriptor itself: nothing before it to take
    s = sent("Он прилетел в столицу Китая вчера.", [("Китая", "LOC")])
    assert spans(s) == [("Китая", "LOC", False)]  # "столица" is no organisation
    s.cands = orgs.descriptor_of_name(s)
    assert spans(s) == [("Китая", "LOC", False)]


def test_place_adjectives_come_from_the_gazetteer():
    gaz = gazetteer(("en", "ru"))
    assert gaz.is_place_adjective("японский") and gaz.is_place_adjective("российский")
    assert gaz.is_place_adjective("лондонский") and gaz.is_place_adjective("американский")
    assert not gaz.is_place_adjective("антимонопольный") and not gaz.is_place_adjective("новый")


def test_genitive_tail_joins_a_body_and_its_country():
    s = sent("Национальный банк Украины снизил ставку.", [("Национальный банк", "ORG"), ("Украины", "LOC")])
    s.cands = orgs.genitive_tail(s)
    assert spans(s) == [("Национальный банк Украины", "ORG", False), ("Украины", "LOC", True)]


def test_genitive_tail_leaves_a_name_and_a_place_apart():
    s = sent("Газпром России не ответил.", [("Газпром", "ORG"), ("России", "LOC")])
    # "Газпром" is a proper name, not a body named by what follows it; both stay
    before = spans(s)
    s.cands = orgs.genitive_tail(s)
    assert spans(s) == before
    s = sent("Встреча Путина Москвы не касалась.", [("Путина", "PER"), ("Москвы", "LOC")])
    s.cands = orgs.genitive_tail(s)
    assert ("Путина", "PER", False) in spans(s) and ("Москвы", "LOC", False) in spans(s)


def test_remit_extends_a_body_over_what_it_deals_with_and_stops_at_a_person():
    text = "Зампред комитета Госдумы по обороне Алексей Журавлев заявил."
    s = sent(text, [("Госдумы", "ORG"), ("Алексей Журавлев", "PER")])
    for rule in (orgs.descriptor_of_name, orgs.remit):
        s.cands = rule(s)
    assert ("комитета Госдумы по обороне", "ORG", False) in spans(s)
    assert ("Госдумы", "ORG", True) in spans(s) and ("Алексей Журавлев", "PER", False) in spans(s)
    text = "Совет при Президенте РФ по развитию информационного общества собрался."
    s = sent(text, [("Совет", "ORG"), ("РФ", "LOC")])
    s.cands = orgs.remit(s)
    assert ("Совет при Президенте РФ по развитию информационного общества", "ORG", False) in spans(s)


def test_cue_types_an_organisation_but_not_a_persons_full_name():
    s = sent("Пилоты команды МакЛарен-Мерседес и шеф концерна Бернд Пишетсридер.",
             [("МакЛарен-Мерседес", "PER"), ("Бернд Пишетсридер", "PER")])
    s.cands = orgs.cue_types(s)
    assert spans(s) == [("Бернд Пишетсридер", "PER", False), ("МакЛарен-Мерседес", "ORG", False)]


def test_common_abbreviations_are_no_names():
    s = sent("По данным СМИ, ООН и ВВП.", [("СМИ", "ORG"), ("ООН", "ORG"), ("ВВП", "ORG")])
    s.cands = orgs.common_abbreviations(s)
    assert spans(s) == [("ООН", "ORG", False)]


def test_nested_names_survive_overlap_resolution_inside_their_container():
    text = "Правительство Китая ответило."
    outer = Cand(0, len("Правительство Китая"), "ORG", "natasha")
    inner = Cand(text.index("Китая"), text.index("Китая") + 5, "LOC", "natasha", nested=True)
    stray = Cand(0, len("Правительство"), "ORG", "rules")
    kept = resolve_overlaps([inner, stray, outer])
    assert [(text[c.start:c.end], c.nested) for c in kept] == [("Правительство Китая", False), ("Китая", True)]


def test_genitive_tail_joins_a_body_named_by_its_kind_and_its_country():
    s = sent("Депутаты Госдумы России и Госдепартамента США спорят.", [("Госдумы", "ORG"), ("России", "LOC"),
                                                                        ("Госдепартамента", "ORG"), ("США", "LOC")])
    s.cands = orgs.genitive_tail(s)
    assert ("Госдумы России", "ORG", False) in spans(s) and ("Госдепартамента США", "ORG", False) in spans(s)
    assert ("России", "LOC", True) in spans(s)
    s = sent("Депутат Госдумы Москвы выступил.", [("Госдумы", "ORG"), ("Москвы", "LOC")])
    s.cands = orgs.genitive_tail(s)  # a city is no country a body of this kind belongs to
    assert spans(s) == [("Госдумы", "ORG", False), ("Москвы", "LOC", False)]
