"""Facets: what sources say about one entity, matched by the words right around its mentions.

Articles written independently rarely share whole sentences, but they share
short propositions about an entity: "NATO-standard ammunition" / "под стандарты
НАТО" / "стандартов НАТО". A facet key is an entity id (linked across languages
by the entities stage) plus the spelling-blind stem of a nearby content word
(romanised, so loanwords such as standard/стандарт meet). Claims from several
articles sharing a key form a facet group. Entities only one article mentions
make ``single_source`` groups: a detail only that source gives.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass

from ..adapters.stopwords import stop_words
from ..adapters.translit import skeleton
from ..model import Claim, Entity
from ..numlexicon import tokenize

STEM = 6          # letters of a romanised word that make its stem; shorter words are too ambiguous to match
WINDOW = 4        # words either side of a mention that can say something about it
MAX_SHARE = 0.15  # stems found near more than this share of a story's claims are the story's topic, not a facet


@dataclass(frozen=True, slots=True)
class Facet:
    claims: tuple[int, ...]   # indices into the story's claims
    entity: str
    word: str | None          # the surface word of the stem, None for a single-source entity


MentionIndex = dict[str, list[tuple[int, int, str]]]


def mention_index(entities: tuple[Entity, ...]) -> MentionIndex:
    """Article id -> (start, end, entity id) of every mention, in text order."""
    out: MentionIndex = defaultdict(list)
    for e in entities:
        for m in e.mentions:
            out[m.article].append((m.start, m.end, m.entity or e.id))
    for v in out.values():
        v.sort()
    return out


def _keys(c: Claim, language: str | None, mentions: MentionIndex) -> dict[tuple[str, str], str]:
    """(entity id, stem) -> surface word, for the content words near each entity mention in a claim."""
    ms = mentions.get(c.article, ())
    spans = ms[bisect_left(ms, (c.start,)):bisect_left(ms, (c.end,))]  # in text order: no pass over the article
    if not spans:
        return {}
    toks = tokenize(c.text)
    stops = stop_words(language)
    inside = [any(s <= c.start + t.start < e for s, e, _ in spans) for t in toks]
    out: dict[tuple[str, str], str] = {}
    for s, e, eid in spans:
        idx = [i for i, t in enumerate(toks) if s <= c.start + t.start < e]
        if not idx:
            continue
        lo, hi = max(0, idx[0] - WINDOW), min(len(toks), idx[-1] + 1 + WINDOW)
        for i in range(lo, hi):
            t = toks[i]
            if inside[i] or not t.text.isalpha() or len(t.text) < STEM or t.low in stops:
                continue
            stem = skeleton(t.text, language).replace(" ", "")[:STEM]
            if len(stem) == STEM:
                out.setdefault((eid, stem), t.text)
    return out


def facets(claims: list[Claim], languages: dict[str, str | None], mentions: MentionIndex) -> list[Facet]:
    """Facet groups (one entity, one nearby stem, several articles) and single-source entity groups."""
    keys = [_keys(c, languages.get(c.article), mentions) for c in claims]
    stem_claims: dict[str, set[int]] = defaultdict(set)
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    entity_claims: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for (eid, stem) in ks:
            stem_claims[stem].add(i)
            postings[(eid, stem)].append(i)
        for eid in claims[i].entities:
            entity_claims[eid].append(i)
    common = max(4, MAX_SHARE * len(claims))
    out: list[Facet] = []
    seen: set[tuple[int, ...]] = set()
    for (eid, stem), members in sorted(postings.items(), key=lambda kv: -len(kv[1])):
        if len(stem_claims[stem]) > common:
            continue
        members = sorted(set(members))
        if len({claims[i].article for i in members}) < 2 or tuple(members) in seen:
            continue
        seen.add(tuple(members))
        out.append(Facet(tuple(members), eid, keys[members[0]][(eid, stem)]))
    story_articles = {c.article for c in claims}
    if len(story_articles) > 1:
        for eid, members in entity_claims.items():
            members = sorted(set(members))
            if len({claims[i].article for i in members}) == 1:
                out.append(Facet(tuple(members), eid, None))
    return out
