"""Languages without a statistical model still yield linked people and comparable values, from their data folders."""
import pytest

from storylens import claims, compare, entities, language, quotes, segment, stories
from storylens.api import load
from storylens.ingest import documents_from_texts
from storylens.pipeline import Report, run
from storylens.resources import Context

TEXTS = {
    "de": "Der Konzern Rheinmetall hat am Montag mit dem Bau einer Fabrik begonnen. Bundeskanzler Olaf Scholz sprach "
          "bei der Zeremonie. Die Fabrik soll ab 2025 jährlich rund 200.000 Geschosse produzieren. Die Kosten werden "
          "auf etwa 300 Millionen Euro geschätzt.",
    "el": "Η εταιρεία Rheinmetall ξεκίνησε τη Δευτέρα την κατασκευή εργοστασίου. Ο καγκελάριος Όλαφ Σολτς μίλησε "
          "στην τελετή. Το εργοστάσιο θα παράγει περίπου 200.000 βλήματα ετησίως από το 2025. Το κόστος εκτιμάται "
          "σε 300 εκατομμύρια ευρώ.",
    "uk": "Концерн Rheinmetall у понеділок розпочав будівництво заводу. Канцлер Олаф Шольц виступив на церемонії. "
          "Завод вироблятиме близько 200 тисяч снарядів на рік починаючи з 2025 року. Вартість оцінюється в 300 "
          "мільйонів євро.",
}


@pytest.fixture(scope="module")
def report():
    articles, errors = load(documents_from_texts(list(TEXTS.values())))
    assert not errors
    stages = [language.STAGE, segment.STAGE, entities.MENTIONS, quotes.STAGE, claims.STAGE, stories.STAGE,
              entities.STAGE, quotes.LINKS, compare.STAGE]
    return run(stages, Report(articles=tuple(articles)), Context())


def test_languages_are_identified(report):
    assert [a.language for a in report.articles] == list(TEXTS)


def test_a_person_is_linked_across_three_languages_without_a_model(report):
    people = [e for e in report.entities if e.type == "PER"]
    scholz = [e for e in people if "Olaf Scholz" in e.names]
    assert len(scholz) == 1
    assert set(scholz[0].names) >= {"Olaf Scholz", "Όλαφ Σολτς", "Олаф Шольц"}
    assert len(scholz[0].articles) == 3


def test_values_agree_across_three_languages(report):
    agreed = {(g.topic.split(":")[0], g.value) for g in report.comparison if g.status == "agreed" and len(g.articles) == 3}
    assert ("money", 300_000_000) in agreed
    assert ("year", 2025) in agreed
    assert any(kind == "count" and value == 200_000 for kind, value in agreed)


def test_quotes_in_ukrainian_and_german_come_from_their_cue_data():
    import storylens

    report = storylens.analyze(texts=[
        "Канцлер Олаф Шольц у понеділок відвідав завод. «Ми мусимо посилити оборону», — заявив він.",
        "Bundeskanzler Olaf Scholz besuchte am Montag das Werk. „Wir müssen unsere Verteidigung stärken“, sagte er.",
    ])
    by_article = {q.article: q for q in report.quotes}
    uk, de = by_article["text0"], by_article["text1"]
    assert (uk.kind, uk.speaker.kind, uk.speaker.as_written) == ("direct", "pronoun", "він")
    assert (de.kind, de.speaker.kind, de.speaker.as_written) == ("direct", "pronoun", "er")
    assert uk.speaker.entity == de.speaker.entity is not None
    assert de.id in uk.same_as


def test_hedges_in_german_and_ukrainian_come_from_their_data():
    import storylens

    report = storylens.analyze(texts=["Die Fabrik könnte 2025 in Betrieb gehen.", "Завод навряд чи запрацює у 2025 році.",
                                      "Die Fabrik geht 2025 in Betrieb."])
    assert [c.modality for c in report.claims] == ["hedged", "hedged", "asserted"]
