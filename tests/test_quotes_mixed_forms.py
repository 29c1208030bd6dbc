"""Quote finding on forms of real coverage: mixed quotation marks, posts and paragraphs in another language than the
article's, speech set off by dashes holding a quotation, and a quotation after reported speech with a partial."""
from __future__ import annotations

import pytest

from storylens.quotes.cues import cues_for
from storylens.quotes.marks import find_spans
from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


def spans(text, lang):
    return [text[s.start:s.end] for s in find_spans(text, cues_for(lang).pairs) if s.depth == 0]


def test_a_quotation_closed_with_another_double_mark_ends_there():
    en = '"The number of ballots declared invalid was 130,267“, said the chairman. Later "another" one.'
    assert spans(en, "en")[0] == "The number of ballots declared invalid was 130,267"
    uk = '«The results do not represent the will of the Georgian people," states Giorgi Gakharia.'
    assert spans(uk, "uk") == ["The results do not represent the will of the Georgian people,"]
    de = '„Die Wahl wurde gestohlen" sagte er am Abend.'
    assert spans(de, "de") == ["Die Wahl wurde gestohlen"]


def test_a_mixed_mark_does_not_close_when_the_quotation_s_own_closer_follows():
    # (the “ is a closer in English data; it may only close the quotation when no ” follows in the paragraph)
    en = '"The vote was 12,000“ and more than that," he said.'
    assert spans(en, "en") == ["The vote was 12,000“ and more than that,"]


def test_a_mixed_quotation_is_found_with_its_speaker(ctx):
    qs = quotes(ctx, 'The commission counted the votes.\n"The number of ballots declared invalid was 130,267“, said '
                     "Nurlan Abdirov.", people=[["Nurlan Abdirov"]])
    assert [(q.text, q.speaker.entity) for q in qs] == [("The number of ballots declared invalid was 130,267", "per0")]


def test_a_post_of_several_paragraphs_in_another_language_is_its_author_s(ctx):
    text = ("Mayor Luigi Brugnaro said that this accident will not change the plans.\n"
            "Un’immane tragedia ha colpito questa sera la nostra comunità.\n"
            "Ho disposto da subito il lutto cittadino, in memoria delle numerose vittime che erano nell’autobus caduto.\n"
            "Una scena apocalittica, non ci sono parole. pic.twitter.com/APnsQoPMkL— Luigi Brugnaro (@LuigiBrugnaro) "
            "October 3, 2023\nHe did note that investigators may need to determine the cause.")
    qs = [q for q in quotes(ctx, text, people=[["Luigi Brugnaro", "Brugnaro"]]) if q.kind == "direct"]
    assert [(q.text[:24], q.speaker.entity) for q in qs] == [("Un’immane tragedia ha co", "per0")]
    assert qs[0].text.endswith("non ci sono parole")


def test_a_paragraph_in_another_language_after_its_speaker_is_a_quotation(ctx):
    text = ("Автобус впав поблизу залізничних колій, після чого загорівся.\n"
            "Прем’єрка Італії Джорджія Мелоні висловила найглибшу скорботу після аварії.\n"
            "Esprimo il più profondo cordoglio, mio personale e del Governo tutto, per il grave incidente avvenuto a "
            "Mestre. Il pensiero va alle vittime e ai loro famigliari e amici.\n"
            "Рятувальники працювали на місці всю ніч.")
    qs = quotes(ctx, text, people=[["Джорджія Мелоні"]], lang="uk")
    assert [(q.kind, q.text[:20], q.speaker.entity) for q in qs] == [("direct", "Esprimo il più profo", "per0")]


def test_a_paragraph_in_another_language_after_a_quotation_is_not_claimed(ctx):
    text = ("Прем’єрка Італії Джорджія Мелоні висловила найглибшу скорботу після аварії.\n"
            "«Сьогодні важкий день для всієї країни», — сказала Джорджія Мелоні.\n"
            "With that, all four opposition groups who passed the threshold are now aligned in declaring it rigged.")
    qs = quotes(ctx, text, people=[["Джорджія Мелоні"]], lang="uk")
    assert all(not q.text.startswith("With that") for q in qs)


def test_speech_set_off_by_dashes_keeps_the_quotation_inside_it(ctx):
    text = ("Wezwała do nich prezydent Zurabiszwili. — To nowa forma wojny hybrydowej — podkreśliła. — Użyte były "
            "wszystkie metody, a do \"wybielania fałszerstwa\" wykorzystywane były nowoczesne technologie — "
            "zaznaczyła prezydent.")
    qs = quotes(ctx, text, people=[["Zurabiszwili"]], lang="pl")
    texts = [q.text for q in qs]
    assert "To nowa forma wojny hybrydowej" in texts
    assert any(t.startswith("Użyte były wszystkie metody") and t.endswith("nowoczesne technologie") for t in texts)


def test_a_possessive_before_zdaniem_names_the_source(ctx):
    text = ("Prezydent Salome Zurabiszwili nie uznaje wyników. Jej zdaniem gruzińscy wyborcy padli ofiarą "
            "\"rosyjskiej operacji specjalnej\".")
    qs = quotes(ctx, text, people=[["Salome Zurabiszwili"]], lang="pl")
    assert any(q.text.startswith("gruzińscy wyborcy padli ofiarą") and q.speaker.entity == "per0" for q in qs)


def test_a_quotation_after_reported_speech_with_a_partial_goes_on_in_its_speaker_s_words(ctx):
    text = ("Президент Грузии Саломе Зурабишвили отказывается признать результаты. По ее словам, РФ опробовала на "
            "Грузии “новые формы гибридной войны”.\n“Это была тотальная фальсификация и конфискация ваших голосов.”\n"
            "ЦИК это отрицает.")
    qs = quotes(ctx, text, people=[["Саломе Зурабишвили"]])
    assert any(q.text.startswith("Это была тотальная") and q.speaker.entity == "per0" for q in qs)


def test_short_quoted_phrases_after_a_verb_of_denouncing_are_partial_quotes(ctx):
    text = ("La présidente Salomé Zourabichvili, en rupture avec le gouvernement, a fustigé une \"falsification "
            "totale\" des élections attribuée à une \"opération russe\".\nL'opposition a refusé.")
    qs = quotes(ctx, text, people=[["Salomé Zourabichvili"]], lang="fr")
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [
        ("partial", "falsification totale", "per0"), ("partial", "opération russe", "per0")]


def test_a_quoted_phrase_after_a_verb_of_accusing_or_expressing_is_a_partial_quote(ctx):
    de = ("Oppositionsführerin Tina Bokuchawa sagte, ihre Partei gehe in den Notfallmodus. Sie beschuldigte die "
          "Wahlkommission, „einen schmutzigen Auftrag“ ausgeführt zu haben.")
    qs = quotes(ctx, de, people=[["Tina Bokuchawa"]], lang="de")
    assert any((q.kind, q.text, q.speaker.entity) == ("partial", "einen schmutzigen Auftrag", "per0") for q in qs)
    fr = "La Première ministre italienne Giorgia Meloni a aussitôt exprimé \"ses profondes condoléances\"."
    qs = quotes(ctx, fr, people=[["Giorgia Meloni"]], lang="fr")
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [("partial", "ses profondes condoléances", "per0")]

