"""Ranking a story's rows so an analyst reads the ones that matter first, and merging rows about one fact.

Conflicts and disputes come first, then values, then statements by named
speakers, then other statements; within a kind, rows carried by more sources
first. Only the first ``SHOWN`` rows above single-source are shown open in the
matrix; the rest stay in the report, folded. A statement row whose sentences
mostly sit in a value row or a dispute row says the same fact again and is
dropped.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Claim, Group

SHOWN = 30      # rows above single-source shown open for a story (about 20 articles)
CONTAINED = 0.8  # a statement row with this share of its sentences in another row repeats that row

KIND_ORDER = ("conflicting", "disputed", "value", "speaker", "statement", "single_source")


def kind(g: Group, claims: dict[str, Claim]) -> str:
    if g.status in ("conflicting", "disputed", "single_source"):
        return g.status
    if g.value is not None:
        return "value"
    if any(claims[c].attributed_to for c in g.claims if c in claims):
        return "speaker"
    return "statement"


def merge_repeats(groups: list[Group], claims: dict[str, Claim]) -> list[Group]:
    """Drop statement rows whose sentences mostly belong to one value or dispute row (the same fact twice)."""
    anchors = [set(g.claims) for g in groups if kind(g, claims) in ("value", "conflicting", "disputed")]
    out = []
    for g in groups:
        if kind(g, claims) in ("speaker", "statement") and any(
                len(set(g.claims) & a) >= CONTAINED * len(g.claims) for a in anchors):
            continue
        out.append(g)
    return out


def ranked(groups: list[Group], claims: dict[str, Claim]) -> list[Group]:
    """Groups in reading order, each with its rank (1 first)."""
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    ordered = sorted(groups, key=lambda g: (order[kind(g, claims)], -len(g.articles), -len(g.claims), g.topic))
    return [replace(g, rank=i + 1) for i, g in enumerate(ordered)]


def shown(g: Group) -> bool:
    """Is the row shown open in the matrix (single-source rows are summarised per article instead)?"""
    return g.status != "single_source" and (g.rank is None or g.rank <= SHOWN)
