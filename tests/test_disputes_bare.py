"""A bare denial ("This is false.") denies the sentence before it; a closing "…, an official said" names who denies,
not what is denied; a hedge in another clause of a sentence leaves its predicate flat."""
from __future__ import annotations

import pytest

from compare_helpers import KeywordEmbedder, compare_story, linked_entities
from compare_helpers import article as _article
from storylens.compare.counters import complement, counter, without_attribution
from storylens.compare.opposites import polarity

# the meeting in every language; a bare denial names none of it and embeds apart from it
WORDS = {"summit": (0, 1.0), "саммит": (0, 1.0), "sommet": (0, 1.0), "cumbre": (0, 1.0), "weather": (1, 1.0),
         "погода": (1, 1.0)}
PEOPLE = {"e-ivo": ("Ivo", "Иво"), "e-lena": ("Lena", "Лена"), "e-marek": ("Marek", "Марек")}


def _disputed(*articles):
    report = compare_story(articles, KeywordEmbedder(WORDS, 8, noise=0.01), linked_entities(articles, PEOPLE, "PER"))
    return [g for g in report.comparison if g.status == "disputed"]


def test_a_bare_denial_denies_the_sentence_before_it_in_every_language():
    rows = _disputed(
        _article("en1", "en", "Ivo met Lena at a secret summit on Friday, the newspaper reported.",
                 "“It is completely untrue,” Marek said."),
        _article("ru1", "ru", "Иво встретился с Леной на тайном саммите в пятницу, сообщила газета.",
                 "Это полностью не соответствует действительности, заявил Марек."),
        _article("fr1", "fr", "Ivo a rencontré Lena lors d'un sommet secret vendredi."),
        _article("es1", "es", "Ivo se reunió con Lena en una cumbre secreta el viernes."))
    assert len(rows) == 1
    assert set(rows[0].articles) == {"en1", "ru1", "fr1", "es1"}
    assert "(in en1, ru1)" in rows[0].note and "rules: bare" in rows[0].note


def test_a_bare_denial_after_an_unrelated_sentence_disputes_nothing_else():
    rows = _disputed(
        _article("en1", "en", "The weather in the capital was mild on Friday.", "“It is completely untrue,” Marek said."),
        _article("fr1", "fr", "Ivo a rencontré Lena lors d'un sommet secret vendredi."),
        _article("es1", "es", "Ivo se reunió con Lena en una cumbre secreta el viernes."))
    assert not any({"fr1", "es1"} & set(r.articles) for r in rows)


@pytest.mark.parametrize("text, language, denied", [
    ("Reports that the army is moving to new standards are false, a government official said.", "en",
     "Reports that the army is moving to new standards are"),
    ("Claims that the envoy was told in advance are false, the ministry's spokesman Ivo Lenko said.", "en",
     "Claims that the envoy was told in advance are"),
    ("Marek denied claims that Ivo had met Lena.", "en", "claims that Ivo had met Lena"),
    ("Marek denied that Ivo had met Lena, the agency reported.", "en", "that Ivo had met Lena"),
    ("Сообщения о встрече не соответствуют действительности, заявил представитель.", "ru", "Сообщения о встрече"),
    ("Les informations sur une rencontre sont fausses, a déclaré un porte-parole.", "fr",
     "Les informations sur une rencontre"),
    ("Las informaciones sobre la cumbre son falsas, dijo un portavoz.", "es", "Las informaciones sobre la cumbre"),
])
def test_a_closing_attribution_names_who_denies_not_what(text, language, denied):
    assert complement(text, counter(text, language), language) == denied


@pytest.mark.parametrize("text, language, said", [
    ("Ivo met Lena at the summit, the newspaper reported.", "en", "Ivo met Lena at the summit"),
    ("Ivo met Lena at the summit, said on Friday.", "en", "Ivo met Lena at the summit, said on Friday"),
    ("Иво встретился с Леной, сообщила газета.", "ru", "Иво встретился с Леной"),
    ("D’après le journal, Ivo a rencontré Lena.", "fr", "Ivo a rencontré Lena"),
    ("Reports of the summit, in the capital, are false.", "en", "Reports of the summit, in the capital, are false"),
])
def test_a_proposition_is_read_without_its_attribution(text, language, said):
    assert without_attribution(text, language) == said


@pytest.mark.parametrize("text, language, holds", [
    ("The plane was in good condition, the company said, although the inquiry may take months.", "en", True),
    ("The alarm did not work, and the investigation could take weeks.", "en", False),
    ("Самолет был в исправном состоянии, однако расследование может занять месяцы.", "ru", True),
    ("The plane may have been in good condition.", "en", None),
    ("Reportedly, the alarm did not work.", "en", None),
    ("It is possible, experts say, that the alarm did not work.", "en", None),
])
def test_a_hedge_counts_only_in_its_own_clause(text, language, holds):
    found = polarity(text, language)
    assert (found.holds if found is not None else None) is holds


def test_a_negation_pointing_back_denies_the_sentence_before_it():
    rows = _disputed(
        _article("en1", "en", "Ivo and Lena agreed at the summit to keep the talks secret, his office said.",
                 "A diplomat speaking on condition of anonymity said that there was no such agreement."),
        _article("ru1", "ru", "Иво и Лена договорились на саммите сохранить переговоры в тайне."),
        _article("fr1", "fr", "Ivo et Lena ont convenu lors du sommet de garder les discussions secrètes."),
        _article("es1", "es", "Ivo y Lena acordaron en la cumbre mantener en secreto las conversaciones."))
    assert len(rows) == 1
    assert set(rows[0].articles) == {"en1", "ru1", "fr1", "es1"} and "(in en1)" in rows[0].note


@pytest.mark.parametrize("text, language, back", [
    ("The official said there was no such agreement.", "en", True),
    ("The official said there was no agreement.", "en", False),
    ("По словам представителя, такой беседы не было.", "ru", True),
    ("Según el portavoz, no hubo tal conversación.", "es", True),
    ("Enligt talespersonen ägde något sådant samtal inte rum.", "sv", True),
    ("Volgens de woordvoerder heeft een dergelijk gesprek niet plaatsgevonden.", "nl", True),
    ("Ifølge talsmanden fandt en sådan samtale ikke sted.", "da", True),
    ("Tiedottajan mukaan sellaista puhelua ei käyty.", "fi", True),
    ("A szóvivő szerint ilyen beszélgetés nem volt.", "hu", True),
    ("Sözcüye göre böyle bir görüşme gerçekleşmedi.", "tr", True),
    ("Potrivit purtătorului de cuvânt, o asemenea convorbire nu a avut loc.", "ro", True),
    ("Pasak atstovo, tokio pokalbio nebuvo.", "lt", True),
    ("Pēc pārstāvja teiktā, šāda saruna nenotika.", "lv", True),
    ("Pressiesindaja sõnul sellist vestlust ei toimunud.", "et", True),
    ("Според портпаролот, таков разговор немало.", "mk", True),
    ("Po besedah govorca takšnega pogovora ni bilo.", "sl", True),
    ("Segons el portaveu, no hi va haver tal conversa.", "ca", True),
    ("Ein solches Telefonat fand laut Kreml nicht statt.", "de", True),
])
def test_a_counter_pointing_back(text, language, back):
    from storylens.compare.counters import anaphoric
    cue = counter(text, language)
    assert anaphoric(text, cue, complement(text, cue, language), language) is back


def test_every_language_with_counter_data_points_back():
    """Rule bare reads "no such call" in every language that has denials: a story in any of them may deny so."""
    from storylens import lang
    for code in lang.available():
        if lang.data(code, "disputes").get("denials"):
            assert lang.data(code, "disputes").get("anaphora"), code
