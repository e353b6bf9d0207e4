"""SmsResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_string as _rt_int_string
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .sms_message import SmsMessage


def _conv_messages(value: Any) -> Any:
    from .sms_message import SmsMessage

    return _rt_model_list(SmsMessage)(value)


class SmsResponse(Record):
    """SmsResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("message_count", "message-count"),
        ("messages", "messages"),
    )

    @property
    def message_count(self) -> int | None:
        """How many messages the text was split into."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("message-count", _MISSING)
        if value is _MISSING:
            raw = self._data.get("message-count")
            value = cache["message-count"] = None if raw is None else _rt_int_string(raw)
        return value

    @property
    def messages(self) -> list[SmsMessage] | None:
        """The `messages` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("messages", _MISSING)
        if value is _MISSING:
            raw = self._data.get("messages")
            value = cache["messages"] = None if raw is None else _conv_messages(raw)
        return value
