"""AccountUsageRecord: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class AccountUsageRecord(Record):
    """AccountUsageRecord record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("account_sid", "account_sid"),
        ("period", "period"),
        ("commands", "commands"),
        ("data", "data"),
    )

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the
        AccountUsageRecord resource."""
        return self._data.get("account_sid")

    @property
    def period(self) -> dict[str, Any] | None:
        """The time period for which usage is reported. Contains `start` and `end` properties that
        describe the period using GMT date-time values specified in [ISO
        8601](https://www.iso.org/iso-8601-date-and-time-format.html) format."""
        return self._data.get("period")

    @property
    def commands(self) -> dict[str, Any] | None:
        """An object that describes the aggregated Commands usage for all SIMs during the specified
        period. See [Commands Usage
        Object](https://www.twilio.com/docs/iot/wireless/api/account-usagerecord-
        resource#commands-usage-object)."""
        return self._data.get("commands")

    @property
    def data(self) -> dict[str, Any] | None:
        """An object that describes the aggregated Data usage for all SIMs over the period. See
        [Data Usage Object](https://www.twilio.com/docs/iot/wireless/api/account-usagerecord-
        resource#data-usage-object)."""
        return self._data.get("data")
