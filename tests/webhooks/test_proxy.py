"""`public_url`: the URL the provider requested, from what the app saw and trusted proxies."""

from __future__ import annotations

import pytest

from trunkline import InvalidParameterError
from trunkline.webhooks import TrustedProxies, public_url

LOCAL = TrustedProxies(["127.0.0.1", "10.0.0.0/8", "::1"])


def url(
    headers: dict[str, str], peer: str | None = "127.0.0.1", trust: TrustedProxies | None = LOCAL
) -> str:
    return public_url("http", "127.0.0.1:8000", "/hook?a=1%202", headers, peer=peer, trust=trust)


def test_no_proxy_headers_the_url_as_seen() -> None:
    assert url({}) == "http://127.0.0.1:8000/hook?a=1%202"
    assert public_url("https", "example.com:443", "/h", {}) == "https://example.com/h"


def test_nothing_is_trusted_by_default() -> None:
    headers = {"x-forwarded-proto": "https", "x-forwarded-host": "example.com"}
    assert url(headers, trust=None) == "http://127.0.0.1:8000/hook?a=1%202"


def test_x_forwarded_from_a_trusted_peer() -> None:
    headers = {
        "x-forwarded-proto": "https",
        "x-forwarded-host": "example.com",
        "x-forwarded-for": "1.2.3.4",
    }
    assert url(headers) == "https://example.com/hook?a=1%202"
    assert url({**headers, "x-forwarded-port": "8443"}) == "https://example.com:8443/hook?a=1%202"
    assert url({**headers, "x-forwarded-port": "443"}) == "https://example.com/hook?a=1%202"
    assert url({"x-forwarded-proto": "https"}) == "https://127.0.0.1:8000/hook?a=1%202"


def test_headers_from_an_untrusted_peer_are_ignored() -> None:
    headers = {"x-forwarded-proto": "https", "x-forwarded-host": "evil.example"}
    assert url(headers, peer="192.0.2.7") == "http://127.0.0.1:8000/hook?a=1%202"
    assert url(headers, peer=None) == "http://127.0.0.1:8000/hook?a=1%202"


def test_a_chain_is_read_only_as_far_as_its_hops_are_trusted() -> None:
    # the client (untrusted) sent its own X-Forwarded-Host; two trusted proxies appended theirs
    headers = {
        "x-forwarded-for": "198.51.100.1, 10.0.0.5",
        "x-forwarded-host": "spoofed.example, public.example, internal.lb",
        "x-forwarded-proto": "https, https, http",
    }
    assert url(headers) == "https://public.example/hook?a=1%202"


def test_rfc_7239_forwarded() -> None:
    one = {"forwarded": 'for=198.51.100.1;proto=https;host="example.com:8443"'}
    assert url(one) == "https://example.com:8443/hook?a=1%202"
    chain = {
        "forwarded": "for=6.6.6.6;host=evil.example, "
        "for=198.51.100.1;proto=https;host=public.example, "
        "for=10.0.0.5;proto=http;host=lb.internal"
    }
    assert url(chain) == "https://public.example/hook?a=1%202"
    v6 = {"forwarded": 'For="[2001:db8::1]:4711";Proto=HTTPS;Host=example.com'}
    assert url(v6, peer="::1") == "https://example.com/hook?a=1%202"


def test_only_the_kind_of_headers_asked_for() -> None:
    headers = {
        "forwarded": "for=1.2.3.4;proto=https;host=a.example",
        "x-forwarded-host": "b.example",
    }
    assert url(headers, trust=TrustedProxies(["127.0.0.1"], headers="x-forwarded")) == (
        "http://b.example/hook?a=1%202"
    )
    assert url(headers, trust=TrustedProxies(["127.0.0.1"], headers="forwarded")) == (
        "https://a.example/hook?a=1%202"
    )


def test_bad_trusted_proxies_are_refused() -> None:
    with pytest.raises(InvalidParameterError, match="not an IP address"):
        TrustedProxies(["proxy.internal"])
    with pytest.raises(InvalidParameterError, match="at least one"):
        TrustedProxies([])
    with pytest.raises(InvalidParameterError, match="headers"):
        TrustedProxies(["127.0.0.1"], headers="x-real-ip")  # type: ignore[arg-type]
