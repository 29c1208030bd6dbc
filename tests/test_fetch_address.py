"""Address checks without the setting: what may be connected to, decided before any connection."""
import ipaddress

import pytest

from storylens.errors import AddressRefused
from storylens.fetch.address import AddressPolicy, resolve, system_resolver

STRICT = AddressPolicy()
LENIENT = AddressPolicy(allow_private=True)


@pytest.mark.parametrize("address, rule", [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"),
    ("10.1.2.3", "private"), ("172.16.0.9", "private"), ("192.168.1.1", "private"), ("fd12:3456::1", "private"),
    ("169.254.169.254", "link-local"), ("fe80::1", "link-local"), ("fe80::1%eth0", "link-local"),
    ("100.64.0.1", "carrier-grade NAT"), ("100.127.255.254", "carrier-grade NAT"),
    ("224.0.0.251", "multicast"), ("ff02::1", "multicast"),
    ("0.0.0.0", "unspecified"), ("::", "unspecified"),
    ("::ffff:127.0.0.1", "IPv4-mapped IPv6"), ("::ffff:8.8.8.8", "IPv4-mapped IPv6"),
    ("240.0.0.1", "private"), ("192.0.2.10", "private"), ("2001:db8::1", "private"),
])
def test_non_public_addresses_are_refused_by_a_named_rule(address, rule):
    assert STRICT.refusal(address) == rule


@pytest.mark.parametrize("address", ["8.8.8.8", "93.184.215.14", "2606:4700:4700::1111", "2a00:1450:4001::200e"])
def test_public_addresses_are_allowed(address):
    assert STRICT.refusal(address) is None


def test_ipv6_addresses_that_embed_a_private_ipv4_address_are_refused():
    assert "embedding a private IPv4 address (10.0.0.1)" in STRICT.refusal("2002:a00:1::1")  # 6to4
    assert "embedding a loopback IPv4 address" in STRICT.refusal("64:ff9b::7f00:1")  # NAT64 of 127.0.0.1
    assert STRICT.refusal("64:ff9b::808:808") is None  # NAT64 of a public address


def test_allow_private_opens_private_ranges_but_never_link_local_multicast_or_unspecified():
    for address in ("127.0.0.1", "10.0.0.7", "100.64.3.4", "fd00::5", "::ffff:10.0.0.1"):
        assert LENIENT.refusal(address) is None, address
    assert LENIENT.refusal("169.254.169.254") == "link-local"
    assert "link-local" in LENIENT.refusal("::ffff:169.254.169.254")
    assert LENIENT.refusal("224.0.0.1") == "multicast"
    assert LENIENT.refusal("0.0.0.0") == "unspecified"


def test_exempt_networks_are_allowed_and_nothing_else_is():
    policy = AddressPolicy(exempt=(ipaddress.ip_network("127.0.0.1/32"),))
    assert policy.refusal("127.0.0.1") is None
    assert policy.refusal("127.0.0.2") == "loopback"
    assert policy.refusal("::1") == "loopback"


def test_a_host_with_one_bad_address_is_refused_whole():
    def resolver(host, port):
        return ["93.184.215.14", "10.0.0.8"]  # a rebinding DNS server lists a good address first

    with pytest.raises(AddressRefused) as exc:
        resolve("news.example", 443, STRICT, resolver)
    assert exc.value.source == "news.example"
    assert "news.example resolves to 10.0.0.8, a private address" in exc.value.reason
    assert "allow_private_addresses" in exc.value.reason


def test_good_hosts_resolve_to_their_checked_addresses_in_order():
    assert resolve("news.example", 80, STRICT, lambda h, p: ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"]) == [
        "93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"]


def test_link_local_refusal_does_not_suggest_the_setting_that_would_not_help():
    with pytest.raises(AddressRefused) as exc:
        resolve("169.254.169.254", 80, LENIENT, system_resolver)
    assert "link-local" in exc.value.reason and "allow_private_addresses" not in exc.value.reason


def test_numeric_spellings_of_loopback_are_caught_after_resolution():
    # The system resolver reads "2130706433" and "0x7f.1" as 127.0.0.1; the check is on what it returns.
    for host in ("2130706433", "0x7f.1", "127.1"):
        with pytest.raises(AddressRefused, match="loopback"):
            resolve(host, 80, STRICT, system_resolver)


def test_a_stuck_resolver_costs_its_timeout_not_a_hang():
    import threading

    release = threading.Event()

    def stuck(host, port):
        release.wait(5)
        return ["93.184.215.14"]

    try:
        with pytest.raises(Exception, match="name lookup took longer"):
            resolve("slow.example", 80, STRICT, stuck, timeout=0.2)
    finally:
        release.set()
