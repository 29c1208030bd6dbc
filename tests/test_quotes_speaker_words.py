"""Only a person or a body that can speak is a speaker: sentences written for these tests (pt, de, el, en)."""
from __future__ import annotations

import pytest

from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


def speakers(qs):
    return [(q.kind, q.speaker.text, q.speaker.entity) for q in qs]


def test_a_portfolio_word_after_a_role_s_preposition_is_not_the_speaker(ctx):
    qs = quotes(ctx, "A ministra da Cultura, Ana Ribeiro, afirmou que o museu reabre em maio.", lang="pt",
                misc=[["Cultura"], ["Ana Ribeiro"]])
    assert speakers(qs) == [("indirect", "Ana Ribeiro", "misc1")]


def test_a_source_phrase_in_mid_sentence_needs_its_punctuation(ctx):
    # "para o acidente" is the object of "pediu", not "according to the accident"
    qs = quotes(ctx, "O governador João Lima pediu apoio para o acidente da empresa Aerolinha no litoral.\n"
                     "“Estamos todos de luto”, declarou.", lang="pt", people=[["João Lima"]], misc=[["Aerolinha"]])
    assert speakers(qs) == [("direct", "João Lima", "per0")]


def test_the_company_is_the_name_that_spoke_last_even_when_not_typed_an_organisation(ctx):
    qs = quotes(ctx, "A Aerolinha afirmou que o avião estava em ordem. Segundo a companhia, “a tripulação tinha "
                     "experiência”.", lang="pt", misc=[["Aerolinha"]])
    assert [(q.kind, q.speaker.entity) for q in qs] == [("indirect", "misc0"), ("direct", "misc0")]


def test_half_of_a_german_compound_after_a_role_is_no_name(ctx):
    qs = quotes(ctx, "Am Morgen trat Petra Lang vor die Presse. „Das hat es hier noch nie gegeben“, sagte die "
                     "Abteilungsleiterin Straßen- und Tiefbau bei der Stadt.", lang="de", people=[["Petra Lang"]])
    assert speakers(qs) == [("direct", "Petra Lang", "per0")]


def test_a_role_naming_its_body_is_not_a_minister_named_before(ctx):
    qs = quotes(ctx, "Στο σημείο έφτασε η υπουργός Υγείας Μαρία Παππά.\nΌπως εξήγησε εκπρόσωπος της αστυνομίας, "
                     "ο οδηγός κινήθηκε «με μεγάλη ταχύτητα».", lang="el", people=[["Μαρία Παππά"]])
    assert [(q.speaker.kind, q.speaker.entity) for q in qs] == [("unnamed", None)]


def test_a_definite_role_keeps_the_body_it_serves(ctx):
    qs = quotes(ctx, "The head of the National Audit Office said the accounts were late.", orgs=[["National Audit Office"]])
    assert speakers(qs) == [("indirect", "The head of the National Audit Office", None)]


def test_speech_after_a_sentence_of_narration_set_off_by_a_dash(ctx):
    # the line break before the dash was lost: the speech opens after a sentence end
    qs = quotes(ctx, "Jeden ze świadków, Jan Nowak, opowiadał o nocy. – Obudził mnie potężny huk. Nic nie było "
                     "widać – mówił Jan Nowak. Most był ważny dla miasta.", lang="pl", people=[["Jan Nowak"]])
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [
        ("direct", "Obudził mnie potężny huk. Nic nie było widać", "per0")]


def test_an_italian_plural_role_after_a_plural_compound_verb(ctx):
    qs = quotes(ctx, "Il treno era passato. «Abbiamo sentito un boato» hanno raccontato alcuni poliziotti in servizio.",
                lang="it")
    assert [(q.kind, q.speaker.text, q.speaker.kind) for q in qs] == [("direct", "alcuni poliziotti", "unnamed")]


def test_a_resident_named_in_apposition_speaks(ctx):
    qs = quotes(ctx, "«Non ci credevo», afferma un residente, Paolo Neri, svegliato dal rumore.", lang="it",
                people=[["Paolo Neri"]])
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per0")]


@pytest.mark.parametrize("text, lang_", [
    ("A source close to Anna Berg said the talks would resume on Monday.", "en"),
    ("Une source proche d'Anna Berg a affirmé que les discussions reprendraient lundi.", "fr"),
    ("Una fuente cercana a Anna Berg dijo que las conversaciones se reanudarían el lunes.", "es"),
    ("Una fonte vicina ad Anna Berg ha detto che i colloqui riprenderanno lunedì.", "it"),
])
def test_a_source_close_to_a_person_stays_unnamed(ctx, text, lang_):
    [q] = quotes(ctx, text, lang=lang_, people=[["Anna Berg"]])
    assert (q.kind, q.speaker.kind, q.speaker.entity) == ("indirect", "unnamed", None)


def test_a_long_colon_lead_in_naming_one_person(ctx):
    qs = quotes(ctx, "Jan Kowalski w wieczór wyborczy zwrócił się do zwolenników zgromadzonych w sztabie w centrum "
                     "miasta po ogłoszeniu pierwszych wyników: „Wygramy tę noc”.", lang="pl", people=[["Jan Kowalski"]])
    assert [(q.kind, q.text, q.speaker.entity) for q in qs] == [("direct", "Wygramy tę noc", "per0")]


def test_a_long_colon_lead_in_naming_two_people_is_left_alone(ctx):
    qs = quotes(ctx, "Jan Kowalski w wieczór wyborczy zwrócił się do Adama Nowaka i do zwolenników zgromadzonych w "
                     "sztabie w centrum miasta: „Wygramy tę noc”.", lang="pl", people=[["Jan Kowalski"], ["Adama Nowaka"]])
    assert qs == []


def test_a_nationality_before_an_office_is_no_name(ctx):
    qs = quotes(ctx, "Ο Νίκος Ιωάννου έφτασε στη Ρώμη. «Είμαστε ενωμένοι», δήλωσε ο Γάλλος πρόεδρος.", lang="el",
                people=[["Νίκος Ιωάννου"]], misc=[["Γάλλος"]], places=[["Ρώμη"]])
    assert [(q.speaker.kind, q.speaker.entity) for q in qs] == [("role", "per0")]


@pytest.mark.parametrize("text, lang_, places, misc", [
    ("«Preghiamo per tutti», ha detto nella Cappella Maggiore.", "it", [["Cappella Maggiore"]], []),
    ("„Jesteśmy z wami” – powiedział na placu Wolności.", "pl", [], [["Wolności"]]),
])
def test_the_place_where_words_were_said_is_not_who_said_them(ctx, text, lang_, places, misc):
    [q] = quotes(ctx, "Marek Wolny przemawiał długo. " + text if lang_ == "pl" else "Marco Neri parlò a lungo. " + text,
                 lang=lang_, people=[["Marek Wolny"], ["Marco Neri"]], places=places, misc=misc)
    assert q.kind == "direct" and q.speaker.entity in ("per0", "per1")


@pytest.mark.parametrize("text, people, want", [
    ("Vali Mehmet Kaya olay yerine geldi. Kaya, \"Yaralıların tedavisi sürüyor\" dedi.",
     [["Mehmet Kaya", "Kaya"]], "per0"),
    ("Sağlık Bakanı Zeynep Arslan ise, “Üç yaralımız var. Biri ağır durumda” diye konuştu.",
     [["Sağlık"], ["Zeynep Arslan"]], "per1"),
    ("Belediye Başkanı Murat Yıldız, “Burada yetkili olan bakanlıktır” ifadelerini kullandı.",
     [["Murat Yıldız"]], "per0"),
])
def test_turkish_speaker_before_the_quotation_and_verb_after_it(ctx, text, people, want):
    [q] = quotes(ctx, text, lang="tr", people=people)
    assert (q.kind, q.speaker.entity) == ("direct", want)


def test_turkish_body_named_after_its_kind(ctx):
    [q] = quotes(ctx, "Havayolu şirketi Uçarhava yaptığı açıklamada, \"Yolcularımızın ailelerine başsağlığı "
                      "diliyoruz,\" dedi.", lang="tr", misc=[["Uçarhava"]])
    assert (q.kind, q.speaker.kind, q.speaker.entity) == ("direct", "organisation", "misc0")


def test_turkish_scare_quotes_without_a_verb_are_not_quotes(ctx):
    assert quotes(ctx, "Belgeye göre belediye otele \"yangın yeterlilik belgesi\" verdi.", lang="tr") == []


def test_a_quotation_after_a_sentence_opening_with_someone_else_is_theirs(ctx):
    qs = quotes(ctx, "Die Zahlen haben laut Demoskop eine Fehlertoleranz von zwei Punkten. Das Endergebnis kommt "
                     "am Montag. Jan Nowak rief seine Anhänger auf, nicht aufzugeben. „Wir müssen heute Nacht "
                     "gewinnen und wir werden gewinnen.“", lang="de", people=[["Jan Nowak"]], orgs=[["Demoskop"]])
    assert [(q.kind, q.speaker.entity) for q in qs if q.kind == "direct"] == [("direct", "per0")]


def test_a_source_phrase_deep_in_a_preposition_s_object_is_no_source(ctx):
    qs = quotes(ctx, "O governador pediu um minuto de silêncio para o acidente envolvendo passageiros da Aerolinha "
                     "no litoral.", lang="pt", misc=[["Aerolinha"]])
    assert qs == []


def test_ukrainian_and_before_a_second_verb_is_no_determiner(ctx):
    [q] = quotes(ctx, "Служба висловила співчуття родинам та наголосила, що це велика втрата для міста.", lang="uk")
    assert (q.kind, q.text) == ("indirect", "це велика втрата для міста")


def test_french_pluperfect_with_a_long_phrase_before_que(ctx):
    [q] = quotes(ctx, "La ministre Anne Roux avait déclaré en mai lors d'une réunion publique en Bretagne que le "
                      "projet serait abandonné.", lang="fr", people=[["Anne Roux"]])
    assert (q.kind, q.text, q.speaker.entity) == ("indirect", "le projet serait abandonné", "per0")


@pytest.mark.parametrize("text, lang_", [
    ("Die Ministerin Eva Roth sprach von einem \"schwarzen Tag für das ganze Land\".", "de"),
    ("Eva Roth spoke of a \"black day for the whole country\".", "en"),
    ("Eva Roth a évoqué une « journée noire pour tout le pays ».", "fr"),
])
def test_words_spoken_of_are_a_partial_quote(ctx, text, lang_):
    [q] = quotes(ctx, text, lang=lang_, people=[["Eva Roth"]])
    assert (q.kind, q.speaker.entity) == ("partial", "per0")


@pytest.mark.parametrize("text,speaker", [
    ("“We will keep marching until the law is changed,” a protester told reporters.", "a protester"),
    ("“Polls close at nine tonight,” the announcer said.", "the announcer"),
    ("One caller said the trains had been late all week.", "One caller"),
    ("“I voted for a change this time,” one voter said.", "one voter"),
    ("A panelist said the region's economy was slowing down.", "A panelist"),
])
def test_people_heard_on_air_at_events_and_in_the_street_speak_unnamed(ctx, text, speaker):
    assert [(q.speaker.kind, q.speaker.text) for q in quotes(ctx, text)] == [("unnamed", speaker)]


def test_a_moderator_introduced_by_name_speaks_as_that_person(ctx):
    qs = quotes(ctx, "Jane Miller, the moderator of the town hall debate, opened the evening.\n"
                     "“Each candidate has two minutes,” the moderator said.", people=[["Jane Miller"]])
    assert speakers(qs) == [("direct", "Jane Miller", "per0")]


def test_a_pronoun_takes_the_one_person_nearby_whom_the_quoted_words_name(ctx):
    # nobody else is near: the man named before the quotation and inside it says it
    qs = quotes(ctx, "Mark Johnson thanked the volunteers on Sunday.\n“The Johnson family will never forget what this "
                     "town did for us,” he said.", people=[["Mark Johnson", "Johnson"]])
    assert [(q.speaker.kind, q.speaker.entity) for q in qs] == [("pronoun", "per0")]
    # another man may be meant: the one the words name is still not who says them
    qs = quotes(ctx, "Mark Johnson and Paul Reed left the hall.\n“Johnson will never forget what this town did,” he "
                     "said.", people=[["Mark Johnson", "Johnson"], ["Paul Reed"]])
    assert [(q.speaker.kind, q.speaker.entity) for q in qs] == [("pronoun", None)]


def test_it_stands_for_the_body_that_spoke_or_opened_the_sentence_before(ctx):
    qs = quotes(ctx, "The Harbour Authority published its ruling on Friday: “The permits were granted.”\n"
                     "It said the earlier ban was “both unlawful and unclear”.", orgs=[["Harbour Authority"]])
    assert [(q.kind, q.speaker.kind, q.speaker.entity) for q in qs] == [
        ("direct", "organisation", "org0"), ("indirect", "organisation", "org0")]
    qs = quotes(ctx, "Northwind Bank reported a loss on Monday. It said the outlook remained weak.",
                orgs=[["Northwind Bank"]])
    assert [(q.speaker.kind, q.speaker.entity) for q in qs] == [("organisation", "org0")]
    # a body the recogniser did not name, that spoke just before
    qs = quotes(ctx, "The appeals court said in a statement: \"The permits were granted.\"\n"
                     "It said the earlier ban was \"both unlawful and unclear\".")
    assert [(q.kind, q.speaker.kind, q.speaker.text) for q in qs] == [
        ("direct", "organisation", "The appeals court"), ("indirect", "organisation", "The appeals court")]


def test_it_is_never_a_person_nor_an_inverted_subject(ctx):
    qs = quotes(ctx, "Anna Berg said it was a shame. “We did it,” said it.", people=[["Anna Berg"]])
    assert [(q.kind, q.speaker.entity) for q in qs] == [("indirect", "per0")]
    # no speech verb after it ("goes without saying"), or no body near: no one speaks
    assert quotes(ctx, "Northwind Bank reported a loss. It goes without saying that the plan failed badly.",
                  orgs=[["Northwind Bank"]]) == []
    assert quotes(ctx, "The study was published on Monday. It said the economy had grown.") == []


def test_a_name_typed_misc_right_after_a_role_is_a_person_a_pronoun_may_point_to(ctx):
    # the recogniser typed one man PER and the woman MISC: her role says she is a person
    qs = quotes(ctx, "До Києва прибув Олег Ткаченко. Президентка Марія Коваль надала коментар журналістам.\n"
                     "«Ми переможемо», — сказала вона.", lang="uk", people=[["Олег Ткаченко"]], misc=[["Марія Коваль"]])
    assert [(q.speaker.kind, q.speaker.entity) for q in qs] == [("pronoun", "misc0")]
