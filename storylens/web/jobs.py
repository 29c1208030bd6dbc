"""Adding URLs and feeds from the web: only with the ``web_token`` setting, one job at a time in the background.

Without a token the app is read-only and these routes answer 404. With one,
a request must carry the token (a form field or ``Authorization: Bearer``),
compared in constant time; browser form posts must also come from this
server's own pages (``Origin`` / ``Sec-Fetch-Site``). The app sets no cookies,
so a page elsewhere has no credential to borrow: it cannot add anything
without knowing the token. Inputs are ``http(s)`` URLs only, never local
paths, and they are fetched by the same careful fetcher as ``analyze``.
"""
from __future__ import annotations

import hmac
import logging
import queue
import tempfile
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urlsplit

from ..ingest import is_url
from ..settings import Settings
from ..store.store import Store

MAX_INPUTS = 50  # URLs and feeds in one request
log = logging.getLogger("storylens.web")


class Forbidden(Exception):
    """The request may not add anything (wrong token, or posted from another site)."""


@dataclass
class Job:
    id: int
    urls: list[str]
    feeds: list[str]
    story: int | None
    status: str = "queued"  # queued | running | done | failed
    submitted: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    result: dict = field(default_factory=dict)
    error: str | None = None

    def as_dict(self) -> dict:
        return {"id": self.id, "status": self.status, "urls": self.urls, "feeds": self.feeds, "story": self.story,
                "submitted": self.submitted, "result": self.result, "error": self.error}


def parse_request(urls: str | list[str], feeds: str | list[str], story: str | int | None) -> tuple[list[str], list[str], int | None]:
    """URLs and feeds (one per line, or lists) and an optional story id, checked; ValueError names what is wrong."""
    def lines(value) -> list[str]:
        items = value.splitlines() if isinstance(value, str) else list(value or [])
        return list(dict.fromkeys(x.strip() for x in items if x and x.strip()))

    url_list, feed_list = lines(urls), lines(feeds)
    if not url_list and not feed_list:
        raise ValueError("give at least one article URL or feed URL")
    if len(url_list) + len(feed_list) > MAX_INPUTS:
        raise ValueError(f"at most {MAX_INPUTS} URLs and feeds at once")
    for item in url_list + feed_list:
        if not is_url(item) or not urlsplit(item).hostname:
            raise ValueError(f"not an http(s) URL: {item[:200]!r}")
    story_id = None
    if story not in (None, ""):
        if not str(story).isdigit() or not 1 <= int(story) <= 2_147_483_647:
            raise ValueError(f"story: expected a story id, got {str(story)[:40]!r}")
        story_id = int(story)
    return url_list, feed_list, story_id


def check_origin(request) -> None:
    """Refuse a browser post that another site's page sent here."""
    site = request.headers.get("sec-fetch-site")
    if site and site not in ("same-origin", "none"):
        raise Forbidden(f"a form posted from another site ({site}) may not add articles")
    origin = request.headers.get("origin")
    if origin and origin != "null":
        host = request.headers.get("host", "")
        if urlsplit(origin).netloc != host:
            raise Forbidden("a form posted from another origin may not add articles")
    elif origin == "null":
        raise Forbidden("a form posted from an opaque origin may not add articles")


class Jobs:
    """A queue of add jobs run one after another by a single background thread."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store, self.settings = store, settings
        self._jobs: dict[int, Job] = {}
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._ctx = None

    def submit(self, token: str, urls: list[str], feeds: list[str], story: int | None) -> Job:
        expected = self.settings.web_token
        if not expected or not hmac.compare_digest(token.encode("utf-8"), expected.encode("utf-8")):
            raise Forbidden("wrong or missing token")
        with self._lock:
            job = Job(len(self._jobs) + 1, urls, feeds, story)
            self._jobs[job.id] = job
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="storylens-web-jobs", daemon=True)
                self._thread.start()
        self._queue.put(job)
        return job

    def get(self, job_id: int) -> Job | None:
        return self._jobs.get(job_id)

    def recent(self, n: int = 20) -> list[Job]:
        return sorted(self._jobs.values(), key=lambda j: -j.id)[:n]

    def close(self) -> None:
        if self._thread is not None:
            self._queue.put(None)

    def _run(self) -> None:
        while (job := self._queue.get()) is not None:
            job.status = "running"
            try:
                job.result = self._add(job)
                job.status = "done"
            except Exception as exc:  # a failing job is reported on its page; the server goes on
                log.exception("add job %s failed", job.id)
                job.status, job.error = "failed", f"{type(exc).__name__}: {exc}"

    def _add(self, job: Job) -> dict:
        from ..resources import Context
        from ..store.write import add

        if self._ctx is None:  # models load once, on the first job, not at start-up
            self._ctx = Context(self.settings)
        with tempfile.TemporaryDirectory(prefix="storylens-feeds-") as tmp:
            inputs = list(job.urls)
            feed_errors: list[dict] = []
            if job.feeds:
                articles, feed_errors = _read_feeds(job.feeds, self.settings, tmp)
                inputs += [articles] if articles else []
            if not inputs:
                return {"added": 0, "unchanged": 0, "new_versions": 0, "story": None, "errors": feed_errors}
            result = add(self.store, inputs, story=job.story, ctx=self._ctx)
        return {"added": result.count("added"), "unchanged": result.count("unchanged"),
                "new_versions": result.count("new_version"), "story": result.story, "analysed": result.analysed,
                "errors": feed_errors + [{"source": e.source, "error": e.error} for e in result.errors]}


def _read_feeds(feeds: list[str], settings: Settings, folder: str) -> tuple[str | None, list[dict]]:
    """One watch round over the feeds into a JSONL file; its path (None when nothing came) and the errors."""
    from ..fetch.cache import MemoryCache
    from ..fetch.client import Fetcher
    from ..fetch.watch import JsonlSink, watch_round

    sink = JsonlSink(folder)
    with Fetcher(settings) as fetcher:
        summary = watch_round(feeds, fetcher, MemoryCache(), sink)
    errors = [{"source": e.source, "error": e.error} for e in summary.errors]
    return (str(sink.path) if sink.path.exists() else None), errors
