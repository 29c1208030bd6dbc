"""A version whose speaker its article leaves open joins the thread of its statement when that thread's speaker fits.

An outlet that gives a statement to "the minister", "he" or "a spokesman" and
never resolves it cannot meet the other versions pair by pair unless the words
are as close as a translation's (``link``): a paraphrase scores lower. Against a
whole thread there is more evidence: the version is compared with every version
of every thread and of every statement left alone, and joins its best thread
when that thread is clearly ahead, close on average, and its speaker fits: the
article names that person somewhere, or describes the speaker as another
version of the thread does ("the health minister" / "il ministro della Salute").
"""
from __future__ import annotations

from collections.abc import Callable

from ..disjoint import DisjointSets
from .linkwho import CLASH, DIFFER, LIKE, Relations, Who, same_surname

# The best version of the thread, on the scale of a pair across languages (same-language pairs count lower in
# ``closeness``): paraphrased translations of one statement score 0.83-0.89, a speaker's other statements up to 0.85
# at the 95th percentile; the lead over every other statement of the story and the thread's mean do the rest.
ATTACH_MIN = 0.82
ATTACH_LEAD = 0.05  # ahead of the best version of any other thread or lone statement (on the development stories
# wrong threads came within 0.026-0.035 of the best other statement)
PERSON_WORDS = ("pronoun", "role")  # speakers that may stand for a person the article names elsewhere
ATTACH_MEAN = 0.79  # the thread's versions on average (the group floor of ``link``)


def attach_open(articles: list[str], relation: Relations, links: dict[int, set[int]],
                closeness: Callable[[int, int], float], may_pair: Callable[[str, str], bool],
                named_in: dict[str, set[str]]) -> None:
    """Add to ``links`` each unlinked quote with an open speaker joined to the thread it clearly belongs to.

    ``named_in``: per article, the surnames of the persons it mentions."""
    sets = DisjointSets(len(articles))
    for i, js in links.items():
        for j in js:
            sets.union(i, j)
    members = sets.groups()
    added: list[tuple[int, int]] = []
    for i in range(len(articles)):
        if i in links or relation.named(i):
            continue
        scored: list[tuple[float, float, int, int]] = []  # best, mean, thread, its closest version
        for root, ms in members.items():
            others = [m for m in ms if articles[m] != articles[i] and may_pair(articles[i], articles[m])]
            if not others:
                continue
            near = [closeness(i, m) for m in others]
            best = max(near)
            scored.append((best, sum(near) / len(near), root, others[near.index(best)]))
        if not scored:
            continue
        scored.sort(reverse=True)
        best, mean, root, closest = scored[0]
        second = scored[1][0] if len(scored) > 1 else -1.0
        thread = members[root]
        if len(thread) < 2 or best < ATTACH_MIN or mean < ATTACH_MEAN or best - second < ATTACH_LEAD:
            continue
        if any(relation(i, m) in (DIFFER, CLASH) for m in thread) or not _fits(i, thread, relation, named_in):
            continue
        added.append((i, closest))
    for i, j in added:  # after all decisions: a quote joins a thread as it stood, not one another open quote joined
        links.setdefault(i, set()).add(j)
        links.setdefault(j, set()).add(i)


def _fits(i: int, thread: list[int], relation: Relations, named_in: dict[str, set[str]]) -> bool:
    """The thread's speaker may be quote ``i``'s: named in its article, or described alike by a version."""
    if any(relation(i, m) == LIKE for m in thread):
        return True
    if relation.quotes[i].speaker.kind not in PERSON_WORDS:  # an organisation, a group of sources: no person's
        return False
    surnames = {s for m in thread for s in relation.who[m].surnames}
    mine: Who = relation.who[i]
    known = set(mine.nearby) | named_in.get(relation.quotes[i].article, set())
    return any(same_surname(a, b) for a in known for b in surnames)
