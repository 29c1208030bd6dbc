"""Which addresses storylens may connect to, and resolving a host once into checked addresses.

A fetched page chooses where its redirects and links point, so every address a
host resolves to is checked before any connection is made: loopback, private,
link-local, carrier-grade NAT, multicast, unspecified, reserved and IPv4-mapped
IPv6 addresses are refused (named rules, first match wins). A host with one bad
address is refused whole, since an attacker's DNS can list a good address first.
"""
from __future__ import annotations

import ipaddress
import socket
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Callable

from ..errors import AddressRefused, FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[str]]

CGNAT = ipaddress.ip_network("100.64.0.0/10")
NAT64 = ipaddress.ip_network("64:ff9b::/96")

# (name, test, refused even with allow_private_addresses). Link-local stays refused: cloud metadata
# services (169.254.169.254) live there, and no intranet news site does.
RULES: list[tuple[str, Callable[[IPAddress], bool], bool]] = [
    ("unspecified", lambda ip: ip.is_unspecified, True),
    ("multicast", lambda ip: ip.is_multicast, True),
    ("link-local", lambda ip: ip.is_link_local, True),
    ("IPv4-mapped IPv6", lambda ip: ip.version == 6 and ip.ipv4_mapped is not None, False),
    ("loopback", lambda ip: ip.is_loopback, False),
    ("carrier-grade NAT", lambda ip: ip in CGNAT, False),
    ("private", lambda ip: ip.is_private, False),
    ("not globally routable", lambda ip: not ip.is_global, False),
]


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """What may be connected to: public addresses, private ones when allowed, and any exempt network."""

    allow_private: bool = False
    exempt: tuple[Network, ...] = ()

    def refusal(self, address: str) -> str | None:
        """The name of the rule that refuses ``address``, or None when it may be connected to."""
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone id names an interface, not an address
        if any(ip in net for net in self.exempt if net.version == ip.version):
            return None
        for name, test, always in RULES:
            if test(ip) and (always or not self.allow_private):
                return name
        inner = _embedded_ipv4(ip)
        if inner is not None:
            why = self.refusal(str(inner))
            if why:
                return f"IPv6 address embedding a {why} IPv4 address ({inner})"
        return None


def _embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address inside a mapped, 6to4, Teredo or NAT64 IPv6 address (traffic ends up there)."""
    if ip.version != 6:
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for host, in its order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


_LOOKUPS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="storylens-dns")


def resolve(host: str, port: int, policy: AddressPolicy, resolver: Resolver = system_resolver,
            timeout: float | None = None) -> list[str]:
    """Resolve host once and check every address; raise FetchError naming the first refused one."""
    try:
        # getaddrinfo has no timeout of its own: wait for it in a worker so a stuck resolver costs the deadline only
        addresses = _LOOKUPS.submit(resolver, host, port).result(timeout)
    except FutureTimeout:
        raise FetchError(host, f"name lookup took longer than {timeout:.1f} s") from None
    except (OSError, UnicodeError) as exc:
        raise FetchError(host, f"cannot resolve host: {exc}") from None
    if not addresses:
        raise FetchError(host, "host has no address")
    for address in addresses:
        why = policy.refusal(address)
        if why:
            return _refuse(host, address, why)
    return addresses


def _refuse(host: str, address: str, why: str):
    shown = host if host == address else f"{host} resolves to {address}"
    never = any(name in why for name, _, always in RULES if always)
    hint = "" if never else " (set allow_private_addresses to fetch private addresses on purpose)"
    raise AddressRefused(host, f"refused: {shown}, a{'n' if why[0] in 'IU' else ''} {why} address{hint}")
