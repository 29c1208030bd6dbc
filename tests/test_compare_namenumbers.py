"""Rule ``name number``: a number written right after a name in two or more articles is part of the name."""
from __future__ import annotations

from compare_helpers import KeywordEmbedder
from compare_helpers import article as _article
from storylens.claims import find_claims
from storylens.compare.align import StoryComparison
from storylens.compare.valuerows import value_groups
from storylens.model import Story
from storylens.pipeline import Report
from storylens.resources import Context


def _values(articles, names: dict[str, str]) -> list[tuple[str, object]]:
    """(article, value) of every value mention the rows hold; ``names``: a written name -> its entity id."""
    ctx = Context()
    ctx.__dict__["embedder"] = KeywordEmbedder({"raid": 0, "studio": 1}, 8, noise=0.01)
    story = Story("s1", "t", tuple(a.id for a in articles))
    claims = list(find_claims(Report(articles=tuple(articles), stories=(story,)), ctx).claims)
    mentions = {a.id: sorted((a.text.index(n), a.text.index(n) + len(n), eid) for n, eid in names.items() if n in a.text)
                for a in articles}
    sc = StoryComparison(story, claims, ctx, {a.id: a.language for a in articles}, mentions)
    return sorted((m.article, m.value.value) for row in value_groups(sc) for m in row.mentions)


def test_a_number_two_articles_write_after_a_name_is_part_of_the_name():
    found = _values([_article("a", "en", "Police searched the Zenit 47 studio and 30 homes."),
                     _article("b", "pl", "Policja przeszukała studio Zenit 47 i 30 domów.")],
                    {"Zenit": "e-zenit"})
    assert found == [("a", 30), ("b", 30)]


def test_a_count_after_a_name_in_one_article_stays_a_count():
    found = _values([_article("a", "de", "Es hieß, dass Zenit 47 Stellen streicht."),
                     _article("b", "en", "Zenit will cut 47 jobs.")],
                    {"Zenit": "e-zenit"})
    assert found == [("a", 47), ("b", 47)]


def test_a_number_the_recogniser_took_into_a_name_is_part_of_the_name():
    found = _values([_article("a", "en", "Police searched the Zenit 47 studio and 30 homes."),
                     _article("b", "pl", "Policja przeszukała studio Zenit 47 i 30 domów.")],
                    {"Zenit 47": "e-zenit-47"})
    assert found == [("a", 30), ("b", 30)]
