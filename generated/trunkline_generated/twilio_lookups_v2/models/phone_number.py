"""PhoneNumber: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import bool_value as _rt_bool_value
from ..._runtime import enum_list as _rt_enum_list
from ..._runtime import model as _rt_model
from .validation_error import ValidationError

if TYPE_CHECKING:
    from .call_forwarding_info import CallForwardingInfo
    from .caller_name_info import CallerNameInfo
    from .identity_match_info import IdentityMatchInfo
    from .line_status_info import LineStatusInfo
    from .line_type_intelligence_info import LineTypeIntelligenceInfo
    from .reassigned_number_info import ReassignedNumberInfo
    from .sim_swap_info import SimSwapInfo
    from .sms_pumping_risk_info import SmsPumpingRiskInfo

_conv_validation_errors = _rt_enum_list(ValidationError)


def _conv_caller_name(value: Any) -> Any:
    from .caller_name_info import CallerNameInfo

    return _rt_model(CallerNameInfo)(value)


def _conv_sim_swap(value: Any) -> Any:
    from .sim_swap_info import SimSwapInfo

    return _rt_model(SimSwapInfo)(value)


def _conv_call_forwarding(value: Any) -> Any:
    from .call_forwarding_info import CallForwardingInfo

    return _rt_model(CallForwardingInfo)(value)


def _conv_line_type_intelligence(value: Any) -> Any:
    from .line_type_intelligence_info import LineTypeIntelligenceInfo

    return _rt_model(LineTypeIntelligenceInfo)(value)


def _conv_line_status(value: Any) -> Any:
    from .line_status_info import LineStatusInfo

    return _rt_model(LineStatusInfo)(value)


def _conv_identity_match(value: Any) -> Any:
    from .identity_match_info import IdentityMatchInfo

    return _rt_model(IdentityMatchInfo)(value)


def _conv_reassigned_number(value: Any) -> Any:
    from .reassigned_number_info import ReassignedNumberInfo

    return _rt_model(ReassignedNumberInfo)(value)


def _conv_sms_pumping_risk(value: Any) -> Any:
    from .sms_pumping_risk_info import SmsPumpingRiskInfo

    return _rt_model(SmsPumpingRiskInfo)(value)


class PhoneNumber(Record):
    """PhoneNumber record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("calling_country_code", "calling_country_code"),
        ("country_code", "country_code"),
        ("phone_number", "phone_number"),
        ("national_format", "national_format"),
        ("valid", "valid"),
        ("validation_errors", "validation_errors"),
        ("caller_name", "caller_name"),
        ("sim_swap", "sim_swap"),
        ("call_forwarding", "call_forwarding"),
        ("line_type_intelligence", "line_type_intelligence"),
        ("line_status", "line_status"),
        ("identity_match", "identity_match"),
        ("reassigned_number", "reassigned_number"),
        ("sms_pumping_risk", "sms_pumping_risk"),
        ("phone_number_quality_score", "phone_number_quality_score"),
        ("pre_fill", "pre_fill"),
        ("url", "url"),
    )

    @property
    def calling_country_code(self) -> str | None:
        """International dialing prefix of the phone number defined in the E.164 standard."""
        return self._data.get("calling_country_code")

    @property
    def country_code(self) -> str | None:
        """The phone number's [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)."""
        return self._data.get("country_code")

    @property
    def phone_number(self) -> str | None:
        """The phone number in [E.164](https://www.twilio.com/docs/glossary/what-e164) format,
        which consists of a + followed by the country code and subscriber number."""
        return self._data.get("phone_number")

    @property
    def national_format(self) -> str | None:
        """The phone number in [national format](https://en.wikipedia.org/wiki/National_conventions
        _for_writing_telephone_numbers)."""
        return self._data.get("national_format")

    @property
    def valid(self) -> bool | None:
        """Boolean which indicates if the phone number is in a valid range that can be freely
        assigned by a carrier to a user."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("valid", _MISSING)
        if value is _MISSING:
            raw = self._data.get("valid")
            value = cache["valid"] = None if raw is None else _rt_bool_value(raw)
        return value

    @property
    def validation_errors(self) -> list[ValidationError | str] | None:
        """Contains reasons why a phone number is invalid. Possible values: TOO_SHORT, TOO_LONG,
        INVALID_BUT_POSSIBLE, INVALID_COUNTRY_CODE, INVALID_LENGTH, NOT_A_NUMBER."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("validation_errors", _MISSING)
        if value is _MISSING:
            raw = self._data.get("validation_errors")
            value = cache["validation_errors"] = (
                None if raw is None else _conv_validation_errors(raw)
            )
        return value

    @property
    def caller_name(self) -> CallerNameInfo | None:
        """An object that contains caller name information based on
        [CNAM](https://support.twilio.com/hc/en-us/articles/360051670533-Getting-Started-with-
        CNAM-Caller-ID)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("caller_name", _MISSING)
        if value is _MISSING:
            raw = self._data.get("caller_name")
            value = cache["caller_name"] = None if raw is None else _conv_caller_name(raw)
        return value

    @property
    def sim_swap(self) -> SimSwapInfo | None:
        """An object that contains information on the last date the subscriber identity module
        (SIM) was changed for a mobile phone number."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("sim_swap", _MISSING)
        if value is _MISSING:
            raw = self._data.get("sim_swap")
            value = cache["sim_swap"] = None if raw is None else _conv_sim_swap(raw)
        return value

    @property
    def call_forwarding(self) -> CallForwardingInfo | None:
        """An object that contains information on the unconditional call forwarding status of
        mobile phone number."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("call_forwarding", _MISSING)
        if value is _MISSING:
            raw = self._data.get("call_forwarding")
            value = cache["call_forwarding"] = None if raw is None else _conv_call_forwarding(raw)
        return value

    @property
    def line_type_intelligence(self) -> LineTypeIntelligenceInfo | None:
        """An object that contains line type information including the carrier name, mobile country
        code, and mobile network code."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("line_type_intelligence", _MISSING)
        if value is _MISSING:
            raw = self._data.get("line_type_intelligence")
            value = cache["line_type_intelligence"] = (
                None if raw is None else _conv_line_type_intelligence(raw)
            )
        return value

    @property
    def line_status(self) -> LineStatusInfo | None:
        """An object that contains line status information for a mobile phone number."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("line_status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("line_status")
            value = cache["line_status"] = None if raw is None else _conv_line_status(raw)
        return value

    @property
    def identity_match(self) -> IdentityMatchInfo | None:
        """An object that contains identity match information. The result of comparing user-
        provided information including name, address, date of birth, national ID, against
        authoritative phone-based data sources."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("identity_match", _MISSING)
        if value is _MISSING:
            raw = self._data.get("identity_match")
            value = cache["identity_match"] = None if raw is None else _conv_identity_match(raw)
        return value

    @property
    def reassigned_number(self) -> ReassignedNumberInfo | None:
        """An object that contains reassigned number information. Reassigned Numbers will return a
        phone number's reassignment status given a phone number and date."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("reassigned_number", _MISSING)
        if value is _MISSING:
            raw = self._data.get("reassigned_number")
            value = cache["reassigned_number"] = (
                None if raw is None else _conv_reassigned_number(raw)
            )
        return value

    @property
    def sms_pumping_risk(self) -> SmsPumpingRiskInfo | None:
        """An object that contains information on if a phone number has been currently or
        previously blocked by Verify Fraud Guard for receiving malicious SMS pumping traffic as
        well as other signals associated with risky carriers and low conversion rates."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("sms_pumping_risk", _MISSING)
        if value is _MISSING:
            raw = self._data.get("sms_pumping_risk")
            value = cache["sms_pumping_risk"] = None if raw is None else _conv_sms_pumping_risk(raw)
        return value

    @property
    def phone_number_quality_score(self) -> dict[str, Any] | None:
        """An object that contains information of a mobile phone number quality score. Quality
        score will return a risk score about the phone number."""
        return self._data.get("phone_number_quality_score")

    @property
    def pre_fill(self) -> dict[str, Any] | None:
        """An object that contains pre fill information. pre_fill will return PII information
        associated with the phone number like first name, last name, address line, country code,
        state and postal code."""
        return self._data.get("pre_fill")

    @property
    def url(self) -> str | None:
        """The absolute URL of the resource."""
        return self._data.get("url")
