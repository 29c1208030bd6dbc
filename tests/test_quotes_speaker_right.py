"""The right speaker among people a sentence names: not the one the quotation speaks of, never the person a
spokesman speaks for (sentences written for these tests: en, de, es)."""
from __future__ import annotations

import pytest

from storylens.resources import Context

from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


def speakers(qs):
    return [(q.speaker.text, q.speaker.entity) for q in qs if q.kind == "direct"]


def test_a_role_resolves_to_the_holder_the_quotation_does_not_speak_of(ctx):
    # two prime ministers introduced; the quote calls one of them "the Danish prime minister": the other says it
    text = ("Norwegian Prime Minister Ola Hansen criticised his visit to Oslo with Danish Prime Minister Mette Holm.\n"
            "“I regret that the Danish prime minister cut short our talks,” the prime minister said. "
            "“We remain close partners,” he added.")
    qs = quotes(ctx, text, people=[["Ola Hansen"], ["Mette Holm"]])
    assert speakers(qs) == [("Ola Hansen", "per0"), ("Ola Hansen", "per0")]


def test_a_pronoun_skips_the_person_the_quotation_names(ctx):
    text = ("Anna Berg met Peter Lund in Bonn on Monday.\n"
            "“Peter Lund has broken every promise he made,” she said.")
    qs = quotes(ctx, text, people=[["Anna Berg"], ["Peter Lund"]], lang="en")
    assert speakers(qs) == [("Anna Berg", "per0")]


@pytest.mark.parametrize("lang, text, people, speaker", [
    # a possessive before the role
    ("en", "Earlier a Danish government spokesman called the delay regrettable.\n"
           "“There are consequences when promises are broken,” Hansen’s spokesman told reporters.",
     [["Hansen"]], "Hansen’s spokesman"),
    # a name in the genitive before the role (German)
    ("de", "Peter Hansen traf am Montag den Minister. „Die Gespräche waren nicht produktiv“, sagte Hansens Sprecher.",
     [["Peter Hansen", "Hansens"]], "Hansens Sprecher"),
    # the person the role serves after its preposition
    ("en", "In a statement, a spokesman for Mr Hansen said: “The prime minister is disappointed.”",
     [["Hansen"]], "a spokesman for Mr Hansen"),
    ("es", "«El presidente está decepcionado», dijo un portavoz de Pedro Ruiz.",
     [["Pedro Ruiz"]], "un portavoz de Pedro Ruiz"),
])
def test_a_spokesman_is_a_source_of_his_own_never_his_principal(ctx, lang, text, people, speaker):
    qs = quotes(ctx, text, people=people, lang=lang)
    assert speakers(qs) == [(speaker, None)]


def test_the_spokesman_again_is_the_same_unnamed_source(ctx):
    text = ("Peter Hansen schwieg am Montag. Hansens Sprecher sagte am Dienstag, das Treffen sei abgesagt. „Das war "
            "nicht produktiv“, so der Sprecher weiter.")
    qs = quotes(ctx, text, people=[["Peter Hansen", "Hansens"]], lang="de")
    assert speakers(qs) == [("Hansens Sprecher", None)]


def test_a_minister_of_a_body_named_before_the_name_is_that_person(ctx):
    # the name after a body ("of Finance") is the role's holder, not whom it serves
    qs = quotes(ctx, "“We will balance the budget,” said the Minister of Finance Jan Novak.", people=[["Jan Novak"]])
    assert speakers(qs) == [("Jan Novak", "per0")]


@pytest.mark.parametrize("lang, text, people, speaker", [
    # the clitic auxiliary between the verb and the name is no preposition: the name after it is the subject
    ("hr", "Premijer Ivan Horvat sastao se s Markom Babićem. „Razgovarali smo o miru“, rekao je Babić.",
     [["Ivan Horvat"], ["Markom Babićem", "Babić"]], "Babić"),
    ("sr", "Predsednik Ivan Petrović posetio je Novi Sad. „Važno je da imamo jedinstvo“, rekao je Jović.",
     [["Ivan Petrović"]], "Jović"),
])
def test_an_inverted_cue_after_the_quote_names_its_speaker(ctx, lang, text, people, speaker):
    qs = quotes(ctx, text, people=people, lang=lang, misc=[[speaker]] if not any(speaker in p for p in people) else ())
    assert [q.speaker.text for q in qs if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize("lang, text, people", [
    ("pt", "Ana Silva vai enfrentar no segundo turno o rival Pedro Costa, que obteve 25%.\n“Por favor, me ajudem”, "
           "afirmou.", [["Ana Silva"], ["Pedro Costa"]]),
    ("en", "Anna Berg will face Maria Lund, who won 25%.\n“Please help me,” she said.", [["Anna Berg"], ["Maria Lund"]]),
])
def test_the_sentence_subject_outranks_a_person_named_later_in_it(ctx, lang, text, people):
    qs = quotes(ctx, text, people=people, lang=lang)
    assert [q.speaker.entity for q in qs if q.kind == "direct"] == ["per0"]


def test_a_surname_alone_typed_misc_is_still_the_person(ctx):
    # the recogniser typed the full name PER... and the surname alone MISC: the surname still names a person
    text = ("Ana Silva venceu no domingo. O rival Pedro Costa obteve 25%.\nEm entrevista, Silva exaltou a vitória.\n"
            "“Vamos mobilizar os cidadãos”, afirmou.")
    qs = quotes(ctx, text, people=[["Ana Silva"], ["Pedro Costa"]], misc=[["Silva"]], lang="pt")
    assert [q.speaker.text for q in qs if q.kind == "direct"] == ["Silva"]


@pytest.mark.parametrize("lang, text, orgs, speaker", [
    # a plural verb with no subject: the body's initials after the preposition speak, whatever they were typed
    ("bg", "Бюрото провежда обиски от сутринта. „Детайли ще има по-късно“, написаха от ДКБ в Телеграм.",
     (), "ДКБ"),
])
def test_initials_after_from_name_the_body_that_wrote(ctx, lang, text, orgs, speaker):
    qs = quotes(ctx, text, lang=lang, people=[["Иван Петров"]], misc=[[speaker]])
    assert [q.speaker.text for q in qs if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize("lang, text, orgs, speaker", [
    ("sk", "Skupina Alfa v utorok trvala na tom, že tender bol férový, a vyzvala Betu, aby „vylúčila akékoľvek "
           "pochybnosti“ o ponuke.", [["Skupina Alfa"], ["Betu"]], "Skupina Alfa"),
])
def test_a_verb_coordinated_with_the_clause_before_shares_its_subject(ctx, lang, text, orgs, speaker):
    qs = quotes(ctx, text, lang=lang, orgs=orgs)
    assert [q.speaker.text for q in qs if q.kind == "partial"] == [speaker]


def test_a_speech_verb_after_and_has_the_subject_not_the_object_of_the_clause_before(ctx):
    qs = quotes(ctx, "Anna Berg met Maria Lund on Tuesday and said: “We are ready to sign.”",
                people=[["Anna Berg"], ["Maria Lund"]])
    assert [q.speaker.text for q in qs if q.kind == "direct"] == ["Anna Berg"]


def test_a_medium_s_initials_glued_to_a_name_are_not_the_speaker(ctx):
    # the recogniser typed "TVX Anna Weber" one body after a medium word: the person after the initials speaks
    text = "« Il pourrait y avoir des centaines de morts », a affirmé à la télévision publique TVX Anna Weber, du HCR."
    qs = quotes(ctx, text, orgs=[["TVX Anna Weber"]], lang="fr")
    assert [q.speaker.text for q in qs if q.kind == "direct"] == ["Anna Weber"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Government sources told the Daily Mirror that the talks failed. “We will continue to push,” the same "
           "sources said."),
    ("es", "Fuentes del Gobierno dijeron al diario Marca que las conversaciones fracasaron. «Seguiremos insistiendo», "
           "dijeron las mismas fuentes."),
])
def test_the_same_sources_are_the_sources_heard_before(ctx, lang, text):
    qs = quotes(ctx, text, lang=lang, orgs=[["Daily Mirror", "Marca"]])
    direct = [q.speaker for q in qs if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].kind == "role" and direct[0].text.lower().split()[:1] in (["government"],
                                                                                                   ["fuentes"])


def test_the_latter_is_the_one_named_last_not_the_sentence_subject(ctx):
    text = ("À Bruxelles, Marc Dubois, ainsi que la ministre Anne Roux ont condamné l'attaque. Cette dernière a rappelé "
            "que « la Russie a intensifié ses attaques ».")
    qs = quotes(ctx, text, people=[["Marc Dubois"], ["Anne Roux"]], lang="fr")
    assert {q.speaker.entity for q in qs} == {"per1"}
