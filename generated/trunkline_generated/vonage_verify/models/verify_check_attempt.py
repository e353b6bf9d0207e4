"""VerifyCheckAttempt: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from .verify_check_status import VerifyCheckStatus

if TYPE_CHECKING:
    pass


_conv_status = _rt_enum(VerifyCheckStatus)


class VerifyCheckAttempt(Record):
    """One code checked.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("date_received", "date_received"),
        ("code", "code"),
        ("status", "status"),
        ("ip_address", "ip_address"),
    )

    @property
    def date_received(self) -> str | None:
        """When the check arrived (`YYYY-MM-DD HH:MM:SS`)."""
        return self._data.get("date_received")

    @property
    def code(self) -> str | None:
        """The code given."""
        return self._data.get("code")

    @property
    def status(self) -> VerifyCheckStatus | str | None:
        """Whether the code checked was right."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def ip_address(self) -> str | None:
        """No longer used."""
        return self._data.get("ip_address")
