"""The same statement across articles and languages (real multilingual embeddings)."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from storylens import segment
from storylens.api import load
from storylens.ingest import documents_from_texts
from storylens.model import Article, Entity, Mention, Quote, Speaker
from storylens.pipeline import Report
from storylens.quotes import run as quotes_stage
from storylens.quotes.link import _grouped
from storylens.quotes.linkwho import agree as _agree, differ as _differ, who_of as _who
from storylens.resources import Context

EN = ("Mayor Anna Kovacs said that the new bridge will open to traffic in March.\n"
      "“We will not raise local taxes to pay for it,” she added.\n"
      "An unnamed city engineer told reporters that the river bed had to be reinforced first.")
RU = ("Мэр Анна Ковач заявила, что новый мост откроют для движения в марте.\n"
      "Председатель совета Пётр Лукин заявил, что бюджет города на следующий год уже утверждён.\n"
      "«Мы не будем повышать местные налоги, чтобы за него заплатить», — добавила она.\n"
      "Как рассказал журналистам неназванный городской инженер, сначала пришлось укрепить дно реки.")


@pytest.fixture(scope="module")
def report():
    ctx = Context()
    arts, errors = load(documents_from_texts([EN, RU]))
    assert not errors
    arts = [replace(a, language=lang) for a, lang in zip(arts, ("en", "ru"))]
    rep = segment.STAGE(Report(articles=tuple(arts)), ctx)
    people = {"kovacs": ["Anna Kovacs", "Анна Ковач"], "lukin": ["Пётр Лукин"]}
    ents = []
    for eid, names in people.items():
        ms = tuple(Mention(a.id, m.start(), m.end(), m.group(), "PER", entity=eid)
                   for a in rep.articles for n in names for m in re.finditer(re.escape(n), a.text))
        ents.append(Entity(eid, "PER", names[0], tuple(names), tuple(sorted({m.article for m in ms})), ms))
    return quotes_stage(replace(rep, entities=tuple(ents)), ctx)


def by_text(report, article_no, needle):
    art = report.articles[article_no].id
    return next(q for q in report.quotes if q.article == art and needle in q.text)


def test_same_statement_is_linked_both_ways_across_languages(report):
    en, ru = by_text(report, 0, "new bridge"), by_text(report, 1, "новый мост")
    assert en.same_as == (ru.id,) and ru.same_as == (en.id,)
    en, ru = by_text(report, 0, "raise local taxes"), by_text(report, 1, "повышать местные налоги")
    assert (en.speaker.entity, ru.speaker.entity) == ("kovacs", "kovacs")
    assert en.same_as == (ru.id,)


def test_unnamed_sources_are_matched_by_their_descriptions(report):
    en, ru = by_text(report, 0, "river bed"), by_text(report, 1, "дно реки")
    assert en.speaker.entity is None and ru.speaker.kind == "unnamed"
    assert en.same_as == (ru.id,)


def test_another_speaker_is_never_linked(report):
    lukin = by_text(report, 1, "бюджет города")
    assert lukin.speaker.entity == "lukin"
    assert lukin.same_as == ()


def test_a_translation_links_even_when_one_speaker_is_unresolved():
    ctx = Context()
    texts = ["She said that the new bridge will open to traffic in March.",
             "Анна Ковач заявила, что новый мост откроют для движения в марте."]
    arts, _ = load(documents_from_texts(texts))
    arts = [replace(a, language=lang) for a, lang in zip(arts, ("en", "ru"))]
    rep = segment.STAGE(Report(articles=tuple(arts)), ctx)
    ru = rep.articles[1]
    start = ru.text.index("Анна Ковач")
    m = Mention(ru.id, start, start + len("Анна Ковач"), "Анна Ковач", "PER", entity="kovacs")
    rep = quotes_stage(replace(rep, entities=(Entity("kovacs", "PER", "Анна Ковач", ("Анна Ковач",), (ru.id,), (m,)),)),
                       ctx)
    en_q, ru_q = rep.quotes
    assert en_q.same_as == (ru_q.id,)
    # one naming version is not enough for the open pronoun to take its person (quotes.threads.NAMING)
    assert (en_q.speaker.text, en_q.speaker.entity) == ("She", None)



def _quote(qid, article, speaker, entity=None, kind="named"):
    return Quote(qid, article, "words", 0, 5, "direct", Speaker(speaker, entity, kind))


def _article(aid, language):
    return Article(aid, "", "", language)


def test_a_speaker_agrees_with_the_story_entity_across_scripts_and_case_endings():
    arts = (_article("a", "uk"), _article("b", "en"), _article("c", "en"))
    peskov = Entity("peskov", "PER", "Dmitry Peskov", ("Dmitry Peskov", "Пєсков"), ("a", "b"),
                    (Mention("b", 0, 13, "Dmitry Peskov", "PER", entity="peskov"),))
    qs = [_quote("a:q1", "a", "У Пєскова"), _quote("b:q1", "b", "Peskov", "peskov"), _quote("c:q1", "c", "Putin"),
          _quote("c:q2", "c", "Peskov", "peskov", kind="pronoun")]
    who = _who(qs, Report(articles=arts, entities=(peskov,)))
    assert who[0].person and who[1].person and not who[3].person  # a pronoun resolved to a person may be wrong
    assert _agree(who[0], who[1]) and not _agree(who[1], who[2]) and _agree(who[3], who[1])
    assert _differ(who[0], who[2]) and not _differ(who[3], who[2])


def test_different_persons_never_meet_in_one_group_even_through_an_unnamed_source():
    arts = tuple(_article(a, "en") for a in "abc")
    people = tuple(Entity(e, "PER", n, (n,), (a,), (Mention(a, 0, len(n), n, "PER", entity=e),))
                   for e, n, a in (("e-kovacs", "Anna Kovacs", "a"), ("e-lukin", "Petr Lukin", "c")))
    qs = [_quote("a:q1", "a", "Anna Kovacs", "e-kovacs"), _quote("b:q1", "b", "an official", kind="unnamed"),
          _quote("c:q1", "c", "Petr Lukin", "e-lukin")]
    who = _who(qs, Report(articles=arts, entities=people))
    assert _differ(who[0], who[2]) and not _differ(who[0], who[1])
    out = _grouped(list("abc"), who, [(0.95, 0, 1, True), (0.93, 1, 2, True)], lambda i, j: 0.9)  # the closer link wins
    assert out == {0: {1}, 1: {0}}  # (not two persons)


def test_one_close_pair_does_not_chain_one_speaker_s_different_statements():
    arts = tuple(_article(a, "en") for a in "abc")
    qs = [_quote(f"{a}:q1", a, "an official", kind="unnamed") for a in "abc"]
    who = _who(qs, Report(articles=arts))
    # a~b and b~c are close, a and c are two different statements: the group a+b does not take c
    close = {(0, 1): 0.9, (1, 2): 0.85, (0, 2): 0.6}
    out = _grouped(list("abc"), who, [(0.9, 0, 1, False), (0.85, 1, 2, False)], lambda i, j: close[min(i, j), max(i, j)])
    assert out == {0: {1}, 1: {0}}
    close[0, 2] = 0.82  # all three versions of one statement: one group
    out = _grouped(list("abc"), who, [(0.9, 0, 1, False), (0.85, 1, 2, False)], lambda i, j: close[min(i, j), max(i, j)])
    assert out == {0: {1}, 1: {0, 2}, 2: {1}}


def test_a_person_s_group_and_an_organisation_s_group_join_only_through_a_translation():
    # a mayor's words and her city council's statement about one event: alike, yet two sources unless two whole
    # quotes are as close as translations (a spokesman's words given to his office)
    arts = tuple(_article(a, "en") for a in "abcd")
    ents = (Entity("e-kovacs", "PER", "Anna Kovacs", ("Anna Kovacs",), ("a", "b"),
                   tuple(Mention(a, 0, 11, "Anna Kovacs", "PER", entity="e-kovacs") for a in "ab")),
            Entity("e-council", "ORG", "City Council", ("City Council",), ("c", "d"), ()))
    qs = [_quote("a:q1", "a", "Anna Kovacs", "e-kovacs"), _quote("b:q1", "b", "Anna Kovacs", "e-kovacs"),
          _quote("c:q1", "c", "City Council", "e-council", "organisation"),
          _quote("d:q1", "d", "City Council", "e-council", "organisation")]
    who = _who(qs, Report(articles=arts, entities=ents))
    assert not _differ(who[0], who[2])
    links = [(0.95, 0, 1, True), (0.94, 2, 3, True), (0.88, 1, 2, False)]
    out = _grouped(list("abcd"), who, links, lambda i, j: 0.9)
    assert out == {0: {1}, 1: {0}, 2: {3}, 3: {2}}
    links[2] = (0.93, 1, 2, True)
    assert _grouped(list("abcd"), who, links, lambda i, j: 0.9)[1] == {0, 2}


def test_two_organisations_are_different_speakers():
    arts = tuple(_article(a, "en") for a in "ab")
    orgs = tuple(Entity(e, "ORG", e, (e,), (a,), ()) for e, a in (("Reuters", "a"), ("Kremlin", "b")))
    qs = [_quote("a:q1", "a", "Reuters", "Reuters", "organisation"), _quote("b:q1", "b", "Kremlin", "Kremlin")]
    who = _who(qs, Report(articles=arts, entities=orgs))
    assert _differ(who[0], who[1]) and not _differ(who[0], who[0])


def test_the_linking_stage_function_is_not_hidden_by_its_submodule():
    import storylens.quotes as package
    import storylens.quotes.link  # noqa: F401  (the submodule is now an attribute of the package)

    assert callable(package.link_part) and package.LINKS.fn is package.link_part


def test_a_group_never_holds_two_different_statements_of_one_article():
    # a speech quoted in article a as two quotations: a chain of close versions in b and c must not join them
    arts = tuple(_article(a, "en") for a in "abc")
    qs = [_quote("a:q1", "a", "an official", kind="unnamed"), _quote("a:q2", "a", "an official", kind="unnamed"),
          _quote("b:q1", "b", "an official", kind="unnamed"), _quote("c:q1", "c", "an official", kind="unnamed")]
    who = _who(qs, Report(articles=arts))
    links = [(0.95, 0, 2, False), (0.93, 2, 3, False), (0.92, 3, 1, False)]
    out = _grouped(list("aabc"), who, links, lambda i, j: 0.9, lambda i, j: True)
    assert out == {0: {2}, 2: {0, 3}, 3: {2}}
    # two quotations that repeat one statement (a lead and its body) may meet in one group
    out = _grouped(list("aabc"), who, links, lambda i, j: 0.9, lambda i, j: False)
    assert out[3] == {2, 1}


def test_a_group_holds_few_sources_however_alike_their_words():
    # five outlets each quote another source on one event (a coast guard spokesman, the governor, a charity, a
    # ministry official, a survivor): alike words (the same toll) chain them pair by pair through open speakers;
    # one statement's thread names one source, at most in a few ways, so the chain stops at MAX_SOURCES
    from storylens.quotes.link import MAX_SOURCES, _sources
    from storylens.quotes.linkwho import Relations

    arts = tuple(_article(a, "en") for a in "abcde")
    qs = [_quote("a:q1", "a", "a coast guard spokesman", kind="unnamed"),
          _quote("b:q1", "b", "the governor", kind="role"),
          _quote("c:q1", "c", "Alarm Phone", kind="organisation"),
          _quote("d:q1", "d", "a ministry official", kind="unnamed"),
          _quote("e:q1", "e", "a survivor", kind="unnamed")]
    rel = Relations(qs, Report(articles=arts))
    links = [(0.92 - k / 100, k, k + 1, False) for k in range(4)]
    chained = _grouped(list("abcde"), rel.who, links, lambda i, j: 0.9)
    assert chained[4] == {3}  # without the guard: one group of five sources
    out = _grouped(list("abcde"), rel.who, links, lambda i, j: 0.9, sources=_sources(qs, rel))
    assert MAX_SOURCES == 3 and out[2] == {1} and out[3] == {4}  # a+b+c; the ministry official starts another
    # one source described alike in every outlet is one source: the thread takes them all
    same = [_quote(f"{a}:q1", a, "a coast guard spokesman", kind="unnamed") for a in "abcde"]
    rel = Relations(same, Report(articles=arts))
    assert _grouped(list("abcde"), rel.who, links, lambda i, j: 0.9, sources=_sources(same, rel))[4] == {3}


def test_an_organisation_and_its_acronym_or_short_name_are_one_speaker_across_languages():
    # the entities stage kept each pair as two entities: the words of one name are in the other, or one is the
    # other's initials (uk, ru, en); two bodies with alike names but other words stay two speakers
    from storylens.quotes.linkwho import AGREE, DIFFER, Relations, one_body
    assert one_body(["ДСНС"], ["Державна служба з надзвичайних ситуацій"])
    assert one_body(["ГСЧС"], ["Государственная служба по чрезвычайным ситуациям"])
    assert one_body(["ГСЧС"], ["State Emergency Service", "ГСЧС Украины"])
    assert one_body(["Post"], ["The Washington Post"])
    assert one_body(["National Cybersecurity Centre"], ["Portuguese National Cybersecurity Center"])
    assert not one_body(["European Commission", "EC"], ["European Central Bank", "ECB"])
    assert not one_body(["Ministry of Defence"], ["Ministry of Health"])
    assert not one_body(["САП", "Спеціалізована антикорупційна прокуратура"], ["НАБУ", "National Anti-Corruption Bureau"])
    arts = (_article("a", "uk"), _article("b", "ru"), _article("c", "en"))
    ents = (Entity("e-dsns", "ORG", "ДСНС", ("ДСНС", "Державна служба з надзвичайних ситуацій"), ("a",), ()),
            Entity("e-gschs", "ORG", "ГСЧС", ("ГСЧС",), ("b",), ()),
            Entity("e-ses", "ORG", "State Emergency Service", ("State Emergency Service", "ГСЧС Украины"), ("c",), ()),
            Entity("e-police", "ORG", "National Police", ("National Police",), ("c",), ()))
    qs = [_quote("a:q1", "a", "ДСНС", "e-dsns", "organisation"), _quote("b:q1", "b", "ГСЧС", "e-gschs", "organisation"),
          _quote("c:q1", "c", "State Emergency Service", "e-ses", "organisation"),
          _quote("c:q2", "c", "National Police", "e-police", "organisation")]
    rel = Relations(qs, Report(articles=arts, entities=ents))
    assert rel(1, 2) == AGREE and rel(1, 3) == DIFFER
    assert rel(0, 3) == DIFFER
    # a short name within two bodies that are not one joins neither
    ents = (Entity("e-post", "ORG", "Post", ("Post",), ("a",), ()),
            Entity("e-wapo", "ORG", "The Washington Post", ("The Washington Post",), ("b",), ()),
            Entity("e-nypost", "ORG", "New York Post", ("New York Post",), ("c",), ()))
    qs = [_quote(f"{a}:q1", a, e.name, e.id, "organisation") for a, e in zip("abc", ents)]
    rel = Relations(qs, Report(articles=arts, entities=ents))
    assert rel(1, 2) == DIFFER and rel(0, 1) == DIFFER and rel(0, 2) == DIFFER
