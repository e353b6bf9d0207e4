"""`trunkline webhook verify`: does a captured request's signature hold, and if not, why?

The request comes from a file or stdin, as a raw HTTP/1.1 request (what
`nc -l` or a proxy's debug log prints) or as JSON `{method, url, headers,
body}`. The signature is checked against the URL as captured, then against
the URLs the provider may have signed instead (the other scheme, with and
without the port, the proxy headers applied), which names the usual reasons:
scheme or port, proxy headers, the body changed, the wrong secret, a clock.

Exit status: 0 the signature holds, 1 it does not (the reason on stdout),
2 the request or the options could not be used.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit, urlunsplit

from . import CommandError

if TYPE_CHECKING:
    from ..webhooks._proxy import ProxyHeaders

__all__ = ["add_parser"]

_SECRETS: Final = {
    "twilio": ("TWILIO_AUTH_TOKEN", "the auth token", "auth_token"),
    "messagebird": ("MESSAGEBIRD_SIGNING_KEY", "the signing key", "signing_key"),
    "vonage": ("VONAGE_SIGNATURE_SECRET", "the signature secret", "signature_secret"),
}
_SIGNATURE_HEADERS: Final = {
    "twilio": ("x-twilio-signature",),
    "messagebird": ("messagebird-signature-jwt", "messagebird-signature"),
    "vonage": ("authorization",),
}
_VONAGE_METHODS: Final = ("md5hash", "md5", "sha1", "sha256", "sha512")
_MAX_INPUT: Final = 16 * 1024 * 1024


def add_parser(sub: Any) -> None:
    """`trunkline webhook verify`."""
    webhook = sub.add_parser("webhook", help="check captured webhook requests")
    verbs = webhook.add_subparsers(dest="verb", metavar="VERB", required=True)
    parser = verbs.add_parser(
        "verify",
        help="say whether a captured request's signature holds, and if not why",
        description="Read a captured request (a raw HTTP/1.1 request or JSON {method, url, "
        "headers, body}) and check its signature; exit 0 if it holds, 1 if not, 2 on bad input.",
    )
    parser.add_argument("--provider", required=True, choices=tuple(_SECRETS))
    parser.add_argument("file", nargs="?", default="-", help="the captured request (default: -)")
    parser.add_argument(
        "--secret",
        help="the auth token / signing key / signature secret (default: TWILIO_AUTH_TOKEN, "
        "MESSAGEBIRD_SIGNING_KEY or VONAGE_SIGNATURE_SECRET)",
    )
    parser.add_argument(
        "--url", help="the URL the provider was configured with (default: from the capture)"
    )
    parser.add_argument(
        "--signature-method",
        choices=_VONAGE_METHODS,
        default="md5hash",
        help="Vonage SMS signatures: the dashboard's method (default md5hash)",
    )
    parser.set_defaults(run=run_verify)


@dataclass
class Captured:
    """The request as read: method, URL (maybe without a scheme), headers, body."""

    method: str
    url: str
    headers: dict[str, str]
    body: bytes
    scheme_known: bool


class InputError(CommandError):
    """The capture cannot be used (exit status 2)."""

    status = 2


def _read(file: str) -> bytes:
    try:
        if file == "-":
            data = sys.stdin.buffer.read(_MAX_INPUT + 1)
        else:
            with open(file, "rb") as handle:
                data = handle.read(_MAX_INPUT + 1)
    except OSError as exc:
        raise InputError(f"cannot read {file}: {exc.strerror or exc}") from None
    if len(data) > _MAX_INPUT:
        raise InputError(f"{file} is larger than 16 MiB: not a webhook request")
    if not data.strip():
        raise InputError(f"{'stdin' if file == '-' else file} is empty: no request to check")
    return data


def _from_json(data: bytes) -> Captured:
    try:
        doc = json.loads(data)
    except ValueError as exc:
        raise InputError(f"the capture is not valid JSON: {exc}") from None
    if not isinstance(doc, dict):
        raise InputError("the JSON capture must be an object {method, url, headers, body}")
    missing = [key for key in ("url", "headers") if key not in doc]
    if missing:
        raise InputError(f"the JSON capture has no {' and no '.join(missing)}")
    url, raw_headers = doc["url"], doc["headers"]
    if not isinstance(url, str) or not url:
        raise InputError("url must be the full URL the provider requested")
    if isinstance(raw_headers, dict):
        pairs = list(raw_headers.items())
    elif isinstance(raw_headers, list) and all(
        isinstance(item, list) and len(item) == 2 for item in raw_headers
    ):
        pairs = [(item[0], item[1]) for item in raw_headers]
    else:
        raise InputError("headers must be an object or a list of [name, value] pairs")
    headers: dict[str, str] = {}
    for name, value in pairs:
        if not isinstance(name, str) or not isinstance(value, str):
            raise InputError("header names and values must be strings")
        headers[name.lower()] = value
    body = doc.get("body")
    if body is None:
        raw = b""
    elif isinstance(body, str):
        raw = body.encode("utf-8")
    elif isinstance(body, dict | list):
        raw = json.dumps(body, separators=(",", ":")).encode("utf-8")
    else:
        raise InputError("body must be a string (the raw body)")
    method = doc.get("method", "POST")
    if not isinstance(method, str):
        raise InputError("method must be a string")
    return Captured(method.upper(), url, headers, raw, "://" in url)


def _dechunk(body: bytes) -> bytes:
    out, rest = b"", body
    while rest:
        line, _sep, rest = rest.partition(b"\r\n" if b"\r\n" in rest else b"\n")
        try:
            size = int(line.split(b";")[0].strip() or b"0", 16)
        except ValueError:
            raise InputError("the chunked body is malformed") from None
        if size == 0:
            break
        out += rest[:size]
        rest = rest[size:].lstrip(b"\r\n")
    return out


def _from_http(data: bytes) -> Captured:
    head, sep, body = data.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = data.partition(b"\n\n")
    lines = head.decode("latin-1").replace("\r\n", "\n").split("\n")
    parts = lines[0].split()
    if len(parts) != 3 or not parts[2].upper().startswith("HTTP/"):
        raise InputError(
            "the capture is neither JSON nor an HTTP/1.1 request "
            f"(first line: {lines[0][:60]!r}; expected e.g. 'POST /hook HTTP/1.1')"
        )
    method, target, _version = parts
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if not line.strip():
            continue
        name, colon, value = line.partition(":")
        if not colon:
            raise InputError(f"not a header line: {line[:60]!r}")
        key = name.strip().lower()
        headers[key] = f"{headers[key]}, {value.strip()}" if key in headers else value.strip()
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    if target.startswith(("http://", "https://")):
        return Captured(method.upper(), target, headers, body, True)
    host = headers.get("host")
    if not host:
        raise InputError("the request has no Host header: pass --url with the full URL")
    return Captured(method.upper(), f"http://{host}{target}", headers, body, False)


def read_capture(file: str) -> Captured:
    """The captured request in `file` ('-': stdin)."""
    data = _read(file)
    return _from_json(data) if data.lstrip()[:1] in (b"{", b"[") else _from_http(data)


# --------------------------------------------------------------------------- URL variants


def _with(url: str, *, scheme: str | None = None, netloc: str | None = None) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(scheme=scheme or parts.scheme, netloc=netloc or parts.netloc))


def _variants(cap: Captured, given: str) -> list[tuple[str, str]]:
    """(URL, why it may be the one signed), the URL as given first."""
    from ..webhooks import TrustedProxies, public_url

    out: list[tuple[str, str]] = [(given, "")]
    parts = urlsplit(given)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    kinds: tuple[tuple[ProxyHeaders, str, str], ...] = (
        ("x-forwarded", "the X-Forwarded-* headers", "x-forwarded-"),
        ("forwarded", "the Forwarded header", "forwarded"),
    )
    for kind, why, prefix in kinds:
        if not any(name.startswith(prefix) for name in cap.headers):
            continue
        # the capture does not say which proxies are trusted: trust every hop
        trust = TrustedProxies(["0.0.0.0/0", "::/0"], headers=kind)
        proxied = public_url(
            parts.scheme, parts.netloc, target, cap.headers, peer="127.0.0.1", trust=trust
        )
        out.append((proxied, why))
    schemes = {"http": "https", "https": "http"}
    for url, why in list(out):
        flipped = _with(url, scheme=schemes.get(urlsplit(url).scheme, "https"))
        out.append((flipped, f"{why + ' and ' if why else ''}the scheme"))
    for url, why in list(out):
        p = urlsplit(url)
        host = p.hostname or ""
        shown = f"[{host}]" if ":" in host else host
        default = "443" if p.scheme == "https" else "80"
        other = shown if p.port else f"{shown}:{default}"
        out.append((_with(url, netloc=other), f"{why + ' and ' if why else ''}the port"))
    seen: set[str] = set()
    unique = []
    for url, why in out:
        if url not in seen:
            seen.add(url)
            unique.append((url, why))
    return unique


# --------------------------------------------------------------------------- checking


def _checker(args: argparse.Namespace, secret: str) -> Callable[..., None]:
    from importlib import import_module

    module = import_module(f"trunkline.{args.provider}.webhooks")
    keyword = _SECRETS[args.provider][2]
    options: dict[str, Any] = {keyword: secret}
    if args.provider == "vonage":
        options["signature_method"] = args.signature_method

    def check(cap: Captured, url: str, **extra: Any) -> None:
        module.parse(cap.method, url, cap.headers, cap.body, **{**options, **extra})

    return check


def _attempt(check: Callable[..., None], cap: Captured, url: str, **extra: Any) -> str | None:
    """None if the signature holds (a payload that does not fit still counts), else why."""
    from .._core._exceptions import WebhookPayloadError, WebhookVerificationError

    try:
        check(cap, url, **extra)
    except WebhookPayloadError:
        return None
    except WebhookVerificationError as exc:
        return str(exc)
    return None


def _jwt_claims(token: str) -> dict[str, Any]:
    """A JWT's claims, unverified (only to say what the clock or a hash says)."""
    import base64

    try:
        part = token.rsplit(maxsplit=1)[-1].split(".")[1]
        data = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except (IndexError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _when(stamp: Any) -> str:
    try:
        return datetime.fromtimestamp(float(stamp), UTC).isoformat(timespec="seconds")
    except (TypeError, ValueError, OverflowError):
        return "?"


def _diagnose(
    args: argparse.Namespace, check: Callable[..., None], cap: Captured, given: str
) -> tuple[bool, list[str]]:
    """(valid, lines to print)."""
    first = _attempt(check, cap, given)
    if first is None:
        return True, [f"valid: the signature holds for {cap.method} {given}"]
    variants = _variants(cap, given)
    for url, why in variants[1:]:
        if _attempt(check, cap, url) is None:
            return False, [
                f"invalid as received: the signature holds for {url}, not for {given}",
                f"likely reason: {why} (the app must check the URL the provider requested: "
                "behind a proxy, trust its X-Forwarded-* / Forwarded headers)",
            ]
    lines = [f"invalid: {first}"]
    declared = cap.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) != len(cap.body):
        lines.append(
            f"likely reason: the body changed (Content-Length says {declared} bytes, "
            f"the body has {len(cap.body)})"
        )
        return False, lines
    lines.append(_reason(args, check, cap, given, first))
    lines.append(f"tried {len(variants)} URLs: {', '.join(url for url, _ in variants)}")
    return False, lines


def _reason(
    args: argparse.Namespace, check: Callable[..., None], cap: Captured, given: str, error: str
) -> str:
    provider = args.provider
    if provider == "twilio":
        query = urlsplit(given).query
        if "bodySHA256=" in query:
            from urllib.parse import parse_qs

            expected = parse_qs(query).get("bodySHA256", [""])[0]
            if hashlib.sha256(cap.body).hexdigest() != expected:
                return "likely reason: the body changed (its SHA-256 is not bodySHA256)"
        return (
            "likely reason: the wrong auth token (another account's, or an old one), or the "
            "form fields changed on the way"
        )
    token = cap.headers.get("messagebird-signature-jwt") or cap.headers.get("authorization")
    claims = _jwt_claims(token) if token else {}
    if claims and ("expired" in error or "not valid yet" in error or "in the future" in error):
        at = claims.get("nbf") or claims.get("iat")
        if at is not None:
            for url, _why in _variants(cap, given):
                if _attempt(check, cap, url, now=float(at) + 1) is None:
                    return (
                        f"likely reason: the clock: the signature holds, but the token was "
                        f"issued {_when(at)} and is valid until {_when(claims.get('exp'))} "
                        "(a stale capture, a replay, or a wrong clock)"
                    )
    if "payload_hash" in error or "body was altered" in error:
        return "likely reason: the body changed after it was signed"
    if "url_hash" in error:
        return "likely reason: the URL: signed for another URL than any tried (pass --url)"
    if provider == "vonage" and "sig does not match" in error:
        for method in _VONAGE_METHODS:
            if method != args.signature_method and (
                _attempt(check, cap, given, signature_method=method) is None
            ):
                return (
                    f"likely reason: the signature method: signed with {method}, not "
                    f"{args.signature_method} (pass --signature-method {method})"
                )
    if "not signed" in error:
        return "likely reason: the provider did not sign it (signing is off for this webhook)"
    return f"likely reason: the wrong {_SECRETS[provider][1]}, or the request changed on the way"


def run_verify(args: argparse.Namespace) -> int:
    """Check the capture; 0 valid, 1 invalid, 2 bad input."""
    import os

    env, what, _keyword = _SECRETS[args.provider]
    secret = args.secret or os.environ.get(env)
    if not secret:
        raise InputError(f"{what} is needed: pass --secret or set {env}")
    try:
        from importlib import import_module

        import_module(f"trunkline.{args.provider}.webhooks")
    except ImportError as exc:
        raise InputError(str(exc).split(" (")[0]) from None
    cap = read_capture(args.file)
    given = args.url or cap.url
    if "://" not in given:
        source = "--url" if args.url else "the capture's url"
        raise InputError(f"{source} must be the full URL (scheme, host, path), not {given[:60]!r}")
    if not any(cap.headers.get(name) for name in _SIGNATURE_HEADERS[args.provider]) and not (
        args.provider == "vonage" and b"sig=" in (cap.body + urlsplit(given).query.encode())
    ):
        names = " or ".join(_SIGNATURE_HEADERS[args.provider])
        print(f"invalid: the request is not signed: no {names} header")
        return 1
    check = _checker(args, secret)
    if not cap.scheme_known and not args.url:
        https = _with(given, scheme="https")
        if _attempt(check, cap, https) is None:
            given = https
    valid, lines = _diagnose(args, check, cap, given)
    print("\n".join(lines))
    return 0 if valid else 1
