import json

import pytest

from storylens.cli import main
from storylens.errors import StorylensError
from storylens.evaluate import framing as fm


def item(id="a", lang="en", text="Some text.", genre=None, frames=None, techniques=None, scheme=(), split="tune"):
    return fm.Item(id, lang, text, genre, frames, techniques, scheme, split)


def test_genre_macro_f1_counts_a_missing_genre_as_its_own_wrong_label():
    pairs = [("opinion", "opinion"), ("opinion", "reporting"), ("reporting", "reporting"), ("opinion", None)]
    scores, macro, confusion = fm.genre_scores("genre.en", pairs)
    by = {s.name: s for s in scores}
    assert by["genre.en.opinion"].precision == 1.0 and by["genre.en.opinion"].recall == pytest.approx(1 / 3)
    assert by["genre.en.reporting"].precision == 0.5 and by["genre.en.reporting"].recall == 1.0
    assert by["genre.en.none"].predicted == 1 and by["genre.en.none"].f1 == 0.0
    # macro over opinion (0.5), reporting (2/3) and none (0)
    assert macro == pytest.approx((0.5 + 2 / 3 + 0.0) / 3)
    assert "opinion->reporting: 1" in confusion and "opinion->none: 1" in confusion


def test_frames_micro_f1_every_frame_and_top_three():
    pairs = [(("Political", "Economic"), ("Political", "Morality", "Economic", "Crime and punishment")),
             (("Security and defense",), ("Political",))]
    every = fm.frame_score("frames", pairs)
    assert (every.p_hits, every.predicted, every.r_hits, every.gold) == (2, 5, 2, 3)
    top = fm.frame_score("frames", pairs, top=1)
    assert (top.p_hits, top.predicted, top.gold) == (1, 2, 3)


def test_technique_precision_counts_only_techniques_the_gold_annotates():
    text = "They are a corrupt regime. Is it not obvious?"
    gold = item(text=text, techniques=(("Name calling or labelling", 18, 25),),
                scheme=("Name calling or labelling", "Loaded language"))
    pred = fm.Predicted(None, (), (("Name calling or labelling", "regime"), ("Loaded language", "corrupt"),
                                   ("Rhetorical question", "Is it not obvious?")))
    s = fm.technique_score("techniques.precision", [(gold, pred)])
    assert (s.p_hits, s.predicted) == (1, 2)  # the rhetorical question is not in the gold's scheme


def test_measure_reports_each_language_and_split_apart():
    items = [item("a", "en", genre="opinion", frames=("Political",), split="tune"),
             item("b", "ru", genre="reporting", frames=("Economic",), split="check")]
    preds = [fm.Predicted("opinion", ("Political", "Economic"), ()), fm.Predicted("opinion", ("Economic",), ())]
    section = fm.measure(items, preds)
    assert section.get("genre.en.tune.accuracy").recall == 1.0
    assert section.get("genre.ru.check.accuracy").recall == 0.0
    assert section.get("frames.en.tune").precision == 0.5
    assert section.get("frames.ru.check").f1 == 1.0
    assert section.extra["genre_macro_f1"]["genre.ru.check"] == 0.0


def test_load_items_reads_text_or_a_file_beside_the_set(tmp_path):
    (tmp_path / "doc.txt").write_text("A text from a file.", encoding="utf-8")
    lines = [{"id": "x", "lang": "en", "text": "Inline text.", "genre": "opinion", "split": "check"},
             {"id": "y", "lang": "ru", "file": "doc.txt", "frames": ["Political"],
              "techniques": [{"technique": "Doubt", "start": 0, "end": 1}], "scheme": ["Doubt"]}]
    (tmp_path / "set.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    got = fm.load_items(tmp_path)
    assert [i.id for i in got] == ["x", "y"]
    assert got[0].split == "check" and got[1].text == "A text from a file."
    assert got[1].frames == ("Political",) and got[1].techniques == (("Doubt", 0, 1),)


def test_a_bad_line_names_its_file_and_line(tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"id": "x", "lang": "en", "text": "ok"}\n{"id": "y"}\n', encoding="utf-8")
    with pytest.raises(StorylensError, match=r"bad\.jsonl:2"):
        fm.load_items(tmp_path)


def test_eval_framing_without_data_says_what_to_pass(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "nowhere"
    assert main(["eval", "--sets", "framing", "--framing", str(missing)]) == 2
    assert "framing" in capsys.readouterr().err
