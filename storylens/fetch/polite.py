"""Politeness: robots.txt (through protego) and a minimum delay between two requests to one host."""
from __future__ import annotations

import time
from typing import Callable
from urllib.parse import urlsplit

from ..errors import AddressRefused, FetchError

ROBOTS_MAX_BYTES = 500_000  # RFC 9309 asks crawlers to read at least 500 KiB; past that the rest is ignored
MAX_CRAWL_DELAY = 60.0  # a Crawl-delay larger than this is taken as this, or one host could stall a round

# Fetch robots.txt at a URL: (HTTP status, body), or raise FetchError when it cannot be reached.
RobotsFetch = Callable[[str], tuple[int, bytes]]


class Politeness:
    """Per-origin robots.txt rules and per-host pacing, for one fetcher."""

    def __init__(self, delay: float, agent: str, fetch_robots: RobotsFetch | None,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep):
        self.delay = delay
        self.agent = agent
        self._fetch_robots = fetch_robots
        self._clock = clock
        self._sleep = sleep
        self._robots: dict[str, object] = {}  # origin -> protego parser, or a reason to refuse everything
        self._next: dict[str, float] = {}  # host -> earliest time of its next request

    def check(self, url: str) -> None:
        """Raise FetchError when the site's robots.txt disallows ``url`` for our user agent."""
        if self._fetch_robots is None:
            return
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._load(origin)
        rules = self._robots[origin]
        if isinstance(rules, str):
            raise FetchError(url, rules)
        if rules is not None and not rules.can_fetch(url, self.agent):
            raise FetchError(url, f"disallowed by {origin}/robots.txt")

    def wait(self, host: str) -> float:
        """Sleep until ``host`` may be asked again, book the next slot, and return the seconds slept."""
        now = self._clock()
        ready = self._next.get(host, now)
        pause = max(0.0, ready - now)
        if pause:
            self._sleep(pause)
        self._next[host] = max(ready, now) + self._host_delay(host)
        return pause

    def _host_delay(self, host: str) -> float:
        delays = [self.delay]
        for origin, rules in self._robots.items():
            if urlsplit(origin).hostname == host and rules is not None and not isinstance(rules, str):
                asked = rules.crawl_delay(self.agent)
                if asked:
                    delays.append(min(float(asked), MAX_CRAWL_DELAY))
        return max(delays)

    def _load(self, origin: str):
        """The parsed robots.txt of an origin; None allows all; a string is why everything is refused."""
        from protego import Protego

        url = origin + "/robots.txt"
        try:
            status, body = self._fetch_robots(url)
        except AddressRefused:
            raise  # the site itself is refused: say so, not that its robots.txt was unreadable
        except FetchError as exc:
            # RFC 9309: when robots.txt cannot be reached, assume the whole site is disallowed.
            return f"robots.txt could not be read ({exc.reason}), so the site is not fetched"
        if 400 <= status < 500:
            return None  # no robots.txt: everything is allowed
        if status >= 500:
            return f"robots.txt answered HTTP {status}, so the site is not fetched"
        text = body[:ROBOTS_MAX_BYTES].decode("utf-8", "replace")
        return Protego.parse(text)
