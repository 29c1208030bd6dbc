"""List every dev-story gold quote that is not found or has the wrong speaker, with its context.

Runs the stages the quotes need once per story and keeps that report in a cache folder, so a change to
``storylens/quotes`` is measured quickly: only ``quotes`` and the story's speaker resolution run again (not
the linking of ``quote_links``, which found and speaker do not read).

    PYTHONPATH=. python tools/quote_misses.py [--stories DIR] [--langs de,pl] [--cache /tmp/qm] [--fresh]

Prints one block per failure (language, story, article, gold id and speaker, what was predicted, the text
around the gold quote) and a count per language. The counts are those of ``quotes.found`` / ``quotes.speaker``.
"""
from __future__ import annotations

import argparse
import pickle
import re
from collections import Counter
from pathlib import Path

from dataclasses import replace

from storylens import entities, language, quotes, segment, stories
from storylens.quotes import article_mentions
from storylens.quotes.story import resolve_story
from storylens.evaluate import storygold
from storylens.evaluate.measures import Section
from storylens.evaluate.storymatch import View
from storylens.evaluate.storypeople import _right_speaker, score_entities
from storylens.evaluate.textmatch import norm
from storylens.model import Report
from storylens.pipeline import run
from storylens.resources import Context
from storylens.settings import Settings

BEFORE = [language.STAGE, segment.STAGE, entities.MENTIONS, stories.STAGE, entities.STAGE]


def prepared(gold: dict, paths: list[Path], ctx: Context, cache: Path, fresh: bool) -> Report:
    """The story's report up to its entities, from the cache when it is there."""
    f = cache / f"{gold['id']}.pkl"
    if f.exists() and not fresh:
        return pickle.loads(f.read_bytes())
    from storylens.api import load

    articles, _ = load(storygold.documents(gold, paths), ctx.settings)
    report = run(BEFORE, Report(articles=tuple(articles)), ctx)
    f.write_bytes(pickle.dumps(report))
    return report


def context(text: str, needle: str, width: int = 220) -> str:
    """The article text around the gold quote (found by its first words), on one line."""
    words = needle.split()[:4]
    m = re.search(r"\W+".join(map(re.escape, words)), text) if words else None
    if m is None:
        return "(gold text not located)"
    a, b = max(0, m.start() - width), min(len(text), m.start() + len(needle) + width)
    return text[a:b].replace("\n", " ¶ ")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stories", default=None)
    ap.add_argument("--langs", default="")
    ap.add_argument("--cache", default="/tmp/quote_misses")
    ap.add_argument("--fresh", action="store_true")
    ap.add_argument("--quiet", action="store_true", help="counts only")
    args = ap.parse_args()
    langs = {x for x in args.langs.split(",") if x}
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    texts = storygold.find_texts(args.stories)
    ctx = Context.shared(Settings.load())
    tally: Counter = Counter()
    with ctx.activated():
        for gold in storygold.load_gold():
            found = storygold.locate(gold, texts)
            if not found.present:
                continue
            fitted = storygold.restrict(gold, {p.stem for p in found.present})
            report = run([quotes.STAGE], prepared(gold, found.present, ctx, cache, args.fresh), ctx)
            # (speakers left open resolved across the story, as quotes.LINKS does; same_as is not needed here)
            report = replace(report, quotes=tuple(resolve_story(list(report.quotes), report, article_mentions(report))))
            rd = report.to_dict()
            v = View(rd, fitted)
            names = score_entities(v, fitted, Section("x"))
            arts = {v.stem_of.get(a["id"]): a for a in rd.get("articles", [])}
            for q in fitted["quotes"]:
                for e in q["versions"]:
                    lang = e["article"].rsplit("-", 1)[-1]
                    if langs and lang not in langs:
                        continue
                    hits = [p for p in v.quotes if v.article(p) == e["article"] and norm(e["text"]) in norm(p.get("text"))]
                    right = any(_right_speaker(p, q, names, e.get("speaker")) for p in hits)
                    tally[lang, "all"] += 1
                    tally[lang, "found"] += bool(hits)
                    tally[lang, "right"] += right
                    if right or args.quiet:
                        continue
                    text = (arts.get(e["article"]) or {}).get("text", "")
                    print(f"== {lang} {gold['id']} {e['article']} {q['id']} gold={e.get('speaker') or q['speaker']!r}")
                    if hits:
                        sp = hits[0].get("speaker") or {}
                        print(f"   WRONG speaker {sp.get('text')!r} ({hits[0].get('kind')}, cue {hits[0].get('cue')!r})")
                    else:
                        near = [p for p in v.quotes if v.article(p) == e["article"]
                                and set(norm(e["text"]).split()[:6]) & set(norm(p.get("text")).split()) and
                                norm(e["text"])[:30] in norm(p.get("text")) or
                                v.article(p) == e["article"] and norm(p.get("text"))[:30] in norm(e["text"])]
                        print("   MISSED" + (f"; partly: {near[0].get('text')[:80]!r} by "
                                             f"{(near[0].get('speaker') or {}).get('text')!r}" if near else ""))
                    print("   " + context(text, e["text"]))
    total = Counter()
    for lang in sorted({k[0] for k in tally}):
        print(f"{lang}: found {tally[lang, 'found']}/{tally[lang, 'all']} right {tally[lang, 'right']}")
        for k in ("all", "found", "right"):
            total[k] += tally[lang, k]
    print(f"ALL: found {total['found']}/{total['all']} right {total['right']}")


if __name__ == "__main__":
    main()
