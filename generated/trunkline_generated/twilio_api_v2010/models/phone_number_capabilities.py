"""PhoneNumberCapabilities: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

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
        return self._data.get("mms")

    @property
    def sms(self) -> bool | None:
        """Whether the number can send and receive SMS."""
        return self._data.get("sms")

    @property
    def voice(self) -> bool | None:
        """Whether the number can make and receive calls."""
        return self._data.get("voice")

    @property
    def fax(self) -> bool | None:
        """Whether the number can send and receive faxes."""
        return self._data.get("fax")
