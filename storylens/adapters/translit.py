"""Romanisation of Cyrillic and Greek names, and spelling-blind keys for matching them.

The letter tables are language data (``lang/<code>/entities.toml``, table
``romanise``): a language's own table is tried first, then every other
language's, so a Kazakh name inside a Russian article still romanises.
``skeleton`` then folds the spelling variants that different romanisation
systems and translators produce (Alexey / Aleksei, Zhuravlev / Zhuravlyov,
Kassym-Jomart / Kasym-Zhomart) into one comparable key.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .. import lang

# Ordered folds applied to a lower-case ASCII romanisation; each pair merges spellings of one sound.
_FOLDS: tuple[tuple[str, str], ...] = (
    ("shch", "sh"), ("sch", "sh"), ("dzh", "j"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("gh", "g"), ("ch", "c"),
    ("tch", "c"), ("ts", "c"), ("tz", "c"), ("ks", "x"), ("ck", "k"), ("q", "k"), ("w", "v"),
    ("ph", "f"), ("th", "t"), ("yo", "e"), ("io", "e"), ("ye", "e"), ("ie", "e"), ("yu", "u"), ("iu", "u"),
    ("ya", "a"), ("ia", "a"), ("ey", "i"), ("ei", "i"), ("iy", "i"), ("ii", "i"), ("yi", "i"), ("y", "i"),
    ("ou", "u"),
)


@lru_cache(maxsize=None)
def _table(code: str | None) -> tuple[dict[str, str], dict[str, str]]:
    """Letter table and word-start table for a language, backed by every other language's tables."""
    order = ([code] if code else []) + [c for c in lang.available() if c != code]
    letters: dict[str, str] = {}
    starts: dict[str, str] = {}
    for c in order:
        for k, v in lang.data(c, "entities").get("romanise", {}).items():
            letters.setdefault(k, v)
        for k, v in lang.data(c, "entities").get("romanise_word_start", {}).items():
            starts.setdefault(k, v)
    return letters, starts


def _no_acute(text: str) -> str:
    """``text`` without acute accents (Greek tonos), keeping the diaeresis that parts a digraph (αϊ).

    Only a digraph's second letter is stripped: an accent on the first (άι) marks two vowels, not one sound.
    """
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).replace("\u0301", ""))


def romanise(text: str, code: str | None = None) -> str:
    """Latin-script form of ``text`` (Latin letters pass through; case follows the source letter)."""
    if text.isascii():
        return text
    letters, starts = _table(code)
    out: list[str] = []
    prev = ""
    text = unicodedata.normalize("NFC", text)
    i = 0
    while i < len(text):
        ch = text[i]
        low = ch.lower()
        pair = (low + _no_acute(text[i + 1:i + 2].lower())) if i + 1 < len(text) else ""
        rep = None
        if len(pair) == 2 and pair in starts and not prev.isalpha():
            rep, ch, i = starts[pair], text[i:i + 2], i + 1  # Greek μπ, ντ, γκ open a word as b, d, g
        elif len(pair) == 2 and pair in letters:
            rep, ch, i = letters[pair], text[i:i + 2], i + 1  # Greek ου, αι, ει, οι, ευ
        elif low in starts and (not prev.isalpha() or prev.lower() in lang.vowels()):
            rep = starts[low]
        elif low in letters:
            rep = letters[low]
        elif "LATIN" in unicodedata.name(ch, ""):
            rep = None  # a Latin letter (ł, ø, é) is folded by ascii_fold, never dropped here
        elif not ch.isascii():
            # Greek accents and other marks: drop the mark and retry the base letter.
            base = unicodedata.normalize("NFD", low)[0]
            rep = letters.get(base, base if base.isascii() else "")
        if rep is None:
            out.append(ch)
        else:
            if ch[0] != ch[0].lower() and rep:
                rep = rep[0].upper() + rep[1:] if (len(text) < 2 or not text.isupper()) else rep.upper()
            out.append(rep)
        prev = ch[-1]
        i += 1
    return "".join(out)


# Latin letters that Unicode does not decompose into a base letter and a mark.
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae",
                               "œ": "oe", "þ": "th", "ŀ": "l"})


def ascii_fold(text: str) -> str:
    """Lower-case ASCII with accents dropped (Bişkek -> biskek, Łukasz -> lukasz)."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if c.isascii())


@lru_cache(maxsize=65536)
def skeleton(text: str, code: str | None = None) -> str:
    """Spelling-blind matching key: romanised, folded, doubled letters collapsed, words kept apart by spaces."""
    s = ascii_fold(romanise(text, code))
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    words = []
    for w in s.split():
        words.append(_fold_word(w))
    return " ".join(words)


# Latin letters with a háček that write one sound two letters write elsewhere: Štip = Щип (Shtip), Šojgu = Шойгу
# (Shoigu), Žuravljov = Журавлёв (Zhuravlyov). ``ascii_fold`` drops the mark (s, z), as outlets without the letter do.
_HACEK = str.maketrans({"š": "sh", "Š": "Sh", "ž": "zh", "Ž": "Zh"})


def hacek_skeleton(text: str, code: str | None = None) -> str | None:
    """The skeleton of a Latin name with its š and ž spelt sh and zh, as a Cyrillic name's romanisation spells
    them, or None when it has neither."""
    spelt = text.translate(_HACEK)
    return skeleton(spelt, code) if spelt != text else None


@lru_cache(maxsize=None)
def _foreign_rules(code: str | None) -> tuple[re.Pattern, dict[str, str]] | None:
    """A language's ``[sounds] foreign`` pairs (its letters -> how Cyrillic romanisation spells that sound) as one
    pattern, longest first, so that each letter group is read once (Polish "szcz" before "sz" and "cz")."""
    pairs = lang.data(code, "entities").get("sounds", {}).get("foreign", ()) if code else ()
    if not pairs:
        return None
    table = {a: b for a, b in pairs}
    return re.compile("|".join(re.escape(a) for a in sorted(table, key=len, reverse=True))), table


def foreign_skeleton(text: str, code: str | None = None) -> str | None:
    """The skeleton of a name as its language spells a foreign name's sounds, or None when the rules change nothing.

    Polish writes East-Slavic names by its own letters (Hałuszczenko = Галущенко, Pieskow = Песков); Greek writes a
    foreign d, b, g as ντ, μπ, γκ inside a word too (Ντούντα = Duda, Μπάιντεν = Biden), where its own names read
    nt, mp (Αντώνης = Antonis). A second key: the name's own reading stays its main key (Trzaskowski in en and pl).
    """
    rules = _foreign_rules(code)
    if not rules:
        return None
    pattern, table = rules
    low = unicodedata.normalize("NFC", text.lower())
    spelt = pattern.sub(lambda m: table[m.group()], low)
    if spelt == low:
        return None
    sk = skeleton(spelt, code)
    return sk if sk != skeleton(text, code) else None


def _fold_word(w: str) -> str:
    """The folds and the collapse of doubled letters, repeated until nothing changes, so that a skeleton is its own
    skeleton and schemes that differ by one letter meet: Ukrainian "Mariia" and "Марія" (Mariya), "Iuliia" and
    "Юлия", Russian "Майя" (Mayya) and "Maia" (one pass left "maia" beside "ma")."""
    for _ in range(4):
        before = w
        for a, b in _FOLDS:
            w = w.replace(a, b)
        w = re.sub(r"(.)\1+", r"\1", w)
        if w == before:
            break
    return w


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is Latin script."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)
