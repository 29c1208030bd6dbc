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

``Extractor`` finds the quotation spans, runs the rules in that order and resolves the speakers; the rules live in
``uncued`` (0, 7), ``direct`` (1, 2), ``indirect`` (3), ``according`` (4), ``continued`` (5, 6) and ``around``,
on what they share in ``found``.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from ..model import Article, Mention, Sentence, Speaker
from .around import after_paragraph, dialogue_named, foreign_paragraph, lead_before, named_turn, subject_turn
from .continued import find_after_statement, find_continued, find_partial
from .cues import Cues, Token
from .direct import find_direct, find_inside_attribution
from .found import Found, Pending, name_like, speech_at, titled, trim
from .impersonal import author, impersonal
from .indirect import find_indirect
from .marks import dialogue_spans, find_spans, unopened_spans
from .document import Cand, Doc
from .resolve import learn_genders, resolve, role_intros, spoken_of
from .subjects import subject
from .uncued import find_embed, find_nearest, find_spoken_label, find_transcript


def _verb_first(cues: Cues, text: str, pos: int) -> bool:
    """Whether a speech verb opens the text at ``pos`` ("said Karol Nowak")."""
    words = tuple(t.low for t in cues.tokens(text, pos, min(len(text), pos + 80)))[:cues.longest_verb]
    return any(cues.verbs.get(words[:n]) == "speech" for n in range(1, len(words) + 1))


def _two_capitals(name: str) -> bool:
    return sum(w[:1].isupper() for w in name.split()) >= 2


def _touches(body: tuple[Sentence, ...], i: int, s) -> bool:
    """Whether span ``s`` starts in body sentence ``i`` (the first ending after its start) or that one starts in it."""
    return i < len(body) and (body[i].start <= s.start or s.start <= body[i].start < s.end)


class Extractor:
    """Runs the rules over one article."""

    def __init__(self, art: Article, cues: Cues, mentions: list[Mention]):
        text = art.text
        body = art.body
        spans = [s for s in find_spans(text, cues.pairs) if s.depth == 0]
        if cues.dialogue:  # speech set off by dashes, where no mark already quotes it
            # (a name the recogniser typed MISC counts when it has two capitalised words: "Novosađanka Vesna Latas")
            people = sorted(m.start for m in mentions if m.type == "PER" or m.type == "MISC" and _two_capitals(m.text))
            dashed = dialogue_spans(text, lambda pos: speech_at(cues, text, pos) or named_turn(text, pos, people)
                                    or subject_turn(cues, text, pos),
                                    lambda pos: speech_at(cues, text, pos), cues.self_words)
            # (speech set off by dashes holds the quotations inside it: "… sformułowanie „na żyletki” - powiedział",
            # "— Użyte były wszystkie metody, a do "wybielania fałszerstwa" … — zaznaczyła prezydent.")
            inner = {id(x) for d in dashed
                     for x in spans if d.start <= x.outer_start and x.outer_end <= d.end}
            spans = [x for x in spans if id(x) not in inner]
            spans = sorted(spans + [d for d in dashed
                                    if not any(x.outer_start < d.end and d.start < x.outer_end for x in spans)],
                           key=lambda x: x.start)
        else:  # speech whose opening dash was dropped, where no mark quotes it ("We have to … - Dodik said.")
            # (a dash in running text sets off any aside: its attribution names a person, before the verb or after
            # it, not "– witnesses say that …", "– agreed by Ukraine on 11 March")
            people = sorted(m.start for m in mentions if m.type == "PER")
            dashed = unopened_spans(text, lambda pos: subject_turn(cues, text, pos) or _verb_first(cues, text, pos)
                                    and named_turn(text, pos, people), cues.self_words)
            spans = sorted(spans + [d for d in dashed
                                    if not any(x.outer_start < d.end and d.start < x.outer_end for x in spans)],
                           key=lambda x: x.start)
        ends = [x.end for x in body]
        spans = [s for s in spans if _touches(body, bisect_right(ends, s.start), s)]
        self.doc = Doc(art, cues, spans, mentions)
        self.body = body
        self.body_starts = [x.start for x in body]
        self.body_ends = ends
        # a quotation that reads like a name or title ("Marcia “Cia” Price", “Fox and Friends”) may stand inside an
        # attribution, and so may the title of a show or paper after a medium word ("dans l'émission "Good morning
        # Greece" d'ANT1"); the next and previous other ("plain") quotation of each, found once
        self.titles = {k for k, x in enumerate(spans) if titled(cues, text, x.outer_start, x.start)}  # never anyone's words
        plain = [not name_like(cues, text[x.start:x.end]) and k not in self.titles for k, x in enumerate(spans)]
        self.plain = plain
        self.next_plain = [len(spans)] * (len(spans) + 1)
        for k in range(len(spans) - 1, -1, -1):
            self.next_plain[k] = k if plain[k] else self.next_plain[k + 1]
        self.prev_plain: list[int | None] = []
        last = None
        for k in range(len(spans)):
            self.prev_plain.append(last)
            last = k if plain[k] else last
        role_intros(self.doc)
        learn_genders(self.doc)

    def in_body(self, pos: int) -> bool:
        i = bisect_right(self.body_starts, pos) - 1
        return i >= 0 and pos < self.body[i].end

    # -- cue clauses ---------------------------------------------------------------------------
    def speaker_near(self, toks: list[Token], vi: int, vj: int, lo: int, hi: int) -> Cand | None:
        """The subject of the verb toks[vi:vj] (``self.side`` tells whether it stood before or after it)."""
        if impersonal(self.doc, toks, vi, vj):  # "«…», говорится в сообщении": the body that wrote it
            self.side = "after"
            return author(self.doc, toks, vi, vj, hi)
        cand, self.side = subject(self.doc, toks, vi, vj, lo, hi)
        if (cand is None or cand.zero) and self._reflexive(toks, vi, vj):
            # "…, закључује се у саопштењу", "mówi się": a speech verb with the reflexive and no subject is impersonal
            self.side = "after"
            return author(self.doc, toks, vi, vj, hi)
        return cand

    def _reflexive(self, toks: list[Token], vi: int, vj: int) -> bool:
        refl = self.doc.cues.impersonal_reflexives
        return bool(refl) and (vj < len(toks) and toks[vj].low in refl or vi > 0 and toks[vi - 1].low in refl)

    def clause_start(self, sent: Sentence, pos: int) -> int:
        """Where the clause holding ``pos`` begins: after the last quote or ; before it."""
        lo = sent.start
        k = self.doc.span_ending_by(pos)  # quotations are disjoint: the last one closing before pos decides
        if k is not None and not self.plain[k] and self.doc.spans[k].outer_start > sent.start:
            # a name or title in marks inside the clause does not open it ("Kobieta w rozmowie z "Bild" powiedziała")
            k = self.prev_plain[k]
        if k is not None and self.doc.spans[k].end >= sent.start:
            lo = max(lo, self.doc.spans[k].outer_end)
        seg = self.doc.art.text[lo:pos]
        cut = max(seg.rfind(";"), seg.rfind(":"))
        return lo + cut + 1 if cut >= 0 else lo

    # -- all together --------------------------------------------------------------------------
    def run(self) -> list[Found]:
        doc, text = self.doc, self.doc.art.text
        pend: list[Pending] = []
        used: set[int] = set(self.titles)
        find_transcript(self, pend, used)
        find_spoken_label(self, pend, used)
        find_embed(self, pend, used)
        find_direct(self, pend, used)
        find_inside_attribution(self, pend, used)
        if doc.cues.dialogue:
            dialogue_named(self, pend, used)
        direct = list(pend)
        per_sentence = find_indirect(self, pend, direct, used)
        find_continued(self, pend, used)
        find_after_statement(self, pend, used)
        after_paragraph(self, pend, used, per_sentence)
        lead_before(self, pend, used, per_sentence)
        foreign_paragraph(self, pend, used, per_sentence)
        if not doc.cues.verbs:
            find_nearest(self, pend, used)
        find_partial(self, pend, used, per_sentence)
        if doc.cues.verbs:  # a statement no cue claimed: its attribution is a form the cue data lacks
            find_nearest(self, pend, used, leftover=True)
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
                # (whom the words speak of in the third person does not say them: "“… the British prime minister
                # canceled our meeting,” the prime minister said")
                # (only the words a quotation outputs, and not a span holding its own subject)
                doc.about = spoken_of(doc, p.start, p.end) if p.kind in ("direct", "indirect") and id(p) in pending \
                    and not p.start <= p.cand.start < p.end and not (p.cue and p.start <= p.cue.start < p.end) \
                    else frozenset()
                sp = resolve(doc, p.cand, p.cue.start if p.cue else p.start, gender)
                doc.about = frozenset()
                resolved[id(p)] = sp
            if id(p) not in pending:
                continue
            a, b = trim(text, p.start, p.end) if p.kind != "partial" else (p.start, p.end)
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
                a, b = trim(text, f.start, x - 1)
                if len(text[a:b].split()) < 3 or ":" in text[b:x]:  # (the clause introducing the quotation)
                    continue
                f = replace(f, start=a, end=b)
            kept.append(f)
        return kept
