"""Built places and bodies whose names are translated word by word: Sistine Chapel = Cappella Sistina = Kaplica
Sykstyńska, St Peter's Square = Piazza San Pietro = Plac Świętego Piotra.

Such a name is a kind of thing (chapel, square, museum: ``[landmarks]`` and
``[orgs.kinds]`` of the language data, in the name or the lower-case word right
beside it: "la chapelle Sixtine") and a proper part. The proper part is carried
over by sound (Sistina, Sixtina, Sykstyńska keep the consonants s-t-n) or, for a
saint's or a person's given name, by translation (Pietro = Peter = Piotr, the
``[given]`` data). Two clusters of one story in different languages link when
their kinds agree and every proper word of one matches one of the other, and
each is the other's only match in its languages; never a part with its whole,
never two names sharing only their kind.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Sequence

from .. import lang
from ..adapters.translit import ascii_fold, skeleton
from ..disjoint import DisjointSets
from .kit import kit
from .link import Work, clusters_of, parts_and_wholes, vote, words

Sign = tuple[str, tuple[str, ...]]  # (kind, keys of the proper words)
MIN_KEY = 3  # consonants a sound key needs to say anything (s-t-n)
LONG_WORD = 5  # ... or two in a word this long, whose vowels say the rest (Apollo, Apolo: p-l)
_ELIDED = re.compile(r"^[^\W\d_]{1,4}['’](?=[^\W\d_])")


def _tables() -> tuple[dict[str, str], frozenset[str]]:
    """Word (lower case) -> kind of thing, from every language's ``[landmarks]`` and ``[orgs.kinds]``; saint words."""
    from ..resources import current

    def build() -> tuple[dict[str, str], frozenset[str]]:
        out: dict[str, str] = {}
        saints: set[str] = set()
        for code in lang.available():
            data = lang.data(code, "entities")
            for table in (data.get("landmarks", {}), data.get("orgs", {}).get("kinds", {})):
                for kind_, heads in table.items():
                    for h in heads:
                        # a gallery is a museum's kind: [orgs.kinds] lists galleries with museums in most languages
                        out.setdefault(h.lower(), "museum" if kind_ == "gallery" else kind_)
            saints |= {w.lower() for w in data.get("names", {}).get("SAINTS", ())}
        return out, frozenset(saints)

    return current().resource("landmark kinds", build)


@lru_cache(maxsize=None)
def landmark_words(code: str | None) -> frozenset[str]:
    """The words of one language's ``[landmarks]`` data (elevador, kaplica, piazza), lower case."""
    table = lang.data(code, "entities").get("landmarks", {}) if code else {}
    return frozenset(h.lower() for heads in table.values() for h in heads)


def kind_word(word: str, code: str | None) -> str | None:
    """The kind of thing a word names in any case form ("Kaplicę" -> chapel, "капеллу" -> chapel), or None."""
    table, _ = _tables()
    k = kit(code)
    w = word.lower()
    if w in table:
        return table[w]
    forms = {k.lemma(word)} | ({f.lower() for f in k.stems(word)} if k.endings else set())
    return next((table[f] for f in sorted(forms) if f in table), None)


def sound_key(word: str, code: str | None) -> str:
    """The consonants a name keeps when another language writes it (Sistina, Sixtina, Sykstyńska, Сикстинская: stn...)."""
    s = ascii_fold(skeleton(word, code)).lower()
    for a, b in (("ph", "f"), ("x", "ks"), ("w", "v"), ("q", "k"), ("c", "k"), ("y", "i"), ("h", ""), ("z", "s")):
        s = s.replace(a, b)
    cons = re.sub(r"[^a-z]|[aeiou]", "", s).replace("ks", "s")
    return re.sub(r"(.)\1+", r"\1", cons)


def _given_key(word: str, code: str | None) -> str | None:
    from .people import given_names

    names = given_names()
    k = kit(code)
    for form in (word, k.match_form(word), k.lemma(word)):
        hit = names.get(skeleton(form, code))
        if hit:
            return "g:" + min(hit)
    return None


def signature(w: Work, beside: Sequence[str]) -> Sign | None:
    """(kind, proper word keys) of a mention, its kind from its own words or the lower-case words beside it."""
    return _signature(w.text, w.lang, tuple(beside))


@lru_cache(maxsize=1 << 16)
def _signature(text: str, code: str | None, beside: tuple[str, ...]) -> Sign | None:
    _, saints = _tables()
    # hyphenated compounds apart (Apollon-Galerie); an elided particle off its word (Galerie d'Apollon)
    ws = [_ELIDED.sub("", p) for t in words(text) for p in t.split("-") if p]
    kinds_ = [kd for t in ws if (kd := kind_word(t, code))]
    rest = [t for t in ws if not kind_word(t, code) and t.lower() not in saints and t[:1].isupper()]
    if not kinds_:
        kinds_ = [kd for t in beside if (kd := kind_word(t, code))]
    if len(set(kinds_)) != 1 or not rest:
        return None
    keys = []
    for t in rest:
        key = _given_key(t, code) or sound_key(t, code)
        if not key.startswith("g:") and len(key) < (MIN_KEY if len(t) < LONG_WORD else MIN_KEY - 1):
            return None
        keys.append(key)
    return kinds_[0], tuple(sorted(keys))


def _word_match(a: str, b: str) -> bool:
    if a.startswith("g:") or b.startswith("g:"):
        return a == b
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short)


def _match(a: Sign, b: Sign) -> bool:
    if a[0] != b[0] or len(a[1]) != len(b[1]):
        return False
    left = list(b[1])
    for x in a[1]:
        hit = next((y for y in left if _word_match(x, y)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def link_landmarks(ws: Sequence[Work], uf: DisjointSets) -> None:
    """Link clusters of one story naming one built place or body in translated words (see the module docstring)."""
    clusters = clusters_of(ws, uf)
    signs: dict[int, set[Sign]] = {}
    for root, items in clusters.items():
        if vote(items) == "PER":
            continue
        s = {sg for w in items if (sg := signature(w, w.beside))}
        if s:
            signs[root] = s
    if len(signs) < 2:
        return
    holds = parts_and_wholes(clusters)
    story = {r: clusters[r][0].story for r in signs}
    langs = {r: frozenset(w.lang for w in clusters[r]) for r in signs}
    by_kind: dict[tuple[str, str], list[int]] = defaultdict(list)
    for r, s in signs.items():
        for kind_ in {k for k, _ in s}:
            by_kind[(story[r], kind_)].append(r)
    matches: dict[int, set[int]] = defaultdict(set)
    for roots in by_kind.values():
        for i, a in enumerate(roots):
            for b in roots[i + 1:]:
                if langs[a] & langs[b] or (a, b) in holds or (b, a) in holds:
                    continue  # one language: the keys had their chance; a part is not its whole
                if any(_match(x, y) for x in signs[a] for y in signs[b]):
                    matches[a].add(b)
                    matches[b].add(a)
    for a, others in matches.items():
        for b in others:
            if _only(a, b, matches, langs) and _only(b, a, matches, langs):
                uf.union(a, b)


def _only(a: int, b: int, matches: dict[int, set[int]], langs: dict[int, frozenset]) -> bool:
    """Is ``b`` the only cluster ``a`` matches among those sharing a language with ``b``?"""
    return not any(o != b and langs[o] & langs[b] for o in matches[a])

