"""VoiceEventWebhook: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from ..._runtime import int_value as _rt_int_value
from .http_method import HttpMethod

if TYPE_CHECKING:
    pass


_conv_http_method = _rt_enum(HttpMethod)


class VoiceEventWebhook(Record):
    """A webhook that receives call events.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("address", "address"),
        ("http_method", "http_method"),
        ("connection_timeout", "connection_timeout"),
        ("socket_timeout", "socket_timeout"),
    )

    @property
    def address(self) -> str | None:
        """The URL."""
        return self._data.get("address")

    @property
    def http_method(self) -> HttpMethod | str | None:
        """The HTTP method of a webhook request."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("http_method", _MISSING)
        if value is _MISSING:
            raw = self._data.get("http_method")
            value = cache["http_method"] = None if raw is None else _conv_http_method(raw)
        return value

    @property
    def connection_timeout(self) -> int | None:
        """Milliseconds to connect before Vonage tries once more."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("connection_timeout", _MISSING)
        if value is _MISSING:
            raw = self._data.get("connection_timeout")
            value = cache["connection_timeout"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def socket_timeout(self) -> int | None:
        """Milliseconds to read the answer before Vonage tries once more."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("socket_timeout", _MISSING)
        if value is _MISSING:
            raw = self._data.get("socket_timeout")
            value = cache["socket_timeout"] = None if raw is None else _rt_int_value(raw)
        return value
