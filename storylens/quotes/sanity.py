"""Speaker sanity: a speaker is a person or a body, never a common word or a credit line (places: ``story.py``).

Attribution picks the name nearest a speech verb, and near a verb with no subject of its own ("disse numa declaração
ao País, a partir de São Bento") that may be the country spoken to, the palace spoken from, a capitalised common word
("Mientras", a German noun) or the photographer of a caption ("EFE/EPA/JOSE SENA GOULAO"). Such a speaker says
nothing of who spoke: story resolution reads it again as open (``story.py``), and linking lets the words decide
(``linkwho``). Each rule is named; ``explain`` says which one fired.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..adapters.lexicon import has_dictionary, is_known
from ..adapters.translit import skeleton
from ..model import Entity, Report, Speaker

CREDIT_WORDS = 2  # a person written in capitals only, of this many words up: a photo credit or a byline
WORD = re.compile(r"[^\W\d_]+")


class Sanity:
    """Which speakers of one story name no one who speaks (built once per story part)."""

    def __init__(self, report: Report) -> None:
        self.language = {a.id: a.language for a in report.articles}
        self.credits = frozenset(e.id for e in report.entities if _credit(e))
        # words of the story's names: a dictionary word among them is a name here ("Costa", "Fischer")
        names = {n for e in report.entities for n in (e.name, *e.names, *(m.text for m in e.mentions))}
        self.named = frozenset(skeleton(w) for n in names for w in WORD.findall(n))

    def explain(self, sp: Speaker, article: str) -> str | None:
        """The rule by which ``sp`` (a speaker in ``article``) names no one who speaks; None when it may."""
        for name, rule in RULES:
            if rule(self, sp, self.language.get(article)):
                return name
        return None

    def __call__(self, sp: Speaker, article: str) -> bool:
        return self.explain(sp, article) is not None


def _credit(e: Entity) -> bool:
    """A person every mention of which is written in capitals, of CREDIT_WORDS words up ("JOSE SENA GOULAO")."""
    if e.type != "PER" or not e.mentions:
        return False
    for m in e.mentions:
        words = WORD.findall(m.text)
        if len(words) < CREDIT_WORDS or not all(w.isupper() and len(w) > 1 for w in words):
            return False
    return True


def _credit_line(s: Sanity, sp: Speaker, language: str | None) -> bool:
    return sp.entity is not None and sp.entity in s.credits


def _common_word(s: Sanity, sp: Speaker, language: str | None) -> bool:
    """A name of one word no entity holds that the language's dictionary lists, as written or in lower case, and no
    name of the story holds ("País", "Mientras", "Parteiprogramm", "WIĘCEJ"; never "Novák" where the story names
    Katalin Novák). Two words are a person's name, however common ("Friedrich Merz"); and where the story's names
    are not known (no entities) a dictionary word may still be a surname ("Macron")."""
    if sp.kind != "named" or sp.entity is not None or not s.named or not has_dictionary(language):
        return False
    words = WORD.findall(sp.text)
    return len(words) == 1 and skeleton(words[0]) not in s.named and (
        is_known(words[0], language) or is_known(words[0].lower(), language))


RULES: list[tuple[str, Callable[[Sanity, Speaker, str | None], bool]]] = [
    ("credit_line", _credit_line),
    ("common_word", _common_word),
]
