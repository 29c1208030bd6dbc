"""Languages without a model: regnal names (Roman and Greek numerals), compound given names, calendar words, Greek
case forms and bodies named by translation, in short texts of our own in el/it/de/pl."""
from __future__ import annotations

import pytest

from storylens.api import analyze
from storylens.entities import rules
from storylens.entities.cands import Sent
from storylens.entities.fallback import check_capitalised
from storylens.entities.gazetteer import gazetteer
from storylens.entities.kit import kit
from storylens.entities.ordinals import ordinal
from storylens.evaluate.runner import stages_up_to
from storylens.resources import Context
from test_entities_sound import groups


def found(text: str, code: str) -> list[tuple[str, str]]:
    s = Sent(text, 0, len(text), kit(code), gazetteer((code, "en")), False)
    rules.apply(s)
    check_capitalised({"a": [s]})
    return [(text[c.start:c.end], c.type) for c in s.cands]


def test_ordinals_read_as_roman_numerals_from_roman_and_greek_numeral_letters():
    assert [ordinal(w) for w in ("XIV", "III", "III.", "Γ΄", "Γ", "ΙΔ΄", "ΣΤ΄", "Β")] == [
        "XIV", "III", "III", "III", "III", "XIV", "VI", "II"]
    assert [ordinal(w) for w in ("Leo", "Ιωάννης", "IIII", "", "ΑΒΓΔ")] == ["", "", "", "", ""]


@pytest.mark.parametrize("text,code,name", [
    ("Ieri re Carlo III ha inaugurato la mostra.", "it", "Carlo III"),
    ("Wczoraj król Karol III otworzył wystawę.", "pl", "Karol III"),
    ("Ο βασιλιάς Κάρολος Γ΄ εγκαινίασε χθες την έκθεση.", "el", "Κάρολος Γ"),
    ("Η αυτοκράτειρα Ευγενία ήταν σύζυγος του Ναπολέοντα Γ΄ από το 1853.", "el", "Ναπολέοντα Γ"),
    ("Die Krone gehörte einst Napoleon III. und seiner Frau.", "de", "Napoleon III"),
])
def test_a_given_name_with_a_regnal_ordinal_is_a_person_in_languages_without_a_model(text, code, name):
    assert (name, "PER") in found(text, code)


def test_regnal_names_link_across_numeral_systems_only_with_the_same_ordinal():
    assert groups([("Napoleon III", "en"), ("Napoleone III", "it"), ("Ναπολέοντα Γ", "el"), ("Napoléon", "fr"),
                   ("Napoleone", "it"), ("Ναπολέων", "el")]) == [
        ["Napoleon III", "Napoleone III", "Ναπολέοντα Γ"], ["Napoléon", "Napoleone", "Ναπολέων"]]
    assert groups([("Λέων ΙΔ", "el"), ("Leo XIV", "en"), ("Leone XIII", "it")]) == [["Leone XIII"],
                                                                                   ["Λέων ΙΔ", "Leo XIV"]]


def test_compound_given_names_are_one_name_translated_and_never_a_surname():
    assert groups([("Marie-Louise", "fr"), ("Maria Luisa", "it"), ("Maria Ludwika", "pl"), ("Μαρία Λουίζα", "el"),
                   ("Luisa", "es")]) == [["Luisa"], ["Marie-Louise", "Maria Luisa", "Maria Ludwika", "Μαρία Λουίζα"]]
    assert groups([("Eugénie", "fr"), ("Eugenia", "it"), ("Ευγενία", "el"), ("Joséphine", "fr"), ("Giuseppina", "it"),
                   ("Józefina", "pl")]) == [["Eugénie", "Eugenia", "Ευγενία"], ["Joséphine", "Giuseppina", "Józefina"]]


@pytest.mark.parametrize("text,code,word", [
    ("Domenica mattina il museo era chiuso.", "it", "Domenica"),
    ("Δευτέρα το πρωί η πλατεία ήταν άδεια.", "el", "Δευτέρα"),
    ("Poniedziałek był spokojny w Krakowie.", "pl", "Poniedziałek"),
])
def test_a_weekday_or_a_month_is_no_name(text, code, word):
    assert not any(t.startswith(word) for t, _ in found(text, code))


def test_greek_case_forms_are_found_as_their_places():
    k, gaz = kit("el"), gazetteer(("el", "en"))
    assert k.place(gaz, "Βιέννης").key == k.place(gaz, "Βιέννη").key
    assert k.place(gaz, "Ελβετίας").key == "terr:CH" and k.place(gaz, "Γαλλίας").key == "terr:FR"


def test_bodies_by_their_first_word_even_at_a_sentence_start():
    assert ("Muzeum Historii Sztuki", "ORG") in found("Muzeum Historii Sztuki potwierdziło wypożyczenie obrazu.", "pl")
    assert ("Μουσείο Ιστορίας της Τέχνης", "ORG") in found(
        "Το Μουσείο Ιστορίας της Τέχνης επιβεβαίωσε τον δανεισμό.", "el")
    assert ("Galleria degli Uffizi", "ORG") in found("La Galleria degli Uffizi ha riaperto.", "it")


def test_a_monarch_and_a_museum_are_one_entity_across_five_languages():
    texts = ["King Charles III visited the Uffizi Gallery in Florence on Monday. The gallery said the visit was short.",
             "Lunedì re Carlo III ha visitato la Galleria degli Uffizi a Firenze. La visita è stata breve.",
             "Król Karol III odwiedził w poniedziałek Galerię Uffizi we Florencji. Wizyta była krótka.",
             "Ο βασιλιάς Κάρολος Γ΄ επισκέφθηκε τη Δευτέρα την Πινακοθήκη Ουφίτσι στη Φλωρεντία.",
             "König Karl III. besuchte am Montag die Uffizien in Florenz. Der Besuch war kurz."]
    report = analyze(texts=texts, ctx=Context(), stages=stages_up_to("entities"))
    lang = {a.id: a.language for a in report.articles}
    king = [e for e in report.entities if e.type == "PER" and "Charles III" in e.names]
    assert len(king) == 1 and {lang[a] for a in king[0].articles} == {"en", "it", "pl", "el", "de"}
    gallery = [e for e in report.entities if "Galleria degli Uffizi" in e.names]
    assert len(gallery) == 1 and {"Uffizi Gallery", "Galerię Uffizi", "Πινακοθήκη Ουφίτσι"} <= set(gallery[0].names)
    assert not any(n.startswith(("Δευτέρα", "Lunedì")) for e in report.entities for n in e.names)


def test_a_bodys_name_ending_in_lower_case_adjectives_is_one_name():
    assert found("Secondo la Commissione europea e la Banca centrale europea, il piano è pronto.", "it") == [
        ("Commissione europea", "ORG"), ("Banca centrale europea", "ORG")]
    assert found("La Polizia cantonale ha confermato il bilancio.", "it") == [("Polizia cantonale", "ORG")]
    # a kind of body alone, or followed by an ordinary word, names no body
    assert found("La Commissione ha deciso e la Polizia locale no.", "it") == []


def test_polish_locatives_with_a_consonant_change_are_found_as_their_places():
    k, gaz = kit("pl"), gazetteer(("pl", "en"))
    assert k.place(gaz, "Pradze").key == k.place(gaz, "Praga").key  # w Pradze: g -> dz before -e
    assert k.place(gaz, "Genewie").key == k.place(gaz, "Genewa").key


def test_a_place_written_before_a_persons_name_is_two_names():
    assert found("Ο δήμαρχος Βαρσοβίας Τρασκόφσκι κέρδισε.", "el") == [("Βαρσοβίας", "LOC"), ("Τρασκόφσκι", "PER")]
    assert found("Il sindaco di Varsavia Rafał Trzaskowski ha vinto.", "it") == [
        ("Varsavia", "LOC"), ("Rafał Trzaskowski", "PER")]
