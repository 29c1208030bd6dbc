"""From a speaker candidate to a ``Speaker``: a pronoun or role resolved to the person it stands for, an
organisation to its name, by the roles and genders the article introduces (``role_intros``, ``learn_genders``) and
the speakers heard before (``antecedent``)."""
from __future__ import annotations

import re
from dataclasses import replace
from bisect import bisect_left

from ..model import Mention, Speaker
from .bodies import body_before, name_shaped, quoted_rival
from .document import PUNCT_GAP, Cand, Doc, Known
from .fullname import full_name
from .oblique import after_preposition, oblique_case
from .sourced import in_source_phrase
from .speakers import DOMAIN, ELIDED, PERSON_KINDS

FAR_WINDOW = 20  # sentences a pronoun reaches back when the nearer ones name no one it can stand for
ROLE_REACH = 80  # characters from a role to the name it introduces after a comma ("il ministro per …, Raffaele Fitto")


def _only_person(doc: Doc, pos: int, sent: int) -> Known | None:
    """The one person named or heard in this sentence and the one before, if there is exactly one."""
    pool = [k for k in doc.known_since(sent - 1) if k.pos < pos and k.person and k.speaker.entity and k.gender != "pl"]
    for m in doc.mentions_in(doc.window_start(pos, 1), pos):
        if doc.person(m) and m.entity and not doc.quoted(m.start) and sent - doc.sentence_no(m.start) <= 1 \
                and not _served(doc, m.start) and not after_preposition(doc, m.start) and not doc.in_relayed(m.start) \
                and not oblique_case(doc, m.start, m.end, m.entity):
            # (a name in an oblique case was spoken to or of: "… s Viktorom Orbanom. „…“, rekao je premijer")
            pool.append(Known(m.start, doc.sentence_no(m.start), Speaker(m.text, m.entity, "named"), None, True))
    plural = {k.speaker.entity for k in doc.known_since(sent - 1) if k.gender == "pl"}  # spoke as a group
    pool = [k for k in pool if k.speaker.entity not in plural and not _spoken_of(doc, k.speaker)]
    return pool[-1] if len({k.speaker.entity for k in pool}) == 1 else None


def _served(doc: Doc, pos: int) -> bool:
    """Whether the name at ``pos`` is whom a role serves ("a spokesman for Trump"): a modifier, not an antecedent."""
    words = doc.cues.tokens(doc.art.text, max(0, pos - 40), pos)[-2:]
    return len(words) == 2 and words[1].low in doc.cues.role_links and doc.cues.role(words[0].low) is not None \
        and not PUNCT_GAP.search(doc.gap(words[0].end, pos))


def role_intros(doc: Doc) -> None:
    """Record who each role noun introduces: 'политолог Дмитрий Родионов', 'Zhuravlev, a politician'."""
    cues = doc.cues
    # (a name typed MISC, two capitalised words or more, is a person when a role introduces it)
    people = [m for m in doc.mentions if (doc.person(m) or m.type == "MISC" and len(m.text.split()) >= 2
                                          and all(w[:1].isupper() for w in m.text.split())) and not doc.quoted(m.start)]
    for m in people:
        speaker = Speaker(m.text, m.entity, "named")
        before = doc.toks(max(0, m.start - 80), m.start)[-5:]
        context = " ".join(t.low for t in before)
        # (one comma may part the role from the name: "el presidente del Gobierno español, Pedro Sánchez")
        comma = bool(before) and doc.gap(before[-1].end, m.start).strip() == ","
        for t in reversed(before):
            if PUNCT_GAP.search(doc.gap(t.end, before[-1].end if comma else m.start)) or (t.low,) in cues.verbs:
                break  # (nor across a verb: "Government sources told Kathimerini" introduces no one)
            if (r := cues.role(t.low)):
                if _lesser(doc, before, t):
                    continue  # "Vice President Joseph Biden": another office, not the president's
                doc.roles.setdefault(r, []).append((m.start, speaker))
                doc.role_context[(r, m.start)] = context
                k = j = before.index(t)
                while j > max(0, k - 2) and not PUNCT_GAP.search(doc.gap(before[j - 1].end, before[j].start)) \
                        and (before[j - 1].low,) not in cues.verbs:
                    j -= 1
                doc.role_chain[(r, m.start)] = " ".join(x.low for x in before[j:])
                if (g := cues.role_gender(t.low)):  # "Staatsanwältin Anna Schmidt": a woman, for "sie" later
                    doc.genders.setdefault(m.entity or m.text, g)
                between = [x for x in before if t.end <= x.start]
                if m.type == "MISC" and not comma and len(between) <= 1 and not any(
                        x.low in cues.role_links or not x.text[:1].islower() for x in between):
                    # a name the recogniser typed MISC right after a role ("Президентка країни Мая Санду") is a
                    # person in an article where others are typed PER, too: pronouns may point to her
                    doc.per_texts.add(m.text)
        tail = doc.art.text[m.end:m.end + 120]
        if cues.copulas and not tail.startswith(","):
            _predicate_role(doc, m, speaker)
        if tail.startswith(","):
            appos = doc.toks(m.end + 1, m.end + 1 + len(tail.split(",")[1]) + 1)[:8]
            for t in appos:
                if t.low in cues.auxiliaries or (t.low,) in cues.verbs:
                    break  # a predicate, not an apposition: "X, a reçu le Premier ministre grec" is no minister
                if (r := cues.role(t.low)) and not _lesser(doc, appos, t):
                    doc.roles.setdefault(r, []).append((m.start, speaker))
                    doc.role_context[(r, m.start)] = doc.role_chain[(r, m.start)] = " ".join(x.low for x in appos)
                    if (g := cues.role_gender(t.low)):
                        doc.genders.setdefault(m.entity or m.text, g)


def _lesser(doc: Doc, before: list, t) -> bool:
    """Whether role word ``t`` is made another, lower office by the word before it or its hyphenated prefix
    ("Vice President", "Deputy Director", "vice-président")."""
    lesser = doc.cues.lesser
    if not lesser:
        return False
    if "-" in t.low.strip("-") and t.low.split("-", 1)[0] in lesser:
        return True
    k = before.index(t)
    return k > 0 and before[k - 1].low in lesser and not PUNCT_GAP.search(doc.gap(before[k - 1].end, t.start))


def _predicate_role(doc: Doc, m: Mention, speaker: Speaker) -> None:
    """"Anna Weber is the prosecutor in the case": a role the person's copula gives introduces them like an
    apposition (a definite article and a modifier or two at most between; never across punctuation)."""
    cues = doc.cues
    after = doc.toks(m.end, min(len(doc.art.text), m.end + 80))[:5]
    if not after or after[0].low not in cues.copulas or doc.gap(m.end, after[0].start).strip():
        return
    for k, t in enumerate(after[1:], 1):
        low = t.low
        if k == 1 and (el := ELIDED.match(low)) and el.group().rstrip("'’") in cues.definite:
            low = low[el.end():]  # an elided article glued to the word: "X est l'ancienne ministre"
        if doc.gap(after[k - 1].end, t.start).strip() or low in cues.negations or "'" in low or "’" in low:
            return  # (nor "X is not the prosecutor", "X is the prosecutor's sister": the role is another's)
        if (r := cues.role(low)):
            doc.roles.setdefault(r, []).append((m.start, speaker))
            doc.role_context[(r, m.start)] = doc.role_chain[(r, m.start)] = " ".join(x.low for x in after)
            if (g := cues.role_gender(low)):
                doc.genders.setdefault(m.entity or m.text, g)
            return
        if k > 1 and low in cues.np_stops:
            return


def learn_genders(doc: Doc) -> None:
    """Genders of people from the pronouns that follow them ("Clinton … her campaign. She …").

    Only a sentence naming one person counts, with the next sentence when it
    names nobody; a gender is kept when its pronouns outnumber the other's
    by two to one. Genders known from verbs or names are not overwritten.
    """
    cues = doc.cues
    gendered = {w: g for w, g in {**cues.possessives, **cues.pronouns}.items() if g in ("m", "f")}
    if not gendered:
        return
    people: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if doc.person(m) and not doc.quoted(m.start):
            people.setdefault(doc.sentence_no(m.start), []).append(m)
    votes: dict[str, dict[str, int]] = {}
    sentences = doc.art.sentences
    for k, sent in enumerate(sentences):
        here = people.get(sent.index, [])
        keys = {m.entity or m.text for m in here}
        if len(keys) != 1:
            continue
        key = keys.pop()
        end = sent.end
        nxt = sentences[k + 1] if k + 1 < len(sentences) else None
        # the next sentence too when it names nobody and quotes nobody (after a quotation "she" is what we resolve)
        if nxt is not None and nxt.index not in people and not doc.quotes_in(nxt.start, nxt.end):
            end = nxt.end
        for t in doc.toks(here[0].end, end):
            if (g := gendered.get(t.low)):
                votes.setdefault(key, {"m": 0, "f": 0})[g] += 1
    for key, v in votes.items():
        for g, other in (("m", "f"), ("f", "m")):
            if v[g] >= 1 and v[g] >= 2 * v[other] and v[g] > v[other]:
                doc.genders.setdefault(key, g)


def _fits(doc: Doc, c: Cand, pos: int) -> bool:
    """Whether an introduction at ``pos`` fits the modifiers of role phrase ``c`` ("врио губернатора")."""
    context = doc.role_context.get((c.role or "", pos))
    if context is None:
        return True
    mods = [w for w in doc.cues.tokens(c.text) if not doc.cues.role(w.low) and w.low not in doc.cues.definite
            and w.low not in doc.cues.same]
    # compare word beginnings so inflected forms match ("врио", "высокопоставленного" ~ "высокопоставленный")
    return all(any(x.startswith(w.low[:5]) for x in context.split()) for w in mods)


def mention_gender(doc: Doc, m: Mention) -> str | None:
    """A person's gender as known from verbs and pronouns, the surname's ending, or a title or article before the
    name ("Mme", "η Ντόρα Μπακογιάννη")."""
    title = re.search(r"(\w+)\.?\s*$", doc.art.text[max(0, m.start - 12):m.start])
    return doc.genders.get(m.entity or m.text) or doc.cues.name_gender(m.text) \
        or (doc.cues.titles.get(doc.cues.norm(title.group(1))) if title else None)


def _compatible(gender: str | None, want: str | None) -> bool:
    return gender is None or want is None or gender == want


def antecedent(doc: Doc, pos: int, gender: str | None, person: bool, window: int = 6, far: bool = False,
               latter: bool = False, spoken: bool = False) -> Known | None:
    """The nearest earlier speaker or person mention that a pronoun can point to.

    ``spoken``: the people the quoted words name count too (``doc.about``), but only the one person who fits, of
    every person that fits nearby ("Mark Johnson … “The Johnson family thanks you,” he said")."""
    here = doc.sentence_no(pos)
    history = [k for k in doc.known_since(here - window) if not _unresolved(k)
               and (spoken or not _spoken_of(doc, k.speaker))]
    pool = [k for k in history if k.pos < pos]
    met = {(k.pos, k.sentence, k.speaker, k.gender, k.person) for k in history}
    oblique: set[int] = set()  # names in a case no subject takes: spoken to or of, so farther ("čestitao je Orbanu")
    for m in doc.mentions_in(doc.window_start(pos, window), pos):
        if doc.person(m) and not doc.quoted(m.start) and here - doc.sentence_no(m.start) <= window \
                and not _served(doc, m.start) and not after_preposition(doc, m.start) and not doc.in_relayed(m.start) \
                and (spoken or (m.entity or m.text) not in doc.about):
            if oblique_case(doc, m.start, m.end, m.entity):
                oblique.add(m.start)
            pool.append(Known(m.start, doc.sentence_no(m.start), Speaker(m.text, m.entity, "named"), mention_gender(doc, m),
                              True, in_source_phrase(doc, m.start, m.end)))
    if spoken:
        # (every person named near counts here, also one after a preposition or in an oblique case: "Mark Johnson
        # and Paul Reed left. “Johnson …,” he said" may be Reed's)
        fitting = {(k.speaker.entity or k.speaker.text) for k in pool
                   if k.person and k.gender != "pl" and _compatible(k.gender, gender)} | {
            (m.entity or m.text) for m in doc.mentions_in(doc.window_start(pos, window), pos)
            if doc.person(m) and not doc.quoted(m.start) and here - doc.sentence_no(m.start) <= window
            and _compatible(mention_gender(doc, m), gender)}
        if len(fitting) != 1 or not fitting <= doc.about:
            return None
    # a person named earlier in the pronoun's own paragraph outranks speakers of paragraphs before it
    # ("Another commuter, Jonathan Emery, was travelling … “…,” he said" after someone else's quote)
    par_start = doc.line_bounds(pos)[0]
    if gender != "pl" and person and any(k.pos >= par_start and k.person and k.gender != "pl"
                                         and _compatible(k.gender, gender) for k in pool):
        pool = [k for k in pool if k.pos >= par_start]
    if gender == "pl" or not person:
        pool = [k for k in pool if not k.person or k.gender == "pl"]
    else:
        people = [k for k in pool if k.person and k.gender != "pl" and _compatible(k.gender, gender)]
        # where nouns have grammatical gender, "она" may be the ministry just quoted
        pool = people or ([k for k in pool if not k.person and k.speaker.kind == "organisation" and here - k.sentence <= 2]
                          if doc.cues.pronouns_for_things else [])
    # the subject of an earlier speech verb is more salient than a name merely mentioned: count it two sentences nearer
    # and, for a gendered pronoun, one whose gender is known to match counts as one sentence nearer than an unknown
    # (and wins a tie with one: "La procuratrice Anna Rossi … Marco Bianchi … ha detto lei")
    def unsure(k: Known) -> int:
        return 1 if gender in ("m", "f") and k.gender is None else 0

    def distance(k: Known) -> int:
        salient = 2 if k.speaker.kind != "named" or k.source or (k.pos, k.sentence, k.speaker, k.gender, k.person) in met \
            else 0
        # (a name in an oblique case counts two sentences farther: an addressee may still answer, "У Пєскова
        # запитали … на що той відповів")
        return here - k.sentence - salient + unsure(k) + (2 if k.pos in oblique and k.speaker.kind == "named" else 0)

    if far and not pool and person and gender != "pl" and window < FAR_WINDOW:
        # no one in the last sentences: the nearest person named earlier, across paragraphs
        return antecedent(doc, pos, gender, person, FAR_WINDOW, latter=latter)
    # between two people as near, the one opening its sentence (its subject) before one named later in it ("Sandu
    # will face …, Alexandr Stoianoglo, who got 26%. “…,” she said")
    # ("the latter", "cette dernière" means the one named last)
    firsts: dict[int, int] = {}
    for k in pool if not latter else ():
        if k.person and k.speaker.kind == "named":
            firsts[k.sentence] = min(firsts.get(k.sentence, k.pos), k.pos)
    return min(pool, key=lambda k: (distance(k), unsure(k), not k.source, firsts.get(k.sentence) != k.pos, -k.pos)) \
        if pool else None


CHAIN_NAME = re.compile(r",\s+((?:[A-ZÀ-ÞΑ-ΩА-ЯЁЇІЄҐ][\w'’-]+\s){1,3}[A-ZÀ-ÞΑ-ΩА-ЯЁЇІЄҐ][\w'’-]+)\s*[,.;)]")


def _name_after_role(doc: Doc, c: Cand) -> tuple[str, str | None] | None:
    """A title chain's holder the recogniser missed or typed as no person: two to four capitalised words after a
    comma that close the role's phrase ("said the governor of the Peloponnese region, Panagiotis Nikas, on …"),
    with no verb or quotation between; the entity of a person named there, if any."""
    text = doc.art.text
    end = min(len(text), c.end + ROLE_REACH)
    cut = text.find(",", c.end, end)
    if cut < 0 or doc.quotes_in(c.end, cut) or doc.sentence_no(cut) != doc.sentence_no(c.start) \
            or any((t.low,) in doc.cues.verbs for t in doc.toks(c.end, cut)):
        return None
    m = CHAIN_NAME.match(text, cut)
    if m is None or not name_shaped(doc, m.group(1)) or doc.quoted(m.start(1)) \
            or any(doc.cues.role(doc.cues.norm(w)) for w in m.group(1).split()):  # ("…, Prime Minister X")
        return None
    inside = [x for x in doc.mentions_in(m.start(1), m.end(1))]
    if any(x.type == "ORG" for x in inside):
        return None
    person = next((x for x in inside if doc.person(x) and x.entity), None)
    return m.group(1), person.entity if person else None


def _qualified_anonymous(doc: Doc, c: Cand) -> bool:
    """Whether an anonymous role is qualified by words after it ("vir blizu družine", "источник в правительстве"):
    someone unnamed described afresh, not the one person named just before, where no article says it is new."""
    words = [t.low for t in doc.cues.tokens(c.text)]
    return c.role in doc.cues.anonymous and bool(words) and doc.cues.role(words[-1]) is None and len(words) >= 2 \
        and any(doc.cues.role(w) == c.role for w in words[:-1])


def _spoken_of(doc: Doc, sp: Speaker) -> bool:
    """Whether the quotation being resolved speaks of this person in the third person (``doc.about``)."""
    return sp.kind != "unnamed" and (sp.entity or sp.text) in doc.about


def spoken_of(doc: Doc, a: int, b: int) -> frozenset[str]:
    """The people the words in ``[a, b)`` speak of in the third person: those named there, and the one person the
    article gave a role that a described role phrase there fits ("the British prime minister canceled our meeting":
    the British prime minister the article introduced is not who says it)."""
    cues = doc.cues
    out = {m.entity or m.text for m in doc.mentions_in(a, b) if doc.person(m)}
    toks = cues.tokens(doc.art.text, a, b)
    for i, t in enumerate(toks):
        role = cues.role(t.low)
        j = i
        while role and j > 0 and i - j < 3 and not PUNCT_GAP.search(doc.gap(toks[j - 1].end, toks[j].start)) \
                and toks[j - 1].low not in cues.np_stops and toks[j - 1].low not in cues.definite \
                and toks[j - 1].low not in cues.indefinite and (toks[j - 1].low,) not in cues.verbs:
            j -= 1
        if j == i:  # (no modifier: "the minister" may be anyone the article gave the role)
            continue
        c = Cand(toks[j].start, t.end, doc.art.text[toks[j].start:t.end], "role", role=role)
        fits = {(s.entity or s.text) for p, s in doc.roles.get(c.role or "", []) if p < a and s.kind == "named"
                and (c.role or "", p) in doc.role_context and _fits(doc, c, p)}
        if len(fits) == 1:
            out |= fits
    return frozenset(out)


def _unresolved(k: Known) -> bool:
    """A pronoun (or a subject the verb carries) that found no one: it gives a later pronoun no one either."""
    return k.speaker.kind == "pronoun" and k.speaker.as_written is None


def _last_speaker(doc: Doc, pos: int, sent: int, gender: str | None) -> Known | None:
    """Who spoke last, in this sentence or the two before: the subject a verb without one continues."""
    spoke = [k for k in doc.known_since(sent - 2) if k.pos < pos and k.speaker.kind != "unnamed" and not _unresolved(k)
             and not _spoken_of(doc, k.speaker)
             and (k.person or k.speaker.kind == "organisation") and _compatible(k.gender, gender)]
    return max(spoke, key=lambda k: (k.sentence, k.source, k.pos)) if spoke else None


def _body_tail(doc: Doc, c: Cand) -> bool:
    """Whether a role's phrase names the body its holder serves ("the chairman of the Electoral Commission")."""
    words = doc.cues.tokens(doc.art.text, c.start, c.end)
    at = next((i for i, w in enumerate(words) if doc.cues.role(w.low) == c.role), None)
    if at is None:
        return False
    tail = words[at + 1:]
    return bool(tail) and tail[0].low in doc.cues.role_links and (
        any(doc.cues.organisation(w.low) for w in tail)
        or any(m.type == "ORG" for m in doc.mentions_in(tail[0].end, c.end)))


INITIALS_AFTER = re.compile(r"\s+(\w{2,6})\b")


def _serves_fits(doc: Doc, c: Cand, pick: Speaker) -> bool:
    """Whether a person introduced by a role fits the party initials right after role ``c`` ("kandydat KO"): the
    initials stand in the words around one of the person's introductions (no initials: any person fits)."""
    m = INITIALS_AFTER.match(doc.art.text, c.end)
    if m is None or not m.group(1).isupper():
        return True
    key = m.group(1).lower()
    return any(key in doc.role_context.get((c.role or "", p), "").split() for p, sp in doc.roles.get(c.role or "", [])
               if (sp.entity or sp.text) == (pick.entity or pick.text))


def _named_person(doc: Doc, entity: str) -> bool:
    """Whether any mention of the entity is a person (not a name guessed from an untyped capitalised word)."""
    return any(doc.person(m) for m in doc.mentions if m.entity == entity)


def nearest_org(doc: Doc, c: Cand, window: int = 3) -> Mention | None:
    """The latest organisation before ``c`` that its words describe ("руководство компании" -> "компания X")."""
    here = doc.sentence_no(c.start)
    words = [w.low for w in doc.cues.tokens(c.text)]
    heads = {w[:5] for w in words if doc.cues.organisation(w)}  # word beginnings, so cases match

    def described(m: Mention) -> bool:
        # the words before the name and the name's own ("компании X"; "the Court of Bosnia and Herzegovina", whose
        # head is farther from its end than four words)
        near = [t.low for t in doc.toks(max(0, m.start - 40), m.start)][-4:] + [t.low for t in doc.cues.tokens(m.text)]
        return any(w[:5] in heads for w in near if doc.cues.organisation(w))

    orgs = [m for m in doc.mentions_in(doc.window_start(c.start, window), c.start) if m.type == "ORG"
            and here - doc.sentence_no(m.start) <= window and not DOMAIN.search(m.text) and described(m)]
    return max(orgs, key=lambda m: m.start) if orgs else None


class Introductions:
    """The people role nouns introduced (``doc.roles``, named ones) by position, for lookups before a position.

    ``order`` is where each stands in a pass over ``doc.roles`` (role by role), the order ties are broken in.
    """

    def __init__(self, doc: Doc):
        named = [(p, n, sp) for n, (p, sp) in enumerate(x for xs in doc.roles.values() for x in xs) if sp.kind == "named"]
        self.entries = sorted(named, key=lambda e: (e[0], e[1]))
        self.starts = [e[0] for e in self.entries]
        # per prefix of entries: how many distinct people, and the one met last in ``order``
        self.distinct: list[int] = []
        self.latest: list[Speaker] = []
        seen: set[str] = set()
        best = None
        for p, n, sp in self.entries:
            seen.add(sp.entity or sp.text)
            best = (n, sp) if best is None or n > best[0] else best
            self.distinct.append(len(seen))
            self.latest.append(best[1])


def _introduced(doc: Doc, pos: int, sent: int) -> Speaker | None:
    """The person a role introduced last before ``pos``, in sentence ``sent`` or the two before, or else the one
    person the article introduces by a role before ``pos``."""
    if doc.introductions is None:  # (role_intros has run: named introductions are only added there)
        doc.introductions = Introductions(doc)
    intros = doc.introductions
    j = bisect_left(intros.starts, pos)
    near: list[Speaker] = []
    for i in range(j - 1, -1, -1):  # nearest first
        p = intros.starts[i]
        if sent - doc.sentence_no(p) > 2:
            break  # sentences only grow with position: the earlier ones are farther still
        while i > 0 and intros.starts[i - 1] == p:  # ties: the first met in a pass over doc.roles
            i -= 1
        if not _spoken_of(doc, intros.entries[i][2]):
            near.append(intros.entries[i][2])
    if near:
        # one who has already spoken outranks a person merely named near it ("Представитель Кремля Дмитрий Песков
        # опроверг … разговоре … лидера Владимира Путина. Пресс-секретарь президента назвал …")
        spoken = {(k.speaker.entity or k.speaker.text) for k in doc.history if k.speaker.kind != "unnamed"}
        return next((sp for sp in near if (sp.entity or sp.text) in spoken), near[0])
    return intros.latest[j - 1] if j and intros.distinct[j - 1] == 1 and not _spoken_of(doc, intros.latest[j - 1]) \
        else None


def _subject_before(doc: Doc, c: Cand, sent: int, gender: str | None) -> Cand | None:
    """The role or body opening one of the two sentences before ``sent`` outside quotations (nearest first) whose
    gender and number fit the verb's: what a subject the verb carries points to when no speaker or person was met."""
    from .subjects import main_subject
    read = 0
    for back in range(1, FAR_WINDOW):
        if sent - back < 0 or read == 2:
            return None
        s = doc.art.sentences[sent - back]
        if doc.quoted(s.start) or not doc.toks(s.start, s.end):
            continue  # (a sentence of the quotation itself: "«… . …», – йдеться в повідомленні")
        read += 1
        m = main_subject(doc, s.start, min(s.end, c.start))
        if m is None or m.kind not in ("role", "organisation") \
                or m.kind == "role" and (m.gender == "pl") != (gender == "pl"):
            continue
        toks = doc.toks(m.start, m.end)
        # (the noun phrase ends at its role or body word when the tail ran on into the predicate: "Kobieta była")
        head = next((k for k, t in enumerate(toks) if doc.cues.role(t.low) or doc.cues.organisation(t.low)), None)
        if m.entity is None and head is not None:
            m = replace(m, end=toks[head].end, text=doc.art.text[m.start:toks[head].end])
            if m.kind == "role" and not _compatible(doc.cues.role_gender(toks[head].low), gender):
                continue
        return m
    return None


def resolve(doc: Doc, c: Cand, pos: int, verb_gender: str | None) -> Speaker:
    """Turn a candidate into a Speaker, following pronouns and roles back; remember it for later ones."""
    gender = c.gender or verb_gender
    sent = doc.sentence_no(pos)
    person = c.person
    if c.kind == "named":
        whole = full_name(doc, c.text) if c.person else None  # "Luís" after "Luís Montenegro"
        sp = Speaker(whole.text, whole.entity, "named") if whole is not None else Speaker(c.text, c.entity, "named")
        if gender:
            doc.genders[c.entity or c.text] = gender
    elif c.kind == "organisation":
        ent = c.entity
        if ent is None:
            inside = [m for m in doc.mentions_in(c.start, c.end) if m.type == "ORG"]
            # "руководство компании" points back to the company; "европейское антимонопольное ведомство" is described
            near = inside[0] if inside else (nearest_org(doc, c) if not c.new else None)
            ent = near.entity if near else None
            if near is None and not c.new and not inside:
                # "In response, Apple announced … “…,” the company said": the organisation that spoke last, if recent
                # (a name the recogniser did not type a person, "a Voepass afirmou", counts as an organisation)
                last = [k for k in doc.known_since(sent - 2) if k.pos < c.start and k.speaker.entity
                        and (k.speaker.kind == "organisation" and not k.person
                             or k.speaker.kind == "named" and not _named_person(doc, k.speaker.entity)
                             and not name_shaped(doc, k.speaker.text))]
                if last and not quoted_rival(doc, c, max(last, key=lambda k: k.pos).speaker.entity):
                    k = max(last, key=lambda k: k.pos)
                    sp = Speaker(k.speaker.text, k.speaker.entity, "organisation")
                    doc.remember(Known(c.start, sent, sp, gender, person))
                    return sp
                # "Apple est frappé d’une amende … L’entreprise a annoncé": else the organisation the sentence
                # before is about (named first in it)
                opening = [m for m in doc.mentions_in(doc.window_start(c.start, 1), c.start) if m.type == "ORG"
                           and m.entity and not doc.art.text[doc.art.sentences[doc.sentence_no(m.start)].start:m.start].strip()]
                if opening and not quoted_rival(doc, c, max(opening, key=lambda m: m.start).entity):
                    m = max(opening, key=lambda m: m.start)
                    sp = Speaker(m.text, m.entity, "organisation")
                    doc.remember(Known(c.start, sent, sp, gender, person))
                    return sp
                if (m := body_before(doc, c)) is not None:
                    sp = Speaker(m.text, m.entity, "organisation")
                    doc.remember(Known(c.start, sent, sp, gender, person))
                    return sp
                spoke = [k for k in doc.known_since(sent - 2) if k.pos < c.start and k.speaker.kind == "organisation"]
                if spoke and doc.cues.norm(c.text) in doc.cues.body_pronouns:
                    # "The supreme court explained …: "…". It said …": a body the recogniser did not name spoke last
                    sp = max(spoke, key=lambda k: k.pos).speaker
                    doc.remember(Known(c.start, sent, sp, gender, person))
                    return sp
        sp = Speaker(c.text, ent, "organisation")
    elif c.kind == "pronoun":
        latter = doc.cues.norm(c.text.split()[-1]) in doc.cues.latter if c.text.split() else False
        k = (_last_speaker(doc, c.start, sent, gender) if c.zero else None) \
            or antecedent(doc, c.start, gender, c.person, far=True, latter=latter)
        if k is None and doc.about and c.person and gender != "pl":
            # nobody else fits: the one person the quoted words name is who says them (a family name, a self-reference)
            k = antecedent(doc, c.start, gender, c.person, latter=latter, spoken=True)
        if k is None and (prev := _subject_before(doc, c, sent, gender)) is not None:
            # nobody spoke or was named: the role or body the sentence before opens with ("Kobieta była na miejscu.
            # Powiedziała, że …") is who the verb's unsaid subject points to
            sp = resolve(doc, prev, prev.start, gender)
            return Speaker(sp.text, sp.entity, sp.kind, c.text) if sp.text else sp
        if k:
            sp = Speaker(k.speaker.text, k.speaker.entity, "pronoun", c.text)
            person = k.person
        elif c.zero:
            # a subject the verb carries and no one it can point to: the speaker stays unnamed, never the verb itself
            sp = Speaker("", None, "pronoun")
        else:
            sp = Speaker(c.text, None, "pronoun")
    else:
        sp = None
        about = doc.about
        if c.owner is not None:  # "Sunak's spokesman" is never Sunak
            doc.about = about | {c.owner}
        # the role introduces a name right after it ("il sottosegretario alla presidenza, Alfredo Mantovano")
        here = doc.sentence_no(c.start)
        named = [s for p, s in doc.roles.get(c.role or "", []) if c.end <= p <= c.end + ROLE_REACH
                 and s.kind == "named" and doc.sentence_no(p) == here and not doc.quotes_in(c.end, p)
                 and doc.gap(c.end, p).rstrip().endswith(",")
                 and not any((t.low,) in doc.cues.verbs for t in doc.toks(c.end, p))]
        intro = [s for p, s in doc.roles.get(c.role or "", []) if p < c.start and _fits(doc, c, p)
                 and _serves_fits(doc, c, s) and not _spoken_of(doc, s)] if not c.indefinite else []
        if named:
            sp = Speaker(named[0].text, named[0].entity, "role", c.text)
        elif not c.indefinite and (chain := _name_after_role(doc, c)) is not None:
            sp = Speaker(chain[0], chain[1], "role", c.text)
        elif intro:  # "врио губернатора" after "губернатора ... Михаил Дегтярев"
            sp = Speaker(intro[-1].text, intro[-1].entity, "role", c.text)
        elif c.new and not c.indefinite and c.role in doc.cues.offices and gender != "pl":
            # "der französische Präsident", "francuski prezydent": an office one person holds, so its modifiers
            # (a nationality) describe someone known: the one person the article names in that office, else the one
            # person named just before
            held = {(s.entity or s.text): s for p, s in doc.roles.get(c.role or "", []) if p < c.start and s.kind == "named"
                    and not _spoken_of(doc, s)}
            k = _only_person(doc, c.start, sent) if len(held) != 1 else None
            pick = next(iter(held.values())) if len(held) == 1 else (k.speaker if k else None)
            if pick is not None:
                sp = Speaker(pick.text, pick.entity, "role", c.text)
        elif not c.new and gender != "pl" and not _qualified_anonymous(doc, c):
            if c.role in doc.cues.epithets:
                k = antecedent(doc, c.start, gender, True, window=3)
                if k and k.speaker.kind in ("named", "pronoun", "role"):
                    sp = Speaker(k.speaker.text, k.speaker.entity, "role", c.text)
            if sp is None and doc.cues.role(c.role or "") is not None:
                # "представитель Кремля" right after "пресс-секретарь … Дмитрий Песков": the person a role introduced
                # last, in this sentence or the two before, or else the one person the article introduces by a role
                # (a describing noun the language lists as no role, "the Frenchman", fits no one's introduction)
                pick = _introduced(doc, c.start, sent)
                if pick is not None and not _serves_fits(doc, c, pick):
                    pick = None  # "kandydat KO" is not the candidate introduced for another party
                if pick is not None and (not _body_tail(doc, c) or any(
                        (k.speaker.entity or k.speaker.text) == (pick.entity or pick.text) for k in doc.history)):
                    # (a role naming the body it serves, "εκπρόσωπος της αστυνομίας", is someone else than a person
                    # merely named before in another office; one who has spoken may be meant)
                    sp = Speaker(pick.text, pick.entity, "role", c.text)
            if sp is None and c.role in doc.cues.spokespeople:
                # "« … », a réagi Dmitri Peskov. « … », a martelé le porte-parole du Kremlin": the person just quoted
                # by name (a person merely named in between is not who "the spokesman" is)
                k = antecedent(doc, c.start, gender, True, window=2)
                if k and any(k is h for h in doc.history) and k.speaker.entity and k.speaker.kind in PERSON_KINDS:
                    sp = Speaker(k.speaker.text, k.speaker.entity, "role", c.text)
            if sp is None and not c.indefinite and not _body_tail(doc, c) and (c.role not in doc.cues.anonymous or not any(
                    k.speaker.kind == "unnamed" for k in doc.known_since(sent - 2) if k.pos < c.start)):
                # "selon Volodymyr Zelensky. « … », a annoncé le président ukrainien": the one person named just before
                # (also "the witness" after a sentence about one person, unless an unnamed source was just heard:
                # "A source close to X said … the source added")
                k = _only_person(doc, c.start, sent)
                if k is not None:
                    sp = Speaker(k.speaker.text, k.speaker.entity, "role", c.text)
        doc.about = about
        if sp is None:
            sp = Speaker(c.text, None, "unnamed")
            doc.roles.setdefault(c.role or "", []).append((c.start, sp))
            # (its own words are what a later described role must fit: "Sunak's spokesman" is not "a Greek
            # government spokesman" heard before)
            doc.role_context[(c.role or "", c.start)] = " ".join(t.low for t in doc.cues.tokens(c.text))
    doc.remember(Known(c.start, sent, sp, gender, person, c.kind == "named" and in_source_phrase(doc, c.start, c.end)))
    return sp
