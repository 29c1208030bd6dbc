"""Attribution in a neighbouring sentence or paragraph: a quotation standing alone whose speaker was named before it."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from .continued import opening_person, sentence_follows
from .found import BLANK, TRIMMED, Pending, last_char, more_words, only, speech_at
from .document import Cand
from .speakers import candidates

if TYPE_CHECKING:  # (the extractor imports this module)
    from .extract import Extractor

TRIM_CHARS = " \t\"'«»„“”‚‘’()[]–—-"
MAX_LEAD_WORDS = 10  # a lead-in clause without a person ("Queste le sue parole:") is short
DASHES = ("-", "–", "—")
TURN_WORDS = 8  # the words after a dialogue dash within which the speaker is named
TURN = re.compile(r"[,.!?…]?[ \t]+[-–—][ \t]+")  # the dash closing a turn of speech
TURN_END = re.compile(r"[.!?…\n]|[ \t][-–—][ \t]")


def named_turn(text: str, pos: int, people: list[int]) -> bool:
    """Whether the words after a dialogue dash at ``pos`` are an attribution by any verb naming a person
    ("– zastanawiał się z kolei Rafał Kalukin", "- započela je svoju priču Vesna Latas"): a lower-case word, then a
    person's name within a few words, before the sentence ends."""
    if not text[pos:pos + 1].isalpha() or not text[pos].islower() or text[max(0, pos - 3):pos].strip()[-1:] not in DASHES:
        return False  # (only after a dash: a comma is followed by any clause, "…, joiden … kauhuksi, Kristersson")
    stop = TURN_END.search(text, pos)
    end = stop.start() if stop else len(text)
    words = list(re.finditer(r"\S+", text[pos:end]))
    limit = pos + (words[TURN_WORDS - 1].end() if len(words) >= TURN_WORDS else end - pos)
    k = bisect_left(people, pos)
    return k < len(people) and people[k] < limit


def after_paragraph(ex: "Extractor", pend: list["Pending"], used: set[int], per_sentence: dict) -> None:
    """Rule 5c: a quotation opening a paragraph as sentences of its own, after a paragraph whose last sentence has a
    speaker: that of its speech verb ("Il presidente ha detto che …\n«…»"), else the person it opens with ("Tusk
    spoke to reporters.\n“…”"); a sentence with a quotation of its own, or with two people named, leaves it open."""
    doc, text = ex.doc, ex.doc.art.text
    for k, s in enumerate(doc.spans):
        if k in used or not more_words(text, s.start, s.end, 3) or not ex.in_body(s.start):
            continue
        line_start, line_end = doc.line_bounds(s.start)[0], doc.line_bounds(s.end)[1]
        if last_char(text, s.outer_start) > line_start \
                or not only(TRIMMED, text, s.outer_end, line_end) and not sentence_follows(ex, s):
            continue
        prev = doc.art.sentence_at(max(0, last_char(text, line_start) - 1))
        if prev is None or prev.end > line_start or not ex.in_body(prev.start) or doc.span_at(prev.start) is not None:
            continue
        owner = per_sentence.get(prev.index)
        if doc.quotes_in(prev.start, prev.end) and not _partial_in(doc, prev.start, prev.end, owner):
            continue
        if owner is not None and owner.cand is not None and owner.cand.zero:
            # a verb without its subject ("Vyzval všetkých …") after the sentence naming one person: that person
            named = _one_person(ex, doc.line_bounds(prev.start)[0], prev.end)
            if named is not None:
                pend.append(Pending(s.start, s.end, "direct", owner.cue, named, doc.sentence_no(s.start),
                                    "direct-after-paragraph", cue_text=owner.cue_text))
                used.add(k)
                continue
        if owner is not None and owner.cand is not None and (owner.cand.person or owner.cand.kind == "organisation") \
                and not _two_people(ex, prev.start, prev.end):
            pend.append(Pending(s.start, s.end, "direct", owner.cue, owner.cand, doc.sentence_no(s.start),
                                "direct-after-paragraph", owner=owner, cue_text=owner.cue_text))
            used.add(k)
            continue
        cand = opening_person(ex, prev.start, prev.end) or _opening_body(ex, prev.start, prev.end)
        if cand is not None and not _two_people(ex, prev.start, prev.end):
            pend.append(Pending(s.start, s.end, "direct", None, cand, doc.sentence_no(s.start),
                                "direct-after-paragraph", cue_text=""))
            used.add(k)


def _partial_in(doc, a: int, b: int, owner) -> bool:
    """Whether the quotations in ``a..b`` are all phrases of the reported statement ``owner`` ("По ее словам, РФ
    опробовала на Грузии “новые формы гибридной войны”."): the sentence still reports its speaker's words."""
    if owner is None or owner.kind != "indirect" or owner.cand is None:
        return False
    spans = [doc.spans[k] for k in doc.spans_over(a, b)]
    return bool(spans) and all(owner.start <= x.start and x.start < owner.end and x.end < b for x in spans)


def lead_before(ex: "Extractor", pend: list["Pending"], used: set[int], per_sentence: dict) -> None:
    """Rule 5d: a short colon lead-in naming nobody ("Queste le sue parole: «…»") after a sentence with a speaker:
    the speaker of that sentence's speech verb, else the person it opens with."""
    doc, text = ex.doc, ex.doc.art.text
    for k, s in enumerate(doc.spans):
        if k in used or not ex.in_body(s.start):
            continue
        colon = last_char(text, s.outer_start) - 1
        if colon < 0 or text[colon] != ":":
            continue
        sent = doc.art.sentence_at(colon)
        if sent is None:
            continue
        said = per_sentence.get(sent.index)
        if said is not None and said.kind == "indirect" and said.owner is None and said.cand is not None \
                and said.end <= colon and not doc.quotes_in(said.end, colon):
            # "За її словами, кампанія перемогла …:\n“Ми маємо …”": a statement leading up to the colon goes on in
            # the quotation after it, on its line or the next
            pend.append(Pending(s.start, s.end, "direct", said.cue, said.cand, doc.sentence_no(s.start),
                                "direct-lead-statement", owner=said, cue_text=said.cue_text))
            used.add(k)
            continue
        lo = max(sent.start, doc.line_bounds(colon)[0])
        toks = doc.toks(lo, colon)
        if not toks or len(toks) > MAX_LEAD_WORDS or candidates(doc, lo, colon) or text[lo:toks[0].start].strip(TRIM_CHARS):
            continue
        prev = doc.art.sentence_at(max(0, last_char(text, lo) - 1))
        if prev is None or prev.end > lo or not ex.in_body(prev.start) or doc.quotes_in(prev.start, prev.end) \
                or _two_people(ex, prev.start, prev.end):
            continue
        owner = per_sentence.get(prev.index)
        if owner is not None and owner.cand is not None and owner.cand.person:
            pend.append(Pending(s.start, s.end, "direct", owner.cue, owner.cand, doc.sentence_no(s.start),
                                "direct-lead-before", owner=owner, cue_text=owner.cue_text))
            used.add(k)
        elif (cand := opening_person(ex, prev.start, prev.end)) is not None:
            pend.append(Pending(s.start, s.end, "direct", None, cand, doc.sentence_no(s.start), "direct-lead-before",
                                cue_text=":"))
            used.add(k)


def _two_people(ex: "Extractor", a: int, b: int) -> bool:
    """Whether two different people are named between ``a`` and ``b`` (then who speaks next is open)."""
    names = {c.entity or c.text for c in candidates(ex.doc, a, b) if c.kind == "named" and c.person and not c.guess}
    return len(names) > 1


def _one_person(ex: "Extractor", a: int, b: int) -> Cand | None:
    """The one person named between ``a`` and ``b`` (the last mention of them), if only one is."""
    named = [c for c in candidates(ex.doc, a, b) if _a_name(c)]
    return named[-1] if named and len({c.entity or c.text for c in named}) == 1 else None


def subject_turn(cues, text: str, pos: int) -> bool:
    """Whether the words after a turn at ``pos`` are a subject, then a speech verb ("– …, puolustusministeri Šakalienė
    sanoi.", "– …, Anna Berg sa."): a name or a role and a name, within five words, before the sentence ends."""
    stop = TURN_END.search(text, pos)
    toks = cues.tokens(text, pos, stop.start() if stop else min(len(text), pos + 120))[:6]
    for k in range(1, len(toks)):
        if cues.verbs.get((toks[k].low,)) == "speech":
            lead = toks[:k]
            return any(t.text[:1].isupper() for t in lead) and all(t.text[:1].isupper() or cues.role(t.low)
                                                                  for t in lead)
    return False


def dialogue_named(ex: "Extractor", pend: list["Pending"], used: set[int]) -> None:
    """Rule 1e: speech set off by a dash, then an attribution by any verb with a person named in it (a dialogue
    turn): that person's words."""
    doc, text = ex.doc, ex.doc.art.text
    for k, s in enumerate(doc.spans):
        if k in used or s.close_width or not ex.in_body(s.start):
            continue
        m = TURN.match(text, s.end if text[s.end:s.end + 1] != "." else s.end)
        if m is None:
            continue
        stop = TURN_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        named = [c for c in candidates(doc, m.end(), end) if _a_name(c)]
        if not named or len(doc.toks(m.end(), named[0].start)) >= TURN_WORDS:
            continue
        verb = doc.toks(m.end(), named[0].start)
        pend.append(Pending(s.start, s.end, "direct", verb[0] if verb else None, named[0], doc.sentence_no(s.start),
                            "direct-dialogue-named", cue_text=verb[0].text if verb else "–"))
        used.add(k)


def _opening_body(ex: "Extractor", a: int, b: int) -> Cand | None:
    """The organisation a sentence opens with, an article at most before it ("Polisen tror att …"), when it names
    no person."""
    doc = ex.doc
    cands = [c for c in candidates(doc, a, b) if c.kind in ("named", "role", "organisation")]
    first = cands[0] if cands else None
    if first is None or first.kind != "organisation" or first.place or first.guess or first.indefinite \
            or any(c.kind in ("named", "role") and c.person for c in cands) \
            or any(t.low not in doc.cues.definite for t in doc.toks(a, first.start)):
        return None
    return body_head(doc, first)


def body_head(doc, cand: Cand) -> Cand:
    """An organisation noun phrase up to its noun and the capitalised words after it, not the verb that follows
    ("La polizia non si sbilancia" -> "La polizia")."""
    words = doc.toks(cand.start, cand.end)
    head = next((i for i, t in enumerate(words) if doc.cues.organisation(t.low)), None)
    if head is None or cand.entity:
        return cand
    end = words[head].end
    for t in words[head + 1:]:
        if not t.text[:1].isupper():
            break
        end = t.end
    return replace(cand, end=end, text=doc.art.text[cand.start:end])


def _a_name(c: Cand) -> bool:
    """A person's name: one the recogniser tagged, or a capitalised run of two words or more it missed."""
    return c.kind == "named" and c.person and (not c.guess or sum(w[:1].isupper() for w in c.text.split()) >= 2)


def attribution_line(ex: "Extractor", par_end: int) -> tuple | None:
    """The line after a paragraph-long quotation when it is that quotation's attribution: a dash, a speech verb and
    its subject, and nothing else ("– jegyezte meg Kovács Péter.", "— сказал он."): (verb token, speaker, cue)."""
    from .subjects import cue_text, verb_spans
    doc, text = ex.doc, ex.doc.art.text
    a = BLANK.match(text, par_end).end()
    if a >= len(text) or text[a] not in "—–-":
        return None
    b = doc.line_bounds(a)[1]
    start = BLANK.match(text, a + 1, b).end()
    if not speech_at(doc.cues, text, start) or doc.quotes_in(a, b) or len(text[start:b].split()) > TURN_WORDS + 4:
        return None
    toks = doc.toks(start, b)
    verbs = [v for v in verb_spans(doc, toks) if v[2] == "speech" and v[0] <= 1]
    if not verbs:
        return None
    vi, vj, _ = verbs[0]
    cand = ex.speaker_near(toks, vi, vj, start, b)
    return (toks[vi], cand, cue_text(toks, vi, vj, text)) if cand is not None else None


FOREIGN_WORDS = 5  # words a paragraph in another language must hold to be taken as someone's words
_MARKS = set("\"«»“”„‚‘’‹›「」")


def foreign_paragraph(ex: "Extractor", pend: list["Pending"], used: set[int], per_sentence: dict) -> None:
    """Rule 5e: a paragraph in another language than the article's, without quotation marks, right after a
    paragraph in the article's language whose last sentence names a speaker ("Мелоні висловила найглибшу скорботу
    після аварії.\nEsprimo il più profondo cordoglio …"): a post or statement quoted in its own language, spoken by
    that sentence's speaker. The language is detected on the paragraph's own text, which shares its alphabet with
    the article's language often enough (Italian in an English page)."""
    from ..resources import current

    doc, text = ex.doc, ex.doc.art.text
    art = doc.art
    if not art.language:
        return
    taken = sorted((p.start, p.end) for p in pend)
    start = 0
    for line in text.split("\n"):
        a, b = start, start + len(line.rstrip())
        start += len(line) + 1
        a += len(line) - len(line.lstrip())
        if b - a < 20 or not more_words(text, a, b, FOREIGN_WORDS - 1) or any(ch in _MARKS for ch in line) \
                or line.lstrip()[:1] in DASHES or not ex.in_body(a) or any(x < b and a < y for x, y in taken):
            continue
        prev = doc.art.sentence_at(max(0, last_char(text, a) - 1))
        if prev is None or prev.end > a or not ex.in_body(prev.start) or doc.quotes_in(prev.start, prev.end) \
                or prev.language not in (None, art.language) or _two_people(ex, prev.start, prev.end):
            continue
        owner = per_sentence.get(prev.index)
        cand = owner.cand if owner is not None and owner.cand is not None and owner.cand.person \
            and not owner.cand.zero else opening_person(ex, prev.start, prev.end) or _one_person(ex, prev.start, prev.end)
        if cand is None:
            continue
        detect = current().language_detector.detect
        own = detect(text[a:b])
        if own is None or own == art.language or detect(text[prev.start:prev.end]) != art.language:
            continue
        pend.append(Pending(a, b, "direct", owner.cue if owner is not None and owner.cand is cand else None, cand,
                            doc.sentence_no(a), "direct-foreign", cue_text=owner.cue_text if owner is not None else ""))
