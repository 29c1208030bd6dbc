"""One-word places named by exonym, per story: Elbe = Elba = Łaba, Sassonia = Saxony.

The gazetteer lists cities, regions and countries; rivers, mountains and regions
whose exonym the data lacks are named in each language its own way. Such names
keep their consonants across languages (``landmarks.sound_key``: Elbe, Elba,
Łaba are l-b; Sassonia, Saxony s-n) and mean the same to the multilingual
embedding model. Two clusters of one story link when:

- neither is a person or an organisation, and at most one is a listed place
  (two listed places are already one or two different places);
- they share no language (within one language the keys have had their chance),
  and neither holds the other;
- one of their one-word names has the same sound key of two consonants or more,
  and those names are close in meaning (cosine >= 0.88);
- each is the other's only such match in that language.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Sequence

from ..disjoint import DisjointSets
from .landmarks import sound_key
from .link import Work, clusters_of, is_acronym_text, parts_and_wholes, per_story, vote, words

FLOOR = 0.88  # Elbe/Elba 0.96, Elba/Łaba 0.90, Sassonia/Saxony 0.92; Elbe/Oder 0.81, Elbe/Elster 0.86
MIN_KEY, MIN_LETTERS = 2, 4
_LISTED = ("terr:", "city:", "region:")


def _names(items: list[Work]) -> set[str]:
    """The cluster's one-word capitalised names (no acronym, four letters or more), in their dictionary form."""
    return {w.normal for w in items if len(words(w.normal)) == 1 and w.normal[:1].isupper()
            and not is_acronym_text(w.normal) and len(w.normal) >= MIN_LETTERS}


def link_exonyms(ws: Sequence[Work], uf: DisjointSets, embed: Callable[[list[str]], object] | None) -> None:
    if embed is None:
        return
    for story_ws in per_story(ws):
        _link_story(story_ws, uf, embed)


def _link_story(ws: Sequence[Work], uf: DisjointSets, embed) -> None:
    clusters = clusters_of(ws, uf)
    keyed: dict[str, list[tuple[int, str]]] = defaultdict(list)
    listed: dict[int, bool] = {}
    langs: dict[int, frozenset] = {}
    for root, items in clusters.items():
        if vote(items) in ("PER", "ORG"):
            continue
        names = _names(items)
        if not names:
            continue
        listed[root] = any(k.startswith(_LISTED) for w in items for k in w.keys)
        langs[root] = frozenset(w.lang for w in items)
        for n in names:
            if len(key := sound_key(n, next(w.lang for w in items if w.normal == n))) >= MIN_KEY:
                keyed[key].append((root, n))
    pairs = {(a, b, x, y) for block in keyed.values() for i, (a, x) in enumerate(block) for b, y in block[i + 1:]
             if a != b and not (listed[a] and listed[b]) and not langs[a] & langs[b]}
    if not pairs:
        return
    holds = parts_and_wholes(clusters)
    pairs = {p for p in pairs if (p[0], p[1]) not in holds and (p[1], p[0]) not in holds}
    texts = sorted({t for p in pairs for t in p[2:]})
    if not texts:
        return
    vecs = embed(texts)
    index = {t: i for i, t in enumerate(texts)}
    sims = vecs @ vecs.T
    close: dict[tuple[int, int], float] = {}
    for a, b, x, y in pairs:
        s = float(sims[index[x], index[y]])
        if s >= FLOOR:
            key = (min(a, b), max(a, b))
            close[key] = max(close.get(key, 0.0), s)
    # each the other's only match in that language
    per_lang: dict[tuple[int, frozenset], set[int]] = defaultdict(set)
    for a, b in close:
        per_lang[(a, langs[b])].add(b)
        per_lang[(b, langs[a])].add(a)
    for a, b in close:
        if per_lang[(a, langs[b])] == {b} and per_lang[(b, langs[a])] == {a}:
            uf.union(a, b)
