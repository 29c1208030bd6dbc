"""Reported speech in source phrases and mid-sentence attributions (sentences written for these tests): a document's
author speaks ("selon le communiqué du parquet"), a source phrase with no comma names its body at once ("Według
prokuratury podejrzani …"), and an attribution between commas leaves the statement going on around it."""
from __future__ import annotations

import pytest

from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


def said(qs):
    return [(q.kind, q.text, q.speaker.text) for q in qs]


@pytest.mark.parametrize("text, lang_, orgs, speaker, words", [
    ("Selon le communiqué du parquet, les suspects ont créé un vaste système de corruption.", "fr", [],
     "parquet", "les suspects ont créé un vaste système de corruption"),
    ("Según el comunicado de la Fiscalía, los sospechosos crearon un amplio sistema de corrupción.", "es",
     [["Fiscalía"]], "Fiscalía", "los sospechosos crearon un amplio sistema de corrupción"),
    ("Laut einer Mitteilung der Polizei haben die Verdächtigen ein großes Korruptionssystem aufgebaut.", "de", [],
     "Polizei", "haben die Verdächtigen ein großes Korruptionssystem aufgebaut"),
    ("По данным НАБУ, участники схемы выстроили сеть влияния на государственные предприятия.", "ru", [["НАБУ"]],
     "НАБУ", "участники схемы выстроили сеть влияния на государственные предприятия"),
    ("According to a report by The New York Times, the suspects built a vast corruption scheme.", "en",
     [["New York Times"]], "New York Times", "the suspects built a vast corruption scheme"),
])
def test_a_document_s_author_named_after_it_is_the_source(ctx, text, lang_, orgs, speaker, words):
    assert said(quotes(ctx, text, orgs=orgs, lang=lang_)) == [("indirect", words, speaker)]


@pytest.mark.parametrize("text, lang_", [
    ("According to media reports, the suspects built a vast corruption scheme.", "en"),
    ("По данным опроса, большинство граждан поддерживает реформу.", "ru"),
    ("По данным СМИ, участники схемы выстроили сеть влияния.", "ru"),
])
def test_a_document_without_an_author_reports_nothing(ctx, text, lang_):
    assert quotes(ctx, text, lang=lang_) == []


@pytest.mark.parametrize("text, lang_, speaker, first", [
    ("Według prokuratury podejrzani stworzyli rozległy system korupcyjny.", "pl", "prokuratury", "podejrzani"),
    ("Podle policie podezřelí vytvořili rozsáhlý korupční systém.", "cs", "policie", "podezřelí"),
    ("Laut Polizei haben die Verdächtigen ein großes Korruptionssystem aufgebaut.", "de", "Polizei", "haben"),
    ("Според прокуратурата заподозрените са създали мащабна корупционна схема.", "bg", "прокуратурата",
     "заподозрените"),
])
def test_a_source_phrase_without_a_comma_names_the_body_opening_it(ctx, text, lang_, speaker, first):
    [q] = quotes(ctx, text, lang=lang_)
    assert (q.kind, q.speaker.text, q.text.split()[0]) == ("indirect", speaker, first)


def test_a_recognised_name_opens_a_source_phrase_before_a_capitalised_noun(ctx):
    # German capitalises every noun: "Verdächtigen" after the verb is no name
    [q] = quotes(ctx, "Laut NABU haben die Verdächtigen ein großes Korruptionssystem aufgebaut.", orgs=[["NABU"]],
                 lang="de")
    assert (q.speaker.text, q.text) == ("NABU", "haben die Verdächtigen ein großes Korruptionssystem aufgebaut")


def test_an_attribution_between_commas_leaves_the_statement_around_it(ctx):
    [q] = quotes(ctx, "Though that transition was relatively seamless, he said, replacing Clinton would be much more "
                      "acrimonious and could lead to intense lobbying.", lang="en")
    assert q.kind == "indirect" and q.text.startswith("Though that transition") and q.text.endswith("intense lobbying")


def test_an_attribution_between_commas_before_the_author_s_own_clause_closes_the_statement(ctx):
    [q] = quotes(ctx, "Donald Trump's obsession with the birth certificate is an insult to all Americans, top lawmakers "
                      "said Friday afternoon, as they bristled at the continued questions.", lang="en")
    assert (q.kind, q.speaker.text) == ("indirect", "top lawmakers")
    assert q.text == "Donald Trump's obsession with the birth certificate is an insult to all Americans"


@pytest.mark.parametrize("text, speaker, words", [
    ("Many lawmakers say there are also national security concerns.", "Many lawmakers",
     "there are also national security concerns"),
    ("His aides say it is too early to discuss strategies for a Senate run.", "His aides",
     "it is too early to discuss strategies for a Senate run"),
])
def test_a_plural_subject_s_say_introduces_a_clause_without_that(ctx, text, speaker, words):
    assert said(quotes(ctx, text, lang="en")) == [("indirect", words, speaker)]


def test_a_statement_no_cue_claims_goes_to_the_person_right_after_it(ctx):
    # "sang" is no speech verb of the English data: the name standing where an attribution stands speaks
    qs = quotes(ctx, "“We will rebuild every house in this town,” sang Maria Lopez on the steps of the church.",
                people=[["Maria Lopez"]], lang="en")
    assert [(q.kind, q.text, q.speaker.text) for q in qs] == [
        ("direct", "We will rebuild every house in this town", "Maria Lopez")]


def test_a_name_inside_the_sentence_does_not_take_a_statement_no_cue_claims(ctx):
    # the person named before the quotation, not opening the sentence, is whom the words are about
    qs = quotes(ctx, "Reid has gone after Trump as a “human leech who will bleed the country” on Tuesday.",
                people=[["Reid"], ["Trump"]], lang="en")
    assert [q.speaker.text for q in qs] == ["Reid"]


@pytest.mark.parametrize("text, lang_, orgs, words", [
    ("НАБУ съобщи, че провежда мащабна операция. Според съобщението заподозрените са създали мащабна корупционна "
     "схема.", "bg", [["НАБУ"]], "заподозрените са създали мащабна корупционна схема"),
    ("NABU said it was running a large operation. According to the statement, the suspects built a vast corruption "
     "scheme.", "en", [["NABU"]], "the suspects built a vast corruption scheme"),
    ("Le NABU a annoncé une vaste opération. Selon le communiqué, les suspects ont créé un vaste système de "
     "corruption.", "fr", [["NABU"]], "les suspects ont créé un vaste système de corruption"),
    ("Das NABU teilte mit, es führe eine große Operation durch. Laut der Mitteilung haben die Verdächtigen ein großes "
     "Korruptionssystem aufgebaut.", "de", [["NABU"]], "haben die Verdächtigen ein großes Korruptionssystem aufgebaut"),
])
def test_a_statement_with_no_author_named_is_that_of_whoever_spoke_last(ctx, text, lang_, orgs, words):
    assert ("indirect", words, orgs[0][0]) in said(quotes(ctx, text, orgs=orgs, lang=lang_))


def test_a_statement_with_an_indefinite_article_reports_nothing(ctx):
    qs = quotes(ctx, "NABU said it was running a large operation. According to a statement, the suspects built a vast "
                     "corruption scheme.", orgs=[["NABU"]], lang="en")
    assert [q.text for q in qs] == ["it was running a large operation"]


def test_a_source_phrase_introduces_a_quotation_holding_a_carelessly_closed_inner_one(ctx):
    text = ("Anna Berg spoke first on Monday. According to Tom Reyes, “Nobody asked us. The answer was always "
            "‘wait for the next budget.'” The meeting ended at noon.")
    got = [(k, s) for k, _, s in said(quotes(ctx, text, people=[["Anna Berg"], ["Tom Reyes"]]))]
    assert ("direct", "Tom Reyes") in got and all(s == "Tom Reyes" for _, s in got)
