"""Finding the quotes of one article: direct, partial and indirect speech, each with its speaker.

The rules run in a fixed order and each found quote records the rule that
fired (``Found.rule``) so a surprising result can be traced:

1. ``direct-after``  a quotation followed by its attribution («…», — отметил он / “…,” she said);
   ``direct-inside`` when the attribution sits inside the marks («…, — добавил он. — …»)
2. ``direct-before`` a quotation introduced by a cue clause ending in a colon (He said: “…”)
3. ``indirect-clause`` a speech verb with a clause (said that / заявил, что / stressed: …/ заявляет о …),
   or closing the sentence after a comma (…, the Wall Street Journal reports / …, сообщает ТАСС)
4. ``indirect-source`` a source phrase (according to X / по словам X / по мнению X)
5. ``direct-continued`` a quotation running to the end of its paragraph, right after another by the same speaker
6. ``partial`` a quoted phrase in a sentence whose speaker rule 1-4 or a naming verb found
7. ``direct-nearest`` (a language without cue words) a quotation with the nearest person named in its sentence

and, before them all, ``direct-transcript``: a paragraph opening with a speaker's name and a colon ("PENCE: …").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, Mention, Sentence, Speaker
from .cues import Cues, Token
from .marks import find_spans
from .speakers import DOMAIN, PUNCT_GAP, Cand, Doc, candidates, choose, learn_genders, resolve, role_intros
from .subjects import cue_text, negated, plain_candidates, sentence_stop, subject, verb_spans

TRIM = " \t\n,.;:!?…—–-\"'«»“”„"
CLAUSE_START = set(".!?:;—–-\n")
MAX_PARTIAL_WORDS = 15
# "PENCE: …", "\"WALLACE: …": a speaker's name in capitals and a colon opening a paragraph of a transcript
TRANSCRIPT_LABEL = re.compile(r"^[\"“«„]?\s*((?:[A-Z][A-Z'’.-]+\s){0,2}[A-Z][A-Z'’.-]+):\s+(\S)")
MAX_SUBJECT_WORDS = 20  # a speaker with an apposition: "Leonard E. Burman, director of the … Center, said"
MAX_ATTRIBUTION_WORDS = 45  # what may stand between two quotations of one speaker


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    kind: str
    cue: str
    speaker: Speaker
    rule: str


@dataclass
class _Pending:
    start: int
    end: int
    kind: str
    cue: Token | None
    cand: Cand | None
    sentence: int
    rule: str
    owner: "_Pending | None" = None  # partial quotes take the speaker of their sentence's cue
    cue_text: str = ""


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in TRIM:
        a += 1
    while b > a and text[b - 1] in TRIM:
        b -= 1
    # a closing parenthesis is the author's aside, not the speaker's words
    if b > a and text[b - 1] == ")" and "(" in text[a:b]:
        b = a + text[a:b].rfind("(")
        while b > a and text[b - 1] in TRIM:
            b -= 1
    return a, b


def _name_like(cues: Cues, s: str) -> bool:
    words = [w for w in re.findall(r"\w[\w-]*", s)]
    if not words or not any(ch.isalpha() for ch in s):
        return True
    if cues.name_case == "first":
        return words[0][:1].isupper()
    # Title Case keeps short function words small ("Fox and Friends", "Collapse: How Societies Choose to Fail")
    return words[0][:1].isupper() and all(w[:1].isupper() or not w[:1].isalpha() or len(w) <= 3 for w in words)


class Extractor:
    """Runs the rules over one article."""

    def __init__(self, art: Article, cues: Cues, mentions: list[Mention]):
        text = art.text
        body = art.body
        spans = [s for s in find_spans(text, cues.pairs) if s.depth == 0]
        spans = [s for s in spans if any(x.start <= s.start < x.end or s.start <= x.start < s.end for x in body)]
        self.doc = Doc(art, cues, spans, mentions)
        self.body = body
        role_intros(self.doc)
        learn_genders(self.doc)

    # -- cue clauses ---------------------------------------------------------------------------
    def _speaker_near(self, toks: list[Token], vi: int, vj: int, lo: int, hi: int) -> Cand | None:
        """The subject of the verb toks[vi:vj] (``self.side`` tells whether it stood before or after it)."""
        cand, self.side = subject(self.doc, toks, vi, vj, lo, hi)
        return cand

    def _clause_start(self, sent: Sentence, pos: int) -> int:
        """Where the clause holding ``pos`` begins: after the last quote or ; before it."""
        lo = sent.start
        for s in self.doc.spans:
            if s.end <= pos and s.outer_end > lo and s.end >= sent.start:
                lo = s.outer_end
        seg = self.doc.art.text[lo:pos]
        cut = max(seg.rfind(";"), seg.rfind(":"))
        return lo + cut + 1 if cut >= 0 else lo

    # -- rules ---------------------------------------------------------------------------------
    def _direct(self, pend: list[_Pending], used: set[int]) -> None:
        doc, text, cues = self.doc, self.doc.art.text, self.doc.cues
        for si, s in enumerate(doc.spans):
            par_end = text.find("\n", s.end)
            par_end = len(text) if par_end < 0 else par_end
            # a nickname or title in marks may stand inside the attribution ("Marcia “Cia” Price said")
            nxt = min([x.outer_start for x in doc.spans if x.start > s.end
                       and not _name_like(cues, text[x.start:x.end])] + [par_end])
            inner = text[s.start:s.end].rstrip().rstrip("’'\"”»")  # a nested quotation may close with it
            after = text[s.outer_end:nxt]
            before = text[:s.outer_start]
            # a quotation opens a clause at the start of its paragraph, or after a sentence end, colon or dash,
            # or after a comma when its own punctuation closes it ("As for costs, “…,” said X")
            opened_clause = not before[before.rfind("\n") + 1:].strip() or before.rstrip()[-1:] in CLAUSE_START \
                or before.rstrip()[-1:] == "," and inner[-1:] in ",!?"
            # rule 1: the attribution follows
            if opened_clause and (inner[-1:] in ",.!?…" or after.lstrip()[:1] in list(",.!?—–-")):
                toks = doc.toks(s.outer_end, nxt)
                stop = sentence_stop(after)
                toks = [t for t in toks if not stop or t.start < s.outer_end + stop.start()][:MAX_SUBJECT_WORDS + 2]
                # the verb comes within a few words, or right after a subject in apposition ("X, a …, said")
                verbs = [v for v in verb_spans(doc, toks) if v[2] == "speech" and (
                    v[0] <= 5 or text[toks[v[0] - 1].end:toks[v[0]].start].strip().endswith(","))]
                if verbs:
                    vi, vj, _ = verbs[0]
                    hi = s.outer_end + (stop.start() if stop else len(after))
                    cand = self._speaker_near(toks, vi, vj, s.outer_end, hi)
                    if cand:
                        pend.append(_Pending(s.start, s.end, "direct", toks[vi], cand, doc.sentence_no(s.start),
                                             "direct-after", cue_text=cue_text(toks, vi, vj, text)))
                        used.add(si)
                        continue
            # rule 2: a cue clause introduces it: "He said: “…”" (on this line or closing the last one),
            # "Trump boasted, “…”" (the verb among the last words before a comma), "Trump declared “…”"
            lead = text[:s.outer_start].rstrip()
            mark = lead[-1:]
            if not lead or mark not in ":," and not lead[-1].isalpha():
                continue
            line_start = text.rfind("\n", 0, len(lead) - 1) + 1 if mark == ":" else text.rfind("\n", 0, len(lead)) + 1
            sent = doc.art.sentence_at(len(lead) - 1)
            lo = max(line_start, sent.start if sent else line_start)
            toks = doc.toks(lo, len(lead))
            verbs = [v for v in verb_spans(doc, toks) if v[2] == "speech" and not negated(doc, toks, v[0])]
            if mark == ",":
                verbs = [v for v in verbs if v[1] >= len(toks) - 2]
            elif mark != ":":
                verbs = [v for v in verbs if v[1] == len(toks) and s.outer_start - toks[-1].end <= 2]
            if verbs:
                vi, vj, _ = verbs[-1]
                cand = self._speaker_near(toks, vi, vj, lo, len(lead))
                if cand:
                    pend.append(_Pending(s.start, s.end, "direct", toks[vi], cand, doc.sentence_no(s.start),
                                         "direct-before", cue_text=cue_text(toks, vi, vj, text)))
                    used.add(si)

    def _indirect(self, pend: list[_Pending], direct: list[_Pending], used: set[int]) -> dict[int, _Pending]:
        """Indirect speech per sentence; returns the cue found for each sentence (speaker for partial quotes)."""
        doc, text, cues = self.doc, self.doc.art.text, self.doc.cues
        per_sentence: dict[int, _Pending] = {}
        for d in direct:
            per_sentence.setdefault(d.sentence, d)
            if d.cue:
                per_sentence.setdefault(doc.sentence_no(d.cue.start), d)
        attributions = {d.cue.start for d in direct if d.cue}
        for sent in self.body:
            toks = doc.toks(sent.start, sent.end)
            found: _Pending | None = None
            for vi, vj, kind in verb_spans(doc, toks):
                if toks[vi].start in attributions or negated(doc, toks, vi):
                    continue
                cand = self._speaker_near(toks, vi, vj, self._clause_start(sent, toks[vi].start), sent.end)
                content = self._content(sent, toks, vi, vj) if kind == "speech" else None
                if content is None and kind == "speech" and found is None:
                    trailing = self._trailing(sent, toks, vi, vj)
                    if trailing is not None:
                        content, cand = trailing
                if cand is None and found is None:
                    continue
                if found is None:
                    found = _Pending(sent.start, sent.end, "indirect", toks[vi], cand, sent.index, "indirect-clause",
                                     cue_text=cue_text(toks, vi, vj, text))
                    per_sentence.setdefault(sent.index, found)
                elif found.cand is not None and found.cand.kind == "organisation" and cand is not None \
                        and cand.kind in ("named", "role") and found not in pend:
                    # "Как передает ТАСС, об этом заявил … Песков": the person speaking, not the medium relaying
                    found.cand, found.cue, found.cue_text = cand, toks[vi], cue_text(toks, vi, vj, text)
                if content and found.cand is not None:
                    a, b = content
                    if cand is not None and a < cand.start < b:  # "рассказала о своём опыте Татьяна Петрова"
                        a, b = _trim(text, a, cand.start)
                    if found.kind != "indirect" or found.end == sent.end and found.start == sent.start:
                        found.start, found.end = a, b
                    else:
                        found.start, found.end = min(found.start, a), max(found.end, b)
                    if found not in pend:
                        pend.append(found)
            if found is None or found not in pend:
                self._source(sent, toks, pend, per_sentence, used, found)
        return per_sentence

    def _trailing(self, sent: Sentence, toks: list[Token], vi: int, vj: int) -> tuple[tuple[int, int], Cand] | None:
        """Rule 3b: an attribution closing the sentence after a comma ("…, the Wall Street Journal reports")."""
        doc, text, cues = self.doc, self.doc.art.text, self.doc.cues
        comma = text.rfind(",", sent.start, toks[vi].start)
        # (a comma closing a quotation, "… “not meeting the demand,” says X", is the sentence's own)
        if comma < 0 or any(x.start <= comma < x.end and text[comma + 1:x.end].strip() for x in doc.spans):
            return None
        subject, rest = doc.toks(comma + 1, toks[vi].start), toks[vj:]
        # either "…, X reports" (a few words may follow) or "…, reports X" (the subject follows)
        if len(subject) > 5 or len(rest) > (2 if subject else 6) or subject and subject[0].low in cues.np_stops \
                or any(t.low in cues.complementizers or t.low in cues.about for t in rest):
            return None
        if verb_spans(doc, [t for t in toks if t.end <= comma]):
            return None  # the words before the comma have their own verb of speech
        a, b = _trim(text, sent.start, comma)
        if len(text[a:b].split()) < 4 or any(x.outer_start <= a and b <= x.outer_end for x in doc.spans):
            return None
        cand = self._speaker_near(toks, vi, vj, comma + 1, sent.end)
        if cand is None or (subject and not cand.end <= toks[vi].start):
            return None
        return (a, b), cand

    def _content(self, sent: Sentence, toks: list[Token], vi: int, vj: int) -> tuple[int, int] | None:
        """The reported words governed by the verb toks[vi:vj], if it has any."""
        doc, text, cues = self.doc, self.doc.art.text, self.doc.cues
        end = toks[vj - 1].end
        for k in range(vj, min(vj + 7, len(toks))):
            if toks[k].low in cues.complementizers:
                a, b = _trim(text, toks[k].end, sent.end)
                return (a, b) if len(text[a:b].split()) >= 2 else None
            if tuple([toks[k].low]) in cues.verbs:
                break
        colon = text.find(":", end, sent.end)
        if colon >= 0 and len(doc.toks(end, colon)) <= 8 and not any(s.start <= colon < s.end for s in doc.spans):
            a, b = _trim(text, colon + 1, sent.end)
            if b - a < 3:  # the colon closes the paragraph: the statement is the next one
                nxt = next((s for s in self.body if s.start > colon), None)
                if nxt is None or any(x.start <= nxt.start < x.end for x in doc.spans):
                    return None
                a, b = _trim(text, nxt.start, nxt.end)
            if any(s.outer_start <= a and s.outer_end >= b for s in doc.spans):
                return None  # a quotation after the colon is a direct quote (rule 2)
            return a, b
        for k in range(vj, min(vj + 4, len(toks) - 1)):  # "сообщил в субботу об обнаружении ..."
            nxt = toks[k]
            if PUNCT_GAP.search(doc.gap(toks[k - 1].end, nxt.start)) or not nxt.text[:1].islower():
                break
            if nxt.low in cues.about:
                if toks[k + 1].low in cues.empty_content:
                    break
                return _trim(text, nxt.start, sent.end)
        if vj < len(toks):
            nxt = toks[vj]
            if toks[vi].low in cues.bare_clause and getattr(self, "side", "before") == "before" \
                    and nxt.low not in cues.np_stops \
                    and not PUNCT_GAP.search(doc.gap(end, nxt.start)) and len(toks) - vj >= 4 \
                    and nxt.low not in cues.complementizers:
                return _trim(text, nxt.start, sent.end)
        return None

    def _source(self, sent: Sentence, toks: list[Token], pend: list[_Pending], per_sentence: dict,
                used: set[int], spoken: _Pending | None = None) -> None:
        """Rule 4: a source phrase (according to X) attributes the rest of the sentence."""
        doc, text, cues = self.doc, self.doc.art.text, self.doc.cues
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
                    k = next((k for k in range(j + 1, min(j + 4, len(toks) - len(after) + 1))
                              if tuple(lows[k:k + len(after)]) == after), None)
                    if k is None:
                        continue
                    slot_a, slot_b, phrase_end = toks[j].start, toks[k - 1].end, toks[k + len(after) - 1].end
                else:
                    named = next((x for x in doc.spans if x.outer_start >= toks[j - 1].end
                                  and not text[toks[j - 1].end:x.outer_start].strip()), None)
                    if named is not None:  # "как пишет «Коммерсантъ»": a medium or body named in quotation marks
                        name = text[named.start:named.end]
                        cand = Cand(named.start, named.end, name, "organisation", person=False)
                        a, b = _trim(text, named.outer_end, sent.end)
                        if text[sent.start:toks[i].start].strip(TRIM):
                            a, b = _trim(text, sent.start, toks[i].start)
                        if len(text[a:b].split()) >= 2 and not any(x.start <= a < x.end for x in doc.spans):
                            p = _Pending(a, b, "indirect", toks[i], cand, sent.index, "indirect-source",
                                         cue_text=text[toks[i].start:named.outer_end])
                            pend.append(p)
                            per_sentence.setdefault(sent.index, p)
                            return
                        continue
                    if j >= len(toks):
                        continue
                    m = PUNCT_GAP.search(text, toks[j].start, sent.end)
                    slot_a, slot_b = toks[j].start, (m.start() if m else sent.end)
                    if m is None and len(doc.toks(slot_a, slot_b)) > 6:  # no comma after it: the first noun phrase
                        first = choose(doc, candidates(doc, slot_a, slot_b), "after")
                        if first is None:
                            continue
                        slot_b = first.end
                    phrase_end = slot_b
                slot = [t for t in doc.toks(slot_a, slot_b)]
                if not slot or any(t.low in cues.documents for t in slot) or DOMAIN.search(text[slot_a:slot_b].strip()):
                    continue
                cand = self._slot_speaker(slot, slot_a, slot_b)
                if cand is None:
                    continue
                if cand.kind == "organisation" and spoken is not None and spoken.cand is not None \
                        and spoken.cand.kind in ("named", "role", "pronoun"):
                    # "как передает ТАСС, об этом заявил … Дмитрий Песков": the medium relays, the person speaks
                    cand = spoken.cand
                if cand.kind == "role":
                    # "по словам защитника X, адвоката Ивана Петрова, ...": an apposition with a role names the source;
                    # else a name right after the role does ("по словам директора школы Александра Зюзина")
                    nxt = text.find(",", slot_b + 1, sent.end) if text[slot_b:slot_b + 1] == "," else -1
                    seg = candidates(doc, slot_b + 1, nxt) if nxt > 0 else []
                    appos = [c for c in seg if c.kind == "named" and (any(r.kind == "role" and r.end <= c.start for r in seg)
                                                                     or text[slot_b + 1:nxt].strip() == c.text)]
                    inner = [c for c in candidates(doc, slot_a, slot_b) if c.kind == "named" and c.start > cand.end]
                    if appos and not verb_spans(doc, doc.toks(slot_b + 1, nxt)):
                        cand, phrase_end = appos[0], nxt
                    elif inner:
                        cand = inner[0]
                phrase_start = toks[i].start
                kind = "indirect"
                if not text[sent.start:phrase_start].strip(TRIM):
                    a, b = _trim(text, phrase_end, sent.end)  # "According to X, ..."
                elif not text[phrase_end:sent.end].strip(TRIM):
                    a, b = _trim(text, sent.start, phrase_start)  # "..., according to X."
                else:
                    a, b = _trim(text, sent.start, sent.end)  # "..., по его словам, — ..."
                    after = [x for x in doc.spans if x.start > phrase_end and not text[phrase_end:x.outer_start].strip(TRIM)]
                    if after:  # "…, где, по словам X, «…»": the quotation after the phrase is what X said
                        a = after[0].start
                quoted = [(k, x) for k, x in enumerate(doc.spans) if x.outer_start <= a < x.end]
                if quoted:  # "По словам X, «…»": the source introduces a quotation
                    k, x = quoted[0]
                    if k in used or x.outer_start > a:
                        continue
                    a, b, kind = x.start, x.end, "direct"
                    used.add(k)
                if len(text[a:b].split()) < 2:
                    continue
                p = _Pending(a, b, kind, toks[i], cand, sent.index, "indirect-source",
                             cue_text=text[phrase_start:phrase_end])
                pend.append(p)
                per_sentence.setdefault(sent.index, p)
                return

    def _slot_speaker(self, slot: list[Token], a: int, b: int) -> Cand | None:
        cues = self.doc.cues
        if len(slot) == 1 and slot[0].low in cues.possessives:
            g = cues.possessives[slot[0].low]
            return Cand(slot[0].start, slot[0].end, slot[0].text, "pronoun", gender=g, person=g != "pl")
        return choose(self.doc, candidates(self.doc, a, b), "after")

    def _continued(self, pend: list[_Pending], used: set[int]) -> None:
        """Rule 5: a quotation running to the end of its paragraph continues the speaker quoted just before it.

        Either the whole paragraph is the quotation and the previous paragraph
        quoted someone, or it follows, in the same paragraph, the sentence that
        attributed a quotation ("“…,” he said. “…”").
        """
        doc, text = self.doc, self.doc.art.text
        for k, s in enumerate(doc.spans):
            if k in used:
                continue
            line_start = text.rfind("\n", 0, s.start) + 1
            line_end = text.find("\n", s.end)
            line_end = len(text) if line_end < 0 else line_end
            if len(text[s.start:s.end].split()) < 3:
                continue
            lead = text[line_start:s.outer_start]
            if not lead.strip():
                if text[s.outer_end:line_end].strip(TRIM):
                    continue
                prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
                before = [p for p in pend if p.kind == "direct" and prev_start <= p.start < line_start and p.owner is None]
            else:
                # "“…,” said X. “…”", "“…,” X told Y on Monday, “…”": right after another quotation's attribution
                # (also after reported speech attributed at its end: "… are “not meeting the demand,” says X. “…”")
                before = [p for p in pend if p.kind in ("direct", "indirect") and p.owner is None and p.cue is not None
                          and line_start <= p.start and p.end <= p.cue.start < s.start and self._only_attribution(p, s)]
            if before:
                p = before[-1]
                pend.append(_Pending(s.start, s.end, "direct", p.cue, p.cand, doc.sentence_no(s.start),
                                     "direct-continued", owner=p, cue_text=p.cue_text))
                used.add(k)

    def _only_attribution(self, p: _Pending, s) -> bool:
        """Whether only the attribution of quote ``p`` (a few words, no other quotation) stands before span ``s``."""
        text = self.doc.art.text
        # a title in quotation marks may stand in the attribution ("said on Fox News’s “Fox and Friends.”")
        between = [x for x in self.doc.spans if p.end < x.start < s.start and not _name_like(self.doc.cues, text[x.start:x.end])]
        return not between and len(text[p.end:s.outer_start].split()) <= MAX_ATTRIBUTION_WORDS

    def _inside_attribution(self, pend: list[_Pending], used: set[int]) -> None:
        """Rule 1b: «Это только начало, — добавил он. — Мы ожидаем…»: the attribution sits inside the marks."""
        doc, text = self.doc, self.doc.art.text
        for k, s in enumerate(doc.spans):
            if k in used:
                continue
            # (a spaced hyphen stands for the dash in hasty text: "…, - заявил он. - …")
            for m in re.finditer(r"[,.!?…]\s*(?:[—–]|\s-)\s+([^—–«»“”\n]{3,120}?)[.,:]?\s*(?:[—–]|\s-)\s+",
                                 text[s.start:s.end]):
                a, b = s.start + m.start(1), s.start + m.end(1)
                toks = doc.cues.tokens(text, a, b)
                verbs = [v for v in verb_spans(doc, toks) if v[2] == "speech" and v[0] <= 2]
                if not verbs:
                    continue
                vi, vj, _ = verbs[0]
                # the attribution is quoted text to doc.toks(); look for the speaker in it directly
                cands = [c for c in plain_candidates(doc, toks, vj)]
                if not cands:
                    continue
                cand = cands[0]
                first = _trim(text, s.start, s.start + m.start())
                second = _trim(text, s.start + m.end(), s.end)
                for x, y in (first, second):
                    if len(text[x:y].split()) >= 2:
                        pend.append(_Pending(x, y, "direct", toks[vi], cand, doc.sentence_no(x), "direct-inside",
                                             cue_text=cue_text(toks, vi, vj, text)))
                used.add(k)
                break

    def _partial(self, pend: list[_Pending], used: set[int], per_sentence: dict[int, _Pending]) -> None:
        doc, text = self.doc, self.doc.art.text
        covered = [(p.start, p.end) for p in pend]
        for si, s in enumerate(doc.spans):
            if si in used:
                continue
            a, b = _trim(text, s.start, s.end)
            inner = text[a:b]
            if not inner or _name_like(doc.cues, inner) or len(inner.split()) > MAX_PARTIAL_WORDS:
                continue
            if any(x <= a and b <= y for x, y in covered):
                continue  # already inside a reported statement
            owner = per_sentence.get(doc.sentence_no(s.start))
            if owner is None or owner.cand is None:
                continue
            if owner.cand.start <= a < owner.cand.end:
                continue
            pend.append(_Pending(a, b, "partial", owner.cue, owner.cand, owner.sentence, "partial", owner=owner,
                                 cue_text=owner.cue_text))

    def _transcript(self, pend: list[_Pending], used: set[int]) -> None:
        """Rule 0: a transcript, paragraphs opening with a speaker's name in capitals and a colon ("PENCE: Well, …").

        The speaker's words run on over the next paragraphs that open with a
        quotation mark and no name. A label counts when it names a person of
        the article or opens at least two paragraphs (so "UPDATE:" does not).
        """
        doc, text = self.doc, self.doc.art.text
        lines = []  # (label start, label end, words start, line end)
        pos = 0
        for line in text.split("\n"):
            m = TRANSCRIPT_LABEL.match(line)
            if m and any(x.start <= pos + m.start(2) < x.end for x in self.body):
                lines.append((pos + m.start(1), pos + m.end(1), pos + m.start(2), pos + len(line)))
            pos += len(line) + 1
        labels = [text[a:b].lower() for a, b, _, _ in lines]
        people = {m.text.split()[-1].lower(): m for m in doc.mentions if doc.person(m)}
        for k, (a, b, c, e) in enumerate(lines):
            label = labels[k]
            if labels.count(label) < 2 and label.split()[-1] not in people:
                continue
            end = e
            nxt = text.find("\n", end + 1)
            while True:  # the answer goes on in paragraphs that reopen the quotation
                line_start = text.find("\n", end) + 1
                while 0 < line_start < len(text) and text[line_start] == "\n":
                    line_start += 1
                line = text[line_start:text.find("\n", line_start) if "\n" in text[line_start:] else len(text)]
                if not line_start or not line[:1] in "\"“«„" or TRANSCRIPT_LABEL.match(line) or line[1:2] == "(":
                    break
                end = line_start + len(line)
            mention = people.get(label.split()[-1])
            cand = Cand(a, b, mention.text if mention else text[a:b].title(), "named", mention.entity if mention else None,
                        guess=mention is None)
            x, y = _trim(text, c, end)
            if len(text[x:y].split()) >= 2:
                pend.append(_Pending(x, y, "direct", None, cand, doc.sentence_no(x), "direct-transcript", cue_text=":"))
                used.update(k2 for k2, sp in enumerate(doc.spans) if sp.start < y and x < sp.end)

    def _nearest(self, pend: list[_Pending], used: set[int]) -> None:
        """Rule 7, only for a language without cue words: a quotation goes to the nearest person named in its sentence.

        The sentence's words after the quotation are looked at first (where an
        attribution usually stands), then those before it, then the previous
        sentence of the same paragraph.
        """
        doc, text = self.doc, self.doc.art.text
        for k, s in enumerate(doc.spans):
            words = text[s.start:s.end].split()
            if k in used or len(words) < 3 or not any(w[:1].islower() for w in words):  # a title, not a statement
                continue
            sent = doc.art.sentence_at(s.start)
            if sent is None:
                continue
            line_start = text.rfind("\n", 0, s.start) + 1
            prev = [x for x in self.body if line_start <= x.start and x.end <= sent.start]
            regions = [(s.outer_end, max(sent.end, s.outer_end)), (sent.start, s.outer_start)]
            if prev:
                regions.append((prev[-1].start, prev[-1].end))
            for a, b in regions:
                # (without language data the entities stage may type a name MISC: a name of two capitalised words will do)
                people = [c for c in candidates(doc, a, b) if c.kind == "named" and c.person] or [
                    Cand(m.start, m.end, m.text, "named", m.entity) for m in doc.mentions
                    if a <= m.start and m.end <= b and m.type == "MISC" and not doc.quoted(m.start)
                    and len(m.text.split()) >= 2 and all(w[:1].isupper() for w in m.text.split())]
                if people:
                    cand = min(people, key=lambda c: abs(c.start - s.end) if c.start >= s.end else abs(s.start - c.end))
                    pend.append(_Pending(s.start, s.end, "direct", None, cand, doc.sentence_no(s.start), "direct-nearest"))
                    used.add(k)
                    break

    # -- all together --------------------------------------------------------------------------
    def run(self) -> list[Found]:
        doc, text = self.doc, self.doc.art.text
        pend: list[_Pending] = []
        used: set[int] = set()
        self._transcript(pend, used)
        self._direct(pend, used)
        self._inside_attribution(pend, used)
        direct = list(pend)
        per_sentence = self._indirect(pend, direct, used)
        self._continued(pend, used)
        if not doc.cues.verbs:
            self._nearest(pend, used)
        self._partial(pend, used, per_sentence)
        # resolve in reading order so pronouns and roles see the speakers before them
        # (a cue that only owns partial quotes, such as a naming verb, is resolved too but not output)
        owners = [p.owner for p in pend if p.owner is not None and p.owner not in pend]
        # a cue with a subject but no reported words still makes its subject the one "he" refers to next
        owners += [p for p in per_sentence.values() if p not in pend and p.cand is not None]
        order = sorted(pend + list({id(o): o for o in owners}.values()),
                       key=lambda p: (p.cue.start if p.cue else p.start, p.owner is not None))
        resolved: dict[int, Speaker] = {}
        out: list[Found] = []
        for p in order:
            if p.owner is not None:
                sp = resolved.get(id(p.owner))
                if sp is None:
                    continue
            elif p.cand is None:
                continue
            else:
                gender = doc.cues.verb_gender(p.cue.text) if p.cue else None
                sp = resolve(doc, p.cand, p.cue.start if p.cue else p.start, gender)
                resolved[id(p)] = sp
            if p not in pend:
                continue
            a, b = _trim(text, p.start, p.end) if p.kind != "partial" else (p.start, p.end)
            if b > a:
                out.append(Found(a, b, p.kind, p.cue_text or (p.cue.text if p.cue else ""), sp, p.rule))
        return sorted(out, key=lambda f: (f.start, f.end))
