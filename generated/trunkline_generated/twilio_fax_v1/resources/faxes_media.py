"""Resource `fax.v1.faxes.media`: generated from the spec. Do not edit.

delete: DeleteFaxMedia (DELETE /v1/Faxes/{FaxSid}/Media/{Sid})
get: FetchFaxMedia (GET /v1/Faxes/{FaxSid}/Media/{Sid})
list: ListFaxMedia (GET /v1/Faxes/{FaxSid}/Media)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_fax_v1.models.fax_media import FaxMedia

__all__ = ["AsyncFaxesMedia", "FaxesMedia"]


class FaxesMedia(SyncAPIResource):
    """`fax.v1.faxes.media` (DeleteFaxMedia, FetchFaxMedia, ListFaxMedia)."""

    _package = "twilio_fax_v1"

    @_api_method
    def delete(
        self,
        fax_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete one media file of a fax.

        Delete a specific fax media instance.

        Deprecated by the provider: it may stop working (see the spec's description).

        Args:
            fax_sid: The SID of the fax the FaxMedia resources belong to (`FX...`).
            sid: The Twilio-provided string that uniquely identifies the FaxMedia resource
                (`ME...`).
        """
        self._request("faxes.delete_fax_media", locals())

    @_api_method
    def get(
        self,
        fax_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> FaxMedia:
        """Fetch one media file of a fax.

        Fetch a specific fax media instance.

        Deprecated by the provider: it may stop working (see the spec's description).

        Args:
            fax_sid: The SID of the fax the FaxMedia resources belong to (`FX...`).
            sid: The Twilio-provided string that uniquely identifies the FaxMedia resource
                (`ME...`).
        """
        result: FaxMedia = self._request("faxes.fetch_fax_media", locals())
        return result

    @_api_method
    def list(
        self,
        fax_sid: str,
        *,
        page_size: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[FaxMedia]:
        """List the media of a fax.

        Retrieve a list of all fax media instances for the specified fax.

        Deprecated by the provider: it may stop working (see the spec's description).

        Args:
            fax_sid: The SID of the fax the FaxMedia resources belong to (`FX...`).
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[FaxMedia] = self._list("faxes.list_fax_media", locals())
        return pager


class AsyncFaxesMedia(AsyncAPIResource):
    """`fax.v1.faxes.media` (DeleteFaxMedia, FetchFaxMedia, ListFaxMedia). Awaitable."""

    _package = "twilio_fax_v1"

    @_api_method
    async def delete(
        self,
        fax_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> None:
        """Delete one media file of a fax.

        Delete a specific fax media instance.

        Deprecated by the provider: it may stop working (see the spec's description).

        Args:
            fax_sid: The SID of the fax the FaxMedia resources belong to (`FX...`).
            sid: The Twilio-provided string that uniquely identifies the FaxMedia resource
                (`ME...`).
        """
        await self._request("faxes.delete_fax_media", locals())

    @_api_method
    async def get(
        self,
        fax_sid: str,
        sid: str,
        *,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> FaxMedia:
        """Fetch one media file of a fax.

        Fetch a specific fax media instance.

        Deprecated by the provider: it may stop working (see the spec's description).

        Args:
            fax_sid: The SID of the fax the FaxMedia resources belong to (`FX...`).
            sid: The Twilio-provided string that uniquely identifies the FaxMedia resource
                (`ME...`).
        """
        result: FaxMedia = await self._request("faxes.fetch_fax_media", locals())
        return result

    @_api_method
    def list(
        self,
        fax_sid: str,
        *,
        page_size: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[FaxMedia]:
        """List the media of a fax.

        Retrieve a list of all fax media instances for the specified fax.

        Deprecated by the provider: it may stop working (see the spec's description).

        Args:
            fax_sid: The SID of the fax the FaxMedia resources belong to (`FX...`).
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[FaxMedia] = self._list("faxes.list_fax_media", locals())
        return pager
