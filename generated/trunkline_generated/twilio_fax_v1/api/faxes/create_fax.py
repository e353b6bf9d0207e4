"""CreateFax: POST /v1/Faxes

Send a fax

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.fax import Fax
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.twilio_fax_v1.models.fax_quality import FaxQuality

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateFax (for `Unpack`), per-call options included."""

        to: Required[str]  # To
        media_url: Required[str]  # MediaUrl
        quality: FaxQuality | str  # Quality
        status_callback: str  # StatusCallback
        from_: str  # From
        sip_auth_username: str  # SipAuthUsername
        sip_auth_password: str  # SipAuthPassword
        store_media: bool  # StoreMedia
        ttl: int  # Ttl


METHOD = "POST"
PATH = "/v1/Faxes"
RETRY = "create"
ARGS = ()
PHONES = {"to": "endpoint", "from_": "endpoint"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    *,
    to: str,
    media_url: str,
    quality: FaxQuality | str | Unset = UNSET,
    status_callback: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    sip_auth_username: str | Unset = UNSET,
    sip_auth_password: str | Unset = UNSET,
    store_media: bool | Unset = UNSET,
    ttl: int | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["To"] = to
    _body["MediaUrl"] = media_url
    if quality is not UNSET:
        _body["Quality"] = quality
    if status_callback is not UNSET:
        _body["StatusCallback"] = status_callback
    if from_ is not UNSET:
        _body["From"] = from_
    if sip_auth_username is not UNSET:
        _body["SipAuthUsername"] = sip_auth_username
    if sip_auth_password is not UNSET:
        _body["SipAuthPassword"] = sip_auth_password
    if store_media is not UNSET:
        _body["StoreMedia"] = store_media
    if ttl is not UNSET:
        _body["Ttl"] = ttl

    return {
        "method": METHOD,
        "url": PATH,
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Fax] = Fax
