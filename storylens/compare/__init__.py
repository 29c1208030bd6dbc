"""Comparison: group claims about the same thing across the articles of a story and give each group a status.

Two kinds of group come out:

* value groups: one value (a count of plants, a sum of money, a year...) as each
  article gives it. Mentions pair up across articles when their values agree and
  their sentences are each other's best match (cross-lingual embeddings) and, for
  counts, the counted things match too. Sentences aligned as the same statement
  whose values of one dimension differ make a ``conflicting`` group.
* statement groups: sentences that say the same thing in different articles,
  ``agreed`` unless one article states it flatly and another only as a
  possibility or denies it (``disputed``).

Candidates come from blocking keys (value keys, shared entities, locality-sensitive
hashes of the embeddings), never from all pairs of sentences, and groups never
cross stories. Embeddings are taken from ``ctx.embedder`` (computed once per text).
"""
from __future__ import annotations

import hashlib
from dataclasses import replace

from ..claims import cues
from ..model import Claim, Group, Story, Value
from ..model import Report
from ..pipeline import StoryStage
from ..resources import Context
from ..valuecompare import base, dimension, same
from . import conversions, counted, onething, samerow
from .align import StoryComparison
from .counters import counter
from .dating import Calendar
from .disputes import Dispute, disputes
from .facets import MentionIndex, facets, mention_index
from .rank import merge_repeats, ranked
from .valuekeys import Mention
from .valuerows import value_groups
from .written import written_conflicts

JOINED = "one thing: the same words around differently worded figures"  # rule ``one thing`` (``samerow``)
STRONG = ("denials", "rulings_out", "corrections")
VALUE_RULES = {"conversion", "rounding", "approximation"}  # rules under which each value given is the value  # counters that deny whoever says them


def _qualified(c: Claim, language: str | None) -> bool:
    """The claim only allows for something (strong qualifiers: "only the possibility") or denies it (explicit
    denials, rulings-out); a hedge ("may") or a legal caution ("the alleged thieves") disputes nothing."""
    found = cues(c.text, language)
    strong = counter(c.text, language)  # a denial or ruling-out; a bare "there was no" reports a fact
    return "qualifiers" in found or "denials" in found or (strong is not None and strong.kind in STRONG)


def _fuller(m: Mention) -> tuple[int, bool]:
    """Dates with their year before dates without, exact ones before approximate ones ("3.08 Uhr" before "gegen 3
    Uhr"): a row states the fullest form of its value."""
    return (-len(str(m.value.value)) if m.value.kind == "date" else 0), m.value.approximate


def _one_value(a: Value, b: Value, each: bool) -> bool:
    """Are two values one value of the row? With ``each`` (a row of values given compatible ways) only when written
    as one figure; else when they agree (an approximate figure holding the exact one)."""
    if each and a.kind != "date" and b.kind != "date":
        return dimension(a) == dimension(b) and base(a) == base(b)
    if each and (a.approximate or b.approximate):
        # "around 3:30" joined to 3:27 by approximation is a second time as written, not 3:27 again; a date without
        # its year still stands for the full date it is part of
        return same(replace(a, approximate=False), replace(b, approximate=False))
    return same(a, b)


def _articles(claims: list[Claim]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c.article for c in claims))


def _pick(claims: list[Claim], languages: dict[str, str | None], prefer: str) -> Claim:
    for c in claims:
        if languages.get(c.article) == prefer:
            return c
    return claims[0]


def _value_label(mentions: list[Mention], claims: list[Claim], languages, prefer: str) -> str:
    # a count's label names what it counts: never a function word read as its noun ("1 te", "5 of")
    named = [m for m in mentions if not _empty_noun(m.value, languages.get(m.article))] or mentions
    chosen = next((m for m in named if languages.get(m.article) == prefer), named[0])
    v = chosen.value
    if v.kind == "count" and v.unit and v.unit not in v.text.lower():
        return f"{v.text} {v.unit}"
    return v.text


def _empty_noun(v: Value, language: str | None) -> bool:
    """Is a count's noun no noun: a word of two letters or fewer, or one its language lists as counting nothing."""
    return v.kind == "count" and bool(v.unit) and (len(v.unit) <= 2 or counted.function_word(v.unit, language))


def _keyed(keys: tuple[str, ...], names: dict[str, str]) -> str:
    """The rules a row's mentions are keyed by, readable: "holder: Karol Nawrocki", "predicate: dead"."""
    shown = [f"holder: {names.get(k[8:], k[8:])}" if k.startswith("holder: ") else k for k in keys]
    return "keyed by " + ", ".join(shown)


def _statement_label(claims: list[Claim], languages, prefer: str, words: int = 9) -> str:
    c = _pick(claims, languages, prefer)
    parts = c.text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def compare_story(story: Story, claims: list[Claim], ctx: Context, languages: dict[str, str | None],
                  prefer: str = "en", mentions: MentionIndex | None = None,
                  names: dict[str, str] | None = None, published: dict[str, str | None] | None = None,
                  people: frozenset[str] = frozenset(), places: frozenset[str] = frozenset()) -> list[Group]:
    """Groups with statuses for one story's claims (ids are assigned by the caller)."""
    names = names or {}
    calendar = Calendar.of(claims, published or {})
    sc = StoryComparison(story, claims, ctx, languages, mentions, calendar, people, places)
    groups: list[Group] = []
    for row in conversions.join(samerow.join(onething.split(value_groups(sc), sc), sc), sc):
        vms = row.mentions
        members = [claims[i] for i in dict.fromkeys(m.claim for m in vms)]
        arts = _articles(members)
        values = []
        # a date given without its year or day is stated in full: by the row's own fuller date when it has one,
        # else by the story's calendar ("8 August" in an article of January 2026 is 8 August 2025)
        dates = {str(m.value.value): m.value for m in vms if m.value.kind == "date"}.values()
        stated = [m if m.value.kind != "date" or any(same(m.value, d) and len(str(d.value)) > len(str(m.value.value))
                                                     for d in dates)
                  else replace(m, value=calendar.complete(m.value, claims[m.claim], languages.get(m.article)))
                  for m in vms]
        # a row joined by conversion, rounding or approximation lists each value as written ("about 40" and 43,
        # "5%" and "4.6%"): an approximate figure is not the exact one it holds
        each = bool(row.rules) and set(row.rules) <= VALUE_RULES
        for m in sorted(stated, key=_fuller):  # "2026-01-01" stands for "1 January" (the same date, its year left out)
            if not any(_one_value(m.value, v, each) for v in values):
                values.append(m.value)
        label = _value_label(vms, members, languages, prefer)
        compatible = f"compatible ({', '.join(row.rules)})" if row.rules else None
        if row.conflicting and len(values) > 1:
            by_art = "; ".join(f"{a}: {', '.join(dict.fromkeys(m.value.text for m in vms if m.article == a))}"
                               for a in arts)
            note = f"values differ — {by_art}" + (f"; {compatible}" if compatible else "") + \
                (f"; {_keyed(row.keys, names)}" if row.keys else "") + (f"; {JOINED}" if row.joined else "")
            groups.append(Group("", f"{vms[0].value.kind}: {label}", "conflicting", tuple(c.id for c in members),
                                arts, [v.value for v in values], note, story.id))
            continue
        status = "agreed" if len(arts) > 1 else "single_source"
        notes = ([_keyed(row.keys, names)] if row.keys else []) + ([JOINED] if row.joined else [])
        if compatible:
            notes.append(f"{compatible}: " + "; ".join(f"{a}: {', '.join(dict.fromkeys(m.value.text for m in vms if m.article == a))}" for a in arts))
        elif len(arts) > 1 and any(m.value.approximate for m in vms):
            notes.append("some sources give the value as approximate")
        # a row of one value given compatible ways states each way it is given ("CZK 407 billion", "$18.6 billion");
        # a bound ("until 2038"), a range or a less precise date is no value of the thing: its row states the exact one
        stated_value = [v.value for v in values] if row.rules and set(row.rules) <= VALUE_RULES and len(values) > 1 \
            else values[0].value
        groups.append(Group("", f"{vms[0].value.kind}: {label}", status, tuple(c.id for c in members), arts,
                            stated_value, "; ".join(notes) or None, story.id))
    held = {frozenset(g.claims) for g in groups if g.status == "conflicting" and len(g.claims) == 2}
    for a, b, x, y in written_conflicts(sc):
        if frozenset((claims[a].id, claims[b].id)) in held:
            continue  # the two ranks' value row ("38th" / "58th") already holds this conflict
        members = [claims[a], claims[b]]
        groups.append(Group("", f"number: {x} / {y}", "conflicting", (claims[a].id, claims[b].id), _articles(members),
                            [x, y], f"matching sentences write different numbers — {claims[a].article}: {x}; "
                            f"{claims[b].article}: {y}", story.id))
    statements = [sorted(idx) for idx in sc.statement_groups()]
    for idx in statements:
        members = [claims[i] for i in idx]
        groups.append(_statement_group(idx, members, _statement_label(members, languages, prefer), sc, None))
    known = {tuple(idx) for idx in statements}
    denied = disputes(sc)
    for f in facets(claims, languages, mentions or {}):
        if f.claims in known:
            continue
        members = [claims[i] for i in f.claims]
        name = names.get(f.entity, f.entity)
        if f.word is None:
            groups.append(Group("", f"{name}: only one source", "single_source", tuple(c.id for c in members),
                                _articles(members), None, f"only {members[0].article} mentions {name}", story.id))
        else:
            group = _statement_group(list(f.claims), members, f"{name}: {f.word}", sc, languages)
            if group.status != "disputed":
                continue  # sharing a word about an entity is one topic, not one proposition
            joined = [k for k, d in enumerate(denied) if set(d.claims) & set(f.claims)]
            if joined:  # the same dispute seen from a denial: one row
                d = denied[joined[0]]
                denied[joined[0]] = replace(d, claims=tuple(sorted(set(d.claims) | set(f.claims))))
            else:
                groups.append(group)
    for d in denied:
        groups.append(_dispute_group(d, claims, story.id, names))
    return groups


def _dispute_group(d: Dispute, claims: list[Claim], story: str, names: dict[str, str]) -> Group:
    members = [claims[i] for i in d.claims]
    source = names.get(d.source, d.source) if d.source else "a source"
    status = "disputed" if d.asserting and d.denying else "agreed"
    note = (f"{d.kind} by {source} (in {', '.join(d.denying)}); stated by {', '.join(d.asserting)}")
    if d.rules:
        note += f"; rules: {', '.join(d.rules)}"
    topic = _statement_label([claims[d.proposition]], {}, "", words=9)
    return Group("", f"{d.kind}: {topic}", status, tuple(c.id for c in members), _articles(members), None, note, story)


def _statement_group(idx: list[int], members: list[Claim], topic: str, sc: StoryComparison,
                     languages: dict[str, str | None] | None) -> Group:
    """Claims saying the same thing: agreed, or (facets only, ``languages`` given) disputed when one source states
    it flatly and another only allows for it or denies it in a sentence of its own.

    Aligned sentences are one statement in two wordings (often a translation): a qualifier in one wording and
    not the other is wording, not a dispute, so such pairs never make a group disputed.
    """
    arts = _articles(members)
    status, note = "agreed", None
    if languages is not None:
        qualified = [i for i, c in zip(idx, members) if _qualified(c, languages.get(c.article))]
        flat = [i for i, c in zip(idx, members) if c.modality in ("asserted", "reported") and i not in qualified]
        qualified = [q for q in qualified if not any(sc.aligned(q, f) for f in flat)]
        q_arts = {sc.claims[i].article for i in qualified}
        f_arts = {sc.claims[i].article for i in flat} - q_arts
        if q_arts and f_arts:
            status = "disputed"
            note = (f"stated by {', '.join(sorted(f_arts))}; only allowed for, doubted or denied by "
                    f"{', '.join(sorted(q_arts))}")
    else:
        modalities = {c.modality for c in members}
        if len(modalities) > 1:
            note = "worded with different modality: " + ", ".join(f"{c.article}: {c.modality}" for c in members)
    return Group("", topic, status, tuple(c.id for c in members), arts, None, note, sc.story.id)


def compare(report: Report, ctx: Context) -> Report:
    languages = {a.id: a.language for a in report.articles}
    stories = report.stories or (Story("s1", "story", tuple(a.id for a in report.articles)),)
    prefer = ctx.settings.report_language
    mentions = mention_index(report.entities)
    names = {e.id: e.name for e in report.entities}
    people = frozenset(e.id for e in report.entities if e.type == "PER")
    places = frozenset(e.id for e in report.entities if e.type == "LOC")
    out: list[Group] = []
    used: set[str] = set()
    from ..embed import claim_compared, compared_in

    keep = compared_in(report)  # claims in sentences that carry nothing to compare are left out (storylens.embed)
    for story in stories:
        members = set(story.articles)
        claims = [c for c in report.claims if c.article in members and claim_compared(c, keep)]
        by_id = {c.id: c for c in claims}
        published = {a.id: a.published for a in report.articles if a.id in members}
        groups = merge_repeats(compare_story(story, claims, ctx, languages, prefer, mentions, names, published,
                                               people, places), by_id)
        for g in ranked(groups, by_id):
            out.append(replace(g, id=group_id(g, used)))
    return replace(report, comparison=tuple(out))


def group_id(group: Group, used: set[str]) -> str:
    """A group's id from its content (topic and sorted claim ids), so it does not depend on the other groups."""
    digest = hashlib.blake2b(f"{group.topic}\x1f{','.join(sorted(group.claims))}".encode(), digest_size=5).hexdigest()
    base = out = f"g-{digest}"
    n = 2
    while out in used:  # the same topic over the same claims twice: one statement found two ways
        out, n = f"{base}-{n}", n + 1
    used.add(out)
    return out


STAGE = StoryStage("compare", compare, needs=("stories", "sentences", "language", "claims", "quotes", "entities"),
                   adds=("comparison",))
