"""Resource `verify`: generated from the spec. Do not edit.

check: VerifyCheck (POST /check/{format})
control: VerifyControl (POST /control/{format})
search: VerifySearch (GET /search/{format})
start: VerifyRequest (POST /{format})
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline_generated.vonage_verify.models.verify_check_response import VerifyCheckResponse
    from trunkline_generated.vonage_verify.models.verify_command import VerifyCommand
    from trunkline_generated.vonage_verify.models.verify_control_response import (
        VerifyControlResponse,
    )
    from trunkline_generated.vonage_verify.models.verify_language import VerifyLanguage
    from trunkline_generated.vonage_verify.models.verify_search_response import VerifySearchResponse
    from trunkline_generated.vonage_verify.models.verify_start_response import VerifyStartResponse

__all__ = ["AsyncVerify", "Verify"]


class Verify(SyncAPIResource):
    """`verify` (VerifyCheck, VerifyControl, VerifyRequest, VerifySearch)."""

    _package = "vonage_verify"

    @_api_method
    def check(
        self,
        *,
        request_id: str,
        code: str,
        ip_address: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> VerifyCheckResponse:
        """Check the code your user entered.

        `status` "0" means the code is right; "16" wrong code, "17" too many wrong codes
        (the request is then failed).

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            request_id: The `request_id` returned by `start`.
            code: The code your user entered.
            ip_address: No longer used.
        """
        result: VerifyCheckResponse = self._request("verify.verify_check", locals())
        return result

    @_api_method
    def control(
        self,
        *,
        request_id: str,
        cmd: VerifyCommand | str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> VerifyControlResponse:
        """Cancel a verification or move on to its next event.

        `cmd` `cancel` stops the verification (possible from 30 seconds after `start` until
        the second event); `trigger_next_event` skips to the next SMS or call.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            request_id: The `request_id` returned by `start`.
            cmd: `cancel` the verification, or `trigger_next_event` to skip to the next SMS
                or call.
        """
        result: VerifyControlResponse = self._request("verify.verify_control", locals())
        return result

    @_api_method
    def search(
        self,
        *,
        request_id: str | Unset = UNSET,
        request_ids: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> VerifySearchResponse:
        """Look up one or more verifications.

        The status, checks and events of a current or past verification. Give `request_id`,
        or up to ten `request_ids` (then the records arrive in `verification_requests`). A
        request that just completed can take a minute to show (status "101" until then).

        Args:
            request_id: The `request_id` returned by `start` (or use `request_ids`).
            request_ids: Up to ten `request_id`s, each sent as its own `request_ids`
                parameter.
        """
        result: VerifySearchResponse = self._request("verify.verify_search", locals())
        return result

    @_api_method
    def start(
        self,
        *,
        number: str,
        brand: str,
        country: str | Unset = UNSET,
        sender_id: str | Unset = UNSET,
        code_length: int | Unset = UNSET,
        lg: VerifyLanguage | str | Unset = UNSET,
        pin_expiry: int | Unset = UNSET,
        next_event_wait: int | Unset = UNSET,
        workflow_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> VerifyStartResponse:
        """Start a verification.

        Sends a PIN to `number` and returns the `request_id` to check it with. HTTP 200 does
        not mean success: `status` "0" does.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            number: The mobile or landline number to verify, E.164 unless `country` is
                given.
            brand: Your company or app name, shown in the message: "Your `brand` PIN is
                ...".
            country: The number's country (ISO 3166-1 alpha-2) when `number` is not E.164.
            sender_id: The alphanumeric sender of the SMS (restrictions apply per country).
            code_length: The length of the code, 4 or 6.
            lg: The language of the SMS or call; by default the one of the number's country.
            pin_expiry: How long the code stays valid, in seconds; a multiple of
                `next_event_wait` when both are given (otherwise it becomes
                `next_event_wait`).
            next_event_wait: Seconds between attempts to deliver the code.
            workflow_id: The sequence of SMS and TTS events used (1 is SMS, TTS, TTS).
        """
        result: VerifyStartResponse = self._request("verify.verify_request", locals())
        return result


class AsyncVerify(AsyncAPIResource):
    """`verify` (VerifyCheck, VerifyControl, VerifyRequest, VerifySearch). Awaitable."""

    _package = "vonage_verify"

    @_api_method
    async def check(
        self,
        *,
        request_id: str,
        code: str,
        ip_address: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> VerifyCheckResponse:
        """Check the code your user entered.

        `status` "0" means the code is right; "16" wrong code, "17" too many wrong codes
        (the request is then failed).

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            request_id: The `request_id` returned by `start`.
            code: The code your user entered.
            ip_address: No longer used.
        """
        result: VerifyCheckResponse = await self._request("verify.verify_check", locals())
        return result

    @_api_method
    async def control(
        self,
        *,
        request_id: str,
        cmd: VerifyCommand | str,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> VerifyControlResponse:
        """Cancel a verification or move on to its next event.

        `cmd` `cancel` stops the verification (possible from 30 seconds after `start` until
        the second event); `trigger_next_event` skips to the next SMS or call.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            request_id: The `request_id` returned by `start`.
            cmd: `cancel` the verification, or `trigger_next_event` to skip to the next SMS
                or call.
        """
        result: VerifyControlResponse = await self._request("verify.verify_control", locals())
        return result

    @_api_method
    async def search(
        self,
        *,
        request_id: str | Unset = UNSET,
        request_ids: builtins.list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> VerifySearchResponse:
        """Look up one or more verifications.

        The status, checks and events of a current or past verification. Give `request_id`,
        or up to ten `request_ids` (then the records arrive in `verification_requests`). A
        request that just completed can take a minute to show (status "101" until then).

        Args:
            request_id: The `request_id` returned by `start` (or use `request_ids`).
            request_ids: Up to ten `request_id`s, each sent as its own `request_ids`
                parameter.
        """
        result: VerifySearchResponse = await self._request("verify.verify_search", locals())
        return result

    @_api_method
    async def start(
        self,
        *,
        number: str,
        brand: str,
        country: str | Unset = UNSET,
        sender_id: str | Unset = UNSET,
        code_length: int | Unset = UNSET,
        lg: VerifyLanguage | str | Unset = UNSET,
        pin_expiry: int | Unset = UNSET,
        next_event_wait: int | Unset = UNSET,
        workflow_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> VerifyStartResponse:
        """Start a verification.

        Sends a PIN to `number` and returns the `request_id` to check it with. HTTP 200 does
        not mean success: `status` "0" does.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            number: The mobile or landline number to verify, E.164 unless `country` is
                given.
            brand: Your company or app name, shown in the message: "Your `brand` PIN is
                ...".
            country: The number's country (ISO 3166-1 alpha-2) when `number` is not E.164.
            sender_id: The alphanumeric sender of the SMS (restrictions apply per country).
            code_length: The length of the code, 4 or 6.
            lg: The language of the SMS or call; by default the one of the number's country.
            pin_expiry: How long the code stays valid, in seconds; a multiple of
                `next_event_wait` when both are given (otherwise it becomes
                `next_event_wait`).
            next_event_wait: Seconds between attempts to deliver the code.
            workflow_id: The sequence of SMS and TTS events used (1 is SMS, TTS, TTS).
        """
        result: VerifyStartResponse = await self._request("verify.verify_request", locals())
        return result
