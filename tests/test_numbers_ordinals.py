"""Ordinals are read as counts marked ordinal, in a dimension of their own, in every language."""
import pytest

from storylens.valuecompare import dimension, same
from storylens.values import extract
from storylens.model import Value


def ranks(text, language):
    return [(v.value, v.unit) for v in extract(text, language) if v.ordinal]


@pytest.mark.parametrize("text, language, value, noun", [
    ("It was the fifth recount in a year.", "en", 5, "recount"),
    ("She became the 34th mayor of the town.", "en", 34, "mayor"),
    ("Im dritten Anlauf wurde das Gesetz angenommen.", "de", 3, "anlauf"),
    ("Der 112. Bürgermeister der Stadt trat an.", "de", 112, "bürgermeister"),
    ("C'est la quatrième tentative du club.", "fr", 4, "tentative"),
    ("le 45e président du comité", "fr", 45, "président"),
    ("Al settimo tentativo la squadra ha vinto.", "it", 7, "tentativo"),
    ("il 12esimo presidente della regione", "it", 12, "presidente"),
    ("Es la octava edición del festival.", "es", 8, "edición"),
    ("el 40º aniversario del club", "es", 40, "aniversario"),
    ("el vigésimo tercer congreso", "es", 23, "congreso"),
    ("Foi a terceira votação do dia.", "pt", 3, "votação"),
    ("a 15ª edição da feira", "pt", 15, "edição"),
    ("To już piąte posiedzenie komisji.", "pl", 5, "posiedzenie"),
    ("w czwartym głosowaniu", "pl", 4, "głosowaniu"),
    ("dwudziestego pierwszego posiedzenia", "pl", 21, "posiedzenia"),
    ("Bylo to už šesté kolo jednání.", "cs", 6, "kolo"),
    ("12. ročník festivalu", "cs", 12, "ročník"),
    ("Vo štvrtom kole volieb zvíťazil.", "sk", 4, "kole"),
    ("Это уже седьмое заседание совета.", "ru", 7, "заседание"),
    ("в пятом туре голосования", "ru", 5, "туре"),
    ("город стал 15-м участником", "ru", 15, "участником"),
    ("Це восьме засідання ради.", "uk", 8, "засідання"),
    ("21-ша країна союзу", "uk", 21, "країна"),
    ("Това е шестият опит на отбора.", "bg", 6, "опит"),
    ("15-ата годишнина", "bg", 15, "годишнина"),
    ("Ήταν η πέμπτη ψηφοφορία.", "el", 5, "ψηφοφορία"),
    ("a negyedik forduló után", "hu", 4, "forduló"),
    ("a 25. évforduló alkalmából", "hu", 25, "évforduló"),
    ("yedinci tur oylamada", "tr", 7, "tur"),
    ("5'inci kez seçildi", "tr", 5, "kez"),
    ("kolmas kierros alkoi", "fi", 3, "kierros"),
    ("40. vuosipäivä vietettiin", "fi", 40, "vuosipäivä"),
    ("den fjärde omgången", "sv", 4, "omgången"),
    ("for the sixth time", "en", 6, "time"),
    ("в шестой раз", "ru", 6, "раз"),
    ("på 21:a plats", "sv", 21, "plats"),
])
def test_ranks_are_read_in_every_language(text, language, value, noun):
    assert ranks(text, language) == [(value, noun)]


@pytest.mark.parametrize("text, language", [
    ("at first sight, a second look", "en"),  # first and second rank too little to be read
    ("a third of the budget", "en"),  # a fraction
    ("un cinquième des votes", "fr"),
    ("una quinta parte del presupuesto", "es"),
    ("kolem půl čtvrté ráno", "cs"),  # half past three
    ("в 90-х годах и в 2-х домах", "ru"),  # a decade and a cardinal's case
    ("Die Zahl stieg auf 12. Die Polizei ermittelt.", "de"),  # a sentence's end
    ("im Jahr 2024. Die Wahl", "de"),
    ("шесть человек и шестью днями", "ru"),  # cardinals that share the stem
    ("sedm lidí", "cs"),
])
def test_no_rank_where_there_is_none(text, language):
    assert ranks(text, language) == []


def test_a_rank_is_never_the_same_dimension_as_a_cardinal():
    rank = extract("the 21st member of the euro area", "en")[0]
    members = extract("the 21 members of the euro area", "en")[0]
    assert rank.ordinal and not members.ordinal
    assert dimension(rank) == "count:ordinal" and dimension(members) == "count"
    assert not same(rank, members)
    other = Value("count", 20, "20th", "member", ordinal=True)
    assert dimension(other) == dimension(rank) and not same(other, rank)


def _conflicts(*articles):
    from compare_helpers import KeywordEmbedder, compare_story

    r = compare_story(articles, KeywordEmbedder({"match": 0, "round": 1, "league": 2, "members": 3, "euro": 4}, 32))
    return sorted(sorted(map(str, g.value)) for g in r.comparison if g.status == "conflicting")


def test_two_ranks_written_differently_conflict_and_a_rank_never_meets_a_cardinal():
    from compare_helpers import article

    a = article("a", "en", "City won the match in the 38th round of the league.")
    b = article("b", "en", "City won the match in the 58th round of the league.")
    assert _conflicts(a, b) == [["38", "58"]]
    c = article("c", "en", "Bulgaria became the 21st member of the euro area.")
    d = article("d", "en", "The euro area now has 27 members.")
    assert _conflicts(c, d) == []


@pytest.mark.parametrize("text, language", [
    ("v torek malo pred 17. uro", "sl"),
    ("v sredo ob 18. uri", "sl"),
])
def test_an_hour_written_as_a_rank_is_no_rank(text, language):
    assert ranks(text, language) == []


@pytest.mark.parametrize("text, language", [
    ("all from 1st Brigade, 3rd Infantry Division", "en"),
    ("since the Second World War", "en"),
])
def test_a_rank_inside_a_name_is_no_value(text, language):
    assert ranks(text, language) == []
