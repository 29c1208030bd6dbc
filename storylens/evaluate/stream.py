"""The stream set: story clustering measured by BCubed on a shuffled stream of articles with known stories.

The stream mixes the WMT documents (each Russian original and its two English
translations are one story), the seeds (one story) and the development stories
(each folder one story). Every article goes through the per-article phase once;
then the stream is clustered in several shuffled orders (clustering is online,
so order matters a little) and each order is scored. The headline is the mean
over orders; the worst order is in the notes and ``extra``. A second score,
``stories.bcubed_events``, takes the WMT documents that report one event
(``eval/stream/same_event.json``, each group with its reason) as one story.
"""
from __future__ import annotations

import random
from collections import Counter
from pathlib import Path
from typing import Callable, Sequence

from ..model import ArticleAnalysis, Document
from .bcubed import bcubed
from .measures import Score, Section

SAME_EVENT = Path(__file__).resolve().parents[2] / "eval" / "stream" / "same_event.json"
ORDERS = 3  # shuffled orders clustered and scored
SEED = 16  # the first order's shuffle seed; order k uses SEED + k

Analyse = Callable[[list[Document]], list[ArticleAnalysis]]
Cluster = Callable[[list[ArticleAnalysis]], list[list[str]]]


def stream_documents(wmt_root: Path | None, seeds_dir: Path | None, golds: Sequence[dict], texts_dir: Path | None,
                     wmt_limit: int | None = None, notes: list[str] | None = None) -> tuple[list[Document], dict[str, str]]:
    """The stream's documents (ids unique across sets) and the gold story of each document id."""
    from ..ingest import read_inputs
    from . import storygold, wmt

    docs: list[Document] = []
    gold: dict[str, str] = {}

    def take(doc: Document, story: str, prefix: str) -> None:
        doc = Document(f"{prefix}{doc.id}", doc.source, doc.text, doc.html, doc.meta)
        docs.append(doc)
        gold[doc.id] = story

    if wmt_root is not None:
        for d in wmt.load_docs(wmt_root, wmt_limit):
            for doc in d.documents():
                take(doc, f"wmt:{d.name}", "")
    if seeds_dir is not None:
        for doc in read_inputs([seeds_dir]):
            if isinstance(doc, Document):
                take(doc, "seeds", "seeds:")
    for g in golds:
        found = storygold.locate(g, texts_dir)
        if found.missing and notes is not None:
            notes.append(f"{g['id']}: {len(found.missing)} of {len(g['articles'])} texts missing")
        for doc in read_inputs(found.present):
            if isinstance(doc, Document):
                take(doc, g["id"], f"{g['id']}:")
    return docs, gold


def evaluate(docs: list[Document], gold: dict[str, str], analyse: Analyse, cluster: Cluster,
             orders: int = ORDERS, notes: Sequence[str] = ()) -> Section:
    """Analyse the stream's articles once, cluster them in ``orders`` shuffled orders, score each by BCubed."""
    sec = Section("stream: articles of known stories, shuffled, clustered one by one into stories")
    sec.notes.extend(notes)
    if not docs:
        sec.notes.append("no articles found: see `storylens eval --sets stories --check`")
        return sec
    analyses = [x for x in analyse(docs) if not x.dropped]
    gold = {x.article.id: gold[x.article.id] for x in analyses if x.article.id in gold}
    events = same_event(gold)
    runs, event_runs = [], []
    for k in range(orders):
        order = list(analyses)
        random.Random(SEED + k).shuffle(order)
        groups = cluster(order)
        predicted = {a: n for n, group in enumerate(groups) for a in group}
        p, r, n = bcubed(gold, predicted)
        runs.append((p / n, r / n, len(set(predicted.values()))))
        sec.notes.append(f"order {k + 1} (seed {SEED + k}): P {p / n:.4f} R {r / n:.4f}, {runs[-1][2]} stories")
        sec.notes.extend(f"  order {k + 1}: {line}" for line in mixed(groups, events))
        p, r, n = bcubed(events, predicted)
        event_runs.append((p / n, r / n))
    n = len(gold)
    for name, found, what in (("stories.bcubed", runs, "gold stories"),
                              ("stories.bcubed_events", event_runs, "gold stories, WMT documents of one event as one "
                                                                     "(eval/stream/same_event.json)")):
        p = sum(x[0] for x in found) / len(found)
        r = sum(x[1] for x in found) / len(found)
        sec.add(Score(name, round(p * n, 2), n, round(r * n, 2), n,
                      note=f"BCubed over articles against {what}, mean of {len(found)} shuffled orders"))
    worst = min(runs, key=lambda x: _f1(x[0], x[1]))
    sec.extra.update(articles=n, stories=len(set(gold.values())), orders=len(runs),
                     predicted_stories=round(sum(x[2] for x in runs) / len(runs), 1),
                     worst_precision=round(worst[0], 4), worst_recall=round(worst[1], 4),
                     worst_f1=round(_f1(worst[0], worst[1]), 4))
    return sec


def mixed(groups: Sequence[Sequence[str]], gold: dict[str, str]) -> list[str]:
    """One line per predicted story holding articles of two or more gold stories, each story with its count."""
    lines = []
    for group in groups:
        counts = Counter(gold[a] for a in group if a in gold)
        if len(counts) > 1:
            lines.append("one predicted story holds " + " + ".join(f"{s} {n}" for s, n in counts.most_common()))
    return lines


def same_event(gold: dict[str, str], path: Path = SAME_EVENT) -> dict[str, str]:
    """The gold with each listed group of WMT documents reporting one event taken as one story."""
    import json

    groups = json.loads(path.read_text(encoding="utf-8"))["groups"] if path.is_file() else []
    story_of = {f"wmt:{doc}": f"event:{g['documents'][0]}" for g in groups for doc in g["documents"]}
    return {a: story_of.get(s, s) for a, s in gold.items()}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0
