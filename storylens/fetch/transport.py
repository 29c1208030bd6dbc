"""The httpx transport: connections only to checked addresses, every read and write under one deadline.

httpx and httpcore are used only here and in ``client.py``. The seam is httpcore's
network backend: ``connect_tcp`` gets the host name, resolves it once, checks each
address and connects the socket to the address it checked, so a second DNS answer
cannot slip in (no rebinding). TLS still runs over that socket with the host name
for SNI and certificate checks, and the Host header is untouched, because only the
TCP connection step is replaced. Redirects are made by the client one hop at a time,
and each hop's new connection passes through here again.
"""
from __future__ import annotations

import contextvars
import ssl
import time
from contextlib import contextmanager
from typing import Any, Iterable, Iterator

import httpcore
import httpx

from ..errors import FetchError
from .address import AddressPolicy, Resolver, resolve, system_resolver

# The end of the current fetch (time.monotonic()), set by the client around all hops of one fetch.
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("storylens_fetch_deadline", default=None)


class DeadlineExceeded(httpcore.TimeoutException):
    """The whole fetch ran past its deadline (a slow-drip server, a long body...)."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Every network operation inside the block shares one deadline, ``seconds`` from now."""
    end = time.monotonic() + seconds
    outer = _DEADLINE.get()
    token = _DEADLINE.set(end if outer is None else min(end, outer))  # a nested fetch never outlives its caller
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def postpone(seconds: float) -> None:
    """Move the current deadline later: time spent waiting politely is not the server's fault."""
    end = _DEADLINE.get()
    if end is not None and seconds > 0:
        _DEADLINE.set(end + seconds)


def remaining(timeout: float | None = None) -> float | None:
    """The smaller of ``timeout`` and the time left before the deadline; raise once it has passed."""
    end = _DEADLINE.get()
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise DeadlineExceeded("deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every wait is cut to the time left before the deadline."""

    def __init__(self, inner: httpcore.NetworkStream):
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, remaining(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, remaining(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, remaining(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """Resolve each host once, refuse bad addresses, connect to the address that was checked."""

    def __init__(self, policy: AddressPolicy, resolver: Resolver = system_resolver):
        self.policy = policy
        self._resolver = resolver
        self._inner = httpcore.SyncBackend()
        self._addresses: dict[tuple[str, int], list[str]] = {}

    def addresses(self, host: str, port: int) -> list[str]:
        """The checked addresses of host, looked up on first use and then remembered."""
        key = (host, port)
        if key not in self._addresses:
            self._addresses[key] = resolve(host, port, self.policy, self._resolver, remaining(10.0))
        return self._addresses[key]

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        failure: Exception | None = None
        for address in self.addresses(host, port):
            try:
                stream = self._inner.connect_tcp(address, port, remaining(timeout), local_address, socket_options)
                return _DeadlineStream(stream)
            except httpcore.ConnectError as exc:  # try the host's next checked address, as a browser would
                failure = exc
        raise failure or httpcore.ConnectError(f"cannot connect to {host}")

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        raise FetchError(path, "refused: unix sockets are never fetched")


class GuardedTransport(httpx.HTTPTransport):
    """httpx's own transport with the connection step replaced by ``GuardedBackend``; no proxies."""

    def __init__(self, policy: AddressPolicy, resolver: Resolver = system_resolver,
                 verify: ssl.SSLContext | bool = True, max_connections: int = 10):
        super().__init__(verify=verify, trust_env=False)
        ssl_context = verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(verify=verify, trust_env=False)
        self.backend = GuardedBackend(policy, resolver)
        # httpx builds its pool in __init__ with the default backend; this is the same pool on ours (httpx 0.28).
        self._pool = httpcore.ConnectionPool(ssl_context=ssl_context, max_connections=max_connections,
                                             max_keepalive_connections=max_connections, keepalive_expiry=5.0,
                                             network_backend=self.backend)
