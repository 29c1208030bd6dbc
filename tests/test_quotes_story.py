"""Speakers resolved across a story's articles (own sentences): a role one person holds, names the story taught."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from storylens import segment
from storylens.api import load
from storylens.ingest import documents_from_texts
from storylens.model import Entity, Mention
from storylens.pipeline import Report
from storylens.quotes import article_mentions, extract_quotes
from storylens.quotes.story import resolve_story
from storylens.resources import Context


@pytest.fixture(scope="module")
def ctx():
    return Context()


def story(ctx, texts: list[tuple[str, str]], people=(), others=()) -> Report:
    """Articles (language, text) of one story, with one entity per group of names across all of them (``others``:
    (entity type, {article number: mention type}, names) for entities typed differently in different articles)."""
    arts, errors = load(documents_from_texts([t for _, t in texts]))
    assert not errors
    arts = [replace(a, language=lang) for a, (lang, _) in zip(arts, texts)]
    report = segment.STAGE(Report(articles=tuple(arts)), ctx)
    ents = []
    for n, names in enumerate(people):
        ms = tuple(Mention(a.id, m.start(), m.end(), m.group(), "PER", entity=f"per{n}")
                   for a in report.articles for name in names for m in re.finditer(re.escape(name), a.text))
        ents.append(Entity(f"per{n}", "PER", names[0], tuple(names), tuple({m.article for m in ms}), ms))
    for n, (kind, typed, names) in enumerate(others):
        ms = tuple(Mention(a.id, m.start(), m.end(), m.group(), typed[k], entity=f"x{n}")
                   for k, a in enumerate(report.articles) for name in names for m in re.finditer(re.escape(name), a.text))
        ents.append(Entity(f"x{n}", kind, names[0], tuple(names), tuple({m.article for m in ms}), ms))
    return replace(report, entities=tuple(ents))


def speakers(ctx, texts, people=(), others=()):
    """(article number, speaker entity, speaker kind) of each quote, after the story's resolution."""
    report = story(ctx, texts, people, others)
    qs = resolve_story(extract_quotes(report), report, article_mentions(report))
    order = [a.id for a in report.articles]
    return [(order.index(q.article), q.speaker.entity, q.speaker.kind) for q in qs]


@pytest.mark.parametrize("lang_a, intro, lang_b, quote", [
    # the prosecutor is named in one outlet, only "the prosecutor" in another (and in another language)
    ("fr", "Titre\nBéatrice Pilloud, la procureure générale du canton, a ouvert une enquête.",
     "it", "Titolo\n«Le vittime sono quaranta», ha detto la magistrata in conferenza stampa."),
    ("it", "Titolo\nLa procuratrice Anna Rossi ha aperto un'indagine.",
     "de", "Titel\n„Wir prüfen alle Spuren“, sagte die Staatsanwältin."),
    ("de", "Titel\nDie Staatsanwältin Anna Rossi leitet die Ermittlungen.",
     "en", "Title\n\"We are examining every lead,\" the prosecutor said."),
    ("en", "Title\nAnna Rossi, the prosecutor, opened an investigation.",
     "fr", "Titre\n« Nous examinons toutes les pistes », a déclaré la procureure."),
    ("el", "Τίτλος\nΗ εισαγγελέας Άννα Ρόσι άνοιξε έρευνα.",
     "es", "Título\n«Estamos examinando todas las pistas», dijo la fiscal."),
    ("bg", "Заглавие\nЛидерът на партията Иван Петров говори пред медиите.",
     "bg", "Заглавие\n„Няма да подкрепим този кабинет“, каза лидерът на партията."),
    ("pl", "Tytuł\nProkurator Anna Rossi wszczęła śledztwo.",
     "uk", "Заголовок\n«Ми перевіряємо всі версії», – заявила прокурорка."),
])
def test_a_role_goes_to_the_one_person_the_story_names_in_it(ctx, lang_a, intro, lang_b, quote):
    got = speakers(ctx, [(lang_a, intro), (lang_b, quote)],
                   people=[["Anna Rossi", "Άννα Ρόσι", "Béatrice Pilloud", "Иван Петров"]])
    assert (1, "per0", "role") in got


def test_a_role_two_people_of_the_story_hold_stays_open(ctx):
    got = speakers(ctx, [("fr", "Titre\nLa procureure Anna Rossi et le procureur Marco Bianchi enquêtent."),
                         ("it", "Titolo\n«Le vittime sono quaranta», ha detto la magistrata.")],
                   people=[["Anna Rossi"], ["Marco Bianchi"]])
    assert got == [(1, None, "unnamed")]


@pytest.mark.parametrize("quote", [
    "Titre\n« J'ai vu la fumée », a raconté un témoin.",  # an unnamed witness is a fine speaker as it is
    "Titre\n« Nous examinons toutes les pistes », ont déclaré des procureurs.",  # several, no one in particular
])
def test_an_indefinite_or_collective_source_is_not_given_a_name(ctx, quote):
    got = speakers(ctx, [("fr", "Titre\nLa procureure Anna Rossi enquête. Le témoin Marco Bianchi a parlé."), ("fr", quote)],
                   people=[["Anna Rossi"], ["Marco Bianchi"]])
    assert [g for g in got if g[0] == 1 and g[1] is not None] == []


def test_a_pronoun_after_a_surname_another_article_taught_goes_to_that_person(ctx):
    # the second article writes the surname alone; the story knows it from the first, where the full name stands
    report = story(ctx, [("de", "Titel\nRafał Trzaskowski trat vor die Presse."),
                         ("de", "Titel\nTrzaskowski sprach von einem Erfolg. „Wir haben gesiegt“, sagte er.")],
                   people=[["Rafał Trzaskowski"]])
    first = replace(report, mentions=tuple(m for e in report.entities for m in e.mentions if m.text != "Trzaskowski"))
    alone = extract_quotes(first)
    assert [(q.speaker.kind, q.speaker.entity) for q in alone] == [("pronoun", None)]
    # the story's mentions hold the surname (the entities stage completes them with names of other articles)
    surname = [Mention(a.id, m.start(), m.end(), m.group(), "PER", entity="per0")
               for a in report.articles[1:] for m in re.finditer(r"Trzaskowski(?= sprach)", a.text)]
    part = replace(report, mentions=first.mentions + tuple(surname))
    qs = resolve_story(alone, part, article_mentions(part))
    assert [(q.speaker.kind, q.speaker.entity, q.speaker.as_written) for q in qs] == [("pronoun", "per0", "er")]


def test_of_several_holders_the_one_introduced_with_the_role_s_body_is_chosen(ctx):
    got = speakers(ctx, [("bg", "Заглавие\nЛидерът на Синята партия Иван Петров и лидерът на Зелената партия Петър "
                                "Иванов се срещнаха."),
                         ("bg", "Заглавие\n„Няма да подкрепим кабинета“, каза лидерът на Зелената партия.")],
                   people=[["Иван Петров"], ["Петър Иванов"]])
    assert got == [(1, "per1", "role")]


def test_a_place_the_story_knows_gives_way_to_the_person_in_the_sentence(ctx):
    # one article's recogniser typed the canton an organisation; the story knows it as a place
    texts = [("it", "Titolo\nIl Canton Vallese ha chiuso le strade."),
             ("it", "Titolo\nAnna Rossi ha parlato in conferenza stampa.\n«Abbiamo trovato tre vittime», ha detto il "
                    "Canton Vallese.")]
    report = story(ctx, texts, [["Anna Rossi"]], [("LOC", {0: "LOC", 1: "ORG"}, ["Canton Vallese"])])
    alone = extract_quotes(report)
    assert [q.speaker.entity for q in alone] == ["x0"]  # the article alone takes the "organisation"
    qs = resolve_story(alone, report, article_mentions(report))
    assert [(q.speaker.entity, q.speaker.kind) for q in qs] == [("per0", "pronoun")]


def test_a_country_opening_its_sentence_as_the_subject_of_a_speech_verb_speaks(ctx):
    # "A Rússia declarou … que": the country speaks for its government, not the person quoted just before
    texts = [("pt", "Título\nAna Silva pediu aos apoiadores que votem.\n“Vamos mobilizar os cidadãos”, afirmou.\nA Rússia "
                    "declarou nesta segunda-feira que os resultados apresentam “anomalias” e geram “muitas perguntas”.")]
    assert speakers(ctx, texts, [["Ana Silva"]], [("LOC", {0: "LOC"}, ["Rússia"])]) == [
        (0, "per0", "pronoun"), (0, "x0", "organisation")]


@pytest.mark.parametrize("lang_a, intro, lang_b, quote", [
    # a role word qualified by the body the person works for: the one person of the story introduced with that body,
    # whatever their office (session 21)
    ("en", "Title\nKremlin spokesman Dmitry Peskov spoke to reporters. Maia Sandu, the candidate of the Kremlin's "
           "rivals, waited.",
     "en", "Title\n\"The figures certainly raise many questions,\" the Kremlin official told reporters. "
           "\"Such growth is hard to explain,\" Dmitry Peskov said."),
    ("ru", "Заголовок\nПресс-секретарь Кремля Дмитрий Песков ответил журналистам.",
     "ru", "Заголовок\n«Эти цифры вызывают много вопросов», — сказал представитель Кремля журналистам."),
    ("es", "Título\nEl portavoz del Kremlin, Dmitri Peskov, habló con los periodistas.",
     "es", "Título\n«Las cifras plantean muchas preguntas», dijo el responsable del Kremlin."),
])
def test_a_qualified_role_goes_to_the_one_person_introduced_with_its_qualifier(ctx, lang_a, intro, lang_b, quote):
    got = speakers(ctx, [(lang_a, intro), (lang_b, quote)],
                   people=[["Dmitry Peskov", "Дмитрий Песков", "Dmitri Peskov"], ["Maia Sandu"]])
    assert got[0] == (1, "per0", "role")


@pytest.mark.parametrize("lang, intro, quote", [
    # the story's one "leader" leads another party: the Greek leader is the one introduced as Greek, never him
    ("en", "Title\nLabour Party leader Keir Starmer met Greek Prime Minister Kyriakos Mitsotakis.",
     "Title\n\"We are baffled,\" the Greek leader said."),
    ("fr", "Titre\nLe chef du Labour, Keir Starmer, a reçu le Premier ministre grec, Kyriakos Mitsotakis.",
     "Titre\n« Nous sommes surpris », a déclaré le chef grec."),
    ("it", "Titolo\nIl leader laburista Keir Starmer ha incontrato il premier greco Kyriakos Mitsotakis.",
     "Titolo\n«Siamo sorpresi», ha detto il leader greco."),
])
def test_a_qualified_role_is_never_the_holder_of_its_office_introduced_otherwise(ctx, lang, intro, quote):
    got = speakers(ctx, [(lang, intro), (lang, quote)], people=[["Keir Starmer"], ["Kyriakos Mitsotakis"]])
    assert got[-1][0] == 1 and got[-1][1] != "per0"
