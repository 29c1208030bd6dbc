"""Sentence-opening words a model reads as names, tested against the language's dictionary (simplemma)."""
from __future__ import annotations

from storylens.adapters.lexicon import is_common_word
from storylens.entities.cands import Cand, Sent
from storylens.entities.fallback import check_capitalised
from storylens.entities.gazetteer import gazetteer
from storylens.entities.kit import kit


def test_a_word_known_in_lower_case_only_is_an_ordinary_word():
    assert is_common_word("Cambriolage", "fr") and is_common_word("Invitée", "fr") and is_common_word("Second", "en")
    assert not any(is_common_word(w, "fr") for w in ("Macron", "Paris", "Lecornu", "UE"))
    assert not is_common_word("Diebstahl", "de")  # German lists its nouns capitalised: no evidence either way
    assert not is_common_word("Cambriolage", None) and not is_common_word("cambriolage", "fr")


def model_sentences(texts: list[tuple[str, str]], code: str = "fr") -> list[Sent]:
    """Sentences with the one span a model found in each (``text``, ``span``)."""
    out = []
    for text, span in texts:
        s = Sent(text, 0, len(text), kit(code), gazetteer((code, "en")), True)
        a = text.index(span)
        s.cands = [Cand(a, a + len(span), "LOC", "spacy")]
        out.append(s)
    return out


def kept(sents: list[Sent]) -> list[str]:
    check_capitalised({"a": sents})
    return [s.text[c.start:c.end] for s in sents for c in s.cands]


def test_a_models_sentence_opening_common_word_is_no_name_unless_the_story_capitalises_it_elsewhere():
    assert kept(model_sentences([("Cambriolage au musée : les voleurs sont partis.", "Cambriolage"),
                                 ("Second empire : une époque de fastes.", "Second empire"),
                                 ("Macron a parlé du vol.", "Macron"),
                                 ("Vienne a prêté le tableau.", "Vienne")])) == ["Macron", "Vienne"]
    # "la Cour de cassation" inside a sentence: the word is capitalised as a name in the story
    assert kept(model_sentences([("Cour de cassation : l'arrêt est tombé.", "Cour de cassation"),
                                 ("Selon la Cour de cassation, le pourvoi est rejeté.", "Cour de cassation")])) == [
        "Cour de cassation", "Cour de cassation"]


def test_the_streamed_dictionary_answers_as_the_whole_dictionary():
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    from storylens.adapters.lexicon import _dictionary, is_known, lemma

    words = {"ru": ["москва", "Москва", "заявил", "сказала", "лисбоахация", "Жалюзи", "домами"],
             "en": ["said", "Said", "houses", "the", "Kremlin", "xylophones", "qqqq"]}
    for code, ws in words.items():
        whole = DefaultDictionaryFactory(cache_max_size=0).get_dictionary(code)
        assert len(_dictionary(code)) == len(whole)
        for w in ws:
            assert is_known(w, code) == (w in whole), (code, w)
            assert lemma(w, code) == whole.get(w), (code, w)
    assert lemma("домами", "ru") == "дом" and is_known("said", "en") and not is_known("qqqq", "en")
    assert not is_known("said", None) and lemma("said", "xx") is None  # no dictionary: nothing is known
