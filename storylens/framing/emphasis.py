"""Per story: what each source emphasises that the others covering it don't.

A frame is emphasised by an article when it is strong there and clearly weaker
in every other article of the story; an entity is a topic of its own when only
that article names it, repeatedly. Stories of one article have no emphasis.
"""
from __future__ import annotations

from ..model import Entity, Framing, Story

STRONG = 0.3  # a frame at least this strong...
GAP = 0.15    # ...and this much stronger than anywhere else in the story
MIN_MENTIONS = 2
MAX_TOPICS = 3


def frame_emphasis(mine: Framing, others: list[Framing]) -> list[str]:
    """Frames strong in ``mine`` and weak in every other framing."""
    out = []
    for f in mine.frames:
        if f.score < STRONG:
            continue
        elsewhere = max((g.score for o in others for g in o.frames if g.frame == f.frame), default=0.0)
        if f.score - elsewhere >= GAP:
            other = f"at most {elsewhere:.2f}" if elsewhere else "weak or absent"
            out.append(f"frame {f.frame}: {f.score:.2f} here, {other} in the other sources")
    return out


def technique_emphasis(mine: Framing, others: list[Framing]) -> list[str]:
    """Techniques used at least twice here and never by the other sources."""
    counts: dict[str, int] = {}
    for t in mine.techniques:
        counts[t.technique] = counts.get(t.technique, 0) + 1
    used_elsewhere = {t.technique for o in others for t in o.techniques}
    return [f"technique {name}: {n} times here, not in the other sources"
            for name, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n >= 2 and name not in used_elsewhere]


def topic_emphasis(article: str, story: Story, entities: tuple[Entity, ...]) -> list[str]:
    """Entities named repeatedly in this article and in no other article of the story."""
    own = []
    for e in entities:
        in_story = [a for a in e.articles if a in story.articles]
        if in_story == [article]:
            n = sum(1 for m in e.mentions if m.article == article)
            if n >= MIN_MENTIONS:
                own.append((n, e.name))
    own.sort(key=lambda x: (-x[0], x[1]))
    return [f"topic {name}: named {n} times here only" for n, name in own[:MAX_TOPICS]]


def emphasis(framings: dict[str, Framing], stories: tuple[Story, ...], entities: tuple[Entity, ...]) -> dict[str, tuple[str, ...]]:
    """{article id: emphasis lines} for every article in a story with other articles."""
    out: dict[str, tuple[str, ...]] = {}
    for story in stories:
        members = [a for a in story.articles if a in framings]
        if len(members) < 2:
            continue
        for a in members:
            others = [framings[b] for b in members if b != a]
            lines = frame_emphasis(framings[a], others) + technique_emphasis(framings[a], others)
            out[a] = tuple(lines + topic_emphasis(a, story, entities))
    return out
