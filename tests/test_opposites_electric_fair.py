"""One attribute, two values that exclude each other (a vehicle's drive: electric / methane), and a vote's
fairness asserted ("no procedural violations were reported") against violations reported, in several languages."""
from __future__ import annotations

import pytest

from storylens.compare.opposites import polarity


@pytest.mark.parametrize("text, language, holds", [
    ("The vehicle, an electric bus, broke through the guard rail.", "en", True),
    ("He was the driver of the methane powered vehicle.", "en", False),
    ("Il pullman di linea, alimentato a metano, ha sfondato la recinzione.", "it", False),
    ("Il veicolo era un autobus elettrico di fabbricazione cinese.", "it", True),
    ("Der mit Gas betriebene Bus stürzte auf die Gleise.", "de", False),
    ("Vehiculul electric a luat foc din motive încă necunoscute.", "ro", True),
    ("Автобус работал на метане, сообщили спасатели.", "ru", False),
])
def test_a_vehicles_drive_is_electric_or_a_fuel(text, language, holds):
    p = polarity(text, language)
    assert p is not None and p.predicate == "electric" and p.holds is holds


@pytest.mark.parametrize("text, language, holds", [
    ("Selon les observateurs, aucun incident ou violation des procédures électorales n'a été signalé.", "fr", True),
    ("Observers said they saw no electoral violations at the polling stations.", "en", True),
    ("Observers reported electoral violations in several regions.", "en", False),
    ("Так, сообщалось о вбросе бюллетеней на нескольких участках.", "ru", False),
    ("Gli osservatori hanno denunciato violazioni della procedura in diversi seggi.", "it", False),
    ("The mission said the referendum was held in a free and open atmosphere.", "en", True),
])
def test_violations_of_a_vote_asserted_or_negated_are_its_fairness(text, language, holds):
    p = polarity(text, language)
    assert p is not None and p.predicate == "fair" and p.holds is holds


@pytest.mark.parametrize("text, language", [
    ("The city plans to buy forty electric scooters.", "en"),  # no vehicle's drive of the story's vehicle
    ("Power was cut on the electricity lines near the station.", "en"),
])
def test_other_electric_words_are_no_drive(text, language):
    p = polarity(text, language)
    assert p is None or p.predicate != "electric"
