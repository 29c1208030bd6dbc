"""Linking mentions into entities: within an article, then across articles by keys, then by meaning.

Persons have their own module (``people.py``).

Every step is blocked: mentions meet only through shared keys (a folded
name, a gazetteer place, an alias, a romanised skeleton, a surname block), so
the cost grows with the number of mentions, not with its square. The one
all-pairs step, organisations linked by translation (``orglink.py``), runs
per story on its organisations.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from .. import lang
from ..adapters.phonetic import own_reading
from ..adapters.translit import ascii_fold, foreign_skeleton, hacek_skeleton, is_latin, romanise, skeleton
from ..disjoint import DisjointSets
from .gazetteer import ORGANISATIONS, Gazetteer, fold
from .kit import TOKEN, kit
from .ordinals import ordinal as regnal_ordinal

# Function words an acronym skips (Организация Договора о коллективной безопасности = ОДКБ).
_MAX_FUNCTION_WORD = 3
MIN_STEM = 3  # letters of a name's stem that may link its case forms ("Łab-"; not "Ku-")
MIN_SHARED_STEM = 6  # letters of a stem that may link to the same name in another language ("Bernburg")


@dataclass
class Work:
    """A mention under linking."""

    idx: int
    article: str
    story: str
    start: int
    end: int
    text: str
    type: str
    source: str
    lang: str | None
    normal: str
    link: tuple[int, int] | None = None
    keys: set[str] = field(default_factory=set)
    forms: set[str] = field(default_factory=set)  # keys of its candidate dictionary forms ("Caroli" -> "Carola")
    place: str | None = None
    expands: bool = False  # the article also writes this name as an acronym (so it names no person)
    beside: tuple[str, ...] = ()  # lower-case words right before and after it ("la chapelle Sixtine")


def words(text: str) -> list[str]:
    return TOKEN.findall(text)


def is_acronym_text(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 6 and all(c.isupper() for c in letters) and " " not in text.strip()


def acronym_fits(acronym: str, expansion: str, inner: bool = True) -> bool:
    """Do the letters of ``acronym`` spell ``expansion``, each content word giving its initial? With ``inner``, a
    word may give further letters from inside it (ЕАЭС: Е-вр-А-зийский Э-кономический С-оюз)."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    ws = [w.lower() for w in words(expansion)]
    if len(ws) < 2 or not letters:
        return False

    memo: dict[tuple[int, int], bool] = {}

    def fit(i: int, j: int) -> bool:
        if (i, j) not in memo:
            memo[(i, j)] = _fit(i, j)
        return memo[(i, j)]

    def _fit(i: int, j: int) -> bool:
        if j == len(ws):
            return i == len(letters)
        w = ws[j]
        optional = len(w) <= _MAX_FUNCTION_WORD and j > 0
        if optional and fit(i, j + 1):
            return True
        if i >= len(letters) or w[0] != letters[i]:
            return False
        # further letters may come from inside the same word (ЕАЭС: Е-вр-А-зийский)
        k, pos = i + 1, 1
        while inner:
            if fit(k, j + 1):
                return True
            if k >= len(letters):
                return False
            nxt = w.find(letters[k], pos)
            if nxt < 0:
                return False
            k, pos = k + 1, nxt + 1
        return fit(k, j + 1)

    return fit(0, 0)


def link_within_articles(ws: Sequence[Work], uf: DisjointSets) -> None:
    """Same name, acronym and its expansion, surname and full name: one entity per article."""
    by_article: dict[str, list[Work]] = defaultdict(list)
    for w in ws:
        by_article[w.article].append(w)
    for items in by_article.values():
        first: dict[str, int] = {}
        for w in items:
            key = fold(w.normal)
            if key in first:
                uf.union(first[key], w.idx)
            else:
                first[key] = w.idx
        linked = [w for w in items if w.link]
        if linked:
            by_start = sorted(items, key=lambda o: o.start)
            starts = [o.start for o in by_start]
            longest = max(o.end - o.start for o in items)
            for w in linked:  # mentions overlapping the span a rule linked it to (mentions are short)
                # the one mention the acronym abbreviates: most overlap, so a name nested inside it is not taken too
                over = [(min(o.end, w.link[1]) - max(o.start, w.link[0]), -(o.end - o.start), o.idx)
                        for o in by_start[bisect_left(starts, w.link[0] - longest):bisect_left(starts, w.link[1])]
                        if o.start < w.link[1] and w.link[0] < o.end and o.idx != w.idx]
                if over:
                    uf.union(w.idx, max(over)[2])
        _acronyms_in_article(items, uf)
        _surnames_in_article(items, uf)
        _short_forms_in_article(items, uf)


def _acronyms_in_article(items: list[Work], uf: DisjointSets) -> None:
    # expansions by their first letter (an acronym's first letter is its first word's initial), each distinct
    # wording tested once per distinct acronym: no pass over every mention for every acronym
    expansions: dict[str, dict[str, list[Work]]] = defaultdict(lambda: defaultdict(list))
    for e in items:
        ws = words(e.normal)
        if len(ws) >= 2:  # a person too: a name the article also writes as an acronym is an organisation's
            expansions[ws[0][:1].lower()][e.normal].append(e)
    fitting: dict[str, list[Work]] = {}
    for w in items:
        if not is_acronym_text(w.text):
            continue
        if w.type == "PER" and len(words(w.text)) == 1:
            w.type = "ORG"  # a word of capitals alone is no person's name (REE, NIS), whatever a model read
        if w.text not in fitting:
            first = next((c.lower() for c in w.text if c.isalpha()), "")
            # an acronym is not spelt by a name it is a word of ("сборная СССР" is not the USSR)
            # (two capitals spell the initials of too many persons: Latvian "ES", the EU, is no "Evika Siliņa")
            short = sum(c.isalpha() for c in w.text) <= 2
            fitting[w.text] = [e for normal, es in expansions.get(first, {}).items() if acronym_fits(w.text, normal)
                               and w.text.casefold() not in {x.casefold() for x in words(normal)} for e in es
                               if not (short and e.type == "PER")]
            if not fitting[w.text] and sum(c.isalpha() for c in w.text) > MIN_STORY_ACRONYM:
                # the body named without the country its acronym closes with: "Национальное антикоррупционное
                # бюро" and НАБУ (... Украины), by initials only
                fitting[w.text] = [e for normal, es in expansions.get(first, {}).items()
                                   if acronym_fits(w.text[:-1], normal, False) for e in es if e.type != "PER"]
        fits = {uf.find(e.idx) for e in fitting[w.text]}
        if len(fits) == 1:
            uf.union(w.idx, fits.pop())
            for e in fitting[w.text]:
                e.expands = True
                if e.type == "PER":
                    e.type = "ORG"  # "Red Eléctrica Española (REE)" read as a person by a model


MIN_STORY_ACRONYM = 3  # letters an acronym needs to be linked to an expansion another article writes (ES, UE: too many)


def _initials_script(text: str, code: str | None) -> str:
    """A name's letters in the Latin script, for an acronym and an expansion written in different scripts
    (ДСНС = DSNS: Державна служба з надзвичайних ситуацій)."""
    return ascii_fold(romanise(text, code))


def link_acronyms_in_story(ws: Sequence[Work], uf: DisjointSets) -> None:
    """An acronym no expansion of its own article spells joins the one cluster of its story whose name of two
    words or more it spells, in another article or another script: "PKW" in one article, "Państwowa Komisja
    Wyborcza" in another; "DSNS" and "Державна служба з надзвичайних ситуацій". Never a person's name, never a
    name the acronym is a word of, and only when exactly one cluster fits."""
    for story_ws in per_story(ws):
        clusters = clusters_of(story_ws, uf)
        names: dict[str, list[tuple[str, str | None, int]]] = defaultdict(list)  # first Latin letter -> names
        acronyms: dict[int, set[tuple[str, str | None]]] = defaultdict(set)
        types = {root: vote(items) for root, items in clusters.items()}
        for root, items in clusters.items():
            if types[root] == "PER":
                continue
            for w in items:
                if is_acronym_text(w.text) and sum(c.isalpha() for c in w.text) >= MIN_STORY_ACRONYM:
                    acronyms[root].add((w.text, w.lang))
                elif len(words(w.normal)) >= 2 and w.type != "PER":
                    latin = _initials_script(w.normal, w.lang)
                    names[latin[:1].lower()].append((w.normal, w.lang, root))
        for root, acrs in acronyms.items():
            own = {n for n, _, r in (x for v in names.values() for x in v) if r == root}
            if any(acronym_fits(a, n) for a, _ in acrs for n in own):
                continue  # its own article spells it already
            fits = set()
            for a, code in acrs:
                latin = _initials_script(a, code)
                for n, ncode, r in names.get(latin[:1].lower(), ()):
                    if r == root or a.casefold() in {x.casefold() for x in words(n)}:
                        continue
                    if types[root] not in ("MISC", types[r]):
                        continue  # a place's acronym is no organisation's (a type read by a model or the gazetteer)
                    # initials only: letters from inside a word spell too many names of another article
                    # ("HNA", Hellenic News of America, is no "Hellenic NAvy")
                    if acronym_fits(a, n, False) or acronym_fits(latin, _initials_script(n, ncode), False):
                        fits.add(uf.find(r))
            if len(fits) == 1:
                uf.union(root, fits.pop())


def expansions_are_no_people(ws: Sequence[Work]) -> None:
    """A name the story writes as an acronym somewhere, or the opening words of one ("Red Eléctrica" of "Red
    Eléctrica Española", REE), names an organisation in every article, however a model read it there."""
    opened: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for w in ws:
        if w.expands:
            toks = tuple(fold(t) for t in words(w.normal))
            opened[w.story] |= {toks[:n] for n in range(2, len(toks) + 1)}
    for w in ws:
        # with or without its accents ("Red Electrica" in an outlet that drops them)
        if w.type == "PER" and opened.get(w.story) and tuple(fold(t) for t in words(w.normal)) in opened[w.story]:
            w.type = "ORG"


def _short_forms_in_article(items: list[Work], uf: DisjointSets) -> None:
    """A name of two words or more that opens exactly one longer name in its article is its short form
    ("Red Eléctrica" after "Red Eléctrica Española"); persons have their own rules."""
    longer: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for w in items:
        toks = tuple(t.casefold() for t in words(w.text))
        if w.type != "PER" and len(toks) >= 3:
            for n in range(2, len(toks)):
                longer[toks[:n]].add(uf.find(w.idx))
    for w in items:
        toks = tuple(t.casefold() for t in words(w.text))
        if w.type == "PER" or len(toks) < 2:
            continue
        roots = {uf.find(r) for r in longer.get(toks, ())}
        if len(roots) == 1:
            uf.union(w.idx, roots.pop())


def surname_key(w: Work, token: str) -> str:
    return kit(w.lang).lemma(token)


def _surnames_in_article(items: list[Work], uf: DisjointSets) -> None:
    """A one-word mention joins the only full name in the article with that surname (or, for a person, first name);
    a kind of body named alone ("Commission") joins the only organisation in the article whose name it heads."""
    full: dict[str, set[int]] = defaultdict(set)
    given: dict[str, set[int]] = defaultdict(set)
    bodies: dict[str, set[int]] = defaultdict(set)
    for w in items:
        toks = words(w.normal)
        if w.type == "PER" and len(toks) >= 2 and regnal_ordinal(toks[-1]) not in ("", "I"):
            continue  # Napoleon III: a bare "Napoleon" (Napoleona) is not him, nor is "III" a surname (Peter I is Peter)
        if w.type == "PER" and len(toks) >= 2:
            full[surname_key(w, toks[-1])].add(uf.find(w.idx))
            given[surname_key(w, toks[0])].add(uf.find(w.idx))
            if (k := kit(w.lang)).endings and not k.normaliser:
                # a full name in another case, where no dictionary gives its nominative: "Kasparam Briškenam" is
                # the "Briškens" the article names alone
                for f in k.stems(toks[-1]) - {toks[-1]}:
                    full[surname_key(w, f)].add(uf.find(w.idx))
        elif w.type == "ORG" and len(toks) >= 2 and (head := body_head(toks, w.lang)):
            # "the Commission" after "the European Commission": a kind of body named alone stands for the one
            # body of that kind in the article ("Минобороны" is not the ministry's "Пресс-служба": not its head)
            bodies[surname_key(w, head)].add(uf.find(w.idx))
    for w in items:
        toks = words(w.text)
        if len(toks) != 1 or is_acronym_text(w.text):
            continue
        if w.type == "ORG" and kit(w.lang).is_body_head(toks[0]):
            roots = {uf.find(r) for r in bodies.get(surname_key(w, toks[0]), set())}
            if len(roots) == 1:
                uf.union(w.idx, roots.pop())
            continue
        roots = {uf.find(r) for r in full.get(surname_key(w, toks[0]), set())}
        if not roots and (k := kit(w.lang)).endings and not k.normaliser:
            # a surname in another case, where no dictionary gives its nominative: "Fica", "Ficom" -> Robert Fico
            roots = {uf.find(r) for f in k.stems(toks[0]) for r in full.get(surname_key(w, f), set())}
        if not roots and w.type == "PER":
            # "Kobe" alone, with Kobe Bryant the only Kobe in the article
            roots = {uf.find(r) for r in given.get(surname_key(w, toks[0]), set())}
        if len(roots) == 1:
            uf.union(w.idx, roots.pop())
            w.type = "PER"


def body_head(toks: Sequence[str], code: str | None) -> str | None:
    """The word naming a name's kind of body: the first in languages that put it first, else the last before
    "of" ("European Commission", "Ministry of Defence"; "Commission européenne")."""
    k = kit(code)
    head_first = lang.data(code, "entities").get("orgs", {}).get("head_first", True)
    if not head_first and "of" in toks:
        toks = toks[:toks.index("of")]
    heads = [i for i, t in enumerate(toks) if k.is_body_head(t)]
    if not heads:
        return None
    i = heads[0] if head_first else heads[-1]
    if head_first and k.normaliser and not all(k.is_adjective(t) for t in toks[:i]):
        return None  # "Пресс-служба Минобороны": a noun before it, so the ministry is what the name depends on
    return toks[i]


_PARTS = re.compile(r"[^\W\d_]+|\d+")
MAX_DESIGNATION = 12  # characters: M1991, KN-23, Iskander-1M; longer runs of letters and digits are codes, not names


def designation_key(text: str, code: str | None) -> str | None:
    """One key for a designation however it is written: M1991 = M-1991 = М-1991 (letters romanised,
    digits as written, hyphens gone), from a name's first word; None when that word lacks letters or digits."""
    first = text.split()[0] if text.split() else ""
    parts = _PARTS.findall(first)
    if not any(p.isdigit() for p in parts) or not any(not p.isdigit() for p in parts) or len(first) > MAX_DESIGNATION:
        return None
    return "d:" + "".join(p if p.isdigit() else skeleton(p, code).replace(" ", "") for p in parts)


def add_keys(ws: Sequence[Work], gaz: Gazetteer, aliases: Callable[[str], str | None]) -> None:
    """Language-free keys: alias, gazetteer place, romanised skeleton of the name."""
    for w in ws:
        alias = aliases(w.normal) or aliases(w.text)
        if alias:
            w.keys.add(f"alias:{alias}")
            continue
        place = kit(w.lang).place(gaz, w.text)
        if place and w.type != "PER":
            w.keys.add(place.key)
        elif place:
            # a "person" that is a place ("Серпухов"; "Novom Sadu", Novi Sad in a case form read as a full name):
            # decided once its cluster is known
            w.place = place.key
        if (design := designation_key(w.text, w.lang)):
            w.keys.add(design)
        if w.type == "ORG" and (seat := kit(w.lang).org_name(w.text)):
            w.keys.add("n:" + skeleton(seat, w.lang))  # "Кремлі", "Кремля": one seat of power in any case form
        sk = skeleton(w.normal if place else _undetermined(w.normal), w.lang)  # not "El Salvador" -> "Salvador"
        if not place and w.type != "PER" and w.text[:1].isupper() and (near := gaz.near_region(sk)):
            w.keys.add(near.key)  # "Sassonia-Anhalt": a spelling of Saxony-Anhalt the data lacks
        if len(sk.replace(" ", "")) < 2:
            continue
        # Štip = Щип, Šmyhal = Шмигаль: the háček's sound as Cyrillic spells it (a second key, so "Stip" still links)
        bare = w.normal if place else _undetermined(w.normal)
        # and a foreign name as its language spells it (Hałuszczenko = Галущенко, Ντούντα = Duda): one more key
        others = {x for x in (hacek_skeleton(bare, w.lang) if is_latin(w.text) else None,
                              foreign_skeleton(bare, w.lang)) if x and x != sk}
        if w.type != "PER":
            w.keys.add("n:" + sk)
            w.keys |= {"n:" + x for x in others}
            if not place and " " in sk and (placed := place_word_key(bare, w.lang, gaz)):
                w.keys.add("n:" + placed)  # "Kijev Independent" = "The Kyiv Independent": the city by its key
            if " " in sk and is_latin(w.text) and (heard := own_reading(bare, w.lang)):
                # a name of two words or more as its own language says it, which other scripts write by sound
                # ("Downing Street" = Ντάουνινγκ Στριτ)
                w.keys.add("n:" + heard)
            if " " not in sk and len(sk) >= MIN_SHARED_STEM and ("h" in sk or "g" in sk):
                # one letter for Г: Ukrainian writes it h, Russian g (Енергоатом, Энергоатом; Enerhoatom, Energoatom)
                w.keys.add("gh:" + sk.replace("h", "g"))
            if (named := kit(w.lang).structure_name(w.normal)):
                w.keys.add("n:" + skeleton(named, w.lang))  # "Carolabrücke" = "Carola Bridge" = (ponte) "Carola"
            if not place:
                _add_case_form_keys(w)
        elif " " in sk:
            w.keys |= {"p:" + x for x in (sk, *others)}  # a full name is one person across the whole report
        else:
            # a bare surname only within its story (Smith here is not Smith there)
            w.keys |= {f"p:{w.story}:{x}" for x in (sk, *others)}
            k = kit(w.lang)
            if (stem := k.stem_form(w.normal)) and len(stem_sk := skeleton(stem, w.lang)) >= MIN_STEM:
                # its case forms, where the language has endings but no dictionary: "Πύλο", "Πύλου"; "Dudy", "Duda"
                w.keys.add(f"m:{w.story}:{w.lang}:{stem_sk}")


MAX_PLACED_WORDS = 4  # words of a name read with a place in it ("Kyiv City Council")


def place_word_key(name: str, code: str | None, gaz: Gazetteer) -> str | None:
    """A name of two to four words exactly one of which is a listed city or country, that word written as the
    place's key and the others as their skeletons ("Kijev Independent", "Kyiv Independent": one key), or None."""
    ws = words(name)
    if not 2 <= len(ws) <= MAX_PLACED_WORDS:
        return None
    k = kit(code)
    places = [k.place(gaz, t) if t[:1].isupper() and not is_acronym_text(t) else None for t in ws]
    found = [i for i, p in enumerate(places) if p and p.kind in ("city", "territory")]
    if len(found) != 1 or any(places[i] for i in range(len(ws)) if i != found[0]):
        return None
    return " ".join(places[i].key if i == found[0] else skeleton(t, code) for i, t in enumerate(ws))


def _add_case_form_keys(w: Work) -> None:
    """Keys of a name's stem and candidate dictionary forms, where its language has case endings but no dictionary."""
    k = kit(w.lang)
    stem = k.stem_form(_undetermined(w.normal), every_word=w.type == "ORG" and k.first_word_capital)
    if not stem:
        return
    w.forms = {"n:" + skeleton(f, w.lang) for f in k.place_forms(w.normal)[1:]} - w.keys
    stem_sk = skeleton(stem, w.lang).replace(" ", "")
    if len(stem_sk) >= MIN_STEM:
        w.keys.add(f"m:{w.lang}:{stem_sk}")  # case forms of one name in one language ("Łaby", "Łabą")
        if " " not in stem:
            # and of the same one-word name a model read as a person's in one of its forms ("Dukovany", "Dukovanech"):
            # the key a bare surname has, within its story
            w.keys.add(f"m:{w.story}:{w.lang}:{stem_sk}")
        if is_latin(stem) and len(stem_sk) >= MIN_SHARED_STEM:
            w.keys.add("n:" + skeleton(stem, w.lang))  # the bare name other languages write: "Bernburgu"


@lru_cache(maxsize=None)
def _determiners() -> frozenset[str]:
    return frozenset(d.lower() for code in lang.available() for d in kit(code).determiners)


def _undetermined(name: str) -> str:
    """A name less a leading article of any language ("The Washington Post" in a French article)."""
    first, _, rest = name.partition(" ")
    return rest if rest[:1].isupper() and first.lower() in _determiners() else name


def link_by_keys(ws: Sequence[Work], uf: DisjointSets) -> None:
    owner: dict[str, int] = {}
    for w in ws:
        for k in w.keys:
            if k in owner:
                uf.union(owner[k], w.idx)
            else:
                owner[k] = w.idx
    lang_of = {w.idx: w.lang for w in ws}
    for w in ws:  # a case form links to the one name another language writes in a form it may stand for
        roots = {uf.find(owner[k]) for k in w.forms if k in owner and lang_of[owner[k]] != w.lang}
        if len(roots) == 1:
            uf.union(roots.pop(), w.idx)


def per_story(ws: Sequence[Work]) -> list[list[Work]]:
    """The mentions of each story, in the order they come (the steps that link within one story)."""
    by_story: dict[str, list[Work]] = defaultdict(list)
    for w in ws:
        by_story[w.story].append(w)
    return list(by_story.values())


def clusters_of(ws: Sequence[Work], uf: DisjointSets) -> dict[int, list[Work]]:
    """The mentions of each cluster linked so far, by its root."""
    clusters: dict[int, list[Work]] = defaultdict(list)
    for w in ws:
        clusters[uf.find(w.idx)].append(w)
    return clusters


def parts_and_wholes(clusters: dict[int, list[Work]]) -> set[tuple[int, int]]:
    """(outer, inner) root pairs: a mention of one lies inside a mention of the other (part and whole)."""
    by_article: dict[str, list[tuple[int, Work]]] = defaultdict(list)
    for root, items in clusters.items():
        for w in items:
            by_article[w.article].append((root, w))
    out = set()
    for items in by_article.values():
        items.sort(key=lambda x: (x[1].start, -x[1].end))
        for i, (ra, a) in enumerate(items):
            for rb, b in items[i + 1:]:
                if b.start >= a.end:
                    break
                if ra != rb and b.end <= a.end:
                    out.add((ra, rb))
    return out


def vote(items: Iterable[Work]) -> str:
    """The type most of the mentions carry, weighted by who found them."""
    weight = {"alias": 3.0, "natasha": 1.0, "spacy": 1.0, "rules": 0.6, "known": 0.3}
    votes: Counter = Counter()
    for w in items:
        votes[w.type] += weight.get(w.source, 0.5) * (1.5 if w.type == "PER" and len(words(w.normal)) >= 2 else 1.0)
    return votes.most_common(1)[0][0]


def vote_type(items: Iterable[Work]) -> str:
    """The entity's type: weighted majority of its mentions' types (places from the gazetteer stay places)."""
    items = list(items)
    t = vote(items)
    keys = {k for w in items for k in w.keys if k.startswith(("terr:", "city:", "region:"))}
    if keys and all(k[len("terr:"):] in ORGANISATIONS for k in keys):
        return "ORG"  # the EU, the UN
    if t in ("ORG", "MISC") and keys:
        return "LOC"
    return t


def display_name(items: Sequence[Work], gaz: Gazetteer, alias_name: str | None) -> str:
    """Alias name, else the English place name, else the Latin-script form, expansion before acronym."""
    if alias_name:
        return alias_name
    for w in items:
        if any(k.startswith(("terr:", "city:", "region:")) for k in w.keys):
            place = kit(w.lang).place(gaz, w.text)
            if place:
                return place.name
    forms = Counter(w.normal for w in items)
    return max(forms, key=lambda f: (is_latin(f), not is_acronym_text(f), len(words(f)), forms[f], -len(f)))

