"""NiAsyncResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import decimal_string as _rt_decimal_string
from ..._runtime import int_value as _rt_int_value

if TYPE_CHECKING:
    import decimal


class NiAsyncResponse(Record):
    """NiAsyncResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("request_id", "request_id"),
        ("number", "number"),
        ("remaining_balance", "remaining_balance"),
        ("request_price", "request_price"),
        ("status", "status"),
        ("error_text", "error_text"),
    )

    @property
    def request_id(self) -> str | None:
        """The id of this request; the callback carries the same `request_id`."""
        return self._data.get("request_id")

    @property
    def number(self) -> str | None:
        """The `number` of the request."""
        return self._data.get("number")

    @property
    def remaining_balance(self) -> decimal.Decimal | None:
        """The account balance after this request, in EUR."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("remaining_balance", _MISSING)
        if value is _MISSING:
            raw = self._data.get("remaining_balance")
            value = cache["remaining_balance"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def request_price(self) -> decimal.Decimal | None:
        """What this request cost, in EUR."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("request_price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("request_price")
            value = cache["request_price"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def status(self) -> int | None:
        """0 accepted; 1 throttled (retry); 3 invalid or missing parameters; 4 invalid
        credentials; 5 internal error; 9 not enough credit; 19 facility not allowed;
        999 unparsable."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def error_text(self) -> str | None:
        """The status in words (`status_message` in the other lookups)."""
        return self._data.get("error_text")
