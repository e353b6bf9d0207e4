"""SmsMessage: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import decimal_string as _rt_decimal_string

if TYPE_CHECKING:
    import decimal


class SmsMessage(Record):
    """SmsMessage record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("to", "to"),
        ("message_id", "message-id"),
        ("status", "status"),
        ("error_text", "error-text"),
        ("remaining_balance", "remaining-balance"),
        ("message_price", "message-price"),
        ("network", "network"),
        ("client_ref", "client-ref"),
        ("account_ref", "account-ref"),
    )

    @property
    def to(self) -> str | None:
        """The number the message went to."""
        return self._data.get("to")

    @property
    def message_id(self) -> str | None:
        """The id of the message part."""
        return self._data.get("message-id")

    @property
    def status(self) -> str | None:
        """ "0" when the message was accepted; otherwise an error code."""
        return self._data.get("status")

    @property
    def error_text(self) -> str | None:
        """What went wrong, when `status` is not "0"."""
        return self._data.get("error-text")

    @property
    def remaining_balance(self) -> decimal.Decimal | None:
        """The account balance after this message, in EUR."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("remaining-balance", _MISSING)
        if value is _MISSING:
            raw = self._data.get("remaining-balance")
            value = cache["remaining-balance"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def message_price(self) -> decimal.Decimal | None:
        """What this message cost, in EUR."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("message-price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("message-price")
            value = cache["message-price"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def network(self) -> str | None:
        """The mobile network code of the recipient."""
        return self._data.get("network")

    @property
    def client_ref(self) -> str | None:
        """Your reference, as sent."""
        return self._data.get("client-ref")

    @property
    def account_ref(self) -> str | None:
        """The account reference, as sent."""
        return self._data.get("account-ref")
