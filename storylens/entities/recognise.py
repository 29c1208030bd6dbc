"""Recognition: statistical recognisers per language, then the named rules, then names known in the story.

A backend is anything with ``spans(texts) -> [[(start, end, type)]]``. Which
backend a language uses comes from its data (``[recognise] backend`` in
``lang/<code>/entities.toml``) or from the ``spacy_models`` setting; a
language with neither is covered by the rules alone.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Protocol, Sequence

from ..adapters.translit import romanise, skeleton
from ..model import Article
from ..resources import Context
from . import rules
from .aliases import Aliases
from .fallback import check_capitalised
from .gazetteer import Gazetteer
from .kit import TOKEN, kit, script
from .rules import Cand, Sent, is_capitalised

Span = tuple[int, int, str]
# A longer candidate wins an overlap; on equal length, the more trusted source.
_TRUST = {"alias": 4, "natasha": 3, "spacy": 3, "rules": 2, "known": 1}


class Backend(Protocol):
    name: str

    def spans(self, texts: Sequence[str]) -> list[list[Span]]: ...


def _build_natasha():
    from ..adapters.natasha_ner import NatashaNER

    return NatashaNER()


BACKENDS = {"natasha": _build_natasha}


def has_backend(code: str | None, settings) -> bool:
    """Does the language have a statistical recogniser (without loading it)?"""
    from ..adapters.spacy_ner import parse_models

    return code in parse_models(settings.spacy_models) or kit(code).backend in BACKENDS


def backend_for(code: str | None, ctx: Context) -> Backend | None:
    """The statistical recogniser for a language, built once per run, or None."""
    from ..adapters.spacy_ner import SpacyNER, parse_models

    models = parse_models(ctx.settings.spacy_models)
    if code in models:
        return ctx.resource(f"spacy:{models[code]}", lambda: SpacyNER(models[code]))
    name = kit(code).backend
    if name in BACKENDS:
        return ctx.resource(f"ner:{name}", BACKENDS[name])
    return None


def sentence_language(article: Article, sent) -> str | None:
    """The language a sentence is recognised in: its own, else its article's."""
    return sent.language or article.language


def recognise(articles: Sequence[Article], ctx: Context, gaz: Gazetteer, aliases: Aliases | None = None,
              story_of: dict[str, str] | None = None) -> dict[str, list[Sent]]:
    """Candidate mentions per article, as sentences with their candidates (``story_of``: article id -> story)."""
    by_lang: dict[str | None, list[tuple[str, object]]] = defaultdict(list)
    for a in articles:
        for s in a.body:
            by_lang[sentence_language(a, s)].append((a.id, s))
    model_spans: dict[tuple[str, int], list[Span]] = {}
    modelled: set[tuple[str, int]] = set()
    for code, items in by_lang.items():
        backend = backend_for(code, ctx)
        if backend is None:
            continue
        results = backend.spans([s.text for _aid, s in items])
        for (aid, s), spans in zip(items, results):
            model_spans[(aid, s.index)] = [(s.start + a, s.start + b, t, backend.name) for a, b, t in spans]
            modelled.add((aid, s.index))
    out: dict[str, list[Sent]] = {}
    for a in articles:
        sents = []
        for s in a.body:
            code = sentence_language(a, s)
            sent = Sent(a.text, s.start, s.end, kit(code), gaz, (a.id, s.index) in modelled)
            sent.cands = [Cand(x, y, t, src) for x, y, t, src in model_spans.get((a.id, s.index), [])]
            if aliases:
                found = aliases.find(sent.tokens())
                sent.cands = [c for c in sent.cands if not any(c.start < y and x < c.end for x, y, _e in found)]
                sent.cands += [Cand(x, y, e.type, "alias", "aliases") for x, y, e in found]
            rules.apply(sent)
            sents.append(sent)
        out[a.id] = sents
    check_capitalised(out, story_of)
    add_known_names(out)
    for sents in out.values():
        for s in sents:
            s.cands = resolve_overlaps(s.cands)
    return out


def add_known_names(by_article: dict[str, list[Sent]]) -> None:
    """Find further occurrences of names already recognised somewhere in the story.

    Same words match as written; a name in another script matches through its
    romanised skeleton ("Стерлинг" recognised in Russian finds "Sterling" in
    the English translation the English model missed).
    """
    known: dict[tuple[str, ...], str] = {}
    by_skeleton: dict[tuple[str, ...], tuple[str, str | None]] = {}
    by_lemma: dict[tuple[str | None, str], str] = {}  # one-word names by dictionary form, per language (Кремле)
    for sents in by_article.values():
        for s in sents:
            for c in s.cands:
                words = tuple(m.group() for m in TOKEN.finditer(s.text[c.start:c.end]))
                if words and len("".join(words)) >= 3 and is_capitalised(words[0]):
                    known.setdefault(words, c.type)
                    if any(rules.is_acronym(w) for w in words):
                        continue
                    # the dictionary form too: "Журавлева" is found as "Zhuravlev"
                    normal = tuple(TOKEN.findall(s.kit.normal(s.text[c.start:c.end], c.type)))
                    forms = {words, normal}
                    if c.type == "PER" and len(normal) >= 2:
                        forms.add(normal[-1:])  # the surname alone, for translations that drop the first name
                    for form in forms:
                        sk = tuple(skeleton(w, s.kit.code) for w in form)
                        if len("".join(sk)) >= 4:
                            by_skeleton.setdefault(sk, (c.type, script(words[0])))
                    if len(words) == 1 and len(words[0]) >= 4:
                        for f in _word_forms(s.kit, words[0]):
                            by_lemma.setdefault((s.kit.code, f), c.type)
                    elif c.type == "PER" and (s.kit.endings or s.kit.possessives) and len(words[-1]) >= 4:
                        # the surname alone in another case form ("Petteri Orpo" … "Orpon mukaan", "Frederiksens"),
                        # or with a possessive ending the language's data lists ("Friedrich Merz" … "Merz’s")
                        for f in _word_forms(s.kit, words[-1]):
                            by_lemma.setdefault((s.kit.code, f), c.type)
    if not known:
        return
    joined: set[tuple[str, ...]] = set()
    for sents in by_article.values():
        for s in sents:
            s.cands = [part for c in s.cands for part in _split_known(s, c, known, joined)]
    for words in joined:  # a span split in two is no name to look for again
        known.pop(words, None)
    longest = max(len(k) for k in known)
    for sents in by_article.values():
        for s in sents:
            toks = s.tokens()
            i = 0
            while i < len(toks):
                hit = _known_at(toks, i, longest, known, by_skeleton, s.kit.code) or _inflected_at(s.kit, toks[i], by_lemma)
                if not hit:
                    i += 1
                    continue
                n, etype = hit
                a, b = toks[i][0], toks[i + n - 1][1]
                b = a + len(s.kit.strip_possessive(s.text[a:b]))  # "Moldova’s" found as Moldova is "Moldova"
                inside = [c for c in s.cands if a <= c.start and c.end <= b and (c.start, c.end) != (a, b)]
                rest = [c for c in s.cands if c not in inside]
                if not rules.covered(rest, a, b):
                    # a longer known name wins over a fragment of it (Срединный -> Срединный коридор)
                    s.cands = rest + [Cand(a, b, etype, "known", "known_names")]
                i += n


def _split_known(s: Sent, c: Cand, known: dict[tuple[str, ...], str], joined: set) -> list[Cand]:
    """A span joining two names the story names apart by a conjunction ("Facebook and Instagram") is both."""
    toks = list(TOKEN.finditer(s.text[c.start:c.end]))
    words = tuple(t.group() for t in toks)
    for k in range(1, len(toks) - 1):
        if words[k] in s.kit.conjunctions and words[:k] in known and words[k + 1:] in known:
            joined.add(words)
            return [replace(c, end=c.start + toks[k - 1].end(), type=known[words[:k]], rule="split_known"),
                    replace(c, start=c.start + toks[k + 1].start(), type=known[words[k + 1:]], rule="split_known")]
    return [c]


def _word_forms(k, word: str) -> set[str]:
    """Dictionary forms a capitalised word may have: its lemma, or its stems where there is no dictionary; in a
    language written in two scripts, in Latin letters (Serbian Вучићем, Vučića: both romanise to a form of Vučić)."""
    forms = {k.lemma(word)} | ({f.lower() for f in k.stems(word)} if k.endings else set())
    return {romanise(f, k.code).lower() for f in forms} if k.twin_scripts else forms


def _inflected_at(k, tok, by_lemma: dict) -> tuple[int, str] | None:
    """A one-word name known in the story met in another case form of its language (Кремля -> Кремле)."""
    word = tok[2]
    if len(word) < 4 or not is_capitalised(word) or word.isupper() or not by_lemma:
        return None
    return next(((1, t) for f in sorted(_word_forms(k, word)) if (t := by_lemma.get((k.code, f)))), None)


def _known_at(toks, i, longest, known, by_skeleton, code) -> tuple[int, str] | None:
    for n in range(min(longest, len(toks) - i), 0, -1):
        ws = tuple(t[2] for t in toks[i:i + n])
        if ws in known:
            return n, known[ws]
        caps = [w for w in ws if is_capitalised(w)]
        if not (is_capitalised(ws[0]) and is_capitalised(ws[-1])
                and all(w in caps or (w.islower() and len(w) <= 3) for w in ws)):
            continue  # capitalised words, and a name's particles between them ("Lula da Silva")
        hit = by_skeleton.get(tuple(skeleton(w, code) for w in ws))
        # another script (Стерлинг = Sterling), or a person's name spelt another way (Peskow = Peskov; Inacio =
        # Inácio within a name of three words or more)
        if hit and (hit[1] != script(ws[0]) or (hit[0] == "PER" and (min(len(w) for w in caps) >= 5
                                                                     or len(caps) >= 3))):
            return n, hit[0]
    return None


def resolve_overlaps(cands: list[Cand]) -> list[Cand]:
    """Keep non-overlapping candidates, preferring longer and more trusted ones; nested names inside a kept one."""
    kept: list[Cand] = []
    for c in sorted((c for c in cands if not c.nested), key=lambda c: (-(c.end - c.start), -_TRUST.get(c.source, 0), c.start)):
        if not rules.covered(kept, c.start, c.end):
            kept.append(c)
    inner: list[Cand] = []
    for c in sorted((c for c in cands if c.nested), key=lambda c: (-(c.end - c.start), c.start)):
        if any(k.start <= c.start and c.end <= k.end and (k.start, k.end) != (c.start, c.end) for k in kept) \
                and not any(o.start < c.end and c.start < o.end for o in inner):
            inner.append(c)
    return sorted(kept + inner, key=lambda c: (c.start, -c.end))
