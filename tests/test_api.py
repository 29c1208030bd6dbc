import storylens
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
