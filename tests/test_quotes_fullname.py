"""A person's name the recogniser cut short is made whole before speakers are resolved: a surname opened by a
particle ("Michele" + " Di Bari", "Ahmed" + " al-Sharaa"), even when it typed the rest a place (it, de, ru, en)."""
from __future__ import annotations

import pytest

from storylens.model import Mention
from storylens.quotes.cues import cues_for
from storylens.quotes.fullname import rejoined


def mention(text: str, word: str, kind: str) -> Mention:
    start = text.index(word)
    return Mention(article="a", start=start, end=start + len(word), text=word, type=kind, normal=word)


@pytest.mark.parametrize("text, given, rest, whole", [
    ("È quanto fa sapere il prefetto di Venezia, Michele Di Bari, in collegamento.", "Michele", "Bari",
     "Michele Di Bari"),
    ("Unter den Toten seien fünf Ukrainer, sagte Stadtpräfekt Michele Di Bari.", "Michele", "Bari",
     "Michele Di Bari"),
    ("Об этом сообщил префект Венеции Микеле Ди Бари журналистам.", "Микеле", "Бари", "Микеле Ди Бари"),
    ("The interim leader Ahmed al-Sharaa told reporters he would stay.", "Ahmed", "al-Sharaa", "Ahmed al-Sharaa"),
    ("“We are ready,” said Rafael Van der Vaart on Monday.", "Rafael", "Vaart", "Rafael Van der Vaart"),
])
def test_a_capitalised_particle_keeps_the_surname_even_one_typed_a_place(text, given, rest, whole):
    out = rejoined(text, [mention(text, given, "PER"), mention(text, rest, "LOC")])
    assert [(m.text, m.type) for m in out] == [(whole, "PER")]


@pytest.mark.parametrize("text, given", [
    # a lower-case preposition before a place is where the person is from or serves
    ("Lo ha detto Michele di Bari, un pescatore.", "Michele"),
    ("Sagte Michele aus Bari am Dienstag.", "Michele"),
    ("Сказал Микеле из Бари вчера.", "Микеле"),
])
def test_a_lower_case_preposition_before_a_place_stays_apart(text, given):
    out = rejoined(text, [mention(text, given, "PER"), mention(text, "Bari" if "Bari" in text else "Бари", "LOC")])
    assert [m.type for m in out] == ["PER", "LOC"] and out[0].text == given


@pytest.mark.parametrize("code, word", [
    ("de", "präfekt"), ("de", "präfektin"), ("fr", "préfet"), ("pl", "prefekt"), ("ru", "префекта"),
    ("es", "prefecto"), ("nl", "prefect"), ("ro", "primarul"), ("cs", "prefekt"),
])
def test_a_prefect_is_a_role_noun(code, word):
    cues = cues_for(code)
    assert cues.role(cues.norm(word))
