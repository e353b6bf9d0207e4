"""IdentityMatchInfo: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import int_string as _rt_int_string

if TYPE_CHECKING:
    pass


class IdentityMatchInfo(Record):
    """The `identity_match` package. Each `*_match` is `exact_match`, `high_partial_match`,
    `partial_match`, `no_match` or `no_data_available`.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("first_name_match", "first_name_match"),
        ("last_name_match", "last_name_match"),
        ("address_lines_match", "address_lines_match"),
        ("city_match", "city_match"),
        ("state_match", "state_match"),
        ("postal_code_match", "postal_code_match"),
        ("address_country_match", "address_country_match"),
        ("national_id_match", "national_id_match"),
        ("date_of_birth_match", "date_of_birth_match"),
        ("summary_score", "summary_score"),
        ("error_code", "error_code"),
        ("error_message", "error_message"),
    )

    @property
    def first_name_match(self) -> str | None:
        """The `first_name_match` field."""
        return self._data.get("first_name_match")

    @property
    def last_name_match(self) -> str | None:
        """The `last_name_match` field."""
        return self._data.get("last_name_match")

    @property
    def address_lines_match(self) -> str | None:
        """The `address_lines_match` field."""
        return self._data.get("address_lines_match")

    @property
    def city_match(self) -> str | None:
        """The `city_match` field."""
        return self._data.get("city_match")

    @property
    def state_match(self) -> str | None:
        """The `state_match` field."""
        return self._data.get("state_match")

    @property
    def postal_code_match(self) -> str | None:
        """The `postal_code_match` field."""
        return self._data.get("postal_code_match")

    @property
    def address_country_match(self) -> str | None:
        """The `address_country_match` field."""
        return self._data.get("address_country_match")

    @property
    def national_id_match(self) -> str | None:
        """The `national_id_match` field."""
        return self._data.get("national_id_match")

    @property
    def date_of_birth_match(self) -> str | None:
        """The `date_of_birth_match` field."""
        return self._data.get("date_of_birth_match")

    @property
    def summary_score(self) -> int | None:
        """How well the data matches overall, from 0 to 100."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("summary_score", _MISSING)
        if value is _MISSING:
            raw = self._data.get("summary_score")
            value = cache["summary_score"] = None if raw is None else _rt_int_string(raw)
        return value

    @property
    def error_code(self) -> int | None:
        """Twilio's error code if the package could not be looked up; null otherwise."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("error_code", _MISSING)
        if value is _MISSING:
            raw = self._data.get("error_code")
            value = cache["error_code"] = None if raw is None else _rt_int_string(raw)
        return value

    @property
    def error_message(self) -> str | None:
        """What went wrong, if `error_code` is set."""
        return self._data.get("error_message")
