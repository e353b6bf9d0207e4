"""RtcWebhook: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from .http_method import HttpMethod

if TYPE_CHECKING:
    pass


_conv_http_method = _rt_enum(HttpMethod)


class RtcWebhook(Record):
    """An RTC webhook.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("address", "address"),
        ("http_method", "http_method"),
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
