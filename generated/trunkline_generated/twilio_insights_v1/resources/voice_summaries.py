"""Resource `insights.v1.voice.summaries`: generated from the spec. Do not edit.

list: ListCallSummaries (GET /v1/Voice/Summaries)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline._core._resource import AsyncAPIResource, SyncAPIResource
from trunkline._core._resource import api_method as _api_method
from trunkline_generated._runtime import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Mapping

    from trunkline._core._paging import AsyncPager, Pager
    from trunkline_generated.twilio_insights_v1.models.answered_by import AnsweredBy
    from trunkline_generated.twilio_insights_v1.models.call_summaries_sort_by import (
        CallSummariesSortBy,
    )
    from trunkline_generated.twilio_insights_v1.models.call_summary import CallSummary
    from trunkline_generated.twilio_insights_v1.models.processing_state_filter import (
        ProcessingStateFilter,
    )

__all__ = ["AsyncVoiceSummaries", "VoiceSummaries"]


class VoiceSummaries(SyncAPIResource):
    """`insights.v1.voice.summaries` (ListCallSummaries)."""

    _package = "twilio_insights_v1"

    @_api_method
    def list(
        self,
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
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> Pager[CallSummary]:
        """Get a list of Call Summaries.

        Args:
            from_ (`From`): A calling party. Could be an E.164 number, a SIP URI, or a
                Twilio Client registered name.
            to (`To`): A called party. Could be an E.164 number, a SIP URI, or a Twilio
                Client registered name.
            from_carrier (`FromCarrier`): An origination carrier.
            to_carrier (`ToCarrier`): A destination carrier.
            from_country_code (`FromCountryCode`): A source country code based on phone
                number in From.
            to_country_code (`ToCountryCode`): A destination country code. Based on phone
                number in To.
            verified_caller (`VerifiedCaller`): A boolean flag indicating whether or not the
                caller was verified using SHAKEN/STIR.One of 'true' or 'false'.
            has_tag (`HasTag`): A boolean flag indicating the presence of one or more [Voice
                Insights Call Tags](https://www.twilio.com/docs/voice/voice-
                insights/api/call/details-call-tags).
            start_time (`StartTime`): A Start time of the calls. xm (x minutes), xh (x
                hours), xd (x days), 1w, 30m, 3d, 4w or datetime-ISO. Defaults to 4h.
            end_time (`EndTime`): An End Time of the calls. xm (x minutes), xh (x hours), xd
                (x days), 1w, 30m, 3d, 4w or datetime-ISO. Defaults to 0m.
            call_type (`CallType`): A Call Type of the calls. One of `carrier`, `sip`,
                `trunking` or `client`.
            call_state (`CallState`): A Call State of the calls. One of `ringing`,
                `completed`, `busy`, `fail`, `noanswer`, `canceled`, `answered`, `undialed`.
            direction (`Direction`): A Direction of the calls. One of `outbound_api`,
                `outbound_dial`, `inbound`, `trunking_originating`, `trunking_terminating`.
            processing_state (`ProcessingState`): Which Call Summaries to list by their
                processing state.
            sort_by (`SortBy`): The order of the listed Call Summaries.
            subaccount (`Subaccount`): A unique SID identifier of a Subaccount.
            abnormal_session (`AbnormalSession`): A boolean flag indicating an abnormal
                session where the last SIP response was not 200 OK.
            answered_by (`AnsweredBy`): What Answering Machine Detection (AMD) found the
                call was answered by.
            answered_by_annotation (`AnsweredByAnnotation`): Either machine or human.
            connectivity_issue_annotation (`ConnectivityIssueAnnotation`): A Connectivity
                Issue with the calls. One of `no_connectivity_issue`, `invalid_number`,
                `caller_id`, `dropped_call`, or `number_reachability`.
            quality_issue_annotation (`QualityIssueAnnotation`): A subjective Quality Issue
                with the calls. One of `no_quality_issue`, `low_volume`, `choppy_robotic`,
                `echo`, `dtmf`, `latency`, `owa`, `static_noise`.
            spam_annotation (`SpamAnnotation`): A boolean flag indicating spam calls.
            call_score_annotation (`CallScoreAnnotation`): A Call Score of the calls. Use a
                range of 1-5 to indicate the call experience score, with the following
                mapping as a reference for the rated call [5: Excellent, 4: Good, 3 : Fair,
                2 : Poor, 1: Bad].
            branded_enabled (`BrandedEnabled`): A boolean flag indicating whether or not the
                calls were branded using Twilio Branded Calls. One of 'true' or 'false'
            voice_integrity_enabled (`VoiceIntegrityEnabled`): A boolean flag indicating
                whether or not the phone number had voice integrity enabled.One of 'true' or
                'false'
            branded_bundle_sid (`BrandedBundleSid`): A unique SID identifier of the Branded
                Call.
            branded_logo (`BrandedLogo`): Indicates whether the branded logo was displayed
                during the in_brand branded call. Possible values are true (logo was
                present) or false (logo was not present).
            branded_type (`BrandedType`): Indicates whether the Branded Call is in_band vs
                out_of_band.
            branded_use_case (`BrandedUseCase`): Specifies the user-defined purpose for the
                call, as provided during the setup of in_band branded calling.
            branded_call_reason (`BrandedCallReason`): Specifies the user-defined reason for
                the call, which will be displayed to the end user on their mobile device
                during an in_band branded call.
            voice_integrity_bundle_sid (`VoiceIntegrityBundleSid`): A unique SID identifier
                of the Voice Integrity Profile.
            voice_integrity_use_case (`VoiceIntegrityUseCase`): A Voice Integrity Use Case .
                Is of type enum. One of 'abandoned_cart', 'appointment_reminders',
                'appointment_scheduling', 'asset_management', 'automated_support',
                'call_tracking', 'click_to_call', 'contact_tracing', 'contactless_delivery',
                'customer_support', 'dating/social', 'delivery_notifications',
                'distance_learning', 'emergency_notifications', 'employee_notifications',
                'exam_proctoring', 'field_notifications', 'first_responder', 'fraud_alerts',
                'group_messaging', 'identify_&_verification', 'intelligent_routing',
                'lead_alerts', 'lead_distribution', 'lead_generation', 'lead_management',
                'lead_nurturing', 'marketing_events', 'mass_alerts',
                'meetings/collaboration', 'order_notifications', 'outbound_dialer',
                'pharmacy', 'phone_system', 'purchase_confirmation', 'remote_appointments',
                'rewards_program', 'self-service', 'service_alerts', 'shift_management',
                'survey/research', 'telehealth', 'telemarketing',
                'therapy_(individual+group)'.
            business_profile_identity (`BusinessProfileIdentity`): A Business Identity of
                the calls. Is of type enum. One of 'direct_customer',
                'isv_reseller_or_partner'.
            business_profile_industry (`BusinessProfileIndustry`): A Business Industry of
                the calls. Is of type enum. One of 'automotive', 'agriculture', 'banking',
                'consumer', 'construction', 'education', 'engineering', 'energy',
                'oil_and_gas', 'fast_moving_consumer_goods', 'financial', 'fintech',
                'food_and_beverage', 'government', 'healthcare', 'hospitality', 'insurance',
                'legal', 'manufacturing', 'media', 'online', 'professional_services',
                'raw_materials', 'real_estate', 'religion', 'retail', 'jewelry',
                'technology', 'telecommunications', 'transportation', 'travel',
                'electronics', 'not_for_profit'
            business_profile_bundle_sid (`BusinessProfileBundleSid`): A unique SID
                identifier of the Business Profile.
            business_profile_type (`BusinessProfileType`): A Business Profile Type of the
                calls. Is of type enum. One of 'primary', 'secondary'.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: Pager[CallSummary] = self._list("voice.list_call_summaries", locals())
        return pager


class AsyncVoiceSummaries(AsyncAPIResource):
    """`insights.v1.voice.summaries` (ListCallSummaries). Awaitable."""

    _package = "twilio_insights_v1"

    @_api_method
    def list(
        self,
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
        limit: int | None = None,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | None | Unset = UNSET,
        max_retries: int | Unset = UNSET,
    ) -> AsyncPager[CallSummary]:
        """Get a list of Call Summaries.

        Args:
            from_ (`From`): A calling party. Could be an E.164 number, a SIP URI, or a
                Twilio Client registered name.
            to (`To`): A called party. Could be an E.164 number, a SIP URI, or a Twilio
                Client registered name.
            from_carrier (`FromCarrier`): An origination carrier.
            to_carrier (`ToCarrier`): A destination carrier.
            from_country_code (`FromCountryCode`): A source country code based on phone
                number in From.
            to_country_code (`ToCountryCode`): A destination country code. Based on phone
                number in To.
            verified_caller (`VerifiedCaller`): A boolean flag indicating whether or not the
                caller was verified using SHAKEN/STIR.One of 'true' or 'false'.
            has_tag (`HasTag`): A boolean flag indicating the presence of one or more [Voice
                Insights Call Tags](https://www.twilio.com/docs/voice/voice-
                insights/api/call/details-call-tags).
            start_time (`StartTime`): A Start time of the calls. xm (x minutes), xh (x
                hours), xd (x days), 1w, 30m, 3d, 4w or datetime-ISO. Defaults to 4h.
            end_time (`EndTime`): An End Time of the calls. xm (x minutes), xh (x hours), xd
                (x days), 1w, 30m, 3d, 4w or datetime-ISO. Defaults to 0m.
            call_type (`CallType`): A Call Type of the calls. One of `carrier`, `sip`,
                `trunking` or `client`.
            call_state (`CallState`): A Call State of the calls. One of `ringing`,
                `completed`, `busy`, `fail`, `noanswer`, `canceled`, `answered`, `undialed`.
            direction (`Direction`): A Direction of the calls. One of `outbound_api`,
                `outbound_dial`, `inbound`, `trunking_originating`, `trunking_terminating`.
            processing_state (`ProcessingState`): Which Call Summaries to list by their
                processing state.
            sort_by (`SortBy`): The order of the listed Call Summaries.
            subaccount (`Subaccount`): A unique SID identifier of a Subaccount.
            abnormal_session (`AbnormalSession`): A boolean flag indicating an abnormal
                session where the last SIP response was not 200 OK.
            answered_by (`AnsweredBy`): What Answering Machine Detection (AMD) found the
                call was answered by.
            answered_by_annotation (`AnsweredByAnnotation`): Either machine or human.
            connectivity_issue_annotation (`ConnectivityIssueAnnotation`): A Connectivity
                Issue with the calls. One of `no_connectivity_issue`, `invalid_number`,
                `caller_id`, `dropped_call`, or `number_reachability`.
            quality_issue_annotation (`QualityIssueAnnotation`): A subjective Quality Issue
                with the calls. One of `no_quality_issue`, `low_volume`, `choppy_robotic`,
                `echo`, `dtmf`, `latency`, `owa`, `static_noise`.
            spam_annotation (`SpamAnnotation`): A boolean flag indicating spam calls.
            call_score_annotation (`CallScoreAnnotation`): A Call Score of the calls. Use a
                range of 1-5 to indicate the call experience score, with the following
                mapping as a reference for the rated call [5: Excellent, 4: Good, 3 : Fair,
                2 : Poor, 1: Bad].
            branded_enabled (`BrandedEnabled`): A boolean flag indicating whether or not the
                calls were branded using Twilio Branded Calls. One of 'true' or 'false'
            voice_integrity_enabled (`VoiceIntegrityEnabled`): A boolean flag indicating
                whether or not the phone number had voice integrity enabled.One of 'true' or
                'false'
            branded_bundle_sid (`BrandedBundleSid`): A unique SID identifier of the Branded
                Call.
            branded_logo (`BrandedLogo`): Indicates whether the branded logo was displayed
                during the in_brand branded call. Possible values are true (logo was
                present) or false (logo was not present).
            branded_type (`BrandedType`): Indicates whether the Branded Call is in_band vs
                out_of_band.
            branded_use_case (`BrandedUseCase`): Specifies the user-defined purpose for the
                call, as provided during the setup of in_band branded calling.
            branded_call_reason (`BrandedCallReason`): Specifies the user-defined reason for
                the call, which will be displayed to the end user on their mobile device
                during an in_band branded call.
            voice_integrity_bundle_sid (`VoiceIntegrityBundleSid`): A unique SID identifier
                of the Voice Integrity Profile.
            voice_integrity_use_case (`VoiceIntegrityUseCase`): A Voice Integrity Use Case .
                Is of type enum. One of 'abandoned_cart', 'appointment_reminders',
                'appointment_scheduling', 'asset_management', 'automated_support',
                'call_tracking', 'click_to_call', 'contact_tracing', 'contactless_delivery',
                'customer_support', 'dating/social', 'delivery_notifications',
                'distance_learning', 'emergency_notifications', 'employee_notifications',
                'exam_proctoring', 'field_notifications', 'first_responder', 'fraud_alerts',
                'group_messaging', 'identify_&_verification', 'intelligent_routing',
                'lead_alerts', 'lead_distribution', 'lead_generation', 'lead_management',
                'lead_nurturing', 'marketing_events', 'mass_alerts',
                'meetings/collaboration', 'order_notifications', 'outbound_dialer',
                'pharmacy', 'phone_system', 'purchase_confirmation', 'remote_appointments',
                'rewards_program', 'self-service', 'service_alerts', 'shift_management',
                'survey/research', 'telehealth', 'telemarketing',
                'therapy_(individual+group)'.
            business_profile_identity (`BusinessProfileIdentity`): A Business Identity of
                the calls. Is of type enum. One of 'direct_customer',
                'isv_reseller_or_partner'.
            business_profile_industry (`BusinessProfileIndustry`): A Business Industry of
                the calls. Is of type enum. One of 'automotive', 'agriculture', 'banking',
                'consumer', 'construction', 'education', 'engineering', 'energy',
                'oil_and_gas', 'fast_moving_consumer_goods', 'financial', 'fintech',
                'food_and_beverage', 'government', 'healthcare', 'hospitality', 'insurance',
                'legal', 'manufacturing', 'media', 'online', 'professional_services',
                'raw_materials', 'real_estate', 'religion', 'retail', 'jewelry',
                'technology', 'telecommunications', 'transportation', 'travel',
                'electronics', 'not_for_profit'
            business_profile_bundle_sid (`BusinessProfileBundleSid`): A unique SID
                identifier of the Business Profile.
            business_profile_type (`BusinessProfileType`): A Business Profile Type of the
                calls. Is of type enum. One of 'primary', 'secondary'.
            page_size (`PageSize`): How many resources to return in each list page. The
                default is 50, and the maximum is 1000.
            page (`Page`): The page index. This value is simply for client state.
            page_token (`PageToken`): The page token. This is provided by the API.
            limit: Stop after this many records (pages are fetched lazily).
        """
        pager: AsyncPager[CallSummary] = self._list("voice.list_call_summaries", locals())
        return pager
