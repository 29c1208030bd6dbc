"""Rule ``one thing`` on large stories: the figure index and the per-row reads answer as the slow paths do."""
from __future__ import annotations

from compare_helpers import KeywordEmbedder
from compare_helpers import article as _article
from storylens.claims import find_claims
from storylens.compare import samerow
from storylens.compare.align import StoryComparison
from storylens.compare.samerow import FigureIndex
from storylens.compare.valuekeys import ValueRow
from storylens.compare.valuerows import value_groups
from storylens.model import Story, Value
from storylens.pipeline import Report
from storylens.resources import Context
from storylens.valuecompare import same

TOPICS = {"hotel": 0, "guest": 1, "gäste": 1, "rescuer": 2, "floor": 3, "stockwerk": 3}


def _values() -> dict[str, list[Value]]:
    """Figures at the edges of what ``same`` accepts at tolerance 0: a relative 1e-6 apart and just beyond, across
    a power of ten, approximate, negative, zero, tiny, infinite, ranges, empty, dates, times and other units."""
    figures = [1.0, 1.0000005, 1.000002, 0.9999995, 10.0, 9.99999, 100, 100.0001, 1e6, 1e6 + 0.5, 1e6 + 2, -5.0,
               -5.000001, 5.0, 0.0, 1e-12, 3e-9, float("inf"), 238, 234, 1852]
    out: dict[str, list[Value]] = {}
    for k, x in enumerate(figures):
        art = f"a{k % 5}"
        out.setdefault(art, []).append(Value("count", x, str(x)))
        out.setdefault(art, []).append(Value("count", x, f"about {x}", approximate=True))
        out.setdefault(art, []).append(Value("money", x, f"${x}", unit="USD"))
    more = [Value("count", [100, 200], "100-200"), Value("count", [100.00001, 200], "100-200"), Value("count", [], ""),
            Value("measure", 1.0, "1 km", unit="km"), Value("measure", 1000.0, "1000 m", unit="m"),
            Value("date", "2025-08-08", "8 August 2025"), Value("date", "08-08", "8 August"),
            Value("date", "2025-08-08T03:30", "3:30", approximate=True), Value("date", "2025-08-08T03:27", "3:27"),
            Value("date", "03:45", "3:45"), Value("year", 2025, "2025"), Value("percent", 51.4, "51.4%", unit="%")]
    for k, v in enumerate(more):
        out.setdefault(f"b{k % 3}", []).append(v)
    return out


class _Story:
    def __init__(self, values):
        self.article_values, self.memo = values, {}


def test_the_figure_index_finds_every_article_giving_a_figure_as_a_scan_of_every_value_would():
    values = _values()
    sc = _Story(values)
    index = FigureIndex(values)
    every = [v for vs in values.values() for v in vs]
    for v in every:
        slow = frozenset(art for art, vs in values.items() if any(same(w, v, 0.0) for w in vs))
        assert samerow._givers(sc, v) == slow, v
        assert len(index.near(v)) < len(every) or v.kind in ("date", "year")  # a bucket, not the whole story


def _story(articles):
    ctx = Context()
    ctx.__dict__["embedder"] = KeywordEmbedder(TOPICS, 16, noise=0.01)
    story = Story("s1", "t", tuple(a.id for a in articles))
    claims = list(find_claims(Report(articles=tuple(articles), stories=(story,)), ctx).claims)
    sc = StoryComparison(story, claims, ctx, {a.id: a.language for a in articles}, {})
    value_groups(sc)
    return sc


def _rows(sc):
    return [ValueRow([m], False, ()) for m in sc.value_mentions]


def _shape(rows):
    return sorted((sorted((m.claim, m.value.start) for m in r.mentions), r.conflicting, r.rules) for r in rows)


def test_each_row_is_read_once_and_the_rows_join_as_when_read_for_every_pair(monkeypatch):
    articles = [_article(f"a{k}", "en", "At the hotel 234 guests were staying that night.",
                         f"The hotel had {12 + k % 3} floors.") for k in range(8)]
    articles += [_article(f"b{k}", "de", "Im Hotel wohnten damals 238 Gäste.", "Das Hotel hatte 12 Stockwerke.")
                 for k in range(8)]
    articles += [_article("c", "en", "At the hotel 260 rescuers were there that night, and 238 guests.")]
    fast = _story(articles)
    reads = {"rows": 0}
    stage_sides = samerow._stage_sides

    def counted(sc, row):
        reads["rows"] += 1
        return stage_sides(sc, row)

    monkeypatch.setattr(samerow, "_stage_sides", counted)
    rows = _rows(fast)
    joined = samerow.join(rows, fast)
    # each row is read once, whatever the number of rows it meets; a joined row is not read again
    assert reads["rows"] <= len(rows)
    monkeypatch.setattr(samerow, "_stage_sides", stage_sides)
    slow = _story(articles)
    memo = slow.memo

    class Forgetful(dict):  # the per-row reads, the articles giving a figure and the rules' answers never kept
        def setdefault(self, k, default=None):
            return {} if k in ("rows", "givers", "explained") else dict.setdefault(self, k, default)

    slow.memo = Forgetful(memo)
    assert _shape(samerow.join(_rows(slow), slow)) == _shape(joined)
    assert any(len(r.mentions) > 2 and r.conflicting for r in joined)  # 234 / 238 guests: one conflicting row
