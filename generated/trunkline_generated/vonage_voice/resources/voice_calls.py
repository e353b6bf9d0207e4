"""Resource `voice.calls`: generated from the spec. Do not edit.

create: CreateCall (POST /)
get: GetCall (GET /{uuid})
list: GetCalls (GET /)
update: UpdateCall (PUT /{uuid})
"""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.vonage_voice.inputs.call_endpoint_phone import CallEndpointPhone
    from trunkline_generated.vonage_voice.inputs.call_endpoint_sip import CallEndpointSip
    from trunkline_generated.vonage_voice.inputs.call_endpoint_vbc import CallEndpointVbc
    from trunkline_generated.vonage_voice.inputs.call_endpoint_websocket import (
        CallEndpointWebsocket,
    )
    from trunkline_generated.vonage_voice.inputs.call_phone_from import CallPhoneFrom
    from trunkline_generated.vonage_voice.inputs.ncco_connect import NccoConnect
    from trunkline_generated.vonage_voice.inputs.ncco_conversation import NccoConversation
    from trunkline_generated.vonage_voice.inputs.ncco_input import NccoInput
    from trunkline_generated.vonage_voice.inputs.ncco_record import NccoRecord
    from trunkline_generated.vonage_voice.inputs.ncco_stream import NccoStream
    from trunkline_generated.vonage_voice.inputs.ncco_talk import NccoTalk
    from trunkline_generated.vonage_voice.inputs.transfer_destination import TransferDestination
    from trunkline_generated.vonage_voice.models.call import Call
    from trunkline_generated.vonage_voice.models.call_action import CallAction
    from trunkline_generated.vonage_voice.models.call_status import CallStatus
    from trunkline_generated.vonage_voice.models.create_call_response import CreateCallResponse
    from trunkline_generated.vonage_voice.models.http_method import HttpMethod
    from trunkline_generated.vonage_voice.models.list_order import ListOrder
    from trunkline_generated.vonage_voice.models.machine_detection import MachineDetection
    from trunkline_generated.vonage_voice.resources.voice_calls_dtmf import (
        AsyncVoiceCallsDtmf,
        VoiceCallsDtmf,
    )
    from trunkline_generated.vonage_voice.resources.voice_calls_stream import (
        AsyncVoiceCallsStream,
        VoiceCallsStream,
    )
    from trunkline_generated.vonage_voice.resources.voice_calls_talk import (
        AsyncVoiceCallsTalk,
        VoiceCallsTalk,
    )

__all__ = ["AsyncVoiceCalls", "VoiceCalls"]


class VoiceCalls(SyncAPIResource):
    """`voice.calls` (CreateCall, GetCall, GetCalls, UpdateCall)."""

    _package = "vonage_voice"

    @cached_property
    def dtmf(self) -> VoiceCallsDtmf:
        """`voice.calls.dtmf`: send()"""
        resource: VoiceCallsDtmf = self._child(
            "voice.calls.dtmf",
            "trunkline_generated.vonage_voice.resources.voice_calls_dtmf",
            "VoiceCallsDtmf",
        )
        return resource

    @cached_property
    def stream(self) -> VoiceCallsStream:
        """`voice.calls.stream`: start(), stop()"""
        resource: VoiceCallsStream = self._child(
            "voice.calls.stream",
            "trunkline_generated.vonage_voice.resources.voice_calls_stream",
            "VoiceCallsStream",
        )
        return resource

    @cached_property
    def talk(self) -> VoiceCallsTalk:
        """`voice.calls.talk`: start(), stop()"""
        resource: VoiceCallsTalk = self._child(
            "voice.calls.talk",
            "trunkline_generated.vonage_voice.resources.voice_calls_talk",
            "VoiceCallsTalk",
        )
        return resource

    @_api_method
    def create(
        self,
        *,
        to: builtins.list[
            CallEndpointPhone
            | CallEndpointSip
            | CallEndpointWebsocket
            | CallEndpointVbc
            | Mapping[str, Any]
        ],
        from_: CallPhoneFrom | Mapping[str, Any] | Unset = UNSET,
        random_from_number: bool | Unset = UNSET,
        ncco: builtins.list[
            NccoConnect
            | NccoConversation
            | NccoInput
            | NccoRecord
            | NccoStream
            | NccoTalk
            | Mapping[str, Any]
        ]
        | Unset = UNSET,
        answer_url: builtins.list[str] | Unset = UNSET,
        answer_method: HttpMethod | str | Unset = UNSET,
        event_url: builtins.list[str] | Unset = UNSET,
        event_method: HttpMethod | str | Unset = UNSET,
        machine_detection: MachineDetection | str | Unset = UNSET,
        length_timer: int | Unset = UNSET,
        ringing_timer: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateCallResponse:
        """Create an outbound call.

        Calls `to` and runs `ncco` when answered, or fetches the NCCO from `answer_url`:
        give exactly one of the two. Give `from`, or `random_from_number` to call from one
        of the application's numbers.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            to: The endpoint to call (several ring at once).
            from_ (`from`): The number the call comes from.
            random_from_number: Call from a random number of the application (not with
                `from`).
            ncco: The NCCO to run when the call is answered (instead of `answer_url`).
            answer_url: The webhook that returns the NCCO (instead of `ncco`).
            answer_method: An HTTP method of a webhook request.
            event_url: The webhook that receives call events; required unless the
                application sets one.
            event_method: An HTTP method of a webhook request.
            machine_detection: What to do when a machine answers: `continue` (and send a
                `machine` event) or `hangup`.
            length_timer: Seconds after answer before Vonage hangs up.
            ringing_timer: Seconds of ringing before Vonage hangs up.
        """
        result: CreateCallResponse = self._request("calls.create_call", locals())
        return result

    @_api_method
    def get(
        self,
        uuid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Call:
        """Get one call.

        Args:
            uuid: The UUID of the call (leg).
        """
        result: Call = self._request("calls.get_call", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        status: CallStatus | str | Unset = UNSET,
        date_start: datetime.datetime | Unset = UNSET,
        date_end: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        record_index: int | Unset = UNSET,
        order: ListOrder | str | Unset = UNSET,
        conversation_uuid: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Call]:
        """List calls, one page at a time.

        Args:
            status: Where the call is in its life.
            date_start: Only calls that started after this time.
            date_end: Only calls that started before this time.
            page_size: How many calls a page holds (1 to 100, default 10).
            record_index: The index of the first record of the page (0-based).
            order: Ascending or descending start time.
            conversation_uuid: Only the legs of this conversation.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Call] = self._list("calls.get_calls", locals())
        return pager

    @_api_method
    def update(
        self,
        uuid: str,
        *,
        action: CallAction | str,
        destination: TransferDestination | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Change a call in progress.

        Hang up, mute or unmute, earmuff or unearmuff the call, or `transfer` it to the NCCO
        or answer URL of `destination`.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            uuid: The UUID of the call (leg).
            action: `hangup` ends the call; `mute`/`unmute` stop or restore what the leg
                sends; `earmuff`/`unearmuff` stop or restore what it hears; `transfer` (with
                `destination`) moves it to a new NCCO.
            destination: Where a transfer goes, an NCCO (`ncco`) or a URL returning one
                (`url`).
        """
        self._request("calls.update_call", locals())


class AsyncVoiceCalls(AsyncAPIResource):
    """`voice.calls` (CreateCall, GetCall, GetCalls, UpdateCall). Awaitable."""

    _package = "vonage_voice"

    @cached_property
    def dtmf(self) -> AsyncVoiceCallsDtmf:
        """`voice.calls.dtmf`: send()"""
        resource: AsyncVoiceCallsDtmf = self._child(
            "voice.calls.dtmf",
            "trunkline_generated.vonage_voice.resources.voice_calls_dtmf",
            "AsyncVoiceCallsDtmf",
        )
        return resource

    @cached_property
    def stream(self) -> AsyncVoiceCallsStream:
        """`voice.calls.stream`: start(), stop()"""
        resource: AsyncVoiceCallsStream = self._child(
            "voice.calls.stream",
            "trunkline_generated.vonage_voice.resources.voice_calls_stream",
            "AsyncVoiceCallsStream",
        )
        return resource

    @cached_property
    def talk(self) -> AsyncVoiceCallsTalk:
        """`voice.calls.talk`: start(), stop()"""
        resource: AsyncVoiceCallsTalk = self._child(
            "voice.calls.talk",
            "trunkline_generated.vonage_voice.resources.voice_calls_talk",
            "AsyncVoiceCallsTalk",
        )
        return resource

    @_api_method
    async def create(
        self,
        *,
        to: builtins.list[
            CallEndpointPhone
            | CallEndpointSip
            | CallEndpointWebsocket
            | CallEndpointVbc
            | Mapping[str, Any]
        ],
        from_: CallPhoneFrom | Mapping[str, Any] | Unset = UNSET,
        random_from_number: bool | Unset = UNSET,
        ncco: builtins.list[
            NccoConnect
            | NccoConversation
            | NccoInput
            | NccoRecord
            | NccoStream
            | NccoTalk
            | Mapping[str, Any]
        ]
        | Unset = UNSET,
        answer_url: builtins.list[str] | Unset = UNSET,
        answer_method: HttpMethod | str | Unset = UNSET,
        event_url: builtins.list[str] | Unset = UNSET,
        event_method: HttpMethod | str | Unset = UNSET,
        machine_detection: MachineDetection | str | Unset = UNSET,
        length_timer: int | Unset = UNSET,
        ringing_timer: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> CreateCallResponse:
        """Create an outbound call.

        Calls `to` and runs `ncco` when answered, or fetches the NCCO from `answer_url`:
        give exactly one of the two. Give `from`, or `random_from_number` to call from one
        of the application's numbers.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            to: The endpoint to call (several ring at once).
            from_ (`from`): The number the call comes from.
            random_from_number: Call from a random number of the application (not with
                `from`).
            ncco: The NCCO to run when the call is answered (instead of `answer_url`).
            answer_url: The webhook that returns the NCCO (instead of `ncco`).
            answer_method: An HTTP method of a webhook request.
            event_url: The webhook that receives call events; required unless the
                application sets one.
            event_method: An HTTP method of a webhook request.
            machine_detection: What to do when a machine answers: `continue` (and send a
                `machine` event) or `hangup`.
            length_timer: Seconds after answer before Vonage hangs up.
            ringing_timer: Seconds of ringing before Vonage hangs up.
        """
        result: CreateCallResponse = await self._request("calls.create_call", locals())
        return result

    @_api_method
    async def get(
        self,
        uuid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Call:
        """Get one call.

        Args:
            uuid: The UUID of the call (leg).
        """
        result: Call = await self._request("calls.get_call", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        status: CallStatus | str | Unset = UNSET,
        date_start: datetime.datetime | Unset = UNSET,
        date_end: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        record_index: int | Unset = UNSET,
        order: ListOrder | str | Unset = UNSET,
        conversation_uuid: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Call]:
        """List calls, one page at a time.

        Args:
            status: Where the call is in its life.
            date_start: Only calls that started after this time.
            date_end: Only calls that started before this time.
            page_size: How many calls a page holds (1 to 100, default 10).
            record_index: The index of the first record of the page (0-based).
            order: Ascending or descending start time.
            conversation_uuid: Only the legs of this conversation.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Call] = self._list("calls.get_calls", locals())
        return pager

    @_api_method
    async def update(
        self,
        uuid: str,
        *,
        action: CallAction | str,
        destination: TransferDestination | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Change a call in progress.

        Hang up, mute or unmute, earmuff or unearmuff the call, or `transfer` it to the NCCO
        or answer URL of `destination`.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            uuid: The UUID of the call (leg).
            action: `hangup` ends the call; `mute`/`unmute` stop or restore what the leg
                sends; `earmuff`/`unearmuff` stop or restore what it hears; `transfer` (with
                `destination`) moves it to a new NCCO.
            destination: Where a transfer goes, an NCCO (`ncco`) or a URL returning one
                (`url`).
        """
        await self._request("calls.update_call", locals())
