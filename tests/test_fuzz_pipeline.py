"""Fuzzed pipeline: articles built from hostile pieces go through the whole guarded pipeline.

Every input must be analysed or named in ``errors``, no exception may escape,
and no input may cost far more CPU per kilobyte than the others (a ratio of
CPU times measured here, a behaviour: super-linear cost shows up as a ratio
that grows with length, whatever the machine's speed). The sentence-embedding
model is replaced by a hashing stand-in so the test stays within a minute or
two of CI; the real models (NER, language identification) run.
"""
from __future__ import annotations

import hashlib
import statistics
import time

import numpy as np
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from storylens import api
from storylens.adapters.embeddings import Embedder
from storylens.ingest import documents_from_texts
from storylens.resources import Context

WORDS = ["Sokolov", "said", "the", "plant", "would", "open", "Соколов", "заявил", "завод", "откроется",
         "minister", "министр", "according", "по", "словам", "NATO", "ОДКБ", "Kazan", "Казани", "2029"]
SENTENCES = [
    "Ivan Sokolov, who heads Northern Grid, said on Tuesday that 7 plants would open in Kazan by 2029.",
    "«Мы ожидаем, что первый завод заработает в 2027 году», — сказал Соколов журналистам.",
    "According to the ministry, the programme will cost about $450 million over six years.",
    "По данным компании, программа обойдётся примерно в 450 млн долларов.",
]
QUOTES = list("«»“”„‟‹›‘’‚\"'「」『』")
ODD = ["\u200b", "\u200d", "\ufeff", "\u00ad", "\u202e", "\u200f", "\x07", "\x1b", "\x0b", "\x85", "\t"]
NUMBERS = ["1,234,567.89", "1.234.567,89", "12 345", "1e9", "0x1F", "½", "MCMXCIV", "-0", "99999999999999999999",
           "31/02/2024", "2024-13-45", "14 мая 2029 г.", "Q3 FY2029", "25:61", "$4.5bn", "4,5 млрд руб.", "120%"]
MARKUP = ["<p>", "</p>", "<br/>", "&amp;", "&nbsp;", "&laquo;", "&#8212;", "<script>x=1</script>", "<!-- c -->"]
FOREIGN = ["قال المتحدث إن 7 مصانع ستفتح.", "הדובר אמר כי המפעל ייפתח.", "公司负责人周二表示，将开设7家工厂。",
           "ソコロフ氏は工場を開設すると述べた。", "Η κυβέρνηση ανακοίνωσε νέα εργοστάσια.", "😀🔥🚀🇷🇺👨‍👩‍👧‍👦"]

piece = st.one_of(
    st.sampled_from(SENTENCES), st.sampled_from(WORDS), st.sampled_from(QUOTES), st.sampled_from(ODD),
    st.sampled_from(NUMBERS), st.sampled_from(MARKUP), st.sampled_from(FOREIGN), st.just("\n"), st.just(". "),
    st.text(min_size=1, max_size=12),  # anything at all, surrogates excepted (no valid text holds them)
)


@st.composite
def article(draw) -> str:
    """Hostile pieces joined, sometimes repeated into very long lines, long sentences or thousands of sentences."""
    parts = draw(st.lists(piece, min_size=1, max_size=40))
    text = " ".join(parts)
    shape = draw(st.sampled_from(["plain", "long_line", "run_on", "many_sentences", "all_caps"]))
    if shape == "long_line":
        text = (text.replace("\n", " ") + " ") * draw(st.integers(20, 200))
    elif shape == "run_on":
        text = ", ".join([text.replace(".", "").replace("\n", " ")] * draw(st.integers(20, 200)))
    elif shape == "many_sentences":
        text = " ".join(draw(st.sampled_from(["He said so.", "Он ушёл.", "No.", "Why?"])) for _ in range(2000))
    elif shape == "all_caps":
        text = text.upper()
    return text


class HashBackend:
    """Word vectors from a hash: cheap, deterministic, sentences sharing words are similar."""

    dim = 64

    def encode(self, texts):
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split()[:200]:
                out[i] += np.frombuffer(hashlib.blake2b(w.encode("utf-8", "replace"), digest_size=64).digest(),
                                        dtype=np.uint8)[: self.dim] - 127.5
        return out


CTX = Context()
CTX.__dict__["embedder"] = Embedder(HashBackend())
COSTS: list[tuple[str, float, float]] = []  # (shape, KB, CPU seconds) of every analysed example
WARM: list[bool] = []


def _warm() -> None:
    """Load the models once before any example is timed (loading is not a cost of the text)."""
    if not WARM:
        api.analyze(texts=SENTENCES + FOREIGN, ctx=CTX)
        WARM.append(True)


@seed(20)
@settings(max_examples=45, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(article(), min_size=1, max_size=3))
def test_every_hostile_article_is_analysed_or_named_and_nothing_escapes(texts):
    _warm()
    docs = documents_from_texts(texts)
    t0 = time.process_time()
    report = api.analyze(docs, ctx=CTX)
    cpu = time.process_time() - t0
    analysed = {a.id for a in report.articles}
    named = {e.article or e.source for e in report.errors}
    for d in docs:
        assert d.id in analysed or d.id in named or d.source in named, d.id
    for a in report.articles:
        assert all(a.text[s.start:s.end] == s.text for s in a.sentences)
        assert all(len(s.text) <= 1000 for s in a.sentences)
    kb = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1024
    if report.articles and kb >= 2:
        COSTS.append((str(len(texts)), kb, cpu))


def test_no_hostile_input_costs_far_more_per_kilobyte_than_the_rest():
    """CPU per KB of every fuzzed batch of at least 2 KB against their median: a generous ratio, so only
    super-linear cost (which grows with length) trips it, not a busy machine."""
    if len(COSTS) < 5:
        test_every_hostile_article_is_analysed_or_named_and_nothing_escapes()
    rates = [cpu / kb for _, kb, cpu in COSTS]
    assert len(rates) >= 5
    median = statistics.median(rates)
    assert max(rates) <= 25 * median, sorted(rates)[-5:]
