"""Finding the quotes of one article: direct, partial and indirect speech, each with its speaker.

The rules run in a fixed order and each found quote records the rule that
fired (``Found.rule``) so a surprising result can be traced:

1. ``direct-after``  a quotation followed by its attribution («…», — отметил он / “…,” she said);
   ``direct-inside`` when the attribution sits inside the marks («…, — добавил он. — …»)
2. ``direct-before`` a quotation introduced by a cue clause ending in a colon (He said: “…”)
3. ``indirect-clause`` a speech verb with a clause (said that / заявил, что / stressed: …/ заявляет о …),
   or closing the sentence after a comma (…, the Wall Street Journal reports / …, сообщает ТАСС)
4. ``indirect-source`` a source phrase (according to X / по словам X / по мнению X)
5. ``direct-continued`` a quotation running to the end of its paragraph, right after another by the same speaker;
   ``direct-after-statement`` one standing as sentences of its own after a sentence opening with a person
6. ``partial`` a quoted phrase in a sentence whose speaker rule 1-4 or a naming verb found
7. ``direct-nearest`` (a language without cue words) a quotation with the nearest person named in its sentence;
   ``direct-unnamed`` where the script has no capitals to find names by, its speaker the words that frame it

and, before them all, ``direct-transcript``: a paragraph opening with a speaker's name and a colon ("PENCE: …"),
and ``direct-spoken-label``: a paragraph opening with a named person, a role at most, and a colon before unquoted
words, as broadcasters transcribe what was said on air ("Иван Петров, премиер: …").
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import accumulate

from ..model import Article, Mention, Sentence, Speaker
from .around import (after_paragraph, attribution_line, body_head, dialogue_named, lead_before, named_turn,
                     subject_turn)
from .cues import Cues, Token
from .impersonal import author, impersonal, reported_mood
from .nounattr import MAX_BEFORE_NOUN, noun_attribution
from .marks import dialogue_spans, find_spans
from .speakers import DOMAIN, PUNCT_GAP, Cand, Doc, candidates, choose, learn_genders, resolve, role_intros
from .subjects import cue_text, negated, person_shaped, phrase_end, plain_candidates, sentence_stop, subject, verb_spans

TRIM = " \t\n,.;:!?…—–-\"'«»“”„"
CLAUSE_START = set(".!?:;—–-\n")
CLOSING = set("”»“’\"")  # closing quotation marks: after a sentence end inside them, a new clause opens
MAX_PARTIAL_WORDS = 15
# "PENCE: …", "\"WALLACE: …": a speaker's name in capitals and a colon opening a paragraph of a transcript
TRANSCRIPT_LABEL = re.compile(r"^[\"“«„]?\s*((?:[A-Z][A-Z'’.-]+\s){0,2}[A-Z][A-Z'’.-]+):\s+(\S)")
# an embedded post: its words, a dash, the author and the handle, a date ("… — Roberta Metsola (@EP_President) December 31, 2025")
EMBED = re.compile(r"^(?P<words>\S.*?)\s*(?:pic\.twitter\.com/\S+|https?://\S+)?\s+[—–-]+\s+(?P<name>[^()\n]{2,60}?)\s*"
                   r"\(@\w+\)\s+[^\n]{4,30}$", re.M)
MAX_SUBJECT_WORDS = 20  # a speaker with an apposition: "Leonard E. Burman, director of the … Center, said"
TITLE_CHAIN = 8  # titles and a name before the verb: "Ukrainian Foreign Ministry spokesman Heorhii Tykhyi told"
MAX_ATTRIBUTION_WORDS = 45
MAX_TO_COMPLEMENTIZER = 11  # words between a speech verb and "that": when, where, before whom
MAX_COLON_WORDS = 10  # a person and what they did before a colon and a quotation ("X spoke in parliament: «…»")
MAX_COLON_LONG = 40  # ...longer when the clause names no second person ("X, at a rally in …, turned to …: «…»")
MAX_LABEL_WORDS = 16  # a speaker's name and title labelling a quotation ("— Christine Lagarde, présidente de la BCE")  # what may stand between two quotations of one speaker
BLANK, TRIMMED, WORD = re.compile(r"\s*"), re.compile(f"[{re.escape(TRIM)}]*"), re.compile(r"\S+")


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


NEXT_SENTENCE = re.compile(r"[.!?…][ \t]+\w")  # a sentence end, then the next sentence opens
NEXT_WORD = re.compile(r"[ \t]+\w")
ELIDED_WORD = re.compile(r"[^\W\d_]{1,4}['’]")  # a short word glued to the next by an apostrophe


def _two_capitals(name: str) -> bool:
    return sum(w[:1].isupper() for w in name.split()) >= 2


def _capitalising(ch: str) -> bool:
    """Is ``ch`` a letter of a script whose names are told by capitals (Latin, Cyrillic, Greek, Armenian)?"""
    return ch.isalpha() and unicodedata.name(ch, "").split(" ")[0] in ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN")


_FRAME = " \t\n,.;،。、，:：-–—"  # what parts a quotation from the words that frame it


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


def _touches(body: tuple[Sentence, ...], i: int, s) -> bool:
    """Whether span ``s`` starts in body sentence ``i`` (the first ending after its start) or that one starts in it."""
    return i < len(body) and (body[i].start <= s.start or s.start <= body[i].start < s.end)


def _last_char(text: str, end: int) -> int:
    """Where the text before ``end`` stops once trailing white space is dropped (``len(text[:end].rstrip())``)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _only(pattern: re.Pattern, text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is all ``pattern`` (white space, trimmed marks), read only up to the first other
    character (a copy of a long gap per quotation would cost its length each time)."""
    return a >= b or pattern.match(text, a, b).end() == b


def _addressed(cues: Cues, toks: list[Token]) -> bool:
    """Whether a clause puts words to its subject ("was asked", "wurde gefragt") rather than having it speak."""
    if not cues.addressed:
        return False
    words = f" {' '.join(t.low for t in toks)} "
    return any(f" {p} " in words for p in cues.addressed)


def _more_words(text: str, a: int, b: int, limit: int) -> bool:
    """Whether ``text[a:b]`` holds more than ``limit`` words (``len(text[a:b].split()) > limit``), counting no
    further than that."""
    for n, _ in enumerate(WORD.finditer(text, a, b), 1):
        if n > limit:
            return True
    return False


def _speech_at(cues: Cues, text: str, pos: int) -> bool:
    """Whether a speech verb opens the text at ``pos``, perhaps after one adverb ("каза той", "гневно отсече")."""
    words = tuple(t.low for t in cues.tokens(text, pos, min(len(text), pos + 80)))[:cues.longest_verb + 1]
    return any(cues.verbs.get(words[i:i + n]) == "speech" for i in (0, 1) for n in range(1, cues.longest_verb + 1))


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
        if cues.dialogue:  # speech set off by dashes, where no mark already quotes it
            # (a name the recogniser typed MISC counts when it has two capitalised words: "Novosađanka Vesna Latas")
            people = sorted(m.start for m in mentions if m.type == "PER" or m.type == "MISC" and _two_capitals(m.text))
            dashed = dialogue_spans(text, lambda pos: _speech_at(cues, text, pos) or named_turn(text, pos, people)
                                    or subject_turn(cues, text, pos),
                                    lambda pos: _speech_at(cues, text, pos))
            # (speech whose dash was dropped holds the quotations inside it: "… sformułowanie „na żyletki” - powiedział")
            inner = {id(x) for d in dashed if not d.open_width
                     for x in spans if d.start <= x.outer_start and x.outer_end <= d.end}
            spans = [x for x in spans if id(x) not in inner]
            spans = sorted(spans + [d for d in dashed
                                    if not any(x.outer_start < d.end and d.start < x.outer_end for x in spans)],
                           key=lambda x: x.start)
        ends = [x.end for x in body]
        spans = [s for s in spans if _touches(body, bisect_right(ends, s.start), s)]
        self.doc = Doc(art, cues, spans, mentions)
        self.body = body
        self._body_starts = [x.start for x in body]
        self._body_ends = ends
        # a quotation that reads like a name or title ("Marcia “Cia” Price", “Fox and Friends”) may stand inside an
        # attribution; the next and previous other ("plain") quotation of each, found once
        plain = [not _name_like(cues, text[x.start:x.end]) for x in spans]
        self._next_plain = [len(spans)] * (len(spans) + 1)
        for k in range(len(spans) - 1, -1, -1):
            self._next_plain[k] = k if plain[k] else self._next_plain[k + 1]
        self._prev_plain: list[int | None] = []
        last = None
        for k in range(len(spans)):
            self._prev_plain.append(last)
            last = k if plain[k] else last
        role_intros(self.doc)
        learn_genders(self.doc)

    def _in_body(self, pos: int) -> bool:
        i = bisect_right(self._body_starts, pos) - 1
        return i >= 0 and pos < self.body[i].end

    # -- cue clauses ---------------------------------------------------------------------------
    def _speaker_near(self, toks: list[Token], vi: int, vj: int, lo: int, hi: int) -> Cand | None:
        """The subject of the verb toks[vi:vj] (``self.side`` tells whether it stood before or after it)."""
        if impersonal(self.doc, toks, vi, vj):  # "«…», говорится в сообщении": the body that wrote it
            self.side = "after"
            return author(self.doc, toks, vj, hi)
        cand, self.side = subject(self.doc, toks, vi, vj, lo, hi)
        return cand

    def _clause_start(self, sent: Sentence, pos: int) -> int:
        """Where the clause holding ``pos`` begins: after the last quote or ; before it."""
        lo = sent.start
        k = self.doc.span_ending_by(pos)  # quotations are disjoint: the last one closing before pos decides
        if k is not None and self.doc.spans[k].end >= sent.start:
            lo = max(lo, self.doc.spans[k].outer_end)
        seg = self.doc.art.text[lo:pos]
        cut = max(seg.rfind(";"), seg.rfind(":"))
        return lo + cut + 1 if cut >= 0 else lo

    # -- rules ---------------------------------------------------------------------------------
    def _direct(self, pend: list[_Pending], used: set[int]) -> None:
        doc, text, cues = self.doc, self.doc.art.text, self.doc.cues
        for si, s in enumerate(doc.spans):
            par_end = doc.line_bounds(s.end)[1]
            # a nickname or title in marks may stand inside the attribution ("Marcia “Cia” Price said")
            k = self._next_plain[si + 1]
            nxt = min(doc.spans[k].outer_start, par_end) if k < len(doc.spans) else par_end
            inner = text[s.start:s.end].rstrip().rstrip("’'\"”»")  # a nested quotation may close with it
            lead_end = _last_char(text, s.outer_start)  # the text before the opening mark, white space dropped
            mark = text[lead_end - 1] if lead_end else ""
            # a quotation opens a clause at the start of its paragraph, or after a sentence end, colon or dash,
            # or after a comma when its own punctuation closes it ("As for costs, “…,” said X")
            # (a verb-final language sets its subject before the quotation with a comma: 'Bakan X, "…" dedi')
            opened_clause = lead_end <= doc.line_bounds(s.outer_start)[0] or mark in CLAUSE_START \
                or mark == "," and (inner[-1:] in ",!?" or cues.subject_before_quote) \
                or mark in CLOSING and lead_end > 1 and text[lead_end - 2] in ".!?…"  # "“…no conversation.” “This …"
            # rule 1: the attribution follows
            first = BLANK.match(text, s.outer_end, nxt).end()  # the first character after it, white space dropped
            punct = inner[-1:] in ",.!?…" or text[first:min(first + 1, nxt)] in list(",.!?—–-:")  # ("”: lo ha detto X")
            # (without punctuation the verb must follow the closing mark at once: "«…» τόνισε ο υπουργός")
            if opened_clause and (punct or text[first:first + 1].isalpha() and text[first:first + 1].islower()):
                stop = doc.stop_after(s.outer_end, nxt)  # (nxt may lie past quotations of names: found once)
                toks = doc.toks_from(s.outer_end, nxt, MAX_SUBJECT_WORDS + 2, before=stop)
                # the verb comes within a few words, or right after a subject in apposition ("X, a …, said")
                verbs = [v for v in verb_spans(doc, toks) if v[2] == "speech" and (not punct and v[0] == 0 or punct and (
                    v[0] <= 5 or text[toks[v[0] - 1].end:toks[v[0]].start].strip().endswith(",")
                    or v[0] <= TITLE_CHAIN and all(self._title_word(t) for t in toks[:v[0]])))]
                if verbs:
                    vi, vj, _ = verbs[0]
                    hi = nxt if stop is None else stop
                    cand = self._speaker_near(toks, vi, vj, s.outer_end, hi)
                    if cues.subject_before_quote and (cand is None or cand.zero):
                        cand = self._subject_before(s.outer_start) or cand
                    if cand:
                        pend.append(_Pending(s.start, s.end, "direct", toks[vi], cand, doc.sentence_no(s.start),
                                             "direct-after", cue_text=cue_text(toks, vi, vj, text)))
                        used.add(si)
                        continue
            # rule 1c: a line after a quotation standing alone names its speaker ("« … »" then "— Christine Lagarde, …")
            if opened_clause and _only(TRIMMED, text, s.outer_end, par_end) \
                    and (cand := self._byline(par_end)) is not None:
                pend.append(_Pending(s.start, s.end, "direct", None, cand, doc.sentence_no(s.start), "direct-byline",
                                     cue_text="—"))
                used.add(si)
                continue
            # rule 1f: or it is the attribution, after a dash ("„…”" then "– jegyezte meg Kovács Péter.")
            if opened_clause and _only(TRIMMED, text, s.outer_end, par_end) \
                    and (line := attribution_line(self, par_end)) is not None:
                tok, cand, cue = line
                pend.append(_Pending(s.start, s.end, "direct", tok, cand, doc.sentence_no(s.start), "direct-line-after",
                                     cue_text=cue))
                used.add(si)
                continue
            # rule 1g: a noun phrase names whose words they were ("“…”, le prime parole di X", "„…” – słowa premiera")
            if opened_clause and (found := noun_attribution(self, s.outer_end, nxt)) is not None:
                tok, cand = found
                pend.append(_Pending(s.start, s.end, "direct", tok, cand, doc.sentence_no(s.start), "direct-noun",
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
                verbs = [v for v in verbs if v[1] >= len(toks) - 2]
            elif mark != ":":
                verbs = [v for v in verbs if v[1] == len(toks) and s.outer_start - toks[-1].end <= 2]
            if verbs and _addressed(cues, toks):
                pass  # "Rossi was asked: “…”": the question is put to the subject, who does not say it
            elif verbs:
                vi, vj, _ = verbs[-1]
                cand = self._speaker_near(toks, vi, vj, lo, lead_end)
                if cand:
                    pend.append(_Pending(s.start, s.end, "direct", toks[vi], cand, doc.sentence_no(s.start),
                                         "direct-before", cue_text=cue_text(toks, vi, vj, text)))
                    used.add(si)
            elif mark == ":" and (cand := self._label(line_start, lead_end - 1, toks)) is not None:
                pend.append(_Pending(s.start, s.end, "direct", None, cand, doc.sentence_no(s.start), "direct-label",
                                     cue_text=":"))
                used.add(si)
            elif mark == ":" and not (cues.name_case == "all" and _name_like(cues, text[s.start:s.end])) \
                    and (cand := self._colon_subject(lo, lead_end - 1, toks)) is not None:
                pend.append(_Pending(s.start, s.end, "direct", None, cand, doc.sentence_no(s.start), "direct-colon",
                                     cue_text=":"))
                used.add(si)

    def _subject_before(self, opening: int) -> Cand | None:
        """In a verb-final language, the subject opening the clause before a quotation ('Bakan X, "…" dedi')."""
        doc = self.doc
        sent = doc.art.sentence_at(max(0, _last_char(doc.art.text, opening) - 1))
        if sent is None:
            return None
        lo = self._clause_start(sent, opening)
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

    def _label(self, line_start: int, colon: int, toks: list[Token]) -> Cand | None:
        """A paragraph opening with a person's name, an apposition at most, and a colon before a quotation
        ("Christine Lagarde, la présidente de la BCE : « … »"): that person speaks."""
        doc, text = self.doc, self.doc.art.text
        if not toks or toks[0].start < line_start or _more_words(text, line_start, colon, MAX_LABEL_WORDS):
            return None
        # (a role stands for its holder: "Il ministro: «…»")
        first = next((c for c in candidates(doc, line_start, colon) if c.kind in ("named", "role") and c.person
                      and not c.indefinite), None)
        # (a name the entities stage did not tag counts when it has a first name and a surname)
        if first is None or text[line_start:first.start].strip(TRIM) or first.guess and len(first.text.split()) < 2:
            return None
        rest = text[first.end:colon].strip()
        return first if not rest or rest.startswith(",") else None

    def _colon_subject(self, lo: int, colon: int, toks: list[Token]) -> Cand | None:
        """A clause opening with a person and closing with a colon before a quotation, with no speech verb
        ("Ο Κυριάκος Μητσοτάκης μίλησε στη Βουλή: «…»", "Tusk na platformie X: „…”"): that person speaks."""
        doc, text, cues = self.doc, self.doc.art.text, self.doc.cues
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
        if _addressed(cues, rest):
            return None  # "Rossi was asked:": the words after the colon were put to the person, not said by them
        if first.kind == "role" and len(cands) > 1 and cands[1].kind == "named" and not cands[1].guess \
                and not doc.gap(first.end, cands[1].start).strip():
            return cands[1]  # "Premier Donald Tusk w Brukseli:": the name the title leads
        return first

    def _byline(self, par_end: int) -> Cand | None:
        """The speaker named on the line after a paragraph-long quotation: a dash, the name, an apposition at most."""
        doc, text = self.doc, self.doc.art.text
        a = BLANK.match(text, par_end).end()
        if a >= len(text) or text[a] not in "—–-":
            return None
        b = doc.line_bounds(a)[1]
        if _more_words(text, a, b, MAX_LABEL_WORDS) or doc.quotes_in(a, b):
            return None
        name_start = BLANK.match(text, a + 1, b).end()
        cands = candidates(doc, name_start, b)
        first = next((c for c in cands if c.kind in ("named", "organisation") and not c.place), None)
        if first is None or first.start != name_start or verb_spans(doc, doc.toks(a, b)):
            return None
        return first

    def _indirect(self, pend: list[_Pending], direct: list[_Pending], used: set[int]) -> dict[int, _Pending]:
        """Indirect speech per sentence; returns the cue found for each sentence (speaker for partial quotes)."""
        doc, text, cues = self.doc, self.doc.art.text, self.doc.cues
        per_sentence: dict[int, _Pending] = {}
        for d in direct:
            per_sentence.setdefault(d.sentence, d)
            if d.cue:
                per_sentence.setdefault(doc.sentence_no(d.cue.start), d)
        attributions = {d.cue.start for d in direct if d.cue}
        carried: _Pending | None = None  # the reported statement of the sentence before
        for sent in self.body:
            toks = doc.toks(sent.start, sent.end)
            found: _Pending | None = None
            added = False  # whether ``found`` went into pend (a scan of pend would cost its length every time)
            for vi, vj, kind in verb_spans(doc, toks):
                if toks[vi].start in attributions or negated(doc, toks, vi) or _addressed(cues, toks[max(0, vi - 2):vj + 2]):
                    continue  # (nor "Rossi was asked whether …": the question is not hers)
                cand = self._speaker_near(toks, vi, vj, self._clause_start(sent, toks[vi].start), sent.end)
                content = self._content(sent, toks, vi, vj) if kind == "speech" else None
                if content is None and kind == "speech" and found is None:
                    trailing = self._trailing(sent, toks, vi, vj)
                    if trailing is not None:
                        content, cand = trailing
                    elif (back := self._back_reference(sent, toks, vi, vj, cand, pend, used)) is not None:
                        pend.append(back)
                        per_sentence.setdefault(sent.index, back)
                        found, added = back, True
                        break  # the sentence is the attribution
                if cand is None and found is None:
                    continue
                if found is None:
                    found = _Pending(sent.start, sent.end, "indirect", toks[vi], cand, sent.index, "indirect-clause",
                                     cue_text=cue_text(toks, vi, vj, text))
                    per_sentence.setdefault(sent.index, found)
                elif found.cand is not None and found.cand.kind == "organisation" and cand is not None \
                        and cand.kind in ("named", "role") and not added:
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
                    if not added:
                        pend.append(found)
                        added = True
            if not added:
                self._source(sent, toks, pend, per_sentence, used, found)
            if found is None and sent.index not in per_sentence and carried is not None \
                    and (mood := reported_mood(cues, toks)) is not None:
                # "X sagte, die Lage sei ruhig. Es habe „…“ gegeben.": the mood of reported speech carries on
                a, b = _trim(text, sent.start, sent.end)
                found = _Pending(a, b, "indirect", carried.cue, carried.cand, sent.index, "indirect-mood",
                                 cue_text=carried.cue_text or mood)
                pend.append(found)
                per_sentence[sent.index] = found
            carried = found if found is not None and found.kind == "indirect" and found.cand is not None else None
        return per_sentence

    def _back_reference(self, sent: Sentence, toks: list[Token], vi: int, vj: int, cand: Cand | None,
                        pend: list[_Pending], used: set[int]) -> _Pending | None:
        """Rule 3c: a sentence opening with a word pointing back and a speech verb ("Това написа X", "Об этом заявил
        X") attributes the sentences before it in its paragraph, or the paragraph before when it opens its own."""
        doc, text, cues = self.doc, self.doc.art.text, self.doc.cues
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
        i = bisect_right(self._body_starts, sent.start) - 1  # this sentence's place among the body sentences
        line_start = doc.line_bounds(sent.start)[0]
        if i <= 0:
            return None
        if self.body[i - 1].end > line_start:  # sentences before it in its paragraph
            first = i - 1
            while first > 0 and i - first < 3 and self.body[first - 1].end > line_start:
                first -= 1
        else:  # it opens its paragraph: the paragraph before, if short
            prev_line = doc.line_bounds(self.body[i - 1].start)[0]
            first = i - 1
            while first > 0 and self.body[first - 1].end > prev_line:
                first -= 1
            if i - first > 3:
                return None
        a, b = _trim(text, self.body[first].start, self.body[i - 1].end)
        if len(text[a:b].split()) < 3 or any(p.start < b and a < p.end for p in pend):
            return None  # (a statement there already has its attribution)
        kind = "indirect"
        k = doc.span_enclosing(a, b)
        inside = list(doc.spans_over(a, b))
        if k is None and len(inside) == 1 and _only(TRIMMED, text, a, doc.spans[inside[0]].start) \
                and _only(TRIMMED, text, doc.spans[inside[0]].end, b):
            k = inside[0]
        if k is None and bare:
            return None
        if k is not None:  # "„…!“ Това написа X": the quotation before is what X wrote
            if k in used:
                return None
            a, b, kind = doc.spans[k].start, doc.spans[k].end, "direct"
            used.add(k)
        return _Pending(a, b, kind, toks[vi], cand, sent.index, "indirect-back" if kind == "indirect" else "direct-back",
                        cue_text=cue_text(toks, 0, vj, text))

    def _trailing(self, sent: Sentence, toks: list[Token], vi: int, vj: int) -> tuple[tuple[int, int], Cand] | None:
        """Rule 3b: an attribution closing the sentence after a comma ("…, the Wall Street Journal reports")."""
        doc, text, cues = self.doc, self.doc.art.text, self.doc.cues
        comma = text.rfind(",", sent.start, toks[vi].start)
        # (a comma closing a quotation, "… “not meeting the demand,” says X", is the sentence's own)
        k = doc.span_at(comma) if comma >= 0 else None
        if comma < 0 or k is not None and not _only(BLANK, text, comma + 1, doc.spans[k].end):
            return None
        subject, rest = doc.toks(comma + 1, toks[vi].start), toks[vj:]
        if not subject:  # "…, ha detto il governatore X all'agenzia Anadolu": the addressee after the subject
            rest = rest[:self._inverted_subject_end(sent, rest)]
        # either "…, X reports" (a few words may follow) or "…, reports X" (the subject follows)
        if len(subject) > 5 or len(rest) > (2 if subject else 6) or subject and subject[0].low in cues.np_stops \
                or any(cues.complementizer(t.low) or t.low in cues.about for t in rest) \
                or rest and (rest[0].low in cues.definite and not self._inverted_role(rest)
                             or rest[0].low in cues.possessives):
            return None  # (a verb with its own object, "…, X dismissed the reports", reports nothing before it)
        if verb_spans(doc, [t for t in toks if t.end <= comma]):
            return None  # the words before the comma have their own verb of speech
        a, b = _trim(text, sent.start, comma)
        if len(text[a:b].split()) < 4 or doc.span_enclosing(a, b) is not None:
            return None
        cand = self._speaker_near(toks, vi, vj, comma + 1, sent.end)
        if cand is None or (subject and not cand.end <= toks[vi].start):
            return None
        return (a, b), cand

    def _inverted_subject_end(self, sent: Sentence, rest: list[Token]) -> int:
        """How many of the words after an inverted verb belong to its subject: up to a person named in them, when
        only a comma or a preposition follows ("disse o governador, X, à agência …"); else all of them."""
        doc, cues = self.doc, self.doc.cues
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

    def _title_word(self, t: Token) -> bool:
        """A word of a title-and-name chain ("Ukrainian Foreign Ministry spokesman Heorhii Tykhyi")."""
        cues = self.doc.cues
        return t.text[:1].isupper() or cues.role(t.low) is not None or t.low in cues.role_links

    def _inverted_role(self, rest: list[Token]) -> bool:
        """"…, dijo el ministro X": after an inverted verb, a definite role or body is its subject, not its object."""
        cues = self.doc.cues
        return cues.inverted_after_comma and len(rest) > 1 and bool(cues.role(rest[1].low) or cues.organisation(rest[1].low))

    def _content(self, sent: Sentence, toks: list[Token], vi: int, vj: int) -> tuple[int, int] | None:
        """The reported words governed by the verb toks[vi:vj], if it has any."""
        doc, text, cues = self.doc, self.doc.art.text, self.doc.cues
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
                a, b = _trim(text, toks[k].start + len(glued) if glued else toks[k].end, sent.end)
                return (a, b) if len(text[a:b].split()) >= 2 else None
            if tuple([toks[k].low]) in cues.verbs:
                break
        if colon >= 0 and len(doc.toks(end, colon)) <= 8 and doc.span_at(colon) is None:
            a, b = _trim(text, colon + 1, sent.end)
            if b - a < 3:  # the colon closes the paragraph: the statement is the next one
                k = bisect_right(self._body_starts, colon)
                nxt = self.body[k] if k < len(self.body) else None
                if nxt is None or doc.span_at(nxt.start) is not None:
                    return None
                # (the statement is the paragraph after the colon, when no quotation in it begins another)
                par_end = doc.line_bounds(nxt.start)[1]
                a, b = _trim(text, nxt.start, nxt.end if doc.quotes_in(nxt.start, par_end) else par_end)
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
                return _trim(text, nxt.start, sent.end)
        if cues.reported_mood and (clause := self._mood_clause(sent, toks, vj)) is not None:
            return clause  # "sagte, die Lage sei ruhig": a comma and a clause in the mood of reported speech
        if vj < len(toks):
            nxt = toks[vj]
            if toks[vi].low in cues.bare_clause and getattr(self, "side", "before") == "before" \
                    and nxt.low not in cues.np_stops \
                    and not PUNCT_GAP.search(doc.gap(end, nxt.start)) and len(text[nxt.start:sent.end].split()) >= 4 \
                    and not cues.complementizer(nxt.low):
                return _trim(text, nxt.start, sent.end)
        return None

    def _mood_clause(self, sent: Sentence, toks: list[Token], vj: int) -> tuple[int, int] | None:
        """The clause after a comma right after the verb (or its pronoun) whose verb is in the reported mood."""
        text = self.doc.art.text
        k = vj + 1 if vj < len(toks) and self.doc.cues.pronouns.get(toks[vj].low) else vj  # "sagte er, …"
        if k >= len(toks) or self.doc.gap(toks[k - 1].end, toks[k].start).strip() != ",":
            return None
        if reported_mood(self.doc.cues, toks[k:]) is None:
            return None
        a, b = _trim(text, toks[k].start, sent.end)
        return (a, b) if len(text[a:b].split()) >= 3 else None

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
                    # (only the first quotation opening after the phrase can follow it with nothing between)
                    k = doc.span_outer_from(toks[j - 1].end)
                    named = doc.spans[k] if k is not None and _only(BLANK, text, toks[j - 1].end, doc.spans[k].outer_start) \
                        else None
                    if named is not None:  # "как пишет «Коммерсантъ»": a medium or body named in quotation marks
                        name = text[named.start:named.end]
                        cand = Cand(named.start, named.end, name, "organisation", person=False)
                        a, b = _trim(text, named.outer_end, sent.end)
                        if text[sent.start:toks[i].start].strip(TRIM):
                            a, b = _trim(text, sent.start, toks[i].start)
                        if len(text[a:b].split()) >= 2 and doc.span_at(a) is None:
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
                    # no comma after it (a long slot, or an opening phrase: "Według X sytuacja jest…"): the first noun phrase
                    if m is None and (len(doc.toks(slot_a, slot_b)) > 6 or not text[sent.start:toks[i].start].strip(TRIM)):
                        cands = candidates(doc, slot_a, slot_b)
                        first = choose(doc, cands, "after")
                        if first is None:
                            continue
                        slot_b = first.end
                        named = next((c for c in cands if c.kind == "named" and c.start >= first.end), None)
                        if first.kind == "role" and named is not None and not doc.gap(first.end, named.start).strip():
                            slot_b = named.end  # "Secondo il portavoce Matteo Bruni il papa …": the role's holder
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
                    # (the apposition runs to the next comma, or to the end of the sentence: "selon le chef des
                    # renseignements, le général Kyrylo Boudanov.")
                    nxt = text.find(",", slot_b + 1, sent.end) if text[slot_b:slot_b + 1] == "," else -1
                    if text[slot_b:slot_b + 1] == "," and nxt < 0:
                        nxt = _trim(text, slot_b + 1, sent.end)[1]
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
                if not text[sent.start:phrase_start].strip(TRIM):
                    a, b = _trim(text, phrase_end, sent.end)  # "According to X, ..."
                elif not text[phrase_end:sent.end].strip(TRIM):
                    a, b = _trim(text, sent.start, phrase_start)  # "..., according to X."
                else:
                    a, b = _trim(text, sent.start, sent.end)  # "..., по его словам, — ..."
                    # (only the first quotation after the phrase can follow it with nothing but marks between)
                    k = doc.span_from(phrase_end + 1)
                    if k is not None and _only(TRIMMED, text, phrase_end, doc.spans[k].outer_start):
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
        # the quotes that can be continued, found by position instead of a pass over pend per quotation (the ones
        # this rule adds have an owner, so these lists hold): (position, order in pend, quote), sorted
        directs = sorted((p.start, n, p) for n, p in enumerate(pend) if p.kind == "direct" and p.owner is None)
        starts = [d[0] for d in directs]
        by_cue = sorted((p.cue.start, n, p) for n, p in enumerate(pend) if p.kind in ("direct", "indirect")
                        and p.owner is None and p.cue is not None and p.end <= p.cue.start)
        cue_starts = [d[0] for d in by_cue]
        for k, s in enumerate(doc.spans):
            if k in used:
                continue
            line_start = doc.line_bounds(s.start)[0]
            line_end = doc.line_bounds(s.end)[1]
            if not _more_words(text, s.start, s.end, 2):
                continue
            if _last_char(text, s.outer_start) <= line_start:  # the quotation opens its paragraph
                if not _only(TRIMMED, text, s.outer_end, line_end):
                    continue
                prev_start = doc.line_bounds(max(0, line_start - 1))[0]
                found = directs[bisect_left(starts, prev_start):bisect_left(starts, line_start)]
                p = max(found, key=lambda d: d[1])[2] if found else None
            else:
                # "“…,” said X. “…”", "“…,” X told Y on Monday, “…”": right after another quotation's attribution
                # (also after reported speech attributed at its end: "… are “not meeting the demand,” says X. “…”")
                p = self._attributed_before(s, k, line_start, by_cue, cue_starts)
                if p is not None and self._other_opener(s, p):
                    p = None  # (the sentence before opens with someone else: rule 5b's)
            if p is not None:
                pend.append(_Pending(s.start, s.end, "direct", p.cue, p.cand, doc.sentence_no(s.start),
                                     "direct-continued", owner=p, cue_text=p.cue_text))
                used.add(k)

    def _after_statement(self, pend: list[_Pending], used: set[int]) -> None:
        """Rule 5b: a quotation standing as sentences of its own, closing its paragraph, right after a sentence that
        opens with a person ("Zelenski exigió una respuesta firme. “Necesitamos …”"): that person's words."""
        doc, text = self.doc, self.doc.art.text
        for k, s in enumerate(doc.spans):
            if k in used or not _more_words(text, s.start, s.end, 3) or not self._in_body(s.start):
                continue
            line_start, line_end = doc.line_bounds(s.start)[0], doc.line_bounds(s.end)[1]
            # it closes its paragraph, or its sentence when a sentence of narration follows ("…“. Poi ha aggiunto …")
            if not _only(TRIMMED, text, s.outer_end, line_end) and not self._sentence_follows(s):
                continue
            before = _last_char(text, s.outer_start)
            if before > line_start and text[before - 1] not in ".!?":
                continue  # (inside a sentence: another rule's, or nobody's)
            prev = doc.art.sentence_at(max(0, before - 1))
            if prev is None or prev.end > s.outer_start or doc.quotes_in(prev.start, prev.end) \
                    or doc.span_at(prev.start) is not None:
                continue
            cand = self._opening_person(prev.start, prev.end)
            if cand is not None:
                pend.append(_Pending(s.start, s.end, "direct", None, cand, doc.sentence_no(s.start),
                                     "direct-after-statement", cue_text=""))
                used.add(k)

    def _sentence_follows(self, s) -> bool:
        """Whether quotation ``s`` closes a sentence and another one opens after it ("“… poche.” Poi …", "“…”. Poi")."""
        text = self.doc.art.text
        m = NEXT_SENTENCE.match(text, s.outer_end)
        if m is None and text[s.end - 1:s.end] in ".!?…":
            m = NEXT_WORD.match(text, s.outer_end)
        return m is not None and text[m.end() - 1].isupper()

    def _other_opener(self, s, p: _Pending) -> bool:
        """Whether the sentence right before quotation ``s``, after ``p``'s own, opens with another person
        ("… laut Ipsos … . Nawrocki appellierte an seine Anhänger … . „…“")."""
        doc, text = self.doc, self.doc.art.text
        before = _last_char(text, s.outer_start)
        if not before or text[before - 1] not in ".!?":
            return False
        prev = doc.art.sentence_at(before - 1)
        if prev is None or prev.index <= p.sentence or doc.quotes_in(prev.start, prev.end):
            return False
        cand = self._opening_person(prev.start, prev.end)
        return cand is not None and p.cand is not None and (cand.entity or cand.text) != (p.cand.entity or p.cand.text)

    def _opening_person(self, a: int, b: int) -> Cand | None:
        """The person a sentence opens with, an article or a title before the name at most ("El presidente
        ucraniano, Volodimir Zelenski, exigió …" -> Zelenski)."""
        doc, cues = self.doc, self.doc.cues
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

    def _attributed_before(self, s, k: int, line_start: int, by_cue: list, cue_starts: list[int]) -> _Pending | None:
        """The latest quote in pend (of those in ``by_cue``) whose attribution alone (a few words, no other
        quotation) stands before span ``s`` (index ``k``) in its paragraph, if any.

        The cue of such a quote lies after the last quotation before ``s`` that is no name or title (``x``), and
        among the last words before ``s``: so only those cues are read, from the nearest back.
        """
        text, spans = self.doc.art.text, self.doc.spans
        x = spans[self._prev_plain[k]] if self._prev_plain[k] is not None else None
        lo = max(line_start, x.start) if x is not None else line_start
        best = None
        for i in range(bisect_left(cue_starts, s.start) - 1, bisect_left(cue_starts, lo) - 1, -1):
            cue, n, p = by_cue[i]
            if _more_words(text, cue, s.outer_start, MAX_ATTRIBUTION_WORDS):
                break  # (a quote before this one has even more words before s)
            # a title in quotation marks may stand in the attribution ("said on Fox News’s “Fox and Friends.”")
            if line_start <= p.start and (x is None or x.start <= p.end) \
                    and not _more_words(text, p.end, s.outer_start, MAX_ATTRIBUTION_WORDS) and (best is None or n > best[0]):
                best = n, p
        return best[1] if best else None

    def _inside_attribution(self, pend: list[_Pending], used: set[int]) -> None:
        """Rule 1b: «Это только начало, — добавил он. — Мы ожидаем…»: the attribution sits inside the marks."""
        doc, text = self.doc, self.doc.art.text
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
        covered = sorted((p.start, p.end) for p in pend)
        starts = [x for x, _ in covered]
        reach = list(accumulate((y for _, y in covered), max))  # the farthest end among statements starting by each
        for si, s in enumerate(doc.spans):
            if si in used:
                continue
            a, b = _trim(text, s.start, s.end)
            inner = text[a:b]
            if not inner or _name_like(doc.cues, inner) or len(inner.split()) > MAX_PARTIAL_WORDS:
                continue
            k = bisect_right(starts, a) - 1
            if k >= 0 and reach[k] >= b:
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
            if m and self._in_body(pos + m.start(2)):
                lines.append((pos + m.start(1), pos + m.end(1), pos + m.start(2), pos + len(line)))
            pos += len(line) + 1
        labels = [text[a:b].lower() for a, b, _, _ in lines]
        count = Counter(labels)
        people = {m.text.split()[-1].lower(): m for m in doc.mentions if doc.person(m)}
        for k, (a, b, c, e) in enumerate(lines):
            label = labels[k]
            if count[label] < 2 and label.split()[-1] not in people:
                continue
            end = e
            nxt = text.find("\n", end + 1)
            while True:  # the answer goes on in paragraphs that reopen the quotation
                line_start = text.find("\n", end) + 1
                while 0 < line_start < len(text) and text[line_start] == "\n":
                    line_start += 1
                line_end = text.find("\n", line_start)
                line = text[line_start:line_end if line_end >= 0 else len(text)]
                if not line_start or not line[:1] in "\"“«„" or TRANSCRIPT_LABEL.match(line) or line[1:2] == "(":
                    break
                end = line_start + len(line)
            mention = people.get(label.split()[-1])
            cand = Cand(a, b, mention.text if mention else text[a:b].title(), "named", mention.entity if mention else None,
                        guess=mention is None)
            x, y = _trim(text, c, end)
            if len(text[x:y].split()) >= 2:
                pend.append(_Pending(x, y, "direct", None, cand, doc.sentence_no(x), "direct-transcript", cue_text=":"))
                used.update(doc.spans_over(x, y))

    def _spoken_label(self, pend: list[_Pending], used: set[int]) -> None:
        """Rule 0c: a broadcaster's transcript, a paragraph opening with a named person, an apposition at most, and a
        colon before unquoted words ("Иван Петров, министър-председател: Няма да има избори.")."""
        doc, text, cues = self.doc, self.doc.art.text, self.doc.cues
        for m in doc.mentions:
            line_start, line_end = doc.line_bounds(m.start)
            if m.start != line_start or not doc.person(m) or not self._in_body(m.start):
                continue
            colon = text.find(":", m.end, line_end)
            label = text[m.end:colon]
            if colon < 0 or label.strip() and (not label.startswith(",") or _more_words(text, m.end, colon, 8)
                                               or not any(cues.role(t.low) for t in doc.toks(m.end, colon))):
                continue
            x, y = _trim(text, colon + 1, line_end)
            if not _more_words(text, x, y, 3) or text[x:x + 1] in "\"“«„" or doc.quotes_in(m.end, y) \
                    or verb_spans(doc, doc.toks(m.end, colon)):
                continue
            cand = Cand(m.start, m.end, m.text, "named", m.entity)
            pend.append(_Pending(x, y, "direct", None, cand, doc.sentence_no(x), "direct-spoken-label", cue_text=":"))

    def _embed(self, pend: list[_Pending], used: set[int]) -> None:
        """Rule 0b: an embedded post, its words followed by a dash, the author with a handle and a date."""
        doc, text = self.doc, self.doc.art.text
        if "(@" not in text:
            return  # (no handle, no embedded post: the pattern is not worth running)
        for m in EMBED.finditer(text):
            a, b = _trim(text, m.start("words"), m.end("words"))
            if len(text[a:b].split()) < 3 or not self._in_body(a):
                continue
            x, y = m.span("name")
            cand = next((c for c in candidates(doc, x, y) if c.kind in ("named", "organisation") and not c.place), None)
            if cand is None or (cand.start, cand.end) != (x, y):
                cand = Cand(x, y, text[x:y], "named", None, guess=True)
            pend.append(_Pending(a, b, "direct", None, cand, doc.sentence_no(a), "direct-embed", cue_text="—"))
            used.update(doc.spans_over(a, b))

    def _nearest(self, pend: list[_Pending], used: set[int]) -> None:
        """Rule 7, only for a language without cue words: a quotation goes to the nearest person named in its sentence.

        The sentence's words after the quotation are looked at first (where an
        attribution usually stands), then those before it, then the previous
        sentence of the same paragraph.
        """
        doc, text = self.doc, self.doc.art.text
        for k, s in enumerate(doc.spans):
            quoted = text[s.start:s.end]
            words = quoted.split()
            uncased = not any(_capitalising(ch) for ch in quoted)  # Chinese, Arabic, Hebrew, Georgian...
            if k in used or (len(words) < 3 and not (uncased and len(quoted.replace(" ", "")) >= 6)) or not (
                    uncased or any(w[:1].islower() for w in words)):  # a title, not a statement
                continue
            sent = doc.art.sentence_at(s.start)
            if sent is None:
                continue
            line_start = doc.line_bounds(s.start)[0]
            i = bisect_right(self._body_ends, sent.start) - 1  # the body sentence before, if in this paragraph
            regions = [(s.outer_end, max(sent.end, s.outer_end)), (sent.start, s.outer_start)]
            if i >= 0 and self.body[i].start >= line_start:
                regions.append((self.body[i].start, self.body[i].end))
            for a, b in regions:
                # (without language data the entities stage may type a name MISC: a name of two capitalised words will do)
                people = [c for c in candidates(doc, a, b) if c.kind == "named" and c.person] or [
                    Cand(m.start, m.end, m.text, "named", m.entity) for m in doc.mentions_in(a, b)
                    if m.type == "MISC" and not doc.quoted(m.start)
                    and len(m.text.split()) >= 2 and all(w[:1].isupper() for w in m.text.split())]
                if people:
                    cand = min(people, key=lambda c: abs(c.start - s.end) if c.start >= s.end else abs(s.start - c.end))
                    pend.append(_Pending(s.start, s.end, "direct", None, cand, doc.sentence_no(s.start), "direct-nearest"))
                    used.add(k)
                    break
            else:
                frame = " … ".join(x for x in (text[sent.start:s.outer_start].strip(_FRAME),
                                               text[s.outer_end:sent.end].strip(_FRAME)) if x)
                if uncased and frame:
                    # a script without capitals gives the name rules nothing to find a speaker by: the quotation
                    # is still reported, its speaker the words that frame it ("وأضاف مصطفى", "小早川智明社长说")
                    pend.append(_Pending(s.start, s.end, "direct", None, None, doc.sentence_no(s.start),
                                         "direct-unnamed", cue_text=frame[:60]))
                    used.add(k)

    # -- all together --------------------------------------------------------------------------
    def run(self) -> list[Found]:
        doc, text = self.doc, self.doc.art.text
        pend: list[_Pending] = []
        used: set[int] = set()
        self._transcript(pend, used)
        self._spoken_label(pend, used)
        self._embed(pend, used)
        self._direct(pend, used)
        self._inside_attribution(pend, used)
        if doc.cues.dialogue:
            dialogue_named(self, pend, used)
        direct = list(pend)
        per_sentence = self._indirect(pend, direct, used)
        self._continued(pend, used)
        self._after_statement(pend, used)
        after_paragraph(self, pend, used, per_sentence)
        lead_before(self, pend, used, per_sentence)
        if not doc.cues.verbs:
            self._nearest(pend, used)
        self._partial(pend, used, per_sentence)
        # resolve in reading order so pronouns and roles see the speakers before them
        # (a cue that only owns partial quotes, such as a naming verb, is resolved too but not output)
        pending = {id(p) for p in pend}
        owners = [p.owner for p in pend if p.owner is not None and id(p.owner) not in pending]
        # a cue with a subject but no reported words still makes its subject the one "he" refers to next
        owners += [p for p in per_sentence.values() if id(p) not in pending and p.cand is not None]
        order = sorted(pend + list({id(o): o for o in owners}.values()),
                       key=lambda p: (p.cue.start if p.cue else p.start, p.owner is not None))
        resolved: dict[int, Speaker] = {}
        out: list[Found] = []
        for p in order:
            if p.owner is not None:
                sp = resolved.get(id(p.owner))
                if sp is None:
                    continue
            elif p.cand is None and p.rule == "direct-unnamed":
                sp = Speaker(p.cue_text, None, "unnamed")
            elif p.cand is None:
                continue
            else:
                gender = doc.cues.verb_gender(p.cue.text) if p.cue else None
                sp = resolve(doc, p.cand, p.cue.start if p.cue else p.start, gender)
                resolved[id(p)] = sp
            if id(p) not in pending:
                continue
            a, b = _trim(text, p.start, p.end) if p.kind != "partial" else (p.start, p.end)
            if b > a:
                out.append(Found(a, b, p.kind, p.cue_text or (p.cue.text if p.cue else ""), sp, p.rule))
        return sorted(self._unframed(out), key=lambda f: (f.start, f.end))

    def _unframed(self, out: list[Found]) -> list[Found]:
        """Reported speech that runs over a quotation found with its own attribution: mostly the quotation's frame
        ("Wie die Bild berichtet, sagte X: „…“") it is dropped, the quotation being the statement; else it ends before
        the quotation ("Clinton noted that … ― Trump boasted, “…”")."""
        text = self.doc.art.text
        direct = sorted((f.start, f.end) for f in out if f.kind == "direct")
        starts = [x for x, _ in direct]
        kept = []
        for f in out:
            over = [(x, y) for x, y in direct[max(0, bisect_left(starts, f.start) - 1):bisect_left(starts, f.end)]
                    if x < f.end and f.start < y] if f.kind == "indirect" else []
            if over:
                x, y = over[0]
                if x <= f.start or (min(y, f.end) - x) * 2 >= f.end - f.start:
                    continue
                a, b = _trim(text, f.start, x - 1)
                if len(text[a:b].split()) < 3 or ":" in text[b:x]:  # (the clause introducing the quotation)
                    continue
                f = replace(f, start=a, end=b)
            kept.append(f)
        return kept
