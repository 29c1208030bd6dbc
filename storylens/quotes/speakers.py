"""Who may be speaking: the speaker candidates in a cue clause (``candidates``) and the one chosen (``choose``)."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import lang
from ..model import Mention
from .cues import Cues, Token
from .document import PUNCT_GAP, Cand, Doc, abbreviation
from .homoglyph import unmixed
from .oblique import oblique_case

DOMAIN = re.compile(r"\w\.[a-zа-я]{2,4}$", re.I)  # a medium such as gazeta.ru: it relays, it does not speak
PERSON_KINDS = ("named", "pronoun", "role")
INITIAL = re.compile(r"\w{1,2}\.", re.U)  # a given name's initial before a surname ("D. Trumpas", "Ch. Lagarde")
POSSESSIVE = re.compile(r"['’]s?\b")
ELIDED = re.compile(r"^\w{1,2}['’](?=\w)")  # an elided article or preposition glued to its noun: l’, d’, dell’
MEDIUM_ELIDED = re.compile(r"^\w{1,4}['’](?=\w)")  # with a preposition too: "all’emittente", "dell’agenzia"


def breaks(doc: "Doc", left: Token, right: Token) -> bool:
    """Whether punctuation between two tokens ends a phrase (a full stop after an abbreviation does not)."""
    gap = doc.gap(left.end, right.start)
    if gap.strip() == "." and abbreviation(left.text):
        return False
    return bool(PUNCT_GAP.search(gap))


def _possessive(text: str, m: Mention) -> bool:
    """Whether a mention is a possessive ("Scott's niece"), its ending inside the mention or right after it."""
    return bool(POSSESSIVE.match(text, m.end)) or m.text[-2:] in ("'s", "’s")


def relays(doc: Doc, pos: int) -> bool:
    """Whether a medium word stands among the three words before ``pos`` in its phrase ("w rozmowie z telewizją X",
    "all'emittente X"): the name there relays what was said, it does not say it."""
    if not doc.cues.media:
        return False
    for t in reversed(doc.toks(max(0, pos - 60), pos)[-3:]):
        if PUNCT_GAP.search(doc.gap(t.end, pos)):
            return False
        if doc.cues.medium(MEDIUM_ELIDED.sub("", t.low)):
            return True
    return False


def _to_medium(cues: Cues, low: str) -> bool:
    """Whether a word is a medium with a preposition glued to it ("all’emittente"): where a role's tail ends (a
    medium in the genitive still describes the source: "собеседник агентства")."""
    bare = MEDIUM_ELIDED.sub("", low)
    return bare != low and cues.medium(bare)


def near_to(doc: Doc, pos: int) -> bool:
    """Whether the name at ``pos`` is whom a source is close to ("a source close to X", "источник, близкий к X")."""
    if not doc.cues.near:
        return False
    # (compared as text: an elided preposition is glued to the name, "proche d'Anna")
    before = " " + " ".join(doc.cues.norm(doc.art.text[max(0, pos - 40):pos]).replace("’", "'").split())
    before += "" if before.endswith("'") else " "
    return before.endswith(doc.cues.near)


def _article_before(doc: Doc, t: Token) -> Token | None:
    """The definite article right before ``t`` in its phrase, if one stands there."""
    before = doc.toks(max(0, t.start - 12), t.start)[-1:]
    if before and before[0].low in doc.cues.definite and not PUNCT_GAP.search(doc.gap(before[0].end, t.start)):
        return before[0]
    return None


def link_word(cues: Cues, t: Token) -> bool:
    """A lower-case preposition or article ("van", "de", "of the"): no phrase ends on one."""
    return t.text.islower() and (t.low in cues.role_links or t.low in cues.definite or t.low in cues.indefinite
                                 or t.low in cues.np_stops)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _opens_sentence(doc: Doc, t: Token) -> bool:
    """Whether a token opens its sentence (capitalised there whatever it is)."""
    s = doc.art.sentence_at(t.start)
    return s is not None and not doc.gap(s.start, t.start).strip()


def _opens_at(doc: Doc, pos: int) -> bool:
    """Whether only stop words stand between the start of the sentence holding ``pos`` and ``pos``."""
    s = doc.art.sentence_at(pos)
    return s is not None and all(t.low in doc.cues.np_stops for t in doc.cues.tokens(doc.art.text, s.start, pos))


def _common_noun(cues: Cues, name: str) -> bool:
    """Whether a one-word name is an organisation or role noun capitalised ("Yπουργείο" opening a body's name)."""
    word = cues.norm(unmixed(name))
    return " " not in name.strip() and bool(cues.organisation(word) or cues.role(word))


def _titles(doc: Doc, toks: list[Token]) -> dict[int, tuple[str | None, str | None]]:
    """Two-word role and body entries among the tokens ("Santo Padre", "primo ministro", "Santa Sede"), by the index
    of their first token: (role, organisation)."""
    cues, out = doc.cues, {}
    for i in range(len(toks) - 1):
        if breaks(doc, toks[i], toks[i + 1]):
            continue
        pair = f"{ELIDED.sub('', cues.norm(unmixed(toks[i].text)))} {cues.norm(unmixed(toks[i + 1].text))}"
        role, org = cues.role(pair), cues.organisation(pair)
        role, org = (role if role and " " in role else None), (org if org and " " in org else None)
        if role or org:
            out[i] = (role, org)
    return out


def _body_speaks(doc: Doc, toks: list[Token], i: int) -> bool:  # (``toks`` may end before the verb)
    """Whether the body pronoun ``toks[i]`` is a speech verb's subject (the verb right after it, an adverb at most
    between: "It said", "It also said"; not "It goes without saying") with a body named in its sentence or the two
    before."""
    cues = doc.cues
    pos = toks[i].start
    after = [toks[i]] + doc.toks(toks[i].end, toks[i].end + 40)[:2]
    if not any((after[k].low,) in cues.verbs and not breaks(doc, after[k - 1], after[k]) for k in range(1, len(after))):
        return False
    lo = doc.window_start(pos, 2)
    # (a body named by the recogniser, or by an organisation word: "The supreme court explained …")
    return any(m.type == "ORG" and not doc.quoted(m.start) for m in doc.mentions_in(lo, pos)) \
        or any(cues.organisation(w.low) and not doc.quoted(w.start) for w in doc.toks(lo, pos))


@lru_cache(maxsize=None)
def built_places(code: str | None) -> frozenset[str]:
    """The words of a language's ``[landmarks]`` entity data naming a built place (chapel, basilica, square), lower
    case; not a museum or gallery, which speak as institutions."""
    table = lang.data(code, "entities").get("landmarks", {}) if code else {}
    return frozenset(h.lower() for kind, heads in table.items() if kind not in ("museum", "gallery") for h in heads)


def candidates(doc: Doc, a: int, b: int) -> list[Cand]:
    """Speaker candidates inside ``[a, b)``, outside quotes."""
    cues, text = doc.cues, doc.art.text
    out: list[Cand] = []
    toks = doc.toks(a, b)
    titles = _titles(doc, toks)
    # a name the recogniser found inside a two-word title ("Santo" of "Santo Padre") is part of the title
    in_title = [(toks[i].start, toks[i + 1].end) for i in titles]
    near = [(m.start, m.end) for m in doc.mentions_in(a, b) if near_to(doc, m.start)]  # whom a source is close to
    for m in doc.mentions_in(a, b):
        if any(s <= m.start and m.end <= e for s, e in in_title):
            continue
        if not doc.quoted(m.start) and m.type in ("PER", "ORG", "LOC"):
            if m.type != "PER" and (DOMAIN.search(m.text) or relays(doc, m.start)):
                continue  # (a medium relays: "a raconté un témoin à la chaîne Welt TV")
            if _possessive(text, m) or near_to(doc, m.start):
                continue  # "Scott's niece", "a source close to Scott": a modifier
            per = m.type == "PER" or m.text in doc.per_texts
            gender = None
            if per:
                title = re.search(r"(\w+)\.?\s*$", text[max(0, m.start - 12):m.start])
                gender = cues.name_gender(m.text) or (cues.titles.get(cues.norm(title.group(1))) if title else None) \
                    or doc.genders.get(m.entity or m.text)
            # a country speaks through its government ("Южная Корея заявила"): the last resort of choose()
            out.append(Cand(m.start, m.end, m.text, "named" if per else "organisation", m.entity,
                            gender, person=per, place=m.type == "LOC"))
    for m in doc.mentions_in(a, b):
        # without a model for the language a person may come typed MISC: a capitalised name is a guessed speaker
        if m.type == "MISC" and not doc.quoted(m.start) and not _common_noun(cues, m.text) \
                and not any(s <= m.start and m.end <= e for s, e in in_title) \
                and all(w[:1].isupper() for w in m.text.split()) and not _possessive(text, m) \
                and not any(c.start <= m.start < c.end for c in out) and not relays(doc, m.start) \
                and not near_to(doc, m.start):
            out.append(Cand(m.start, m.end, m.text, "named", m.entity, cues.name_gender(m.text) or doc.genders.get(m.entity or m.text),
                            guess=not doc.person(m)))
    covered = [(c.start, c.end) for c in out if not c.place]
    people_spans = [(c.start, c.end) for c in out if c.kind == "named" and not c.guess]
    run: list[Token] = []
    surnames = doc.surnames

    def flush() -> None:
        # a run of capitalised words the entities stage did not tag may still be a name (choose() takes it only
        # right next to the verb when there are entities: "“…,” Tester said")
        if run:
            first_of_sentence = (s := doc.art.sentence_at(run[0].start)) is not None and s.start == run[0].start
            # a title before a tagged name ("Rep. G.K. Butterfield") or a party tag ("(D-Wis.)") is not a name
            titled = doc.mention_starting(run[-1].end, run[-1].end + 2)
            tagged = text[max(0, run[0].start - 1):run[0].start] == "("
            name = text[run[0].start:run[-1].end]
            known = surnames.get(name) if len(run) == 1 else None
            if cues.platform(name) or tuple(t.low for t in run) in cues.back_references:
                pass  # (a platform posts, "Това" points back: neither speaks)
            elif known is not None:  # "Vitter" after "David Vitter": the same person, not a guess
                out.append(Cand(run[0].start, run[-1].end, name, "named", known.entity,
                                doc.genders.get(known.entity or known.text)))
            elif (article := _article_before(doc, run[0])) is not None and len(run) == 1 and doc.mentions \
                    and not name.isupper():
                # one capitalised word after a definite article that the entities stage did not tag is a noun
                # describing someone, not a name ("the Frenchman", "ο Γάλλος", "der Franzose"): a role the language
                # does not list, which stands for the one person named just before, else stays a description
                out.append(Cand(article.start, run[-1].end, text[article.start:run[-1].end], "role",
                                role=cues.norm(unmixed(name)), gender=cues.role_gender(name)))
            elif (len(run) >= 2 or not first_of_sentence) and not titled and not tagged and not DOMAIN.search(name) \
                    and not relays(doc, run[0].start) \
                    and not POSSESSIVE.match(text, run[-1].end) and not re.search(r"['’]s$", run[-1].text) \
                    and not re.match(r"-\s", text[run[-1].end:run[-1].end + 2]):
                # (a word cut before a hyphen is half of a compound, "Brücken- und Ingenieurbauwerke", never a name)
                out.append(Cand(run[0].start, run[-1].end, name, "named", None, cues.name_gender(name), guess=True))
        run.clear()

    tagged_spans = [(m.start, m.end) for m in doc.mentions_over(a, b) if m.type == "LOC"]
    for i, t in enumerate(toks):
        if any(s < t.end and t.start < e for s, e in near):
            flush()
            continue
        if any(s <= t.start < e for s, e in covered) or (out and out[-1].start <= t.start < out[-1].end):
            flush()
            continue
        if run and any(s <= t.start < e for s, e in tagged_spans):  # a place is not part of a guessed name
            run.clear()
            flush()
            continue
        head = ELIDED.sub("", cues.norm(unmixed(t.text)))  # "l’entreprise": the noun after an elided article
        role, org = titles.get(i) or (cues.role(head), cues.organisation(head))
        if t.low in cues.np_stops:  # includes addressees: "told reporters", "рассказал журналистам"
            flush()
        elif t.low in cues.body_pronouns:
            flush()  # "It said": a body's pronoun, resolved like "the company" (never a person)
            if _body_speaks(doc, toks, i):
                out.append(Cand(t.start, t.end, t.text, "organisation", person=False))
        elif t.low in cues.pronouns:
            flush()
            out.append(Cand(t.start, t.end, t.text, "pronoun", gender=cues.pronouns[t.low],
                            person=cues.pronouns[t.low] != "pl"))
        elif t.low in cues.latter and i > 0 and toks[i - 1].low in cues.definite and (
                i + 1 == len(toks) or breaks(doc, t, toks[i + 1]) or toks[i + 1].low in cues.auxiliaries
                or (toks[i + 1].low,) in cues.verbs):  # (not "le dernier rapport": there it qualifies a noun)
            flush()  # "Cette dernière a rappelé": the latter, a pronoun for the person named last
            g = cues.latter[t.low]
            out.append(Cand(toks[i - 1].start, t.end, text[toks[i - 1].start:t.end], "pronoun", gender=g, person=g != "pl"))
        elif (role or org) and not (not role and i + 1 < len(toks) and cues.role(toks[i + 1].low)
                                    and not breaks(doc, t, toks[i + 1])):
            # (an organisation word right before a role word is its modifier: "military official")
            flush()
            j = i
            owner = None
            if role and i > 0 and not breaks(doc, toks[i - 1], t):
                # a person named in a case no subject takes right before the role owns it: "Sunaks Sprecher"
                owner = next((c for c in out if c.kind == "named" and not c.guess and c.end == toks[i - 1].end
                              and not doc.gap(c.end, t.start).strip() and oblique_case(doc, c.start, c.end, c.entity)),
                             None)
                if owner is not None:
                    out.remove(owner)
                    j = next(x for x in range(i) if toks[x].start >= owner.start)
            while owner is None and j > 0 and i - j < 5 and not breaks(doc, toks[j - 1], toks[j]) \
                    and toks[j - 1].low not in cues.np_stops and tuple([toks[j - 1].low]) not in cues.verbs \
                    and not any(s <= toks[j - 1].start < e for s, e in people_spans):
                # (a person named before is not a modifier: "il portavoce Matteo Bruni il papa …")
                j -= 1
                if toks[j].low in cues.definite or toks[j].low in cues.indefinite:
                    break  # an article opens the phrase: no word before it qualifies the role ("disse a repórteres o ministro")
            if j > 0 and toks[j - 1].low in cues.indefinite and toks[j].low not in cues.definite \
                    and toks[j].low not in cues.indefinite and not breaks(doc, toks[j - 1], toks[j]):
                j -= 1  # an indefinite article that is also a stop word: "mesélte egy túlélő", "sa en vittne"
            k = i + 1 if i in titles else i
            # take a genitive tail: "руководство компании", "отец похищенного младенца" (names only after organisations)
            while k + 1 < len(toks) and k - i < 4 and not breaks(doc, toks[k], toks[k + 1]) \
                    and tuple([toks[k + 1].low]) not in cues.verbs and toks[k + 1].low not in cues.np_stops \
                    and toks[k + 1].low not in cues.auxiliaries \
                    and toks[k + 1].low not in cues.pronouns and not _to_medium(cues, toks[k + 1].low) \
                    and (role or not cues.role(toks[k + 1].low)) \
                    and not any(s <= toks[k + 1].start < e for s, e in (people_spans if role else covered)) \
                    and (not role or not _capitalised(toks[k + 1].text) or cues.organisation(toks[k + 1].low)
                         or any(m.type in ("ORG", "LOC") for m in doc.mentions_at(toks[k + 1].start))
                         or k > i and cues.organisation(toks[k].low) is None and not _capitalised(toks[k].text)
                         and any(cues.organisation(x.low) for x in toks[i + 1:k + 1])):
                # (a role's tail may name its organisation: "представитель Министерства сельского хозяйства")
                k += 1
            while k > i and link_word(cues, toks[k]):
                k -= 1  # a role's tail never ends on a preposition or article: "de leider van de" is "de leider"
            indefinite = any(w.low in cues.indefinite for w in toks[j:i])
            if role and k + 2 < len(toks) and toks[k + 1].low in cues.role_links \
                    and not breaks(doc, toks[k], toks[k + 1]) and (indefinite or _names_body(doc, toks[k + 2:k + 7])):
                # a new source keeps whom it speaks for: "a spokesperson for the Spanish government"
                x = k + 2
                while x < len(toks) and x - k <= 5 and (toks[x].low in cues.definite or _capitalised(toks[x].text)
                                                        or cues.organisation(toks[x].low)) \
                        and not breaks(doc, toks[x - 1], toks[x]) and not any(s <= toks[x].start < e for s, e in people_spans):
                    x += 1
                if x > k + 2 and toks[x - 1].low not in cues.definite:
                    k = x - 1
                    body = [m for m in doc.mentions_at(toks[k].start) if m.type == "ORG"]
                    while body and k + 1 < len(toks) and toks[k + 1].end <= body[0].end:
                        k += 1  # (the whole name of the body: "of the Polish National Electoral Commission")
            if role and owner is None:
                # the person a role serves after its preposition owns it: "a spokesman for Mr Mitsotakis", "der
                # Sprecher von Sunak" (the role's holder speaks, never the person it serves)
                owner = _principal(doc, toks, i, out)
                if owner is not None:
                    out.remove(owner)
                    k = max(x for x in range(len(toks)) if toks[x].start < owner.end)
            words = toks[j:k + 1]
            mods = [w for w in toks[j:i] if w.low not in cues.definite and w.low not in cues.indefinite]
            same = bool(mods) and all(w.low in cues.same for w in mods) and not indefinite
            new = (bool(mods) or indefinite) and not same
            phrase = text[words[0].start:words[-1].end]
            if role:
                plural = cues.plural(t.low, role)
                org_tail = [m for m in doc.mentions_in(t.end + 1, words[-1].end) if m.type == "ORG"] if plural else []
                if org_tail:  # "представители Демократической партии" speak for the party
                    m = org_tail[0]
                    out.append(Cand(words[0].start, words[-1].end, phrase, "organisation", m.entity, person=False))
                    continue
                # ("the same sources" point back, plural or not)
                out.append(Cand(words[0].start, words[-1].end, phrase, "role", role=role, new=new or plural and not same,
                                indefinite=indefinite or plural and not same, gender="pl" if plural else None,
                                owner=(owner.entity or owner.text) if owner is not None else None))
            else:
                # a capitalised body noun and the name guessed from the capitalised words right after it are one
                # proper name ("Υπουργείο Εσωτερικών"; not "a empresa Aerolinha": a description, then the name)
                named = [c for c in out if c.guess and c.entity is not None and not doc.gap(words[-1].end, c.start).strip()
                         and c.start > words[-1].end] if _capitalised(t.text) and not _opens_sentence(doc, t) else []
                end = named[0].end if named else words[-1].end
                out = [c for c in out if c not in named[:1]]
                out.append(Cand(words[0].start, end, text[words[0].start:end], "organisation", person=False, new=bool(mods)))
        elif any(s <= t.start < e for s, e in tagged_spans):
            flush()
        elif _capitalised(t.text) and (not run or not breaks(doc, run[-1], t)):
            run.append(t)
        else:
            flush()
            if _capitalised(t.text):
                run.append(t)
    flush()
    # a name inside a described source is a modifier ("a senior Kazakh military official"), not the speaker
    phrases = [c for c in out if c.kind in ("role", "organisation") and c.entity is None]
    out = [c for c in out if not (c.guess and any(p.start <= c.start < p.end for p in phrases))
           and not (c.kind == "named" and any(p.start <= c.start and c.end < p.end for p in phrases))]
    # a name holding a kind of built place ("the Sistine Chapel", "St Peter's Basilica") cannot speak: a place,
    # taken only when nothing else is
    places = built_places(doc.art.language)
    out = [replace(c, kind="organisation", person=False, place=True)
           if c.kind in ("named", "organisation") and not c.place and places
           and any(w in places for w in cues.norm(c.text).split()) else c for c in out]
    return sorted(out, key=lambda c: c.start)


def choose(doc: Doc, cands: list[Cand], side: str, verb: tuple[int, int] | None = None) -> Cand | None:
    """The subject among candidates: people before organisations; nearest the verb.

    A guessed name (no entities given) counts only when it stands right next
    to the verb; otherwise a pronoun or role noun in the clause is the safer bet.
    """
    def next_to_verb(c: Cand) -> bool:
        # (only an auxiliary, an article or an initial may stand between: "Tester has said", "sagte der
        # Rechtsmediziner", "teigė D. Trumpas", or an adverb before the verb; a word farther off is a guess too far)
        if verb is None:
            return True
        gap = doc.gap(c.end, verb[0]) if c.end <= verb[0] else doc.gap(verb[1], c.start) if verb[1] <= c.start else "?"
        words = gap.split()
        if c.end <= verb[0] and len(words) == 1 and words[0].isalpha() and words[0].islower() \
                and doc.cues.norm(words[0]) not in doc.cues.np_stops:
            return True  # an adverb between the subject and its verb: "Democrats successfully argued"
        return len(words) <= 2 and not PUNCT_GAP.search(gap.replace(". ", " ")) and all(
            (w := doc.cues.norm(x)) in doc.cues.auxiliaries or w in doc.cues.definite or w in doc.cues.indefinite
            or INITIAL.fullmatch(x) for x in words)

    # a capitalised word after a role and its preposition names what the role serves ("El presidente del Ejecutivo")
    # (also through a chain of them: "El director de Operación de REE")
    # (an organisation word's too: "ministério da Saúde")
    roles = [c for c in cands if c.kind == "role" or c.kind == "organisation" and c.entity is None]
    cands = [c for c in cands if not (c.guess and any(serves(doc, r, c) for r in roles))]
    people = [c for c in cands if c.kind in PERSON_KINDS and (c.person or c.kind == "pronoun")]
    if doc.mentions:  # a word the entities stage did not tag is a name only right next to the verb
        # (a name it tagged without a type opening the sentence, in an article where it typed no one a person, is all
        # there is: a language without a recogniser model, "Лагард отчете, че … и подчерта")
        people = [c for c in people if not c.guess or next_to_verb(c)
                  or c.entity and not doc._any_per and _opens_at(doc, c.start)]
    else:
        people = [c for c in people if not c.guess or next_to_verb(c)] or people
    pool = people or [c for c in cands if c.kind == "organisation" and not c.place] \
        or [c for c in cands if c.place and (verb is None or next_to_verb(c))]
    if not pool:
        return None
    pick = max(pool, key=lambda c: c.end) if side == "before" else min(pool, key=lambda c: c.start)
    if side == "before" and verb is not None and pick.kind == "named":
        # "Eduardo Prieto, director of … Red Eléctrica, on Monday said": a name inside the apposition only describes
        # the subject, the person named before it
        # (the apposition opens with a role: "X, director of …", "X, a spokesman for …")
        def apposed(c: Cand) -> bool:
            return any(x.kind == "role" and c.end < x.start < pick.start and doc.gap(c.end, x.start).strip(" ,").lower()
                       in ("", *doc.cues.definite, *doc.cues.indefinite) for x in cands)

        head = [c for c in cands if c.kind == "named" and c.end < pick.start and doc.gap(c.end, c.end + 1) == ","
                and "," in doc.gap(pick.end, verb[0]) and apposed(c)]
        if head:
            pick = head[0]
    if pick.kind == "role":
        # apposition: "Alexey Zhuravlev, a nationalist politician, said" -> the named person
        named = [c for c in pool if c.kind == "named" and c.end <= pick.start
                 and doc.gap(c.end, pick.start).lstrip().startswith(",")]
        if named:
            pick = max(named, key=lambda c: c.end)
    return pick


def _principal(doc: Doc, toks: list[Token], i: int, out: list[Cand]) -> Cand | None:
    """The person named after role toks[i] through its preposition, with articles, titles and other role words
    at most between ("a spokesman for Mr Mitsotakis", "a spokesman for President X"; not "Minister of Finance X",
    where the name after the body is the role's holder)."""
    cues = doc.cues
    people = [c for c in out if c.kind == "named" and not c.guess and c.start > toks[i].end]
    if not people:
        return None
    first = min(people, key=lambda c: c.start)
    between = [x for x in toks[i + 1:] if x.end <= first.start]
    if not between or len(between) > 4 or toks[i + 1 + len(between) - 1].end > first.start:
        return None
    if between[0].low not in cues.role_links or not between[0].text.islower():
        return None
    for left, right in zip([toks[i]] + between, between + [None]):
        if breaks(doc, left, right) if right is not None else PUNCT_GAP.search(doc.gap(left.end, first.start)):
            return None
    ok = all(x.low in cues.role_links or x.low in cues.definite or cues.norm(x.text).rstrip(".") in cues.titles
             or cues.role(x.low) for x in between)
    return first if ok else None


def serves(doc: Doc, role: Cand, c: Cand) -> bool:
    """Whether ``c`` follows ``role`` through prepositions ("presidente del Ejecutivo", "director de Operación de REE")."""
    gap = doc.gap(role.end, c.start)
    words = gap.split()
    links = doc.cues.role_links | doc.cues.definite
    if role.end <= c.start and not gap.strip() and doc.cues.norm(role.text.split()[-1]) in links:
        return True  # the role's phrase took its preposition along: "o ministro turco da" + "Saúde"
    if not (role.end <= c.start and words and len(words) <= 4) or PUNCT_GAP.search(gap):
        return False
    if gap.strip().islower() and len(words) <= 2:
        return True
    return doc.cues.norm(words[0]) in links and all(doc.cues.norm(w) in links or w[:1].isupper() for w in words)


def _names_body(doc: Doc, toks: list[Token]) -> bool:
    """Whether the words after a role's preposition open with an organisation ("of the Electoral Commission")."""
    first = next((t for t in toks if t.low not in doc.cues.definite), None)
    return first is not None and (doc.cues.organisation(first.low) is not None
                                  or any(m.type == "ORG" for m in doc.mentions_at(first.start)))
