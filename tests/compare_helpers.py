"""Shared stand-ins for comparison tests: a keyword embedder, articles from sentences, one story compared."""
from __future__ import annotations

import zlib
from collections.abc import Mapping, Sequence

import numpy as np

from storylens.claims import find_claims
from storylens.compare import compare
from storylens.model import Article, Entity, Mention, Sentence, Story
from storylens.pipeline import Report
from storylens.resources import Context


class KeywordEmbedder:
    """A stand-in for the sentence model: one direction per keyword's topic plus a little per-text noise.

    ``words`` maps a keyword to its direction, or to (direction, weight). With ``strongest`` a direction takes
    its heaviest keyword once; otherwise every keyword present adds its weight.
    """

    def __init__(self, words: Mapping[str, int | tuple[int, float]], dim: int, noise: float = 0.03,
                 strongest: bool = False):
        self.words = {w: (d, 1.0) if isinstance(d, int) else d for w, d in words.items()}
        self.dim, self.noise, self.strongest = dim, noise, strongest

    def embed(self, texts):
        out = []
        for t in texts:
            v = np.random.default_rng(zlib.crc32(t.encode())).standard_normal(self.dim) * self.noise
            for word, (direction, weight) in self.words.items():
                if word in t.lower():
                    v[direction] = max(v[direction], weight) if self.strongest else v[direction] + weight
            out.append(v / np.linalg.norm(v))
        return np.array(out, dtype=np.float32).reshape(len(texts), self.dim)


def article(aid: str, language: str, *sentences: str) -> Article:
    """An article of the given sentences, joined by single spaces."""
    out, at = [], 0
    for i, s in enumerate(sentences):
        out.append(Sentence(i, at, at + len(s), s, language))
        at += len(s) + 1
    return Article(aid, f"{aid}.txt", " ".join(sentences), language, sentences=tuple(out))


def linked_entities(articles: Sequence[Article], forms: Mapping[str, Sequence[str]], kind: str) -> tuple[Entity, ...]:
    """One entity per id, holding every place any of its written forms occurs in the articles."""
    entities = []
    for eid, names in forms.items():
        mentions = []
        for a in articles:
            for name in names:
                at = a.text.find(name)
                while at >= 0:
                    mentions.append(Mention(a.id, at, at + len(name), name, kind, entity=eid))
                    at = a.text.find(name, at + 1)
        entities.append(Entity(eid, kind, names[0], tuple(names), (), tuple(mentions)))
    return tuple(entities)


def compare_story(articles: Sequence[Article], embedder, entities: tuple[Entity, ...] = ()) -> Report:
    """The articles as one story, claims found and compared with ``embedder`` as the sentence model."""
    ctx = Context()
    ctx.__dict__["embedder"] = embedder
    report = Report(articles=tuple(articles), stories=(Story("s1", "t", tuple(a.id for a in articles)),),
                    entities=entities)
    return compare(find_claims(report, ctx), ctx)
