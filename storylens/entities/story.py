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

from ..adapters.translit import romanise, skeleton
from ..claims import attribute
from ..model import Article, Mention, Quote, Report
from ..resources import Context
from ..serialize import entity_mentions
from .kit import TOKEN, kit
from .fallback import check_capitalised
from .recognise import add_known_names, has_backend, resolve_overlaps, sentence_language
from .rules import Cand, Sent, is_capitalised
from .shapes import given_name


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


MAX_PLACE_WORDS = 3  # words of a known name glued before a person's ("Republike Srpske Milorada Dodika")


def split_place_person_runs(by_article: dict[str, list[Sent]]) -> None:
    """A run read as one name that opens with a name the story knows alone (a place or a body of up to three
    words, as written or in a case form) and goes on with a person it knows is two names ("W Grindelwaldzie
    Rutte", "Grindelwaldban Rutte" where the story names Grindelwald and Mark Rutte; "Sarajevo Milorad Dodik",
    "Republike Srpske Milorada Dodika" where it names Republika Srpska and Milorad Dodik). The sentence's rules
    know only listed places; the story knows its small towns and regions too. A name as written (no case ending)
    needs a full name after it; an organisation's or a place's span is split only before a person."""
    people: set[str] = set()
    alone: dict[str, str] = {}  # a one-word name that is no person, lower case -> its type
    longer: dict[tuple[str, ...], str] = {}  # a name of 2-3 words that is no person, each word's shortest stem -> type
    surnames: dict[str, list[tuple[str, ...]]] = defaultdict(list)  # a person's surname form -> their names' forms
    for sents in by_article.values():
        for s in sents:
            for c in s.cands:
                ws = TOKEN.findall(s.text[c.start:c.end])
                if c.type == "PER" and ws:
                    people |= {_plain(s, " ".join(ws)), _plain(s, ws[-1])}
                    forms = tuple(_stem(s, w) for w in ws)
                    surnames[forms[-1]].append(forms)
                elif len(ws) == 1 and len(ws[0]) >= 5 and not ws[0].isupper():
                    w = _plain(s, ws[0])
                    alone.setdefault(w, c.type)
                    if w[-1] in _VOWELS:
                        alone.setdefault(w[:-1], c.type)
                elif 2 <= len(ws) <= MAX_PLACE_WORDS and is_capitalised(ws[-1]) and not c.nested:
                    longer.setdefault(tuple(_stem(s, w) for w in ws), c.type)
    if not people or not (alone or longer):
        return
    for sents in by_article.values():
        for s in sents:
            out = []
            for c in s.cands:
                toks = [(c.start + m.start(), c.start + m.end(), m.group()) for m in TOKEN.finditer(s.text[c.start:c.end])]
                cut = 0
                if len(toks) >= 2 and c.type in ("PER", "MISC", "ORG", "LOC") and c.source not in ("alias", "known") \
                        and not c.nested and _plain(s, toks[0][2]) not in people \
                        and not given_name(s, toks[0][2]) and not s.kit.is_first_name(toks[0][2]):
                    # a given name is never the place ("Владимира Путина": Vladimir is a city too)
                    cut, kind = _known_then_person(s, toks, alone, longer, people, surnames)
                    if c.type in ("ORG", "LOC") and len(toks) - cut < 2:
                        cut = 0  # a body's or a place's span gives up a full name only
                if cut:
                    out += [replace(c, end=toks[cut - 1][1], type=kind, rule="split_place_person_runs", link=None),
                            replace(c, start=toks[cut][0], type="PER", rule="split_place_person_runs", link=None)]
                else:
                    out.append(c)
            s.cands = out


def _plain(s: Sent, text: str) -> str:
    """Lower case, and in Latin letters where the language writes two scripts one for one (Serbian)."""
    return (romanise(text, s.kit.code) if s.kit.twin_scripts else text).lower()


_STEMS: dict[tuple[str, str], str] = {}  # (language, word) -> its stem skeleton; names repeat across a stream
MAX_STEMS = 200_000


def _stem(s: Sent, word: str) -> str:
    """A word's shortest candidate stem (the word itself where its language has no case endings), as a romanised
    skeleton, so that a name written in either script of a language meets itself (Serbian Додика = Dodika)."""
    key = (s.kit.code, word)
    out = _STEMS.get(key)
    if out is None:
        if len(_STEMS) >= MAX_STEMS:
            _STEMS.clear()
        out = _STEMS[key] = skeleton(min(s.kit.stems(word), key=len) if s.kit.endings and not word.isupper() else word,
                                     s.kit.code)
    return out


def _known_then_person(s: Sent, toks, alone, longer, people, surnames) -> tuple[int, str]:
    """(words of the known name opening the run, its type) when the rest is a person the story knows, else (0, "")."""
    rest = [w for _a, _b, w in toks]
    for n in range(min(MAX_PLACE_WORDS, len(toks) - 1), 0, -1):
        tail = rest[n:]
        if not all(is_capitalised(w) for w in tail) or not _known_person(s, tail, people, surnames):
            continue
        if n == 1:
            first = _plain(s, rest[0])
            kind = _inflected_known(first, alone)
            if not kind and len(tail) >= 2 and alone.get(first) not in (None, "PER"):
                kind = alone[first]  # "Sarajevo Milorad Dodik": the name as written, then a full name
        else:
            kind = longer.get(tuple(_stem(s, w) for w in rest[:n]))
            kind = kind if kind != "PER" and len(tail) >= 2 else None
        if kind:
            return n, kind
    return 0, ""


def _known_person(s: Sent, tail: list[str], people: set[str], surnames) -> bool:
    """Is ``tail`` a person the story knows: as written, or a full name in another case form (Milorada Dodika)?"""
    if _plain(s, " ".join(tail)) in people:
        return True
    forms = tuple(_stem(s, w) for w in tail)
    return len(forms) >= 2 and any(f == forms for f in surnames.get(forms[-1], ()))


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
