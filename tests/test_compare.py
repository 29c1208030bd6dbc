"""Comparison: agreed, single-source, conflicting and disputed groups, blocked candidates, stories kept apart."""
from __future__ import annotations

import zlib

import numpy as np
import pytest

from storylens.claims import find_claims
from storylens.compare import compare
from storylens.compare.align import StoryComparison
from dataclasses import replace

from storylens.model import Article, Entity, Mention, Sentence, Story
from storylens.pipeline import Report
from storylens.resources import Context

TOPICS = {  # keyword -> topic; texts sharing a topic embed close together, as translations do
    "plant": 0, "завод": 0, "leader": 1, "лидер": 1, "cost": 2, "стоим": 2, "standard": 3, "стандарт": 3,
    "open": 4, "откр": 4, "weather": 5,
}


class TopicEmbedder:
    """A stand-in for the sentence model: one direction per topic keyword plus a little per-text noise."""

    def __init__(self, dim: int = 64):
        self.dim = dim
        self.calls = 0

    def embed(self, texts):
        out = []
        for t in texts:
            rng = np.random.default_rng(zlib.crc32(t.encode()))
            v = rng.standard_normal(self.dim) * 0.03
            for word, topic in TOPICS.items():
                if word in t.lower():
                    v[topic] += 1.0
            out.append(v / np.linalg.norm(v))
            self.calls += 1
        return np.array(out, dtype=np.float32).reshape(len(texts), self.dim)


def _ctx() -> Context:
    ctx = Context()
    ctx.__dict__["embedder"] = TopicEmbedder()
    return ctx


def _article(aid: str, language: str, *sentences: str) -> Article:
    text = " ".join(sentences)
    out, at = [], 0
    for i, s in enumerate(sentences):
        out.append(Sentence(i, at, at + len(s), s, language))
        at += len(s) + 1
    return Article(aid, f"{aid}.txt", text, language, sentences=tuple(out))


def _run(*articles: Article, stories=None) -> Report:
    ctx = _ctx()
    report = Report(articles=articles, stories=stories or (Story("s1", "t", tuple(a.id for a in articles)),))
    return compare(find_claims(report, ctx), ctx)


def _groups_with(report: Report, text: str):
    ids = {c.id for c in report.claims if text in c.text}
    return [g for g in report.comparison if ids & set(g.claims)]


def test_same_count_of_the_same_thing_agrees_but_a_count_of_people_stays_out():
    r = _run(_article("en", "en", "The project includes the building of four plants near the city.",
                      "The visit came after four other Central Asian leaders met the president."),
             _article("ru1", "ru", "В рамках проекта будут построены четыре завода по выпуску снарядов."),
             _article("ru2", "ru", "Проект предусматривает создание четырёх заводов по выпуску снарядов."))
    plants = [g for g in _groups_with(r, "four plants") if g.value == 4]
    assert len(plants) == 1 and plants[0].status == "agreed" and set(plants[0].articles) == {"en", "ru1", "ru2"}
    leaders = [g for g in _groups_with(r, "leaders") if g.value == 4]
    assert [g.status for g in leaders] == ["single_source"]
    assert not set(leaders[0].claims) & set(plants[0].claims)


def test_equal_money_in_different_forms_agrees():
    r = _run(_article("en", "en", "The total cost of the programme is $1 billion, officials say."),
             _article("ru", "ru", "Общая стоимость программы оценивается в миллиард долларов."))
    money = [g for g in r.comparison if g.topic.startswith("money")]
    assert [(g.status, g.value, len(g.articles)) for g in money] == [("agreed", 1_000_000_000, 2)]


def test_different_values_for_the_same_thing_conflict():
    r = _run(_article("en", "en", "The total cost of the programme is $1 billion, officials say."),
             _article("ru", "ru", "Общая стоимость программы оценивается в два миллиарда долларов."))
    money = [g for g in r.comparison if g.topic.startswith("money")]
    assert [g.status for g in money] == ["conflicting"]
    assert sorted(money[0].value) == [1_000_000_000, 2_000_000_000]


def test_two_years_in_one_article_are_not_a_conflict():
    r = _run(_article("en", "en", "The first plant will open in 2027 as planned.",
                      "The second plant will open in 2029 as planned."))
    years = [g for g in r.comparison if g.topic.startswith("year")]
    assert sorted(g.status for g in years) == ["single_source", "single_source"]


def _with_entity(report: Report, name: str) -> Report:
    """Add one entity linked across articles at every occurrence of ``name`` or its Russian spelling."""
    mentions = []
    for a in report.articles:
        for form in (name, "НАТО"):
            at = a.text.find(form)
            while at >= 0:
                mentions.append(Mention(a.id, at, at + len(form), form, "ORG", entity="e1"))
                at = a.text.find(form, at + 1)
    return replace(report, entities=(Entity("e1", "ORG", name, (name, "НАТО"), (), tuple(mentions)),))


def test_asserted_by_one_source_and_only_allowed_for_by_another_is_disputed():
    ctx = _ctx()
    arts = (_article("en", "en", "The plants will make NATO standard shells, the ministry said on Monday."),
            _article("ru", "ru", "Заводы откроются весной.",
                     "В документации предусмотрена лишь возможность выпуска по стандартам НАТО."))
    report = _with_entity(Report(articles=arts, stories=(Story("s1", "t", ("en", "ru")),)), "NATO")
    r = compare(find_claims(report, ctx), ctx)
    groups = [g for g in _groups_with(r, "NATO standard") if set(g.articles) == {"en", "ru"}]
    assert [g.status for g in groups] == ["disputed"]
    assert "only allowed for" in groups[0].note and groups[0].note.endswith("ru")


def test_a_qualifier_in_one_translation_only_is_wording_not_a_dispute():
    r = _run(_article("en", "en", "The factories will make NATO standard ammunition for the army."),
             _article("ru", "ru", "Документация предусматривает лишь возможность выпуска боеприпасов стандарта НАТО."))
    assert [g.status for g in _groups_with(r, "NATO standard")] == ["agreed"]


def test_the_same_statement_in_two_sources_agrees():
    r = _run(_article("en", "en", "The factories will make NATO standard ammunition for the army."),
             _article("ru", "ru", "Предприятия будут выпускать боеприпасы стандарта НАТО для армии."))
    assert [g.status for g in _groups_with(r, "NATO standard")] == ["agreed"]


def test_groups_never_cross_stories():
    a = _article("a", "en", "The total cost of the programme is $1 billion, officials say.")
    b = _article("b", "en", "The total cost of the bridge is $1 billion, the mayor says.")
    r = _run(a, b, stories=(Story("s1", "one", ("a",)), Story("s2", "two", ("b",))))
    for g in r.comparison:
        assert len(g.articles) == 1 and g.story == ("s1" if g.articles == ("a",) else "s2")


def test_candidates_are_blocked_not_all_pairs():
    rng = np.random.default_rng(1)
    words = ["alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa", "theta", "zeta", "iota"]
    articles = [_article(f"a{i}", "en", *(" ".join(rng.choice(words, 8)) + f" item {words[i % 10]}{words[j]}." for j in range(10)))
                for i in range(80)]
    ctx = _ctx()
    report = find_claims(Report(articles=tuple(articles)), ctx)
    sc = StoryComparison(Story("s", "t", tuple(a.id for a in articles)), list(report.claims), ctx,
                          {a.id: "en" for a in articles})
    n = len(report.claims)
    assert len(sc.pairs) < 0.05 * n * (n - 1) / 2


def test_a_translated_sentence_writing_another_ordinal_conflicts():
    r = _run(_article("en", "en", "The plant became the 38th plant of the network."),
             _article("ru", "ru", "Завод стал 58-м заводом сети."))
    # ranks are values marked ordinal: their value row holds the conflict, or the written-number rule does; one row
    assert [sorted(map(str, g.value)) for g in r.comparison if g.status == "conflicting"] == [["38", "58"]]


def test_a_plain_number_and_an_ordinal_are_not_one_number_changed():
    r = _run(_article("en", "en", "The plant opened with 1 line."),
             _article("ru", "ru", "Завод открылся и стал 21-м заводом."))
    assert not [g for g in r.comparison if g.status == "conflicting"]


def test_conflicts_do_not_chain_values_of_different_things_into_one_row():
    r = _run(_article("a", "en", "The plant has 27 member plants in the network."),
             _article("b", "en", "The plant has 21 plants in the network."),
             _article("c", "en", "The plant has 350 plant workers in the network."))
    rows = [g for g in r.comparison if g.status == "conflicting"]
    assert rows and all(len(g.value) == 2 for g in rows)


def test_dates_of_one_day_in_different_years_and_times_are_not_one_value():
    from storylens.compare.valuereads import full_date
    from storylens.valuecompare import dimension
    from storylens.values import extract

    jan_2007, jan_2026 = extract("on 1 January 2007", "en")[0], extract("on 1 January 2026", "en")[0]
    assert full_date(jan_2007) and full_date(jan_2026) and str(jan_2007.value) != str(jan_2026.value)
    assert dimension(extract("at 12:33 on Monday", "en")[0]) == "time"
    assert dimension(extract("on 28 April", "en")[0]) == "date"


def _published(article: Article, day: str) -> Article:
    return replace(article, published=day)


def test_a_row_states_a_yearless_date_in_full_and_never_joins_the_other_years_date():
    r = _run(_published(_article("a", "en", "Prices are shown in both currencies since 8 August, the plant said."),
                        "2026-01-02"),
             _published(_article("b", "en", "Prices will be shown in both currencies until 8 August 2026, the plant said."),
                        "2026-01-01"),
             _published(_article("c", "en", "Since 8 August prices are shown in both currencies, the plant said."),
                        "2025-12-30"))
    dates = {g.value if not isinstance(g.value, list) else tuple(g.value): g for g in r.comparison
             if g.topic.startswith("date")}
    assert "2025-08-08" in dates and "2026-08-08" in dates  # the August before January 2026, and the one given
    assert set(dates["2025-08-08"].articles) == {"a", "c"}
    assert dates["2026-08-08"].articles == ("b",)
