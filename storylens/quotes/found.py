"""A quote as the rules find it and as they give it out, and the text measures every rule places one by.

``Pending`` is a quote a rule found, its speaker still a candidate (``Cand``) until ``Extractor.run`` resolves
them all in reading order; ``Found`` is what comes out. ``trim``, ``last_char``, ``only`` and ``more_words`` read
the text around a quotation without copying it; ``addressed``, ``speech_at`` and ``name_like`` ask a language's
cues about a few words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Speaker
from .cues import Cues, Token
from .document import Cand

TRIM = " \t\n,.;:!?…—–-\"'«»“”„"
BLANK, TRIMMED, WORD = re.compile(r"\s*"), re.compile(f"[{re.escape(TRIM)}]*"), re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    kind: str
    cue: str
    speaker: Speaker
    rule: str


@dataclass
class Pending:
    start: int
    end: int
    kind: str
    cue: Token | None
    cand: Cand | None
    sentence: int
    rule: str
    owner: "Pending | None" = None  # partial quotes take the speaker of their sentence's cue
    cue_text: str = ""


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in TRIM:
        a += 1
    while b > a and text[b - 1] in TRIM:
        b -= 1
    # a closing parenthesis is the author's aside, not the speaker's words
    if b > a and text[b - 1] == ")" and "(" in text[a:b]:
        b = a + text[a:b].rfind("(")
        while b > a and text[b - 1] in TRIM:
            b -= 1
    return a, b


def last_char(text: str, end: int) -> int:
    """Where the text before ``end`` stops once trailing white space is dropped (``len(text[:end].rstrip())``)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def only(pattern: re.Pattern, text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is all ``pattern`` (white space, trimmed marks), read only up to the first other
    character (a copy of a long gap per quotation would cost its length each time)."""
    return a >= b or pattern.match(text, a, b).end() == b


def addressed(cues: Cues, toks: list[Token]) -> bool:
    """Whether a clause puts words to its subject ("was asked", "wurde gefragt") rather than having it speak."""
    if not cues.addressed:
        return False
    words = f" {' '.join(t.low for t in toks)} "
    return any(f" {p} " in words for p in cues.addressed)


def more_words(text: str, a: int, b: int, limit: int) -> bool:
    """Whether ``text[a:b]`` holds more than ``limit`` words (``len(text[a:b].split()) > limit``), counting no
    further than that."""
    for n, _ in enumerate(WORD.finditer(text, a, b), 1):
        if n > limit:
            return True
    return False


def speech_at(cues: Cues, text: str, pos: int) -> bool:
    """Whether a speech verb opens the text at ``pos``, perhaps after one adverb ("каза той", "гневно отсече")."""
    words = tuple(t.low for t in cues.tokens(text, pos, min(len(text), pos + 80)))[:cues.longest_verb + 1]
    return any(cues.verbs.get(words[i:i + n]) == "speech" for i in (0, 1) for n in range(1, cues.longest_verb + 1))


MEDIUM_ELIDED = re.compile(r"^\w{1,4}['’](?=\w)")  # a preposition or article glued to its noun: "l’émission", "dell’"


def titled(cues: Cues, text: str, outer_start: int, start: int) -> bool:
    """Whether a medium word stands right before a quotation's opening mark and a capital opens it ("dans
    l'émission "Good morning Greece"", "the newspaper “Kathimerini”"): the quotation is the title of what relays,
    not anyone's words (unlike "назвал публикацию в издании «чистой выдумкой»")."""
    if not cues.media or not text[start:start + 1].isupper():
        return False
    before = cues.tokens(text, max(0, outer_start - 40), outer_start)[-1:]
    return bool(before) and not text[before[0].end:outer_start].strip() \
        and cues.medium(MEDIUM_ELIDED.sub("", before[0].low))


def name_like(cues: Cues, s: str) -> bool:
    words = [w for w in re.findall(r"\w[\w-]*", s)]
    if not words or not any(ch.isalpha() for ch in s):
        return True
    if cues.name_case == "first":
        return words[0][:1].isupper()
    # Title Case keeps short function words small ("Fox and Friends", "Collapse: How Societies Choose to Fail")
    return words[0][:1].isupper() and all(w[:1].isupper() or not w[:1].isalpha() or len(w) <= 3 for w in words)
