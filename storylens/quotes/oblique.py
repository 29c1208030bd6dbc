"""Names in an oblique position: after a preposition ("у Новом Саду", "le marché de Noël"), never a subject."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..adapters.lexicon import lemma

if TYPE_CHECKING:  # (resolve and subjects import this module: the types only)
    from .document import Doc


def after_preposition(doc: "Doc", start: int) -> bool:
    """Whether a short lower-case stop word that is no article stands right before ``start`` ("w", "de", "у")."""
    before = doc.toks(max(0, start - 12), start)[-1:]
    if not before or doc.gap(before[0].end, start).strip():
        return False
    t, cues = before[0], doc.cues
    return t.low in cues.np_stops and len(t.low) <= 3 and t.text.islower() and t.low not in cues.definite \
        and t.low not in cues.indefinite and t.low not in cues.auxiliaries \
        and t.low not in cues.enclitics  # ('rekao je Vučić', 'objavio je Sud': an auxiliary)


def body_governed(doc: "Doc", start: int) -> bool:
    """Whether a preposition governs the body or place at ``start`` ("Im Parlament", "in St Peter's Square", "Nella
    Basilica", "vor dem Parlament"): where something was said, never who said it. The preposition may open the
    sentence (capitalised there) and be as long as an Italian one with its article glued on ("dalla")."""
    before = doc.toks(max(0, start - 16), start)[-1:]
    if not before or doc.gap(before[0].end, start).strip():
        return False
    t, cues = before[0], doc.cues
    opens = not doc.gap(s.start, t.start).strip() if (s := doc.art.sentence_at(t.start)) is not None else False
    return t.low in cues.np_stops and len(t.low) <= 5 and (t.text.islower() or opens) \
        and t.low not in cues.definite and t.low not in cues.indefinite and t.low not in cues.enclitics


GLUED_TAIL = re.compile(r"[\w'’-]*")
# letters names from abroad end in the nominative ("Mike Pence", "Luigi Di Maio"): no case shown by them alone
FOREIGN_NOMINATIVE = ("a", "e", "i", "o", "y", "s")


def oblique_case(doc: "Doc", start: int, end: int, entity: str | None = None) -> bool:
    """Whether the name at ``[start, end)`` is written in a case no subject takes ("Viktora Orbana" after "Viktor
    Orban", "Franciszkowi", "Putin'e", "Trump-nak", "τον Μητσοτάκη"), by the language's data and the article's
    other forms of the name:

    - its last word ends in one of the language's ``oblique_endings`` (a case only an object or addressee takes);
    - a case suffix is glued to it after an apostrophe or hyphen (``glued_cases``);
    - an article of an oblique case stands before it or opens it (``oblique_articles``; where articles show the case
      the rules below are not read: Greek women's surnames are genitive in form, "Η Ελένη Μαύρου");
    - the article names the same person in a form (or simplemma gives a dictionary form) the entities stage's case
      endings lead back to from this one but not the other way round ("Orbana" -> "Orban", "Dudzie" -> "Duda";
      ``[morph]`` of the entity data);
    - its first and last word end in the same case ending, one no nominative takes ("Viktoru Orbanu").

    (A recogniser's dictionary form is not read: it declines names that do not decline, "Кошта", "Рютте".)
    """
    cues, text = doc.cues, doc.art.text
    words = text[start:end].split()
    if not words:
        return False
    if cues.oblique_name(text[start:end]):
        return True
    if cues.glued_cases:
        whole = words[-1] + GLUED_TAIL.match(text, end).group()
        cut = max(whole.rfind("'"), whole.rfind("’"), whole.rfind("-"))
        if cut > 0 and cues.norm(whole[cut + 1:]) in cues.glued_cases:
            return True
    if cues.oblique_articles:
        before = doc.toks(max(0, start - 12), start)[-1:]
        if cues.norm(words[0]) in cues.oblique_articles or before and cues.norm(before[0].text) in cues.oblique_articles \
                and not doc.gap(before[0].end, start).strip():
            return True
        return False  # (where articles show the case, a name's ending proves nothing: "Η Ελένη Μαύρου" is nominative)
    k = _kit(doc.art.language) if words[-1][:1].isupper() else None  # (a phrase's lower-case tail is no name)
    if k is None:
        return False
    last = words[-1].lower()
    if k.endings:
        forms = {m.text.split()[-1].lower() for m in doc.mentions if entity and m.entity == entity and m.text.split()}
        if (lem := lemma(last, doc.art.language)) is not None:
            forms.add(lem)  # the dictionary's form ("goloba" -> "golob", "dudzie" -> "duda")
        stems = k.stems(last)
        if any(v != last and v in stems and last not in k.stems(v) for v in forms):
            return True
        if len(words) >= 2:
            first = words[0].lower()
            shared = [e for e in k.endings if first.endswith(e) and last.endswith(e) and e not in k.nominative
                      and e not in FOREIGN_NOMINATIVE and min(len(first), len(last)) > len(e) + 2]
            if shared:
                return True
    return False


def _kit(code: str | None):
    """The entity stage's language kit (case endings, dictionary), or None without a language."""
    if not code:
        return None
    from ..entities.kit import kit

    return kit(code)
