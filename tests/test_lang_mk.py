"""Macedonian from its data folder alone (storylens/lang/mk): quotes, sums, denials, names, sentence openers."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, entity_with, quotes, values

TEXTS = {
    "role": "Премиерот Христијан Мицкоски во понеделник ја посети Битола. „Нема да дозволиме нови даноци“, изјави "
            "премиерот пред новинарите.",
    "dropped": "Министерката Елена Петровска во вторник допатува во Скопје. „Проектот е неприфатлив“, изјави таа.",
    "inverted": "Владата се состана во среда. „Одлуката е конечна“, изјави претседателката Гордана "
                "Сиљановска-Давкова.",
    "dash": "Градоначалникот Орце Ѓорѓиевски ги посети жителите. – Водата ќе биде пуштена до петок, – изјави тој.",
    "surname": "Новинарите разговараа со Мицкоски во Скопје. Мицкоски не одговори на прашањата.",
    "sums": "Според извештајот, владата ќе вложи два милиони евра во проектот. Министерството потврди инвестиција од "
            "2 милиони евра. Општината потроши 300 милиони денари на 12 мај 2025 година.",
    "denial": "Во пристаништето се случи експлозија. Министерството за одбрана негираше дека станува збор за напад. "
              "Портпаролката на полицијата ги демантираше наводите за апсење.",
    "starts": "Вчера полицијата го затвори патот. Според полицијата никој не е повреден. Потоа патот повторно беше "
              "отворен. Министерството го потврди тоа.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_macedonian_is_read_as_macedonian(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"mk"}


def test_a_role_after_the_quote_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "role")
    assert (kind, words) == ("direct", "Нема да дозволиме нови даноци") and "Христијан Мицкоски" in speaker


def test_a_pronoun_after_the_quote_is_the_woman_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "dropped")
    assert (kind, words) == ("direct", "Проектот е неприфатлив") and "Елена Петровска" in speaker


def test_an_inverted_title_and_name_is_the_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "inverted")
    assert (kind, words) == ("direct", "Одлуката е конечна") and "Гордана Сиљановска-Давкова" in speaker


def test_speech_after_a_dash_is_quoted_with_its_speaker(run):
    found = quotes(*run, "dash")
    assert any("Водата ќе биде пуштена до петок" in words and "Орце Ѓорѓиевски" in speaker
               for _kind, words, speaker in found)


def test_a_surname_alone_is_the_person_named_in_full(run):
    report, names = run
    [person] = entity_with(report, "Христијан Мицкоски")
    assert person.type == "PER" and "Мицкоски" in person.names
    assert {names[m.article] for m in person.mentions} == {"role", "surname"}


def test_a_sum_in_words_and_in_figures_is_one_value_and_dates_read(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "EUR")) == 2
    assert ("money", 300_000_000, "MKD") in found and ("date", "2025-05-12", None) in found


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "Министерството за одбрана негираше")
    assert denies(*run, "denial", "Портпаролката на полицијата")
    assert claim(*run, "denial", "Во пристаништето").modality == "asserted"


def test_common_sentence_openers_are_no_names(run):
    report, _names = run
    assert not entity_names(report) & {"Вчера", "Според", "Потоа", "Владата", "Министерството", "Новинарите",
                                       "Општината"}
