"""SendSms: POST /{format}

Send an SMS.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote as _quote

from ...models.sms_message import SmsMessage
from ...models.sms_response import SmsResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.vonage_sms.models.sms_type import SmsType

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of SendSms (for `Unpack`), per-call options included."""

        from_: Required[str]  # from
        to: Required[str]  # to
        text: str  # text
        type_: SmsType | str  # type
        ttl: int  # ttl
        status_report_req: bool  # status-report-req
        callback: str  # callback
        message_class: int  # message-class
        body: str  # body
        udh: str  # udh
        vcard: str  # vcard
        vcal: str  # vcal
        title: str  # title
        url: str  # url
        validity: str  # validity
        protocol_id: int  # protocol-id
        client_ref: str  # client-ref
        account_ref: str  # account-ref
        entity_id: str  # entity-id
        content_id: str  # content-id


METHOD = "POST"
PATH = "/{format}"
RETRY = "create"
ITEMS_KEY = "messages"
ARGS = ("format_",)
PHONES = {"to": "phone-number"}
FIXED_ARGS = {"format_": "json"}
SECURITY = (("apiKey", "apiSecret"), ("apiKey", "signature"))
RESPONSE = "json"
PAGING = None


def _get_kwargs(
    format_: Literal["json"],
    *,
    from_: str,
    to: str,
    text: str | Unset = UNSET,
    type_: SmsType | str | Unset = UNSET,
    ttl: int | Unset = UNSET,
    status_report_req: bool | Unset = UNSET,
    callback: str | Unset = UNSET,
    message_class: int | Unset = UNSET,
    body: str | Unset = UNSET,
    udh: str | Unset = UNSET,
    vcard: str | Unset = UNSET,
    vcal: str | Unset = UNSET,
    title: str | Unset = UNSET,
    url: str | Unset = UNSET,
    validity: str | Unset = UNSET,
    protocol_id: int | Unset = UNSET,
    client_ref: str | Unset = UNSET,
    account_ref: str | Unset = UNSET,
    entity_id: str | Unset = UNSET,
    content_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["from"] = from_
    _body["to"] = to
    if text is not UNSET:
        _body["text"] = text
    if type_ is not UNSET:
        _body["type"] = type_
    if ttl is not UNSET:
        _body["ttl"] = ttl
    if status_report_req is not UNSET:
        _body["status-report-req"] = status_report_req
    if callback is not UNSET:
        _body["callback"] = callback
    if message_class is not UNSET:
        _body["message-class"] = message_class
    if body is not UNSET:
        _body["body"] = body
    if udh is not UNSET:
        _body["udh"] = udh
    if vcard is not UNSET:
        _body["vcard"] = vcard
    if vcal is not UNSET:
        _body["vcal"] = vcal
    if title is not UNSET:
        _body["title"] = title
    if url is not UNSET:
        _body["url"] = url
    if validity is not UNSET:
        _body["validity"] = validity
    if protocol_id is not UNSET:
        _body["protocol-id"] = protocol_id
    if client_ref is not UNSET:
        _body["client-ref"] = client_ref
    if account_ref is not UNSET:
        _body["account-ref"] = account_ref
    if entity_id is not UNSET:
        _body["entity-id"] = entity_id
    if content_id is not UNSET:
        _body["content-id"] = content_id

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "format": _quote(str(format_), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], SmsResponse] = SmsResponse

# One element of `messages` -> a record.
_parse_item: Callable[[dict[str, Any]], SmsMessage] = SmsMessage
