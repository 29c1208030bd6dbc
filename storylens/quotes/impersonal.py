"""Attribution without a subject: impersonal cues ("говорится в сообщении", "heißt es", "napisano") and the mood of
reported speech carrying a statement on ("Es habe „…“ gegeben")."""
from __future__ import annotations

from .bodies import name_shaped
from .cues import Token
from .document import Cand, Doc
from .oblique import after_preposition
from .speakers import candidates
from .subjects import phrase_end

MOOD_REACH = 6  # the finite verb of a clause stands among its first words ("die Lage sei", "es habe")
BODY_REACH = 8  # words after the verb that may name the document's author ("в сообщении пресс-службы Минобороны")


def impersonal(doc: Doc, toks: list[Token], vi: int, vj: int) -> bool:
    """Whether the cue toks[vi:vj] is an impersonal one, with no subject to look for."""
    return tuple(t.low for t in toks[vi:vj]) in doc.cues.impersonal


def author(doc: Doc, toks: list[Token], vi: int, vj: int, hi: int) -> Cand:
    """Who an impersonal cue stands for: a body named just after it ("в сообщении Минобороны"), else the last
    body named in its sentence or the one before (the ministry whose statement the text reports), else whoever
    spoke last (a subject the verb leaves unsaid)."""
    end = toks[vj - 1].end
    stop = phrase_end(doc.art.text, end, hi)
    after = [c for c in candidates(doc, end, stop) if c.kind in ("organisation", "named") and c.entity and not c.place]
    if after and len(doc.toks(end, after[0].start)) <= BODY_REACH:
        return after[0]
    pos = toks[vi].start
    k = doc.span_ending_by(pos)
    if k is not None and not doc.art.text[doc.spans[k].outer_end:pos].strip(" ,–—-\n"):
        # "«…. Її учасники …», – йдеться в повідомленні": the quotation may run over sentences; the body is named
        # before it opens (a name the recogniser left out counts when it is written with a capital: "Національне
        # антикорупційне бюро України повідомило …")
        a, b = doc.window_start(doc.spans[k].outer_start, 1), doc.spans[k].outer_start
        before = [c for c in candidates(doc, a, b) if c.kind == "organisation" and not c.place and not doc.quoted(c.start)
                  and (c.entity or c.text[:1].isupper())]
    else:
        before = [c for c in candidates(doc, doc.window_start(toks[vj - 1].start, 1), toks[vj - 1].start)
                  if c.kind == "organisation" and not c.place and c.entity]
    # a body after a preposition took part, it did not write ("НАБУ повідомило … спільно зі Спеціалізованою
    # антикорупційною прокуратурою"): one named as a subject is preferred (not "В МВД заявили": capitalised there)
    free = [c for c in before if not after_preposition(doc, c.start)]
    if free or before:
        return (free or before)[-1]
    if (body := _opening_name(doc, toks[vi].start)) is not None:
        return body
    return Cand(toks[vj - 1].start, end, doc.art.text[toks[vj - 1].start:end], "pronoun", person=True, zero=True)


def _opening_name(doc: Doc, pos: int) -> Cand | None:
    """A name opening the cue's own sentence as its subject that the recogniser typed no person and that reads as no
    person's ("Инфраструктура железнице Србије жали …, закључује се у саопштењу"): the body whose statement it is."""
    start = doc.window_start(pos, 0)
    first = next(iter(candidates(doc, start, pos)), None)
    if first is None or first.kind != "named" or not first.entity or first.place or doc.quoted(first.start) \
            or doc.art.text[start:first.start].strip():
        return None
    m = next((m for m in doc.mentions_in(first.start, first.end) if m.entity == first.entity), None)
    if m is None or doc.person(m) or m.type == "PER" or name_shaped(doc, m.text):
        return None
    return Cand(first.start, first.end, first.text, "organisation", first.entity, person=False)


def reported_mood(cues, toks: list[Token]) -> str | None:
    """A verb in the mood of reported speech among the first words of a clause ("sei", "habe", "werde"), if any."""
    return next((t.text for t in toks[:MOOD_REACH] if t.low in cues.reported_mood), None)
