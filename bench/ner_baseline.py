"""The recogniser we wrap, alone, measured by the same harness as storylens: what the entity stage adds.

Usage: python bench/ner_baseline.py [PATH] [--limit N]
PATH is a FactRuEval directory or CoNLL set (default ../shared/data/factrueval2016-dev). Articles are
cleaned and segmented by storylens as in a real run; then natasha (or the language's spaCy pipeline)
tags each body sentence and its spans are the mentions, with no rules, no known names and no linking.
"""
from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from storylens.entities.recognise import backend_for, sentence_language
from storylens.evaluate import ner
from storylens.evaluate.measures import render
from storylens.model import Entity, Mention
from storylens.pipeline import Report
from storylens.resources import Context

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "factrueval2016-dev"


def bare_model(ctx: Context):
    """An analyse function: storylens up to sentences, then the statistical recogniser's spans as they are."""
    from storylens import language, segment, stories
    from storylens.api import load
    from storylens.pipeline import run

    def analyse(docs) -> Report:
        articles, _ = load(docs, ctx.settings)
        report = run([language.STAGE, segment.STAGE, stories.STAGE], Report(articles=tuple(articles)), ctx)
        mentions = []
        for a in report.articles:
            for s in a.body:
                backend = backend_for(sentence_language(a, s), ctx)
                if backend is None:
                    continue
                for x, y, t in backend.spans([s.text])[0]:
                    mentions.append(Mention(a.id, s.start + x, s.start + y, a.text[s.start + x:s.start + y], t))
        return replace(report, entities=(Entity("e-all", "MISC", "all", (), (), tuple(mentions)),))

    return analyse


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("path", nargs="?", default=str(DATA))
    p.add_argument("--limit", type=int)
    args = p.parse_args()
    docs = ner.read_set(Path(args.path), args.limit)
    print(render(ner.evaluate(docs, bare_model(Context()), f"{args.path}, recogniser alone")))


if __name__ == "__main__":
    main()
