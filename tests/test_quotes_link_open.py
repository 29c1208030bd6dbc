"""A version whose speaker its article leaves open joins its statement's thread when the thread's speaker fits."""
from __future__ import annotations

import pytest

from storylens.model import Article, Entity, Mention, Quote, Speaker
from storylens.pipeline import Report
from storylens.quotes.link import link_quotes
from storylens.resources import Context

# a minister's statement after a depot fire, in three outlets naming him, and a Polish outlet's looser version
# given to "minister" far below the paragraph that names him
INJURED = {
    "en": "Nobody was injured in the explosion at the depot, and the fire is now under control.",
    "de": "Bei der Explosion im Depot wurde niemand verletzt, das Feuer ist inzwischen unter Kontrolle.",
    "fr": "Personne n'a été blessé dans l'explosion du dépôt et l'incendie est désormais maîtrisé.",
}
LOOSE_PL = "Dzięki Bogu nikomu nic się nie stało."
SCHOOL = {"en": "The new school year starts on Monday for every pupil in the district.",
          "de": "Das neue Schuljahr beginnt am Montag für alle Schüler des Bezirks."}
FAR = 5000  # the role's quote stands this far below the name: beyond what a pronoun or role reaches back


@pytest.fixture(scope="module")
def ctx():
    return Context()


def _quote(qid: str, text: str, speaker: Speaker, start: int = 0) -> Quote:
    return Quote(qid, qid.split(":")[0], text, start, start + len(text), "direct", speaker)


def _report(named_in_pl: str | None) -> Report:
    arts = tuple(Article(lang, "", "", lang) for lang in ("en", "de", "fr", "pl"))
    if named_in_pl is None:
        return Report(articles=arts)
    mention = Mention("pl", 0, len(named_in_pl), named_in_pl, "PER", "e-1")
    person = Entity("e-1", "PER", named_in_pl, (named_in_pl,), ("pl",), (mention,))
    return Report(articles=arts, entities=(person,))


def _quotes() -> list[Quote]:
    novak, mayor = Speaker("Pavel Novak", None, "named"), Speaker("Eva Horak", None, "named")
    out = [_quote(f"{lang}:q1", text, novak) for lang, text in INJURED.items()]
    out += [_quote(f"{lang}:q2", text, mayor) for lang, text in SCHOOL.items()]
    return out + [_quote("pl:q1", LOOSE_PL, Speaker("minister", None, "role"), FAR)]


def _thread(quotes: list[Quote], qid: str) -> set[str]:
    by_id, seen, todo = {q.id: q for q in quotes}, set(), [qid]
    while todo:
        if (x := todo.pop()) not in seen:
            seen.add(x)
            todo += by_id[x].same_as
    return seen


def test_a_role_joins_the_thread_of_the_person_its_article_names(ctx):
    out = link_quotes(_quotes(), _report("Pavel Nowak"), ctx)  # (the Polish spelling of the name)
    assert _thread(out, "pl:q1") == {"en:q1", "de:q1", "fr:q1", "pl:q1"}
    assert _thread(out, "en:q2") == {"en:q2", "de:q2"}


def test_a_role_stays_alone_when_its_article_names_no_one_the_thread_s_speaker(ctx):
    for report in (_report(None), _report("Eva Horak")):
        out = {q.id: q for q in link_quotes(_quotes(), report, ctx)}
        assert out["pl:q1"].same_as == ()
        assert _thread(list(out.values()), "en:q1") == {"en:q1", "de:q1", "fr:q1"}


def test_a_role_stays_alone_when_another_statement_is_nearly_as_close(ctx):
    # the mayor's statement is now about the fire too: the loose version is no longer clearly the minister's
    quotes = [q for q in _quotes() if not q.id.endswith("q2")]
    quotes += [_quote("en:q2", "Thankfully no one was hurt, and the firefighters have the blaze under control.",
                      Speaker("Eva Horak", None, "named"))]
    out = {q.id: q for q in link_quotes(quotes, _report("Pavel Nowak"), ctx)}
    assert out["pl:q1"].same_as == ()
