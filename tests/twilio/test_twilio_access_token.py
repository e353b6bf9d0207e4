"""trunkline.twilio.AccessToken makes the tokens twilio-python makes."""

from __future__ import annotations

import itertools
import sys
import time
from datetime import UTC, datetime
from typing import Any

import jwt
import pytest
from twilio.jwt.access_token import AccessToken as TwilioAccessToken
from twilio.jwt.access_token import grants as twilio_grants

from trunkline import ConfigurationError, InvalidParameterError
from trunkline.twilio import AccessToken, ChatGrant, VideoGrant, VoiceGrant

ACCOUNT_SID = "AC" + "a" * 32
KEY_SID = "SK" + "b" * 32
SECRET = "c" * 32  # Twilio API key secrets are 32 characters

# Each entry: our grant and twilio-python's, built from the same arguments.
GRANT_KWARGS: dict[str, list[dict[str, Any]]] = {
    "voice": [
        {},
        {"incoming_allow": True},
        {"incoming_allow": False, "push_credential_sid": "CR" + "1" * 32},
        {"outgoing_application_sid": "AP" + "2" * 32},
        {
            "outgoing_application_sid": "AP" + "2" * 32,
            "outgoing_application_params": {"To": "+14155550100", "mode": "test"},
            "incoming_allow": True,
            "endpoint_id": "alice-device-1",
        },
        {"outgoing_application_sid": "AP" + "2" * 32, "outgoing_application_params": {}},
    ],
    "video": [{}, {"room": "DailyStandup"}],
    "chat": [
        {},
        {"service_sid": "IS" + "3" * 32},
        {
            "service_sid": "IS" + "3" * 32,
            "endpoint_id": "app:alice:device",
            "deployment_role_sid": "RL" + "4" * 32,
            "push_credential_sid": "CR" + "5" * 32,
        },
    ],
}
OURS = {"voice": VoiceGrant, "video": VideoGrant, "chat": ChatGrant}
THEIRS = {
    "voice": twilio_grants.VoiceGrant,
    "video": twilio_grants.VideoGrant,
    "chat": twilio_grants.ChatGrant,
}


def _grant_sets() -> list[list[tuple[str, dict[str, Any]]]]:
    sets: list[list[tuple[str, dict[str, Any]]]] = [[]]
    sets += [[(kind, kwargs)] for kind, options in GRANT_KWARGS.items() for kwargs in options]
    for size in (2, 3):
        for kinds in itertools.combinations(GRANT_KWARGS, size):
            sets.append([(kind, GRANT_KWARGS[kind][-1]) for kind in kinds])
    return sets


def _decode(token: str, secret: str = SECRET) -> tuple[dict[str, Any], dict[str, Any]]:
    header = jwt.get_unverified_header(token)
    claims = jwt.decode(token, secret, algorithms=["HS256"])
    return header, claims


@pytest.mark.parametrize("grant_set", _grant_sets(), ids=lambda grants: repr(grants)[:60])
@pytest.mark.parametrize(
    ("identity", "region", "ttl", "nbf"),
    [
        (None, None, 3600, None),
        ("alice", None, 600, None),
        ("bob@example.com", "au1", 86400, "past"),
        ("carol", "ie1", 60, None),
    ],
)
def test_token_matches_twilio_python(
    grant_set: list[tuple[str, dict[str, Any]]],
    identity: str | None,
    region: str | None,
    ttl: int,
    nbf: str | None,
) -> None:
    not_before = int(time.time()) - 30 if nbf else None
    ours = AccessToken(
        ACCOUNT_SID,
        KEY_SID,
        SECRET,
        identity=identity,
        ttl=ttl,
        nbf=not_before,
        region=region,
        grants=[OURS[kind](**kwargs) for kind, kwargs in grant_set],
    ).to_jwt()
    theirs = TwilioAccessToken(
        ACCOUNT_SID,
        KEY_SID,
        SECRET,
        grants=[THEIRS[kind](**kwargs) for kind, kwargs in grant_set],
        identity=identity,
        nbf=not_before,
        ttl=ttl,
        region=region,
    ).to_jwt()

    assert ours.split(".")[0] == theirs.split(".")[0]  # the very same header bytes
    our_header, our_claims = _decode(ours)
    their_header, their_claims = _decode(theirs)
    assert our_header == their_header
    assert our_header["cty"] == "twilio-fpa;v=1"
    assert our_header.get("twr") == region

    iat = our_claims.pop("iat")
    assert our_claims["exp"] - iat == ttl
    assert our_claims.pop("jti") == f"{KEY_SID}-{iat}"
    assert their_claims.pop("jti").startswith(f"{KEY_SID}-")
    assert abs(our_claims.pop("exp") - their_claims.pop("exp")) <= 2
    assert our_claims == their_claims
    assert iat <= time.time() + 1


def test_add_grant_and_the_grants_property() -> None:
    token = AccessToken(ACCOUNT_SID, KEY_SID, SECRET, identity="alice")
    token.add_grant(VideoGrant(room="a"))
    token.add_grant(VideoGrant(room="b"))
    token.add_grant(VoiceGrant(incoming_allow=True))
    assert token.grants == (VideoGrant(room="a"), VideoGrant(room="b"), VoiceGrant(True))
    theirs = TwilioAccessToken(ACCOUNT_SID, KEY_SID, SECRET, identity="alice", nbf=None)
    for grant in (
        twilio_grants.VideoGrant(room="a"),
        twilio_grants.VideoGrant(room="b"),
        twilio_grants.VoiceGrant(incoming_allow=True),
    ):
        theirs.add_grant(grant)
    # As in twilio-python, a later grant of one kind replaces an earlier one.
    assert _decode(token.to_jwt())[1]["grants"] == _decode(theirs.to_jwt())[1]["grants"]
    assert _decode(token.to_jwt())[1]["grants"]["video"] == {"room": "b"}


def test_nbf_may_be_an_aware_datetime() -> None:
    start = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    token = AccessToken(ACCOUNT_SID, KEY_SID, SECRET, nbf=start).to_jwt()
    claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_nbf": False})
    assert claims["nbf"] == int(start.timestamp())
    with pytest.raises(jwt.ImmatureSignatureError):
        jwt.decode(token, SECRET, algorithms=["HS256"])


def test_token_does_not_decode_with_another_secret() -> None:
    token = AccessToken(ACCOUNT_SID, KEY_SID, SECRET, grants=[VideoGrant()]).to_jwt()
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(token, "d" * 32, algorithms=["HS256"])


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"account_sid": ""}, "account_sid must not be empty"),
        ({"signing_key_sid": ""}, "signing_key_sid must not be empty"),
        ({"secret": ""}, "secret must not be empty"),
        ({"account_sid": None}, "account_sid must be a str"),
        ({"ttl": -1}, "ttl must be positive"),
        ({"ttl": 0}, "ttl must be positive"),
        ({"ttl": 1.5}, "ttl must be an int"),
        ({"ttl": True}, "ttl must be an int"),
        ({"identity": ""}, "identity must not be empty"),
        ({"identity": 7}, "identity must be a str"),
        ({"region": ""}, "region must not be empty"),
        ({"nbf": datetime(2030, 1, 1)}, "aware datetime"),
        ({"nbf": "soon"}, "nbf must be a Unix timestamp"),
        ({"grants": [object()]}, "grants must be VoiceGrant, VideoGrant or ChatGrant"),
        ({"grants": [{"voice": {}}]}, "grants must be VoiceGrant"),
        ({"grants": [twilio_grants.VideoGrant()]}, "grants must be VoiceGrant"),
        ({"grants": VideoGrant()}, "grants must be a list"),
    ],
)
def test_bad_token_input_is_a_typed_error(kwargs: dict[str, Any], reason: str) -> None:
    arguments: dict[str, Any] = {
        "account_sid": ACCOUNT_SID,
        "signing_key_sid": KEY_SID,
        "secret": SECRET,
        **kwargs,
    }
    with pytest.raises(InvalidParameterError, match=reason) as info:
        AccessToken(**arguments)
    assert isinstance(info.value, ValueError)  # twilio-python raises ValueError too
    assert SECRET not in str(info.value)


def test_add_grant_refuses_a_non_grant() -> None:
    token = AccessToken(ACCOUNT_SID, KEY_SID, SECRET)
    with pytest.raises(InvalidParameterError, match="not VoiceGrant"):
        token.add_grant(twilio_grants.VoiceGrant())  # type: ignore[arg-type]
    assert token.grants == ()


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda: VoiceGrant(incoming_allow="yes"), "incoming_allow must be True, False or None"),
        (lambda: VoiceGrant(outgoing_application_sid=""), "must not be empty"),
        (lambda: VoiceGrant(outgoing_application_params={"a": 1}), "needs outgoing_application"),
        (
            lambda: VoiceGrant(outgoing_application_sid="AP1", outgoing_application_params=[1]),
            "must be a mapping",
        ),
        (lambda: VideoGrant(room=3), "room must be a str"),
        (lambda: ChatGrant(service_sid=""), "service_sid must not be empty"),
    ],
)
def test_bad_grant_input_is_a_typed_error(make: Any, reason: str) -> None:
    with pytest.raises(InvalidParameterError, match=reason):
        make()


def test_grants_are_immutable_values() -> None:
    grant = VideoGrant(room="a")
    assert grant == VideoGrant("a")
    with pytest.raises(AttributeError):
        grant.room = "b"  # type: ignore[misc]


def test_secret_never_appears_in_repr() -> None:
    token = AccessToken(ACCOUNT_SID, KEY_SID, SECRET, identity="alice", grants=[VideoGrant()])
    assert SECRET not in repr(token)
    assert "VideoGrant" in repr(token)
    assert not hasattr(token, "__dict__")


def test_missing_pyjwt_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jwt", None)  # makes `import jwt` raise ImportError
    token = AccessToken(ACCOUNT_SID, KEY_SID, SECRET)
    with pytest.raises(ConfigurationError, match=r'pip install "trunkline\[jwt\]"'):
        token.to_jwt()
