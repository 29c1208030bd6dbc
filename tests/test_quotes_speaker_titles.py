"""A title chain names its holder: the person named at once after a role is the speaker, in a coordinated clause
("Prime Minister X described …, and said") and after a body's initials in brackets ("the leader of the United
National Movement (UNM) Tina Bokuchava") (sentences written for these tests: en, de, es, it, pl, ru)."""
from __future__ import annotations

import pytest

from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


@pytest.mark.parametrize("lang, text, person", [
    ("de", "Ministerpräsident Hans Weber beschrieb am Sonntag den Sieg als „beeindruckend“ und sagte: „Jeder Versuch "
           "ist zum Scheitern verurteilt.“", "Hans Weber"),
    ("es", "El primer ministro Jorge Ruiz calificó el domingo la victoria de «impresionante» y dijo: «Cualquier "
           "intento está condenado al fracaso».", "Jorge Ruiz"),
    ("it", "Il premier Marco Bianchi ha definito la vittoria «netta» e ha detto: «Ogni tentativo è destinato a "
           "fallire».", "Marco Bianchi"),
    ("pl", "Premier Jan Nowak opisał w niedzielę zwycięstwo jako „imponujące” i powiedział: „Każda próba jest "
           "skazana na porażkę”.", "Jan Nowak"),
])
def test_a_coordinated_verb_shares_the_title_holder_not_the_bare_title(ctx, lang, text, person):
    qs = quotes(ctx, text, people=[[person]], lang=lang)
    direct = [q for q in qs if q.kind == "direct"]
    assert direct and all((q.speaker.text, q.speaker.entity) == (person, "per0") for q in direct)


@pytest.mark.parametrize("lang, text, person, body", [
    ("en", "“We cannot accept the rigged results,” said the leader of the United National Movement (UNM) Tina "
           "Bokuchava at the election night.", "Tina Bokuchava", ["United National Movement", "UNM"]),
    ("ru", "«Мы не признаём итоги», — заявила лидер Единого национального движения (ЕНД) Тина Бокучава на вечере.",
     "Тина Бокучава", ["Единого национального движения", "ЕНД"]),
    ("de", "„Wir erkennen die Ergebnisse nicht an“, sagte die Vorsitzende der Vereinten Nationalen Bewegung (UNM) "
           "Tina Bokutschawa am Abend.", "Tina Bokutschawa", ["Vereinten Nationalen Bewegung", "UNM"]),
])
def test_a_bodys_initials_in_brackets_do_not_end_the_title_chain(ctx, lang, text, person, body):
    qs = quotes(ctx, text, people=[[person]], orgs=[body], lang=lang)
    assert [(q.speaker.text, q.speaker.entity) for q in qs if q.kind == "direct"] == [(person, "per0")]


@pytest.mark.parametrize("lang, text, people, org", [
    ("en", "Nurlan Abdirov opened the count on Monday.\n“The vote was free and open,” said the head of the "
           "observation mission, First Deputy Secretary General of the CIS Leonid Anfimov at a briefing.",
     [["Nurlan Abdirov"], ["Leonid Anfimov"]], ["CIS"]),
    ("ru", "Нурлан Абдиров открыл подсчёт в понедельник.\n«Голосование было свободным», — заявил глава миссии "
           "наблюдателей, первый заместитель председателя Исполнительного комитета СНГ Леонид Анфимов на брифинге.",
     [["Нурлан Абдиров"], ["Леонид Анфимов"]], ["СНГ"]),
    ("de", "Nurlan Abdirow eröffnete am Montag die Zählung.\n„Die Abstimmung war frei“, sagte der Leiter der "
           "Beobachtermission, Erster Stellvertretender Generalsekretär der GUS Leonid Anfimow bei einem Briefing.",
     [["Nurlan Abdirow"], ["Leonid Anfimow"]], ["GUS"]),
    ("fr", "Nurlan Abdirov a ouvert le décompte lundi.\n« Le vote était libre », a déclaré le chef de la mission "
           "d'observation, premier secrétaire général adjoint de la CEI Leonid Anfimov lors d'un point presse.",
     [["Nurlan Abdirov"], ["Leonid Anfimov"]], ["CEI"]),
])
def test_a_long_title_chain_after_the_comma_names_the_speaker_not_the_last_one(ctx, lang, text, people, org):
    qs = quotes(ctx, text, people=people, orgs=[org], lang=lang)
    assert [(q.speaker.text, q.speaker.entity) for q in qs if q.kind == "direct"] == [(people[1][0], "per1")]


@pytest.mark.parametrize("lang, text, body", [
    ("en", "“We express our concerns about the uneven playing field,” said a statement issued by the international "
           "monitoring mission.", "the international monitoring mission"),
    ("fr", "« Nous exprimons nos inquiétudes sur les conditions du scrutin », a indiqué un communiqué publié par la "
           "mission internationale d'observation.", "la mission"),
    ("es", "«Expresamos nuestra preocupación por las condiciones electorales», dijo un comunicado emitido por la "
           "misión internacional de observación.", "la misión"),
])
def test_a_statement_as_the_subject_speaks_for_the_body_that_issued_it(ctx, lang, text, body):
    qs = quotes(ctx, text, lang=lang)
    assert [(q.speaker.text, q.speaker.kind) for q in qs if q.kind == "direct"] == [(body, "organisation")]
