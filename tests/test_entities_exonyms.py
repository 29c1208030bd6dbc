"""Names across languages and cases: exonyms in Greek spellings, titles off names, given names in case forms,
compound surnames by sound, and a middle name that is no pope's name (short sentences of our own)."""
from __future__ import annotations

import pytest

from storylens.api import analyze
from storylens.entities.gazetteer import gazetteer
from storylens.entities.link import Work
from storylens.entities.people import retype_people
from storylens.evaluate.runner import stages_up_to
from storylens.resources import Context
from test_entities_landmarks import _landmarks
from test_entities_regnal import found
from test_entities_sound import groups


@pytest.mark.parametrize("name,city", [("Λισαβόνα", "Lisbon"), ("ΛΙΣΑΒΟΝΑ", "Lisbon"), ("Λισαβώνα", "Lisbon"),
                                       ("ΑΘΗΝΑ", "Athens"), ("Αθήνα", "Athens")])
def test_greek_spellings_of_a_city_differing_in_accent_case_or_omega_are_the_city(name, city):
    place = gazetteer(("el", "en")).lookup(name)
    assert place is not None and place.name == city


@pytest.mark.parametrize("name", ["Venice", "Venezia", "Venise", "Venedig", "Wenecja", "Венеція", "Βενετία"])
def test_a_smaller_city_known_abroad_is_listed_under_its_names_in_many_languages(name):
    # under 100,000 people, but GeoNames names it in 50 ways or more; no bigger city takes its English name
    place = gazetteer(("en",)).lookup(name)
    assert place is not None and place.name == "Venice" and place.kind == "city"


def test_a_smaller_city_known_abroad_is_found_where_no_model_reads_the_language():
    assert ("Venedig", "LOC") in found("Am Abend fuhr der Zug von Venedig weiter nach Wien.", "de")


def test_a_greek_city_in_running_text_is_a_place():
    assert ("Λισαβόνα", "LOC") in found("Χθες συναντήθηκαν στη Λισαβόνα οι υπουργοί.", "el")


@pytest.mark.parametrize("text,code,name", [
    ("Ayer el Papa Francisco habló en la plaza.", "es", "Francisco"),
    ("Por la tarde el Papa León XIV saludó a los fieles.", "es", "León XIV"),
    ("Χθες ο Πάπας Φραγκίσκος μίλησε στους πιστούς.", "el", "Φραγκίσκος"),
    ("Η συνάντηση με τον Πάπα Φραγκίσκο κράτησε μία ώρα.", "el", "Φραγκίσκο"),
])
def test_a_title_opening_a_persons_name_is_left_out_of_it(text, code, name):
    names = found(text, code)
    assert (name, "PER") in names
    assert not [n for n, _t in names if n != name and n.endswith(name)]


def test_a_given_name_in_any_case_form_is_one_name_across_languages():
    assert groups([("Francis", "en"), ("Františkom", "sk"), ("Františkem", "cs"), ("Франциском", "ru"),
                   ("Φραγκίσκο", "el"), ("Franciszkiem", "pl"), ("Francesco", "it")]) == [
        ["Francis", "Františkom", "Františkem", "Франциском", "Φραγκίσκο", "Franciszkiem", "Francesco"]]


def test_a_given_name_after_a_title_in_a_case_form_is_a_person():
    assert ("Františkom", "PER") in found("Prezident sa včera stretol s pápežom Františkom vo Vatikáne.", "sk")


def test_a_middle_name_never_takes_a_popes_or_monarchs_given_name():
    assert groups([("Francis", "en"), ("Robert Francis Prevost", "en"), ("Francesco", "it"),
                   ("Robert Prevost", "it")]) == [["Francis", "Francesco"], ["Robert Francis Prevost", "Robert Prevost"]]
    assert groups([("Lula", "pt"), ("Luiz Inácio Lula da Silva", "pt")]) == [["Lula", "Luiz Inácio Lula da Silva"]]


def test_a_portuguese_compound_surname_written_by_ear_in_cyrillic_and_greek_is_one_person():
    assert groups([("Marcelo Rebelo de Sousa", "pt"), ("Марсело Ребелу ди Соза", "ru"),
                   ("Μαρσέλο Ρεμπέλο ντε Σόουζα", "el"), ("Rebelo de Sousa", "es"),
                   ("Luís Montenegro", "pt"), ("Луиш Монтенегру", "ru")]) == [
        ["Luís Montenegro", "Луиш Монтенегру"],
        ["Marcelo Rebelo de Sousa", "Марсело Ребелу ди Соза", "Μαρσέλο Ρεμπέλο ντε Σόουζα", "Rebelo de Sousa"]]


def test_a_compound_surname_alone_is_the_person_it_ends():
    texts = [("Marcelo Rebelo de Sousa", "PER", "spacy"), ("Rebelo de Sousa", "MISC", "rules"),
             ("Sousa Cruz", "ORG", "rules")]
    ws = [Work(i, "a1", "s1", 0, len(t), t, ty, src, "pt", t) for i, (t, ty, src) in enumerate(texts)]
    retype_people(ws, gazetteer(("pt", "en")))
    assert [w.type for w in ws] == ["PER", "PER", "ORG"]


def test_a_country_in_a_case_form_before_a_name_with_a_particle_is_two_names():
    names = found("Prezident Portugalska Marcelo Rebelo de Sousa včera pricestoval.", "sk")
    assert ("Portugalska", "LOC") in names and ("Marcelo Rebelo de Sousa", "PER") in names


def test_a_gallery_named_for_a_god_is_one_place_in_seven_languages_and_the_museum_stays_apart():
    assert _landmarks([("Galerie d'Apollon", "fr", ()), ("Apollo Gallery", "en", ()), ("Apollon-Galerie", "de", ()),
                       ("Аполлона", "ru", ("галерея",)), ("Galleria di Apollo", "it", ()), ("Galería de Apolo", "es", ()),
                       ("Galerii Apollina", "pl", ()), ("Musée du Louvre", "fr", ()), ("Louvre Museum", "en", ())]) == [
        ["Galerie d'Apollon", "Apollo Gallery", "Apollon-Galerie", "Аполлона", "Galleria di Apollo", "Galería de Apolo",
         "Galerii Apollina"], ["Musée du Louvre", "Louvre Museum"]]


def test_a_funicular_named_with_its_kind_word_in_each_language_is_one_place_and_another_stays_apart():
    assert _landmarks([("Elevador da Glória", "pt", ()), ("Glória", "en", ("funicular",)),
                       ("Ascensor da Glória", "es", ()), ("Глория", "ru", ("фуникулёр",)),
                       ("Standseilbahn Glória", "de", ()), ("Elevador de Santa Justa", "pt", ()),
                       ("Santa Justa Lift", "en", ()), ("Glória", "fr", ())]) == [
        ["Elevador da Glória", "Glória", "Ascensor da Glória", "Глория", "Standseilbahn Glória"],
        ["Elevador de Santa Justa", "Santa Justa Lift"], ["Glória"]]


@pytest.mark.parametrize("text,code,word", [
    ("O funicular descarrilou. Elevador parado desde ontem.", "pt", "Elevador"),
    ("Kaplica była zamknięta przez cały dzień.", "pl", "Kaplica"),
])
def test_a_kind_of_built_thing_alone_is_no_name(text, code, word):
    assert word not in [n for n, _t in found(text, code)]


def test_a_capitalised_stop_word_inside_a_name_is_its_particle_not_a_cut():
    names = found("Según Marine Le Pen, el Gobierno calla.", "es")
    assert ("Marine Le Pen", "PER") in names or ("Marine Le Pen", "MISC") in names
    # before a seat of power or a place it is the article of that name, not a particle
    assert "Madrid La" not in [n for n, _t in found("La ministra habló. En Madrid La Moncloa calló.", "es")]


@pytest.mark.parametrize("name,code", [("Vatican", "en"), ("Vaticano", "it"), ("Vaticano", "es"), ("Watykan", "pl"),
                                       ("Ватикан", "ru"), ("Vatican City", "en")])
def test_the_vatican_by_its_short_name_is_the_state(name, code):
    place = gazetteer((code, "en")).lookup(name)
    assert place is not None and place.key == "terr:VA"


def test_a_place_glued_to_the_next_word_by_page_markup_is_the_place():
    assert ("Lisboa", "LOC") in found("El funicular de Lisboahacía años que funcionaba.", "es")
    assert "Berlin" not in [n for n, _t in found("Die Berlinale beginnt am Donnerstag.", "de")]


def test_a_foreign_surname_in_a_slovak_or_czech_case_form_is_the_person():
    texts = [("Mark Rutte", "PER", "rules", "en"), ("Rutteho", "MISC", "rules", "sk"), ("Ruttemu", "MISC", "rules", "cs")]
    ws = [Work(i, f"a{i}", "s1", 0, len(t), t, ty, src, code, t) for i, (t, ty, src, code) in enumerate(texts)]
    retype_people(ws, gazetteer(("sk", "cs", "en")))
    assert [w.type for w in ws] == ["PER", "PER", "PER"]
    assert groups([("Mark Rutte", "en"), ("Rutteho", "sk"), ("Ruttemu", "cs")]) == [["Mark Rutte", "Rutteho", "Ruttemu"]]


@pytest.fixture(scope="module")
def ctx() -> Context:
    return Context()


def test_a_small_town_in_a_case_form_glued_to_a_person_in_one_run_is_two_names(ctx):
    texts = ["Mark Rutte arrived in Grindelwald on Monday and met Swiss officials in the mountain resort.",
             "Mark Rutte przyjechał w poniedziałek do Grindelwaldu. W Grindelwaldzie Rutte spotkał się z urzędnikami.",
             "Mark Rutte hétfőn Grindelwaldba érkezett. Grindelwaldban Rutte svájci tisztviselőkkel találkozott."]
    report = analyze(texts=texts, ctx=ctx, stages=stages_up_to("entities"))
    texts_of = {e.name: {m.text for m in e.mentions} for e in report.entities}
    rutte = next(v for v in texts_of.values() if "Mark Rutte" in v)
    town = next(v for v in texts_of.values() if "Grindelwald" in v)
    assert "Rutte" in rutte and {"Grindelwaldzie", "Grindelwaldban"} <= town
    assert not any(" Rutte" in t and t != "Mark Rutte" for v in texts_of.values() for t in v)
