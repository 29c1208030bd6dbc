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


def strongest(framings: list[Framing]) -> dict[str, list[tuple[float, str]]]:
    """Per frame, its two highest scores among ``framings`` with their articles (an article's highest score of the
    frame counts once): the strongest other article of any one article, found without a pass over all others."""
    best: dict[str, dict[str, float]] = {}
    for fr in framings:
        for g in fr.frames:
            mine = best.setdefault(g.frame, {})
            if fr.article not in mine or g.score > mine[fr.article]:
                mine[fr.article] = g.score
    return {frame: sorted(((s, a) for a, s in scores.items()), key=lambda x: -x[0])[:2]
            for frame, scores in best.items()}


def frame_emphasis(mine: Framing, strongest_by_frame: dict[str, list[tuple[float, str]]]) -> list[str]:
    """Frames strong in ``mine`` and weak in every other framing (``strongest``: of every framing of the story)."""
    out = []
    for f in mine.frames:
        if f.score < STRONG:
            continue
        elsewhere = next((s for s, a in strongest_by_frame.get(f.frame, ()) if a != mine.article), 0.0)
        if f.score - elsewhere >= GAP:
            other = f"at most {elsewhere:.2f}" if elsewhere else "weak or absent"
            out.append(f"frame {f.frame}: {f.score:.2f} here, {other} in the other sources")
    return out


def technique_emphasis(mine: Framing, users: dict[str, int]) -> list[str]:
    """Techniques used at least twice here and never by the other sources (``users``: per technique, the framings
    of the story using it)."""
    counts: dict[str, int] = {}
    for t in mine.techniques:
        counts[t.technique] = counts.get(t.technique, 0) + 1
    return [f"technique {name}: {n} times here, not in the other sources"
            for name, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n >= 2 and users.get(name, 0) == 1]


def own_topics(story: Story, entities: tuple[Entity, ...]) -> dict[str, list[str]]:
    """Per article of ``story``: the entities it names repeatedly and no other article of the story names."""
    articles = set(story.articles)
    own: dict[str, list[tuple[int, str]]] = {}
    for e in entities:
        in_story = [a for a in e.articles if a in articles]
        if len(in_story) == 1:
            n = sum(1 for m in e.mentions if m.article == in_story[0])
            if n >= MIN_MENTIONS:
                own.setdefault(in_story[0], []).append((n, e.name))
    for topics in own.values():
        topics.sort(key=lambda x: (-x[0], x[1]))
    return {a: [f"topic {name}: named {n} times here only" for n, name in topics[:MAX_TOPICS]]
            for a, topics in own.items()}


def emphasis(framings: dict[str, Framing], stories: tuple[Story, ...], entities: tuple[Entity, ...]) -> dict[str, tuple[str, ...]]:
    """{article id: emphasis lines} for every article in a story with other articles.

    What the other articles hold is gathered once per story (each frame's two strongest articles, the articles
    using each technique, the articles naming each entity), so a story costs in proportion to its articles."""
    out: dict[str, tuple[str, ...]] = {}
    for story in stories:
        members = [a for a in story.articles if a in framings]
        if len(members) < 2:
            continue
        strong = strongest([framings[a] for a in members])
        users: dict[str, int] = {}
        for a in dict.fromkeys(members):
            for name in {t.technique for t in framings[a].techniques}:
                users[name] = users.get(name, 0) + 1
        topics = own_topics(story, entities)
        for a in members:
            lines = frame_emphasis(framings[a], strong) + technique_emphasis(framings[a], users)
            out[a] = tuple(lines + topics.get(a, []))
    return out
