"""The held-out stories: their gold files and `storylens eval --sets heldout`, scored as the stories set is."""
from __future__ import annotations

import json

import jsonschema

from storylens.cli import main
from storylens.evaluate import storygold

HELDOUT = storygold.STORY_SETS["heldout"]


def heldout_golds() -> list[dict]:
    return storygold.load_gold(HELDOUT.gold_dir)


def test_every_heldout_gold_file_validates_against_the_stories_schema_and_is_consistent():
    validator = jsonschema.Draft202012Validator(json.loads(storygold.SCHEMA.read_text(encoding="utf-8")))
    golds = heldout_golds()
    assert len(golds) >= 3
    for gold in golds:
        validator.validate(gold)
        assert storygold.consistency_problems(gold) == []
        assert (HELDOUT.gold_dir / f"{gold['id']}.json").is_file()
        assert len({a["language"] for a in gold["articles"]}) >= 3
        assert 10 <= len(gold["articles"]) <= 16


def test_heldout_stories_share_no_story_or_article_with_the_development_set():
    dev = storygold.load_gold()
    held = heldout_golds()
    assert not {g["id"] for g in dev} & {g["id"] for g in held}
    dev_urls = {a["url"] for g in dev for a in g["articles"]}
    assert not dev_urls & {a["url"] for g in held for a in g["articles"]}


def test_each_set_finds_its_own_texts(tmp_path, monkeypatch):
    monkeypatch.setenv(HELDOUT.env, str(tmp_path / "held"))
    monkeypatch.setenv(storygold.TEXTS_ENV, str(tmp_path / "dev"))
    assert storygold.find_texts(None, "heldout") == tmp_path / "held"
    assert storygold.find_texts(None) == tmp_path / "dev"
    assert storygold.find_texts(tmp_path / "given", "heldout") == tmp_path / "given"


def test_eval_heldout_check_lists_missing_texts_with_their_urls(tmp_path, capsys):
    assert main(["eval", "--sets", "heldout", "--check", "--heldout", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    for gold in heldout_golds():
        assert f"{gold['id']}: 0/{len(gold['articles'])} texts" in out
        first = gold["articles"][0]
        assert f"missing {tmp_path / gold['id'] / first['file']}  <- {first['url']}" in out
    assert not any(f"{g['id']}:" in out for g in storygold.load_gold())  # the development stories are not listed


def test_eval_heldout_without_texts_is_its_own_section_naming_them(tmp_path, capsys):
    assert main(["eval", "--sets", "heldout", "--heldout", str(tmp_path), "--json"]) == 0
    [section] = json.loads(capsys.readouterr().out)["sets"]
    assert section["title"].startswith("heldout:") and section["extra"]["set"] == "heldout"
    assert section["scores"] == []
    ids = {g["id"] for g in heldout_golds()}
    missing = [n for n in section["notes"] if "missing all" in n]
    assert {n.split(":")[0] for n in missing} == ids
    assert not any("https://" in n for n in section["notes"])  # URLs only with --check
    assert any("--sets heldout --check" in n for n in section["notes"])
