"""trunkline.twilio.RequestValidator against Twilio's SDK test vectors and twilio-python itself."""

from __future__ import annotations

import hashlib
import json
import logging
import random
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlparse

import pytest
from twilio.request_validator import RequestValidator as TwilioRequestValidator

from trunkline import ConfigurationError, InvalidParameterError, WebhookVerificationError
from trunkline.twilio import RequestValidator
from trunkline.twilio import _request_validator as module

FIXTURES = Path(__file__).parents[1] / "fixtures" / "twilio"
VECTORS = json.loads((FIXTURES / "request_validator_vectors.json").read_text(encoding="utf-8"))
TOKEN = "12345"
URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
FORM = VECTORS["forms"]["documented"]
SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8="


class MultiDict(Mapping[str, str]):
    """A minimal multi-valued form, read the way Flask/aiohttp forms are (`getall`)."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._pairs = list(pairs)

    def __getitem__(self, key: str) -> str:
        for name, value in self._pairs:
            if name == key:
                return value
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys(name for name, _ in self._pairs))

    def __len__(self) -> int:
        return len(dict.fromkeys(name for name, _ in self._pairs))

    def getall(self, key: str) -> list[str]:
        return [value for name, value in self._pairs if name == key]


def _params(case: dict[str, Any]) -> Any:
    form = case["params"]
    if form == "body":
        return VECTORS["body"]
    if form == "repeated_multidict":
        return MultiDict([tuple(pair) for pair in VECTORS["forms"][form]])
    return VECTORS["forms"][form]


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda case: case["name"])
def test_sdk_vector(case: dict[str, Any]) -> None:
    validator = RequestValidator(VECTORS["auth_token"])
    params = _params(case)
    assert validator.validate(case["url"], params, case["signature"]) is case["valid"]
    if case.get("signs_url_as_given"):
        assert validator.compute_signature(case["url"], params) == case["signature"]
    if not case.get("twilio_python_raises"):
        theirs = TwilioRequestValidator(VECTORS["auth_token"])
        expected = case.get("twilio_python_valid", case["valid"])
        assert theirs.validate(case["url"], params, case["signature"]) is expected


def test_body_hash_vector() -> None:
    digest = hashlib.sha256(VECTORS["body"].encode()).hexdigest()
    assert digest == VECTORS["body_sha256"]


def test_bytes_body_validates_like_str_body() -> None:
    url = URL + "&bodySHA256=" + VECTORS["body_sha256"]
    validator = RequestValidator(TOKEN)
    assert validator.validate(url, VECTORS["body"].encode(), "a9nBmqA0ju/hNViExpshrM61xv4=")


# --- generated inputs, compared with twilio-python ------------------------------------------

_HOSTS = ["example.com", "Example.COM", "api.example.org", "bücher.example", "127.0.0.1", "h"]
_SEGMENTS = ["", "voice", "sms status", "caf\u00e9", "%20x", "a+b", "~user", "snow\u2603", "x;y"]
_KEYS = ["CallSid", "callsid", "From", "To", "Body", "Digits", "É", "a b", "x&y", "ÿ", "z" * 3]
_VALUES = ["", " ", "+14155550100", "hello world", "héllo", "a&b=c", "日本", "%2B", "0", "\u00a0"]


def _random_url(rnd: random.Random, body_hash: str | None = None) -> str:
    scheme = rnd.choice(["http", "https"])
    host = rnd.choice(_HOSTS)
    port = rnd.choice(["", "", ":443", ":80", f":{rnd.randint(1, 65535)}"])
    path = "/" + "/".join(rnd.choice(_SEGMENTS) for _ in range(rnd.randint(0, 3)))
    query_pairs = [
        f"{rnd.choice(_KEYS)}={rnd.choice([quote(rnd.choice(_VALUES)), rnd.choice(_VALUES)])}"
        for _ in range(rnd.randint(0, 3))
    ]
    if body_hash is not None:
        query_pairs.insert(rnd.randint(0, len(query_pairs)), f"bodySHA256={body_hash}")
    query = ("?" + "&".join(query_pairs)) if query_pairs else ""
    return f"{scheme}://{host}{port}{path}{query}"


def _round_trips(url: str) -> bool:
    # twilio-python only ever signs urllib's normal form; where the text differs
    # trunkline also tries it as given (tested separately below).
    return urlparse(url).geturl() == url


def _variants(url: str) -> list[str]:
    parsed = urlparse(url)
    default = "443" if parsed.scheme == "https" else "80"
    if parsed.port:
        return [url, parsed._replace(netloc=parsed.netloc.rsplit(":", 1)[0]).geturl()]
    return [url, parsed._replace(netloc=f"{parsed.netloc}:{default}").geturl()]


def _random_form(rnd: random.Random) -> list[tuple[str, str]]:
    pairs = [(rnd.choice(_KEYS), rnd.choice(_VALUES)) for _ in range(rnd.randint(0, 6))]
    if pairs and rnd.random() < 0.4:  # a repeated field, sometimes with a repeated value
        name = rnd.choice(pairs)[0]
        pairs.append((name, rnd.choice([*_VALUES, pairs[0][1]])))
    rnd.shuffle(pairs)
    return pairs


def _signature_for(rnd: random.Random, url: str, params: Any, token: str) -> str:
    """A signature that is right, made with another token, or tampered with."""
    roll = rnd.random()
    if roll < 0.6:
        return TwilioRequestValidator(token).compute_signature(rnd.choice(_variants(url)), params)
    if roll < 0.75:
        return TwilioRequestValidator(token + "x").compute_signature(url, params)
    good = TwilioRequestValidator(token).compute_signature(url, params)
    index = rnd.randrange(len(good) - 1)
    return good[:index] + ("A" if good[index] != "A" else "B") + good[index + 1 :]


def test_forms_match_twilio_python_on_generated_inputs() -> None:
    rnd = random.Random(20240611)
    checked = valid = 0
    while checked < 2000:
        url = _random_url(rnd)
        if not _round_trips(url):
            continue
        pairs = _random_form(rnd)
        token = "".join(rnd.choice("0123456789abcdef") for _ in range(32))
        multidict = MultiDict(pairs)
        as_lists: dict[str, list[str]] = {}
        for name, value in pairs:
            as_lists.setdefault(name, []).append(value)
        theirs = TwilioRequestValidator(token)
        ours = RequestValidator(token)

        assert ours.compute_signature(url, multidict) == theirs.compute_signature(url, multidict)
        assert ours.compute_signature(url, as_lists) == theirs.compute_signature(url, multidict)
        signature = _signature_for(rnd, url, multidict, token)
        expected = theirs.validate(url, multidict, signature)
        assert ours.validate(url, multidict, signature) is expected, (url, pairs, signature)
        assert ours.validate(url, as_lists, signature) is expected
        checked += 1
        valid += expected
    assert 800 < valid < 1500  # both outcomes were exercised


def test_json_bodies_match_twilio_python_on_generated_inputs() -> None:
    rnd = random.Random(7)
    checked = 0
    while checked < 500:
        body = json.dumps(
            {rnd.choice(_KEYS): rnd.choice(_VALUES) for _ in range(rnd.randint(0, 4))},
            ensure_ascii=rnd.random() < 0.5,
        )
        good_hash = hashlib.sha256(body.encode()).hexdigest()
        body_hash = good_hash if rnd.random() < 0.8 else hashlib.sha256(b"other").hexdigest()
        url = _random_url(rnd, body_hash=body_hash)
        if not _round_trips(url):
            continue
        token = "".join(rnd.choice("0123456789abcdef") for _ in range(32))
        signature = _signature_for(rnd, url, {}, token)
        if rnd.random() < 0.1:
            body += " "  # the body changed in transit
        expected = TwilioRequestValidator(token).validate(url, body, signature)
        assert RequestValidator(token).validate(url, body, signature) is expected, (url, body)
        assert RequestValidator(token).compute_signature(url, body) == (
            TwilioRequestValidator(token).compute_signature(url, {})
        )
        checked += 1


@pytest.mark.parametrize("algorithm", [None, "HMAC_SHA1", "HMAC_SHA256", "hmac_sha256"])
def test_shared_key_algorithms_match_twilio_python(algorithm: str | None) -> None:
    theirs = TwilioRequestValidator(TOKEN)
    signature = theirs.compute_signature(URL, FORM, algorithm)
    validator = RequestValidator(TOKEN)
    assert validator.compute_signature(URL, FORM, algorithm=algorithm) == signature
    assert validator.validate(URL, FORM, signature, algorithm=algorithm)
    other = "HMAC_SHA1" if algorithm and algorithm.upper() == "HMAC_SHA256" else "HMAC_SHA256"
    assert not validator.validate(URL, FORM, signature, algorithm=other)


def test_unsupported_algorithm_fails_validation_and_compute_refuses_it() -> None:
    validator = RequestValidator(TOKEN)
    with pytest.raises(WebhookVerificationError, match="unsupported signature algorithm 'MD5'"):
        validator.validate_or_raise(URL, FORM, SIGNATURE, algorithm="MD5")
    assert not validator.validate(URL, FORM, SIGNATURE, algorithm="MD5")
    with pytest.raises(InvalidParameterError, match="HMAC_SHA1 or HMAC_SHA256"):
        validator.compute_signature(URL, FORM, algorithm="MD5")


# --- deliberate differences from twilio-python -----------------------------------------------


def test_port_is_removed_without_breaking_credentials_or_ipv6() -> None:
    validator = RequestValidator(TOKEN)
    for with_port, without_port in [
        ("https://user:pw@example.com:8443/hook", "https://user:pw@example.com/hook"),
        ("http://[2001:db8::1]:8080/hook?x=1", "http://[2001:db8::1]/hook?x=1"),
    ]:
        signature = validator.compute_signature(without_port, FORM)
        assert validator.validate(with_port, FORM, signature)
        # twilio-python's split(":") cuts the netloc at the first colon here.
        assert not TwilioRequestValidator(TOKEN).validate(with_port, FORM, signature)


def test_url_is_also_tried_exactly_as_given() -> None:
    url = "https://example.com/hook?"  # urllib normalises the empty query away
    validator = RequestValidator(TOKEN)
    signature = validator.compute_signature(url, FORM)
    assert validator.validate(url, FORM, signature)
    assert not TwilioRequestValidator(TOKEN).validate(url, FORM, signature)


def test_plain_dict_of_lists_is_a_repeated_field() -> None:
    validator = RequestValidator(TOKEN)
    repeated = {"Sid": "CA123", "SidAccount": "AC123", "Digits": ("1234", "5678")}
    assert validator.compute_signature(URL, repeated) == "IK+Dwps556ElfBT0I3Rgjkr1wJU="


def test_django_style_getlist_is_read() -> None:
    class QueryDict(dict[str, str]):
        def getlist(self, key: str) -> list[str]:
            return ["5678", "1234"] if key == "Digits" else [self[key]]

    form = QueryDict(Sid="CA123", SidAccount="AC123", Digits="5678")
    assert RequestValidator(TOKEN).compute_signature(URL, form) == "IK+Dwps556ElfBT0I3Rgjkr1wJU="


# --- rotation, reasons, bad input, secrecy ---------------------------------------------------


def test_any_of_several_tokens_validates() -> None:
    validator = RequestValidator(["new-token-000000000000000000000000", TOKEN])
    assert validator.validate(URL, FORM, SIGNATURE)
    assert validator.compute_signature(URL, FORM) != SIGNATURE  # signs with the first
    assert not RequestValidator(["a", "b"]).validate(URL, FORM, SIGNATURE)


@pytest.mark.parametrize(
    ("url", "params", "signature", "reason"),
    [
        (URL, FORM, None, "no X-Twilio-Signature"),
        (URL, FORM, "", "no X-Twilio-Signature"),
        (URL, FORM, "bm9wZQ==", "does not match"),
        (URL, {**FORM, "Digits": "9999"}, SIGNATURE, "does not match"),
        (URL, VECTORS["body"], SIGNATURE, "no bodySHA256 parameter"),
        ("https://mycompany.com:99999/x", FORM, SIGNATURE, "invalid port"),
        ("https://mycompany.com:ab/x", FORM, SIGNATURE, "invalid port"),
        (URL, FORM, "ünïcode", "does not match"),
    ],
)
def test_failures_say_why(url: str, params: Any, signature: str | None, reason: str) -> None:
    validator = RequestValidator(TOKEN)
    with pytest.raises(WebhookVerificationError, match=reason):
        validator.validate_or_raise(url, params, signature)
    assert validator.validate(url, params, signature) is False


def test_changed_json_body_fails_on_body_sha256() -> None:
    url = URL + "&bodySHA256=" + VECTORS["body_sha256"]
    validator = RequestValidator(TOKEN)
    signature = "a9nBmqA0ju/hNViExpshrM61xv4="
    validator.validate_or_raise(url, VECTORS["body"], signature)
    with pytest.raises(WebhookVerificationError, match="bodySHA256 does not match the body"):
        validator.validate_or_raise(url, VECTORS["body"] + " ", signature)


def test_empty_raw_body_without_body_sha256_signs_the_url_alone() -> None:
    validator = RequestValidator(TOKEN)
    signature = validator.compute_signature(URL, None)
    assert validator.validate(URL, b"", signature)
    assert validator.validate(URL, None, signature)
    assert validator.validate(URL, {}, signature)


@pytest.mark.parametrize("token", ["", [], [""], ["ok", ""], [b"bytes"], b"bytes", None, 12345])
def test_bad_tokens_are_configuration_errors(token: Any) -> None:
    with pytest.raises(ConfigurationError, match="auth token"):
        RequestValidator(token)


@pytest.mark.parametrize(
    ("params", "reason"),
    [
        ({"Digits": 1234}, "form field 'Digits'"),
        ({"Digits": None}, "form field 'Digits'"),
        ({"Digits": ["1", 2]}, "form field 'Digits'"),
        ({1: "x"}, "names must be str"),
        ([("Digits", "1")], "params must be a mapping"),
    ],
)
def test_bad_params_are_typed_errors(params: Any, reason: str) -> None:
    validator = RequestValidator(TOKEN)
    with pytest.raises(InvalidParameterError, match=reason):
        validator.validate(URL, params, SIGNATURE)
    with pytest.raises(InvalidParameterError, match=reason):
        validator.compute_signature(URL, params)


def test_non_str_url_or_signature_is_a_typed_error() -> None:
    validator = RequestValidator(TOKEN)
    with pytest.raises(InvalidParameterError, match="url must be a str"):
        validator.validate(b"https://x", FORM, SIGNATURE)  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError, match="signature must be a str"):
        validator.validate(URL, FORM, b"sig")  # type: ignore[arg-type]


def test_tokens_never_appear_in_repr_messages_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    secret = "s3cr3t-auth-token-0123456789abcdef"
    validator = RequestValidator([secret, secret + "2"])
    assert secret not in repr(validator)
    assert repr(validator) == "RequestValidator(<2 auth tokens>)"
    caplog.set_level(logging.DEBUG)
    messages = []
    for args in [(URL, FORM, "x"), (URL, FORM, None), (URL, VECTORS["body"], "x")]:
        with pytest.raises(WebhookVerificationError) as info:
            validator.validate_or_raise(*args)
        messages.append(str(info.value))
    assert all(secret not in message for message in messages)
    assert secret not in caplog.text


def test_signatures_are_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = module.hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(module.hmac, "compare_digest", spy)
    assert RequestValidator(TOKEN).validate(URL, FORM, SIGNATURE)
    assert (SIGNATURE.encode(), SIGNATURE.encode()) in calls


def test_importing_the_package_does_not_load_the_validator() -> None:
    script = textwrap.dedent(
        """
        import sys
        import trunkline.twilio
        lazy = ("trunkline.twilio._request_validator", "trunkline.twilio._access_token", "jwt")
        print(sorted(name for name in lazy if name in sys.modules))
        from trunkline.twilio import RequestValidator
        print(RequestValidator.__module__)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split("\n")[:2] == ["[]", "trunkline.twilio._request_validator"]
