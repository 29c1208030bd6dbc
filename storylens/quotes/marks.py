"""Quoted spans: matching quotation marks, nesting, and quotes that run over paragraphs."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# Closing marks may be followed by these; an ambiguous mark before a letter or digit opens.
MAX_CARRIED = 3  # paragraphs a quotation may run over without reopening marks

SLOPPY = {"”", "\""}  # double closing marks a careless text mixes up
SLOPPY_SINGLE = {"’", "'"}  # single closing marks it mixes up too ("‘That’s ridiculous,'”")
DOUBLE = set("\"“”„«»")  # double marks of any language: a quotation opened with one may close with another
_AFTER_CLOSE = set(" \t\n,.;:!?)]}…—–-»”’\"'")


@dataclass(frozen=True, slots=True)
class Span:
    """Text between a pair of marks: ``start``/``end`` exclude the marks themselves."""

    start: int
    end: int
    depth: int  # 0 for a top-level quote, 1 for a quote inside it...
    open_width: int = 1  # characters of the opening and closing marks ('' is two)
    close_width: int = 1

    @property
    def outer_start(self) -> int:
        """Where the opening mark begins."""
        return self.start - self.open_width

    @property
    def outer_end(self) -> int:
        """Just after the closing mark."""
        return self.end + self.close_width


SPACED = "«»"  # French typography sets a (thin, non-breaking) space inside guillemets: « Nous irons »


BRACKETS = "「」『』"  # Chinese and Japanese quotation brackets: never an apostrophe, written without spaces around


def _opens(text: str, i: int, width: int = 1) -> bool:
    if text[i] in BRACKETS:
        return True
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < len(text) else " "
    return (prev.isspace() or prev in "([{—–-«“„:/") and (not nxt.isspace() or text[i] in SPACED and nxt != "\n")


def _closes(text: str, i: int, width: int = 1) -> bool:
    if text[i] in BRACKETS:
        return True
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < len(text) else " "
    # "… 'outreach,' \"": a space may part two closing marks
    spaced = prev == " " and i > 1 and text[i - 2] in "'’”»" or text[i] in SPACED and prev.isspace() and prev != "\n" \
        or text[i] == '"' and prev == " " and i > 1 and text[i - 2] in ".!?…" and (nxt == "\n" or i + width >= len(text))
    # ("… un cessez-le-feu inconditionnel. \"" at the end of a paragraph: a stray space before the closing mark)
    return (not prev.isspace() or spaced) and (nxt in _AFTER_CLOSE or not nxt.isalnum())


def _mark_at(text: str, i: int, marks: list[str]) -> str:
    """The longest mark starting at ``i`` (old newswire writes a double mark as two apostrophes: '' ''), or ''."""
    return next((m for m in marks if text.startswith(m, i)), "")


def find_spans(text: str, pairs: tuple[tuple[str, str], ...]) -> list[Span]:
    """Every quoted span in ``text``, outer ones first by position.

    A quote left open at the end of a paragraph continues when the next
    paragraph opens with the same mark (the usual convention for quotes of
    several paragraphs), ends with its paragraph when the next opens with
    another mark, or, without a mark, continues when it closes within a few
    paragraphs; otherwise the stray mark is ignored.
    """
    openers: dict[str, str] = {}
    for o, c in pairs:
        openers.setdefault(o, c)  # the first pair names an opener's usual closer
    also_closes = {(o, c) for o, c in pairs}  # "„…”" and "„…“" in one Polish text: both close
    closers = {c for _, c in pairs}
    marks = sorted(set(openers) | closers, key=len, reverse=True)
    firsts = {m[0] for m in marks}
    stack: list[tuple[str, int, int, str]] = []  # (expected closer, position after the opening mark, width, opener)
    spans: list[Span] = []
    carried = 0  # paragraphs an open quotation has run over without its mark reopening them
    line_start, opened = 0, False  # the current paragraph's start; whether a mark opened in it
    i, n = 0, len(text)
    while i < n:
        if text[i] == "\n":
            line_start, opened = i + 1, False
            first = _mark_at(text, line_start, marks)
            if stack and first in openers and openers[first] == stack[0][0]:
                i = line_start + len(first)  # the quote carries on into this paragraph
                continue
            if len(stack) == 1 and first in openers and text[stack[0][1]:i].strip():
                # a paragraph left open and the next opening with another mark ("«… .\n“…”"): the quotation
                # ended with its paragraph, and the next is a quotation of its own
                _, begin, width, _ = stack.pop()
                end = len(text[:i].rstrip())
                spans.append(Span(begin, end, 0, width, 0))
                carried = 0
                i += 1
                continue
            # some outlets do not reopen the mark: let an open quotation run over a few paragraphs to find its close
            carried += 1
            if carried > MAX_CARRIED:
                spans += _unclosed(text, stack)
                stack = []
            i += 1
            continue
        ch = _mark_at(text, i, marks) if text[i] in firsts else ""
        if not ch:
            i += 1
            continue
        w = len(ch)
        is_open, is_close = ch in openers, ch in closers
        if is_close and stack and stack[-1][0] != ch and _closes(text, i, w) and any(
                ch in marks_ and stack[-1][0] in marks_ for marks_ in (SLOPPY, SLOPPY_SINGLE)):
            # typed in a hurry: “no evidence" and "more hours” close all the same, and so does ‘a nested one'”
            ch, is_open = stack[-1][0], False
        elif is_close and stack and ch != stack[-1][0] and (stack[-1][3], ch) in also_closes and _closes(text, i, w):
            ch, is_open = stack[-1][0], False  # another closer the language pairs with this opener
        elif is_close and stack and ch != stack[-1][0] and ch in DOUBLE and stack[-1][0] in DOUBLE \
                and _closes(text, i, w) and not _opens(text, i, w) and _unmatched(text, i + w, stack[-1][0]):
            # mixed marks: '"… 130,267“, said X', '«The results … people," states X': a double mark in closing
            # position closes the quotation when its own closer does not follow in the paragraph
            ch, is_open = stack[-1][0], False
        if is_close and stack and stack[-1][0] == ch and (not is_open or openers[ch] != ch or _closes(text, i, w)):
            if ch in "'’" and not _closes(text, i):
                i += 1
                continue
            closer, begin, width, _ = stack.pop()
            spans.append(Span(begin, i, 0, width, w))
            while stack and stack[-1][0] == ch and ch not in SLOPPY and openers.get(ch) != ch \
                    and _shared_close(text, i + w, marks, {o for o, c in openers.items() if c == ch}):
                # «… АТ «НАЕК «Енергоатом», – йдеться: the closing marks of nested quotations written once
                _, begin, width, _ = stack.pop()
                spans.append(Span(begin, i, 0, width, w))
            if not stack:
                carried = 0
        elif is_open and _opens(text, i, w) and not (ch in "'‘" and stack and stack[-1][0] == openers[ch]):
            if not stack:
                carried = 0
            stack.append((openers[ch], i + w, w, ch))
            opened = True
        elif is_close and not is_open and not stack and not opened and text[i + w:i + w + 1] == "," \
                and _closes(text, i, w) and len(text[line_start:i].split()) >= 3:
            # a paragraph of speech whose opening mark was dropped, closed before its attribution ("…», a cité X")
            begin = line_start + len(text[line_start:i]) - len(text[line_start:i].lstrip())
            spans.append(Span(begin, i, 0, 0, w))
        i += w
    if stack:
        # the text ends inside a quotation (a cut-off page): one opening the last paragraph or following a colon in
        # it runs to the end
        _, begin, width, _ = stack[0]
        lead = text[text.rfind("\n", 0, begin - width) + 1:begin - width].rstrip()
        if not lead or lead.endswith(":"):
            stop = text.find("\n", begin)
            end = len(text[:stop if stop >= 0 else n].rstrip())
            if text[begin:end].strip() and not text[end:].strip():  # (the last paragraph: the page was cut there)
                spans.append(Span(begin, end, 0, width, 0))
            else:
                spans += _unclosed(text, stack)
    # depth from what actually contains a span (an opener that never closed contains nothing)
    spans.sort(key=lambda s: (s.start, -s.end))
    return [Span(s.start, s.end, d, s.open_width, s.close_width) for s, d in zip(spans, _depths(spans))]


def _unmatched(text: str, at: int, closer: str) -> bool:
    """Whether ``closer`` is missing from the rest of the paragraph from ``at`` (a straight mark counts only where it
    closes, not where it opens another quotation: '"… 130,267“, said X. Later "another" one.')."""
    stop = text.find("\n", at)
    stop = stop if stop >= 0 else len(text)
    j, inner = text.find(closer, at, stop), 0
    while j >= 0:
        if closer != '"':
            return False
        if _opens(text, j):
            inner += 1  # (a quotation of its own, closed by the next closing mark)
        elif _closes(text, j):
            if not inner:
                return False
            inner -= 1
        j = text.find(closer, j + 1, stop)
    return True


SHARED_CLOSE = re.compile(r"[,!?][ \t]*[-–—][ \t]+\w|[.!?…]?[ \t]*(?:\n|$)")


def _shared_close(text: str, at: int, marks: list[str], reopeners: set[str]) -> bool:
    """Whether a closing mark ending at ``at`` also closes the quotation around it: its attribution follows (a comma
    and a dash), or its paragraph ends and the next does not reopen the quotation."""
    m = SHARED_CLOSE.match(text, at)
    if m is None:
        return False
    if not m.group().endswith("\n"):
        return True
    return _mark_at(text, m.end(), marks) not in reopeners


def _unclosed(text: str, stack: list[tuple[str, int, int, str]]) -> list[Span]:
    """A quotation never closed (its closing mark dropped, "… said: "The contract is signed.\n\nHe added …"):
    when it follows a colon and its paragraph ends a sentence, it runs to that end (one opening a paragraph may
    hold its own attribution: "«Было около 200 военнослужащих, — сказал собеседник агентства.")."""
    if not stack:
        return []
    _, begin, width, _ = stack[0]
    lead = text[text.rfind("\n", 0, begin - width) + 1:begin - width].rstrip()
    stop = text.find("\n", begin)
    end = len(text[:stop if stop >= 0 else len(text)].rstrip())
    if not lead.endswith(":") or end <= begin or text[end - 1] not in ".!?…" \
            or len(text[begin:end].split()) < 4:
        return []
    return [Span(begin, end, 0, width, 0)]


def _depths(spans: list[Span]) -> list[int]:
    """How many spans strictly contain each one, for spans sorted by (start, -end).

    The stack of marks makes spans nest or stay apart, so one pass with a
    stack of the spans holding the current one counts them; should two spans
    ever overlap otherwise, every pair is compared instead.
    """
    chain: list[Span] = []
    out = []
    for s in spans:
        # (one closing mark may end two quotations: "«… АО «Рассвет»", the inner one then inside the outer)
        while chain and not (chain[-1].start < s.start and s.end <= chain[-1].end):
            if chain[-1].end >= s.start:  # overlapping without holding it: not nested after all
                return [sum(1 for o in spans if o.start < x.start and x.end <= o.end) for x in spans]
            chain.pop()
        out.append(len(chain))
        chain.append(s)
    return out


DIALOGUE_OPEN = re.compile(r"[ \t]*[-–—][ \t]+(?=\w)")  # a paragraph of speech opening with a dash
DIALOGUE_TURN = re.compile(r"[,.!?…]?[ \t]+[-–—][ \t]+")  # the dash before an attribution or after it
DIALOGUE_INNER = re.compile(r"(?<=[.!?…])[ \t]+[-–—][ \t]+(?=[^\W\d_])")  # the same after a sentence end
DIALOGUE_RESUME = re.compile(r"[.,][ \t]*[-–—][ \t]+(?=\w)")
DIALOGUE_COMMA = re.compile(r",[ \t]+")  # the attribution after a comma alone ("– Vi är redo, säger hon.")


def unopened_spans(text: str, speech_at: Callable[[int], bool], first_person: frozenset[str] = frozenset()) -> list[Span]:
    """In a language that sets no speech off by dashes, only speech whose opening dash was dropped ("We have to be
    cheerful! … - Dodik said.")."""
    out: list[Span] = []
    start = 0
    for line in text.split("\n"):
        first = DIALOGUE_OPEN.match(line)
        if not first:
            out += _unopened(text, start, line, speech_at, first_person)
        elif speech_at(start + first.end()):
            out += _line_before(text, start, out)
        start += len(line) + 1
    return out


def _line_before(text: str, at: int, found: list[Span]) -> list[Span]:
    """The paragraph before an attribution line opening with a dash ("Popełniłam błąd" then "— przyznała X."), when
    it is speech whose marks were dropped: no mark, no dash of its own, no colon closing it, and not yet quoted."""
    end = at - 1
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    if text.count("\n", end, at) > 2:
        return []
    a = text.rfind("\n", 0, end) + 1
    while a < end and text[a] in " \t":
        a += 1
    line = text[a:end]
    if len(line.split()) < 2 or not line[:1].isupper() or line.endswith(":") or QUOTE_MARK.search(line) \
            or DIALOGUE_OPEN.match(line) or any(s.start < end and a < s.end for s in found):
        return []
    return [Span(a, end, 0, 0, 0)]


def dialogue_spans(text: str, attribution_at: Callable[[int], bool],
                   speech_at: Callable[[int], bool] | None = None, first_person: frozenset[str] = frozenset()) -> list[Span]:
    """Speech set off by dashes instead of marks ("– Няма да се откажем – каза той. – Ще продължим."): a paragraph
    opening with a dash is quoted up to the dash before its attribution, which ``attribution_at`` recognises, and
    resumes after a dash following the attribution. A paragraph with no attribution (a list) holds no speech."""
    out: list[Span] = []
    lone: list[tuple[int, int, int]] = []  # paragraphs opening with a dash and no attribution: (start, end, dash)
    start = 0
    for line in text.split("\n"):
        # speech opens the paragraph, or follows a sentence of narration in it when the line breaks were lost
        # ("… obudził go hałas. – Usłyszałem huk. – mówił.")
        opens = [m for m in (DIALOGUE_OPEN.match(line),) if m] + list(DIALOGUE_INNER.finditer(line))
        done = 0
        for m in opens:
            if m.start() < done:
                continue
            turns = [t for t in DIALOGUE_TURN.finditer(line, m.end()) if attribution_at(start + t.end())] \
                or list(DIALOGUE_COMMA.finditer(line, m.end()))  # Nordic papers close the speech with a comma
            for turn in turns:
                if not attribution_at(start + turn.end()):
                    continue
                end = turn.start() + (1 if line[turn.start()] in ",.!?…" else 0)
                out.append(Span(start + m.end(), start + end, 0, m.end() - m.start(), 0))
                done = turn.end()
                resume = DIALOGUE_RESUME.search(line, turn.end())
                if resume and m.start() == 0 and len(line[resume.end():].split()) >= 2:
                    out.append(Span(start + resume.end(), start + len(line.rstrip()), 0, resume.end() - resume.start(), 0))
                    done = len(line)
                break
        first = DIALOGUE_OPEN.match(line)
        if first and not done and attribution_at(start + first.end()):
            # "Popełniłam błąd" then "— przyznała Novak …": the line is an attribution, the one before the speech
            out += _line_before(text, start, out)
        elif first and not done:
            lone.append((start + first.end(), start + len(line.rstrip()), first.end() - first.start()))
        elif not first and not done and speech_at is not None:
            out += _unopened(text, start, line, speech_at, first_person)
        start += len(line) + 1
    return sorted(out + _lone_turns(text, lone, bool(out)), key=lambda x: x.start)


QUOTE_MARK = re.compile(r"[\"«»“”„‟‹›]")
SENTENCE_END = re.compile(r"[.!?…][ \t]+(?=[^\W\d_]|[\"'„“”«»‚‘’])")  # (a quotation there is the mark rules')


def _own_words(sentence: str, first_person: frozenset[str]) -> bool:
    """Whether a sentence reads as someone's own words: it exclaims or asks, or a first-person word stands in it (and
    no quotation mark: another's words, or an attribution of its own)."""
    if QUOTE_MARK.search(sentence):
        return False
    return sentence.rstrip()[-1:] in ("!", "?") or any(w in first_person for w in re.findall(r"\w+", sentence.lower()))


def _unopened(text: str, start: int, line: str, speech_at: Callable[[int], bool],
              first_person: frozenset[str] = frozenset()) -> list[Span]:
    """Speech whose opening dash was dropped: the sentence before a dash and a speech verb ("Zwyciężymy i ocalimy
    Polskę - powiedział Karol Nawrocki"), from the paragraph's start or the last sentence end before it; the
    sentences before it in the paragraph belong to the statement while they read as someone's own words (an
    exclamation or question, a first-person word: "We have to be cheerful! I was doomed … - Dodik said."), not
    narration ("Z sondażu wynika, że wygrał.") nor another quotation. Its opening width is 0, which tells it from the
    others."""
    for turn in DIALOGUE_TURN.finditer(line):
        if line[turn.start()] == "," or not speech_at(start + turn.end()):
            continue
        starts = [len(line) - len(line.lstrip())] + [m.end() for m in SENTENCE_END.finditer(line, 0, turn.start())]
        k = len(starts) - 1
        while k > 0 and _own_words(line[starts[k - 1]:starts[k]], first_person):
            k -= 1
        a = starts[k]
        b = turn.start() + (1 if line[turn.start()] in ".!?…" else 0)
        if len(line[a:b].split()) >= 4 and line[a:a + 1].isupper():
            return [Span(start + a, start + b, 0, 0, 0)]
        return []
    return []


def _lone_turns(text: str, lone: list[tuple[int, int, int]], dialogue: bool) -> list[Span]:
    """In an article that sets speech off by dashes, a paragraph opening with a dash and ending a sentence is speech
    even without an attribution ("– Vi tror fortfarande att …"), unless a paragraph next to it opens with a dash
    without one too (a list)."""
    if not dialogue:
        return []
    out = []
    for i, (a, b, width) in enumerate(lone):
        near = [x for x in lone[max(0, i - 1):i + 2] if x is not lone[i]]
        # (the neighbours in the list are next to it when only one line break parts them)
        if any(text.count("\n", min(a, x[0]), max(a, x[0])) <= 1 for x in near):
            continue
        if text[b - 1:b] in ".!?…" and len(text[a:b].split()) >= 5:
            out.append(Span(a, b - (1 if text[b - 1] == "." else 0), 0, width, 0))
    return out
