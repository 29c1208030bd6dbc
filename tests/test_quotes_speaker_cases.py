"""A name in a case no subject takes is never the speaker, and a noun after an article is no name (sentences written
for these tests: hr, pl, cs, sk, hu, tr, el, en, de, uk)."""
from __future__ import annotations

import pytest

from storylens.resources import Context

from test_quotes_extract import make, quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


def speakers(qs):
    return [q.speaker.text for q in qs]


@pytest.mark.parametrize("lang, text, people, speaker", [
    # the dative or instrumental ending of the language's data
    ("cs", "„Je to velký den,“ řekl premiér Petr Fiala Viktoru Orbánovi.", [["Petr Fiala"], ["Viktoru Orbánovi"]],
     "Petr Fiala"),
    ("sk", "„Je to veľký deň,“ povedal Robertovi Ficovi prezident Peter Pellegrini.",
     [["Robertovi Ficovi"], ["Peter Pellegrini"]], "Peter Pellegrini"),
    # a case suffix glued on after a hyphen or an apostrophe
    ("hu", "„Ez egy nagy nap” - mondta Trump-nak Orbán Viktor.", [["Orbán Viktor"], ["Trump"]], "Orbán Viktor"),
    # an article of an oblique case before the name
    ("el", "«Είναι μια μεγάλη μέρα», είπε στον Μητσοτάκη ο Τσίπρας.", [["Μητσοτάκη"], ["Τσίπρας"]], "Τσίπρας"),
])
def test_a_name_in_an_oblique_case_is_not_the_subject(ctx, lang, text, people, speaker):
    assert speakers(quotes(ctx, text, lang=lang, people=people)) == [speaker]


@pytest.mark.parametrize("lang, text, people", [
    ("hr", "Premijer Andrej Plenković čestitao je Viktoru Orbanu. „Ovo je velik dan“, rekao je.",
     [["Andrej Plenković"], ["Viktoru Orbanu"]]),
    ("pl", "Premier Donald Tusk podziękował Franciszkowi. „To wielki dzień” - powiedział.",
     [["Donald Tusk"], ["Franciszkowi"]]),
])
def test_a_pronoun_or_dropped_subject_skips_the_name_in_an_oblique_case(ctx, lang, text, people):
    # the addressee was named last; the subject of the sentence before speaks
    assert speakers(quotes(ctx, text, lang=lang, people=people)) == [people[0][0]]


def test_a_form_the_case_endings_lead_back_to_another_form_of_the_name_is_oblique(ctx):
    # "Orbana" is "Orban" with a genitive ending: the article's other form of the name tells the case
    from storylens.quotes import article_mentions
    from storylens.quotes.cues import cues_for
    from storylens.quotes.extract import Extractor
    from storylens.quotes.oblique import oblique_case

    text = "Viktor Orban stigao je u Zagreb. Plenković je primio Viktora Orbana."
    report = make(ctx, text, [["Viktor Orban", "Viktora Orbana"], ["Plenković"]], (), "hr", (), ())
    art = report.articles[0]
    with ctx.activated():
        mentions = sorted(article_mentions(report)[art.id], key=lambda m: m.start)
        doc = Extractor(art, cues_for("hr"), mentions).doc
        first, second = text.index("Viktor Orban"), text.index("Viktora Orbana")
        assert not oblique_case(doc, first, first + len("Viktor Orban"), "per0")
        assert oblique_case(doc, second, second + len("Viktora Orbana"), "per0")


def test_a_nominative_article_keeps_a_greek_surname_of_genitive_form_a_subject(ctx):
    qs = quotes(ctx, "Η Ελένη Μαύρου ήταν στην Αθήνα. «Πρέπει να είμαστε ενωμένοι», είπε η Ελένη Μαύρου.",
                lang="el", people=[["Ελένη Μαύρου"]])
    assert speakers(qs) == ["Ελένη Μαύρου"]


def test_a_noun_after_an_article_is_a_description_resolved_to_the_one_person_named(ctx):
    qs = quotes(ctx, "Ο Εμανουέλ Μακρόν συναντήθηκε με τον Όλαφ Σολτς. «Είμαστε ενωμένοι», είπε ο Γάλλος.", lang="el",
                people=[["Εμανουέλ Μακρόν"], ["Όλαφ Σολτς"]])
    assert [(q.speaker.kind, q.speaker.text) for q in qs] == [("role", "Εμανουέλ Μακρόν")]


@pytest.mark.parametrize("lang, text, description", [
    ("en", "Emmanuel Macron met Olaf Scholz in Berlin. “We stand together,” the Frenchman said.", "the Frenchman"),
    ("de", "Emmanuel Macron traf Olaf Scholz in Berlin. „Wir stehen zusammen“, sagte der Franzose.", "der Franzose"),
])
def test_a_noun_after_an_article_with_two_people_named_stays_a_description(ctx, lang, text, description):
    # two people named just before: the noun is not taken for a name, nor given to either
    qs = quotes(ctx, text, lang=lang, people=[["Emmanuel Macron"], ["Olaf Scholz"]])
    assert [(q.speaker.kind, q.speaker.text, q.speaker.entity) for q in qs] == [("unnamed", description, None)]


def test_an_organisation_phrase_with_a_case_tail_still_speaks(ctx):
    # a lower-case tail in the dative ("родинам") is no name in an oblique case
    [q] = quotes(ctx, "Служба висловила співчуття родинам та наголосила, що це велика втрата.", lang="uk")
    assert q.speaker.kind == "organisation"


@pytest.mark.parametrize("lang, text, role", [
    ("nl", "“We gaan door”, zei de leider van de VVD.", "de leider"),
    ("nl", "“We gaan door”, zei de woordvoerder van het.", "de woordvoerder"),
])
def test_a_role_chain_never_ends_on_a_preposition_or_article(ctx, lang, text, role):
    # the body after "van de" is no name the entities stage typed: the role stays whole, without the dangling words
    assert [(q.speaker.kind, q.speaker.text) for q in quotes(ctx, text, lang=lang)] == [("unnamed", role)]

