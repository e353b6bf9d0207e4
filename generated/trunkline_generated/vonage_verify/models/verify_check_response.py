"""VerifyCheckResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import decimal_string as _rt_decimal_string

if TYPE_CHECKING:
    import decimal


class VerifyCheckResponse(Record):
    """VerifyCheckResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("request_id", "request_id"),
        ("event_id", "event_id"),
        ("status", "status"),
        ("price", "price"),
        ("currency", "currency"),
        ("estimated_price_messages_sent", "estimated_price_messages_sent"),
        ("error_text", "error_text"),
    )

    @property
    def request_id(self) -> str | None:
        """The `request_id` checked."""
        return self._data.get("request_id")

    @property
    def event_id(self) -> str | None:
        """The id of the event (SMS or call) that delivered the code."""
        return self._data.get("event_id")

    @property
    def status(self) -> str | None:
        """ "0" correct code; "1" throttled; "2" missing parameter; "3" invalid parameter; "4"
        invalid credentials; "5" internal error; "6" unknown or finished `request_id`; "16"
        wrong code; "17" too many wrong codes (the verification failed)."""
        return self._data.get("status")

    @property
    def price(self) -> decimal.Decimal | None:
        """What the verification cost."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("price")
            value = cache["price"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def currency(self) -> str | None:
        """The currency of `price` (`EUR`)."""
        return self._data.get("currency")

    @property
    def estimated_price_messages_sent(self) -> decimal.Decimal | None:
        """What the messages and calls cost, in EUR, for some pricing models (may change for a
        short while after completion); the total is this plus `price`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("estimated_price_messages_sent", _MISSING)
        if value is _MISSING:
            raw = self._data.get("estimated_price_messages_sent")
            value = cache["estimated_price_messages_sent"] = (
                None if raw is None else _rt_decimal_string(raw)
            )
        return value

    @property
    def error_text(self) -> str | None:
        """What went wrong, when `status` is not "0"."""
        return self._data.get("error_text")
