"""Counts and the precision, recall and F1 computed from them, and how they print."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True, slots=True)
class Score:
    """One measured line: precision from (hits among predictions / predictions), recall from (hits among gold / gold).

    Either side may be absent (``None``) when a measure only has one, such as a
    rate of checks passed. The two hit counts are separate because several
    measures credit a prediction and a gold item by different rules.
    """

    name: str
    p_hits: int | None = None
    predicted: int | None = None
    r_hits: int | None = None
    gold: int | None = None
    note: str = ""

    @property
    def precision(self) -> float | None:
        if self.predicted is None:
            return None
        return self.p_hits / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float | None:
        if self.gold is None:
            return None
        return self.r_hits / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def headline(self) -> float:
        """The single number a floor is checked against: F1 when both sides exist, else the side there is."""
        for v in (self.f1, self.recall, self.precision):
            if v is not None:
                return v
        return 0.0

    def to_dict(self) -> dict:
        d = asdict(self)
        d.update(precision=_round(self.precision), recall=_round(self.recall), f1=_round(self.f1))
        return d


def rate(name: str, hits: int, total: int, note: str = "") -> Score:
    """A recall-only measure, such as checks passed out of checks made."""
    return Score(name, r_hits=hits, gold=total, note=note)


@dataclass(slots=True)
class Section:
    """The measures of one gold set, with notes that explain the misses."""

    title: str
    scores: list[Score] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    def add(self, score: Score) -> Score:
        self.scores.append(score)
        return score

    def get(self, name: str) -> Score:
        for s in self.scores:
            if s.name == name:
                return s
        raise KeyError(name)

    def to_dict(self) -> dict:
        return {"title": self.title, "scores": [s.to_dict() for s in self.scores], "notes": list(self.notes),
                **({"extra": self.extra} if self.extra else {})}


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 4)


def _fmt(v: float | None) -> str:
    return "     –" if v is None else f"{v:6.3f}"


def _frac(hits: int | None, total: int | None) -> str:
    return "" if total is None else f"{hits}/{total}"


def render(section: Section, notes: bool = True) -> str:
    """A fixed-width table: measure, P, R, F1 and the counts behind them."""
    width = max([len(s.name) for s in section.scores] + [7])
    lines = [section.title, "-" * len(section.title),
             f"{'measure':<{width}}  {'P':>6}  {'R':>6}  {'F1':>6}  {'P counts':>9}  {'R counts':>9}  note"]
    for s in section.scores:
        lines.append(f"{s.name:<{width}}  {_fmt(s.precision)}  {_fmt(s.recall)}  {_fmt(s.f1)}  "
                     f"{_frac(s.p_hits, s.predicted):>9}  {_frac(s.r_hits, s.gold):>9}  {s.note}".rstrip())
    if notes and section.notes:
        lines.append("")
        lines.extend(f"  {n}" for n in section.notes)
    return "\n".join(lines)
