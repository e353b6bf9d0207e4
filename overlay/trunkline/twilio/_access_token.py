"""Access tokens for Twilio's client SDKs (Voice, Video, Conversations/Chat).

    token = AccessToken(account_sid, api_key_sid, api_key_secret, identity="alice",
                        grants=[VoiceGrant(outgoing_application_sid="AP...", incoming_allow=True)])
    jwt = token.to_jwt()

Named and shaped as twilio-python's `twilio.jwt.access_token`, so migrating is
a rename: the same header (`typ`, `alg: HS256`, `cty: twilio-fpa;v=1`, `twr`
for a region) and the same claims (`jti`, `iss`, `sub`, `exp`, `nbf` when
given, `grants`), plus `iat`. Encoding needs PyJWT: `pip install "trunkline[jwt]"`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, Final

from .._core._exceptions import ConfigurationError, InvalidParameterError

__all__ = ["AccessToken", "AccessTokenGrant", "ChatGrant", "VideoGrant", "VoiceGrant"]

_CONTENT_TYPE: Final = "twilio-fpa;v=1"


def _optional_str(owner: str, name: str, value: object) -> None:
    """Refuse a value that is neither None nor a non-empty str."""
    if value is None:
        return
    if not isinstance(value, str):
        raise InvalidParameterError(f"{owner}: {name} must be a str, not {type(value).__name__}")
    if not value:
        raise InvalidParameterError(f"{owner}: {name} must not be empty (leave it out instead)")


class AccessTokenGrant:
    """Base of the grants an `AccessToken` carries; each adds one key under `grants`."""

    __slots__ = ()

    key: ClassVar[str]

    def to_payload(self) -> dict[str, Any]:
        """This grant's object in the token's `grants` claim."""
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class VoiceGrant(AccessTokenGrant):
    """Programmable Voice: place calls through a TwiML App, receive calls to the identity."""

    key: ClassVar[str] = "voice"

    incoming_allow: bool | None = None
    outgoing_application_sid: str | None = None
    outgoing_application_params: Mapping[str, Any] | None = None
    push_credential_sid: str | None = None
    endpoint_id: str | None = None

    def __post_init__(self) -> None:
        if self.incoming_allow is not None and not isinstance(self.incoming_allow, bool):
            raise InvalidParameterError(
                "VoiceGrant: incoming_allow must be True, False or None, "
                f"not {type(self.incoming_allow).__name__}"
            )
        for name in ("outgoing_application_sid", "push_credential_sid", "endpoint_id"):
            _optional_str("VoiceGrant", name, getattr(self, name))
        params = self.outgoing_application_params
        if params is not None:
            if not isinstance(params, Mapping):
                raise InvalidParameterError(
                    "VoiceGrant: outgoing_application_params must be a mapping, "
                    f"not {type(params).__name__}"
                )
            if self.outgoing_application_sid is None:
                raise InvalidParameterError(
                    "VoiceGrant: outgoing_application_params needs outgoing_application_sid"
                )

    def to_payload(self) -> dict[str, Any]:
        """The `voice` grant as twilio-python writes it."""
        grant: dict[str, Any] = {}
        if self.incoming_allow is True:
            grant["incoming"] = {"allow": True}
        if self.outgoing_application_sid:
            outgoing: dict[str, Any] = {"application_sid": self.outgoing_application_sid}
            if self.outgoing_application_params:
                outgoing["params"] = dict(self.outgoing_application_params)
            grant["outgoing"] = outgoing
        if self.push_credential_sid:
            grant["push_credential_sid"] = self.push_credential_sid
        if self.endpoint_id:
            grant["endpoint_id"] = self.endpoint_id
        return grant


@dataclass(frozen=True, slots=True)
class VideoGrant(AccessTokenGrant):
    """Programmable Video: join rooms, or only `room` when given."""

    key: ClassVar[str] = "video"

    room: str | None = None

    def __post_init__(self) -> None:
        _optional_str("VideoGrant", "room", self.room)

    def to_payload(self) -> dict[str, Any]:
        """The `video` grant as twilio-python writes it."""
        return {"room": self.room} if self.room else {}


@dataclass(frozen=True, slots=True)
class ChatGrant(AccessTokenGrant):
    """Conversations / Programmable Chat in one service."""

    key: ClassVar[str] = "chat"

    service_sid: str | None = None
    endpoint_id: str | None = None
    deployment_role_sid: str | None = None
    push_credential_sid: str | None = None

    def __post_init__(self) -> None:
        for name in ("service_sid", "endpoint_id", "deployment_role_sid", "push_credential_sid"):
            _optional_str("ChatGrant", name, getattr(self, name))

    def to_payload(self) -> dict[str, Any]:
        """The `chat` grant as twilio-python writes it."""
        fields = ("service_sid", "endpoint_id", "deployment_role_sid", "push_credential_sid")
        return {name: getattr(self, name) for name in fields if getattr(self, name)}


def _require_str(name: str, value: object) -> str:
    """A non-empty str argument, or InvalidParameterError naming it (never showing it)."""
    if not isinstance(value, str):
        raise InvalidParameterError(
            f"AccessToken: {name} must be a str, not {type(value).__name__}"
        )
    if not value:
        raise InvalidParameterError(f"AccessToken: {name} must not be empty")
    return value


def _check_grant(grant: object) -> AccessTokenGrant:
    """`grant` if it is one of ours, else InvalidParameterError."""
    if not isinstance(grant, AccessTokenGrant):
        raise InvalidParameterError(
            "AccessToken grants must be VoiceGrant, VideoGrant or ChatGrant objects, "
            f"not {type(grant).__name__}"
        )
    return grant


def _epoch_seconds(name: str, value: object) -> int:
    """A Unix time in whole seconds from an int, float or aware datetime."""
    if isinstance(value, datetime):
        if value.utcoffset() is None:
            raise InvalidParameterError(f"AccessToken: {name} must be an aware datetime")
        return int(value.timestamp())
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidParameterError(
            f"AccessToken: {name} must be a Unix timestamp or an aware datetime, "
            f"not {type(value).__name__}"
        )
    return int(value)


def _pyjwt() -> Any:
    """PyJWT, imported on first use; ConfigurationError naming the extra when missing."""
    try:
        import jwt
    except ImportError as exc:
        raise ConfigurationError(
            'AccessToken.to_jwt needs PyJWT: pip install "trunkline[jwt]"'
        ) from exc
    if not callable(getattr(jwt, "encode", None)):
        raise ConfigurationError(
            'the installed "jwt" module is not PyJWT: pip install "trunkline[jwt]"'
        )
    return jwt


class AccessToken:
    """A signed token a Twilio client SDK (Voice, Video, Chat) authenticates with."""

    ALGORITHM: ClassVar[str] = "HS256"

    __slots__ = (
        "_grants",
        "_secret",
        "account_sid",
        "identity",
        "nbf",
        "region",
        "signing_key_sid",
        "ttl",
    )

    def __init__(
        self,
        account_sid: str,
        signing_key_sid: str,
        secret: str,
        *,
        identity: str | None = None,
        ttl: int = 3600,
        nbf: int | float | datetime | None = None,
        region: str | None = None,
        grants: Iterable[AccessTokenGrant] = (),
    ) -> None:
        """A token for `account_sid`, signed with an API key (`signing_key_sid`, `secret`)."""
        self.account_sid = _require_str("account_sid", account_sid)
        self.signing_key_sid = _require_str("signing_key_sid", signing_key_sid)
        self._secret = _require_str("secret", secret)
        _optional_str("AccessToken", "identity", identity)
        self.identity = identity
        if isinstance(ttl, bool) or not isinstance(ttl, int):
            raise InvalidParameterError(
                f"AccessToken: ttl must be an int number of seconds, not {type(ttl).__name__}"
            )
        if ttl <= 0:
            raise InvalidParameterError(f"AccessToken: ttl must be positive, not {ttl}")
        self.ttl = ttl
        self.nbf = None if nbf is None else _epoch_seconds("nbf", nbf)
        _optional_str("AccessToken", "region", region)
        self.region = region
        if isinstance(grants, AccessTokenGrant | str | bytes) or not isinstance(grants, Iterable):
            raise InvalidParameterError(
                "AccessToken: grants must be a list of grants (use add_grant for one)"
            )
        self._grants = [_check_grant(grant) for grant in grants]

    def __repr__(self) -> str:
        kinds = ", ".join(type(grant).__name__ for grant in self._grants)
        return (
            f"AccessToken(account_sid={self.account_sid!r}, "
            f"signing_key_sid={self.signing_key_sid!r}, identity={self.identity!r}, "
            f"ttl={self.ttl!r}, grants=[{kinds}])"
        )

    @property
    def grants(self) -> tuple[AccessTokenGrant, ...]:
        """The grants added so far, in order."""
        return tuple(self._grants)

    def add_grant(self, grant: AccessTokenGrant) -> None:
        """Add a grant; a later grant of the same kind replaces an earlier one in the token."""
        self._grants.append(_check_grant(grant))

    def _headers(self) -> dict[str, str]:
        """The JWT header: twilio-python's `typ`, `alg`, `cty` and, with a region, `twr`."""
        headers = {"typ": "JWT", "alg": self.ALGORITHM, "cty": _CONTENT_TYPE}
        if self.region:
            headers["twr"] = self.region
        return headers

    def _claims(self, *, now: int | None = None) -> dict[str, Any]:
        """The JWT claims as of `now` (Unix seconds; default the clock)."""
        issued = int(time.time()) if now is None else now
        grants: dict[str, Any] = {grant.key: grant.to_payload() for grant in self._grants}
        if self.identity:
            grants["identity"] = self.identity
        claims: dict[str, Any] = {
            "jti": f"{self.signing_key_sid}-{issued}",
            "grants": grants,
            "iss": self.signing_key_sid,
            "sub": self.account_sid,
            "iat": issued,
            "exp": issued + self.ttl,
        }
        if self.nbf is not None:
            claims["nbf"] = self.nbf
        return claims

    def to_jwt(self) -> str:
        """The signed token (HS256 with the API key secret), valid for `ttl` seconds."""
        jwt = _pyjwt()
        token: str = jwt.encode(
            self._claims(), self._secret, algorithm=self.ALGORITHM, headers=self._headers()
        )
        return token
