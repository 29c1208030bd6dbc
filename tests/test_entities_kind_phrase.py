"""The phrase naming an organisation: its name with the kind word and adjectives before it (entities/phrase.py)."""
from __future__ import annotations

from storylens.entities.kit import kit
from storylens.entities.phrase import kind_phrase


def phrase(text: str, name: str, taken: tuple[str, ...] = ()) -> str:
    a = text.index(name)
    spans = [(text.index(t), text.index(t) + len(t)) for t in taken]
    return text[kind_phrase(text, a, a + len(name), kit("ru"), spans):a + len(name)]


def test_kind_word_and_its_adjectives_open_the_phrase():
    assert phrase("Об этом пишет независимый еженедельник «Пермский обозреватель».", "Пермский обозреватель") \
        == "независимый еженедельник «Пермский обозреватель"
    assert phrase("Он зарегистрировался в социальной сети Facebook вчера.", "Facebook") == "социальной сети Facebook"
    assert phrase("Акции купила компания Microsoft.", "Microsoft") == "компания Microsoft"
    assert phrase("Компания Microsoft отказалась.", "Microsoft") == "Компания Microsoft"  # first word of its sentence
    assert phrase("Директор ООО «Ромашка» ушёл.", "Ромашка") == "ООО «Ромашка"  # a legal form in capitals
    assert phrase("Шины поставляет группа компаний Michelin.", "Michelin") == "группа компаний Michelin"


def test_no_kind_word_no_phrase():
    assert phrase("Вчера Microsoft отказалась.", "Microsoft") == "Microsoft"
    assert phrase("Об этом сообщил бывший сотрудник Google.", "Google") == "Google"  # a person's post, no kind
    # a body named by what follows it is a name of its own (descriptor_of_name), not a name with its kind
    assert phrase("Представитель правительства Израиля заявил.", "Израиля") == "Израиля"
    # an adjective of time is no part of it; a word of another name is no kind word
    assert phrase("Прежняя партия «Яблоко» распалась.", "Яблоко") == "партия «Яблоко"
    assert phrase("Глава Компании Ромашка ушёл.", "Ромашка", taken=("Компании",)) == "Ромашка"


def test_a_language_without_kind_words_has_no_phrase():
    text = "The company Microsoft declined."
    a = text.index("Microsoft")
    assert kind_phrase(text, a, a + 9, kit("en")) == a
