"""Persons across articles, scripts and languages: retyping, name-variant matching, places mistaken for persons.

Names are compared as romanised skeletons (``adapters/translit.py``) with
rapidfuzz, a Latin-script name against a name in another script also as it is
spoken (``adapters/phonetic.py``: Barrot = Барро); candidates meet only within
a story and a block (surname consonants, surname ending, first given name's
consonants, phonetic key), so the cost stays far below all pairs.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Sequence

from rapidfuzz.distance import Indel

from .. import lang
from ..adapters.phonetic import key as phonetic_key, readings
from ..adapters.translit import foreign_skeleton, is_latin, skeleton
from .gazetteer import Gazetteer
from .kit import TOKEN, kit
from ..disjoint import DisjointSets
from .link import Work, is_acronym_text, words
from .ordinals import ordinal as regnal_ordinal
from .shapes import given_form




def given_names() -> dict[str, frozenset[str]]:
    """Skeletons of given names in every language's ``[given]`` data -> the names they translate (Giovanni -> john)."""
    from ..resources import current

    def build() -> dict[str, frozenset[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for code in lang.available():
            for name, forms in lang.data(code, "entities").get("given", {}).items():
                for form in forms:  # as written, and as compared (stemmed where the language has no dictionary)
                    out[skeleton(form, code)].add(name)
                    out[skeleton(kit(code).match_form(form), code)].add(name)
        return {k: frozenset(v) for k, v in out.items()}

    return current().resource("given names", build)


def own_forms(code: str, name: str) -> frozenset[str]:
    """Skeletons of the forms one language's ``[given]`` data lists for a name (pl francis: Franciszek, Franciszka)."""
    from ..resources import current

    def build() -> dict[tuple[str, str], frozenset[str]]:
        out: dict[tuple[str, str], frozenset[str]] = {}
        for c in lang.available():
            for n, forms in lang.data(c, "entities").get("given", {}).items():
                out[(c, n)] = frozenset({skeleton(f, c) for f in forms} | {skeleton(kit(c).match_form(f), c) for f in forms})
        return out

    return current().resource("own given forms", build).get((code, name), frozenset())


def translated(a: str, b: str) -> bool:
    """Are two given names (skeletons) one name in two languages (Francis, Francesco, Franziskus, Франциск)?"""
    names = given_names()
    return a != b and bool(names.get(a, frozenset()) & names.get(b, frozenset()))


def _consonants(s: str) -> str:
    """The consonants of a name, doubles collapsed: what transcription keeps best (Hayes/Хейс, Weaving/Уивинг)."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", s).replace("z", "s"))


@dataclass(frozen=True)
class Person:
    """A person cluster's name, compared as romanised skeletons (and, written in Latin letters, as spoken)."""

    given: str
    sur: str
    story: str
    langs: frozenset
    latin: tuple[str, ...] = ()  # the name's words as written, when in Latin letters
    ordinal: str = ""  # a regnal ordinal closing the name ("XIV" of "Leo XIV"), which must be the same on both sides
    words: tuple[str, ...] = ()  # the name's words without particles: Lula da Silva -> (lula, silva)
    surs: tuple[str, ...] = ()  # other candidate dictionary forms of the surname, where a case ending hides it

    def keys(self) -> set[str]:
        """Phonetic keys of the surname: of each reading when written in Latin letters, else of its skeleton."""
        sounds = readings(self.latin[-1]) if self.latin else {self.sur}
        return {k for r in sounds if len(k := phonetic_key(r)) >= 2}


def _person_forms(items: list[Work]) -> Person:
    """A person cluster's name, from its longest form, less a title opening it ("Prezydent Macron" -> Macron); a form
    written given name first where the cluster has one (not Hungarian "Novák Katalin")."""
    best = max(items, key=lambda w: (len(words(w.normal)), not kit(w.lang).family_name_first, len(w.normal)))
    k = kit(best.lang)
    ws = words(best.normal)
    while len(ws) > 1 and (k.cue_type(ws[0]) == "PER" or (ws[0],) in k.titles):
        ws = ws[1:]
    if k.family_name_first and len(ws) >= 2 and regnal_ordinal(ws[0]) and not regnal_ordinal(ws[-1]):
        ws = ws[1:] + ws[:1]  # Hungarian "XIV. Leó" is Leo XIV
    name = " ".join(ws)
    sk = skeleton(k.match_form(name), best.lang).split()
    if len(sk) == len(ws):  # a given name in a case form is that name (Františkom, Франциском): not the surname
        known = given_names()
        sk = [x if x in known or (i == len(sk) - 1 and i) else (given_form(k, raw) or x) for i, (x, raw) in enumerate(zip(sk, ws))]
    latin = tuple(ws) if is_latin(name) else ()
    ordinal = regnal_ordinal(ws[-1]) if len(sk) >= 2 and ws else ""  # Leo XIV, Лев XIV, Λέων ΙΔ΄
    parts = tuple(w for w, raw in zip(sk, ws) if not raw[:1].islower()) if len(sk) == len(ws) else tuple(sk)
    return Person(" ".join(sk[:-1]), sk[-1] if sk else "", best.story, frozenset(w.lang for w in items),
                  latin if len(latin) == len(sk) else (), ordinal, parts, _surname_forms(items, sk[-1] if sk else ""))


def _surname_forms(items: list[Work], sur: str) -> tuple[str, ...]:
    """Skeletons of each candidate dictionary form of the cluster's surnames, in languages with case endings and
    no dictionary: the shortest stem alone (Greek "Πύλου" -> "pil") meets neither "Pylos" nor "Πύλο"; among its
    candidate forms is "Πύλος"."""
    out: set[str] = set()
    for w in items:
        k = kit(w.lang)
        ws = words(w.normal)
        if not ws:
            continue
        stems = k.stems(ws[-1]) if k.endings and not k.normaliser else set()
        out |= {skeleton(f, w.lang) for f in stems}
        # a woman's surname as her family's (Slovak "Nováková", "Vargovej": Novák, Varga)
        out |= {skeleton(f, w.lang) for f in k.surname_bases(ws[-1])}
        # and as its language spells a foreign name's sounds (Hałuszczenko = Halushchenko, Ντούντα = Duda)
        out |= {x for f in {ws[-1], *stems} if (x := foreign_skeleton(f, w.lang))}
    out.discard(sur)
    return tuple(sorted(x for x in out if len(x) >= 3))


def _closest_surnames(a: Person, b: Person, sa: str, sb: str) -> tuple[str, str]:
    """The pair of surname forms (as compared, and each side's other candidate dictionary forms) most alike."""
    if not a.surs and not b.surs:
        return sa, sb
    return max(((x, y) for x in (sa, *a.surs) for y in (sb, *b.surs)),
               key=lambda p: (Indel.normalized_similarity(*p), p == (sa, sb)))


def _as_heard(a: Person, b: Person) -> tuple[str, str, str, str]:
    """(given a, surname a, given b, surname b), the Latin side read as spoken when the other side is not Latin.

    Outlets in other scripts write foreign names by sound (Barrot = Барро,
    Hollande = Олланд): each Latin word is replaced by its reading closest to
    the other side's word (``[sounds]`` rules of the languages' data).
    """
    if bool(a.latin) == bool(b.latin):
        return a.given, a.sur, b.given, b.sur
    lat, other = (a, b) if a.latin else (b, a)
    theirs = (other.given.split() + [other.sur])
    heard = []
    mine = lat.given.split() + [lat.sur]  # as compared: a given name in its dictionary form (Julia -> juli)
    for i, w in enumerate(lat.latin):
        target = other.sur if i == len(lat.latin) - 1 else (theirs[i] if i < len(theirs) - 1 else "")
        own = {mine[i]} if len(mine) == len(lat.latin) else set()
        heard.append(max(readings(w) | own, key=lambda r: (Indel.normalized_similarity(r, target), r == skeleton(w))))
    given, sur = " ".join(heard[:-1]), heard[-1]
    return (given, sur, b.given, b.sur) if lat is a else (a.given, a.sur, given, sur)


def retype_people(ws: Sequence[Work], gaz: Gazetteer) -> None:
    """Mentions typed ORG/LOC/MISC that spell a person named in full elsewhere in the story become persons.

    Recognisers disagree across languages (spaCy reads "Aleksandr Rusikov" as an
    organisation where natasha reads "Александр Русиков" as a person); a bare
    word must match a known surname exactly, so "Tinkoff" the bank stays apart
    from "Oleg Tinkov".
    """
    full: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    surnames: set[tuple[str, str]] = set()
    alone: Counter = Counter()  # one-word names read by a model: person readings minus other readings
    named: Counter = Counter()  # full names: person readings minus other readings by a model
    for w in ws:
        sk = skeleton(w.normal, w.lang).split()
        if len(sk) >= 2 and (w.type == "PER" or w.source in ("natasha", "spacy")):
            named[(w.story, " ".join(sk), w.lang)] += 1 if w.type == "PER" else -1
        if len(sk) == 1 and w.source in ("natasha", "spacy") and len(sk[0]) >= 4:
            vote = 1 if w.type == "PER" else -1
            alone[(w.story, sk[0], w.lang)] += vote
            alone[(w.story, skeleton(kit(w.lang).lemma(w.text), w.lang), w.lang)] += vote  # Фургала -> Furgal
    # a surname seen alone ("Кайманов") still names a person, when the models mostly read it as one
    # ("Meta" read as a person in one sentence and as a company in ten stays a company)
    votes = _by_language(alone)
    surnames |= {k for k, n in votes.items() if n > 0}
    for (story, name), n in _by_language(named).items():
        if n > 0:  # "App Store" read as a person somewhere but as a shop more often is no person's name
            sk = name.split()
            for block in _retype_blocks(sk[-1]):
                full[(story, block)].append((name, sk[-1]))
            surnames.add((story, sk[-1]))
            # the inner words of a long name: the first part of a compound surname (Lula of Lula da Silva)
            surnames |= {(story, w) for w in sk[1:-1] if len(sk) >= 4 and len(w) >= 4}
    _not_people(ws, _mostly_other(alone) - surnames)
    if not surnames:
        return
    # full names as languages that put the given name first write them: what a family-name-first name is turned to
    western: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for (story, name, code), n in named.items():
        if n > 0 and not kit(code).family_name_first:
            for block in _retype_blocks(name.split()[-1]):
                western[(story, block)].append((name, name.split()[-1]))
    # one letter for Г, as Ukrainian (h) and Russian (g) romanisations write it: Hałuszczenko, Galushchenko
    h_surnames = {(story, _g_for_h(x)) for story, x in surnames}
    for w in ws:
        _narrow_to_person(w, full)
        _family_name_last(w, western)
        toks = _name_words(words(w.text))
        if (w.type == "PER" or not 1 <= len(toks) <= 3 or not all(t[:1].isupper() for t in toks)
                or any(is_acronym_text(t) for t in toks) or gaz.lookup(w.normal) or gaz.lookup(w.text)):
            continue
        sk = skeleton(kit(w.lang).match_form(w.normal), w.lang).split()
        if not sk:
            continue
        if len(sk) == 1:
            k = kit(w.lang)
            # a surname in another case where no dictionary gives its nominative: each candidate nominative
            # ("Nausėdos", "Nausėdą" -> Nausėda; the shortest stem alone, "Nausėd-", spells no surname)
            stems = k.stems(w.normal) if k.endings and not k.normaliser else set()
            forms = {sk[0]} | {skeleton(f, w.lang) for f in stems | k.surname_bases(w.normal)}
            # spelt as its language spells a foreign name ("Hałuszczenko" is the Halushchenko named in full)
            forms |= {x for f in {w.normal, *stems} if (x := foreign_skeleton(f, w.lang))}
            if any((w.story, f) in surnames for f in forms) or any((w.story, _g_for_h(f)) in h_surnames for f in forms):
                w.type = "PER"
            continue
        if _spells_known_person(w, sk, full) or any(
                _spells_known_person(w, sk[:-1] + [sur], full) for sur in _foreign_surnames(w, sk)):
            # or its surname as its language spells a foreign name ("Hermana Hałuszczenki", "Αντρέι Ντούντα")
            w.type = "PER"
        elif len(sk) == 2 and kit(w.lang).family_name_first and _spells_known_person(w, sk[::-1], full):
            # "Orbán Viktor" in a Hungarian article is the Viktor Orbán other articles name: compared in that order
            w.type = "PER"
            w.normal = " ".join(words(w.normal)[::-1])


def _family_name_last(w: Work, western: dict[tuple[str, str], list[tuple[str, str]]]) -> None:
    """A person's name of two words in a family-name-first language ("Orbán Viktor" read as a person in a
    Hungarian article) is turned over when only so does it spell a person other languages name in full."""
    if w.type != "PER" or not kit(w.lang).family_name_first:
        return
    toks = words(w.normal)
    sk = skeleton(kit(w.lang).match_form(w.normal), w.lang).split()
    if len(toks) != 2 or len(sk) != 2 or not all(t[:1].isupper() for t in toks):
        return
    if _spells_known_person(w, sk[::-1], western) and not _spells_known_person(w, sk, western):
        w.normal = " ".join(toks[::-1])


def _foreign_surnames(w: Work, sk: list[str]) -> list[str]:
    """The last word of a name as its language spells a foreign name's sounds (as compared, and as written), where
    that differs from ``sk``'s last word: "Hałuszczenki" -> halushenk, "Ντούντα" -> duda."""
    last = [words(kit(w.lang).match_form(w.normal))[-1:], words(w.normal)[-1:]]
    return list(dict.fromkeys(x for ws in last for t in ws if (x := foreign_skeleton(t, w.lang)) and x != sk[-1]))


def _spells_known_person(w: Work, sk: list[str], full: dict[tuple[str, str], list[tuple[str, str]]]) -> bool:
    """Does a name (skeleton words) spell a person the story names in full?"""
    given, tail = " ".join(sk[:-1]), " " + " ".join(sk)
    for name, sur in dict.fromkeys(x for b in _retype_blocks(sk[-1]) for x in full.get((w.story, b), ())):
        # or the end of a longer name: a compound surname alone ("Rebelo de Sousa" of Marcelo Rebelo de Sousa),
        # after at most two given names (a long run read as a person, ending in a hotel's name, is no full name)
        theirs = " ".join(name.split()[:-1])
        # given names translated or written by sound (Michael Kofman, Майкл Кофман)
        same = bool(theirs) and translated(theirs.split()[0], sk[0])
        if full_names_match(theirs, sur, given, sk[-1], same_given=same) or (
                name.endswith(tail) and len(name.split()) <= min(5, len(sk) + 2)):
            return True
    return False


def _retype_blocks(surname: str) -> tuple[str, ...]:
    """Blocks a surname skeleton meets others in: its first consonants, with Г read alike (Galushchenko,
    Halushchenko: Russian and Ukrainian romanisations), and its ending, which survives where transcriptions differ
    at the start."""
    return _consonants(surname)[:2], "g:" + _consonants(_g_for_h(surname))[:2], "e:" + surname[-3:]


def _g_for_h(skeleton_: str) -> str:
    """A skeleton with h read as g, except in sh: one letter for Г, which Ukrainian romanises h, Russian g."""
    return re.sub(r"(?<!s)h", "g", skeleton_)


def _mostly_other(votes: Counter) -> set[tuple[str, str]]:
    """(story, name) that more languages read, by their own majority, as something else than as a person."""
    out: Counter = Counter()
    for (story, name, _), n in votes.items():
        out[(story, name)] += (n < 0) - (n > 0)
    return {k for k, n in out.items() if n > 0}


def _not_people(ws: Sequence[Work], others: set[tuple[str, str]]) -> None:
    """A one-word name that the models of most languages read as something else ("Meta" the company, read as a
    person in one French sentence) takes the type the others give it, unless the story names a person so."""
    kinds: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for w in ws:
        if w.type != "PER" and w.source in ("natasha", "spacy"):
            kinds[(w.story, skeleton(w.normal, w.lang))][w.type] += 1
    for w in ws:
        if w.type == "PER" and len(words(w.text)) == 1 and (key := (w.story, skeleton(w.normal, w.lang))) in others:
            if kinds.get(key):
                w.type = kinds[key].most_common(1)[0][0]


def _name_words(toks: list[str]) -> list[str]:
    """A name's words less the short lower-case particles inside it ("Урсула фон дер Лайен", "Jean de La Fontaine")."""
    if len(toks) < 3 or not toks[0][:1].isupper() or not toks[-1][:1].isupper():
        return toks
    inner = toks[1:-1]
    if all(t[:1].isupper() or (t.islower() and len(t) <= 3) for t in inner):
        return [t for t in toks if t[:1].isupper()]
    return toks


def _by_language(votes: Counter) -> dict[tuple[str, str], int]:
    """Person readings per (story, name): each language votes once, by its own majority; a tie is a person's.

    Two English versions of a Russian article must not outvote the Russian model
    (spaCy reads "Furgal" as an organisation, natasha "Фургала" as a person).
    Returns languages reading a person, less those reading something else, plus
    one when at least one reads a person (so a tie counts as a person, and no
    person reading at all as none).
    """
    out: dict[tuple[str, str], int] = defaultdict(int)
    person: set[tuple[str, str]] = set()
    for (story, name, _), n in votes.items():
        out[(story, name)] += (n > 0) - (n < 0)
        if n > 0:
            person.add((story, name))
    return {k: n + (k in person) for k, n in out.items()}


def _narrow_to_person(w: Work, full: dict[tuple[str, str], list[tuple[str, str]]]) -> None:
    """An organisation span swallowing a person's full name ("Protection of the Family Olga Baranets") keeps the person."""
    if w.type == "PER":
        return
    toks = list(TOKEN.finditer(w.text))
    for n in (3, 2):
        if len(toks) <= n or not all(t.group()[:1].isupper() for t in toks[-n:]):
            continue
        tail = w.text[toks[-n].start():]
        sk = skeleton(tail, w.lang).split()
        for name, sur in full.get((w.story, _consonants(sk[-1])[:2]), ()):
            if sur == sk[-1] and Indel.normalized_similarity(name, " ".join(sk)) >= 0.84:
                w.start += toks[-n].start()
                w.text, w.normal, w.type = tail, tail, "PER"
                return


def places_not_people(ws: Sequence[Work], uf: DisjointSets) -> None:
    """A person cluster named like a known place is that place: one-word mentions only (Серпухов), or every name of
    two words or more in it a form of that place (Serbian "Novom Sadu", "Novog Sada": Novi Sad in case forms of
    each word, read as a given name and a surname)."""
    clusters: dict[int, list[Work]] = defaultdict(list)
    for w in ws:
        clusters[uf.find(w.idx)].append(w)
    owner = {k: w.idx for w in ws for k in w.keys if k.startswith(("terr:", "city:", "region:"))}
    for items in clusters.values():
        if not all(w.type == "PER" for w in items):
            continue
        # the longer names decide: a short form beside them ("Sadu") is theirs, whatever else it may name alone
        longer = [w for w in items if len(words(w.normal)) > 1]
        place = next((w.place for w in longer or items if w.place), None)
        if place and all(w.place == place for w in longer):
            for w in items:
                w.type = "LOC"
                w.keys.add(place)
            if place in owner:
                uf.union(items[0].idx, owner[place])


def full_names_match(ga: str, sa: str, gb: str, sb: str, threshold: float = 0.84, same_given: bool = False) -> bool:
    """Do two full names (given names and surname skeletons) name one person?

    Surnames close and given names close or initials agreeing; or given names
    very close and surnames fairly close; or surnames with the same consonants
    (what transcription keeps: Reeves/Ривз, Hayes/Хейс) and given names close.
    ``same_given``: the first given names are one name translated (Joseph / Giuseppe).
    """
    ss = Indel.normalized_similarity(sa, sb)
    # the first given name decides; a patronymic or middle name on one side only does not (Владимир Владимирович)
    first = 1.0 if same_given else Indel.normalized_similarity(ga.split()[0], gb.split()[0])
    if first < 0.6 and not _initials_agree(ga, gb):
        return False  # Marine Le Pen is not Jean-Marie Le Pen, however much else they share
    gs = max(Indel.normalized_similarity(ga, gb), first)
    same_consonants = _consonants(sa) == _consonants(sb) and len(_consonants(sa)) >= 2
    return ((ss >= threshold and (gs >= 0.7 or _initials_agree(ga, gb))) or (gs >= 0.8 and ss >= 0.7)
            or (gs >= 0.7 and same_consonants))


def link_people(ws: Sequence[Work], uf: DisjointSets, threshold: float = 0.84) -> None:
    """Name-variant matching of persons across articles and scripts, blocked by surname and by given name."""
    people: dict[int, list[Work]] = defaultdict(list)
    for w in ws:
        if w.type == "PER":
            people[uf.find(w.idx)].append(w)
    forms = {r: _person_forms(items) for r, items in people.items()}
    forms = {r: f for r, f in forms.items() if f.sur}
    blocks: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for root, p in forms.items():
        blocks[(p.story, "s", _consonants(p.sur)[:2])].append(root)
        for sur in {p.sur, *p.surs}:  # endings survive where beginnings differ (Гвардиола/Guardiola)
            blocks[(p.story, "e", sur[-3:])].append(root)
        if p.given:
            blocks[(p.story, "g", _consonants(p.given.split()[0])[:2])].append(root)
        for k in p.keys():
            blocks[(p.story, "k", k)].append(root)  # as heard: Hollande and Олланд share OLNT
        if p.ordinal:
            blocks[(p.story, "o", p.ordinal)].append(root)  # Leo XIV = Λέων ΙΔ΄, whatever their given names' letters
        for w in (p.words[:-1] if p.given else (p.sur,)):
            blocks[(p.story, "w", w)].append(root)  # Lula = Luiz Inácio Lula da Silva, Taleb = Taleb Al Abdulmohsen
    pairs = {(a, b) if a < b else (b, a) for roots in blocks.values() for i, a in enumerate(roots) for b in roots[i + 1:]}
    _link_translated_given_names(forms, uf)
    fits: dict[int, set[int]] = defaultdict(set)  # bare surname -> full names it fits
    loose: dict[int, set[int]] = defaultdict(set)  # cross-language pairs agreeing on the surname only
    inner: dict[int, set[int]] = defaultdict(set)  # one-word name -> full names holding it as another word
    names = given_names()
    compound = {r for r, p in forms.items() if p.given and f"{p.given} {p.sur}" in names}  # Maria Luisa: no surname
    for a, b in sorted(pairs):
        if a in compound or b in compound:
            continue  # a compound given name links by translation alone (above), never as a surname
        if forms[a].ordinal or forms[b].ordinal:
            if _regnal_match(forms[a], forms[b]):
                uf.union(a, b)
            continue  # Leo XIII is not Leo XIV, however alike the rest
        if _tail_of(forms[a], forms[b]) or _tail_of(forms[b], forms[a]):
            short, full = (a, b) if _tail_of(forms[a], forms[b]) else (b, a)
            fits[short].add(full)  # Lula da Silva ends Luiz Inácio Lula da Silva
            continue
        if _inner_word(forms[a], forms[b]) or _inner_word(forms[b], forms[a]):
            bare, full = (a, b) if not forms[a].given else (b, a)
            inner[bare].add(full)  # Lula is a word of Luiz Inácio Lula da Silva, Taleb of Taleb Al Abdulmohsen
        ga, sa, gb, sb = _as_heard(forms[a], forms[b])
        sa, sb = _closest_surnames(forms[a], forms[b], sa, sb)
        la, lb = forms[a].langs, forms[b].langs
        same_given = bool(forms[a].given and forms[b].given) and translated(
            forms[a].given.split()[0], forms[b].given.split()[0])
        ss = Indel.normalized_similarity(sa, sb)
        same_consonants = _consonants(sa) == _consonants(sb) and len(_consonants(sa)) >= 2
        if ga and gb:
            if full_names_match(ga, sa, gb, sb, threshold, same_given):
                uf.union(a, b)
            elif ss >= 0.9 and not (la & lb) and Indel.normalized_similarity(ga.split()[0], gb.split()[0]) >= 0.55:
                loose[a].add(b)  # given names transcribe badly (George / Джордж), but not beyond recognition
                loose[b].add(a)
        elif ss >= threshold or (same_consonants and len(_consonants(sa)) >= 3):
            if ga or gb:
                bare, full = (a, b) if not ga else (b, a)
                fits[bare].add(full)
            elif not (la & lb):
                loose[a].add(b)  # one word each (Bill, Billie): only a lone cross-language match links
                loose[b].add(a)
        elif not ga and not gb and same_consonants and ss >= 0.75 and not (la & lb):
            loose[a].add(b)  # Джоанне / Joanna: one word each, in two languages
            loose[b].add(a)
    for bare, full in fits.items():
        if len({uf.find(f) for f in full}) == 1:
            uf.union(bare, next(iter(full)))  # a bare surname joins the only full name that fits it
    for bare, full in inner.items():
        if bare not in fits and len({uf.find(f) for f in full}) == 1:
            uf.union(bare, next(iter(full)))  # ... or, fitting none by surname, the only one holding it
    for a, others in loose.items():
        # George Floyd = Джордж Флойд: given names transcribe badly, so a lone cross-language surname match links
        if len(others) == 1 and len(loose.get(next(iter(others)), ())) == 1:
            uf.union(a, next(iter(others)))


def _tail_of(short: Person, long_: Person) -> bool:
    """Does a name of two words or more end a longer one, particles aside (Lula da Silva, Luiz Inácio Lula da Silva)?"""
    n = len(short.words)
    return 2 <= n < len(long_.words) and long_.words[-n:] == short.words


def _inner_word(bare: Person, full: Person) -> bool:
    """Is a one-word name a word of a full name other than its surname: a given name or the first part of a compound
    surname (Lula of Luiz Inácio Lula da Silva, Taleb of Taleb Al Abdulmohsen)?"""
    if bare.given or not full.given or len(bare.sur) < 3 or bare.sur not in full.words[:-1]:
        return False
    # a given name alone (a pope's, a monarch's) is never someone's middle name: Francis is not Robert Francis Prevost
    return bare.sur == full.words[0] or bare.sur not in given_names()


def _regnal_match(a: Person, b: Person) -> bool:
    """A regnal or papal name: the same ordinal and one given name, however translated (Leo XIV = Лев XIV = León XIV)."""
    if a.ordinal != b.ordinal or not a.given or not b.given:
        return False
    ga, gb = a.given.split()[-1], b.given.split()[-1]
    return ga == gb or translated(ga, gb) or Indel.normalized_similarity(ga, gb) >= 0.8


def _link_translated_given_names(forms: dict[int, Person], uf: DisjointSets) -> None:
    """One-word names that are one given name in several languages (Francesco, Francisco, Franziskus) link per story
    when each language names it once: a pope or monarch is often called by the given name alone."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    names = given_names()
    for root, p in forms.items():
        whole = f"{p.given} {p.sur}".strip()  # one given name, or a compound one (Marie-Louise = Maria Luisa)
        if not p.ordinal and (not p.given or whole in names):
            for name in names.get(whole, ()):
                groups[(p.story, name)].append(root)
    for roots in groups.values():
        spelt: dict[str, set[str]] = defaultdict(set)  # language -> the name's spellings in it
        for r in roots:
            for lang_ in forms[r].langs:
                whole = f"{forms[r].given} {forms[r].sur}".strip()
                # the case forms a language lists for one name are one spelling (Franciszek, Franciszka)
                spelt[lang_].add(next((n for n in names.get(whole, ()) if whole in own_forms(lang_, n)), whole))
        if len(roots) > 1 and all(len(v) == 1 for v in spelt.values()):
            for r in roots[1:]:
                uf.union(roots[0], r)  # "Pope Francis" and "Francis" in English: one name, one person


def _initials_agree(a: str, b: str) -> bool:
    ta, tb = a.split(), b.split()
    short = min((ta, tb), key=lambda t: sum(len(x) for x in t))
    long_ = tb if short is ta else ta
    return all(len(x) == 1 for x in short) and [x[0] for x in short] == [x[0] for x in long_][:len(short)]
