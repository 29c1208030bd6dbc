from storylens.framing import emphasis
from storylens.model import Entity, FrameScore, Framing, Mention, Story, Technique


def fr(article, frames, techniques=()):
    return Framing(article, None, tuple(FrameScore(f, s) for f, s in frames),
                   tuple(Technique(t, t.lower(), 0, 1) for t in techniques))


def test_frame_strong_here_and_weak_elsewhere_is_emphasised():
    framings = {
        "a": fr("a", [("Economic", 0.7), ("Security and defense", 0.8)]),
        "b": fr("b", [("Economic", 0.2), ("Security and defense", 0.75)]),
    }
    out = emphasis.emphasis(framings, (Story("s1", "t", ("a", "b")),), ())
    assert any("Economic" in line for line in out["a"])
    assert not any("Security" in line for line in out["a"] + out["b"])
    assert out["b"] == ()


def test_techniques_and_own_topics():
    framings = {
        "a": fr("a", [], ["Rhetorical question", "Rhetorical question"]),
        "b": fr("b", [], ["Doubt"]),
    }
    ms = tuple(Mention("a", i, i + 3, "Foo", "ORG", entity="e1") for i in range(3))
    ents = (Entity("e1", "ORG", "Foo", ("Foo",), ("a",), ms),)
    out = emphasis.emphasis(framings, (Story("s1", "t", ("a", "b")),), ents)
    assert any("Rhetorical question" in line for line in out["a"])
    assert any("Foo" in line for line in out["a"])
    assert not any("Doubt" in line for line in out["b"])  # used only once


def test_single_article_story_has_no_emphasis():
    framings = {"a": fr("a", [("Economic", 0.9)])}
    assert emphasis.emphasis(framings, (Story("s1", "t", ("a",)),), ()) == {}
