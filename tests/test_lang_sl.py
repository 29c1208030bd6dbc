"""Slovenian from its data folder alone (storylens/lang/sl): »…« quotes and speakers, sums, denials, names."""
import pytest

from lang_helpers import analyse, claim, denies, entity_names, entity_with, quotes, values

TEXTS = {
    "role": "Minister za finance Klemen Boštjančič je v ponedeljek obiskal Celje. »Tega predloga ne bomo sprejeli,« "
            "je minister dejal novinarjem.",
    "dropped": "Ministrica Tanja Fajon je v torek prispela v Koper. »Predlog je nesprejemljiv,« je dejala.",
    "inverted": "Vlada se je sestala v sredo. »Odločitev je dokončna,« je dejal premier Robert Golob.",
    "before": "Premier Robert Golob je dejal: »Država je pripravljena.« Ministrstvo je to potrdilo. »Drugih "
              "možnosti ni,« je dodal Golob.",
    "cases": "Opozicija je kritizirala Goloba. Novinarji so se pogovarjali z Golobom v Ljubljani.",
    "sums": "Po poročilu bo vlada v projekt vložila dva milijona evrov. Ministrstvo je potrdilo naložbo 2 milijona "
            "evrov. Poškodovanih je bilo petindvajset ljudi 12. maja 2025.",
    "denial": "V pristanišču je prišlo do eksplozije. Ministrstvo za obrambo je zanikalo, da je šlo za napad. "
              "Tiskovna predstavnica policije je zanikala poročila o aretaciji.",
    "starts": "Včeraj je policija zaprla cesto. Po besedah policije ni bil nihče poškodovan. Nato je bila cesta "
              "ponovno odprta.",
}


@pytest.fixture(scope="module")
def run():
    return analyse(TEXTS)


def test_every_text_is_read_as_slovenian(run):
    report, _names = run
    assert {a.language for a in report.articles} == {"sl"}


def test_a_role_before_the_verb_is_the_person_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "role")
    assert (kind, words) == ("direct", "Tega predloga ne bomo sprejeli") and "Klemen Boštjančič" in speaker


def test_a_verb_without_its_subject_is_the_woman_named_before(run):
    [(kind, words, speaker)] = quotes(*run, "dropped")
    assert (kind, words) == ("direct", "Predlog je nesprejemljiv") and "Tanja Fajon" in speaker


def test_an_inverted_title_and_name_is_the_speaker(run):
    [(kind, words, speaker)] = quotes(*run, "inverted")
    assert (kind, words) == ("direct", "Odločitev je dokončna") and "Robert Golob" in speaker


def test_quotes_in_reversed_guillemets_split_into_sentences(run):
    report, names = run
    texts = [s.text for a in report.articles if names[a.id] == "before" for s in a.sentences]
    assert texts == ["Premier Robert Golob je dejal: »Država je pripravljena.«", "Ministrstvo je to potrdilo.",
                     "»Drugih možnosti ni,« je dodal Golob."]
    found = quotes(*run, "before")
    assert [(k, w) for k, w, _s in found] == [("direct", "Država je pripravljena"), ("direct", "Drugih možnosti ni")]
    assert all("Robert Golob" in speaker for _k, _w, speaker in found)


def test_case_forms_of_a_name_are_one_person(run):
    report, _names = run
    [person] = entity_with(report, "Robert Golob")
    assert person.type == "PER" and {"Goloba", "Golobom"} <= set(person.names)


def test_a_sum_in_words_and_in_figures_is_one_value(run):
    found = values(*run, "sums")
    assert found.count(("money", 2_000_000, "EUR")) == 2
    assert any(kind == "count" and value == 25 for kind, value, _unit in found)
    assert ("date", "2025-05-12", None) in found


def test_a_denial_is_read_as_a_denial(run):
    assert denies(*run, "denial", "Ministrstvo za obrambo je zanikalo")
    assert denies(*run, "denial", "Tiskovna predstavnica policije")
    assert claim(*run, "denial", "V pristanišču").modality == "asserted"


def test_common_sentence_openers_are_no_names(run):
    report, _names = run
    assert not entity_names(report) & {"Včeraj", "Po", "Nato", "Poškodovanih", "Vlada", "Opozicija", "Novinarji", "Država"}
