"""Acronyms spelled like function words, and names glossed in parentheses in another script (entities/rules.py)."""
from __future__ import annotations

from storylens.entities import rules
from storylens.entities.cands import Cand, Sent
from storylens.entities.gazetteer import gazetteer
from storylens.entities.kit import kit


def sent(text: str, cands: list[tuple[str, str]], code: str = "ru") -> Sent:
    s = Sent(text, 0, len(text), kit(code), gazetteer(("en", "ru")), True)
    s.cands = [Cand(text.index(w), text.index(w) + len(w), t, "natasha") for w, t in cands]
    return s


def spans(s: Sent) -> list[tuple[str, str]]:
    return sorted((s.text[c.start:c.end], c.type) for c in s.cands)


def test_an_acronym_spelled_like_a_stop_word_is_a_name():
    s = sent("Об этом сообщили в НАСА.", [("НАСА", "ORG")])
    assert kit("ru").is_stop_word("наса")  # spaCy's Russian list has it
    assert spans(s) == [("НАСА", "ORG")] and rules.drop_non_names(s) == s.cands
    s = sent("Но Наса ушла.", [("Наса", "PER")])
    assert rules.drop_non_names(s) == []  # written as a word, it is the word


def test_a_name_glossed_in_parentheses_takes_the_type_of_the_name_before_it():
    s = sent("Об этом пишет газета «Кориера делла Сера» (Corriere della Sera) сегодня.", [("Кориера делла Сера", "ORG")])
    s.cands = rules.foreign_script(s)
    assert ("Corriere della Sera", "ORG") in spans(s)
    s = sent("Агенты похитили Халеда эль-Масри (Khaled el-Masri) в Скопье.", [("Халеда эль-Масри", "PER")])
    s.cands = rules.foreign_script(s)
    assert ("Khaled el-Masri", "PER") in spans(s)
    s = sent("Он читал Guardian (London, 2009).", [])  # nothing before the parenthesis: as before, typed by cues
    s.cands = rules.foreign_script(s)
    assert ("London", "ORG") not in spans(s) and ("London", "PER") not in spans(s)
