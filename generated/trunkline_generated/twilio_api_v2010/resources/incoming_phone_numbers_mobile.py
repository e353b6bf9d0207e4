"""Resource `incoming_phone_numbers.mobile`: generated from the spec. Do not edit.

create: CreateIncomingPhoneNumberMobile (POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Mobile.json)
list: ListIncomingPhoneNumberMobile (GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/Mobile.json)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.emergency_status import EmergencyStatus
    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod
    from trunkline_generated.twilio_api_v2010.models.incoming_phone_number import (
        IncomingPhoneNumber,
    )
    from trunkline_generated.twilio_api_v2010.models.voice_receive_mode import VoiceReceiveMode

__all__ = ["AsyncIncomingPhoneNumbersMobile", "IncomingPhoneNumbersMobile"]


class IncomingPhoneNumbersMobile(SyncAPIResource):
    """`incoming_phone_numbers.mobile` (CreateIncomingPhoneNumberMobile, ListIncomingPhoneNumberMobile)."""

    _package = "twilio_api_v2010"

    @_api_method
    def create(
        self,
        *,
        phone_number: str,
        api_version: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        sms_application_sid: str | Unset = UNSET,
        sms_fallback_method: HttpMethod | str | Unset = UNSET,
        sms_fallback_url: str | Unset = UNSET,
        sms_method: HttpMethod | str | Unset = UNSET,
        sms_url: str | Unset = UNSET,
        status_callback: str | Unset = UNSET,
        status_callback_method: HttpMethod | str | Unset = UNSET,
        voice_application_sid: str | Unset = UNSET,
        voice_caller_id_lookup: bool | Unset = UNSET,
        voice_fallback_method: HttpMethod | str | Unset = UNSET,
        voice_fallback_url: str | Unset = UNSET,
        voice_method: HttpMethod | str | Unset = UNSET,
        voice_url: str | Unset = UNSET,
        identity_sid: str | Unset = UNSET,
        address_sid: str | Unset = UNSET,
        emergency_status: EmergencyStatus | str | Unset = UNSET,
        emergency_address_sid: str | Unset = UNSET,
        trunk_sid: str | Unset = UNSET,
        voice_receive_mode: VoiceReceiveMode | str | Unset = UNSET,
        bundle_sid: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> IncomingPhoneNumber:
        """Buy a mobile phone number.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            phone_number (`PhoneNumber`): The phone number to purchase specified in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format. E.164 phone
                numbers consist of a + followed by the country code and subscriber number
                without punctuation characters. For example, +14155551234.
            api_version (`ApiVersion`): The API version to use for incoming calls made to
                the new phone number. The default is `2010-04-01`.
            friendly_name (`FriendlyName`): A descriptive string that you created to
                describe the new phone number. It can be up to 64 characters long. By
                default, the is a formatted version of the phone number.
            sms_application_sid (`SmsApplicationSid`): The SID of the application that
                should handle SMS messages sent to the new phone number. If an
                `sms_application_sid` is present, we ignore all of the `sms_*_url` urls and
                use those of the application.
            sms_fallback_method (`SmsFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            sms_fallback_url (`SmsFallbackUrl`): The URL that we should call when an error
                occurs while requesting or executing the TwiML defined by `sms_url`.
            sms_method (`SmsMethod`): The HTTP method Twilio uses to request a callback URL.
            sms_url (`SmsUrl`): The URL we should call when the new phone number receives an
                incoming SMS message.
            status_callback (`StatusCallback`): The URL we should call using the
                `status_callback_method` to send status information to your application.
            status_callback_method (`StatusCallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            voice_application_sid (`VoiceApplicationSid`): The SID of the application we
                should use to handle calls to the new phone number. If a
                `voice_application_sid` is present, we ignore all of the voice urls and use
                only those set on the application. Setting a `voice_application_sid` will
                automatically delete your `trunk_sid` and vice versa.
            voice_caller_id_lookup (`VoiceCallerIdLookup`): Whether to lookup the caller's
                name from the CNAM database and post it to your app. Can be: `true` or
                `false` and defaults to `false`.
            voice_fallback_method (`VoiceFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            voice_fallback_url (`VoiceFallbackUrl`): The URL that we should call when an
                error occurs retrieving or executing the TwiML requested by `url`.
            voice_method (`VoiceMethod`): The HTTP method Twilio uses to request a callback
                URL.
            voice_url (`VoiceUrl`): The URL that we should call to answer a call to the new
                phone number. The `voice_url` will not be called if a
                `voice_application_sid` or a `trunk_sid` is set.
            identity_sid (`IdentitySid`): The SID of the Identity resource that we should
                associate with the new phone number. Some regions require an identity to
                meet local regulations.
            address_sid (`AddressSid`): The SID of the Address resource we should associate
                with the new phone number. Some regions require addresses to meet local
                regulations.
            emergency_status (`EmergencyStatus`): Whether the phone number is enabled for
                emergency calling.
            emergency_address_sid (`EmergencyAddressSid`): The SID of the emergency address
                configuration to use for emergency calling from the new phone number.
            trunk_sid (`TrunkSid`): The SID of the Trunk we should use to handle calls to
                the new phone number. If a `trunk_sid` is present, we ignore all of the
                voice urls and voice applications and use only those set on the Trunk.
                Setting a `trunk_sid` will automatically delete your `voice_application_sid`
                and vice versa.
            voice_receive_mode (`VoiceReceiveMode`): `VoiceReceiveMode`.
            bundle_sid (`BundleSid`): The SID of the Bundle resource that you associate with
                the phone number. Some regions require a Bundle to meet local Regulations.
        """
        result: IncomingPhoneNumber = self._request(
            "incoming_phone_numbers.create_incoming_phone_number_mobile", locals()
        )
        return result

    @_api_method
    def list(
        self,
        *,
        beta: bool | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        origin: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[IncomingPhoneNumber]:
        """Retrieve a list of the mobile phone numbers of the account.

        Args:
            beta (`Beta`): Whether to include phone numbers new to the Twilio platform. Can
                be: `true` or `false` and the default is `true`.
            friendly_name (`FriendlyName`): A string that identifies the IncomingPhoneNumber
                resources to read.
            phone_number (`PhoneNumber`): The phone numbers of the IncomingPhoneNumber
                resources to read. You can specify partial numbers and use '*' as a wildcard
                for any digit.
            origin (`Origin`): Whether to include phone numbers based on their origin. Can
                be: `twilio` or `hosted`. By default, phone numbers of all origin are
                included.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[IncomingPhoneNumber] = self._list(
            "incoming_phone_numbers.list_incoming_phone_number_mobile", locals()
        )
        return pager


class AsyncIncomingPhoneNumbersMobile(AsyncAPIResource):
    """`incoming_phone_numbers.mobile` (CreateIncomingPhoneNumberMobile, ListIncomingPhoneNumberMobile). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    async def create(
        self,
        *,
        phone_number: str,
        api_version: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        sms_application_sid: str | Unset = UNSET,
        sms_fallback_method: HttpMethod | str | Unset = UNSET,
        sms_fallback_url: str | Unset = UNSET,
        sms_method: HttpMethod | str | Unset = UNSET,
        sms_url: str | Unset = UNSET,
        status_callback: str | Unset = UNSET,
        status_callback_method: HttpMethod | str | Unset = UNSET,
        voice_application_sid: str | Unset = UNSET,
        voice_caller_id_lookup: bool | Unset = UNSET,
        voice_fallback_method: HttpMethod | str | Unset = UNSET,
        voice_fallback_url: str | Unset = UNSET,
        voice_method: HttpMethod | str | Unset = UNSET,
        voice_url: str | Unset = UNSET,
        identity_sid: str | Unset = UNSET,
        address_sid: str | Unset = UNSET,
        emergency_status: EmergencyStatus | str | Unset = UNSET,
        emergency_address_sid: str | Unset = UNSET,
        trunk_sid: str | Unset = UNSET,
        voice_receive_mode: VoiceReceiveMode | str | Unset = UNSET,
        bundle_sid: str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> IncomingPhoneNumber:
        """Buy a mobile phone number.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            phone_number (`PhoneNumber`): The phone number to purchase specified in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format. E.164 phone
                numbers consist of a + followed by the country code and subscriber number
                without punctuation characters. For example, +14155551234.
            api_version (`ApiVersion`): The API version to use for incoming calls made to
                the new phone number. The default is `2010-04-01`.
            friendly_name (`FriendlyName`): A descriptive string that you created to
                describe the new phone number. It can be up to 64 characters long. By
                default, the is a formatted version of the phone number.
            sms_application_sid (`SmsApplicationSid`): The SID of the application that
                should handle SMS messages sent to the new phone number. If an
                `sms_application_sid` is present, we ignore all of the `sms_*_url` urls and
                use those of the application.
            sms_fallback_method (`SmsFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            sms_fallback_url (`SmsFallbackUrl`): The URL that we should call when an error
                occurs while requesting or executing the TwiML defined by `sms_url`.
            sms_method (`SmsMethod`): The HTTP method Twilio uses to request a callback URL.
            sms_url (`SmsUrl`): The URL we should call when the new phone number receives an
                incoming SMS message.
            status_callback (`StatusCallback`): The URL we should call using the
                `status_callback_method` to send status information to your application.
            status_callback_method (`StatusCallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            voice_application_sid (`VoiceApplicationSid`): The SID of the application we
                should use to handle calls to the new phone number. If a
                `voice_application_sid` is present, we ignore all of the voice urls and use
                only those set on the application. Setting a `voice_application_sid` will
                automatically delete your `trunk_sid` and vice versa.
            voice_caller_id_lookup (`VoiceCallerIdLookup`): Whether to lookup the caller's
                name from the CNAM database and post it to your app. Can be: `true` or
                `false` and defaults to `false`.
            voice_fallback_method (`VoiceFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            voice_fallback_url (`VoiceFallbackUrl`): The URL that we should call when an
                error occurs retrieving or executing the TwiML requested by `url`.
            voice_method (`VoiceMethod`): The HTTP method Twilio uses to request a callback
                URL.
            voice_url (`VoiceUrl`): The URL that we should call to answer a call to the new
                phone number. The `voice_url` will not be called if a
                `voice_application_sid` or a `trunk_sid` is set.
            identity_sid (`IdentitySid`): The SID of the Identity resource that we should
                associate with the new phone number. Some regions require an identity to
                meet local regulations.
            address_sid (`AddressSid`): The SID of the Address resource we should associate
                with the new phone number. Some regions require addresses to meet local
                regulations.
            emergency_status (`EmergencyStatus`): Whether the phone number is enabled for
                emergency calling.
            emergency_address_sid (`EmergencyAddressSid`): The SID of the emergency address
                configuration to use for emergency calling from the new phone number.
            trunk_sid (`TrunkSid`): The SID of the Trunk we should use to handle calls to
                the new phone number. If a `trunk_sid` is present, we ignore all of the
                voice urls and voice applications and use only those set on the Trunk.
                Setting a `trunk_sid` will automatically delete your `voice_application_sid`
                and vice versa.
            voice_receive_mode (`VoiceReceiveMode`): `VoiceReceiveMode`.
            bundle_sid (`BundleSid`): The SID of the Bundle resource that you associate with
                the phone number. Some regions require a Bundle to meet local Regulations.
        """
        result: IncomingPhoneNumber = await self._request(
            "incoming_phone_numbers.create_incoming_phone_number_mobile", locals()
        )
        return result

    @_api_method
    def list(
        self,
        *,
        beta: bool | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        origin: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[IncomingPhoneNumber]:
        """Retrieve a list of the mobile phone numbers of the account.

        Args:
            beta (`Beta`): Whether to include phone numbers new to the Twilio platform. Can
                be: `true` or `false` and the default is `true`.
            friendly_name (`FriendlyName`): A string that identifies the IncomingPhoneNumber
                resources to read.
            phone_number (`PhoneNumber`): The phone numbers of the IncomingPhoneNumber
                resources to read. You can specify partial numbers and use '*' as a wildcard
                for any digit.
            origin (`Origin`): Whether to include phone numbers based on their origin. Can
                be: `twilio` or `hosted`. By default, phone numbers of all origin are
                included.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[IncomingPhoneNumber] = self._list(
            "incoming_phone_numbers.list_incoming_phone_number_mobile", locals()
        )
        return pager
