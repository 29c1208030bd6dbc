"""The per-story half of the entities stage: names known elsewhere in the story, linking, and story-wide ids.

The per-article half (``recognise_article``) leaves each article's mentions
linked within that article, under article-scoped ids. Here the story's
mentions are completed with names recognised in its other articles, linked
across articles and scripts into the story's entities, and the quotes and
claims the part holds are brought over to the story's ids.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import replace

from ..claims import attribute
from ..model import Article, Mention, Quote, Report
from ..resources import Context
from ..serialize import entity_mentions
from .kit import TOKEN, kit
from .fallback import check_capitalised
from .recognise import add_known_names, has_backend, resolve_overlaps, sentence_language
from .rules import Cand, Sent


def link_story(part: Report, ctx: Context) -> Report:
    """The part's entities (ids unique within its story), its mentions under them, quotes and claims re-pointed."""
    articles = part.articles
    story = part.stories[0].id if part.stories else ""
    gaz = ctx.gazetteer(tuple(sorted({a.language for a in articles if a.language})))
    modelled = {a.language for a in articles if has_backend(a.language, ctx.settings)}
    found = story_sentences(articles, part.mentions, gaz, modelled)
    from . import _works, link_mentions

    works = _works(articles, found, {a.id: story for a in articles})
    entities = link_mentions(works, gaz, ctx.aliases, ctx)
    mentions = entity_mentions(entities, articles)
    ids = id_map(part.mentions, mentions)
    quotes = tuple(_repoint(q, ids) for q in part.quotes)
    claims = attribute(part.claims, mentions, quotes)
    return replace(part, entities=entities, mentions=mentions, quotes=quotes, claims=claims)


def story_sentences(articles: tuple[Article, ...], mentions: tuple[Mention, ...], gaz,
                    modelled: set[str | None] | frozenset = frozenset()) -> dict[str, list[Sent]]:
    """Each article's body sentences with its mentions as candidates, checked against the story's own text
    where no recogniser read them (``check_capitalised``), plus the names known in the story's other articles
    (``add_known_names``), overlaps resolved. A mention inside another one stays, nested."""
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article].append(m)
    out: dict[str, list[Sent]] = {}
    for a in articles:
        ms = sorted(by_article.get(a.id, ()), key=lambda m: m.start)
        starts = [m.start for m in ms]
        sents = []
        for s in a.body:
            code = sentence_language(a, s)
            sent = Sent(a.text, s.start, s.end, kit(code), gaz, code in modelled)
            lo, hi = bisect_left(starts, s.start), bisect_left(starts, s.end)
            here = ms[lo:hi]
            sent.cands = [Cand(m.start, m.end, m.type, m.source, "", m.abbreviates, _inside(m, here)) for m in here]
            sents.append(sent)
        out[a.id] = sents
    check_capitalised(out)  # headlines capitalise common words: no evidence for or against a name
    for a in articles:
        # a headline names the story's entities too (at times the only place an article names its place or
        # institution): there only names already recognised in the story's body text are looked for
        heads = [Sent(a.text, s.start, s.end, kit(sentence_language(a, s)), gaz, False) for s in a.sentences if s.heading]
        if heads:
            out[a.id] = sorted(out[a.id] + heads, key=lambda s: s.start)
    add_known_names(out)
    split_place_person_runs(out)
    for sents in out.values():
        for sent in sents:
            sent.cands = resolve_overlaps(sent.cands)
    return out


_VOWELS = frozenset("aeiouyáéíóúàèìòùäöüаеёиоуыэюяіїєαεηιουωάέήίόύώ")
MAX_CASE_ENDING = 4  # letters a case ending adds to a name ("Grindelwald" -> "Grindelwaldzie", "Grindelwaldban")


def split_place_person_runs(by_article: dict[str, list[Sent]]) -> None:
    """A run read as one name that is a name the story knows alone, in a case form, then a person it knows ("W
    Grindelwaldzie Rutte", "Grindelwaldban Rutte" where the story names Grindelwald and Mark Rutte): two names.
    The sentence's rules know only listed places; the story knows its small towns too."""
    people: set[str] = set()
    alone: dict[str, str] = {}  # a one-word name that is no person, lower case -> its type
    for sents in by_article.values():
        for s in sents:
            for c in s.cands:
                ws = TOKEN.findall(s.text[c.start:c.end])
                if c.type == "PER" and ws:
                    people |= {" ".join(ws).lower(), ws[-1].lower()}
                elif len(ws) == 1 and len(ws[0]) >= 5 and not ws[0].isupper():
                    w = ws[0].lower()
                    alone.setdefault(w, c.type)
                    if w[-1] in _VOWELS:
                        alone.setdefault(w[:-1], c.type)
    if not people or not alone:
        return
    for sents in by_article.values():
        for s in sents:
            out = []
            for c in s.cands:
                toks = [(c.start + m.start(), c.start + m.end(), m.group()) for m in TOKEN.finditer(s.text[c.start:c.end])]
                kind = _inflected_known(toks[0][2], alone) if len(toks) >= 2 and c.type in ("PER", "MISC") \
                    and c.source == "rules" and not c.nested else None
                rest = " ".join(w for _a, _b, w in toks[1:]).lower()
                if kind and rest in people and toks[0][2].lower() not in people:
                    out += [replace(c, end=toks[0][1], type=kind, rule="split_place_person_runs", link=None),
                            replace(c, start=toks[1][0], type="PER", rule="split_place_person_runs", link=None)]
                else:
                    out.append(c)
            s.cands = out


def _inflected_known(word: str, alone: dict[str, str]) -> str | None:
    """The type of the one-word name ``word`` is a case form of: the name and a case ending of a few letters."""
    w = word.lower()
    for n in range(1, MAX_CASE_ENDING + 1):
        kind = alone.get(w[:-n])  # Grindelwald-zie; Варшав-е of Варшава (keyed without its final vowel too)
        if len(w) - n >= 4 and kind and kind != "PER":
            return kind
    return None


def _inside(m: Mention, others) -> bool:
    return any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end) for o in others)


def id_map(before: tuple[Mention, ...], after: tuple[Mention, ...]) -> dict[tuple[str, str], str]:
    """{(article, entity id before): entity id after}: where most of that entity's mentions went.

    A mention the story linking replaced (a fragment inside a longer known name) counts for the mention that
    now overlaps it.
    """
    at = {(m.article, m.start, m.end): m.entity for m in after}
    spans: dict[str, list[Mention]] = defaultdict(list)
    for m in after:
        spans[m.article].append(m)
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for m in before:
        if not m.entity:
            continue
        new = at.get((m.article, m.start, m.end))
        if new is None:
            new = next((o.entity for o in spans.get(m.article, ()) if o.start < m.end and m.start < o.end), None)
        if new:
            votes[(m.article, m.entity)][new] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}


def _repoint(q: Quote, ids: dict[tuple[str, str], str]) -> Quote:
    sp = q.speaker
    if not sp.entity:
        return q
    return replace(q, speaker=replace(sp, entity=ids.get((q.article, sp.entity))))
