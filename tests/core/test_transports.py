"""What every transport shares: the neutral request/answer types, proxies from the environment
as httpx reads them, and TLS verified against the CA bundle httpx uses."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from trunkline._core import APIConnectionError, APITimeoutError, Headers, Request
from trunkline._core._aiohttp import AiohttpTransport, ProxyRoutes, environment_proxies
from trunkline._core._transport import URL

from backends import MakeAPI
from certificates import certificates
from core_fakeapi import Rec, TwilioLike, ops
from localserver import Reply, TestServer

OPS = ops()
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


# --------------------------------------------------------------------------- the types


def test_headers_are_case_insensitive_and_multi_valued() -> None:
    headers = Headers([("Content-Type", "text/plain"), ("Link", "<a>"), ("link", "<b>")])
    assert headers["content-type"] == headers["CONTENT-TYPE"] == "text/plain"
    assert headers["Link"] == "<a>, <b>"
    assert headers.get_list("LINK") == ["<a>", "<b>"]
    assert headers.get("x-missing") is None and "x-missing" not in headers
    assert list(headers) == ["content-type", "link"] and len(headers) == 2
    assert headers.multi_items() == [
        ("Content-Type", "text/plain"),
        ("Link", "<a>"),
        ("link", "<b>"),
    ]
    headers["LINK"] = "<c>"
    assert headers.get_list("link") == ["<c>"]
    copy = headers.copy()
    del copy["link"]
    assert "link" in headers and "link" not in copy
    assert headers == {"Content-Type": "text/plain", "link": "<c>"}
    with pytest.raises(KeyError):
        del copy["link"]


def test_headers_read_from_a_dict_or_httpx_headers_lazily() -> None:
    source = httpx.Headers([("Set-Cookie", "a=1"), ("set-cookie", "b=2")])
    assert Headers(source).get_list("set-cookie") == ["a=1", "b=2"]
    assert Headers({"Retry-After": "3"})["retry-after"] == "3"
    assert Headers(Headers({"A": "1"})) == Headers({"a": "1"})


def test_url_is_its_text_with_parts() -> None:
    url = URL("https://API.example.test:8443/v1/Things/TH%201.json?PageSize=2&Tag=a+b&Tag=c")
    assert url == "https://API.example.test:8443/v1/Things/TH%201.json?PageSize=2&Tag=a+b&Tag=c"
    assert isinstance(url, str)
    assert (url.scheme, url.host, url.port) == ("https", "api.example.test", 8443)
    assert url.path == "/v1/Things/TH 1.json"
    assert url.raw_path == "/v1/Things/TH%201.json"
    assert url.params == {"PageSize": ["2"], "Tag": ["a b", "c"]}


def test_a_request_shows_no_query_in_its_repr() -> None:
    request = Request("GET", "https://x.test/a?api_secret=s", Headers({"Authorization": "Basic z"}))
    assert "api_secret" not in repr(request) and "Basic z" not in repr(request.headers)
    request.url = "https://x.test/b"
    assert request.url.path == "/b"


# --------------------------------------------------------------------------- proxies


@pytest.fixture
def clean_proxy_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    import os

    for name in list(os.environ):
        if name.lower() in PROXY_VARIABLES or name == "REQUEST_METHOD":
            monkeypatch.delenv(name)
    yield monkeypatch


ENVIRONMENTS = {
    "http-only": {"HTTP_PROXY": "http://proxy.test:3128"},
    "https-without-scheme": {
        "HTTPS_PROXY": "proxy.test:8080",
        "NO_PROXY": ".example.com, localhost,10.0.0.1,::1",
    },
    "all-with-suffix": {"ALL_PROXY": "http://p.test:1", "NO_PROXY": "example.com"},
    "no-proxy-star": {"HTTP_PROXY": "http://proxy.test:3128", "NO_PROXY": "*"},
    "no-proxy-url-and-port": {
        "all_proxy": "http://user:p%40ss@p.test:9",
        "no_proxy": "http://internal.test,example.com:8080",
    },
    "lower-case-wins": {"http_proxy": "http://lower.test:1", "HTTP_PROXY": "http://upper.test:2"},
}
URLS = [
    "http://api.twilio.com/2010-04-01",
    "https://api.twilio.com/2010-04-01",
    "https://api.example.com/x",
    "https://example.com/x",
    "http://wwwexample.com/x",
    "http://example.com:8080/x",
    "http://example.com:80/x",
    "https://localhost:8443/x",
    "https://10.0.0.1/x",
    "http://[::1]:8000/x",
    "http://internal.test/x",
    "https://internal.test/x",
]


def _httpx_proxy_for(client: httpx.Client, url: str) -> tuple[str, str, int | None] | None:
    transport = client._transport_for_url(httpx.URL(url))
    if transport is client._transport:
        return None
    proxy = transport._pool._proxy_url  # type: ignore[attr-defined]
    return (proxy.scheme.decode(), proxy.host.decode(), proxy.port)


@pytest.mark.parametrize("environment", list(ENVIRONMENTS))
def test_proxies_are_read_and_matched_as_httpx_does(
    clean_proxy_env: pytest.MonkeyPatch, environment: str
) -> None:
    for name, value in ENVIRONMENTS[environment].items():
        clean_proxy_env.setenv(name, value)
    from httpx._utils import get_environment_proxies

    assert environment_proxies() == get_environment_proxies()
    routes = ProxyRoutes(environment_proxies())
    with httpx.Client() as client:
        for url in URLS:
            route = routes.for_url(url)
            ours = None
            if route is not None:
                parts = urlsplit(route[0])
                ours = (parts.scheme, parts.hostname, parts.port)
            assert ours == _httpx_proxy_for(client, url), url


def test_proxy_credentials_become_a_proxy_authorization_header() -> None:
    routes = ProxyRoutes({"all://": "http://us%20er:p%40ss@proxy.test:3128"})
    assert routes.for_url("https://api.twilio.com/x") == (
        "http://proxy.test:3128",
        {"Proxy-Authorization": "Basic dXMgZXI6cEBzcw=="},  # "us er:p@ss"
    )


def test_requests_go_through_the_proxy_the_environment_names(
    clean_proxy_env: pytest.MonkeyPatch, api_factory: MakeAPI, server: TestServer
) -> None:
    clean_proxy_env.setenv("http_proxy", f"http://agent:s3cret@127.0.0.1:{server.port}")
    origin = "http://127.0.0.2:9"  # nothing listens there: only the proxy can answer
    server.reply(Reply(200, {"sid": "P1"}))
    api = api_factory(provider=TwilioLike(), base_url=origin, max_retries=0)
    assert api.request(OPS["fetch"], "x") == Rec({"sid": "P1"})
    seen = server.requests[0]
    assert seen.target == f"{origin}/base/v1/Things/x.json"
    assert seen.headers["host"] == "127.0.0.2:9"
    assert seen.headers["proxy-authorization"] == "Basic YWdlbnQ6czNjcmV0"  # agent:s3cret


def test_no_proxy_sends_directly(
    clean_proxy_env: pytest.MonkeyPatch, api_factory: MakeAPI, server: TestServer
) -> None:
    clean_proxy_env.setenv("http_proxy", server.url)
    clean_proxy_env.setenv("no_proxy", "127.0.0.2")
    api = api_factory(provider=TwilioLike(), base_url="http://127.0.0.2:9", max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        api.request(OPS["fetch"], "x")
    assert caught.value.request_sent is False
    assert server.count == 0


# --------------------------------------------------------------------------- TLS


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[TestServer, Path]]:
    ca_file, context = certificates(tmp_path)
    server = TestServer(tls=context)
    try:
        yield server, ca_file
    finally:
        server.close()


@pytest.mark.parametrize("trusted", [True, False], ids=["ca-trusted", "ca-unknown"])
def test_tls_is_verified_against_the_ca_bundle_httpx_uses(
    monkeypatch: pytest.MonkeyPatch,
    api_factory: MakeAPI,
    tls_server: tuple[TestServer, Path],
    trusted: bool,
) -> None:
    server, ca_file = tls_server
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    if trusted:
        monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))  # httpx honours it; so must aiohttp
    else:
        monkeypatch.delenv("SSL_CERT_FILE", raising=False)  # certifi's bundle: not our CA
    server.reply(Reply(200, {"sid": "S1"}))
    api = api_factory(provider=TwilioLike(), base_url=server.url, max_retries=0, timeout=5)
    if trusted:
        assert api.request(OPS["fetch"], "x") == Rec({"sid": "S1"})
        assert server.count == 1
        return
    with pytest.raises(APIConnectionError) as caught:
        api.request(OPS["fetch"], "x")
    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.request_sent is False
    assert "certificate" in str(caught.value).lower()
    assert server.count == 0


def test_the_aiohttp_transport_loads_httpx_s_trust_roots() -> None:
    def roots(context: ssl.SSLContext) -> int:
        return context.cert_store_stats()["x509_ca"]

    remote = AiohttpTransport(base_url=None, proxies=ProxyRoutes({}))
    assert roots(remote._ssl) == roots(httpx.create_ssl_context()) > 0
    local = AiohttpTransport(base_url="http://127.0.0.1:9", proxies=ProxyRoutes({}))
    assert roots(local._ssl) == 0  # a plain-http base_url: never TLS, no bundle loaded
    assert local._ssl.verify_mode == ssl.CERT_REQUIRED
