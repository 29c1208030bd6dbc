"""A person named by one word ("Luís", "Kalbe") given the full name the article uses for them elsewhere."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Mention

if TYPE_CHECKING:  # (document imports this module: the types only)
    from .document import Doc


def full_name(doc: "Doc", word: str) -> Mention | None:
    """The one person of the article whose name of two or more words opens or ends with ``word``: of two (a
    couple sharing a surname, two Marias) none."""
    key = word.casefold()
    if " " in word or len(key) < 3:
        return None
    fits = [m for m in doc.mentions if doc.person(m) and m.entity and " " in m.text.strip()
            and key in (m.text.split()[0].casefold(), m.text.split()[-1].casefold())]
    if len({m.entity for m in fits}) != 1:
        return None
    return max(fits, key=lambda m: len(m.text))


# lower-case particles inside surnames ("Laurence des Cars", "Ursula von der Leyen", "Lula da Silva"); words that are
# also a common preposition or article somewhere (German "der", Polish "do", Italian "di") only after a first particle
PARTICLES = ("de", "des", "du", "da", "dos", "van", "von", "ter", "bin", "ibn")
SECOND = ("der", "den", "de", "la", "los", "las")
SURNAME = re.compile(r" (?:%s)(?: (?:%s))? (\w[\w'’-]*)" % ("|".join(PARTICLES), "|".join(SECOND)))
# a capitalised particle opening the surname ("Michele Di Bari", "Robert De Niro", "Rafael Van der Vaart", "Марио Де
# Лука") or a hyphened Arabic article ("Ahmed al-Sharaa"): part of the name even when the recogniser typed the rest a
# place ("Bari"), since a preposition meaning "from" is written lower case
CAPITAL = ("Di", "De", "Del", "Della", "Dello", "Da", "Dal", "Dalla", "Dos", "Du", "Des", "Van", "Von", "Ter",
           "Le", "La", "Bin", "Ibn", "Ben", "Abu", "Ди", "Де", "Дель", "Да", "Ван", "Фон", "Ле", "Ла", "Бен", "Бин",
           "Абу", "Ді", "Дел")
CAPITAL_SURNAME = re.compile(r" (?:%s)(?: (?:der|den|de|la|Der|Den|La|дер|ден))? (\w[\w'’-]*)|"
                             r" ((?:al|el|ал|аль|эль)-\w[\w'’-]*)" % "|".join(CAPITAL))


def rejoined(text: str, mentions: list[Mention]) -> list[Mention]:
    """Person mentions with the surname the recogniser cut off: after a lower-case particle ("Laurence" + " des Cars"),
    or a one-word given name followed at once by a one-word name it typed a place ("Luís" + " Montenegro")."""
    starts = {m.start: m for m in mentions}
    out, absorbed = [], set()
    for m in mentions:
        if m.type == "PER":
            tail = SURNAME.match(text, m.end) or CAPITAL_SURNAME.match(text, m.end)
            capital = tail is not None and tail.re is CAPITAL_SURNAME
            nxt = starts.get(m.end + 1)
            inside = [x for x in mentions if tail and m.end < x.end and x.start < tail.end() and x is not m] if tail else []
            last = tail and (tail.group(1) or tail.group(tail.lastindex))
            if tail and (capital and last.split("-")[-1][:1].isupper() or last[:1].isupper()
                         and all(x.type in ("PER", "MISC") for x in inside)):
                # (a place or body after "de" is where the person is from or serves: "Díaz de Sumar")
                absorbed.update(id(x) for x in inside)
                m = replace(m, end=tail.end(), text=text[m.start:tail.end()])
            elif nxt is not None and nxt.type == "LOC" and " " not in m.text and " " not in nxt.text \
                    and text[m.end:nxt.start] == " " and nxt.text[:1].isupper() and m.text[:1].isupper():
                absorbed.add(id(nxt))
                m = replace(m, end=nxt.end, text=text[m.start:nxt.end])
        out.append(m)
    return [m for m in out if id(m) not in absorbed]
