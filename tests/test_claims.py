"""Claims: sentences with values, entities, modality and speakers."""
from __future__ import annotations

import pytest

from storylens.claims import cues, find_claims, modality
from storylens.model import Article, Entity, Mention, Quote, Sentence, Speaker
from storylens.pipeline import Report
from storylens.resources import Context


@pytest.mark.parametrize("text,language,expected", [
    ("The plants will produce NATO-standard ammunition.", "en", "asserted"),
    ("The first plant is expected to begin operations in 2027.", "en", "hedged"),
    ("В документации предусмотрена возможность выпуска боеприпасов стандартов НАТО.", "ru", "hedged"),
    ("И в обозримом будущем это вряд ли возможно.", "ru", "hedged"),
    ("Решение о переходе на НАТОвские калибры не принималось.", "ru", "negated"),
    ("The ministry denied that the plant will switch standards.", "en", "negated"),
    ("Почему Казахстан вообще должен оправдываться?", "ru", "question"),
    ("According to Gazeta.ru, the official told RTVI about the plan.", "en", "reported"),
    ("Это не только производство, но и политика.", "ru", "asserted"),
    ("Dmitry Lomsadze, a student at School No. 30, scored 400 points.", "en", "asserted"),
    ("He doesn't expect the plant to open.", "en", "negated"),
])
def test_modality(text, language, expected):
    assert modality(cues(text, language), quoted=False) == expected


def test_strong_qualifiers_are_told_apart_from_plain_hedges():
    assert "qualifiers" in cues("предусмотрена возможность выпуска боеприпасов", "ru")
    assert "qualifiers" not in cues("Запуск производства ожидается в 2027 году.", "ru")
    assert "qualifiers" in cues("Switching standards is unlikely.", "en")


def _article() -> Article:
    text = ("Heading line\nKazakhstan will build four plants by 2027, the ministry said. "
            "Is this a threat? Ok then.")
    s1 = text.index("Kazakhstan")
    s2 = text.index("Is this")
    s3 = text.index("Ok then")
    sentences = (Sentence(0, 0, 12, "Heading line", "en", 0, True),
                 Sentence(1, s1, s2 - 1, text[s1:s2 - 1], "en", 1),
                 Sentence(2, s2, s3 - 1, text[s2:s3 - 1], "en", 1),
                 Sentence(3, s3, len(text), text[s3:], "en", 1))
    return Article("a1", "a1.txt", text, "en", sentences=sentences)


def test_claims_from_body_sentences_with_values_entities_and_speaker():
    art = _article()
    k = art.text.index("Kazakhstan")
    mention = Mention("a1", k, k + 10, "Kazakhstan", "LOC", entity="e1")
    entity = Entity("e1", "LOC", "Kazakhstan", ("Kazakhstan",), ("a1",), (mention,))
    q = art.text.index("four")
    quote = Quote("q1", "a1", "four plants", q, q + 11, "indirect", Speaker("the ministry"))
    report = Report(articles=(art,), entities=(entity,), quotes=(quote,))
    claims = find_claims(report, Context()).claims
    assert [c.text for c in claims] == [art.sentences[1].text, art.sentences[2].text]  # no heading, no fragment
    c = claims[0]
    assert [(v.kind, v.value) for v in c.values] == [("count", 4), ("year", 2027)]
    assert all(art.text[v.start:v.end] == v.text for v in c.values)  # offsets into the article text
    assert c.entities == ("e1",)
    assert c.attributed_to == "the ministry" and c.modality == "reported"
    assert claims[1].modality == "question" and claims[1].values == ()


def test_claims_work_without_entities_or_quotes():
    report = Report(articles=(_article(),))
    claims = find_claims(report, Context()).claims
    assert claims[0].entities == () and claims[0].attributed_to is None
    assert claims[0].modality == "reported"  # "the ministry said" is a reporting cue


def test_speaker_lookup_by_bisection_finds_the_first_overlapping_quote_as_a_scan_would():
    import random

    from storylens.claims import QuoteIndex, claim_speaker
    from storylens.model import Quote, Speaker

    rnd = random.Random(11)
    quotes = sorted((Quote(f"a:q{i}", "a", "x", s, s + rnd.randint(1, 80), "direct", Speaker(f"p{i}"))
                     for i, s in enumerate(rnd.sample(range(2000), 60))), key=lambda q: q.start)
    index = QuoteIndex(quotes)
    for _ in range(500):
        start = rnd.randrange(2100)
        end = start + rnd.randint(1, 120)
        first = next((q for q in quotes if q.start < end and start < q.end), None)
        assert claim_speaker(start, end, index) == (first.speaker.text if first else None)


def test_a_unit_word_of_the_articles_language_is_read_where_the_sentence_was_detected_as_another():
    from storylens.claims import sentence_values

    text = "A aldeia fica a cerca de 300 quilómetros a leste da capital."
    as_spanish = sentence_values(text, "es", "pt")
    assert [(v.kind, v.value, v.unit) for v in as_spanish] == [("measure", 300, "km")]
    # a count the article's language reads no differently stays the sentence language's count
    people = sentence_values("Murieron 300 personas en el incendio.", "es", "pt")
    assert [(v.kind, v.value, v.unit) for v in people] == [("count", 300, "personas")]
    # a sentence in the article's own language is read once, as before
    assert sentence_values(text, "es", "es")[0].kind == "count"
