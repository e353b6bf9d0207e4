"""RecordingSource: generated from the spec. Do not edit."""

from enum import StrEnum


class RecordingSource(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    DIALVERB = "DialVerb"
    CONFERENCE = "Conference"
    OUTBOUNDAPI = "OutboundAPI"
    TRUNKING = "Trunking"
    RECORDVERB = "RecordVerb"
    STARTCALLRECORDINGAPI = "StartCallRecordingAPI"
    STARTCONFERENCERECORDINGAPI = "StartConferenceRecordingAPI"
