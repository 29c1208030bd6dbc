"""Cue verbs in a run of tokens, and the subject of a cue verb: who is speaking."""
from __future__ import annotations

import re

from .cues import Token
from .speakers import Cand, Doc, abbreviation, candidates, choose


def verb_spans(doc: Doc, toks: list[Token]) -> list[tuple[int, int, str]]:
    """(first token index, last token index + 1, kind) of each cue verb, longest match first."""
    out, i = [], 0
    longest = doc.cues.longest_verb
    while i < len(toks):
        for n in range(min(longest, len(toks) - i), 0, -1):
            kind = doc.cues.verbs.get(tuple(t.low for t in toks[i:i + n]))
            if kind:
                out.append((i, i + n, kind))
                i += n - 1
                break
        i += 1
    return out


def negated(doc: Doc, toks: list[Token], i: int) -> bool:
    """Whether the cue at toks[i] is negated ("не сказал", "did not say")."""
    before = [t.low for t in toks[max(0, i - 2):i]]
    return bool(before) and (before[-1] in doc.cues.negations or " ".join(before) in doc.cues.negations)


def cue_text(toks: list[Token], a: int, b: int, text: str) -> str:
    """The text of the cue toks[a:b]."""
    return text[toks[a].start:toks[b - 1].end]


def sentence_stop(s: str) -> re.Match | None:
    """The first sentence end in ``s`` that does not follow an abbreviation ('U.S. official')."""
    for m in re.finditer(r"[.!?](\s|$)", s):
        word = re.search(r"[\w.]*$", s[:m.start()]).group()
        if not (m.group()[0] == "." and word and abbreviation(word.rstrip("."))):
            return m
    return None


def plain_candidates(doc: Doc, toks: list[Token], vj: int) -> list[Cand]:
    """Speaker candidates among the few words after a verb inside quotation marks (pronouns, mentions)."""
    out = []
    for t in toks[vj:vj + 4]:
        if t.low in doc.cues.pronouns:
            g = doc.cues.pronouns[t.low]
            out.append(Cand(t.start, t.end, t.text, "pronoun", gender=g, person=g != "pl"))
            break
        m = next((m for m in doc.mentions_at(t.start) if m.type in ("PER", "ORG")), None)
        if m is not None:
            out.append(Cand(m.start, m.end, m.text, "named" if m.type == "PER" else "organisation", m.entity,
                            doc.cues.name_gender(m.text), person=m.type == "PER"))
            break
    return out


def subject(doc: Doc, toks: list[Token], vi: int, vj: int, lo: int, hi: int) -> tuple[Cand | None, str]:
    """The subject of the verb toks[vi:vj] and where it stood ("before"/"after").

    It is looked for before the verb back to ``lo``, else after it up to a
    punctuation mark. A first-person subject is the author ("as we wrote"):
    no speaker then.
    """
    text, cues = doc.art.text, doc.cues
    if vi > 0 and toks[vi - 1].low in cues.self_words or vj < len(toks) and toks[vj].low in cues.self_words:
        return None, "before"
    verb = (toks[vi].start, toks[vj - 1].end)
    lead = text[lo:toks[vi].start].rstrip()
    if len(lead) > 1 and (lead[-1:] in ("—", "–") or lead[-1:] == "," and cues.inverted_after_comma):
        # "…, передает РИА Новости": a verb opening its clause after a comma is followed by its subject
        after = after_subject(doc, toks, vi, vj, hi)
        if after is not None and after.kind != "pronoun":
            return after, "after"
    if lead.endswith(",") and "," in lead[:-1]:
        # "Врачи, лечащие Гиффордс, говорят": what stands between the commas only describes the subject
        cut = lo + lead[:-1].rfind(",")
        subj = choose(doc, [c for c in candidates(doc, lo, cut) if not c.place], "before", None)
        if subj:
            # unless the commas hold an apposition that names it: "Представители оператора, компании X, ..."
            seg = candidates(doc, cut + 1, lo + len(lead) - 1)
            seg_toks = doc.toks(cut + 1, lo + len(lead) - 1)
            want = ("named", "organisation") if subj.kind == "role" else ("organisation",)
            if subj.kind in ("role", "organisation") and seg and seg_toks and seg[0].start <= seg_toks[0].start:
                # (representatives of a company speak for it)
                names = sorted((c for c in seg if c.kind in want and c.entity and not c.place),
                               key=lambda c: (want.index(c.kind), -c.start))
                if names:
                    return names[0], "before"
            return subj, "before"
        before = None  # nothing before the commas: what they enclose is no subject either
    else:
        before = choose(doc, candidates(doc, lo, toks[vi].start), "before", verb)
    if before:
        return before, "before"
    return after_subject(doc, toks, vi, vj, hi), "after"


def after_subject(doc: Doc, toks: list[Token], vi: int, vj: int, hi: int) -> Cand | None:
    """The subject standing after the verb ("— отметил он", "said Alexey Zhuravlev, a politician")."""
    text, cues = doc.art.text, doc.cues
    verb = (toks[vi].start, toks[vj - 1].end)
    end = toks[vj - 1].end
    # the subject after the verb ends at a comma or colon, at "that", or at a dash after a name
    stop = hi
    for t in toks[vj:]:
        if t.low in cues.complementizers or t.start >= hi:
            stop = min(stop, t.start)
            break
    m = re.compile(r"[,;:!?()«»“”„\"]|\.\s").search(text, end, stop)
    region_end = m.start() if m else stop
    cands = candidates(doc, end, region_end)
    first = choose(doc, cands, "after", verb)
    if first is not None and first.kind == "role":
        # "сообщил зампред правительства - министр ... Дмитрий Куракин": the role introduces the name after it
        named = [c for c in cands if c.kind == "named" and c.start > first.end]
        if named:
            return named[0]
    return first
