"""The framing stage: genre, frames and persuasion techniques of each article, and per-story emphasis.

Offline by default (``genre``, ``frames``, ``techniques``, ``emphasis``); when
an OpenAI-compatible endpoint is configured, ``refine`` asks it to check and
complete frames and techniques, and falls back to the offline result (with a
note on the article) when it cannot.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from ..blas import one_thread
from ..model import Article, Flag, Framing, Report
from ..pipeline import StoryStage
from ..resources import Context
from . import cues, emphasis, frames, genre, techniques


def quoted_spans(article: Article, report: Report, direct: dict[str, list[tuple[int, int]]] | None = None
                 ) -> list[tuple[int, int]]:
    """Quoted speech in the article: text inside quote marks, plus direct quotes found by the quotes stage
    (``direct``: those spans per article, from ``direct_quotes``, gathered once for every article of a report)."""
    spans = cues.quoted_spans(article.text)
    spans += (direct_quotes(report) if direct is None else direct).get(article.id, [])
    return spans


def direct_quotes(report: Report) -> dict[str, list[tuple[int, int]]]:
    """Per article, the spans of its direct quotes, in the report's order."""
    out: dict[str, list[tuple[int, int]]] = {}
    for q in report.quotes:
        if q.kind == "direct":
            out.setdefault(q.article, []).append((q.start, q.end))
    return out


def analyse_article(article: Article, report: Report, strength: np.ndarray, doc: np.ndarray | None = None,
                    direct: dict[str, list[tuple[int, int]]] | None = None) -> Framing:
    """Offline framing of one article from its frame-strength matrix and its document vector (``direct``: see
    ``quoted_spans``)."""
    quoted = cues.index(quoted_spans(article, report, direct))
    if article.genre:  # given by the source (e.g. page metadata): keep it, say so
        label, reasons = article.genre, (SOURCE_GENRE,)
    else:
        label, reasons = genre.genre(article, quoted, doc)
    return Framing(article.id, label, frames.frame_scores(article, strength, doc=doc),
                   techniques.find_techniques(article, quoted), reasons)


def document_vector(vecs: np.ndarray) -> np.ndarray | None:
    """The article's document vector: the mean of its body sentence embeddings, unit length (None without any)."""
    if len(vecs) == 0:
        return None
    mean = np.asarray(vecs, dtype=np.float64).mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm > 0 else None


def embedded(report: Report, ctx: Context) -> dict[str, tuple[np.ndarray, np.ndarray | None]]:
    """(frame-strength matrix, document vector) of every article, with one embedding call for all sentences."""
    bulk = ctx.embedder_for("bulk")  # a sentence's frame similarities are only ranked against each other
    proto_texts, owner = frames.prototypes()
    proto = bulk.embed(proto_texts)
    # every body sentence, not only the compared ones (storylens.embed): the document vector the genre and
    # frame models were fitted on is the mean over the whole body
    texts = [s.text for a in report.articles for s in a.body]
    vecs = bulk.embed(texts) if texts else np.zeros((0, proto.shape[1]), dtype=np.float32)
    docs = None if bulk is ctx.embedder else decided_documents(report, ctx)
    out, i = {}, 0
    with one_thread():  # a small product per article (see ``storylens.blas``)
        for a in report.articles:
            n = len(a.body)
            mine = vecs[i:i + n]
            strength = frames.strength_matrix(a, mine, proto, owner) if n else np.zeros((0, len(frames.names())))
            out[a.id] = (strength, document_vector(mine) if docs is None else docs.get(a.id))
            i += n
    return out


def decided_documents(report: Report, ctx: Context) -> dict[str, np.ndarray | None]:
    """Document vectors in the space the genre and frame models were fitted in (the deciding embedder), from the
    sentences the comparison embeds anyway (``embed.compared``): used when body sentences go to a bulk embedder."""
    from ..embed import compared_in

    keep = compared_in(report)
    out: dict[str, np.ndarray | None] = {}
    for a in report.articles:
        texts = [s.text for s in a.body if s.index in keep.get(a.id, ())]
        out[a.id] = document_vector(ctx.embedder.embed(texts)) if texts else None
    return out


FLAG_KINDS = ("llm", "llm_unavailable")  # the flags this stage sets (and replaces when run again)
SOURCE_GENRE = "genre given by the source"


def run(report: Report, ctx: Context) -> Report:
    report = _as_before_framing(report)
    matrices = embedded(report, ctx)
    direct = direct_quotes(report)
    with one_thread():
        framed = {a.id: analyse_article(a, report, *matrices[a.id], direct=direct) for a in report.articles}
    notes: dict[str, list[Flag]] = {}
    if ctx.settings.llm_base_url and ctx.settings.llm_model:
        from . import refine

        framed, notes = refine.refine_all(report, framed, ctx)
    extra = emphasis.emphasis(framed, report.stories, report.entities)
    framed = {k: replace(f, emphasis=extra.get(k, ())) for k, f in framed.items()}
    articles = tuple(replace(a, genre=framed[a.id].genre, flags=a.flags + tuple(notes.get(a.id, ())))
                     for a in report.articles)
    return replace(report, articles=articles, framing=tuple(framed[a.id] for a in report.articles))


def _as_before_framing(report: Report) -> Report:
    """The articles as they were before an earlier framing of them: its genre and its flags taken off again."""
    if not report.framing:
        return report
    earlier = {f.article: f for f in report.framing}
    articles = []
    for a in report.articles:
        f = earlier.get(a.id)
        if f is not None:
            genre = a.genre if SOURCE_GENRE in f.genre_reasons else None
            a = replace(a, genre=genre, flags=tuple(x for x in a.flags if x.kind not in FLAG_KINDS))
        articles.append(a)
    return replace(report, articles=tuple(articles))


STAGE = StoryStage("framing", run, needs=("stories", "sentences", "language", "quotes", "entities"),
                   adds=("framing", "genre", "flags"))
