"""A dispute's scope: the asserting side found in every article by what is denied (its anchors and closeness), and
no disputed row for a denial of what nobody states or for a legal caution alone."""
from __future__ import annotations

import zlib

import numpy as np

from compare_helpers import KeywordEmbedder, compare_story, linked_entities
from compare_helpers import article as _article
from storylens.model import Article

# word -> (direction, weight): an asserting sentence and a denial share the drones direction and differ in the rest,
# so they are close (about 0.83) but not as close as two wordings of one sentence
WORDS = {"drone": (0, 1.0), "dron": (0, 1.0), "ντρόουν": (0, 1.0), "drohne": (0, 1.0), "target": (1, 0.45), "airspace": (2, 0.45),
         "przestrze": (2, 0.45), "εναέριο": (2, 0.45), "spazio aereo": (2, 0.45), "luftraum": (2, 0.45),
         "weather": (3, 1.0), "pogoda": (3, 1.0), "fire": (4, 1.0), "brand": (4, 1.0), "criminal": (5, 1.0),
         "kriminell": (5, 1.0), "museum": (6, 1.0), "alleged": (7, 1.0), "jewel": (6, 1.0)}


def _disputed(*articles: Article, forms: dict[str, tuple[str, ...]] | None = None) -> list:
    embedder = KeywordEmbedder(WORDS, 16, noise=0.01, strongest=True)  # one keyword per direction counts once
    report = compare_story(articles, embedder, linked_entities(articles, forms or {}, "LOC"))
    return [g for g in report.comparison if g.status == "disputed"]


POLAND = {"e-poland": ("Poland", "Polish", "Polski", "Polsk", "Πολωνία", "Polonia", "Polen")}


def test_the_asserting_side_is_found_in_every_language_by_what_is_denied():
    rows = _disputed(
        _article("ru1", "en", "The ministry denied that its drones had any targets in Poland."),
        _article("en1", "en", "Drones crossed into the airspace of Poland overnight.", "The weather was cold."),
        _article("pl1", "pl", "Drony naruszyły przestrzeń powietrzną Polski w nocy.", "Pogoda była zimna."),
        _article("el1", "el", "Ντρόουν παραβίασαν τον εναέριο χώρο της Πολωνίας."),
        _article("it1", "it", "Droni hanno violato lo spazio aereo della Polonia."),
        _article("de1", "de", "Drohnen drangen in den Luftraum von Polen ein."),
        forms=POLAND)
    assert len(rows) == 1
    assert set(rows[0].articles) == {"ru1", "en1", "pl1", "el1", "it1", "de1"}


def test_a_denial_of_what_nobody_states_is_no_dispute():
    # the sentences beside the denials, and another article's wording of them, speak of the fire, not of a crime
    assert not _disputed(
        _article("en1", "en", "The fire started in the basement of the Bar.",
                 "Police said there was no indication of a criminal act at the Bar."),
        _article("de1", "de", "Der Brand begann im Keller der Bar.",
                 "Die Polizei sagte, es gebe keine Hinweise auf eine kriminelle Tat in der Bar."),
        _article("en2", "en", "The fire started in the basement of the Bar on Sunday."),
        forms={"e-bar": ("Bar",)})


def test_a_legal_caution_alone_is_no_dispute():
    # naming suspects "alleged" doubts nothing the other source reports
    assert not _disputed(
        _article("en1", "en", "Four robbers took the jewels from the Louvre museum, police said."),
        _article("en2", "en", "Four alleged robbers took the jewels from the Louvre museum."),
        forms={"e-louvre": ("Louvre",)})


class ConceptEmbedder:
    """Three wordings of one thing in three languages, each about 0.84 from the others: close, not near-copies."""

    KEYS = {"dolos": 1, "εμπρησμ": 2, "arson": 3, "weather": 4}

    def embed(self, texts):
        out = []
        for t in texts:
            v = np.random.default_rng(zlib.crc32(t.encode())).standard_normal(16) * 0.005
            for word, dim in self.KEYS.items():
                if word in t.lower():
                    v[0] += dim != 4
                    v[dim] += 0.43 if dim != 4 else 1.0
            out.append(v / np.linalg.norm(v))
        return np.array(out, dtype=np.float32).reshape(len(texts), 16)


def test_an_assertion_as_close_as_a_translation_to_denials_is_their_other_side():
    # "the blaze was arson" states flatly what the Italian and Greek sentences rule out: aligned or not, it is no
    # translation of them (a translation keeps the negation), and the three make one disputed row
    arts = (_article("en1", "en", "Witnesses said the blaze was arson.", "The weather was dry."),
            _article("it1", "it", "Gli inquirenti hanno escluso la pista dolosa."),
            _article("el1", "el", "Η αστυνομία απέκλεισε το ενδεχόμενο εμπρησμού."))
    rows = [g for g in compare_story(arts, ConceptEmbedder()).comparison if g.status == "disputed"]
    assert len(rows) == 1
    assert set(rows[0].articles) == {"en1", "it1", "el1"}
