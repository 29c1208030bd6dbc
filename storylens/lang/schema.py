"""The contract of the language data: a typed schema for every part of ``lang/<code>/*.toml``.

A part is a TOML table whose keys are fixed (``Table``) or free, each value of
one shape (``Map``); leaves are ``str``, ``bool``, ``int``, ``NUMBER`` (int or
float), ``WORDS`` (a list of strings) or ``PAIRS`` (a list of string lists).
Every key is optional: a language gives what it has. ``check`` returns every
mismatch with its path, so a misspelled key or a wrong type fails the test over
all folders (tests/test_lang_schema.py) instead of being silently ignored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

WORDS = "list of strings"
PAIRS = "list of lists of strings"
NUMBER = "number"


@dataclass(frozen=True)
class Map:
    """A table with free keys (matching ``keys``, a regular expression) whose values all have one shape."""

    value: Any
    keys: str = r".+"
    fixed: dict[str, Any] = field(default_factory=dict)  # keys with a shape of their own, next to the free ones


def Table(**keys: Any) -> dict[str, Any]:  # noqa: N802  (reads as a type in the schema below)
    return dict(keys)


TYPES = ("PER", "ORG", "LOC", "MISC")
GENDERS = r"m|f|n|pl"

PARTS: dict[str, dict[str, Any]] = {
    "segment": Table(
        alphabet=str,           # every letter the language writes; a sentence with others is checked for its language
        vowels=str,             # its vowel letters (romanisation rules that depend on the letter before)
        abbreviations=WORDS,    # words a full stop does not end a sentence after
        folds=Map(str, r"\w"),  # letters written interchangeably, folded for matching (ё -> е)
    ),
    "clean": Table(boilerplate=WORDS, byline_prefixes=WORDS, date_labels=WORDS, credit_labels=WORDS),
    "entities": Table(
        cues=Map(WORDS, "|".join(TYPES)),
        names=Table(TRAILING=WORDS, ORG_HEADS=WORDS, TITLES=WORDS, NOT_NAMES=WORDS, POSSESSIVES=WORDS,
                    DETERMINERS=WORDS, CONNECTORS=WORDS, ORG_FIRST=WORDS, ELISIONS=WORDS, ORG_NAMES=WORDS, CONJUNCTIONS=WORDS, PLACE_HEADS=WORDS,
                    STRUCTURE_HEADS=WORDS, PORTFOLIO_HOLDERS=WORDS,
                    NAME_ADJECTIVES=WORDS, SAINTS=WORDS, SEAT_PREPOSITIONS=WORDS),
        orgs=Table(descriptors=WORDS, remit_words=WORDS, remit_heads=WORDS, named_after=WORDS,
                   not_name_adjectives=WORDS, kind_words=WORDS, head_first=bool, compound_heads=bool,
                   kinds=Map(WORDS)),
        sounds=Table(rules=PAIRS, foreign=PAIRS),  # foreign: letters this language spells another script's sounds with
        countries=Map(WORDS, r"[A-Z]{2}"),
        demonyms=Map(WORDS, r"[A-Z]{2}"),  # a country's adjectives not formed from any of its names (Hellenic)
        morph=Table(dictionary=str, endings=WORDS, name_tags=WORDS, nominative=WORDS, alternations=PAIRS, min_stem=int,
                    spellings=PAIRS, feminine=PAIRS),
        recognise=Table(backend=str),
        rules=Table(capitalises_nouns=bool, first_word_capital=bool, family_name_first=bool, twin_scripts=bool),
        romanise=Map(str),
        romanise_word_start=Map(str),
        landmarks=Map(WORDS, r"[a-z]+"),  # a kind of built place or thing (chapel) -> this language's words for it
        given=Map(WORDS, r"[a-z]+"),  # one given name across languages (john) -> this language's forms (Giovanni)
    ),
    "numbers": Table(
        decimal=str, group=WORDS, approximate=WORDS, name_before=WORDS, ordinal_suffixes=WORDS, not_counted=WORDS,
        count_skip=WORDS, counters=WORDS, year_after=WORDS, year_before=WORDS, ago=WORDS, range_words=WORDS, range_dashes=WORDS,
        range_open=WORDS, range_between=WORDS, range_between_after=WORDS, scale_alone=WORDS, list_words=WORDS, clause_words=WORDS, lower_bound=WORDS, upper_bound=WORDS,
        lower_bound_after=WORDS, upper_bound_after=WORDS, approximate_after=WORDS,
        date_from=WORDS, date_until=WORDS, calendar_locales=WORDS,
        amount_link=WORDS, round_numbers=Map(WORDS, r"\d+"),
        half_day=Table(am=WORDS, pm=WORDS), clock_after=WORDS, age_before=WORDS, nouns_capitalised=bool,
        hour_before=WORDS, hour_after=WORDS, half_to_hour=WORDS, half_past_hour=WORDS, this_year=WORDS,
        clock_hours=Map(WORDS, r"[1-9]|1[0-2]"), noun_suffixes=WORDS, age_after=WORDS, earlier=WORDS, clock_before=WORDS,
        part_before=WORDS, part_after=WORDS, unit_before=WORDS,
        words=Map(WORDS, r"\d+(\.\d+)?"),
        scales=Map(WORDS, r"\d+"),
        months=Map(WORDS, r"[1-9]|1[0-2]"),
        currencies=Map(WORDS, r"[A-Z]{3}"),
        units=Map(Table(kind=str, dimension=str, factor=NUMBER, forms=WORDS)),
        predicates=Map(WORDS),
        acts=Map(WORDS),
        votes=Map(WORDS),
        ordinal_endings=WORDS, fraction_before=WORDS, not_after_ordinal=WORDS, case_suffixes=WORDS,
        collectives=Map(WORDS, r"\d+"), compound_numbers=Map(WORDS, r"\d+"), compound_units=Map(WORDS, r"[a-z]+"),
        compound_joiners=WORDS, times_words=WORDS, partitive_of=WORDS, month_parts=WORDS, partitive_total=WORDS, ordinal_words=Map(WORDS, r"\d+"),
        events=Map(WORDS), stages=Map(WORDS),
        terms=Map(WORDS, r"[a-z]+"), one_before_unit=WORDS, one_unit=Map(WORDS, r"[a-z]+"),
    ),
    "hedges": Table(hedges=WORDS, qualifiers=WORDS, negations=WORDS, clitics=WORDS, not_negations=WORDS,
                    denials=WORDS, reporting=WORDS, cautions=WORDS),
    "disputes": Table(rulings_out=WORDS, no_evidence=WORDS, nonexistence=WORDS, denials=WORDS, not_counters=WORDS,
                      contrasts=WORDS, exclusions=WORDS, verdicts=WORDS, anaphora=WORDS, corrections=WORDS,
                      sources=WORDS, negations_after=WORDS, opposites=Map(Table(yes=WORDS, no=WORDS), r"[a-z_]+"),
                      concepts=Map(WORDS, r"[a-z_]+"),
                      outcomes=Map(Table(words=WORDS, claims=WORDS, first_person=WORDS, not_outcomes=WORDS), r"[a-z_]+")),
    "quotes": Table(
        marks=Table(pairs=PAIRS, fold=PAIRS, name_case=str, dialogue=bool),
        verbs=Table(forms=WORDS, naming=WORDS, bare_clause=WORDS, expand=Map(WORDS), lemmas=WORDS, lemma_endings=WORDS,
                    lemma_stop=WORDS, relaying=WORDS, lemma_folded=bool, lemma_dictionary=str, quotatives=WORDS, enclitics=WORDS,
                    light=Table(nouns=WORDS, endings=WORDS, verbs=WORDS)),
        clause=Table(inverted_after_comma=bool, complementizers=WORDS, about=WORDS, negations=WORDS,
                     empty_content=WORDS, np_stops=WORDS, auxiliaries=WORDS, coordinators=WORDS, subordinators=WORDS, back_references=WORDS, zero_subject=bool,
                     org_prepositions=WORDS, addressed=WORDS, subject_before_quote=bool, impersonal=WORDS,
                     speech_nouns=WORDS, reported_mood=WORDS, impersonal_reflexives=WORDS, adverbial_endings=WORDS),
        sources=Table(phrases=WORDS, framing=WORDS),
        speakers=Table(pronouns=Map(WORDS, GENDERS), possessives=Map(WORDS, GENDERS), self=WORDS, definite=WORDS,
                       indefinite=WORDS, roles=WORDS, anonymous=WORDS, same=WORDS, epithets=WORDS, plural_endings=WORDS,
                       organisations=WORDS, documents=WORDS, statements=WORDS, drop_final=WORDS, drop_final_organisations=WORDS,
                       stem_slack=int, clitics=Map(WORDS, GENDERS), spokespeople=WORDS, offices=WORDS, lesser=WORDS,
                       relatives=WORDS, role_links=WORDS,
                       platforms=WORDS, oblique_endings=WORDS, glued_cases=WORDS, oblique_articles=WORDS,
                       latter=Map(WORDS, GENDERS),
                       media=WORDS, near=WORDS, concepts=Map(WORDS, r"[a-z_]+"), body_pronouns=WORDS, copulas=WORDS),
        gender=Table(grammatical=bool, verb_endings=Map(WORDS, GENDERS), name_endings=Map(WORDS, GENDERS),
                     role_endings=Map(WORDS, GENDERS),
                     titles=Map(WORDS, GENDERS)),
    ),
    "framing": Table(
        genre=Table(first_person=WORDS, reader_address=WORDS, attribution=WORDS, evaluative=WORDS, analysis=WORDS,
                    second_person=WORDS, modality=WORDS),
        frames=Map(WORDS),
        techniques=Map(WORDS, fixed={"patterns": Map(WORDS)}),
    ),
    "stopwords": Table(words=WORDS),  # function words, for steps that compare content words
}

# Tables under storylens/data/ that are language knowledge too, with their own schema.
DATA: dict[str, dict[str, Any]] = {
    "detect": Table(scripts=Map(WORDS, r"[A-Z]+"), single=Map(str, r"[A-Z]+"), read_as=Map(str, r"[a-z]{2}")),
    "web": Table(tlds=WORDS),
}

# What ``storylens languages`` reports for each part: a short name and the keys that make the part useful.
SUMMARY = {
    "segment": ("sentences", ("abbreviations", "alphabet")),
    "entities": ("entities", ("cues", "names")),
    "numbers": ("numbers", ("words", "scales", "currencies")),
    "quotes": ("quotes", ("verbs", "speakers")),
    "hedges": ("hedges", ("hedges", "negations")),
    "framing": ("framing", ("frames", "techniques")),
    "clean": ("cleaning", ("boilerplate",)),
    "stopwords": ("stop words", ("words",)),
}


def check(part: str, data: dict[str, Any], where: str = "", schemas: dict[str, Any] | None = None) -> list[str]:
    """Every way ``data`` breaks the schema of ``part``, each with its path (empty when it fits)."""
    schemas = PARTS if schemas is None else schemas
    if part not in schemas:
        return [f"{where or part}: no such part (known: {', '.join(schemas)})"]
    return _check(schemas[part], data, where or part)


def _check(spec: Any, value: Any, path: str) -> list[str]:
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            return [f"{path}: expected a table, found {_kind(value)}"]
        out = []
        for k, v in value.items():
            if k not in spec:
                close = [s for s in spec if _similar(s, k)]
                hint = f"; did you mean {close[0]!r}?" if close else f" (known: {', '.join(spec)})"
                out.append(f"{path}.{k}: unknown key{hint}")
            else:
                out += _check(spec[k], v, f"{path}.{k}")
        return out
    if isinstance(spec, Map):
        if not isinstance(value, dict):
            return [f"{path}: expected a table, found {_kind(value)}"]
        out = []
        for k, v in value.items():
            if k in spec.fixed:
                out += _check(spec.fixed[k], v, f"{path}.{k}")
            elif not re.fullmatch(spec.keys, k):
                out.append(f"{path}.{k}: key does not fit {spec.keys!r}")
            else:
                out += _check(spec.value, v, f"{path}.{k}")
        return out
    ok = {
        str: isinstance(value, str),
        bool: isinstance(value, bool),
        int: isinstance(value, int) and not isinstance(value, bool),
        NUMBER: isinstance(value, (int, float)) and not isinstance(value, bool),
        WORDS: isinstance(value, list) and all(isinstance(x, str) for x in value),
        PAIRS: isinstance(value, list) and all(isinstance(x, list) and all(isinstance(y, str) for y in x) for x in value),
    }[spec]
    name = spec if isinstance(spec, str) else spec.__name__
    return [] if ok else [f"{path}: expected {name}, found {_kind(value)}"]


def _kind(value: Any) -> str:
    return {dict: "a table", list: "a list", str: "a string", bool: "a boolean"}.get(type(value), type(value).__name__)


def _similar(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    if abs(len(a) - len(b)) > 2:
        return False
    return sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b)) <= 2
