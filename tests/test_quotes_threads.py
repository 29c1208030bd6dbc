"""An open speaker takes the one person its statement's thread names at the cue (``quotes.threads.adopt``)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from storylens.api import load
from storylens.ingest import documents_from_texts
from storylens.model import Entity, Quote, Report, Speaker
from storylens.quotes.threads import adopt

MACRON = Speaker("Emmanuel Macron", "per0", "named")


def thread(open_speaker: Speaker, named=(MACRON,), lang="en", linked=True, types=("PER", "PER")):
    """Three articles (fr, de, ``lang``): the first ones name their speakers, the last gives ``open_speaker``;
    all three versions linked when ``linked``. Returns the last quote's speaker after adoption."""
    arts, errors = load(documents_from_texts(["Titre\nTexte.", "Titel\nText.", "Title\nText."]))
    assert not errors
    arts = [replace(a, language=x) for a, x in zip(arts, ("fr", "de", lang))]
    speakers = [*named, *([named[-1]] * (2 - len(named)))] + [open_speaker]
    ids = [f"{a.id}:q1" for a in arts]
    quotes = [Quote(ids[k], arts[k].id, "words", 1, 6, "direct", speakers[k], "said",
                    tuple(x for x in ids if x != ids[k]) if linked else ()) for k in range(3)]
    ents = tuple(Entity(f"per{n}", types[n], name, (name,), (), ()) for n, name in enumerate(("Emmanuel Macron", "Olaf Scholz")))
    out = adopt(quotes, Report(articles=tuple(arts), entities=ents))
    assert out[:2] == quotes[:2]  # the named versions never change
    return out[2].speaker


@pytest.mark.parametrize("lang, sp", [
    ("en", Speaker("he", None, "pronoun")),
    ("en", Speaker("the president", None, "role")),
    ("ru", Speaker("он", None, "pronoun")),
    ("fr", Speaker("le président", None, "role")),
])
def test_open_singular_speaker_takes_the_threads_person(lang, sp):
    got = thread(sp, lang=lang)
    assert (got.text, got.entity, got.kind, got.as_written) == ("Emmanuel Macron", "per0", sp.kind, sp.text)


@pytest.mark.parametrize("lang, sp", [
    ("en", Speaker("they", None, "pronoun")),           # a group, not the thread's man
    ("ru", Speaker("они", None, "pronoun")),
    ("en", Speaker("a source", None, "unnamed")),       # someone the outlet keeps unnamed
    ("en", Speaker("officials", None, "role")),         # plural role
    ("en", Speaker("the lawyer of Dodik", None, "role")),  # a role naming another person
])
def test_group_unnamed_and_anothers_role_stay_open(lang, sp):
    assert thread(sp, lang=lang) == sp


def test_thread_naming_two_people_or_an_organisation_or_no_link_adopts_nothing():
    he = Speaker("he", None, "pronoun")
    assert thread(he, named=(MACRON, Speaker("Olaf Scholz", "per1", "named"))) == he  # not unanimous
    assert thread(he, types=("ORG", "PER")) == he  # the thread's speaker is not a person
    assert thread(he, linked=False) == he  # no thread at all
    # a pronoun resolved in its own article keeps its own person
    own = Speaker("Olaf Scholz", "per1", "pronoun", "he")
    assert thread(own) == own


def test_one_naming_version_is_not_enough():
    he = Speaker("he", None, "pronoun")
    other = Speaker("somebody", None, "unnamed")
    assert thread(he, named=(MACRON, other)) == he  # only one article names the person at the cue
