"""NiAdvancedResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import decimal_string as _rt_decimal_string
from ..._runtime import enum as _rt_enum
from ..._runtime import int_value as _rt_int_value
from ..._runtime import model as _rt_model
from .ni_caller_type import NiCallerType
from .ni_ported_status import NiPortedStatus
from .ni_reachable import NiReachable
from .ni_valid_number import NiValidNumber

if TYPE_CHECKING:
    import decimal

    from .ni_caller_identity import NiCallerIdentity
    from .ni_carrier import NiCarrier

_conv_ported = _rt_enum(NiPortedStatus)
_conv_caller_type = _rt_enum(NiCallerType)
_conv_valid_number = _rt_enum(NiValidNumber)
_conv_reachable = _rt_enum(NiReachable)


def _conv_current_carrier(value: Any) -> Any:
    from .ni_carrier import NiCarrier

    return _rt_model(NiCarrier)(value)


def _conv_original_carrier(value: Any) -> Any:
    from .ni_carrier import NiCarrier

    return _rt_model(NiCarrier)(value)


def _conv_caller_identity(value: Any) -> Any:
    from .ni_caller_identity import NiCallerIdentity

    return _rt_model(NiCallerIdentity)(value)


class NiAdvancedResponse(Record):
    """NiAdvancedResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("status", "status"),
        ("status_message", "status_message"),
        ("request_id", "request_id"),
        ("international_format_number", "international_format_number"),
        ("national_format_number", "national_format_number"),
        ("country_code", "country_code"),
        ("country_code_iso3", "country_code_iso3"),
        ("country_name", "country_name"),
        ("country_prefix", "country_prefix"),
        ("request_price", "request_price"),
        ("refund_price", "refund_price"),
        ("remaining_balance", "remaining_balance"),
        ("current_carrier", "current_carrier"),
        ("original_carrier", "original_carrier"),
        ("ported", "ported"),
        ("roaming", "roaming"),
        ("caller_identity", "caller_identity"),
        ("caller_name", "caller_name"),
        ("first_name", "first_name"),
        ("last_name", "last_name"),
        ("caller_type", "caller_type"),
        ("lookup_outcome", "lookup_outcome"),
        ("lookup_outcome_message", "lookup_outcome_message"),
        ("valid_number", "valid_number"),
        ("reachable", "reachable"),
    )

    @property
    def status(self) -> int | None:
        """0 success; 1 throttled (retry); 3 invalid or missing parameters; 4 invalid
        credentials; 5 internal error; 9 not enough credit; 19 facility not allowed;
        43, 44, 45 live mobile lookup not returned (some fields missing); 999 unparsable."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def status_message(self) -> str | None:
        """The status in words."""
        return self._data.get("status_message")

    @property
    def request_id(self) -> str | None:
        """The id of this request (up to 40 characters)."""
        return self._data.get("request_id")

    @property
    def international_format_number(self) -> str | None:
        """The number in international format (digits, no `+`)."""
        return self._data.get("international_format_number")

    @property
    def national_format_number(self) -> str | None:
        """The number in the format used in its country (`07700 900000`)."""
        return self._data.get("national_format_number")

    @property
    def country_code(self) -> str | None:
        """The number's country, ISO 3166-1 alpha-2."""
        return self._data.get("country_code")

    @property
    def country_code_iso3(self) -> str | None:
        """The number's country, ISO 3166-1 alpha-3."""
        return self._data.get("country_code_iso3")

    @property
    def country_name(self) -> str | None:
        """The name of the number's country."""
        return self._data.get("country_name")

    @property
    def country_prefix(self) -> str | None:
        """The country's calling code (`44`)."""
        return self._data.get("country_prefix")

    @property
    def request_price(self) -> decimal.Decimal | None:
        """What this request cost, in EUR."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("request_price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("request_price")
            value = cache["request_price"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def refund_price(self) -> decimal.Decimal | None:
        """What was refunded (a failed lookup, or `cnam` for a non-US number), in EUR."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("refund_price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("refund_price")
            value = cache["refund_price"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def remaining_balance(self) -> decimal.Decimal | None:
        """The account balance after this request, in EUR."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("remaining_balance", _MISSING)
        if value is _MISSING:
            raw = self._data.get("remaining_balance")
            value = cache["remaining_balance"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def current_carrier(self) -> NiCarrier | None:
        """The network the number is on now."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("current_carrier", _MISSING)
        if value is _MISSING:
            raw = self._data.get("current_carrier")
            value = cache["current_carrier"] = None if raw is None else _conv_current_carrier(raw)
        return value

    @property
    def original_carrier(self) -> NiCarrier | None:
        """The network the number was first assigned to."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("original_carrier", _MISSING)
        if value is _MISSING:
            raw = self._data.get("original_carrier")
            value = cache["original_carrier"] = None if raw is None else _conv_original_carrier(raw)
        return value

    @property
    def ported(self) -> NiPortedStatus | str | None:
        """Whether the number moved to another carrier."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("ported", _MISSING)
        if value is _MISSING:
            raw = self._data.get("ported")
            value = cache["ported"] = None if raw is None else _conv_ported(raw)
        return value

    @property
    def roaming(self) -> dict[str, Any] | None | str | None:
        """The roaming status of a mobile number; the text `unknown` when not known."""
        return self._data.get("roaming")

    @property
    def caller_identity(self) -> NiCallerIdentity | None:
        """The number's owner, when `cnam=true` was asked."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("caller_identity", _MISSING)
        if value is _MISSING:
            raw = self._data.get("caller_identity")
            value = cache["caller_identity"] = None if raw is None else _conv_caller_identity(raw)
        return value

    @property
    def caller_name(self) -> str | None:
        """The owner's full name, or `unknown` (with `cnam=true`)."""
        return self._data.get("caller_name")

    @property
    def first_name(self) -> str | None:
        """The owner's first name, for a consumer (with `cnam=true`)."""
        return self._data.get("first_name")

    @property
    def last_name(self) -> str | None:
        """The owner's last name, for a consumer (with `cnam=true`)."""
        return self._data.get("last_name")

    @property
    def caller_type(self) -> NiCallerType | str | None:
        """Whether the owner is a business or a consumer (with `cnam=true`)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("caller_type", _MISSING)
        if value is _MISSING:
            raw = self._data.get("caller_type")
            value = cache["caller_type"] = None if raw is None else _conv_caller_type(raw)
        return value

    @property
    def lookup_outcome(self) -> int | None:
        """0 everything was returned; 1 partial success (some fields); 2 failed."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("lookup_outcome", _MISSING)
        if value is _MISSING:
            raw = self._data.get("lookup_outcome")
            value = cache["lookup_outcome"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def lookup_outcome_message(self) -> str | None:
        """The lookup outcome in words."""
        return self._data.get("lookup_outcome_message")

    @property
    def valid_number(self) -> NiValidNumber | str | None:
        """Whether the number exists (mobile numbers): `inferred_not_valid` is a best guess when no
        external system could tell."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("valid_number", _MISSING)
        if value is _MISSING:
            raw = self._data.get("valid_number")
            value = cache["valid_number"] = None if raw is None else _conv_valid_number(raw)
        return value

    @property
    def reachable(self) -> NiReachable | str | None:
        """Whether a mobile number can be called now."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("reachable", _MISSING)
        if value is _MISSING:
            raw = self._data.get("reachable")
            value = cache["reachable"] = None if raw is None else _conv_reachable(raw)
        return value
