"""`client.voice.calls`: the generated resource, plus one method per call action.

client.voice.calls.hangup(uuid)          # and mute, unmute, earmuff, unearmuff
client.voice.calls.transfer(uuid, ncco=[ncco.Talk(text="Bye")])
client.voice.calls.transfer(uuid, answer_url="https://example.com/ncco")
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from trunkline_generated.vonage_voice.resources import voice as _voice
from trunkline_generated.vonage_voice.resources import voice_calls as _calls

from ..._core._exceptions import InvalidParameterError

__all__ = ["AsyncVoice", "AsyncVoiceCalls", "Voice", "VoiceCalls"]


def _destination(ncco: Sequence[Any] | None, answer_url: str | None) -> dict[str, Any]:
    """Where a transferred call goes: an NCCO, or the URL that answers with one."""
    if (ncco is None) == (answer_url is None):
        raise InvalidParameterError("transfer: give exactly one of ncco or answer_url")
    if answer_url is not None:
        if not isinstance(answer_url, str) or not answer_url.startswith(("https://", "http://")):
            raise InvalidParameterError(f"transfer: answer_url {answer_url!r} is no http(s) URL")
        return {"type": "ncco", "url": [answer_url]}
    if isinstance(ncco, Mapping | str) or not isinstance(ncco, Sequence) or not ncco:
        raise InvalidParameterError("transfer: ncco is a non-empty list of NCCO actions")
    return {"type": "ncco", "ncco": list(ncco)}


class VoiceCalls(_calls.VoiceCalls):
    """Voice calls, with `hangup`, `mute`, `unmute`, `earmuff`, `unearmuff` and `transfer`."""

    def hangup(self, uuid: str) -> None:
        """End the call."""
        self.update(uuid, action="hangup")

    def mute(self, uuid: str) -> None:
        """Mute the call (the other party hears nothing from it)."""
        self.update(uuid, action="mute")

    def unmute(self, uuid: str) -> None:
        """Unmute the call."""
        self.update(uuid, action="unmute")

    def earmuff(self, uuid: str) -> None:
        """Earmuff the call (it hears nothing)."""
        self.update(uuid, action="earmuff")

    def unearmuff(self, uuid: str) -> None:
        """Unearmuff the call."""
        self.update(uuid, action="unearmuff")

    def transfer(
        self, uuid: str, *, ncco: Sequence[Any] | None = None, answer_url: str | None = None
    ) -> None:
        """Run another NCCO on the call: `ncco` (actions or plain dicts) or `answer_url`."""
        self.update(uuid, action="transfer", destination=_destination(ncco, answer_url))


class AsyncVoiceCalls(_calls.AsyncVoiceCalls):
    """Voice calls, awaitable, with one method per call action."""

    async def hangup(self, uuid: str) -> None:
        """End the call."""
        await self.update(uuid, action="hangup")

    async def mute(self, uuid: str) -> None:
        """Mute the call."""
        await self.update(uuid, action="mute")

    async def unmute(self, uuid: str) -> None:
        """Unmute the call."""
        await self.update(uuid, action="unmute")

    async def earmuff(self, uuid: str) -> None:
        """Earmuff the call."""
        await self.update(uuid, action="earmuff")

    async def unearmuff(self, uuid: str) -> None:
        """Unearmuff the call."""
        await self.update(uuid, action="unearmuff")

    async def transfer(
        self, uuid: str, *, ncco: Sequence[Any] | None = None, answer_url: str | None = None
    ) -> None:
        """Run another NCCO on the call: `ncco` (actions or plain dicts) or `answer_url`."""
        await self.update(uuid, action="transfer", destination=_destination(ncco, answer_url))


class Voice(_voice.Voice):
    """The Voice API, whose `calls` have one method per action."""

    if TYPE_CHECKING:
        calls: VoiceCalls


class AsyncVoice(_voice.AsyncVoice):
    """The Voice API, awaitable."""

    if TYPE_CHECKING:
        calls: AsyncVoiceCalls
