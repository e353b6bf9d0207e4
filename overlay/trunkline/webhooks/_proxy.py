"""The URL the provider requested, rebuilt from what the app saw and trusted proxy headers.

A signature covers the URL the provider requested (`https://example.com/hook`),
but behind a reverse proxy the app sees another one
(`http://127.0.0.1:8000/hook`). Proxies say what they received in
`X-Forwarded-Proto` / `X-Forwarded-Host` / `X-Forwarded-Port` or RFC 7239
`Forwarded`; anyone can send those headers too, so they are read only from a
peer in `trusted` (addresses or networks), and only as far back along the
chain as each hop is a trusted proxy:

    Forwarded: for=<provider>;proto=https;host=example.com, for=<proxy 1>
                 ^ what proxy 1 received            ^ what proxy 2 received

Each proxy appends what it received; walking from the nearest proxy (the
peer) back, the first element whose `for` is not a trusted proxy describes
the provider's own request.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final, Literal, TypeAlias

from .._core._exceptions import InvalidParameterError

__all__ = ["ProxyHeaders", "TrustedProxies", "forwarded_headers_in", "public_url"]

ProxyHeaders: TypeAlias = Literal["x-forwarded", "forwarded", "both"]
_Network: TypeAlias = ipaddress.IPv4Network | ipaddress.IPv6Network
_DEFAULT_PORTS: Final = {"http": "80", "https": "443"}
_TOKEN: Final = re.compile(r'\s*([!#$%&\'*+.^_`|~0-9A-Za-z-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;,"]*)')
FORWARDED_HEADERS: Final = (
    "forwarded",
    "x-forwarded-proto",
    "x-forwarded-host",
    "x-forwarded-port",
    "x-forwarded-for",
)


def _network(text: str) -> _Network:
    try:
        return ipaddress.ip_network(text.strip(), strict=False)
    except ValueError:
        raise InvalidParameterError(
            f"trusted proxy {text!r} is not an IP address or network (e.g. 10.0.0.0/8)"
        ) from None


def _address(text: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """An address from a peer or a `for=` value ('[::1]:443', '"1.2.3.4:80"', 'unknown')."""
    if not text:
        return None
    value = text.strip().strip('"')
    if value.startswith("["):
        value = value[1:].partition("]")[0]
    elif value.count(":") == 1:
        value = value.partition(":")[0]
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


@dataclass(frozen=True)
class TrustedProxies:
    """Which peers may say what URL was requested, and with which headers.

    `TrustedProxies(["127.0.0.1", "10.0.0.0/8"])` reads `X-Forwarded-Proto`,
    `X-Forwarded-Host`, `X-Forwarded-Port` and `Forwarded` from those peers
    (`headers="x-forwarded"` or `"forwarded"` reads only one kind). Nothing is
    trusted unless you list it.
    """

    networks: tuple[_Network, ...]
    headers: ProxyHeaders = "both"

    def __init__(self, proxies: Iterable[str], *, headers: ProxyHeaders = "both") -> None:
        """Keep the trusted addresses or networks."""
        if isinstance(proxies, str):
            proxies = [proxies]
        networks = tuple(_network(item) for item in proxies)
        if not networks:
            raise InvalidParameterError("TrustedProxies needs at least one address or network")
        if headers not in ("x-forwarded", "forwarded", "both"):
            raise InvalidParameterError(
                f"headers must be 'x-forwarded', 'forwarded' or 'both', not {headers!r}"
            )
        object.__setattr__(self, "networks", networks)
        object.__setattr__(self, "headers", headers)

    def trusts(self, peer: str | None) -> bool:
        """True if `peer` (an address, maybe with a port) is one of the trusted proxies."""
        address = _address(peer)
        return address is not None and any(address in net for net in self.networks)


def _elements(value: str) -> list[dict[str, str]]:
    """RFC 7239 `Forwarded` as one dict per hop (parameter names lower case, quotes removed)."""
    hops: list[dict[str, str]] = []
    for element in _split_outside_quotes(value, ","):
        pairs: dict[str, str] = {}
        for part in _split_outside_quotes(element, ";"):
            match = _TOKEN.fullmatch(part)
            if match:
                raw = match.group(2).strip()
                if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
                    raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
                pairs[match.group(1).lower()] = raw
        hops.append(pairs)
    return hops


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\" and quoted:
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == sep and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return [part for part in parts if part.strip()]


def _listed(headers: Mapping[str, str], name: str) -> list[str]:
    return [item.strip() for item in (headers.get(name) or "").split(",") if item.strip()]


def _hops_trusted(trust: TrustedProxies, peer: str | None, chain: list[str]) -> int:
    """How many proxies, from the peer back along `chain` (client first), are trusted."""
    if not trust.trusts(peer):
        return 0
    hops = 1
    for address in reversed(chain):
        if not trust.trusts(address):
            break
        hops += 1
    return hops


def _from_forwarded(
    trust: TrustedProxies, peer: str | None, value: str
) -> tuple[str | None, str | None]:
    """(proto, host) of the provider's request from `Forwarded`."""
    hops = _elements(value)
    if not hops or not trust.trusts(peer):
        return None, None
    chosen = hops[-1]
    for hop in reversed(hops):
        chosen = hop
        if not trust.trusts(hop.get("for")):
            break
    return chosen.get("proto"), chosen.get("host")


def _from_x_forwarded(
    trust: TrustedProxies, peer: str | None, headers: Mapping[str, str]
) -> tuple[str | None, str | None, str | None]:
    """(proto, host, port) of the provider's request from `X-Forwarded-*`."""
    hops = _hops_trusted(trust, peer, _listed(headers, "x-forwarded-for"))
    if hops == 0:
        return None, None, None

    def pick(name: str) -> str | None:
        values = _listed(headers, name)
        # each trusted proxy may have appended one value: the farthest trusted one's
        return values[-min(hops, len(values))] if values else None

    return pick("x-forwarded-proto"), pick("x-forwarded-host"), pick("x-forwarded-port")


def _split_host(host: str) -> tuple[str, str | None]:
    """('example.com', '8443') from 'example.com:8443'; IPv6 in brackets kept."""
    if host.startswith("["):
        name, _, rest = host.partition("]")
        port = rest[1:] if rest.startswith(":") else None
        return name + "]", port or None
    if host.count(":") == 1:
        name, _, port = host.partition(":")
        return name, port or None
    return host, None


def forwarded_headers_in(headers: Mapping[str, str]) -> list[str]:
    """The proxy headers a request carries (lower-case names), trusted or not."""
    return [name for name in FORWARDED_HEADERS if headers.get(name)]


def public_url(
    scheme: str,
    host: str,
    target: str,
    headers: Mapping[str, str],
    *,
    peer: str | None = None,
    trust: TrustedProxies | None = None,
) -> str:
    """The URL the provider requested: `scheme://host` + `target` (raw path and query) as the
    app saw them, with what trusted proxies said they received (`headers`: lower-case names)."""
    proto: str | None = None
    forwarded_host: str | None = None
    port: str | None = None
    if trust is not None:
        if trust.headers in ("forwarded", "both") and headers.get("forwarded"):
            proto, forwarded_host = _from_forwarded(trust, peer, headers["forwarded"])
        if trust.headers in ("x-forwarded", "both") and proto is None and forwarded_host is None:
            proto, forwarded_host, port = _from_x_forwarded(trust, peer, headers)
    scheme = (proto or scheme).lower()
    name, host_port = _split_host(forwarded_host or host)
    port = port or host_port  # X-Forwarded-Port wins over the port in the host
    netloc = name if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{name}:{port}"
    return f"{scheme}://{netloc}{target if target.startswith('/') else '/' + target}"
