"""Figures of different stages of a vote are different things (rule ``figure stage``), and a bound on a share that
its own article passes is a threshold, not a value of the figure (rule ``threshold``)."""
from __future__ import annotations

import pytest

from compare_helpers import KeywordEmbedder, compare_story
from compare_helpers import article as _article
from storylens.compare.compatible import Side, explain
from storylens.compare.timing import stage_marks
from storylens.model import Claim
from storylens.values import extract


def _share_marks(text: str, language: str) -> frozenset[str]:
    values = tuple(extract(text, language))
    claim = Claim("c", "a", text, 0, len(text), values, ())
    return stage_marks(claim, next(v for v in values if v.kind == "percent"), language)


@pytest.mark.parametrize("language, text", [
    ("en", "According to the latest statistics available, the turnout amounted to 61.56%."),
    ("ru", "По состоянию на вечер явка составила 61,56%."),
    ("tr", "Saat itibarıyla katılım oranı yüzde 61,56 oldu."),
    ("de", "Die Wahlbeteiligung lag bisher bei 61,56 Prozent."),
    ("kk", "Соңғы мәліметтерге сәйкес, қатысу 61,56% болды."),
    ("nl", "Volgens de laatste cijfers bedroeg de opkomst tot nu toe 61,56 procent."),
    ("pt", "Até ao momento, a participação foi de 61,56%."),
    ("cs", "Účast zatím činí 61,56 %."),
])
def test_an_interim_word_dates_a_share_to_a_stage(language, text):
    assert "interim" in _share_marks(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "The turnout amounted to 63.66%."),
    ("ru", "Явка составила 63,66%."),
    ("de", "Die Wahlbeteiligung lag bei 63,66 Prozent."),
])
def test_a_share_with_no_stage_has_no_marks(language, text):
    assert _share_marks(text, language) == frozenset()


@pytest.mark.parametrize("language, text", [
    ("en", "The commission said the ruling party won 54.8% of the vote with almost all the ballots counted."),
    ("fr", "Le parti était crédité de 54,08% des voix après dépouillement dans la plupart des bureaux de vote."),
    ("de", "Nach Auszählung fast aller Stimmen holte die Partei 54,1 Prozent."),
    ("ru", "Партия набирает 53,93% голосов после подсчета бюллетеней."),
])
def test_a_sentence_naming_the_count_in_progress_dates_a_share(language, text):
    assert "counted" in _share_marks(text, language)


def test_a_clock_time_in_the_sentence_dates_a_share():
    marks = _share_marks("Le scrutin s'est terminé à 20 heures, avec un taux de participation de 63,87 %.", "fr")
    assert any(m.startswith("at 20:00") for m in marks)


def _side(text: str, language: str, elsewhere: str = "", article: str = "a") -> Side:
    values = tuple(extract(text, language))
    claim = Claim(f"c-{article}", article, text, 0, len(text), values, ())
    other = tuple(v for v in extract(elsewhere, language) if v.kind == "percent") if elsewhere else ()
    return Side(next(v for v in values if v.kind == "percent"), claim, language, frozenset(), other)


@pytest.mark.parametrize("language, bound, exact, other", [
    ("en", "The vote is valid as more than 50% of voters took part.", "The turnout amounted to 61.56%.",
     "Turnout was 66.66% of all voters."),
    ("de", "Das Referendum ist gültig, wenn mehr als 50% der Wahlberechtigten abstimmen.",
     "Die Wahlbeteiligung lag bei 63,66%.", "Die Beteiligung lag bei 66,66%."),
    ("ru", "Референдум признан состоявшимся, так как в нём приняли участие более 50% избирателей.",
     "Явка составила 61,56%.", "Явка составила 66,66%."),
])
def test_a_bound_its_own_article_passes_is_a_threshold(language, bound, exact, other):
    threshold = _side(bound, language, exact)
    found = explain(threshold, _side(other, language, article="b"))
    assert found is not None and found.name == "threshold" and not found.same_thing
    # without an exact share inside it in its article, the bound still holds the other share
    assert explain(_side(bound, language), _side(other, language, article="b")).name == "bound"


TOPICS = {"turnout": 0, "явка": 0, "wahlbeteiligung": 0, "commission": 1, "комиссия": 1, "kommission": 1}


def _run(*articles):
    return compare_story(articles, KeywordEmbedder(TOPICS, 8))


def _conflicting(report):
    return [g for g in report.comparison if g.status == "conflicting"]


def test_an_interim_turnout_does_not_conflict_with_the_count():
    r = _run(_article("en", "en", "According to the latest statistics from the commission, the turnout amounted to 61.56%."),
             _article("ru", "ru", "По данным комиссии, явка составила 63,66%."),
             _article("de", "de", "Laut der Kommission lag die Wahlbeteiligung bei 63,66%."))
    assert not _conflicting(r)


def test_turnouts_of_one_stage_still_conflict():
    r = _run(_article("en", "en", "According to the commission, the turnout amounted to 66.66%."),
             _article("ru", "ru", "По данным комиссии, явка составила 63,66%."),
             _article("de", "de", "Laut der Kommission lag die Wahlbeteiligung bei 63,66%."))
    assert len(_conflicting(r)) == 1



def _count_marks(text: str, language: str) -> frozenset[str]:
    values = tuple(extract(text, language))
    claim = Claim("c", "a", text, 0, len(text), values, ())
    return stage_marks(claim, next(v for v in values if v.kind == "count"), language)


@pytest.mark.parametrize("language, text", [
    ("en", "The exit poll gave the farmers' party 12 seats."),
    ("nl", "Volgens de exitpoll krijgt de boerenpartij 12 zetels."),
    ("de", "Laut Prognose kommt die Bauernpartei auf 12 Sitze."),
    ("fr", "Selon le sondage à la sortie des urnes, le parti agricole obtient 12 sièges."),
    ("pl", "Według sondażu exit poll partia rolników zdobyła 12 mandatów."),
])
def test_a_count_a_poll_gives_is_an_estimate(language, text):
    assert _count_marks(text, language) == {"estimate"}


@pytest.mark.parametrize("language, text", [
    ("en", "The farmers' party won 12 seats."),
    ("nl", "De boerenpartij behaalde 12 zetels."),
])
def test_a_count_with_no_poll_has_no_marks(language, text):
    assert _count_marks(text, language) == frozenset()


SEATS = {"seats": 2, "zetels": 2, "sitze": 2, "party": 3, "partij": 3, "partei": 3}


def test_a_poll_count_does_not_conflict_with_the_counted_result():
    r = compare_story((_article("en", "en", "The exit poll gave the farmers' party 12 seats."),
                       _article("nl", "nl", "De boerenpartij behaalde 14 zetels."),
                       _article("de", "de", "Die Bauernpartei kam auf 14 Sitze.")), KeywordEmbedder(SEATS, 8))
    assert not _conflicting(r)


def test_counted_results_still_conflict():
    r = compare_story((_article("en", "en", "The farmers' party won 12 seats."),
                       _article("nl", "nl", "De boerenpartij behaalde 14 zetels."),
                       _article("de", "de", "Die Bauernpartei kam auf 14 Sitze.")), KeywordEmbedder(SEATS, 8))
    assert len(_conflicting(r)) == 1


COUNTED = {"stimmen": 4, "votes": 4, "prozent": 4}


def test_the_share_counted_behind_a_projection_is_no_estimate():
    r = compare_story((_article("de", "de", "Die Hochrechnung auf Basis von 97 Prozent der ausgezählten Stimmen ist da."),
                       _article("en", "en", "With 97% of the votes counted, the result is clear.")),
                      KeywordEmbedder(COUNTED, 8))
    rows = [g for g in r.comparison if g.topic.startswith("percent")]
    assert [(g.status, g.articles) for g in rows] == [("agreed", ("de", "en"))]


def test_a_count_row_is_never_labelled_by_a_function_word():
    from storylens.compare import _empty_noun
    from storylens.model import Value
    assert _empty_noun(Value("count", 1, "1", "te", 0, 1, False), "en")
    assert _empty_noun(Value("count", 5, "5", "van", 0, 1, False), "nl")
    assert not _empty_noun(Value("count", 5, "5", "zetels", 0, 1, False), "nl")
    assert not _empty_noun(Value("count", 5, "5", None, 0, 1, False), "nl")
