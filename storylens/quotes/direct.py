"""Rules 1 and 2: a quotation with its attribution after it, inside it, or before it.

``find_direct``: the attribution follows the quotation (``direct-after``: "“…,” she said"), stands on the line
after it (``direct-byline``, ``direct-line-after``), is a noun phrase (``direct-noun``), or a cue clause, label or
subject before a colon or comma introduces it (``direct-before``, ``direct-label``, ``direct-colon``).
``find_inside_attribution``: the attribution sits inside the marks («…, — добавил он. — …», ``direct-inside``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .around import attribution_line, body_head
from .cues import Token
from .found import BLANK, TRIM, TRIMMED, Pending, addressed, last_char, more_words, name_like, only, trim
from .relay import relayed
from .nounattr import MAX_BEFORE_NOUN, noun_attribution
from .document import PUNCT_GAP, Cand
from .speakers import candidates
from .subjects import cue_text, negated, plain_candidates, verb_spans

if TYPE_CHECKING:
    from .extract import Extractor

CLAUSE_START = set(".!?:;—–-\n")
CLOSING = set("”»“’\"")  # closing quotation marks: after a sentence end inside them, a new clause opens
MAX_SUBJECT_WORDS = 20  # a speaker with an apposition: "Leonard E. Burman, director of the … Center, said"
TITLE_CHAIN = 8  # titles and a name before the verb: "Ukrainian Foreign Ministry spokesman Heorhii Tykhyi told"
MAX_COLON_WORDS = 10  # a person and what they did before a colon and a quotation ("X spoke in parliament: «…»")
MAX_COLON_LONG = 40  # ...longer when the clause names no second person ("X, at a rally in …, turned to …: «…»")
MAX_LEAD_WORDS = 3  # a subject opening the clause a quotation ends ('Clinton "is the only …," X said')
MAX_LABEL_WORDS = 16  # a speaker's name and title labelling a quotation ("— Christine Lagarde, présidente de la BCE")


def find_direct(ex: "Extractor", pend: list[Pending], used: set[int]) -> None:
    doc, text, cues = ex.doc, ex.doc.art.text, ex.doc.cues
    for si, s in enumerate(doc.spans):
        if si in ex.titles:
            continue
        par_end = doc.line_bounds(s.end)[1]
        # a nickname or title in marks may stand inside the attribution ("Marcia “Cia” Price said")
        k = ex.next_plain[si + 1]
        nxt = min(doc.spans[k].outer_start, par_end) if k < len(doc.spans) else par_end
        inner = text[s.start:s.end].rstrip().rstrip("’'\"”»")  # a nested quotation may close with it
        lead_end = last_char(text, s.outer_start)  # the text before the opening mark, white space dropped
        mark = text[lead_end - 1] if lead_end else ""
        # a quotation opens a clause at the start of its paragraph, or after a sentence end, colon or dash,
        # or after a comma when its own punctuation closes it ("As for costs, “…,” said X")
        # (a verb-final language sets its subject before the quotation with a comma: 'Bakan X, "…" dedi')
        opened_clause = lead_end <= doc.line_bounds(s.outer_start)[0] or mark in CLAUSE_START \
            or mark == "," and (inner[-1:] in ",!?" or cues.subject_before_quote) \
            or mark in CLOSING and lead_end > 1 and text[lead_end - 2] in ".!?…" \
            or (inner[-1:] == "," or cues.subject_before_quote) and mark.isalnum() \
            and _short_lead(ex, s.outer_start, lead_end)
        # ('Demir “…” dedi', 'Нұрланова «…» деп мәлімдеді': a verb-final language's subject needs no comma)
        # ("“…no conversation.” “This …"; a subject's few words may open the clause the quotation ends: 'Clinton "is
        # the only candidate …," X said')
        # rule 1: the attribution follows
        first = BLANK.match(text, s.outer_end, nxt).end()  # the first character after it, white space dropped
        punct = inner[-1:] in ",.!?…" or text[first:min(first + 1, nxt)] in list(",.!?—–-:")  # ("”: lo ha detto X")
        # (without punctuation the verb must follow the closing mark at once: "«…» τόνισε ο υπουργός")
        if opened_clause and (punct or text[first:first + 1].isalpha() and text[first:first + 1].islower()):
            stop = doc.stop_after(s.outer_end, nxt)  # (nxt may lie past quotations of names: found once)
            if stop is not None and not text[s.outer_end:stop].strip() and text[first + 1:first + 3].strip()[:1].islower():
                stop = doc.stop_after(stop + 1, nxt)  # ('"…". sagte das Gericht': a stray full stop, no sentence end)
            toks = doc.toks_from(s.outer_end, nxt, MAX_SUBJECT_WORDS + 2, before=stop)
            # the verb comes within a few words, or right after a subject in apposition ("X, a …, said")
            verbs = [v for v in verb_spans(doc, toks) if v[2] == "speech" and (not punct and v[0] == 0 or punct and (
                v[0] <= 5 or text[toks[v[0] - 1].end:toks[v[0]].start].strip().endswith(",")
                or v[0] <= TITLE_CHAIN and _title_chain(ex, toks[:v[0]])))]
            if verbs and inner[-1:] in ".!?…" and text[first:first + 1].isupper() and _own_content(ex, toks, verbs[0], nxt if stop is None else stop):
                verbs = []  # "„… .“ Minister X kommentierte, die Forderung sei …": the next sentence reports its own
            if verbs and inner[-1:] in ".!?…" and text[first:first + 1].isupper() and mark == ":" \
                    and _colon_cue(ex, lead_end):
                verbs = []  # 'X je dejal: »… .« Ministrstvo je to potrdilo.': the clause before the colon said it
            if verbs:
                vi, vj, _ = verbs[0]
                hi = nxt if stop is None else stop
                cand = relayed(doc, toks, vi, vj, ex.speaker_near(toks, vi, vj, s.outer_end, hi), hi)
                if cues.subject_before_quote and (cand is None or cand.zero):
                    cand = _subject_before(ex, s.outer_start) or cand
                if cand:
                    pend.append(Pending(s.start, s.end, "direct", toks[vi], cand, doc.sentence_no(s.start),
                                        "direct-after", cue_text=cue_text(toks, vi, vj, text)))
                    used.add(si)
                    continue
        # rule 1c: a line after a quotation standing alone names its speaker ("« … »" then "— Christine Lagarde, …")
        if opened_clause and only(TRIMMED, text, s.outer_end, par_end) \
                and (cand := _byline(ex, par_end)) is not None:
            pend.append(Pending(s.start, s.end, "direct", None, cand, doc.sentence_no(s.start), "direct-byline",
                                cue_text="—"))
            used.add(si)
            continue
        # rule 1f: or it is the attribution, after a dash ("„…”" then "– jegyezte meg Kovács Péter.")
        if opened_clause and only(TRIMMED, text, s.outer_end, par_end) \
                and (line := attribution_line(ex, par_end)) is not None:
            tok, cand, cue = line
            pend.append(Pending(s.start, s.end, "direct", tok, cand, doc.sentence_no(s.start), "direct-line-after",
                                cue_text=cue))
            used.add(si)
            continue
        # rule 1g: a noun phrase names whose words they were ("“…”, le prime parole di X", "„…” – słowa premiera")
        if opened_clause and (found := noun_attribution(ex, s.outer_end, nxt)) is not None:
            tok, cand = found
            pend.append(Pending(s.start, s.end, "direct", tok, cand, doc.sentence_no(s.start), "direct-noun",
                                cue_text=tok.text))
            used.add(si)
            continue
        # rule 2: a cue clause introduces it: "He said: “…”" (on this line or closing the last one),
        # "Trump boasted, “…”" (the verb among the last words before a comma), "Trump declared “…”"
        if not lead_end or mark not in ":," and not mark.isalpha():
            continue
        line_start = doc.line_bounds(lead_end - 1 if mark == ":" else lead_end)[0]
        sent = doc.art.sentence_at(lead_end - 1)
        lo = max(line_start, sent.start if sent else line_start)
        toks = doc.toks(lo, lead_end)
        verbs = [v for v in verb_spans(doc, toks) if v[2] == "speech" and not negated(doc, toks, v[0])]
        if mark == ",":
            # (or a short phrase a preposition opens after it: "X said of the plan, “…”", "who joked of the museum,")
            verbs = [v for v in verbs if v[1] >= len(toks) - 2 or _verb_then_phrase(doc, toks, v[1], lead_end)]
        elif mark != ":":
            verbs = [v for v in verbs if v[1] == len(toks) and s.outer_start - toks[-1].end <= 2]
        if verbs and addressed(cues, toks):
            pass  # "Rossi was asked: “…”": the question is put to the subject, who does not say it
        elif verbs:
            vi, vj, _ = verbs[-1]
            cand = ex.speaker_near(toks, vi, vj, lo, lead_end)
            if cand:
                pend.append(Pending(s.start, s.end, "direct", toks[vi], cand, doc.sentence_no(s.start),
                                    "direct-before", cue_text=cue_text(toks, vi, vj, text)))
                used.add(si)
        elif mark == ":" and (cand := _label(ex, line_start, lead_end - 1, toks)) is not None:
            pend.append(Pending(s.start, s.end, "direct", None, cand, doc.sentence_no(s.start), "direct-label",
                                cue_text=":"))
            used.add(si)
        elif mark == ":" and not (cues.name_case == "all" and name_like(cues, text[s.start:s.end])) \
                and (cand := _colon_subject(ex, lo, lead_end - 1, toks)) is not None:
            pend.append(Pending(s.start, s.end, "direct", None, cand, doc.sentence_no(s.start), "direct-colon",
                                cue_text=":"))
            used.add(si)


VERB_PHRASE_WORDS = 4  # words a prepositional phrase between a speech verb and the comma before a quotation holds


def _verb_then_phrase(doc, toks: list, vj: int, lead_end: int) -> bool:
    """Whether the words between a speech verb (ending at ``toks[vj]``) and the comma before a quotation are a short
    phrase a preposition opens, with no punctuation inside ("said of the plan", "joked about the museum")."""
    rest = toks[vj:]
    if not 2 <= len(rest) <= VERB_PHRASE_WORDS or PUNCT_GAP.search(doc.gap(toks[vj - 1].end, rest[-1].end)):
        return False
    first, cues = rest[0], doc.cues
    return first.low in cues.np_stops and len(first.low) <= 5 and first.text.islower() \
        and first.low not in cues.definite and first.low not in cues.indefinite and first.low not in cues.auxiliaries \
        and not any((t.low,) in cues.verbs for t in rest)


def _colon_cue(ex: "Extractor", lead_end: int) -> bool:
    """Does a speech verb (not negated) stand in the clause that ends in the colon before the quotation?"""
    doc = ex.doc
    sent = doc.art.sentence_at(lead_end - 1)
    line_start = doc.line_bounds(lead_end - 1)[0]
    lo = max(line_start, sent.start if sent else line_start)
    toks = doc.toks(lo, lead_end)
    return any(v[2] == "speech" and not negated(doc, toks, v[0]) for v in verb_spans(doc, toks)) \
        and not addressed(doc.cues, toks)


def _own_content(ex: "Extractor", toks: list[Token], verb: tuple[int, int, str], hi: int) -> bool:
    """Whether a verb after a quotation that closed its sentence has words of its own after it: a subject before
    it, then a comma, colon or "that" and a clause ("„… .“ X kommentierte, die Forderung sei …"), not an adverbial
    ("Smith said, smiling")."""
    doc, text, cues = ex.doc, ex.doc.art.text, ex.doc.cues
    vi, vj, _ = verb
    if vi == 0 or vj >= len(toks) or toks[vj].start >= hi:
        return False
    gap = text[toks[vj - 1].end:toks[vj].start].strip()
    if gap not in (",", ":") and not (not gap and cues.complementizer(toks[vj].low)):
        return False
    rest = [t for t in toks[vj:] if t.start < hi]
    return len(rest) >= 4 and not (cues.adverbial and rest[0].low.endswith(cues.adverbial))


def _short_lead(ex: "Extractor", opening: int, lead_end: int) -> bool:
    """Whether at most MAX_LEAD_WORDS words, and no quotation or speech verb, open the sentence before a quotation."""
    doc = ex.doc
    sent = doc.art.sentence_at(max(0, lead_end - 1))
    if sent is None:
        return False
    lo = max(sent.start, doc.line_bounds(opening)[0])
    toks = doc.toks(lo, lead_end)
    return 0 < len(toks) <= MAX_LEAD_WORDS and not doc.quotes_in(lo, lead_end) and not verb_spans(doc, toks)


def _subject_before(ex: "Extractor", opening: int) -> Cand | None:
    """In a verb-final language, the subject opening the clause before a quotation ('Bakan X, "…" dedi')."""
    doc = ex.doc
    sent = doc.art.sentence_at(max(0, last_char(doc.art.text, opening) - 1))
    if sent is None:
        return None
    lo = ex.clause_start(sent, opening)
    cands = candidates(doc, lo, opening)
    # a person named in the clause first ("Bolu Belediye Başkanı Tanju Özcan": the body and the portfolio word
    # before the title only describe him), else a role, else a body
    people = [c for c in cands if c.kind == "named" and c.person and not c.guess]
    pool = people or [c for c in cands if c.kind in ("role", "pronoun")] \
        or [c for c in cands if c.kind == "organisation" and not c.place]
    if not pool:
        return None
    # (of two people, the one a title leads: "Sağlık Bakanı Kemal Memişoğlu", not the portfolio before it)
    roles = [c for c in cands if c.kind == "role"]
    held = [c for c in people if any(r.end <= c.start and not doc.gap(r.end, c.start).strip() for r in roles)]
    first = held[0] if held else pool[0]
    # (a role introduces the name after it, "İçişleri Bakanı Ali Yerlikaya"; a body's kind its name,
    # "havayolu şirketi Voepass")
    named = [c for c in cands if c.kind == "named" and c.start >= first.end and not doc.gap(first.end, c.start).strip()]
    if first.kind == "role" and named and not named[0].guess:
        return named[0]
    # (the name may come typed an organisation: "havayolu şirketi Voepass")
    bodies = [c for c in cands if c.kind == "organisation" and c.entity and not c.place and c.start >= first.end
              and not doc.gap(first.end, c.start).strip()]
    if first.kind == "organisation" and first.entity is None and (named or bodies):
        c = min(named + bodies, key=lambda c: c.start)
        return Cand(c.start, c.end, c.text, "organisation", c.entity, person=False)
    return first


def _label(ex: "Extractor", line_start: int, colon: int, toks: list[Token]) -> Cand | None:
    """A paragraph opening with a person's name, an apposition at most, and a colon before a quotation
    ("Christine Lagarde, la présidente de la BCE : « … »"): that person speaks."""
    doc, text = ex.doc, ex.doc.art.text
    if not toks or toks[0].start < line_start or more_words(text, line_start, colon, MAX_LABEL_WORDS):
        return None
    # (a role stands for its holder: "Il ministro: «…»")
    first = next((c for c in candidates(doc, line_start, colon) if c.kind in ("named", "role") and c.person
                  and not c.indefinite), None)
    # (a name the entities stage did not tag counts when it has a first name and a surname)
    if first is None or text[line_start:first.start].strip(TRIM) or first.guess and len(first.text.split()) < 2:
        return None
    rest = text[first.end:colon].strip()
    return first if not rest or rest.startswith(",") else None


def _colon_subject(ex: "Extractor", lo: int, colon: int, toks: list[Token]) -> Cand | None:
    """A clause opening with a person and closing with a colon before a quotation, with no speech verb
    ("Ο Κυριάκος Μητσοτάκης μίλησε στη Βουλή: «…»", "Tusk na platformie X: „…”"): that person speaks."""
    doc, text, cues = ex.doc, ex.doc.art.text, ex.doc.cues
    if not toks or len(toks) > MAX_COLON_LONG:
        return None
    cands = [c for c in candidates(doc, lo, colon) if c.kind in ("named", "pronoun", "role", "organisation")]
    first = cands[0] if cands else None
    if first is not None and first.kind == "organisation":
        # a body opening the clause speaks when nobody is named in it ("La polizia non si sbilancia: “…”")
        if first.place or first.guess or first.indefinite or len(cands) > 1 or len(toks) > MAX_COLON_WORDS:
            return None
        first = body_head(doc, first)
    cands = [c for c in cands if c.kind != "organisation" or c is first]
    if len(toks) > MAX_COLON_WORDS and any(c.kind == "named" and c.person and not c.guess
                                           and (c.entity or c.text) != (first.entity or first.text) for c in cands):
        return None  # a long lead-in naming a second person leaves open which one speaks
    if first is None or first.kind != "organisation" and (not first.person or first.guess or first.indefinite):
        return None
    lead = [t for t in toks if t.end <= first.start]
    if text[lo:lead[0].start if lead else first.start].strip(TRIM) or any(t.low not in cues.definite for t in lead):
        return None
    rest = [t for t in toks if t.start >= first.end]
    if first.kind == "named" and rest and rest[0].text[:1].islower() and not PUNCT_GAP.search(doc.gap(first.end, rest[0].start)) \
            and (cues.role(rest[0].low) or cues.organisation(rest[0].low)):
        return None  # "Biden aides:", "Trump campaign:": the name only says whose people speak
    if addressed(cues, rest):
        return None  # "Rossi was asked:": the words after the colon were put to the person, not said by them
    if first.kind == "role" and len(cands) > 1 and cands[1].kind == "named" and not cands[1].guess \
            and not doc.gap(first.end, cands[1].start).strip():
        return cands[1]  # "Premier Donald Tusk w Brukseli:": the name the title leads
    return first


def _byline(ex: "Extractor", par_end: int) -> Cand | None:
    """The speaker named on the line after a paragraph-long quotation: a dash, the name, an apposition at most."""
    doc, text = ex.doc, ex.doc.art.text
    a = BLANK.match(text, par_end).end()
    if a >= len(text) or text[a] not in "—–-":
        return None
    b = doc.line_bounds(a)[1]
    if more_words(text, a, b, MAX_LABEL_WORDS) or doc.quotes_in(a, b):
        return None
    name_start = BLANK.match(text, a + 1, b).end()
    cands = candidates(doc, name_start, b)
    first = next((c for c in cands if c.kind in ("named", "organisation") and not c.place), None)
    if first is None or first.start != name_start or verb_spans(doc, doc.toks(a, b)):
        return None
    return first


def _title_chain(ex: "Extractor", toks: list[Token]) -> bool:
    """Whether the words are titles and a name ("Ukrainian Foreign Ministry spokesman Heorhii Tykhyi"); lower-case
    words may qualify a role after them ("retired Air Force general Lloyd Newton")."""
    roles = [k for k, t in enumerate(toks) if ex.doc.cues.role(t.low) is not None]
    return all(_title_word(ex, t) or roles and k < roles[-1] and t.text.isalpha() for k, t in enumerate(toks))


def _title_word(ex: "Extractor", t: Token) -> bool:
    """A word of a title-and-name chain ("Ukrainian Foreign Ministry spokesman Heorhii Tykhyi")."""
    cues = ex.doc.cues
    return t.text[:1].isupper() or cues.role(t.low) is not None or t.low in cues.role_links


def find_inside_attribution(ex: "Extractor", pend: list[Pending], used: set[int]) -> None:
    """Rule 1b: «Это только начало, — добавил он. — Мы ожидаем…»: the attribution sits inside the marks."""
    doc, text = ex.doc, ex.doc.art.text
    for k, s in enumerate(doc.spans):
        if k in used:
            continue
        # (a spaced hyphen stands for the dash in hasty text: "…, - заявил он. - …"; Italian and Polish often drop
        # the comma: "… liberi - ha continuato - Questo …")
        # (the closing dash may carry the sentence end: "- dice il presidente -. Ecco …")
        for m in re.finditer(r"(?:[,.!?…]\s*(?:[—–]|\s-)|\s[—–-])\s+([^—–«»“”\n]{3,120}?)[.,:]?\s*(?:[—–]|\s-)[.,]?\s+",
                             text[s.start:s.end]):
            a, b = s.start + m.start(1), s.start + m.end(1)
            toks = doc.cues.tokens(text, a, b)
            verbs = [v for v in verb_spans(doc, toks) if v[2] == "speech" and v[0] <= 2]
            if not verbs:
                # or a noun says whose words they are ("- le parole della ministra X, sui social -")
                noun = next((i for i, t in enumerate(toks[:MAX_BEFORE_NOUN + 1]) if t.low in doc.cues.speech_nouns), None)
                if noun is None or any(not t.text.islower() for t in toks[:noun]):
                    continue
                verbs = [(noun, noun + 1, "speech")]
            vi, vj, _ = verbs[0]
            # the attribution is quoted text to doc.toks(); look for the speaker in it directly
            cands = [c for c in plain_candidates(doc, toks, vj)]
            if not cands and doc.cues.zero_subject and all(t.text[:1].islower() for t in toks):
                # a verb without its subject ("– aggiunge nell’intervista –"): whoever spoke last, as after marks
                cands = [Cand(toks[vi].start, toks[vj - 1].end, text[toks[vi].start:toks[vj - 1].end], "pronoun",
                              gender=doc.cues.verb_gender(toks[vj - 1].low), person=True, zero=True)]
            if not cands:
                continue
            cand = cands[0]
            first = trim(text, s.start, s.start + m.start())
            second = trim(text, s.start + m.end(), s.end)
            for x, y in (first, second):
                if len(text[x:y].split()) >= 2:
                    pend.append(Pending(x, y, "direct", toks[vi], cand, doc.sentence_no(x), "direct-inside",
                                        cue_text=cue_text(toks, vi, vj, text)))
            used.add(k)
            break
