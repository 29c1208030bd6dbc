"""An open speaker takes the person its statement's thread names at the cue.

After linking, the versions of one statement form a thread (``same_as``
components). An outlet may give its version to "he" or "the minister" and
never name him, where every other outlet that names a speaker at the cue names
the same person. That person is then this version's speaker too: the analyst
reads one statement by one man, not a named version beside an anonymous one.

Guards, each a way the thread would speak for the wrong source:

- only a singular pronoun or a definite role: "they", "officials", "a source"
  stand for a group or an unnamed person the thread's name is not;
- only when the thread is unanimous: every version with a resolved speaker
  names one person (an entity typed PER), and versions in at least two
  articles name him at the cue;
- never a role phrase naming someone else ("the lawyer of Dodik"): a capitalised
  word after the role points at another person or body.
"""
from __future__ import annotations

from dataclasses import replace

from ..disjoint import DisjointSets
from ..model import Quote, Report, Speaker
from .cues import Cues, cues_for
from .story import head_role

# Articles that must name the person at the cue: one link may be wrong (a spokesman reporting a minister's offer in
# words close to the minister's own), two outlets naming one person for one statement are rarely both wrong. On the
# development stories one naming version gave a spokesman's words to the minister (quotes.speaker 394 -> 393).
NAMING = 2


def adopt(quotes: list[Quote], part: Report) -> list[Quote]:
    """The quotes, each open singular speaker replaced by its thread's one named person."""
    index = {q.id: i for i, q in enumerate(quotes)}
    sets = DisjointSets(len(quotes))
    for i, q in enumerate(quotes):
        for other in q.same_as:
            j = index.get(other)
            if j is not None:
                sets.union(i, j)
    persons = {e.id: e for e in part.entities if e.type == "PER"}
    language = {a.id: a.language for a in part.articles}
    out = list(quotes)
    for group in sets.groups().values():
        if len(group) < 2:
            continue
        resolved = {quotes[i].speaker.entity for i in group if quotes[i].speaker.entity}
        at_cue = [quotes[i].speaker for i in group if quotes[i].speaker.kind == "named" and quotes[i].speaker.entity]
        outlets = {quotes[i].article for i in group if quotes[i].speaker.kind == "named" and quotes[i].speaker.entity}
        if len(resolved) != 1 or len(outlets) < NAMING or at_cue[0].entity not in persons:
            continue
        who = at_cue[0]
        for i in group:
            sp = quotes[i].speaker
            cues = cues_for(language.get(quotes[i].article))
            if sp.entity is None and cues is not None and _singular_open(sp, cues):
                out[i] = replace(quotes[i], speaker=Speaker(who.text, who.entity, sp.kind, sp.as_written or sp.text))
    return out


def _singular_open(sp: Speaker, cues: Cues) -> bool:
    """A speaker standing for one person the article does not name: a singular pronoun or a definite role."""
    phrase = sp.as_written or sp.text
    if sp.kind == "pronoun":
        words = cues.tokens(phrase)
        genders = [cues.pronouns.get(w.low) or cues.possessives.get(w.low) for w in words]
        return bool(words) and "pl" not in genders
    if sp.kind != "role" or head_role(cues, phrase) is None:
        return False
    words = cues.tokens(phrase)
    return not any(w.text[:1].isupper() for w in words[1:])
