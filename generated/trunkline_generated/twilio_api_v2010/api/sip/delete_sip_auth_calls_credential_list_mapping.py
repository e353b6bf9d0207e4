"""DeleteSipAuthCallsCredentialListMapping: DELETE /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings/{Sid}.json

Delete a credential list mapping from the requested domain

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

if TYPE_CHECKING:
    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of DeleteSipAuthCallsCredentialListMapping (for `Unpack`), per-call options included."""


METHOD = "DELETE"
PATH = "/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings/{Sid}.json"
RETRY = "safe"
ARGS = ("account_sid", "domain_sid", "sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {
    "account_sid": "^AC[0-9a-fA-F]{32}$",
    "domain_sid": "^SD[0-9a-fA-F]{32}$",
    "sid": "^CL[0-9a-fA-F]{32}$",
}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "none"


def _get_kwargs(
    account_sid: str,
    domain_sid: str,
    sid: str,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
                "DomainSid": _quote(str(domain_sid), safe=""),
                "Sid": _quote(str(sid), safe=""),
            }
        ),
    }


def _parse_response(payload: Any) -> None:
    """This operation answers with no body."""
    return None
