"""Where a name opens with the family name (Hungarian), a regnal ordinal opens a pope's or monarch's name and a title
follows it; Baltic and Nordic forms of papal names (short sentences of our own)."""
from __future__ import annotations

import pytest

from storylens.segment import split_paragraph
from test_entities_regnal import found
from test_entities_sound import groups


def test_a_roman_ordinal_before_a_name_is_no_sentence_end_where_names_open_with_the_family_name():
    text = "Tegnap XIV. Leó pápa beszédet mondott. Utána II. János Pál emlékére imádkoztak."
    assert [text[a:b] for a, b in split_paragraph(text, "hu")] == [
        "Tegnap XIV. Leó pápa beszédet mondott.", "Utána II. János Pál emlékére imádkoztak."]
    german = "Der Saal heißt nach Karl III. Dann sprach der Bürgermeister."
    assert len(split_paragraph(german, "de")) == 2


@pytest.mark.parametrize("text,name", [
    ("Tegnap XIV. Leó pápa beszédet mondott a téren.", "XIV. Leó"),
    ("Utána II. János Pál emlékére misét tartottak.", "II. János Pál"),
    ("A szónok szerint XVI. Benedeknek is írt levelet.", "XVI. Benedeknek"),
    ("Ferenc pápa tegnap a fiatalokkal beszélt.", "Ferenc"),
])
def test_an_ordinal_before_a_given_name_or_a_title_after_it_makes_a_person(text, name):
    assert (name, "PER") in found(text, "hu")


def test_a_full_name_before_a_title_stays_whole():
    assert found("Orbán Viktor miniszterelnök tegnap beszélt.", "hu") == [("Orbán Viktor", "PER")]


def test_an_ordinal_first_regnal_name_links_with_the_same_ordinal_only():
    assert groups([("John Paul II", "en"), ("II. János Pál", "hu"), ("Jan Paweł II", "pl"), ("Leo XIV", "en"),
                   ("XIV. Leó", "hu"), ("Leo XIII", "en")]) == [
        ["John Paul II", "II. János Pál", "Jan Paweł II"], ["Leo XIII"], ["Leo XIV", "XIV. Leó"]]


def test_papal_names_in_baltic_and_nordic_languages_are_the_same_name():
    assert groups([("Francis", "en"), ("Pranciškus", "lt"), ("Pranciškaus", "lt"), ("Francisks", "lv"),
                   ("Franciskus", "sv"), ("Frans", "da"), ("Ferencnek", "hu")]) == [
        ["Francis", "Pranciškus", "Pranciškaus", "Francisks", "Franciskus", "Frans", "Ferencnek"]]
    assert groups([("Benedict XVI", "en"), ("Benediktas XVI", "lt"), ("XVI. Benedek", "hu"),
                   ("Benedikts XVI", "lv")]) == [["Benedict XVI", "Benediktas XVI", "XVI. Benedek", "Benedikts XVI"]]
