"""Rule 3: indirect speech, a speech verb with the clause it governs, sentence by sentence.

``indirect-clause``: said that / заявил, что / stressed: … / заявляет о …, or an attribution closing the sentence
after a comma (…, the Wall Street Journal reports); ``indirect-back``/``direct-back``: a sentence pointing back at
the statement before it ("Това написа X"); ``indirect-mood``: the reported mood carrying a statement on into the next
sentence. Each sentence without a verb's statement is offered to the source phrases of rule 4 (``according``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Sentence
from .according import find_source_phrase
from .cues import Token
from .found import BLANK, TRIMMED, Pending, addressed, only, trim
from .impersonal import reported_mood
from .document import PUNCT_GAP, Cand
from .speakers import candidates, choose
from .subjects import cue_text, negated, person_shaped, phrase_end, verb_spans

if TYPE_CHECKING:
    from .extract import Extractor

MAX_TO_COMPLEMENTIZER = 11  # words between a speech verb and "that": when, where, before whom
ELIDED_WORD = re.compile(r"[^\W\d_]{1,4}['’]")  # a short word glued to the next by an apostrophe


def find_indirect(ex: "Extractor", pend: list[Pending], direct: list[Pending], used: set[int]) -> dict[int, Pending]:
    """Indirect speech per sentence; returns the cue found for each sentence (speaker for partial quotes)."""
    doc, text, cues = ex.doc, ex.doc.art.text, ex.doc.cues
    per_sentence: dict[int, Pending] = {}
    for d in direct:
        per_sentence.setdefault(d.sentence, d)
        if d.cue:
            per_sentence.setdefault(doc.sentence_no(d.cue.start), d)
    attributions = {d.cue.start for d in direct if d.cue}
    carried: Pending | None = None  # the reported statement of the sentence before
    for sent in ex.body:
        toks = doc.toks(sent.start, sent.end)
        found: Pending | None = None
        named_by = False  # whether ``found`` was opened by a naming verb ("called", "referring to")
        added = False  # whether ``found`` went into pend (a scan of pend would cost its length every time)
        for vi, vj, kind in verb_spans(doc, toks):
            if toks[vi].start in attributions or negated(doc, toks, vi) or addressed(cues, toks[max(0, vi - 2):vj + 2]):
                continue  # (nor "Rossi was asked whether …": the question is not hers)
            cand = ex.speaker_near(toks, vi, vj, ex.clause_start(sent, toks[vi].start), sent.end)
            content = _content(ex, sent, toks, vi, vj) if kind == "speech" else None
            around = False  # the attribution stands inside its words ("…, he said, and …")
            if content is None and kind == "speech" and found is None:
                trailing = _trailing(ex, sent, toks, vi, vj)
                if trailing is not None:
                    content, cand, around = trailing
                elif (back := _back_reference(ex, sent, toks, vi, vj, cand, pend, used)) is not None:
                    pend.append(back)
                    per_sentence.setdefault(sent.index, back)
                    found, added = back, True
                    break  # the sentence is the attribution
            if cand is None and found is None:
                continue
            if found is None:
                found = Pending(sent.start, sent.end, "indirect", toks[vi], cand, sent.index, "indirect-clause",
                                cue_text=cue_text(toks, vi, vj, text))
                per_sentence.setdefault(sent.index, found)
                named_by = kind == "naming"
            elif found.cand is not None and found.cand.kind == "organisation" and cand is not None \
                    and cand.kind in ("named", "role") and not added:
                # "Как передает ТАСС, об этом заявил … Песков": the person speaking, not the medium relaying
                found.cand, found.cue, found.cue_text = cand, toks[vi], cue_text(toks, vi, vj, text)
            elif named_by and kind == "speech" and content and cand is not None and not added:
                # "Referring to the Parthenon Sculptures, Mitsotakis said he …": the words are the speech verb's
                # subject's, not those of whoever a naming verb met first (its object, or another person)
                found.cand, found.cue, found.cue_text = cand, toks[vi], cue_text(toks, vi, vj, text)
                named_by = False
            if content and found.cand is not None:
                a, b = content
                if cand is not None and a < cand.start < b and not around:  # "рассказала о своём опыте Татьяна Петрова"
                    a, b = trim(text, a, cand.start)
                if found.kind != "indirect" or found.end == sent.end and found.start == sent.start:
                    found.start, found.end = a, b
                else:
                    found.start, found.end = min(found.start, a), max(found.end, b)
                if not added:
                    pend.append(found)
                    added = True
        if not added:
            find_source_phrase(ex, sent, toks, pend, per_sentence, used, found)
        if found is None and sent.index not in per_sentence and carried is not None \
                and (mood := reported_mood(cues, toks)) is not None:
            # "X sagte, die Lage sei ruhig. Es habe „…“ gegeben.": the mood of reported speech carries on
            a, b = trim(text, sent.start, sent.end)
            found = Pending(a, b, "indirect", carried.cue, carried.cand, sent.index, "indirect-mood",
                            cue_text=carried.cue_text or mood)
            pend.append(found)
            per_sentence[sent.index] = found
        carried = found if found is not None and found.kind == "indirect" and found.cand is not None else None
    return per_sentence


def _back_reference(ex: "Extractor", sent: Sentence, toks: list[Token], vi: int, vj: int, cand: Cand | None,
                    pend: list[Pending], used: set[int]) -> Pending | None:
    """Rule 3c: a sentence opening with a word pointing back and a speech verb ("Това написа X", "Об этом заявил
    X") attributes the sentences before it in its paragraph, or the paragraph before when it opens its own."""
    doc, text, cues = ex.doc, ex.doc.art.text, ex.doc.cues
    lead = tuple(t.low for t in toks[:vi])
    # a word pointing back may be the whole cue ("“…”. Così il ministro X"): then only a quotation is attributed
    bare = not lead and vj == 1 and (toks[0].low,) in cues.back_references
    if not bare and (not lead or lead not in cues.back_references):
        return None
    if cand is not None and cand.start < toks[vi].start:
        cand = None  # (the word pointing back is no subject, even capitalised: "Това")
    if cand is None:  # the subject after asides: "Това заяви във видеообръщение, публикувано …, президентът X"
        cands = candidates(doc, toks[vj - 1].end, sent.end)
        cand = choose(doc, cands, "after", (toks[vi].start, toks[vj - 1].end))
        if cand is not None and cand.kind == "role":
            stop = phrase_end(text, cand.end, sent.end)
            named = [c for c in cands if cand.end <= c.start < stop and (c.kind == "named" or person_shaped(doc, c))]
            if named:
                cand = replace(named[0], kind="named", person=True)
    if cand is None:
        return None
    i = bisect_right(ex.body_starts, sent.start) - 1  # this sentence's place among the body sentences
    line_start = doc.line_bounds(sent.start)[0]
    if i <= 0:
        return None
    if ex.body[i - 1].end > line_start:  # sentences before it in its paragraph
        first = i - 1
        while first > 0 and i - first < 3 and ex.body[first - 1].end > line_start:
            first -= 1
    else:  # it opens its paragraph: the paragraph before, if short
        prev_line = doc.line_bounds(ex.body[i - 1].start)[0]
        first = i - 1
        while first > 0 and ex.body[first - 1].end > prev_line:
            first -= 1
        if i - first > 3:
            return None
    a, b = trim(text, ex.body[first].start, ex.body[i - 1].end)
    if len(text[a:b].split()) < 3 or any(p.start < b and a < p.end for p in pend):
        return None  # (a statement there already has its attribution)
    kind = "indirect"
    k = doc.span_enclosing(a, b)
    inside = list(doc.spans_over(a, b))
    if k is None and len(inside) == 1 and only(TRIMMED, text, a, doc.spans[inside[0]].start) \
            and only(TRIMMED, text, doc.spans[inside[0]].end, b):
        k = inside[0]
    if k is None and bare:
        return None
    if k is not None:  # "„…!“ Това написа X": the quotation before is what X wrote
        if k in used:
            return None
        a, b, kind = doc.spans[k].start, doc.spans[k].end, "direct"
        used.add(k)
    return Pending(a, b, kind, toks[vi], cand, sent.index, "indirect-back" if kind == "indirect" else "direct-back",
                   cue_text=cue_text(toks, 0, vj, text))


def _trailing(ex: "Extractor", sent: Sentence, toks: list[Token], vi: int, vj: int
              ) -> tuple[tuple[int, int], Cand, bool] | None:
    """Rule 3b: an attribution closing the sentence after a comma ("…, the Wall Street Journal reports"), or standing
    between commas inside it ("…, he said, and …": then the words are the whole sentence, and the flag is True)."""
    doc, text, cues = ex.doc, ex.doc.art.text, ex.doc.cues
    comma = text.rfind(",", sent.start, toks[vi].start)
    # (a comma closing a quotation, "… “not meeting the demand,” says X", is the sentence's own)
    k = doc.span_at(comma) if comma >= 0 else None
    if comma < 0 or k is not None and not only(BLANK, text, comma + 1, doc.spans[k].end):
        return None
    subject, rest = doc.toks(comma + 1, toks[vi].start), toks[vj:]
    # an attribution between commas inside the sentence ("…, he said, and …", "Though …, he said, replacing …"):
    # its words are the whole sentence around it
    # (after its subject only: an inverted subject may have its own commas, "disse o prefeito local, X, à agência")
    inner, goes_on = _parenthetical(ex, sent, toks, vj) if subject else (None, False)
    if inner is not None:
        rest = rest[:inner]
    if not subject:  # "…, ha detto il governatore X all'agenzia Anadolu": the addressee after the subject
        rest = rest[:_inverted_subject_end(ex, sent, rest)]
    # either "…, X reports" (a few words may follow) or "…, reports X" (the subject follows)
    # (after a subject, a medium or body it was told to may close the sentence: "…, X told the BBC")
    addressee = bool(subject) and _named_addressee(cues, rest)
    if len(subject) > 5 or len(rest) > (2 if subject else 6) and not addressee \
            or subject and subject[0].low in cues.np_stops \
            or any(cues.complementizer(t.low) or t.low in cues.about for t in rest) \
            or rest and (rest[0].low in cues.definite and not _inverted_role(ex, rest) and not addressee
                         or rest[0].low in cues.possessives):
        return None  # (a verb with its own object, "…, X dismissed the reports", reports nothing before it)
    if verb_spans(doc, [t for t in toks if t.end <= comma]):
        return None  # the words before the comma have their own verb of speech
    a, b = trim(text, sent.start, comma)
    if len(text[a:b].split()) < 4 or doc.span_enclosing(a, b) is not None:
        return None
    if goes_on:
        b = trim(text, sent.start, sent.end)[1]
    cand = ex.speaker_near(toks, vi, vj, comma + 1, sent.end)
    if cand is None or (subject and not cand.end <= toks[vi].start):
        return None
    return (a, b), cand, goes_on


PARENTHETICAL_REST = 4  # words after the comma closing an attribution inside a sentence: the statement goes on


def _parenthetical(ex: "Extractor", sent: Sentence, toks: list[Token], vj: int) -> tuple[int | None, bool]:
    """How many words after the verb toks[vj - 1] the attribution keeps when a comma closes it inside the sentence
    (None when no such comma follows), and whether the statement goes on after that comma ("…, he said, and intense
    wrangling could …") rather than the author's words ("…, lawmakers said Friday, as they bristled at …")."""
    doc, cues = ex.doc, ex.doc.cues
    for k in range(vj, min(vj + 7, len(toks))):
        gap = doc.gap(toks[k - 1].end, toks[k].start)
        if gap.strip() == ",":
            # (not a participle going on with the same speaker: "…, X said, adding that …")
            if len(toks) - k < PARENTHETICAL_REST or doc.span_at(toks[k].start) is not None \
                    or verb_spans(doc, toks[k:k + 2]):
                return None, False
            return k - vj, toks[k].low not in cues.np_stops or toks[k].low in cues.coordinators
        if PUNCT_GAP.search(gap):
            return None, False
    return None, False


def _named_addressee(cues, rest: list[Token]) -> bool:
    """Whether the words after a verb are only a name, a definite article at most before it ("the BBC", "the
    Associated Press", "CNN"): whom the words were told to, not an object reporting something of its own."""
    words = rest[1:] if rest and rest[0].low in cues.definite else rest
    return 0 < len(words) <= 4 and all(t.text[:1].isupper() for t in words)


def _inverted_subject_end(ex: "Extractor", sent: Sentence, rest: list[Token]) -> int:
    """How many of the words after an inverted verb belong to its subject: up to a person named in them, when
    only a comma or a preposition follows ("disse o governador, X, à agência …"); else all of them."""
    doc, cues = ex.doc, ex.doc.cues
    if len(rest) <= 6:
        return len(rest)
    for c in candidates(doc, rest[0].start, rest[min(6, len(rest)) - 1].end):
        if c.kind != "named" or not c.person:
            continue
        k = next((i for i, t in enumerate(rest) if t.start >= c.end), len(rest))
        if k == len(rest) or "," in doc.gap(rest[k - 1].end, rest[k].start) or rest[k].low in cues.np_stops \
                or ELIDED_WORD.match(rest[k].low):  # (an elided preposition: "all'agenzia", "dell'")
            return k
    return len(rest)


def _inverted_role(ex: "Extractor", rest: list[Token]) -> bool:
    """"…, dijo el ministro X": after an inverted verb, a definite role or body is its subject, not its object."""
    cues = ex.doc.cues
    return cues.inverted_after_comma and len(rest) > 1 and bool(cues.role(rest[1].low) or cues.organisation(rest[1].low))


def _content(ex: "Extractor", sent: Sentence, toks: list[Token], vi: int, vj: int) -> tuple[int, int] | None:
    """The reported words governed by the verb toks[vi:vj], if it has any."""
    doc, text, cues = ex.doc, ex.doc.art.text, ex.doc.cues
    end = toks[vj - 1].end
    colon = text.find(":", end, sent.end)
    for k in range(vj, min(vj + MAX_TO_COMPLEMENTIZER, len(toks))):
        if 0 <= colon < toks[k].start:
            break  # "написа следното: Знаем, че …": what follows the colon is the statement, not the clause in it
        if k >= vj + 7 and (PUNCT_GAP.search(doc.gap(end, toks[k].start)) or toks[vj].low not in cues.np_stops):
            # (a far one only across adverbial phrases: "a déclaré en mai lors d'un rassemblement en Pologne
            # qu'il"; after an object the clause has begun: "said the plan would … so that")
            break
        if cues.complementizer(toks[k].low):
            # (an elided one keeps the word it is glued to: "qu’aucun appel" -> "aucun appel")
            glued = next((e for e in cues.elided if toks[k].low.startswith(e)), "") if toks[k].low not in cues.complementizers else ""
            a, b = trim(text, toks[k].start + len(glued) if glued else toks[k].end, sent.end)
            return (a, b) if len(text[a:b].split()) >= 2 else None
        if tuple([toks[k].low]) in cues.verbs:
            break
    if colon >= 0 and len(doc.toks(end, colon)) <= 8 and doc.span_at(colon) is None:
        a, b = trim(text, colon + 1, sent.end)
        if b - a < 3:  # the colon closes the paragraph: the statement is the next one
            k = bisect_right(ex.body_starts, colon)
            nxt = ex.body[k] if k < len(ex.body) else None
            if nxt is None or doc.span_at(nxt.start) is not None:
                return None
            # (the statement is the paragraph after the colon, when no quotation in it begins another)
            par_end = doc.line_bounds(nxt.start)[1]
            a, b = trim(text, nxt.start, nxt.end if doc.quotes_in(nxt.start, par_end) else par_end)
        if doc.span_enclosing(a, b) is not None:
            return None  # a quotation after the colon is a direct quote (rule 2)
        return a, b
    for k in range(vj, min(vj + 4, len(toks) - 1)):  # "сообщил в субботу об обнаружении ..."
        nxt = toks[k]
        if PUNCT_GAP.search(doc.gap(toks[k - 1].end, nxt.start)) or not nxt.text[:1].islower():
            break
        if nxt.low in cues.about:
            if toks[k + 1].low in cues.empty_content:
                break
            return trim(text, nxt.start, sent.end)
    if cues.reported_mood and (clause := _mood_clause(ex, sent, toks, vj)) is not None:
        return clause  # "sagte, die Lage sei ruhig": a comma and a clause in the mood of reported speech
    if vj < len(toks):
        nxt = toks[vj]
        if toks[vi].low in cues.bare_clause and getattr(ex, "side", "before") == "before" \
                and nxt.low not in cues.np_stops \
                and not PUNCT_GAP.search(doc.gap(end, nxt.start)) and len(text[nxt.start:sent.end].split()) >= 4 \
                and not cues.complementizer(nxt.low):
            return trim(text, nxt.start, sent.end)
    return None


QUOTE_CHARS = "«»“”„‟‘’‚‹›\"'"
ADDRESSEE_WORDS = 4  # words between a speech verb and the comma before reported speech: whom it was told to


def _unquoted_gap(doc, a: int, b: int) -> str:
    """The text between two tokens without the quotation (a title in marks) standing there."""
    return "".join(ch for i, ch in enumerate(doc.art.text[a:b], a) if not doc.quoted(i) and ch not in QUOTE_CHARS)


def _comma_after(doc, a: int, b: int) -> bool:
    """Whether only a comma (after a title in marks at most) parts two tokens."""
    return _unquoted_gap(doc, a, b).strip() == ","


def _mood_clause(ex: "Extractor", sent: Sentence, toks: list[Token], vj: int) -> tuple[int, int] | None:
    """The clause after a comma right after the verb (or its pronoun) whose verb is in the reported mood."""
    doc = ex.doc
    text = doc.art.text
    k = vj + 1 if vj < len(toks) and doc.cues.pronouns.get(toks[vj].low) else vj  # "sagte er, …"
    # the one it was said to may stand before the comma: "sagte der Zeitung, …", "sagte der „Sächsischen Zeitung“, …"
    told = next((j for j in range(k, min(k + ADDRESSEE_WORDS + 1, len(toks)))
                 if _comma_after(doc, toks[j - 1].end, toks[j].start)
                 or PUNCT_GAP.search(_unquoted_gap(doc, toks[j - 1].end, toks[j].start))
                 or j > k and ((toks[j - 1].low,) in doc.cues.verbs or doc.cues.complementizer(toks[j - 1].low))), None)
    if told is None or not _comma_after(doc, toks[told - 1].end, toks[told].start):
        return None
    k = told
    if reported_mood(doc.cues, toks[k:]) is None:
        return None
    a, b = trim(text, toks[k].start, sent.end)
    return (a, b) if len(text[a:b].split()) >= 3 else None
