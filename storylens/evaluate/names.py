"""Whether two name strings, possibly in different scripts, name the same person (for evaluation only)."""
from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path

from rapidfuzz.fuzz import ratio

ROMAN = re.compile(r"[ivx]+")
SAME_TOKEN = 80  # rapidfuzz ratio at or above which two romanised name tokens count as one (case endings differ)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], list[tuple[str, str]]]:
    data = tomllib.loads((Path(__file__).with_name("romanize.toml")).read_text(encoding="utf-8"))
    letters = {ord(k): v for k, v in data["cyrillic"].items()}
    return letters, list(data["fold"].items())


def romanise(text: str) -> str:
    """Lower-case Latin letters and spaces: Cyrillic romanised, accents dropped, spelling variants folded."""
    letters, fold = _tables()
    text = text.lower().translate(letters)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^a-z]+", " ", text)
    for a, b in fold:
        text = text.replace(a, b)
    return " ".join(text.split())


def key_token(name: str) -> str:
    """The token that identifies a person across versions: the last name-like word (the surname)."""
    tokens = romanise(name).split()
    if "the" in tokens[1:]:
        tokens = tokens[:tokens.index("the", 1)]  # a ruler's epithet is no surname: "Peter the Great" is keyed by Peter
    tokens = [t for t in tokens if len(t) >= 2 and not ROMAN.fullmatch(t)]  # nor is a regnal number ("Peter I")
    return tokens[-1] if tokens else ""


def same_person(a: str, b: str) -> bool:
    """Two mentions name one person when their surname tokens agree, allowing for case endings."""
    ka, kb = key_token(a), key_token(b)
    return bool(ka and kb) and ratio(ka, kb) >= SAME_TOKEN
