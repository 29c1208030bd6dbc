"""``storylens add | stories | report | export`` on a SQLite store, end to end through the command line."""
from __future__ import annotations

import json

import pytest

import storylens
from storylens.cli import build_parser, main

from conftest import REPO

DEMO = REPO / "demo" / "corpus"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "story.db"
    assert main(["add", str(DEMO), "--db", str(db), "--no-progress"]) == 0
    return db


def test_stories_lists_the_story_with_its_articles(demo_db, capsys):
    capsys.readouterr()
    assert main(["stories", "--db", str(demo_db), "--format", "json"]) == 0
    (story,) = json.loads(capsys.readouterr().out)
    assert story["article_count"] == 3 and sorted(story["languages"]) == ["en", "ru"]
    assert {a["key"] for a in story["articles"]} == {"wire_en", "column_en", "novosti_ru"}
    assert all(a["source"].endswith(".txt") for a in story["articles"]) and story["analysed"]
    assert {a["language"] for a in story["articles"]} == {"en", "ru"}
    for key in ("id", "title", "first_date", "last_date", "conflicts", "disputes"):
        assert key in story
    assert main(["stories", "--db", str(demo_db)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:3] == ["id", "title", "articles"] and table[1].startswith("1 ")


def test_report_writes_what_analyze_writes(demo_db, tmp_path):
    expected = storylens.analyze([str(DEMO)])
    for fmt in ("json", "md", "html"):
        out = tmp_path / f"r.{fmt}"
        assert main(["report", "1", "--db", str(demo_db), "-o", str(out)]) == 0
        assert main(["analyze", str(DEMO), "-o", str(tmp_path / f"a.{fmt}"), "--no-progress"]) == 0
        assert out.read_text(encoding="utf-8") == (tmp_path / f"a.{fmt}").read_text(encoding="utf-8")
    assert json.loads((tmp_path / "r.json").read_text())["claims"] == json.loads(expected.to_json())["claims"]


def test_adding_again_is_a_no_op_and_bad_ids_are_named(demo_db, capsys):
    capsys.readouterr()
    assert main(["add", str(DEMO), "--db", str(demo_db), "--no-progress"]) == 0
    assert "0 added, 3 already stored" in capsys.readouterr().err
    assert main(["report", "42", "--db", str(demo_db)]) == 1
    assert "no story 42" in capsys.readouterr().err
    assert main(["add", str(DEMO), "--db", str(demo_db), "--story", "7"]) == 1
    assert "no story 7" in capsys.readouterr().err


def test_export_writes_every_table_as_parquet(demo_db, tmp_path):
    import pyarrow.parquet as pq

    assert main(["export", "--db", str(demo_db), "--parquet", str(tmp_path / "pq")]) == 0
    files = {p.stem: p for p in (tmp_path / "pq").glob("*.parquet")}
    assert {"stories", "articles", "article_versions", "claims", "groups", "quotes", "matrix"} <= set(files)
    claims = pq.read_table(files["claims"]).to_pylist()
    assert len(claims) == len(storylens.analyze([str(DEMO)]).claims)
    assert isinstance(json.loads(claims[0]["values"]), list)  # JSON columns arrive as JSON text
    matrix = pq.read_table(files["matrix"]).to_pylist()
    assert {r["status"] for r in matrix} >= {"conflicting", "agreed"}


def test_a_store_that_cannot_be_opened_is_named(tmp_path, capsys):
    assert main(["stories", "--db", str(tmp_path / "no" / "such" / "folder.db")]) == 1
    assert "folder" in capsys.readouterr().err
    bad = f"postgresql://nobody:secret@/nodb?host={tmp_path}&port=1"
    assert main(["stories", "--db", bad]) == 1
    err = capsys.readouterr().err
    assert "cannot open the store postgresql" in err and "secret" not in err and "Traceback" not in err


def test_nothing_readable_exits_2(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["add", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "s.db")]) == 2


def test_store_commands_are_documented():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if a.dest == "command").choices
    for command in ("add", "stories", "report", "export"):
        assert f"storylens {command}" in readme
        for action in sub[command]._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt not in ("--help", "--no-progress"):
                    assert opt in readme, f"{command} {opt} is not documented in README.md"
