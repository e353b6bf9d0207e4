"""AccountSettings: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_value as _rt_int_value

if TYPE_CHECKING:
    pass


class AccountSettings(Record):
    """AccountSettings record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("mo_callback_url", "mo-callback-url"),
        ("dr_callback_url", "dr-callback-url"),
        ("max_outbound_request", "max-outbound-request"),
        ("max_inbound_request", "max-inbound-request"),
        ("max_calls_per_second", "max-calls-per-second"),
    )

    @property
    def mo_callback_url(self) -> str | None:
        """The default inbound SMS webhook."""
        return self._data.get("mo-callback-url")

    @property
    def dr_callback_url(self) -> str | None:
        """The default delivery receipt webhook."""
        return self._data.get("dr-callback-url")

    @property
    def max_outbound_request(self) -> int | None:
        """The most outbound messages per second."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("max-outbound-request", _MISSING)
        if value is _MISSING:
            raw = self._data.get("max-outbound-request")
            value = cache["max-outbound-request"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def max_inbound_request(self) -> int | None:
        """The most inbound messages per second."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("max-inbound-request", _MISSING)
        if value is _MISSING:
            raw = self._data.get("max-inbound-request")
            value = cache["max-inbound-request"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def max_calls_per_second(self) -> int | None:
        """The most API calls per second."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("max-calls-per-second", _MISSING)
        if value is _MISSING:
            raw = self._data.get("max-calls-per-second")
            value = cache["max-calls-per-second"] = None if raw is None else _rt_int_value(raw)
        return value
