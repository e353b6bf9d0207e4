"""MessagesWebhook: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from .messages_http_method import MessagesHttpMethod

if TYPE_CHECKING:
    pass


_conv_http_method = _rt_enum(MessagesHttpMethod)


class MessagesWebhook(Record):
    """A Messages webhook.

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
    def http_method(self) -> MessagesHttpMethod | str | None:
        """The HTTP method of a Messages webhook request (always POST)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("http_method", _MISSING)
        if value is _MISSING:
            raw = self._data.get("http_method")
            value = cache["http_method"] = None if raw is None else _conv_http_method(raw)
        return value
