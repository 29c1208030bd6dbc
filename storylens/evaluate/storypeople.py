"""The stories set's measures of who is involved and who said what: entities and quotes against a story's gold."""
from __future__ import annotations

from itertools import combinations

from ..disjoint import DisjointSets
from .measures import Score, Section, rate
from .storymatch import View, same_name
from .textmatch import norm


class Names:
    """Which predicted entities hold which gold entity in which article (a mention naming it there)."""

    def __init__(self, v: View, gold: dict):
        self.v = v
        self.gold = {e["id"]: e for e in gold["entities"]}
        self.holders: dict[tuple[str, str], set[int]] = {}  # (gold id, article) -> predicted entity indexes
        for i, ent in enumerate(v.entities):
            for m in ent.get("mentions", []):
                art = v.article(m)
                for gid, g in self.gold.items():
                    if art in g["mentions"] and any(same_name(m.get("text"), n) for n in g["mentions"][art]):
                        self.holders.setdefault((gid, art), set()).add(i)

    def held_by(self, i: int) -> set[str]:
        return {gid for (gid, _), idx in self.holders.items() if i in idx}

    def names_of(self, gid: str) -> list[str]:
        g = self.gold[gid]
        return [g["name"], *(n for names in g["mentions"].values() for n in names)]


def score_entities(v: View, gold: dict, sec: Section) -> Names:
    names = Names(v, gold)
    found = pairs = best_sum = linked = multi = 0
    for gid, g in names.gold.items():
        arts = list(g["mentions"])
        pairs += len(arts)
        found += sum(1 for a in arts if names.holders.get((gid, a)))
        if len(arts) < 2:
            continue
        multi += 1
        counts: dict[int, int] = {}
        for a in arts:
            for i in names.holders.get((gid, a), ()):
                counts[i] = counts.get(i, 0) + 1
        best = max(counts.values(), default=0)
        best_sum += best
        linked += best == len(arts)
        if best < len(arts):
            sec.notes.append(f"entity {gid}: one entity holds {best}/{len(arts)} of its articles")
    multi_arts = sum(len(g["mentions"]) for g in names.gold.values() if len(g["mentions"]) >= 2)
    sec.add(rate("entities.found", found, pairs, "(gold entity, article) pairs some entity holds"))
    sec.add(rate("entities.in_one", best_sum, multi_arts, "articles of each gold entity held by its best single entity"))
    sec.add(rate("entities.linked", linked, multi, "gold entities named in 2+ articles held whole by one entity"))
    _over_merged(names, gold, sec)
    _real_names(v, gold, sec)
    return names


def _over_merged(names: Names, gold: dict, sec: Section) -> None:
    traps = [t for t in gold["traps"] if t["kind"] == "entity"]
    holding = bad = 0
    for i, ent in enumerate(names.v.entities):
        held = names.held_by(i)
        trapped = [t["id"] for t in traps if t["target"] in held and any(
            names.v.article(m) == n["article"] and same_name(m.get("text"), n["text"]) for m in ent.get("mentions", []) for n in t["not"])]
        if not held and not trapped:
            continue
        holding += 1
        if len(held) > 1 or trapped:
            bad += 1
            sec.notes.append(f"over-merged entity {ent.get('name')!r}: " + " + ".join(sorted(held) + trapped))
    sec.add(Score("entities.not_over_merged", holding - bad, holding,
                  note="entities holding a gold entity that hold no second one and no trap"))


def _real_names(v: View, gold: dict, sec: Section) -> None:
    """In the articles whose every name the gold lists: reported mentions that are names, names reported."""
    reported: dict[str, set[str]] = {a: set() for a in gold["names"]}
    for ent in v.entities:
        for m in ent.get("mentions", []):
            art = v.article(m)
            if art in reported and norm(m.get("text")):
                reported[art].add(m["text"])
    real = total = hit = listed = 0
    junk = []
    for art, names in gold["names"].items():
        for text in sorted(reported[art]):
            total += 1
            if any(same_name(text, n) for n in names):
                real += 1
            else:
                junk.append(text)
        wanted = {norm(n): n for n in names}
        listed += len(wanted)
        hit += sum(1 for n in wanted.values() if any(same_name(t, n) for t in reported[art]))
    if junk:
        sec.notes.append("reported as names, not names: " + ", ".join(sorted(set(junk))[:20]))
    sec.add(Score("entities.real_names", real, total, hit, listed,
                  note="listed articles: P reported mentions that are names; R names reported"))


def score_quotes(v: View, gold: dict, names: Names, sec: Section) -> None:
    versions = found = right = 0
    candidates: dict[tuple[str, int], list[dict]] = {}
    for q in gold["quotes"]:
        for k, e in enumerate(q["versions"]):
            versions += 1
            hits = [p for p in v.quotes if v.article(p) == e["article"] and norm(e["text"]) in norm(p.get("text"))]
            candidates[(q["id"], k)] = hits
            found += bool(hits)
            if any(_right_speaker(p, q, names, e.get("speaker")) for p in hits):
                right += 1
            elif hits:
                sec.notes.append(f"quote {q['id']} in {e['article']}: speaker {hits[0].get('speaker', {}).get('text')!r}")
            else:
                sec.notes.append(f"quote {q['id']} not found in {e['article']}")
    sec.add(rate("quotes.found", found, versions, "gold quote versions found"))
    sec.add(rate("quotes.speaker", right, versions, "... with the right speaker"))
    _links(v, gold, candidates, sec)


def _right_speaker(p: dict, q: dict, names: Names, named_here: str | None = None) -> bool:
    """The speaker is the gold one: by entity or name, or (unnamed in this article) by the words naming them."""
    speaker = p.get("speaker") or {}
    text = norm(speaker.get("text"))
    if q["entity"] is None or named_here:
        wanted = set(norm(named_here or q["speaker"]).split()) - {"a", "an", "the", "of", "for"}
        if len(wanted & set(text.split())) >= min(2, len(wanted)):
            return True
        if q["entity"] is None:
            return False
    gold_names = names.names_of(q["entity"]) + [q["speaker"]]
    if speaker.get("entity"):
        ent = next((e for e in names.v.entities if e.get("id") == speaker["entity"]), None)
        if ent and any(same_name(m.get("text"), n) for m in ent.get("mentions", []) for n in gold_names):
            return True
    words = text.split()
    for n in map(norm, gold_names):
        if same_name(text, n) or (len(n) > 4 and f" {n} " in f" {text} "):
            return True
        parts = n.split()  # a surname alone ("said Ribera", "Рибера заявила")
        if len(parts) >= 2 and any(same_name(w, parts[-1]) for w in words):
            return True
    return False


def _links(v: View, gold: dict, candidates: dict[tuple[str, int], list[dict]], sec: Section) -> None:
    component = _components(v.quotes)
    statements = [q for q in gold["quotes"] if len(q["versions"]) >= 2]
    linked = pair_hits = pairs_all = 0
    for q in statements:
        per_version = [{component[p["id"]] for p in candidates[(q["id"], k)]} for k in range(len(q["versions"]))]
        if set.intersection(*per_version):
            linked += 1
        else:
            sec.notes.append(f"quote {q['id']}: its {len(q['versions'])} versions are not linked in one component")
        for a, b in combinations(range(len(per_version)), 2):
            if q["versions"][a]["article"] != q["versions"][b]["article"]:
                pairs_all += 1
                pair_hits += bool(per_version[a] & per_version[b])
    sec.add(rate("quotes.linked", linked, len(statements), "statements whose versions are one same_as component"))
    sec.add(rate("quotes.linked_pairs", pair_hits, pairs_all, "pairs of versions of one statement in one component"))
    comps = {q["id"]: {component[p["id"]] for k in range(len(q["versions"])) for p in candidates[(q["id"], k)]}
             for q in gold["quotes"]}
    speakers = {q["id"]: q["entity"] or norm(q["speaker"]) for q in gold["quotes"]}
    wrong = [f"{a}+{b}" for a, b in combinations(comps, 2) if speakers[a] != speakers[b] and comps[a] & comps[b]]
    if wrong:
        sec.notes.append("statements of different speakers linked: " + ", ".join(wrong))
    pairs = sum(1 for a, b in combinations(comps, 2) if speakers[a] != speakers[b] and comps[a] and comps[b])
    sec.add(Score("quotes.not_over_linked", pairs - len(wrong), pairs,
                  note="pairs of found statements by different speakers kept in different components"))
    _same_speaker_apart(gold, candidates, component, speakers, sec)


def _same_speaker_apart(gold: dict, candidates: dict[tuple[str, int], list[dict]], component: dict[str, int],
                        speakers: dict[str, str], sec: Section) -> None:
    """Pairs of one speaker's different statements kept apart, unless one quote holds both and bridges them."""
    held: dict[str, dict[int, set[str]]] = {}  # statement -> component -> ids of the quotes holding it there
    for (qid, _), hits in candidates.items():
        for p in hits:
            held.setdefault(qid, {}).setdefault(component[p["id"]], set()).add(p["id"])
    pairs, wrong = 0, []
    for a, b in combinations([q["id"] for q in gold["quotes"] if q["id"] in held], 2):
        if speakers[a] != speakers[b]:
            continue
        pairs += 1
        for c in held[a].keys() & held[b].keys():
            if not held[a][c] & held[b][c]:  # no quote of the component holds both: two statements joined
                wrong.append(f"{a}+{b}")
                break
    if wrong:
        sec.notes.append("different statements of one speaker linked: " + ", ".join(wrong))
    sec.add(Score("quotes.statements_apart", pairs - len(wrong), pairs,
                  note="pairs of one speaker's found statements kept in different components"))


def _components(quotes: list[dict]) -> dict[str, int]:
    """Each predicted quote id -> its component under same_as (links read in either direction)."""
    index = {q["id"]: i for i, q in enumerate(quotes)}
    sets = DisjointSets(len(quotes))
    for q in quotes:
        for other in q.get("same_as") or []:
            if other in index:
                sets.union(index[q["id"]], index[other])
    return {qid: sets.find(i) for qid, i in index.items()}
