"""The stream set names the gold stories a predicted story mixes, so a loss of precision can be traced."""
from types import SimpleNamespace

from storylens.evaluate import stream


def test_mixed_names_each_gold_story_in_a_predicted_story_with_its_count():
    gold = {"a1": "quake", "a2": "quake", "a3": "quake", "b1": "strike", "c1": "vote"}
    lines = stream.mixed([["a1", "a2", "b1", "a3"], ["c1"]], gold)
    assert lines == ["one predicted story holds quake 3 + strike 1"]
    assert stream.mixed([["a1", "a2"], ["b1"]], gold) == []


def test_the_stream_notes_list_the_mixed_stories_of_every_order():
    gold = {"a1": "quake", "a2": "quake", "b1": "strike", "b2": "strike"}
    docs = [SimpleNamespace(id=a) for a in gold]
    analyse = lambda ds: [SimpleNamespace(dropped=False, article=SimpleNamespace(id=d.id)) for d in ds]  # noqa: E731
    cluster = lambda order: [["a1", "a2", "b1"], ["b2"]]  # noqa: E731
    sec = stream.evaluate(docs, gold, analyse, cluster, orders=2)
    mixed = [n for n in sec.notes if "one predicted story holds" in n]
    assert mixed == ["  order 1: one predicted story holds quake 2 + strike 1",
                     "  order 2: one predicted story holds quake 2 + strike 1"]
