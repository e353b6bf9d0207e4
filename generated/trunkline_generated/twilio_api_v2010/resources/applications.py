"""Resource `applications`: generated from the spec. Do not edit.

create: CreateApplication (POST /2010-04-01/Accounts/{AccountSid}/Applications.json)
delete: DeleteApplication (DELETE /2010-04-01/Accounts/{AccountSid}/Applications/{Sid}.json)
get: FetchApplication (GET /2010-04-01/Accounts/{AccountSid}/Applications/{Sid}.json)
list: ListApplication (GET /2010-04-01/Accounts/{AccountSid}/Applications.json)
update: UpdateApplication (POST /2010-04-01/Accounts/{AccountSid}/Applications/{Sid}.json)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_api_v2010.models.application import Application
    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod

__all__ = ["AsyncApplications", "Applications"]


class Applications(SyncAPIResource):
    """`applications` (CreateApplication, DeleteApplication, FetchApplication, ListApplication, UpdateApplication)."""

    _package = "twilio_api_v2010"

    @_api_method
    def create(
        self,
        *,
        api_version: str | Unset = UNSET,
        voice_url: str | Unset = UNSET,
        voice_method: HttpMethod | str | Unset = UNSET,
        voice_fallback_url: str | Unset = UNSET,
        voice_fallback_method: HttpMethod | str | Unset = UNSET,
        status_callback: str | Unset = UNSET,
        status_callback_method: HttpMethod | str | Unset = UNSET,
        voice_caller_id_lookup: bool | Unset = UNSET,
        sms_url: str | Unset = UNSET,
        sms_method: HttpMethod | str | Unset = UNSET,
        sms_fallback_url: str | Unset = UNSET,
        sms_fallback_method: HttpMethod | str | Unset = UNSET,
        sms_status_callback: str | Unset = UNSET,
        message_status_callback: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        public_application_connect_enabled: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Application:
        """Create a new application within your account.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            api_version (`ApiVersion`): The API version to use to start a new TwiML session.
                Can be: `2010-04-01` or `2008-08-01`. The default value is the account's
                default API version.
            voice_url (`VoiceUrl`): The URL we should call when the phone number assigned to
                this application receives a call.
            voice_method (`VoiceMethod`): The HTTP method Twilio uses to request a callback
                URL.
            voice_fallback_url (`VoiceFallbackUrl`): The URL that we should call when an
                error occurs retrieving or executing the TwiML requested by `url`.
            voice_fallback_method (`VoiceFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            status_callback (`StatusCallback`): The URL we should call using the
                `status_callback_method` to send status information to your application.
            status_callback_method (`StatusCallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            voice_caller_id_lookup (`VoiceCallerIdLookup`): Whether we should look up the
                caller's caller-ID name from the CNAM database (additional charges apply).
                Can be: `true` or `false`.
            sms_url (`SmsUrl`): The URL we should call when the phone number receives an
                incoming SMS message.
            sms_method (`SmsMethod`): The HTTP method Twilio uses to request a callback URL.
            sms_fallback_url (`SmsFallbackUrl`): The URL that we should call when an error
                occurs while retrieving or executing the TwiML from `sms_url`.
            sms_fallback_method (`SmsFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            sms_status_callback (`SmsStatusCallback`): The URL we should call using a POST
                method to send status information about SMS messages sent by the
                application.
            message_status_callback (`MessageStatusCallback`): The URL we should call using
                a POST method to send message status information to your application.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the new application. It can be up to 64 characters long.
            public_application_connect_enabled (`PublicApplicationConnectEnabled`): Whether
                to allow other Twilio accounts to dial this applicaton using Dial verb. Can
                be: `true` or `false`.
        """
        result: Application = self._request("applications.create_application", locals())
        return result

    @_api_method
    def delete(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete the application by the specified application sid.

        Args:
            sid: The SID of the Application resource.
        """
        self._request("applications.delete_application", locals())

    @_api_method
    def get(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Application:
        """Fetch the application specified by the provided sid.

        Args:
            sid: The SID of the Application resource.
        """
        result: Application = self._request("applications.fetch_application", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        friendly_name: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Application]:
        """Retrieve a list of applications representing an application within the requesting account.

        Args:
            friendly_name (`FriendlyName`): The string that identifies the Application
                resources to read.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Application] = self._list("applications.list_application", locals())
        return pager

    @_api_method
    def update(
        self,
        sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        api_version: str | Unset = UNSET,
        voice_url: str | Unset = UNSET,
        voice_method: HttpMethod | str | Unset = UNSET,
        voice_fallback_url: str | Unset = UNSET,
        voice_fallback_method: HttpMethod | str | Unset = UNSET,
        status_callback: str | Unset = UNSET,
        status_callback_method: HttpMethod | str | Unset = UNSET,
        voice_caller_id_lookup: bool | Unset = UNSET,
        sms_url: str | Unset = UNSET,
        sms_method: HttpMethod | str | Unset = UNSET,
        sms_fallback_url: str | Unset = UNSET,
        sms_fallback_method: HttpMethod | str | Unset = UNSET,
        sms_status_callback: str | Unset = UNSET,
        message_status_callback: str | Unset = UNSET,
        public_application_connect_enabled: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Application:
        """Updates the application's properties.

        Args:
            sid: The SID of the Application resource.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the resource. It can be up to 64 characters long.
            api_version (`ApiVersion`): The API version to use to start a new TwiML session.
                Can be: `2010-04-01` or `2008-08-01`. The default value is your account's
                default API version.
            voice_url (`VoiceUrl`): The URL we should call when the phone number assigned to
                this application receives a call.
            voice_method (`VoiceMethod`): The HTTP method Twilio uses to request a callback
                URL.
            voice_fallback_url (`VoiceFallbackUrl`): The URL that we should call when an
                error occurs retrieving or executing the TwiML requested by `url`.
            voice_fallback_method (`VoiceFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            status_callback (`StatusCallback`): The URL we should call using the
                `status_callback_method` to send status information to your application.
            status_callback_method (`StatusCallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            voice_caller_id_lookup (`VoiceCallerIdLookup`): Whether we should look up the
                caller's caller-ID name from the CNAM database (additional charges apply).
                Can be: `true` or `false`.
            sms_url (`SmsUrl`): The URL we should call when the phone number receives an
                incoming SMS message.
            sms_method (`SmsMethod`): The HTTP method Twilio uses to request a callback URL.
            sms_fallback_url (`SmsFallbackUrl`): The URL that we should call when an error
                occurs while retrieving or executing the TwiML from `sms_url`.
            sms_fallback_method (`SmsFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            sms_status_callback (`SmsStatusCallback`): Same as message_status_callback: The
                URL we should call using a POST method to send status information about SMS
                messages sent by the application. Deprecated, included for backwards
                compatibility.
            message_status_callback (`MessageStatusCallback`): The URL we should call using
                a POST method to send message status information to your application.
            public_application_connect_enabled (`PublicApplicationConnectEnabled`): Whether
                to allow other Twilio accounts to dial this applicaton using Dial verb. Can
                be: `true` or `false`.
        """
        result: Application = self._request("applications.update_application", locals())
        return result


class AsyncApplications(AsyncAPIResource):
    """`applications` (CreateApplication, DeleteApplication, FetchApplication, ListApplication, UpdateApplication). Awaitable."""

    _package = "twilio_api_v2010"

    @_api_method
    async def create(
        self,
        *,
        api_version: str | Unset = UNSET,
        voice_url: str | Unset = UNSET,
        voice_method: HttpMethod | str | Unset = UNSET,
        voice_fallback_url: str | Unset = UNSET,
        voice_fallback_method: HttpMethod | str | Unset = UNSET,
        status_callback: str | Unset = UNSET,
        status_callback_method: HttpMethod | str | Unset = UNSET,
        voice_caller_id_lookup: bool | Unset = UNSET,
        sms_url: str | Unset = UNSET,
        sms_method: HttpMethod | str | Unset = UNSET,
        sms_fallback_url: str | Unset = UNSET,
        sms_fallback_method: HttpMethod | str | Unset = UNSET,
        sms_status_callback: str | Unset = UNSET,
        message_status_callback: str | Unset = UNSET,
        friendly_name: str | Unset = UNSET,
        public_application_connect_enabled: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Application:
        """Create a new application within your account.

        Never retried once the request may have reached the provider (it would act twice).

        Args:
            api_version (`ApiVersion`): The API version to use to start a new TwiML session.
                Can be: `2010-04-01` or `2008-08-01`. The default value is the account's
                default API version.
            voice_url (`VoiceUrl`): The URL we should call when the phone number assigned to
                this application receives a call.
            voice_method (`VoiceMethod`): The HTTP method Twilio uses to request a callback
                URL.
            voice_fallback_url (`VoiceFallbackUrl`): The URL that we should call when an
                error occurs retrieving or executing the TwiML requested by `url`.
            voice_fallback_method (`VoiceFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            status_callback (`StatusCallback`): The URL we should call using the
                `status_callback_method` to send status information to your application.
            status_callback_method (`StatusCallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            voice_caller_id_lookup (`VoiceCallerIdLookup`): Whether we should look up the
                caller's caller-ID name from the CNAM database (additional charges apply).
                Can be: `true` or `false`.
            sms_url (`SmsUrl`): The URL we should call when the phone number receives an
                incoming SMS message.
            sms_method (`SmsMethod`): The HTTP method Twilio uses to request a callback URL.
            sms_fallback_url (`SmsFallbackUrl`): The URL that we should call when an error
                occurs while retrieving or executing the TwiML from `sms_url`.
            sms_fallback_method (`SmsFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            sms_status_callback (`SmsStatusCallback`): The URL we should call using a POST
                method to send status information about SMS messages sent by the
                application.
            message_status_callback (`MessageStatusCallback`): The URL we should call using
                a POST method to send message status information to your application.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the new application. It can be up to 64 characters long.
            public_application_connect_enabled (`PublicApplicationConnectEnabled`): Whether
                to allow other Twilio accounts to dial this applicaton using Dial verb. Can
                be: `true` or `false`.
        """
        result: Application = await self._request("applications.create_application", locals())
        return result

    @_api_method
    async def delete(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete the application by the specified application sid.

        Args:
            sid: The SID of the Application resource.
        """
        await self._request("applications.delete_application", locals())

    @_api_method
    async def get(
        self,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Application:
        """Fetch the application specified by the provided sid.

        Args:
            sid: The SID of the Application resource.
        """
        result: Application = await self._request("applications.fetch_application", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        friendly_name: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Application]:
        """Retrieve a list of applications representing an application within the requesting account.

        Args:
            friendly_name (`FriendlyName`): The string that identifies the Application
                resources to read.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Application] = self._list("applications.list_application", locals())
        return pager

    @_api_method
    async def update(
        self,
        sid: str,
        *,
        friendly_name: str | Unset = UNSET,
        api_version: str | Unset = UNSET,
        voice_url: str | Unset = UNSET,
        voice_method: HttpMethod | str | Unset = UNSET,
        voice_fallback_url: str | Unset = UNSET,
        voice_fallback_method: HttpMethod | str | Unset = UNSET,
        status_callback: str | Unset = UNSET,
        status_callback_method: HttpMethod | str | Unset = UNSET,
        voice_caller_id_lookup: bool | Unset = UNSET,
        sms_url: str | Unset = UNSET,
        sms_method: HttpMethod | str | Unset = UNSET,
        sms_fallback_url: str | Unset = UNSET,
        sms_fallback_method: HttpMethod | str | Unset = UNSET,
        sms_status_callback: str | Unset = UNSET,
        message_status_callback: str | Unset = UNSET,
        public_application_connect_enabled: bool | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Application:
        """Updates the application's properties.

        Args:
            sid: The SID of the Application resource.
            friendly_name (`FriendlyName`): A descriptive string that you create to describe
                the resource. It can be up to 64 characters long.
            api_version (`ApiVersion`): The API version to use to start a new TwiML session.
                Can be: `2010-04-01` or `2008-08-01`. The default value is your account's
                default API version.
            voice_url (`VoiceUrl`): The URL we should call when the phone number assigned to
                this application receives a call.
            voice_method (`VoiceMethod`): The HTTP method Twilio uses to request a callback
                URL.
            voice_fallback_url (`VoiceFallbackUrl`): The URL that we should call when an
                error occurs retrieving or executing the TwiML requested by `url`.
            voice_fallback_method (`VoiceFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            status_callback (`StatusCallback`): The URL we should call using the
                `status_callback_method` to send status information to your application.
            status_callback_method (`StatusCallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            voice_caller_id_lookup (`VoiceCallerIdLookup`): Whether we should look up the
                caller's caller-ID name from the CNAM database (additional charges apply).
                Can be: `true` or `false`.
            sms_url (`SmsUrl`): The URL we should call when the phone number receives an
                incoming SMS message.
            sms_method (`SmsMethod`): The HTTP method Twilio uses to request a callback URL.
            sms_fallback_url (`SmsFallbackUrl`): The URL that we should call when an error
                occurs while retrieving or executing the TwiML from `sms_url`.
            sms_fallback_method (`SmsFallbackMethod`): The HTTP method Twilio uses to
                request a callback URL.
            sms_status_callback (`SmsStatusCallback`): Same as message_status_callback: The
                URL we should call using a POST method to send status information about SMS
                messages sent by the application. Deprecated, included for backwards
                compatibility.
            message_status_callback (`MessageStatusCallback`): The URL we should call using
                a POST method to send message status information to your application.
            public_application_connect_enabled (`PublicApplicationConnectEnabled`): Whether
                to allow other Twilio accounts to dial this applicaton using Dial verb. Can
                be: `true` or `false`.
        """
        result: Application = await self._request("applications.update_application", locals())
        return result
