"""Counts and shares of a vote (issue 12, kazakhstan-npp-referendum): who a count counts (entitled, took part, for,
against, invalid), a share written before its number (Turkish), a decimal comma followed by a space, a case
ending after a grouped number, and a count of thousands beside a share never read as a share."""
from __future__ import annotations

import pytest

from compare_helpers import KeywordEmbedder, compare_story
from compare_helpers import article as _article
from storylens.compare.onething import exclusive
from storylens.compare.predicates import predicate
from storylens.compare.valuereads import bare_pair
from storylens.values import extract


def _values(text: str, language: str) -> list[tuple[str, float]]:
    return [(v.kind, v.value) for v in extract(text, language)]


@pytest.mark.parametrize("text, number, language, role", [
    ("A total of 12,284,487 Kazakh citizens were eligible to participate in the vote.", "12,284,487", "en", "entitled"),
    ("Of this, 7,820,204 citizens cast their ballots, representing a turnout of two thirds.", "7,820,204", "en", "voted"),
    ("Conversely, 2,045,271 people voted against the nuclear power plant.", "2,045,271", "en", "voted_against"),
    ("Out of the total votes, 130,267 ballots were deemed invalid.", "130,267", "en", "invalid"),
    ("5 561 937 адам АЭС құрылысын қолдаған, 2 045 271 адам қарсы шыққан.", "5 561 937", "kk", "voted_for"),
    ("5 561 937 адам АЭС құрылысын қолдаған, 2 045 271 адам қарсы шыққан.", "2 045 271", "kk", "voted_against"),
    ("130 267 бюллетень жарамсыз деп танылған.", "130 267", "kk", "invalid"),
    ("В референдуме приняли участие свыше 7 млн 820 тысяч человек.", "7 млн 820 тысяч", "ru", "voted"),
    ("Против проголосовали 2 млн 45 тысяч 271 человек.", "2 млн 45 тысяч 271", "ru", "voted_against"),
    ("Ülkede kayıtlı 12 milyon 244 bin 683 seçmen var.", "12 milyon 244 bin 683", "tr", "entitled"),
    ("Beteiligt haben sich rund zwei Drittel der knapp 7,5 Millionen Stimmberechtigten.", "7,5 Millionen", "de",
     "entitled"),
    ("Plus de 7,8 millions d'électeurs ont voté dimanche.", "7,8 millions", "fr", "voted"),
    ("On compte 12,2 millions d'électeurs inscrits.", "12,2 millions", "fr", "entitled"),
])
def test_a_count_of_a_vote_is_keyed_by_whom_it_counts(text, number, language, role):
    at = text.index(number)
    assert predicate(text, at, at + len(number), language) == role


def test_counts_of_two_roles_of_a_vote_are_never_one_row():
    assert exclusive("voted", "voted_for") and exclusive("entitled", "voted") and exclusive("voted_for", "voted_against")
    assert not exclusive("voted", "voted")


def test_those_who_took_part_and_those_for_are_no_conflict():
    words = {"citizens": 0, "people": 0, "kazakhstan": 0}
    r = compare_story((_article("a", "en", "In Kazakhstan 7,820,204 citizens cast their ballots on Sunday."),
                       _article("b", "en", "In Kazakhstan 5,561,937 citizens voted in favour on Sunday.")),
                      KeywordEmbedder(words, 8))
    assert not [g for g in r.comparison if g.status == "conflicting"]


@pytest.mark.parametrize("text, language, expected", [
    ("Referanduma katılım oranı yüzde 63,66 oldu.", "tr", [("percent", 63.66)]),
    ("Katılım %63,66 oldu.", "tr", [("percent", 63.66)]),
    ("Seçmenlerin yüzde 71,12'si evet dedi.", "tr", [("percent", 71.12)]),
    ("The turnout was 63.66% on Sunday.", "en", [("percent", 63.66)]),  # the sign after the number, as ever
    ("Die Beteiligung lag bei 63,66 % am Sonntag.", "de", [("percent", 63.66)]),
])
def test_a_share_written_before_its_number(text, language, expected):
    assert _values(text, language) == expected


def test_a_percent_sign_before_a_number_is_no_share_where_the_language_writes_it_after():
    assert _values("see page %20 of the file", "en") == [("count", 20)]


@pytest.mark.parametrize("text, language, expected", [
    ("Ең төменгі орында – Алматы қаласы (25, 21 пайыз).", "kk", [("percent", 25.21)]),
    ("După numărarea a 99, 46 % din voturi, opțiunea DA conduce.", "ro", [("percent", 99.46)]),
    ("Явка составила 63, 66 процента.", "ru", [("percent", 63.66)]),
    ("Ставки составят 2, 5, 10 % годовых.", "ru", [("percent", 2), ("percent", 5), ("percent", 10)]),  # a list
    ("It fell by 2, 15% of the total.", "en", [("percent", 2), ("percent", 15)]),  # a decimal point language
])
def test_a_decimal_comma_followed_by_a_space_in_a_share(text, language, expected):
    assert _values(text, language) == expected


@pytest.mark.parametrize("text, language, value", [
    ("Бұл өңірде 693 766 адам қолдаса, 178 148-і қарсы болды.", "kk", 178148),
    ("Пришли около 12 500-ти человек.", "ru", 12500),
    ("Дойдоха над 1 200-те души.", "bg", 1200),
])
def test_a_case_ending_after_a_grouped_number_is_the_numbers_own(text, language, value):
    assert value in [v.value for v in extract(text, language)]


@pytest.mark.parametrize("text, language", [
    ("число граждан, принявших участие в голосовании — 7 820 204 или 63,66%;", "ru"),
    ("The number who took part was 7 820 204 or 63.66% of the electorate.", "en"),
    ("Қатысқандар саны 7 820 204 немесе 63,66% болды.", "kk"),
])
def test_a_count_of_thousands_beside_a_share_stays_a_count(text, language):
    kinds = [k for k, _ in _values(text, language)]
    assert kinds == ["count", "percent"]


def test_a_count_of_thousands_is_never_the_other_reading_of_a_share():
    count, share = extract("5 561 937", "ru")[0], extract("более 50%", "ru")[0]
    assert not bare_pair(count, share)
    assert bare_pair(extract("более 50", "ru")[0], share)
