"""What gets embedded: only what the story phase compares; and stories analysed as a stream equal ``analyze``."""
from __future__ import annotations

from pathlib import Path

import storylens
from storylens.embed import claim_compared, compared, texts
from storylens.model import Article, ArticleAnalysis, Claim, Mention, Sentence, Value

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo" / "corpus"
SEEDS = ROOT.parent / "shared" / "seeds"

LINES = ["Officials met in the capital.", "It was a quiet morning.", "Ivan Petrov arrived late.",
         "Nothing else happened.", "The bill came to twelve.", "Prices went up again.", "People went home."]


def _article() -> Article:
    text, sents, pos = "", [], 0
    for i, line in enumerate(LINES):
        sents.append(Sentence(i, pos, pos + len(line), line, "en"))
        text += line + " "
        pos += len(line) + 1
    return Article("a1", "a1.txt", text, "en", title="A quiet day", sentences=tuple(sents))


def test_the_lead_and_sentences_carrying_an_entity_a_value_or_a_frame_cue_are_compared():
    art = _article()
    petrov = Mention("a1", art.sentences[2].start, art.sentences[2].start + 11, "Ivan Petrov", "PER")
    value = Claim("c1", "a1", LINES[4], art.sentences[4].start, art.sentences[4].end,
                  values=(Value("count", 12, "twelve"),), sentence=4)
    bare = Claim("c2", "a1", LINES[6], art.sentences[6].start, art.sentences[6].end, sentence=6)
    kept = compared(art, [petrov], [], [value, bare])
    # 0: the lead; 2: an entity; 4: a claim with a value; 5: the cue "price*" of the Economic frame
    assert kept == {0, 2, 4, 5}
    assert claim_compared(value, {"a1": kept}) and not claim_compared(bare, {"a1": kept})
    assert texts(ArticleAnalysis(art, mentions=(petrov,), claims=(value, bare))) == \
        ["A quiet day", LINES[0], LINES[2], LINES[4], LINES[5]]


def test_the_comparison_embeds_only_compared_sentences_and_each_text_once():
    # framing embeds every body sentence on purpose: its genre and frame models read the mean of the whole body
    from storylens.stages import default_stages
    from storylens.adapters.embeddings import Embedder

    shared = storylens.Context.shared()
    seen: list[str] = []

    class Counting:  # the real backend, remembering what it was asked to encode
        name, dim = shared.embedder.backend.name, shared.embedder.backend.dim

        def encode(self, batch):
            seen.extend(batch)
            return shared.embedder.backend.encode(batch)

    ctx = storylens.Context(shared.settings, dict(shared._extra))  # the loaded models, a fresh vector cache
    ctx._extra["embedder"] = Embedder(Counting())
    stages = [st for st in default_stages() if st.name != "framing"]
    report = storylens.analyze([DEMO], ctx=ctx, stages=stages)
    body = {s.text for a in report.articles for s in a.body}
    left_out = body - set(seen)
    assert seen and left_out, "every body sentence was embedded"
    assert len(seen) == len(set(seen))  # each distinct text once


def test_stories_analysed_one_after_another_equal_analyze_on_each():
    groups = [sorted(DEMO.glob("*.txt")), sorted(SEEDS.glob("*.txt"))]
    streamed = list(storylens.analyze_stories(groups))
    assert len(streamed) == 2
    for group, report in zip(groups, streamed):
        assert report.to_json() == storylens.analyze(group).to_json()
