"""VerifySearchResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import decimal_string as _rt_decimal_string
from ..._runtime import enum as _rt_enum
from ..._runtime import model_list as _rt_model_list
from .verify_request_status import VerifyRequestStatus

if TYPE_CHECKING:
    import decimal

    from .verify_check_attempt import VerifyCheckAttempt
    from .verify_event import VerifyEvent
    from .verify_request_record import VerifyRequestRecord

_conv_status = _rt_enum(VerifyRequestStatus)


def _conv_checks(value: Any) -> Any:
    from .verify_check_attempt import VerifyCheckAttempt

    return _rt_model_list(VerifyCheckAttempt)(value)


def _conv_events(value: Any) -> Any:
    from .verify_event import VerifyEvent

    return _rt_model_list(VerifyEvent)(value)


def _conv_verification_requests(value: Any) -> Any:
    from .verify_request_record import VerifyRequestRecord

    return _rt_model_list(VerifyRequestRecord)(value)


class VerifySearchResponse(Record):
    """VerifySearchResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("request_id", "request_id"),
        ("account_id", "account_id"),
        ("status", "status"),
        ("number", "number"),
        ("price", "price"),
        ("currency", "currency"),
        ("sender_id", "sender_id"),
        ("date_submitted", "date_submitted"),
        ("date_finalized", "date_finalized"),
        ("first_event_date", "first_event_date"),
        ("last_event_date", "last_event_date"),
        ("checks", "checks"),
        ("events", "events"),
        ("estimated_price_messages_sent", "estimated_price_messages_sent"),
        ("error_text", "error_text"),
        ("verification_requests", "verification_requests"),
    )

    @property
    def request_id(self) -> str | None:
        """The `request_id` searched for (may be empty on error)."""
        return self._data.get("request_id")

    @property
    def account_id(self) -> str | None:
        """The Vonage account the verification belongs to."""
        return self._data.get("account_id")

    @property
    def status(self) -> VerifyRequestStatus | str | None:
        """`SUCCESS` a correct code was checked; `FAILED` too many wrong codes; `EXPIRED` no code
        before `pin_expiry`; `CANCELLED` by `control`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def number(self) -> str | None:
        """The number being verified."""
        return self._data.get("number")

    @property
    def price(self) -> decimal.Decimal | None:
        """What the verification cost."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("price")
            value = cache["price"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def currency(self) -> str | None:
        """The currency of `price` (`EUR`)."""
        return self._data.get("currency")

    @property
    def sender_id(self) -> str | None:
        """The `sender_id` of the request."""
        return self._data.get("sender_id")

    @property
    def date_submitted(self) -> str | None:
        """When the verification started (`YYYY-MM-DD HH:MM:SS`)."""
        return self._data.get("date_submitted")

    @property
    def date_finalized(self) -> str | None:
        """When the verification finished (`YYYY-MM-DD HH:MM:SS`)."""
        return self._data.get("date_finalized")

    @property
    def first_event_date(self) -> str | None:
        """When the first SMS or call was made (`YYYY-MM-DD HH:MM:SS`)."""
        return self._data.get("first_event_date")

    @property
    def last_event_date(self) -> str | None:
        """When the last SMS or call was made (`YYYY-MM-DD HH:MM:SS`)."""
        return self._data.get("last_event_date")

    @property
    def checks(self) -> list[VerifyCheckAttempt] | None:
        """The codes checked, and whether each was right."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("checks", _MISSING)
        if value is _MISSING:
            raw = self._data.get("checks")
            value = cache["checks"] = None if raw is None else _conv_checks(raw)
        return value

    @property
    def events(self) -> list[VerifyEvent] | None:
        """The SMS and calls made to deliver the code."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("events", _MISSING)
        if value is _MISSING:
            raw = self._data.get("events")
            value = cache["events"] = None if raw is None else _conv_events(raw)
        return value

    @property
    def estimated_price_messages_sent(self) -> decimal.Decimal | None:
        """What the messages and calls cost, in EUR, for some pricing models."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("estimated_price_messages_sent", _MISSING)
        if value is _MISSING:
            raw = self._data.get("estimated_price_messages_sent")
            value = cache["estimated_price_messages_sent"] = (
                None if raw is None else _rt_decimal_string(raw)
            )
        return value

    @property
    def error_text(self) -> str | None:
        """What went wrong, when `status` is an error code."""
        return self._data.get("error_text")

    @property
    def verification_requests(self) -> list[VerifyRequestRecord] | None:
        """One record per `request_ids` entry, when several were asked for."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("verification_requests", _MISSING)
        if value is _MISSING:
            raw = self._data.get("verification_requests")
            value = cache["verification_requests"] = (
                None if raw is None else _conv_verification_requests(raw)
            )
        return value
