"""A person in an oblique case written right before another's full name ("the spokesman of Putin Dmitry Peskov" in
Slavic word order) is two people (sentences written for these tests)."""
from __future__ import annotations

import pytest

from storylens.entities.cands import Cand, Sent
from storylens.entities.gazetteer import gazetteer
from storylens.entities.kit import kit
from storylens.entities.shapes import split_owner_person


def spans(lang: str, text: str, name: str) -> list[str]:
    at = text.rindex(name)
    opening = text.rfind(". ", 0, at)
    s = Sent(text, opening + 2 if opening >= 0 else 0, len(text), kit(lang), gazetteer((lang,)), True)
    s.cands = [Cand(at, at + len(name), "PER", "slovnet")]
    return [text[c.start:c.end] for c in split_owner_person(s)]


@pytest.mark.parametrize("lang, text, name, parts", [
    # the owner's case ending, and the person's surname standing alone elsewhere in the article
    ("uk", "Гнатюк мовчав. Речник Остапенка Дмитро Гнатюк заявив журналістам.", "Остапенка Дмитро Гнатюк",
     ["Остапенка", "Дмитро Гнатюк"]),
    # a given name the language data knows
    ("pl", "Rzecznik Ostapenki Marko Gnatiuk powiedział dziennikarzom.", "Ostapenki Marko Gnatiuk",
     ["Ostapenki", "Marko Gnatiuk"]),
    # Russian: the dictionary knows the given name and reads the owner's cases
    ("ru", "Пресс-секретарь Остапенко Сергей Гнатюк заявил журналистам.", "Остапенко Сергей Гнатюк",
     ["Остапенко Сергей Гнатюк"]),  # (an indeclinable surname has no oblique case to read: one name)
])
def test_an_owner_in_an_oblique_case_before_a_full_name_is_its_own_person(lang, text, name, parts):
    assert spans(lang, text, name) == parts


@pytest.mark.parametrize("lang, text, name", [
    # a name opening its sentence: no word before it for the owner to depend on
    ("uk", "Коваленка Олена Петрівна сказала. Коваленка Олена Петрівна пішла.", "Коваленка Олена Петрівна"),
    # nothing shows the last word is a known name without the first
    ("pl", "Spotkał Kowalskiego Jana. Rzecznik Ostapenki Dmitrij Gnatiuk milczy.", "Ostapenki Dmitrij Gnatiuk"),
])
def test_a_name_without_both_signs_stays_whole(lang, text, name):
    assert spans(lang, text, name) == [name]
