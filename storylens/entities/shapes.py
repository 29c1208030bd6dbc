"""Rules by what a span is made of: a given name with a regnal ordinal is a person, a weekday or a month no name."""
from __future__ import annotations

import re
from dataclasses import replace

from ..adapters.cldr import calendar_words
from ..adapters.lexicon import has_dictionary, is_known
from ..adapters.translit import skeleton
from .cands import Cand, Sent, covered, is_capitalised
from .kit import TOKEN
from .ordinals import ordinal


_KERAIA = "\u0374\u02b9\u0384'’´"  # the Greek numeral sign, and what is typed for it


def given_name(s: Sent, word: str) -> bool:
    """Is ``word`` (any case form) a given name in some language's ``[given]`` data?"""
    from .people import given_names

    return bool(given_form(s.kit, word))


def given_form(k, word: str) -> str:
    """The skeleton of the ``[given]`` name ``word`` is a case form of (Франциском, Františkom -> a form of
    Francis), by the language's dictionary or its ``[morph]`` endings and alternations; "" when none."""
    from .people import given_names

    names = given_names()
    code = k.code
    for form in (word, k.match_form(word)):
        if (sk := skeleton(form, code)) in names:
            return sk
    low = word.lower()
    forms = {k.normaliser.lemma(low)} if k.normaliser else k.stems(low)
    return next((sk for f in sorted(forms) if (sk := skeleton(f, code)) in names), "")


def _ordinal_after(s: Sent, end: int) -> int:
    """The end of a regnal ordinal written right after ``end`` ("Napoleon III", "Κάρολος Γ΄"), or 0."""
    m = TOKEN.match(s.text, end + 1) if s.text[end:end + 1] == " " and end + 1 < s.end else None
    if not m or m.group() == "I" or not ordinal(m.group()):
        return 0  # a lone "I" is the English pronoun more often than the First
    stop = m.end()
    if s.text[stop:stop + 1] in _KERAIA and stop < s.end:
        stop += 1
    elif not m.group().isascii():
        return 0  # a Greek numeral letter counts only with its keraia
    return stop


def titled_given_names(s: Sent) -> list[Cand]:
    """A given name alone right after a person's title is a person, where no recogniser read it ("Папа Франциск",
    "le pape François"): popes and monarchs are named by their given name alone."""
    out = list(s.cands)
    toks = s.tokens()
    for n in range(1, len(toks)):
        a, b, w = toks[n]
        prev = toks[n - 1][2]
        if not is_capitalised(w) or w.isupper() or covered(out, a, b) or s.text[toks[n - 1][1]:a] != " ":
            continue
        if n + 1 < len(toks) and is_capitalised(toks[n + 1][2]) and s.text[b:toks[n + 1][0]] == " ":
            continue  # "Papa Francesco Rossi": a full name is the recogniser's or the capitals' rules' to find
        titled = s.kit.cue_type(prev) == "PER" or (prev[:1].upper() + prev[1:],) in s.kit.titles
        if titled and given_name(s, w):
            out.append(Cand(a, b, "PER", "rules", "titled_given_names"))
    if s.kit.family_name_first:
        out = _titled_after(s, toks, out)
    return out


def _titled_after(s: Sent, toks, out: list[Cand]) -> list[Cand]:
    """Where a name opens with the family name, a title follows the name and a regnal ordinal opens it
    (Hungarian "Ferenc pápa", "XIV. Leó pápa", "XVI. Benedeknek"): a given name right before a person's title, or
    right after a Roman ordinal with its dot, is a person (with the ordinal)."""
    for n, (a, b, w) in enumerate(toks):
        if not is_capitalised(w) or w.isupper() or not given_name(s, w):
            continue
        start = a
        if n and (o := toks[n - 1]) and s.text[o[1]:a] == ". " and o[2] != "I" and ordinal(o[2]) == o[2]:
            start = o[0]  # "XIV. Leó": a lone "I." may be an initial
        nxt = toks[n + 1][2] if n + 1 < len(toks) and s.text[b:toks[n + 1][0]] == " " else ""
        titled = bool(nxt) and nxt.islower() and s.kit.cue_type(nxt) == "PER"
        if start == a and not titled:
            continue
        if start == a and n and is_capitalised(toks[n - 1][2]) and s.text[toks[n - 1][1]:a] == " ":
            continue  # "Orbán Viktor miniszterelnök": a full name is the capitals' rules' to find
        if start < a:  # "II. János Pál": a compound given name after the ordinal, whole
            c = next((c for c in out if c.start == a and c.end > b), None)
            if c and all(given_name(s, x) for x in TOKEN.findall(s.text[c.start:c.end])):
                b = c.end
        kept = []
        for c in out:
            if c.start < b and start < c.end and c.end <= b:
                if c.start < start and (cut := s.text[c.start:start].rstrip()):
                    kept.append(replace(c, end=c.start + len(cut)))  # "Tegnap XIV" read by capitals: "Tegnap"
                continue  # the given name alone, or with the ordinal
            kept.append(c)
        out = kept
        if not covered(out, start, b):
            out.append(Cand(start, b, "PER", "rules", "titled_given_names"))
    return out


def regnal_names(s: Sent) -> list[Cand]:
    """A given name with a regnal ordinal is a person: "Carlo III", "Karol III", "Κάρολος Γ΄", "Napoleone III"."""
    out = []
    for c in s.cands:
        if c.source == "alias" or c.nested:
            out.append(c)
            continue
        words = TOKEN.findall(s.text[c.start:c.end])
        end = c.end
        if words and not ordinal(words[-1]) and given_name(s, words[-1]):
            end = _ordinal_after(s, c.end) or c.end
            words = TOKEN.findall(s.text[c.start:end])
        if len(words) >= 2 and ordinal(words[-1]) and is_capitalised(words[-2]) and (
                c.type == "PER" or given_name(s, words[-2])):
            if s.text[end - 1] in _KERAIA:
                end -= 1  # the keraia is a mark, not part of the name's last word
            c = replace(c, end=end, type="PER", rule="regnal_names")
        out.append(c)
    for a, b, w in s.tokens():  # where nothing was found: languages that capitalise every noun ("Napoleon III.")
        if is_capitalised(w) and not covered(out, a, b) and (end := _ordinal_after(s, b)) and given_name(s, w):
            if s.text[end - 1] in _KERAIA:
                end -= 1
            out.append(Cand(a, end, "PER", "rules", "regnal_names"))
    return out


def drop_calendar_words(s: Sent) -> list[Cand]:
    """A weekday or a month, alone or with lower-case words ("Dimanche matin", "Δευτέρα"), is no name."""
    days = calendar_words(s.kit.code)
    if not days:
        return s.cands
    out = []
    for c in s.cands:
        words = TOKEN.findall(s.text[c.start:c.end])
        if c.source != "alias" and words and words[0].lower() in days and not any(
                is_capitalised(w) and w.lower() not in days for w in words[1:]):
            continue
        out.append(c)
    return out


def lower_case_tail(s: Sent) -> list[Cand]:
    """A body's first word and the lower-case adjectives that end its name: "Commissione europea", "Banca centrale
    europea", "Police cantonale" (the language's ``[names] NAME_ADJECTIVES``), where a capital stops the runs."""
    if not s.kit.name_adjectives:
        return s.cands
    out = list(s.cands)
    toks = s.tokens()
    for k, (a, b, w) in enumerate(toks):
        if w not in s.kit.org_first:
            continue
        j = k
        while j + 1 < len(toks) and j - k < 3 and toks[j + 1][2] in s.kit.name_adjectives \
                and s.text[toks[j][1]:toks[j + 1][0]] == " ":
            j += 1
        if j == k:
            continue
        end = toks[j][1]
        alone = [c for c in out if c.start == a and c.end == b]  # a model's span of the head word alone
        if alone or not covered(out, a, end):
            out = [c for c in out if c not in alone] + [Cand(a, end, "ORG", "rules", "lower_case_tail")]
    return out


def titles_off(s: Sent) -> list[Cand]:
    """A title opening a person's name is no part of it: "Papa Francisco", "Πάπα Φραγκίσκο", "Papa León XIV" are
    the persons Francisco, Φραγκίσκο, León XIV (the rules that join capitalised runs run after ``split_title``)."""
    out = []
    for c in s.cands:
        toks = [(c.start + m.start(), c.start + m.end(), m.group()) for m in TOKEN.finditer(s.text[c.start:c.end])]
        if c.source == "alias" or c.nested or len(toks) < 2 or c.type not in ("PER", "MISC"):
            out.append(c)
            continue
        first, rest = toks[0][2], toks[1:]
        titled = s.kit.cue_type(first) == "PER" or (first,) in s.kit.titles
        if titled and is_capitalised(rest[0][2]) and not given_name(s, first) and not s.kit.is_first_name(first) and (
                c.type == "PER" or given_name(s, rest[0][2]) or ordinal(rest[-1][2])):
            out.append(replace(c, start=rest[0][0], type="PER", rule="titles_off", link=None))
        else:
            out.append(c)
    return out


MAX_PLACE_WORDS = 3  # words of a place glued to a person's name ("Republika Srpska Milorad Dodik")


def split_place_person(s: Sent) -> list[Cand]:
    """A place written right before a person's name is two names: "(maire de) Varsovie Rafał Trzaskowski",
    "(δήμαρχος) Βαρσοβίας Τρασκόφσκι", "Nowy Sącz Jan Kowalski". The place (of up to three words) must be in a
    case form of its name or followed by a full name, so "Florence Nightingale" and "Jordan Peterson" stay
    persons, and never a given name that is also a city's ("Владимира Путина"). A span read as an organisation or a
    place is split only when a given name opens the rest."""
    out = []
    for c in s.cands:
        toks = [(c.start + m.start(), c.start + m.end(), m.group()) for m in TOKEN.finditer(s.text[c.start:c.end])]
        if c.type not in ("PER", "MISC", "ORG", "LOC") or c.source == "alias" or c.nested or len(toks) < 2:
            out.append(c)
            continue
        cut = next((n for n in range(min(MAX_PLACE_WORDS, len(toks) - 1), 0, -1) if _place_then_person(s, c, toks, n)), 0)
        if cut:
            out.append(replace(c, end=toks[cut - 1][1], type="LOC", rule="split_place_person", link=None))
            out.append(replace(c, start=toks[cut][0], type="PER", rule="split_place_person", link=None))
        else:
            out.append(c)
    return out


def _place_then_person(s: Sent, c: Cand, toks, n: int) -> bool:
    """Are the first ``n`` words of the span a place and the rest a person's name?"""
    first, rest = toks[0][2], toks[n:]
    if given_name(s, first) or s.kit.is_first_name(first):
        return False
    if (n > 1 or c.type in ("ORG", "LOC")) and (len(rest) < 2 or not _person_words(s, [w for _a, _b, w in rest], strict=True)):
        return False  # a longer place, or a span no reader took for a person: a person's full name must follow
    text = s.text[toks[0][0]:toks[n - 1][1]]
    if n > 1 and not is_capitalised(toks[n - 1][2]):
        return False
    place = s.kit.place(s.gaz, text)
    if not place:
        return False
    inflected = s.gaz.lookup(text) is None
    particles = {w for c_ in s.kit.connectors for w in c_}  # "de" of Marcelo Rebelo de Sousa
    return is_capitalised(rest[0][2]) and is_capitalised(rest[-1][2]) \
        and all(is_capitalised(w) or w in particles for _a, _b, w in rest) \
        and (inflected or len(rest) >= 2) and not any(ordinal(w) for _a, _b, w in rest)


def _person_words(s: Sent, rest: list[str], strict: bool = False) -> bool:
    """Do capitalised words read as a person's name: a given name the data knows first, else up to three words no
    dictionary of the language knows and no place ("NASA Space Center", "Banja Luka Film Festival" are no person);
    ``strict``: the second reading only where the language has a dictionary to know words by."""
    given = rest[0]
    return given_name(s, given) or s.kit.is_first_name(given) or (
        (not strict or has_dictionary(s.kit.code)) and len(rest) <= 3
        and not any(is_known(w.lower(), s.kit.code) or s.kit.place(s.gaz, w) for w in rest))


def split_acronym_person(s: Sent) -> list[Cand]:
    """An acronym written right before a person's full name is two names: "(la télévision publique) ERT Stella
    Nanou", the outlet or body, then who; so is an acronym in a case form ("(predsjednik) SNSD-a Milorad Dodik"). Every word after the acronym is capitalised, and the first is a given name
    the data knows or none is a word the language's dictionary knows or a place, so "NASA Space Center" stays one
    name."""
    out = []
    for c in s.cands:
        first = re.match(r"\S+", s.text[c.start:c.end])  # the acronym, with its case ending ("EU:n")
        first_end = c.start + first.end() if first else c.start
        toks = [(c.start + m.start(), c.start + m.end(), m.group()) for m in TOKEN.finditer(s.text[c.start:c.end])]
        toks = [(c.start, first_end, s.text[c.start:first_end])] + [t for t in toks if t[0] > first_end]
        if c.source == "alias" or c.nested or len(toks) < 3 or not s.kit.acronym_root(toks[0][2]) \
                or s.text[toks[0][1]:toks[1][0]] != " ":
            out.append(c)
            continue
        rest = [w for _a, _b, w in toks[1:]]
        # a given name the data knows, else words no dictionary of the language knows and no place
        if _person_words(s, rest) and all(is_capitalised(w) and not w.isupper() for w in rest):
            out.append(replace(c, end=toks[0][1], type="ORG", rule="split_acronym_person", link=None))
            out.append(replace(c, start=toks[1][0], type="PER", rule="split_acronym_person", link=None))
        else:
            out.append(c)
    return out


_NAME_NUMBER = re.compile(r"[ -](\d{1,3})(?![\d%])(?![.,]\d)(?=[\W]|$)")


def name_numbers(s: Sent) -> list[Cand]:
    """A number of one to three digits written right after an organisation's or a thing's name is part of it
    ("Kvartal 95", "Kwartał-95", "Квартал 95", "Apollo 11"); never a person's or a place's, nor a share or a decimal."""
    out = []
    for c in s.cands:
        m = _NAME_NUMBER.match(s.text, c.end, s.end) if c.type in ("ORG", "MISC") and c.source != "alias" else None
        after = re.match(r"\s*(?:\w{1,3}\s+)?([^\W\d_]+)", s.text[m.end():s.end]) if m else None
        if m and after and after.group(1).lower() in calendar_words(s.kit.code):
            m = None  # a date: "… 15 March", "… 15 de março"
        if m and not covered([o for o in s.cands if o is not c], c.end, m.end()):
            c = replace(c, end=m.end(1), rule="name_numbers")
        out.append(c)
    return out


_OBLIQUE = frozenset({"gent", "datv", "accs", "ablt", "loct"})


def _written_elsewhere(text: str, start: int, _end: int, word: str) -> bool:
    """Does the article write ``word`` as a whole word anywhere but at ``start``? (Read last: it scans the article.)"""
    return any(m.start() != start for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text))


def split_owner_person(s: Sent) -> list[Cand]:
    """A person in an oblique case written right before another's full name is two people: "(прессекретар)
    Путіна Дмитро Пєсков", "(rzecznik) Putina Dmitrij Pieskow" — whose spokesman, then who. The first word must
    read as a case form (the dictionary's cases, or the language's case endings), the second must be a given name
    (or the surname must stand elsewhere in the article, so the name is known without the owner), and a word must
    stand right before the span (the role the owner governs), so "Ковальова Олена" opening a
    sentence stays one name; never where names open with the family name."""
    out = []
    for c in s.cands:
        toks = [(c.start + m.start(), c.start + m.end(), m.group()) for m in TOKEN.finditer(s.text[c.start:c.end])]
        if c.type != "PER" or c.source == "alias" or c.nested or len(toks) < 3 or s.kit.family_name_first:
            out.append(c)
            continue
        first, given = toks[0][2], toks[1][2]
        before = s.text[max(s.start, c.start - 40):c.start]
        governed = re.search(r"[^\W\d_]+\s+$", before) is not None  # a word, no punctuation, right before
        cases = s.kit.cases(first)
        oblique = bool(cases & _OBLIQUE) and "nomn" not in cases if cases else len(s.kit.stems(first.lower())) > 1
        if governed and oblique and all(is_capitalised(w) for _a, _b, w in toks) \
                and not given_name(s, first) and not s.kit.is_first_name(first) \
                and (given_name(s, given) or s.kit.is_first_name(given) or _written_elsewhere(s.text, *toks[-1])):
            out.append(replace(c, end=toks[0][1], rule="split_owner_person", link=None))
            out.append(replace(c, start=toks[1][0], rule="split_owner_person", link=None))
        else:
            out.append(c)
    return out


_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _holder_before(s: Sent, start: int) -> int | None:
    """The offset of a portfolio's holder and connector right before ``start`` ("ministro turco do", "ministre de
    l’", "ministerie van"), or None."""
    before = list(_WORD.finditer(s.text, s.start, start))[-5:]
    connectors = {w for c in s.kit.connectors for w in c} | {d.lower() for d in s.kit.determiners}
    i, joined = len(before) - 1, 0
    while i >= 0 and ((w := before[i].group().lower().replace("’", "'")) in connectors or w.endswith("'")
                      or (w.islower() and len(w) <= 3)):
        i, joined = i - 1, joined + 1  # de, do, de l', dell'; a foreign particle in a sentence read as another language
    for _ in range(3):  # up to two adjectives between: "ministro turco da Saúde"
        if i < 0 or not joined:
            return None
        word = before[i].group()
        if word.lower() in s.kit.portfolio_holders:
            return before[i].start()
        if not word.islower():
            return None
        i -= 1
    return None


def portfolios(s: Sent) -> list[Cand]:
    """Capitalised words naming a minister's portfolio ("ministro do Interior", "minister van Buitenlandse Zaken")
    are no name; a person or a place right after them in the same span is kept ("… Zaken Marco Rubio"), and after a
    ministry in lower case they end its name ("ministerie van Buitenlandse Zaken")."""
    if not s.kit.portfolio_holders:
        return s.cands
    out = []
    connectors = {w for c in s.kit.connectors for w in c}
    for c in s.cands:
        holder = None if c.source == "alias" else _holder_before(s, c.start)
        if holder is None:
            out.append(c)
            continue
        ws = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(s.text, c.start, c.end)]
        k = 0
        while k < len(ws) and (is_known(ws[k][2].lower(), s.kit.code) or ws[k][2] in connectors):
            k += 1  # the portfolio: ordinary words of the language, capitalised as a title
        if k == 0:
            out.append(c)
            continue
        head = TOKEN.match(s.text, holder).group().lower()
        if head in s.kit.body_heads and not covered(out, holder, c.start):
            out.append(replace(c, start=holder, type="ORG", rule="portfolios", link=None))  # the ministry
            continue
        while k < len(ws) and ws[k][2] in connectors:
            k += 1
        if k < len(ws):
            place = s.kit.place(s.gaz, s.text[ws[k][0]:c.end])
            kind = "LOC" if place else ("PER" if ws[k - 1][2] not in connectors else c.type)
            out.append(replace(c, start=ws[k][0], type=kind, rule="portfolios", link=None))
    return out
