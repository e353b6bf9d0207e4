"""The aiohttp transport: `AsyncClient`'s fast path on asyncio (the `trunkline[aiohttp]` extra).

One `aiohttp.ClientSession`, opened on the first request in the running loop,
carries every request; nothing of httpx is built per request. What the httpx
transport does by default, this one does the same way:

- the deadline: aiohttp's own `total` timeout, which covers connecting, sending and
  reading the whole body, as a wall-clock bound (never rounded up to a whole second);
- the pool: at most 100 connections, idle ones closed after 5 s (httpx's defaults);
- TLS: verified against the CA bundle httpx would load (`httpx.create_ssl_context`,
  which honours `SSL_CERT_FILE` / `SSL_CERT_DIR`), none loaded for a plain-http
  `base_url`, exactly as the httpx client is set up;
- proxies: `HTTP_PROXY` / `HTTPS_PROXY` / `ALL_PROXY` / `NO_PROXY` read once at
  construction and matched the way httpx matches them (`environment_proxies`);
- no redirects followed, no cookies kept, no request resent by the library itself:
  retrying is the pipeline's decision alone.
"""

from __future__ import annotations

import asyncio
import math
import re
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import aiohttp

from ._exceptions import ConfigurationError
from ._transport import Headers, Request, Response, TransportError
from ._write import CHUNK_SIZE

if TYPE_CHECKING:
    import ssl

__all__ = ["AiohttpTransport", "ProxyRoutes", "environment_proxies"]

# httpx.Limits() defaults: max_connections=100, keepalive_expiry=5.0.
MAX_CONNECTIONS = 100
KEEPALIVE_EXPIRY = 5.0
_DEFAULT_PORTS = {"http": 80, "https": 443}
_CONTENT_TYPE = ("Content-Type",)


# --------------------------------------------------------------------------- proxies


class _Pattern:
    """httpx's `URLPattern`: `all://*example.com:8080`-style keys of its proxy mounts."""

    __slots__ = ("host", "host_regex", "port", "scheme")

    def __init__(self, pattern: str) -> None:
        from urllib.parse import urlsplit

        parts = urlsplit(pattern)
        self.scheme = "" if parts.scheme == "all" else parts.scheme
        host = parts.hostname or ""
        self.host = "" if host == "*" else host
        self.port = parts.port
        if not host or host == "*":
            self.host_regex = None
        elif host.startswith("*."):
            # *.example.com matches www.example.com, not example.com
            self.host_regex = re.compile(f"^.+\\.{re.escape(host[2:])}$")
        elif host.startswith("*"):
            # *example.com matches www.example.com and example.com
            self.host_regex = re.compile(f"^(.+\\.)?{re.escape(host[1:])}$")
        else:
            self.host_regex = re.compile(f"^{re.escape(host)}$")

    def matches(self, scheme: str, host: str, port: int | None) -> bool:
        if self.scheme and self.scheme != scheme:
            return False
        if self.host and self.host_regex is not None and not self.host_regex.match(host):
            return False
        return self.port is None or self.port == port

    @property
    def priority(self) -> tuple[int, int, int]:
        # A port first, then longer hosts, then longer schemes: most specific first.
        return (0 if self.port is not None else 1, -len(self.host), -len(self.scheme))


def environment_proxies() -> dict[str, str | None]:
    """The proxy mounts httpx derives from the environment (`httpx._utils`), key -> proxy URL,
    None for "no proxy": `{"http://": "http://proxy:3128", "all://*internal": None}`."""
    from urllib.request import getproxies

    info = getproxies()
    mounts: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        if info.get(scheme):
            url = info[scheme]
            mounts[f"{scheme}://"] = url if "://" in url else f"http://{url}"
    for host in (host.strip() for host in info.get("no", "").split(",")):
        # https://curl.se/libcurl/c/CURLOPT_NOPROXY.html, as httpx reads it
        if host == "*":
            return {}
        if not host:
            continue
        if "://" in host:
            mounts[host] = None
        elif _is_ipv4(host) or host.lower() == "localhost":
            mounts[f"all://{host}"] = None
        elif _is_ipv6(host):
            mounts[f"all://[{host}]"] = None
        else:
            mounts[f"all://*{host}"] = None
    return mounts


def _is_ipv4(host: str) -> bool:
    import ipaddress

    try:
        ipaddress.IPv4Address(host.split("/", maxsplit=1)[0])
    except ValueError:
        return False
    return True


def _is_ipv6(host: str) -> bool:
    import ipaddress

    try:
        ipaddress.IPv6Address(host.split("/", maxsplit=1)[0])
    except ValueError:
        return False
    return True


class ProxyRoutes:
    """Which proxy (if any) each origin goes through, decided as httpx decides it."""

    __slots__ = ("_cache", "_mounts", "active")

    def __init__(self, mounts: dict[str, str | None]) -> None:
        patterns = [(_Pattern(key), proxy) for key, proxy in mounts.items()]
        patterns.sort(key=lambda item: item[0].priority)
        self._mounts = patterns
        self._cache: dict[str, tuple[str, dict[str, str] | None] | None] = {}
        #: Whether any request can go through a proxy (NO_PROXY alone names none).
        self.active = any(proxy is not None for _, proxy in patterns)

    @property
    def schemes(self) -> set[str]:
        """The schemes of the proxies in use (`http`, `socks5`, ...)."""
        return {proxy.partition("://")[0] for _, proxy in self._mounts if proxy is not None}

    def for_url(self, url: str) -> tuple[str, dict[str, str] | None] | None:
        """(proxy URL without credentials, its Proxy-Authorization header) for `url`, or None."""
        start = url.find("://") + 3
        end = url.find("/", start)
        origin = url if end < 0 else url[:end]
        try:
            return self._cache[origin]
        except KeyError:
            pass
        from urllib.parse import urlsplit

        parts = urlsplit(origin)
        scheme = parts.scheme.lower()
        port = parts.port
        if port == _DEFAULT_PORTS.get(scheme):
            port = None  # httpx's URL.port normalisation
        route = None
        for pattern, proxy in self._mounts:
            if pattern.matches(scheme, parts.hostname or "", port):
                route = None if proxy is None else _proxy_route(proxy)
                break
        self._cache[origin] = route
        return route


def _proxy_route(proxy: str) -> tuple[str, dict[str, str] | None]:
    from urllib.parse import unquote, urlsplit, urlunsplit

    parts = urlsplit(proxy)
    if "@" not in parts.netloc:
        return proxy, None
    from base64 import b64encode

    userinfo, _, host = parts.netloc.rpartition("@")
    user, _, password = userinfo.partition(":")
    pair = f"{unquote(user)}:{unquote(password)}".encode()
    bare = urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
    return bare, {"Proxy-Authorization": f"Basic {b64encode(pair).decode()}"}


# --------------------------------------------------------------------------- the transport


def ssl_context_for(base_url: str | None) -> ssl.SSLContext:
    """The CA bundle httpx would verify against; for a plain-http `base_url`, no trust roots."""
    import ssl

    if base_url is not None and base_url.startswith("http://"):
        return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # see _httpx.plain_http_settings
    import httpx

    return httpx.create_ssl_context(verify=True, trust_env=True)


class AiohttpTransport:
    """Requests through one `aiohttp.ClientSession`, opened in the loop of the first request."""

    asyncio_only = True

    def __init__(self, *, base_url: str | None, proxies: ProxyRoutes) -> None:
        self.product = f"aiohttp/{aiohttp.__version__}"
        self._ssl = ssl_context_for(base_url)
        self._proxies = proxies
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._timeouts: dict[float | None, aiohttp.ClientTimeout] = {}
        self._closed = False

    def _session_here(self) -> aiohttp.ClientSession:
        """The session, opened in the running loop on first use."""
        loop = asyncio.get_running_loop()
        session = self._session
        if session is not None and self._loop is loop:
            return session
        if self._closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        if session is not None:
            # Its connections live in the loop that opened them (a first `asyncio.run`).
            raise ConfigurationError(
                "this AsyncClient's connections belong to another event loop: use one client "
                "per loop (`async with AsyncClient() as client:` inside it)"
            )
        connector = aiohttp.TCPConnector(
            limit=MAX_CONNECTIONS, keepalive_timeout=KEEPALIVE_EXPIRY, ssl=self._ssl
        )
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            timeout=aiohttp.ClientTimeout(),
            trust_env=False,  # proxies come from ProxyRoutes, as httpx reads them; no .netrc
        )
        # aiohttp resends an idempotent request once when a kept-alive connection breaks;
        # httpx never does. Whether to try again is the retry policy's call (max_retries).
        session._retry_connection = False
        self._session, self._loop = session, loop
        return session

    def _timeout(self, seconds: float | None) -> aiohttp.ClientTimeout:
        found = self._timeouts.get(seconds)
        if found is None:
            # ceil_threshold=inf: aiohttp would round a deadline of 5 s or more up to
            # the next whole second of the loop's clock.
            found = aiohttp.ClientTimeout(total=seconds, ceil_threshold=math.inf)
            self._timeouts[seconds] = found
        return found

    def _arguments(self, request: Request) -> dict[str, Any]:
        """`session.request`'s keyword arguments (headers, body, proxy) for this request."""
        headers = request.headers.multi_items()
        arguments: dict[str, Any] = {
            "headers": headers,
            "data": request.content or None,
            "allow_redirects": False,
        }
        if request.content and "content-type" not in request.headers:
            # httpx sends no Content-Type it was not given; aiohttp would add one for bytes.
            arguments["skip_auto_headers"] = _CONTENT_TYPE
        route = self._proxies.for_url(request.url) if self._proxies.active else None
        if route is not None:
            proxy, credentials = route
            if credentials and not request.url.startswith("https:"):
                # Plain http is forwarded as is: the proxy's credentials ride on the request
                # (a CONNECT carries them for https), as httpx sends them.
                headers.extend(credentials.items())
                credentials = None
            arguments["proxy"] = proxy
            arguments["proxy_headers"] = credentials
        return arguments

    async def send(self, request: Request, timeout: float | None) -> Response:
        """Send and read the whole answer within `timeout` seconds of wall clock."""
        session = self._session_here()
        try:
            answer = await session.request(
                request.method,
                request.url,
                timeout=self._timeout(timeout),
                **self._arguments(request),
            )
            try:
                content = await answer.read()
            finally:
                answer.release()
        except (OSError, TimeoutError, aiohttp.ClientError) as exc:
            raise _failure(exc, request) from _cause(exc, request)
        return Response(
            answer.status, answer.reason or "", Headers(answer.headers), request, content
        )

    async def open(
        self, request: Request, timeout: float | None
    ) -> tuple[Response, AsyncIterator[bytes]]:
        """The answer's headers within `timeout`; a 2xx body streamed (each read bounded by
        `timeout`), any other read whole."""
        session = self._session_here()
        reads = aiohttp.ClientTimeout(connect=timeout, sock_read=timeout, ceil_threshold=math.inf)
        try:
            async with asyncio.timeout(timeout):
                answer = await session.request(
                    request.method, request.url, timeout=reads, **self._arguments(request)
                )
                if not 200 <= answer.status < 300:
                    try:
                        content = await answer.read()
                    finally:
                        answer.release()
                    response = Response(
                        answer.status,
                        answer.reason or "",
                        Headers(answer.headers),
                        request,
                        content,
                    )
                    return response, _no_chunks()
        except (OSError, TimeoutError, aiohttp.ClientError) as exc:
            raise _failure(exc, request) from _cause(exc, request)
        response = Response(answer.status, answer.reason or "", Headers(answer.headers), request)
        return response, self._chunks(answer, request)

    async def _chunks(self, answer: Any, request: Request) -> AsyncIterator[bytes]:
        try:
            async for chunk in answer.content.iter_chunked(CHUNK_SIZE):
                yield chunk
        except (OSError, TimeoutError, aiohttp.ClientError) as exc:
            raise _failure(exc, request) from _cause(exc, request)
        finally:
            answer.release()

    async def sleep(self, seconds: float) -> None:
        """Wait between attempts."""
        await asyncio.sleep(seconds)

    async def aclose(self) -> None:
        """Close the session and every connection in its pool."""
        self._closed = True
        session, self._session = self._session, None
        if session is not None:
            await session.close()
            # aiohttp < 3.12 returns before the sockets' transports have closed.
            await asyncio.sleep(0)


def _failure(exc: BaseException, request: Request) -> TransportError:
    """aiohttp's exception as a TransportError: timed out? may the request have been sent?"""
    description = _describe(exc, request)
    if isinstance(exc, aiohttp.ConnectionTimeoutError):  # connecting, or waiting for the pool
        return TransportError(description, timed_out=True, sent=False)
    if isinstance(exc, aiohttp.ClientConnectorError | aiohttp.ClientHttpProxyError):
        # refused, unreachable, DNS, TLS verification, the proxy refusing the tunnel
        return TransportError(description, timed_out=False, sent=False)
    if isinstance(exc, aiohttp.InvalidURL):
        return TransportError(description, timed_out=False, sent=False)
    if isinstance(exc, TimeoutError):
        return TransportError("timed out", timed_out=True, sent=not _while_connecting(exc))
    return TransportError(description, timed_out=False, sent=True)


_CONNECT = aiohttp.BaseConnector.connect.__code__


def _while_connecting(exc: BaseException) -> bool:
    """Whether the deadline ended the attempt inside the connector (connecting, or waiting for a
    free connection), before any of the request was written.

    aiohttp's `total` timeout cancels the task wherever it is and raises TimeoutError from
    that cancellation: its traceback shows where the task was.
    """
    cause = exc.__cause__ or exc.__context__
    while cause is not None:
        tb = cause.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code is _CONNECT:
                return True
            tb = tb.tb_next
        cause = cause.__cause__ or cause.__context__
    return False


def _describe(exc: BaseException, request: Request) -> str:
    text = str(exc) or type(exc).__name__
    if _mentions_query(text, request):
        return type(exc).__name__
    return text


def _cause(exc: BaseException, request: Request) -> BaseException | None:
    # A few aiohttp messages quote the whole URL, whose query may hold a credential
    # (Vonage): such an exception is not chained, so no traceback shows it.
    return None if _mentions_query(str(exc), request) else exc


def _mentions_query(text: str, request: Request) -> bool:
    _, mark, query = request.url.partition("?")
    return bool(mark) and query in text


async def _no_chunks() -> AsyncIterator[bytes]:
    return
    yield  # an async generator that yields nothing
