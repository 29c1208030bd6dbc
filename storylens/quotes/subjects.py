"""Cue verbs in a run of tokens, and the subject of a cue verb: who is speaking."""
from __future__ import annotations

import re
from dataclasses import replace

from .cues import Token
from .document import PUNCT_GAP, Cand, Doc, abbreviation, word_before
from .oblique import after_preposition, body_governed, oblique_case
from .speakers import candidates, choose, relays, serves


def verb_spans(doc: Doc, toks: list[Token]) -> list[tuple[int, int, str]]:
    """(first token index, last token index + 1, kind) of each cue verb, longest match first."""
    out, i = [], 0
    cues = doc.cues
    longest = cues.longest_verb
    while i < len(toks):
        # after a determiner or a possessive the word is a noun: "the answers", "his comments", "a report"
        noun = i > 0 and (toks[i - 1].low in cues.definite or toks[i - 1].low in cues.indefinite
                          or toks[i - 1].low in cues.possessives) and not PUNCT_GAP.search(doc.gap(toks[i - 1].end, toks[i].start)) \
            and not (i <= 3 and tuple(t.low for t in toks[:i]) in cues.back_references)  # "Това написа X": "this"
        for n in range(min(longest, len(toks) - i), 0, -1):
            words = [t.low for t in toks[i:i + n]]
            kind = None if noun else cues.verbs.get(tuple(words))
            if kind is None and not noun and cues.clitics and (glued := cues.clitic(words[0])):
                kind = cues.verbs.get((glued[0], *words[1:]))  # "a-t-il déclaré" is "a déclaré" with its subject
            if kind:
                out.append((i, i + n, kind))
                i += n - 1
                break
        else:
            if not noun and toks[i].low in cues.auxiliaries:
                span = _split_compound(doc, toks, i)
                if span is not None:
                    out.append(span)
                    i = span[1] - 1
        i += 1
    return out


def _split_compound(doc: Doc, toks: list[Token], i: int) -> tuple[int, int, str] | None:
    """A compound tense with an adverb inside it: "a aussitôt annoncé", "ha poi detto" (one or two words)."""
    cues = doc.cues
    for gap in (1, 2):
        k = i + gap + 1
        if k > len(toks):
            return None
        inside = toks[i + 1:k - 1]
        if any(not t.text.isalpha() or not t.text.islower() or t.low in cues.negations or (t.low,) in cues.verbs
               for t in inside) or PUNCT_GAP.search(doc.gap(toks[i].end, toks[k - 1].start)):
            return None
        kind = cues.verbs.get((toks[i].low, toks[k - 1].low))
        if kind:
            return i, k, kind
    return None


def negated(doc: Doc, toks: list[Token], i: int) -> bool:
    """Whether the cue at toks[i] is negated ("не сказал", "did not say")."""
    before = [t.low for t in toks[max(0, i - 2):i]]
    return bool(before) and (before[-1] in doc.cues.negations or " ".join(before) in doc.cues.negations)


def cue_text(toks: list[Token], a: int, b: int, text: str) -> str:
    """The text of the cue toks[a:b]."""
    return text[toks[a].start:toks[b - 1].end]


def sentence_stop(s: str) -> re.Match | None:
    """The first sentence end in ``s`` that does not follow an abbreviation ('U.S. official')."""
    for m in re.finditer(r"[.!?](\s|$)", s):
        word = word_before(s, 0, m.start())
        if not (m.group()[0] == "." and word and abbreviation(word.rstrip("."))):
            return m
    return None


PHRASE_END = re.compile(r"[,;:!?()«»“”„\"]|\.\s")
ADVERBIAL_BREAK = re.compile(r"[;:!?()]|\.\s")  # what ends a clause, where an adverbial between commas may not run
INITIALS = re.compile(r"\((?=\w*[^\W\d_])[^\W\d_a-zà-ÿа-яё]{2,8}\)")  # a body's initials in brackets: "(ENM)", "(ЦИК)"
MAX_ADVERBIAL_HOPS = 2
MAX_TITLE_WORDS = 10  # words of a title chain before its holder's name in an apposition  # adverbials set off by commas between a verb and its subject after it


def phrase_end(text: str, a: int, b: int) -> int:
    """Where the phrase starting at ``a`` ends: punctuation, or a full stop not after an abbreviation ('Rep. X')."""
    for m in PHRASE_END.finditer(text, a, b):
        if m.group()[0] == ".":
            word = word_before(text, a, m.start())
            if word and abbreviation(word.rstrip(".")):
                continue
        return m.start()
    return b


def plain_candidates(doc: Doc, toks: list[Token], vj: int) -> list[Cand]:
    """Speaker candidates among the few words after a verb inside quotation marks (pronouns, mentions)."""
    out = []
    role = None  # a role word seen first ("- заявил представитель Кремля -"), if no name follows
    for k, t in enumerate(toks[vj:vj + 4]):
        if t.low in doc.cues.pronouns:
            g = doc.cues.pronouns[t.low]
            out.append(Cand(t.start, t.end, t.text, "pronoun", gender=g, person=g != "pl"))
            break
        m = next((m for m in doc.mentions_at(t.start) if m.type in ("PER", "ORG")), None)
        if m is not None and (m.type == "PER" or role is None):
            out.append(Cand(m.start, m.end, m.text, "named" if m.type == "PER" else "organisation", m.entity,
                            doc.cues.name_gender(m.text), person=m.type == "PER"))
            break
        if role is None and (r := doc.cues.role(t.low)):
            tail = toks[vj + k:vj + k + 3]
            role = Cand(t.start, tail[-1].end, doc.art.text[t.start:tail[-1].end], "role", role=r)
    return out or ([role] if role else [])


def person_shaped(doc: Doc, c: Cand) -> bool:
    """Whether an organisation candidate after a person's role reads as that person's name: two or three
    capitalised words, none an organisation noun or an acronym ("президентът на ЕЦБ Кристин Лагард" typed ORG)."""
    words = c.text.split()
    return c.kind == "organisation" and 2 <= len(words) <= 3 and all(
        w[:1].isupper() and not w.isupper() and doc.cues.organisation(doc.cues.norm(w)) is None for w in words)


def _relative_antecedent(doc: Doc, toks: list[Token], vi: int, lo: int) -> Cand | None:
    """The person named right before ", who" when that relative pronoun is the verb's subject ("the singer Tom Vale,
    who joked …"), else None."""
    if vi < 1 or toks[vi - 1].low not in doc.cues.relatives or toks[vi - 1].start < lo:
        return None
    rel = toks[vi - 1]
    if doc.gap(rel.end, toks[vi].start).strip():
        return None
    head = doc.art.text[lo:rel.start].rstrip()
    if not head.endswith(","):
        return None
    comma = lo + len(head) - 1
    named = [c for c in candidates(doc, lo, comma) if c.kind in ("named", "role") and c.person and not c.place
             and not doc.gap(c.end, comma).strip()]
    return max(named, key=lambda c: c.end) if named else None


def subject(doc: Doc, toks: list[Token], vi: int, vj: int, lo: int, hi: int) -> tuple[Cand | None, str]:
    """The subject of the verb toks[vi:vj] and where it stood ("before"/"after").

    It is looked for before the verb back to ``lo``, else after it up to a
    punctuation mark. A first-person subject is the author ("as we wrote"):
    no speaker then.
    """
    text, cues = doc.art.text, doc.cues
    if vi > 0 and toks[vi - 1].low in cues.self_words or vj < len(toks) and toks[vj].low in cues.self_words:
        return None, "before"
    glued = cues.clitic(toks[vi].low) if cues.clitics else None
    if glued:  # "dit-il", "a-t-elle ajouté": the subject is the pronoun glued to the verb
        t = toks[vi]
        return Cand(t.end - len(glued[1]), t.end, glued[1], "pronoun", gender=glued[2], person=glued[2] != "pl"), "after"
    verb = (toks[vi].start, toks[vj - 1].end)
    lead = text[lo:toks[vi].start].rstrip()
    if lead.endswith(",") and cues.adverbial and toks[vi].low.endswith(cues.adverbial):
        # "Trump attacked Clinton, saying …": an adverbial participle shares the main clause's subject, not the
        # object nearest to it
        main = main_subject(doc, lo, lo + len(lead) - 1)
        if main is not None:
            return main, "before"
    if vi > 0 and toks[vi - 1].low in cues.coordinators and toks[vi - 1].start >= lo \
            and not PUNCT_GAP.search(doc.gap(toks[vi - 1].end, toks[vi].start)):
        # "ČEZ insisted that …, and urged EDF to …": a verb coordinated with the clause before shares its subject, not
        # the object after it nor a name inside the clause before
        main = main_subject(doc, lo, toks[vi - 1].start)
        if main is not None:
            return main, "before"
    if len(lead) > 1 and (lead[-1:] in ("—", "–") or lead[-1:] == "," and cues.inverted_after_comma
                          and not _apposed_subject(doc, lo, lead)):
        # "…, передает РИА Новости": a verb opening its clause after a comma is followed by its subject
        # (within a few words: "hechas por The Washington Post" deep in the object is an agent, not the subject)
        after = after_subject(doc, toks, vi, vj, hi)
        if after is not None and after.kind != "pronoun" and len(doc.toks(toks[vj - 1].end, after.start)) <= 4:
            return after, "after"
    if lead.endswith(",") and "," in lead[:-1]:
        # "Врачи, лечащие Гиффордс, говорят": what stands between the commas only describes the subject
        cut = lo + lead[:-1].rfind(",")
        # (a name after a preposition only qualifies the head: "La rival de Peter Lang, Anna Weber, dijo")
        subj = choose(doc, [c for c in nominative(doc, candidates(doc, lo, cut)) if not c.place], "before", None)
        if subj:
            # unless the commas hold an apposition that names it: "Представители оператора, компании X, ..."
            seg = candidates(doc, cut + 1, lo + len(lead) - 1)
            seg_toks = doc.toks(cut + 1, lo + len(lead) - 1)
            # (a capitalised noun after an article is a description too: "Der Rechtsmediziner des Instituts, X,")
            described = subj.kind == "role" or subj.guess and " " not in subj.text and _after_article(doc, subj)
            want = ("named", "organisation") if described else ("organisation",)
            # (the name opens the apposition, after capitalised titles at most: "Del. Marcia Price")
            if (described or subj.kind == "organisation") and seg and seg_toks and \
                    all(t.text[:1].isupper() for t in seg_toks if t.end <= seg[0].start):
                # (representatives of a company speak for it)
                names = sorted((c for c in seg if c.kind in want and c.entity and not c.place),
                               key=lambda c: (want.index(c.kind), -c.start))
                if names:
                    return names[0], "before"
            return subj, "before"
        before = None  # nothing before the commas: what they enclose is no subject either
    elif (rel := _relative_antecedent(doc, toks, vi, lo)) is not None:
        # "…, and Stevie Wonder, who joked …": a relative pronoun's verb is said by the name right before its comma
        before = rel
    else:
        before = choose(doc, nominative(doc, candidates(doc, lo, toks[vi].start)), "before", verb)
        sub = _subordinate_start(doc, toks, vi, lo)
        if sub is not None and (inner := nominative(doc, candidates(doc, sub, toks[vi].start))):
            # "Sunak cancelled the meeting with Mitsotakis after his office said …": the verb's subject stands in its
            # own subordinate clause, not in the main clause before it
            before = choose(doc, inner, "before", verb) or before
    if before and before.kind == "organisation" and "," in text[before.end:toks[vi].start]:
        # "Как передает ТАСС, об этом заявил … Дмитрий Песков": a medium in another clause relays; the person speaks
        after = after_subject(doc, toks, vi, vj, hi)
        if after is not None and after.kind in ("named", "role"):
            return after, "after"
    if before:
        return before, "before"
    after = after_subject(doc, toks, vi, vj, hi)
    if after is None and vj < len(toks) and toks[vj].start < hi and toks[vj].low in cues.org_prepositions \
            and cues.verb_gender(toks[vj - 1].low) in ("pl", None):
        # "«…», заявиха от ГЕРБ", "– повідомили в ДСНС": a plural verb with no subject, the body it came from after a
        # preposition speaks
        # (a name in capitals there is a body's initials whatever the recogniser typed it: "написаха от НАБУ")
        org = next((c if c.kind == "organisation" else replace(c, kind="organisation", person=False, guess=False)
                    for c in candidates(doc, toks[vj].end, phrase_end(text, toks[vj].end, hi))
                    if c.kind == "organisation" and not c.place
                    or c.kind == "named" and _acronym(c.text) and not any(doc.person(m) for m in doc.mentions_at(c.start))),
                   None)
        if org is not None and not doc.toks(toks[vj].end, org.start):
            return org, "after"
    if after is None and (org := _body_opening(doc, toks, vi, vj, lo)) is not None:
        return org, "before"
    if after is None and cues.zero_subject and all(t.low in cues.np_stops for t in toks[:vi] if t.start >= lo) \
            and not any(t.text[:1].isupper() and not (k > vj and governs(cues, toks[vj:k], _loose_at(doc, toks, k)))
                        and not relays(doc, t.start)
                        and not any(m.type == "LOC" for m in doc.mentions_at(t.start))
                        for k, t in enumerate(toks) if k >= vj and t.start < hi) \
            and text[toks[vj - 1].end:toks[vj - 1].end + 2].lstrip()[:1] not in QUOTE_OPENERS \
            and not _medium_subject(doc, toks, vj, hi):
        # (not before a quotation: "Как пишет «Коммерсантъ»" names the subject in marks; a name after a preposition
        # is no subject: "– powiedziała w Sejmie")
        # a subject the verb carries ("«…», ha detto.", "„…” – powiedziała."): a pronoun left unsaid
        return Cand(toks[vi].start, toks[vj - 1].end, text[toks[vi].start:toks[vj - 1].end], "pronoun",
                    gender=cues.verb_gender(toks[vj - 1].low), person=True, zero=True), "after"
    return after, "after"


def _subordinate_start(doc: Doc, toks: list[Token], vi: int, lo: int) -> int | None:
    """Where the subordinate clause holding the verb toks[vi] begins: after the last subordinating word
    (``[clause] subordinators``: "after", "nachdem", "après que", "после того как") between ``lo`` and the verb."""
    subs = doc.cues.subordinators
    if not subs:
        return None
    lows = [t.low for t in toks[:vi]]
    for i in range(vi - 1, -1, -1):
        if toks[i].start < lo:
            break
        for words in subs:
            n = len(words)
            if tuple(lows[i:i + n]) == words and i + n < vi and toks[i].start >= lo:
                return toks[i + n - 1].end
    return None


QUOTE_OPENERS = frozenset("«“„\"‹‚‘'")  # (a set: at the end of a text no character follows, and "" is in every string)


def _body_opening(doc: Doc, toks: list[Token], vi: int, vj: int, lo: int) -> Cand | None:
    """"У НАБУ повідомили, що …", "В Кремле заявили": a plural verb with no subject, its clause opening with a
    preposition of ``org_prepositions`` and a body; the body speaks (as after the verb: "– повідомили в ДСНС")."""
    cues = doc.cues
    lead = [t for t in toks[:vi] if t.start >= lo]
    if len(lead) < 2 or lead[0].low not in cues.org_prepositions or cues.verb_gender(toks[vj - 1].low) not in ("pl", None):
        return None
    cands = candidates(doc, lead[1].start, toks[vi].start)
    c = cands[0] if cands else None
    if c is None or c.start != lead[1].start or c.place or not (
            c.kind == "organisation" or c.kind == "named" and _acronym(c.text)
            and not any(doc.person(m) for m in doc.mentions_at(c.start))):
        return None
    # (an adverb at most between the body and the verb: "У НАБУ також повідомили")
    rest = [t for t in lead if t.start >= c.end]
    if len(rest) > 1 or any(not t.text.islower() for t in rest) or PUNCT_GAP.search(doc.gap(c.end, toks[vi].start)):
        return None
    return c if c.kind == "organisation" else replace(c, kind="organisation", person=False, guess=False)


def main_subject(doc: Doc, lo: int, hi: int) -> Cand | None:
    """The subject of the main clause in text[lo:hi]: the person (else body) opening the last comma-free stretch
    that opens with one ("During a speech, Trump attacked Clinton": Trump; an opening phrase names no subject)."""
    text = doc.art.text
    cuts = [lo] + [lo + m.end() for m in re.finditer(",", text[lo:hi])]
    for a, b in zip(reversed(cuts), [hi] + list(reversed(cuts[1:]))):
        cands = [c for c in nominative(doc, candidates(doc, a, b)) if not c.place and not c.indefinite]
        people = [c for c in cands if c.kind in ("named", "role", "pronoun") and c.person and not c.guess]
        pool = people or [c for c in cands if c.kind == "organisation" and not c.guess]
        if pool:
            first = min(pool, key=lambda c: c.start)
            if first.kind == "role":
                # "Prime Minister Irakli Kobakhidze on Sunday described …, and said": the title's holder named at once
                # after it is the subject
                holder = next((c for c in people if c.kind == "named" and first.start < c.start <= first.end + 1
                               and not text[first.start:c.start].strip(" ")[-1:] in (",", "(")), None)
                first = holder or first
            # (it opens its stretch, after an article or a title at most; else the stretch is the predicate's:
            # "Trump, on Monday, attacked Clinton")
            if all(t.low in doc.cues.definite or t.text[:1].isupper() for t in doc.toks(a, first.start)):
                return first
    return None


def _medium_subject(doc: Doc, toks: list[Token], vj: int, hi: int) -> bool:
    """Whether a medium stands right after the verb (an auxiliary at most between): the subject that relays what was
    said ("…, objavio je portal kurir.mk"), no subject left unsaid."""
    k = vj
    while k < len(toks) and toks[k].low in doc.cues.enclitics:
        k += 1
    return k < len(toks) and toks[k].start < hi and doc.cues.medium(toks[k].low)


def nominative(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """The candidates that may be a verb's subject: not a name in an oblique case ("розмова між Трампом і Путіним",
    "žurnalistams Seime kalbėjo": in the Seimas; ``oblique.oblique_case``), nor a role after an oblique article
    ("στον υπουργό")."""
    return [c for c in cands if not (c.kind in ("named", "organisation") and oblique_case(doc, c.start, c.end, c.entity)
                                     or c.kind == "role" and doc.cues.oblique_articles
                                     and oblique_case(doc, c.start, c.end)
                                     or (c.kind == "named" or c.place) and after_preposition(doc, c.start)
                                     or c.kind == "organisation" and c.entity and body_governed(doc, c.start))]


def _apposed_subject(doc: Doc, lo: int, lead: str) -> bool:
    """"Dmitri Peskov, portavoz presidencial, desmintió": a person before an apposition closed by the comma."""
    if "," not in lead[:-1]:
        return False
    first = lead.find(",")
    cut = lo + first
    names = [c for c in candidates(doc, lo, cut) if c.kind == "named" and not c.place]
    return bool(names) and not doc.art.text[names[-1].end:cut].strip() and bool(
        [c for c in candidates(doc, cut + 1, lo + len(lead) - 1) if c.kind == "role"])


def _governed(doc: Doc, verb_end: int, c: Cand) -> bool:
    """Whether a preposition stands right before ``c`` ("powiedziała w Sejmie", "said in Washington"): an object,
    never the subject (a short stop word; "told reporters Peskov" keeps its subject after the addressee)."""
    before = doc.toks(verb_end, c.start)
    if not before or PUNCT_GAP.search(doc.gap(before[-1].end, c.start)):
        return False
    # (a two-word guess may be a person untagged: "skomentował na gorąco Mariusz Janicki")
    return governs(doc.cues, before, c.place or c.guess and " " not in c.text)


def _loose_at(doc: Doc, toks: list[Token], k: int) -> bool:
    """Whether the capitalised word toks[k] is a lone word no person is named by ("na placu Zamkowym")."""
    t = toks[k]
    lone = not (k + 1 < len(toks) and toks[k + 1].text[:1].isupper() and not doc.gap(t.end, toks[k + 1].start).strip())
    return lone and not any(doc.person(m) for m in doc.mentions_at(t.start))


def governs(cues, before: list[Token], loose: bool = False) -> bool:
    """Whether the words before a name end in a prepositional phrase that holds it ("in", "na placu"); ``loose``
    (a place, a guessed name) lets any lower-case stop word be the preposition ("nella Cappella Sistina")."""
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        if _preposition(cues, t) or loose and t.low in cues.np_stops and t.text.islower() \
                and t.low not in cues.definite and t.low not in cues.indefinite and t.low not in cues.auxiliaries:
            return True
        if not loose or not t.text.islower() or t.low in cues.np_stops or (t.low,) in cues.verbs or len(before) - k > 2:
            return False  # (only a noun or two may stand between: "na placu Zamkowym")
    return False


def _preposition(cues, t: Token) -> bool:
    """A short lower-case stop word that is no article: "w", "in", "a", "в" (German "der" may be either)."""
    return t.low in cues.np_stops and len(t.low) <= 3 and t.text.islower() and t.low not in cues.definite \
        and t.low not in cues.indefinite and t.low not in cues.auxiliaries \
        and t.low not in cues.enclitics  # ('rekao je Vučić', 'objavio je Sud': an auxiliary)


def _after_article(doc: Doc, c: Cand) -> bool:
    """Whether an article stands right before ``c`` ("der Rechtsmediziner", "the Pentagon")."""
    before = doc.toks(max(0, c.start - 20), c.start)[-1:]
    return bool(before) and (before[0].low in doc.cues.definite or before[0].low in doc.cues.indefinite) \
        and not PUNCT_GAP.search(doc.gap(before[0].end, c.start))


def _holds(doc: Doc, role: Cand, c: Cand) -> bool:
    """Whether a name after a role may be its holder: not after a preposition that makes it an addressee or a medium
    ("a raconté un témoin à la chaîne Welt TV", "sagte eine Sprecherin … auf Nachfrage der dpa") unless it is a
    person's name; a role with an indefinite article introduces someone unnamed unless the name follows it at once."""
    cues = doc.cues
    between = doc.toks(role.end, c.start)
    if role.indefinite and any(t.low not in cues.definite for t in between):
        return False
    if c.kind == "named" and not c.guess:  # a person the recogniser tagged: "председателят на ГЕРБ Бойко Борисов"
        return True
    return not any(t.low in cues.np_stops and t.low not in cues.definite and t.low not in cues.role_links
                   for t in between)


def after_subject(doc: Doc, toks: list[Token], vi: int, vj: int, hi: int) -> Cand | None:
    """The subject standing after the verb ("— отметил он", "said Alexey Zhuravlev, a politician")."""
    text, cues = doc.art.text, doc.cues
    verb = (toks[vi].start, toks[vj - 1].end)
    end = toks[vj - 1].end
    # the subject after the verb ends at a comma or colon, at "that", or at a dash after a name
    stop = hi
    for t in toks[vj:]:
        if cues.complementizer(t.low) or t.start >= hi:
            stop = min(stop, t.start)
            break
    region_end = phrase_end(text, end, stop)
    while (acr := INITIALS.match(text, region_end)) and acr.end() < stop:
        # "powiedziała liderka Zjednoczonego Ruchu Narodowego (ENM) Tina Bokuczawa": a body's initials in brackets
        # go on the role's chain to its holder
        region_end = phrase_end(text, acr.end(), stop)
    cands = [c for c in nominative(doc, candidates(doc, end, region_end)) if not _governed(doc, end, c)]
    # (only a verb opening its clause after a comma or dash has its subject after it: "«…», a déclaré …")
    hops = 0 if text[:toks[vi].start].rstrip()[-1:] in (",", "—", "–") else MAX_ADVERBIAL_HOPS
    while not cands and hops < MAX_ADVERBIAL_HOPS and text[region_end:region_end + 1] == "," \
            and not any(cues.complementizer(t.low) for t in doc.toks(end, region_end)):
        # "a déclaré ce vendredi matin, dans l'émission "X" d'ANT1, le porte-parole": adverbials set off by commas
        # (a medium's title in marks among them) may part an inverted subject from its verb; the subject then opens
        # the phrase after them
        a = region_end + 1
        comma = text.find(",", a, stop)
        # (a body named there is where it was said, "sur la chaîne X", "d'ANT1"; a person would be the subject)
        if comma < 0 or ADVERBIAL_BREAK.search(text, a, comma) or any(c.person for c in candidates(doc, a, comma)) \
                or any(cues.complementizer(t.low) for t in doc.toks(a, comma)):
            break
        region_end = phrase_end(text, comma + 1, stop)
        cands = [c for c in nominative(doc, candidates(doc, comma + 1, region_end)) if not _governed(doc, end, c)
                 and c.kind in ("named", "role", "organisation") and not c.guess and not c.place]
        if cands and any(t.low not in cues.definite for t in doc.toks(comma + 1, min(c.start for c in cands))):
            return None
        hops += 1
    # (a body's pronoun after the verb is its object, never an inverted subject: "called it", "said it would")
    cands = [c for c in cands if not (c.kind == "organisation" and cues.norm(c.text) in cues.body_pronouns)]
    if (issuer := _issuer(doc, cands, end, region_end)) is not None:
        return issuer
    first = choose(doc, cands, "after", verb)
    if first is not None and first.guess and " " not in first.text and _after_article(doc, first) \
            and text[region_end:region_end + 1] == ",":
        # "sagte der Rechtsmediziner des Instituts, Hans Weber": a capitalised noun after an article is no name;
        # the person the comma names is
        appos = [c for c in candidates(doc, region_end + 1, phrase_end(text, region_end + 1, hi))
                 if c.kind == "named" and not c.guess and not text[region_end + 1:c.start].strip()]
        if appos:
            return appos[0]
    if first is not None and first.kind == "role":
        # "сообщил зампред правительства - министр ... Дмитрий Куракин": the role introduces the name after it;
        # a role's possessor comes before its holder ("пресс-секретарь президента Владимира Путина Дмитрий Песков"),
        # or the holder follows a comma ("le porte-parole du président Vladimir Poutine, Dmitri Peskov")
        # (not a capitalised word the role serves: "o ministro do Interior da Turquia, Ali Yerlikaya")
        named = [c for c in cands if c.start > first.end and (c.kind == "named" or person_shaped(doc, c))
                 and _holds(doc, first, c) and not (c.guess and (serves(doc, first, c) or _acronym(c.text)))]
        if text[region_end:region_end + 1] == ",":
            appos = [c for c in candidates(doc, region_end + 1, phrase_end(text, region_end + 1, hi))
                     if c.kind == "named" and (_opens(doc, region_end + 1, c) or _title_chain(doc, region_end + 1, c))]
            if appos:
                return appos[0]
        if named:
            c = named[-1]
            return c if c.kind == "named" else Cand(c.start, c.end, c.text, "named", c.entity, person=True)
    return first


def _issuer(doc: Doc, cands: list[Cand], a: int, b: int) -> Cand | None:
    """The body that issued the document standing as the subject after the verb ("…,” said a statement issued by the
    monitoring mission): the first body named after the document's noun, which opens the phrase."""
    cues = doc.cues
    toks = [t for t in doc.toks(a, b)]
    k = 0
    while k < len(toks) and (toks[k].low in cues.definite or toks[k].low in cues.indefinite):
        k += 1
    if k == len(toks) or toks[k].low not in cues.statements:
        return None
    named = next((c for c in cands if c.kind == "organisation" and c.start > toks[k].end and not c.place), None)
    if named is not None:
        return named
    # (a body described by its noun: "by the international monitoring mission")
    for j in range(k + 1, len(toks)):
        if cues.organisation(toks[j].low):
            i = next((i for i in range(j - 1, k, -1) if toks[i].low in cues.definite), j)
            if all(t.low not in cues.np_stops or t.low in cues.definite for t in toks[i:j]):
                # (words describing it make it a body of its own, not the one named before: "the international
                # monitoring mission")
                return Cand(toks[i].start, toks[j].end, doc.art.text[toks[i].start:toks[j].end], "organisation",
                            new=j - i > 1, person=False)
            return None
    return None


def _acronym(name: str) -> bool:
    """Whether a name is one word in capitals ("KO", "БСП"): after a role the party or body it serves, no holder."""
    return " " not in name and len(name) >= 2 and name.isupper()


def _title_chain(doc: Doc, start: int, c: Cand) -> bool:
    """Whether only a title chain stands before the name ``c`` in the apposition at ``start``: a role, capitalised
    words and the small words between them ("…, First Deputy Secretary General of the CIS Leonid Anfimov")."""
    toks = doc.toks(start, c.start)
    cues = doc.cues
    roles = [k for k, t in enumerate(toks) if cues.role(t.low)]
    # (a lower-case word next to a role qualifies it: "first deputy", "secrétaire général adjoint")
    return 0 < len(toks) <= MAX_TITLE_WORDS and bool(roles) and all(
        t.text[:1].isupper() or t.low in cues.np_stops or t.low in cues.definite or any(abs(k - r) <= 2 for r in roles)
        for k, t in enumerate(toks)) and not any(ch in doc.art.text[start:c.start] for ch in ",;:()")


def _opens(doc: Doc, start: int, c: Cand) -> bool:
    """Whether the name ``c`` opens the apposition at ``start``, after a given name the recogniser left out at most
    ("…, Ali Yerlikaya," tagged only "Yerlikaya")."""
    words = doc.art.text[start:c.start].split()
    return not words or len(words) <= 2 and all(w[:1].isupper() and w.isalpha() for w in words)
