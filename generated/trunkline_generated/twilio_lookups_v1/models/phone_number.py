"""PhoneNumber: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    from .caller_name import CallerName
    from .carrier import Carrier


def _conv_caller_name(value: Any) -> Any:
    from .caller_name import CallerName

    return _rt_model(CallerName)(value)


def _conv_carrier(value: Any) -> Any:
    from .carrier import Carrier

    return _rt_model(Carrier)(value)


class PhoneNumber(Record):
    """PhoneNumber record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("caller_name", "caller_name"),
        ("country_code", "country_code"),
        ("phone_number", "phone_number"),
        ("national_format", "national_format"),
        ("carrier", "carrier"),
        ("add_ons", "add_ons"),
        ("url", "url"),
    )

    @property
    def caller_name(self) -> CallerName | None:
        """The name of the phone number's owner (asked for with `Type=caller-name`). If `null`,
        that information was not available."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("caller_name", _MISSING)
        if value is _MISSING:
            raw = self._data.get("caller_name")
            value = cache["caller_name"] = None if raw is None else _conv_caller_name(raw)
        return value

    @property
    def country_code(self) -> str | None:
        """The [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) for the phone
        number."""
        return self._data.get("country_code")

    @property
    def phone_number(self) -> str | None:
        """The phone number in [E.164](https://www.twilio.com/docs/glossary/what-e164) format,
        which consists of a + followed by the country code and subscriber number."""
        return self._data.get("phone_number")

    @property
    def national_format(self) -> str | None:
        """The phone number, in national format."""
        return self._data.get("national_format")

    @property
    def carrier(self) -> Carrier | None:
        """The telecom company that provides the phone number (asked for with `Type=carrier`)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("carrier", _MISSING)
        if value is _MISSING:
            raw = self._data.get("carrier")
            value = cache["carrier"] = None if raw is None else _conv_carrier(raw)
        return value

    @property
    def add_ons(self) -> dict[str, Any] | None:
        """The results of the Add-ons you specified in the `add_ons` parameters (`status`,
        `message`, `code`, and `results` by Add-on). For the format of the object, see [Using
        Add-ons](https://www.twilio.com/docs/add-ons)."""
        return self._data.get("add_ons")

    @property
    def url(self) -> str | None:
        """The absolute URL of the resource."""
        return self._data.get("url")
