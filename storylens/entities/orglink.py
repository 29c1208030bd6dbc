"""Organisations linked by translation within a story: State Duma = Госдума = Douma d'État.

No key links "Ministry of Defence of Kazakhstan", "Минобороны Казахстана" and
"Ministerio de Defensa de Kazajstán": their words differ. Their meaning does
not, so each organisation cluster is split into the body (its name less the
country: "Ministry of Defence") and its country (terr:KZ), and clusters link
when their bodies mean the same (multilingual sentence embeddings, each the
other's best match, clearly ahead of the runner-up), their countries (named in
the name, else right beside it) do not differ, the kinds of body their head words name agree (a ministry is not the
armed forces, a committee not its parliament: ``[orgs.kinds]`` in the
language data), and neither holds the other ("комитет Госдумы по обороне"
is not "Госдума"). Linking repeats until nothing changes, so a body named in
three languages ends as one entity.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from rapidfuzz.distance import Indel

from .. import lang
from ..adapters.translit import skeleton
from ..disjoint import DisjointSets
from ..matching import Thresholds
from .gazetteer import Gazetteer
from .kit import kit
from .link import (Work, _initials_script, acronym_fits, clusters_of, is_acronym_text, parts_and_wholes, per_story,
                   vote, words)

# Names alone are short: a mutual best match must be close and clearly ahead of the best rival body
# (multilingual-e5-small: translations of one body 0.88-0.97, different bodies of one story 0.83-0.89).
ACROSS = Thresholds(floor=0.86, lead=0.02)  # names in different languages
WITHIN = Thresholds(floor=0.92, lead=0.02)  # in one language, where the keys have had their chance already
ROUNDS = 4


@dataclass
class Org:
    """One organisation cluster as compared: its body's names, country, kind of body and languages."""

    root: int
    type: str  # ORG, or LOC for a named place
    bodies: list[str]
    countries: frozenset[str]
    kind: str | None
    langs: frozenset
    articles: frozenset
    acronyms: frozenset = frozenset()  # its acronyms in Latin letters (NABU, НАБУ: nabu)
    expansions: tuple[str, ...] = ()  # its names of two words or more, in Latin letters
    proper: frozenset = frozenset()  # sound keys of its names' own words: no place, no ordinary word
    named_in: frozenset = frozenset()  # countries its names carry as their own words ("Georgian Dream")


@lru_cache(maxsize=None)
def kinds() -> dict[str, str]:
    """Head word -> kind of body, from every language's ``[orgs.kinds]``."""
    out: dict[str, str] = {}
    for code in lang.available():
        for kind, heads in lang.data(code, "entities").get("orgs", {}).get("kinds", {}).items():
            for h in heads:
                out.setdefault(h.lower(), kind)
    return out


def kind_of(name: str, code: str | None) -> str | None:
    """The kind of body a name's head word names ("Ministry of Defence" -> ministry), or None."""
    ws = [w.lower() for w in words(name)]
    head_first = lang.data(code, "entities").get("orgs", {}).get("head_first", True)
    if not head_first and "of" in ws:
        ws = ws[:ws.index("of")]  # "Defense Committee of the State Duma": the head is before "of"
    k = kit(code)
    orgs = lang.data(code, "entities").get("orgs", {})
    found = [kinds().get(w) or kinds().get(k.lemma(w))
             or (_compound_kind(w, code) if orgs.get("compound_heads") else None) for w in ws]
    found = [f for f in found if f]
    if not found:
        return None
    return found[0] if head_first else found[-1]


MIN_COMPOUND_HEAD = 5  # letters of a head that closes a compound ("kommission"; not "rat", closing too many words)


@lru_cache(maxsize=1 << 14)
def _compound_kind(word: str, code: str | None) -> str | None:
    """The kind of body a compound's last part names ("wahlkommission", "referendumskommission": commission), in a
    language writing compounds as one word; the longest head of the language's own kinds that closes the word."""
    heads = lang.data(code, "entities").get("orgs", {}).get("kinds", {})
    fits = [(len(h), kind) for kind, hs in heads.items() for h in hs
            if len(h) >= MIN_COMPOUND_HEAD and len(word) > len(h) + 2 and word.endswith(h.lower())]
    return max(fits)[1] if fits else None


REGIONAL = "region"  # stands in the country set of a body named for a world region: no country beside it counts


MAX_COUNTRY_WORDS = 4  # "Bosnia and Herzegovina", "Stanów Zjednoczonych Ameryki"


def _country_span(ws: list[str], i: int, k, gaz: Gazetteer) -> tuple[int, str | None]:
    """(words, key) of the longest run of 2+ words from ``ws[i]`` naming a country, in any case form ("Bosnia and
    Herzegovina", "Bośni i Hercegowiny", "Stanach Zjednoczonych"), or (0, None). Its words are capitalised but for
    short joining words ("and", "i")."""
    if not ws[i][:1].isupper():
        return 0, None
    for n in range(min(MAX_COUNTRY_WORDS, len(ws) - i), 1, -1):
        span = ws[i:i + n]
        if not span[-1][:1].isupper() or any(not w[:1].isupper() and len(w) > 3 for w in span):
            continue
        # "Bosnia & Herzegovina": the ampersand is no word
        place = k.place(gaz, " ".join(span)) or (k.place(gaz, " & ".join(span)) if n == 2 else None)
        if place and place.kind == "territory" and place.key[5:].isalpha():
            return n, place.key
    return 0, None


@lru_cache(maxsize=1 << 14)
def body_and_country(name: str, code: str | None, gaz: Gazetteer, adjectives: bool = True) -> tuple[str, frozenset[str]]:
    """The name less its country's words, and the countries they name ("Kazakh Ministry of Defense", "Ministry of
    Justice of Bosnia and Herzegovina"). Where no dictionary reads adjectives, a country's adjective stays where
    the rest would be one word: "British Museum", "Βρετανικό Μουσείο" are no museum of Britain's but a name
    ("казахстанская армия" is the army of Kazakhstan)."""
    k = kit(code)
    keep, countries, regional, adjective = [], set(), False, False
    ws, i = words(name), 0
    while i < len(ws):
        n, key = _country_span(ws, i, k, gaz)
        if n:
            countries.add(key)
            i += n
            continue
        w = ws[i]
        i += 1
        bare = k.strip_possessive(w)
        # a word naming a kind of body is no nationality, whatever country it opens like ("Service", "Servicio":
        # Dutch "Servië"); an adjective of a country is one in a language without a dictionary too ("Portuguese")
        place = k.place(gaz, bare)
        if place is None and adjectives and not (k.is_body_head(bare) or kinds().get(bare.lower())):
            place = gaz.demonym_of(bare) or (gaz.place_of_adjective(k.lemma(bare) if k.normaliser else bare)
                                             if k.normaliser or bare[:1].isupper() else None)
            adjective = adjective or place is not None
        if place is None and adjectives and not (k.is_body_head(bare) or kinds().get(bare.lower())):
            place = _inflected_demonym(bare, code, gaz)  # Georgischer, géorgien: a nationality word the list lacks
            adjective = adjective or place is not None
        if place and place.kind == "region" and i < len(ws) and ws[i][:1].isupper() and _common(bare, code):
            place = None  # an ordinary word naming a region ("Coast", Tanzania's) that qualifies the next: "Coast Guard"
        if place and (place.kind == "region" or place.kind == "territory" and place.key[5:].isalpha()):
            # a country or a region ("Polizia cantonale del Vallese"); a city stays ("Moscow Times" is not "Times" of Moscow), and so does a world region:
            # the European Commission is no body of a country (CLDR gives regions numeric codes: 150 = Europe)
            countries.add(place.key)
        elif place and place.kind in ("territory", "organisation"):  # Europe, the EU: "EU Council"
            regional = True
            keep.append(w)
        else:
            keep.append(w)
    while keep and keep[-1].lower() in k.trailing | {"of", "the"}:
        keep.pop()  # "Ministry of Defence of" once "Kazakhstan" is gone
    while keep and keep[0] in k.determiners:
        keep.pop(0)
    if adjective and len(keep) < 2 and not k.normaliser:
        # the adjective stays a word of the name and names no country of it: carrying the country let two parties
        # of one country ("Georgian Dream", "Starkes Georgien") link through it
        return body_and_country(name, code, gaz, False)
    return " ".join(keep) or name, frozenset(countries | ({REGIONAL} if regional else set()))


MIN_DEMONYM_STEM = 6  # letters left of a nationality word once its ending is cut ("georgisch", "géorgie")


def _inflected_demonym(word: str, code: str | None, gaz: Gazetteer):
    """The country of a nationality word with an ending the gazetteer does not list, in a language without a
    dictionary: "Georgischer" (georgisch), "géorgien" (Géorgie); only a country, never a city or an ordinary word."""
    if kit(code).normaliser or not word[:1].isalpha():
        return None
    for cut in (1, 2, 3):
        stem = word[:-cut]
        if len(stem) < MIN_DEMONYM_STEM:
            break
        place = gaz.demonym_of(stem) or kit(code).place(gaz, stem)
        if place and place.kind == "territory" and place.key[5:].isalpha():
            return place
    return None


def _common(word: str, code: str | None) -> bool:
    from ..adapters.lexicon import is_common_word

    return is_common_word(word, code) or kit(code).is_common_word(word)


CONTEXT = 40  # characters either side of a mention in which a lone country says whose body it is


def _nearby_countries(ws: Sequence[Work]) -> dict[int, frozenset[str]]:
    """For each mention, the one country named right beside it, if exactly one ("Portugal's National Cybersecurity
    Centre", "le centre national de cybersécurité du Portugal")."""
    places: dict[str, list[Work]] = defaultdict(list)
    for w in ws:
        if any(k.startswith("terr:") for k in w.keys):
            places[w.article].append(w)
    out = {}
    for w in ws:
        near = {k for p in places.get(w.article, ()) if p.idx != w.idx and p.end >= w.start - CONTEXT
                and p.start <= w.end + CONTEXT and not (w.start <= p.start and p.end <= w.end)
                for k in p.keys if k.startswith("terr:")}
        if len(near) == 1:
            out[w.idx] = frozenset(near)
    return out


def _orgs(clusters: dict[int, list[Work]], gaz: Gazetteer, near: dict[int, frozenset[str]]) -> list[Org]:
    out = []
    misc = any(vote(items) == "MISC" for items in clusters.values())
    for root, items in clusters.items():
        forms = Counter((w.normal, w.lang) for w in items)
        ranked = sorted(forms, key=lambda f: (not is_acronym_text(f[0]), len(words(f[0])), forms[f]), reverse=True)[:3]
        bodies, countries, kinds_ = [], set(), Counter()
        for name, code in ranked:
            body, cs = body_and_country(name, code, gaz)
            bodies.append(body)
            if cs - {REGIONAL} and len(words(body)) <= 2 and not is_acronym_text(name):
                # a short name with its country is often a name of its own, the country one of its words
                # ("Georgian Dream", "Strong Georgia"): it is compared whole too, its country still checked
                bodies.append(name)
            countries |= cs
            if (kd := kind_of(name, code)):
                kinds_[kd] += forms[(name, code)]
        named_in = frozenset(countries - {REGIONAL})
        regional = REGIONAL in countries
        countries.discard(REGIONAL)
        if not countries and not regional:  # the name says no country: the story may, right beside it
            beside = Counter(k for w in items for k in near.get(w.idx, ()))
            if len(beside) == 1:
                countries = set(beside)
        # a kind of body named alone ("Comisión") says nothing of which body, nor where it is named in full
        named = [w for w in items if not _bare_head(w)] or items
        acronyms = frozenset(_initials_script(w.text, w.lang).casefold() for w in items if is_acronym_text(w.text))
        # an acronym with its country's ("ЦИК РК") expands nothing
        expansions = tuple(dict.fromkeys(_initials_script(w.normal, w.lang) for w in items if len(words(w.normal)) >= 2
                                         and not all(is_acronym_text(x) for x in words(w.normal))))
        etype = vote(items)
        # own words, read only where a story has a name no recogniser typed (MISC)
        proper = frozenset(k for name, code in ranked for k in _proper_keys(name, code, gaz)) if misc else frozenset()
        out.append(Org(root, etype, list(dict.fromkeys(bodies)), frozenset(countries),
                       kinds_.most_common(1)[0][0] if kinds_ else None, frozenset(w.lang for w in named),
                       frozenset(w.article for w in named), acronyms, expansions, proper, named_in))
    return out


def _named_place(items: list[Work]) -> bool:
    """A place the gazetteer does not list, named in several words ("Iberian Peninsula"): linked by translation
    like a body, with places only."""
    return vote(items) == "LOC" and not any(k.startswith(("terr:", "city:")) for w in items for k in w.keys) \
        and any(len(words(w.text)) >= 2 for w in items)


def _named_thing(items: list[Work]) -> bool:
    """A name of several words no recogniser called an organisation or a place ("Koalicja Obywatelska", "Λιμενικό
    Σώμα", "Parthenon Sculptures"): linked by translation like a body, with bodies and such names only."""
    return vote(items) == "MISC" and any(len(words(w.normal)) >= 2 for w in items) \
        and not any(k.startswith(("terr:", "city:", "region:")) for w in items for k in w.keys)


PROPER_KEY = 3  # opening consonants of a word's sound key that must agree (Parthenon, Παρθενώνα: prt...)
PROPER_ALIKE = 0.75  # and how alike the whole sound keys must be: case endings differ (Risbergska, Risberskan), a
# word that only opens alike does not (Narodowego, Nordic: nrd...)


@lru_cache(maxsize=1 << 14)
def _proper_keys(name: str, code: str | None, gaz: Gazetteer) -> frozenset[str]:
    """Sound keys of a name's own words: not a place nor made from one (Kyiv, Bosnian, Сумской: two outlets of one
    city are two outlets), not an ordinary word of its language (News, National), not a given name (Robert of
    "Robert Bosch" is no own word of a body)."""
    from ..adapters.lexicon import is_common_word
    from .landmarks import sound_key
    from .people import given_names

    k = kit(code)
    given = given_names()
    out = set()
    for w in words(name):
        if len(w) < 4 or not w[:1].isupper() or is_common_word(w, code) or k.is_common_word(w) \
                or k.place(gaz, w) or gaz.demonym_of(w) or gaz.place_of_adjective(k.lemma(w)) \
                or skeleton(w, code) in given:
            continue
        if len(key := sound_key(w, code)) >= PROPER_KEY:
            out.add(key)
    return frozenset(out)


def _own_word_alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two names share an own word, written alike up to its case ending?"""
    return any(x[:PROPER_KEY] == y[:PROPER_KEY] and Indel.normalized_similarity(x, y) >= PROPER_ALIKE
               for x in a for y in b)


def _bare_head(w: Work) -> bool:
    ws = words(w.text)
    return len(ws) == 1 and kit(w.lang).is_body_head(ws[0])


def link_organisations(ws: Sequence[Work], uf: DisjointSets, embed: Callable[[list[str]], object] | None,
                       gaz: Gazetteer, max_orgs: int = 60) -> None:
    """Link organisation clusters of one story that name one body in other words (see the module docstring)."""
    if embed is None:
        return
    for story_ws in per_story(ws):
        _link_story(story_ws, uf, embed, gaz, max_orgs)


def _link_story(ws: Sequence[Work], uf: DisjointSets, embed, gaz: Gazetteer, max_orgs: int) -> None:
    near = _nearby_countries(ws)
    for _ in range(ROUNDS):
        clusters = clusters_of(ws, uf)
        orgs = {r: items for r, items in clusters.items()
                if (vote(items) == "ORG" or _named_place(items) or _named_thing(items))
                and any(w.source != "known" for w in items)}
        # embedding is the costly step: the most mentioned organisations first
        orgs = dict(sorted(orgs.items(), key=lambda kv: -len(kv[1]))[:max_orgs])
        if len(orgs) < 2 or not _merge_round(orgs, uf, embed, gaz, parts_and_wholes(clusters), near):
            return


def _merge_round(clusters: dict[int, list[Work]], uf: DisjointSets, embed, gaz: Gazetteer,
                 holds: set[tuple[int, int]], near: dict[int, frozenset[str]]) -> bool:
    orgs = _orgs(clusters, gaz, near)
    texts = list(dict.fromkeys(b for o in orgs for b in o.bodies))
    index = {t: i for i, t in enumerate(texts)}
    vecs = embed(texts)
    sims = vecs @ vecs.T
    n = len(orgs)

    def sim(i: int, j: int) -> float:
        return max(float(sims[index[a], index[b]]) for a in orgs[i].bodies for b in orgs[j].bodies)

    best: dict[int, tuple[float, int, float]] = {}
    for i in range(n):
        row = sorted(((sim(i, j), j) for j in range(n) if j != i and _may_link(orgs[i], orgs[j], holds)), reverse=True)
        if not row:
            continue
        s, j = row[0]
        # the runner-up that counts is another body: a third name of the same body (European Commission,
        # Comisión Europea, Commission européenne) is no rival, and when the two agree on their kind of body
        # (State Duma, Госдума: parliaments), neither is a body of another kind (NATO)
        same_kind = orgs[i].kind is not None and orgs[i].kind == orgs[j].kind
        rival = next((x for x, k in row[1:] if (sim(j, k) < ACROSS.floor or not _compatible(orgs[j], orgs[k], holds))
                      and not (same_kind and orgs[k].kind != orgs[i].kind)), 0.0)
        if orgs[j].countries and not orgs[i].countries:
            # a body that names no country joins one of a country only when it is clearly closer to it than to
            # the bodies its own articles name beside it ("Centro Nacional de Inteligencia" beside "Instituto
            # Nacional de Ciberseguridad" is no Portuguese "National Cybersecurity Centre")
            rival = max([rival, *(sim(i, k) for k in range(n) if k not in (i, j) and orgs[i].articles & orgs[k].articles
                                  and orgs[i].langs & orgs[k].langs and not _same_body(orgs[i], orgs[k])
                                  and not (same_kind and orgs[k].kind != orgs[i].kind))])
        best[i] = (s, j, s - rival)
    merged = False
    for i, (s, j, margin) in best.items():
        back = best.get(j)
        need = WITHIN if orgs[i].langs & orgs[j].langs else ACROSS
        if back and back[1] == i and i < j and s >= need.floor and min(margin, back[2]) >= need.lead:
            uf.union(orgs[i].root, orgs[j].root)
            merged = True
    return merged


def _compatible(a: Org, b: Org, holds: set[tuple[int, int]]) -> bool:
    """Could the two be one body at all: neither holds the other, countries and kinds of body agree?"""
    if (a.root, b.root) in holds or (b.root, a.root) in holds or (
            a.type != b.type and {a.type, b.type} != {"ORG", "MISC"}):
        return False  # a part and its whole; a body and a place (a body may be read as a name of another kind)
    if a.countries and b.countries and not (a.countries & b.countries):
        return False
    if _proper_part(a, b) or _proper_part(b, a) or (_other_acronyms(a, b) and not _same_body(a, b)):
        return False
    if a.kind and b.kind and a.kind != b.kind:
        return False  # an airport is not its airline, whatever they share
    if (a.type == "MISC" or b.type == "MISC") and not (a.kind and a.kind == b.kind):
        # a name no recogniser typed is often no name at all ("Tornfalkgatan 26", a person's name and a place):
        # meaning alone is no evidence, an own word written alike in both is ("Voepass Hava Yolları")
        # or a country both names carry as a word of their own ("Rêve géorgien", "Georgian Dream")
        return _own_word_alike(a.proper, b.proper) or bool(a.named_in & b.named_in)
    return True


def _other_acronyms(a: Org, b: Org) -> bool:
    """Two bodies each written as an acronym, the acronyms different (EU, ONU; EPA, AFP), where one is known by its
    acronym alone or no expansion of one spells the other's acronym: acronyms mean alike to an embedding model
    whatever they stand for, so only an expansion may say that two of them name one body (NATO, OTAN)."""
    if not a.acronyms or not b.acronyms or a.acronyms & b.acronyms:
        return False
    if a.expansions and b.expansions:
        return False  # both named in full: their expansions were compared
    return not any(acronym_fits(x, n) for x in a.acronyms for n in b.expansions) \
        and not any(acronym_fits(x, n) for x in b.acronyms for n in a.expansions)


def _proper_part(bare: Org, named: Org) -> bool:
    """Is a one-word name the proper part of a name with a kind of body ("Vaticano" of "Vatican Museums")?"""
    mine = [_body_keys(b)[0] for b in bare.bodies]
    if any(m is None for m in mine):
        return False  # a name of several words, or a kind of body named alone ("Comisión"), is no proper part
    keys = {k for m in mine for k in m}
    theirs = {k for b in named.bodies for k in _body_keys(b)[1]}
    return any(t.startswith(k) or k.startswith(t) for k in keys for t in theirs)


@lru_cache(maxsize=1 << 16)
def _body_keys(body: str) -> tuple[frozenset[str] | None, frozenset[str]]:
    """(sound keys of a one-word name as a proper part, or None; sound keys of the proper words of a name with a
    kind of body)."""
    from .landmarks import kind_word, sound_key

    ws = words(body)
    alone = None if " " in body or kind_word(body, None) else frozenset(
        k for k in (sound_key(body, None),) if len(k) >= 3)
    kinds_ = [bool(kind_word(w, None)) for w in ws]
    proper = frozenset(k for w, kd in zip(ws, kinds_) if not kd and len(k := sound_key(w, None)) >= 3) \
        if len(ws) >= 2 and any(kinds_) else frozenset()
    return alone, proper


def _may_link(a: Org, b: Org, holds: set[tuple[int, int]]) -> bool:
    if not _compatible(a, b, holds):
        return False
    if a.langs & b.langs:
        # in one language the keys have had their chance: two names in one article are two bodies, and names
        # sharing a word are no evidence (Организация Договора..., Организация тюркских государств); what is
        # left is one kind of body named two ways, or one name inflected where no dictionary says so (Кремлі)
        if a.articles & b.articles:
            return _same_body(a, b) or _one_body_named_bare(a, b)  # "ГСЧС Украины" and "ГСЧС" in one article: one body, its country named once
        return bool(a.kind and a.kind == b.kind) or _inflected(a, b) or _same_body(a, b)
    return True


SAME_BODY = 0.9  # how alike two bodies' names must be in Latin letters ("Centre", "Center")


def _same_body(a: Org, b: Org) -> bool:
    """One body named with and without its country in one language ("Portuguese National Cybersecurity Center",
    "National Cybersecurity Centre"; "ГСЧС Украины", "ГСЧС"): a name less its country is the other's name, up to
    spelling, and the one that names a country differs from its body. The countries themselves were compared."""
    if not (a.countries or b.countries):
        return False
    return any(_alike(x, y) for x in a.bodies for y in b.bodies)


@lru_cache(maxsize=1 << 14)
def _alike(x: str, y: str) -> bool:
    sx, sy = skeleton(x), skeleton(y)
    return len(sx) >= 3 and (sx == sy or Indel.normalized_similarity(sx, sy) >= SAME_BODY)


def _one_body_named_bare(a: Org, b: Org) -> bool:
    """Do two names in one article name one body, with and without its country ("Центральная избирательная комиссия
    Грузии", "Центральной избирательной комиссии" beside it): a body of several words the same in both, one country?"""
    return bool(a.countries & b.countries) and any(len(words(x)) >= 2 and not is_acronym_text(x)
                                                   for x in set(a.bodies) & set(b.bodies))


def _inflected(a: Org, b: Org) -> bool:
    return any(x[:4] == y[:4] and Indel.normalized_similarity(skeleton(x), skeleton(y)) >= 0.8
               for x in a.bodies for y in b.bodies if " " not in x and " " not in y)
