"""Speaker sanity (own sentences): a capitalised common word or a photo credit is no speaker; story resolution reads
such a speaker again, and linking lets the words decide."""
from __future__ import annotations

import re
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from storylens.model import Article, Entity, Mention, Quote, Report, Speaker
from storylens.quotes import article_mentions, extract_quotes
from storylens.quotes.linkwho import DIFFER, OPEN, Relations
from storylens.quotes.sanity import Sanity
from storylens.quotes.story import resolve_story
from storylens.resources import Context

sys.path.insert(0, str(Path(__file__).parent))
from test_quotes_story import story  # noqa: E402


@pytest.fixture(scope="module")
def ctx():
    c = Context()
    with c.activated():
        yield c


def _report(texts: list[tuple[str, str]], people: list[list[str]]) -> Report:
    """A bare report: articles a0, a1… (language, text) and one person entity per group of names."""

    arts = tuple(Article(f"a{k}", "test", t, lang) for k, (lang, t) in enumerate(texts))
    ents = []
    for n, names in enumerate(people):
        ms = tuple(Mention(a.id, m.start(), m.end(), m.group(), "PER", entity=f"per{n}")
                   for a in arts for name in names for m in re.finditer(re.escape(name), a.text))
        ents.append(Entity(f"per{n}", "PER", names[0], tuple(names), tuple({m.article for m in ms}), ms))
    return Report(articles=arts, entities=tuple(ents))


@pytest.mark.parametrize("lang, word", [
    ("es", "Mientras"),  # a conjunction opening a sentence
    ("pt", "País"),  # the country addressed ("disse ao País")
    ("de", "Wahlprogramm"),  # a German noun, capitalised as every noun
    ("pl", "WIĘCEJ"),  # a link label in capitals
])
def test_a_common_word_is_no_speaker(ctx, lang, word):
    s = Sanity(_report([(lang, "Anna Lindqvist")], [["Anna Lindqvist"]]))
    assert s.explain(Speaker(word, None, "named"), "a0") == "common_word"
    assert Sanity(_report([(lang, "x")], [])).explain(Speaker(word, None, "named"), "a0") is None  # names unknown


def test_a_name_the_story_holds_stays_a_speaker_even_unlinked(ctx):
    # "Koch" is a German word too, but the story names Martina Koch
    s = Sanity(_report([("de", "Martina Koch trat zurück."), ("de", "x")], [["Martina Koch"]]))
    assert s.explain(Speaker("Koch", None, "named"), "a1") is None
    assert s.explain(Speaker("Verhoekx", None, "named"), "a1") is None  # no dictionary word


def test_a_person_written_only_in_capitals_is_a_credit_line(ctx):
    s = Sanity(_report([("en", "The minister spoke in Lisbon. AGENCY/RUI MATOS PEIXE")], [["RUI MATOS PEIXE"]]))
    assert s.explain(Speaker("RUI MATOS PEIXE", "per0", "pronoun", "he"), "a0") == "credit_line"
    named = Sanity(_report([("en", "Rui Matos Peixe spoke. RUI MATOS PEIXE")],
                           [["Rui Matos Peixe", "RUI MATOS PEIXE"]]))
    assert named.explain(Speaker("Rui Matos Peixe", "per0", "named"), "a0") is None


def test_story_reads_a_common_word_speaker_again(ctx):
    report = story(ctx, [("pt", "Título\nO primeiro-ministro João Tavares anunciou a demissão na terça-feira.\n"
                                "«Não tenho nada a esconder», disse numa mensagem ao País, a partir do palácio.")],
                   people=[["João Tavares"]])
    quotes = [replace(q, speaker=Speaker("País", None, "named")) for q in extract_quotes(report)]
    got = resolve_story(quotes, report, article_mentions(report))
    assert [q.speaker.entity for q in got] == ["per0"]


def test_linking_treats_a_common_word_speaker_as_unknown(ctx):
    report = _report([("de", "x"), ("en", "Geert Jansen")], [["Geert Jansen"]])
    quotes = [Quote("a0:q0", "a0", "Die Niederlande zuerst", 0, 1, "direct", Speaker("Wahlprogramm", None, "named")),
              Quote("a1:q0", "a1", "The Netherlands first", 0, 1, "direct", Speaker("Geert Jansen", "per0", "named"))]
    assert Relations(quotes, report)(0, 1) == OPEN
    odd = [replace(quotes[0], speaker=Speaker("Verhoekx", None, "named")), quotes[1]]
    assert Relations(odd, report)(0, 1) == DIFFER  # a name that is no word: two people


def test_a_full_name_of_dictionary_words_is_a_name(ctx):
    s = Sanity(_report([("de", "Anna Lindqvist")], [["Anna Lindqvist"]]))
    assert s.explain(Speaker("Friedrich Merz", None, "named"), "a0") is None
