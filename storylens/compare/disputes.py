"""Assertion against denial, across articles and languages: one disputed row per denied proposition.

A denial ("It is completely untrue", "Разговора не было", "C'est complètement
faux") is short and says little by itself: what it denies is in the sentences
around it and in the other articles that state the thing flatly. So denials
reported by several articles are joined first (similar sentences, or the same
speaker), then the proposition is gathered: the sentence each denying article
writes just before its denial when that one is about the same entities or very
similar, and every sentence of any article that states it (aligned with it,
very similar, or sharing an entity and a content word with a denial). The row
names who denies: the quoted speaker, else the first organisation or person in
the denial.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..claims import cues
from ..disjoint import DisjointSets
from ..model import Claim
from .align import StoryComparison

SAME_DENIAL = 0.86        # two denials this similar report one denial (short sentences translate closely)
SAME_SPEAKER_DENIAL = 0.78  # ... or this similar when the same speaker makes them
PROPOSITION = 0.86        # a flat sentence this similar to a proposition sentence states it
RELATED = 0.86           # a sentence sharing an entity and a word with a denial must be this close to state it
CONTEXT = 2               # sentences before a denial that may hold what it denies


@dataclass(frozen=True, slots=True)
class Dispute:
    claims: tuple[int, ...]      # indices into the story's claims: denials and assertions
    denying: tuple[str, ...]     # articles that deny
    asserting: tuple[str, ...]   # articles that state the proposition
    source: str | None           # who denies (an entity id or the speaker as written)
    proposition: int             # the claim that states the proposition best


def is_denial(c: Claim, language: str | None) -> bool:
    """An explicit denial ("denied", "completely untrue", "не соответствует действительности", "démenti"); a merely
    negated quote is not one: people say "not" about many things."""
    return "denials" in cues(c.text, language)


def _flat(c: Claim, language: str | None) -> bool:
    return c.modality in ("asserted", "reported", "hedged") and not is_denial(c, language) \
        and "negations" not in cues(c.text, language)


def disputes(sc: StoryComparison, facet_keys: list[set[tuple[str, str]]]) -> list[Dispute]:
    """Denied propositions with the articles that deny and state them; ``facet_keys`` are each claim's
    (entity, word stem) keys."""
    claims, lang = sc.claims, [sc.languages.get(c.article) for c in sc.claims]
    denials = [i for i, c in enumerate(claims) if is_denial(c, lang[i])]
    # a denial whose translation elsewhere states the thing without any negation is one wording of a statement
    plain = {i for i, c in enumerate(claims) if not is_denial(c, lang[i]) and "negations" not in cues(c.text, lang[i])}
    denials = [d for d in denials if not any(sc.aligned(d, p) for p in plain)]
    if not denials:
        return []
    uf = DisjointSets(len(claims))
    for k, a in enumerate(denials):
        for b in denials[k + 1:]:
            if claims[a].article == claims[b].article:
                continue
            sim = sc.sim_of(a, b)
            sa, sb = claims[a].attributed_to, claims[b].attributed_to
            speaker = sa is not None and sa == sb
            other = sa is not None and sb is not None and sa != sb  # two speakers deny two things
            if (sim >= SAME_DENIAL and not other) or (speaker and sim >= SAME_SPEAKER_DENIAL) or sc.aligned(a, b):
                uf.union(a, b)
    by_article: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        by_article.setdefault(c.article, []).append(i)
    out = []
    for group in uf.groups(denials).values():
        seeds = set()
        for d in group:
            seeds |= _denied_here(sc, d, by_article[claims[d].article], lang)
        keys = set().union(*(facet_keys[d] for d in group))
        stated = set(seeds)
        for i, c in enumerate(claims):
            if i in stated or i in group or not _flat(c, lang[i]):
                continue
            if any(sc.aligned(i, s) or (claims[s].article != c.article and sc.sim_of(i, s) >= PROPOSITION)
                   for s in seeds) or (keys and facet_keys[i] & keys and sc.sim_of(i, group[0]) >= RELATED):
                stated.add(i)
        if not stated or len({claims[i].article for i in stated | set(group)}) < 2:
            continue  # one article qualifying itself is no dispute between sources
        members = tuple(sorted(set(group) | stated))
        denying = tuple(dict.fromkeys(claims[d].article for d in sorted(group)))
        asserting = tuple(dict.fromkeys(claims[i].article for i in sorted(stated)))
        best = max(sorted(stated), key=lambda i: sum(sc.sim_of(i, s) for s in stated))
        out.append(Dispute(members, denying, asserting, _source(claims, group), best))
    return out


def _denied_here(sc: StoryComparison, d: int, same_article: list[int], lang: list[str | None]) -> set[int]:
    """The sentences just before a denial in its article that hold what it denies."""
    c = sc.claims[d]
    pos = same_article.index(d)
    out = set()
    for j in same_article[max(0, pos - CONTEXT):pos]:
        other = sc.claims[j]
        bare = not c.entities and c.attributed_to is not None  # "It is completely untrue," he said
        if _flat(other, lang[j]) and (set(other.entities) & set(c.entities) or sc.sim_of(d, j) >= PROPOSITION or bare):
            out.add(j)
    return out


def _source(claims: list[Claim], group: list[int]) -> str | None:
    """Who denies: the speaker most denials are attributed to, else the first entity of the first denial."""
    speakers = [claims[d].attributed_to for d in group if claims[d].attributed_to]
    if speakers:
        return max(set(speakers), key=speakers.count)
    for d in sorted(group):
        if claims[d].entities:
            return claims[d].entities[0]
    return None
