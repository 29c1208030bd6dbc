"""Linking one statement across el/it/de/pl/fr/en versions: the words decide, the speaker checks (own sentences)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from storylens.model import Article, Quote, Speaker
from storylens.pipeline import Report
from storylens.quotes.link import link_quotes, statements
from storylens.quotes.linkwho import same_surname
from storylens.resources import Context

# Two statements of one speaker (a head of state), each in six languages; the outlets name him differently.
CEASEFIRE = {
    "en": "We will not sign any ceasefire until every hostage is back home.",
    "el": "Δεν θα υπογράψουμε καμία εκεχειρία μέχρι να επιστρέψουν όλοι οι όμηροι στα σπίτια τους.",
    "it": "Non firmeremo alcun cessate il fuoco finché tutti gli ostaggi non saranno tornati a casa.",
    "de": "Wir werden keinen Waffenstillstand unterzeichnen, bis alle Geiseln wieder zu Hause sind.",
    "pl": "Nie podpiszemy żadnego zawieszenia broni, dopóki wszyscy zakładnicy nie wrócą do domu.",
    "fr": "Nous ne signerons aucun cessez-le-feu tant que tous les otages ne seront pas rentrés chez eux.",
}
BUDGET = {
    "en": "The defence budget for next year will grow by four percent, mostly for air defence.",
    "el": "Ο αμυντικός προϋπολογισμός του επόμενου έτους θα αυξηθεί κατά τέσσερα τοις εκατό, κυρίως για την αεράμυνα.",
    "it": "Il bilancio della difesa del prossimo anno crescerà del quattro per cento, soprattutto per la difesa aerea.",
    "de": "Der Verteidigungshaushalt für das nächste Jahr wird um vier Prozent steigen, vor allem für die Luftabwehr.",
    "pl": "Budżet obronny na przyszły rok wzrośnie o cztery procent, głównie na obronę powietrzną.",
    "fr": "Le budget de la défense de l'année prochaine augmentera de quatre pour cent, surtout pour la défense aérienne.",
}
# how each outlet names the speaker at the cue: a name (inflected, in Greek letters), a role, a pronoun
SPEAKER = {"en": ("Emmanuel Macron", "named"), "el": ("Μακρόν", "named"), "it": ("il presidente francese", "role"),
           "de": ("er", "pronoun"), "pl": ("Macrona", "named"), "fr": ("Macron", "named")}
LANGS = tuple(CEASEFIRE)


@pytest.fixture(scope="module")
def ctx():
    return Context()


def _quote(lang: str, n: int, text: str, speaker=None) -> Quote:
    name, kind = speaker or SPEAKER[lang]
    return Quote(f"{lang}:q{n}", lang, text, 0, len(text), "direct", Speaker(name, None, kind))


def _report(langs=LANGS) -> Report:
    return Report(articles=tuple(Article(lang, "", "", lang) for lang in langs))


def _component(quotes: list[Quote], qid: str) -> set[str]:
    by_id = {q.id: q for q in quotes}
    seen, todo = set(), [qid]
    while todo:
        x = todo.pop()
        if x not in seen:
            seen.add(x)
            todo += by_id[x].same_as
    return seen


def test_one_statement_in_six_languages_is_one_component_and_another_statement_stays_apart(ctx):
    quotes = [_quote(lang, n, text) for lang in LANGS for n, text in ((1, CEASEFIRE[lang]), (2, BUDGET[lang]))]
    out = link_quotes(quotes, _report(), ctx)
    assert _component(out, "en:q1") == {f"{lang}:q1" for lang in LANGS}
    assert _component(out, "en:q2") == {f"{lang}:q2" for lang in LANGS}


def test_a_quotation_of_two_statements_joins_the_versions_of_each(ctx):
    both = f"{CEASEFIRE['en']} {BUDGET['en']}"
    quotes = [_quote("en", 1, both), _quote("it", 1, CEASEFIRE["it"]), _quote("el", 1, BUDGET["el"]),
              _quote("pl", 1, CEASEFIRE["pl"]), _quote("de", 1, BUDGET["de"])]
    out = {q.id: q for q in link_quotes(quotes, _report(("en", "it", "el", "pl", "de")), ctx)}
    assert {"it:q1", "el:q1"} <= set(out["en:q1"].same_as)
    assert _component(list(out.values()), "pl:q1") == set(out)


def test_two_different_named_speakers_are_never_linked_however_close_their_words(ctx):
    quotes = [_quote("en", 1, CEASEFIRE["en"], ("Emmanuel Macron", "named")),
              _quote("de", 1, CEASEFIRE["de"], ("Friedrich Merz", "named")),
              _quote("el", 1, CEASEFIRE["el"], ("Μερτς", "named"))]
    out = {q.id: q for q in link_quotes(quotes, _report(("en", "de", "el")), ctx)}
    assert out["en:q1"].same_as == () and out["de:q1"].same_as == ("el:q1",)


def test_a_pronoun_resolved_to_another_person_is_never_linked_even_as_a_translation(ctx):
    # an Italian outlet's "ha detto" was resolved to the prime minister: the Greek outlet names Macron, and two
    # persons' statements may be worded alike (the same figures, the same event)
    from storylens.model import Entity, Mention
    meloni = Entity("meloni", "PER", "Giorgia Meloni", ("Giorgia Meloni",), ("it",),
                    (Mention("it", 0, 14, "Giorgia Meloni", "PER", entity="meloni"),))
    report = Report(articles=_report(("it", "el")).articles, entities=(meloni,))
    both = f"{CEASEFIRE['it']} {BUDGET['it']}"
    for text in (both, CEASEFIRE["it"]):
        quotes = [Quote("it:q1", "it", text, 0, len(text), "direct", Speaker("Giorgia Meloni", "meloni", "pronoun")),
                  _quote("el", 1, CEASEFIRE["el"])]
        assert [q.same_as for q in link_quotes(quotes, report, ctx)] == [(), ()]
    # left unresolved, the same pronoun links the translation
    quotes = [_quote("it", 1, CEASEFIRE["it"], HE), _quote("el", 1, CEASEFIRE["el"])]
    assert [q.same_as for q in link_quotes(quotes, report, ctx)] == [("el:q1",), ("it:q1",)]


@pytest.mark.parametrize("a, b", [("makron", "macron"), ("tramp", "trump"), ("merc", "merza"), ("sikorski", "sikorskego"),
                                  ("micotaki", "micotakis"), ("zelenski", "selenskij"), ("peskov", "peskova")])
def test_one_surname_in_romanisations_and_case_endings(a, b):
    assert same_surname(a, b)


@pytest.mark.parametrize("a, b", [("macron", "meloni"), ("putin", "peskov"), ("tusk", "duda"), ("merz", "mertens")])
def test_different_surnames(a, b):
    assert not same_surname(a, b)


def test_a_quotation_is_cut_into_its_statements_and_a_short_sentence_stays_with_its_neighbour():
    text = "Nie. Nie podpiszemy żadnego zawieszenia broni. Budżet obronny wzrośnie o cztery procent w przyszłym roku."
    assert statements(text, "pl") == ["Nie. Nie podpiszemy żadnego zawieszenia broni.",
                                      "Budżet obronny wzrośnie o cztery procent w przyszłym roku."]
    assert statements("Είναι καθαρή επινόηση.", "el") == ["Είναι καθαρή επινόηση."]
    two_lines = "Wir haben gewonnen.\nDanke an alle, die uns geholfen haben."
    assert statements(two_lines, "de") == [two_lines]  # one statement: the quote's own words


# an Italian outlet's paraphrase of the English statement, its speaker an unresolved pronoun
CEASEFIRE_IT_PARAPHRASE = "Nessuna tregua sarà firmata prima del ritorno di tutti gli ostaggi."
TALKS_EN = "The talks with the other side will resume next week in Geneva."
BUDGET_IT = "Il bilancio della difesa crescerà del quattro per cento l'anno prossimo."
HOSTAGES_IT = "Ogni ostaggio deve tornare a casa, è la nostra priorità."


HE = ("lui", "pronoun")


def test_a_paraphrase_by_an_unknown_speaker_links_when_it_is_clearly_the_best_match(ctx):
    quotes = [_quote("en", 1, CEASEFIRE["en"]), _quote("en", 2, TALKS_EN),
              _quote("it", 1, CEASEFIRE_IT_PARAPHRASE, HE), _quote("it", 2, BUDGET_IT, HE)]
    out = {q.id: q for q in link_quotes(quotes, _report(("en", "it")), ctx)}
    assert out["en:q1"].same_as == ("it:q1",) and out["en:q2"].same_as == () and out["it:q2"].same_as == ()


def test_a_paraphrase_by_an_unknown_speaker_does_not_link_when_another_statement_is_nearly_as_close(ctx):
    # the same speaker's nearby statement about the hostages: without a known speaker the choice is not clear
    quotes = [_quote("en", 1, CEASEFIRE["en"]), _quote("it", 1, CEASEFIRE_IT_PARAPHRASE, HE),
              _quote("it", 2, HOSTAGES_IT, HE)]
    assert all(q.same_as == () for q in link_quotes(quotes, _report(("en", "it")), ctx))
    # named on both sides, the closer one links
    named = [replace(q, speaker=Speaker("Macron", None, "named")) for q in quotes]
    out = {q.id: q for q in link_quotes(named, _report(("en", "it")), ctx)}
    assert out["en:q1"].same_as == ("it:q1",)
