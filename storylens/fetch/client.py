"""The fetcher: one safe GET with redirects followed hop by hop, caps on bytes and time, robots and pacing.

Every failure is a ``FetchError`` naming the URL and the reason; nothing else
escapes ``Fetcher.get`` for a bad server (a refused address, a redirect loop,
a body over the cap, a server that drips bytes past the deadline, TLS errors...).
"""
from __future__ import annotations

import ssl
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from .. import __version__
from ..errors import FetchError
from ..settings import Settings
from .address import AddressPolicy, Resolver, system_resolver
from .body import read_capped
from .cache import Validators
from .polite import ROBOTS_MAX_BYTES, Politeness
from .transport import DeadlineExceeded, GuardedTransport, deadline, postpone

REDIRECTS = {301, 302, 303, 307, 308}
ROBOTS_TIMEOUT = 10.0
AGENT_TOKEN = "storylens"


@dataclass(frozen=True, slots=True)
class Response:
    """What a fetch gave back: the final URL after redirects, and the body (empty for 304)."""

    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for param in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None

    def validators(self, digest: str | None = None) -> Validators:
        return Validators(self.headers.get("etag"), self.headers.get("last-modified"), digest)


class Fetcher:
    """Safe HTTP GETs for one round; use as a context manager (or call ``close``)."""

    def __init__(self, settings: Settings | None = None, *, policy: AddressPolicy | None = None,
                 resolver: Resolver = system_resolver, verify: ssl.SSLContext | bool = True):
        self.settings = settings or Settings()
        self.policy = policy or AddressPolicy(allow_private=self.settings.allow_private_addresses)
        self.agent = f"{AGENT_TOKEN}/{__version__}"
        self.transport = GuardedTransport(self.policy, resolver, verify)
        self._client = httpx.Client(transport=self.transport, follow_redirects=False, trust_env=False,
                                    timeout=httpx.Timeout(self.settings.fetch_timeout),
                                    headers={"User-Agent": self.agent, "Accept-Encoding": "gzip, deflate"})
        self.polite = Politeness(self.settings.fetch_host_delay, AGENT_TOKEN, self._robots)

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, validators: Validators | None = None, accept: str = "*/*") -> Response:
        """GET url (conditionally when validators are given); raise FetchError with the reason on any failure."""
        try:
            self.polite.check(_checked_url(url, url))
        except FetchError as exc:
            raise type(exc)(url, exc.reason) from None
        return self._get(url, validators, accept, self.settings.max_bytes, self.settings.fetch_timeout, robots=True)

    def _robots(self, url: str) -> tuple[int, bytes]:
        r = self._get(url, None, "text/plain", ROBOTS_MAX_BYTES * 4, ROBOTS_TIMEOUT, robots=False)
        return r.status, r.body

    def _get(self, url: str, validators: Validators | None, accept: str, limit: int, seconds: float,
             robots: bool) -> Response:
        """All hops of one fetch under one deadline; robots=False (fetching robots.txt) hands back error statuses."""
        headers = {"Accept": accept}
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        seen = [url]
        start = time.monotonic()
        try:
            with deadline(seconds):
                while True:
                    r = self._hop(seen[-1], headers, limit, robots and len(seen) > 1, raise_status=robots)
                    if isinstance(r, Response):
                        return r
                    nxt = _checked_url(url, urljoin(seen[-1], r))
                    if nxt in seen:
                        raise FetchError(url, f"redirect loop ({' → '.join(seen[seen.index(nxt):] + [nxt])})")
                    if len(seen) > self.settings.fetch_max_redirects:
                        raise FetchError(url, f"more than {self.settings.fetch_max_redirects} redirects")
                    seen.append(nxt)
        except FetchError as exc:
            raise type(exc)(url, exc.reason) from None
        except (httpx.TimeoutException, DeadlineExceeded) as exc:
            if time.monotonic() - start >= seconds * 0.99:
                raise FetchError(url, f"took longer than the {seconds:g} s deadline (fetch_timeout)") from None
            raise FetchError(url, f"timed out ({type(exc).__name__})") from None
        except httpx.HTTPError as exc:
            raise FetchError(url, f"{type(exc).__name__}: {exc or 'connection failed'}") from None
        except ssl.SSLError as exc:
            raise FetchError(url, f"TLS error: {exc}") from None
        except (httpx.InvalidURL, UnicodeError, ValueError) as exc:  # a host name IDNA cannot encode, a bad port...
            raise FetchError(url, f"not a valid URL ({type(exc).__name__}: {exc})") from None

    def _hop(self, url: str, headers: dict[str, str], limit: int, check_robots: bool,
             raise_status: bool = True) -> Response | str:
        """One request: a Response, or the Location of a redirect."""
        if check_robots:
            self.polite.check(url)
        postpone(self.polite.wait(urlsplit(url).hostname or ""))
        with self._client.stream("GET", url, headers=headers) as r:
            if r.status_code in REDIRECTS:
                location = r.headers.get("location")
                if not location:
                    raise FetchError(url, f"HTTP {r.status_code} redirect without a Location")
                return location
            if r.status_code == 304:
                return Response(str(r.url), 304, _headers(r))
            if r.status_code >= 400 or r.status_code < 200:
                if not raise_status:
                    return Response(str(r.url), r.status_code, _headers(r))
                raise FetchError(url, f"HTTP {r.status_code} {r.reason_phrase}".rstrip())
            size = r.headers.get("content-length", "")
            if size.isdigit() and int(size) > limit:
                raise FetchError(url, f"body is {int(size):,} bytes, over the {limit:,} byte limit (raise max_bytes to accept it)")
            coding = r.headers.get("content-encoding", "").strip().lower()
            body = read_capped(url, r.iter_raw(), coding, limit, lambda: r.num_bytes_downloaded)
            return Response(str(r.url), r.status_code, _headers(r), body)


def _headers(r: httpx.Response) -> dict[str, str]:
    return {k.lower(): v for k, v in r.headers.items()}


def _checked_url(source: str, url: str) -> str:
    """Only absolute http(s) URLs with a host are fetched; anything else is named and refused."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise FetchError(source, f"not a valid URL ({exc})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(source, f"refused: {parts.scheme or 'no'} scheme in {url!r} (only http and https are fetched)")
    if not parts.hostname:
        raise FetchError(source, f"URL has no host: {url!r}")
    if parts.username or parts.password:
        raise FetchError(source, "refused: URL carries a user name or password")
    return url
