"""Speech verbs known by lemma (any inflection of a listed verb) and impersonal attribution (own sentences)."""
from __future__ import annotations

import pytest

from storylens.quotes.cues import cues_for
from storylens.resources import Context
from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


@pytest.mark.parametrize("lang, words", [
    ("pl", ("zapewniał",)), ("pl", ("zapewniała",)), ("es", ("proclamó",)), ("es", ("ha", "remarcado")),
    ("it", ("ha", "proclamato")), ("ru", ("заявлял",)), ("de", ("betont",)), ("pt", ("ressaltaram",)),
    ("fr", ("proclament",)), ("cs", ("zdůrazňovala",)),
    # languages whose lemmas are read too: Finnish, Estonian, Slovenian, Swedish, Lithuanian, and Croatian through
    # simplemma's Serbo-Croatian dictionary (lemma_dictionary)
    ("fi", ("kommentoinut",)), ("fi", ("sanoneet",)), ("et", ("kinnitanud",)), ("sl", ("opozarjali",)),
    ("sv", ("rapporterar",)), ("lt", ("teigiama",)), ("hr", ("rečeno",)),
])
def test_an_unlisted_inflection_of_a_speech_verb_is_a_cue(lang, words):
    assert cues_for(lang).verbs.get(words) == "speech"


@pytest.mark.parametrize("lang, word", [
    ("es", "decir"),  # the infinitive itself ("es decir")
    ("es", "contaba"),  # "contar con": to have
    ("pl", "uważał"),  # thinking, listed form by form only
    ("es", "comunicado"),  # a noun
    ("fi", "uskovat"),  # thinking (lemma_stop)
    ("hr", "pije"),  # "drinks": the dictionary reads the listed "pita" (asks) as a form of "piti" (lemma_stop)
])
def test_a_lemma_or_a_stopped_verb_is_no_cue(lang, word):
    assert cues_for(lang).verbs.get((word,)) is None


def test_polish_imperfective_past_attributes_a_quotation(ctx):
    qs = quotes(ctx, "„Nie podniesiemy podatków w przyszłym roku” – zapewniał Jan Kowalski.",
                people=[["Jan Kowalski"]], lang="pl")
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per0")]


def test_spanish_compound_tense_of_an_unlisted_verb(ctx):
    qs = quotes(ctx, "«El puerto volverá a abrir el lunes», ha remarcado Ana Ruiz.", people=[["Ana Ruiz"]], lang="es")
    assert [(q.kind, q.speaker.entity, q.cue) for q in qs] == [("direct", "per0", "ha remarcado")]


def test_spanish_preterite_of_an_unlisted_verb(ctx):
    qs = quotes(ctx, "«Hoy empieza una nueva etapa», proclamó Luis Vega ante sus seguidores.",
                people=[["Luis Vega"]], lang="es")
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per0")]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Министерство обороны опубликовало заявление.\n«Удары наносились только по военным целям», — говорится "
           "в сообщении."),
    ("de", "Das Innenministerium äußerte sich am Abend.\n„Die Lage ist unter Kontrolle“, heißt es in der Mitteilung."),
    ("it", "Il ministero della Salute ha diffuso una nota.\n«Non ci sono nuovi casi», si legge nel testo."),
    ("es", "El Ministerio de Sanidad publicó un comunicado.\n«No hay nuevos casos», se lee en el texto."),
    ("pl", "Ministerstwo Zdrowia wydało komunikat.\n„Nie ma nowych przypadków” – napisano w komunikacie."),
    ("sr", "Министарство здравља објавило је саопштење.\n„Нема нових случајева”, наводи се у саопштењу."),
])
def test_impersonal_attribution_goes_to_the_body_named_before(ctx, lang, text):
    body = text.split(" ")[0] + " " + text.split(" ")[1].rstrip(".")
    orgs = {"ru": "Министерство обороны", "de": "Innenministerium", "it": "ministero della Salute",
            "es": "Ministerio de Sanidad", "pl": "Ministerstwo Zdrowia", "sr": "Министарство здравља"}
    qs = quotes(ctx, text, orgs=[[orgs[lang]]], lang=lang)
    direct = [q for q in qs if q.kind == "direct"]
    assert len(direct) == 1, (body, qs)
    assert direct[0].speaker.entity == "org0"


def test_impersonal_attribution_names_the_body_after_it(ctx):
    qs = quotes(ctx, "«Удары наносились только по военным целям», — говорится в сообщении Минобороны.",
                orgs=[["Минобороны"]], lang="ru")
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "org0")]


@pytest.mark.parametrize("lang, text", [
    ("es", "Ana Ruiz declaró que la red estaba estable. Asimismo, destacó que “no hubo daños en la central”."),
    ("it", "Ana Ruiz ha dichiarato che la rete era stabile. Successivamente, ha sottolineato che “non ci sono danni”."),
    ("pl", "Ana Ruiz oświadczyła, że sieć jest stabilna. Następnie podkreśliła, że „nie było żadnych szkód”."),
])
def test_a_sentence_adverb_keeps_the_subject_of_the_sentence_before(ctx, lang, text):
    qs = quotes(ctx, text, people=[["Ana Ruiz"]], lang=lang)
    assert len(qs) == 2 and all(q.speaker.entity == "per0" for q in qs), qs


def test_german_reported_speech_after_a_comma_and_carried_on_by_its_mood(ctx):
    qs = quotes(ctx, "Polizeisprecher Max Weber sagte, die Lage sei ruhig. Es habe „erhebliche Schäden“ an drei Häusern "
                     "gegeben. Das Wetter war am Abend schön.", people=[["Max Weber"]], lang="de")
    assert [(q.kind, q.speaker.entity, q.text) for q in qs] == [
        ("indirect", "per0", "die Lage sei ruhig"),
        ("indirect", "per0", "Es habe „erhebliche Schäden“ an drei Häusern gegeben")]


def test_the_mood_carries_nothing_without_a_statement_before(ctx):
    qs = quotes(ctx, "Max Weber wohnt in Dresden. Es habe „erhebliche Schäden“ gegeben.", people=[["Max Weber"]], lang="de")
    assert [q.kind for q in qs if q.kind == "indirect"] == []


def test_serbian_impersonal_participle_names_the_body_after_it(ctx):
    qs = quotes(ctx, "Pacijent je preminuo u bolnici.\n\"Uprkos svim merama lečenja, pacijent je podlegao povredama\", "
                     "navedeno je u VMA.", orgs=[["VMA"]], lang="sr")
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "org0")]


def test_macedonian_retort_before_a_quotation_paragraph(ctx):
    qs = quotes(ctx, "На прашањето за лиценцата, Никола Петров возврати со прашање.\n„Овој документ е фалсификат, "
                     "лиценца нема.“", people=[["Никола Петров"]], lang="mk")
    assert [(q.kind, q.speaker.entity) for q in qs if q.kind == "direct"] == [("direct", "per0")]


def test_estonian_colon_statement_conveyed_by_a_spokesperson(ctx):
    qs = quotes(ctx, "NATO esindaja edastas sotsiaalmeedias järgmise info:\nOtsingud jätkuvad. Vabandame segaduste "
                     "pärast.", orgs=[["NATO"]], lang="et")
    assert any(q.kind == "indirect" and "Vabandame segaduste" in q.text for q in qs), qs


def test_romanian_demonstrative_subject_points_back(ctx):
    qs = quotes(ctx, "Ion Popescu, un instructor de schi, a ieșit în grabă din clădire. Acesta a spus că hotelul era "
                     "cuprins de fum.", people=[["Ion Popescu"]], lang="ro")
    assert [(q.kind, q.speaker.entity) for q in qs] == [("indirect", "per0")]


def test_greek_inflections_are_read_with_accents_folded():
    verbs = cues_for("el").verbs
    assert verbs.get(("δηλωνε",)) == "speech"  # "δήλωνε", the imperfect of a verb listed in other tenses
    assert verbs.get(("υπογραμμιζαν",)) == "speech"
    assert verbs.get(("δηλωση",)) is None  # the noun "δήλωση"
    assert verbs.get(("μιλουσε",)) is None  # "was talking": stopped


def test_greek_imperfect_attributes_a_quotation(ctx):
    qs = quotes(ctx, "«Θα ξαναχτίσουμε τη γέφυρα», έλεγε ο Νίκος Παππάς.", people=[["Νίκος Παππάς"]], lang="el")
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per0")]


def test_hungarian_forms_of_a_listed_verb_are_cues_but_not_a_second_sense():
    from storylens.quotes.cues import cues_for
    verbs = cues_for("hu").verbs
    # "hangsúlyozta" is listed: its past indefinite and plural forms count through the lemma
    assert verbs.get(("hangsúlyozott",)) == "speech" and verbs.get(("közölték",)) == "speech"
    # "megerősítették a gátat" reinforced the dam: a verb with a second sense counts only as listed
    assert verbs.get(("megerősítették",)) is None and verbs.get(("megerősítette",)) == "speech"
    # the lemma itself, and a noun, are no cue
    assert verbs.get(("mond",)) is None and verbs.get(("asztal",)) is None


@pytest.mark.parametrize("lang, text, body", [
    ("sr", "Железнице Србије жале због несреће, а сваки нови детаљ из истраге биће одмах саопштен, закључује се у "
           "саопштењу.", "Железнице Србије"),
    ("hr", "Hrvatske željeznice žale zbog nesreće, a svaki novi detalj istrage bit će odmah objavljen, zaključuje se u "
           "priopćenju.", "Hrvatske željeznice"),
])
def test_a_subjectless_speech_verb_with_the_reflexive_is_impersonal(ctx, lang, text, body):
    # (the body opening the verb's own sentence wrote the statement)
    qs = quotes(ctx, text, orgs=[[body]], lang=lang)
    assert [(q.kind, q.speaker.entity) for q in qs] == [("indirect", "org0")]


@pytest.mark.parametrize("lang, text, body", [
    # the recogniser typed the body's first word MISC (no organisation): it still opens the sentence as its
    # subject, and the statement is its own, never an empty speaker (session 21)
    ("sr", "Инфраструктура железнице Србије жали због несреће, а сваки нови детаљ из истраге биће одмах саопштен, "
           "закључује се у саопштењу.", "Инфраструктура"),
    ("hr", "Infrastruktura željeznica žali zbog nesreće, a svaki novi detalj istrage bit će odmah objavljen, navodi "
           "se u priopćenju.", "Infrastruktura"),
    ("it", "Autostrade esprime cordoglio per le vittime e ogni nuovo dettaglio sarà comunicato subito, si legge nella "
           "nota.", "Autostrade"),
])
def test_an_impersonal_cue_goes_to_the_name_opening_its_sentence(ctx, lang, text, body):
    qs = quotes(ctx, text, misc=[[body]], lang=lang)
    assert [(q.kind, q.speaker.text, q.speaker.entity) for q in qs] == [("indirect", body, "misc0")]

