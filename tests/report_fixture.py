"""Hand-built reports that exercise every part of the HTML and Markdown writers.

A fictional bridge story in English and Russian: a conflicting cost, an
agreed opening date, a disputed standard, conflicting start years, a
single-source item, the same quote in two languages, entities with name forms
in two scripts, framing with techniques, and a flagged duplicate sentence.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from storylens.model import (Article, Claim, Entity, Flag, FrameScore, Framing, Group, Mention, Quote, Sentence,
                             Speaker, Story, Technique, Value, InputError)
from storylens.pipeline import Report

EN = ("Rivertown opens its new bridge\n"
      "Mayor Anna Lind said the bridge cost $40 million. The bridge will open on March 12, 2024. "
      "“We built it for the next hundred years,” Lind said.\n"
      "Construction\n"
      "Officials said the bridge meets European safety standards. Construction began in 2021. "
      "Construction began in 2021.")
RU = ("Мэр Анна Линд заявила, что мост обошёлся в 40 миллионов долларов. Мост откроют 12 марта 2024 года.\n"
      "«Мы строили его на сто лет вперёд», — сказала Линд. Мост якобы соответствует европейским стандартам. "
      "Строительство началось в 2019 году.")
RU_OP = ("Мост стоил 55 миллионов долларов, и никто не объяснил почему. Был ли он вообще нужен Ривертауну?\n"
         "Рабочие жаловались на задержки зарплаты. Местный инженер сказал, что опоры проверяли дважды.")

HOSTILE = ("Ordinary first sentence about the bridge. <script>window.__pwned = 1; document.title = 'owned'</script> "
           "Another line <img src=x onerror=\"window.__pwned = 2\"> with an image.\n"
           "The mayor said <b onmouseover=\"window.__pwned=3\">bold</b> things & more.")


def sentences(text: str, lang: str, headings: tuple[str, ...] = ()) -> tuple[Sentence, ...]:
    """Sentences split at . ! ? » ” followed by space, one line at a time (a test stand-in for the segmenter)."""
    out, pos = [], 0
    for para, line in enumerate(text.split("\n")):
        start = pos
        for m in re.finditer(r".+?(?:[.!?][»”]?(?=\s|$)|$)", line):
            chunk = m.group(0)
            lead = len(chunk) - len(chunk.lstrip())
            s, e = start + m.start() + lead, start + m.end()
            if e > s:
                out.append(Sentence(len(out), s, e, text[s:e], lang, para, line.strip() in headings))
        pos += len(line) + 1
    return tuple(out)


def span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    return i, i + len(needle)


def article(aid: str, text: str, lang: str, **kw) -> Article:
    heads = kw.pop("headings", ())
    return Article(aid, f"{aid}.txt", text, lang, headings=heads, sentences=sentences(text, lang, heads), **kw)


def claim(cid: str, art: Article, needle: str, values=(), modality="asserted") -> Claim:
    s = next(x for x in art.sentences if needle in x.text)
    vals = tuple(Value(k, v, t, u, *span(art.text, t)) for k, v, t, u in values)
    return Claim(cid, art.id, s.text, s.start, s.end, vals, (), modality, None, s.index)


def mention(art: Article, text: str, etype: str, eid: str, nth: int = 0) -> Mention:
    s, e = span(art.text, text, nth)
    return Mention(art.id, s, e, text, etype, text, eid, "test")


def bridge_report() -> Report:
    a = article("harbor", EN, "en", title="Rivertown opens its new bridge", outlet="Harbor Daily", published="2024-03-05",
                genre="reporting", headings=("Construction",),
                flags=(Flag("duplicate_sentence", "Construction began in 2021.", *span(EN, "Construction began in 2021.", 1)),))
    b = article("vestnik", RU, "ru", outlet="Вестник", published="2024-03-06", genre="reporting")
    c = article("mnenie", RU_OP, "ru", outlet="Мнение", author="Иван Петров", genre="opinion")
    claims = [
        claim("c1", a, "$40 million", [("money", 40_000_000, "$40 million", "USD")]),
        claim("c2", b, "40 миллионов", [("money", 40_000_000, "40 миллионов долларов", "USD")]),
        claim("c3", c, "55 миллионов", [("money", 55_000_000, "55 миллионов долларов", "USD")]),
        claim("c4", a, "March 12", [("date", "2024-03-12", "March 12, 2024", None)]),
        claim("c5", b, "12 марта", [("date", "2024-03-12", "12 марта 2024 года", None)]),
        claim("c6", a, "European safety", modality="reported"),
        claim("c7", b, "европейским", modality="hedged"),
        claim("c8", a, "began in 2021", [("year", 2021, "2021", None)]),
        claim("c9", b, "2019", [("year", 2019, "2019", None)]),
        claim("c10", c, "задержки", ()),
    ]
    groups = (
        Group("g_single", "Workers complained about late wages", "single_source", ("c10",), ("mnenie",), story="s1"),
        Group("g_open", "Opening date", "agreed", ("c4", "c5"), ("harbor", "vestnik"),
              {"kind": "date", "value": "2024-03-12"}, story="s1"),
        Group("g_cost", "Cost of the bridge", "conflicting", ("c1", "c2", "c3"), ("harbor", "vestnik", "mnenie"),
              note="two sources say $40 million, one says $55 million", story="s1"),
        Group("g_std", "The bridge meets European standards", "disputed", ("c6", "c7"), ("harbor", "vestnik"), story="s1"),
        Group("g_start", "Year construction began", "conflicting", ("c8", "c9"), ("harbor", "vestnik"), story="s1"),
    )
    lind = Entity("e_lind", "PER", "Anna Lind", ("Anna Lind", "Lind", "Анна Линд", "Линд"), ("harbor", "vestnik"),
                  (mention(a, "Anna Lind", "PER", "e_lind"), mention(a, "Lind", "PER", "e_lind", 1),
                   mention(b, "Анна Линд", "PER", "e_lind"), mention(b, "Линд", "PER", "e_lind", 1)))
    town = Entity("e_town", "LOC", "Rivertown", ("Rivertown", "Ривертауну"), ("harbor", "mnenie"),
                  (mention(a, "Rivertown", "LOC", "e_town"), mention(c, "Ривертауну", "LOC", "e_town")))
    qa, qb = span(EN, "“We built it for the next hundred years,”"), span(RU, "«Мы строили его на сто лет вперёд»")
    qc = span(RU_OP, "что опоры проверяли дважды")
    quotes = (
        Quote("q1", "harbor", EN[qa[0]:qa[1]], *qa, "direct", Speaker("Lind", "e_lind"), "said", ("q2",)),
        Quote("q2", "vestnik", RU[qb[0]:qb[1]], *qb, "direct", Speaker("Линд", "e_lind"), "сказала", ("q1",)),
        Quote("q3", "mnenie", RU_OP[qc[0]:qc[1]], *qc, "indirect", Speaker("Местный инженер", None, "role"), "сказал"),
    )
    tq = span(RU_OP, "Был ли он вообще нужен Ривертауну?")
    framing = (
        Framing("harbor", "reporting", (FrameScore("Economic", 0.7, ("the bridge cost $40 million",)),
                                        FrameScore("Capacity and resources", 0.4, ())), (), ("attributed statements",)),
        Framing("mnenie", "opinion", (FrameScore("Economic", 0.8, ("Мост стоил 55 миллионов долларов",)),),
                (Technique("Rhetorical question", RU_OP[tq[0]:tq[1]], *tq),), ("first-person judgement",), ("cost",)),
    )
    return Report(articles=(a, b, c), stories=(Story("s1", "Rivertown opens its new bridge", ("harbor", "vestnik", "mnenie"),
                                                      ("en", "ru")),),
                  entities=(lind, town), quotes=quotes, claims=tuple(claims), comparison=groups, framing=framing,
                  errors=(InputError("broken.bin", "not text: binary file"),))


def hostile_report() -> Report:
    """One article whose text, title and outlet carry markup that must show as text and never run."""
    bad = '"><svg onload=window.__pwned=7>'
    a = article("evil", HOSTILE, "en", title="<script>window.__pwned=4</script>Title",
                outlet="<img src=x onerror=\"window.__pwned=5\">Outlet", author=bad, published=bad,
                flags=(Flag(bad, bad, 0, 5, bad),))
    s, e = span(HOSTILE, "<script>")
    q = span(HOSTILE, "<b onmouseover=\"window.__pwned=3\">bold</b>")
    ent = Entity("e1", "ORG", "<svg onload=window.__pwned=6>", ("<svg onload=window.__pwned=6>",), ("evil",),
                 (Mention("evil", s, e, "<script>", "ORG", "<script>", "e1"),))
    c = claim("c1", a, "onerror")
    return Report(articles=(a,), stories=(Story("s1", "<iframe src=x>story", ("evil",)),), entities=(ent,),
                  quotes=(Quote("q1", "evil", HOSTILE[q[0]:q[1]], *q, "direct", Speaker("<i>mayor</i>"), None),),
                  claims=(replace(c, values=(Value("date", bad, bad, bad, 0, 3),)),),
                  comparison=(Group("g1", "<script>alert(1)</script>", "single_source", ("c1",), ("evil",),
                                    value={"value": bad, "unit": bad}, note="<img src=x onerror=alert(1)>", story="s1"),),
                  framing=(Framing("evil", bad, (FrameScore(bad, 0.5, (bad,)),), (Technique(bad, bad, 0, 4),), (bad,), (bad,)),),
                  errors=(InputError(bad, bad),))


SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


@lru_cache(maxsize=1)
def analyzed_seeds() -> Report:
    """The real pipeline over the seed articles, run once per test session (reports are immutable)."""
    import storylens

    assert SEEDS.is_dir(), f"tests need ../shared beside the repository ({SEEDS})"
    return storylens.analyze([SEEDS])
