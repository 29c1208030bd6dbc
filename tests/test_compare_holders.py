"""Shares keyed by their holder (the person named next to them) and by being an estimate (a poll) or a result."""
from __future__ import annotations

from compare_helpers import KeywordEmbedder, compare_story, linked_entities
from compare_helpers import article as _article
from storylens.compare.holders import estimate, holder
from storylens.model import Claim, Value

TOPICS = {"wyb": 0, "wahl": 0, "elezion": 0, "election": 0, "εκλογ": 0, "głos": 1, "stimm": 1, "vot": 1, "ψήφ": 1}
PEOPLE = {"e-kowal": ["Kowalska", "Kowalskiej", "Kowalskas"], "e-nowak": ["Nowak", "Nowaka", "Νόβακ"]}


def _run(*articles):
    return compare_story(articles, KeywordEmbedder(TOPICS, 32), linked_entities(articles, PEOPLE, "PER"))


def _rows(report, value):
    return [g for g in report.comparison if g.value == value or (isinstance(g.value, list) and value in g.value)]


def test_two_candidates_shares_in_aligned_sentences_are_two_rows_not_a_conflict():
    r = _run(_article("pl", "pl", "W wyborach Nowak zdobył 52,4 proc. głosów, a Kowalska 47,6 proc. głosów."),
             _article("de", "de", "Bei der Wahl erhielt Nowak 52,4 Prozent der Stimmen, Kowalska 47,6 Prozent der Stimmen."),
             _article("it", "it", "Alle elezioni Kowalska ha ottenuto il 47,6% dei voti, Nowak il 52,4% dei voti."))
    assert not [g for g in r.comparison if g.status == "conflicting"]
    for share in (52.4, 47.6):
        rows = _rows(r, share)
        assert len(rows) == 1 and rows[0].status == "agreed" and set(rows[0].articles) == {"pl", "de", "it"}
        assert "holder: " in (rows[0].note or "")


def test_one_candidates_share_given_differently_by_a_translation_conflicts():
    r = _run(_article("en", "en", "In the election Nowak won 52.4% of the vote."),
             _article("el", "el", "Στις εκλογές ο Νόβακ κέρδισε το 54,2% των ψήφων."))
    conflicts = [g for g in r.comparison if g.status == "conflicting"]
    assert [sorted(g.value) for g in conflicts] == [[52.4, 54.2]]


def test_the_holder_is_the_person_named_nearest_before_the_share_or_right_after_it():
    text = "Nowak lag mit 50,3 Prozent vor Kowalska, die auf 49,7 Prozent kam, und 12 Prozent für Kowalskas Partei."
    claim = Claim("c", "a", text, 0, len(text))
    spans = [(text.find(n), text.find(n) + len(n), eid) for eid, names in PEOPLE.items() for n in names
             if n in text and not (n == "Kowalska" and text.find("Kowalskas") == text.find(n))]
    spans.sort()
    people = frozenset(PEOPLE)

    def share(written: str) -> Value:
        at = text.find(written)
        return Value("percent", 0.0, written, "%", start=at, end=at + len(written))

    assert holder(claim, share("50,3 Prozent"), spans, people) == "e-nowak"
    assert holder(claim, share("49,7 Prozent"), spans, people) == "e-kowal"
    assert holder(claim, share("50,3 Prozent"), spans, frozenset()) is None


def test_a_poll_is_an_estimate_in_each_language_and_a_result_is_not():
    assert estimate("Według sondażu exit poll Nowak ma 52 proc.", "pl")
    assert estimate("Laut der Hochrechnung liegt Nowak bei 52 Prozent.", "de")
    assert estimate("Secondo le proiezioni Nowak è al 52%.", "it")
    assert estimate("Σύμφωνα με τη δημοσκόπηση ο Νόβακ έχει 52%.", "el")
    assert estimate("Nowak led the exit poll with 52%.", "en")
    assert estimate("Nowak won 52% of the vote.", "en") is False
    assert estimate("Nowak a 52 %.", "xx") is None
    # languages that had no words for a poll
    assert estimate("Segundo a pesquisa de boca de urna, Nowak tem 52%.", "pt")
    assert estimate("Potrivit sondajului exit-poll, Nowak are 52%.", "ro")
    assert estimate("Podle průzkumu má Nowak 52 procent.", "cs")
    assert estimate("Volgens de exitpoll heeft Nowak 52 procent.", "nl")
    assert estimate("Anket sonuçlarına göre Nowak yüzde 52 aldı.", "tr")
    assert estimate("Nowak a obținut 52% din voturi.", "ro") is False


def test_an_exit_poll_share_and_the_result_of_one_candidate_do_not_conflict():
    r = _run(_article("pl", "pl", "Według sondażu exit poll Nowak zdobył 50,3 proc. głosów."),
             _article("de", "de", "Nach dem amtlichen Ergebnis erhielt Nowak 49,1 Prozent der Stimmen."))
    assert not [g for g in r.comparison if g.status == "conflicting"]


def test_a_share_of_another_year_is_its_own_row_named_by_its_year():
    r = _run(_article("pl", "pl", "Frekwencja w 2025 roku wyniosła 71,6 proc., a w wyborach w 2020 roku 68,2 proc."),
             _article("de", "de", "Die Wahlbeteiligung lag 2025 bei 72,8 Prozent, im Jahr 2020 bei 68,2 Prozent."))
    rows = [g for g in r.comparison if g.value is not None and 68.2 in (g.value if isinstance(g.value, list) else [g.value])]
    assert rows and all(g.status != "conflicting" for g in rows)
    assert any("time: earlier" in (g.note or "") for g in rows)



def test_a_share_of_an_earlier_vote_is_keyed_by_its_time_in_languages_newly_given_the_words():
    # ``earlier`` words in ru, uk, cs, nl...: "на прошлых выборах" is the last election's turnout, not this one's
    arts = (_article("ru", "ru", "Выборы прошли 20 октября 2024 года. Явка на прошлых выборах составила 42%."),
            _article("en", "en", "The vote was held on 20 October 2024. Turnout at the elections was 49%."))
    r = compare_story(arts, KeywordEmbedder({"явка": 0, "turnout": 0, "выборы": 1, "vote": 1}, 8))
    assert not [g for g in r.comparison if g.status == "conflicting"]
    assert any("time: earlier" in (g.note or "") for g in _rows(r, 42))
