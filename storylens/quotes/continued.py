"""Rules 5 and 6: quotations that take the speaker of a statement before them, and partial quotes.

``find_continued``: a quotation running to the end of its paragraph after another by the same speaker
(``direct-continued``); ``find_after_statement``: one standing as sentences of its own after a sentence opening
with a person (``direct-after-statement``); ``find_partial``: a quoted phrase in a sentence whose speaker a cue found
(``partial``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import TYPE_CHECKING

from .found import TRIMMED, Pending, last_char, more_words, name_like, only, trim
from .document import Cand
from .speakers import candidates

if TYPE_CHECKING:
    from .extract import Extractor

MAX_PARTIAL_WORDS = 15
MAX_ATTRIBUTION_WORDS = 45
NEXT_SENTENCE = re.compile(r"[.!?…][ \t]+\w")  # a sentence end, then the next sentence opens
NEXT_WORD = re.compile(r"[ \t]+\w")


def find_continued(ex: "Extractor", pend: list[Pending], used: set[int]) -> None:
    """Rule 5: a quotation running to the end of its paragraph continues the speaker quoted just before it.

    Either the whole paragraph is the quotation and the previous paragraph
    quoted someone, or it follows, in the same paragraph, the sentence that
    attributed a quotation ("“…,” he said. “…”").
    """
    doc, text = ex.doc, ex.doc.art.text
    # the quotes that can be continued, found by position instead of a pass over pend per quotation (the ones
    # this rule adds have an owner, so these lists hold): (position, order in pend, quote), sorted
    directs = sorted((p.start, n, p) for n, p in enumerate(pend) if p.kind == "direct" and p.owner is None)
    starts = [d[0] for d in directs]
    by_cue = sorted((p.cue.start, n, p) for n, p in enumerate(pend) if p.kind in ("direct", "indirect")
                    and p.owner is None and p.cue is not None and p.end <= p.cue.start)
    cue_starts = [d[0] for d in by_cue]
    # reported speech whose cue comes first ("He said Czech firms will …"), by its sentence
    reported = {p.sentence: p for p in pend if p.kind == "indirect" and p.owner is None and p.cand is not None
                and p.cue is not None and p.cue.start < p.start}
    for k, s in enumerate(doc.spans):
        if k in used:
            continue
        line_start = doc.line_bounds(s.start)[0]
        line_end = doc.line_bounds(s.end)[1]
        if not more_words(text, s.start, s.end, 2):
            continue
        if last_char(text, s.outer_start) <= line_start:  # the quotation opens its paragraph
            if not only(TRIMMED, text, s.outer_end, line_end):
                continue
            prev_start = doc.line_bounds(max(0, line_start - 1))[0]
            found = directs[bisect_left(starts, prev_start):bisect_left(starts, line_start)]
            p = max(found, key=lambda d: d[1])[2] if found else None
        else:
            # "“…,” said X. “…”", "“…,” X told Y on Monday, “…”": right after another quotation's attribution
            # (also after reported speech attributed at its end: "… are “not meeting the demand,” says X. “…”")
            p = _attributed_before(ex, s, k, line_start, by_cue, cue_starts)
            if p is not None and _other_opener(ex, s, p):
                p = None  # (the sentence before opens with someone else: rule 5b's)
            if p is None:
                p = _reported_before(ex, s, line_start, line_end, reported)
        if p is not None:
            pend.append(Pending(s.start, s.end, "direct", p.cue, p.cand, doc.sentence_no(s.start),
                                "direct-continued", owner=p, cue_text=p.cue_text))
            used.add(k)


def find_after_statement(ex: "Extractor", pend: list[Pending], used: set[int]) -> None:
    """Rule 5b: a quotation standing as sentences of its own, closing its paragraph, right after a sentence that
    opens with a person ("Zelenski exigió una respuesta firme. “Necesitamos …”"): that person's words."""
    doc, text = ex.doc, ex.doc.art.text
    for k, s in enumerate(doc.spans):
        if k in used or not more_words(text, s.start, s.end, 3) or not ex.in_body(s.start):
            continue
        line_start, line_end = doc.line_bounds(s.start)[0], doc.line_bounds(s.end)[1]
        # it closes its paragraph, or its sentence when a sentence of narration follows ("…“. Poi ha aggiunto …")
        if not only(TRIMMED, text, s.outer_end, line_end) and not sentence_follows(ex, s):
            continue
        before = last_char(text, s.outer_start)
        if before > line_start and text[before - 1] not in ".!?":
            continue  # (inside a sentence: another rule's, or nobody's)
        prev = doc.art.sentence_at(max(0, before - 1))
        if prev is None or prev.end > s.outer_start or doc.quotes_in(prev.start, prev.end) \
                or doc.span_at(prev.start) is not None:
            continue
        cand = opening_person(ex, prev.start, prev.end)
        if cand is not None:
            pend.append(Pending(s.start, s.end, "direct", None, cand, doc.sentence_no(s.start),
                                "direct-after-statement", cue_text=""))
            used.add(k)


def sentence_follows(ex: "Extractor", s) -> bool:
    """Whether quotation ``s`` closes a sentence and another one opens after it ("“… poche.” Poi …", "“…”. Poi")."""
    text = ex.doc.art.text
    m = NEXT_SENTENCE.match(text, s.outer_end)
    if m is None and text[s.end - 1:s.end] in ".!?…":
        m = NEXT_WORD.match(text, s.outer_end)
    return m is not None and text[m.end() - 1].isupper()


def _other_opener(ex: "Extractor", s, p: Pending) -> bool:
    """Whether the sentence right before quotation ``s``, after ``p``'s own, opens with another person
    ("… laut Ipsos … . Nawrocki appellierte an seine Anhänger … . „…“")."""
    doc, text = ex.doc, ex.doc.art.text
    before = last_char(text, s.outer_start)
    if not before or text[before - 1] not in ".!?":
        return False
    prev = doc.art.sentence_at(before - 1)
    if prev is None or prev.index <= p.sentence or doc.quotes_in(prev.start, prev.end):
        return False
    cand = opening_person(ex, prev.start, prev.end)
    return cand is not None and p.cand is not None and (cand.entity or cand.text) != (p.cand.entity or p.cand.text)


def opening_person(ex: "Extractor", a: int, b: int) -> Cand | None:
    """The person a sentence opens with, an article or a title before the name at most ("El presidente
    ucraniano, Volodimir Zelenski, exigió …" -> Zelenski)."""
    doc, cues = ex.doc, ex.doc.cues
    cands = [c for c in candidates(doc, a, b) if c.kind in ("named", "role")]
    first = cands[0] if cands else None
    if first is None or not first.person or first.guess or first.indefinite \
            or any(t.low not in cues.definite for t in doc.toks(a, first.start)):
        return None
    if first.kind == "role":
        named = [c for c in cands[1:] if c.kind == "named" and not c.guess]
        if named and doc.gap(first.end, named[0].start).strip() in ("", ","):
            return named[0]
    return first


def _reported_before(ex: "Extractor", s, line_start: int, line_end: int, reported: dict[int, Pending]) -> Pending | None:
    """The reported statement of the sentence right before quotation ``s`` in its paragraph, when ``s`` stands as
    sentences of its own closing the paragraph ("He said Czech firms will build most of it. “The new units will …”"):
    the same speaker goes on in their own words."""
    doc, text = ex.doc, ex.doc.art.text
    before = last_char(text, s.outer_start)
    if before <= line_start or text[before - 1] not in ".!?" or not more_words(text, s.start, s.end, 3) \
            or not (only(TRIMMED, text, s.outer_end, line_end) or sentence_follows(ex, s)):
        return None
    prev = doc.art.sentence_at(before - 1)
    # (a title in marks may stand in it: "Die „Times“ zitierte X mit den Worten, …")
    k = doc.span_from(prev.start) if prev is not None else None
    while k is not None and k < len(doc.spans) and doc.spans[k].start < prev.end:
        if k not in ex.titles and not name_like(doc.cues, text[doc.spans[k].start:doc.spans[k].end]):
            return None
        k += 1
    if prev is None or prev.start < line_start:
        return None
    return reported.get(prev.index)


def _attributed_before(ex: "Extractor", s, k: int, line_start: int, by_cue: list, cue_starts: list[int]) -> Pending | None:
    """The latest quote in pend (of those in ``by_cue``) whose attribution alone (a few words, no other
    quotation) stands before span ``s`` (index ``k``) in its paragraph, if any.

    The cue of such a quote lies after the last quotation before ``s`` that is no name or title (``x``), and
    among the last words before ``s``: so only those cues are read, from the nearest back.
    """
    text, spans = ex.doc.art.text, ex.doc.spans
    x = spans[ex.prev_plain[k]] if ex.prev_plain[k] is not None else None
    lo = max(line_start, x.start) if x is not None else line_start
    best = None
    for i in range(bisect_left(cue_starts, s.start) - 1, bisect_left(cue_starts, lo) - 1, -1):
        cue, n, p = by_cue[i]
        if more_words(text, cue, s.outer_start, MAX_ATTRIBUTION_WORDS):
            break  # (a quote before this one has even more words before s)
        # a title in quotation marks may stand in the attribution ("said on Fox News’s “Fox and Friends.”")
        if line_start <= p.start and (x is None or x.start <= p.end) \
                and not more_words(text, p.end, s.outer_start, MAX_ATTRIBUTION_WORDS) and (best is None or n > best[0]):
            best = n, p
    return best[1] if best else None


def find_partial(ex: "Extractor", pend: list[Pending], used: set[int], per_sentence: dict[int, Pending]) -> None:
    doc, text = ex.doc, ex.doc.art.text
    covered = sorted((p.start, p.end) for p in pend)
    starts = [x for x, _ in covered]
    reach = list(accumulate((y for _, y in covered), max))  # the farthest end among statements starting by each
    for si, s in enumerate(doc.spans):
        if si in used:
            continue
        a, b = trim(text, s.start, s.end)
        inner = text[a:b]
        # (a longer one counts when it ends its paragraph: 'Obama called the holiday “a celebration of … love.”')
        if not inner or name_like(doc.cues, inner) or len(inner.split()) > MAX_PARTIAL_WORDS \
                and not (text[s.start:s.end].rstrip()[-1:] in ".!?…" and only(TRIMMED, text, s.outer_end, doc.line_bounds(s.end)[1])):
            continue
        k = bisect_right(starts, a) - 1
        if k >= 0 and reach[k] >= b:
            continue  # already inside a reported statement
        owner = per_sentence.get(doc.sentence_no(s.start))
        if owner is None or owner.cand is None:
            continue
        if owner.cand.start <= a < owner.cand.end:
            continue
        pend.append(Pending(a, b, "partial", owner.cue, owner.cand, owner.sentence, "partial", owner=owner,
                            cue_text=owner.cue_text))
