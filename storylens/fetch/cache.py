"""What a fetch remembers about a URL between rounds, behind one small interface.

``FetchCache`` is the interface: ``get(url)`` gives the ``Validators`` stored for a
URL (or None) and ``put(url, validators)`` stores new ones. The fetcher sends them
back as If-None-Match / If-Modified-Since, and a round compares ``digest`` (a hash
of the content it kept) to tell a changed page from an unchanged one. Two
implementations live here (in memory, and a JSON file); the store implements the
same two methods in its database.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Validators:
    """A URL's HTTP validators and the digest of what was kept from it."""

    etag: str | None = None
    last_modified: str | None = None
    digest: str | None = None


class FetchCache(Protocol):
    def get(self, url: str) -> Validators | None: ...

    def put(self, url: str, validators: Validators) -> None: ...


class MemoryCache:
    """Validators in a dict, for one process."""

    def __init__(self) -> None:
        self._entries: dict[str, Validators] = {}

    def get(self, url: str) -> Validators | None:
        return self._entries.get(url)

    def put(self, url: str, validators: Validators) -> None:
        self._entries[url] = validators

    def __len__(self) -> int:
        return len(self._entries)


class JsonFileCache(MemoryCache):
    """Validators kept in a JSON file; ``save()`` replaces the file atomically."""

    def __init__(self, path: str | Path):
        super().__init__()
        self.path = Path(path)
        if self.path.exists():
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self._entries = {url: Validators(**entry) for url, entry in data.get("urls", {}).items()}

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"format": "storylens.fetch-cache/1", "urls": {u: asdict(v) for u, v in sorted(self._entries.items())}}
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".fetch-cache-")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
        os.replace(tmp, self.path)  # a crash mid-write leaves the old file, never half of a new one
