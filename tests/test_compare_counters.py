"""Counters from language data: denials, rulings-out, no evidence, non-existence; a negated ruling-out only allows."""
from __future__ import annotations

import pytest

from storylens import lang
from storylens.compare.counters import KINDS, complement, counter


@pytest.mark.parametrize("text, language, kind", [
    ("Officials ruled out a cyberattack on the grid.", "en", "rulings_out"),
    ("No theories about the cause were being ruled out.", "en", "allows"),
    ("He added that no hypothesis has been rejected.", "en", "allows"),
    ("The centre said there was no sign of a cyberattack.", "en", "nonexistence"),
    ("Su evaluación preliminar descartaba un ciberataque.", "es", "rulings_out"),
    ("El presidente habló sin descartar ninguna hipótesis.", "es", "allows"),
    ("Peskov enfatizó que «no hubo tal conversación».", "es", "nonexistence"),
    ("Am Dienstag schloss der Netzbetreiber REE einen Cyberangriff nach vorläufigen Erkenntnissen aus.", "de",
     "rulings_out"),
    ("Ein Cyberangriff sei nicht ausgeschlossen.", "de", "allows"),
    ("Власти заявили, что возможность кибератаки не исключается.", "ru", "allows"),
    ("Коста заявил, что «нет никаких признаков кибератаки».", "ru", "no_evidence"),
    ("Пєсков заперечив, що Трамп мав розмову з Путіним.", "uk", "denials"),
    ("«Non c'è stata alcuna conversazione», ha affermato Peskov.", "it", "nonexistence"),
    ("Le Kremlin a démenti cet entretien téléphonique.", "fr", "denials"),
    ("Rzecznik Kremla zaprzeczył doniesieniom o rozmowie.", "pl", "denials"),
    ("Кремъл отрече информацията за разговора.", "bg", "denials"),
])
def test_each_language_finds_what_contradicts_a_report(text, language, kind):
    found = counter(text, language)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize("text, language", [
    ("The blackout lasted ten hours in Madrid.", "en"),
    ("“This has never happened before,” said the prime minister.", "en"),
    ("Did the Kremlin deny the call?", "en"),
    ("Трамп провел телефонный разговор с Путиным.", "ru"),
    ("Le président a rencontré son homologue lundi.", "fr"),
])
def test_statements_questions_and_firsts_counter_nothing(text, language):
    assert counter(text, language) is None


def test_the_complement_is_what_is_denied_after_the_cue_or_before_it():
    text = "The Kremlin denied reports that Trump had spoken to Putin, a spokesman said."
    assert complement(text, counter(text, "en")).startswith("reports that Trump had spoken to Putin")
    text = "Reports that Kyiv was told in advance of the call are false."
    assert complement(text, counter(text, "en")) == "Reports that Kyiv was told in advance of the call are"
    text = "Am Dienstag schloss REE einen Cyberangriff aus."
    assert "Cyberangriff" in complement(text, counter(text, "de"))


def test_every_language_with_hedges_has_counter_data_of_every_kind():
    for code in lang.available():
        if lang.data(code, "hedges"):
            data = lang.data(code, "disputes")
            assert all(data.get(k) for k in KINDS), code
