"""Attribution forms of real coverage: back-references, labels, bylines, embedded posts, and speaker resolution."""
from __future__ import annotations

import pytest

from storylens.quotes.cues import cues_for
from storylens.quotes.marks import find_spans
from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


def test_a_sentence_pointing_back_attributes_the_sentences_before_it(ctx):
    qs = quotes(ctx, "„С гордост приветстваме България в евросемейството!“ Това написа президентът на банката "
                     "Кристин Лагард.", people=[["Кристин Лагард"]], lang="bg")
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [
        ("direct", "С гордост приветстваме България в евросемейството", "per0")]
    qs = quotes(ctx, "Завод закроют до конца года.\nОб этом заявил губернатор Иван Петров.", people=[["Иван Петров"]])
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [("indirect", "Завод закроют до конца года", "per0")]


def test_without_a_speech_verb_a_sentence_pointing_back_reports_nothing(ctx):
    qs = quotes(ctx, "Завод закроют до конца года.\nОб этом знает губернатор Иван Петров.", people=[["Иван Петров"]])
    assert qs == []


def test_a_name_and_colon_label_a_quotation(ctx):
    qs = quotes(ctx, "La Bulgarie adopte l'euro.\nChristine Lagarde, la présidente de la BCE : « Je souhaite la "
                     "bienvenue à la Bulgarie. »", people=[["Christine Lagarde"]], lang="fr")
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per0")]
    assert qs[0].text.startswith("Je souhaite la bienvenue")


def test_a_label_needs_a_person_opening_the_paragraph(ctx):
    qs = quotes(ctx, "La Bulgarie adopte l'euro.\nLe programme de la journée : « visite et discours ».", lang="fr")
    assert qs == []


def test_a_dash_line_after_a_quotation_names_its_speaker(ctx):
    qs = quotes(ctx, "La Bulgarie adopte l'euro.\n« C'est une étape historique pour le pays. »\n"
                     "— Christine Lagarde, présidente de la Banque centrale européenne\nLa suite du texte.",
                people=[["Christine Lagarde"]], lang="fr")
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [
        ("direct", "C'est une étape historique pour le pays", "per0")]


def test_an_embedded_post_is_its_author_s_quote(ctx):
    qs = quotes(ctx, "The ECB welcomed Bulgaria.\nWelcome to the euro family, Bulgaria! pic.twitter.com/Msh — "
                     "European Central Bank (@ecb) January 1, 2026\nMore text follows here.",
                orgs=[["European Central Bank"]])
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [
        ("direct", "Welcome to the euro family, Bulgaria", "org0")]


def test_a_platform_is_never_the_speaker(ctx):
    qs = quotes(ctx, "Това заяви във видеообръщение, публикувано във Facebook, президентът Кристин Лагард.\n"
                     "„Обещавам да вдигна тост за този момент“, каза тя.",
                people=[["Facebook"], ["Кристин Лагард"]], lang="bg")
    assert [q.speaker.entity for q in qs if q.kind == "direct"] == ["per1"]
    assert cues_for("en").platform("App Store") and not cues_for("en").platform("Apple")


def test_an_elided_complementizer_keeps_its_word(ctx):
    qs = quotes(ctx, "Dmitri Peskov a annoncé lundi qu’aucun appel de ce type n’avait eu lieu.",
                people=[["Dmitri Peskov"]], lang="fr")
    assert [(q.text, q.speaker.entity) for q in qs] == [("aucun appel de ce type n’avait eu lieu", "per0")]


def test_the_spokesman_is_the_person_just_quoted_by_name(ctx):
    qs = quotes(ctx, "Le Kremlin a démenti. « C'est une pure invention », a réagi Dmitri Peskov. « C'est une information "
                     "fausse », a martelé le porte-parole du Kremlin devant des journalistes.",
                people=[["Dmitri Peskov"]], orgs=[["Kremlin"]], lang="fr")
    assert [(q.speaker.kind, q.speaker.entity) for q in qs] == [("named", "per0"), ("role", "per0")]


def test_the_company_is_the_organisation_that_spoke_last(ctx):
    qs = quotes(ctx, "In response, Apple announced it would appeal. “This is unfair to our users,” the company said.",
                orgs=[["Apple"]])
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "org0")]


def test_a_name_inside_a_role_apposition_does_not_speak(ctx):
    qs = quotes(ctx, "Eduardo Prieto, director of the operator Red Eléctrica, on Monday said the grid had oscillated.",
                people=[["Eduardo Prieto"], ["Red Eléctrica"]])
    assert [q.speaker.entity for q in qs] == ["per0"]


def test_a_person_named_in_the_pronoun_s_paragraph_outranks_an_earlier_speaker(ctx):
    qs = quotes(ctx, "“We could be stuck here for hours,” Peter Hughes told the BBC.\n"
                     "Another commuter, Jonathan Emery, was travelling to Madrid. “Nobody is charging for anything,” he said.",
                people=[["Peter Hughes"], ["Jonathan Emery"]])
    assert [q.speaker.entity for q in qs] == ["per0", "per1"]


def test_a_new_source_keeps_whom_it_speaks_for(ctx):
    qs = quotes(ctx, "A spokesperson for the Spanish government told POLITICO that the grid lost 15 gigawatts.",
                orgs=[["POLITICO"]])
    assert [(q.speaker.kind, q.speaker.text) for q in qs] == [("unnamed", "A spokesperson for the Spanish government")]


def test_a_paragraph_whose_opening_mark_was_dropped_is_still_a_quotation(ctx):
    qs = quotes(ctx, "Le Kremlin a démenti.\nC'est complètement faux. C'est de la pure fiction», a déclaré Dmitri Peskov.",
                people=[["Dmitri Peskov"]], lang="fr")
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [
        ("direct", "C'est complètement faux. C'est de la pure fiction", "per0")]
    # a stray closing mark without a comma after it opens nothing
    pairs = cues_for("fr").pairs
    assert find_spans("Le Kremlin a démenti.\nC'est complètement faux» selon lui.", pairs) == []
    assert [(s.start, s.open_width) for s in find_spans("Intro.\nC'est de la pure fiction», a-t-il dit.", pairs)] == [(7, 0)]


def test_an_adverb_inside_a_compound_tense_keeps_the_cue(ctx):
    qs = quotes(ctx, "Marc Dubois a également déclaré que le projet sera abandonné.", people=[["Marc Dubois"]], lang="fr")
    assert [(q.kind, q.text, q.cue) for q in qs] == [("indirect", "le projet sera abandonné", "a également déclaré")]
    assert quotes(ctx, "Marc Dubois n’a pas déclaré que le projet sera abandonné.", people=[["Marc Dubois"]], lang="fr") == []


def test_the_company_is_the_organisation_a_recent_sentence_is_about(ctx):
    qs = quotes(ctx, "Apple est frappé d’une amende de 500 millions d’euros.\nL’entreprise a aussitôt annoncé faire "
                     "appel de cette décision qui la «cible injustement».", orgs=[["Apple"]], lang="fr")
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [("partial", "cible injustement", "org0")]


def test_a_name_in_an_oblique_case_is_not_the_subject(ctx):
    # (the addressee stands right before the verb: "Олег Петренко вчора Петрові заявив", Oleh told Petro)
    qs = quotes(ctx, "Олег Петренко вчора Петрові заявив, що розмови не було.",
                people=[["Петрові"], ["Олег Петренко"]], lang="uk")
    assert [(q.text, q.speaker.entity) for q in qs] == [("розмови не було", "per1")]
    qs = quotes(ctx, "Олег Петренко вчора Петрові заявив, що розмови не було.",
                people=[["Петро"], ["Олег Петренко"]], lang="uk")  # a nominative "Петро" would be the nearer subject
    assert [(q.text, q.speaker.entity) for q in qs] == [("розмови не було", "per0")]


def test_a_subject_before_its_apposition_outranks_an_agent_after_the_verb(ctx):
    qs = quotes(ctx, "Dmitri Peskov, portavoz presidencial, desmintió las afirmaciones hechas por The Washington Post, "
                     "calificándolas de «pura invención».", people=[["Dmitri Peskov"]], orgs=[["The Washington Post"]],
                lang="es")
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [("partial", "pura invención", "per0")]


def test_a_definite_role_is_the_one_person_named_just_before(ctx):
    qs = quotes(ctx, "Au moins 34 morts à Soumy, selon Volodymyr Zelensky.\n\"Terrible frappe sur Soumy\", a annoncé le "
                     "président ukrainien.", people=[["Volodymyr Zelensky"]], lang="fr")
    assert [(q.kind, q.speaker.kind, q.speaker.entity) for q in qs][-1] == ("direct", "role", "per0")
    qs = quotes(ctx, "Anna Martin a rencontré Paul Girard à Paris.\n\"Terrible frappe sur Soumy\", a annoncé le président.",
                people=[["Anna Martin"], ["Paul Girard"]], lang="fr")
    assert [q.speaker.entity for q in qs] == [None]  # two people fit: the role stays unnamed


def test_the_person_a_role_serves_is_not_the_antecedent(ctx):
    qs = quotes(ctx, "When asked, Steven Cheung, a spokesman for Trump, declined to comment. \u201cWe do not comment on "
                     "private calls,\u201d he told the BBC.", people=[["Steven Cheung"], ["Trump"]])
    assert [(q.text, q.speaker.entity) for q in qs] == [("We do not comment on private calls", "per0")]


def test_a_straight_closing_mark_after_a_stray_space_closes_the_quotation():
    text = 'Elle a rappelé que "la Russie a intensifié ses attaques. "\nSuite.'
    assert [text[s.start:s.end] for s in find_spans(text, cues_for("fr").pairs)] == ["la Russie a intensifié ses attaques. "]


def test_the_latter_is_the_person_named_last(ctx):
    qs = quotes(ctx, "Paul Girard et la cheffe de la diplomatie Anna Martin ont condamné l'attaque. Cette dernière a "
                     "rappelé que la Russie a intensifié ses attaques.", people=[["Paul Girard"], ["Anna Martin"]], lang="fr")
    assert [(q.text, q.speaker.entity) for q in qs][-1] == ("la Russie a intensifié ses attaques", "per1")
    qs = quotes(ctx, "Le dernier rapport a indiqué que la Russie a intensifié ses attaques.", lang="fr")
    assert all(q.speaker.kind != "pronoun" for q in qs)  # "le dernier rapport": an adjective before a noun
