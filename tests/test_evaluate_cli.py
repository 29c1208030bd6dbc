"""`storylens eval` from the command line: set selection, JSON output, errors."""
from __future__ import annotations

import json

from storylens.cli import main

CONLL = """-DOCSTART- -X- O O

Angela B-PER
Merkel I-PER
met O
officials O
of O
Siemens B-ORG
in O
Munich B-LOC
on O
Monday O
. O

The O
talks O
lasted O
two O
hours O
. O
"""


def test_eval_on_a_conll_file_prints_json(tmp_path, capsys):
    f = tmp_path / "tiny.conll"
    f.write_text(CONLL, encoding="utf-8")
    out_file = tmp_path / "eval.json"
    assert main(["eval", "--ner", str(f), "--sets", "ner", "--json", "-o", str(out_file)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads(out_file.read_text(encoding="utf-8"))
    [section] = printed["sets"]
    assert section["extra"]["set"] == f"ner:{f}"
    scores = {s["name"]: s for s in section["scores"]}
    assert scores["ner.all"]["gold"] == 3
    assert {scores[f"ner.{t}"]["gold"] for t in ("PER", "ORG", "LOC")} == {1}
    for s in scores.values():
        assert 0 <= s["precision"] <= 1 and 0 <= s["recall"] <= 1


def test_eval_rejects_an_unknown_set(capsys):
    assert main(["eval", "--sets", "seeds,nonsense"]) == 2
    assert "nonsense" in capsys.readouterr().err


def test_eval_names_a_missing_shared_directory(tmp_path, capsys):
    assert main(["eval", "--sets", "seeds", "--shared", str(tmp_path / "nowhere")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_eval_stories_check_lists_missing_texts_with_their_urls(tmp_path, capsys):
    from storylens.evaluate.storygold import load_gold

    assert main(["eval", "--sets", "stories", "--check", "--stories", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    gold = load_gold()[0]
    assert f"{gold['id']}: 0/{len(gold['articles'])} texts" in out
    first = gold["articles"][0]
    assert f"missing {tmp_path / gold['id'] / first['file']}  <- {first['url']}" in out


def test_eval_stories_without_texts_names_them_and_scores_nothing(tmp_path, capsys):
    assert main(["eval", "--sets", "stories", "--stories", str(tmp_path), "--json"]) == 0
    [section] = json.loads(capsys.readouterr().out)["sets"]
    assert section["scores"] == []
    assert any(n.endswith("(see --check for their URLs)") and "missing all" in n for n in section["notes"])
    assert not any("https://" in n for n in section["notes"])  # a story with no text: its URLs only with --check
