"""The seed measures: a report (JSON form) against ``shared/gold/seeds.json``.

The measures are those of ``shared/eval/score.py`` (tests check the numbers
agree), computed from the report's JSON form so that a saved report and a
fresh analysis are scored alike. Gold article keys are file stems; a gold
item names an article by a prefix of its stem ("000").
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .measures import Score, Section, rate
from .textmatch import contains, norm

PARTS = ("articles", "entities", "links", "quotes", "facts", "framing")


@dataclass
class Matched:
    """The report seen through the gold: which predicted article is which gold stem."""

    report: dict
    gold: dict
    stem_of: dict[str, str] = field(default_factory=dict)  # predicted article id -> gold stem

    def __post_init__(self) -> None:
        for art in self.report.get("articles", []):
            for stem in self.gold["articles"]:
                if stem in str(art.get("id", "")) or stem in str(art.get("source", "")):
                    self.stem_of[art["id"]] = stem  # the last gold stem that fits wins, as in score.py

    def stem(self, short: str) -> str:
        return next(s for s in self.gold["articles"] if s.startswith(short))

    def article(self, stem: str) -> dict | None:
        found = None
        for art in self.report.get("articles", []):
            if self.stem_of.get(art["id"]) == stem:
                found = art
        return found

    def claim(self, claim_id: str) -> dict | None:
        return next((c for c in reversed(self.report.get("claims", [])) if c.get("id") == claim_id), None)


def _names(entity: dict) -> set[str]:
    """Every normalised form a predicted entity goes by: its name, its names, its mention texts."""
    raw = [entity.get("name"), *entity.get("names", []), *(m.get("text") for m in entity.get("mentions", []))]
    return {n for n in map(norm, raw) if n}


def _gold_names(g: dict) -> set[str]:
    return {norm(n) for names in g["names"].values() for n in names}


def _frac(a: int, b: int) -> float:
    return a / b if b else 0.0


def score_articles(m: Matched, sec: Section) -> float:
    ok = total = 0
    for stem, g in m.gold["articles"].items():
        art = m.article(stem)
        lists = ("boilerplate", "headings", "duplicate_sentences", "mixed_language_tokens")
        if art is None:
            total += 2 + sum(1 for k in ("genre", "title", "author") if g.get(k)) + sum(len(g.get(k, [])) for k in lists)
            sec.notes.append(f"{stem}: not in report")
            continue
        checks: list[tuple[bool, str]] = [
            (art.get("language") == g["language"], f"language {art.get('language')} != {g['language']}"),
            ((art.get("published") or None) == g.get("published"), f"published {art.get('published')} != {g.get('published')}"),
        ]
        if g.get("genre"):
            checks.append((art.get("genre") == g["genre"], f"genre {art.get('genre')} != {g['genre']}"))
        if g.get("title"):
            checks.append((norm(art.get("title")) == norm(g["title"]), f"title {art.get('title')!r}"))
        if g.get("author"):
            checks.append((norm(g["author"]) in norm(art.get("author")), f"author {art.get('author')!r}"))
        checks += [(not contains(art.get("text"), b), f"boilerplate kept: {b!r}") for b in g.get("boilerplate", [])]
        headings = {norm(h) for h in art.get("headings", [])}
        checks += [(norm(h) in headings, f"heading missed: {h!r}") for h in g.get("headings", [])]
        flags = art.get("flags", [])
        for pair in g.get("duplicate_sentences", []):
            hit = any(f.get("kind") == "duplicate_sentence" and any(contains(f.get("text"), p) for p in pair) for f in flags)
            checks.append((hit, "duplicate sentence not flagged"))
        for tok in g.get("mixed_language_tokens", []):
            hit = any(f.get("kind") == "mixed_language" and contains(f.get("text"), tok) for f in flags)
            checks.append((hit, f"mixed-language token not flagged: {tok}"))
        total += len(checks)
        ok += sum(1 for passed, _ in checks if passed)
        sec.notes += [f"{stem[:3]}: {why}" for passed, why in checks if not passed]
    sec.add(rate("articles.checks", ok, total))
    return _frac(ok, total)


def score_entities(m: Matched, sec: Section) -> tuple[float, float, dict[str, list[int]]]:
    preds = m.report.get("entities", [])
    forms = [_names(e) for e in preds]
    gold = m.gold["entities"]
    hits = {g["id"]: [i for i, f in enumerate(forms) if f & _gold_names(g)] for g in gold}
    matched_preds: dict[int, set[str]] = {}
    for gid, idx in hits.items():
        for i in idx:
            matched_preds.setdefault(i, set()).add(gid)
    required = [g for g in gold if g["required"]]
    req_found = [g for g in required if hits[g["id"]]]
    all_found = [g for g in gold if hits[g["id"]]]
    named = [i for i, e in enumerate(preds) if e.get("type") in ("PER", "ORG", "LOC")]
    named_ok = sum(1 for i in named if i in matched_preds)
    sec.add(Score("entities.names", named_ok, len(named), len(all_found), len(gold),
                  note="P: PER/ORG/LOC entities with a gold name; R: gold entities found"))
    sec.add(rate("entities.required", len(req_found), len(required)))
    # linking: one predicted entity carries a gold name from each article that names the gold entity
    multi = [g for g in gold if len(g["names"]) >= 2]
    linked = {g["id"] for g in multi if any(
        all(forms[i] & {norm(n) for n in names} for names in g["names"].values()) for i in hits[g["id"]])}
    languages = {short: m.gold["articles"][m.stem(short)].get("language") for g in multi for short in g["names"]}
    cross = [g for g in multi if len({languages[s] for s in g["names"]}) >= 2]
    sec.add(rate("entities.linked", len(linked), len(multi)))
    sec.add(rate("entities.linked_across_languages", sum(1 for g in cross if g["id"] in linked), len(cross)))
    typed = [g for g in req_found if g["type"] != "MISC"]
    type_ok = sum(1 for g in typed if any(preds[i].get("type") == g["type"] for i in hits[g["id"]]))
    sec.add(rate("entities.type_agreement", type_ok, len(typed)))
    over = [gs for gs in matched_preds.values() if len(gs) > 1]
    sec.add(Score("entities.over_merged", note=str(len(over))))
    sec.extra["over_merged"] = len(over)
    if missed := [g["id"] for g in required if not hits[g["id"]]]:
        sec.notes.append("entities missed: " + ", ".join(missed))
    if unlinked := [g["id"] for g in multi if g["id"] not in linked]:
        sec.notes.append("entities not linked: " + ", ".join(unlinked))
    if over:
        sec.notes.append("over-merged: " + "; ".join(sorted("+".join(sorted(gs)) for gs in over)))
    return _frac(len(req_found), len(required)), _frac(len(linked), len(multi)), hits


def _right_speaker(q: dict, gq: dict, m: Matched, hits: dict[str, list[int]]) -> bool:
    speaker = q.get("speaker") or {}
    said_by = gq["speaker"]
    if said_by.startswith("unnamed:"):
        wanted = set(norm(said_by.split(":", 1)[1]).split()) - {"a", "the"}
        return len(wanted & set(norm(speaker.get("text")).split())) >= min(2, len(wanted))
    if speaker.get("entity"):
        preds = m.report.get("entities", [])
        if any(preds[i].get("id") == speaker["entity"] for i in hits.get(said_by, [])):
            return True
    names = _gold_names(next(g for g in m.gold["entities"] if g["id"] == said_by))
    text = norm(speaker.get("text"))
    return text in names or any(len(n) > 4 and n in text for n in names)


def score_quotes(m: Matched, sec: Section, hits: dict[str, list[int]]) -> float:
    quotes = m.report.get("quotes", [])
    found: set[str] = set()
    right: set[str] = set()
    credited: set[int] = set()  # predicted quotes that matched a gold quote
    for gq in m.gold["quotes"]:
        stem = m.stem(gq["article"])
        for i, q in enumerate(quotes):
            if m.stem_of.get(q.get("article")) != stem or not contains(q.get("text"), gq["contains"]):
                continue
            found.add(gq["id"])
            credited.add(i)
            if _right_speaker(q, gq, m, hits):
                right.add(gq["id"])
                break  # the first quote with the right speaker settles this gold quote
    gold = m.gold["quotes"]
    required = [g for g in gold if g["required"]]
    sec.add(Score("quotes.found", len(credited), len(quotes), len(found), len(gold),
                  note="P: predicted quotes matching a gold quote; R: gold quotes found"))
    sec.add(rate("quotes.required", sum(1 for g in required if g["id"] in found), len(required)))
    sec.add(rate("quotes.required_speaker", sum(1 for g in required if g["id"] in right), len(required)))
    sec.add(rate("quotes.speaker", len(right), len(gold)))
    if bad := [g["id"] for g in required if g["id"] not in right]:
        sec.notes.append("quotes required, not found or misattributed: " + ", ".join(bad))
    links = m.gold.get("quote_links", [])
    sec.add(rate("quotes.linked", sum(_link_found(m, quotes, ln) for ln in links), len(links)))
    return _frac(sum(1 for g in required if g["id"] in right), len(required))


def _link_found(m: Matched, quotes: list[dict], link: dict) -> bool:
    by_id = {q["id"]: q for q in quotes}

    def fits(q: dict | None, side: dict) -> bool:
        if q is None or m.stem_of.get(q.get("article")) != m.stem(side["article"]):
            return False
        return contains(q.get("text"), side["contains"]) or contains((q.get("speaker") or {}).get("text"), side["contains"])

    return any(fits(q, link["a"]) and any(fits(by_id.get(o), link["b"]) for o in q.get("same_as") or []) for q in quotes)


def _covers(m: Matched, group: dict, fact: dict) -> bool:
    """Whether a group holds, for every article of the fact, a claim from it containing the evidence."""
    texts: dict[str | None, list[str]] = {}
    for cid in group.get("claims", []):
        claim = m.claim(cid)
        if claim:
            texts.setdefault(m.stem_of.get(claim.get("article")), []).append(claim.get("text", ""))
    return all(any(contains(t, fact["evidence"][short]) for t in texts.get(m.stem(short), [])) for short in fact["articles"])


def score_facts(m: Matched, sec: Section) -> float:
    groups = m.report.get("comparison", [])
    found: dict[str, dict] = {}
    right: set[str] = set()
    for fact in m.gold["facts"]:
        accepted = {fact["status"]} | ({"conflicting"} if fact["status"] == "disputed" else set())
        for g in groups:
            if _covers(m, g, fact):
                found[fact["id"]] = g
                if g.get("status") in accepted:
                    right.add(fact["id"])
                    break
    facts = m.gold["facts"]
    required = [f for f in facts if f["required"]]
    used = {id(g) for g in found.values()}
    sec.add(Score("facts.groups", len(used), len(groups), len(found), len(facts),
                  note="P: groups covering a gold fact; R: gold facts covered"))
    sec.add(rate("facts.required", sum(1 for f in required if f["id"] in found), len(required)))
    sec.add(rate("facts.required_status", sum(1 for f in required if f["id"] in right), len(required)))
    if bad := [f["id"] for f in required if f["id"] not in right]:
        sec.notes.append("facts required, missing or wrong status: " + ", ".join(bad))
    traps = 0
    for trap in m.gold.get("traps", []):
        group = found.get(trap["not_in_fact"])
        for cid in (group or {}).get("claims", []):
            claim = m.claim(cid)
            if claim and m.stem_of.get(claim.get("article")) == m.stem(trap["article"]) and contains(claim.get("text"), trap["contains"]):
                traps += 1
                sec.notes.append(f"trap fell in: {trap['id']}")
    sec.add(Score("facts.traps", note=str(traps)))
    sec.extra["traps"] = traps
    return max(0.0, _frac(len([f for f in required if f["id"] in right]), len(required)) - 0.1 * traps)


def score_framing(m: Matched, sec: Section) -> float:
    by_stem = {m.stem_of.get(f.get("article")): f for f in m.report.get("framing", [])}
    ok = total = 0
    for stem, g in m.gold.get("framing", {}).items():
        f = by_stem.get(stem) or {}
        top = sorted(f.get("frames", []), key=lambda x: -float(x.get("score", 0)))[:3]
        if "frames_any" in g:
            total += 1
            ok += any(norm(x.get("frame")) in {norm(y) for y in g["frames_any"]} for x in top)
        if "techniques_any" in g:
            total += 1
            ok += any(norm(t.get("technique")) in {norm(y) for y in g["techniques_any"]} for t in f.get("techniques", []))
    sec.add(rate("framing.checks", ok, total))
    return _frac(ok, total)


def score_seeds(report: dict, gold: dict) -> Section:
    """Every seed measure; ``extra['parts']`` and ``extra['score']`` are score.py's headline parts and score."""
    sec = Section("seeds: report against shared/gold/seeds.json")
    m = Matched(report, gold)
    parts = {"articles": score_articles(m, sec)}
    parts["entities"], parts["links"], hits = score_entities(m, sec)
    parts["quotes"] = score_quotes(m, sec, hits)
    parts["facts"] = score_facts(m, sec)
    parts["framing"] = score_framing(m, sec)
    sec.extra["parts"] = {k: round(v, 4) for k, v in parts.items()}
    sec.extra["score"] = round(100 * sum(parts.values()) / len(parts), 2)
    sec.add(rate("score", round(sec.extra["score"]), 100,
                 note=", ".join(f"{k} {v:.2f}" for k, v in parts.items())))
    return sec
