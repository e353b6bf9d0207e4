"""What a helper checks before anything is sent (no generated code loaded here)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from ..._core._exceptions import InvalidParameterError

__all__ = ["MAX_MEDIA", "call_target", "mms_media"]

MAX_MEDIA = 10  # Twilio's limit of media items in one message


def mms_media(media_urls: str | Sequence[str], body: str | None) -> list[str]:
    """The media URLs of an MMS, checked: 1 to 10 absolute http(s) URLs."""
    urls = [media_urls] if isinstance(media_urls, str) else list(media_urls)
    if not urls:
        raise InvalidParameterError("send_mms: media_urls needs at least one URL")
    if len(urls) > MAX_MEDIA:
        raise InvalidParameterError(
            f"send_mms: media_urls takes at most {MAX_MEDIA} URLs, not {len(urls)}"
        )
    for url in urls:
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
            raise InvalidParameterError(f"send_mms: {url!r} is no absolute http(s) URL")
    if body is not None and not isinstance(body, str):
        raise InvalidParameterError(f"send_mms: body must be a str, not {type(body).__name__}")
    return urls


def call_target(url: str | None, twiml: str | None, application_sid: str | None) -> dict[str, Any]:
    """What a new call runs: exactly one of `url`, `twiml`, `application_sid`."""
    given = {
        name: value
        for name, value in (("url", url), ("twiml", twiml), ("application_sid", application_sid))
        if value is not None
    }
    if len(given) != 1:
        raise InvalidParameterError(
            "make: give exactly one of url, twiml or application_sid "
            f"(what the call runs), not {sorted(given) or 'none'}"
        )
    return given
