"""A user alias file: canonical entities and their variants, like a watchlist.

TOML::

    [[entity]]
    name = "Collective Security Treaty Organization"
    type = "ORG"
    variants = ["CSTO", "ОДКБ", "Организация Договора о коллективной безопасности"]

JSON: the same objects as a list, or under an ``"entity"`` key. Variants are
found in the text as written (word for word) and matched against the
dictionary forms of recognised mentions; a match links to the canonical
entity, whose name and type win over anything the recognisers said.
"""
from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError
from .gazetteer import fold
from .kit import TOKEN, TYPES


@dataclass(frozen=True)
class Alias:
    name: str
    type: str
    variants: tuple[str, ...]


class Aliases:
    """Lookup of canonical names by any variant."""

    def __init__(self, entries: list[Alias] = ()):  # type: ignore[assignment]
        self.entries = list(entries)
        self._by_name: dict[str, Alias] = {}
        self._by_words: dict[tuple[str, ...], Alias] = {}
        for e in self.entries:
            for v in (e.name, *e.variants):
                self._by_name.setdefault(fold(v), e)
                ws = tuple(TOKEN.findall(v))
                if ws:
                    self._by_words.setdefault(ws, e)
        self.longest = max((len(k) for k in self._by_words), default=0)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def get(self, name: str) -> Alias | None:
        return self._by_name.get(fold(name)) if self._by_name else None  # no alias file: nothing to fold for

    def canonical(self, name: str) -> str | None:
        e = self.get(name)
        return e.name if e else None

    def find(self, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, Alias]]:
        """Variants written word for word in a token list: (start, end, alias)."""
        out, i = [], 0
        while i < len(tokens):
            for n in range(min(self.longest, len(tokens) - i), 0, -1):
                e = self._by_words.get(tuple(t[2] for t in tokens[i:i + n]))
                if e:
                    out.append((tokens[i][0], tokens[i + n - 1][1], e))
                    i += n
                    break
            else:
                i += 1
        return out


def load(path: str | Path | None) -> Aliases:
    """Read an alias file (TOML or JSON); an empty path gives no aliases."""
    if not path:
        return Aliases()
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"alias file {p} does not exist (setting 'aliases')")
    try:
        raw = json.loads(p.read_text(encoding="utf-8")) if p.suffix.lower() == ".json" else tomllib.loads(
            p.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"alias file {p}: {exc}") from exc
    items = raw.get("entity", raw.get("entities", [])) if isinstance(raw, dict) else raw
    out = []
    for i, item in enumerate(items):
        name = str(item.get("name", "")).strip()
        etype = str(item.get("type", "MISC")).upper()
        if not name or etype not in TYPES:
            raise ConfigError(f"alias file {p}: entry {i + 1} needs a name and a type among {', '.join(TYPES)}")
        out.append(Alias(name, etype, tuple(str(v) for v in item.get("variants", []))))
    return Aliases(out)
