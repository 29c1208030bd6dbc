"""A quotation attributed by a noun phrase after it ("“…”, le parole di X", "„…” – słowa premiera"): own sentences."""
from __future__ import annotations

import pytest

from storylens.resources import Context
from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


@pytest.mark.parametrize("lang, text, name", [
    ("it", "«Dobbiamo ricostruire insieme il paese», le prime parole di Marco Bianchi dopo il voto.", "Marco Bianchi"),
    ("pl", "„Nie cofniemy się ani o krok” – słowa Anny Nowak na konferencji.", "Anny Nowak"),
    ("es", "«Es un día triste para todos», son las palabras de Elena Gil tras la reunión.", "Elena Gil"),
    ("pt", "«Vamos reconstruir tudo», foram as palavras de Rui Costa aos jornalistas.", "Rui Costa"),
    ("fr", "« Nous ne céderons pas », les mots de Claire Martin devant la presse.", "Claire Martin"),
    ("ru", "«Мы не отступим», — слова Ивана Петрова на встрече с жителями.", "Ивана Петрова"),
    ("de", "„Wir werden das Dach neu bauen“ – die Worte von Jonas Weber am Montag.", "Jonas Weber"),
    ("el", "«Δεν θα κάνουμε πίσω», τα λόγια του Νίκου Παππά στη Βουλή.", "Νίκου Παππά"),
    ("sr", "„Нећемо одустати”, речи Марка Јовића после састанка.", "Марка Јовића"),
])
def test_a_speech_noun_with_its_owner_attributes_the_quotation(ctx, lang, text, name):
    qs = quotes(ctx, text, people=[[name]], lang=lang)
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per0")]


@pytest.mark.parametrize("lang, text, name", [
    ("en", "“We will rebuild the bridge within a year,” was the sharp response from the minister Anna Weber.", "Anna Weber"),
    ("en", "“We will rebuild the bridge,” came the reply of Anna Weber.", "Anna Weber"),
    ("ru", "«Мы восстановим мост за год», — такой ответ дала Анна Вебер.", "Анна Вебер"),
    ("fr", "« Nous reconstruirons le pont », a été la réponse d'Anna Weber.", "Anna Weber"),
    ("es", "«Reconstruiremos el puente», fue la respuesta de Anna Weber.", "Anna Weber"),
    ("de", "„Wir bauen die Brücke wieder auf“ – die Antwort von Anna Weber kam schnell.", "Anna Weber"),
    ("bg", "„Ще възстановим моста“, беше отговорът на Анна Вебер.", "Анна Вебер"),
    ("uk", "«Ми відновимо міст», — така відповідь Анни Вебер.", "Анни Вебер"),
])
def test_a_response_or_reply_names_whose_words_they_were(ctx, lang, text, name):
    qs = quotes(ctx, text, people=[[name]], lang=lang)
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per0")]


def test_a_title_chain_before_the_name_gives_the_words_to_the_name(ctx):
    qs = quotes(ctx, "“We try not to notice it,” was the sharp response from the First Deputy Chairman of the Defence "
                     "Committee, Aleksey Zhuravlyov.", people=[["Aleksey Zhuravlyov"]], orgs=[["Defence Committee"]],
                lang="en")
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per0")]


def test_an_answer_owned_by_no_one_is_no_attribution(ctx):
    assert quotes(ctx, "“No comment” was the answer.", lang="en") == []
    assert quotes(ctx, "“Stop the war,” the message on the banners read.", lang="en") == []


def test_a_role_owns_the_words(ctx):
    qs = quotes(ctx, "Premier Jan Kowalski odwiedził miasto.\n„Odbudujemy każdy dom” – słowa premiera.",
                people=[["Jan Kowalski"]], lang="pl")
    direct = [q for q in qs if q.kind == "direct"]
    assert [(q.speaker.entity, q.text) for q in direct] == [("per0", "Odbudujemy każdy dom")]


def test_words_about_words_are_no_attribution(ctx):
    # the words are the topic, owned by nobody named: no speaker, no quote
    qs = quotes(ctx, "„Solidarność” – słowa, które zmieniły historię kraju.", lang="pl")
    assert qs == []

