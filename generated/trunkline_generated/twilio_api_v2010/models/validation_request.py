"""ValidationRequest: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class ValidationRequest(Record):
    """ValidationRequest record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("call_sid", "call_sid"),
        ("friendly_name", "friendly_name"),
        ("phone_number", "phone_number"),
        ("validation_code", "validation_code"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) responsible for
        the Caller ID."""
        return self._data.get("account_sid")

    @property
    def call_sid(self) -> str | None:
        """The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Caller ID
        is associated with."""
        return self._data.get("call_sid")

    @property
    def friendly_name(self) -> str | None:
        """The string that you assigned to describe the resource."""
        return self._data.get("friendly_name")

    @property
    def phone_number(self) -> str | None:
        """The phone number to verify in [E.164](https://www.twilio.com/docs/glossary/what-e164)
        format, which consists of a + followed by the country code and subscriber number."""
        return self._data.get("phone_number")

    @property
    def validation_code(self) -> str | None:
        """The 6 digit validation code that someone must enter to validate the Caller ID when
        `phone_number` is called."""
        return self._data.get("validation_code")
