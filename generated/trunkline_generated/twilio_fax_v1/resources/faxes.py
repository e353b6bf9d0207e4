"""Resource `fax.v1.faxes`: generated from the spec. Do not edit.

create: CreateFax (POST /v1/Faxes)
delete: DeleteFax (DELETE /v1/Faxes/{Sid})
get: FetchFax (GET /v1/Faxes/{Sid})
list: ListFax (GET /v1/Faxes)
update: UpdateFax (POST /v1/Faxes/{Sid})
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_fax_v1.models.fax import Fax
    from trunkline_generated.twilio_fax_v1.models.fax_quality import FaxQuality
    from trunkline_generated.twilio_fax_v1.models.fax_update_status import FaxUpdateStatus
    from trunkline_generated.twilio_fax_v1.resources.faxes_media import AsyncFaxesMedia, FaxesMedia

__all__ = ["AsyncFaxes", "Faxes"]


class Faxes(SyncAPIResource):
    """`fax.v1.faxes` (CreateFax, DeleteFax, FetchFax, ListFax, UpdateFax)."""

    _package = "twilio_fax_v1"

    @cached_property
    def media(self) -> FaxesMedia:
        """`fax.v1.faxes.media`: delete(), get(), list()"""
        resource: FaxesMedia = self._child(
            "fax.v1.faxes.media",
            "trunkline_generated.twilio_fax_v1.resources.faxes_media",
            "FaxesMedia",
        )
        return resource

    @_api_method
    def create(
        self,
        *,
        to: str,
        media_url: str,
        quality: FaxQuality | str | Unset = UNSET,
        status_callback: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        sip_auth_username: str | Unset = UNSET,
        sip_auth_password: str | Unset = UNSET,
        store_media: bool | Unset = UNSET,
        ttl: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Fax:
        """Send a fax.

        Create a new fax to send to a phone number or SIP endpoint.

        Deprecated by the provider: it may stop working (see the spec's description). Never
        retried once the request may have reached the provider (it would act twice).

        Args:
            to (`To`): The phone number to receive the fax in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format or the
                recipient's SIP URI.
            media_url (`MediaUrl`): The URL of the PDF that contains the fax. See our
                [security](https://www.twilio.com/docs/usage/security) page for information
                on how to ensure the request for your media comes from Twilio.
            quality (`Quality`): The quality of a fax.
            status_callback (`StatusCallback`): The URL we should call using the `POST`
                method to send [status information](https://www.twilio.com/docs/fax/api/fax-
                resource#fax-status-callback) to your application when the status of the fax
                changes.
            from_ (`From`): The number the fax was sent from. Can be the phone number in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format or the SIP
                `from` value. The caller ID displayed to the recipient uses this value. If
                this is a phone number, it must be a Twilio number or a verified outgoing
                caller id from your account. If `to` is a SIP address, this can be any
                alphanumeric string (and also the characters `+`, `_`, `.`, and `-`), which
                will be used in the `from` header of the SIP request.
            sip_auth_username (`SipAuthUsername`): The username to use with the
                `sip_auth_password` to authenticate faxes sent to a SIP address.
            sip_auth_password (`SipAuthPassword`): The password to use with
                `sip_auth_username` to authenticate faxes sent to a SIP address.
            store_media (`StoreMedia`): Whether to store a copy of the sent media on our
                servers for later retrieval. Can be `true` or `false` and the default is
                `true`.
            ttl (`Ttl`): How long in minutes from when the fax is initiated that we should
                try to send the fax.
        """
        result: Fax = self._request("faxes.create_fax", locals())
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
        """Delete a fax and its media.

        Delete a specific fax and its associated media.

        Deprecated by the provider: it may stop working (see the spec's description).

        Args:
            sid: The Twilio-provided string that uniquely identifies the Fax resource
                (`FX...`).
        """
        self._request("faxes.delete_fax", locals())

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
    ) -> Fax:
        """Fetch one fax.

        Fetch a specific fax.

        Deprecated by the provider: it may stop working (see the spec's description).

        Args:
            sid: The Twilio-provided string that uniquely identifies the Fax resource
                (`FX...`).
        """
        result: Fax = self._request("faxes.fetch_fax", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        date_created_on_or_before: datetime.datetime | Unset = UNSET,
        date_created_after: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[Fax]:
        """List the faxes of the account.

        Retrieve a list of all faxes.

        Deprecated by the provider: it may stop working (see the spec's description).

        Args:
            from_ (`From`): Retrieve only those faxes sent from this phone number, specified
                in [E.164](https://www.twilio.com/docs/glossary/what-e164) format.
            to (`To`): Retrieve only those faxes sent to this phone number, specified in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format.
            date_created_on_or_before (`DateCreatedOnOrBefore`): Retrieve only those faxes
                with a `date_created` that is before or equal to this value, specified in
                [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
            date_created_after (`DateCreatedAfter`): Retrieve only those faxes with a
                `date_created` that is later than this value, specified in [ISO
                8601](https://en.wikipedia.org/wiki/ISO_8601) format.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[Fax] = self._list("faxes.list_fax", locals())
        return pager

    @_api_method
    def update(
        self,
        sid: str,
        *,
        status: FaxUpdateStatus | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Fax:
        """Cancel a fax that is not sent yet.

        Update a specific fax.

        Deprecated by the provider: it may stop working (see the spec's description).

        Args:
            sid: The Twilio-provided string that uniquely identifies the Fax resource
                (`FX...`).
            status (`Status`): The status a fax can be set to (only `canceled`).
        """
        result: Fax = self._request("faxes.update_fax", locals())
        return result


class AsyncFaxes(AsyncAPIResource):
    """`fax.v1.faxes` (CreateFax, DeleteFax, FetchFax, ListFax, UpdateFax). Awaitable."""

    _package = "twilio_fax_v1"

    @cached_property
    def media(self) -> AsyncFaxesMedia:
        """`fax.v1.faxes.media`: delete(), get(), list()"""
        resource: AsyncFaxesMedia = self._child(
            "fax.v1.faxes.media",
            "trunkline_generated.twilio_fax_v1.resources.faxes_media",
            "AsyncFaxesMedia",
        )
        return resource

    @_api_method
    async def create(
        self,
        *,
        to: str,
        media_url: str,
        quality: FaxQuality | str | Unset = UNSET,
        status_callback: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        sip_auth_username: str | Unset = UNSET,
        sip_auth_password: str | Unset = UNSET,
        store_media: bool | Unset = UNSET,
        ttl: int | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Fax:
        """Send a fax.

        Create a new fax to send to a phone number or SIP endpoint.

        Deprecated by the provider: it may stop working (see the spec's description). Never
        retried once the request may have reached the provider (it would act twice).

        Args:
            to (`To`): The phone number to receive the fax in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format or the
                recipient's SIP URI.
            media_url (`MediaUrl`): The URL of the PDF that contains the fax. See our
                [security](https://www.twilio.com/docs/usage/security) page for information
                on how to ensure the request for your media comes from Twilio.
            quality (`Quality`): The quality of a fax.
            status_callback (`StatusCallback`): The URL we should call using the `POST`
                method to send [status information](https://www.twilio.com/docs/fax/api/fax-
                resource#fax-status-callback) to your application when the status of the fax
                changes.
            from_ (`From`): The number the fax was sent from. Can be the phone number in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format or the SIP
                `from` value. The caller ID displayed to the recipient uses this value. If
                this is a phone number, it must be a Twilio number or a verified outgoing
                caller id from your account. If `to` is a SIP address, this can be any
                alphanumeric string (and also the characters `+`, `_`, `.`, and `-`), which
                will be used in the `from` header of the SIP request.
            sip_auth_username (`SipAuthUsername`): The username to use with the
                `sip_auth_password` to authenticate faxes sent to a SIP address.
            sip_auth_password (`SipAuthPassword`): The password to use with
                `sip_auth_username` to authenticate faxes sent to a SIP address.
            store_media (`StoreMedia`): Whether to store a copy of the sent media on our
                servers for later retrieval. Can be `true` or `false` and the default is
                `true`.
            ttl (`Ttl`): How long in minutes from when the fax is initiated that we should
                try to send the fax.
        """
        result: Fax = await self._request("faxes.create_fax", locals())
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
        """Delete a fax and its media.

        Delete a specific fax and its associated media.

        Deprecated by the provider: it may stop working (see the spec's description).

        Args:
            sid: The Twilio-provided string that uniquely identifies the Fax resource
                (`FX...`).
        """
        await self._request("faxes.delete_fax", locals())

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
    ) -> Fax:
        """Fetch one fax.

        Fetch a specific fax.

        Deprecated by the provider: it may stop working (see the spec's description).

        Args:
            sid: The Twilio-provided string that uniquely identifies the Fax resource
                (`FX...`).
        """
        result: Fax = await self._request("faxes.fetch_fax", locals())
        return result

    @_api_method
    def list(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        date_created_on_or_before: datetime.datetime | Unset = UNSET,
        date_created_after: datetime.datetime | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[Fax]:
        """List the faxes of the account.

        Retrieve a list of all faxes.

        Deprecated by the provider: it may stop working (see the spec's description).

        Args:
            from_ (`From`): Retrieve only those faxes sent from this phone number, specified
                in [E.164](https://www.twilio.com/docs/glossary/what-e164) format.
            to (`To`): Retrieve only those faxes sent to this phone number, specified in
                [E.164](https://www.twilio.com/docs/glossary/what-e164) format.
            date_created_on_or_before (`DateCreatedOnOrBefore`): Retrieve only those faxes
                with a `date_created` that is before or equal to this value, specified in
                [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
            date_created_after (`DateCreatedAfter`): Retrieve only those faxes with a
                `date_created` that is later than this value, specified in [ISO
                8601](https://en.wikipedia.org/wiki/ISO_8601) format.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[Fax] = self._list("faxes.list_fax", locals())
        return pager

    @_api_method
    async def update(
        self,
        sid: str,
        *,
        status: FaxUpdateStatus | str | Unset = UNSET,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Fax:
        """Cancel a fax that is not sent yet.

        Update a specific fax.

        Deprecated by the provider: it may stop working (see the spec's description).

        Args:
            sid: The Twilio-provided string that uniquely identifies the Fax resource
                (`FX...`).
            status (`Status`): The status a fax can be set to (only `canceled`).
        """
        result: Fax = await self._request("faxes.update_fax", locals())
        return result
