"""ListCallSummaries: GET /v1/Voice/Summaries

Get a list of Call Summaries.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.call_summary import CallSummary
from ...models.list_call_summaries_response import ListCallSummariesResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_insights_v1.models.answered_by import AnsweredBy
    from trunkline_generated.twilio_insights_v1.models.call_summaries_sort_by import (
        CallSummariesSortBy,
    )
    from trunkline_generated.twilio_insights_v1.models.processing_state_filter import (
        ProcessingStateFilter,
    )

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of ListCallSummaries (for `Unpack`), per-call options included."""

        from_: str  # From
        to: str  # To
        from_carrier: str  # FromCarrier
        to_carrier: str  # ToCarrier
        from_country_code: str  # FromCountryCode
        to_country_code: str  # ToCountryCode
        verified_caller: bool  # VerifiedCaller
        has_tag: bool  # HasTag
        start_time: str  # StartTime
        end_time: str  # EndTime
        call_type: str  # CallType
        call_state: str  # CallState
        direction: str  # Direction
        processing_state: ProcessingStateFilter | str  # ProcessingState
        sort_by: CallSummariesSortBy | str  # SortBy
        subaccount: str  # Subaccount
        abnormal_session: bool  # AbnormalSession
        answered_by: AnsweredBy | str  # AnsweredBy
        answered_by_annotation: str  # AnsweredByAnnotation
        connectivity_issue_annotation: str  # ConnectivityIssueAnnotation
        quality_issue_annotation: str  # QualityIssueAnnotation
        spam_annotation: bool  # SpamAnnotation
        call_score_annotation: str  # CallScoreAnnotation
        branded_enabled: bool  # BrandedEnabled
        voice_integrity_enabled: bool  # VoiceIntegrityEnabled
        branded_bundle_sid: str  # BrandedBundleSid
        branded_logo: bool  # BrandedLogo
        branded_type: str  # BrandedType
        branded_use_case: str  # BrandedUseCase
        branded_call_reason: str  # BrandedCallReason
        voice_integrity_bundle_sid: str  # VoiceIntegrityBundleSid
        voice_integrity_use_case: str  # VoiceIntegrityUseCase
        business_profile_identity: str  # BusinessProfileIdentity
        business_profile_industry: str  # BusinessProfileIndustry
        business_profile_bundle_sid: str  # BusinessProfileBundleSid
        business_profile_type: str  # BusinessProfileType
        page_size: int  # PageSize
        page: int  # Page
        page_token: str  # PageToken


METHOD = "GET"
PATH = "/v1/Voice/Summaries"
RETRY = "safe"
ITEMS_KEY = "call_summaries"
ARGS = ()
PHONES = {"from_": "endpoint", "to": "endpoint"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"
PAGING = "twilio-v1"
PAGE_SIZE = ("page_size", 1000)


def _get_kwargs(
    *,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    from_carrier: str | Unset = UNSET,
    to_carrier: str | Unset = UNSET,
    from_country_code: str | Unset = UNSET,
    to_country_code: str | Unset = UNSET,
    verified_caller: bool | Unset = UNSET,
    has_tag: bool | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    call_type: str | Unset = UNSET,
    call_state: str | Unset = UNSET,
    direction: str | Unset = UNSET,
    processing_state: ProcessingStateFilter | str | Unset = UNSET,
    sort_by: CallSummariesSortBy | str | Unset = UNSET,
    subaccount: str | Unset = UNSET,
    abnormal_session: bool | Unset = UNSET,
    answered_by: AnsweredBy | str | Unset = UNSET,
    answered_by_annotation: str | Unset = UNSET,
    connectivity_issue_annotation: str | Unset = UNSET,
    quality_issue_annotation: str | Unset = UNSET,
    spam_annotation: bool | Unset = UNSET,
    call_score_annotation: str | Unset = UNSET,
    branded_enabled: bool | Unset = UNSET,
    voice_integrity_enabled: bool | Unset = UNSET,
    branded_bundle_sid: str | Unset = UNSET,
    branded_logo: bool | Unset = UNSET,
    branded_type: str | Unset = UNSET,
    branded_use_case: str | Unset = UNSET,
    branded_call_reason: str | Unset = UNSET,
    voice_integrity_bundle_sid: str | Unset = UNSET,
    voice_integrity_use_case: str | Unset = UNSET,
    business_profile_identity: str | Unset = UNSET,
    business_profile_industry: str | Unset = UNSET,
    business_profile_bundle_sid: str | Unset = UNSET,
    business_profile_type: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""
    _params: dict[str, Any] = {}
    if from_ is not UNSET:
        _params["From"] = from_
    if to is not UNSET:
        _params["To"] = to
    if from_carrier is not UNSET:
        _params["FromCarrier"] = from_carrier
    if to_carrier is not UNSET:
        _params["ToCarrier"] = to_carrier
    if from_country_code is not UNSET:
        _params["FromCountryCode"] = from_country_code
    if to_country_code is not UNSET:
        _params["ToCountryCode"] = to_country_code
    if verified_caller is not UNSET:
        _params["VerifiedCaller"] = verified_caller
    if has_tag is not UNSET:
        _params["HasTag"] = has_tag
    if start_time is not UNSET:
        _params["StartTime"] = start_time
    if end_time is not UNSET:
        _params["EndTime"] = end_time
    if call_type is not UNSET:
        _params["CallType"] = call_type
    if call_state is not UNSET:
        _params["CallState"] = call_state
    if direction is not UNSET:
        _params["Direction"] = direction
    if processing_state is not UNSET:
        _params["ProcessingState"] = processing_state
    if sort_by is not UNSET:
        _params["SortBy"] = sort_by
    if subaccount is not UNSET:
        _params["Subaccount"] = subaccount
    if abnormal_session is not UNSET:
        _params["AbnormalSession"] = abnormal_session
    if answered_by is not UNSET:
        _params["AnsweredBy"] = answered_by
    if answered_by_annotation is not UNSET:
        _params["AnsweredByAnnotation"] = answered_by_annotation
    if connectivity_issue_annotation is not UNSET:
        _params["ConnectivityIssueAnnotation"] = connectivity_issue_annotation
    if quality_issue_annotation is not UNSET:
        _params["QualityIssueAnnotation"] = quality_issue_annotation
    if spam_annotation is not UNSET:
        _params["SpamAnnotation"] = spam_annotation
    if call_score_annotation is not UNSET:
        _params["CallScoreAnnotation"] = call_score_annotation
    if branded_enabled is not UNSET:
        _params["BrandedEnabled"] = branded_enabled
    if voice_integrity_enabled is not UNSET:
        _params["VoiceIntegrityEnabled"] = voice_integrity_enabled
    if branded_bundle_sid is not UNSET:
        _params["BrandedBundleSid"] = branded_bundle_sid
    if branded_logo is not UNSET:
        _params["BrandedLogo"] = branded_logo
    if branded_type is not UNSET:
        _params["BrandedType"] = branded_type
    if branded_use_case is not UNSET:
        _params["BrandedUseCase"] = branded_use_case
    if branded_call_reason is not UNSET:
        _params["BrandedCallReason"] = branded_call_reason
    if voice_integrity_bundle_sid is not UNSET:
        _params["VoiceIntegrityBundleSid"] = voice_integrity_bundle_sid
    if voice_integrity_use_case is not UNSET:
        _params["VoiceIntegrityUseCase"] = voice_integrity_use_case
    if business_profile_identity is not UNSET:
        _params["BusinessProfileIdentity"] = business_profile_identity
    if business_profile_industry is not UNSET:
        _params["BusinessProfileIndustry"] = business_profile_industry
    if business_profile_bundle_sid is not UNSET:
        _params["BusinessProfileBundleSid"] = business_profile_bundle_sid
    if business_profile_type is not UNSET:
        _params["BusinessProfileType"] = business_profile_type
    if page_size is not UNSET:
        _params["PageSize"] = page_size
    if page is not UNSET:
        _params["Page"] = page
    if page_token is not UNSET:
        _params["PageToken"] = page_token

    return {
        "method": METHOD,
        "url": PATH,
        "params": _params,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], ListCallSummariesResponse] = ListCallSummariesResponse

# One element of `call_summaries` -> a record.
_parse_item: Callable[[dict[str, Any]], CallSummary] = CallSummary
