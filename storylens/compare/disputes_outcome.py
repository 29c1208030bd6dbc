"""One-winner outcomes: "X won" in some articles against "Y won" (or "we won", said by Y) in others.

An election, a vote or a final has one winner, so two holders of one outcome
contradict each other without any denial word. Each language lists under
``[outcomes.<name>]`` in ``lang/<code>/disputes.toml`` the words giving the
outcome to someone (``words``: won, gewann, ha vinto, wygrał, κέρδισε,
victoire, победил), claims of it (``claims``: claimed victory, rivendicato la
vittoria, se proclamó ganador), claims in the first person whose holder is the
speaker (``first_person``: we won, wir haben gesiegt, abbiamo vinto,
κερδίσαμε) and stages that are not the outcome (``not_outcomes``: the first round).
The holder is the entity named nearest the cue in its clause. The holder most
articles state flatly is the established outcome (the denying side); other
holders' sentences about the same contest, close to an established one or
claims, are the asserting side.
"""
from __future__ import annotations

from collections import Counter as Tally
from dataclasses import dataclass
from functools import lru_cache

from .. import lang
from ..claims import cues
from .align import StoryComparison
from .counters import CLAUSE_ENDS, Words, _match, _phrase, _table, _words, sourced

SAME_CONTEST = 0.80  # a sentence giving the outcome to another holder this close to an established one: one contest
ESTABLISHED = 2      # articles stating a holder's outcome flatly that make it the established one
RIVAL = 3            # ... and that make another holder a rival without any claim ("X won" against "Y won")
NEGATION = 3         # words before a cue within which a negation keeps the outcome open ("no winner can be declared")
UNSURE = frozenset({"question"})  # a question gives the outcome to nobody; a hedge ("exit polls suggest") still claims


@dataclass(frozen=True, slots=True)
class Outcome:
    name: str            # the outcome's name across languages ("won")
    holder: str | None   # the entity it goes to
    claimed: bool        # a claim ("claimed victory", "we won") rather than a report of the result


@lru_cache(maxsize=None)
def _cues(code: str | None) -> tuple[tuple[str, str, tuple[tuple[str, ...], ...]], ...]:
    """(outcome, how: words / claims / first_person / not_outcomes, phrase) of a language."""
    data = lang.data(code, "disputes").get("outcomes", {})
    return tuple((name, how, _phrase(p)) for name, kinds in data.items()
                 for how in ("not_outcomes", "first_person", "claims", "words") for p in kinds.get(how, []))


def outcome(sc: StoryComparison, i: int, language: str | None) -> Outcome | None:
    """The outcome sentence ``i`` gives and to whom; None without one, for a stage that is not the outcome, a
    question, or a negated cue."""
    c = sc.claims[i]
    entries = _cues(language)
    if not entries or cues(c.text, language) & UNSURE:
        return None
    toks = _words(c.text)
    alnum = [k for k, (w, _, _) in enumerate(toks) if any(ch.isalnum() for ch in w)]
    words = Words([toks[k][0] for k in alnum])
    if any(how == "not_outcomes" and _match(words, parts) for _, how, parts in entries):
        return None
    negations = _table(language)["negations"]
    for name, how, parts in entries:
        span = _match(words, parts)
        if how == "not_outcomes" or not span:
            continue
        if negations & set(words[max(0, span[0] - NEGATION):span[0]]):
            return None
        if how == "first_person":
            speaker = c.attributed_to if c.attributed_to in set(c.entities) else None
            return Outcome(name, speaker or _nearest(sc, c, toks, alnum, span[0], span[1]) or _antecedent(sc, c),
                           True)
        return Outcome(name, _nearest(sc, c, toks, alnum, span[0], span[1]), how == "claims")
    return None


def _nearest(sc: StoryComparison, c, toks, alnum: list[int], a: int, b: int) -> str | None:
    """The entity named nearest the cue (words a..b) in its clause; one before it first when equally near."""
    start, end = toks[alnum[a]][1], toks[alnum[b - 1]][2]
    left = next((toks[k][2] for k in range(alnum[a] - 1, -1, -1) if toks[k][0] in CLAUSE_ENDS), 0)
    right = next((toks[k][1] for k in range(alnum[b - 1] + 1, len(toks)) if toks[k][0] in CLAUSE_ENDS), len(c.text))
    for lo, hi in ((left, right), (0, len(c.text))):  # in its clause, else anywhere in the sentence
        best = None
        for s, e, eid in sc.mentions.get(c.article, ()):
            s, e = s - c.start, e - c.start
            if eid is None or s < lo or e > hi or (s < end and e > start):
                continue
            gap = start - e if e <= start else s - end + 0.5  # the one before wins a tie
            if best is None or gap < best[0]:
                best = (gap, eid)
        if best:
            return best[1]
    return None


def _antecedent(sc: StoryComparison, c) -> str | None:
    """The person named last before the sentence in its article: who says "we won" when the sentence names nobody
    ("„Wir haben gesiegt“, sagte er": "er" is the candidate the text spoke of last)."""
    before = [(s, eid) for s, e, eid in sc.mentions.get(c.article, ()) if eid in sc.people and e <= c.start]
    return max(before)[1] if before else None


def outcomes(sc: StoryComparison, lang: list[str | None]) -> list[tuple[set[int], set[int], str | None]]:
    """(sentences giving the outcome to another holder, sentences giving it to the established one, who says so)
    for each outcome two holders are given in different articles."""
    claims = sc.claims
    found = {i: o for i, c in enumerate(claims) if (o := outcome(sc, i, lang[i])) is not None and o.holder}
    out = []
    for name in sorted({o.name for o in found.values()}):
        here = {i: o for i, o in found.items() if o.name == name}
        flat = Tally()
        for h, art in {(o.holder, claims[i].article) for i, o in here.items()
                       if not o.claimed and not cues(claims[i].text, lang[i]) & {"hedges", "qualifiers"}}:
            flat[h] += 1
        if not flat or flat.most_common(1)[0][1] < ESTABLISHED:
            continue
        held = flat.most_common(1)[0][0]
        established = {i for i, o in here.items() if o.holder == held and not o.claimed}
        other = {i for i, o in here.items() if o.holder != held and (
            o.claimed or max(sc.sim_of(i, j) for j in established) >= SAME_CONTEST)}
        # a rival's claim ("we won") or a rival the result is given to widely: a noun cue's holder read wrongly in
        # an article or two ("congratulated him in Sochi on his victory") makes no contest
        if not any(found[i].claimed for i in other) and not any(n >= RIVAL for h, n in flat.items() if h != held):
            continue
        source = next((e for i in sorted(established) if sourced(claims[i].text, lang[i])
                       for e in claims[i].entities if e != held), None)
        out.append((other, established, source))
    return out
