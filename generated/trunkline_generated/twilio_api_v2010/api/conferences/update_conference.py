"""UpdateConference: POST /2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json

End a conference, or play an announcement to its participants

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.conference import Conference
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.models.conference_update_status import (
        ConferenceUpdateStatus,
    )
    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateConference (for `Unpack`), per-call options included."""

        status: ConferenceUpdateStatus | str  # Status
        announce_url: str  # AnnounceUrl
        announce_method: HttpMethod | str  # AnnounceMethod


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json"
RETRY = "create"
ARGS = ("account_sid", "sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$", "sid": "^CF[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    sid: str,
    *,
    status: ConferenceUpdateStatus | str | Unset = UNSET,
    announce_url: str | Unset = UNSET,
    announce_method: HttpMethod | str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if status is not UNSET:
        _body["Status"] = status
    if announce_url is not UNSET:
        _body["AnnounceUrl"] = announce_url
    if announce_method is not UNSET:
        _body["AnnounceMethod"] = announce_method

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
                "Sid": _quote(str(sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Conference] = Conference
