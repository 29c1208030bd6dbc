"""A thing kept out of a whole or a group ("was not part of the works", "no officers among the wounded"), a source
that knows of nothing, and a duty said done by the rules ("all protocols were followed"), in every language folder."""
from __future__ import annotations

import pytest

from compare_helpers import KeywordEmbedder, compare_story
from compare_helpers import article as _article
from storylens.compare.counters import complement, counter
from storylens.compare.disputes import is_denial
from storylens.compare.opposites import polarity
from storylens.model import Claim


@pytest.mark.parametrize("text, language, kept_out", [
    ("The company said the old roof was not part of the renovation.", "en", "roof"),
    ("The ministry said no soldiers were among the injured.", "en", "soldiers"),
    ("Laut Betreiber war das Dach nicht Teil der Sanierung.", "de", "Dach"),
    ("Selon l'exploitant, le toit ne faisait pas partie des travaux.", "fr", "toit"),
    ("Según la empresa, el techo no formaba parte de las obras.", "es", "techo"),
    ("Secondo la società il tetto non faceva parte dei lavori.", "it", "tetto"),
    ("Segundo a empresa, o telhado não fazia parte das obras.", "pt", "telhado"),
    ("По словам компании, крыша не входила в план ремонта.", "ru", "крыша"),
    ("За словами компанії, дах не входив до плану ремонту.", "uk", "дах"),
    ("Според фирмата покривът не е бил част от ремонта.", "bg", "покривът"),
    ("Według spółki dach nie był częścią remontu.", "pl", "dach"),
    ("Podle firmy střecha nebyla součástí rekonstrukce.", "cs", "střecha"),
    ("Podľa firmy strecha nebola súčasťou rekonštrukcie.", "sk", "strecha"),
    ("Po navedbah podjetja streha ni bila vključena v prenovo.", "sl", "streha"),
    ("Prema tvrtki, krov nije bio dio obnove.", "hr", "krov"),
    ("Према фирми, кров није био део обнове.", "sr", "кров"),
    ("Prema firmi, krov nije bio deo obnove.", "sr", "krov"),
    ("Enligt bolaget ingick taket inte i renoveringen.", "sv", "taket"),  # V2: the verb before the thing
    ("Ifølge selskapet var taket ikke en del av renoveringen.", "nb", "taket"),
    ("Ifølge selskabet var taget ikke en del af renoveringen.", "da", "taget"),
    ("Yhtiön mukaan katto ei kuulunut remonttiin.", "fi", "katto"),
    ("A cég szerint a tető nem volt része a felújításnak.", "hu", "tető"),
    ("Volgens het bedrijf maakte het dak geen deel uit van de renovatie.", "nl", "dak"),
    ("Potrivit companiei, acoperișul nu a făcut parte din renovare.", "ro", "acoperișul"),
    ("Şirkete göre çatı yenileme kapsamında değildi.", "tr", "çatı"),
    ("Σύμφωνα με την εταιρεία, η στέγη δεν ήταν μέρος της ανακαίνισης.", "el", "στέγη"),
    ("Segons l'empresa, la teulada no formava part de les obres.", "ca", "teulada"),
    ("Според фирмата, покривот не беше дел од реновирањето.", "mk", "покривот"),
    ("Pasak bendrovės, stogas nebuvo įtrauktas į renovaciją.", "lt", "stogas"),
    ("Pēc uzņēmuma teiktā, jumts nebija iekļauts renovācijā.", "lv", "jumts"),
    ("Ettevõtte sõnul ei kuulunud katus renoveerimise hulka.", "et", None),  # V2: the verb before the thing
])
def test_a_thing_kept_out_of_the_works_is_an_exclusion_whose_clause_is_denied(text, language, kept_out):
    found = counter(text, language)
    assert found is not None and found.kind == "exclusions"
    if kept_out:  # the denied proposition holds the thing kept out, written before the cue
        assert kept_out in complement(text, found)


@pytest.mark.parametrize("text, language", [
    ("Poliisi ilmoitti, että loukkaantuneiden joukossa ei ole poliiseja.", "fi"),
    ("Polisen uppger att inga poliser finns bland de skadade.", "sv"),
    ("Politiet sier at ingen politifolk er blant de skadde.", "nb"),
    ("Die Polizei teilte mit, es seien keine Beamten unter den Verletzten.", "de"),
    ("La police a indiqué qu'aucun policier ne figurait parmi les blessés.", "fr"),
])
def test_none_among_the_wounded_is_an_exclusion(text, language):
    found = counter(text, language)
    assert found is not None and found.kind == "exclusions"


@pytest.mark.parametrize("text, language", [
    ("His father said he was not aware of any involvement of his son.", "en"),
    ("Az apa azt mondta, nem tud arról, hogy a fiának köze lenne a támadáshoz.", "hu"),
    ("Pappan säger att han inte känner till att sonen var inblandad.", "sv"),
    ("Faren sier han ikke kjenner til at sønnen var involvert.", "nb"),
    ("Faderen siger, at han ikke kender til, at sønnen var involveret.", "da"),
    ("El padre dijo que no le consta que su hijo participara.", "es"),
    ("Il padre ha detto di non essere a conoscenza di un coinvolgimento del figlio.", "it"),
])
def test_a_source_knowing_of_nothing_is_no_evidence(text, language):
    found = counter(text, language)
    assert found is not None and found.kind == "no_evidence"


def _claim(text: str, attributed: str | None = None) -> Claim:
    return Claim("c1", "a1", text, 0, len(text), attributed_to=attributed)


def test_an_exclusion_is_a_denial_only_when_a_source_says_it():
    assert is_denial(_claim("The canopy was not part of the renovation, the railway company said."), "en")
    assert is_denial(_claim("The canopy was not part of the renovation.", "Vucic"), "en")
    # the writer's own aside that something was not among a group denies nothing anyone said
    assert not is_denial(_claim("The canopy was not part of the renovation."), "en")


def test_having_nothing_to_do_with_it_is_an_exclusion_not_an_aside():
    text = "The mayor said the municipality had nothing to do with the permit."
    found = counter(text, "en")
    assert found.kind == "exclusions" and "municipality" in complement(text, found)
    assert counter("The weather had cleared by noon.", "en") is None


@pytest.mark.parametrize("text, language, holds", [
    ("The operator said all safety protocols were followed.", "en", True),
    ("The safety protocols were not followed.", "en", False),
    ("Die Sicherheitsvorschriften wurden eingehalten.", "de", True),
    ("Les protocoles de sécurité ont été respectés.", "fr", True),
    ("Los protocolos de seguridad no se cumplieron.", "es", False),
    ("I protocolli di sicurezza sono stati rispettati.", "it", True),
    ("Os protocolos de segurança foram cumpridos.", "pt", True),
    ("Procedury bezpieczeństwa były przestrzegane.", "pl", True),
    ("Правила безопасности были соблюдены.", "ru", True),
    ("Правила безпеки були порушені.", "uk", False),
    ("Правилата за безопасност са спазени.", "bg", True),
    ("Τα πρωτόκολλα ασφαλείας τηρήθηκαν.", "el", True),
    ("De veiligheidsregels werden nageleefd.", "nl", True),
    ("Säkerhetsrutinerna följdes.", "sv", True),
    ("Vedlikeholdet ble gjennomført etter planen.", "nb", True),
    ("Vedligeholdelsen blev ikke udført.", "da", False),
    ("Turvallisuusohjeita noudatettiin.", "fi", True),
    ("A karbantartást elmulasztották.", "hu", False),
    ("Procedurile de siguranță au fost respectate.", "ro", True),
    ("Bezpečnostní předpisy byly dodrženy.", "cs", True),
    ("Bezpečnostné predpisy boli porušené.", "sk", False),
    ("Varnostni predpisi so bili upoštevani.", "sl", True),
    ("Održavanje je provedeno po planu.", "hr", True),
    ("Одржавање није обављено.", "sr", False),
    ("Asansörün bakımı yapılmadı.", "tr", False),
    ("Asansörün bakımı yapıldı.", "tr", True),
])
def test_the_rules_followed_or_broken_is_a_duty_done_or_not(text, language, holds):
    found = polarity(text, language)
    assert found is not None and found.predicate == "done" and found.holds is holds


def test_the_works_said_to_include_the_roof_against_a_source_excluding_it_is_one_row_across_languages():
    # one direction per thing (the roof, its renovation, a spokesman, the weather): the denials are no copies
    embedder = KeywordEmbedder({"roof": 0, "dach": 0, "krov": 0, "renovated": 1, "renovierung": 1, "renovacije": 1,
                                "sprecher": 2, "rekli": 2, "weather": 3, "wetter": 3}, 8, noise=0.01)
    rows = [g for g in compare_story([
        _article("en1", "en", "The roof had been renovated with the station.", "The weather was cold."),
        _article("de1", "de", "Das Dach war nicht Teil der Renovierung, sagte ein Sprecher der Bahn.",
                 "Das Wetter war kalt."),
        _article("hr1", "hr", "Krov nije bio dio renovacije kolodvora, rekli su iz tvrtke."),
    ], embedder).comparison if g.status == "disputed"]
    assert len(rows) == 1 and {"en1", "de1", "hr1"} <= set(rows[0].articles)


@pytest.mark.parametrize("text, language", [
    ("The mayor said the minister lied about the inspection.", "en"),
    ("Belediye başkanı, bakanın denetim konusunda açık seçik yalan söylediğini ifade etti.", "tr"),
    ("Мэр заявил, что министр солгал о проверке.", "ru"),
    ("Der Bürgermeister sagte, der Minister habe gelogen.", "de"),
    ("El alcalde dijo que el ministro mintió sobre la inspección.", "es"),
    ("Burmistrz powiedział, że minister skłamał w sprawie kontroli.", "pl"),
    ("Pormestari sanoi, että ministeri valehteli tarkastuksesta.", "fi"),
])
def test_calling_a_statement_a_lie_is_a_denial(text, language):
    found = counter(text, language)
    assert found is not None and found.kind == "denials"


def test_no_document_of_any_kind_issued_is_non_existence_in_turkish():
    text = "Belediye tarafından otele herhangi bir uygunluk raporu verilmemiştir."
    found = counter(text, "tr")
    assert found is not None and found.kind == "nonexistence"
    assert "raporu" in complement(text, found)
    assert counter("Otele uygunluk raporu verildi.", "tr") is None


def test_a_third_language_reporting_the_exclusion_joins_the_row():
    embedder = KeywordEmbedder({"roof": 0, "bahnhofsdach": 0, "streha": 0, "renovated": 1, "renovierung": 1, "prenovo": 1,
                                "sprecher": 2, "podjetja": 2, "weather": 3, "wetter": 3}, 8, noise=0.01)
    rows = [g for g in compare_story([
        _article("en1", "en", "The roof had been renovated with the station.", "The weather was cold."),
        _article("de1", "de", "Das Bahnhofsdach war nicht Teil der Renovierung, sagte ein Sprecher der Bahn.",
                 "Das Wetter war kalt."),
        _article("sl1", "sl", "Streha ni bila vključena v prenovo, so sporočili iz podjetja."),
    ], embedder).comparison if g.status == "disputed"]
    assert len(rows) == 1 and set(rows[0].articles) == {"en1", "de1", "sl1"}


def test_rows_each_holding_a_denial_of_the_other_are_one_proposition():
    from storylens.compare.disputes import _merged
    # counters 1 and 5 deny in words too far apart to share an anchor; each row gathered the other's counter
    one = ([1], {0, 1, 5}, {"nadst"}, {0})
    other = ([5], {4, 5, 1}, {"overh"}, {4})
    assert len(_merged([one, other])) == 1
    # a row holding another's counter that does not hold its own stays apart: one sentence in common is no proposition
    lone = ([7], {7, 8}, {"tramw"}, {8})
    assert len(_merged([one, ([9], {9, 1}, {"bridg"}, {9})])) == 2 and len(_merged([one, lone])) == 2


@pytest.mark.parametrize("text, language", [
    ("A spokesman said the alliance was not confirming the fate of the two men.", "en"),
    ("Pressiesindaja viitas uudistele ega kinnitanud kadunute saatust.", "et"),
    ("„Mes negalime patvirtinti šių pranešimų“, sakė atstovas.", "lt"),
    ("„Mēs nevaram apstiprināt šīs ziņas,“ teica pārstāvis.", "lv"),
])
def test_a_source_that_cannot_confirm_is_no_evidence(text, language):
    found = counter(text, language)
    assert found is not None and found.kind == "no_evidence"


@pytest.mark.parametrize("text, language", [
    ("Police said the bar had been operating with a forged licence.", "en"),
    ("Министерот рече дека клубот нема лиценца за работа.", "mk"),
])
def test_a_forged_or_missing_licence_is_no_licence(text, language):
    found = polarity(text, language)
    assert found is not None and found.predicate == "licensed" and found.holds is False


def test_rows_both_holding_the_denials_of_two_articles_are_one_proposition():
    from storylens.compare.disputes import _merged
    # rows 0 and 1 were gathered from different counters (1, 5) but both hold the denials 2 and 3 of articles b and c:
    # the one denial two outlets report denies one thing, found twice
    denials = {1: "a", 5: "d", 2: "b", 3: "c"}
    one = ([1], {0, 1, 2, 3}, {"rutte"}, {0})
    other = ([5], {4, 5, 2, 3}, {"confi"}, {4})
    assert len(_merged([one, other], denials)) == 1
    # one denial in common is no proposition
    assert len(_merged([one, ([5], {4, 5, 2}, {"confi"}, {4})], denials)) == 2
    # two shared denials of one article are one outlet's words, not a denial reported twice
    assert len(_merged([one, ([5], {4, 5, 2, 3}, {"confi"}, {4})], {**denials, 3: "b"})) == 2
