"""Refining the offline framing with an optional LLM (any OpenAI-compatible endpoint).

The model sees an article's numbered body sentences and answers, as JSON
checked against ``SCHEMA``, which of the 14 frames it uses (score, evidence
sentence numbers) and which persuasion techniques appear (sentence number and
exact words). Its answer is merged with the offline result, never trusted
alone: frame scores are averaged (the model weighing more), evidence must be
real sentence numbers, and a technique's words are located in the sentence to
get offsets (the whole sentence when they cannot be found). Any failure leaves
the offline framing in place and records a note on the article.
"""
from __future__ import annotations

from dataclasses import replace

from ..adapters.llm import LLMClient
from ..errors import ProviderError
from ..model import Article, Flag, FrameScore, Framing, Sentence, Technique
from ..model import Report
from ..resources import Context
from . import cues, frames
from .techniques import TECHNIQUES

LLM_WEIGHT = 0.6
MAX_SENTENCES = 150
MAX_CHARS = 16000

SYSTEM = (
    "You are a media analyst annotating news framing and persuasion techniques (SemEval-2023 Task 3 scheme). "
    "Frames: {frames}. Techniques: {techniques}. "
    "For the article given as numbered sentences, list every frame it uses with a score from 0 (absent) to 1 "
    "(dominant) and the numbers of the sentences that show it; list each persuasion technique with the number of "
    "its sentence and the exact words from that sentence that carry it. Use only the names given. Answer in JSON."
)


def schema() -> dict:
    """The JSON schema an answer must match."""
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["frames", "techniques"],
        "properties": {
            "frames": {"type": "array", "items": {
                "type": "object", "additionalProperties": False, "required": ["frame", "score", "evidence"],
                "properties": {
                    "frame": {"type": "string", "enum": list(frames.names())},
                    "score": {"type": "number", "minimum": 0, "maximum": 1},
                    "evidence": {"type": "array", "items": {"type": "integer", "minimum": 0}},
                }}},
            "techniques": {"type": "array", "items": {
                "type": "object", "additionalProperties": False, "required": ["technique", "sentence", "text"],
                "properties": {
                    "technique": {"type": "string", "enum": list(TECHNIQUES)},
                    "sentence": {"type": "integer", "minimum": 0},
                    "text": {"type": "string"},
                }}},
        },
    }


def prompt(article: Article) -> tuple[str, str]:
    """(system, user) messages for one article; long articles are cut at a sentence boundary."""
    system = SYSTEM.format(frames="; ".join(frames.names()), techniques="; ".join(TECHNIQUES))
    lines, size = [], 0
    for i, s in enumerate(article.body[:MAX_SENTENCES]):
        line = f"[{i}] {s.text}"
        if size + len(line) > MAX_CHARS:
            break
        lines.append(line)
        size += len(line) + 1
    head = f"Language: {article.language or 'unknown'}\n" + (f"Title: {article.title}\n" if article.title else "")
    return system, head + "\n".join(lines)


def merge(article: Article, offline: Framing, answer: dict) -> Framing:
    """The offline framing refined by a schema-valid answer."""
    body = article.body
    llm_frames = {f["frame"]: f for f in answer["frames"]}
    old = {f.frame: f for f in offline.frames}
    merged = []
    for name in frames.names():
        o, l = old.get(name), llm_frames.get(name)
        score = (1 - LLM_WEIGHT) * (o.score if o else 0.0) + LLM_WEIGHT * (float(l["score"]) if l else 0.0)
        if score < frames.MIN_SCORE:
            continue
        given = [body[i].text for i in (l["evidence"] if l else []) if 0 <= i < len(body)]
        evidence = tuple(dict.fromkeys(given + list(o.evidence if o else ())))[:frames.EVIDENCE]
        if evidence:  # as offline: a frame is shown only with sentences to check it against
            merged.append(FrameScore(name, round(score, 3), evidence))
    found = list(offline.techniques)
    seen = {(t.technique, t.start, t.end) for t in found}
    for t in answer["techniques"]:
        if not 0 <= t["sentence"] < len(body):
            continue
        tech = locate(article, body[t["sentence"]], t["technique"], t["text"])
        if (tech.technique, tech.start, tech.end) not in seen:
            seen.add((tech.technique, tech.start, tech.end))
            found.append(tech)
    return replace(offline, frames=tuple(sorted(merged, key=lambda f: -f.score)),
                   techniques=tuple(sorted(found, key=lambda t: (t.start or 0, t.technique))))


def locate(article: Article, sentence: Sentence, technique: str, words: str) -> Technique:
    """The technique's words as a span of the article text; the whole sentence when they are not in it."""
    words = words.strip()
    at = cues.fold(sentence.text).find(cues.fold(words)) if words else -1
    if at < 0:
        return Technique(technique, sentence.text, sentence.start, sentence.end)
    start = sentence.start + at
    return Technique(technique, article.text[start:start + len(words)], start, start + len(words))


def refine_all(report: Report, framed: dict[str, Framing], ctx: Context,
               client: LLMClient | None = None) -> tuple[dict[str, Framing], dict[str, list[Flag]]]:
    """Refined framings and a note per article saying what the provider did (or why it did nothing)."""
    client = client or ctx.resource("llm_client", lambda: LLMClient.from_settings(ctx.settings))
    notes: dict[str, list[Flag]] = {}
    if client is None:
        return framed, notes
    out = dict(framed)
    sch = schema()
    for art in report.articles:
        if not art.body:
            continue
        if client.unreachable:
            notes[art.id] = [Flag("llm_unavailable", client.model, detail="LLM endpoint unreachable earlier in this run; offline framing kept")]
            continue
        system, user = prompt(art)
        try:
            answer, cached = client.complete_json(system, user, sch, name="framing")
        except ProviderError as exc:
            notes[art.id] = [Flag("llm_unavailable", client.model, detail=f"{exc}; offline framing kept")]
            continue
        out[art.id] = merge(art, framed[art.id], answer)
        how = "from the cache" if cached else "from the endpoint"
        notes[art.id] = [Flag("llm", client.model, detail=f"frames and techniques refined by {client.model} ({how})")]
    return out, notes
