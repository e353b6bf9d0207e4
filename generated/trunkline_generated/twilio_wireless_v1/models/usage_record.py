"""UsageRecord: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class UsageRecord(Record):
    """UsageRecord record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("sim_sid", "sim_sid"),
        ("account_sid", "account_sid"),
        ("period", "period"),
        ("commands", "commands"),
        ("data", "data"),
    )

    @property
    def sim_sid(self) -> str | None:
        """The SID of the [Sim resource](https://www.twilio.com/docs/iot/wireless/api/sim-resource)
        that this Usage Record is for."""
        return self._data.get("sim_sid")

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        UsageRecord resource."""
        return self._data.get("account_sid")

    @property
    def period(self) -> dict[str, Any] | None:
        """The time period for which the usage is reported. Contains `start` and `end` datetime
        values given as GMT in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-
        format.html) format."""
        return self._data.get("period")

    @property
    def commands(self) -> dict[str, Any] | None:
        """An object that describes the SIM's usage of Commands during the specified period. See
        [Commands Usage Object](https://www.twilio.com/docs/iot/wireless/api/sim-usagerecord-
        resource#commands-usage-object)."""
        return self._data.get("commands")

    @property
    def data(self) -> dict[str, Any] | None:
        """An object that describes the SIM's data usage during the specified period. See [Data
        Usage Object](https://www.twilio.com/docs/iot/wireless/api/sim-usagerecord-
        resource#data-usage-object)."""
        return self._data.get("data")
