"""Denials in the words news uses across languages (rejected the accusations, called it a witch hunt, denied any
involvement), verdicts against a charge (acquitted: a denial when the court is named or the finding is reported),
and rows of one proposition that two denials in unrelated words answer, joined by what their stating sentences say
(rule same statement)."""
from __future__ import annotations

import numpy as np
import pytest

from storylens.compare.counters import counter
from storylens.compare.disputes import _merged, is_denial
from storylens.model import Claim


@pytest.mark.parametrize("text, language", [
    ("Der Minister widersprach den Berichten über ein geheimes Treffen.", "de"),
    ("Die Regierung bestreitet jede Beteiligung an dem Angriff.", "de"),
    ("Orbán nannte das Verfahren eine Hexenjagd.", "de"),
    ("Rzecznik uznał te doniesienia za nieprawdziwe.", "pl"),
    ("Oskarżony nie przyznał się do winy.", "pl"),
    ("I ministri negano qualsiasi coinvolgimento nello scandalo.", "it"),
    ("Il partito ha parlato di una caccia alle streghe.", "it"),
    ("De woordvoerder noemde het bericht onzin.", "nl"),
    ("Het ministerie heeft de beschuldigingen weerlegd.", "nl"),
    ("Le ministre a qualifié ces accusations de calomnies.", "fr"),
    ("El portavoz dijo que la información carece de fundamento.", "es"),
    ("Адвокат назвал обвинения беспочвенными.", "ru"),
    ("Міністр назвав ці звинувачення наклепом.", "uk"),
    ("Ο υπουργός χαρακτήρισε τις πληροφορίες ανυπόστατες.", "el"),
    ("Bakanlık iddiaların gerçek dışı olduğunu açıkladı.", "tr"),
    ("Orbán szerint Dodik ellen politikai boszorkányüldözés folyik.", "hu"),
    ("The president called the trial a witch hunt.", "en"),
    ("Das Gericht nannte die Klage unbegründet.", "de"),
    ("Zarzuty są bezzasadne.", "pl"),
    ("De aantijgingen zijn ongefundeerd.", "nl"),
    ("Žaloba se jeví jako nedůvodná.", "cs"),
])
def test_words_calling_a_report_untrue_are_denials(text, language):
    found = counter(text, language)
    assert found is not None and found.kind == "denials"


@pytest.mark.parametrize("text, language", [
    ("The ministry did not confirm the report.", "en"),
    ("Das Ministerium wollte den Bericht nicht bestätigen.", "de"),
    ("Il ministero non conferma la notizia.", "it"),
    ("Ministerstwo nie potwierdza tych doniesień.", "pl"),
    ("Het ministerie wilde het bericht niet bevestigen.", "nl"),
    ("Le ministère n'a pas confirmé l'information.", "fr"),
    ("El ministerio no confirmó la información.", "es"),
    ("Министерство не подтвердило эту информацию.", "ru"),
])
def test_a_source_not_confirming_is_no_evidence(text, language):
    found = counter(text, language)
    assert found is not None and found.kind == "no_evidence"


@pytest.mark.parametrize("text, language", [
    ("Das Gericht hat den Angeklagten freigesprochen.", "de"),
    ("Sąd uniewinnił byłego ministra.", "pl"),
    ("Il tribunale ha assolto l'ex sindaco.", "it"),
    ("De rechtbank heeft de verdachte vrijgesproken.", "nl"),
    ("The court acquitted the former mayor of fraud.", "en"),
])
def test_a_court_acquitting_denies_the_charge(text, language):
    found = counter(text, language)
    assert found is not None and found.kind == "verdicts"
    assert is_denial(Claim("c1", "a1", text, 0, len(text)), language)


def test_an_acquittal_naming_no_court_nor_source_is_no_denial():
    text = "Two of the men were acquitted in 2019."
    assert counter(text, "en").kind == "verdicts"
    assert not is_denial(Claim("c1", "a1", text, 0, len(text)), "en")


def _claims(articles: list[str]) -> list[Claim]:
    return [Claim(f"c{i}", a, "x", 0, 1) for i, a in enumerate(articles)]


def test_rows_stating_the_same_in_the_same_articles_are_one_proposition():
    # rows 0 and 1 come from two denials in unrelated words (no member, denial or anchor in common); their stating
    # sentences (2, 3 and 6, 7) are other sentences of the same articles saying the same thing
    claims = _claims(["a", "h", "s", "t", "b", "c", "s", "t", "u", "v"])
    vecs = np.zeros((10, 3), dtype=np.float32)
    vecs[[2, 3, 6, 7]] = [1.0, 0.0, 0.0]
    vecs[[6, 7]] = [0.99, 0.14, 0.0]
    vecs[[8, 9]] = [0.0, 1.0, 0.0]
    one = ([1], {1, 2, 3}, {"witch"}, {2, 3})
    other = ([5], {5, 6, 7}, {"indic"}, {6, 7})
    elsewhere = ([4], {4, 8, 9}, {"appea"}, {8, 9})  # another proposition in other words: stays apart
    assert len(_merged([one, other], {}, vecs / np.linalg.norm(vecs, axis=1, keepdims=True).clip(1e-9), claims)) == 1
    assert len(_merged([one, elsewhere], {}, vecs / np.linalg.norm(vecs, axis=1, keepdims=True).clip(1e-9),
                       claims)) == 2
    assert len(_merged([one, other])) == 2  # without vectors only the older rules join rows


@pytest.mark.parametrize("text, language, denied", [
    ("Dodik je rekao da ne priznaje ni sud koji ga je osudio niti zakon.", "hr", "ni sud koji ga je osudio"),
    ("Партия отказалась признать итоги референдума.", "ru", "итоги референдума"),
    ("L'opposition ne reconnaît pas les résultats du scrutin.", "fr", "les résultats du scrutin"),
    ("The opposition refused to recognise the result of the vote.", "en", "the result of the vote"),
    ("Az ellenzék nem ismeri el a választás eredményét.", "hu", "a választás eredményét"),
    ("La oposición no reconoce el resultado de las elecciones.", "es", "el resultado de las elecciones"),
    ("Opozycja nie uznaje wyniku wyborów.", "pl", "wyniku wyborów"),
])
def test_a_verdict_or_result_not_recognised_is_denied(text, language, denied):
    from storylens.compare.counters import complement
    found = counter(text, language)
    assert found is not None and found.kind == "denials"
    assert denied in complement(text, found, language)
