"""Who can speak: subjects, not obliques; a described body resolved; an indefinite source kept whole (own sentences)."""
from __future__ import annotations

import pytest

from storylens.resources import Context
from test_quotes_extract import quotes


@pytest.fixture(scope="module")
def ctx():
    return Context()


def test_a_role_after_its_addressee_and_portfolio_goes_to_the_name_in_apposition(ctx):
    # "a jornalistas" is the addressee, "dos Transportes" the portfolio: the man named after the comma speaks
    qs = quotes(ctx, "“Vamos reconstruir a ponte”, disse a jornalistas o ministro dos Transportes de Portugal, "
                     "João Ferreira, depois da visita.", people=[["Ferreira"]], places=[["Portugal"]], lang="pt")
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per0")]


def test_an_indefinite_article_that_is_a_stop_word_keeps_the_source_new(ctx):
    qs = quotes(ctx, "„Hangos robajt hallottunk az épületben” - mondta egy túlélő a helyszínen.", lang="hu")
    assert [(q.speaker.text, q.speaker.kind) for q in qs] == [("egy túlélő", "unnamed")]
    qs = quotes(ctx, "”Vi hörde flera skott från skolan”, sa ett vittne till tidningen.", lang="sv")
    assert [(q.speaker.text, q.speaker.kind) for q in qs] == [("ett vittne", "unnamed")]


def test_the_company_is_the_one_body_named_in_the_sentence_before(ctx):
    text = ("Inicialmente, a Azulão havia confirmado a lista de passageiros. Mas, no sábado, a empresa confirmou "
            "que o voo saiu com atraso.")
    qs = quotes(ctx, text, misc=[["Azulão"]], lang="pt")
    assert [(q.kind, q.speaker.entity) for q in qs] == [("indirect", "misc0")]
    # of two bodies named before it, "a empresa" may mean either: it stays a description
    text = ("A Azulão e a Gol tinham publicado a lista de passageiros. Mas, no sábado, a empresa confirmou "
            "que o voo saiu com atraso.")
    qs = quotes(ctx, text, misc=[["Azulão"], ["Gol"]], lang="pt")
    assert [(q.kind, q.speaker.entity, q.speaker.text) for q in qs] == [("indirect", None, "empresa")]


def test_a_body_described_before_its_name_speaks_by_its_name(ctx):
    qs = quotes(ctx, 'Uçağın sahibi olan havayolu şirketi Anadolujet yaptığı açıklamada, "Tüm yolcular güvende," dedi.',
                orgs=[["Anadolujet"]], lang="tr")
    assert [(q.speaker.text, q.speaker.entity) for q in qs] == [("Anadolujet", "org0")]


def test_a_name_after_a_preposition_is_no_antecedent(ctx):
    # two capitalised words typed MISC pass for a person in an article without persons, but not after "у"
    qs = quotes(ctx, "Несрећа се догодила јутрос у Новом Саду.\nСви путници су безбедни, наводи се у саопштењу.",
                misc=[["Новом Саду"]], lang="sr")
    assert [q.speaker.entity for q in qs] == [None]
    qs = quotes(ctx, "Марко Петровић је рекао да се несрећа догодила јутрос.\nСви путници су безбедни, наводи се у "
                     "саопштењу.", misc=[["Марко Петровић"]], lang="sr")
    assert [q.speaker.entity for q in qs][-1] == "misc0"  # (the same pointer still finds a subject named before)


def test_a_subject_the_verb_carries_that_found_no_one_is_no_one_later(ctx):
    # the first verb's subject is left unsaid and unresolved: the second must not take the verb for a person
    qs = quotes(ctx, "Jak relacjonował w rozmowie z gazetą jeden ze świadków, około trzeciej obudził go hałas.\n"
                     "– Usłyszałem potężny huk – mówił.", lang="pl")
    direct = [q for q in qs if q.kind == "direct"]
    assert len(direct) == 1 and direct[0].speaker.text != "relacjonował"


def test_a_body_named_in_the_quotation_makes_the_company_ambiguous(ctx):
    # (a person named keeps the two-word MISC names from passing for people)
    text = ("O presidente Lula lamentou o acidente.\nOs Bombeiros Voluntários atuavam no local desde a tarde.\n"
            "“A Azulão acionou todos os meios para apoiar os envolvidos”, disse a empresa.")
    qs = quotes(ctx, text, people=[["Lula"]], misc=[["Bombeiros Voluntários"], ["Azulão"]], lang="pt")
    direct = [q for q in qs if q.kind == "direct"]
    assert [(q.speaker.entity, q.speaker.text) for q in direct] == [(None, "empresa")]


def test_a_given_name_or_surname_alone_is_given_the_full_name(ctx):
    text = ("Luís Carvalho, o autarca da cidade, visitou o local.\n“Estamos todos de luto”, disse Luís aos jornalistas.")
    qs = quotes(ctx, text, people=[["Luís Carvalho"], ["Luís"]], lang="pt")
    assert [(q.speaker.text, q.speaker.entity) for q in qs if q.kind == "direct"] == [("Luís Carvalho", "per0")]
    # two people share the word: it stays as written
    text = ("Luís Carvalho e Luís Mendes visitaram o local.\n“Estamos todos de luto”, disse Luís aos jornalistas.")
    qs = quotes(ctx, text, people=[["Luís Carvalho"], ["Luís Mendes"], ["Luís"]], lang="pt")
    assert [(q.speaker.text, q.speaker.entity) for q in qs if q.kind == "direct"] == [("Luís", "per2")]


def test_a_latin_letter_inside_a_greek_word_is_read_as_greek(ctx):
    from storylens.quotes.homoglyph import unmixed

    assert unmixed("Yπουργείο") == "Υπουργείο" and unmixed("Мoсква") == "Москва"
    assert unmixed("Yerlikaya") == "Yerlikaya" and unmixed("Υπουργείο") == "Υπουργείο"
    # the ministry typed with a Latin "Y", its name after it recognised as one word of its own: one body speaks
    qs = quotes(ctx, "Το περιστατικό «θεωρείται ατύχημα», ανέφερε το περιφερειακό Yπουργείο Μεταφορών.",
                misc=[["Yπουργείο"], ["Μεταφορών"]], lang="el")
    assert [(q.speaker.text, q.speaker.kind) for q in qs] == [("το περιφερειακό Yπουργείο Μεταφορών", "organisation")]


def test_after_according_to_x_that_y_said_he_is_the_source(ctx):
    text = ("Selon Pierre Martin, Jean Dupont a répété qu’il restait ouvert au dialogue.\n"
            "« Il faut attendre les signaux », a-t-il ajouté.")
    qs = quotes(ctx, text, people=[["Pierre Martin"], ["Jean Dupont"]], lang="fr")
    assert [q.speaker.entity for q in qs if q.kind == "direct"] == ["per0"]
    # without the source phrase the subject of the last speech verb goes on speaking
    text = ("Pierre Martin est arrivé hier. Jean Dupont a répété qu’il restait ouvert au dialogue.\n"
            "« Il faut attendre les signaux », a-t-il ajouté.")
    qs = quotes(ctx, text, people=[["Pierre Martin"], ["Jean Dupont"]], lang="fr")
    assert [q.speaker.entity for q in qs if q.kind == "direct"] == ["per1"]


def test_the_company_that_spoke_last_keeps_a_quotation_naming_it_beside_another_body(ctx):
    text = ("In response, Apple announced it would appeal.\n“This is the Commission unfairly targeting Apple,” the "
            "company said in a statement.")
    qs = quotes(ctx, text, orgs=[["Apple"], ["Commission"]])
    assert [q.speaker.entity for q in qs if q.kind == "direct"] == ["org0"]


def test_an_adverbial_participle_takes_the_main_subject_not_the_nearest_object(ctx):
    # "saying" shares the subject of "criticised", not its object nor a name in the opening phrase
    qs = quotes(ctx, 'At a rally in the evening, Jane Miller criticised Tom Baker for his vote, saying, '
                     '"He has failed the families of this town."',
                people=[["Jane Miller"], ["Tom Baker"]])
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per0")]
    qs = quotes(ctx, 'El alcalde Pedro Ruiz respondió a Ana Gil, diciendo que "el puente estará listo en mayo".',
                people=[["Pedro Ruiz"], ["Ana Gil"]], lang="es")
    assert {q.speaker.entity for q in qs} == {"per0"}


def test_a_quotation_ending_a_clause_its_subject_opens_is_attributed_after_it(ctx):
    # a subject opens the clause the quotation closes, and the attribution names a qualified title and a name
    qs = quotes(ctx, 'Miller "is the only person with the patience to repair the bridge," retired army colonel '
                     'Tom Baker said.', people=[["Miller"], ["Tom Baker"]])
    assert [(q.kind, q.speaker.entity) for q in qs] == [("direct", "per1")]


def test_a_long_quoted_phrase_closing_its_paragraph_is_partial(ctx):
    text = ('Jane Miller called the festival "a celebration of the many ways music can bring neighbours together '
            'and remind us of what this small town shares."')
    qs = quotes(ctx, text, people=[["Jane Miller"]])
    assert [(q.kind, q.speaker.entity) for q in qs] == [("partial", "per0")]
    # the same phrase with the sentence going on after it is no quote of its own
    qs = quotes(ctx, text[:-2] + '" in spite of the rain.', people=[["Jane Miller"]])
    assert qs == []


def test_a_name_in_the_dative_glued_before_a_person_is_the_addressee(ctx):
    # the recogniser may glue the paper told (dative "-nak") to the name after it: the person alone speaks
    qs = quotes(ctx, "„Nem fogunk engedni a nyomásnak” – nyilatkozta a Hírlapnak Kovács Péter polgármester.",
                people=[["Hírlapnak Kovács Péter"]], lang="hu")
    assert [(q.kind, q.speaker.text) for q in qs] == [("direct", "Kovács Péter")]


def test_a_built_place_is_no_speaker(ctx):
    # "the Chapel" is where the words were said: a place does not speak, whatever the recogniser typed it
    qs = quotes(ctx, 'The bishop, standing in the Holy Cross Chapel, said "we will rebuild this town together."',
                orgs=[["Holy Cross Chapel"]])
    assert [q.speaker.text for q in qs] == ["The bishop"]
    qs = quotes(ctx, 'The Holy Cross Chapel stood silent as the crowd said: "We will rebuild this town together."',
                orgs=[["Holy Cross Chapel"]])
    assert all("Chapel" not in q.speaker.text for q in qs)
