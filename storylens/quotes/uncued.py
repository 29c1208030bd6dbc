"""Quotes found without a cue verb: transcripts, spoken labels, embedded posts, and the nearest name.

Rules 0 (``direct-transcript``: "PENCE: …"), 0b (``direct-embed``: a post, a dash, its author's handle and a date)
and 0c (``direct-spoken-label``: "Иван Петров, премиер: …") run before all others; rule 7 (``direct-nearest``,
``direct-unnamed``) only for a language without cue words.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING

from .found import Pending, addressed, more_words, trim
from .document import Cand
from .speakers import candidates
from .subjects import verb_spans

if TYPE_CHECKING:
    from .extract import Extractor

# "PENCE: …", "\"WALLACE: …": a speaker's name in capitals and a colon opening a paragraph of a transcript
TRANSCRIPT_LABEL = re.compile(r"^[\"“«„]?\s*((?:[A-Z][A-Z'’.-]+\s){0,2}[A-Z][A-Z'’.-]+):\s+(\S)")
# an embedded post: its words, a dash, the author and the handle, a date ("… — Roberta Metsola (@EP_President) December 31, 2025")
# (the link may touch the dash: "… parole. pic.twitter.com/APnsQoPMkL— Luigi Brugnaro (@LuigiBrugnaro) October 3, 2023")
EMBED = re.compile(r"^(?P<words>\S.*?)(?:\s*(?:pic\.twitter\.com/|https?://)[^\s—–]+\s*|\s+)[—–-]+\s+(?P<name>[^()\n]{2,60}?)\s*"
                   r"\(@\w+\)\s+[^\n]{4,30}$", re.M)
# ... or the author's line alone, the post's words in the paragraphs before it ("…\n— IOM (@UNmigration) June 14, 2023")
EMBED_LINE = re.compile(r"^[—–-]+[ \t]+(?P<name>[^()\n]{2,60}?)[ \t]*\(@\w+\)[ \t]+[^\n]{4,30}$", re.M)
URL = re.compile(r"(?:pic\.twitter\.com/|https?://)\S+")
POST_LIMIT = 280  # characters a post holds (links aside): paragraphs further back are the article's own
_FRAME = " \t\n,.;،。、，:：-–—"  # what parts a quotation from the words that frame it


def _capitalising(ch: str) -> bool:
    """Is ``ch`` a letter of a script whose names are told by capitals (Latin, Cyrillic, Greek, Armenian)?"""
    return ch.isalpha() and unicodedata.name(ch, "").split(" ")[0] in ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN")


def find_transcript(ex: "Extractor", pend: list[Pending], used: set[int]) -> None:
    """Rule 0: a transcript, paragraphs opening with a speaker's name in capitals and a colon ("PENCE: Well, …").

    The speaker's words run on over the next paragraphs that open with a
    quotation mark and no name. A label counts when it names a person of
    the article or opens at least two paragraphs (so "UPDATE:" does not).
    """
    doc, text = ex.doc, ex.doc.art.text
    lines = []  # (label start, label end, words start, line end)
    pos = 0
    for line in text.split("\n"):
        m = TRANSCRIPT_LABEL.match(line)
        if m and ex.in_body(pos + m.start(2)):
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
        x, y = trim(text, c, end)
        if len(text[x:y].split()) >= 2:
            pend.append(Pending(x, y, "direct", None, cand, doc.sentence_no(x), "direct-transcript", cue_text=":"))
            used.update(doc.spans_over(x, y))


def find_spoken_label(ex: "Extractor", pend: list[Pending], used: set[int]) -> None:
    """Rule 0c: a broadcaster's transcript, a paragraph opening with a named person, an apposition at most, and a
    colon before unquoted words ("Иван Петров, министър-председател: Няма да има избори.")."""
    doc, text, cues = ex.doc, ex.doc.art.text, ex.doc.cues
    for m in doc.mentions:
        line_start, line_end = doc.line_bounds(m.start)
        if m.start != line_start or not doc.person(m) or not ex.in_body(m.start):
            continue
        colon = text.find(":", m.end, line_end)
        label = text[m.end:colon]
        if colon < 0 or label.strip() and (not label.startswith(",") or more_words(text, m.end, colon, 8)
                                           or not any(cues.role(t.low) for t in doc.toks(m.end, colon))):
            continue
        x, y = trim(text, colon + 1, line_end)
        if not more_words(text, x, y, 3) or text[x:x + 1] in "\"“«„" or doc.quotes_in(m.end, y) \
                or verb_spans(doc, doc.toks(m.end, colon)):
            continue
        cand = Cand(m.start, m.end, m.text, "named", m.entity)
        pend.append(Pending(x, y, "direct", None, cand, doc.sentence_no(x), "direct-spoken-label", cue_text=":"))


def find_embed(ex: "Extractor", pend: list[Pending], used: set[int]) -> None:
    """Rule 0b: an embedded post, its words followed by a dash, the author with a handle and a date."""
    doc, text = ex.doc, ex.doc.art.text
    if "(@" not in text:
        return  # (no handle, no embedded post: the pattern is not worth running)

    def add(m: re.Match, a: int, b: int) -> None:
        """The post's words a..b, spoken by the author the match names (a recognised name, else a guessed one)."""
        x, y = m.span("name")
        cand = next((c for c in candidates(doc, x, y) if c.kind in ("named", "organisation") and not c.place), None)
        if cand is None or (cand.start, cand.end) != (x, y):
            cand = Cand(x, y, text[x:y], "named", None, guess=True)
        pend.append(Pending(a, b, "direct", None, cand, doc.sentence_no(a), "direct-embed", cue_text="—"))
        used.update(doc.spans_over(a, b))
        posts.append((a, m.end(), cand))

    posts: list[tuple[int, int, Cand]] = []

    for m in EMBED.finditer(text):
        a, b = trim(text, m.start("words"), m.end("words"))
        if len(text[a:b].split()) < 3 or not ex.in_body(a):
            continue
        add(m, _foreign_before(doc, a), b)
    for m in EMBED_LINE.finditer(text):
        a, b = _post_before(text, m.start(), lambda x, y: any(
            v[2] == "speech" for v in verb_spans(doc, doc.cues.tokens(text, x, y))))
        if a is None or len(text[a:b].split()) < 3 or not ex.in_body(a) or any(p.start <= a < p.end for p in pend):
            continue
        add(m, a, b)
    # a post whose author the article's own text names nowhere else was relayed to illustrate the story (an
    # aggregator's account): its author and the names in it are no one a later "he" or "Acesta a spus" points to
    def inside(x: int) -> bool:
        return any(a <= x < b for a, b, _ in posts)

    for a, b, cand in posts:
        if not any((m.entity == cand.entity if cand.entity else m.text == cand.text) and not inside(m.start)
                   for m in doc.mentions):
            doc.relayed.append((a, b))


def _foreign_before(doc, a: int) -> int:
    """Where a post whose last paragraph starts at ``a`` begins: it takes in the paragraphs before it written in its
    own language when that is not the article's (an Italian post of three paragraphs in an English page), as far as
    a post's length allows."""
    art, text = doc.art, doc.art.text
    own = _language(art, a, len(text[:text.find("\n", a) if "\n" in text[a:] else len(text)]))
    if own is None or own == art.language:
        return a
    size = len(URL.sub("", text[a:text.find("\n", a) if "\n" in text[a:] else len(text)]))
    while a > 0:
        start = text.rfind("\n", 0, a - 1) + 1
        par = text[start:a].strip()
        if not par:
            break
        size += len(URL.sub("", par))
        if size > POST_LIMIT or _language(art, start, start + len(text[start:a].rstrip())) != own:
            break
        a = start
    return a


def _language(art, a: int, b: int) -> str | None:
    """The language of the text ``a..b``, detected on its own (a post in Italian embedded in an English page, whose
    sentences the page's language claims when they share its alphabet)."""
    from ..resources import current

    return current().language_detector.detect(URL.sub("", art.text[a:b]))


def _post_before(text: str, line: int, reports) -> tuple[int | None, int]:
    """The post's words in the paragraphs before its author's line at ``line``: back as far as a post's length
    allows, never into a paragraph that quotes, introduces a quotation or reports speech (``reports``: the
    article's own, "In a post, the agency said …")."""
    a, b, size = None, None, 0
    end = line
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        par = text[start:end].strip()
        if not par:
            end = start - 1 if start > 0 else 0
            continue
        words = URL.sub("", par).strip()
        if size + len(words) > POST_LIMIT or par.endswith(":") or any(ch in par for ch in "«»“”„\"") \
                or a is not None and reports(start, end):
            break
        size += len(words)
        a = start
        b = b if b is not None else start + len(text[start:end].rstrip())
        end = start - 1 if start > 0 else 0
    if a is None:
        return None, 0
    b = a + len(URL.sub("", text[a:b]).rstrip()) if not URL.search(text[a:b]) else _without_last_link(text, a, b)
    return trim(text, a, b)


def _without_last_link(text: str, a: int, b: int) -> int:
    """Where a post's words end once a link closing it is dropped ("… onboard. pic.twitter.com/…")."""
    last = None
    for m in URL.finditer(text, a, b):
        last = m
    return last.start() if last is not None and not text[last.end():b].strip() else b


LEFTOVER_WORDS = 5  # words a quotation no cue claimed must hold to go to the nearest person: a statement, not a phrase
LEFTOVER_REACH = 8  # words after such a quotation its attribution stands within


def find_nearest(ex: "Extractor", pend: list[Pending], used: set[int], leftover: bool = False) -> None:
    """Rule 7: a quotation goes to the nearest person named in its sentence; for a language without cue words every
    quotation, else (``leftover``, ``direct-near-name``) one of five words or more that no other rule claimed,
    whose attribution is a verb or form the cue data lacks ("… sözünü kullandı").

    The sentence's words after the quotation are looked at first (where an
    attribution usually stands), then those before it, then the previous
    sentence of the same paragraph.
    """
    doc, text = ex.doc, ex.doc.art.text
    claimed = sorted((p.start, p.end) for p in pend) if leftover else []
    for k, s in enumerate(doc.spans):
        quoted = text[s.start:s.end]
        words = quoted.split()
        uncased = not any(_capitalising(ch) for ch in quoted)  # Chinese, Arabic, Hebrew, Georgian...
        if k in used or (len(words) < 3 and not (uncased and len(quoted.replace(" ", "")) >= 6)) or not (
                uncased or any(w[:1].islower() for w in words)):  # a title, not a statement
            continue
        if leftover and (len(words) < LEFTOVER_WORDS or any(a < s.end and s.start < b for a, b in claimed)):
            continue
        sent = doc.art.sentence_at(s.start)
        if sent is None:
            continue
        line_start = doc.line_bounds(s.start)[0]
        i = bisect_right(ex.body_ends, sent.start) - 1  # the body sentence before, if in this paragraph
        regions = [(s.outer_end, max(sent.end, s.outer_end)), (sent.start, s.outer_start)]
        if leftover:
            toks = doc.toks(sent.start, sent.end)
            if addressed(doc.cues, toks) or any(kind == "naming" for _, _, kind in verb_spans(doc, toks)):
                continue  # (words put to someone, "X was asked: “…”"; a phrase a naming verb holds, "called it “…”")
            # (where an attribution stands: a few words after the quotation, or the subject opening its sentence;
            # a name elsewhere is more often whom the words are about: 'Reid called Trump a “human leech …”')
            after = doc.toks(s.outer_end, max(sent.end, s.outer_end))[:LEFTOVER_REACH]
            regions = [(s.outer_end, after[-1].end if after else s.outer_end), (sent.start, s.outer_start)]
        elif i >= 0 and ex.body[i].start >= line_start:
            regions.append((ex.body[i].start, ex.body[i].end))
        for a, b in regions:
            # (without language data the entities stage may type a name MISC: a name of two capitalised words will do)
            people = [c for c in candidates(doc, a, b) if c.kind == "named" and c.person] or [
                Cand(m.start, m.end, m.text, "named", m.entity) for m in doc.mentions_in(a, b)
                if m.type == "MISC" and not doc.quoted(m.start)
                and len(m.text.split()) >= 2 and all(w[:1].isupper() for w in m.text.split())]
            if leftover and a == sent.start:
                people = [c for c in people if len(doc.toks(sent.start, c.start)) <= 1]  # (a title or article at most)
            if people:
                cand = min(people, key=lambda c: abs(c.start - s.end) if c.start >= s.end else abs(s.start - c.end))
                pend.append(Pending(s.start, s.end, "direct", None, cand, doc.sentence_no(s.start),
                                    "direct-near-name" if leftover else "direct-nearest"))
                used.add(k)
                break
        else:
            if leftover:
                continue
            frame = " … ".join(x for x in (text[sent.start:s.outer_start].strip(_FRAME),
                                           text[s.outer_end:sent.end].strip(_FRAME)) if x)
            if uncased and frame:
                # a script without capitals gives the name rules nothing to find a speaker by: the quotation
                # is still reported, its speaker the words that frame it ("وأضاف مصطفى", "小早川智明社长说")
                pend.append(Pending(s.start, s.end, "direct", None, None, doc.sentence_no(s.start),
                                    "direct-unnamed", cue_text=frame[:60]))
                used.add(k)
