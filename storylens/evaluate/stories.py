"""The stories set: each real development story analysed as one run, its report measured against the story's gold.

A report is read in its JSON form. Gold articles are file stems; a predicted article is matched by its id or
by the stem of its source. Text is compared leniently (``textmatch``); names also tolerate a changed ending
("Терезы Риберы" = "Тереза Рибера"). Every measure is described in ``docs/eval.md``.
"""
from __future__ import annotations

from .measures import Score, Section, rate
from .storymatch import View

DISPUTE_SHARE = 0.8  # a dispute row must hold this share of the articles asserting or denying it
MAX_ROWS = 30  # rows above single-source an analyst can read for a story of about 20 articles


def score_values(v: View, gold: dict, sec: Section) -> None:
    in_one = right = held = total = 0
    for fact in gold["values"]:
        mentions = fact["mentions"]
        total += len(mentions)
        best, best_n = None, 0
        for g in v.groups:
            n = sum(v.holds(g, fact, m) for m in mentions)
            if n > best_n or (n == best_n and n and g.get("status") == fact["status"] and best.get("status") != fact["status"]):
                best, best_n = g, n
        held += best_n
        whole = best_n == len(mentions)
        in_one += whole
        ok = whole and best.get("status") == fact["status"]
        right += ok
        if not ok:
            where = f"best row {best['id']} ({best.get('status')}) holds {best_n}/{len(mentions)}" if best else "in no row"
            sec.notes.append(f"value {fact['id']} ({fact['status']}): {where}")
    n = len(gold["values"])
    mixed = _rows_mixing(v, gold, sec)
    sec.add(rate("values.in_one_row", in_one, n, "gold values with every mention in one row"))
    sec.add(rate("values.status", right, n, "... and that row has the gold status"))
    sec.add(rate("values.mentions", held, total, "mentions in their value's best row"))
    sec.add(Score("values.one_per_row", mixed[0], mixed[1], note="rows holding a gold value that hold no second one"))


def _rows_mixing(v: View, gold: dict, sec: Section) -> tuple[int, int]:
    """(rows holding exactly one gold value, rows holding any); the rows that mix values go to the notes."""
    single = holding = 0
    for g in v.groups:
        held = [f["id"] for f in gold["values"] if any(v.holds(g, f, m) for m in f["mentions"])]
        holding += bool(held)
        single += len(held) == 1
        if len(held) > 1:
            sec.notes.append(f"row {g['id']} ({_topic(v, g['id'])}) mixes " + " + ".join(held))
    return single, holding


def _counter(dispute: dict) -> list[dict]:
    """The evidence against the proposition: its denials, or when it has none, what qualifies it."""
    return dispute["denying"] or dispute.get("hedging", [])


def _holds_dispute(v: View, group: dict, dispute: dict) -> set[str]:
    """The asserting and denying articles whose evidence the row holds."""
    return {e["article"] for e in dispute["asserting"] + _counter(dispute) if v.says(group, e["article"], e["text"])}


def score_conflicts(v: View, gold: dict, sec: Section) -> None:
    facts = {f["id"]: f for f in gold["values"]}
    conflicting = [g for g in v.groups if g.get("status") == "conflicting"]
    good: set[str] = set()
    caught = 0
    for c in gold["conflicts"]:
        fact = facts[c["value"]]
        side = {a: i for i, s in enumerate(c["sides"]) for a in s["articles"]}
        rows = [g for g in conflicting if len({side[m["article"]] for m in fact["mentions"] if v.holds(g, fact, m)}) >= 2]
        good.update(g["id"] for g in rows)
        caught += bool(rows)
        if not rows:
            sec.notes.append(f"conflict {c['id']} not caught")
    for g in conflicting:  # a conflicting row showing a gold dispute is not false
        if g["id"] not in good and any(_disputed(v, g, d) for d in gold["disputes"]):
            good.add(g["id"])
    false = [g["id"] for g in conflicting if g["id"] not in good]
    if false:
        sec.notes.append("false conflicting rows: " + ", ".join(f"{i} ({_topic(v, i)})" for i in false))
    sec.add(Score("conflicts.caught", len(conflicting) - len(false), len(conflicting), caught, len(gold["conflicts"]),
                  note="P: conflicting rows that are a gold conflict; R: gold conflicts caught"))


def _disputed(v: View, group: dict, dispute: dict) -> bool:
    held = _holds_dispute(v, group, dispute)
    return bool(held & {e["article"] for e in dispute["asserting"]}) and bool(held & {e["article"] for e in _counter(dispute)})


def _topic(v: View, gid: str) -> str:
    return next((str(g.get("topic", ""))[:40] for g in v.groups if g["id"] == gid), "")


def score_disputes(v: View, gold: dict, sec: Section) -> None:
    disputed = [g for g in v.groups if g.get("status") == "disputed"]
    held_any = {g["id"] for g in disputed if any(_disputed(v, g, d) for d in gold["disputes"])}
    ok = 0
    for d in gold["disputes"]:
        wanted = {e["article"] for e in d["asserting"] + _counter(d)}
        denying = {e["article"] for e in _counter(d)}
        best = max((_holds_dispute(v, g, d) for g in disputed), key=len, default=set())
        passed = len(best) / len(wanted) >= DISPUTE_SHARE and bool(best & denying)
        ok += passed
        if not passed:
            sec.notes.append(f"dispute {d['id']}: best disputed row holds {len(best)}/{len(wanted)} articles"
                             + ("" if best & denying else ", no denial"))
    sec.add(Score("disputes.held", len(held_any), len(disputed), ok, len(gold["disputes"]),
                  note=f"P: disputed rows holding a gold dispute; R: disputes in one row with >= {DISPUTE_SHARE:.0%} of their articles"))


def score_traps(v: View, gold: dict, sec: Section) -> None:
    facts = {f["id"]: f for f in gold["values"]}
    fallen, total = [], 0
    for t in (t for t in gold["traps"] if t["kind"] == "value"):
        fact = facts.get(t["target"])
        if fact is None:
            continue
        rows = [g for g in v.groups if any(v.holds(g, fact, m) for m in fact["mentions"])]
        for n in t["not"]:
            total += 1
            trap = {"kind": fact["kind"], "unit": fact.get("unit"), "value": n.get("value")}
            if any(v.holds(g, trap, n) if n.get("value") is not None else v.says(g, n["article"], n["text"]) for g in rows):
                fallen.append(f"{t['id']} ({n['article']})")
    if fallen:
        sec.notes.append("value traps fallen into: " + ", ".join(fallen))
    sec.add(rate("traps.values_avoided", total - len(fallen), total, "claims kept out of a value's row they do not belong to"))


def score_rows(v: View, sec: Section) -> int:
    # rows the matrix shows open: a ranked report folds the rows past the first MAX_ROWS (they stay in the JSON)
    rows = sum(1 for g in v.groups if g.get("status") != "single_source" and (g.get("rank") or 0) <= MAX_ROWS)
    sec.add(rate("rows.at_most_30", int(rows <= MAX_ROWS), 1, f"{rows} rows above single-source"))
    sec.extra["rows_above_single_source"] = rows
    return rows


def score_story(report: dict, gold: dict) -> Section:
    """Every measure of one story's report against its gold (already fitted to the articles analysed)."""
    from .storypeople import score_entities, score_quotes

    sec = Section(f"story {gold['id']}")
    v = View(report, gold)
    score_values(v, gold, sec)
    score_conflicts(v, gold, sec)
    score_disputes(v, gold, sec)
    score_traps(v, gold, sec)
    score_rows(v, sec)
    names = score_entities(v, gold, sec)
    score_quotes(v, gold, names, sec)
    return sec


def merge(title: str, parts: list[Section]) -> Section:
    """One section whose every measure sums the counts of the same measure over the parts."""
    out = Section(title)
    for part in parts:
        for s in part.scores:
            try:
                old = out.get(s.name)
            except KeyError:
                out.add(s)
                continue
            out.scores[out.scores.index(old)] = Score(
                s.name, _add(old.p_hits, s.p_hits), _add(old.predicted, s.predicted),
                _add(old.r_hits, s.r_hits), _add(old.gold, s.gold), note="" if "rows above" in s.note else s.note)
    return out


def _add(a, b):
    return None if a is None and b is None else (a or 0) + (b or 0)


def evaluate(golds: list[dict], texts_dir, analyse) -> Section:
    """Analyse each story's texts on disk as one run and measure it; missing texts are named, the rest scored."""
    from . import storygold

    parts, notes, per_story = [], [], {}
    for gold in golds:
        found = storygold.locate(gold, texts_dir)
        if not found.present:  # a story not fetched here: named once; `--check` lists its URLs
            notes.append(f"{gold['id']}: missing all {len(gold['articles'])} texts (see --check for their URLs)")
            continue
        for art in found.missing:
            notes.append(f"{gold['id']}: missing {art['file']} ({art['url']})")
        fitted = storygold.restrict(gold, {p.stem for p in found.present})
        report = analyse(storygold.documents(gold, found.present))
        sec = score_story(report, fitted)
        parts.append(sec)
        per_story[gold["id"]] = {"articles": len(found.present), "of": len(gold["articles"]),
                                 "rows_above_single_source": sec.extra["rows_above_single_source"],
                                 "scores": [s.to_dict() for s in sec.scores]}
        notes.append(f"{gold['id']} ({len(found.present)}/{len(gold['articles'])} articles): " + summary(sec))
        notes.extend(f"  {n}" for n in sec.notes)
    out = merge("stories: real development stories against eval/stories/*.json", parts)
    out.notes = notes
    out.extra["stories"] = per_story
    if not parts:
        out.notes.append("no story texts found: see `storylens eval --sets stories --check`")
    return out


def summary(sec: Section) -> str:
    """One line of a story's headline counts."""
    def frac(name: str) -> str:
        s = sec.get(name)
        return f"{s.r_hits}/{s.gold}"
    conflicts = sec.get("conflicts.caught")
    return (f"values {frac('values.status')} right, conflicts {frac('conflicts.caught')} caught "
            f"({conflicts.predicted - conflicts.p_hits} false), disputes {frac('disputes.held')}, "
            f"{sec.extra['rows_above_single_source']} rows above single-source, quotes {frac('quotes.speaker')} "
            f"with speaker, {frac('quotes.linked')} linked, entities {frac('entities.in_one')} in one")
