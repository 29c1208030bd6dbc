"""Reading inputs: files in any common encoding, HTML, JSONL, directories, standard input and URLs.

URLs are fetched through ``storylens.fetch`` (safely: see that package). Each
input becomes a ``Document`` (raw text or HTML plus whatever metadata came
with it) or an ``InputError`` naming the input and the reason. Nothing raises
past this module for a bad input: one unreadable file never stops a batch.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputRejected
from .model import Document, InputError
from .settings import Settings

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def read_inputs(inputs: Iterable[str | Path], settings: Settings | None = None) -> Iterator[Document | InputError]:
    """Yield a Document or an InputError for every input; directories are walked recursively."""
    settings = settings or Settings()
    seen_ids: dict[str, int] = {}
    fetcher = None  # one fetcher for every URL of the run: robots.txt, pacing and connections are shared
    try:
        for item in inputs:
            if is_url(str(item)):
                from .fetch import fetch_pages
                from .fetch.client import Fetcher

                fetcher = fetcher or Fetcher(settings)
                produced: Iterable[Document | InputError] = fetch_pages([str(item)], settings, fetcher)
            else:
                produced = _expand(item, settings)
            for out in produced:
                if isinstance(out, Document):
                    out = _unique(out, seen_ids)
                yield out
    finally:
        if fetcher is not None:
            fetcher.close()


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def documents_from_texts(texts: Iterable[str], prefix: str = "text") -> list[Document]:
    return [Document(id=f"{prefix}{i}", source=f"<{prefix}{i}>", text=t) for i, t in enumerate(texts)]


def _unique(doc: Document, seen: dict[str, int]) -> Document:
    n = seen.get(doc.id, 0)
    seen[doc.id] = n + 1
    if n == 0:
        return doc
    return Document(f"{doc.id}-{n + 1}", doc.source, doc.text, doc.html, doc.meta)


def _expand(item: str | Path, settings: Settings) -> Iterator[Document | InputError]:
    name = str(item)
    if name == "-":
        data = sys.stdin.buffer.read()
        yield from _guard(name, lambda: _from_bytes(name, "stdin", data, settings))
        return
    path = Path(name)
    if path.is_dir():
        found = sorted(_walk(path), key=lambda x: str(x if isinstance(x, Path) else x.source))
        if not any(isinstance(x, Path) for x in found):
            yield InputError(name, "directory holds no files")
        for x in found:
            yield from (_expand(x, settings) if isinstance(x, Path) else [x])
        return
    if not path.exists():
        yield InputError(name, "no such file or directory")
        return
    yield from _guard(name, lambda: _from_file(path, settings))


def _walk(root: Path) -> Iterator[Path | InputError]:
    """Files under ``root``, following links to directories once; everything skipped is named with the reason."""
    seen = {_identity(root)}
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(folder.iterdir())  # sorted: which of two paths to one folder is read does not vary
        except OSError as exc:
            yield InputError(str(folder), f"cannot read directory: {exc.strerror or exc}")
            continue
        for p in entries:
            if p.name.startswith("."):
                yield InputError(str(p), "hidden file or directory: skipped")
            elif p.is_dir():  # follows a link
                key = _identity(p)
                if key in seen:
                    target = p.resolve()
                    why = "a symbolic link loop" if target in p.parents or target == p.parent else "read already"
                    yield InputError(str(p), f"skipped: leads to {target}, {why}")
                    continue
                seen.add(key)
                stack.append(p)
            elif p.is_file():
                yield p
            elif p.is_symlink():
                yield InputError(str(p), f"broken symbolic link (to {p.readlink()}): skipped")
            else:
                yield InputError(str(p), "not a regular file (a device, socket or pipe): skipped")


def _identity(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_dev, st.st_ino


def _guard(source: str, produce) -> Iterator[Document | InputError]:
    try:
        yield from produce()
    except InputRejected as exc:
        yield InputError(exc.source, exc.reason)
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")


def _from_file(path: Path, settings: Settings) -> Iterator[Document | InputError]:
    size = path.stat().st_size
    if size > settings.max_bytes:
        raise InputRejected(str(path), f"file is {size / 1e6:.1f} MB, over the {settings.max_bytes / 1e6:.1f} MB limit "
                                       "(raise it with --max-bytes or STORYLENS_MAX_BYTES)")
    data = path.read_bytes()
    yield from _from_bytes(str(path), path.stem, data, settings, suffix=path.suffix.lower())


def _from_bytes(source: str, stem: str, data: bytes, settings: Settings, suffix: str = "") -> Iterator[Document | InputError]:
    from .decode import decode

    if len(data) > settings.max_bytes:
        raise InputRejected(source, f"input is {len(data) / 1e6:.1f} MB, over the {settings.max_bytes / 1e6:.1f} MB limit")
    notes: list[tuple[str, str]] = []
    text = decode(source, data, notes)
    # a repaired encoding travels with the document to its article's flags (clean.py)
    meta = {"encoding_repaired": list(notes[0])} if notes else {}
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl(source, stem, text, settings, meta)
        return
    if suffix in HTML_SUFFIXES or _looks_like_html(text):  # a .txt that is really a saved page is read as HTML
        yield Document(stem, source, html=text, meta=meta)
        return
    yield Document(stem, source, text=text, meta=meta)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def _jsonl(source: str, stem: str, text: str, settings: Settings, file_meta: dict | None = None
           ) -> Iterator[Document | InputError]:
    lines = text.splitlines()
    any_ok = False
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"not valid JSON ({exc.msg})")
            continue
        if not isinstance(rec, dict) or not (isinstance(rec.get("text"), str) or isinstance(rec.get("html"), str)):
            yield InputError(where, "record has no 'text' or 'html' string")
            continue
        body = rec.get("text") or rec.get("html") or ""
        if len(body.encode("utf-8", "replace")) > settings.max_bytes:
            yield InputError(where, f"record text is over the {settings.max_bytes / 1e6:.1f} MB limit")
            continue
        meta = {k: rec[k] for k in ("url", "title", "published", "outlet", "author") if rec.get(k)}
        repaired = (file_meta or {}).get("encoding_repaired")
        if repaired and repaired[0] and repaired[0] in line:  # the record holding the repaired bytes
            meta["encoding_repaired"] = repaired
        rid = str(rec.get("id") or f"{stem}-{n}")
        any_ok = True
        yield Document(rid, rec.get("url") or where, text=rec.get("text"), html=None if rec.get("text") else rec.get("html"), meta=meta)
    if not any_ok and not any(line.strip() for line in lines):
        yield InputError(source, "file is empty")
