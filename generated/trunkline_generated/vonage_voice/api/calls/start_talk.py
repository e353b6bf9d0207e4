"""StartTalk: PUT /{uuid}/talk

Speak text into a call.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.call_command_response import CallCommandResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.vonage_voice.models.talk_language import TalkLanguage
    from trunkline_generated.vonage_voice.models.talk_voice_name import TalkVoiceName

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of StartTalk (for `Unpack`), per-call options included."""

        text: Required[str]  # text
        language: TalkLanguage | str  # language
        style: int  # style
        voice_name: TalkVoiceName | str  # voice_name
        loop: int  # loop
        level: str  # level


METHOD = "PUT"
PATH = "/{uuid}/talk"
RETRY = "create"
ARGS = ("uuid",)
SECURITY = (("bearerAuth",),)
RESPONSE = "json"


def _get_kwargs(
    uuid: str,
    *,
    text: str,
    language: TalkLanguage | str | Unset = UNSET,
    style: int | Unset = UNSET,
    voice_name: TalkVoiceName | str | Unset = UNSET,
    loop: int | Unset = UNSET,
    level: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["text"] = text
    if language is not UNSET:
        _body["language"] = language
    if style is not UNSET:
        _body["style"] = style
    if voice_name is not UNSET:
        _body["voice_name"] = voice_name
    if loop is not UNSET:
        _body["loop"] = loop
    if level is not UNSET:
        _body["level"] = level

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "uuid": _quote(str(uuid), safe=""),
            }
        ),
        "json": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], CallCommandResponse] = CallCommandResponse
