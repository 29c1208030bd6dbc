"""Finding every version of a quote: attribution in the paragraph before, after the subject's addressee, by any verb in
a dialogue turn, speech whose opening dash was dropped, colon lead-ins naming a body or nobody."""
from __future__ import annotations

import pytest

from storylens.quotes.marks import dialogue_spans
from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


def said(qs):
    return [(q.kind, q.text, q.speaker.text) for q in qs]


# -- an inverted attribution closing reported speech, the addressee after the subject -------------------------------

@pytest.mark.parametrize("lang,text", [
    ("it", "Tre persone sono rimaste ferite nell'esplosione della caldaia, ha detto il sindaco Marco Bianchi "
           "all'agenzia regionale."),
    ("pt", "Três pessoas ficaram feridas na explosão da caldeira, disse o prefeito local, Marco Bianchi, à agência "
           "estatal."),
    ("ro", "Trei persoane au fost rănite în explozia cazanului, a precizat primarul Marco Bianchi, pentru agenția de "
           "stat."),
])
def test_an_inverted_attribution_may_end_with_the_medium_told(ctx, lang, text):
    [q] = quotes(ctx, text, people=[["Marco Bianchi"]], lang=lang)
    assert q.kind == "indirect" and q.speaker.text == "Marco Bianchi"
    assert q.text.split()[0] in ("Tre", "Três", "Trei") and "Bianchi" not in q.text


def test_a_verb_with_its_own_object_after_the_comma_still_reports_nothing_before_it(ctx):
    qs = quotes(ctx, "Tre persone sono rimaste ferite nell'esplosione della caldaia, ha visitato il sindaco Marco "
                     "Bianchi con la moglie e i figli.", people=[["Marco Bianchi"]], lang="it")
    assert qs == []


# -- a quotation paragraph after the paragraph naming its speaker --------------------------------------------------

def test_a_quotation_paragraph_after_a_sentence_of_reported_speech(ctx):
    qs = quotes(ctx, "Ieri al Quirinale il presidente Sergio Mattarella ha dichiarato che lo Stato farà la sua parte.\n"
                     "«Siamo vicini alle famiglie delle vittime di questa tragedia.»", people=[["Sergio Mattarella"]],
                lang="it")
    assert said(qs)[-1] == ("direct", "Siamo vicini alle famiglie delle vittime di questa tragedia", "Sergio Mattarella")


def test_a_quotation_paragraph_after_a_verb_without_its_subject_goes_to_the_person_named_before(ctx):
    qs = quotes(ctx, "Večer sa k občanom prihovoril prezident Peter Novák. Vyzval všetkých, aby zostali doma.\n"
                     "„Rozumiem, že v týchto chvíľach mnohí ľudia hľadajú útechu v spoločenstve.“",
                people=[["Peter Novák"]], lang="sk")
    direct = [q for q in qs if q.kind == "direct"]
    assert [(q.text.split(",")[0], q.speaker.text) for q in direct] == [("Rozumiem", "Peter Novák")]


def test_a_quotation_paragraph_after_two_people_named_stays_unattributed(ctx):
    qs = quotes(ctx, "Wczoraj w Krakowie Marek Kowal spotkał się z Janem Nowakiem.\n„Nie będzie żadnych zmian w planie "
                     "budowy.”", people=[["Marek Kowal"], ["Janem Nowakiem"]], lang="pl")
    assert [q for q in qs if q.kind == "direct"] == []


def test_a_quotation_paragraph_after_narration_without_a_speaker_stays_unattributed(ctx):
    qs = quotes(ctx, "The weather was bad on Monday.\n“It is a disaster for all of us here.”", lang="en")
    assert qs == []


def test_a_colon_lead_in_naming_nobody_after_a_sentence_opening_with_a_person(ctx):
    qs = quotes(ctx, "Il ministro Carlo Nordio è intervenuto in aula. Queste le sue parole: «Faremo piena luce su "
                     "quanto accaduto.»", people=[["Carlo Nordio"]], lang="it")
    assert said(qs) == [("direct", "Faremo piena luce su quanto accaduto", "Carlo Nordio")]


def test_a_colon_lead_in_opening_with_a_body(ctx):
    qs = quotes(ctx, "L'autore vive a Bernburg. La polizia non si sbilancia sul movente: «Non conosciamo ancora i "
                     "retroscena, valutiamo tutto».", lang="it")
    assert said(qs) == [("direct", "Non conosciamo ancora i retroscena, valutiamo tutto", "La polizia")]


def test_a_colon_lead_in_opening_with_a_place_is_no_quote(ctx):
    qs = quotes(ctx, "Paris in spring: “A city of light and of many visitors every year.”", lang="en", places=[["Paris"]])
    assert qs == []


# -- dialogue: any verb naming a person, a paragraph without attribution, a dropped opening dash -------------------

def test_a_dialogue_turn_attributed_by_any_verb_naming_a_person(ctx):
    qs = quotes(ctx, "Bila je to tragedija.\n- Pratila sam prijateljicu na vlak i otišle smo na peron - započela je "
                     "svoju priču Zagrepčanka Ana Horvat. Ispričala nam je sve.\n- Ona je ušla u vlak. U tom trenutku "
                     "nešto je puklo kao potres.\nStajala sam u šoku.", people=[["Ana Horvat"]], lang="hr")
    assert [(q.kind, q.text.split()[0], q.speaker.entity) for q in qs] == [
        ("direct", "Pratila", "per0"), ("direct", "Ona", "per0")]


def test_a_polish_turn_wondering_aloud(ctx):
    qs = quotes(ctx, "Wyniki są bliskie.\n– Jaki byłby wynik, gdyby kandydat był inny? – zastanawiał się z kolei "
                     "Jan Kowalski.", people=[["Jan Kowalski"]], lang="pl")
    assert said(qs) == [("direct", "Jaki byłby wynik, gdyby kandydat był inny", "Jan Kowalski")]


def test_a_dash_paragraph_without_attribution_after_narration(ctx):
    qs = quotes(ctx, "Tio personer har dödats.\n– Vi kan inte säga mer i nuläget, säger Anna Berg, chef för "
                     "polisen.\nPolisen går inte in på åldern.\nPolisen tror att personen har agerat ensam.\n– Vi tror "
                     "fortfarande att vi har den primära gärningspersonen här.\nLäs mer", people=[["Anna Berg"]],
                lang="sv")
    assert [(q.text.split()[0], q.speaker.text) for q in qs if q.kind == "direct"] == [("Vi", "Anna Berg"),
                                                                                      ("Vi", "Polisen")]


def test_dash_lines_of_a_list_are_no_speech():
    text = "Na liście są:\n– pierwsza pozycja na liście zakupów dzisiaj.\n– druga pozycja na liście zakupów jutro.\n" \
           "Koniec.\n– To jest mowa, która ma atrybucję – powiedział Jan."
    spans = dialogue_spans(text, lambda pos: text.startswith("powiedział", pos))
    assert [text[s.start:s.end] for s in spans] == ["To jest mowa, która ma atrybucję"]


def test_speech_whose_opening_dash_was_dropped(ctx):
    qs = quotes(ctx, "Głosowało 21 mln osób.\nZwyciężymy i ocalimy Polskę, nie pozwolimy na to - powiedział "
                     "kandydat Karol Nowak po ogłoszeniu wyników.\nZ sondażu wynika, że wygrał. Zwyciężyliśmy, chociaż "
                     "wejdzie do języka sformułowanie \"na żyletki\" - powiedział Adam Lis po ogłoszeniu wyników.",
                people=[["Karol Nowak"], ["Adam Lis"]], lang="pl")
    assert [(q.kind, q.text.split(",")[0], q.speaker.entity) for q in qs if q.kind == "direct"] == [
        ("direct", "Zwyciężymy i ocalimy Polskę", "per0"), ("direct", "Zwyciężyliśmy", "per1")]


@pytest.mark.parametrize("text, lang_, person, words", [
    ("Dodik spoke in Banja Luka.\nWe have to be cheerful! I was doomed to have them break my heart for a whole year "
     "- Dodik said.", "en", "Dodik", "We have to be cheerful! I was doomed to have them break my heart for a whole year"),
    ("Głosowało 21 mln osób.\nMusimy być radośni! Ja byłem skazany na to, że złamią mi serce na cały rok - powiedział "
     "Karol Nowak.", "pl", "Karol Nowak", "Musimy być radośni! Ja byłem skazany na to, że złamią mi serce na cały rok"),
])
def test_speech_whose_opening_dash_was_dropped_runs_back_over_its_own_sentences(ctx, text, lang_, person, words):
    # the sentences before the last belong to the statement when they read as someone's own words (an exclamation, a
    # first-person word); English sets no speech off by dashes, but a dash may still close a statement
    qs = quotes(ctx, text, people=[[person]], lang=lang_)
    assert [(q.kind, q.text, q.speaker.text) for q in qs] == [("direct", words, person)]


def test_narration_before_speech_whose_opening_dash_was_dropped_stays_out(ctx):
    qs = quotes(ctx, "The court ruled on Tuesday. Dodik was sentenced to one year. I was doomed to have them break my "
                     "heart for a whole year - Dodik said.", people=[["Dodik"]], lang="en")
    assert [(q.kind, q.text) for q in qs] == [("direct", "I was doomed to have them break my heart for a whole year")]


@pytest.mark.parametrize("text, person", [
    ("Zelenskyy says the attack comes a few days after Russia's refusal of a 30-day ceasefire – agreed by Ukraine on 11 "
     "March.", "Zelenskyy"),
    ("One of them, Andreja Gorgieski, was part of the band that was performing – witnesses say that he made it out.",
     "Andreja Gorgieski"),
])
def test_a_dash_aside_naming_no_person_is_no_attribution_of_the_words_before(ctx, text, person):
    # in a language without dialogue dashes a dash sets off any aside: only a person named at the verb attributes
    qs = quotes(ctx, text, people=[[person]], places=[["Ukraine"]], lang="en")
    assert [(q.kind, q.speaker.text) for q in qs] == [("indirect", person)]


def test_a_quotation_before_a_dash_attribution_stays_the_mark_rules(ctx):
    qs = quotes(ctx, "Orbán Viktor hétfőn Debrecenbe látogatott. „Ezt nem fogadjuk el” – mondta a miniszterelnök.",
                people=[["Orbán Viktor"]], lang="hu")
    assert [(q.kind, q.text) for q in qs] == [("direct", "Ezt nem fogadjuk el")]


# -- cue words the dev stories showed missing ------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("cs", "K události se vyjádřil i prezident Jan Novák. \"Bolest v našich srdcích je veliká,\" zmínil prezident."),
    ("hr", "Studenti pješače prema gradu, dok se predsjednik Ivan Kovač čudi i pita: \"Igra li se neka utakmica?\""),
    ("fr", "Le porte-parole Jean Martin a réagi.\nC'est de la pure fiction, rien de plus. Il s'agit d'une fausse "
           "information», a cité l'agence Jean Martin."),
])
def test_cue_words_of_the_dev_stories(ctx, lang, text):
    qs = [q for q in quotes(ctx, text, people=[["Jan Novák"], ["Ivan Kovač"], ["Jean Martin"]], lang=lang)
          if q.kind == "direct"]
    assert len(qs) == 1 and len(qs[0].text.split()) >= 4


# -- the attribution on its own line after a quotation paragraph ------------------------------------------------------

@pytest.mark.parametrize("lang,text,speaker", [
    ("hu", "A miniszter hétfőn beszélt.\n„Ezt a megállapodást nem fogadjuk el, mert rossz az országnak.”\n"
           "– jegyezte meg Kovács Péter.", "per0"),
    ("ru", "Депутат Иван Петров выступил в Думе. Сергей Смирнов ответил ему.\n«Мы стараемся не замечать, как "
           "братская республика уходит от нас».\n— сказал Петров.", "per1"),
])
def test_an_attribution_line_after_a_quotation_paragraph(ctx, lang, text, speaker):
    qs = [q for q in quotes(ctx, text, people=[["Kovács Péter"], ["Иван Петров", "Петров"], ["Сергей Смирнов"]],
                            lang=lang) if q.kind == "direct"]
    assert [q.speaker.entity for q in qs] == [speaker]
    assert len(qs[0].text.split()) >= 6


def test_a_line_of_narration_after_a_quotation_is_no_attribution(ctx):
    qs = quotes(ctx, "A miniszter hétfőn beszélt.\n„Ezt a megállapodást nem fogadjuk el, mert rossz az országnak.”\n"
                     "– a piac zárva volt Kovács Péter szerint.", people=[["Kovács Péter"]], lang="hu")
    assert all(q.speaker.text != "Kovács Péter" or q.kind != "direct" for q in qs)


# -- quotation marks of other languages in translated quotes ------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("it", "Il ministro Carlo Rossi ha detto: „Non ci fermeremo qui, andremo avanti”."),
    ("es", "El ministro Carlo Rossi dijo: „No nos detendremos aquí, seguiremos adelante“."),
    ("el", "Ο υπουργός Carlo Rossi δήλωσε: „Δεν θα σταματήσουμε εδώ, θα συνεχίσουμε“."),
    ("uk", "Міністр Carlo Rossi заявив: „Ми не зупинимося тут, ми підемо далі”."),
    ("tr", "Bakan Carlo Rossi, „Burada durmayacağız, sonuna kadar devam edeceğiz” dedi."),
])
def test_a_translated_quote_in_another_languages_marks(ctx, lang, text):
    qs = [q for q in quotes(ctx, text, people=[["Carlo Rossi"]], lang=lang) if q.kind == "direct"]
    assert len(qs) == 1 and qs[0].speaker.text == "Carlo Rossi" and len(qs[0].text.split()) >= 5


def test_a_quotation_standing_as_a_sentence_of_its_own_inside_a_paragraph(ctx):
    qs = quotes(ctx, "Il portavoce della polizia, Marco Neri, ha parlato dell'indagine. \"Non escludiamo nessuna pista, "
                     "ma le prove sono ancora poche\". Poi ha aggiunto che l'indagine continua.", people=[["Marco Neri"]],
                lang="it")
    assert [(q.kind, q.text, q.speaker.text) for q in qs if q.kind == "direct"] == [
        ("direct", "Non escludiamo nessuna pista, ma le prove sono ancora poche", "Marco Neri")]


def test_a_quotation_inside_a_sentence_of_narration_is_no_statement(ctx):
    qs = quotes(ctx, "Il portavoce della polizia, Marco Neri, ha parlato dell'indagine. Il piano \"Strade sicure per "
                     "tutti noi\" partirà a maggio.", people=[["Marco Neri"]], lang="it")
    assert [q for q in qs if q.kind == "direct"] == []


# -- attribution inside the marks and right after them ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Carlo Rossi parla ai giornalisti. Il dialogo è inutile. “Sono arrivato alla conclusione – aggiunge – per cui non "
    "possiamo cambiare nulla”.",
    "Il dialogo è inutile. \"Credo che la nostra debolezza sia dovuta alla propaganda - dice Carlo Rossi -. Ecco il "
    "motivo per cui parlo ogni giorno\".",
])
def test_an_attribution_inside_the_marks_without_subject_or_with_a_sentence_end(ctx, text):
    qs = quotes(ctx, text, people=[["Carlo Rossi"]], lang="it")
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per0"), ("direct", "per0")]
    assert len(qs[1].text.split()) >= 5


def test_a_colon_after_the_closing_mark_then_the_attribution(ctx):
    qs = quotes(ctx, "“Siamo più forti di un anno fa. I russi sono più deboli”: lo ha detto il ministro Carlo Rossi.",
                people=[["Carlo Rossi"]], lang="it")
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [
        ("direct", "Siamo più forti di un anno fa. I russi sono più deboli", "per0")]


def test_a_colon_after_a_title_in_marks_is_no_attribution(ctx):
    qs = quotes(ctx, "The campaign “Safe Streets for All of Us”: a plan with new lights and more buses.", lang="en")
    assert qs == []


def test_a_nordic_turn_with_the_subject_before_its_verb(ctx):
    qs = quotes(ctx, "Sotilaista ei ole havaintoja.\n– Kaikki mahdollisuudet tarkistetaan, puolustusministeri Anna "
                     "Virtanen sanoi. Hänen mukaansa sotilaat saapuivat.", people=[["Anna Virtanen"]], lang="fi")
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [
        ("direct", "Kaikki mahdollisuudet tarkistetaan", "per0")]


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Lage eskalierte. „Die Bilder waren schrecklich, überall lagen Trümmer“, schilderte ein Augenzeuge."),
    ("sl", "Ena izmed žrtev je bil Toše.\n»Toše je dobil sina in želel proslaviti njegovo rojstvo,« je razkril vir."),
])
def test_verbs_of_telling_a_story(ctx, lang, text):
    qs = quotes(ctx, text, lang=lang)
    assert [q.kind for q in qs] == ["direct"] and len(qs[0].text.split()) >= 6
