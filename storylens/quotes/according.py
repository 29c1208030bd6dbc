"""Rule 4: a source phrase (according to X / по словам X / по мнению X) attributes the rest of its sentence.

``indirect-source``, or a direct quote when the phrase introduces a quotation ("По словам X, «…»").
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Sentence
from .cues import Token
from .found import BLANK, TRIM, TRIMMED, Pending, only, trim
from .document import PUNCT_GAP, Cand
from .speakers import DOMAIN, candidates, choose, link_word
from .subjects import QUOTE_OPENERS, verb_spans

if TYPE_CHECKING:
    from .extract import Extractor

MAX_SLOT_WORDS = 3  # the source inside a phrase: "in the words of X", "по его словам"
MAX_FRAMED_WORDS = 8  # ... inside a framing clause, with the speaker's titles: "quoted Foreign Minister X as saying"


def find_source_phrase(ex: "Extractor", sent: Sentence, toks: list[Token], pend: list[Pending], per_sentence: dict,
                       used: set[int], spoken: Pending | None = None) -> None:
    """Rule 4: a source phrase (according to X) attributes the rest of the sentence."""
    doc, text, cues = ex.doc, ex.doc.art.text, ex.doc.cues
    lows = [t.low for t in toks]
    firsts = set(lows)
    for before, after in cues.sources:
        if before and before[0] not in firsts:
            continue
        for i in range(len(toks) - len(before) + 1):
            if tuple(lows[i:i + len(before)]) != before:
                continue
            j = i + len(before)
            if after:
                # (a framing clause names its speaker in full: "quoted Foreign Minister Giorgos X as saying")
                longest = MAX_FRAMED_WORDS if (before, after) in cues.framing else MAX_SLOT_WORDS
                k = next((k for k in range(j + 1, min(j + longest + 1, len(toks) - len(after) + 1))
                          if tuple(lows[k:k + len(after)]) == after), None)
                if k is None:
                    continue
                slot_a, slot_b, phrase_end = toks[j].start, toks[k - 1].end, toks[k + len(after) - 1].end
            else:
                # (only the first quotation opening after the phrase can follow it with nothing between)
                k = doc.span_outer_from(toks[j - 1].end)
                named = doc.spans[k] if k is not None and only(BLANK, text, toks[j - 1].end, doc.spans[k].outer_start) \
                    else None
                if named is not None:  # "как пишет «Коммерсантъ»": a medium or body named in quotation marks
                    name = text[named.start:named.end]
                    cand = Cand(named.start, named.end, name, "organisation", person=False)
                    a, b = trim(text, named.outer_end, sent.end)
                    if text[sent.start:toks[i].start].strip(TRIM):
                        a, b = trim(text, sent.start, toks[i].start)
                    if len(text[a:b].split()) >= 2 and doc.span_at(a) is None:
                        p = Pending(a, b, "indirect", toks[i], cand, sent.index, "indirect-source",
                                    cue_text=text[toks[i].start:named.outer_end])
                        pend.append(p)
                        per_sentence.setdefault(sent.index, p)
                        return
                    continue
                if j >= len(toks):
                    continue
                m = PUNCT_GAP.search(text, toks[j].start, sent.end)
                slot_a, slot_b = toks[j].start, (m.start() if m else sent.end)
                # no comma after it (a long slot, or an opening phrase: "Według X sytuacja jest…"): the first noun phrase
                lead = next((t for t in doc.toks(slot_a, slot_b) if t.low not in cues.definite), None)
                if (m is None or text[m.start()] in QUOTE_OPENERS) and lead is not None and lead.low in cues.statements:
                    # "Според съобщението заподозрените са създали „…“": the statement alone (a quotation in the
                    # clause after it does not end the phrase)
                    slot_b = phrase_end = lead.end
                elif m is None and (len(doc.toks(slot_a, slot_b)) > 6 or not text[sent.start:toks[i].start].strip(TRIM)):
                    cands = candidates(doc, slot_a, slot_b)
                    first = _opening(doc, cands, slot_a) or choose(doc, cands, "after")
                    if first is None:
                        continue
                    slot_b = _body_end(doc, first)
                    named = next((c for c in cands if c.kind == "named" and c.start >= first.end), None)
                    if first.kind == "role" and named is not None and all(
                            link_word(cues, t) for t in doc.toks(first.end, named.start)) \
                            and not PUNCT_GAP.search(doc.gap(first.end, named.start)):
                        # "Secondo il portavoce Matteo Bruni il papa …": the role's holder (or the name its tail's
                        # preposition leads to: "passageiros da Aerolinha")
                        slot_b = named.end
                phrase_end = slot_b
            slot = [t for t in doc.toks(slot_a, slot_b)]
            if not slot or DOMAIN.search(text[slot_a:slot_b].strip()):
                continue
            paper = next((t for t in slot if t.low in cues.documents or t.low in cues.statements), None)
            if paper is not None:
                # a document reports nothing ("according to a report"), unless its author is named right after it
                # ("selon le communiqué du parquet", "laut einer Mitteilung der Polizei", "по данным НАБУ"): the author
                cand = _document_author(ex, sent, paper)
                if cand is None and paper.low in cues.statements and all(
                        t is paper or t.low in cues.definite for t in slot):
                    # "according to the statement", "Според съобщението": a statement no author is named for is
                    # that of whoever spoke last (as an impersonal cue's), within a short reach, else no one's
                    cand = Cand(paper.start, paper.end, paper.text, "pronoun", person=True, zero=True)
                if cand is None:
                    continue
                if cand.end > phrase_end:  # (a slot with no comma ended at the document: it runs on to the author)
                    if after:
                        continue
                    slot_b = phrase_end = _body_end(doc, cand)
            else:
                cand = _slot_speaker(ex, slot, slot_a, slot_b)
            if cand is None:
                continue
            if cand.kind == "organisation" and spoken is not None and spoken.cand is not None \
                    and spoken.cand.kind in ("named", "role", "pronoun"):
                # "как передает ТАСС, об этом заявил … Дмитрий Песков": the medium relays, the person speaks
                cand = spoken.cand
            if cand.kind == "role":
                # "по словам защитника X, адвоката Ивана Петрова, ...": an apposition with a role names the source;
                # else a name right after the role does ("по словам директора школы Александра Зюзина")
                # (the apposition runs to the next comma, or to the end of the sentence: "selon le chef des
                # renseignements, le général Kyrylo Boudanov.")
                nxt = text.find(",", slot_b + 1, sent.end) if text[slot_b:slot_b + 1] == "," else -1
                if text[slot_b:slot_b + 1] == "," and nxt < 0:
                    nxt = trim(text, slot_b + 1, sent.end)[1]
                seg = candidates(doc, slot_b + 1, nxt) if nxt > 0 else []
                appos = [c for c in seg if c.kind == "named" and (any(r.kind == "role" and r.end <= c.start for r in seg)
                                                                 or text[slot_b + 1:nxt].strip() == c.text)]
                inner = [c for c in candidates(doc, slot_a, slot_b) if c.kind == "named" and c.start > cand.end]
                if appos and not verb_spans(doc, doc.toks(slot_b + 1, nxt)):
                    cand, phrase_end = appos[0], nxt
                elif inner:
                    cand = inner[0]
            phrase_start = toks[i].start
            before_phrase = text[sent.start:phrase_start].rstrip()
            if before_phrase.strip(TRIM) and before_phrase[-1:].isalnum() and any(
                    t.low not in cues.definite and t.low not in cues.indefinite and not cues.role(t.low)
                    and not t.text[:1].isupper() for t in doc.toks(slot_a, cand.start)):
                # inside a sentence with no punctuation before it, a source phrase names its source at once
                # ("… haben laut Ipsos eine Fehlertoleranz …"); else its words are a preposition's object
                # ("pediu silêncio para o acidente envolvendo … da Voepass")
                continue
            kind = "indirect"
            if (before, after) in cues.framing and text[phrase_end:sent.end].strip(TRIM):
                # "The Times quoted X as saying …", "Die „Times“ zitierte X mit den Worten, …": a clause framing
                # what follows as the words of the person it names; its subject only relays them
                a, b = trim(text, phrase_end, sent.end)
            elif not text[sent.start:phrase_start].strip(TRIM):
                a, b = trim(text, phrase_end, sent.end)  # "According to X, ..."
            elif not text[phrase_end:sent.end].strip(TRIM):
                a, b = trim(text, sent.start, phrase_start)  # "..., according to X."
            else:
                a, b = trim(text, sent.start, sent.end)  # "..., по его словам, — ..."
                # (only the first quotation after the phrase can follow it with nothing but marks between)
                k = doc.span_from(phrase_end + 1)
                if k is not None and only(TRIMMED, text, phrase_end, doc.spans[k].outer_start):
                    a = doc.spans[k].start  # "…, где, по словам X, «…»": the quotation after the phrase is what X said
            k = doc.span_opening_at(a)
            if k is not None:  # "По словам X, «…»": the source introduces a quotation
                x = doc.spans[k]
                if k in used or x.outer_start > a:
                    continue
                a, b, kind = x.start, x.end, "direct"
                used.add(k)
            if len(text[a:b].split()) < 2:
                continue
            p = Pending(a, b, kind, toks[i], cand, sent.index, "indirect-source",
                        cue_text=text[phrase_start:phrase_end])
            pend.append(p)
            per_sentence.setdefault(sent.index, p)
            return


AUTHOR_GAP = 3  # words between a document and its author: articles and a preposition ("du", "от страна на")


def _document_author(ex: "Extractor", sent: Sentence, paper: Token) -> Cand | None:
    """The body or person a document in a source phrase is by, named within a few words after it, else None."""
    doc = ex.doc
    m = PUNCT_GAP.search(doc.art.text, paper.end, sent.end)
    limit = m.start() if m else sent.end
    cands = [c for c in candidates(doc, paper.end, limit) if not c.place and not c.guess
             and (c.kind == "organisation" or c.kind == "named" and c.entity is not None)]
    first = min(cands, key=lambda c: c.start, default=None)
    if first is None or len(doc.toks(paper.end, first.start)) > AUTHOR_GAP \
            or any(t.text[:1].isupper() and t.low not in doc.cues.definite or t.low in doc.cues.documents
                   for t in doc.toks(paper.end, first.start)):
        return None
    end = _body_end(doc, first)  # (with no comma, not over the verb after it: "der Polizei haben")
    return replace(first, end=end, text=doc.art.text[first.start:end]) if end < first.end else first


def _opening(doc, cands: list[Cand], a: int) -> Cand | None:
    """The candidate opening a source phrase's slot (articles at most before it): with no comma to end the slot, the
    first noun phrase is the source ("Laut NABU haben die Verdächtigen …": not a capitalised noun after the verb)."""
    first = min(cands, key=lambda c: c.start, default=None)
    if first is None or first.kind not in ("named", "organisation") or first.guess \
            or not all(t.low in doc.cues.definite for t in doc.toks(a, first.start)):
        return None
    # (a body: a recognised name, or a phrase headed by an organisation word; "o acidente da empresa" is no body)
    head = next((t for t in doc.toks(first.start, first.end) if t.low not in doc.cues.definite), None)
    if first.entity is None and (head is None or not doc.cues.organisation(head.low)):
        return None
    return first


def _body_end(doc, cand: Cand) -> int:
    """Where a body noun phrase ends in a slot with no comma: at its last organisation word or recognised name, not
    over the words of the clause after it ("Według prokuratury podejrzani stworzyli …", "Laut Polizei haben …")."""
    if cand.kind != "organisation" or cand.entity is not None:
        return cand.end
    toks = doc.toks(cand.start, cand.end)
    keep = [t for t in toks if doc.cues.organisation(t.low) or doc.mentions_at(t.start)]
    return keep[-1].end if keep else cand.end


def _slot_speaker(ex: "Extractor", slot: list[Token], a: int, b: int) -> Cand | None:
    cues = ex.doc.cues
    if len(slot) == 1 and slot[0].low in cues.possessives:
        g = cues.possessives[slot[0].low]
        return Cand(slot[0].start, slot[0].end, slot[0].text, "pronoun", gender=g, person=g != "pl")
    cands = candidates(ex.doc, a, b)
    first = min(cands, key=lambda c: c.start) if cands else None
    if first is not None and first.entity and not first.guess and not first.place and first.kind in ("named", "organisation") \
            and all(t.low in cues.definite for t in slot if t.end <= first.start):
        # the tagged name opening the slot is the source, not a capitalised noun after it ("so das NSS in seinem
        # jetzigen Urteil": German capitalises every noun)
        return first
    return choose(ex.doc, cands, "after")
