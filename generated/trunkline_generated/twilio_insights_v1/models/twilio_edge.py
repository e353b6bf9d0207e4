"""TwilioEdge: generated from the spec. Do not edit."""

from enum import StrEnum


class TwilioEdge(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    UNKNOWN_EDGE = "unknown_edge"
    CARRIER_EDGE = "carrier_edge"
    SIP_EDGE = "sip_edge"
    SDK_EDGE = "sdk_edge"
    CLIENT_EDGE = "client_edge"
