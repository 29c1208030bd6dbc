"""The stream set: every development story's articles analysed as one stream, the stories found scored by BCubed.

This is the measure of story clustering (issue 16): the gold story of an article is the story whose folder
holds it. Until clustering exists, a run is one story, so recall is 1 and precision is low.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from .bcubed import bcubed_score
from .measures import Section


def evaluate(golds: list[dict], texts_dir: Path | None, analyse: Callable[[list[Path]], object]) -> Section:
    """Analyse all stories' texts on disk together and score the report's stories against the gold ones."""
    from . import storygold

    sec = Section("stream: all development stories as one stream of articles, clustered into stories")
    paths: list[Path] = []
    gold_of: dict[str, str] = {}
    for gold in golds:
        found = storygold.locate(gold, texts_dir)
        if found.missing:
            sec.notes.append(f"{gold['id']}: {len(found.missing)} of {len(gold['articles'])} texts missing")
        paths += found.present
        gold_of.update({str(p.resolve()): gold["id"] for p in found.present})
    if not paths:
        sec.notes.append("no story texts found: see `storylens eval --sets stories --check`")
        return sec
    report = analyse(paths).to_dict()
    source = {a["id"]: str(Path(a["source"]).resolve()) for a in report["articles"]}
    predicted = {source[aid]: s["id"] for s in report["stories"] for aid in s["articles"] if aid in source}
    sec.add(bcubed_score("stories.bcubed", gold_of, predicted))
    sec.extra.update(articles=len(gold_of), stories=len(set(gold_of.values())), predicted_stories=len(report["stories"]))
    return sec
