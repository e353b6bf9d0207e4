"""CreateMessageFeedback: POST /2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json

Create Message Feedback to confirm a tracked user action was performed by the recipient of
the associated Message

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.message_feedback import MessageFeedback
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.models.message_feedback_outcome import (
        MessageFeedbackOutcome,
    )

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateMessageFeedback (for `Unpack`), per-call options included."""

        outcome: MessageFeedbackOutcome | str  # Outcome


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Feedback.json"
RETRY = "create"
ARGS = ("account_sid", "message_sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$", "message_sid": "^(SM|MM)[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    message_sid: str,
    *,
    outcome: MessageFeedbackOutcome | str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if outcome is not UNSET:
        _body["Outcome"] = outcome

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
                "MessageSid": _quote(str(message_sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], MessageFeedback] = MessageFeedback
