"""UpdateParticipant: POST /2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json

Update the properties of the participant

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.participant import Participant
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateParticipant (for `Unpack`), per-call options included."""

        muted: bool  # Muted
        hold: bool  # Hold
        hold_url: str  # HoldUrl
        hold_method: HttpMethod | str  # HoldMethod
        announce_url: str  # AnnounceUrl
        announce_method: HttpMethod | str  # AnnounceMethod
        wait_url: str  # WaitUrl
        wait_method: HttpMethod | str  # WaitMethod
        beep_on_exit: bool  # BeepOnExit
        end_conference_on_exit: bool  # EndConferenceOnExit
        coaching: bool  # Coaching
        call_sid_to_coach: str  # CallSidToCoach


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/Conferences/{ConferenceSid}/Participants/{CallSid}.json"
RETRY = "create"
ARGS = ("account_sid", "conference_sid", "call_sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$", "conference_sid": "^CF[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    conference_sid: str,
    call_sid: str,
    *,
    muted: bool | Unset = UNSET,
    hold: bool | Unset = UNSET,
    hold_url: str | Unset = UNSET,
    hold_method: HttpMethod | str | Unset = UNSET,
    announce_url: str | Unset = UNSET,
    announce_method: HttpMethod | str | Unset = UNSET,
    wait_url: str | Unset = UNSET,
    wait_method: HttpMethod | str | Unset = UNSET,
    beep_on_exit: bool | Unset = UNSET,
    end_conference_on_exit: bool | Unset = UNSET,
    coaching: bool | Unset = UNSET,
    call_sid_to_coach: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if muted is not UNSET:
        _body["Muted"] = muted
    if hold is not UNSET:
        _body["Hold"] = hold
    if hold_url is not UNSET:
        _body["HoldUrl"] = hold_url
    if hold_method is not UNSET:
        _body["HoldMethod"] = hold_method
    if announce_url is not UNSET:
        _body["AnnounceUrl"] = announce_url
    if announce_method is not UNSET:
        _body["AnnounceMethod"] = announce_method
    if wait_url is not UNSET:
        _body["WaitUrl"] = wait_url
    if wait_method is not UNSET:
        _body["WaitMethod"] = wait_method
    if beep_on_exit is not UNSET:
        _body["BeepOnExit"] = beep_on_exit
    if end_conference_on_exit is not UNSET:
        _body["EndConferenceOnExit"] = end_conference_on_exit
    if coaching is not UNSET:
        _body["Coaching"] = coaching
    if call_sid_to_coach is not UNSET:
        _body["CallSidToCoach"] = call_sid_to_coach

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
                "ConferenceSid": _quote(str(conference_sid), safe=""),
                "CallSid": _quote(str(call_sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Participant] = Participant
