"""VerifyStartResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import Record

if TYPE_CHECKING:
    pass


class VerifyStartResponse(Record):
    """VerifyStartResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("request_id", "request_id"),
        ("status", "status"),
        ("error_text", "error_text"),
    )

    @property
    def request_id(self) -> str | None:
        """The id of the verification, for `check`, `search` and `control` (may be empty on error)."""
        return self._data.get("request_id")

    @property
    def status(self) -> str | None:
        """ "0" success; "1" throttled; "2" missing parameter; "3" invalid parameter; "4" invalid
        credentials; "5" internal error; "6" could not be routed; "7" number blacklisted;
        "8" account barred; "9" not enough credit; "10" concurrent verification to the same
        number (the running `request_id` is returned); "15" unsupported network; "20"
        `pin_code` not allowed; "29" demo account and number not whitelisted."""
        return self._data.get("status")

    @property
    def error_text(self) -> str | None:
        """What went wrong, when `status` is not "0"."""
        return self._data.get("error_text")
