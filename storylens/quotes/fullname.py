"""A person named by one word ("Luís", "Kalbe") given the full name the article uses for them elsewhere."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Mention

if TYPE_CHECKING:  # (speakers imports this module: the types only)
    from .speakers import Doc


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
