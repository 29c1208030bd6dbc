"""Who speaks, in forms of real coverage (own sentences): a body after a plural verb, a medium or addressee after a
role, a broadcaster's transcript label, a name with a word glued before it, a witness's account."""
from __future__ import annotations

import pytest

from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


def said(qs):
    return [(q.kind, q.text, q.speaker.text, q.speaker.kind, q.speaker.entity) for q in qs]


@pytest.mark.parametrize("text, lang_, org", [
    ("Заглавие\n„Няма да подкрепим този кабинет“, заявиха от Синята партия.", "bg", "Синята партия"),
    ("Заглавие\n„Пътят е затворен до утре“, съобщиха от АПИ.", "bg", "АПИ"),
    ("Заголовок\n«Рятувальники працюють на місці», – повідомили в ДСНС.", "uk", "ДСНС"),
    ("Заголовок\n«Спасатели работают на месте», — сообщили в МЧС.", "ru", "МЧС"),
])
def test_a_plural_verb_without_a_subject_gives_the_words_to_the_body_after_it(ctx, text, lang_, org):
    qs = quotes(ctx, text, orgs=[[org]], lang=lang_)
    assert [(q.kind, q.speaker.kind, q.speaker.entity) for q in qs] == [("direct", "organisation", "org0")]


@pytest.mark.parametrize("text, lang_, org", [
    ("Заголовок\nУ ДСНС повідомили, що рятувальники працюють на місці.", "uk", "ДСНС"),
    ("Заголовок\nВ МЧС заявили, что спасатели работают на месте.", "ru", "МЧС"),
])
def test_a_plural_verb_after_a_preposition_and_a_body_gives_the_words_to_that_body(ctx, text, lang_, org):
    qs = quotes(ctx, text, orgs=[[org]], lang=lang_)
    assert [(q.kind, q.speaker.kind, q.speaker.entity) for q in qs] == [("indirect", "organisation", "org0")]


def test_an_impersonal_cue_after_a_quotation_of_several_sentences_finds_the_body_before_it(ctx):
    text = ("Заголовок\nНаціональне бюро розслідувань повідомило про обшуки.\n«Тривала робота. Задокументовано "
            "діяльність організації. Її учасники вибудували схему», – йдеться в повідомленні.")
    qs = quotes(ctx, text, lang="uk")
    assert [q.speaker.text for q in qs if q.kind == "direct"] == ["Національне бюро розслідувань"]


def test_a_plural_verb_and_a_place_after_it_give_no_body(ctx):
    qs = quotes(ctx, "Заглавие\n„Пътят е затворен до утре“, съобщиха от мястото на инцидента.", lang="bg")
    assert [q.speaker.entity for q in qs] in ([], [None])


@pytest.mark.parametrize("text, lang_, medium, who", [
    ("Titre\n« Nous avons vu le toit de la voiture », a raconté un témoin à la chaîne de télévision Canal Neuf.",
     "fr", "Canal Neuf", "un témoin"),
    ("Titel\n„Wir kennen die Hintergründe noch nicht“, sagte eine Sprecherin der Polizei auf Nachfrage der "
     "Nordischen Presseagentur.", "de", "Nordischen Presseagentur", "eine Sprecherin"),
    ("Titolo\n«Ho sentito un boato», ha raccontato un testimone all'emittente Radio Lago.", "it", "Radio Lago",
     "un testimone"),
    ("Tytuł\n„Słyszałam ogromny huk” – powiedziała jedna z mieszkanek w rozmowie z telewizją Kanał Północ.", "pl",
     "Kanał Północ", None),
])
def test_a_medium_or_addressee_after_an_unnamed_source_does_not_speak(ctx, text, lang_, medium, who):
    qs = quotes(ctx, text, orgs=[[medium]], lang=lang_)
    assert len(qs) == 1 and qs[0].speaker.entity is None and medium not in qs[0].speaker.text
    if who:
        assert qs[0].speaker.text == who


def test_a_name_after_a_role_and_its_body_is_the_role_s_holder(ctx):
    qs = quotes(ctx, "Заглавие\n„Няма да подкрепим кабинета“, каза председателят на Синята партия Иван Петров.",
                people=[["Иван Петров"]], orgs=[["Синята партия"]], lang="bg")
    assert [(q.speaker.kind, q.speaker.entity) for q in qs] == [("named", "per0")]


def test_a_capitalised_noun_after_an_article_gives_way_to_the_name_after_the_comma(ctx):
    qs = quotes(ctx, "Titel\n„Die Identifizierung dauert Wochen“, sagte der Rechtsmediziner des Instituts, Hans Weber.",
                people=[["Hans Weber"]], lang="de")
    assert [(q.speaker.kind, q.speaker.entity) for q in qs] == [("named", "per0")]


def test_a_broadcaster_s_transcript_labels_each_speaker_with_name_role_and_colon(ctx):
    text = ("Заглавие\nПремиерът и председателят на парламента говориха след заседанието.\n"
            "Иван Петров, министър-председател: Кабинетът няма мнозинство. Ще търсим решение с всички партии.\n"
            "Мария Иванова, председател на парламента: Парламентът ще гласува в сряда.")
    qs = quotes(ctx, text, people=[["Иван Петров"], ["Мария Иванова"]], lang="bg")
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [
        ("direct", "Кабинетът няма мнозинство. Ще търсим решение с всички партии", "per0"),
        ("direct", "Парламентът ще гласува в сряда", "per1")]


@pytest.mark.parametrize("text", [
    "Заглавие\nИван Петров, министър-председател: 2025",  # too few words to be speech
    "Заглавие\nИван Петров заяви в парламента: кабинетът има мнозинство и ще продължи.",  # a verb: another rule's
])
def test_a_label_needs_a_role_at_most_and_words_of_speech(ctx, text):
    qs = quotes(ctx, text, people=[["Иван Петров"]], lang="bg")
    assert all(q.rule if hasattr(q, "rule") else True for q in qs)
    assert not any(q.kind == "direct" for q in qs)


@pytest.mark.parametrize("text, lang_, name", [
    ("Titel\nAuf X Olaf Neumann schrieb: „Das ist ein furchtbarer Tag.“", "de", "X Olaf Neumann"),
    ("Title\nX Olaf Neumann wrote: \"This is a terrible day for the city.\"", "en", "X Olaf Neumann"),
    ("Titel\n„Wir tun alles“, sagte Innenministerin Nadja Berger.", "de", "Innenministerin Nadja Berger"),
    ("Titre\n« Mes pensées vont aux victimes », a déclaré sur X Olaf Neumann.", "fr", "X Olaf Neumann"),
])
def test_a_platform_or_title_glued_to_a_name_is_not_part_of_the_speaker(ctx, text, lang_, name):
    qs = quotes(ctx, text, people=[[name]], lang=lang_)
    assert [(q.speaker.text, q.speaker.entity) for q in qs] == [(name.split(" ", 1)[1], "per0")]


@pytest.mark.parametrize("text", [
    "Título\n«Hubo una explosión enorme», relataron testigos a la cadena local.",
    "Título\n«Hubo una explosión enorme», contó un vecino.",
])
def test_a_witness_s_account_in_spanish_is_a_quote_of_an_unnamed_source(ctx, text):
    qs = quotes(ctx, text, lang="es")
    assert [(q.kind, q.text, q.speaker.kind) for q in qs] == [("direct", "Hubo una explosión enorme", "unnamed")]


@pytest.mark.parametrize("text, lang_", [
    ("Title\nAnna Rossi was asked: \"Will you run again next year?\"", "en"),
    ("Title\nAt the rally, Rossi aides: \"We have the votes.\"", "en"),
    ("Titel\nAnna Rossi wurde gefragt: „Treten Sie wieder an?“", "de"),
    ("Заглавие\nАнна Роси беше попитана: „Ще се кандидатирате ли отново?“", "bg"),
    ("Tytuł\nAnna Rossi zapytana przez dziennikarzy: „Czy wystartuje pani ponownie?”", "pl"),
])
def test_words_put_to_a_person_before_a_colon_are_not_theirs(ctx, text, lang_):
    qs = quotes(ctx, text, people=[["Anna Rossi", "Rossi", "Анна Роси"]], lang=lang_)
    assert [q for q in qs if q.speaker.entity == "per0"] == []


@pytest.mark.parametrize("text", [
    "Title\nAnna Rossi on the economy: \"We have created jobs.\"",
    "Title\nAnna Rossi, the prosecutor, at the press conference: \"We found three victims.\"",
])
def test_a_person_and_a_colon_before_a_quotation_still_speak(ctx, text):
    qs = quotes(ctx, text, people=[["Anna Rossi"]], lang="en")
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per0")]


@pytest.mark.parametrize("text, lang_, name", [
    ("Título\nEl presidente, Carlos Ruiz, exigió una respuesta firme de la comunidad internacional.\n"
     "\"Necesitamos una reacción firme del mundo. Todos deben ayudar\".", "es", "Carlos Ruiz"),
    ("Titel\nKarl Neumann appellierte an seine Anhänger, die Hoffnung nicht zu verlieren. „Wir müssen in dieser "
     "Nacht gewinnen.“\n\nAm Wahltag war es ruhig.", "de", "Karl Neumann"),
    ("Τίτλος\nΟ δήμαρχος Κάρλος Ρουίθ επισκέφθηκε το σημείο.\n«Είναι μια τραγωδία για την πόλη μας».", "el",
     "Κάρλος Ρουίθ"),
])
def test_a_quotation_of_its_own_after_a_sentence_opening_with_a_person_is_theirs(ctx, text, lang_, name):
    qs = quotes(ctx, text, people=[[name]], lang=lang_)
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per0")]


@pytest.mark.parametrize("text", [
    "Title\nThe city was quiet on Sunday.\n\"It was a terrible night for everyone here.\"",  # no one opens it
    "Title\nKarl Neumann arrived on Monday. The film is called \"A terrible night for everyone\".",  # inside a sentence
])
def test_a_quotation_after_a_sentence_without_a_person_opening_it_is_not_given_one(ctx, text):
    assert [q for q in quotes(ctx, text, people=[["Karl Neumann"]], lang="en") if q.speaker.entity] == []


def test_a_quotation_left_open_ends_with_its_paragraph_when_the_next_opens_with_another_mark(ctx):
    text = ("Заголовок\nТереза Рубен, віцепрезидентка комісії, сказала: «Компанії не виконують вимог закону.\n"
            "“У результаті ми вжили твердих, але збалансованих заходів”, — додала вона.\nІнший абзац.")
    qs = quotes(ctx, text, people=[["Тереза Рубен"]], lang="uk")
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [
        ("direct", "Компанії не виконують вимог закону", "per0"),
        ("direct", "У результаті ми вжили твердих, але збалансованих заходів", "per0")]


def test_a_medium_in_the_genitive_still_describes_the_source(ctx):
    qs = quotes(ctx, "Заголовок\n«Было около двухсот человек», — сказал собеседник агентства.", lang="ru")
    assert [(q.speaker.text, q.speaker.kind) for q in qs] == [("собеседник агентства", "unnamed")]


@pytest.mark.parametrize("text, lang_", [
    ("Título\nMaría Gómez vio el accidente desde su balcón. «Hubo una explosión enorme», relató la testigo.", "es"),
    ("Title\nMaría Gómez saw the crash from her balcony. \"There was a huge bang,\" the witness said.", "en"),
    ("Titolo\nMaría Gómez ha visto l'incidente dal balcone. «C'è stato un boato», ha raccontato la testimone.", "it"),
    ("Titre\nMaría Gómez a vu l'accident depuis son balcon. « Il y a eu une explosion », a raconté le témoin.", "fr"),
])
def test_the_witness_after_a_sentence_about_one_person_is_that_person(ctx, text, lang_):
    qs = quotes(ctx, text, people=[["María Gómez"]], lang=lang_)
    assert [(q.speaker.kind, q.speaker.entity) for q in qs] == [("role", "per0")]


def test_the_source_after_an_unnamed_source_stays_unnamed(ctx):
    qs = quotes(ctx, "Title\nA source familiar with the talks said they had failed. María Gómez was not there. "
                     "\"There is no deal,\" the source added.", people=[["María Gómez"]], lang="en")
    assert [q.speaker.entity for q in qs if q.text == "There is no deal"] == [None]


def test_a_body_noun_does_not_mean_a_person_named_before_that_the_recogniser_typed_misc(ctx):
    text = ("Titolo\nIl cancelliere Olaf Scholz ha affermato: “Siamo al fianco del popolo”.\nL’attentato è avvenuto "
            "dopo le 19 come testimoniato da un video che mostra una Bmw scura. L’attentatore si chiama Taleb Al "
            "Abdulmohsen, vive a Bernburg nel distretto di Salzland. La polizia non si sbilancia sul movente: “Non si "
            "conoscono ancora i retroscena, stiamo tenendo conto di tutto”.")
    qs = quotes(ctx, text, people=[["Olaf Scholz"]], misc=[["Bmw"], ["Taleb Al Abdulmohsen"], ["Bernburg"], ["Salzland"]],
                lang="it")
    assert [q.speaker.text for q in qs if q.kind == "direct"] == ["Olaf Scholz", "La polizia"]


@pytest.mark.parametrize("lang_, text, who", [
    ("el", "Τίτλος\nΑμετανόητος εμφανίζεται ο Ρίσι Σούνακ για την ακύρωση της συνάντησης, λέγοντας πως «όταν άνθρωποι "
           "δίνουν δεσμεύσεις πρέπει να τις τηρούν».", "Ρίσι Σούνακ"),
])
def test_a_gerund_of_speech_shares_the_subject_of_its_main_clause(ctx, lang_, text, who):
    qs = quotes(ctx, text, people=[[who]], lang=lang_)
    assert [q.speaker.text for q in qs] == [who]


def test_a_source_phrase_names_the_tagged_body_opening_it_not_a_capitalised_noun_after_it(ctx):
    text = ("Titel\nDas Gericht in Brünn hatte die Unterzeichnung verboten. Die Klage sei „gesetzwidrig und "
            "unbegründet“, so das NSS in seinem jetzigen Urteil.")
    qs = quotes(ctx, text, orgs=[["NSS"]], lang="de")
    assert [(q.speaker.text, q.speaker.entity) for q in qs] == [("NSS", "org0")]


def test_an_anonymous_source_qualified_after_it_is_someone_new_not_the_person_named_before(ctx):
    # no article marks it new: the words after "vir" (a source close to the family) do
    text = ("Naslov\nMinister Panče Toškovski je obiskal kraj nesreče. Bogdanov je delal kot avtomehanik.\n»Toše je "
            "dobil sina in s prijatelji želel proslaviti njegovo rojstvo,« je razkril vir blizu družine.")
    qs = quotes(ctx, text, people=[["Panče Toškovski"], ["Bogdanov"]], lang="sl")
    assert [(q.speaker.text, q.speaker.entity) for q in qs if q.kind == "direct"] == [("vir blizu družine", None)]


def test_a_leader_role_points_to_the_person_introduced_before(ctx):
    text = ("Titulek\nPrezident Republiky srbské Milorad Dodik přijel do Sarajeva.\nVůdce Republiky srbské před "
            "vynesením rozsudku řekl, že rozhodnutí soudu může zasadit Bosně „smrtelnou ránu“.")
    qs = quotes(ctx, text, people=[["Milorad Dodik"]], lang="cs")
    assert [q.speaker.entity for q in qs if q.kind == "indirect"] == ["per0"]
