"""Probe quote linking (``same_as``) on the development stories: per gold quote, which versions were linked and why
the others were not.

The slow part (every stage before ``quote_links``) runs once per story and is cached as a pickle; the linking stage
(story-wide speaker resolution, ``link_quotes``, thread adoption) runs afresh on every call, so a change to
``storylens/quotes/{story,link,linkwho,linkopen,threads}.py`` is measured in seconds. A change to extraction needs
``--refresh``. Prints the four link measures summed over the stories (as ``storylens eval --sets stories`` counts
them) and, per gold quote with versions in several articles, its versions grouped by component; for every pair of
versions in different components: the languages, the two speakers and their relation (``linkwho``), and how close
their closest statements are (``link.closeness``'s scale: a same-language pair counts 0.06 lower).

    PYTHONPATH=. nice /work/main/.venv/bin/python tools/quote_links_probe.py [--story ID] [--only-unlinked]
"""
from __future__ import annotations

import argparse
import pickle
import sys
from dataclasses import replace
from itertools import combinations
from pathlib import Path

import numpy as np

REL_NAMES = {3: "agree", 2: "like", 1: "open", 0: "clash", -1: "differ"}


def _capture_parts(docs, ctx) -> tuple[object, list]:
    """The report of ``docs`` as the eval analyses it, with its story parts as ``quote_links`` receives them;
    compare and framing are skipped (the quote measures do not read them)."""
    from storylens import stages as stages_mod
    from storylens.api import analyze
    from storylens.entities import STAGE as ENTITIES
    from storylens.pipeline import StoryStage

    parts: list = []

    def keep(part, _ctx):
        parts.append(part)
        return part

    capture = StoryStage("quote_links", keep, needs=(), adds=())
    real = stages_mod.story_stages
    stages_mod.story_stages = lambda: [ENTITIES, capture]
    try:
        report = analyze(docs, ctx=ctx)
    finally:
        stages_mod.story_stages = real
    return report, parts


def load_story(gold: dict, texts: Path, cache: Path, ctx, refresh: bool):
    from storylens.evaluate import storygold

    found = storygold.locate(gold, texts)
    if not found.present:
        return None
    fitted = storygold.restrict(gold, {p.stem for p in found.present})
    path = cache / f"{gold['id']}.pkl"
    if path.is_file() and not refresh:
        report, parts = pickle.loads(path.read_bytes())
    else:
        print(f"analysing {gold['id']} ({len(found.present)} articles) ...", file=sys.stderr)
        report, parts = _capture_parts(storygold.documents(gold, found.present), ctx)
        cache.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps((report, parts)))
    return fitted, report, parts


def relink(report, parts, ctx):
    """The report with every part's quotes linked afresh, and per part what linking saw (resolved quotes,
    speaker relations)."""
    from storylens.quotes import article_mentions, link_part
    from storylens.quotes.linkwho import Relations
    from storylens.quotes.story import resolve_story

    by_id = {}
    seen = []
    with ctx.activated():
        for part in parts:
            out = link_part(part, ctx)
            by_id.update({q.id: q for q in out.quotes})
            resolved = resolve_story([replace(q, same_as=()) for q in part.quotes], part, article_mentions(part))
            seen.append((resolved, Relations(resolved, part, ctx.embedder.embed)))
    quotes = tuple(by_id.get(q.id, q) for q in report.quotes)
    return replace(report, quotes=quotes), seen


def _speaker(q) -> str:
    s = q.speaker
    ent = f" [{s.entity}]" if s.entity else ""
    written = f" <{s.as_written}>" if s.as_written and s.as_written != s.text else ""
    return f"{s.kind}:{s.text!r}{written}{ent}"


def probe(fitted, report, seen, ctx, only_unlinked: bool, out, mixed: bool = False):
    from storylens.evaluate.measures import Section
    from storylens.evaluate.storymatch import View
    from storylens.evaluate.storypeople import _components, score_entities, score_quotes
    from storylens.evaluate.textmatch import norm
    from storylens.quotes.link import SAME_LANGUAGE_BONUS, statements

    d = report.to_dict()
    v = View(d, fitted)
    sec = Section(fitted["id"])
    names = score_entities(v, fitted, Section("entities"))
    score_quotes(v, fitted, names, sec)
    component = _components(v.quotes)
    lang = {a.id: a.language for a in report.articles}
    where = {}  # quote id -> (resolved quote, relations, index)
    for resolved, rel in seen:
        for i, q in enumerate(resolved):
            where[q.id] = (rel, i, q)
    final = {q.id: q for q in report.quotes}
    vec_cache: dict[tuple[str, str | None], np.ndarray] = {}

    def vecs(q):
        key = (q.text, lang.get(q.article))
        if key not in vec_cache:
            texts = [q.text] + [t for t in statements(q.text, key[1]) if t != q.text]
            e = ctx.embedder.embed(texts)
            vec_cache[key] = e / np.maximum(np.linalg.norm(e, axis=1, keepdims=True), 1e-12)
        return vec_cache[key]

    def close(p, q) -> float:
        s = float((vecs(p) @ vecs(q).T).max())
        return s - (SAME_LANGUAGE_BONUS if lang.get(p.article) == lang.get(q.article) else 0.0)

    for gq in fitted["quotes"]:
        if len({e["article"] for e in gq["versions"]}) < 2:
            continue
        hits = []
        for e in gq["versions"]:
            ps = [p for p in v.quotes if v.article(p) == e["article"] and norm(e["text"]) in norm(p.get("text"))]
            hits.append((e, ps))
        comps: dict[int, list[str]] = {}
        for e, ps in hits:
            for c in {component[p["id"]] for p in ps} or {-1}:
                comps.setdefault(c, []).append(e["article"])
        found = [c for c in comps if c != -1]
        whole = any(len(set(comps[c])) == len({e["article"] for e in gq["versions"]}) for c in found)
        if only_unlinked and whole:
            continue
        print(f"\n== {fitted['id']} / {gq['id']} ({gq['speaker']}) {'LINKED' if whole else 'not linked'}", file=out)
        order = sorted(found, key=lambda c: -len(comps[c]))
        label = {c: chr(ord("A") + k) if k < 26 else str(k) for k, c in enumerate(order)}
        rank = {c: k for k, c in enumerate(order)}
        hits = [(e, sorted(ps, key=lambda p: rank[component[p["id"]]])) for e, ps in hits]
        for e, ps in hits:
            if not ps:
                print(f"  -  {e['article']:<26} NOT FOUND  {e['text'][:60]!r}", file=out)
                continue
            p = ps[0]
            q = final[p["id"]]
            r = where.get(p["id"])
            spk = _speaker(r[2]) if r else _speaker(q)
            print(f"  {label[component[p['id']]]:<2} {e['article']:<26} {spk[:70]:<70} {q.text[:80]!r}", file=out)
        # why apart: the pairs of versions across components
        if len(found) < 2:
            continue
        firsts = [(e, ps[0]) for e, ps in hits if ps]
        for (e1, p1), (e2, p2) in combinations(firsts, 2):
            if component[p1["id"]] == component[p2["id"]] or e1["article"] == e2["article"]:
                continue
            if label[component[p1["id"]]] > "B" and label[component[p2["id"]]] > "B":
                continue  # only pairs touching the two largest components: enough to see the causes
            r1, r2 = where.get(p1["id"]), where.get(p2["id"])
            if not (r1 and r2 and r1[0] is r2[0]):
                print(f"     {e1['article']} x {e2['article']}: different story parts", file=out)
                continue
            rel = REL_NAMES[r1[0](r1[1], r2[1])]
            q1, q2 = r1[2], r2[2]
            print(f"     {label[component[p1['id']]]}-{label[component[p2['id']]]} {e1['article']} x {e2['article']}"
                  f" ({lang.get(q1.article)}-{lang.get(q2.article)}): {rel}, closeness {close(q1, q2):.3f}", file=out)
    if mixed:
        _mixed(fitted, v, component, final, where, close, out)
    return sec


def _mixed(fitted, v, component, final, where, close, out) -> None:
    """The components holding versions of two gold statements or more: their members, and each member's closeness
    to the others (the chain that joined them)."""
    from storylens.evaluate.textmatch import norm

    held: dict[int, set[str]] = {}
    for gq in fitted["quotes"]:
        for e in gq["versions"]:
            for p in v.quotes:
                if v.article(p) == e["article"] and norm(e["text"]) in norm(p.get("text")):
                    held.setdefault(component[p["id"]], set()).add(gq["id"])
    for c, ids in held.items():
        if len(ids) < 2:
            continue
        members = [final[p["id"]] for p in v.quotes if component[p["id"]] == c]
        print(f"\n** {fitted['id']}: one component holds {', '.join(sorted(ids))}", file=out)
        for q in members:
            r = where.get(q.id)
            spk = _speaker(r[2]) if r else _speaker(q)
            near = ", ".join(f"{o.article[:12]} {close(q, o):.2f}" for o in members if o.article != q.article)
            print(f"  {q.article:<26} {spk[:60]:<60} {q.text[:70]!r}\n      {near}", file=out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stories", help="story texts (default: devdata/stories)")
    ap.add_argument("--cache", default="/tmp/quote_links_probe", help="where the analysed stories are kept")
    ap.add_argument("--story", action="append", help="only this story id (repeatable)")
    ap.add_argument("--refresh", action="store_true", help="analyse again (after a change to extraction)")
    ap.add_argument("--only-unlinked", action="store_true", help="only gold quotes whose versions are not all linked")
    ap.add_argument("--mixed", action="store_true", help="also the components holding several gold statements")
    ap.add_argument("--quiet", action="store_true", help="only the measures")
    args = ap.parse_args()

    from storylens.evaluate.measures import Section
    from storylens.evaluate.stories import merge
    from storylens.evaluate.storygold import find_texts, load_gold
    from storylens.resources import Context
    from storylens.settings import Settings

    ctx = Context(Settings.load())
    texts = find_texts(args.stories)
    secs: list[Section] = []
    out = open("/dev/null", "w") if args.quiet else sys.stdout
    for gold in load_gold():
        if args.story and gold["id"] not in args.story:
            continue
        loaded = load_story(gold, texts, Path(args.cache), ctx, args.refresh)
        if loaded is None:
            print(f"{gold['id']}: no texts", file=sys.stderr)
            continue
        fitted, report, parts = loaded
        linked, seen = relink(report, parts, ctx)
        secs.append(probe(fitted, linked, seen, ctx, args.only_unlinked, out, args.mixed))
    total = merge("quotes", secs)
    for name in ("quotes.found", "quotes.speaker", "quotes.linked", "quotes.linked_pairs", "quotes.not_over_linked",
                 "quotes.statements_apart"):
        try:
            s = total.get(name)
        except KeyError:
            continue
        hits, of = (s.r_hits, s.gold) if s.gold is not None else (s.p_hits, s.predicted)
        print(f"{name:<26} {hits}/{of}")
    for sec in secs:
        for n in sec.notes:
            if "linked:" in n:
                print(f"  {sec.title}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
