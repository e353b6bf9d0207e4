"""The `trunkline` logger and the one place secrets are masked.

Nothing is configured at import. On first use the stdlib logger `trunkline`
is fetched and, when the environment asks for it, given a stderr handler:

- `TRUNKLINE_LOG=debug|info` sets that level;
- `DEBUG_HTTP_TRAFFIC=true` (the switch twilio-go uses) sets debug, where
  every request and response is dumped: method, URL, headers and body.

Whatever is logged, shown in a repr or put in an exception message passes
through a `Redactor` first: credential headers, credential query/form/JSON keys
and credential fields of response bodies become `***`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import logging

    import httpx

__all__ = ["REDACTED", "Redactor", "get_logger", "http_traffic_enabled"]

REDACTED = "***"

_SECRET_HEADERS = (
    "Authorization",
    "Proxy-Authorization",
    "X-Twilio-Signature",
    "MessageBird-Signature",
    "MessageBird-Signature-JWT",
)
_SECRET_KEYS = ("api_secret", "sig", "auth_token", "secret", "password", "private_key", "token")
# Bodies longer than this are cut in the traffic dump.
_MAX_LOGGED_TEXT = 4000


def _normalise(name: str) -> str:
    # `AuthToken`, `auth_token` and `auth-token` are the same secret.
    return name.lower().replace("_", "").replace("-", "")


_BUILTIN_SECRETS = frozenset(_normalise(name) for name in (*_SECRET_HEADERS, *_SECRET_KEYS))


class Redactor:
    """Masks credentials in headers, URLs, form fields and JSON (built-in names plus extras)."""

    __slots__ = ("_names",)

    def __init__(self, extra: Iterable[str] = ()) -> None:
        self._names = _BUILTIN_SECRETS | {_normalise(name) for name in extra}

    def is_secret(self, name: str) -> bool:
        """Whether a header, parameter or JSON field of this name holds a credential."""
        return _normalise(name) in self._names

    def headers(self, headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
        """Headers with credential values masked (an auth scheme word such as `Basic` is kept)."""
        items = headers.items() if isinstance(headers, Mapping) else headers
        shown: dict[str, str] = {}
        for name, value in items:
            if self.is_secret(name):
                scheme, _, rest = value.partition(" ")
                shown[name] = f"{scheme} {REDACTED}" if rest and scheme.isalpha() else REDACTED
            else:
                shown[name] = value
        return shown

    def json(self, value: Any) -> Any:
        """A decoded JSON value with every credential field masked, at any depth."""
        if isinstance(value, dict):
            return {
                k: REDACTED if self.is_secret(str(k)) and v else self.json(v)
                for k, v in value.items()
            }
        if isinstance(value, list):
            return [self.json(v) for v in value]
        return value

    def url(self, url: str | httpx.URL) -> str:
        """A URL with credential query values and any userinfo password masked."""
        text = str(url)
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(text)
        netloc = parts.netloc
        if "@" in netloc:
            userinfo, _, host = netloc.rpartition("@")
            user, colon, _ = userinfo.partition(":")
            netloc = f"{user}:{REDACTED}@{host}" if colon else f"{user}@{host}"
        query = self._query(parts.query) if parts.query else parts.query
        if netloc == parts.netloc and query == parts.query:
            return text
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))

    def body_text(self, content: bytes, content_type: str | None = None) -> str:
        """A request or response body as loggable text: JSON masked, form masked, else cut."""
        if not content:
            return ""
        import orjson

        try:
            decoded = orjson.loads(content)
        except orjson.JSONDecodeError:
            pass
        else:
            return orjson.dumps(self.json(decoded)).decode()
        text = content.decode("utf-8", "replace")
        if content_type and content_type.startswith("application/x-www-form-urlencoded"):
            return self._query(text)
        if len(text) > _MAX_LOGGED_TEXT:
            return text[:_MAX_LOGGED_TEXT] + f"... ({len(text)} characters)"
        return text

    def _query(self, query: str) -> str:
        from urllib.parse import parse_qsl, urlencode

        pairs = parse_qsl(query, keep_blank_values=True)
        if not any(self.is_secret(name) for name, _ in pairs):
            return query
        masked = [(name, REDACTED if self.is_secret(name) else v) for name, v in pairs]
        return urlencode(masked, safe="*")


_configured: list[logging.Logger] = []  # the logger, once configured
_lock = threading.Lock()


def http_traffic_enabled() -> bool:
    """Whether `DEBUG_HTTP_TRAFFIC` asks for a dump of every request and response."""
    return os.environ.get("DEBUG_HTTP_TRAFFIC", "").strip().lower() in {"1", "true", "yes", "on"}


def get_logger() -> logging.Logger:
    """The `trunkline` logger, configured from the environment on first use."""
    if not _configured:
        with _lock:
            if not _configured:
                _configured.append(_configure())
    return _configured[0]


def _configure() -> logging.Logger:
    import logging

    logger = logging.getLogger("trunkline")
    wanted = os.environ.get("TRUNKLINE_LOG", "").strip().lower()
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(wanted)
    if http_traffic_enabled():
        level = logging.DEBUG
    if level is not None:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)
    return logger
