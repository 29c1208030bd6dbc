"""Quote cue data per language: Italian, Polish, German and Ukrainian sentences written for these tests."""
from __future__ import annotations

import pytest

from storylens import lang
from storylens.quotes.cues import cues_for
from storylens.quotes.marks import find_spans
from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


def found(qs):
    return [(q.kind, q.text, q.speaker.entity) for q in qs]


@pytest.mark.parametrize("code", ["en", "ru", "uk", "de", "fr", "es", "bg", "it", "pl"])
def test_every_language_with_cue_data_has_the_core_tables(code):
    cues = cues_for(code)
    assert cues is not None and cues.code == code
    assert cues.pairs and cues.complementizers and cues.sources and cues.roles and cues.pronouns
    assert lang.data(code, "quotes")["verbs"]["forms"]


@pytest.mark.parametrize("text, lang_, want", [
    ("«Non ci sono alternative a questo piano», ha dichiarato Marco Bianchi ai giornalisti.", "it",
     ("direct", "Non ci sono alternative a questo piano")),
    ("“Il lavoro non è finito”, ha aggiunto la sindaca Marco Bianchi.", "it", ("direct", "Il lavoro non è finito")),
    ("Marco Bianchi ha affermato che il governo non cambierà la legge.", "it",
     ("indirect", "il governo non cambierà la legge")),
    ("Secondo Marco Bianchi, la crisi finirà presto.", "it", ("indirect", "la crisi finirà presto")),
    ("La crisi è finita, ha detto il ministro Marco Bianchi.", "it", ("indirect", "La crisi è finita")),
    ("„Nie pozwolimy na to, aby ktoś naruszał naszą przestrzeń” – powiedział minister Marco Bianchi.", "pl",
     ("direct", "Nie pozwolimy na to, aby ktoś naruszał naszą przestrzeń")),
    ("Marco Bianchi stwierdził, że rząd podejmie zdecydowane kroki.", "pl",
     ("indirect", "rząd podejmie zdecydowane kroki")),
    ("Według Marco Bianchi sytuacja jest pod kontrolą.", "pl", ("indirect", "sytuacja jest pod kontrolą")),
    ("Jak powiedział Marco Bianchi, wojsko jest w pełnej gotowości.", "pl",
     ("indirect", "wojsko jest w pełnej gotowości")),
    ("„Wir werden das Gesetz ändern“, sagte Minister Marco Bianchi am Montag.", "de",
     ("direct", "Wir werden das Gesetz ändern")),
    ("»Das ist nicht akzeptabel«, erklärte Marco Bianchi.", "de", ("direct", "Das ist nicht akzeptabel")),
    ("Marco Bianchi betonte, dass die Regierung schnell handeln müsse.", "de",
     ("indirect", "die Regierung schnell handeln müsse")),
    ("«Ми не допустимо цього», – заявив міністр Marco Bianchi.", "uk", ("direct", "Ми не допустимо цього")),
    ("Marco Bianchi наголосив, що уряд діятиме швидко.", "uk", ("indirect", "уряд діятиме швидко")),
])
def test_a_named_speaker_s_words_are_found_in_each_language(ctx, text, lang_, want):
    assert found(quotes(ctx, text, people=[["Marco Bianchi"]], lang=lang_)) == [(*want, "per0")]


def test_a_name_after_a_role_in_a_source_phrase_is_the_source(ctx):
    qs = quotes(ctx, "Secondo il portavoce Matteo Bruni il papa sta bene.", people=[["Matteo Bruni"]], lang="it")
    assert found(qs) == [("indirect", "il papa sta bene", "per0")]


def test_a_weekday_after_an_inverted_subject_is_not_the_speaker(ctx):
    qs = quotes(ctx, "„Wir sind bereit“, sagte Minister Hans Becker am Montag.", people=[["Hans Becker"]], lang="de")
    assert found(qs) == [("direct", "Wir sind bereit", "per0")]


@pytest.mark.parametrize("text, lang_", [
    ("Marco Bianchi è arrivato a Roma.\n«Siamo pronti a trattare», ha detto.", "it"),
    ("Anna Nowak przyjechała do Warszawy.\n„Jesteśmy gotowi” – powiedziała.", "pl"),
])
def test_a_verb_without_its_subject_speaks_for_the_person_named_before(ctx, text, lang_):
    qs = quotes(ctx, text, people=[["Marco Bianchi", "Anna Nowak"]], lang=lang_)
    assert [(q.kind, q.speaker.kind, q.speaker.entity) for q in qs] == [("direct", "pronoun", "per0")]


def test_a_verb_without_its_subject_continues_the_organisation_that_spoke(ctx):
    qs = quotes(ctx, "El presidente Donald Trump ha amenazado con aranceles.\nApple respondió en un comunicado que las "
                     "decisiones son injustas. “Nos obligan a regalar nuestra tecnología”, añadió.",
                people=[["Donald Trump"]], orgs=[["Apple"]], lang="es")
    assert [(q.kind, q.speaker.entity) for q in qs] == [("indirect", "org0"), ("direct", "org0")]


def test_a_subjectless_verb_gives_nothing_in_a_language_that_needs_its_subject(ctx):
    qs = quotes(ctx, "Mark Bright came to Rome.\n“We are ready to talk,” said.", people=[["Mark Bright"]])
    assert qs == []


def test_a_sentence_pointing_back_attributes_the_one_before_in_italian_and_polish(ctx):
    qs = quotes(ctx, "La crisi finirà presto. Lo ha detto il ministro Marco Bianchi.", people=[["Marco Bianchi"]],
                lang="it")
    assert found(qs) == [("indirect", "La crisi finirà presto", "per0")]
    qs = quotes(ctx, "Rząd zwołał posiedzenie. O tym poinformowała rzeczniczka Anna Nowak.", people=[["Anna Nowak"]],
                lang="pl")
    assert found(qs) == [("indirect", "Rząd zwołał posiedzenie", "per0")]


@pytest.mark.parametrize("text, lang_", [
    ("Il secondo giorno di votazioni è cominciato alle nove.", "it"),
    ("Il film «La grande bellezza» ha vinto un premio.", "it"),
    ("Marco Bianchi non ha detto che il governo cadrà.", "it"),
    ("To była długa noc dla mieszkańców Warszawy.", "pl"),
    ("W drugim dniu szczytu „Nowa Europa” odbyła się debata.", "pl"),
    ("Marco Bianchi nie powiedział, że rząd upadnie.", "pl"),
    ("Der Film „Das Boot“ läuft heute im Kino.", "de"),
])
def test_titles_ordinals_and_negated_verbs_report_nothing(ctx, text, lang_):
    assert quotes(ctx, text, people=[["Marco Bianchi"]], lang=lang_) == []


def test_polish_quotation_closes_with_either_closing_mark():
    pairs = cues_for("pl").pairs
    for text in ("On: „Jesteśmy gotowi” i dalej.", "On: „Jesteśmy gotowi“ i dalej."):
        spans = find_spans(text, pairs)
        assert [text[s.start:s.end] for s in spans] == ["Jesteśmy gotowi"]


@pytest.mark.parametrize("text, lang_", [
    ("Leone XIV è apparso alla loggia.\n«Pace a tutti voi», ha detto il Pontefice dalla loggia.", "it"),
    ("Leon XIV wyszedł na balkon.\n„Pokój wam wszystkim” – powiedział papież.", "pl"),
    ("Leo XIV trat auf den Balkon.\n„Friede sei mit euch allen“, sagte der Papst.", "de"),
])
def test_a_church_office_points_to_the_person_named_just_before(ctx, text, lang_):
    qs = quotes(ctx, text, people=[["Leone XIV", "Leon XIV", "Leo XIV"]], lang=lang_)
    assert [(q.kind, q.speaker.kind, q.speaker.entity) for q in qs] == [("direct", "role", "per0")]
