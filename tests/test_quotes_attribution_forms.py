"""Forms of attribution across languages: light-verb constructions, adverbials before an inverted subject, titles of
media in marks. Sentences written for these tests."""
from __future__ import annotations

import pytest

from storylens.quotes.cues import cues_for
from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


def direct(qs):
    return [(q.text, q.speaker.text) for q in qs if q.kind == "direct"]


# -- a noun of saying and a light verb (Turkish) -----------------------------------------------------------------------

@pytest.mark.parametrize("tail", ["sözünü kullandı", "değerlendirmesinde bulundu", "ifadelerini kullandı",
                                  "açıklamasını yaptı", "yanıtını verdi", "şeklinde değerlendirme yaptı"])
def test_a_noun_of_saying_with_a_light_verb_attributes_a_quotation(ctx, tail):
    text = f"Bakan Carlo Rossi, “Bu kararı asla kabul etmeyeceğiz, sonuna kadar mücadele edeceğiz” {tail}."
    assert direct(quotes(ctx, text, people=[["Carlo Rossi"]], lang="tr")) == [
        ("Bu kararı asla kabul etmeyeceğiz, sonuna kadar mücadele edeceğiz", "Carlo Rossi")]


def test_a_light_verb_without_a_noun_of_saying_is_no_cue():
    verbs = cues_for("tr").verbs
    assert verbs.get(("sözünü", "kullandı")) == "speech"
    assert verbs.get(("diye", "sözünü", "kullandı")) == "speech"
    assert verbs.get(("arabasını", "kullandı")) is None  # "drove his car"
    assert verbs.get(("diye", "arabasını", "kullandı")) is None
    assert verbs.get(("sözcüsü", "kullandı")) is None  # a spokesman is no noun of saying


# -- adverbials set off by commas before an inverted subject (French) ---------------------------------------------------

def test_adverbials_and_a_shows_title_between_the_verb_and_its_subject(ctx):
    text = ("La mer était calme. «Le bateau mesurait vingt mètres et il était plein», a déclaré ce lundi matin, dans "
            "l'émission \"Bonjour la ville\" de la radio locale, le porte-parole de la police, avant de partir.")
    qs = quotes(ctx, text, lang="fr")
    assert direct(qs) == [("Le bateau mesurait vingt mètres et il était plein", "le porte-parole de la police")]


def test_a_person_in_the_adverbial_is_not_skipped_over(ctx):
    text = ("La mer était calme. «Le bateau mesurait vingt mètres et il était plein», a déclaré lundi, devant Marie "
            "Dubois, le porte-parole de la police.")
    qs = quotes(ctx, text, people=[["Marie Dubois"]], lang="fr")
    assert all(q.speaker.text != "le porte-parole de la police" for q in qs)


# -- a quotation going on from reported speech ---------------------------------------------------------------------------

def test_a_quotation_after_a_sentence_of_reported_speech_goes_on_with_its_speaker(ctx):
    text = ("Minister Anna Kovac spoke in Vienna on Monday.\n\nShe said local firms would build most of the new plant. "
            "\"The plant will sell power cheaper than any other. We have taken a step that matters for decades.\"")
    qs = quotes(ctx, text, people=[["Anna Kovac"]])
    assert [(q.text, q.speaker.entity) for q in qs if q.kind == "direct"] == [
        ("The plant will sell power cheaper than any other. We have taken a step that matters for decades", "per0")]


def test_a_quotation_after_narration_takes_no_speaker_from_reported_speech(ctx):
    text = ("Minister Anna Kovac said local firms would build most of the new plant.\n\nThe plant stands by the river. "
            "\"The plant will sell power cheaper than any other. We have taken a step that matters for decades.\"")
    qs = quotes(ctx, text, people=[["Anna Kovac"]])
    assert [q for q in qs if q.kind == "direct"] == []


# -- a framing clause naming the speaker as its object -------------------------------------------------------------------

@pytest.mark.parametrize("lang_, text", [
    ("de", "Die Zeitung „Abendblatt“ zitierte Innenminister Carlo Rossi mit den Worten, die Lage sei ernst. "
           "„Wir haben keine Zeit mehr zu verlieren.“"),
    ("en", "The Daily Courier quoted Interior Minister Carlo Rossi as saying the situation was serious. "
           "\"We have no more time to lose.\""),
])
def test_a_framing_clause_gives_its_object_the_words_that_follow(ctx, lang_, text):
    qs = quotes(ctx, text, people=[["Carlo Rossi"]], orgs=[["Daily Courier"], ["Abendblatt"]], lang=lang_)
    assert [(q.kind, q.speaker.entity) for q in qs] == [("indirect", "per0"), ("direct", "per0")]
    assert qs[0].text.startswith(("die Lage", "the situation")) and qs[1].text.startswith(("Wir haben", "We have"))


def test_a_framing_clause_in_russian_introduces_a_quotation(ctx):
    qs = quotes(ctx, "Агентство приводит слова Carlo Rossi: «Мы не отступим от своего решения».",
                people=[["Carlo Rossi"]], lang="ru")
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [
        ("direct", "Мы не отступим от своего решения", "per0")]


def test_a_sentence_after_a_closed_quotation_with_its_own_clause_does_not_attribute_it(ctx):
    text = ("Anna Weber sprach am Montag. „Das ist ein großer Fehler.“ Minister Carlo Rossi kommentierte, die "
            "Entscheidung sei längst gefallen.")
    qs = quotes(ctx, text, people=[["Anna Weber"], ["Carlo Rossi"]], lang="de")
    assert all(q.speaker.entity != "per1" for q in qs if q.text.startswith("Das ist"))
    assert any(q.kind == "indirect" and q.speaker.entity == "per1" for q in qs)


# -- the title of a show or paper in marks after a medium word -------------------------------------------------------------

def test_a_title_after_a_medium_word_is_no_quotation_and_a_lower_case_phrase_stays_one(ctx):
    qs = quotes(ctx, "Carlo Rossi a parlé dans l'émission \"Bonsoir Paris\" de la situation. Il a qualifié la décision "
                     "publiée dans le journal «de pure invention».", people=[["Carlo Rossi"]], lang="fr")
    assert all("Bonsoir" not in q.text for q in qs)
    assert [(q.kind, q.text) for q in qs if "invention" in q.text] == [("partial", "de pure invention")]


def test_a_lower_case_phrase_in_marks_after_a_medium_word_is_still_quoted(ctx):
    qs = quotes(ctx, "Пресс-секретарь Carlo Rossi назвал публикацию в американском издании «чистой выдумкой» и ложью.",
                people=[["Carlo Rossi"]], lang="ru")
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [("partial", "чистой выдумкой", "per0")]


# -- a role with a hyphenated prefix; a quotation whose closing mark was dropped -------------------------------------------

def test_a_role_with_a_prefix_is_the_role_it_qualifies():
    cues = cues_for("pt")
    assert cues.role("ex-ministro") == cues.role("ministro") is not None
    assert cues.role("ex-ministros") == cues.role("ministro") and cues.plural("ex-ministros", cues.role("ministro"))
    assert cues.role("pós-guerra") is None


def test_a_quotation_after_a_colon_left_open_ends_with_its_paragraph(ctx):
    text = ("Minister Anna Kovac wrote on Monday: \"The contract has just been signed. It will serve us for decades.\n\n"
            "The plant will be built by 2036.\n\nIt will cost about 18 billion euros.\n\nCritics say it is too "
            "expensive.\n\nThe opposition wants a \"full review\" of it.")
    qs = quotes(ctx, text, people=[["Anna Kovac"]])
    assert [(q.kind, q.text, q.speaker.entity) for q in qs if q.kind == "direct"] == [
        ("direct", "The contract has just been signed. It will serve us for decades", "per0")]


def test_a_paragraph_opening_with_a_mark_left_open_is_not_cut_at_its_end():
    from storylens.quotes.marks import find_spans
    text = "«Было около двухсот человек, — сказал собеседник агентства.\nПо его словам, это были офицеры.\n"
    assert find_spans(text + "Один.\nДва.\nТри.\n", cues_for("ru").pairs) == []


# -- a court or body speaking after the verb ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang_, text, speaker", [
    ("sr", "„Sud je optuženom izrekao kaznu zatvora u trajanju od jedne godine“, objavio je Sud BiH.", "Sud BiH"),
    ("hr", "„Sud je optuženom izrekao kaznu zatvora u trajanju od jedne godine“, rekao je Carlo Rossi.", "Carlo Rossi"),
    ("de", "Das Urteil fiel am Montag.\n\"Wäre der Vertrag geschlossen worden, hätte der Kläger alles verloren\". sagte "
           "das Gericht.", "Gericht"),
])
def test_a_body_or_person_after_the_verb_and_its_auxiliary_or_a_stray_stop(ctx, lang_, text, speaker):
    for orgs in ((), (("Sud BiH",),)):  # (the body tagged by the recogniser or not)
        qs = quotes(ctx, text, people=[["Carlo Rossi"]], orgs=orgs, lang=lang_)
        assert [(q.kind, q.speaker.text) for q in qs] == [("direct", speaker)]


def test_a_medium_right_after_the_verb_relays_and_is_no_unsaid_subject(ctx):
    qs = quotes(ctx, "Vlasnik diskoteke je priveden, objavio je portal vesti.rs. Požar je izbio rano jutros.", lang="sr")
    assert qs == []


# -- a statement leading up to a colon, the quotation on the next line ------------------------------------------------------

def test_a_quotation_after_a_colon_ending_reported_speech_is_its_speakers(ctx):
    text = ("Президентка Марія Коваль прокоментувала результати. За її словами, кампанія перемогла, попри "
            "«нечесну боротьбу»:\n«Ми маємо чіткі докази того, що ці групи хотіли купити голоси».")
    qs = quotes(ctx, text, people=[["Марія Коваль"]], lang="uk")
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [
        ("indirect", "кампанія перемогла, попри «нечесну боротьбу", "per0"),
        ("direct", "Ми маємо чіткі докази того, що ці групи хотіли купити голоси", "per0")]


# -- an embedded post whose author's line stands alone ------------------------------------------------------------------

def test_an_embedded_post_with_its_authors_line_alone_is_the_authors(ctx):
    text = ("The storm hit the coast on Monday.\n\nIn a post, the agency said more help was coming.\n\n"
            "Rescue teams reached the village tonight.\n\nWe fear more homes were lost. Updates will follow. "
            "pic.twitter.com/AbCdEf123\n\n— Coastal Relief Agency (@CoastRelief) June 14, 2023")
    qs = quotes(ctx, text, orgs=[["Coastal Relief Agency"]])
    post = [q for q in qs if q.speaker.text == "Coastal Relief Agency"]
    assert [(q.kind, " ".join(q.text.split())) for q in post] == [
        ("direct", "Rescue teams reached the village tonight. We fear more homes were lost. Updates will follow")]


@pytest.mark.parametrize("addressee", ["the BBC", "the Associated Press", "CNN"])
def test_a_trailing_attribution_may_name_whom_it_was_told_to(ctx, addressee):
    qs = quotes(ctx, f"The bridge will be rebuilt within a year, Anna Weber told {addressee}.",
                people=[["Anna Weber"]], lang="en")
    assert [(q.kind, q.speaker.entity, q.text) for q in qs] == [
        ("indirect", "per0", "The bridge will be rebuilt within a year")]


def test_a_trailing_verb_with_a_common_object_reports_nothing_before_it(ctx):
    assert quotes(ctx, "The bridge will be rebuilt within a year, Anna Weber told the workers there.",
                  people=[["Anna Weber"]], lang="en") == []
