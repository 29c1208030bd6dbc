"""The PolNeAR attribution measure on small hand-written documents and annotations (CI has no PolNeAR data)."""
from __future__ import annotations

from storylens.api import load
from storylens.evaluate import polnear
from storylens.ingest import Document
from storylens.model import Quote, Speaker
from storylens.model import Report

TEXT = ("Budget talks stall.\n\n"
        "“We will not sign this,” said Senator Jane Roe. “It is a bad deal.”\n\n"
        "She said the vote would wait until spring.\n\n"
        "Officials were worried about the deadline.")


def at(text: str, part: str) -> tuple[int, int]:
    a = text.index(part)
    return a, a + len(part)


def ann(text: str) -> str:
    """Brat lines for TEXT: a quotation split by its attribution, a pronoun source, a stance without speech."""
    q1, q2 = at(text, "“We will not sign this,”"), at(text, "“It is a bad deal.”")
    src, she = at(text, "Senator Jane Roe"), at(text, "She")
    vote, off = at(text, "the vote would wait until spring"), at(text, "Officials")
    dl = at(text, "the deadline")
    return "\n".join([
        f"T1\tContent {q1[0]} {q1[1]};{q2[0]} {q2[1]}\t{text[q1[0]:q1[1]]} {text[q2[0]:q2[1]]}",
        f"T2\tSource {src[0]} {src[1]}\tSenator Jane Roe",
        "T3\tCue 0 1\tx",
        "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
        f"T4\tSource {she[0]} {she[1]}\tShe",
        f"T5\tContent {vote[0]} {vote[1]}\tthe vote would wait until spring",
        "E2\tAttribution:T3 Content:T5 Cue:T3 Source:T4",
        f"T6\tSource {off[0]} {off[1]}\tOfficials",
        f"T7\tContent {dl[0]} {dl[1]}\tthe deadline",
        "E3\tAttribution:T3 Content:T7 Cue:T3 Source:T6",
        "T8\tContent 0 6\tBudget",
        "E4\tAttribution-no-source:T3 Content:T8 Cue:T3",
    ])


def doc() -> polnear.PolnearDoc:
    return polnear.PolnearDoc("d", TEXT, tuple(polnear.read_ann(ann(TEXT))))


def pred(kind: str, speaker: str, part: str) -> polnear._Pred:
    a, b = at(TEXT, part)
    return polnear._Pred(kind, speaker, frozenset(polnear.words_in(TEXT, [(a, b)])))


def tallies():
    return {n: polnear.Tally() for n in ("direct", "indirect", "all")}


def test_read_ann_joins_discontinuous_content_and_keeps_sources():
    atts = doc().attributions
    assert len(atts) == 4
    assert len(atts[0].content) == 2 and atts[0].source == "Senator Jane Roe"
    assert atts[1].source == "She" and atts[1].source_at == TEXT.index("She")
    assert atts[3].source is None  # an attribution without a source


def test_quoted_words_follow_double_marks_and_newswire_apostrophes():
    text = "He said “a b” c \"d\" e ''f g'' h"
    words = {text[i:i + 1] for i in polnear.quoted_words(text)}
    assert words == {"a", "b", "d", "f", "g"}


def test_name_key_and_head_noun():
    assert polnear.name_key("Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus") == "butterfield"
    assert polnear.name_key("Republican vice-presidential nominee Gov. Mike Pence (R-IN)") == "pence"
    assert polnear.name_key("The New York Post") == "post"
    assert polnear.name_key("a campaign operative") is None
    assert polnear.head_noun("top black lawmakers") == "lawmaker"
    assert polnear.head_noun("Federal and state officials, the report says") == "official"


def test_pronoun_source_resolves_to_the_nearest_earlier_named_source():
    d = doc()
    assert polnear.source_keys(d, d.attributions[1]) >= {"roe"}
    assert polnear.names("Jane Roe", polnear.source_keys(d, d.attributions[1]))
    assert not polnear.names("John Doe", polnear.source_keys(d, d.attributions[1]))


def test_split_quotation_found_by_its_two_halves_and_attributed():
    t = tallies()
    preds = [pred("direct", "Jane Roe", "We will not sign this"), pred("direct", "Jane Roe", "It is a bad deal")]
    polnear.score_doc(doc(), preds, t)
    assert (t["direct"].gold, t["direct"].found, t["direct"].attributed) == (1, 1, 1)
    assert (t["direct"].predicted, t["direct"].belonging, t["direct"].right_speaker) == (2, 2, 2)


def test_half_a_quotation_is_not_found_and_a_wrong_speaker_is_not_attributed():
    t = tallies()
    misses: list[str] = []
    polnear.score_doc(doc(), [pred("direct", "Jane Roe", "We will not sign this")], t, misses)
    assert (t["direct"].found, t["direct"].attributed) == (0, 0)
    assert misses and "missed" in misses[0]
    t = tallies()
    preds = [pred("direct", "Budget office", "We will not sign this"), pred("direct", "Budget office", "It is a bad deal")]
    polnear.score_doc(doc(), preds, t)
    assert (t["direct"].found, t["direct"].attributed, t["direct"].right_speaker) == (1, 0, 0)


def test_indirect_pronoun_source_and_precision_of_stray_quotes():
    t = tallies()
    preds = [pred("indirect", "Jane Roe", "the vote would wait until spring"),
             pred("indirect", "Officials", "Officials were worried about"),  # mostly outside any gold content
             pred("indirect", "Someone", "Budget talks")]  # the headline is not scored, but it is gold content
    polnear.score_doc(doc(), preds, t)
    assert (t["indirect"].gold, t["indirect"].found, t["indirect"].attributed) == (2, 1, 1)
    assert (t["indirect"].predicted, t["indirect"].belonging) == (3, 1)
    assert t["all"].gold == 3


def test_evaluate_maps_cleaned_offsets_back_to_the_original():
    def analyse(docs: list[Document]) -> Report:
        arts, _ = load(docs)
        art = arts[0]
        qs = []
        for n, part in enumerate(["We will not sign this", "It is a bad deal"]):
            a = art.text.index(part)
            qs.append(Quote(f"q{n}", art.id, part, a, a + len(part), "direct", Speaker("Jane Roe", None, "named")))
        return Report(articles=(art,), quotes=tuple(qs))

    sec = polnear.evaluate([doc()], analyse, "tiny")
    found = sec.get("direct.found")
    assert (found.r_hits, found.gold, found.p_hits, found.predicted) == (1, 1, 2, 2)
    assert sec.get("direct.attributed").recall == 1.0
    assert sec.get("indirect.found").gold == 2
