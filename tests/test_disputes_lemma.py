"""Rule lemma: a cue word written in its dictionary form meets every inflection of it, so one data entry ("falso",
"fałszywy", "označit … za falešný") holds the forms outlets write; a word listed in an inflected form keeps only
that form. Corrections and non-existence cues in languages that had none of them."""
from __future__ import annotations

import pytest

from compare_helpers import KeywordEmbedder, compare_story
from compare_helpers import article as _article
from storylens.compare.counters import Words, _match, counter


@pytest.mark.parametrize("text, language", [
    ("Le ministère a qualifié ces rumeurs de fausses.", "fr"),
    ("El alcalde calificó de falsas las cifras del sindicato.", "es"),
    ("Il sindaco ha definito false le cifre del sindacato.", "it"),
    ("O prefeito classificou como falsas as cifras do sindicato.", "pt"),
    ("Burmistrz nazwał liczby podawane przez związek fałszywymi.", "pl"),
    ("Starosta označil čísla odborů za falešná.", "cs"),
    ("Borgmästaren kallade fackets siffror falska.", "sv"),
    ("Мэр назвал цифры профсоюза ложными.", "ru"),
    ("Мер назвав цифри профспілки неправдивими.", "uk"),
    ("Primarul a calificat drept false cifrele sindicatului.", "ro"),
])
def test_an_inflected_word_of_untruth_is_a_denial(text, language):
    found = counter(text, language)
    assert found is not None and found.kind == "denials", found


@pytest.mark.parametrize("text, language", [
    ("She said it was all a lie, laughing.", "en"),           # "lied" is listed, the noun is not
    ("The committee was made up of nine members.", "en"),     # made up of: composed, not invented
    ("Так, сообщалось о вбросе бюллетеней на двух участках.", "ru"),  # ballot stuffing reported, nothing denied
    ("Tupakointi on kielletty koko alueella.", "fi"),         # kieltää: forbidden here, not denied
])
def test_forms_a_listed_word_only_resembles_deny_nothing(text, language):
    assert counter(text, language) is None


def test_a_data_word_meets_a_sentence_word_by_its_dictionary_form_only():
    words = Words(["les", "chiffres", "sont", "fausses"], ["le", "chiffre", "être", "faux"])
    assert _match(words, (("être", "faux"),)) == (2, 4, ())
    assert _match(words, (("sont", "faux"),)) == (2, 4, ())
    assert _match(words, (("fausse",),)) is None  # an inflected data word is matched as written
    assert _match(Words(["sont", "fausses"]), (("être", "faux"),)) is None  # without lemmas: as written


@pytest.mark.parametrize("text, language", [
    ("Policie uvedla, že k žádnému požáru v hale nedošlo.", "cs"),
    ("Polícia uviedla, že k žiadnemu požiaru v hale nedošlo.", "sk"),
    ("Polisen sa att det inte hade skett någon brand i hallen.", "sv"),
    ("Policija je rekla da nije bilo nikakvog požara u dvorani.", "hr"),
    ("Polis salonda herhangi bir yangın olmadığını açıkladı.", "tr"),
])
def test_a_reported_event_said_not_to_have_happened_is_non_existence(text, language):
    found = counter(text, language)
    assert found is not None and found.kind == "nonexistence", found


@pytest.mark.parametrize("text, language", [
    ("Kezdetben tizenkét sérültről jelentették a hírt, később kilencről.", "hu"),
    ("Först rapporterades tolv skadade.", "sv"),
    ("Først meldt var tolv sårede.", "da"),
    ("I første omgang meldt var tolv skadde.", "nb"),
    ("Aluksi kerrottiin kahdestatoista loukkaantuneesta.", "fi"),
    ("Prvotno je javljeno o dvanaest ozlijeđenih.", "hr"),
    ("Pôvodne sa uvádzalo dvanásť zranených.", "sk"),
    ("Sprva so poročali o dvanajstih ranjenih.", "sl"),
    ("Iš pradžių buvo pranešta apie dvylika sužeistųjų.", "lt"),
    ("Sākotnēji tika ziņots par divpadsmit ievainotajiem.", "lv"),
    ("Inicialment es va informar de dotze ferits.", "ca"),
    ("Esialgu teatati kaheteistkümnest vigastatust.", "et"),
])
def test_an_earlier_report_corrected_in_more_languages(text, language):
    found = counter(text, language)
    assert found is not None and found.kind == "corrections", found


TOPICS = {"drone": 0, "dron": 0, "school": 1, "escuela": 1, "harbour": 2, "puerto": 2, "falsas": 3}


def test_an_inflected_denial_in_one_language_disputes_the_assertion_in_another():
    """Two outlets state it in English, a Spanish one reports an official calling it false in an inflected form:
    one disputed row holding all three articles, the harbour sentences outside it."""
    r = compare_story([
        _article("en1", "en", "A drone hit the school on Tuesday.", "The harbour was closed."),
        _article("en2", "en", "A drone struck the school on Tuesday night.", "Ships waited outside the harbour."),
        _article("es1", "es", "El ministerio calificó de falsas las informaciones sobre un dron en la escuela.",
                 "El puerto estuvo cerrado.")], KeywordEmbedder(TOPICS, 8))
    disputed = [g for g in r.comparison if g.status == "disputed"]
    assert len(disputed) == 1
    assert set(disputed[0].articles) == {"en1", "en2", "es1"}
    texts = {c.text for c in r.claims if c.id in disputed[0].claims}
    assert not any("harbour" in t or "puerto" in t for t in texts)
