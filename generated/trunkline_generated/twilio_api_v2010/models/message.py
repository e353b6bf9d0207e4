"""Message: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import decimal_string as _rt_decimal_string
from ..._runtime import enum as _rt_enum
from ..._runtime import int_string as _rt_int_string
from ..._runtime import int_value as _rt_int_value
from ..._runtime import rfc2822_datetime as _rt_rfc2822_datetime
from .message_direction import MessageDirection
from .message_status import MessageStatus

if TYPE_CHECKING:
    import datetime
    import decimal


_conv_direction = _rt_enum(MessageDirection)
_conv_status = _rt_enum(MessageStatus)


class Message(Record):
    """Message record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("body", "body"),
        ("num_segments", "num_segments"),
        ("direction", "direction"),
        ("from_", "from"),
        ("to", "to"),
        ("date_updated", "date_updated"),
        ("price", "price"),
        ("error_message", "error_message"),
        ("uri", "uri"),
        ("account_sid", "account_sid"),
        ("num_media", "num_media"),
        ("status", "status"),
        ("messaging_service_sid", "messaging_service_sid"),
        ("sid", "sid"),
        ("date_sent", "date_sent"),
        ("date_created", "date_created"),
        ("error_code", "error_code"),
        ("price_unit", "price_unit"),
        ("api_version", "api_version"),
        ("subresource_uris", "subresource_uris"),
    )

    @property
    def body(self) -> str | None:
        """The text content of the message"""
        return self._data.get("body")

    @property
    def num_segments(self) -> int | None:
        """The number of segments that make up the complete message. SMS message bodies that exceed
        the [character limit](https://www.twilio.com/docs/glossary/what-sms-character-limit) are
        segmented and charged as multiple messages. Note: For messages sent via a Messaging
        Service, `num_segments` is initially `0`, since a sender hasn't yet been assigned."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("num_segments", _MISSING)
        if value is _MISSING:
            raw = self._data.get("num_segments")
            value = cache["num_segments"] = None if raw is None else _rt_int_string(raw)
        return value

    @property
    def direction(self) -> MessageDirection | str | None:
        """The direction of the message. Can be: `inbound` for incoming messages, `outbound-api`
        for messages created by the REST API, `outbound-call` for messages created during a
        call, or `outbound-reply` for messages created in response to an incoming message."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("direction", _MISSING)
        if value is _MISSING:
            raw = self._data.get("direction")
            value = cache["direction"] = None if raw is None else _conv_direction(raw)
        return value

    @property
    def from_(self) -> str | None:
        """The sender's phone number (in [E.164](https://en.wikipedia.org/wiki/E.164) format),
        [alphanumeric sender ID](https://www.twilio.com/docs/sms/quickstart), [Wireless
        SIM](https://www.twilio.com/docs/iot/wireless/programmable-wireless-send-machine-
        machine-sms-commands), [short code](https://www.twilio.com/en-
        us/messaging/channels/sms/short-codes), or [channel
        address](https://www.twilio.com/docs/messaging/channels) (e.g.,
        `whatsapp:+15554449999`). For incoming messages, this is the number or channel address
        of the sender. For outgoing messages, this value is a Twilio phone number, alphanumeric
        sender ID, short code, or channel address from which the message is sent."""
        return self._data.get("from")

    @property
    def to(self) -> str | None:
        """The recipient's phone number (in [E.164](https://en.wikipedia.org/wiki/E.164) format) or
        [channel address](https://www.twilio.com/docs/messaging/channels) (e.g.
        `whatsapp:+15552229999`)"""
        return self._data.get("to")

    @property
    def date_updated(self) -> datetime.datetime | None:
        """The [RFC 2822](https://datatracker.ietf.org/doc/html/rfc2822#section-3.3) timestamp (in
        GMT) of when the Message resource was last updated"""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_updated", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_updated")
            value = cache["date_updated"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def price(self) -> decimal.Decimal | None:
        """The amount billed for the message in the currency specified by `price_unit`. The `price`
        is populated after the message has been sent/received, and may not be immediately
        availalble. View the [Pricing page](https://www.twilio.com/en-us/pricing) for more
        details."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("price", _MISSING)
        if value is _MISSING:
            raw = self._data.get("price")
            value = cache["price"] = None if raw is None else _rt_decimal_string(raw)
        return value

    @property
    def error_message(self) -> str | None:
        """The description of the `error_code` if the Message `status` is `failed` or
        `undelivered`. If no error was encountered, the value is `null`. The value returned in
        this field for a specific error cause is subject to change as Twilio improves errors.
        Users should not use the `error_code` and `error_message` fields programmatically."""
        return self._data.get("error_message")

    @property
    def uri(self) -> str | None:
        """The URI of the Message resource, relative to `https://api.twilio.com`."""
        return self._data.get("uri")

    @property
    def account_sid(self) -> str | None:
        """The SID of the [Account](https://www.twilio.com/docs/iam/api/account) associated with
        the Message resource"""
        return self._data.get("account_sid")

    @property
    def num_media(self) -> int | None:
        """The number of media files associated with the Message resource."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("num_media", _MISSING)
        if value is _MISSING:
            raw = self._data.get("num_media")
            value = cache["num_media"] = None if raw is None else _rt_int_string(raw)
        return value

    @property
    def status(self) -> MessageStatus | str | None:
        """The status of the Message. Possible values: `accepted`, `scheduled`, `canceled`,
        `queued`, `sending`, `sent`, `failed`, `delivered`, `undelivered`, `receiving`,
        `received`, or `read` (WhatsApp only). For more information, See [detailed
        descriptions](https://www.twilio.com/docs/sms/api/message-resource#message-status-
        values)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("status", _MISSING)
        if value is _MISSING:
            raw = self._data.get("status")
            value = cache["status"] = None if raw is None else _conv_status(raw)
        return value

    @property
    def messaging_service_sid(self) -> str | None:
        """The SID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-
        resource) associated with the Message resource. A unique default value is assigned if a
        Messaging Service is not used."""
        return self._data.get("messaging_service_sid")

    @property
    def sid(self) -> str | None:
        """The unique, Twilio-provided string that identifies the Message resource."""
        return self._data.get("sid")

    @property
    def date_sent(self) -> datetime.datetime | None:
        """The [RFC 2822](https://datatracker.ietf.org/doc/html/rfc2822#section-3.3) timestamp (in
        GMT) of when the Message was sent. For an outgoing message, this is when Twilio sent the
        message. For an incoming message, this is when Twilio sent the HTTP request to your
        incoming message webhook URL."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_sent", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_sent")
            value = cache["date_sent"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def date_created(self) -> datetime.datetime | None:
        """The [RFC 2822](https://datatracker.ietf.org/doc/html/rfc2822#section-3.3) timestamp (in
        GMT) of when the Message resource was created"""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("date_created", _MISSING)
        if value is _MISSING:
            raw = self._data.get("date_created")
            value = cache["date_created"] = None if raw is None else _rt_rfc2822_datetime(raw)
        return value

    @property
    def error_code(self) -> int | None:
        """The [error code](https://www.twilio.com/docs/api/errors) returned if the Message
        `status` is `failed` or `undelivered`. If no error was encountered, the value is `null`.
        The value returned in this field for a specific error cause is subject to change as
        Twilio improves errors. Users should not use the `error_code` and `error_message` fields
        programmatically."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("error_code", _MISSING)
        if value is _MISSING:
            raw = self._data.get("error_code")
            value = cache["error_code"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def price_unit(self) -> str | None:
        """The currency in which `price` is measured, in [ISO
        4127](https://www.iso.org/iso/home/standards/currency_codes.htm) format (e.g. `usd`,
        `eur`, `jpy`)."""
        return self._data.get("price_unit")

    @property
    def api_version(self) -> str | None:
        """The API version used to process the Message"""
        return self._data.get("api_version")

    @property
    def subresource_uris(self) -> dict[str, Any] | None:
        """A list of related resources identified by their URIs relative to
        `https://api.twilio.com`"""
        return self._data.get("subresource_uris")
