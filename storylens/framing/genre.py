"""Genre of an article (reporting or opinion) from signals of the author's voice.

Signals are counted in the author's own text: quoted speech is masked first, so
a politician's "we" or "?" does not make a wire story an opinion piece. Named
rules turn signals into votes with a human-readable reason; the genre with the
most votes wins when it is clear enough, otherwise the genre stays unknown.
Cue words come from ``lang/<code>/framing.toml`` (section ``genre``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from ..model import Article
from . import cues

WORD = re.compile(r"\w+", re.UNICODE)
MIN_VOTES = 1.0  # the winner needs this many votes...
MARGIN = 0.5     # ...and this lead over the runner-up


@dataclass(frozen=True, slots=True)
class Signals:
    """What the author's own voice does in one article."""

    sentences: int
    words: int                       # authorial words, outside quotes
    quote_share: float               # share of body characters inside quotes
    first_person: tuple[str, ...]    # cue matches outside quotes
    reader_address: tuple[str, ...]
    evaluative: tuple[str, ...]
    attribution: tuple[str, ...]
    analysis: tuple[str, ...]
    questions: tuple[str, ...]       # authorial questions in the body
    argument_headings: tuple[str, ...]  # headings that ask or judge
    byline: str | None = None
    second_person: tuple[str, ...] = ()
    modality: tuple[str, ...] = ()   # should, must, нужно...: the author prescribes
    loaded: tuple[str, ...] = ()     # persuasion-technique cues outside quotes
    exclamations: int = 0            # authorial sentences ending in "!"
    title_argues: bool = False       # the title asks, exclaims or judges


def signals(article: Article, quoted: cues.Quoted | None = None) -> Signals:
    """Count genre signals in the body, outside quoted speech."""
    quoted = cues.index(cues.quoted_spans(article.text) if quoted is None else quoted)
    body = article.body
    table = cues.table(article.language, "genre")
    keys = ("first_person", "reader_address", "evaluative", "attribution", "analysis", "second_person", "modality")
    found: dict[str, list[str]] = {k: [] for k in keys}
    loaded: list[str] = []
    words = 0
    quoted_chars = 0
    questions: list[str] = []
    exclamations = 0
    for s in body:
        in_quotes = quoted.chars_in(s.start, s.end)
        quoted_chars += in_quotes
        if in_quotes:
            words += sum(not cues.inside(s.start + m.start(), s.start + m.end(), quoted) for m in WORD.finditer(s.text))
        else:  # no quoted character in the sentence: every word is the author's
            words += len(WORD.findall(s.text))
        stable = cues.table(s.language or article.language, "genre") or table
        for key in found:
            for a, b in cues.find(stable.get(key), s.text):
                if key == "attribution" or not cues.inside(s.start + a, s.start + b, quoted):
                    found[key].append(s.text[a:b])
        for pattern in cues.table(s.language or article.language, "techniques").values():
            loaded += [s.text[a:b] for a, b in cues.find(pattern, s.text)
                       if not cues.inside(s.start + a, s.start + b, quoted)]
        authorial = not cues.inside(s.start, s.end, quoted)
        if s.text.rstrip().endswith(("?", "？", "؟")) and authorial:
            questions.append(s.text)
        exclamations += s.text.rstrip().endswith("!") and authorial
    total = sum(s.end - s.start for s in body) or 1
    heads = tuple(h for h in article.headings if _argues(h, article.language))
    title = (article.title or "").strip()
    return Signals(len(body), words, quoted_chars / total, *(tuple(found[k]) for k in keys[:5]),
                   tuple(questions), heads, article.author or None, tuple(found["second_person"]),
                   tuple(found["modality"]), tuple(loaded), exclamations,
                   bool(title) and (title.endswith(("?", "!")) or _argues(title, article.language)))


def _argues(heading: str, code: str | None) -> bool:
    """A heading that asks a question or carries an evaluative word or a persuasion cue."""
    if heading.rstrip().endswith(("?", "？", "؟")):
        return True
    patterns = [cues.table(code, "genre").get("evaluative"), *cues.table(code, "techniques").values()]
    return any(next(cues.find(p, heading), None) for p in patterns)


def _per100(n: int, words: int) -> float:
    return 100.0 * n / max(words, 1)


def _sample(items: tuple[str, ...], k: int = 4) -> str:
    uniq = list(dict.fromkeys(i.lower() for i in items))
    return ", ".join(uniq[:k]) + ("..." if len(uniq) > k else "")


Vote = tuple[str, float, str]
Rule = Callable[[Signals], Vote | None]


def first_person(s: Signals) -> Vote | None:
    n = len(s.first_person)
    if n >= 2 and _per100(n, s.words) >= 0.2:
        return "opinion", 1.0, f"first person in the author's voice ({n}: {_sample(s.first_person)})"
    return None


def reader_address(s: Signals) -> Vote | None:
    if s.reader_address:
        return "opinion", 0.5, f"addresses the reader ({_sample(s.reader_address)})"
    return None


def rhetorical_questions(s: Signals) -> Vote | None:
    n = len(s.questions)
    if n:
        return "opinion", 1.0 if n == 1 else 1.5, f"{n} rhetorical question(s) in the author's voice"
    return None


def evaluative_language(s: Signals) -> Vote | None:
    n = len(s.evaluative)
    rate = _per100(n, s.words)
    if n >= 3 and rate >= 0.4:
        return "opinion", 1.0 if rate < 1.0 else 1.5, f"evaluative language ({n}, {rate:.1f} per 100 words: {_sample(s.evaluative)})"
    return None


def signed_column(s: Signals) -> Vote | None:
    # A byline alone is common in news; it counts only when the text also speaks in its own voice.
    voice = len(s.first_person) + len(s.questions) + len(s.evaluative) + len(s.reader_address)
    if s.byline and voice >= 3:
        return "opinion", 0.5, f"a signed column (author: {s.byline})"
    return None


def headings_as_argument(s: Signals) -> Vote | None:
    if s.argument_headings:
        n = len(s.argument_headings)
        return "opinion", 0.5 if n == 1 else 1.0, f"headings argue ({n}: {'; '.join(s.argument_headings[:2])})"
    return None


def attributed_statements(s: Signals) -> Vote | None:
    n = len(s.attribution)
    if not n:
        return None
    rate = n / max(s.sentences, 1)
    weight = 1.5 if n >= 3 and rate >= 0.3 else 1.0 if n >= 2 and rate >= 0.1 else 0.5
    return "reporting", weight, f"statements attributed to sources ({n}: {_sample(s.attribution)})"


def quote_density(s: Signals) -> Vote | None:
    if s.quote_share >= 0.12:
        return "reporting", 1.0, f"quote density {s.quote_share:.0%} of the body"
    return None


def neutral_voice(s: Signals) -> Vote | None:
    # One "our" (our country, our city) is common in news; more is the author's voice.
    if len(s.first_person) <= 1 and not s.questions and _per100(len(s.evaluative), s.words) < 0.3:
        return "reporting", 0.5, "little or no first person, no rhetorical questions, little evaluative language"
    return None


def explanatory(s: Signals) -> Vote | None:
    n = len(s.analysis)
    if n >= 3 and s.sentences >= 12 and not s.first_person:
        return "opinion", 1.0 + (0.5 if n >= 6 else 0.0), f"explanatory markers of analysis or commentary ({n}: {_sample(s.analysis)})"
    return None


def long_without_quotes(s: Signals) -> Vote | None:
    if s.sentences >= 15 and s.quote_share < 0.05 and len(s.questions) == 0 and len(s.first_person) <= 1:
        return "opinion", 0.5, "long text in the author's voice with few quotes"
    return None


RULES: tuple[Rule, ...] = (
    first_person, reader_address, rhetorical_questions, evaluative_language, signed_column, headings_as_argument,
    attributed_statements, quote_density, neutral_voice, explanatory, long_without_quotes,
)


def classify(s: Signals) -> tuple[str | None, tuple[str, ...]]:
    """(genre or None, reasons): votes of every rule; the reasons of the winner, or all reasons when unsure."""
    votes: dict[str, float] = {}
    reasons: dict[str, list[str]] = {}
    for rule in RULES:
        vote = rule(s)
        if vote:
            genre, weight, reason = vote
            votes[genre] = votes.get(genre, 0.0) + weight
            reasons.setdefault(genre, []).append(f"{reason} [{rule.__name__}]")
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if not ranked:
        return None, ("no genre signals",)
    best, top = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0.0
    if top >= MIN_VOTES and top - runner >= MARGIN:
        against = [f"against: {r}" for g, rs in reasons.items() if g != best for r in rs]
        return best, tuple(reasons[best] + against)
    summary = ", ".join(f"{g} {v:.1f}" for g, v in ranked)
    return None, (f"unsure (votes: {summary})",) + tuple(r for rs in reasons.values() for r in rs)


def fired(s: Signals) -> list[tuple[str, str]]:
    """(genre voted for, reason naming the rule) for every rule that fired."""
    out = []
    for rule in RULES:
        vote = rule(s)
        if vote:
            out.append((vote[0], f"{vote[2]} [{rule.__name__}]"))
    return out


MIN_WORDS = 20  # fewer authorial words than this: too little text to tell a genre


def decide(s: Signals, doc: Sequence[float] | None = None) -> tuple[str | None, tuple[str, ...]]:
    """Genre from the shipped model over the signals (and the document vector), the rules that fired as reasons."""
    from . import genre_model

    model = genre_model.load()
    if model is None or s.words < MIN_WORDS:
        return classify(s)
    label = "opinion" if model.probability(s, doc) >= model.threshold else "reporting"
    votes = fired(s)
    return label, (genre_model.explain(model, s, doc),) + tuple(
        r if g == label else f"against: {r}" for g, r in sorted(votes, key=lambda v: v[0] != label))


def genre(article: Article, quoted: cues.Quoted | None = None,
          doc: Sequence[float] | None = None) -> tuple[str | None, tuple[str, ...]]:
    """Genre of one article and the reasons that decided it; ``doc`` is its document vector when embedded."""
    return decide(signals(article, quoted), doc)
