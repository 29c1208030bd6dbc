"""Cost of the quote stage as an article grows: CPU seconds at 1x and 4x, and their ratio (linear: about 4).

A synthetic article is written from our own templates, in English and in
Russian: every form of attribution the extractor knows (after, before,
inside the marks, continued, partial, source phrases, reported speech, a
transcript), nicknames and titles in quotation marks, roles, pronouns.
Three shapes: many short paragraphs; long paragraphs (dozens of quotations
per line); and one paragraph per 400 sentences (thousands of quotation marks
on a line, titles in marks side by side). Sentences are cut by the real
segment stage; mentions are every occurrence of the template names (no
recogniser runs), so only the quote stage (``Extractor``) is timed.

Prints the best CPU seconds of a few runs and, as a count the machine's load
does not disturb, the Python function calls of one run; both ratios should
stay near 4 (a cost that grows with the square of the length gives 16).

Usage: .venv/bin/python bench/quote_scaling.py [--sentences 2000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storylens import segment  # noqa: E402
from storylens.api import load  # noqa: E402
from storylens.ingest import documents_from_texts  # noqa: E402
from storylens.model import Mention  # noqa: E402
from storylens.quotes.cues import cues_for  # noqa: E402
from storylens.quotes.extract import Extractor  # noqa: E402

PEOPLE = {"en": ["Ivan Sokolov", "Mary Stone", "Pedro Ruiz", "Marcia Price"],
          "ru": ["Иван Соколов", "Ольга Смирнова", "Дмитрий Орлов"]}
ORGS = {"en": ["Northern Grid", "Reuters", "NATO"], "ru": ["Северная сеть", "ТАСС", "НАТО"]}
TEMPLATES = {
    "en": [
        "“The plant {w} open in {n},” {p} said.",
        "“We {w} wait any longer,” said {p}, who heads {o}. “The vote is this week.”",
        "{p} told reporters: “The programme {w} cost about {n} million.”",
        "{p} boasted, “Nobody {w} stop the {n} plants.”",
        "Marcia “Cia” Price said the plan {w} work by {n}.",
        "“It is only the start, — {p} added. — We {w} build {n} more.”",
        "The plan {w} cost {n} million, {o} reports.",
        "According to {p}, the grid {w} need {n} more lines.",
        "{p} said that the plant {w} open in {n}.",
        "The company called it “a {w} step” in a statement on {n} May.",
        "The spokesman said on “Fox and Friends” that {n} plants {w} open.",
        "Officials met in {o} on {n} May to discuss the grid.",
        "STONE: We {w} open {n} plants next year.",
        "“{p} and {o}” was the title of the {n} report.",
    ],
    "ru": [
        "«Завод {w} в {n} году», — сказал {p}.",
        "«Мы {w} ждать, — добавила она. — Голосование на этой неделе {n}».",
        "{p} заявил: «Программа {w} около {n} млн».",
        "По словам {p}, сеть {w} ещё {n} линий.",
        "{p} сообщил, что завод {w} в {n} году.",
        "Завод {w} до конца года, сообщает {o}.",
        "Как передает {o}, об этом {w} {p} в {n} году.",
        "Компания назвала это «{w} шагом» {n} мая.",
        "Представитель {o} {w} эти данные {n} мая.",
        "Встреча прошла в {o} {n} мая.",
    ],
}
FILL = {"en": ["would", "will not", "might", "could"], "ru": ["откроется", "не будем", "может", "должна"]}


def article(lang: str, sentences: int, shape: str, seed: int = 7) -> str:
    """A synthetic article of about ``sentences`` sentences in one of the three shapes."""
    rnd = random.Random(seed)
    out = []
    for _ in range(sentences):
        t = rnd.choice(TEMPLATES[lang])
        out.append(t.format(p=rnd.choice(PEOPLE[lang]), o=rnd.choice(ORGS[lang]), w=rnd.choice(FILL[lang]),
                            n=rnd.randint(2, 2099)))
    per_line = {"paragraphs": 3, "long_paragraphs": 40, "huge_lines": 400}[shape]
    lines = [" ".join(out[i:i + per_line]) for i in range(0, len(out), per_line)]
    return "\n".join(lines)


def prepared(text: str, lang: str):
    """The article segmented by the real stage, with a mention for every template name."""
    arts, errors = load(documents_from_texts([text]))
    art = replace(arts[0], language=lang)
    art = replace(art, sentences=segment.split(art))
    mentions = []
    for kind, names in (("PER", PEOPLE[lang]), ("ORG", ORGS[lang])):
        for n, name in enumerate(names):
            mentions += [Mention(art.id, m.start(), m.end(), m.group(), kind, entity=f"{kind}{n}")
                         for m in re.finditer(re.escape(name), art.text)]
    return art, sorted(mentions, key=lambda m: m.start)


def cost(art, mentions, lang: str, repeat: int) -> tuple[float, int, int]:
    """Best CPU seconds of ``repeat`` runs of the quote stage, the Python function calls of one run (a count that
    does not depend on the machine's load), and the quotes found."""
    best, found = float("inf"), 0
    for _ in range(repeat):
        t = time.process_time()
        found = len(Extractor(art, cues_for(lang), list(mentions)).run())
        best = min(best, time.process_time() - t)
    profile = cProfile.Profile()
    profile.runcall(lambda: Extractor(art, cues_for(lang), list(mentions)).run())
    return best, pstats.Stats(profile).total_calls, found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=2000, help="sentences at 1x (4x is four times as many)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"{'lang':4} {'shape':16} {'size':>4} {'KB':>6} {'sentences':>9} {'marks':>6} {'quotes':>6} {'CPU s':>7} "
          f"{'ratio':>6} {'calls':>10} {'ratio':>6}")
    for lang in ("en", "ru"):
        for shape in ("paragraphs", "long_paragraphs", "huge_lines"):
            prev = prev_calls = None
            for scale in (1, 4):
                text = article(lang, args.sentences * scale, shape)
                art, mentions = prepared(text, lang)
                marks = sum(text.count(c) for c in "«»“”\"")
                seconds, calls, found = cost(art, mentions, lang, args.repeat)
                ratio = f"{seconds / prev:6.2f}" if prev else ""
                calls_ratio = f"{calls / prev_calls:6.2f}" if prev_calls else ""
                print(f"{lang:4} {shape:16} {scale:>3}x {len(text.encode()) / 1024:6.0f} {len(art.sentences):9} "
                      f"{marks:6} {found:6} {seconds:7.2f} {ratio:>6} {calls:10} {calls_ratio:>6}", flush=True)
                prev, prev_calls = seconds, calls


if __name__ == "__main__":
    main()
