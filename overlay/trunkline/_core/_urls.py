"""Where requests go: `base_url` swaps the origin of every server and keeps its path.

    server https://rest.nexmo.com/sms + base_url http://127.0.0.1:8080
        -> http://127.0.0.1:8080/sms            (+ the operation's path)

Next-page links are pinned to the origin of the request that returned them,
whether absolute (`https://api.twilio.com/...`) or host-relative (`/2010-04-01/...`):
a sandbox keeps serving every page, and credentials never follow a link elsewhere.

Downloads follow redirects (Twilio answers a media or recording URL with a redirect to
its media store) with `redirect_target`: a target over plain `http://` is fetched over
`https://` unless both ends are loopback, and credentials stay behind on another origin.
"""

from __future__ import annotations

from urllib.parse import SplitResult, parse_qs, urljoin, urlsplit

from ._exceptions import ConfigurationError

__all__ = [
    "Endpoint",
    "check_base_url",
    "endpoint",
    "follow_link",
    "redirect_target",
    "same_origin",
    "split_query",
]

_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


class Endpoint:
    """A server as actually used: its origin (scheme://host:port[/base path]) and its URL."""

    __slots__ = ("origin", "url")

    def __init__(self, origin: str, url: str) -> None:
        self.origin = origin
        self.url = url

    def __repr__(self) -> str:
        return f"Endpoint({self.url!r})"


def check_base_url(base_url: str | None) -> str | None:
    """A validated `base_url` without its trailing slash (None stays None)."""
    if base_url is None:
        return None
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigurationError(f"base_url must be an http(s) URL, not {base_url!r}")
    if parts.query or parts.fragment:
        raise ConfigurationError(f"base_url cannot have a query or fragment: {base_url!r}")
    return base_url.rstrip("/")


def endpoint(server: str, base_url: str | None) -> Endpoint:
    """The endpoint for a spec server, with `base_url` (if any) in place of its origin."""
    parts = urlsplit(server)
    path = parts.path.rstrip("/")
    origin = base_url if base_url is not None else f"{parts.scheme}://{parts.netloc}"
    return Endpoint(origin, origin + path)


def follow_link(link: str, current: str, origin: str) -> str:
    """A next-page link re-rooted at `origin` (relative links resolve against `current`)."""
    if link.startswith("/") and not link.startswith("//"):
        return origin + link
    parts = urlsplit(link)
    if not parts.scheme and not parts.netloc:
        return urljoin(current, link)  # already under `origin`
    rest = parts.path or "/"
    if parts.query:
        rest += "?" + parts.query
    return origin + rest


def split_query(url: str) -> tuple[str, dict[str, str | list[str]]]:
    """A URL without its query, and the query as fields (a list for a repeated key)."""
    base, _, query = url.partition("?")
    fields: dict[str, str | list[str]] = {}
    for name, values in parse_qs(query, keep_blank_values=True).items():
        fields[name] = values[0] if len(values) == 1 else values
    return base, fields


def redirect_target(current: str, location: str) -> str:
    """Where a redirect from `current` to `location` is followed.

    Erratum (twilio-go): media URLs Twilio hands out may say `http://`; twilio-go rewrote
    them to `https://`. Here no redirect ever goes out over plain http: an `http://`
    target is upgraded to `https://`, unless it and `current` are both plain-http
    loopback (a sandbox on 127.0.0.1).
    """
    target = urljoin(current, location.strip())
    parts = urlsplit(target)
    if parts.scheme == "http":
        here = urlsplit(current)
        if (
            here.scheme != "http"
            or here.hostname not in _LOOPBACK
            or parts.hostname not in _LOOPBACK
        ):
            target = "https" + target[4:]
    elif parts.scheme != "https" or not parts.netloc:
        raise ValueError(f"a redirect to a URL that is not http(s): {target.split('?', 1)[0]!r}")
    return target


def same_origin(a: str, b: str) -> bool:
    """Whether two absolute URLs share scheme, host and port."""
    first, second = urlsplit(a), urlsplit(b)
    return (first.scheme, first.hostname, _port(first)) == (
        second.scheme,
        second.hostname,
        _port(second),
    )


def _port(parts: SplitResult) -> int | None:
    if parts.port is not None:
        return parts.port
    return {"http": 80, "https": 443}.get(parts.scheme)
