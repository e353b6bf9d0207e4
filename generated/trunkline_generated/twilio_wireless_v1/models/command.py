"""Command: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import enum as _rt_enum
from ..._runtime import iso_datetime as _rt_iso_datetime
from .command_direction import CommandDirection
from .command_mode import CommandMode
from .command_status import CommandStatus
from .command_transport import CommandTransport

if TYPE_CHECKING:
    import datetime


_conv_command_mode = _rt_enum(CommandMode)
_conv_transport = _rt_enum(CommandTransport)
_conv_status = _rt_enum(CommandStatus)
_conv_direction = _rt_enum(CommandDirection)


class Command(Record):
    """Command record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("sid", "sid"),
        ("account_sid", "account_sid"),
        ("sim_sid", "sim_sid"),
        ("command", "command"),
        ("command_mode", "command_mode"),
        ("transport", "transport"),
        ("delivery_receipt_requested", "delivery_receipt_requested"),
        ("status", "status"),
        ("direction", "direction"),
        ("date_created", "date_created"),
        ("date_updated", "date_updated"),
        ("url", "url"),
    )

    @property
    def sid(self) -> str | None:
        """The unique string that we created to identify the Command resource."""
        return self._data.get("sid")

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        Command resource."""
        return self._data.get("account_sid")

    @property
    def sim_sid(self) -> str | None:
        """The SID of the [Sim resource](https://www.twilio.com/docs/iot/wireless/api/sim-resource)
        that the Command was sent to or from."""
        return self._data.get("sim_sid")

    @property
    def command(self) -> str | None:
        """The message being sent to or from the SIM. For text mode messages, this can be up to 160
        characters. For binary mode messages, this is a series of up to 140 bytes of data
        encoded using base64."""
        return self._data.get("command")

    @property
    def command_mode(self) -> CommandMode | str | None:
        """The mode used to send the SMS message. Can be: `text` or `binary`. The default SMS mode
        is `text`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("command_mode", _MISSING)
        if value is _MISSING:
            raw = self._data.get("command_mode")
            value = cache["command_mode"] = None if raw is None else _conv_command_mode(raw)
        return value

    @property
    def transport(self) -> CommandTransport | str | None:
        """The type of transport used. Can be: `sms` or `ip`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("transport", _MISSING)
        if value is _MISSING:
            raw = self._data.get("transport")
            value = cache["transport"] = None if raw is None else _conv_transport(raw)
        return value

    @property
    def delivery_receipt_requested(self) -> bool | None:
        """Whether to request a delivery receipt."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("delivery_receipt_requested", _MISSING)
        if value is _MISSING:
            raw = self._data.get("delivery_receipt_requested")
            value = cache["delivery_receipt_requested"] = (
                None if raw is None else _rt_bool_value(raw)
            )
        return value

    @property
    def status(self) -> CommandStatus | str | None:
        """The status of the Command. Can be: `queued`, `sent`, `delivered`, `received`, or
        `failed`. See [Status Values](https://www.twilio.com/docs/iot/wireless/api/command-
        resource#status-values) for a description of each state."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def direction(self) -> CommandDirection | str | None:
        """The direction of the Command. Can be `to_sim` or `from_sim`. The value of `to_sim` is
        synonymous with the term `mobile terminated`, and `from_sim` is synonymous with the term
        `mobile originated`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("direction", _MISSING)
        if value is _MISSING:
            raw = self._data.get("direction")
            value = cache["direction"] = None if raw is None else _conv_direction(raw)
        return value

    @property
    def date_created(self) -> datetime.datetime | None:
        """The date and time in GMT when the resource was created specified in [ISO
        8601](https://www.iso.org/iso-8601-date-and-time-format.html) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_created", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_created")
            value = cache["date_created"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def date_updated(self) -> datetime.datetime | None:
        """The date and time in GMT when the resource was last updated specified in [ISO
        8601](https://www.iso.org/iso-8601-date-and-time-format.html) format."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_updated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_updated")
            value = cache["date_updated"] = None if raw is None else _rt_iso_datetime(raw)
        return value

    @property
    def url(self) -> str | None:
        """The absolute URL of the resource."""
        return self._data.get("url")
