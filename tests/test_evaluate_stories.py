"""The stories set's scorer on small hand-built golds and reports (the real texts are not in CI)."""
from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from storylens.evaluate import storygold
from storylens.evaluate.stories import evaluate, score_story

A, B, C = "01-wire-en", "02-journal-fr", "03-gazeta-ru"

GOLD = {
    "schema": "storylens.story-gold/1", "id": "toy-story", "event": "A ministry denies a fine reported by three outlets.",
    "date": "2025-01-01", "queries": [],
    "articles": [{"file": f"{s}.txt", "url": f"https://example.org/{s}", "outlet": s.split("-")[1], "language": s[-2:],
                  "published": None} for s in (A, B, C)],
    "values": [
        {"id": "fine", "about": "the fine", "kind": "money", "value": 500000000, "unit": "EUR", "equivalents": [570000000],
         "status": "agreed", "mentions": [{"article": A, "text": "€500 million"}, {"article": B, "text": "500 millions d'euros"},
                                          {"article": C, "text": "500 млн евро"}]},
        {"id": "injured", "about": "people injured", "kind": "count", "noun": "people", "unit": None, "status": "conflicting",
         "mentions": [{"article": A, "text": "12 people", "value": 12}, {"article": C, "text": "14 человек", "value": 14}]},
    ],
    "conflicts": [{"id": "injured-count", "value": "injured",
                   "sides": [{"value": 12, "articles": [A]}, {"value": 14, "articles": [C]}]}],
    "disputes": [{"id": "deal", "proposition": "the deal was signed", "denied_by": "the ministry",
                  "asserting": [{"article": A, "text": "the deal was signed"}, {"article": B, "text": "accord a été signé"}],
                  "denying": [{"article": C, "text": "министерство опровергло"}]}],
    "quotes": [{"id": "firm", "speaker": "Teresa Ribera", "entity": "ribera",
                "versions": [{"article": A, "text": "firm but balanced"}, {"article": C, "text": "твердые, но взвешенные"}]},
               {"id": "unfair", "speaker": "Apple", "entity": "apple", "versions": [{"article": B, "text": "cible injustement"}]}],
    "entities": [
        {"id": "ribera", "type": "PER", "name": "Teresa Ribera", "mentions": {A: ["Teresa Ribera"], C: ["Тереза Рибера", "Терезы Риберы"]}},
        {"id": "apple", "type": "ORG", "name": "Apple", "mentions": {A: ["Apple"], B: ["Apple"]}},
        {"id": "commission", "type": "ORG", "name": "European Commission", "mentions": {A: ["European Commission"], B: ["Commission européenne"]}},
    ],
    "names": {B: ["Apple", "Commission européenne"]},
    "traps": [{"id": "total-not-fine", "kind": "value", "target": "fine", "not": [{"article": A, "text": "€700 million", "value": 700000000}],
               "why": "a total"},
              {"id": "union-not-commission", "kind": "entity", "target": "commission", "not": [{"article": A, "text": "European Union"}],
               "why": "another body"}],
}

CLAIMS = [
    ("c1", A, "The fine of €500 million ($570 million) is the first."),
    ("c2", B, "L'amende de 500 millions d'euros est la première."),
    ("c3", C, "Штраф в 500 млн евро стал первым."),
    ("c4", A, "Some 12 people were hurt."),
    ("c5", C, "Пострадали 14 человек."),
    ("c6", A, "Officials said the deal was signed on Monday."),
    ("c7", B, "Selon eux, l'accord a été signé lundi."),
    ("c8", C, "Позже министерство опровергло это."),
    ("c9", A, "Together the fines come to €700 million."),
]


def perfect_report() -> dict:
    return {
        "articles": [{"id": s, "source": f"/data/toy-story/{s}.txt"} for s in (A, B, C)],
        "claims": [{"id": i, "article": a, "text": t} for i, a, t in CLAIMS],
        "comparison": [
            {"id": "g1", "status": "agreed", "claims": ["c1", "c2", "c3"], "value": 500000000, "topic": "money"},
            {"id": "g2", "status": "conflicting", "claims": ["c4", "c5"], "value": [12, 14], "topic": "count"},
            {"id": "g3", "status": "disputed", "claims": ["c6", "c7", "c8"], "value": None, "topic": "deal"},
            {"id": "g4", "status": "single_source", "claims": ["c9"], "value": 700000000, "topic": "total"},
        ],
        "quotes": [
            {"id": "q1", "article": A, "text": "We took firm but balanced action", "speaker": {"entity": "e1", "text": "Teresa Ribera"},
             "same_as": ["q2"]},
            {"id": "q2", "article": C, "text": "Мы приняли твердые, но взвешенные меры", "speaker": {"entity": None, "text": "Рибера"},
             "same_as": []},
            {"id": "q3", "article": B, "text": "qui la cible injustement", "speaker": {"entity": "e2", "text": "l'entreprise"}},
        ],
        "entities": [
            {"id": "e1", "name": "Teresa Ribera", "mentions": [{"article": A, "text": "Teresa Ribera"}, {"article": C, "text": "Терезы Риберы"}]},
            {"id": "e2", "name": "Apple", "mentions": [{"article": A, "text": "Apple"}, {"article": B, "text": "Apple"}]},
            {"id": "e3", "name": "European Commission",
             "mentions": [{"article": A, "text": "European Commission"}, {"article": B, "text": "Commission européenne"}]},
        ],
    }


def scores(report: dict, gold: dict = GOLD) -> dict:
    sec = score_story(report, gold)
    return {s.name: s for s in sec.scores} | {"_notes": sec.notes}


def test_a_report_matching_the_gold_scores_full_marks():
    s = scores(perfect_report())
    for name in ("values.in_one_row", "values.status", "values.mentions", "traps.values_avoided", "rows.at_most_30",
                 "entities.found", "entities.in_one", "entities.linked", "quotes.found", "quotes.speaker", "quotes.linked",
                 "quotes.linked_pairs"):
        assert s[name].recall == 1.0, name
    for name in ("conflicts.caught", "disputes.held"):
        assert s[name].precision == 1.0 and s[name].recall == 1.0, name
    assert s["entities.not_over_merged"].precision == 1.0
    assert s["entities.real_names"].precision == 1.0 and s["entities.real_names"].recall == 1.0
    assert s["values.one_per_row"].precision == 1.0


def test_a_value_split_over_two_rows_is_not_in_one_row():
    r = perfect_report()
    r["comparison"][0]["claims"] = ["c1", "c2"]
    r["comparison"].append({"id": "g5", "status": "single_source", "claims": ["c3"], "value": 500000000})
    s = scores(r)
    assert (s["values.in_one_row"].r_hits, s["values.in_one_row"].gold) == (1, 2)
    assert (s["values.mentions"].r_hits, s["values.mentions"].gold) == (4, 5)
    assert any("value fine" in n for n in s["_notes"])


def test_a_statement_row_without_a_value_holds_no_value():
    r = perfect_report()
    r["comparison"][0]["value"] = None
    assert scores(r)["values.in_one_row"].r_hits == 1  # only the conflict row remains


def test_a_dollar_conversion_stated_as_the_row_value_counts():
    r = perfect_report()
    r["comparison"][0]["value"] = [570000000]
    assert scores(r)["values.status"].r_hits == 2


def test_an_agreed_value_shown_as_conflicting_has_the_wrong_status_and_is_a_false_conflict():
    r = perfect_report()
    r["comparison"][0]["status"] = "conflicting"
    s = scores(r)
    assert s["values.in_one_row"].r_hits == 2 and s["values.status"].r_hits == 1
    assert (s["conflicts.caught"].p_hits, s["conflicts.caught"].predicted) == (1, 2)
    assert any("false conflicting rows: g1" in n for n in s["_notes"])


def test_a_conflict_shown_as_agreed_is_not_caught():
    r = perfect_report()
    r["comparison"][1]["status"] = "agreed"
    s = scores(r)
    assert s["conflicts.caught"].r_hits == 0 and s["values.status"].r_hits == 1


def test_a_dispute_needs_most_of_its_articles_and_the_denial():
    r = perfect_report()
    r["comparison"][2]["claims"] = ["c6", "c8"]  # 2 of 3 articles: under 80%
    assert scores(r)["disputes.held"].r_hits == 0
    r["comparison"][2]["claims"] = ["c6", "c7"]  # no denial
    s = scores(r)
    assert s["disputes.held"].r_hits == 0 and s["disputes.held"].p_hits == 0
    r["comparison"][2]["status"] = "agreed"
    r["comparison"][2]["claims"] = ["c6", "c7", "c8"]
    assert scores(r)["disputes.held"].r_hits == 0  # the right claims, but not shown as disputed


def test_a_trap_claim_in_the_value_row_is_counted():
    r = perfect_report()
    r["comparison"][0]["claims"].append("c9")
    r["comparison"][0]["value"] = [500000000, 700000000]
    s = scores(r)
    assert (s["traps.values_avoided"].r_hits, s["traps.values_avoided"].gold) == (0, 1)


def test_a_row_holding_two_gold_values_is_named():
    r = perfect_report()
    r["comparison"].append({"id": "g6", "status": "conflicting", "claims": ["c1", "c4"], "value": [500000000, 12]})
    s = scores(r)
    assert (s["values.one_per_row"].p_hits, s["values.one_per_row"].predicted) == (2, 3)
    assert any("g6" in n and "mixes fine + injured" in n for n in s["_notes"])


def test_rows_above_single_source_are_counted_against_thirty():
    r = perfect_report()
    r["comparison"] += [{"id": f"x{i}", "status": "agreed", "claims": ["c6", "c7"]} for i in range(27)]
    assert scores(r)["rows.at_most_30"].r_hits == 1  # g1-g3 and 27 more; g4 is single-source
    r["comparison"].append({"id": "x99", "status": "agreed", "claims": ["c6", "c7"]})
    assert scores(r)["rows.at_most_30"].r_hits == 0


def test_quotes_need_the_right_speaker_and_one_component():
    r = perfect_report()
    r["quotes"][1]["speaker"] = {"entity": None, "text": "НАТО"}
    r["quotes"][0]["same_as"] = []
    s = scores(r)
    assert s["quotes.found"].r_hits == 3 and s["quotes.speaker"].r_hits == 2
    assert s["quotes.linked"].r_hits == 0 and (s["quotes.linked_pairs"].r_hits, s["quotes.linked_pairs"].gold) == (0, 1)


def test_an_organisation_speaker_is_right_through_its_entity():
    r = perfect_report()
    r["quotes"][2]["speaker"] = {"entity": "e3", "text": "Commission"}
    assert scores(r)["quotes.speaker"].r_hits == 2


def test_statements_of_different_speakers_in_one_component_are_over_linked():
    r = perfect_report()
    r["quotes"][2]["same_as"] = ["q1"]
    s = scores(r)
    assert s["quotes.not_over_linked"].p_hits == s["quotes.not_over_linked"].predicted - 1


def test_a_split_entity_and_an_over_merged_one():
    r = perfect_report()
    r["entities"][0]["mentions"] = r["entities"][0]["mentions"][:1]
    r["entities"].append({"id": "e4", "name": "Рибера", "mentions": [{"article": C, "text": "Тереза Рибера"}]})
    s = scores(r)
    assert (s["entities.in_one"].r_hits, s["entities.in_one"].gold) == (5, 6)
    assert s["entities.linked"].r_hits == 2
    r = perfect_report()
    r["entities"][1]["mentions"].append({"article": A, "text": "European Commission"})
    s = scores(r)
    assert (s["entities.not_over_merged"].p_hits, s["entities.not_over_merged"].predicted) == (2, 3)
    r = perfect_report()
    r["entities"][2]["mentions"].append({"article": A, "text": "European Union"})
    assert any("union-not-commission" in n for n in scores(r)["_notes"])


def test_common_words_reported_as_names_lower_the_real_name_share():
    r = perfect_report()
    r["entities"].append({"id": "e5", "name": "Selon", "mentions": [{"article": B, "text": "Selon"}]})
    s = scores(r)
    assert (s["entities.real_names"].p_hits, s["entities.real_names"].predicted) == (2, 3)


def test_restricting_to_the_articles_present_recomputes_statuses():
    g = storygold.restrict(GOLD, {A, B})
    by_id = {v["id"]: v for v in g["values"]}
    assert by_id["injured"]["status"] == "single_source" and by_id["injured"]["value"] == 12
    assert g["conflicts"] == [] and g["disputes"] == []  # the denial was in the missing article
    assert [e["id"] for e in g["entities"]] == ["ribera", "apple", "commission"]
    assert set(g["entities"][0]["mentions"]) == {A}


def test_consistency_problems_name_a_conflict_that_does_not_fit_its_value():
    g = copy.deepcopy(GOLD)
    g["conflicts"][0]["sides"][1]["value"] = 15
    g["quotes"][0]["entity"] = "nobody"
    problems = storygold.consistency_problems(g)
    assert any("injured-count" in p for p in problems) and any("nobody" in p for p in problems)
    assert storygold.consistency_problems(GOLD) == []


def test_every_committed_gold_file_validates_and_is_consistent():
    schema = json.loads((storygold.GOLD_DIR / "schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    golds = storygold.load_gold()
    assert len(golds) >= 1
    for gold in golds:
        validator.validate(gold)
        assert storygold.consistency_problems(gold) == []
        assert (storygold.GOLD_DIR / f"{gold['id']}.json").is_file()
        assert len({a["language"] for a in gold["articles"]}) >= 3


def test_the_schema_rejects_a_gold_value_without_status_or_an_unknown_kind():
    schema = json.loads((storygold.GOLD_DIR / "schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    gold = copy.deepcopy(storygold.load_gold()[0])
    del gold["values"][0]["status"]
    assert not validator.is_valid(gold)
    gold = copy.deepcopy(storygold.load_gold()[0])
    gold["values"][0]["kind"] = "amount"
    assert not validator.is_valid(gold)


def test_evaluate_names_missing_texts_and_scores_the_rest(tmp_path):
    folder = tmp_path / "toy-story"
    folder.mkdir()
    for s in (A, C):
        (folder / f"{s}.txt").write_text("text", encoding="utf-8")
    seen = []

    def analyse(docs):
        seen.append(sorted(d.id for d in docs))
        return perfect_report()

    sec = evaluate([GOLD], tmp_path, analyse)
    assert seen == [[A, C]]
    assert any("missing 02-journal-fr.txt (https://example.org/02-journal-fr)" in n for n in sec.notes)
    assert sec.get("values.in_one_row").gold == 2
    assert sec.extra["stories"]["toy-story"]["articles"] == 2


def test_story_texts_carry_their_url_outlet_and_date_as_a_feed_would(tmp_path):
    folder = tmp_path / "toy-story"
    folder.mkdir()
    for s in (A, C):
        (folder / f"{s}.txt").write_text("Le ministre a parlé mardi.", encoding="utf-8")
    gold = {**GOLD, "articles": [{**a, "published": "2025-04-23"} if storygold.stem(a["file"]) == A else a
                                 for a in GOLD["articles"]]}
    docs = storygold.documents(gold, storygold.locate(gold, tmp_path).present)
    by_id = {d.id: d for d in docs}
    assert by_id[A].meta["published"] == "2025-04-23"
    assert by_id[A].meta["url"] == next(a["url"] for a in gold["articles"] if storygold.stem(a["file"]) == A)
    assert "published" not in by_id[C].meta and by_id[C].text == "Le ministre a parlé mardi."
    assert "language" not in by_id[A].meta and "title" not in by_id[A].meta  # nothing the analysis must find


def test_evaluate_without_texts_analyses_nothing(tmp_path):
    sec = evaluate([GOLD], tmp_path, lambda paths: pytest.fail("nothing to analyse"))
    assert sec.scores == [] and [n for n in sec.notes if "missing" in n] == [
        f"{GOLD['id']}: missing all 3 texts (see --check for their URLs)"]


def test_snippet_problems_name_gold_text_missing_from_its_article(tmp_path):
    folder = tmp_path / "toy-story"
    folder.mkdir()
    wanted = storygold.snippets(GOLD)
    for stem in (A, B, C):
        body = " ... ".join(t for _, a, t in wanted if a == stem and t != "Терезы Риберы")
        (folder / f"{stem}.txt").write_text(body, encoding="utf-8")
    problems = storygold.snippet_problems(GOLD, storygold.locate(GOLD, tmp_path))
    assert problems == ["toy-story: entity ribera: 'Терезы Риберы' not in 03-gazeta-ru"]


def test_a_list_value_needs_every_item_a_mention_names_in_the_row():
    gold = copy.deepcopy(GOLD)
    gold["values"].append({"id": "calibres", "about": "calibres", "kind": "measure", "unit": "mm", "value": [170, 240],
                           "status": "agreed", "compatible": ["subset"],
                           "mentions": [{"article": A, "text": "170 and 240 mm"}, {"article": B, "text": "170 mm", "value": [170]}]})
    r = perfect_report()
    r["claims"] += [{"id": "c10", "article": A, "text": "Guns of 170 and 240 mm."}, {"id": "c11", "article": B, "text": "Des canons de 170 mm."}]
    r["comparison"].append({"id": "g7", "status": "agreed", "claims": ["c10", "c11"], "value": [170, 240]})
    assert scores(r, gold)["values.status"].r_hits == 3
    r["comparison"][-1]["value"] = [170]  # the row lost 240: the first outlet's list is not in it
    assert scores(r, gold)["values.in_one_row"].r_hits == 2


def test_a_dispute_left_with_only_a_qualification_is_held_by_it():
    gold = storygold.restrict(copy.deepcopy(GOLD) | {"disputes": [{**GOLD["disputes"][0], "hedging": [{"article": C, "text": "министерство опровергло"}]}]},
                              {A, B, C})
    gold["disputes"][0]["denying"] = []
    assert scores(perfect_report(), gold)["disputes.held"].r_hits == 1
    r = perfect_report()
    r["comparison"][2]["claims"] = ["c6", "c7"]
    assert scores(r, gold)["disputes.held"].r_hits == 0


def test_rows_a_ranked_report_folds_are_not_counted():
    r = perfect_report()  # g1-g3 above single-source, unranked: always counted
    r["comparison"] += [{"id": f"x{i}", "status": "agreed", "claims": ["c6", "c7"], "rank": 31 + i} for i in range(40)]
    assert scores(r)["rows.at_most_30"].r_hits == 1  # ranks past 30 are folded
    r["comparison"] += [{"id": f"y{i}", "status": "agreed", "claims": ["c6", "c7"], "rank": 1 + i} for i in range(28)]
    assert scores(r)["rows.at_most_30"].r_hits == 0  # 3 + 28 open


def test_names_differing_in_digits_do_not_match_while_endings_may_differ():
    from storylens.evaluate.storymatch import same_name

    assert not same_name("M1989", "M1991")
    assert not same_name("Koksan M1989", "Koksan M1991")
    assert not same_name("T-72", "T-90")
    assert same_name("M1991", "m1991")
    assert same_name("Терезы Риберы", "Тереза Рибера")


def _two_statements_of_ribera():
    gold = copy.deepcopy(GOLD)
    gold["quotes"].append({"id": "rules", "speaker": "Teresa Ribera", "entity": "ribera",
                           "versions": [{"article": B, "text": "les règles valent pour tous"}]})
    r = perfect_report()
    r["quotes"].append({"id": "q4", "article": B, "text": "les règles valent pour tous",
                        "speaker": {"entity": "e1", "text": "Teresa Ribera"}, "same_as": []})
    return gold, r


def test_two_statements_of_one_speaker_in_one_component_are_counted():
    gold, r = _two_statements_of_ribera()
    s = scores(r, gold)
    assert (s["quotes.statements_apart"].p_hits, s["quotes.statements_apart"].predicted) == (1, 1)
    r["quotes"][3]["same_as"] = ["q1"]
    s = scores(r, gold)
    assert (s["quotes.statements_apart"].p_hits, s["quotes.statements_apart"].predicted) == (0, 1)
    assert any("different statements of one speaker linked: firm+rules" in n for n in s["_notes"])


def test_a_longer_version_holding_both_statements_is_no_wrong_link():
    gold, r = _two_statements_of_ribera()
    r["quotes"][0]["text"] += ". Les règles valent pour tous"  # one quote in A holds both statements
    gold["quotes"][2]["versions"].append({"article": A, "text": "les règles valent pour tous"})
    r["quotes"][3]["same_as"] = ["q1"]
    assert scores(r, gold)["quotes.statements_apart"].p_hits == 1
