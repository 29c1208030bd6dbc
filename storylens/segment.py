"""Sentences with character offsets, and the flags that need them.

Paragraphs (lines of the cleaned text) are split with razdel, then named merge
rules repair what a generic splitter gets wrong: a full stop after an
abbreviation (``Dec. 17``, ``т.е.``), a quotation that spans several
sentences, a dash attribution after a closing quote (``», — отметил он.``).
``explain()`` tells which rule joined two pieces.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import replace
from functools import lru_cache
from typing import Callable

from . import lang
from .language import with_sentence_languages
from .model import Article, Flag, Sentence
from .pipeline import per_article
from .resources import Context

OPENERS, CLOSERS = "«“„‹", "»”“›"
Piece = tuple[int, int]  # start, end in the paragraph
# Longest sentence kept whole, in characters. Real news sentences stay well under it; past it a "sentence" is a
# list, a table or a page without full stops, and every later stage would pay for it with the square of its length.
MAX_SENTENCE = 1000
# Where a long sentence is cut, best first: a clause mark, then a comma, then any space (a last resort: a hard cut).
CLAUSE_BREAKS = (re.compile(r"[;:]\s|\s[—–]\s|[.!?…]\s"), re.compile(r",\s"), re.compile(r"\s"))


@lru_cache(maxsize=None)
def _abbreviations(code: str | None) -> frozenset[str]:
    own = lang.data(code, "segment").get("abbreviations", [])
    return frozenset(a.lower() for a in own) | frozenset(a.lower() for a in lang.merged("segment").get("abbreviations", ()) if "." in a)


def _last_word(text: str) -> str:
    m = re.search(r"([\w.\-]+)\.\s*$", text)
    return m.group(1).lower() if m else ""


def join_after_abbreviation(prev: str, nxt: str, code: str | None) -> bool:
    """`Dec. 17`, `т.е. это`: a known abbreviation before a digit or a lower-case word."""
    word = _last_word(prev)
    return bool(word) and word in _abbreviations(code) and bool(re.match(r"\s*[\d\w]", nxt)) and not nxt.lstrip()[:1].isupper()


def join_lowercase_start(prev: str, nxt: str, code: str | None) -> bool:
    """A piece starting in lower case, or with a dash and lower case (`— отметил он`), continues the sentence."""
    s = nxt.lstrip()
    return bool(re.match(r"^(?:[,;:]|[-–—]\s*[a-zа-яё]|[a-zа-яё])", s))


def join_open_quote(prev: str, nxt: str, code: str | None) -> bool:
    """Keep a quotation that spans sentences inside one sentence."""
    opened = _open_guillemets(prev)
    low = curly = 0  # open „ (closed by “ in German, by ” in Polish, Dutch, Romanian) and open “ (closed by ”)
    for ch in prev:
        if ch == "„":
            low += 1
        elif ch == "“":
            if low:
                low -= 1
            else:
                curly += 1
        elif ch == "”":
            if low:
                low -= 1
            elif curly:
                curly -= 1
    straight = prev.count('"') % 2
    return opened > 0 or low > 0 or curly > 0 or straight == 1


_MATE = {"«": "»", "»": "«", "‹": "›", "›": "‹"}


def _open_guillemets(text: str) -> int:
    """Guillemets left open in ``text``, either way round: «…» (Russian, French) or »…« (Slovenian, German, Croatian).

    A mark closes the last one opened when it is its mate; otherwise it opens when it stands after a space (or at
    the start, or after a bracket or dash), so a stray closing mark opens nothing.
    """
    stack: list[str] = []
    for i, ch in enumerate(text):
        if ch not in _MATE:
            continue
        if stack and stack[-1] == _MATE[ch]:
            stack.pop()
        elif i == 0 or text[i - 1].isspace() or text[i - 1] in "([{—–-\"„“":
            stack.append(ch)
    return len(stack)


def join_closing_punct(prev: str, nxt: str, code: str | None) -> bool:
    """A piece that is only closing quotes or brackets belongs to the sentence before."""
    return bool(re.fullmatch(r"\s*[»”’\")\]]+[.!?…]*\s*", nxt))


_ROMAN_END = re.compile(r"(?:^|\s)(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\.$")


def join_ordinal_before_name(prev: str, nxt: str, code: str | None) -> bool:
    """`XIV. Leó pápa`, `II. János Pál`: where a regnal ordinal opens a name (languages that put the family name
    first, `[rules] family_name_first` of the entity data), a Roman numeral with its dot is no sentence end."""
    return bool(_ROMAN_END.search(prev.rstrip())) and nxt.lstrip()[:1].isupper() \
        and bool(lang.data(code, "entities").get("rules", {}).get("family_name_first", False))


MERGE_RULES: list[tuple[str, Callable[[str, str, str | None], bool]]] = [
    ("closing_punct", join_closing_punct),
    ("abbreviation", join_after_abbreviation),
    ("ordinal_before_name", join_ordinal_before_name),
    ("open_quote", join_open_quote),
    ("lowercase_start", join_lowercase_start),
]


def split_paragraph(text: str, code: str | None, explain: list | None = None) -> list[Piece]:
    """Sentences of one paragraph: razdel, the merge rules, then rule ``long_sentence``."""
    out: list[Piece] = []
    for a, b in _merged(text, code, explain):
        cuts = split_long(text, (a, b))
        if len(cuts) > 1 and explain is not None:
            explain.append(("long_sentence", text[a:b], f"cut into {len(cuts)} pieces"))
        out += cuts
    return out


def _merged(text: str, code: str | None, explain: list | None = None) -> list[Piece]:
    from razdel import sentenize

    pieces: list[Piece] = []
    for s in sentenize(text):
        # (a merge never grows a sentence past MAX_SENTENCE: one stray quotation mark would glue a page together)
        if pieces and s.stop - pieces[-1][0] <= MAX_SENTENCE:
            prev = text[pieces[-1][0]:pieces[-1][1]]
            nxt = text[s.start:s.stop]
            rule = next((name for name, fn in MERGE_RULES if fn(prev, nxt, code)), None)
            if rule:
                if explain is not None:
                    explain.append((rule, prev, nxt))
                pieces[-1] = (pieces[-1][0], s.stop)
                continue
        pieces.append((s.start, s.stop))
    return [cut for piece in pieces for low in _low_quote_ends(text, piece) for op in _opening_closers(text, low)
            for rev in _reversed_guillemet_ends(text, op, code) for cut in _wide_ends(text, rev)]


# a sentence end inside a „…“ quotation (German, Czech, Bulgarian) and the capital opening the next sentence
_LOW_CLOSE = re.compile(r"[.!?…]“(\s+)(?=[„\"«]?[^\W\d_])")


def _low_quote_ends(text: str, piece: Piece) -> list[Piece]:
    """``piece`` cut after each „…“ quotation that ends a sentence (razdel reads “ as an opening mark, the Russian
    use, so „Das Land ist bereit.“ Das Ministerium… stays one sentence there)."""
    a, b = piece
    if "„" not in text[a:b]:
        return [piece]
    out, start = [], a
    for m in _LOW_CLOSE.finditer(text, a, b):
        end, nxt = m.start() + 2, text[m.end():m.end() + 1]  # after the closing “; the next sentence's first letter
        if (nxt in "„\"«" or nxt.isupper()) and "„" in text[start:end] and not join_open_quote(text[start:end], "", None):
            out.append((start, end))
            start = m.end()
    return out + [(start, b)]


# a sentence end, then a quotation opened by a mark other languages close with (Swedish and Finnish ”…” and »…»,
# Danish »…«): a closing mark is never set between a space and a letter
_CLOSER_OPENS = re.compile(r"[.!?…](\s+)(?=[”»][^\W\d_])")


def _opening_closers(text: str, piece: Piece) -> list[Piece]:
    """``piece`` cut before each quotation that opens with ” or » after a sentence end (razdel reads them as
    closing marks, so „Hallitus kokoontui. ”Päätös on lopullinen”, sanoi hän.“ stays one sentence there)."""
    a, b = piece
    out, start = [], a
    for m in _CLOSER_OPENS.finditer(text, a, b):
        if not join_open_quote(text[start:m.start() + 1], "", None):
            out.append((start, m.start() + 1))
            start = m.end()
    return out + [(start, b)]


# »…« used the other way round from razdel's «…»: an opening » after a sentence end, or a sentence end inside »…«
_REVERSED_OPEN = re.compile(r"»[^\W\d_]")
_REVERSED_CUT = re.compile(r"[.!?…]«?(\s+)(?=[»„\"]?[^\W\d_])")


def _reversed_guillemet_ends(text: str, piece: Piece, code: str | None) -> list[Piece]:
    """``piece`` cut at each sentence end outside a »…« quotation (Slovenian, Croatian, German print use): razdel
    reads » as a closing mark, so „Maribor. »Tega …« je dejal.“ and „…sprejeli.« Vlada…“ stay one sentence there."""
    a, b = piece
    if not _REVERSED_OPEN.search(text, a, b):
        return [piece]
    out, start = [], a
    for m in _REVERSED_CUT.finditer(text, a, b):
        end, nxt = m.start(1), text[m.end():m.end() + 2]
        letter = nxt[1:] if nxt[:1] in "»„\"" else nxt[:1]
        if letter.isupper() and not _open_guillemets(text[start:end]) and not join_open_quote(text[start:end], "", None) \
                and _last_word(text[start:end]) not in _abbreviations(code):
            out.append((start, end))
            start = m.end()
    return out + [(start, b)]


# sentence ends razdel does not know: the full-width stops of Chinese and Japanese (written without a space after
# them), the Arabic question mark, and a full stop before a word of a script without capitals (Georgian); closing
# marks after the stop stay with the sentence ("…提议。」")
_WIDE_END = re.compile(r"(?:[。！？]+|[؟]+(?=\s)|(?<=[^\W\d_]{2})[.!?…]+(?=\s+[^\W\d_]))[」』”’）)]*\s*")
_CORNERS = (("「", "」"), ("『", "』"))
_CASED = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN")


def _wide_ends(text: str, piece: Piece) -> list[Piece]:
    """``piece`` cut after each full-width sentence end (。！？) or Arabic ؟ that is not inside a 「…」 quotation."""
    a, b = piece
    out, start = [], a
    for m in _WIDE_END.finditer(text, a, b):
        end = m.end()
        if end >= b:
            break
        head = text[start:end]
        if any(head.count(o) > head.count(c) for o, c in _CORNERS):
            continue  # a quotation of several sentences stays whole
        if m.group().rstrip()[-1] in "」』”’" and "HIRAGANA" in unicodedata.name(text[end], ""):
            continue  # Japanese goes on after a quotation with a particle: 「…。」と述べた
        if m.group()[0] in ".!?…" and (unicodedata.name(text[end], "").split(" ")[0] in _CASED or text[end - 1] not in " \t"):
            continue  # before a Latin, Cyrillic or Greek word razdel has judged the stop (in other scripts it cannot)
        out.append((start, len(text[:end].rstrip())))
        start = end
    return out + [(start, b)]


def split_long(text: str, piece: Piece, limit: int = MAX_SENTENCE) -> list[Piece]:
    """Rule ``long_sentence``: cut a piece longer than ``limit`` at clause marks, else commas, else spaces.

    Each cut is the last break of the best kind within ``limit`` characters that leaves at least a quarter of
    it before the cut, so the cost stays linear in the length and no piece exceeds ``limit``.
    """
    start, end = piece
    out: list[Piece] = []
    while end - start > limit:
        cut = start + limit
        for pattern in CLAUSE_BREAKS:
            last = None
            for m in pattern.finditer(text, start + limit // 4, start + limit):
                last = m
            if last is not None:
                cut = last.end()
                break
        first = _strip(text, start, cut)
        if first[1] > first[0]:
            out.append(first)
        start = cut
    rest = _strip(text, start, end)
    if rest[1] > rest[0]:
        out.append(rest)
    return out


def _strip(text: str, a: int, b: int) -> Piece:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def explain(text: str, code: str | None = None) -> list[tuple[str, str, str]]:
    """Which merge rule joined which pieces of ``text``, and which sentences rule ``long_sentence`` cut."""
    out: list = []
    split_paragraph(text, code, out)
    return out


def split(article: Article, flags: list[Flag] | None = None) -> tuple[Sentence, ...]:
    """The article's sentences; a sentence cut by rule ``long_sentence`` adds a flag to ``flags`` when given."""
    sentences: list[Sentence] = []
    headings = set(article.headings)
    offset = 0
    for pno, line in enumerate(article.text.split("\n")):
        if line.strip():
            is_heading = line in headings
            for piece in [(0, len(line))] if is_heading else _merged(line, article.language):
                cuts = split_long(line, piece)
                if len(cuts) > 1 and flags is not None:
                    a, b = piece
                    flags.append(Flag("long_sentence", line[a:a + 80] + "…", offset + a, offset + b,
                                      f"{b - a} characters without a sentence end: analysed as {len(cuts)} pieces cut "
                                      f"at clause marks, commas or spaces (longest sentence kept whole: {MAX_SENTENCE})"))
                for start, end in cuts:
                    sentences.append(Sentence(len(sentences), offset + start, offset + end, line[start:end], None, pno,
                                              is_heading))
        offset += len(line) + 1
    return tuple(sentences)


# ---- flags -------------------------------------------------------------------------------------

# Candidate words holding Latin and another script, or Cyrillic and Greek; checked letter by letter after.
MIXED_TOKEN = re.compile(r"\b(?:(?=\w*[A-Za-z])(?=\w*[^\W\d_A-Za-z])|(?=\w*[\u0400-\u04ff])(?=\w*[\u0370-\u03ff]))\w+")


def mixed_script_flags(article: Article) -> list[Flag]:
    """Words whose letters mix scripts (`предусматриes`): machine-translation debris or homoglyph tricks."""
    from .adapters.lingua_id import script_of

    flags = []
    for m in MIXED_TOKEN.finditer(article.text):
        word = m.group()
        scripts = {script_of(ch) for ch in word if ch.isalpha()} - {None}
        if len(scripts) > 1:
            flags.append(Flag("mixed_language", word, m.start(), m.end(), "+".join(sorted(scripts)).lower()))
    return flags


def _numbers(text: str) -> tuple[str, ...]:
    return tuple(sorted(re.findall(r"\d+(?:[.,]\d+)?", text)))


# Earlier sentences compared with each sentence at most (those sharing its rarest words, nearest first): enough for
# any real article, and it keeps a page of thousands of near-identical lines linear.
MAX_DUPLICATE_CANDIDATES = 50


def duplicate_flags(sentences: tuple[Sentence, ...]) -> list[Flag]:
    """A sentence repeated, identically or reworded, earlier in the article (a teaser echoed in the body).

    Each sentence is flagged once, against the first earlier sentence it repeats. Pairs must share at least four
    words, so only earlier sentences sharing one of its rarest words can match (a prefix filter): no all-pairs loop.
    """
    from rapidfuzz import fuzz

    body = [s for s in sentences if not s.heading and len(s.text) > 30]
    norm = [" ".join(re.findall(r"\w+", s.text.lower())) for s in body]
    nums = [_numbers(s.text) for s in body]
    words = [set(n.split()) for n in norm]
    frequency = Counter(w for ws in words for w in ws)
    postings: dict[tuple, list[int]] = defaultdict(list)  # (numbers, word) -> earlier sentences holding the word
    first: dict[str, int] = {}
    flags = []
    for j in range(len(body)):
        match = None
        if len(words[j]) >= 4 and norm[j] in first:
            match = first[norm[j]], 100.0
        elif len(words[j]) >= 4:
            rarest = sorted(words[j], key=lambda w: (frequency[w], w))[:len(words[j]) - 3]
            near: dict[int, None] = {}
            for w in rarest:
                near.update(dict.fromkeys(reversed(postings.get((nums[j], w), [])[-MAX_DUPLICATE_CANDIDATES:])))
                if len(near) >= MAX_DUPLICATE_CANDIDATES:
                    break
            for i in sorted(list(near)[:MAX_DUPLICATE_CANDIDATES]):
                if not 0.6 < len(norm[i]) / max(1, len(norm[j])) < 1.6 or len(words[i] & words[j]) < 4:
                    continue
                score = fuzz.ratio(norm[i], norm[j])
                if score >= (72 if nums[i] else 85):
                    match = i, score
                    break
        if match:
            i, score = match
            b = body[j]
            flags.append(Flag("duplicate_sentence", b.text, b.start, b.end,
                              f"repeats sentence {body[i].index} ({score:.0f}% similar): {body[i].text}"))
        first.setdefault(norm[j], j)
        for w in words[j]:
            postings[(nums[j], w)].append(j)
    return flags


FLAG_KINDS = ("long_sentence", "mixed_language", "duplicate_sentence")  # the flags this stage sets (and replaces when run again)


def segment_article(article: Article, ctx: Context | None = None) -> Article:
    long: list[Flag] = []
    sentences = with_sentence_languages(split(article, long), article, ctx)
    kept = [f for f in article.flags if f.kind not in FLAG_KINDS]
    flags = kept + long + mixed_script_flags(article) + duplicate_flags(sentences)
    return replace(article, sentences=sentences, flags=tuple(flags))


STAGE = per_article("segment", segment_article, needs=("articles", "language"), adds=("sentences", "flags"))
