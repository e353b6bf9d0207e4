"""PhoneNumberCapabilities: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value

if TYPE_CHECKING:
    pass


class PhoneNumberCapabilities(Record):
    """What a phone number can do.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("mms", "mms"),
        ("sms", "sms"),
        ("voice", "voice"),
        ("fax", "fax"),
    )

    @property
    def mms(self) -> bool | None:
        """Whether the number can send and receive MMS."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("mms", _MISSING)
        if value is _MISSING:
            raw = self._data.get("mms")
            value = cache["mms"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def sms(self) -> bool | None:
        """Whether the number can send and receive SMS."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("sms", _MISSING)
        if value is _MISSING:
            raw = self._data.get("sms")
            value = cache["sms"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def voice(self) -> bool | None:
        """Whether the number can make and receive calls."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("voice", _MISSING)
        if value is _MISSING:
            raw = self._data.get("voice")
            value = cache["voice"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def fax(self) -> bool | None:
        """Whether the number can send and receive faxes."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("fax", _MISSING)
        if value is _MISSING:
            raw = self._data.get("fax")
            value = cache["fax"] = None if raw is None else _rt_bool_value(raw)
        return value
