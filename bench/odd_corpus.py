"""A deterministic corpus of odd texts, the kind scraping produces: each one hostile in one way.

Every text is written by the functions below from a few sentences of our own
(fictional people and places) and one kind of damage: a page with no full
stops, thousands of tiny sentences, zero-width or control characters, mixed
scripts, unbalanced quotation marks, HTML left in a text file, right-to-left
and CJK text, emoji, numbers and dates in odd formats... ``corpus(scale)``
returns (name, text) pairs; ``scale`` multiplies every size.
"""
from __future__ import annotations

import random

EN = [
    "{person}, who heads {org}, said on {day} that {n} new plants would open in {place} by {year}.",
    "“We expect the first of them to start work in {year},” {surname} told reporters in {place}.",
    "According to {org}, the programme will cost about {n} million dollars over {m} years.",
    "Critics say the plan for {place} is too ambitious, and a spokeswoman for {org} declined to comment.",
    "She added that the parliament of {place} would discuss the budget of {n} million on {m} May.",
]
RU = [
    "{person}, возглавляющий компанию «{org}», заявил в {day}, что к {year} году в {place} откроются {n} заводов.",
    "«Мы ожидаем, что первый из них заработает в {year} году», — сказал {surname} журналистам.",
    "По данным компании «{org}», программа обойдётся примерно в {n} млн долларов за {m} лет.",
    "Критики называют план для {place} слишком амбициозным, а представитель «{org}» отказался от комментариев.",
    "Она добавила, что парламент обсудит бюджет в {n} млн рублей {m} мая.",
]
SLOTS = {
    "en": {"person": ["Ivan Sokolov", "Olga Morozova", "Pavel Lebedev", "Anna Kuznetsova", "Timur Nurlanov"],
           "org": ["Northern Grid Company", "Volga Steel Works", "Steppe Rail", "Aral Solar"],
           "place": ["Kazan", "Tomsk", "Samara", "Almaty", "Perm"],
           "day": ["Monday", "Tuesday", "Wednesday", "Friday"]},
    "ru": {"person": ["Иван Соколов", "Павел Лебедев", "Тимур Нурланов", "Сергей Волков"],
           "org": ["Северная сетевая компания", "Волжский металлургический завод", "Степная железная дорога"],
           "place": ["Казани", "Томске", "Самаре", "Алматы", "Перми"],
           "day": ["понедельник", "вторник", "среду", "пятницу"]},
}


def sentence(r: random.Random, language: str | None = None) -> str:
    """One sentence from the templates with random people, places and numbers (so sentences rarely repeat)."""
    language = language or r.choice(("en", "ru"))
    slots = {k: r.choice(v) for k, v in SLOTS[language].items()}
    slots["surname"] = slots["person"].split()[-1]
    return r.choice(EN if language == "en" else RU).format(n=r.randint(2, 9999), m=r.randint(1, 28),
                                                            year=r.randint(2025, 2040), **slots)


EMOJI = "😀🔥🚀🇷🇺🇺🇸👨‍👩‍👧‍👦✅❗💰📈🙏🏽"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
CONTROL = "\x01\x07\x08\x0b\x0c\x1b\x7f\x85"
QUOTES = "«»“”„‟‹›‘’‚\"'「」『』"
HOMOGLYPHS = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
ARABIC = "قال المتحدث باسم الوزارة إن 7 مصانع جديدة ستفتح في قازان بحلول عام 2029."
HEBREW = "הדובר אמר כי שבעה מפעלים חדשים ייפתחו בקאזאן עד 2029."
CHINESE = "公司负责人索科洛夫周二表示，到2029年喀山将开设7家新工厂。"
JAPANESE = "ソコロフ氏は火曜日、2029年までにカザンに新工場を7つ開設すると述べた。"


def _sentences(r: random.Random, n: int) -> list[str]:
    return [sentence(r) for _ in range(n)]


def _fill(r: random.Random, size: int, make) -> str:
    """Call ``make()`` until the pieces hold ``size`` characters; join them with spaces."""
    parts, total = [], 0
    while total < size:
        p = make()
        parts.append(p)
        total += len(p) + 1
    return " ".join(parts)


def run_on(r: random.Random, size: int) -> str:
    """A page with no full stop at all: list items joined by commas (the 216 KB "sentence")."""
    words = [w.strip(".,") for _ in range(50) for w in sentence(r).split()]
    return "Run-on list\n\n" + _fill(r, size, lambda: " ".join(r.choice(words) for _ in range(r.randint(3, 9))) + ",")


def one_line(r: random.Random, size: int) -> str:
    """A whole article on a single line (markup stripped without paragraph breaks)."""
    return _fill(r, size, lambda: sentence(r))


def no_spaces(r: random.Random, size: int) -> str:
    """One huge token (a base64 blob or a URL) in an otherwise normal article."""
    blob = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(size))
    return "\n".join(_sentences(r, 4)) + "\nhttps://example.org/" + blob + "\n" + "\n".join(_sentences(r, 3))


def many_sentences(r: random.Random, size: int) -> str:
    """Thousands of tiny sentences."""
    short = ["He said so.", "She left.", "It rained.", "Он сказал.", "Она ушла.", "Sokolov spoke.", "Соколов молчал.",
             "They agreed.", "No.", "Yes!", "Why?"]
    return _fill(r, size, lambda: r.choice(short))


def many_lines(r: random.Random, size: int) -> str:
    """A table flattened to text: thousands of short lines of names and numbers."""
    names = ["Sokolov", "Morozova", "Соколов", "Морозова", "Kazan", "Казань", "Northern Grid", "ОДКБ"]
    return "Results table\n" + "\n".join(_fill(r, 60, lambda: f"{r.choice(names)} | {r.randint(0, 99999)} | {r.random():.3f}")
                                         for _ in range(size // 60))


def numbers_only(r: random.Random, size: int) -> str:
    """Numbers in every format and little else."""
    forms = [lambda: str(r.randint(0, 10 ** 12)), lambda: f"{r.uniform(-1e6, 1e6):,.2f}", lambda: f"{r.random():.9f}",
             lambda: f"{r.randint(1, 999)} {r.randint(0, 999):03d} {r.randint(0, 999):03d},{r.randint(0, 99)}",
             lambda: f"1e{r.randint(-30, 30)}", lambda: f"{r.randint(1, 99)}%", lambda: f"${r.randint(1, 999)}bn",
             lambda: f"{r.randint(1, 9)}½", lambda: f"0x{r.randint(0, 2 ** 32):x}", lambda: "MCMXCIV"]
    text = _fill(r, size, lambda: r.choice(forms)())
    return "Figures\n" + "\n".join(text[i:i + 80] for i in range(0, len(text), 80))


def odd_dates(r: random.Random, size: int) -> str:
    """Dates in odd and impossible formats inside sentences."""
    forms = ["2024-13-45", "31/02/2024", "1.1.1", "29 February 2023", "12/11/10", "2029-05-14T25:61:00Z", "14 мая 2029 г.",
             "5 мартобря", "Q3 FY2029", "the 1st of Smarch", "1700000000", "20290514", "'29", "XIV век", "2029年5月14日"]
    return _fill(r, size, lambda: f"The plant opens on {r.choice(forms)}, not {r.choice(forms)}, Sokolov said.")


def long_number(r: random.Random, size: int) -> str:
    """A short article with one 400-digit number (a hash or a key pasted into the text)."""
    digits = "".join(r.choice("0123456789") for _ in range(400))
    return "\n".join(_sentences(r, 3)) + f"\nThe reference number is {digits}.\n" + "\n".join(_sentences(r, 2))


def emoji(r: random.Random, size: int) -> str:
    return _fill(r, size, lambda: sentence(r) + " " + "".join(r.choice(EMOJI) for _ in range(r.randint(1, 8))))


def zero_width(r: random.Random, size: int) -> str:
    """Zero-width joiners, soft hyphens and byte-order marks inside words."""
    def spoil(s: str) -> str:
        return "".join(ch + (r.choice(ZERO_WIDTH) if ch.isalpha() and r.random() < 0.2 else "") for ch in s)
    return _fill(r, size, lambda: spoil(sentence(r)))


def control_chars(r: random.Random, size: int) -> str:
    """Control characters left by a broken converter (about one in a hundred characters)."""
    def spoil(s: str) -> str:
        return "".join(ch + (r.choice(CONTROL) if r.random() < 0.01 else "") for ch in s)
    return _fill(r, size, lambda: spoil(sentence(r)))


def unbalanced_quotes(r: random.Random, size: int) -> str:
    """Quotation marks that open and never close, close without opening, and nest in every language's style."""
    def spoil(s: str) -> str:
        words = s.split()
        for _ in range(3):
            words.insert(r.randrange(len(words) + 1), r.choice(QUOTES))
        return " ".join(words)
    return _fill(r, size, lambda: spoil(sentence(r)))


def nested_quotes(r: random.Random, size: int) -> str:
    def nest(depth: int) -> str:
        if depth == 0:
            return sentence(r).rstrip(".")
        o, c = r.choice([("«", "»"), ("„", "“"), ("“", "”"), ("‘", "’"), ("「", "」"), ('"', '"')])
        return f"{o}{nest(depth - 1)}, — сказал он, — {nest(depth - 1)}{c}"
    return _fill(r, size, lambda: nest(r.randint(1, 4)) + ", Sokolov said.")


def mixed_scripts(r: random.Random, size: int) -> str:
    """Latin letters swapped for Cyrillic look-alikes at random (homoglyphs), and Latin words inside Russian text."""
    def spoil(s: str) -> str:
        return " ".join(w.translate(HOMOGLYPHS) if r.random() < 0.3 else w for w in s.split())
    return _fill(r, size, lambda: spoil(sentence(r)))


def html_in_text(r: random.Random, size: int) -> str:
    """Markup and entities left in a plain-text file."""
    tags = ["<p>", "</p>", "<br/>", "<b>", "</b>", "&amp;", "&nbsp;", "&laquo;", "&#8212;", "&quot;", "<script>var a = 1;</script>",
            '<a href="https://example.org/x?a=1&b=2">', "</a>", "<!-- comment -->", "<div class=\"ad\">", "</div>"]
    return _fill(r, size, lambda: r.choice(tags) + sentence(r) + r.choice(tags))


def all_caps(r: random.Random, size: int) -> str:
    return _fill(r, size, lambda: sentence(r).upper())


def rtl_and_cjk(r: random.Random, size: int) -> str:
    """Right-to-left and CJK sentences among English and Russian ones, with direction marks."""
    return _fill(r, size, lambda: r.choice([ARABIC, HEBREW, CHINESE, JAPANESE, "\u202e" + ARABIC + "\u202c",
                                           "\u200f" + HEBREW]) + " " + sentence(r))


def repeated(r: random.Random, size: int) -> str:
    """The same two sentences over and over (a feed pasted many times)."""
    pair = " ".join(_sentences(r, 2))
    return "\n".join(pair for _ in range(max(1, size // (len(pair) + 1))))


def names_and_pronouns(r: random.Random, size: int) -> str:
    """Many people, each speaking, then pronouns pointing back: the speaker search at its busiest."""
    first = ["Ivan", "Olga", "Pavel", "Anna", "Sergei", "Marina", "Dmitry", "Elena"]
    last = ["Sokolov", "Morozova", "Lebedev", "Kuznetsova", "Volkov", "Orlova", "Gromov", "Belova"]
    def line() -> str:
        who = f"{r.choice(first)} {r.choice(last)}"
        return (f"{who}, a spokesman for the ministry, said that {r.randint(2, 99)} plants would open. "
                f"He added that the official had told reporters the governor was wrong, according to {who}.")
    return _fill(r, size, line)


def normal(r: random.Random, size: int) -> str:
    """An ordinary article for comparison."""
    return "\n".join(_fill(r, 400, lambda: sentence(r, "en")) for _ in range(max(1, size // 400)))


def normal_ru(r: random.Random, size: int) -> str:
    return "\n".join(_fill(r, 400, lambda: sentence(r, "ru")) for _ in range(max(1, size // 400)))


# name -> (maker, size in characters at scale 1)
KINDS = {
    "normal_en": (normal, 20_000), "normal_ru": (normal_ru, 20_000),
    "run_on_sentence": (run_on, 216_000), "one_line": (one_line, 100_000), "no_spaces": (no_spaces, 100_000),
    "many_sentences": (many_sentences, 60_000), "many_lines": (many_lines, 60_000), "numbers_only": (numbers_only, 20_000),
    "odd_dates": (odd_dates, 20_000), "long_number": (long_number, 0), "emoji": (emoji, 20_000),
    "zero_width": (zero_width, 20_000), "control_chars": (control_chars, 20_000),
    "unbalanced_quotes": (unbalanced_quotes, 20_000), "nested_quotes": (nested_quotes, 20_000),
    "mixed_scripts": (mixed_scripts, 20_000), "html_in_text": (html_in_text, 20_000), "all_caps": (all_caps, 20_000),
    "rtl_and_cjk": (rtl_and_cjk, 20_000), "repeated": (repeated, 40_000), "names_and_pronouns": (names_and_pronouns, 60_000),
}


def corpus(scale: float = 1.0, seed: int = 20, only: list[str] | None = None) -> list[tuple[str, str]]:
    """(name, text) for every kind of odd text, sizes multiplied by ``scale``; deterministic for a seed."""
    out = []
    for name, (make, size) in KINDS.items():
        if only and name not in only:
            continue
        out.append((name, make(random.Random(f"{seed}:{name}"), int(size * scale))))
    return out


if __name__ == "__main__":
    for name, text in corpus():
        print(f"{name:20} {len(text.encode('utf-8')):>9,} bytes  {text[:70]!r}")
