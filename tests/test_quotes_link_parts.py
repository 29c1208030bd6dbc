"""Linking partial quotes to the versions they are part of, and the speaker guard (own sentences, real embeddings)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from storylens.model import Article, Entity, Mention, Quote, Speaker
from storylens.pipeline import Report
from storylens.quotes.link import clauses, link_quotes, marked
from storylens.quotes.linkwho import CLASH, LIKE, OPEN, Relations
from storylens.resources import Context

# one engineer's sentence holding two statements, and outlets quoting each part inside reported speech
LONG = {
    "en": "We checked everything twice, the bridge was safe, and nobody could have foreseen such a failure.",
    "bg": "Проверихме всичко два пъти, мостът беше безопасен, и никой не можеше да предвиди такава авария.",
}
PARTS = {
    "pl": ("sprawdziliśmy wszystko dwa razy", "nikt nie mógł przewidzieć takiej awarii"),
    "bg": ("проверихме всичко два пъти", "никой не можеше да предвиди такава авария"),
    "de": ("wir haben alles zweimal überprüft", "niemand hätte einen solchen Einsturz vorhersehen können"),
}
ENGINEER = {"en": "Jan Novak", "bg": "Ян Новак", "pl": "Novaka", "de": "Novak"}


@pytest.fixture(scope="module")
def ctx():
    return Context()


def _report(langs) -> Report:
    return Report(articles=tuple(Article(lang, "", "", lang) for lang in langs))


def _quote(article: str, n: int, text: str, speaker: Speaker) -> Quote:
    return Quote(f"{article}:q{n}", article, text, 0, len(text), "direct", speaker)


def test_a_quotation_is_cut_into_runs_of_its_clauses():
    runs = clauses(LONG["en"], {LONG["en"]})
    assert "and nobody could have foreseen such a failure." in runs
    assert "We checked everything twice, the bridge was safe," in runs
    assert all(len(r.split()) >= 3 for r in runs) and LONG["en"] not in runs
    assert clauses("Pure fiction.", set()) == []
    # a clause ends at its comma also when a closing quotation mark follows the comma
    marked = "The company failed to show that the rules are “strictly necessary,” and it must now change them."
    assert "The company failed to show that the rules are “strictly necessary,”" in clauses(marked, {marked})


@pytest.mark.parametrize("long_lang, part_lang", [("en", "pl"), ("en", "de"), ("bg", "bg")])
def test_each_partial_quote_links_to_the_long_version_it_repeats(ctx, long_lang, part_lang):
    named = Speaker(ENGINEER[long_lang], None, "named")
    quotes = [_quote("a", 1, LONG[long_lang], named)]
    quotes += [_quote("b", n, t, Speaker(ENGINEER[part_lang], None, "named")) for n, t in enumerate(PARTS[part_lang])]
    report = Report(articles=(Article("a", "", "", long_lang), Article("b", "", "", part_lang)))
    out = {q.id: q for q in link_quotes(quotes, report, ctx)}
    # the whole quotation can be the best match of only one of them: the other meets its own clauses
    assert out["a:q1"].same_as == ("b:q0", "b:q1")


def test_the_words_a_quote_sets_in_marks_are_found_also_when_the_mark_is_not_closed():
    said = "The regulator said the fees were not “strictly necessary,” and that the firm must now drop them."
    assert marked(said, {said}) == ["strictly necessary"]
    assert marked("The regulator found no proof the fees were «strictly necessary or fair", set()) == [
        "strictly necessary or fair"]
    assert marked("She called it “nonsense” twice.", set()) == []  # one word: too little to be a statement's part
    assert marked("No marks at all in this reported sentence.", set()) == []


# two reports of one regulator's finding, each in its own words around the same few words set in marks
FEES_A = "The regulator said the company had not shown that its fees were “strictly necessary,” so they must go."
FEES_B = "the charges lacked any justification as “strictly necessary or proportionate"
OTHER_B = "the review of the fees will take another year, with hearings “in the spring"


def test_reports_quoting_the_same_marked_words_of_one_speaker_are_linked(ctx):
    regulator = Speaker("Competition Authority", None, "named")
    quotes = [_quote("a", 1, FEES_A, regulator), _quote("b", 1, FEES_B, regulator),
              _quote("b", 2, OTHER_B, regulator)]
    report = Report(articles=(Article("a", "", "", "en"), Article("b", "", "", "en")))
    out = {q.id: q for q in link_quotes(quotes, report, ctx)}
    assert out["a:q1"].same_as == ("b:q1",) and out["b:q2"].same_as == ()
    # the same marked words from another named speaker are another statement
    quotes[1] = _quote("b", 1, FEES_B, Speaker("Maria Kessler", None, "named"))
    quotes[0] = _quote("a", 1, FEES_A, Speaker("Jonas Weber", None, "named"))
    assert all(q.same_as == () for q in link_quotes(quotes, report, ctx))


def test_a_partial_quote_of_another_speaker_is_not_linked(ctx):
    quotes = [_quote("a", 1, LONG["en"], Speaker("Jan Novak", None, "named")),
              _quote("b", 1, PARTS["pl"][1], Speaker("Kowalskiej", None, "named"))]
    assert all(q.same_as == () for q in link_quotes(quotes, _report(("a", "b")), ctx))


# two officials' statements on one fire: the same toll, different statements
POLICE_EN = "Five people died in the fire and forty were taken to hospital, two of them in a critical state."
POLICE_EN_AGAIN = "Five people were killed and forty others were injured in the blaze, two critically."
PROSECUTOR_IT = ("Cinque persone sono morte nell'incendio: apriremo un'inchiesta per omicidio colposo "
                 "contro i gestori del locale.")


def test_two_descriptions_saying_the_same_toll_are_not_one_statement(ctx):
    quotes = [_quote("en", 1, POLICE_EN, Speaker("a police spokesman", None, "unnamed")),
              _quote("it", 1, PROSECUTOR_IT, Speaker("il procuratore", None, "role"))]
    report = Report(articles=(Article("en", "", "", "en"), Article("it", "", "", "it")))
    assert all(q.same_as == () for q in link_quotes(quotes, report, ctx))


def test_descriptions_in_one_language_sharing_a_word_link_a_paraphrase(ctx):
    quotes = [_quote("a", 1, POLICE_EN, Speaker("a police spokesman", None, "unnamed")),
              _quote("b", 1, POLICE_EN_AGAIN, Speaker("the police spokeswoman", None, "unnamed"))]
    report = Report(articles=(Article("a", "", "", "en"), Article("b", "", "", "en")))
    assert Relations(quotes, report)(0, 1) == LIKE
    assert [q.same_as for q in link_quotes(quotes, report, ctx)] == [("b:q1",), ("a:q1",)]
    other = [quotes[0], _quote("b", 1, POLICE_EN_AGAIN, Speaker("the fire brigade", None, "organisation"))]
    assert Relations(other, report)(0, 1) == OPEN


def _article_with(text: str, lang: str, names: dict[str, str]) -> tuple[Article, list[Entity]]:
    art = Article(lang, "", text, lang)
    ents = []
    for eid, name in names.items():
        at = text.index(name)
        m = Mention(lang, at, at + len(name), name, "PER", entity=eid)
        ents.append(Entity(eid, "PER", name, (name,), (lang,), (m,)))
    return art, ents


def test_an_unresolved_pronoun_may_be_the_person_named_just_before_it():
    # Greek: the minister is named, then "she said" with a quote the resolution left open
    el = "Η υπουργός Άννα Κάλβου επισκέφθηκε το νοσοκομείο. «Κάνουμε ό,τι μπορούμε», είπε."
    art, ents = _article_with(el, "el", {"kalvou": "Άννα Κάλβου"})
    start = el.index("«")
    said = "Κάνουμε ό,τι μπορούμε"
    pronoun = Quote("el:q1", "el", said, start, start + len(said) + 2, "direct", Speaker("είπε", None, "pronoun"))
    fr = _quote("fr", 1, "Nous faisons tout ce que nous pouvons", Speaker("Anna Kalvou", None, "named"))
    other = _quote("fr", 2, "Nous faisons tout notre possible", Speaker("Marc Dubois", None, "named"))
    report = Report(articles=(art, Article("fr", "", "", "fr")), entities=tuple(ents))
    rel = Relations([pronoun, fr, other], report)
    assert rel(0, 1) == LIKE  # Kalvou named just before the quote
    assert rel(0, 2) == OPEN  # Dubois is not: nothing known either way
    # resolved to another person, the pronoun's quote clashes with the named version
    wrong = Quote("el:q1", "el", said, pronoun.start, pronoun.end, "direct",
                  Speaker("Άννα Κάλβου", "kalvou", "pronoun"))
    assert Relations([wrong, other], report)(0, 1) == CLASH


@pytest.mark.parametrize("speaker", [
    Speaker("they", None, "pronoun"),  # a group, not the one person named
    Speaker("a hospital official", None, "pronoun", "he"),  # resolved to a description
    Speaker("the spokesman for Anna Kalvou", None, "role"),  # whom the role works for is the one it is not
    Speaker("Kalvou's spokesman", None, "role"),
])
def test_a_speaker_not_open_for_one_person_is_not_alike_to_the_name_before_it(speaker):
    en = "Minister Anna Kalvou visited the hospital on Monday. “We are doing all we can,” they said."
    art, ents = _article_with(en, "en", {"kalvou": "Anna Kalvou"})
    start = en.index("“")
    said = "We are doing all we can"
    mine = Quote("en:q1", "en", said, start, start + len(said) + 2, "direct", speaker)
    fr = _quote("fr", 1, "Nous faisons tout ce que nous pouvons", Speaker("Anna Kalvou", None, "named"))
    report = Report(articles=(art, Article("fr", "", "", "fr")), entities=tuple(ents))
    assert Relations([mine, fr], report)(0, 1) == OPEN
    # a singular pronoun left open still may be her
    she = Quote("en:q1", "en", said, mine.start, mine.end, "direct", Speaker("she", None, "pronoun"))
    assert Relations([she, fr], report)(0, 1) == LIKE


def test_a_pronoun_resolved_to_no_person_or_to_words_naming_another_is_open_not_a_clash():
    # Romanian: the survivor is named, then a post's author typed MISC; "Acesta a spus" resolved to the author
    ro = "Necmi Kepcetutan a fugit din hotel. Mario Nawfal a scris despre incendiu. Acesta a spus că era fum."
    art, ents = _article_with(ro, "ro", {"kepcetutan": "Necmi Kepcetutan", "nawfal": "Mario Nawfal"})
    ents = [ents[0], Entity("nawfal", "MISC", "Mario Nawfal", ("Mario Nawfal",), ("ro",), ents[1].mentions)]
    start = ro.index("era fum")
    post = Quote("ro:q1", "ro", "era fum", start, start + 7, "indirect", Speaker("Mario Nawfal", "nawfal", "pronoun",
                                                                                 "Acesta"))
    it = _quote("it", 1, "c'era fumo", Speaker("Kepcetutan", None, "named"))
    report = Report(articles=(art, Article("it", "", "", "it")), entities=tuple(ents))
    assert Relations([post, it], report)(0, 1) == OPEN
    # the survivor's own name typed MISC by the recogniser is still a person named before the quote
    misc = [replace(ents[0], type="MISC"), ents[1]]
    assert Relations([post, it], replace(report, entities=tuple(misc)))(0, 1) == OPEN
    # resolved to a person, the pronoun clashes with another person's name as before
    person = [ents[0], replace(ents[1], type="PER")]
    assert Relations([post, it], replace(report, entities=tuple(person)))(0, 1) == CLASH
    # resolved to words that name the other version's speaker, though their entity is another person's
    uk = "Речник Путіна Дмитро Пєсков назвав це вигадкою."
    art, ents = _article_with(uk, "uk", {"putin": "Путіна"})
    ents = [replace(ents[0], names=("Vladimir Putin", "Путіна"))]
    said = _quote("uk", 1, "чистою вигадкою", Speaker("Путіна Дмитро Пєсков", "putin", "role", "Речник"))
    ru = _quote("ru", 1, "чистой выдумкой", Speaker("Дмитрий Песков", None, "named"))
    report = Report(articles=(art, Article("ru", "", "", "ru")), entities=tuple(ents))
    assert Relations([said, ru], report)(0, 1) == OPEN


def test_a_role_described_by_whom_it_serves_is_that_description_not_only_its_noun():
    # "Sunak's spokesman" / "Sunaks Sprecher" (the role noun at the cue is only "Sprecher"): alike descriptions
    en = _quote("en", 1, "the prime minister felt it would not be productive", Speaker("Sunak's spokesman", None,
                                                                                        "pronoun", "he"))
    de = _quote("de", 1, "der Premier halte ein Treffen nicht für produktiv", Speaker("Sunaks Sprecher", None, "role",
                                                                                        "Sprecher"))
    report = Report(articles=(Article("en", "", "", "en"), Article("de", "", "", "de")))
    assert Relations([en, de], report)(0, 1) == LIKE
    # a role resolved to a name the story did not link keeps its noun as the description
    named = _quote("de", 1, de.text, Speaker("Max Bauer", None, "role", "Sprecher"))
    assert Relations([en, named], report)(0, 1) == OPEN
