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


def _reference(framings, stories, entities):
    """Emphasis by its definition: every article against every other article of its story."""
    out = {}
    for story in stories:
        members = [a for a in story.articles if a in framings]
        if len(members) < 2:
            continue
        for a in members:
            mine, others = framings[a], [framings[b] for b in members if b != a]
            lines = []
            for f in mine.frames:
                elsewhere = max((g.score for o in others for g in o.frames if g.frame == f.frame), default=0.0)
                if f.score >= emphasis.STRONG and f.score - elsewhere >= emphasis.GAP:
                    other = f"at most {elsewhere:.2f}" if elsewhere else "weak or absent"
                    lines.append(f"frame {f.frame}: {f.score:.2f} here, {other} in the other sources")
            counts = {}
            for t in mine.techniques:
                counts[t.technique] = counts.get(t.technique, 0) + 1
            used = {t.technique for o in others for t in o.techniques}
            lines += [f"technique {n}: {k} times here, not in the other sources"
                      for n, k in sorted(counts.items(), key=lambda kv: -kv[1]) if k >= 2 and n not in used]
            own = []
            for e in entities:
                if [x for x in e.articles if x in story.articles] == [a]:
                    k = sum(1 for m in e.mentions if m.article == a)
                    if k >= emphasis.MIN_MENTIONS:
                        own.append((k, e.name))
            own.sort(key=lambda x: (-x[0], x[1]))
            lines += [f"topic {name}: named {k} times here only" for k, name in own[:emphasis.MAX_TOPICS]]
            out[a] = tuple(lines)
    return out


def test_emphasis_gathered_once_per_story_is_emphasis_by_its_definition():
    import random

    rng = random.Random(11)
    frames = ["Economic", "Political", "Security and defense", "Public opinion"]
    techniques = ["Doubt", "Loaded language", "Exaggeration", "Whataboutism", "Appeal to fear", "Name calling",
                  "Conspiracy framing", "Rhetorical question"]
    ids = [f"a{k}" for k in range(12)]
    scores = [0.1, 0.3, 0.45, 0.5, 0.7, 0.9]
    framings = {a: fr(a, [(f, rng.choice(scores)) for f in rng.sample(frames, rng.randint(0, 4))],
                      [t for t in rng.sample(techniques, rng.randint(0, 2)) for _ in range(rng.randint(1, 3))])
                 for a in ids}
    ents = []
    for k in range(15):
        named = rng.sample(ids, rng.randint(1, 3))
        ms = tuple(Mention(a, i, i + 1, f"E{k}", "ORG", entity=f"e{k}")
                   for a in named for i in range(rng.randint(1, 3)))
        ents.append(Entity(f"e{k}", "ORG", f"E{k}", (f"E{k}",), tuple(named), ms))
    stories = (Story("s1", "t", tuple(ids[:7])), Story("s2", "t", tuple(ids[7:])), Story("s3", "t", ("a0",)))
    out = emphasis.emphasis(framings, stories, tuple(ents))
    assert out == _reference(framings, stories, tuple(ents))
    assert any(line.startswith("frame") for lines in out.values() for line in lines)
    assert any(line.startswith("technique") for lines in out.values() for line in lines)
    assert any(line.startswith("topic") for lines in out.values() for line in lines)
