"""The seed measures: known answers on a tiny hand-built gold, and the same numbers as shared/eval/score.py."""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from storylens.evaluate.seeds import score_seeds
from storylens.evaluate.textmatch import contains, norm

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "eval" / "score.py"
GOLD = SHARED / "gold" / "seeds.json"


def test_norm_folds_case_punctuation_dashes_and_yo():
    assert norm("The  Kassym–Jomart  TOKAYEV!") == "kassym jomart tokayev"
    assert norm("Журавлёв, «Газета»") == "журавлев газета"
    assert norm("the") == "the"  # a lone 'the' is kept
    assert contains("He met Kassym-Jomart Tokayev today", "kassym jomart tokayev")
    assert not contains("anything", "")


TINY_GOLD = {
    "articles": {"000_a": {"language": "en", "published": None, "headings": ["Intro"], "boilerplate": ["example.com"]},
                 "001_b": {"language": "ru", "published": "2025-01-02", "title": "Заголовок"}},
    "entities": [
        {"id": "ivan", "type": "PER", "required": True, "names": {"000": ["Ivan Petrov"], "001": ["Иван Петров"]}},
        {"id": "acme", "type": "ORG", "required": True, "names": {"000": ["Acme"]}},
        {"id": "oslo", "type": "LOC", "required": False, "names": {"001": ["Осло"]}},
    ],
    "quotes": [
        {"id": "q1", "article": "000", "speaker": "ivan", "kind": "direct", "required": True, "contains": "we will build"},
        {"id": "q2", "article": "001", "speaker": "unnamed:a senior official", "kind": "indirect", "required": False,
         "contains": "сроки сдвинутся"},
    ],
    "quote_links": [{"id": "l1", "a": {"article": "000", "contains": "we will build"}, "b": {"article": "001", "contains": "построим"}}],
    "facts": [
        {"id": "f1", "required": True, "status": "agreed", "articles": ["000", "001"], "evidence": {"000": "two plants", "001": "два завода"}},
        {"id": "f2", "required": True, "status": "disputed", "articles": ["000"], "evidence": {"000": "in 2027"}},
    ],
    "traps": [{"id": "t1", "article": "000", "contains": "two leaders", "not_in_fact": "f1"}],
    "framing": {"000_a": {"frames_any": ["Economic"], "techniques_any": ["Loaded language"]}},
}

TINY_REPORT = {
    "articles": [
        {"id": "a", "source": "x/000_a.txt", "language": "en", "published": None, "text": "Body example.com", "headings": ["Intro"], "flags": []},
        {"id": "b", "source": "x/001_b.txt", "language": "en", "published": "2025-01-02", "title": "заголовок", "text": "", "headings": [], "flags": []},
    ],
    "entities": [
        {"id": "e1", "type": "PER", "name": "Ivan Petrov", "names": ["Иван Петров"], "mentions": []},  # found, linked
        {"id": "e2", "type": "PER", "name": "Acme", "names": [], "mentions": []},  # found, wrong type
        {"id": "e3", "type": "LOC", "name": "Paris", "names": [], "mentions": []},  # spurious
    ],
    "quotes": [
        {"id": "qa", "article": "a", "text": "“We will build it,” he said", "speaker": {"text": "Petrov", "entity": "e1"}, "same_as": ["qb"]},
        {"id": "qb", "article": "b", "text": "«Мы построим»", "speaker": {"text": "Петров"}, "same_as": ["qa"]},
        {"id": "qc", "article": "b", "text": "сроки сдвинутся", "speaker": {"text": "официальный"}, "same_as": []},
    ],
    "claims": [
        {"id": "c1", "article": "a", "text": "They run two plants."},
        {"id": "c2", "article": "b", "text": "Работают два завода."},
        {"id": "c3", "article": "a", "text": "Only two leaders came."},
        {"id": "c4", "article": "a", "text": "It opens in 2027."},
    ],
    "comparison": [
        {"id": "g1", "status": "agreed", "claims": ["c1", "c2", "c3"]},
        {"id": "g2", "status": "conflicting", "claims": ["c4"]},  # disputed gold accepts conflicting
        {"id": "g3", "status": "agreed", "claims": ["c3"]},
    ],
    "framing": [{"article": "a", "frames": [{"frame": "Political", "score": 0.9}, {"frame": "economic", "score": 0.5}],
                 "techniques": [{"technique": "Doubt"}]}],
}


def test_known_answers_on_a_hand_built_report():
    sec = score_seeds(TINY_REPORT, TINY_GOLD)
    get = sec.get
    # articles: a: language ok, published ok, boilerplate kept (fail), heading ok -> 3/4; b: language fail, published ok, title ok -> 2/3
    assert (get("articles.checks").r_hits, get("articles.checks").gold) == (5, 7)
    names = get("entities.names")
    assert (names.p_hits, names.predicted, names.r_hits, names.gold) == (2, 3, 2, 3)
    assert (get("entities.required").r_hits, get("entities.required").gold) == (2, 2)
    assert (get("entities.linked").r_hits, get("entities.linked").gold) == (1, 1)
    assert (get("entities.linked_across_languages").r_hits, get("entities.linked_across_languages").gold) == (1, 1)
    assert (get("entities.type_agreement").r_hits, get("entities.type_agreement").gold) == (1, 2)
    q = get("quotes.found")
    assert (q.p_hits, q.predicted, q.r_hits, q.gold) == (2, 3, 2, 2)
    assert get("quotes.required_speaker").recall == 1.0
    assert get("quotes.speaker").r_hits == 1  # "официальный" shares no word with "senior official"
    assert get("quotes.linked").r_hits == 1
    f = get("facts.groups")
    assert (f.p_hits, f.predicted, f.r_hits, f.gold) == (2, 3, 2, 2)
    assert get("facts.required_status").r_hits == 2
    assert sec.extra["traps"] == 1  # c3 sits in the group that covers f1
    assert get("framing.checks").r_hits == 1  # "economic" is in the top 3 frames; "Doubt" is not wanted
    assert sec.extra["parts"]["facts"] == pytest.approx(0.9)
    assert sec.extra["score"] == pytest.approx(100 * (5 / 7 + 1 + 1 + 1 + 0.9 + 0.5) / 6, abs=0.01)


def test_an_empty_report_scores_zero_without_failing():
    sec = score_seeds({"articles": [], "entities": [], "quotes": [], "claims": [], "comparison": [], "framing": []}, TINY_GOLD)
    assert sec.extra["score"] == 0.0
    assert sec.get("articles.checks").gold == 7  # a missing article still costs its checks


# ---- agreement with shared/eval/score.py --------------------------------------------------------

def synthetic_report(gold: dict, rnd: random.Random) -> dict:
    """A report that gets some gold items right and some wrong, at random, so many code paths are exercised."""
    stems = list(gold["articles"])
    short = {s[:3]: s for s in stems}
    arts = []
    for stem, g in gold["articles"].items():
        text = " ".join(rnd.sample(g.get("boilerplate", []) or ["x"], k=min(1, len(g.get("boilerplate", []))))) if rnd.random() < 0.5 else "body"
        flags = []
        for pair in g.get("duplicate_sentences", []):
            if rnd.random() < 0.5:
                flags.append({"kind": "duplicate_sentence", "text": rnd.choice(pair)})
        for tok in g.get("mixed_language_tokens", []):
            if rnd.random() < 0.5:
                flags.append({"kind": "mixed_language", "text": tok})
        arts.append({"id": f"art{len(arts)}", "source": f"seeds/{stem}.txt", "text": text,
                     "language": g["language"] if rnd.random() < 0.7 else "xx",
                     "published": g.get("published") if rnd.random() < 0.7 else "2020-01-01",
                     "genre": g.get("genre") if rnd.random() < 0.5 else None,
                     "title": g.get("title") if rnd.random() < 0.5 else "Other",
                     "author": g.get("author") if rnd.random() < 0.5 else None,
                     "headings": [h for h in g.get("headings", []) if rnd.random() < 0.6], "flags": flags})
    ents = []
    for g in gold["entities"]:
        if rnd.random() < 0.25:
            continue
        keys = [k for k in g["names"] if rnd.random() < 0.7] or [next(iter(g["names"]))]
        names = [n for k in keys for n in g["names"][k]]
        typ = g["type"] if rnd.random() < 0.8 else rnd.choice(["PER", "ORG", "LOC", "MISC"])
        ents.append({"id": f"e{len(ents)}", "type": typ, "name": names[0], "names": names[1:2],
                     "mentions": [{"text": n} for n in names[2:]]})
    for _ in range(rnd.randint(0, 4)):
        ents.append({"id": f"e{len(ents)}", "type": rnd.choice(["PER", "ORG", "LOC", "MISC"]), "name": f"Spurious {rnd.random()}", "names": [], "mentions": []})
    if len(ents) > 3 and rnd.random() < 0.5:  # over-merge two entities
        ents[0]["names"] = ents[0]["names"] + [ents[1]["name"]]
    art_of = {a["source"].split("/")[1][:-4]: a["id"] for a in arts}
    ent_ids = [e["id"] for e in ents]
    quotes = []
    for gq in gold["quotes"]:
        for _ in range(rnd.choice([0, 1, 1, 2])):
            gs = gq["speaker"]
            if gs.startswith("unnamed:"):
                sp = {"text": gs.split(":", 1)[1] if rnd.random() < 0.5 else "someone"}
            else:
                ge = next(e for e in gold["entities"] if e["id"] == gs)
                allnames = [n for ns in ge["names"].values() for n in ns]
                sp = rnd.choice([{"text": rnd.choice(allnames)}, {"text": "he", "entity": rnd.choice(ent_ids) if ent_ids else None},
                                 {"text": "Nobody"}, {"text": f"Mr {rnd.choice(allnames)} junior"}])
            quotes.append({"id": f"q{len(quotes)}", "article": art_of[short[gq["article"]]],
                           "text": f"... {gq['contains']} ..." if rnd.random() < 0.8 else "unrelated", "speaker": sp, "same_as": []})
    for _ in range(rnd.randint(0, 3)):
        quotes.append({"id": f"q{len(quotes)}", "article": rnd.choice(arts)["id"], "text": "noise", "speaker": {"text": "x"}, "same_as": []})
    for link in gold.get("quote_links", []):
        if rnd.random() < 0.6:
            qa = {"id": f"q{len(quotes)}", "article": art_of[short[link["a"]["article"]]], "text": link["a"]["contains"], "speaker": {"text": "?"}}
            qb = {"id": f"q{len(quotes) + 1}", "article": art_of[short[link["b"]["article"]]], "text": "", "speaker": {"text": link["b"]["contains"]}}
            qa["same_as"], qb["same_as"] = [qb["id"]], [qa["id"]]
            quotes += [qa, qb]
    claims, groups = [], []
    statuses = ["agreed", "disputed", "conflicting", "single_source"]
    for f in gold["facts"]:
        if rnd.random() < 0.2:
            continue
        ids = []
        for a in f["articles"]:
            if rnd.random() < 0.9:
                claims.append({"id": f"c{len(claims)}", "article": art_of[short[a]], "text": f"so {f['evidence'][a]} indeed"})
                ids.append(claims[-1]["id"])
        for t in gold.get("traps", []):
            if t["not_in_fact"] == f["id"] and rnd.random() < 0.5:
                claims.append({"id": f"c{len(claims)}", "article": art_of[short[t["article"]]], "text": t["contains"]})
                ids.append(claims[-1]["id"])
        for _ in range(rnd.choice([1, 1, 2])):
            groups.append({"id": f"g{len(groups)}", "status": f["status"] if rnd.random() < 0.6 else rnd.choice(statuses), "claims": ids})
    groups.append({"id": "gx", "status": "agreed", "claims": ["missing-claim"]})
    framing = []
    for stem, g in gold.get("framing", {}).items():
        frames = [{"frame": rnd.choice(g.get("frames_any", ["Economic"]) + ["Morality", "Crime"]), "score": rnd.random()} for _ in range(4)]
        techs = [{"technique": rnd.choice(g.get("techniques_any", ["Doubt"]) + ["Slogans"])}] if rnd.random() < 0.6 else []
        framing.append({"article": art_of[stem], "frames": frames, "techniques": techs})
    return {"schema": "storylens.report/1", "articles": arts, "stories": [], "entities": ents, "quotes": quotes,
            "claims": claims, "comparison": groups, "framing": framing, "errors": []}


def scorer_numbers(report: dict, tmp_path: Path) -> dict:
    """Run shared/eval/score.py on a report and read its numbers."""
    path = tmp_path / "report.json"
    path.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), str(path), str(GOLD)], capture_output=True, text=True, check=True).stdout
    def grab(pattern: str) -> tuple:
        m = re.search(pattern, out)
        assert m, f"{pattern!r} not in score.py output:\n{out}"
        return tuple(float(x) if "." in x else int(x) for x in m.groups())
    return {
        "articles": grab(r"articles: metadata and cleaning checks (\d+)/(\d+)"),
        "ent_req": grab(r"entities: required recall (\d+)/(\d+)"),
        "ent_all": grab(r"all recall ([\d.]+); precision \(PER/ORG/LOC vs gold names\) ([\d.]+) of (\d+)"),
        "linked": grab(r"linked across articles (\d+)/(\d+)"),
        "cross": grab(r"across English-Russian (\d+)/(\d+)"),
        "types": grab(r"type agreement (\d+)/(\d+)"),
        "over": grab(r"over-merged predicted entities (\d+)"),
        "quotes": grab(r"quotes: required found (\d+)/(\d+), with the right speaker (\d+)/\d+; all found (\d+)/(\d+), "
                       r"right speaker (\d+); predicted (\d+), matching gold ([\d.]+)"),
        "qlinks": grab(r"same statement linked across articles (\d+)/(\d+)"),
        "facts": grab(r"facts: required groups found (\d+)/(\d+), with the right status (\d+)/\d+; all found (\d+)/(\d+); groups predicted (\d+)"),
        "traps": (len(re.findall(r"trap fell in", out)),),
        "framing": grab(r"framing: checks (\d+)/(\d+)"),
        "score": grab(r"score: (\d+)/100"),
        "parts": dict((k, float(v)) for k, v in re.findall(r"(\w+) ([\d.]+)", out.split("parts: ")[1].splitlines()[0])),
    }


def ours(report: dict) -> dict:
    sec = score_seeds(report, json.loads(GOLD.read_text(encoding="utf-8")))
    g = sec.get
    r = lambda name: (g(name).r_hits, g(name).gold)
    names, quotes, facts = g("entities.names"), g("quotes.found"), g("facts.groups")
    return {
        "articles": r("articles.checks"), "ent_req": r("entities.required"),
        "ent_all": (round(names.recall, 2), round(names.precision, 2), names.predicted),
        "linked": r("entities.linked"), "cross": r("entities.linked_across_languages"),
        "types": r("entities.type_agreement"), "over": (sec.extra["over_merged"],),
        "quotes": (g("quotes.required").r_hits, g("quotes.required").gold, g("quotes.required_speaker").r_hits,
                   quotes.r_hits, quotes.gold, g("quotes.speaker").r_hits, quotes.predicted, round(quotes.precision, 2)),
        "qlinks": r("quotes.linked"),
        "facts": (g("facts.required").r_hits, g("facts.required").gold, g("facts.required_status").r_hits,
                  facts.r_hits, facts.gold, facts.predicted),
        "traps": (sec.extra["traps"],), "framing": r("framing.checks"), "score": (round(sec.extra["score"]),),
        "parts": {k: round(v, 2) for k, v in sec.extra["parts"].items()},
    }


@pytest.mark.parametrize("seed", range(12))
def test_same_numbers_as_score_py_on_varied_reports(seed, tmp_path):
    report = synthetic_report(json.loads(GOLD.read_text(encoding="utf-8")), random.Random(seed))
    expected = scorer_numbers(report, tmp_path)
    got = ours(report)
    for key, value in expected.items():
        if key == "parts":
            assert got["parts"] == pytest.approx(value, abs=0.0051), key
        else:
            assert tuple(got[key]) == pytest.approx(value, abs=0.0051), key
