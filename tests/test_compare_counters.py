"""Counters from language data: denials, rulings-out, no evidence, non-existence; a negated ruling-out only allows."""
from __future__ import annotations

import pytest

from storylens import lang
from storylens.compare.counters import KINDS, complement, concepts, counter, sourced


@pytest.mark.parametrize("text, language, kind", [
    ("Officials ruled out a cyberattack on the grid.", "en", "rulings_out"),
    ("No theories about the cause were being ruled out.", "en", "allows"),
    ("He added that no hypothesis has been rejected.", "en", "allows"),
    ("The centre said there was no sign of a cyberattack.", "en", "no_evidence"),  # "no sign" reads "there was no"
    ("The centre said there was no cyberattack.", "en", "nonexistence"),
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


@pytest.mark.parametrize("text, language, kind", [
    # official rulings-out and negative findings, the way investigators word them in each language
    ("Investigators exclude a deliberate attack on the depot.", "en", "rulings_out"),
    ("The fire is not being treated as suspicious, police said.", "en", "rulings_out"),
    ("Police said they had no indication of a criminal act.", "en", "no_evidence"),
    ("Die Ermittler schließen einen Brandanschlag auf das Lager aus.", "de", "rulings_out"),
    ("Die Ermittler schließen einen Brandanschlag bislang nicht aus.", "de", "allows"),
    ("Die Polizei geht nicht von einem Anschlag auf das Depot aus.", "de", "rulings_out"),
    ("Es gebe keine Hinweise auf eine Straftat.", "de", "no_evidence"),
    ("La pista dell'incendio doloso è esclusa dagli investigatori.", "it", "rulings_out"),
    ("Esclusa l'ipotesi del gesto volontario.", "it", "rulings_out"),
    ("Non è esclusa la pista dolosa.", "it", "allows"),
    ("Secondo la procura non ci sono elementi che facciano pensare a un attentato.", "it", "no_evidence"),
    ("Prokuratura wykluczyła udział osób trzecich.", "pl", "rulings_out"),
    ("Wykluczono podpalenie magazynu.", "pl", "rulings_out"),
    ("Śledczy nie wykluczają podpalenia.", "pl", "allows"),
    ("Według policji nie ma przesłanek, by doszło do przestępstwa.", "pl", "no_evidence"),
    ("Η αστυνομία απέκλεισε το ενδεχόμενο εμπρησμού.", "el", "rulings_out"),
    ("Αποκλείεται η εγκληματική ενέργεια, σύμφωνα με την πυροσβεστική.", "el", "rulings_out"),
    ("Δεν αποκλείεται η εγκληματική ενέργεια.", "el", "allows"),
    ("Δεν υπάρχουν ενδείξεις για εμπρησμό, δήλωσε ο εκπρόσωπος.", "el", "no_evidence"),
    ("Aucune piste criminelle n'est retenue par les enquêteurs.", "fr", "no_evidence"),
    ("L'hypothèse d'un acte malveillant est écartée.", "fr", "rulings_out"),
    ("Les enquêteurs n'excluent pas un acte malveillant.", "fr", "allows"),
])
def test_rulings_out_and_negative_findings_in_every_language(text, language, kind):
    found = counter(text, language)
    assert found is not None and found.kind == kind, (text, found)


@pytest.mark.parametrize("text, language", [
    ("The team was excluded from the tournament last year.", "en"),
    ("Die Feuerwehr war nach zehn Minuten am Lager.", "de"),
    ("Il giocatore è stato escluso da tutte le partite.", "it"),
    ("Zawodnik został wykluczony z turnieju.", "pl"),
    ("Υπάρχει πιθανότητα εμπρησμού;", "el"),
    ("Η ομάδα αποκλείστηκε από το τουρνουά.", "el"),
    ("Le joueur a été exclu de l'équipe.", "fr"),
])
def test_exclusions_from_a_group_and_questions_rule_nothing_out(text, language):
    assert counter(text, language) is None


@pytest.mark.parametrize("text, language, official", [
    ("Police found no trace of the missing paintings.", "en", True),
    ("There was no time to lose.", "en", False),
    ("Die Staatsanwaltschaft fand keine Spuren.", "de", True),
    ("La procura non ha trovato tracce.", "it", True),
    ("Prokuratura nie znalazła śladów.", "pl", True),
    ("Η αστυνομία δεν βρήκε ίχνη.", "el", True),
    ("Il n'y avait pas de vent ce jour-là.", "fr", False),
])
def test_a_negative_finding_names_its_official_source(text, language, official):
    assert sourced(text, language) is official


@pytest.mark.parametrize("text, language, named", [
    ("Police ruled out arson.", "en", {"arson"}),
    ("Die Ermittler schließen Brandstiftung aus.", "de", {"arson"}),
    ("Gli inquirenti hanno escluso la pista dolosa.", "it", {"arson"}),
    ("Η αστυνομία απέκλεισε το ενδεχόμενο εμπρησμού.", "el", {"arson"}),
    ("Prokuratura wykluczyła podpalenie.", "pl", {"arson"}),
    ("Τα ντρόουν δεν είχαν στόχους στην Πολωνία.", "el", {"drone"}),
    ("Drony nie miały celów w Polsce.", "pl", {"drone"}),
    ("Кремль опроверг телефонный разговор.", "ru", {"call"}),
    ("The weather was mild.", "en", set()),
])
def test_concepts_name_one_thing_across_languages(text, language, named):
    assert concepts(text, language) == named


@pytest.mark.parametrize("text, language", [
    ("The ministry says it struck a meeting of officers, but only civilians were there.", "en"),
    ("Rusia afirma que atacó una reunión de oficiales, pero en el lugar solo había civiles.", "es"),
    ("Il ministero sostiene di aver colpito una riunione di ufficiali, ma sul posto c'erano solo civili.", "it"),
    ("Das Ministerium sagt, es habe ein Treffen von Offizieren getroffen, aber dort waren nur Zivilisten.", "de"),
    ("Ministerstwo twierdzi, że trafiło w naradę oficerów, ale na miejscu byli tylko cywile.", "pl"),
    ("Το υπουργείο λέει ότι χτύπησε σύσκεψη αξιωματικών, αλλά εκεί βρίσκονταν μόνο άμαχοι.", "el"),
])
def test_a_claim_answered_by_what_there_only_was_contradicts_the_claim(text, language):
    found = counter(text, language)
    assert found is not None and found.kind == "contrasts"
    assert complement(text, found).split()[:2] == text.split()[:2]  # what is contradicted is the claim before


def test_a_contrast_with_no_claim_before_it_contradicts_nothing():
    assert counter("But only two of them arrived in time.", "en") is None


@pytest.mark.parametrize("text, language, kind", [
    ("Investigators believe the driver acted alone.", "en", "rulings_out"),
    ("Die Ermittler gehen von einem Einzeltäter aus.", "de", "rulings_out"),
    ("Secondo la polizia l'uomo ha agito da solo.", "it", "rulings_out"),
    ("Selon le parquet, il a agi seul.", "fr", "rulings_out"),
    ("Policja nie wyklucza, że nie działał sam.", "pl", "allows"),
    ("Η αστυνομία δεν αναζητά κανέναν άλλον ύποπτο.", "el", "rulings_out"),
])
def test_a_lone_perpetrator_rules_out_accomplices(text, language, kind):
    found = counter(text, language)
    assert found is not None and found.kind == kind
