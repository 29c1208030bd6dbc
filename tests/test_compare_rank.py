"""Ranking and folding the matrix: conflicts and disputes first, the first rows shown, repeats merged."""
from __future__ import annotations

from storylens.compare.rank import SHOWN, merge_repeats, ranked, shown
from storylens.model import Claim, Group


def claim(cid: str, speaker: str | None = None) -> Claim:
    return Claim(cid, "a" + cid, f"text {cid}", 0, 5, attributed_to=speaker)


CLAIMS = {c.id: c for c in [claim("1"), claim("2"), claim("3"), claim("4", "putin"), claim("5"), claim("6")]}


def test_conflicts_and_disputes_first_then_values_then_named_speakers_then_statements():
    groups = [Group("s", "statement", "agreed", ("5", "6"), ("a5", "a6")),
              Group("q", "quote", "agreed", ("4", "5"), ("a4", "a5")),
              Group("v", "value", "agreed", ("1", "2"), ("a1", "a2"), value=4),
              Group("d", "dispute", "disputed", ("2", "3"), ("a2", "a3")),
              Group("one", "single", "single_source", ("6",), ("a6",)),
              Group("c", "conflict", "conflicting", ("1", "3"), ("a1", "a3"), value=[1, 2])]
    out = ranked(groups, CLAIMS)
    assert [g.id for g in out] == ["c", "d", "v", "q", "s", "one"]
    assert [g.rank for g in out] == [1, 2, 3, 4, 5, 6]


def test_only_the_first_rows_above_single_source_are_shown_open():
    groups = [Group(str(i), f"t{i}", "agreed", ("1", "2"), ("a1", "a2"), value=i) for i in range(SHOWN + 5)]
    out = ranked(groups, CLAIMS)
    assert sum(shown(g) for g in out) == SHOWN
    assert not shown(Group("x", "t", "single_source", ("1",), ("a1",), rank=1))


def test_a_statement_row_inside_a_value_row_is_the_same_fact_once():
    value = Group("v", "money: €500m", "agreed", ("1", "2", "3"), ("a1", "a2", "a3"), value=500)
    again = Group("s", "Apple was fined €500m", "agreed", ("1", "2", "3"), ("a1", "a2", "a3"))
    other = Group("o", "Apple will appeal", "agreed", ("5", "6"), ("a5", "a6"))
    assert [g.id for g in merge_repeats([value, again, other], CLAIMS)] == ["v", "o"]
