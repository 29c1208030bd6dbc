"""Model records to table rows and back: the only place that knows both shapes.

Writing flattens a record into its table's columns (nested records become JSON);
reading rebuilds the frozen dataclasses from those columns, guided by the
model's type hints, so a stored story loads back into the same ``Report``.
"""
from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import Any

from ..model import Article, Claim, Entity, Framing, Group, Mention, Quote, Sentence, Speaker


def build(cls: type, data: dict) -> Any:
    """A model record from its JSON form (``storylens.serialize``, driven by the record's type hints)."""
    from ..serialize import from_dict

    return from_dict(cls, data)


def _short(text: str, n: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# --- articles -------------------------------------------------------------------------------------------------

ARTICLE_COLUMNS = ("source", "text", "language", "published", "title", "author", "outlet", "url", "genre")


def version_columns(art: Article) -> dict:
    """The cleaned (and, once analysed, enriched) article as ``article_versions`` columns."""
    row = {k: getattr(art, k) for k in ARTICLE_COLUMNS}
    row.update(removed=list(art.removed), headings=list(art.headings), flags=[_plain(f) for f in art.flags],
               meta=_jsonable(art.meta))
    return row


def article_from_rows(key: str, version: dict, sentence_rows: list[dict]) -> Article:
    sentences = tuple(Sentence(index=s["idx"], start=s["start"], end=s["end"], text=s["text"], language=s["language"],
                               paragraph=s["paragraph"], heading=bool(s["heading"])) for s in sentence_rows)
    data = {k: version[k] for k in ARTICLE_COLUMNS} | {
        "id": key, "removed": version["removed"], "headings": version["headings"], "flags": version["flags"]}
    art = build(Article, data)
    return dataclasses.replace(art, sentences=sentences, meta=dict(version["meta"] or {}))


def sentence_rows(art: Article, version_id: int) -> list[dict]:
    return [{"version_id": version_id, "idx": s.index, "start": s.start, "end": s.end, "text": s.text,
             "language": s.language, "paragraph": s.paragraph, "heading": s.heading} for s in art.sentences]


# --- story-scoped records ---------------------------------------------------------------------------------------

def entity_row(e: Entity, story_id: int) -> dict:
    return {"story_id": story_id, "key": e.id, "type": e.type, "name": e.name, "names": list(e.names),
            "articles": list(e.articles)}


def mention_row(m: Mention, entity_id: int, version_id: int) -> dict:
    return {"entity_id": entity_id, "version_id": version_id, "name": m.text, "start": m.start, "end": m.end,
            "type": m.type, "normal": m.normal, "entity_key": m.entity, "source": m.source,
            "abbreviates": list(m.abbreviates) if m.abbreviates else None}


def mention_from_row(m: dict, article_key: str) -> Mention:
    return Mention(article=article_key, start=m["start"], end=m["end"], text=m["name"], type=m["type"],
                   normal=m["normal"], entity=m["entity_key"], source=m["source"],
                   abbreviates=tuple(m["abbreviates"]) if m["abbreviates"] else None)


def entity_from_rows(row: dict, mention_rows: list[tuple[str, dict]], story_key: str | None) -> Entity:
    mentions = tuple(mention_from_row(m, key) for key, m in mention_rows)
    return Entity(row["key"], row["type"], row["name"], tuple(row["names"]), tuple(row["articles"]), mentions,
                  story_key)


def quote_row(q: Quote, story_id: int, version_id: int, speaker_entity_id: int | None) -> dict:
    return {"story_id": story_id, "version_id": version_id, "key": q.id, "title": _short(f"{q.speaker.text}: {q.text}"),
            "text": q.text, "start": q.start, "end": q.end, "kind": q.kind, "speaker": q.speaker.text,
            "speaker_entity_id": speaker_entity_id, "speaker_entity_key": q.speaker.entity,
            "speaker_kind": q.speaker.kind, "speaker_as_written": q.speaker.as_written, "cue": q.cue,
            "same_as": list(q.same_as)}


def quote_from_row(row: dict, article_key: str) -> Quote:
    speaker = Speaker(row["speaker"], row["speaker_entity_key"], row["speaker_kind"], row["speaker_as_written"])
    return Quote(row["key"], article_key, row["text"], row["start"], row["end"], row["kind"], speaker, row["cue"],
                 tuple(row["same_as"]))


def claim_row(c: Claim, story_id: int, version_id: int) -> dict:
    return {"story_id": story_id, "version_id": version_id, "key": c.id, "title": _short(c.text), "text": c.text,
            "start": c.start, "end": c.end, "values": [_plain(v) for v in c.values], "entities": list(c.entities),
            "modality": c.modality, "attributed_to": c.attributed_to, "sentence": c.sentence}


def claim_from_row(row: dict, article_key: str) -> Claim:
    data = {k: row[k] for k in ("text", "start", "end", "values", "entities", "modality", "attributed_to", "sentence")}
    return build(Claim, data | {"id": row["key"], "article": article_key})


def group_row(g: Group, story_id: int) -> dict:
    return {"story_id": story_id, "key": g.id, "title": g.topic, "status": g.status, "articles": list(g.articles),
            "value": _jsonable(g.value), "note": g.note, "story_key": g.story, "rank": g.rank}


def group_from_row(row: dict, claim_keys: list[str]) -> Group:
    return Group(row["key"], row["title"], row["status"], tuple(claim_keys), tuple(row["articles"]), row["value"],
                 row["note"], row["story_key"], row.get("rank"))


def framing_row(f: Framing, story_id: int, version_id: int, title: str | None) -> dict:
    top = max(f.frames, key=lambda x: x.score, default=None)
    return {"story_id": story_id, "version_id": version_id, "title": title, "genre": f.genre,
            "frames": [_plain(x) for x in f.frames], "techniques": [_plain(t) for t in f.techniques],
            "genre_reasons": list(f.genre_reasons), "emphasis": list(f.emphasis),
            "top_frame": top.frame if top else None, "top_score": top.score if top else None}


def framing_from_row(row: dict, article_key: str) -> Framing:
    data = {k: row[k] for k in ("genre", "frames", "techniques", "genre_reasons", "emphasis")}
    return build(Framing, data | {"article": article_key})


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _plain(value: Any) -> Any:
    """A record as its JSON column holds it (what ``dataclasses.asdict`` gives, without its deep copies)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {n: _plain(getattr(value, n)) for n in _field_names(type(value))}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _jsonable(value: Any) -> Any:
    """Tuples as lists, so what is stored is what comes back."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value

