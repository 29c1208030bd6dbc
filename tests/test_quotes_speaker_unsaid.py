"""A speech verb with no subject of its own: its speaker is found as a pronoun's would be, or left unnamed, and is
never the verb itself (sentences written for these tests: pl, ru)."""
from __future__ import annotations

import pytest

from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


def speakers(qs):
    return [q.speaker.text for q in qs]


@pytest.mark.parametrize("text", [
    'Kobieta w rozmowie z "Faktem" powiedziała, że kierowca uciekł.',
    'Kobieta, która stała przy "Ratuszu" powiedziała, że kierowca uciekł.',
])
def test_a_name_in_marks_inside_the_clause_does_not_hide_its_subject(ctx, text):
    # a title or name in quotation marks stands inside the cue's clause; the clause still opens at the sentence
    assert speakers(quotes(ctx, text, lang="pl")) == ["Kobieta"]


def test_a_subject_the_verb_carries_points_to_the_role_opening_the_sentence_before(ctx):
    qs = quotes(ctx, "Kobieta stała przy wejściu. Powiedziała, że kierowca uciekł.", lang="pl")
    assert speakers(qs) == ["Kobieta"]


def test_a_subject_the_verb_carries_skips_a_role_of_the_other_gender(ctx):
    qs = quotes(ctx, "Mężczyzna stał przy wejściu. Powiedziała, że kierowca uciekł.", lang="pl")
    assert speakers(qs) == [""]


@pytest.mark.parametrize("lang, text", [
    ("pl", "Było zimno i padał śnieg. Powiedziała, że kierowca uciekł."),
    ("ru", "Было холодно и шёл снег. Заявила, что водитель скрылся."),
])
def test_a_verb_with_no_subject_and_no_one_before_is_no_speaker_name(ctx, lang, text):
    qs = quotes(ctx, text, lang=lang)
    assert qs and all(q.speaker.text == "" for q in qs)


@pytest.mark.parametrize("text", [
    "Jonas Berger sagte dem Sender, der Tunnel werde im Mai geöffnet.",
    "Jonas Berger sagte der „Lokalzeitung“, der Tunnel werde im Mai geöffnet.",
])
def test_reported_speech_after_the_one_it_was_told_to(ctx, text):
    # (sentences written for this test: de) an addressee stands between the verb and the comma of reported speech
    qs = quotes(ctx, text, lang="de", people=[["Jonas Berger"]])
    assert [(q.speaker.text, q.text) for q in qs] == [("Jonas Berger", "der Tunnel werde im Mai geöffnet")]


def test_a_role_after_an_elided_article_of_a_copula_introduces_its_holder(ctx):
    # (fr) "X est l'ancienne ministre": the elided article is glued to the modifier after the copula
    qs = quotes(ctx, "Claire Martin est l'ancienne ministre des Sports. « Le stade ouvrira en mai », a déclaré "
                     "l'ancienne ministre.", lang="fr", people=[["Claire Martin"]])
    assert speakers(qs) == ["Claire Martin"]


def test_an_impersonal_cue_after_a_quotation_reaches_the_body_opening_the_sentence_before_it(ctx):
    # (uk) the quotation's own sentences are skipped; "бюро" is a body noun of the language's data
    qs = quotes(ctx, "Національне бюро повідомило про обшуки.\n\n«Ми працювали рік. Учасники схеми відомі», – йдеться "
                     "в повідомленні.", lang="uk")
    direct = [q for q in qs if q.kind == "direct"]
    assert [q.speaker.text for q in direct] == ["Національне бюро"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Prime Minister Robert Golob told reporters: “The country is ready.” The ministry confirmed this later."),
    ("sl", "Premier Robert Golob je dejal: »Država je pripravljena.« Ministrstvo je to potrdilo."),
])
def test_a_quotation_introduced_by_a_speech_verb_and_a_colon_keeps_that_speaker(ctx, lang, text):
    # the sentence after the closing mark reports something of its own ("the ministry confirmed this"): it is no
    # attribution of words a clause before the colon already attributed
    qs = quotes(ctx, text, people=[["Robert Golob"]], lang=lang)
    assert [(q.kind, q.speaker.entity) for q in qs][:1] == [("direct", "per0")]


@pytest.mark.parametrize("text, lang_, cue", [
    ("Абакумов також пояснив, що гроші потрапили в Україну.\n«Це означає, що кошти могли бути продані будь-якому "
     "банку у світі», — додав", "uk", "додав"),
    ("Абакумов также пояснил, что деньги попали в Украину.\n«Это означает, что средства могли быть проданы любому "
     "банку в мире», — заявил", "ru", "заявил"),
    ("Абакумов ha spiegato che i soldi sono arrivati in Ucraina.\n«Questo significa che i fondi potevano essere "
     "venduti a qualsiasi banca», ha aggiunto", "it", "ha aggiunto"),
])
def test_a_verb_without_its_subject_ends_the_text(ctx, text, lang_, cue):
    # the text ends right after the verb: no character follows it, and that is no quotation opening
    qs = [q for q in quotes(ctx, text, people=[["Абакумов"]], lang=lang_) if q.kind == "direct"]
    assert [(q.speaker.text, q.cue) for q in qs] == [("Абакумов", cue)]
